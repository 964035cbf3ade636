"""created_at/updated_at written by MyMap's edit hooks land in the GeoPackage as UTC text with its
trailing Z (2026-12-05T14:03:00Z), as the README promises, although QGIS 3.22's OGR provider
writes every date-time without its time zone."""
import re
import sqlite3
from contextlib import closing
from datetime import datetime, timezone

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from mymap_plugin.ward_map.create_ward_map import layer_source
from mymap_plugin.ward_map.edit_hooks import WardLayerWatcher

STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def rows(path, sql, *parameters):
    with closing(sqlite3.connect(str(path))) as connection:
        return connection.execute(sql, parameters).fetchall()


@pytest.fixture
def trees(demo_ward, qgis_new_project):
    layer = QgsVectorLayer(layer_source(demo_ward, "trees"), "trees", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    yield layer
    QgsProject.instance().removeAllMapLayers()


def test_qgis_alone_drops_the_z_of_a_utc_date_time(demo_ward, trees):
    """The reason for the fix: a UTC QDateTime saved through QGIS loses its time zone."""
    fid = next(trees.getFeatures()).id()
    assert trees.startEditing()
    utc = QDateTime(QDate(2026, 12, 5), QTime(14, 3, 0), Qt.UTC)
    trees.changeAttributeValue(fid, trees.fields().indexOf("updated_at"), utc)
    assert trees.commitChanges(), trees.commitErrors()
    assert rows(demo_ward, "SELECT updated_at FROM trees WHERE fid = ?", fid) == [("2026-12-05T14:03:00.000",)]


@pytest.mark.parametrize("stop_editing", [True, False], ids=["save and stop", "save and keep editing"])
def test_stamps_of_a_qgis_commit_end_with_z(demo_ward, trees, stop_editing):
    watcher = WardLayerWatcher(QgsProject.instance(), user="an")
    try:
        old = next(trees.getFeatures())
        created_before = rows(demo_ward, "SELECT created_at FROM trees WHERE uuid = ?", old["uuid"])[0][0]
        before = datetime.now(timezone.utc).replace(microsecond=0)
        assert trees.startEditing()
        trees.changeAttributeValue(old.id(), trees.fields().indexOf("notes"), "Tỉa cành")
        new = QgsFeature(trees.fields())
        new.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(556910, 2316010)))
        new["notes"] = "Cây mới trồng"
        assert trees.addFeature(new)
        assert trees.commitChanges(stop_editing), trees.commitErrors()
        if not stop_editing:
            trees.rollBack()
    finally:
        watcher.unload()

    changed = rows(demo_ward, "SELECT created_at, updated_at, updated_by FROM trees WHERE uuid = ?", old["uuid"])[0]
    added = rows(demo_ward, "SELECT created_at, updated_at, created_by, uuid, asset_code FROM trees "
                            "WHERE notes = 'Cây mới trồng'")[0]
    for stamp in (changed[1], added[0], added[1]):
        assert STAMP.match(stamp), stamp
        moment = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        assert 0 <= (moment - before).total_seconds() < 120
    assert changed[1] == added[1]                     # one stamp for one commit
    assert changed[2] == "an" and added[2] == "an" and added[3] and added[4]
    assert changed[0] == created_before                # an old feature keeps its creation stamp
