"""mymap:create_ward_map makes a valid, complete, styled ward GeoPackage."""
import sqlite3
import subprocess

import processing
from qgis.core import QgsVectorLayer, QgsWkbTypes

from mymap_plugin.ward_map import schema

VALIDATOR = "/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"


def run_create(output, **extra):
    parameters = {"OUTPUT": str(output), "WARD_NAME": "Phường Mỹ Hào", "WARD_CODE": "12103",
                  "PROVINCE_CODE": "33", "CRS": "EPSG:9209", "DEMO": False, "OVERWRITE": False,
                  "LANGUAGE": 1}
    parameters.update(extra)
    return processing.run("mymap:create_ward_map", parameters)


def test_algorithm_creates_every_layer(mymap_provider, tmp_path):
    output = tmp_path / "ward.gpkg"
    result = run_create(output)
    assert result["OUTPUT"] == str(output)
    expected_geometry = {"Point": QgsWkbTypes.Point, "LineString": QgsWkbTypes.LineString,
                         "MultiPolygon": QgsWkbTypes.MultiPolygon, None: QgsWkbTypes.NoGeometry}
    for layer_def in schema.LAYERS:
        layer = QgsVectorLayer("{}|layername={}".format(output, layer_def.name), "x", "ogr")
        assert layer.isValid(), layer_def.name
        assert layer.wkbType() == expected_geometry[layer_def.geometry], layer_def.name
        assert set(layer_def.field_names()) <= set(layer.fields().names())
        if layer_def.geometry:
            assert layer.crs().authid() == "EPSG:9209"
    assert not list(tmp_path.glob(".*creating*")), "temporary file left behind"


def test_settings_and_schema_version_are_stored(mymap_provider, tmp_path):
    output = tmp_path / "ward.gpkg"
    run_create(output, HOTLINE="0221 3943 000", QR_LINK_TEMPLATE="HTTPS://MYHAO.HUNGYEN.VN/A/{code}")
    with sqlite3.connect(output) as connection:
        values = dict(connection.execute("SELECT key, value FROM mymap_ward_settings"))
        journal = connection.execute("PRAGMA journal_mode").fetchone()[0]
        sequence = dict(connection.execute("SELECT layer_name, last_serial FROM mymap_code_sequence"))
    assert values["schema_version"] == str(schema.SCHEMA_VERSION)
    assert values["ward_code"] == "12103" and values["province_code"] == "33"
    assert values["ward_name"] == "Phường Mỹ Hào"
    assert values["crs"] == "EPSG:9209"
    assert values["hotline"] == "0221 3943 000"
    assert values["qr_link_template"] == "HTTPS://MYHAO.HUNGYEN.VN/A/{code}"
    assert journal == "delete"
    assert set(sequence) == {layer.name for layer in schema.ASSET_LAYERS}


def test_demo_ward_passes_gdal_validator_and_integrity_check(demo_ward_master):
    completed = subprocess.run(["/usr/bin/python3", VALIDATOR, str(demo_ward_master)],
                               capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert "error" not in (completed.stdout + completed.stderr).lower()
    with sqlite3.connect(demo_ward_master) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        counts = {name: connection.execute('SELECT count(*) FROM "{}"'.format(name)).fetchone()[0]
                  for name in ("housing", "trees", "drainage_lines", "drainage_nodes", "sensors",
                               "sensor_readings", "residential_groups", "species")}
        missing = connection.execute(
            "SELECT count(*) FROM housing WHERE uuid IS NULL OR asset_code IS NULL").fetchone()[0]
    assert 7500 <= counts["housing"] <= 8500 and counts["trees"] == 3000
    assert counts["sensors"] == 20 and counts["residential_groups"] == 20
    assert missing == 0


def test_demo_is_at_my_hao(demo_ward_master):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject
    layer = QgsVectorLayer("{}|layername=housing".format(demo_ward_master), "h", "ogr")
    transform = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"),
                                       QgsProject.instance())
    centre = transform.transform(layer.extent().center())
    assert 20.90 < centre.y() < 20.97 and 106.03 < centre.x() < 106.09


def test_styles_and_forms_travel_inside_the_geopackage(demo_ward_master, vietnamese):
    with sqlite3.connect(demo_ward_master) as connection:
        styled = {row[0] for row in connection.execute(
            "SELECT f_table_name FROM layer_styles WHERE useAsDefault")}
    assert styled == {layer.name for layer in schema.LAYERS}
    # A plain QGIS layer (no plugin code involved) loads the stored default style.
    housing = QgsVectorLayer("{}|layername=housing".format(demo_ward_master), "h", "ogr")
    assert housing.renderer().type() == "categorizedSymbol"
    assert housing.renderer().classAttribute() == "use_type"
    assert housing.labelsEnabled()
    use_index = housing.fields().indexOf("use_type")
    assert housing.attributeAlias(use_index) == "Mục đích sử dụng"
    setup = housing.editorWidgetSetup(use_index)
    assert setup.type() == "ValueMap"
    labels = [next(iter(entry)) for entry in setup.config()["map"]]
    assert "Để ở" in labels
    trees = QgsVectorLayer("{}|layername=trees".format(demo_ward_master), "t", "ogr")
    species = trees.editorWidgetSetup(trees.fields().indexOf("species_id"))
    assert species.type() == "ValueMap"      # a list that resolves without a project (issue 13)
    lines = QgsVectorLayer("{}|layername=drainage_lines".format(demo_ward_master), "l", "ogr")
    assert lines.editorWidgetSetup(lines.fields().indexOf("to_node_uuid")).type() == "ValueRelation"
    slope = lines.defaultValueDefinition(lines.fields().indexOf("slope_permille"))
    assert slope.applyOnUpdate() and "invert_up_m" in slope.expression()
    assert trees.editFormConfig().tabs(), "the form has tabs"
