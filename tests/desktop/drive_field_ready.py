"""Run inside QGIS desktop (qgis --code): issue 13's field-ready checks, one scenario per run.

The test writes job.json into the output folder ({"scenario": …, paths and values}); this script
does what a user would do in that QGIS and writes what it saw to status.json:

- "labels" (Vietnamese QGIS with MyMap): open the ward, select trees, *Print QR labels…*, choose the
  trees layer, look at the sheet chosen and why, try a sheet too small for the link, save the PDF
  through the dialog's own Save button and file dialog.
- "new_ward" (English QGIS with MyMap): *New ward map…*, look at the empty fields and the language
  offered, fill them in, Create, wait for the ward to open.
- "moved" (QGIS without MyMap): add every table of a moved GeoPackage as a user dragging it in.
- "qfield" (QGIS without MyMap): open the project of a moved QField folder.
"""
import json
import os
import sqlite3
import sys
from contextlib import closing

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QLineEdit
from qgis.utils import iface, plugins

from driver_status import OUTPUT, fail, guarded, quit_qgis, record, state

JOB = json.loads((OUTPUT / "job.json").read_text(encoding="utf-8"))










def project_layers():
    """Table name → layer of the project."""
    return {layer.source().split("layername=")[-1].split("|")[0]: layer
            for layer in QgsProject.instance().mapLayers().values()}


def shown_values(layer, field, values):
    """What the field's drop-down shows for each stored value (the field's own formatter, as the
    attribute table and the form show it)."""
    index = layer.fields().indexOf(field)
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    cache = formatter.createCache(layer, index, setup.config())
    return setup.type(), {str(value): formatter.representValue(layer, index, setup.config(), cache, value)
                          for value in values}


def photo_setup(layer):
    setup = layer.editorWidgetSetup(layer.fields().indexOf("photo"))
    return {"type": setup.type(), "relative": setup.config().get("RelativeStorage"),
            "root": setup.config().get("DefaultRoot", "")}


# ------------------------------------------------------------------ labels
@guarded
def labels_start():
    plugin = plugins["mymap_plugin"]
    iface.mainWindow().showMaximized()
    plugin.open_ward(JOB["ward"])
    trees = project_layers()["trees"]
    codes = ", ".join("'{}'".format(code) for code in JOB["selected_codes"])
    trees.selectByExpression("\"asset_code\" IN ({})".format(codes))
    iface.setActiveLayer(trees)
    record("opened", selected=trees.selectedFeatureCount(), trees_layer=trees.name())
    QTimer.singleShot(800, lambda: look_at_label_dialog(trees))
    plugin.labels_action.trigger()          # modal: the timers above drive it


def dialog_state(dialog):
    QApplication.processEvents()
    return {"template": dialog.template.currentData(), "payload": dialog.payload.currentIndex(),
            "message": dialog.message.text(), "code_only_offered": dialog.code_only_button.isVisible(),
            "save_enabled": dialog.save_button.isEnabled(), "layer": dialog.layer.currentText()}


@guarded
def look_at_label_dialog(trees):
    dialog = QApplication.activeModalWidget()
    record("label dialog", label_dialog=type(dialog).__name__, first_layer=dialog.layer.currentText())
    dialog.layer.setCurrentIndex(dialog.layer.findData(trees.id()))
    dialog.refresh_preview()
    all_trees = dialog_state(dialog)
    dialog.selected_only.setChecked(True)
    dialog.refresh_preview()
    selection = dialog_state(dialog)
    dialog.grab().save(str(OUTPUT / "label_dialog_trees.png"))
    # The user picks an address-label sheet too small for a tree's link: it stays, and says so.
    dialog.template.setCurrentIndex(dialog.template.findData("L7160"))
    dialog.refresh_preview()
    too_small = dialog_state(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData(all_trees["template"]))
    dialog.refresh_preview()
    record("label choices", all_trees=all_trees, selection=selection, too_small=too_small,
           back=dialog_state(dialog))
    QTimer.singleShot(800, fill_save_dialog)
    dialog.save_button.click()              # opens the file dialog (modal)
    wait_for_pdf(dialog)


@guarded
def fill_save_dialog():
    chooser = QApplication.activeModalWidget()
    if not isinstance(chooser, QFileDialog):
        fail("no file dialog after Save PDF…, found {!r}".format(chooser))
        return
    record("file dialog", file_dialog=chooser.windowTitle())
    chooser.setDirectory(os.path.dirname(JOB["pdf"]))
    chooser.findChild(QLineEdit, "fileNameEdit").setText(os.path.basename(JOB["pdf"]))
    buttons = chooser.findChild(QDialogButtonBox)
    save = next(button for button in buttons.buttons()
                if buttons.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole)
    save.click()


@guarded
def wait_for_pdf(dialog, tries=[0]):
    tries[0] += 1
    if not dialog.mark_button.isEnabled():
        if tries[0] > 240:
            raise AssertionError("the PDF was not written within 120 s: " + dialog.message.text())
        QTimer.singleShot(500, lambda: wait_for_pdf(dialog))
        return
    record("printed", printed_message=dialog.message.text())
    dialog.reject()
    QTimer.singleShot(200, quit_qgis)


# ---------------------------------------------------------------- new ward
@guarded
def new_ward_start():
    plugin = plugins["mymap_plugin"]
    iface.mainWindow().showMaximized()
    QTimer.singleShot(800, fill_new_ward)
    plugin.new_ward_action.trigger()        # modal until the dialog is accepted
    wait_for_ward(plugin)


@guarded
def fill_new_ward():
    dialog = QApplication.activeModalWidget()
    fields = (dialog.ward_name, dialog.ward_code, dialog.province_code, dialog.link_template)
    record("dialog", dialog_title=dialog.windowTitle(), texts=[w.text() for w in fields],
           hints=[w.placeholderText() for w in fields], language=dialog.language.currentData(),
           language_text=dialog.language.currentText(),
           languages=[dialog.language.itemText(i) for i in range(dialog.language.count())])
    dialog.output.setFilePath(JOB["ward"])
    dialog.ward_name.setText(JOB["ward_name"])
    dialog.ward_code.setText(JOB["ward_code"])
    dialog.province_code.setText(JOB["province_code"])
    dialog.link_template.setText(JOB["link_template"])
    dialog.hotline.setText(JOB["hotline"])
    record("filled", link_problem=dialog.link_template_message.text())
    dialog.grab().save(str(OUTPUT / "new_ward_dialog_en.png"))
    dialog.accept()
    if dialog.isVisible():
        raise AssertionError("the New ward dialog refused the input")


@guarded
def wait_for_ward(plugin, tries=[0]):
    tries[0] += 1
    if plugin.last_opened_group is None:
        if tries[0] > 240:
            raise AssertionError("the ward was not opened within 120 s")
        QTimer.singleShot(500, lambda: wait_for_ward(plugin))
        return
    record("opened", group=plugin.last_opened_group.name(),
           layers=sorted(n.name() for n in plugin.last_opened_group.findLayers()))
    QTimer.singleShot(200, quit_qgis)


# ------------------------------------------------------- without MyMap
def without_mymap():
    return {"mymap_loaded": "mymap_plugin" in sys.modules or "mymap_plugin" in plugins}


def check_layers(layers):
    """Every layer valid; the drop-downs and the photo field as QGIS shows them."""
    invalid = sorted(name for name, layer in layers.items() if not layer.isValid())
    groups = shown_values(layers["housing"], "residential_group_id", JOB["group_values"])
    species = shown_values(layers["trees"], "species_id", JOB["species_values"])
    record("checked", layer_count=len(layers), invalid=invalid, group_widget=groups[0], groups=groups[1],
           species_widget=species[0], species=species[1], photo=photo_setup(layers["trees"]),
           **without_mymap())


@guarded
def moved_start():
    """Drag the GeoPackage in: QGIS offers its tables; the user adds them all."""
    record("started", **without_mymap())
    iface.mainWindow().showMaximized()
    path = JOB["ward"]
    with closing(sqlite3.connect(path)) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT table_name FROM gpkg_contents WHERE data_type IN ('features', 'attributes') ORDER BY 1")]
    # As QGIS adds the tables picked after a drop: all at once (the project takes the first one's CRS).
    layers = {table: QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr") for table in tables}
    QgsProject.instance().addMapLayers([layers[table] for table in tables])
    iface.mapCanvas().zoomToFullExtent()
    record("added", tables=tables, crs=QgsProject.instance().crs().authid())
    check_layers(layers)
    QTimer.singleShot(200, quit_qgis)


@guarded
def qfield_start():
    iface.mainWindow().showMaximized()
    opened = QgsProject.instance().read(JOB["project"])
    record("project read", read=opened, project_layers=len(QgsProject.instance().mapLayers()))
    check_layers(project_layers())
    QTimer.singleShot(200, quit_qgis)


def watchdog():
    """A dialog nobody expected blocks QGIS: say which, so the test fails with its text, not a timeout."""
    widget = QApplication.activeModalWidget()
    if widget is not None and state["steps"][-1:] != ["checked"]:
        texts = [label.text() for label in widget.findChildren(QLabel)]
        fail("blocked by the dialog {!r} ({}): {}".format(widget.windowTitle(), type(widget).__name__, texts))


QTimer.singleShot(int(JOB.get("watchdog_s", 150)) * 1000, watchdog)
SCENARIOS = {"labels": labels_start, "new_ward": new_ward_start, "moved": moved_start, "qfield": qfield_start}
QTimer.singleShot(1000, SCENARIOS[JOB["scenario"]])
