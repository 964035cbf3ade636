"""The sync panel fits beside the map on a 1366 × 768 screen, in English and in Vietnamese (issue 13)."""
import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QMainWindow, QWidget

from mymap_plugin.sync.gui.sync_panel import SyncPanel

MAX_WIDTH = 420   # a third of a 1366-pixel screen, leaving the map the rest


@pytest.fixture
def docked_panel(qgis_app, qgis_new_project):
    def dock():
        window = QMainWindow()
        window.setCentralWidget(QWidget())
        window.resize(1366, 768)
        panel = SyncPanel(None)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
        window.show()
        qgis_app.processEvents()
        made.append((window, panel))
        return window, panel
    made = []
    yield dock
    for window, panel in made:
        panel.unload()
        window.close()


def _check(window, panel):
    assert panel.minimumSizeHint().width() <= MAX_WIDTH
    assert panel.width() <= MAX_WIDTH
    assert panel.minimumSizeHint().height() <= 768 - 200
    assert window.centralWidget().width() >= 1366 - MAX_WIDTH - 10
    # Every button shows its whole text.
    for button in (panel.zoom_button, panel.edit_button, panel.mine_button, panel.theirs_button,
                   panel.restore_button, panel.sync_button):
        assert button.width() >= button.minimumSizeHint().width(), button.text()


def test_panel_fits_in_english(docked_panel):
    _check(*docked_panel())


def test_panel_fits_in_vietnamese(vietnamese, docked_panel):
    window, panel = docked_panel()
    assert panel.theirs_button.text() == "Giữ bản của người khác"
    _check(window, panel)
