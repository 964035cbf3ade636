"""The Flood watch panel: the sensors' state, the chart, and the periodic refresh from a
SensorThings server running in the background while the GUI keeps going."""
import datetime
import time

import pytest
from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QColor, QImage

from mymap_plugin.sensors.gui.flood_watch_panel import FloodWatchPanel
from mymap_plugin.ward_map.styles import ALERT_COLOURS
from tests.sensorthings_server import SensorThingsServer
from tests.conftest import query as rows

pytestmark = pytest.mark.usefixtures("no_proxy_for_localhost")


def test_table_and_chart(demo_ward, tmp_path, qgis_app):
    panel = FloodWatchPanel()
    panel.set_ward(demo_ward)
    assert panel.table.rowCount() == 20
    # Sorted by alert level, highest first, coloured in the national colours; the silent station is grey.
    (top_level,), = rows(demo_ward, "SELECT max(last_alert_level) FROM sensors WHERE operating_status <> 'mat_ket_noi'")
    assert panel.table.item(0, 1).background().color() == QColor(ALERT_COLOURS[top_level])
    offline = [r for r in range(20) if panel.table.item(r, 4).text() == "Offline"]
    assert len(offline) == 1 and panel.table.item(offline[0], 1).background().color() == QColor(ALERT_COLOURS[-1])
    assert panel.table.item(offline[0], 1).text() == "Offline or no reading"
    panel.table.selectRow(0)
    chart = panel.show_chart()
    assert chart is not None and chart.readings > 900           # a week of 10-minute readings
    assert not panel.chart_label.pixmap().isNull()
    saved = panel.save_chart(str(tmp_path / "chart.png"))
    image = QImage(str(saved))
    (threshold,), = rows(demo_ward, "SELECT threshold_1_cm FROM sensors WHERE asset_code = ?", panel.selected_sensor())
    threshold_row = round(chart.value_to_y(threshold))
    colour = QColor(ALERT_COLOURS[1])
    hits = sum(1 for x in range(int(chart.plot.left()), int(chart.plot.right()), 3)
               if abs(QColor(image.pixel(x, threshold_row)).red() - colour.red()) < 40
               and abs(QColor(image.pixel(x, threshold_row)).blue() - colour.blue()) < 40)
    assert hits > 0.3 * (chart.plot.width() / 3)
    panel.unload()


def test_periodic_refresh_runs_in_the_background(demo_ward, qgis_app):
    start = datetime.datetime(2025, 9, 29, tzinfo=datetime.timezone.utc)
    observations = [((start + datetime.timedelta(minutes=10 * k)).strftime("%Y-%m-%dT%H:%M:%SZ"), 2300)
                    for k in range(30)]
    streams = {2000 + n: {"name": "d", "unit": "mm", "quantity": "distance", "thing_id": 1000 + n,
                          "observations": observations if n == 1 else []} for n in range(1, 21)}
    panel = FloodWatchPanel()
    panel.set_ward(demo_ward)
    with SensorThingsServer(streams, page_size=10, delay=0.05) as server:
        panel.source_edit.setText(server.url)
        panel.set_automatic(True, interval_s=10)
        panel.refresher.set_interval_ms(400)
        assert panel.refresher.is_active()
        spins, longest, last = 0, 0.0, time.monotonic()
        deadline = time.monotonic() + 60
        while panel.refresher.runs < 3 and time.monotonic() < deadline:
            QgsApplication.processEvents()
            now = time.monotonic()
            longest, last = max(longest, now - last), now
            spins += 1
            time.sleep(0.005)
        status = panel.status_label.text()
        panel.set_automatic(False)
    assert panel.refresher.runs >= 3
    # The GUI thread kept turning while imports ran in QGIS's task manager.
    assert spins > 50 and longest < 1.0, (spins, longest)
    # 30 new readings, stored once however many refreshes ran; the sensor's state followed.
    assert rows(demo_ward, "SELECT count(*) FROM sensor_readings WHERE phenomenon_time >= '2025-09-29'") == [(30,)]
    assert "Refreshed at" in status and "new readings" in status
    (depth,), = rows(demo_ward, "SELECT last_depth_cm FROM sensors WHERE sta_datastream_id = '2001'")
    assert depth == 20.0            # 250 cm − 230 cm
    assert not panel.refresher.is_active()
    panel.unload()
