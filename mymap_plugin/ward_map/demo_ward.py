"""A deterministic, realistic demo ward at the real place of phường Mỹ Hào
(Hưng Yên), in VN-2000 / TM-3 105°30' (EPSG:9209) metres.

A 7 × 7 grid of blocks between named streets; tube houses along the streets and
along one alley (ngõ) through each block; street trees on both pavements and a
park; a storm-water network that runs down every street to collectors flowing
south into a canal, which carries the water east to a pumping station; 20
water-level sensors at low junctions with a week of readings through a storm;
20 residential groups; the centrelines of the streets and alleys, with their names.

Pure Python (no QGIS): returns rows as dictionaries with WKT geometries. The
same seed always gives the same ward, uuids included.
"""
import math
import uuid as uuid_module
from bisect import bisect
from itertools import accumulate
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import numpy as np

from . import asset_codes

SEED = 12103
# The demo ward's QR link template: a valid link that says plainly it is a demo, never a
# reserved example domain (labels and record pages refuse those).
DEMO_QR_LINK_TEMPLATE = "HTTPS://DEMO.MYMAP.VN/A/{code}"

# South-west corner of the street grid (EPSG:9209), near Mỹ Hào's centre.
ORIGIN_E = 556200.0
ORIGIN_N = 2315200.0
BLOCKS = 7
STREET_SPACING = 200.0     # centreline to centreline
STREET_HALF_WIDTH = 10.0   # carriageway + pavement on each side of the centreline
HOUSE_DEPTH = 15.0
ALLEY_HALF_WIDTH = 2.0
TREE_SPACING = 14.0
MANHOLE_SPACING = 50.0
SURVEY_DAY = "2025-09-15"
CREATED_AT = "2025-09-15T08:00:00Z"
READINGS_START = datetime(2025, 9, 22, 0, 0, tzinfo=timezone.utc)
READING_INTERVAL_S = 600
READING_DAYS = 7

EW_STREETS = ["Phố Bạch Đằng", "Phố Nguyễn Trãi", "Phố Lê Lợi", "Phố Trần Hưng Đạo",
              "Phố Hai Bà Trưng", "Phố Lý Thường Kiệt", "Phố Quang Trung", "Phố Phạm Ngũ Lão"]
NS_STREETS = ["Phố Nguyễn Du", "Phố Hoàng Hoa Thám", "Phố Lê Thánh Tông", "Phố Chu Văn An",
              "Phố Tô Hiệu", "Phố Nguyễn Thiện Thuật", "Phố Triệu Quang Phục", "Phố Đoàn Thị Điểm"]

# (species_id, Vietnamese name, scientific name, planting rule)
SPECIES = [
    (1, "Sấu", "Dracontomelon duperreanum", "binh_thuong"),
    (2, "Bằng lăng", "Lagerstroemia speciosa", "binh_thuong"),
    (3, "Phượng vĩ", "Delonix regia", "binh_thuong"),
    (4, "Xà cừ", "Khaya senegalensis", "han_che_trong"),
    (5, "Sao đen", "Hopea odorata", "binh_thuong"),
    (6, "Lát hoa", "Chukrasia tabularis", "binh_thuong"),
    (7, "Muồng hoàng yến", "Cassia fistula", "binh_thuong"),
    (8, "Hoa sữa", "Alstonia scholaris", "han_che_trong"),
    (9, "Bàng", "Terminalia catappa", "binh_thuong"),
    (10, "Long não", "Cinnamomum camphora", "binh_thuong"),
    (11, "Sưa đỏ", "Dalbergia tonkinensis", "binh_thuong"),
    (12, "Đa", "Ficus benghalensis", "binh_thuong"),
    (13, "Gạo", "Bombax ceiba", "binh_thuong"),
    (14, "Me chua", "Tamarindus indica", "binh_thuong"),
    (15, "Bạch đàn", "Eucalyptus camaldulensis", "han_che_trong"),
    (16, "Keo lá tràm", "Acacia auriculiformis", "han_che_trong"),
    (17, "Trứng cá", "Muntingia calabura", "cam_trong"),
    (18, "Bã đậu", "Hura crepitans", "cam_trong"),
    (19, "Thông thiên", "Thevetia peruviana", "cam_trong"),
]
STREET_SPECIES_WEIGHTS = {1: 14, 2: 14, 3: 10, 4: 6, 5: 10, 6: 8, 7: 8, 8: 6, 9: 6, 10: 8,
                          11: 4, 12: 1, 13: 2, 14: 3}


@dataclass
class DemoWard:
    rows: dict = field(default_factory=dict)     # layer name → list of row dicts ("geom" = WKT)
    last_serial: dict = field(default_factory=dict)

    def count(self, layer_name):
        return len(self.rows.get(layer_name, []))


class DemoRandom:
    """The demo's own seeded pseudo-random numbers; nothing secret is ever drawn from them.

    The stream is the Mersenne Twister (MT19937) seeded with ``init_by_array([seed])``, read through
    numpy, and each draw below does the arithmetic CPython's ``random.Random`` does in the method of
    the same name. So the ward is the one ``random.Random(SEED)`` used to give, house for house (every
    figure quoted from the demo stays true), and no longer depends on how a Python version spells
    its ``random`` module. ``tests/unit/test_demo_random.py`` compares the two draw by draw.
    """

    _CHUNK = 4096

    def __init__(self, seed: int):
        # RandomState seeded with a one-word array runs init_by_array, as random.seed(int) does.
        state = np.random.RandomState([seed]).get_state(legacy=False)
        self._bits = np.random.MT19937()
        self._bits.state = state
        self._words = []
        self._next_word = 0
        self._spare_gauss = None

    def _word(self) -> int:
        """The next 32-bit output of the generator."""
        if self._next_word == len(self._words):
            self._words = self._bits.random_raw(self._CHUNK).tolist()
            self._next_word = 0
        word = self._words[self._next_word]
        self._next_word += 1
        return word

    def random(self) -> float:
        """A float in [0, 1) with 53 random bits: 27 bits of one word and 26 of the next."""
        high, low = self._word() >> 5, self._word() >> 6
        return (high * 67108864.0 + low) * (1.0 / 9007199254740992.0)

    def getrandbits(self, count: int) -> int:
        """An integer of *count* random bits, built from 32-bit words, least significant first."""
        value = 0
        shift = 0
        while count > 0:
            word = self._word()
            if count < 32:
                word >>= 32 - count
            value |= word << shift
            shift += 32
            count -= 32
        return value

    def _below(self, limit: int) -> int:
        """A uniform integer in [0, limit): draw bit_length(limit) bits until the value fits."""
        width = limit.bit_length()
        value = self.getrandbits(width)
        while value >= limit:
            value = self.getrandbits(width)
        return value

    def randint(self, low: int, high: int) -> int:
        return low + self._below(high - low + 1)

    def uniform(self, low: float, high: float) -> float:
        return low + (high - low) * self.random()

    def choice(self, items):
        return items[self._below(len(items))]

    def choices(self, items, weights, k: int = 1):
        """*k* items drawn with replacement, each with probability proportional to its weight."""
        cumulative = list(accumulate(weights))
        total = cumulative[-1] + 0.0
        return [items[bisect(cumulative, self.random() * total, 0, len(items) - 1)] for _ in range(k)]

    def shuffle(self, items) -> None:
        """Shuffle *items* in place (Fisher–Yates from the end)."""
        for index in reversed(range(1, len(items))):
            other = self._below(index + 1)
            items[index], items[other] = items[other], items[index]

    def gauss(self, mean: float, sigma: float) -> float:
        """A normal variate by the Box–Muller method; every second call uses the pair's sine."""
        value, self._spare_gauss = self._spare_gauss, None
        if value is None:
            angle = self.random() * 2.0 * math.pi
            radius = math.sqrt(-2.0 * math.log(1.0 - self.random()))
            value = math.cos(angle) * radius
            self._spare_gauss = math.sin(angle) * radius
        return mean + value * sigma


def _uuid(rng):
    return str(uuid_module.UUID(int=rng.getrandbits(128), version=4))


def _rect(x0, y0, x1, y1):
    return "MULTIPOLYGON((({0:.2f} {1:.2f},{2:.2f} {1:.2f},{2:.2f} {3:.2f},{0:.2f} {3:.2f},{0:.2f} {1:.2f})))".format(
        min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))


def _street_e(i):
    return ORIGIN_E + i * STREET_SPACING


def _street_n(j):
    return ORIGIN_N + j * STREET_SPACING


def _group_of(x, y, ward_code):
    """20 residential groups: 5 columns × 4 rows over the ward."""
    extent = BLOCKS * STREET_SPACING
    col = min(4, max(0, int((x - ORIGIN_E) / (extent / 5))))
    row = min(3, max(0, int((y - ORIGIN_N) / (extent / 4))))
    return "{}-{:03d}".format(ward_code, row * 5 + col + 1)


class _Builder:
    def __init__(self, ward_code, ward_name):
        self.rng = DemoRandom(SEED)
        self.ward_code = ward_code
        self.ward_name = ward_name
        self.ward = DemoWard()
        self.serial = {}
        self.alleys = []        # (name, start, end) of each block's alley, made with its houses

    def common(self, layer_name, x, y):
        serial = self.serial.get(layer_name, 0) + 1
        self.serial[layer_name] = serial
        return {
            "uuid": _uuid(self.rng),
            "asset_code": asset_codes.make_asset_code(layer_name, serial),
            "qr_status": "da_gan" if self.rng.random() < 0.6 else "chua_gan",
            "ward_code": self.ward_code,
            "residential_group_id": _group_of(x, y, self.ward_code),
            "status": "hien_huu",
            "survey_date": SURVEY_DAY,
            "surveyor": "CB{:02d}".format(self.rng.randint(1, 6)),
            "position_source": self.rng.choice(["rtk", "rtk", "gnss_thuong", "so_hoa_anh"]),
            "position_accuracy_m": 0.05,
            "created_at": CREATED_AT,
            "created_by": "demo",
            "updated_at": CREATED_AT,
            "updated_by": "demo",
        }

    def add(self, layer_name, row):
        self.ward.rows.setdefault(layer_name, []).append(row)

    # ------------------------------------------------------------------ housing
    def house(self, x0, y0, x1, y1, number, street, alley=None):
        rng = self.rng
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        use = rng.choices(["o", "o_kinh_doanh", "kinh_doanh_dich_vu", "san_xuat_kho", "bo_trong", "khac"],
                          [62, 22, 8, 2, 4, 2])[0]
        floors = rng.choices([1, 2, 3, 4, 5, 6], [10, 25, 30, 20, 10, 5])[0]
        row = self.common("housing", cx, cy)
        row.update({
            "geom": _rect(x0, y0, x1, y1),
            "house_number": str(number) if rng.random() > 0.05 else "{}A".format(number),
            "alley": alley,
            "street_name": street,
            "plate_status": rng.choices(["co_bien", "chua_co_bien", "bien_hong"], [85, 10, 5])[0],
            "building_type": "nha_lien_ke" if floors >= 2 else "nha_rieng_le",
            "structure_class": "kien_co" if floors >= 2 else rng.choice(["ban_kien_co", "kien_co"]),
            "floors_above": floors,
            "floors_below": 0,
            "height_m": round(floors * 3.4 + 0.6, 1),
            "footprint_area_m2": round(abs(x1 - x0) * abs(y1 - y0), 1),
            "use_type": use,
            "ownership_type": "ca_nhan",
            "year_built": rng.randint(1975, 2024),
            "household_count": 0 if use in ("bo_trong", "san_xuat_kho", "kinh_doanh_dich_vu") else rng.choice([1, 1, 1, 2]),
            "flood_prone": False,
        })
        row["resident_count"] = row["household_count"] * rng.randint(2, 6)
        row["full_address"] = full_address(row, self.ward_name)
        self.add("housing", row)

    def frontage(self, start, end, fixed, depth_from, depth_to, along_x, street, numbers, alley=None):
        """Houses side by side from *start* to *end* along one street side."""
        position = start
        while end - position >= 3.5:
            width = min(self.rng.uniform(4.0, 7.0), end - position)
            if end - position - width < 3.5:
                width = end - position
            number = next(numbers)
            if along_x:
                self.house(position, depth_from, position + width, depth_to, number, street, alley)
            else:
                self.house(depth_from, position, depth_to, position + width, number, street, alley)
            position += width

    def housing(self, park_block, office_block):
        def numbering(first):
            value = first
            while True:
                yield value
                value += 2
        # House numbers run along each street, odd on one side, even on the other.
        ew_numbers = {}
        ns_numbers = {}
        for j in range(BLOCKS + 1):
            ew_numbers[(j, "south")] = numbering(1)
            ew_numbers[(j, "north")] = numbering(2)
        for i in range(BLOCKS + 1):
            ns_numbers[(i, "west")] = numbering(1)
            ns_numbers[(i, "east")] = numbering(2)
        alley_counter = 0
        for j in range(BLOCKS):
            for i in range(BLOCKS):
                if (i, j) in (park_block, office_block):
                    continue
                west = _street_e(i) + STREET_HALF_WIDTH
                east = _street_e(i + 1) - STREET_HALF_WIDTH
                south = _street_n(j) + STREET_HALF_WIDTH
                north = _street_n(j + 1) - STREET_HALF_WIDTH
                # Along the southern street (north side of that street).
                self.frontage(west, east, None, south, south + HOUSE_DEPTH, True,
                              EW_STREETS[j], ew_numbers[(j, "north")])
                # Along the northern street (south side of that street).
                self.frontage(west, east, None, north - HOUSE_DEPTH, north, True,
                              EW_STREETS[j + 1], ew_numbers[(j + 1, "south")])
                # Along the western and eastern streets, between the corner rows.
                self.frontage(south + HOUSE_DEPTH, north - HOUSE_DEPTH, None, west, west + HOUSE_DEPTH,
                              False, NS_STREETS[i], ns_numbers[(i, "east")])
                self.frontage(south + HOUSE_DEPTH, north - HOUSE_DEPTH, None, east - HOUSE_DEPTH, east,
                              False, NS_STREETS[i + 1], ns_numbers[(i + 1, "west")])
                # One alley (ngõ) through the block, branching from the western street.
                alley_counter += 1
                middle = (south + north) / 2
                alley_name = str(2 * alley_counter + 1)
                self.alleys.append((alley_name, (_street_e(i), middle), (east - HOUSE_DEPTH - 2, middle)))
                alley_numbers = numbering(1)
                alley_even = numbering(2)
                self.frontage(west + HOUSE_DEPTH + 2, east - HOUSE_DEPTH - 2, None,
                              middle + ALLEY_HALF_WIDTH, middle + ALLEY_HALF_WIDTH + HOUSE_DEPTH, True,
                              NS_STREETS[i], alley_even, alley=alley_name)
                self.frontage(west + HOUSE_DEPTH + 2, east - HOUSE_DEPTH - 2, None,
                              middle - ALLEY_HALF_WIDTH - HOUSE_DEPTH, middle - ALLEY_HALF_WIDTH, True,
                              NS_STREETS[i], alley_numbers, alley=alley_name)
        # A school and the ward's office on the office block.
        i, j = office_block
        west, south = _street_e(i) + STREET_HALF_WIDTH, _street_n(j) + STREET_HALF_WIDTH
        for offset, use, floors, label in ((0, "co_quan", 4, 1), (95, "giao_duc", 3, 3)):
            row_x0 = west + 10 + offset
            self.house(row_x0, south + 20, row_x0 + 70, south + 45, label, EW_STREETS[j])
            self.ward.rows["housing"][-1].update({"use_type": use, "floors_above": floors,
                                                  "building_type": "khac", "ownership_type": "nha_nuoc",
                                                  "household_count": 0, "resident_count": 0,
                                                  "height_m": floors * 3.6})

    # -------------------------------------------------------------------- trees
    def tree(self, x, y, location, species_pool):
        rng = self.rng
        species = rng.choices(list(species_pool), list(species_pool.values()))[0]
        heritage = rng.random() < 0.012
        planting = rng.randint(1925, 1970) if heritage else rng.randint(1985, 2023)
        age = 2025 - planting
        dbh = round(min(180.0, 3.0 + age * rng.uniform(0.9, 1.5)), 0)
        condition = rng.choices(["tot", "trung_binh", "kem", "sau_benh", "nghieng", "rong_muc", "kho_chet"],
                                [58, 24, 7, 4, 4, 2, 1])[0]
        risk = "cao" if condition in ("rong_muc", "kho_chet", "nghieng") else \
            ("trung_binh" if condition in ("kem", "sau_benh") or dbh > 80 else "thap")
        row = self.common("trees", x, y)
        row.update({
            "geom": "POINT({:.2f} {:.2f})".format(x, y),
            "species_id": species,
            "height_m": round(min(35.0, 2.0 + age * rng.uniform(0.25, 0.45)), 1),
            "dbh_cm": dbh,
            "canopy_diameter_m": round(min(25.0, 1.0 + dbh * 0.12), 1),
            "planting_year": planting,
            "location_type": location,
            "condition": condition,
            "risk_level": risk,
            "is_heritage": heritage,
            "conservation": "bao_ton" if heritage else ("theo_doi" if risk == "cao" else "khong"),
            "last_inspection_date": "2025-0{}-{:02d}".format(rng.randint(3, 8), rng.randint(1, 28)),
            "manager_unit": "Công ty Môi trường đô thị",
        })
        self.add("trees", row)

    def trees(self, park_block, target=3000):
        rng = self.rng
        positions = []
        extent = BLOCKS * STREET_SPACING
        for k in range(BLOCKS + 1):
            for side in (-1, 1):
                offset = side * (STREET_HALF_WIDTH - 1.5)
                along = TREE_SPACING / 2
                while along < extent:
                    # skip the crossings
                    if (along % STREET_SPACING) > STREET_HALF_WIDTH + 2 and \
                            (along % STREET_SPACING) < STREET_SPACING - STREET_HALF_WIDTH - 2:
                        positions.append((ORIGIN_E + along, _street_n(k) + offset, "via_he"))
                        positions.append((_street_e(k) + offset, ORIGIN_N + along, "via_he"))
                    along += TREE_SPACING
        pi, pj = park_block
        park = []
        for a in range(14):
            for b in range(14):
                park.append((_street_e(pi) + 16 + a * 12.5 + rng.uniform(-3, 3),
                             _street_n(pj) + 16 + b * 12.5 + rng.uniform(-3, 3), "cong_vien_vuon_hoa"))
        street_count = target - len(park)
        rng.shuffle(positions)
        chosen = sorted(positions[:street_count])
        for x, y, location in chosen:
            self.tree(x, y, location, STREET_SPECIES_WEIGHTS)
        park_species = {**STREET_SPECIES_WEIGHTS, 12: 4, 13: 4, 15: 2}
        for x, y, location in park:
            self.tree(x, y, location, park_species)

    # ----------------------------------------------------------------- drainage
    def drainage(self):
        """Street sewers flowing to collectors under the north-south streets,
        which flow south to outfalls on a canal that runs east to a pumping
        station. Returns node uuid by position."""
        rng = self.rng
        nodes = {}            # (x, y) → row
        flow_distance = {}    # (x, y) → metres to the pumping station
        canal_y = ORIGIN_N - 30.0
        extent = BLOCKS * STREET_SPACING
        station = (ORIGIN_E + extent + 60.0, canal_y)

        def ground(x, y):
            return round(2.6 + (y - ORIGIN_N) * 0.0006 + (x - ORIGIN_E) * 0.0001 +
                         0.15 * math.sin(x / 90.0) * math.cos(y / 110.0), 2)

        def node(x, y, kind, distance):
            key = (round(x, 2), round(y, 2))
            if key in nodes:
                return nodes[key]
            row = self.common("drainage_nodes", x, y)
            rim = ground(x, y)
            invert = round(-1.0 + distance * 0.0008, 3)
            if kind == "cua_xa":
                invert = round(-1.2 + distance * 0.0002, 3)
            elif kind == "tram_bom":
                invert = -1.5
            row.update({
                "geom": "POINT({:.2f} {:.2f})".format(x, y),
                "node_type": kind,
                "rim_elev_m": rim,
                "invert_elev_m": invert,
                "cover_material": rng.choice(["gang", "gang", "composite", "be_tong"]) if kind == "ho_ga" else None,
                "cover_condition": rng.choices(["tot", "vo", "mat_nap"], [90, 7, 3])[0] if kind == "ho_ga" else None,
                "condition": rng.choices(["tot", "boi_lang", "tac"], [80, 15, 5])[0],
            })
            nodes[key] = row
            flow_distance[key] = distance
            self.add("drainage_nodes", row)
            return row

        def line(up, down, kind, diameter=None, width=None, height=None, system="nuoc_mua"):
            (x0, y0), (x1, y1) = up["_xy"], down["_xy"]
            row = self.common("drainage_lines", (x0 + x1) / 2, (y0 + y1) / 2)
            length = math.hypot(x1 - x0, y1 - y0)
            row.update({
                "geom": "LINESTRING({:.2f} {:.2f},{:.2f} {:.2f})".format(x0, y0, x1, y1),
                "line_type": kind,
                "system_type": system,
                "diameter_mm": diameter,
                "width_mm": width,
                "height_mm": height,
                "material": "be_tong_cot_thep" if kind in ("cong_tron", "cong_hop") else
                            ("dat" if kind == "kenh" else "gach_xay"),
                "length_m": round(length, 2),
                "invert_up_m": up["invert_elev_m"],
                "invert_down_m": down["invert_elev_m"],
                "from_node_uuid": up["uuid"],
                "to_node_uuid": down["uuid"],
                "condition": rng.choices(["tot", "boi_lang", "tac", "vo_hong", "sut_lun"], [72, 18, 5, 3, 2])[0],
                "last_dredged_date": "2025-0{}-{:02d}".format(rng.randint(1, 8), rng.randint(1, 28)),
            })
            if row["invert_up_m"] is not None and row["invert_down_m"] is not None and length > 0:
                row["slope_permille"] = round((row["invert_up_m"] - row["invert_down_m"]) / length * 1000, 2)
            self.add("drainage_lines", row)

        def with_xy(row, x, y):
            row["_xy"] = (x, y)
            return row

        # Pumping station and the canal with one outfall per north-south street.
        pump = with_xy(node(station[0], station[1], "tram_bom", 0.0), *station)
        outfalls = []
        for i in range(BLOCKS + 1):
            x = _street_e(i) + 3.0
            distance = station[0] - x
            outfalls.append(with_xy(node(x, canal_y, "cua_xa", distance), x, canal_y))
        for i in range(BLOCKS + 1):
            downstream = outfalls[i + 1] if i < BLOCKS else pump
            line(outfalls[i], downstream, "kenh", width=6000, height=2500)

        # Collectors under the north-south streets, flowing south.
        collector_nodes = {}
        for i in range(BLOCKS + 1):
            x = _street_e(i) + 3.0
            previous = outfalls[i]
            steps = int(extent / MANHOLE_SPACING)
            chain = []
            for s in range(0, steps + 1):
                y = ORIGIN_N + s * MANHOLE_SPACING
                distance = flow_distance[(round(x, 2), round(canal_y, 2))] + (y - canal_y)
                chain.append(with_xy(node(x, y, "ho_ga", distance), x, y))
                collector_nodes[(i, round(y, 2))] = chain[-1]
            previous = outfalls[i]
            for s, current in enumerate(chain):
                remaining = steps - s
                if remaining > 20:
                    kind, diameter, width, height = "cong_hop", None, 1600, 1200
                elif remaining > 12:
                    kind, diameter, width, height = "cong_tron", 1000, None, None
                else:
                    kind, diameter, width, height = "cong_tron", 800 if remaining > 6 else 600, None, None
                line(current, previous, kind, diameter, width, height)
                previous = current

        # Street sewers under the east-west streets, flowing to the nearest collector.
        for j in range(BLOCKS + 1):
            y = _street_n(j)
            for i in range(BLOCKS):
                x_west = _street_e(i) + 3.0
                x_east = _street_e(i + 1) + 3.0
                west_junction = collector_nodes[(i, round(_street_n(j), 2))]
                east_junction = collector_nodes[(i + 1, round(_street_n(j), 2))]
                middle = (x_west + x_east) / 2
                points = [x_west + k * MANHOLE_SPACING for k in range(1, int((x_east - x_west) / MANHOLE_SPACING))]
                for side, junction, xs in (("west", west_junction, [p for p in points if p <= middle]),
                                           ("east", east_junction, [p for p in points if p > middle])):
                    ordered = sorted(xs, key=lambda p: abs(p - junction["_xy"][0]))
                    downstream = junction
                    jx = junction["_xy"][0]
                    base = flow_distance[(round(jx, 2), round(junction["_xy"][1], 2))]
                    for px in ordered:
                        current = with_xy(node(px, y, "ho_ga" if abs(px - jx) > 60 else "ga_thu",
                                               base + abs(px - jx) + 3.0), px, y)
                        kind = "muong_nap_dan" if j in (2, 5) else "cong_tron"
                        line(current, downstream, kind,
                             diameter=400 if kind == "cong_tron" else None,
                             width=600 if kind != "cong_tron" else None,
                             height=600 if kind != "cong_tron" else None)
                        downstream = current
        for row in self.ward.rows["drainage_nodes"]:
            row.pop("_xy", None)
        return collector_nodes

    # ------------------------------------------------------------------ sensors
    def sensors(self, collector_nodes):
        rng = self.rng
        readings_per_sensor = READING_DAYS * 86400 // READING_INTERVAL_S
        # Low junctions: the southern part of each collector.
        spots = []
        for i in range(BLOCKS + 1):
            for j in (0, 1, 2):
                spots.append((i, j))
        rng.shuffle(spots)
        spots = sorted(spots[:20])
        for number, (i, j) in enumerate(spots, start=1):
            x, y = _street_e(i) + 6.0, _street_n(j) + 6.0
            row = self.common("sensors", x, y)
            vulnerability = rng.uniform(0.4, 1.3) * (1.3 - 0.25 * j)
            thresholds = (rng.choice([10, 15, 20]), rng.choice([25, 30, 35]), rng.choice([50, 55, 60]))
            road = 2.6 + j * 0.12
            row.update({
                "geom": "POINT({:.2f} {:.2f})".format(x, y),
                "station_name": "Trạm đo mực nước số {:02d}".format(number),
                "hotspot_name": "Ngã tư {} – {}".format(NS_STREETS[i].replace("Phố ", ""),
                                                       EW_STREETS[j].replace("Phố ", "")),
                "sensor_type": rng.choice(["sieu_am", "sieu_am", "radar", "ap_suat"]),
                "comm_type": rng.choice(["lorawan", "nb_iot", "mang_4g"]),
                "road_surface_elev_m": round(road, 2),
                "sensor_elev_m": round(road + 2.5, 2),
                "depth_offset_cm": 0.0,
                "interval_normal_s": READING_INTERVAL_S,
                "threshold_1_cm": float(thresholds[0]),
                "threshold_2_cm": float(thresholds[1]),
                "threshold_3_cm": float(thresholds[2]),
                "operating_status": "hoat_dong",
                "sta_thing_id": str(1000 + number),
                "sta_datastream_id": str(2000 + number),
            })
            self.add("sensors", row)
            last = None
            silent = number == 7   # one station stops reporting a day before the end
            for k in range(readings_per_sensor):
                if silent and k > readings_per_sensor - 144:
                    break
                t = READINGS_START + timedelta(seconds=k * READING_INTERVAL_S)
                hours = k * READING_INTERVAL_S / 3600.0
                storm = 0.0
                for centre, peak, spread in ((60.0, 45.0, 5.0), (166.5, 60.0, 4.0)):
                    storm += peak * math.exp(-((hours - centre) / spread) ** 2)
                depth = max(0.0, storm * vulnerability + rng.gauss(0, 0.6))
                depth = round(depth, 1) if depth > 0.5 else 0.0
                level = sum(1 for limit in thresholds if depth >= limit)
                distance_mm = int(round((2.5 * 100 - depth) * 10))
                flag = "nghi_ngo" if rng.random() < 0.003 else "ok"
                reading = {
                    "uuid": _uuid(rng),
                    "station_uuid": row["uuid"],
                    "phenomenon_time": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    "water_depth_cm": depth,
                    "raw_distance_mm": distance_mm,
                    "battery_v": round(3.9 - hours * 0.002 + rng.gauss(0, 0.01), 2),
                    "quality_flag": flag,
                    "alert_level": level,
                }
                self.add("sensor_readings", reading)
                last = reading
            row["last_seen"] = last["phenomenon_time"]
            row["last_depth_cm"] = last["water_depth_cm"]
            row["last_alert_level"] = last["alert_level"]
            if silent:
                row["operating_status"] = "mat_ket_noi"

    # ---------------------------------------------------------- groups, species
    def groups(self):
        extent = BLOCKS * STREET_SPACING
        width, height = extent / 5, extent / 4
        for row_index in range(4):
            for col in range(5):
                number = row_index * 5 + col + 1
                x0, y0 = ORIGIN_E + col * width, ORIGIN_N + row_index * height
                self.add("residential_groups", {
                    "uuid": _uuid(self.rng),
                    "group_id": "{}-{:03d}".format(self.ward_code, number),
                    "name": "Tổ dân phố số {}".format(number),
                    "ward_code": self.ward_code,
                    "valid_from": "2025-07-01",
                    "geom": _rect(x0, y0, x0 + width, y0 + height),
                })

    # ------------------------------------------------------------------ streets
    def streets(self, park_block):
        """The centrelines of the grid's streets (the two across the middle are main roads), the
        alley (ngõ) through each block up to its last house, and a footpath across the park."""
        extent = BLOCKS * STREET_SPACING

        def street(name, road_class, points):
            self.add("streets", {
                "uuid": _uuid(self.rng), "name": name, "road_class": road_class, "ward_code": self.ward_code,
                "geom": "LINESTRING({})".format(",".join("{:.2f} {:.2f}".format(x, y) for x, y in points))})

        main = BLOCKS // 2
        for j, name in enumerate(EW_STREETS):
            street(name, "duong_chinh" if j == main else "pho",
                   [(ORIGIN_E, _street_n(j)), (ORIGIN_E + extent, _street_n(j))])
        for i, name in enumerate(NS_STREETS):
            street(name, "duong_chinh" if i == main else "pho",
                   [(_street_e(i), ORIGIN_N), (_street_e(i), ORIGIN_N + extent)])
        for alley_name, start, end in self.alleys:
            street("Ngõ {}".format(alley_name), "ngo", [start, end])
        i, j = park_block
        street(None, "duong_di_bo", [(_street_e(i) + STREET_HALF_WIDTH, _street_n(j) + STREET_HALF_WIDTH),
                                     (_street_e(i + 1) - STREET_HALF_WIDTH, _street_n(j + 1) - STREET_HALF_WIDTH)])

    def species(self):
        for species_id, name, scientific, restriction in SPECIES:
            self.add("species", {"uuid": _uuid(self.rng), "species_id": species_id, "name_vi": name,
                                 "scientific_name": scientific, "restriction": restriction})


def full_address(row, ward_name):
    """The Vietnamese address, smallest part first: Số 12, ngách 3, ngõ 5, Phố X, Phường Y."""
    parts = []
    if row.get("house_number"):
        parts.append("Số {}".format(row["house_number"]))
    if row.get("sub_alley"):
        parts.append("ngách {}".format(row["sub_alley"]))
    if row.get("alley"):
        parts.append("ngõ {}".format(row["alley"]))
    if row.get("street_name"):
        parts.append(row["street_name"])
    parts.append(ward_name)
    return ", ".join(parts)


def build_demo_ward(ward_code="12103", ward_name="Phường Mỹ Hào") -> DemoWard:
    builder = _Builder(ward_code, ward_name)
    park_block, office_block = (3, 4), (2, 3)
    builder.species()
    builder.groups()
    builder.housing(park_block, office_block)
    builder.trees(park_block)
    collectors = builder.drainage()
    builder.sensors(collectors)
    builder.streets(park_block)       # last: the rows above keep their seeded values
    # Houses near the low southern streets are flood-prone.
    for house in builder.ward.rows["housing"]:
        if house["street_name"] in EW_STREETS[:2] and house.get("alley") is None:
            house["flood_prone"] = True
    builder.ward.last_serial = dict(builder.serial)
    return builder.ward
