"""Run inside QGIS desktop (qgis --code): click MyMap's “New ward map…”, fill the
dialog like a user, wait for the ward to open and render, take a screenshot."""
import traceback

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

from driver_status import OUTPUT, fail, quit_qgis, record









def fill_dialog():
    try:
        dialog = QApplication.activeModalWidget()
        record("dialog", dialog_title=dialog.windowTitle())
        dialog.output.setFilePath(str(OUTPUT / "my_hao.gpkg"))
        # The dialog starts empty (hints only): the user types the ward's own name and codes.
        record("dialog_starts_empty", empty=[w.text() for w in (dialog.ward_name, dialog.ward_code,
                                                                 dialog.province_code, dialog.link_template)])
        dialog.ward_name.setText("Phường Mỹ Hào")
        dialog.ward_code.setText("12103")
        dialog.province_code.setText("33")
        dialog.demo.setChecked(True)
        dialog.grab().save(str(OUTPUT / "new_ward_dialog.png"))
        dialog.accept()
    except Exception:  # report anything to the test
        fail(traceback.format_exc())


def wait_for_ward(plugin, tries=[0]):
    tries[0] += 1
    if plugin.last_opened_group is None:
        if tries[0] > 240:
            fail("the ward was not opened within 120 s")
            return
        QTimer.singleShot(500, lambda: wait_for_ward(plugin))
        return
    record("opened", layers=[n.name() for n in plugin.last_opened_group.findLayers()],
           crs=QgsProject.instance().crs().authid())
    canvas = iface.mapCanvas()
    canvas.mapCanvasRefreshed.connect(lambda: QTimer.singleShot(1500, screenshot))
    canvas.refreshAllLayers()


def screenshot(done=[False]):
    if done[0]:
        return
    done[0] = True
    screen = QApplication.primaryScreen().grabWindow(0)
    screen.save(str(OUTPUT / "qgis_desktop.png"))
    iface.mainWindow().grab().save(str(OUTPUT / "qgis_main_window.png"))
    record("screenshot", menu=[a.text() for a in plugins["mymap_plugin"].actions])
    QTimer.singleShot(200, zoom_in)


def zoom_in():
    """Zoom to a street at 1:1,500 (labels appear) and open a house's form."""
    try:
        from qgis.core import QgsRectangle
        from qgis.gui import QgsAttributeDialog
        canvas = iface.mapCanvas()
        canvas.setExtent(QgsRectangle(556380, 2315180, 556620, 2315330))
        canvas.refresh()
        canvas.waitWhileRendering()
        QApplication.processEvents()
        layers = {layer.source().split("layername=")[-1]: layer
                  for layer in QgsProject.instance().mapLayers().values()}
        housing = layers["housing"]
        house = next(housing.getFeatures("\"alley\" IS NULL AND \"house_number\" = '12'"))
        dialog = QgsAttributeDialog(housing, house, False, iface.mainWindow(), True)
        dialog.show()
        dialog.resize(620, 640)
        QApplication.processEvents()
        dialog.grab().save(str(OUTPUT / "housing_form.png"))
        tabs = [tab.name() for tab in housing.editFormConfig().tabs()]
        dialog.close()
        QTimer.singleShot(1500, lambda: finish_zoom(tabs))
    except Exception:
        fail(traceback.format_exc())


def finish_zoom(tabs):
    QApplication.primaryScreen().grabWindow(0).save(str(OUTPUT / "qgis_zoomed.png"))
    record("zoomed", form_tabs=tabs)
    QTimer.singleShot(200, label_dialog)


def label_dialog():
    """Open “Print QR labels…” (non-modal here so the script can look at it)."""
    try:
        from mymap_plugin.qr_labels.gui.label_dialog import LabelDialog
        dialog = LabelDialog(iface, iface.mainWindow())
        dialog.resize(1100, 760)
        dialog.show()
        dialog.refresh_preview()
        QApplication.processEvents()
        QTimer.singleShot(1000, lambda: finish_labels(dialog))
    except Exception:
        fail(traceback.format_exc())


def finish_labels(dialog):
    try:
        dialog.grab().save(str(OUTPUT / "label_dialog.png"))
        record("labels", label_message=dialog.message.text(), label_layer=dialog.layer.currentText())
        dialog.close()
        locate()
    except Exception:
        fail(traceback.format_exc())


def locate():
    """Scan a tag: the plugin's locator filter finds the asset, zooms and opens its form."""
    try:
        from qgis.core import QgsFeedback, QgsLocatorContext, QgsLocatorResult
        plugin = plugins["mymap_plugin"]
        layers = {layer.source().split("layername=")[-1]: layer
                  for layer in QgsProject.instance().mapLayers().values()}
        sensor = next(layers["sensors"].getFeatures())
        link = "HTTPS://DEMO.MYMAP.VN/A/{}".format(sensor["asset_code"])
        results = []
        keep = lambda result: results.append(QgsLocatorResult(result))
        plugin.locator_filter.resultFetched.connect(keep)
        plugin.locator_filter.fetchResults(link, QgsLocatorContext(), QgsFeedback())
        plugin.locator_filter.resultFetched.disconnect(keep)
        plugin.locator_filter.triggerResult(results[0])
        QTimer.singleShot(1500, lambda: finish_locate(sensor))
    except Exception:
        fail(traceback.format_exc())


def finish_locate(sensor):
    canvas = iface.mapCanvas()
    distance = canvas.center().distance(sensor.geometry().asPoint())
    forms = [w.windowTitle() for w in QApplication.topLevelWidgets()
             if w.isVisible() and w.inherits("QgsAttributeDialog")]
    QApplication.primaryScreen().grabWindow(0).save(str(OUTPUT / "qgis_located.png"))
    record("located", located_distance=distance, open_forms=forms)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.inherits("QgsAttributeDialog"):
            widget.close()
    QTimer.singleShot(200, sync_step)


def sync_step():
    """Two editors: Bình's edit reaches the shared map first; An edits the same field in QGIS and
    clicks MyMap's Sync button; the Sync panel shows the conflict."""
    try:
        import shutil
        from mymap_plugin.sync.checkout import checkout
        from mymap_plugin.sync.database import connect
        from mymap_plugin.sync.sync_working_copy import sync
        plugin = plugins["mymap_plugin"]
        folder = OUTPUT / "sync"
        folder.mkdir(exist_ok=True)
        shared = folder / "my_hao_shared.gpkg"
        shutil.copyfile(str(OUTPUT / "my_hao.gpkg"), str(shared))
        mine = checkout(shared, folder / "my_hao_an.gpkg", "An")["working"]
        theirs = checkout(shared, folder / "my_hao_binh.gpkg", "Bình")["working"]
        connection = connect(theirs)
        connection.execute("UPDATE trees SET condition = 'kem' WHERE asset_code = 'CX0000013'")
        connection.close()
        sync(theirs)
        QgsProject.instance().clear()
        plugin.open_ward(mine)
        layers = {layer.source().split("layername=")[-1]: layer
                  for layer in QgsProject.instance().mapLayers().values()}
        trees = layers["trees"]
        iface.setActiveLayer(trees)
        tree = next(trees.getFeatures("\"asset_code\" = 'CX0000013'"))
        trees.startEditing()
        trees.changeAttributeValue(tree.id(), trees.fields().indexOf("condition"), "nghieng")
        trees.commitChanges()
        plugin.sync_panel.refresh()
        before = plugin.sync_action.text()
        plugin.sync_action.trigger()
        QTimer.singleShot(500, lambda: wait_for_sync(plugin, before, tree))
    except Exception:
        fail(traceback.format_exc())


def wait_for_sync(plugin, before, tree, tries=[0]):
    tries[0] += 1
    panel = plugin.sync_panel
    if panel.task is not None:
        if tries[0] > 120:
            fail("the sync did not finish within 60 s")
            return
        QTimer.singleShot(500, lambda: wait_for_sync(plugin, before, tree))
        return
    try:
        panel.conflict_table.selectRow(0)
        panel.zoom_to_conflict()
        QApplication.processEvents()
        panel.resize(760, 520)
        panel.grab().save(str(OUTPUT / "sync_panel.png"))
        QTimer.singleShot(1500, lambda: finish_sync(plugin, before))
    except Exception:
        fail(traceback.format_exc())


def finish_sync(plugin, before):
    panel = plugin.sync_panel
    QApplication.primaryScreen().grabWindow(0).save(str(OUTPUT / "qgis_sync.png"))
    table = panel.conflict_table
    record("synced", sync_button_before=before, sync_button_after=plugin.sync_action.text(),
           conflict_rows=[[table.item(row, column).text() for column in range(table.columnCount())]
                          for row in range(table.rowCount())],
           sync_status=panel.status_label.text(), sync_error=panel.last_error)
    QTimer.singleShot(200, quit_qgis)


def start():
    try:
        plugin = plugins["mymap_plugin"]
        iface.mainWindow().showMaximized()
        record("plugin loaded")
        QTimer.singleShot(800, fill_dialog)
        plugin.new_ward_action.trigger()
        record("action triggered")
        wait_for_ward(plugin)
    except Exception:
        fail(traceback.format_exc())


QTimer.singleShot(1000, start)
