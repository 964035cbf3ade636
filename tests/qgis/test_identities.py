"""Every asset gets a uuid and an asset code, however it was added, and a code is never reused."""
import json
import sqlite3
import subprocess
from datetime import datetime, timezone

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from mymap_plugin.ward_map import asset_codes
from mymap_plugin.ward_map.edit_hooks import WardLayerWatcher
from mymap_plugin.ward_map.validate_ward_map import validate_ward_map


def rows(path, sql, *parameters):
    with sqlite3.connect(path) as connection:
        return connection.execute(sql, parameters).fetchall()


def test_rows_from_ogr2ogr_get_identities_on_validate(empty_ward, tmp_path):
    source = tmp_path / "survey.geojson"
    source.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"notes": "khảo sát {}".format(i), "condition": "tot"},
         "geometry": {"type": "Point", "coordinates": [556900 + i, 2316000]}} for i in range(5)]}),
        encoding="utf-8")
    subprocess.run(["ogr2ogr", "-append", "-f", "GPKG", str(empty_ward), str(source), "-nln", "trees",
                    "-s_srs", "EPSG:9209", "-t_srs", "EPSG:9209"], check=True, capture_output=True)
    assert rows(empty_ward, "SELECT count(*) FROM trees WHERE uuid IS NULL")[0][0] == 5
    report = validate_ward_map(empty_ward)
    assert report.filled == {"trees": 5}
    assert report.ok
    codes = [r[0] for r in rows(empty_ward, "SELECT asset_code FROM trees ORDER BY fid")]
    assert codes == [asset_codes.make_asset_code("trees", n) for n in range(1, 6)]
    assert rows(empty_ward, "SELECT count(DISTINCT uuid) FROM trees WHERE ward_code = '12103'")[0][0] == 5
    # A second validation changes nothing.
    assert validate_ward_map(empty_ward).filled == {}


def test_codes_are_never_reused_after_a_delete(demo_ward, qgis_new_project):
    layer = QgsVectorLayer("{}|layername=sensors".format(demo_ward), "sensors", "ogr")
    QgsProject.instance().addMapLayer(layer)
    watcher = WardLayerWatcher(QgsProject.instance(), user="tester")
    try:
        highest = max(f["asset_code"] for f in layer.getFeatures())
        layer.startEditing()
        doomed = [f.id() for f in layer.getFeatures() if f["asset_code"] == highest]
        layer.deleteFeatures(doomed)
        assert layer.commitChanges()
        layer.startEditing()
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(556950, 2316050)))
        feature["station_name"] = "Trạm mới"
        assert layer.addFeature(feature)
        assert layer.commitChanges(), layer.commitErrors()
    finally:
        watcher.unload()
    new = rows(demo_ward, "SELECT asset_code, uuid, created_at, created_by FROM sensors WHERE station_name = 'Trạm mới'")[0]
    assert new[0] != highest
    assert asset_codes.parse_asset_code(new[0])[1] == asset_codes.parse_asset_code(highest)[1] + 1
    assert len(new[1]) == 36
    created = datetime.strptime(new[2][:19], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=timezone.utc)
    assert abs((datetime.now(timezone.utc) - created).total_seconds()) < 120, "created_at is UTC"
    assert new[3] == "tester"


def test_edit_in_qgis_sets_updated_fields(demo_ward, qgis_new_project):
    layer = QgsVectorLayer("{}|layername=trees".format(demo_ward), "trees", "ogr")
    QgsProject.instance().addMapLayer(layer)
    watcher = WardLayerWatcher(QgsProject.instance(), user="editor2")
    try:
        feature = next(layer.getFeatures())
        layer.startEditing()
        layer.changeAttributeValue(feature.id(), layer.fields().indexOf("condition"), "kem")
        assert layer.commitChanges()
    finally:
        watcher.unload()
    updated = rows(demo_ward, "SELECT condition, updated_by FROM trees WHERE uuid = ?", feature["uuid"])[0]
    assert updated == ("kem", "editor2")


def test_watcher_disconnects_on_unload(demo_ward, qgis_new_project):
    layer = QgsVectorLayer("{}|layername=trees".format(demo_ward), "trees", "ogr")
    QgsProject.instance().addMapLayer(layer)
    watcher = WardLayerWatcher(QgsProject.instance(), user="x")
    watcher.unload()
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(556950, 2316050)))
    feature["uuid"] = "00000000-0000-4000-8000-000000000001"
    layer.addFeature(feature)
    assert layer.commitChanges()
    assert rows(demo_ward, "SELECT asset_code FROM trees WHERE uuid = ?",
                "00000000-0000-4000-8000-000000000001")[0][0] is None
