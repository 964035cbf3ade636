"""Every asset gets a uuid and an asset code, however it was added, and a code is never reused."""
import json
import sqlite3
import subprocess
from datetime import datetime, timezone

from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from mymap_plugin.ward_map import asset_codes, schema
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
    new = rows(demo_ward,
               "SELECT asset_code, uuid, created_at, created_by FROM sensors WHERE station_name = 'Trạm mới'")[0]
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


def test_counter_follows_codes_from_other_copies(empty_ward, tmp_path, qgis_new_project):
    """A row that arrives with a code (another copy's) moves the counter past it."""
    from osgeo import ogr
    dataset = ogr.Open(str(empty_ward), 1)
    trees = dataset.GetLayerByName("trees")
    feature = ogr.Feature(trees.GetLayerDefn())
    feature.SetField("uuid", "00000000-0000-4000-8000-0000000000aa")
    feature.SetField("asset_code", asset_codes.make_asset_code("trees", 2))
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (556900 2316000)"))
    trees.CreateFeature(feature)
    dataset = None
    validate_ward_map(empty_ward)
    layer = QgsVectorLayer("{}|layername=trees".format(empty_ward), "trees", "ogr")
    QgsProject.instance().addMapLayer(layer)
    watcher = WardLayerWatcher(QgsProject.instance(), user="x")
    try:
        layer.startEditing()
        for x in (1, 2):
            new = QgsFeature(layer.fields())
            new.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(556900 + x, 2316000)))
            layer.addFeature(new)
        assert layer.commitChanges(), layer.commitErrors()
    finally:
        watcher.unload()
    codes = sorted(r[0] for r in rows(empty_ward, "SELECT asset_code FROM trees"))
    assert codes == sorted(asset_codes.make_asset_code("trees", n) for n in (2, 3, 4))


def test_read_only_ward_map_still_opens(demo_ward, qgis_new_project):
    import os
    from mymap_plugin.ward_map.open_ward_map import open_ward_map
    with sqlite3.connect(demo_ward) as connection:
        connection.execute("INSERT INTO species (species_id, name_vi) VALUES (98, 'Lộc vừng')")
    os.chmod(demo_ward, 0o444)
    try:
        if os.access(demo_ward, os.W_OK):
            return     # root can write anyway; nothing to test here
        group = open_ward_map(demo_ward, QgsProject.instance())
        assert len(group.findLayers()) == len(schema.LAYERS)
    finally:
        os.chmod(demo_ward, 0o644)


def test_file_names_with_special_characters(tmp_path, qgis_app):
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    path = tmp_path / "phường #2 ?.gpkg"
    create_ward_map(path, "Phường A", "12103", "33")
    assert validate_ward_map(path).ok


def test_user_defined_crs_is_stored_as_wkt(tmp_path, qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    from mymap_plugin.ward_map.ward_settings import crs_from_setting, read_settings
    custom = QgsCoordinateReferenceSystem.fromProj(
        "+proj=tmerc +lat_0=0 +lon_0=105.75 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 "
        "+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 "
        "+units=m +no_defs")
    path = tmp_path / "ward.gpkg"
    create_ward_map(path, "Xã B", "12345", "33", crs=custom)
    stored = read_settings(path).crs
    assert not stored.upper().startswith("USER:")
    again = crs_from_setting(stored)
    assert again.isValid() and "105.75" in again.toProj()
