"""What every desktop driver script shares (run inside QGIS by `qgis --code`, found through the
PYTHONPATH run_qgis sets): the status.json it writes for the test, and how it stops QGIS."""
import json
import os
import traceback
from pathlib import Path

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication

OUTPUT = Path(os.environ["MYMAP_TEST_OUTPUT"])
STATUS = OUTPUT / "status.json"
state = {"steps": []}


def record(step, **extra):
    state["steps"].append(step)
    state.update(extra)
    STATUS.write_text(json.dumps(state, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


def fail(error):
    if state["steps"][-1:] == ["error"]:          # the first error is the one to report
        return
    record("error", error=error)
    QTimer.singleShot(100, quit_qgis)


def quit_qgis():
    QgsProject.instance().setDirty(False)
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and widget.isModal():
            widget.close()
    QApplication.instance().quit()


def guarded(function):
    def run(*args):
        try:
            function(*args)
        except Exception:  # report anything to the test
            fail(traceback.format_exc())
    return run
