"""Run inside QGIS desktop (qgis --code): click MyMap's “New ward map…”, fill the
dialog like a user, wait for the ward to open and render, take a screenshot."""
import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import iface, plugins

OUTPUT = Path(os.environ["MYMAP_TEST_OUTPUT"])
STATUS = OUTPUT / "status.json"
state = {"steps": []}


def record(step, **extra):
    state["steps"].append(step)
    state.update(extra)
    STATUS.write_text(json.dumps(state, ensure_ascii=False, indent=1), encoding="utf-8")


def fail(error):
    record("error", error=error)
    QTimer.singleShot(100, quit_qgis)


def quit_qgis():
    QgsProject.instance().setDirty(False)
    QApplication.instance().quit()


def fill_dialog():
    try:
        dialog = QApplication.activeModalWidget()
        record("dialog", dialog_title=dialog.windowTitle())
        dialog.output.setFilePath(str(OUTPUT / "my_hao.gpkg"))
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
        link = "HTTPS://WARD.EXAMPLE.VN/A/{}".format(sensor["asset_code"])
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
