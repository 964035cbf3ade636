"""mymap:export_layers: every format reopened with GDAL (the DXF with ezdxf, as a CAD program reads it)
— counts, CRS, the Mỹ Hào check point, field names, Vietnamese text, CAD layers, blocks and codes —
and bad input leaves no file behind."""
import math
import re
from collections import Counter

import processing
import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException

from mymap_plugin.data_exchange.export_layers import export_layers
from mymap_plugin.errors import MyMapError
from tests.conftest import folder_state

ogr.UseExceptions()
# The check point of domain.md: WGS 84 20.93611 N, 106.04889 E ↔ EPSG:9209 E 556 891.50, N 2 315 978.07.
CHECK_WGS84 = (106.04889, 20.93611)
CHECK_9209 = (556891.50, 2315978.07)


def add_check_tree(ward):
    """A tree exactly on the check point, to follow through every export."""
    import struct
    from mymap_plugin.sync.database import connect
    blob = b"GP\x00\x01" + struct.pack("<i", 9209) + struct.pack("<BI2d", 1, 1, *CHECK_9209)
    connection = connect(ward)
    try:
        connection.execute("INSERT INTO trees (geom, uuid, notes) VALUES (?, 'check-point', 'Cây đa đầu làng')",
                           (blob,))
    finally:
        connection.close()


def feature_count(path, layer=None):
    dataset = ogr.Open(str(path))
    target = dataset.GetLayerByName(layer) if layer else dataset.GetLayer(0)
    return target.GetFeatureCount()


def check_point_in(path, layer_name=None, where="uuid = 'check-point'"):
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayerByName(layer_name) if layer_name else dataset.GetLayer(0)
    layer.SetAttributeFilter(where)
    feature = layer.GetNextFeature()
    geometry = feature.GetGeometryRef()
    return geometry.GetX(), geometry.GetY(), feature, layer.GetSpatialRef()


def ward_count(ward, sql):
    dataset = ogr.Open(str(ward))
    result = dataset.ExecuteSQL(sql)
    try:
        return result.GetNextFeature().GetField(0)
    finally:
        dataset.ReleaseResultSet(result)


def check_point_expected(crs):
    """The check point in *crs*, transformed independently: WGS 84 → target with PROJ (UTM is on
    WGS 84; another VN-2000 zone goes through the official shift both ways)."""
    if crs is None or crs == "EPSG:9209":
        return CHECK_9209
    source = osr.SpatialReference()
    source.ImportFromEPSG(4326)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    wanted = osr.SpatialReference()
    if crs == "EPSG:32648":
        wanted.SetFromUserInput(crs)
    else:
        from qgis.core import QgsCoordinateReferenceSystem
        definition = QgsCoordinateReferenceSystem(crs).toProj()
        assert "+towgs84=-191.90441429" in definition          # VN-2000, official shift
        wanted.ImportFromProj4(definition)
    wanted.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return osr.CoordinateTransformation(source, wanted).TransformPoint(*CHECK_WGS84)[:2]


@pytest.fixture
def ward(demo_ward):
    add_check_tree(demo_ward)
    return demo_ward


def test_geojson_is_wgs84_and_the_check_point_lands_within_a_centimetre(ward, tmp_path):
    files = export_layers(ward, ["trees", "housing"], "geojson", tmp_path)
    assert sorted(f.name for f in files) == ["housing.geojson", "trees.geojson"]
    assert feature_count(tmp_path / "housing.geojson") == 8107
    assert feature_count(tmp_path / "trees.geojson") == 3001
    x, y, feature, _srs = check_point_in(tmp_path / "trees.geojson")
    # 1 cm is about 9e-8 degrees here.
    assert abs(x - CHECK_WGS84[0]) < 1e-7 * 1.2 and abs(y - CHECK_WGS84[1]) < 1e-7, (x, y)
    assert feature.GetField("notes") == "Cây đa đầu làng"


@pytest.mark.parametrize("crs, expected", [(None, CHECK_9209), ("EPSG:32648", None), ("EPSG:9210", None)])
def test_geopackage_in_the_ward_crs_utm_and_another_vn2000_zone(ward, tmp_path, crs, expected):
    export_layers(ward, ["trees"], "gpkg", tmp_path, crs=crs)
    x, y, _feature, srs = check_point_in(tmp_path / "trees.gpkg")
    wanted = osr.SpatialReference()
    wanted.SetFromUserInput(crs or "EPSG:9209")
    assert srs.IsSame(wanted), srs.ExportToWkt()
    if expected is None:
        expected = check_point_expected(crs)
    assert x == pytest.approx(expected[0], abs=0.01) and y == pytest.approx(expected[1], abs=0.01)


def test_shapefile_has_utf8_cpg_and_prj(ward, tmp_path):
    files = export_layers(ward, ["trees"], "shp", tmp_path)
    assert {f.suffix for f in files} == {".shp", ".shx", ".dbf", ".prj", ".cpg", ".csv"}      # + the name table
    assert (tmp_path / "trees.cpg").read_text().strip().upper() in ("UTF-8", "UTF8")
    assert "Transverse_Mercator" in (tmp_path / "trees.prj").read_text()
    _x, _y, feature, _srs = check_point_in(tmp_path / "trees.shp")
    assert feature.GetField("notes") == "Cây đa đầu làng"


def test_csv_and_xlsx_with_vietnamese_column_names(ward, tmp_path, vietnamese):
    export_layers(ward, ["trees", "sensors"], "csv", tmp_path, aliases=True)
    header = (tmp_path / "trees.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "Mã tài sản" in header and "WKT" in header
    assert feature_count(tmp_path / "trees.csv") == 3001
    export_layers(ward, ["trees", "sensors"], "xlsx", tmp_path, aliases=True)
    workbook = ogr.Open(str(tmp_path / (ward.stem + ".xlsx")))
    names = [workbook.GetLayer(i).GetName() for i in range(workbook.GetLayerCount())]
    assert names == ["Cây xanh", "Cảm biến mực nước"]
    assert workbook.GetLayer(0).GetFeatureCount() == 3001


def test_kml_has_every_sensor(ward, tmp_path):
    export_layers(ward, ["sensors"], "kml", tmp_path)
    assert feature_count(tmp_path / "sensors.kml") == 20


ASSETS = ["housing", "trees", "drainage_lines", "drainage_nodes", "sensors"]
POINT_BLOCKS = {"trees": "MYMAP_TREE", "drainage_nodes": "MYMAP_NODE", "sensors": "MYMAP_SENSOR"}


def read_dxf(path):
    import ezdxf
    return ezdxf.readfile(str(path))


def nearest_insert(doc, layer, point):
    inserts = doc.modelspace().query('INSERT[layer=="{}"]'.format(layer))
    return min(inserts, key=lambda i: math.hypot(i.dxf.insert.x - point[0], i.dxf.insert.y - point[1]))


def text_of(entity):
    return entity.plain_text() if entity.dxftype() == "MTEXT" else entity.dxf.text


def test_dxf_has_a_layer_per_asset_type_blocks_for_point_assets_and_the_codes_as_text(ward, tmp_path):
    from ezdxf import bbox
    files = export_layers(ward, ASSETS, "dxf", tmp_path)
    assert files == [tmp_path / (ward.stem + ".dxf")]
    doc = read_dxf(files[0])
    assert {name + suffix for name in ASSETS for suffix in ("", "_code")} <= {layer.dxf.name for layer in doc.layers}

    # One block per point asset type, about a metre across, centred on its insertion point, drawn on
    # layer 0 so that every INSERT takes its asset type's layer (and colour).
    for name in POINT_BLOCKS.values():
        assert name in doc.blocks
        shapes = list(doc.blocks.get(name))
        assert shapes and {shape.dxf.layer for shape in shapes} == {"0"}, name
        box = bbox.extents(shapes)
        assert 0.5 <= box.size.x <= 1.5 and 0.5 <= box.size.y <= 1.5, (name, box)
        assert abs(box.center.x) < 0.3 and abs(box.center.y) < 0.3, (name, box)

    modelspace = doc.modelspace()
    kinds = Counter((entity.dxftype(), entity.dxf.layer) for entity in modelspace)
    for layer, block in POINT_BLOCKS.items():
        inserts = modelspace.query('INSERT[layer=="{}"]'.format(layer))
        assert len(inserts) == ward_count(ward, "SELECT COUNT(*) FROM " + layer), layer
        assert {insert.dxf.name for insert in inserts} == {block}
        assert kinds[("POINT", layer)] == 0
    assert ward_count(ward, "SELECT COUNT(*) FROM trees") == 3001          # the demo's 3000 + the check tree
    # The check tree is inserted exactly where it stands, in the ward's VN-2000 zone.
    tree = nearest_insert(doc, "trees", CHECK_9209)
    assert tree.dxf.insert.x == pytest.approx(CHECK_9209[0], abs=0.01)
    assert tree.dxf.insert.y == pytest.approx(CHECK_9209[1], abs=0.01)

    # Lines and polygons as before: polylines and hatches on their own layers.
    houses = sum(kinds[(kind, "housing")] for kind in ("LWPOLYLINE", "POLYLINE", "HATCH"))
    assert houses == ward_count(ward, "SELECT COUNT(*) FROM housing") == 8107
    assert kinds[("LWPOLYLINE", "drainage_lines")] == ward_count(ward, "SELECT COUNT(*) FROM drainage_lines")

    # Every asset code as text on its "<table>_code" layer, 1.5 m high, next to its asset.
    codes = {}
    for entity in modelspace.query("TEXT MTEXT"):
        codes.setdefault(entity.dxf.layer, []).append(entity)
    for layer in ASSETS:
        texts = codes[layer + "_code"]
        assert len(texts) == ward_count(ward, "SELECT COUNT(asset_code) FROM " + layer), layer
        assert {entity.dxf.char_height if entity.dxftype() == "MTEXT" else entity.dxf.height
                for entity in texts} == {1.5}
    first_tree = [entity for entity in codes["trees_code"] if text_of(entity) == "CX0000013"]
    assert len(first_tree) == 1
    assert "NH0000013" in {text_of(entity) for entity in codes["housing_code"]}
    assert "HG0000013" in {text_of(entity) for entity in codes["drainage_nodes_code"]}
    assert "CB0000013" in {text_of(entity) for entity in codes["sensors_code"]}
    x, y, _feature, _srs = check_point_in(ward, "trees", where="asset_code = 'CX0000013'")
    symbol = nearest_insert(doc, "trees", (x, y))
    assert symbol.dxf.insert.x == pytest.approx(x, abs=0.01) and symbol.dxf.insert.y == pytest.approx(y, abs=0.01)
    label = first_tree[0].dxf.insert
    assert 0.5 < label.x - x < 1.5 and abs(label.y - y) < 0.01        # beside its symbol, not over it


def test_dxf_in_utm_inserts_the_check_tree_on_its_point(ward, tmp_path):
    # (In the ward's own CRS, the test above.)
    export_layers(ward, ["trees"], "dxf", tmp_path, crs="EPSG:32648")
    doc = read_dxf(tmp_path / (ward.stem + ".dxf"))
    expected = check_point_expected("EPSG:32648")
    tree = nearest_insert(doc, "trees", expected)
    assert tree.dxf.name == "MYMAP_TREE"
    assert tree.dxf.insert.x == pytest.approx(expected[0], abs=0.01)
    assert tree.dxf.insert.y == pytest.approx(expected[1], abs=0.01)
    assert len(doc.modelspace().query('INSERT[layer=="trees"]')) == 3001


def test_the_algorithm_and_bad_input(ward, tmp_path, mymap_provider):
    out = tmp_path / "out"
    result = processing.run("mymap:export_layers", {"WARD": str(ward), "LAYERS": [1, 4], "FORMAT": 1,
                                                    "CRS": None, "ALIASES": False, "OUTPUT": str(out)})
    assert result["FILES"] == 2 and (out / "trees.geojson").exists() and (out / "sensors.geojson").exists()
    before = folder_state(out)
    with pytest.raises(QgsProcessingException, match="already exist"):
        processing.run("mymap:export_layers", {"WARD": str(ward), "LAYERS": [1], "FORMAT": 1, "OUTPUT": str(out)})
    assert folder_state(out) == before
    not_a_ward = tmp_path / "x.gpkg"
    not_a_ward.write_bytes(b"not a geopackage")
    with pytest.raises(MyMapError):
        export_layers(not_a_ward, ["trees"], "gpkg", out)
    with pytest.raises(MyMapError, match="not a layer"):
        export_layers(ward, ["roads"], "gpkg", out)
    assert folder_state(out) == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".mymap-export")] == []


# Shapefiles for planners (issue 13): readable short DBF names from one table, the name table
# beside each .shp, date-times as ISO text.

def test_every_schema_field_has_a_short_shapefile_name_unique_in_its_layer():
    from mymap_plugin.data_exchange.shapefile_names import SHORT_NAMES
    from mymap_plugin.ward_map import schema
    for layer in schema.LAYERS:
        shorts = []
        for field_def in layer.fields:
            assert field_def.name in SHORT_NAMES, "{}.{} has no short name".format(layer.name, field_def.name)
            short = SHORT_NAMES[field_def.name]
            assert re.fullmatch(r"[a-z][a-z0-9_]{0,9}", short), short
            shorts.append(short.lower())
        assert len(shorts) == len(set(shorts)), (layer.name, sorted(s for s in shorts if shorts.count(s) > 1))
    used = {field_def.name for layer in schema.LAYERS for field_def in layer.fields}
    assert set(SHORT_NAMES) == used            # no left-over names of removed fields


def dbf_columns(path):
    dataset = ogr.Open(str(path))
    definition = dataset.GetLayer(0).GetLayerDefn()
    return [(definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
            for i in range(definition.GetFieldCount())]


def set_sensor_times(ward):
    from mymap_plugin.sync.database import connect
    connection = connect(ward)
    try:
        connection.execute("UPDATE sensors SET last_seen = '2026-12-05T14:03:00.000Z', "
                           "updated_at = '2026-12-05T14:03:07Z', survey_date = '2026-11-30', "
                           "threshold_1_cm = 10, threshold_2_cm = 25, threshold_3_cm = 50 "
                           "WHERE asset_code = 'CB0000013'")
    finally:
        connection.close()


@pytest.mark.parametrize("aliases", [False, True])
def test_shapefile_columns_come_from_the_name_table_with_iso_date_times(ward, tmp_path, aliases, vietnamese):
    import csv
    from mymap_plugin.data_exchange.shapefile_names import SHORT_NAMES
    from mymap_plugin.ward_map import schema
    set_sensor_times(ward)
    files = export_layers(ward, ["sensors", "trees"], "shp", tmp_path, aliases=aliases)
    assert {tmp_path / "sensors_fields.csv", tmp_path / "trees_fields.csv"} <= set(files)

    columns = dbf_columns(tmp_path / "sensors.shp")
    names = [name for name, _type in columns]
    assert names == [SHORT_NAMES[f.name] for f in schema.SENSORS.fields]
    assert {"thresh1_cm", "thresh2_cm", "thresh3_cm", "upd_at", "last_seen"} <= set(names)
    assert not [name for name in names if re.search(r"_\d$", name) or name.startswith("threshol")]   # GDAL's cuts
    types = dict(columns)
    assert types["last_seen"] == types["upd_at"] == ogr.OFTString
    assert types["survey_dt"] == ogr.OFTDate
    assert types["thresh2_cm"] == ogr.OFTReal

    shapefile = ogr.Open(str(tmp_path / "sensors.shp"))
    layer = shapefile.GetLayer(0)
    layer.SetAttributeFilter("asset_code = 'CB0000013'")
    sensor = layer.GetNextFeature()
    assert sensor.GetField("last_seen") == "2026-12-05T14:03:00Z"
    assert sensor.GetField("upd_at") == "2026-12-05T14:03:07Z"
    assert sensor.GetField("crt_at") == "2025-09-15T08:00:00Z"
    assert sensor.GetFieldAsString("survey_dt") == "2026/11/30"
    assert [sensor.GetField(n) for n in ("thresh1_cm", "thresh2_cm", "thresh3_cm")] == [10, 25, 50]
    assert layer.GetFeatureCount() == 1
    assert feature_count(tmp_path / "sensors.shp") == 20

    raw = (tmp_path / "sensors_fields.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0] == ["short_name", "field_name", "english_name", "vietnamese_name"]
    assert rows[1:] == [[SHORT_NAMES[f.name], f.name, f.alias, rows[1 + i][3]]
                        for i, f in enumerate(schema.SENSORS.fields)]
    by_field = {row[1]: row for row in rows[1:]}
    assert by_field["threshold_2_cm"] == ["thresh2_cm", "threshold_2_cm", "Alert threshold 2 (cm)",
                                         "Ngưỡng cảnh báo 2 (cm)"]
    assert by_field["asset_code"][3] == "Mã tài sản"
    # The same file read with GDAL, as a planner's GIS would.
    names_csv = ogr.Open(str(tmp_path / "trees_fields.csv"))
    table = names_csv.GetLayer(0)
    first = table.GetNextFeature()
    assert (first.GetField("short_name"), first.GetField("field_name")) == ("uuid", "uuid")
    assert table.GetFeatureCount() == len(schema.TREES.fields)


def test_own_shapefile_imports_back_through_the_short_names(ward, tmp_path):
    from mymap_plugin.data_exchange.import_assets import import_assets
    from mymap_plugin.sync.database import connect
    set_sensor_times(ward)
    export_layers(ward, ["sensors"], "shp", tmp_path)
    columns = ("uuid, asset_code, station_name, residential_group_id, survey_date, sensor_type, road_surface_elev_m, "
               "threshold_1_cm, threshold_2_cm, threshold_3_cm, operating_status")
    select = "SELECT {} FROM sensors ORDER BY uuid".format(columns)

    def read():
        connection = connect(ward)
        try:
            return connection.execute(select).fetchall()
        finally:
            connection.close()

    original = read()
    assert len(original) == 20 and any(row[7:10] == (10, 25, 50) for row in original)
    connection = connect(ward)
    try:
        connection.execute("DELETE FROM sensors")
        connection.commit()
    finally:
        connection.close()
    result = import_assets(ward, tmp_path / "sensors.shp", "sensors")
    assert result.imported == 20 and not result.rejected
    assert read() == original


@pytest.mark.parametrize("gdal_text, iso", [
    ("2026/12/05 14:03:00+00", "2026-12-05T14:03:00Z"),
    ("2026/12/05 14:03:00", "2026-12-05T14:03:00Z"),                # no zone: the ward's UTC
    ("2026/12/05 21:03:00.250+07", "2026-12-05T14:03:00.25Z"),
    ("2026/12/05 08:33:00-05:30", "2026-12-05T14:03:00Z"),
    ("not a time", "not a time"),
])
def test_gdal_date_time_text_becomes_iso_utc(gdal_text, iso):
    from mymap_plugin.data_exchange.export_layers import _iso_utc
    assert _iso_utc(gdal_text) == iso
