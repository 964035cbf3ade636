"""The streets layer: named road centrelines in the demo ward, styled by road class and labelled
along the line, imported from OpenStreetMap highways, drawn on printed maps and record-page maps;
and ward maps made before it (data version 1, no streets) open, validate and sync."""
import json
import sqlite3
from contextlib import closing

import numpy
import processing
import pypdfium2
from osgeo import gdal, ogr
from qgis.PyQt.QtGui import QImage
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsFeatureRequest, QgsPointXY,
                       QgsProject, QgsVectorLayer)

from mymap_plugin.data_exchange.coordinate_checks import transform_context
from mymap_plugin.data_exchange.import_assets import TARGETS
from mymap_plugin.data_exchange.map_pdf import export_map_pdf
from mymap_plugin.qr_labels.publish_records import MAP_LAYERS, PageMaps
from mymap_plugin.sync import capture
from mymap_plugin.ward_map import demo_ward as demo
from mymap_plugin.ward_map.create_ward_map import layer_source
from mymap_plugin.ward_map.open_ward_map import DRAWING_ORDER, THEMES, open_ward_map
from mymap_plugin.ward_map.styles import CURVED_PLACEMENT, STREET_STYLES
from mymap_plugin.ward_map.validate_ward_map import validate_ward_map
from tests.conftest import query
from tests.sync_helpers import assert_converged
from tests.sync_scenario_helpers import make_team

MAIN_ROAD = STREET_STYLES["duong_chinh"][0]
MAIN_STREET = demo.EW_STREETS[demo.BLOCKS // 2]


def _near(image_rgb, hex_colour, tolerance=18.0):
    value = hex_colour.lstrip("#")
    colour = numpy.array([int(value[i:i + 2], 16) for i in (0, 2, 4)], dtype=float)
    return int((numpy.linalg.norm(image_rgb - colour, axis=2) < tolerance).sum())


def _qimage_rgb(image):
    image = image.convertToFormat(image.Format.Format_RGB888)
    width, height = image.width(), image.height()
    data = bytes(image.constBits().asstring(image.bytesPerLine() * height))
    rows = numpy.frombuffer(data, dtype=numpy.uint8).reshape(height, image.bytesPerLine())
    return rows[:, :width * 3].reshape(height, width, 3).astype(float)


def test_demo_ward_has_its_streets_and_alleys_by_name(demo_ward):
    streets = query(demo_ward, "SELECT name, road_class, ward_code, uuid FROM streets")
    names = {name for name, *_rest in streets}
    assert set(demo.EW_STREETS) | set(demo.NS_STREETS) <= names
    alleys = {alley for (alley,) in query(demo_ward, "SELECT DISTINCT alley FROM housing WHERE alley IS NOT NULL")}
    assert {name for name, road_class, *_rest in streets if road_class == "ngo"} == {"Ngõ " + a for a in alleys}
    classes = {name: road_class for name, road_class, *_rest in streets}
    assert classes[MAIN_STREET] == "duong_chinh" and classes[demo.EW_STREETS[0]] == "pho"
    assert {road_class for _n, road_class, *_rest in streets} == {"duong_chinh", "pho", "ngo", "duong_di_bo"}
    assert all(ward == "12103" and uuid for _n, _c, ward, uuid in streets)
    report = validate_ward_map(demo_ward)
    assert report.ok and report.counts["streets"] == len(streets) and report.added_layers == []


def test_streets_are_drawn_by_class_and_named_along_the_line(demo_ward, qgis_new_project):
    project = QgsProject.instance()
    open_ward_map(demo_ward, project)
    streets = next(layer for layer in project.mapLayers().values()
                   if layer.source().endswith("layername=streets"))
    renderer = streets.renderer()
    assert renderer.classAttribute() == "road_class"
    assert [category.value() for category in renderer.categories()] == list(STREET_STYLES)
    assert streets.labelsEnabled()
    settings = streets.labeling().settings()
    assert settings.fieldName == '"name"' and settings.placement == CURVED_PLACEMENT
    assert settings.minimumScale >= 10000                 # names stay on a map of the whole ward
    # Above the residential groups' outlines, below the houses; in every theme.
    assert DRAWING_ORDER.index("housing") < DRAWING_ORDER.index("streets") < DRAWING_ORDER.index("residential_groups")
    assert all("streets" in tables for _title, tables in THEMES)


def _without_streets(path):
    """What a ward map made by MyMap before streets existed looks like (data version 1)."""
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    index = next(i for i in range(dataset.GetLayerCount()) if dataset.GetLayer(i).GetName() == "streets")
    dataset.DeleteLayer(index)
    dataset = None
    with closing(sqlite3.connect(str(path))) as connection, connection:
        connection.execute("DROP TABLE IF EXISTS mymap_capture_streets")
        connection.execute("DROP TRIGGER IF EXISTS mymap_identity_streets")
        connection.execute("DELETE FROM layer_styles WHERE f_table_name = 'streets'")


def _add_street(path, name):
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = dataset.GetLayerByName("streets")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("name", name)
    feature.SetField("road_class", "ngo")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("LINESTRING(556420 2315440, 556520 2315440)"))
    assert layer.CreateFeature(feature) == 0
    dataset = None


def test_a_ward_map_made_before_streets_opens_validates_and_syncs(demo_ward_master, tmp_path, qgis_new_project):
    team = make_team(demo_ward_master, tmp_path)
    for path in (team.shared, team.an.path, team.binh.path):
        _without_streets(path)
    with closing(sqlite3.connect(str(team.shared))) as connection:
        assert "table streets is missing" in capture.problems(connection)      # what the new MyMap meets
    # An syncs first: the copy and then the shared map (under the share lock) get the layer.
    team.an.sync()
    for path in (team.shared, team.an.path):
        with closing(sqlite3.connect(str(path))) as connection:
            assert capture.problems(connection) == []
    _add_street(team.an.path, "Ngõ mới")
    assert team.an.sync().pushed == 1
    assert query(team.shared, "SELECT name, road_class FROM streets") == [("Ngõ mới", "ngo")]
    # Binh's copy, still without streets, receives the layer and An's street.
    team.binh.sync()
    assert query(team.binh.path, "SELECT name FROM streets") == [("Ngõ mới",)]
    team.an.sync()
    assert_converged(team.shared, [team.an.path, team.binh.path])
    assert query(team.shared, "PRAGMA journal_mode") == [("delete",)]          # a shared map stays out of WAL
    # A plain ward map of version 1 is upgraded when opened or validated, with its style.
    plain = tmp_path / "plain.gpkg"
    plain.write_bytes(demo_ward_master.read_bytes())
    _without_streets(plain)
    report = validate_ward_map(plain)
    assert report.ok and report.added_layers == ["streets"] and report.counts["streets"] == 0
    assert validate_ward_map(plain).added_layers == []                        # once only
    assert query(plain, "SELECT count(*) FROM layer_styles WHERE f_table_name = 'streets'") == [(1,)]
    assert query(plain, "PRAGMA journal_mode") == [("delete",)]
    opened = tmp_path / "opened.gpkg"
    opened.write_bytes(demo_ward_master.read_bytes())
    _without_streets(opened)
    group = open_ward_map(opened, QgsProject.instance())
    names = [node.layer().source().split("layername=")[1] for node in group.findLayers()]
    assert names == list(DRAWING_ORDER)


def _osm_highways(path):
    """An OpenStreetMap export of highways (GeoJSON, WGS 84, tags as Overpass writes them) laid
    over the demo ward."""
    ward_crs = QgsCoordinateReferenceSystem("EPSG:9209")
    to_wgs84 = QgsCoordinateTransform(ward_crs, QgsCoordinateReferenceSystem("EPSG:4326"),
                                      transform_context(ward_crs))
    y = demo.ORIGIN_N + 150

    def line(x0, x1):
        points = [to_wgs84.transform(QgsPointXY(x, y)) for x in (x0, x1)]
        return {"type": "LineString", "coordinates": [[p.x(), p.y()] for p in points]}

    ways = [
        ({"@id": "way/1001", "highway": "primary", "name": "Đường Nguyễn Văn Linh"}, 556250, 556380),
        ({"@id": "way/1002", "highway": "residential", "name": "Phố Phan Đình Phùng"}, 556620, 556780),
        ({"@id": "way/1003", "highway": "service", "service": "alley", "name": "Ngõ 12"}, 556820, 556900),
        ({"@id": "way/1004", "highway": "footway"}, 556950, 557000),
        ({"@id": "way/1005", "highway": "construction", "name": "Đường đang làm"}, 557050, 557150),
    ]
    features = [{"type": "Feature", "properties": tags, "geometry": line(x0, x1)} for tags, x0, x1 in ways]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False),
                    encoding="utf-8")
    return path


def test_osm_highways_import_into_streets(demo_ward, tmp_path, mymap_provider):
    source = _osm_highways(tmp_path / "highways.geojson")
    before = query(demo_ward, "SELECT count(*) FROM streets")[0][0]
    result = processing.run("mymap:import_assets", {
        "INPUT": str(source), "TARGET": TARGETS.index("streets"), "WARD": str(demo_ward),
        "FIELD_MAP": "osm_highways", "REJECTED": str(tmp_path / "rejected.gpkg")})
    assert result["IMPORTED"] == 4 and result["REJECTED_COUNT"] == 1 and result["CODES"] == ""
    imported = query(demo_ward, "SELECT osm_id, name, road_class, ward_code, length(uuid) FROM streets "
                                "WHERE osm_id IS NOT NULL ORDER BY osm_id")
    assert imported == [("way/1001", "Đường Nguyễn Văn Linh", "duong_chinh", "12103", 36),
                        ("way/1002", "Phố Phan Đình Phùng", "pho", "12103", 36),
                        ("way/1003", "Ngõ 12", "ngo", "12103", 36),
                        ("way/1004", None, "duong_di_bo", "12103", 36)]
    assert query(demo_ward, "SELECT count(*) FROM streets")[0][0] == before + 4
    rejected = ogr.Open(str(tmp_path / "rejected.gpkg"))
    reasons = [feature.GetField("reject_reason") for feature in rejected.GetLayer(0)]
    assert len(reasons) == 1 and "construction" in reasons[0]


def test_record_page_maps_show_the_streets(demo_ward, tmp_path):
    assert "streets" in MAP_LAYERS
    houses = QgsVectorLayer(layer_source(demo_ward, "housing"), "housing", "ogr")
    request = QgsFeatureRequest().setFilterExpression(
        "\"street_name\" = '{}' AND \"alley\" IS NULL".format(MAIN_STREET)).setLimit(2)
    geometries = [feature.geometry() for feature in houses.getFeatures(request)]
    assert geometries
    map_layers = [QgsVectorLayer(layer_source(demo_ward, name), name, "ogr") for name in MAP_LAYERS]
    for folder, layers in (("with", map_layers), ("without", [layer for layer in map_layers
                                                              if not layer.source().endswith("=streets")])):
        page_maps = PageMaps(layers)
        (tmp_path / folder).mkdir()
        for number, geometry in enumerate(geometries):
            page_maps.add(geometry, tmp_path / folder / "{}.png".format(number))
        page_maps.write()
    for number in range(len(geometries)):
        with_streets = _qimage_rgb(QImage(str(tmp_path / "with" / "{}.png".format(number))))
        without = _qimage_rgb(QImage(str(tmp_path / "without" / "{}.png".format(number))))
        # The main road along the house, under the sewer drawn on its centreline.
        assert _near(with_streets, MAIN_ROAD) > 400 and _near(without, MAIN_ROAD) < 40


def test_printed_map_shows_and_names_the_streets(demo_ward, tmp_path):
    output = tmp_path / "housing.pdf"
    export_map_pdf(demo_ward, "housing", output, paper="A3", landscape=True, dpi=96)
    document = pypdfium2.PdfDocument(str(output))
    try:
        page = document[0]
        text = page.get_textpage().get_text_range()
        named = [name for name in demo.EW_STREETS + demo.NS_STREETS if name in text]
        assert len(named) >= 8, text                    # street names along the lines
        assert "Streets" in text.splitlines()            # and in the legend
        pixels = numpy.asarray(page.render(scale=1.5).to_pil().convert("RGB"), dtype=float)
        assert _near(pixels, MAIN_ROAD) > 500
    finally:
        document.close()
