"""mymap:import_assets with real data (OpenStreetMap buildings of Đà Lạt, the Montpelier drainage
network), the coordinate traps of Vietnamese survey data, field maps, rejected rows and bad input.
Every import is reopened from the GeoPackage, and every refused import leaves the files as they were."""
import json
from collections import Counter

import processing
import pytest
from osgeo import ogr, osr
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsPointXY,
                       QgsProcessingException, QgsVectorLayer)

from mymap_plugin.data_exchange import coordinate_checks
from mymap_plugin.data_exchange.export_layers import export_layers
from mymap_plugin.data_exchange.field_mapping import load_field_map
from mymap_plugin.data_exchange.import_assets import import_assets, prepare_import
from mymap_plugin.errors import MyMapError
from mymap_plugin.ward_map.asset_codes import parse_asset_code
from mymap_plugin.ward_map.create_ward_map import create_ward_map, layer_source
from tests.conftest import folder_state, query as rows, REALDATA, write_csv

ogr.UseExceptions()
DALAT = REALDATA / "buildings_dalat_osm" / "dalat_osm_buildings.geojson"
MONTPELIER_LINES = REALDATA / "drainage_montpelier" / "MontpelierLinearFeatures.geojson"
MONTPELIER_POINTS = REALDATA / "drainage_montpelier" / "MontpelierPointFeatures.geojson"

pytestmark = pytest.mark.realdata(DALAT, MONTPELIER_LINES, MONTPELIER_POINTS)


def points_of(ward, layer="trees", limit=40):
    layer = QgsVectorLayer(layer_source(ward, layer), layer, "ogr")
    result = []
    for feature in layer.getFeatures():
        result.append((feature["uuid"], feature.geometry().asPoint()))
        if len(result) == limit:
            break
    return result


@pytest.fixture
def dalat_ward(tmp_path, qgis_app):
    """A new, empty ward map in Đà Lạt (Lâm Đồng maps in VN-2000 TM-3 107°45′, EPSG:5899)."""
    path = tmp_path / "xuan_huong.gpkg"
    create_ward_map(path, "Phường Xuân Hương - Đà Lạt", "24778", "68", crs="EPSG:5899", language="vi")
    return path


def test_osm_buildings_of_da_lat_import_with_the_bundled_map(dalat_ward, tmp_path):
    result = import_assets(dalat_ward, DALAT, "housing", "osm_buildings")
    # 2,485 OSM features: 2,477 footprints imported; the 8 nodes tagged building cannot be footprints.
    assert result.imported == 2477
    assert len(result.rejected) == 8
    assert {r.reason for r in result.rejected} == {"The row's geometry is made of points, but Housing needs polygons."}
    assert rows(dalat_ward, "SELECT count(*), count(DISTINCT uuid), count(DISTINCT asset_code) FROM housing") == \
        [(2477, 2477, 2477)]
    codes = [code for (code,) in rows(dalat_ward, "SELECT asset_code FROM housing")]
    assert all(parse_asset_code(code)[0] == "housing" for code in codes)
    uses = dict(rows(dalat_ward, "SELECT use_type, count(*) FROM housing GROUP BY use_type"))
    # What OSM says, counted by GDAL over the footprints: building=house/residential/apartments/farm/
    # dormitory → residential (ở); university/college/school → education; yes/roof/stadium/… → other.
    dalat = ogr.Open(str(DALAT))
    osm = Counter(f.GetField("building") for f in dalat.GetLayer(0)
                  if f.GetGeometryRef().GetGeometryType() == ogr.wkbPolygon)
    assert uses["o"] == sum(osm[v] for v in ("house", "residential", "apartments", "farm", "dormitory"))
    assert uses["giao_duc"] == osm["university"] + osm["college"] + osm["school"]
    assert uses["khac"] == sum(osm[v] for v in ("yes", "roof", "stadium", "train_station", "dam"))
    assert uses["y_te"] == osm["hospital"] and sum(uses.values()) == sum(osm.values()) == 2477
    # Vietnamese text survives, numbers that break the house-number rule are kept in the notes.
    assert rows(dalat_ward, "SELECT count(*) FROM housing WHERE street_name = 'Đặng Thuỳ Trâm'") == [(2,)]
    assert rows(dalat_ward, "SELECT house_number FROM housing WHERE notes LIKE '%Clivia Hotel%'") == [("26A",)]
    (notes,), = rows(dalat_ward, "SELECT notes FROM housing WHERE notes LIKE '%Saphir%'")
    assert notes == "OSM: Saphir Dalat Hotel agoda (số nhà OSM: 22-24)"
    assert rows(dalat_ward, "SELECT count(*) FROM housing WHERE footprint_area_m2 > 0 AND ward_code = '24778' "
                            "AND created_at LIKE '____-__-__T__:__:__%Z'") == [(2477,)]
    # Positions: back in WGS 84 the market's footprint is where OSM has it (centroids within 1 cm).
    exported = export_layers(dalat_ward, ["housing"], "geojson", tmp_path)
    by_name = {f.GetField("name"): f.GetGeometryRef().Centroid().GetPoint_2D(0)
               for f in dalat.GetLayer(0) if f.GetField("name") == "Chợ Đà Lạt"}
    exported_dataset = ogr.Open(str(exported[0]))
    layer = exported_dataset.GetLayer(0)
    layer.SetAttributeFilter("notes = 'OSM: Chợ Đà Lạt'")
    feature = layer.GetNextFeature()
    x, y = feature.GetGeometryRef().Centroid().GetPoint_2D(0)
    expected = by_name["Chợ Đà Lạt"]
    assert abs(x - expected[0]) < 1e-7 and abs(y - expected[1]) < 1e-7


def test_importing_the_same_buildings_twice_stores_them_once(dalat_ward):
    import_assets(dalat_ward, DALAT, "housing", "osm_buildings")
    before = folder_state(dalat_ward.parent)
    with pytest.raises(MyMapError, match="already in the ward map"):
        import_assets(dalat_ward, DALAT, "housing", "osm_buildings")
    assert folder_state(dalat_ward.parent) == before
    assert rows(dalat_ward, "SELECT count(*) FROM housing") == [(2477,)]


def test_buildings_far_from_the_ward_are_refused_until_confirmed(demo_ward):
    before = folder_state(demo_ward.parent)
    with pytest.raises(MyMapError, match="2477 of 2477 features land outside the ward, about 1,030 km from "
                                         "the ward's residential groups.*another province.*Nothing was imported"):
        import_assets(demo_ward, DALAT, "housing", "osm_buildings")
    assert folder_state(demo_ward.parent) == before


MONTPELIER_NODES_MAP = {
    "target": "drainage_nodes",
    "fields": {
        "node_type": {"expression": "\"Type\"",
                      "values": {"Sanitary Manhole": "ho_ga", "Combined Sewer Manhole": "ho_ga",
                                 "CB tied to Sanitary Sewer": "ga_thu", "Known CSO Outfalls": "cua_xa"},
                      "default": "khac"},
        "status": {"expression": "\"Status\"", "values": {"Existing": "hien_huu", "Abandoned": "ngung_su_dung"}},
        "notes": "\"Comment\"",
        "position_source": "'khac'",
    },
}


@pytest.fixture
def montpelier_ward(tmp_path, qgis_app):
    """A test ward laid over Montpelier, Vermont, mapped in UTM 18N (a projected CRS in metres)."""
    path = tmp_path / "montpelier.gpkg"
    create_ward_map(path, "Montpelier (test)", "99001", "99", crs="EPSG:32618", language="vi")
    return path


def test_montpelier_manholes_import_with_a_saved_field_map(montpelier_ward, tmp_path):
    saved = tmp_path / "montpelier_nodes.json"
    load_field_map(json.dumps(MONTPELIER_NODES_MAP), "drainage_nodes").save(saved)
    result = import_assets(montpelier_ward, MONTPELIER_POINTS, "drainage_nodes", str(saved))
    # Some of Montpelier's points repeat an earlier point exactly, with the same type, status and comment
    # (OBJECTID 0): they are reported as duplicates, not stored twice.
    node_types = MONTPELIER_NODES_MAP["fields"]["node_type"]["values"]
    source = ogr.Open(str(MONTPELIER_POINTS))
    features = [(f.GetField("Type"), f.GetGeometryRef().GetPoint_2D(0),
                 node_types.get(f.GetField("Type"), "khac"), f.GetField("Status"), f.GetField("Comment") or None)
                for f in source.GetLayer(0)]
    first_seen = {}
    for number, feature in enumerate(features, start=1):
        first_seen.setdefault(feature[1:], number)
    duplicates = {n for n, feature in enumerate(features, start=1) if first_seen[feature[1:]] != n}
    assert 50 < len(duplicates) < 100
    assert {r.number for r in result.rejected} == duplicates
    assert all(r.reason == "The same feature (same geometry and values) is in row {} of the source: this row "
               "looks like a duplicate.".format(first_seen[features[r.number - 1][1:]]) for r in result.rejected)
    assert result.imported == 1059 - len(duplicates)
    kept = Counter(features[n - 1][0] for n in first_seen.values())
    types = dict(rows(montpelier_ward, "SELECT node_type, count(*) FROM drainage_nodes GROUP BY node_type"))
    assert types == {"ho_ga": kept["Sanitary Manhole"] + kept["Combined Sewer Manhole"],
                     "ga_thu": kept["CB tied to Sanitary Sewer"], "cua_xa": kept["Known CSO Outfalls"],
                     "khac": kept["Other - insert comment"]}
    assert rows(montpelier_ward, "SELECT count(*) FROM drainage_nodes WHERE status = 'ngung_su_dung'") == [(1,)]


def test_montpelier_sewers_without_diameters_are_refused_then_imported_with_a_stated_one(montpelier_ward):
    lines_map = {
        "line_type": {"expression": "\"Type\"", "values": {"Sanitary Line": "cong_tron",
                                                          "Combined Sewer": "cong_tron"}},
        "system_type": {"expression": "\"System_Type\"", "values": {"Wastewater": "nuoc_thai", "Combined": "chung"}},
        "status": {"expression": "\"Status\"", "values": {"Existing": "hien_huu", "Abandoned": "ngung_su_dung"}},
    }
    before = folder_state(montpelier_ward.parent)
    # Montpelier's data has no diameters, and a circular pipe needs one: every row breaks the rule.
    with pytest.raises(MyMapError, match=r"None of the 1133 rows.*\(1133 rows\): A circular pipe needs its diameter"):
        import_assets(montpelier_ward, MONTPELIER_LINES, "drainage_lines", json.dumps(lines_map))
    assert folder_state(montpelier_ward.parent) == before
    # The ward states the diameter it assumes and says so in the notes.
    lines_map["diameter_mm"] = "300"
    lines_map["notes"] = "'Đường kính giả định 300 mm'"
    result = import_assets(montpelier_ward, MONTPELIER_LINES, "drainage_lines", json.dumps(lines_map))
    assert result.imported == 1133 and not result.rejected
    (total,), = rows(montpelier_ward, "SELECT sum(length_m) FROM drainage_lines")
    # Geodesic length of the network on the WGS 84 ellipsoid (ogrinfo ST_Length(geometry, 1)): 70,238.2 m;
    # UTM's scale factor near Montpelier keeps planar lengths within 0.1 % of it.
    assert total == pytest.approx(70238.2, rel=1e-3)
    assert dict(rows(montpelier_ward, "SELECT system_type, count(*) FROM drainage_lines GROUP BY 1")) == \
        {"nuoc_thai": 1077, "chung": 56}
    assert rows(montpelier_ward, "SELECT count(*) FROM drainage_lines WHERE status = 'ngung_su_dung'") == [(6,)]


# --- the coordinate traps ------------------------------------------------------------------------------------

def survey_sheet(path, points, swap=False, transform=None):
    """A CSV as survey sheets write it: X and Y columns (X = northing when *swap*), for new trees
    planted 2 m north-east of the given ones."""
    lines = []
    for number, (_uuid, planted) in enumerate(points, start=1):
        point = QgsPointXY(planted.x() + 2, planted.y() + 2)
        if transform is not None:
            point = transform.transform(point)
        x, y = (point.y(), point.x()) if swap else (point.x(), point.y())
        lines.append(("C{:03d}".format(number), "{:.3f}".format(x), "{:.3f}".format(y), "tot"))
    return write_csv(path, ["so_hieu", "X", "Y", "condition"], lines)


def test_x_northing_survey_sheet_is_caught_and_fixed_by_swapping(demo_ward, tmp_path):
    points = points_of(demo_ward)
    sheet = survey_sheet(tmp_path / "so_do.csv", points, swap=True)
    plan = prepare_import(demo_ward, sheet, "trees", crs="EPSG:9209")
    assert [f.kind for f in plan.findings] == ["axes_swapped"] and plan.findings[0].fix_swap
    before = folder_state(demo_ward.parent)
    with pytest.raises(MyMapError, match="X and Y exchanged"):
        import_assets(demo_ward, sheet, "trees", crs="EPSG:9209")
    assert folder_state(demo_ward.parent) == before
    result = import_assets(demo_ward, sheet, "trees", crs="EPSG:9209", swap_xy=True)
    assert result.imported == 40
    imported = points_of(demo_ward, limit=10 ** 6)[-40:]
    for (_u, original), (_v, back) in zip(points, imported):
        assert QgsPointXY(original.x() + 2, original.y() + 2).distance(back) < 0.001


def test_missing_crs_is_an_error_that_names_the_fitting_one(demo_ward, tmp_path):
    sheet = survey_sheet(tmp_path / "no_crs.csv", points_of(demo_ward), swap=True)
    before = folder_state(demo_ward.parent)
    plan = prepare_import(demo_ward, sheet, "trees")
    assert [(f.kind, f.severity, f.fix_crs, f.fix_swap) for f in plan.findings] == \
        [("crs_missing", "error", "EPSG:9209", True)]
    with pytest.raises(MyMapError, match="no coordinate system.*EPSG:9209"):
        import_assets(demo_ward, sheet, "trees", confirm=True)
    assert folder_state(demo_ward.parent) == before


def test_coordinates_of_another_vn2000_zone_are_recognised(demo_ward, tmp_path):
    points = points_of(demo_ward)
    to_9210 = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:9209"),
                                     QgsCoordinateReferenceSystem("EPSG:9210"),
                                     coordinate_checks.transform_context(QgsCoordinateReferenceSystem("EPSG:9209")))
    sheet = survey_sheet(tmp_path / "zone_10545.csv", points, transform=to_9210)
    plan = prepare_import(demo_ward, sheet, "trees", crs="EPSG:9209")
    assert [(f.kind, f.fix_crs) for f in plan.findings] == [("other_zone", "EPSG:9210")]
    assert "105°45′" in plan.findings[0].message
    result = import_assets(demo_ward, sheet, "trees", crs="EPSG:9210")
    assert result.imported == 40
    assert [f.kind for f in result.findings] == ["zone_converted"]
    imported = points_of(demo_ward, limit=10 ** 6)[-40:]
    for (_u, original), (_v, back) in zip(points, imported):
        assert QgsPointXY(original.x() + 2, original.y() + 2).distance(back) < 0.01


def test_vn2000_without_the_datum_shift_is_caught_with_its_offset(demo_ward, tmp_path):
    """Mỹ Hào's check point in a home-made TM-3 105°30′ on the WGS 84 datum: VN-2000 numbers read
    without the datum shift ("nội bộ")."""
    path = tmp_path / "noi_bo.gpkg"
    reference = osr.SpatialReference()
    reference.ImportFromProj4("+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +datum=WGS84 "
                              "+units=m +no_defs")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = dataset.CreateLayer("cay", reference, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("ghi_chu", ogr.OFTString))
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("ghi_chu", "Cây đa đầu làng")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (556891.50 2315978.07)"))
    layer.CreateFeature(feature)
    dataset = None
    plan = prepare_import(demo_ward, path, "trees")
    assert [(f.kind, f.fix_crs) for f in plan.findings] == [("no_datum_shift", "EPSG:9209")]
    offset = int(plan.findings[0].message.split("about ")[1].split(" m")[0])
    assert 215 <= offset <= 235          # domain.md: ~224 m at Mỹ Hào
    result = import_assets(demo_ward, path, "trees", crs="EPSG:9209")
    assert result.imported == 1 and not result.findings
    layer = QgsVectorLayer(layer_source(demo_ward, "trees"), "trees", "ogr")
    layer.setSubsetString("asset_code = '{}'".format(result.first_code))
    found = next(layer.getFeatures()).geometry().asPoint()
    assert found.x() == pytest.approx(556891.50, abs=1e-3) and found.y() == pytest.approx(2315978.07, abs=1e-3)


def test_confirming_imports_points_outside_the_ward(demo_ward, tmp_path):
    sheet = write_csv(tmp_path / "ha_noi.csv", ["lon", "lat", "condition"], [("105.8342", "21.0278", "Tốt")])
    with pytest.raises(MyMapError, match="1 of 1 features land outside the ward, about 24 km from the ward's "
                                         "residential groups.*another ward, district or a neighbouring province"):
        import_assets(demo_ward, sheet, "trees", crs="EPSG:4326")
    result = import_assets(demo_ward, sheet, "trees", crs="EPSG:4326", confirm=True)
    assert result.imported == 1
    # A Vietnamese domain label in the source became the stored code.
    assert rows(demo_ward, "SELECT condition, residential_group_id FROM trees WHERE asset_code = ?",
                result.first_code) == [("tot", None)]


# --- field maps, rules and rejected rows ---------------------------------------------------------------------

def test_own_export_with_vietnamese_column_names_imports_back_by_alias(demo_ward, tmp_path, vietnamese):
    exported = export_layers(demo_ward, ["drainage_nodes"], "gpkg", tmp_path, aliases=True)
    columns = [field.name() for field in QgsVectorLayer(str(exported[0]), "x", "ogr").fields()]
    assert "Loại nút" in columns and "Mã tài sản" in columns, columns
    original = rows(demo_ward, "SELECT uuid, asset_code, node_type, condition, residential_group_id "
                               "FROM drainage_nodes ORDER BY uuid")
    from mymap_plugin.sync.database import connect
    connection = connect(demo_ward)
    try:
        connection.execute("DELETE FROM drainage_nodes")
        connection.commit()
    finally:
        connection.close()
    result = import_assets(demo_ward, exported[0], "drainage_nodes")
    assert result.imported == len(original) and not result.rejected
    # Identities travel: the same uuids and asset codes, the same coded values and groups.
    assert rows(demo_ward, "SELECT uuid, asset_code, node_type, condition, residential_group_id "
                           "FROM drainage_nodes ORDER BY uuid") == original


def test_rows_that_break_rules_go_to_the_rejected_output_with_their_reason(demo_ward, tmp_path, mymap_provider):
    (x, y), = [(p.x(), p.y()) for _u, p in points_of(demo_ward, limit=1)]
    sheet = write_csv(tmp_path / "cay.csv", ["x", "y", "height_m", "condition", "survey_date", "is_heritage"], [
        (x + 3, y + 3, "12,5", "tot", "31/05/2024", "không"),
        (x + 6, y + 6, "999", "tot", "2024-05-31", "no"),
        (x + 9, y + 9, "8", "chết khô", "2024-05-31", "no"),
        (x + 12, y + 12, "8", "kem", "31 tháng 5", "no"),
        (x + 15, y + 15, "8", "Poor", "2024-05-31", "có"),
    ])
    output = tmp_path / "rejected.gpkg"
    result = processing.run("mymap:import_assets", {
        "INPUT": str(sheet), "TARGET": 1, "WARD": str(demo_ward), "FIELD_MAP": "", "CRS": "EPSG:9209",
        "SWAP_XY": False, "CONFIRM": False, "REJECTED": str(output)})
    assert result["IMPORTED"] == 2 and result["REJECTED_COUNT"] == 3
    rejected = ogr.Open(str(output))
    layer = rejected.GetLayer(0)
    reasons = {f.GetField("source_row"): f.GetField("reject_reason") for f in layer}
    assert reasons == {
        2: "Height (m): 999 is above the maximum 60.",
        3: "Condition: 'chết khô' is not one of the allowed values (tot, trung_binh, kem, sau_benh, nghieng, "
           "rong_muc, kho_chet). Add it to the field map's values.",
        4: "Survey date: '31 tháng 5' is not a date (use 2024-05-31 or 31/05/2024).",
    }
    imported = rows(demo_ward, "SELECT height_m, condition, survey_date, is_heritage FROM trees "
                               "ORDER BY fid DESC LIMIT 2")
    assert sorted(imported) == sorted([(12.5, "tot", "2024-05-31", 0), (8.0, "kem", "2024-05-31", 1)])


@pytest.mark.parametrize("case", ["missing", "garbage", "empty", "lines_into_housing", "bad_json",
                                  "unknown_field", "bad_expression", "unknown_target"])
def test_bad_input_is_refused_and_leaves_the_ward_unchanged(demo_ward, tmp_path, case):
    source, target, field_map = MONTPELIER_POINTS, "drainage_nodes", None
    if case == "missing":
        source = tmp_path / "khong_co.geojson"
    elif case == "garbage":
        source = tmp_path / "hong.geojson"
        source.write_bytes(b"\x00\x01 not a geojson")
    elif case == "empty":
        source = tmp_path / "rong.geojson"
        source.write_text('{"type": "FeatureCollection", "features": []}')
    elif case == "lines_into_housing":
        source, target = MONTPELIER_LINES, "housing"
    elif case == "bad_json":
        field_map = "{node_type: ho_ga"
    elif case == "unknown_field":
        field_map = '{"owner_name": "\\"Comment\\""}'
    elif case == "bad_expression":
        field_map = '{"notes": "concat(\\"Comment\\""}'
    elif case == "unknown_target":
        target = "species"
    before = folder_state(demo_ward.parent)
    messages = {
        "missing": "does not exist", "garbage": "cannot be read as vector data", "empty": "is empty",
        "lines_into_housing": "holds lines, but Housing needs polygons", "bad_json": "not valid JSON",
        "unknown_field": "owner_name, which is not a field", "bad_expression": "expression for notes is not valid",
        "unknown_target": "not a layer assets can be imported into",
    }
    with pytest.raises(MyMapError, match=messages[case]):
        import_assets(demo_ward, source, target, field_map, confirm=True)
    assert folder_state(demo_ward.parent) == before


def test_processing_reports_coordinate_problems_as_an_error(demo_ward, mymap_provider):
    before = folder_state(demo_ward.parent)
    with pytest.raises(QgsProcessingException, match="land outside the ward, about 1,030 km"):
        processing.run("mymap:import_assets", {"INPUT": str(DALAT), "TARGET": 0, "WARD": str(demo_ward),
                                               "FIELD_MAP": "osm_buildings"})
    assert folder_state(demo_ward.parent) == before


def test_the_outside_message_is_vietnamese(demo_ward, vietnamese):
    with pytest.raises(MyMapError, match="Không nhập gì"):
        import_assets(demo_ward, DALAT, "housing", "osm_buildings")


def test_sample_point_helpers_use_the_ward_crs_area(demo_ward):
    """The check reinterpretations are exact: swapping twice is the identity."""
    point = QgsPointXY(556891.5, 2315978.07)
    assert coordinate_checks.swapped(coordinate_checks.swapped(point)) == point
    assert coordinate_checks.vn2000_meridian(QgsCoordinateReferenceSystem("EPSG:9209")) == 105.5
    assert coordinate_checks.vn2000_meridian(QgsCoordinateReferenceSystem("EPSG:32648")) is None
    assert coordinate_checks.official_equivalent(QgsCoordinateReferenceSystem("EPSG:9209")) is None


def test_the_outside_finding_says_how_far_and_the_likely_cause(qgis_app):
    """Distances on the ellipsoid from the ward's groups, said as people say them, with the probable cause."""
    crs = QgsCoordinateReferenceSystem("EPSG:9209")
    context = coordinate_checks.transform_context(crs)
    group = QgsGeometry.fromWkt("POLYGON((556000 2316000,557000 2316000,557000 2317000,556000 2317000,556000 2316000))")
    area = coordinate_checks.WardArea.of_ward([group], None, crs, context)
    assert coordinate_checks.format_distance(183.4) == "180 m"
    assert coordinate_checks.format_distance(3240) == "3 km"
    assert coordinate_checks.format_distance(1_096_000) == "1,100 km"

    shifted = [QgsPointXY(557300, 2316500), QgsPointXY(557300, 2316600)]      # 300 m east of the group
    finding = coordinate_checks.outside_finding(shifted, 10, crs, crs, area, context)
    assert finding.kind == "outside_ward" and finding.severity == coordinate_checks.WARNING
    assert finding.message.startswith("2 of 10 features land outside the ward, about 300 m from the ward's "
                                      "residential groups.")
    assert "VN-2000 nội bộ" in finding.message

    far = [QgsPointXY(556500, 2316500 - 1_030_000)]
    message = coordinate_checks.outside_finding(far, 1, QgsCoordinateReferenceSystem("EPSG:4326"), crs, area,
                                                context).message
    assert "about 1,030 km" in message and "another province" in message and "EPSG:4326" in message

    spread = [QgsPointXY(557500, 2316500), QgsPointXY(567000, 2316500), QgsPointXY(559000, 2316500)]
    message = coordinate_checks.outside_finding(spread, 3, crs, crs, area, context).message
    assert "between 500 m and 10 km from the ward's residential groups (most about 2 km)" in message
