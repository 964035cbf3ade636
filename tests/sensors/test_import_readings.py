"""mymap:import_sensor_readings with real data: the England Environment Agency's readings of a wet
day (many stations, rainfall mixed in, malformed values, unknown stations) and a year of 15-minute
levels of the Lindau gauge (local times without a zone, daily rows mixed in); then idempotency,
flags, the sensors' state, and bad input."""
import csv
import datetime
import json
from collections import Counter

import processing
import pytest
from qgis.core import QgsProcessingException

from mymap_plugin.data_exchange.import_assets import import_assets
from mymap_plugin.errors import MyMapError
from mymap_plugin.sensors.import_readings import import_sensor_readings, parse_mapping
from mymap_plugin.sensors.reading_values import parse_time
from mymap_plugin.ward_map.create_ward_map import create_ward_map
from tests.conftest import folder_state, query as rows, REALDATA, write_csv

UK = REALDATA / "water_level_uk_ea"
LINDAU = REALDATA / "water_level_lindau" / "water_level.csv"
UTC = datetime.timezone.utc

pytestmark = pytest.mark.realdata(LINDAU, UK / "stations.csv", UK / "wet_day.csv")


# --- England, one wet day ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def uk_ward_master(tmp_path_factory, qgis_app):
    """A test ward over England (British National Grid) whose sensors are the EA level stations with a
    typical range, imported from stations.csv with mymap:import_assets: the road level is the top of the
    station's typical range, so depth = water above its usual highest level."""
    folder = tmp_path_factory.mktemp("uk")
    ward = folder / "england.gpkg"
    create_ward_map(ward, "England (test)", "99002", "99", crs="EPSG:27700", language="vi")
    field_map = {"station_name": '"stationReference"', "hotspot_name": '"stationName"',
                 "road_surface_elev_m": '"typicalRangeHigh"', "interval_normal_s": "900",
                 "threshold_1_cm": "10", "threshold_2_cm": "30", "threshold_3_cm": "50",
                 "sensor_type": "'ap_suat'", "sta_thing_id": '"stationReference"'}
    with_range = folder / "stations_with_range.csv"
    with open(UK / "stations.csv", encoding="utf-8") as handle:
        stations = [r for r in csv.DictReader(handle) if r["typicalRangeHigh"]]
    write_csv(with_range, list(stations[0]), [list(s.values()) for s in stations])
    result = import_assets(ward, with_range, "sensors", json.dumps(field_map), crs="EPSG:4326")
    assert result.imported == 961, sorted({r.reason for r in result.rejected})
    return ward


@pytest.fixture
def uk_ward(uk_ward_master, tmp_path):
    target = tmp_path / "england.gpkg"
    target.write_bytes(uk_ward_master.read_bytes())
    return target


UK_MAPPING = "station=stationReference; time=dateTime; value=value; unit=unitName; parameter=parameter"


def expected_uk(ward):
    """What should happen to each row of wet_day.csv, worked out here from the file and the ward."""
    roads = dict(rows(ward, "SELECT station_name, road_surface_elev_m FROM sensors"))
    factor = {"m": 100, "mAOD": 100, "mASD": 100, "mm": 0.1}
    outcome = Counter()
    depths = {}
    with open(UK / "wet_day.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            station = row["stationReference"]
            if station not in roads:
                outcome["unknown"] += 1
            elif row["parameter"] != "level":
                outcome["not_level"] += 1
            else:
                try:
                    value = float(row["value"])
                except ValueError:
                    outcome["flagged"] += 1
                    continue
                outcome["stored"] += 1
                depths[(station, row["dateTime"])] = round(max(0.0, value * factor[row["unitName"]]
                                                               - roads[station] * 100), 1)
    return outcome, depths


def test_england_wet_day_readings(uk_ward):
    now = datetime.datetime(2021, 5, 8, 0, 0, tzinfo=UTC)
    report = import_sensor_readings(uk_ward, UK / "wet_day.csv", "csv", mapping=UK_MAPPING, now=now)
    outcome, depths = expected_uk(uk_ward)
    assert report.read == 20729
    assert sum(1 for r in report.rejected if r.reason.startswith("Unknown station")) == outcome["unknown"]
    assert sum(1 for r in report.rejected if r.reason == "'rainfall' is not a water level, depth or distance.") \
        == outcome["not_level"]
    assert len(report.rejected) == outcome["unknown"] + outcome["not_level"]
    # '0.260|0.267' and empty values are kept, flagged as errors, without a depth.
    assert report.flagged >= outcome["flagged"]
    assert rows(uk_ward, "SELECT count(*) FROM sensor_readings WHERE quality_flag = 'loi' AND water_depth_cm IS NULL") \
        == [(outcome["flagged"],)]
    assert report.stored == outcome["stored"] + outcome["flagged"]
    stored = {(station, time): depth for station, time, depth in rows(
        uk_ward, "SELECT s.station_name, r.phenomenon_time, r.water_depth_cm FROM sensor_readings r "
                 "JOIN sensors s ON s.uuid = r.station_uuid WHERE r.water_depth_cm IS NOT NULL")}
    assert len(stored) == len(depths)
    for (station, time), depth in depths.items():
        assert stored[(station, time.replace("Z", ".000Z"))] == pytest.approx(depth, abs=0.051), (station, time)
    # The sensors' state: latest depth and alert level from their own thresholds; silent ones offline.
    latest = rows(uk_ward, "SELECT last_depth_cm, last_alert_level, operating_status, last_seen FROM sensors "
                           "WHERE last_seen IS NOT NULL")
    assert latest and all(level == sum(1 for t in (10, 30, 50) if depth >= t) for depth, level, _s, _t in latest
                          if depth is not None)
    for _depth, _level, status, seen in latest:
        silent = (now - parse_time(seen, UTC)).total_seconds() > 3 * 900
        assert status == ("mat_ket_noi" if silent else "hoat_dong")
    # Importing the same day again stores nothing new.
    again = import_sensor_readings(uk_ward, UK / "wet_day.csv", "csv", mapping=UK_MAPPING, now=now)
    assert again.stored == 0 and again.already_stored == report.stored


# --- Lindau, one year of 15-minute levels -------------------------------------------------------------

@pytest.fixture
def lindau_ward(tmp_path, qgis_app):
    """One gauge at Lindau harbour as a 'sensor': the promenade at 4.50 m on the lake gauge."""
    ward = tmp_path / "lindau.gpkg"
    create_ward_map(ward, "Lindau (test)", "99003", "99", crs="EPSG:25832", language="vi")
    station = write_csv(tmp_path / "pegel.csv", ["lon", "lat", "station_name", "road_surface_elev_m"],
                        [("9.6843", "47.5453", "LINDAU", "4.50")])
    field_map = {"station_name": '"station_name"', "road_surface_elev_m": '"road_surface_elev_m"',
                 "interval_normal_s": "900", "threshold_1_cm": "10", "threshold_2_cm": "30",
                 "threshold_3_cm": "50"}
    assert import_assets(ward, station, "sensors", json.dumps(field_map), crs="EPSG:4326").imported == 1
    return ward


LINDAU_MAPPING = {"station": "=LINDAU", "time": "date", "value": "water_level_cm_lake", "unit": "=cm",
                  "quantity": "level"}


def lindau_rows():
    with open(LINDAU, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_lindau_times_without_a_zone_are_refused_until_one_is_given(lindau_ward):
    before = folder_state(lindau_ward.parent)
    with pytest.raises(MyMapError, match="has no time zone.*timezone=\\+07:00"):
        import_sensor_readings(lindau_ward, LINDAU, "csv", mapping=json.dumps(LINDAU_MAPPING))
    assert folder_state(lindau_ward.parent) == before


def test_lindau_year_of_levels(lindau_ward):
    mapping = dict(LINDAU_MAPPING, timezone="+01:00")       # the Bavarian service publishes in CET
    data = lindau_rows()
    with_time = [r for r in data if len(r["date"]) > 10]
    daily = [r for r in data if len(r["date"]) == 10]
    report = import_sensor_readings(lindau_ward, LINDAU, "csv", mapping=json.dumps(mapping),
                                    now=datetime.datetime(2025, 7, 29, tzinfo=UTC))
    assert report.read == len(data) == 35117
    assert report.stored == len({r["date"] for r in with_time})
    assert [r.row for r in report.rejected] == [data.index(r) + 2 for r in daily]
    assert all("date without a time of day" in r.reason for r in report.rejected)
    top = max(int(r["water_level_cm_lake"]) for r in with_time)
    assert rows(lindau_ward, "SELECT max(water_depth_cm) FROM sensor_readings") == [(float(max(0, top - 450)),)]
    # Times are stored in UTC: 23:45 CET is 22:45 UTC.
    first = with_time[0]["date"]
    stored = (datetime.datetime.fromisoformat(first) - datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    assert rows(lindau_ward, "SELECT count(*) FROM sensor_readings WHERE phenomenon_time = ?", stored) == [(1,)]
    levels = Counter(level for (level,) in rows(lindau_ward, "SELECT alert_level FROM sensor_readings"))
    expected = Counter(sum(1 for t in (10, 30, 50) if max(0, int(r["water_level_cm_lake"]) - 450) >= t)
                       for r in {r["date"]: r for r in with_time}.values())
    assert levels == expected
    # The gauge reported until the end of the file: online, with the last depth.
    (latest,), = rows(lindau_ward, "SELECT max(phenomenon_time) FROM sensor_readings")
    assert rows(lindau_ward, "SELECT operating_status, last_seen FROM sensors") == [("hoat_dong", latest)]
    # SINCE takes only what came after; already stored readings are not stored twice.
    again = import_sensor_readings(lindau_ward, LINDAU, "csv", mapping=json.dumps(mapping),
                                   since="2025-07-01T00:00:00+01:00")
    assert again.stored == 0 and again.skipped_before_since > 30000
    assert again.already_stored == sum(1 for r in {r["date"] for r in with_time} if r >= "2025-07-01 00:15")


# --- flags, JSON, Processing and bad input --------------------------------------------------------------

def test_flags_units_and_json(demo_ward, tmp_path):
    """Demo sensor CB0000013: road 2.60 m, sensor 5.10 m; it measures distances (ultrasonic)."""
    (road, sensor_level, name), = rows(demo_ward, "SELECT road_surface_elev_m, sensor_elev_m, station_name "
                                                  "FROM sensors WHERE asset_code = 'CB0000013'")
    readings = [
        {"station": "CB0000013", "time": "2025-10-01T07:00:00+07:00", "value": 2480, "unit": "mm",
         "parameter": "distance"},                                        # 250 − 248 = 2 cm of water
        {"station": "cb-000001-3", "time": "2025-10-01T07:10:00+07:00", "value": 1.30, "unit": "m",
         "parameter": "distance"},                                        # a jump of 118 cm: suspect
        {"station": name, "time": "2025-10-01T07:20:00+07:00", "value": "0,05", "unit": "m",
         "parameter": "water depth"},                                     # decimal comma, depth
        {"station": "CB0000013", "time": "2025-10-01T07:30:00+07:00", "value": 12, "unit": "m",
         "parameter": "water depth"},                                     # 12 m deep: an error
        {"station": "CB0000013", "time": "2025-10-01T07:40:00+07:00", "value": 20, "unit": "°C",
         "parameter": "water depth"},                                     # not a length
        {"station": "CB0000013", "time": "01/10/2025 bảy giờ", "value": 5, "unit": "cm"},
        {"station": "CB0000013", "time": "2025-10-01T07:50:00+07:00", "value": 5, "unit": "cm",
         "parameter": "rainfall"},
    ]
    source = tmp_path / "readings.json"
    source.write_text(json.dumps({"readings": readings}, ensure_ascii=False), encoding="utf-8")
    report = import_sensor_readings(demo_ward, source, "json", now=datetime.datetime(2025, 10, 1, 1, tzinfo=UTC))
    assert report.stored == 4 and report.flagged == 2
    assert [r.reason for r in report.rejected] == [
        "The unit '°C' is not a length (use mm, cm or m).",
        "'01/10/2025 bảy giờ' is not a time (use 2025-09-22T07:15:00+07:00).",
        "'rainfall' is not a water level, depth or distance.",
    ]
    stored = rows(demo_ward, "SELECT phenomenon_time, water_depth_cm, raw_distance_mm, quality_flag FROM "
                             "sensor_readings WHERE phenomenon_time >= '2025-10-01' ORDER BY phenomenon_time")
    assert stored == [("2025-10-01T00:00:00.000Z", round(sensor_level * 100 - 248 - road * 100, 1), 2480, "ok"),
                      ("2025-10-01T00:10:00.000Z", round(sensor_level * 100 - 130 - road * 100, 1), 1300, "nghi_ngo"),
                      ("2025-10-01T00:20:00.000Z", 5.0, None, "ok"),
                      ("2025-10-01T00:30:00.000Z", None, None, "loi")]
    # GDAL's feature count, set aside during the bulk insert, is right and its trigger is back.
    assert rows(demo_ward, "SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'sensor_readings'") == \
        rows(demo_ward, "SELECT count(*) FROM sensor_readings")
    assert rows(demo_ward, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                           "'trigger_insert_feature_count_sensor_readings'") == [(1,)]
    # The sensor's state follows its latest usable reading.
    assert rows(demo_ward, "SELECT last_seen, last_depth_cm, operating_status FROM sensors "
                           "WHERE asset_code = 'CB0000013'") == [("2025-10-01T00:30:00.000Z", 5.0, "hoat_dong")]


def test_processing_writes_the_rejected_rows(demo_ward, tmp_path, mymap_provider):
    source = write_csv(tmp_path / "doc.csv", ["ma_tram", "thoi_gian", "gia_tri", "don_vi"], [
        ("CB0000013", "2025-10-02T08:00:00+07:00", "14", "cm"),
        ("KHONG_CO", "2025-10-02T08:00:00+07:00", "14", "cm")])
    rejected = tmp_path / "rejected.csv"
    result = processing.run("mymap:import_sensor_readings", {
        "WARD": str(demo_ward), "SOURCE": str(source), "FORMAT": 0, "MAPPING": "", "REJECTED": str(rejected)})
    assert (result["STORED"], result["REJECTED_COUNT"], result["FLAGGED"]) == (1, 1, 0)
    with open(rejected, encoding="utf-8-sig") as handle:
        lines = list(csv.DictReader(handle))
    assert [(line["row"], line["station"]) for line in lines] == [("3", "KHONG_CO")]
    assert lines[0]["reason"].startswith("Unknown station 'KHONG_CO'")


@pytest.mark.parametrize("case", ["missing", "bad_format", "bad_json", "not_a_list", "bad_key", "no_column",
                                  "bad_timezone", "bad_since", "empty"])
def test_bad_input_changes_nothing(demo_ward, tmp_path, case):
    source, format_key, mapping, since = write_csv(tmp_path / "ok.csv", ["station", "time", "value"], [
        ("CB0000013", "2025-10-02T08:00:00Z", "1")]), "csv", "", None
    if case == "missing":
        source = tmp_path / "khong_co.csv"
    elif case == "bad_format":
        format_key = "xml"
    elif case == "bad_json":
        source, format_key = tmp_path / "x.json", "json"
        source.write_text("{not json")
    elif case == "not_a_list":
        source, format_key = tmp_path / "y.json", "json"
        source.write_text('{"station": "CB0000013"}')
    elif case == "bad_key":
        mapping = "station=a; colour=b"
    elif case == "no_column":
        mapping = "value=depth_mm"
    elif case == "bad_timezone":
        mapping = "timezone=Hanoi"
    elif case == "bad_since":
        since = "hôm qua"
    elif case == "empty":
        source = write_csv(tmp_path / "empty.csv", ["station", "time", "value"], [])
    messages = {"missing": "does not exist", "bad_format": "Unknown format xml", "bad_json": "not readable JSON",
                "not_a_list": "not a list of readings", "bad_key": "unknown key colour", "no_column":
                "no column depth_mm", "bad_timezone": "not a UTC offset", "bad_since": "SINCE 'hôm qua'",
                "empty": "holds no readings"}
    before = folder_state(demo_ward.parent)
    with pytest.raises(MyMapError, match=messages[case]):
        import_sensor_readings(demo_ward, source, format_key, mapping=mapping, since=since)
    assert folder_state(demo_ward.parent) == before


def test_mapping_forms():
    assert parse_mapping("station=stationReference; time = dateTime") == {"station": "stationReference",
                                                                          "time": "dateTime"}
    assert parse_mapping('{"station": "=LINDAU", "quantity": "level"}') == {"station": "=LINDAU", "quantity": "level"}
    with pytest.raises(MyMapError, match="quantity must be one of"):
        parse_mapping("quantity=rain")


def test_processing_error_for_a_file_without_time_zones(demo_ward, tmp_path, mymap_provider):
    source = write_csv(tmp_path / "naive.csv", ["station", "time", "value"], [("CB0000013", "2025-10-02 08:00", "1")])
    with pytest.raises(QgsProcessingException, match="no time zone"):
        processing.run("mymap:import_sensor_readings", {"WARD": str(demo_ward), "SOURCE": str(source), "FORMAT": 0})


def test_a_problem_after_the_first_chunks_leaves_nothing_written(demo_ward, tmp_path):
    """The rows are written in chunks of 20,000 inside one transaction: a time without a zone in
    row 45,002 rolls back the 45,000 readings already written."""
    start = datetime.datetime(2025, 10, 1, tzinfo=UTC)
    lines = [("CB0000013", (start + datetime.timedelta(minutes=k)).strftime("%Y-%m-%dT%H:%M:%SZ"), "10")
             for k in range(45000)] + [("CB0000013", "2025-12-31 08:00", "10")]
    source = write_csv(tmp_path / "long.csv", ["station", "time", "value"], lines)
    before = folder_state(demo_ward.parent)
    with pytest.raises(MyMapError, match="row 45002"):
        import_sensor_readings(demo_ward, source, "csv")
    assert folder_state(demo_ward.parent) == before
