"""The ward GeoPackage's data dictionary: layers, fields, domains and rules.

Everything else (table creation, forms, styles, demo data, README tables) is
derived from the definitions here, so a field is added in one place.

Aliases and domain labels are marked with :func:`N_` (English source text,
translated into the ward's language when a GeoPackage is written). Table and
field names and the stored domain codes stay ASCII.
"""
from dataclasses import dataclass, field as dataclass_field
from typing import Optional, Tuple

SCHEMA_VERSION = 1

SETTINGS_TABLE = "mymap_ward_settings"
CODE_SEQUENCE_TABLE = "mymap_code_sequence"


def N_(text: str) -> str:
    """Mark *text* for translation without translating it now."""
    return text


@dataclass(frozen=True)
class Domain:
    name: str
    values: Tuple[Tuple[str, str], ...]   # (stored code, English label)

    def codes(self):
        return [code for code, _label in self.values]


@dataclass(frozen=True)
class Field:
    name: str
    type: str                      # text, integer, real, date, datetime, boolean
    alias: str
    domain: Optional[str] = None
    required: bool = False
    unique: bool = False
    minimum: Optional[float] = None
    maximum: Optional[float] = None
    computed: Optional[str] = None         # QGIS expression, recomputed on every edit
    default: Optional[str] = None          # QGIS expression for new features
    read_only: bool = False
    lookup: Optional[Tuple[str, str, str]] = None   # (layer, key field, shown field)
    constraint: Optional[Tuple[str, str]] = None     # (QGIS expression, English message)
    public: bool = True                    # may be shown on a public record page


@dataclass(frozen=True)
class Layer:
    name: str
    geometry: Optional[str]        # Point, LineString, MultiPolygon or None
    title: str
    fields: Tuple[Field, ...]
    is_asset: bool = True
    display_expression: str = '"asset_code"'
    extra_constraints: Tuple[Tuple[str, str], ...] = dataclass_field(default_factory=tuple)

    def field(self, name):
        for candidate in self.fields:
            if candidate.name == name:
                return candidate
        raise KeyError(name)

    def field_names(self):
        return [candidate.name for candidate in self.fields]


D = Domain
DOMAINS = {d.name: d for d in (
    D("qr_status", (("chua_gan", N_("Tag not attached")), ("da_gan", N_("Tag attached")),
                    ("hong", N_("Tag damaged")), ("mat", N_("Tag lost")),
                    ("thu_hoi", N_("Tag withdrawn")))),
    D("asset_status", (("hien_huu", N_("Existing")), ("dang_xay_dung", N_("Under construction")),
                       ("da_pha_do", N_("Demolished")), ("ngung_su_dung", N_("Out of use")))),
    D("position_source", (("rtk", N_("RTK survey")), ("gnss_thuong", N_("Ordinary GNSS")),
                          ("so_hoa_anh", N_("Digitised from imagery")),
                          ("ban_do_dia_chinh", N_("Cadastral map")), ("khac", N_("Other")))),
    D("plate_status", (("co_bien", N_("Has a number plate")), ("chua_co_bien", N_("No number plate")),
                       ("bien_hong", N_("Plate damaged")))),
    D("building_type", (("nha_rieng_le", N_("Detached house")), ("nha_lien_ke", N_("Terraced house")),
                        ("biet_thu", N_("Villa")), ("chung_cu", N_("Apartment block")),
                        ("nha_tam", N_("Temporary building")), ("khac", N_("Other")))),
    D("structure_class", (("kien_co", N_("Permanent")), ("ban_kien_co", N_("Semi-permanent")),
                          ("tam", N_("Temporary")), ("khac", N_("Other")))),
    D("use_type", (("o", N_("Residential")), ("o_kinh_doanh", N_("Residential and business")),
                   ("kinh_doanh_dich_vu", N_("Business and services")),
                   ("co_quan", N_("Public office")), ("giao_duc", N_("Education")),
                   ("y_te", N_("Health care")), ("ton_giao_tin_nguong", N_("Religious")),
                   ("san_xuat_kho", N_("Production and storage")), ("bo_trong", N_("Vacant")),
                   ("khac", N_("Other")))),
    D("ownership_type", (("ca_nhan", N_("Private household")), ("nha_nuoc", N_("State")),
                         ("to_chuc", N_("Organisation")), ("khac", N_("Other")))),
    D("species_restriction", (("binh_thuong", N_("Normal")), ("han_che_trong", N_("Planting restricted")),
                              ("cam_trong", N_("Planting banned")))),
    D("tree_location", (("via_he", N_("Pavement")), ("dai_phan_cach", N_("Median strip")),
                        ("cong_vien_vuon_hoa", N_("Park or garden")),
                        ("khuon_vien_co_quan", N_("Institution grounds")),
                        ("ven_song_ho", N_("River or lake bank")), ("khac", N_("Other")))),
    D("tree_condition", (("tot", N_("Good")), ("trung_binh", N_("Fair")), ("kem", N_("Poor")),
                         ("sau_benh", N_("Pests or disease")), ("nghieng", N_("Leaning")),
                         ("rong_muc", N_("Hollow or rotten")), ("kho_chet", N_("Dead")))),
    D("risk_level", (("thap", N_("Low")), ("trung_binh", N_("Medium")), ("cao", N_("High")))),
    D("conservation", (("khong", N_("None")), ("theo_doi", N_("Monitored")),
                       ("bao_ton", N_("Protected")))),
    D("line_type", (("cong_tron", N_("Circular pipe")), ("cong_hop", N_("Box culvert")),
                    ("muong_ho", N_("Open ditch")), ("muong_nap_dan", N_("Covered ditch")),
                    ("ranh", N_("Gutter")), ("kenh", N_("Canal")))),
    D("system_type", (("nuoc_mua", N_("Storm water")), ("nuoc_thai", N_("Waste water")),
                      ("chung", N_("Combined")))),
    D("pipe_material", (("be_tong_cot_thep", N_("Reinforced concrete")), ("be_tong", N_("Concrete")),
                        ("gach_xay", N_("Brick masonry")), ("hdpe", N_("HDPE plastic")),
                        ("upvc", N_("uPVC")), ("gang", N_("Cast iron")), ("dat", N_("Earth")),
                        ("khac", N_("Other")))),
    D("drainage_condition", (("tot", N_("Good")), ("boi_lang", N_("Silted")), ("tac", N_("Blocked")),
                             ("vo_hong", N_("Broken")), ("sut_lun", N_("Subsided")))),
    D("node_type", (("ho_ga", N_("Manhole")), ("ga_thu", N_("Gully inlet")), ("cua_xa", N_("Outfall")),
                    ("tram_bom", N_("Pumping station")), ("van_ngan_trieu", N_("Tide gate")),
                    ("khac", N_("Other")))),
    D("cover_material", (("gang", N_("Cast iron")), ("composite", N_("Composite")),
                         ("be_tong", N_("Concrete")), ("khong_nap", N_("No cover")))),
    D("cover_condition", (("tot", N_("Good")), ("vo", N_("Broken")), ("mat_nap", N_("Cover missing")))),
    D("sensor_type", (("sieu_am", N_("Ultrasonic")), ("radar", N_("Radar")),
                      ("ap_suat", N_("Pressure")), ("phao", N_("Float")), ("camera", N_("Camera")))),
    D("comm_type", (("lorawan", N_("LoRaWAN")), ("nb_iot", N_("NB-IoT")), ("mang_4g", N_("4G mobile")),
                    ("wifi", N_("Wi-Fi")), ("khac", N_("Other")))),
    D("operating_status", (("hoat_dong", N_("Online")), ("mat_ket_noi", N_("Offline")),
                           ("bao_tri", N_("Maintenance")), ("ngung", N_("Stopped")))),
    D("quality_flag", (("ok", N_("Good")), ("nghi_ngo", N_("Suspect")), ("loi", N_("Error")))),
    D("road_class", (("duong_chinh", N_("Main road")), ("pho", N_("Street")),
                     ("ngo", N_("Alley (ngõ, hẻm)")), ("duong_di_bo", N_("Path")))),
)}

# Alert levels are small integers (0 = no flooding … 3 = severe), shown with labels.
ALERT_LEVELS = ((0, N_("No flooding")), (1, N_("Level 1: shallow water")),
                (2, N_("Level 2: flooding")), (3, N_("Level 3: severe flooding")))

F = Field
# The current time in UTC as 'yyyy-MM-ddTHH:mm:ss', in plain QGIS expressions (QGIS 3.22 has
# no UTC function; now() is local time): the civil date is computed from epoch(now()), which is
# UTC-based, with the days-to-civil-date arithmetic of the proleptic Gregorian calendar.
NOW_UTC = (
    "with_variable('s', floor(epoch(now()) / 1000),"
    " with_variable('z', floor(@s / 86400) + 719468,"
    " with_variable('era', floor(@z / 146097),"
    " with_variable('doe', @z - @era * 146097,"
    " with_variable('yoe', floor((@doe - floor(@doe / 1460) + floor(@doe / 36524) - floor(@doe / 146096)) / 365),"
    " with_variable('doy', @doe - (365 * @yoe + floor(@yoe / 4) - floor(@yoe / 100)),"
    " with_variable('mp', floor((5 * @doy + 2) / 153),"
    " with_variable('d', @doy - floor((153 * @mp + 2) / 5) + 1,"
    " with_variable('m', if(@mp < 10, @mp + 3, @mp - 9),"
    " with_variable('y', @yoe + @era * 400 + if(@m <= 2, 1, 0),"
    " with_variable('t', @s % 86400,"
    " concat(@y, '-', lpad(@m, 2, '0'), '-', lpad(@d, 2, '0'), 'T', lpad(floor(@t / 3600), 2, '0'), ':',"
    " lpad(floor((@t % 3600) / 60), 2, '0'), ':', lpad(@t % 60, 2, '0')))))))))))))"
)

COMMON_FIELDS = (
    F("uuid", "text", N_("Identifier (UUID)"), required=True, unique=True, read_only=True,
      default="uuid('WithoutBraces')", public=False),
    F("asset_code", "text", N_("Asset code"), unique=True, read_only=True),
    F("qr_status", "text", N_("QR tag"), domain="qr_status", default="'chua_gan'"),
    F("ward_code", "text", N_("Ward code"), read_only=True),
    F("residential_group_id", "text", N_("Residential group"),
      lookup=("residential_groups", "group_id", "name")),
    F("status", "text", N_("Status"), domain="asset_status", default="'hien_huu'"),
    F("survey_date", "date", N_("Survey date")),
    F("surveyor", "text", N_("Surveyor (staff id)"), public=False),
    F("position_source", "text", N_("Position source"), domain="position_source"),
    F("position_accuracy_m", "real", N_("Position accuracy (m)"), minimum=0, maximum=100),
    F("photo", "text", N_("Photo")),
    F("notes", "text", N_("Notes"), public=False),
    F("created_at", "datetime", N_("Created at (UTC)"), read_only=True, public=False),
    F("created_by", "text", N_("Created by"), read_only=True, default="@user_account_name",
      public=False),
    F("updated_at", "datetime", N_("Updated at (UTC)"), read_only=True, public=False),
    F("updated_by", "text", N_("Updated by"), read_only=True, public=False),
)

FULL_ADDRESS = (
    "concat("
    "if(\"house_number\" IS NULL OR \"house_number\" = '', '', 'Số ' || \"house_number\"),"
    "if(\"sub_alley\" IS NULL OR \"sub_alley\" = '', '', ', ngách ' || \"sub_alley\"),"
    "if(\"alley\" IS NULL OR \"alley\" = '', '', ', ngõ ' || \"alley\"),"
    "if(\"street_name\" IS NULL OR \"street_name\" = '', '', ', ' || \"street_name\"),"
    "', ' || @mymap_ward_name)"
)

HOUSING = Layer("housing", "MultiPolygon", N_("Housing"), COMMON_FIELDS + (
    F("house_number", "text", N_("House number"),
      constraint=("\"house_number\" IS NULL OR regexp_match(\"house_number\", '^[0-9]+[A-Z]?(/[0-9]+[A-Z]?)*$')",
                  N_("A house number looks like 12, 12A or 12/3."))),
    F("alley", "text", N_("Alley (ngõ)")),
    F("sub_alley", "text", N_("Sub-alley (ngách)")),
    F("street_name", "text", N_("Street")),
    F("full_address", "text", N_("Full address"), computed=FULL_ADDRESS, read_only=True),
    F("plate_status", "text", N_("House number plate"), domain="plate_status"),
    F("building_type", "text", N_("Building type"), domain="building_type"),
    F("structure_class", "text", N_("Structure class"), domain="structure_class"),
    F("floors_above", "integer", N_("Floors above ground"), minimum=0, maximum=60),
    F("floors_below", "integer", N_("Floors below ground"), minimum=0, maximum=10),
    F("height_m", "real", N_("Height (m)"), minimum=0, maximum=300),
    F("footprint_area_m2", "real", N_("Footprint area (m²)"), computed="round($area, 1)",
      read_only=True),
    F("use_type", "text", N_("Use"), domain="use_type", required=True, default="'o'"),
    F("ownership_type", "text", N_("Ownership"), domain="ownership_type", public=False),
    F("year_built", "integer", N_("Year built"), minimum=1800, maximum=2100),
    F("map_sheet_no", "text", N_("Cadastral map sheet no."), public=False),
    F("parcel_no", "text", N_("Parcel no."), public=False),
    F("household_count", "integer", N_("Households"), minimum=0, maximum=1000, public=False),
    F("resident_count", "integer", N_("Residents (total only)"), minimum=0, maximum=10000,
      public=False),
    F("flood_prone", "boolean", N_("Prone to flooding")),
), display_expression="concat(\"asset_code\", ' ', \"house_number\", ' ', \"street_name\")")

TREES = Layer("trees", "Point", N_("Trees"), COMMON_FIELDS + (
    F("species_id", "integer", N_("Species"), lookup=("species", "species_id", "name_vi")),
    F("height_m", "real", N_("Height (m)"), minimum=0, maximum=60),
    F("dbh_cm", "real", N_("Trunk diameter at 1.3 m (cm)"), minimum=0, maximum=500),
    F("canopy_diameter_m", "real", N_("Canopy diameter (m)"), minimum=0, maximum=50),
    F("planting_year", "integer", N_("Planting year"), minimum=1800, maximum=2100),
    F("location_type", "text", N_("Location"), domain="tree_location"),
    F("condition", "text", N_("Condition"), domain="tree_condition", default="'tot'"),
    F("risk_level", "text", N_("Risk level"), domain="risk_level"),
    F("is_heritage", "boolean", N_("Heritage tree"), default="false"),
    F("conservation", "text", N_("Conservation"), domain="conservation"),
    F("last_inspection_date", "date", N_("Last inspection")),
    F("last_pruning_date", "date", N_("Last pruning")),
    F("manager_unit", "text", N_("Managing unit")),
), extra_constraints=(
    ("planting_year", "\"is_heritage\" IS NOT true OR \"planting_year\" IS NULL OR "
                      "\"planting_year\" <= year(now()) - 50",
     N_("A heritage tree is at least 50 years old: check the planting year.")),
))

DRAINAGE_LINES = Layer("drainage_lines", "LineString", N_("Drainage lines"), COMMON_FIELDS + (
    F("line_type", "text", N_("Line type"), domain="line_type", required=True, default="'cong_tron'"),
    F("system_type", "text", N_("System"), domain="system_type", default="'nuoc_mua'"),
    F("diameter_mm", "integer", N_("Diameter (mm)"), minimum=50, maximum=5000),
    F("width_mm", "integer", N_("Width (mm)"), minimum=50, maximum=20000),
    F("height_mm", "integer", N_("Height (mm)"), minimum=50, maximum=10000),
    F("material", "text", N_("Material"), domain="pipe_material"),
    F("length_m", "real", N_("Length (m)"), computed="round($length, 2)", read_only=True),
    F("invert_up_m", "real", N_("Upstream invert level (m, Hon Dau)"), minimum=-20, maximum=100),
    F("invert_down_m", "real", N_("Downstream invert level (m, Hon Dau)"), minimum=-20, maximum=100),
    F("slope_permille", "real", N_("Slope (‰)"), read_only=True,
      computed="if(\"invert_up_m\" IS NULL OR \"invert_down_m\" IS NULL OR $length <= 0, NULL, "
               "round((\"invert_up_m\" - \"invert_down_m\") / $length * 1000, 2))"),
    F("from_node_uuid", "text", N_("Upstream node"), lookup=("drainage_nodes", "uuid", "asset_code"),
      public=False),
    F("to_node_uuid", "text", N_("Downstream node"), lookup=("drainage_nodes", "uuid", "asset_code"),
      public=False),
    F("condition", "text", N_("Condition"), domain="drainage_condition", default="'tot'"),
    F("last_dredged_date", "date", N_("Last dredged")),
), extra_constraints=(
    ("diameter_mm", "\"line_type\" <> 'cong_tron' OR \"diameter_mm\" IS NOT NULL",
     N_("A circular pipe needs its diameter.")),
    ("invert_down_m", "\"invert_up_m\" IS NULL OR \"invert_down_m\" IS NULL OR "
                      "\"invert_up_m\" > \"invert_down_m\"",
     N_("Water must flow downstream: the upstream invert must be higher than the downstream "
        "invert (or the line drawn the other way).")),
    ("to_node_uuid", "\"from_node_uuid\" IS NULL OR \"to_node_uuid\" IS NULL OR "
                     "\"from_node_uuid\" <> \"to_node_uuid\"",
     N_("A line cannot start and end at the same node.")),
))

DRAINAGE_NODES = Layer("drainage_nodes", "Point", N_("Drainage nodes"), COMMON_FIELDS + (
    F("node_type", "text", N_("Node type"), domain="node_type", required=True, default="'ho_ga'"),
    F("rim_elev_m", "real", N_("Rim level (m, Hon Dau)"), minimum=-20, maximum=100),
    F("invert_elev_m", "real", N_("Invert level (m, Hon Dau)"), minimum=-20, maximum=100),
    F("cover_material", "text", N_("Cover material"), domain="cover_material"),
    F("cover_condition", "text", N_("Cover condition"), domain="cover_condition"),
    F("condition", "text", N_("Condition"), domain="drainage_condition", default="'tot'"),
), extra_constraints=(
    ("invert_elev_m", "\"rim_elev_m\" IS NULL OR \"invert_elev_m\" IS NULL OR "
                      "\"invert_elev_m\" < \"rim_elev_m\"",
     N_("The invert level must be below the rim level.")),
))

THRESHOLDS_INCREASING = (
    "(\"threshold_1_cm\" IS NULL OR \"threshold_2_cm\" IS NULL OR \"threshold_1_cm\" < \"threshold_2_cm\") AND "
    "(\"threshold_2_cm\" IS NULL OR \"threshold_3_cm\" IS NULL OR \"threshold_2_cm\" < \"threshold_3_cm\") AND "
    "(\"threshold_1_cm\" IS NULL OR \"threshold_3_cm\" IS NULL OR \"threshold_1_cm\" < \"threshold_3_cm\")"
)
THRESHOLDS_MESSAGE = N_("Alert thresholds must increase: level 1 < level 2 < level 3.")

SENSORS = Layer("sensors", "Point", N_("Water-level sensors"), COMMON_FIELDS + (
    F("station_name", "text", N_("Station name"), required=True),
    F("hotspot_name", "text", N_("Flood hotspot")),
    F("sensor_type", "text", N_("Sensor type"), domain="sensor_type", default="'sieu_am'"),
    F("comm_type", "text", N_("Communication"), domain="comm_type"),
    F("road_surface_elev_m", "real", N_("Road surface level (m, Hon Dau)"), minimum=-20, maximum=100),
    F("sensor_elev_m", "real", N_("Sensor level (m, Hon Dau)"), minimum=-20, maximum=100),
    F("depth_offset_cm", "real", N_("Depth offset (cm)"), minimum=-500, maximum=500),
    F("interval_normal_s", "integer", N_("Reporting interval (s)"), minimum=10, maximum=86400,
      default="300"),
    F("threshold_1_cm", "real", N_("Alert threshold 1 (cm)"), minimum=0, maximum=500,
      constraint=(THRESHOLDS_INCREASING, THRESHOLDS_MESSAGE)),
    F("threshold_2_cm", "real", N_("Alert threshold 2 (cm)"), minimum=0, maximum=500,
      constraint=(THRESHOLDS_INCREASING, THRESHOLDS_MESSAGE)),
    F("threshold_3_cm", "real", N_("Alert threshold 3 (cm)"), minimum=0, maximum=500,
      constraint=(THRESHOLDS_INCREASING, THRESHOLDS_MESSAGE)),
    F("operating_status", "text", N_("Operating status"), domain="operating_status",
      default="'hoat_dong'"),
    F("last_seen", "datetime", N_("Last reading at (UTC)"), read_only=True),
    F("last_depth_cm", "real", N_("Last water depth (cm)"), read_only=True),
    F("last_alert_level", "integer", N_("Current alert level"), read_only=True),
    F("sta_thing_id", "text", N_("SensorThings Thing id"), public=False),
    F("sta_datastream_id", "text", N_("SensorThings Datastream id"), public=False),
), display_expression="concat(\"asset_code\", ' ', \"station_name\")")

SENSOR_READINGS = Layer("sensor_readings", None, N_("Sensor readings"), (
    F("uuid", "text", N_("Identifier (UUID)"), required=True, unique=True, read_only=True,
      default="uuid('WithoutBraces')"),
    F("station_uuid", "text", N_("Station"), required=True, lookup=("sensors", "uuid", "station_name")),
    F("phenomenon_time", "datetime", N_("Measured at (UTC)"), required=True),
    F("water_depth_cm", "real", N_("Water depth (cm)"), minimum=-50, maximum=1000),
    F("raw_distance_mm", "integer", N_("Raw distance (mm)"), minimum=0, maximum=20000),
    F("battery_v", "real", N_("Battery (V)"), minimum=0, maximum=30),
    F("quality_flag", "text", N_("Quality"), domain="quality_flag", default="'ok'"),
    F("alert_level", "integer", N_("Alert level"), minimum=0, maximum=3),
), is_asset=False, display_expression="concat(\"phenomenon_time\", ' ', \"water_depth_cm\", ' cm')")

RESIDENTIAL_GROUPS = Layer("residential_groups", "MultiPolygon", N_("Residential groups"), (
    F("uuid", "text", N_("Identifier (UUID)"), required=True, unique=True, read_only=True,
      default="uuid('WithoutBraces')"),
    F("group_id", "text", N_("Group id"), required=True, unique=True,
      constraint=("regexp_match(\"group_id\", '^[0-9]{5}-[0-9]{3}$')",
                  N_("A group id is the ward code, a hyphen and three digits, e.g. 12103-007."))),
    F("name", "text", N_("Name"), required=True),
    F("ward_code", "text", N_("Ward code"), read_only=True),
    F("valid_from", "date", N_("Valid from")),
    F("valid_to", "date", N_("Valid until")),
    F("household_count", "integer", N_("Households"), minimum=0, maximum=100000),
    F("notes", "text", N_("Notes")),
), is_asset=False, display_expression="\"name\"")

# Road centrelines: a reference layer (no QR tag) that names the streets on every map.
STREETS = Layer("streets", "LineString", N_("Streets"), (
    F("uuid", "text", N_("Identifier (UUID)"), required=True, unique=True, read_only=True,
      default="uuid('WithoutBraces')"),
    F("name", "text", N_("Street name")),
    F("road_class", "text", N_("Road class"), domain="road_class", required=True, default="'pho'"),
    F("ward_code", "text", N_("Ward code"), read_only=True),
    F("osm_id", "text", N_("OpenStreetMap id"), public=False),
    F("notes", "text", N_("Notes")),
), is_asset=False, display_expression="coalesce(\"name\", \"road_class\")")

SPECIES = Layer("species", None, N_("Tree species"), (
    F("uuid", "text", N_("Identifier (UUID)"), required=True, unique=True, read_only=True,
      default="uuid('WithoutBraces')"),
    F("species_id", "integer", N_("Species id"), required=True, unique=True),
    F("name_vi", "text", N_("Vietnamese name"), required=True),
    F("scientific_name", "text", N_("Scientific name")),
    F("restriction", "text", N_("Planting rule"), domain="species_restriction", default="'binh_thuong'"),
), is_asset=False, display_expression="\"name_vi\"")

# Order of creation; the map's drawing order is in ward_map/open_ward_map.py.
LAYERS = (HOUSING, TREES, DRAINAGE_LINES, DRAINAGE_NODES, SENSORS, SENSOR_READINGS,
          RESIDENTIAL_GROUPS, SPECIES, STREETS)     # new layers last: Processing enums keep their indices
LAYERS_BY_NAME = {layer.name: layer for layer in LAYERS}
ASSET_LAYERS = tuple(layer for layer in LAYERS if layer.is_asset)

# Settings stored per ward (key → English description, for the README and the form).
SETTING_KEYS = ("schema_version", "ward_name", "ward_code", "province_code", "crs",
                "qr_link_template", "hotline", "language", "created_at")
DEFAULT_QR_LINK_TEMPLATE = "HTTPS://WARD.EXAMPLE.VN/A/{code}"
