"""Run inside QGIS desktop (qgis --code): the shared map open in QGIS (issue 11, point 2).

*Open ward map…* on the shared map, start editing a layer and cancel, then edit it directly
(Toggle Editing, change a field, Save Layer Edits) with QGIS's own actions; open a working copy
too, sync it with MyMap's Sync button and check out a second copy with the Processing algorithm,
all in this QGIS with the shared map still open. Writes what it saw to status.json."""
import sqlite3
from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

from driver_status import OUTPUT, fail, guarded, quit_qgis, record, state

SHARED = OUTPUT / "share" / "my_hao_shared.gpkg"
MINE = OUTPUT / "copies" / "my_hao_an.gpkg"
SECOND = OUTPUT / "copies" / "my_hao_binh.gpkg"
NOTE = "Sửa trực tiếp trên bản đồ chung"
state["modes"] = {}




def journal(path=SHARED):
    connection = sqlite3.connect(str(path), timeout=5)
    try:
        return connection.execute("PRAGMA journal_mode").fetchone()[0]
    finally:
        connection.close()


def note_mode(when):
    state["modes"][when] = journal()
    record("mode " + when)








def layer_of(path, table):
    for layer in QgsProject.instance().mapLayers().values():
        source = layer.source()
        if source.startswith(Path(path).resolve().as_posix() + "|") and source.endswith("layername=" + table):
            return layer
    raise LookupError("{} of {} is not in the project".format(table, path))


@guarded
def start():
    from mymap_plugin.sync.checkout import checkout
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    iface.mainWindow().showMaximized()
    SHARED.parent.mkdir(parents=True)
    MINE.parent.mkdir(parents=True)
    create_ward_map(SHARED, "Phường Mỹ Hào", "12103", "33", demo=True, language="vi")
    checkout(SHARED, MINE, "An")                 # the map is a shared map from now on
    record("shared map ready")
    plugins["mymap_plugin"].open_ward(str(SHARED))          # MyMap ▸ Open ward map…
    note_mode("opened")
    canvas = iface.mapCanvas()
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    QTimer.singleShot(1000, cancel_an_edit_session)


@guarded
def cancel_an_edit_session():
    housing = layer_of(SHARED, "housing")
    iface.setActiveLayer(housing)
    iface.actionToggleEditing().trigger()       # start editing …
    state["housing_editing"] = housing.isEditable()
    note_mode("editing")
    iface.actionToggleEditing().trigger()       # … and stop without a change
    note_mode("cancelled")
    QTimer.singleShot(500, edit_directly)


@guarded
def edit_directly():
    trees = layer_of(SHARED, "trees")
    iface.setActiveLayer(trees)
    iface.actionToggleEditing().trigger()
    tree = next(trees.getFeatures("\"height_m\" IS NOT NULL"))
    state["tree_uuid"] = tree["uuid"]
    trees.changeAttributeValue(tree.id(), trees.fields().indexOf("notes"), NOTE)
    iface.actionSaveActiveLayerEdits().trigger()
    iface.actionToggleEditing().trigger()       # nothing left unsaved: no question asked
    state["trees_editing_after_save"] = trees.isEditable()
    note_mode("saved")
    iface.mapCanvas().refreshAllLayers()
    QTimer.singleShot(1500, sync_with_an_edit_session_open)


@guarded
def sync_with_an_edit_session_open():
    """An edit session left open on the shared map in this QGIS: the Sync button says so."""
    plugin = plugins["mymap_plugin"]
    plugin.open_ward(str(MINE))
    trees = layer_of(SHARED, "trees")
    iface.setActiveLayer(trees)
    iface.actionToggleEditing().trigger()
    iface.setActiveLayer(layer_of(MINE, "trees"))
    plugin.sync_action.trigger()
    QTimer.singleShot(500, lambda: wait_for_sync(after_blocked_sync))


def wait_for_sync(then, tries=[0]):
    tries[0] += 1
    if plugins["mymap_plugin"].sync_panel.task is not None:
        if tries[0] > 240:
            fail("a sync did not finish within 120 s")
            return
        QTimer.singleShot(500, lambda: wait_for_sync(then))
        return
    guarded(then)()


def after_blocked_sync():
    panel = plugins["mymap_plugin"].sync_panel
    record("blocked sync", blocked_error=panel.last_error, trees_layer_name=layer_of(SHARED, "trees").name())
    iface.setActiveLayer(layer_of(SHARED, "trees"))
    iface.actionToggleEditing().trigger()       # stop editing (nothing changed)
    iface.setActiveLayer(layer_of(MINE, "trees"))
    plugins["mymap_plugin"].sync_action.trigger()
    QTimer.singleShot(500, lambda: wait_for_sync(after_sync))


def after_sync():
    import processing
    panel = plugins["mymap_plugin"].sync_panel
    report = panel.last_report
    record("synced", sync_error=panel.last_error,
           direct_edits=getattr(report, "direct_edits", None), pulled=getattr(report, "pulled", None))
    note_mode("synced")
    result = processing.run("mymap:checkout", {"SHARED": str(SHARED), "OUTPUT": str(SECOND), "EDITOR": "Bình"})
    record("checked out", checkout_output=result.get("OUTPUT"))
    note_mode("checked out")
    connection = sqlite3.connect(str(SHARED))
    try:
        stamp = connection.execute("SELECT updated_at, updated_by FROM trees WHERE uuid = ?",
                                   (state["tree_uuid"],)).fetchone()
    finally:
        connection.close()
    notes = {}
    for name, path in (("mine", MINE), ("second", SECOND)):
        connection = sqlite3.connect(str(path))
        try:
            row = connection.execute("SELECT notes FROM trees WHERE uuid = ?", (state["tree_uuid"],)).fetchone()
            notes[name] = row[0] if row else None
        finally:
            connection.close()
    QApplication.primaryScreen().grabWindow(0).save(str(OUTPUT / "qgis_shared_map.png"))
    record("done", notes=notes, stamp=list(stamp), wal_files=sorted(
        p.name for p in SHARED.parent.iterdir() if p.name.endswith(("-wal", "-shm"))),
        shared_in_project=any(layer.source().startswith(SHARED.resolve().as_posix())
                              for layer in QgsProject.instance().mapLayers().values()))
    QTimer.singleShot(200, quit_qgis)


QTimer.singleShot(1000, start)
