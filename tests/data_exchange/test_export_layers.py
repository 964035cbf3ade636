"""mymap:export_layers: every format reopened with GDAL — counts, CRS, the Mỹ Hào check point,
field names, Vietnamese text — and bad input leaves no file behind."""
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
        # The same point transformed independently: WGS 84 → target with PROJ (UTM is on WGS 84;
        # another VN-2000 zone goes through the official shift both ways).
        source = osr.SpatialReference()
        source.ImportFromEPSG(4326)
        source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if crs == "EPSG:32648":
            wanted.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            expected = osr.CoordinateTransformation(source, wanted).TransformPoint(*CHECK_WGS84)[:2]
        else:
            zone = osr.SpatialReference()
            from qgis.core import QgsCoordinateReferenceSystem
            definition = QgsCoordinateReferenceSystem(crs).toProj()
            assert "+towgs84=-191.90441429" in definition          # VN-2000, official shift
            zone.ImportFromProj4(definition)
            zone.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            expected = osr.CoordinateTransformation(source, zone).TransformPoint(*CHECK_WGS84)[:2]
    assert x == pytest.approx(expected[0], abs=0.01) and y == pytest.approx(expected[1], abs=0.01)


def test_shapefile_has_utf8_cpg_and_prj(ward, tmp_path):
    files = export_layers(ward, ["trees"], "shp", tmp_path)
    assert {f.suffix for f in files} == {".shp", ".shx", ".dbf", ".prj", ".cpg"}
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


def test_kml_and_dxf(ward, tmp_path):
    export_layers(ward, ["sensors"], "kml", tmp_path)
    assert feature_count(tmp_path / "sensors.kml") == 20
    export_layers(ward, ["trees", "drainage_lines"], "dxf", tmp_path)
    dxf = ogr.Open(str(tmp_path / (ward.stem + ".dxf")))
    entities = dxf.GetLayer(0)
    counts = {}
    texts = 0
    for feature in entities:
        counts[feature.GetField("Layer")] = counts.get(feature.GetField("Layer"), 0) + 1
        if feature.GetField("Text"):
            texts += 1
    assert counts == {"trees": 3001, "trees_code": 3000, "drainage_lines": 408, "drainage_lines_code": 408}
    assert texts == 3408
    # Coordinates stay in the ward's VN-2000 zone, to the centimetre.
    entities.SetAttributeFilter(None)
    xs = [f.GetGeometryRef().GetX() for f in entities if f.GetField("Layer") == "trees"
          and f.GetGeometryRef() is not None]
    assert any(abs(x - CHECK_9209[0]) < 0.01 for x in xs)


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
