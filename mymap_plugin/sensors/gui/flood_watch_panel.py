"""The Flood watch panel: every sensor's state (alert level in the national colours, last
reading, online or offline), a chart of the chosen sensor's water depth with its thresholds,
and the periodic refresh from a SensorThings server, which runs in the background."""
import contextlib
import datetime
import sqlite3
from contextlib import closing

from qgis.core import QgsProject
from qgis.gui import QgsAuthConfigSelect
from qgis.PyQt.QtCore import QSettings, Qt
from qgis.PyQt.QtGui import QColor, QPixmap
from qgis.PyQt.QtWidgets import (QAbstractItemView, QCheckBox, QDockWidget, QFileDialog, QFormLayout, QHBoxLayout,
                                 QLabel, QLineEdit, QPushButton, QSpinBox, QTableWidget, QTableWidgetItem,
                                 QVBoxLayout, QWidget)

from ...errors import MyMapError
from ...i18n import tr
from ...ward_map import schema
from ...ward_map.edit_hooks import project_ward_path, ward_layer_info
from ...ward_map.styles import ALERT_COLOURS
from ...ward_map.ward_settings import read_only_connection
from ..periodic_refresh import PeriodicRefresh
from ..reading_values import UTC, BadReading, NoTimeZone, parse_time
from ..sensor_chart import plot_sensor_chart, save_sensor_chart, vietnam_text

SETTINGS_KEY = "MyMap/flood_watch/"
STATUS_TEXT = dict(schema.DOMAINS["operating_status"].values)
ALERT_TEXT = dict(schema.ALERT_LEVELS)


class FloodWatchPanel(QDockWidget):
    def __init__(self, iface=None, parent=None):
        super().__init__(tr("Flood watch"), parent)
        self.setObjectName("MyMapFloodWatchPanel")
        self.iface = iface
        self.ward = ""
        self.chart = None
        self.refresher = PeriodicRefresh(self)
        self.refresher.refreshed.connect(self._refreshed)
        self.refresher.failed.connect(self._failed)

        body = QWidget()
        layout = QVBoxLayout(body)
        self.ward_label = QLabel()
        self.ward_label.setWordWrap(True)
        layout.addWidget(self.ward_label)

        form = QFormLayout()
        self.source_edit = QLineEdit(QSettings().value(SETTINGS_KEY + "source", "", type=str))
        self.source_edit.setPlaceholderText("https://…/FROST-Server/v1.1")
        self.auth_select = QgsAuthConfigSelect(body)
        self.auth_select.setConfigId(QSettings().value(SETTINGS_KEY + "authcfg", "", type=str))
        self.interval_spin = QSpinBox()
        self.interval_spin.setRange(1, 1440)
        self.interval_spin.setSuffix(tr(" min"))
        self.interval_spin.setValue(QSettings().value(SETTINGS_KEY + "interval_min", 10, type=int))
        self.auto_check = QCheckBox(tr("Refresh automatically"))
        self.refresh_button = QPushButton(tr("Refresh now"))
        form.addRow(tr("SensorThings server"), self.source_edit)
        form.addRow(tr("Authentication"), self.auth_select)
        interval_row = QHBoxLayout()
        interval_row.addWidget(self.interval_spin)
        interval_row.addWidget(self.auto_check)
        interval_row.addWidget(self.refresh_button)
        form.addRow(tr("Every"), interval_row)
        layout.addLayout(form)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Sensor"), tr("Alert level"), tr("Water depth (cm)"),
                                              tr("Last reading (Vietnam time)"), tr("Status")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        chart_row = QHBoxLayout()
        self.days_spin = QSpinBox()
        self.days_spin.setRange(1, 366)
        self.days_spin.setValue(7)
        self.days_spin.setSuffix(tr(" days"))
        self.save_button = QPushButton(tr("Save chart as PNG…"))
        chart_row.addWidget(QLabel(tr("Chart of the last")))
        chart_row.addWidget(self.days_spin)
        chart_row.addStretch(1)
        chart_row.addWidget(self.save_button)
        layout.addLayout(chart_row)
        self.chart_label = QLabel()
        self.chart_label.setMinimumHeight(220)
        self.chart_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.chart_label, 1)
        self.setWidget(body)

        self.auto_check.toggled.connect(self.set_automatic)
        self.refresh_button.clicked.connect(self.refresh_now)
        self.table.itemSelectionChanged.connect(self.show_chart)
        self.days_spin.valueChanged.connect(self.show_chart)
        self.save_button.clicked.connect(self.save_chart)

    # ---------------------------------------------------------------- ward and table
    def find_ward(self):
        return project_ward_path()

    def set_ward(self, ward):
        self.ward = str(ward or "")
        self.refresh_table()

    def refresh_table(self):
        if not self.ward:
            self.ward = self.find_ward()
        if not self.ward:
            self.ward_label.setText(tr("Open a ward map to watch its sensors."))
            self.table.setRowCount(0)
            return
        self.ward_label.setText(tr("Ward map: {}").format(self.ward))
        try:
            with closing(read_only_connection(self.ward)) as connection:
                sensors = connection.execute(
                    "SELECT asset_code, station_name, last_alert_level, last_depth_cm, last_seen, operating_status "
                    "FROM sensors ORDER BY coalesce(last_alert_level, -1) DESC, station_name").fetchall()
        except sqlite3.Error as error:
            self.status_label.setText(tr("The ward map {} cannot be read: {}").format(self.ward, error))
            return
        selected = self.selected_sensor()
        self.table.setRowCount(len(sensors))
        for row, (code, name, level, depth, seen, status) in enumerate(sensors):
            shown = -1 if status == "mat_ket_noi" or level is None else level
            cells = ["{} ({})".format(name or "", code or ""), tr(ALERT_TEXT[shown]) if shown >= 0 else
                     tr("Offline or no reading"), "" if depth is None else "{:.1f}".format(depth),
                     _vietnam_time(seen), tr(STATUS_TEXT.get(status, status or ""))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, code)
                if column == 1:
                    item.setBackground(QColor(ALERT_COLOURS[shown]))
                self.table.setItem(row, column, item)
            if code == selected:
                self.table.selectRow(row)
        self.table.resizeColumnsToContents()
        if self.table.currentRow() < 0 and sensors:
            self.table.selectRow(0)

    def selected_sensor(self):
        items = self.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    # ---------------------------------------------------------------- chart
    def show_chart(self):
        code = self.selected_sensor()
        if not code or not self.ward:
            self.chart = None
            self.chart_label.clear()
            return None
        try:
            self.chart = plot_sensor_chart(self.ward, code, days=self.days_spin.value(), width=900, height=420)
        except MyMapError as error:
            self.chart = None
            self.chart_label.setText(str(error))
            return None
        pixmap = QPixmap.fromImage(self.chart.image)
        width = max(300, self.chart_label.width())
        self.chart_label.setPixmap(pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
        return self.chart

    def save_chart(self, path=None):
        if self.chart is None:
            return None
        if not path:
            path, _filter = QFileDialog.getSaveFileName(self, tr("Save chart"), "", tr("PNG image (*.png)"))
        if not path:
            return None
        try:
            return save_sensor_chart(self.chart, path)
        except MyMapError as error:
            self.status_label.setText(str(error))
            return None

    # ---------------------------------------------------------------- refresh
    def _source(self):
        source = self.source_edit.text().strip()
        QSettings().setValue(SETTINGS_KEY + "source", source)
        QSettings().setValue(SETTINGS_KEY + "interval_min", self.interval_spin.value())
        self.refresher.authcfg = self.auth_select.configId()
        QSettings().setValue(SETTINGS_KEY + "authcfg", self.refresher.authcfg)
        return source

    def refresh_now(self):
        source = self._source()
        if not source or not (self.ward or self.find_ward()):
            self.status_label.setText(tr("Give the SensorThings server's address and open a ward map first."))
            return None
        self.ward = self.ward or self.find_ward()
        self.refresher.ward, self.refresher.source = self.ward, source
        task = self.refresher.refresh_now()
        if task is not None:
            self.status_label.setText(tr("Refreshing readings in the background…"))
        return task

    def set_automatic(self, enabled, interval_s=None):
        if not enabled:
            self.refresher.stop()
            self.status_label.setText(tr("Automatic refresh is off."))
            return
        source = self._source()
        if not source or not (self.ward or self.find_ward()):
            self.status_label.setText(tr("Give the SensorThings server's address and open a ward map first."))
            with contextlib.suppress(RuntimeError):
                self.auto_check.setChecked(False)
            return
        self.ward = self.ward or self.find_ward()
        self.refresher.start(self.ward, source, interval_s or self.interval_spin.value() * 60)

    def _refreshed(self, report):
        text = tr("Refreshed at {}: {} new readings, {} flagged.").format(
            datetime.datetime.now().strftime("%H:%M"), report.stored, report.flagged)
        if report.errors:
            text += " " + " ".join(report.errors)
        self.status_label.setText(text)
        self.refresh_table()
        self.show_chart()
        for layer in QgsProject.instance().mapLayers().values():
            info = ward_layer_info(layer)
            if info and info[0] == self.ward and info[1] in ("sensors", "sensor_readings"):
                layer.reload()
                layer.triggerRepaint()

    def _failed(self, message):
        self.status_label.setText(message)

    def unload(self):
        self.refresher.stop()


def _vietnam_time(text):
    if not text:
        return ""
    with contextlib.suppress(BadReading, NoTimeZone):
        return vietnam_text(parse_time(text, UTC))
    return str(text)
