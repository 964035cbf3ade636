"""QGIS in the loop: editing a working copy through QgsVectorLayer with its layers open while it
syncs, and the Sync panel (state, saving open edit buffers, conflicts, history, revert)."""
import time

import pytest
from qgis.core import QgsApplication, QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

from mymap_plugin.sync.sync_working_copy import status, sync
from mymap_plugin.ward_map.create_ward_map import layer_source
from mymap_plugin.ward_map.edit_hooks import WardLayerWatcher
from tests.sync_helpers import assert_converged, assert_shared_healthy, execute, make_copies, make_shared, query


@pytest.fixture
def ward_in_qgis(demo_ward_master, tmp_path, qgis_new_project):
    shared = make_shared(demo_ward_master, tmp_path / "share")
    mine, theirs = make_copies(shared, tmp_path / "copies", ("An", "Binh"))
    project = QgsProject.instance()
    layers = {}
    for table in ("trees", "housing"):
        layer = QgsVectorLayer(layer_source(mine, table), table, "ogr")
        assert layer.isValid()
        project.addMapLayer(layer)
        layers[table] = layer
    watcher = WardLayerWatcher(project, user="an")
    yield shared, mine, theirs, layers
    watcher.unload()
    project.removeAllMapLayers()


def _first(layer, expression):
    from qgis.core import QgsFeatureRequest
    return next(layer.getFeatures(QgsFeatureRequest().setFilterExpression(expression)))


def test_edits_through_qgis_layers_sync_while_the_layers_stay_open(ward_in_qgis):
    shared, mine, theirs, layers = ward_in_qgis
    trees = layers["trees"]
    tree = _first(trees, "\"height_m\" IS NOT NULL")
    uuid = tree["uuid"]
    assert trees.startEditing()
    trees.changeAttributeValue(tree.id(), trees.fields().indexOf("notes"), "Cành gãy sau bão")
    new_tree = QgsFeature(trees.fields())
    new_tree.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(tree.geometry().asPoint().x() + 3,
                                                            tree.geometry().asPoint().y())))
    new_tree["height_m"] = 4.5
    assert trees.addFeature(new_tree)
    assert trees.commitChanges(), trees.commitErrors()
    new_uuid, new_code = query(mine, "SELECT uuid, asset_code FROM trees WHERE height_m = 4.5")[0]
    assert new_uuid and new_code.startswith("CX")

    report = sync(mine)                          # the layer is still open in QGIS
    assert report.pushed == 2
    assert query(shared, "SELECT notes FROM trees WHERE uuid = ?", (uuid,)) == [("Cành gãy sau bão",)]
    assert query(shared, "SELECT asset_code FROM trees WHERE uuid = ?", (new_uuid,)) == [(new_code,)]

    # Another editor changes the same tree; the open layer shows it after the next sync.
    execute(theirs, "UPDATE trees SET dbh_cm = 77.5 WHERE uuid = ?", (uuid,))
    assert sync(theirs).pushed == 1
    assert sync(mine).pulled == 1
    trees.reload()
    assert _first(trees, "\"uuid\" = '{}'".format(uuid))["dbh_cm"] == 77.5

    # Editing continues normally after the sync, and is captured again.
    assert trees.startEditing()
    trees.changeAttributeValue(_first(trees, "\"uuid\" = '{}'".format(uuid)).id(),
                               trees.fields().indexOf("condition"), "kem")
    assert trees.commitChanges(), trees.commitErrors()
    assert status(mine)["pending"] == 1
    sync(mine)
    sync(theirs)
    assert_converged(shared, [mine, theirs])
    assert_shared_healthy(shared)


def _wait_for(panel, timeout=60):
    deadline = time.monotonic() + timeout
    while panel.task is not None and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    assert panel.task is None, "the sync task did not finish"


def test_sync_panel_asks_before_saving_open_edits_and_shows_conflicts_and_history(ward_in_qgis, qgis_iface):
    from mymap_plugin.sync.gui.sync_panel import SyncPanel
    shared, mine, theirs, layers = ward_in_qgis
    trees = layers["trees"]
    qgis_iface.setActiveLayer(trees)
    answers = []
    panel = SyncPanel(qgis_iface, ask_to_save=lambda open_layers: answers.pop(0))
    try:
        tree = _first(trees, "\"height_m\" IS NOT NULL")
        uuid, code = tree["uuid"], tree["asset_code"]
        execute(theirs, "UPDATE trees SET height_m = 21.0 WHERE uuid = ?", (uuid,))
        sync(theirs)

        # An edit still in QGIS's edit buffer: declining keeps it there and sends nothing.
        assert trees.startEditing()
        trees.changeAttributeValue(tree.id(), trees.fields().indexOf("height_m"), 19.0)
        panel.refresh()
        assert "Layers with unsaved edits: 1" in panel.status_label.text()
        answers.append(False)
        assert panel.start_sync() is None
        assert trees.isModified() and status(mine)["pending"] == 0

        # Accepting saves the buffer, then syncs in the background: a same-field conflict.
        answers.append(True)
        assert panel.start_sync() is not None
        _wait_for(panel)
        assert not trees.isModified()
        assert panel.last_report.conflicts == 1
        assert panel.conflict_table.rowCount() == 1
        assert panel.conflict_table.item(0, 1).text() == code
        assert [panel.conflict_table.item(0, c).text() for c in (4, 5, 6)] == [str(tree["height_m"]), "19.0", "21.0"]
        trees.reload()
        assert _first(trees, "\"uuid\" = '{}'".format(uuid))["height_m"] == 21.0      # theirs, provisionally

        # Keep mine: an ordinary edit, sent with the next sync.
        panel.conflict_table.selectRow(0)
        assert panel.zoom_to_conflict() is not None
        assert panel.resolve_selected("mine")
        assert panel.conflict_table.rowCount() == 0
        assert status(mine)["pending"] == 1
        assert panel.start_sync() is not None
        _wait_for(panel)
        assert query(shared, "SELECT height_m FROM trees WHERE uuid = ?", (uuid,)) == [(19.0,)]

        # History of the selected tree: Binh's change and mine, newest first; revert the last changeset.
        trees.selectByIds([_first(trees, "\"uuid\" = '{}'".format(uuid)).id()])
        history = panel._history
        assert [(h["editor"], h["field"], h["old"], h["new"]) for h in history if h["field"] == "height_m"][:2] == [
            ("An", "height_m", 21.0, 19.0), ("Binh", "height_m", tree["height_m"], 21.0)]
        panel.history_table.selectRow(0)
        reverted, skipped = panel.revert_selected(confirm=False)
        assert reverted == 1 and skipped == []
        panel.start_sync()
        _wait_for(panel)
        assert query(shared, "SELECT height_m FROM trees WHERE uuid = ?", (uuid,)) == [(21.0,)]
        sync(theirs)
        assert_converged(shared, [mine, theirs])
        assert_shared_healthy(shared)
    finally:
        panel.unload()
        panel.deleteLater()
