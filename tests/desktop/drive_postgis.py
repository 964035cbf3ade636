"""Run inside QGIS desktop (qgis --code): the shared map in PostgreSQL/PostGIS (issue 14) as users reach it.

The test writes job.json into the output folder (the server's connection string, the ward's address and
schema, the trees to edit and the notes to write); this script, in a Vietnamese QGIS with MyMap:

1. saves a QGIS PostgreSQL connection for the server (as Browser ▸ PostgreSQL ▸ New Connection does),
   opens MyMap ▸ *Open PostGIS ward…* from the menu, chooses the connection and the ward's schema in the
   dialog and presses its Open button; looks at the layer group, the layers, the trees' style and form
   and the map themes;
2. edits a tree directly in the PostGIS layer (Toggle Editing, change the notes, Save Layer Edits), as
   the office does;
3. checks out a working copy from the PostgreSQL address (Processing, mymap:checkout), edits another
   tree directly in PostGIS, opens the working copy with MyMap, edits a third tree in it and saves,
   presses MyMap's Sync button and waits for the sync task.

Writes what it saw to status.json; the test reads the database and the working copy after QGIS quits.
"""
import json
import sqlite3
from contextlib import closing
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsProject, QgsProviderRegistry
from qgis.PyQt.QtCore import QDateTime, QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from qgis.utils import iface, plugins

from driver_status import OUTPUT, fail, guarded, quit_qgis, record, state

JOB = json.loads((OUTPUT / "job.json").read_text(encoding="utf-8"))
WORKING = Path(JOB["working_copy"])
WATCHDOG_MS = int(JOB.get("watchdog_s", 100)) * 1000
state_objects = {}          # what later steps reuse (the PostGIS ward's layer group)


def watchdog():
    if state["steps"][-1:] != ["done"]:
        modal = QApplication.activeModalWidget()
        fail("the driver did not finish within {} s (last step: {}; open dialog: {})".format(
            WATCHDOG_MS // 1000, state["steps"][-1:], modal.windowTitle() if modal is not None else None))


# ------------------------------------------------------------------ helpers
def table_of(layer):
    return layer.dataProvider().uri().table() if layer.providerType() == "postgres" else \
        layer.source().split("layername=")[-1].split("|")[0]


def working_layer(table):
    prefix = WORKING.resolve().as_posix() + "|"
    for layer in QgsProject.instance().mapLayers().values():
        if layer.source().startswith(prefix) and table_of(layer) == table:
            return layer
    raise LookupError("{} of the working copy {} is not in the project".format(table, WORKING))


def postgis_layer(table):
    group = state_objects["group"]
    for node in group.findLayers():
        if node.layer() is not None and table_of(node.layer()) == table:
            return node.layer()
    raise LookupError("the PostGIS ward's group has no layer {}".format(table))


def feature_by_uuid(layer, uuid):
    request = QgsFeatureRequest().setFilterExpression("\"uuid\" = '{}'".format(uuid))
    found = list(layer.getFeatures(request))
    if len(found) != 1:
        raise LookupError("{} features with uuid {} in {}".format(len(found), uuid, layer.name()))
    return found[0]


def edit_notes(layer, uuid, text):
    """A user's edit: Toggle Editing, change the notes of one feature, Save Layer Edits, Toggle Editing."""
    iface.setActiveLayer(layer)
    iface.actionToggleEditing().trigger()
    if not layer.isEditable():
        raise RuntimeError("Toggle Editing did not start editing {} ({})".format(layer.name(), layer.source()))
    feature = feature_by_uuid(layer, uuid)
    if not layer.changeAttributeValue(feature.id(), layer.fields().indexOf("notes"), text):
        raise RuntimeError("the notes of {} could not be changed in {}".format(uuid, layer.name()))
    iface.actionSaveActiveLayerEdits().trigger()
    if layer.isModified():
        raise RuntimeError("Save Layer Edits failed on {}: {}".format(layer.name(), layer.commitErrors()))
    iface.actionToggleEditing().trigger()          # nothing left unsaved: no question asked
    if layer.isEditable():
        raise RuntimeError("{} is still being edited after Toggle Editing".format(layer.name()))
    layer.reload()
    saved = feature_by_uuid(layer, uuid)
    return {"code": feature["asset_code"], "saved_notes": saved["notes"],
            "stamp_before": [plain(feature["updated_at"]), plain(feature["updated_by"])],
            "stamp_after": [plain(saved["updated_at"]), plain(saved["updated_by"])]}


def plain(value):
    """A field's value for status.json: None for NULL, a date-time as UTC text with its Z."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QDateTime):
        return value.toUTC().toString("yyyy-MM-ddTHH:mm:ss") + "Z"
    return value


def notes_in_working_copy():
    with closing(sqlite3.connect(str(WORKING))) as connection:
        return {key: (connection.execute("SELECT notes FROM trees WHERE uuid = ?", (uuid,)).fetchone() or [None])[0]
                for key, uuid in JOB["trees"].items()}


def menu_action(text):
    """The action called *text* in the MyMap submenu of the Plugins menu (the path a user takes)."""
    for entry in iface.pluginMenu().actions():
        submenu = entry.menu()
        if submenu is not None and submenu.title().replace("&", "") == "MyMap":
            texts = [action.text() for action in submenu.actions()]
            for action in submenu.actions():
                if action.text() == text:
                    return action, texts
            raise LookupError("MyMap's menu has no entry {!r}: {}".format(text, texts))
    raise LookupError("no MyMap menu in the Plugins menu")



# ------------------------------------------------------------------ 1. open the PostGIS ward
@guarded
def start():
    from mymap_plugin.i18n import tr
    iface.mainWindow().showMaximized()
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    # The user name stored with the connection, as the New Connection dialog's "Store" box does.
    metadata.saveConnection(metadata.createConnection(JOB["dsn"], {"saveUsername": True}), JOB["connection"])
    record("connection saved", connections=sorted(metadata.connections(False)))
    action, texts = menu_action(tr("Open PostGIS ward…"))
    if action is not plugins["mymap_plugin"].open_postgis_action:
        raise RuntimeError("the menu entry {!r} is not MyMap's Open PostGIS ward action".format(action.text()))
    record("menu", menu_entry=action.text(), menu_entries=texts)
    QTimer.singleShot(800, lambda: choose_in_dialog(0))
    action.trigger()                    # modal: the timers drive the dialog
    guarded(after_dialog)()


@guarded
def choose_in_dialog(tries):
    dialog = QApplication.activeModalWidget()
    if dialog is None or type(dialog).__name__ != "OpenPostgisWardDialog":
        if tries > 20:
            raise RuntimeError("the Open PostGIS ward dialog did not appear (active: {!r})".format(dialog))
        QTimer.singleShot(300, lambda: choose_in_dialog(tries + 1))
        return
    combo = dialog.connection
    offered = [combo.itemText(index) for index in range(combo.count())]
    index = combo.findText(JOB["connection"])
    if index < 0:
        raise RuntimeError("the dialog does not offer the QGIS connection {!r}: {}".format(JOB["connection"], offered))
    combo.setCurrentIndex(index)               # lists the ward schemas of that database
    QApplication.processEvents()
    schemas = [dialog.schema.itemText(index) for index in range(dialog.schema.count())]
    problem = dialog.message.text() if dialog.message.isVisible() else ""
    record("dialog", dialog_title=dialog.windowTitle(), connections_offered=offered, schemas=schemas,
           dialog_problem=problem, string_enabled=dialog.connection_string.isEnabled())
    index = dialog.schema.findText(JOB["schema"])
    if index < 0:
        raise RuntimeError("the dialog does not list the schema {!r}: {} ({})".format(JOB["schema"], schemas, problem))
    dialog.schema.setCurrentIndex(index)
    dialog.grab().save(str(OUTPUT / "open_postgis_ward_dialog.png"))
    QTimer.singleShot(1500, lambda: report_warning(dialog))
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.Ok).click()


@guarded
def report_warning(dialog):
    """Still open 1.5 s after Open: a warning box names what went wrong."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox):
        text = box.text()
        box.close()
        dialog.reject()
        fail("Open PostGIS ward refused: " + text)


def after_dialog():
    if state["steps"][-1:] == ["error"]:
        return
    group = plugins["mymap_plugin"].last_opened_group
    if group is None:
        raise RuntimeError("the Open PostGIS ward dialog opened no layer group")
    state_objects["group"] = group
    layers = {}
    for node in group.findLayers():
        layer = node.layer()
        layers[table_of(layer)] = {"name": layer.name(), "valid": layer.isValid(), "provider": layer.providerType(),
                                   "features": layer.featureCount(), "schema": layer.dataProvider().uri().schema()}
    trees = postgis_layer("trees")
    condition = trees.editorWidgetSetup(trees.fields().indexOf("condition"))
    labels = [label for entry in condition.config().get("map", []) for label in entry]
    project = QgsProject.instance()
    record("opened", group=group.name(), top_level=project.layerTreeRoot().children()[0] == group, layers=layers,
           trees_renderer=trees.renderer().type(), trees_labels=trees.labelsEnabled(),
           condition_widget=condition.type(), condition_labels=labels,
           condition_alias=trees.attributeAlias(trees.fields().indexOf("condition")),
           form_tabs=[tab.name() for tab in trees.editFormConfig().tabs()],
           themes=project.mapThemeCollection().mapThemes(), project_crs=project.crs().authid(),
           sources_with_password=[layer.name() for layer in project.mapLayers().values()
                                  if "password" in layer.source()])
    canvas = iface.mapCanvas()
    canvas.refreshAllLayers()
    canvas.waitWhileRendering()
    QTimer.singleShot(500, edit_postgis_before_checkout)


# ------------------------------------------------------------------ 2. the office edits PostGIS directly
@guarded
def edit_postgis_before_checkout():
    code = edit_notes(postgis_layer("trees"), JOB["trees"]["before_checkout"], JOB["notes"]["before_checkout"])
    record("edited in PostGIS", before_checkout_edit=code)
    QTimer.singleShot(300, check_out)


# ------------------------------------------------------------------ 3. a working copy, synced
@guarded
def check_out():
    import processing
    WORKING.parent.mkdir(parents=True, exist_ok=True)
    result = processing.run("mymap:checkout", {"SHARED": JOB["address"], "OUTPUT": str(WORKING), "EDITOR": "An"})
    record("checked out", checkout_output=result.get("OUTPUT"), notes_after_checkout=notes_in_working_copy())
    code = edit_notes(postgis_layer("trees"), JOB["trees"]["after_checkout"], JOB["notes"]["after_checkout"])
    record("edited in PostGIS again", after_checkout_edit=code)
    plugin = plugins["mymap_plugin"]
    group = plugin.open_ward(str(WORKING))              # MyMap ▸ Open ward map…
    if group is None:
        raise RuntimeError("MyMap could not open the working copy {}".format(WORKING))
    record("working copy opened", working_group=group.name())
    QTimer.singleShot(800, edit_working_copy)


@guarded
def edit_working_copy():
    trees = working_layer("trees")
    code = edit_notes(trees, JOB["trees"]["working_copy"], JOB["notes"]["working_copy"])
    record("edited in the working copy", working_copy_edit=code)
    plugin = plugins["mymap_plugin"]
    iface.setActiveLayer(trees)
    plugin.sync_action.trigger()                        # the Sync button
    panel = plugin.sync_panel
    if panel.task is None:
        raise RuntimeError("the Sync button started no sync: {!r} / {!r}".format(
            panel.last_error, panel.status_label.text()))
    record("sync started", sync_path=str(panel.task.working_path))
    QTimer.singleShot(500, lambda: wait_for_sync(0))


@guarded
def wait_for_sync(tries):
    panel = plugins["mymap_plugin"].sync_panel
    if panel.task is not None:
        if tries > 120:
            raise RuntimeError("the sync did not finish within 60 s")
        QTimer.singleShot(500, lambda: wait_for_sync(tries + 1))
        return
    report = panel.last_report
    panel_state = panel.refresh()
    trees = postgis_layer("trees")
    trees.reload()
    seen_in_postgis = feature_by_uuid(trees, JOB["trees"]["working_copy"])["notes"]
    record("synced", sync_error=panel.last_error, panel_text=panel.status_label.text(),
           panel_state={key: panel_state.get(key) for key in ("pending", "conflicts", "reachable", "editor")}
           if panel_state else None,
           report={"pushed": report.pushed, "pulled": report.pulled, "conflicts": report.conflicts,
                   "direct_edits": report.direct_edits, "rejected": report.rejected,
                   "messages": list(report.messages)} if report is not None else None,
           notes_after_sync=notes_in_working_copy(), postgis_layer_shows=seen_in_postgis)
    QApplication.primaryScreen().grabWindow(0).save(str(OUTPUT / "qgis_postgis.png"))
    record("done")
    QTimer.singleShot(200, quit_qgis)


QTimer.singleShot(WATCHDOG_MS, watchdog)
QTimer.singleShot(1000, start)
