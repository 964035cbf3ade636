"""The "Import assets…" dialog: choose the source, the target layer and the field map, see the
coordinate checks, the first rows as they will be stored and where they land on the map, then
import in the background. The work is done by :mod:`..import_assets`."""
from pathlib import Path

from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsFeature, QgsPalLayerSettings, QgsProject,
                       QgsTextBufferSettings, QgsTextFormat, QgsVectorLayer, QgsVectorLayerSimpleLabeling)
from qgis.gui import QgsFieldExpressionWidget, QgsFileWidget, QgsMapCanvas, QgsProjectionSelectionWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                                 QHBoxLayout, QLabel, QPushButton, QSplitter, QTableWidget,
                                 QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...background_task import BackgroundTask
from ...compat import resolve_gui_enum
from ...errors import MyMapError
from ...i18n import tr, translate_function
from ...ward_map import schema
from ...ward_map.create_ward_map import layer_source
from ...ward_map.ward_settings import read_settings
from ..field_mapping import FieldMap, FieldRule, bundled_maps, default_field_map, importable_fields, load_field_map
from ..import_assets import PREVIEW_ROWS, TARGETS, import_assets, open_source, prepare_import

SEVERITY_COLOURS = {"error": "#b71c1c", "warning": "#e65100", "info": "#1b5e20"}
CRS_NOT_SET = resolve_gui_enum(("QgsProjectionSelectionWidget", "CrsOption", "CrsNotSet"))


def value_labels(layer_def, names, ward):
    """A function (field name, stored value) → the text the ward's forms show for it: the
    domain's label in the ward's language ("Hiện hữu", not the stored code hien_huu)."""
    try:
        translate = translate_function(read_settings(ward).language)
    except MyMapError:          # not a ward map: the interface language
        translate = tr
    labels = {}
    for name in names:
        field_def = layer_def.field(name)
        if field_def.domain:
            labels[name] = {code: translate(label) for code, label in schema.DOMAINS[field_def.domain].values}

    def shown(name, value):
        if value is None:
            return ""
        return labels.get(name, {}).get(value, str(value))
    return shown


def readable_preview_style(layer) -> None:
    """Previewed rows drawn to stand out over the residential groups: a strong colour with a
    white edge, and the row number of the table beside each one."""
    symbol = layer.renderer().symbol()
    symbol.setColor(QColor("#d81b60"))
    base = symbol.symbolLayer(0)
    if hasattr(base, "setStrokeColor"):
        base.setStrokeColor(QColor("#ffffff"))
    if hasattr(base, "setSize"):
        base.setSize(3.0)
    elif hasattr(base, "setWidth"):
        base.setWidth(0.8)
    settings = QgsPalLayerSettings()
    settings.fieldName = "row"
    text = QgsTextFormat()
    text.setSize(8.0)
    text.setColor(QColor("#880e4f"))
    halo = QgsTextBufferSettings()
    halo.setEnabled(True)
    halo.setColor(QColor("#ffffff"))
    text.setBuffer(halo)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


class ImportAssetsTask(BackgroundTask):
    def __init__(self, arguments):
        super().__init__(tr("Importing assets"), lambda feedback: import_assets(
            **arguments, feedback=lambda percent, _text: feedback.setProgress(percent),
            cancelled=feedback.isCanceled))
        self.failure_message = tr("The import failed: {}")


class ImportAssetsDialog(QDialog):
    def __init__(self, iface=None, ward_path="", parent=None):
        super().__init__(parent)
        self.iface = iface
        self.task = None
        self.source = None
        self.rules = {}                    # target field → FieldRule (values kept from a loaded map)
        self.setWindowTitle(tr("Import assets"))
        self.resize(1000, 720)

        self.source_widget = QgsFileWidget()
        self.source_widget.setFilter(tr("Vector data") + " (*.gpkg *.shp *.geojson *.json *.dxf *.kml *.csv)")
        self.ward_widget = QgsFileWidget()
        self.ward_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.ward_widget.setFilePath(str(ward_path or ""))
        self.target_combo = QComboBox()
        for name in TARGETS:
            self.target_combo.addItem(tr(schema.LAYERS_BY_NAME[name].title), name)
        self.crs_widget = QgsProjectionSelectionWidget()
        self.crs_widget.setOptionVisible(CRS_NOT_SET, True)
        self.crs_widget.setNotSetText(tr("The source's own"))
        self.crs_widget.setCrs(QgsCoordinateReferenceSystem())
        self.swap_check = QCheckBox(tr("Swap X and Y (X is the northing)"))
        self.confirm_check = QCheckBox(tr("Import even though the coordinate checks warn"))

        form = QFormLayout()
        form.addRow(tr("Source data"), self.source_widget)
        form.addRow(tr("Import into"), self.target_combo)
        form.addRow(tr("Ward map"), self.ward_widget)
        form.addRow(tr("Source coordinate system"), self.crs_widget)
        form.addRow("", self.swap_check)

        self.map_table = QTableWidget(0, 2)
        self.map_table.setHorizontalHeaderLabels([tr("Target field"), tr("Source field or expression")])
        self.map_table.horizontalHeader().setStretchLastSection(True)
        self.bundled_combo = QComboBox()
        self.bundled_combo.addItem(tr("Fields with the same names"), "")
        for name in bundled_maps():
            self.bundled_combo.addItem(name, name)
        load_button = QPushButton(tr("Load map…"))
        save_button = QPushButton(tr("Save map…"))
        map_buttons = QHBoxLayout()
        map_buttons.addWidget(QLabel(tr("Field map")))
        map_buttons.addWidget(self.bundled_combo, 1)
        map_buttons.addWidget(load_button)
        map_buttons.addWidget(save_button)
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.addLayout(map_buttons)
        map_layout.addWidget(self.map_table)

        self.preview_table = QTableWidget(0, 0)
        self.canvas = QgsMapCanvas()
        self.canvas.setCanvasColor(QColor("#ffffff"))
        preview_page = QSplitter(Qt.Orientation.Horizontal)
        preview_page.addWidget(self.preview_table)
        preview_page.addWidget(self.canvas)
        self.tabs = QTabWidget()
        self.tabs.addTab(map_page, tr("Field map"))
        self.tabs.addTab(preview_page, tr("Preview"))

        self.findings_label = QLabel()
        self.findings_label.setWordWrap(True)
        self.findings_label.setTextFormat(Qt.TextFormat.RichText)
        self.fix_button = QPushButton()
        self.fix_button.hide()
        preview_button = QPushButton(tr("Preview"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        bottom = QHBoxLayout()
        bottom.addWidget(preview_button)
        bottom.addWidget(self.fix_button)
        bottom.addWidget(self.confirm_check)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.findings_label)
        layout.addLayout(bottom)

        self.source_widget.fileChanged.connect(self.source_changed)
        self.target_combo.currentIndexChanged.connect(self.reset_map)
        self.bundled_combo.currentIndexChanged.connect(self.reset_map)
        load_button.clicked.connect(self.load_map)
        save_button.clicked.connect(self.save_map)
        preview_button.clicked.connect(self.preview)
        self.fix_button.clicked.connect(self.apply_fix)
        self.buttons.rejected.connect(self.reject)
        self.import_button.clicked.connect(self.start_import)
        self._fix = None
        self._layers = []

    # ------------------------------------------------------------------ inputs
    def target(self):
        return self.target_combo.currentData()

    def source_changed(self, path=None):
        path = path if path is not None else self.source_widget.filePath()
        self.source = None
        if path:
            try:
                self.source = open_source(path)
            except MyMapError as error:
                self.show_message(str(error), "error")
        self.reset_map()

    def reset_map(self, *_args):
        names = self.source.fields().names() if self.source is not None else []
        bundled = self.bundled_combo.currentData()
        try:
            field_map = load_field_map(bundled, self.target()) if bundled else default_field_map(self.target(), names)
        except MyMapError as error:       # a bundled map for another layer
            self.show_message(str(error), "warning")
            field_map = default_field_map(self.target(), names)
        self.fill_map_table(field_map)

    def fill_map_table(self, field_map: FieldMap):
        self.rules = dict(field_map.rules)
        fields = importable_fields(schema.LAYERS_BY_NAME[self.target()])
        for row in range(self.map_table.rowCount()):     # hidden at once, deleted by Qt later
            old = self.map_table.cellWidget(row, 1)
            if old is not None:
                old.hide()
                self.map_table.removeCellWidget(row, 1)
        self.map_table.setRowCount(len(fields))
        for row, field_def in enumerate(fields):
            item = QTableWidgetItem(tr(field_def.alias))
            item.setData(Qt.ItemDataRole.UserRole, field_def.name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.map_table.setItem(row, 0, item)
            widget = QgsFieldExpressionWidget()
            widget.setAllowEmptyFieldName(True)
            if self.source is not None:
                widget.setLayer(self.source)
            rule = self.rules.get(field_def.name)
            widget.setExpression(rule.expression if rule else "")
            self.map_table.setCellWidget(row, 1, widget)
        self.map_table.resizeColumnToContents(0)

    def field_map(self) -> FieldMap:
        rules = {}
        for row in range(self.map_table.rowCount()):
            name = self.map_table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            expression = self.map_table.cellWidget(row, 1).expression().strip()
            if not expression:
                continue
            previous = self.rules.get(name)
            if previous is not None and previous.expression == expression:
                rules[name] = previous
            else:
                rules[name] = FieldRule(expression)
        return FieldMap(self.target(), rules)

    def load_map(self):
        path, _filter = QFileDialog.getOpenFileName(self, tr("Load field map"), "", tr("Field map (*.json)"))
        if not path:
            return
        try:
            self.fill_map_table(load_field_map(path, self.target()))
        except MyMapError as error:
            self.show_message(str(error), "error")

    def save_map(self):
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save field map"), "", tr("Field map (*.json)"))
        if path:
            if not path.lower().endswith(".json"):
                path += ".json"
            self.field_map().save(path)

    def arguments(self):
        crs = self.crs_widget.crs()
        return dict(ward=self.ward_widget.filePath(), source=self.source_widget.filePath(), target=self.target(),
                    field_map=self.field_map(), crs=crs if crs.isValid() else None,
                    swap_xy=self.swap_check.isChecked())

    # ----------------------------------------------------------------- preview
    def show_message(self, text, severity="info"):
        self.findings_label.setText('<span style="color:{}">{}</span>'.format(
            SEVERITY_COLOURS.get(severity, "#000000"), text.replace("<", "&lt;")))

    def preview(self):
        """Map and check the first rows; show them, the findings and where they land."""
        self._fix = None
        self.fix_button.hide()
        try:
            plan = prepare_import(limit=PREVIEW_ROWS, **self.arguments())
        except MyMapError as error:
            self.show_message(str(error), "error")
            return None
        lines = ['<span style="color:{}">{}</span>'.format(SEVERITY_COLOURS[f.severity], f.message.replace("<", "&lt;"))
                 for f in plan.findings]
        lines.append(tr("{} rows in the source; of the first {}: {} ready, {} rejected.").format(
            plan.total, min(PREVIEW_ROWS, plan.total), len(plan.rows), len(plan.rejected)))
        self.findings_label.setText("<br>".join(lines))
        fixable = next((f for f in plan.findings if f.fix_crs or f.fix_swap), None)
        if fixable is not None:
            self._fix = fixable
            self.fix_button.setText(tr("Use {}").format(fixable.fix_crs) if fixable.fix_crs else tr("Swap X and Y"))
            self.fix_button.show()
        self.fill_preview_table(plan)
        self.show_on_map(plan)
        self.tabs.setCurrentIndex(1)
        return plan

    def apply_fix(self):
        if self._fix is None:
            return
        if self._fix.fix_crs:
            self.crs_widget.setCrs(QgsCoordinateReferenceSystem(self._fix.fix_crs))
        if self._fix.fix_swap:
            self.swap_check.setChecked(not self.swap_check.isChecked())
        self.preview()

    def fill_preview_table(self, plan):
        layer_def = schema.LAYERS_BY_NAME[plan.target]
        names = [name for name in layer_def.field_names() if name in plan.field_map.rules] or ["asset_code"]
        headers = [tr("Row"), tr("Rejected because")] + [tr(layer_def.field(n).alias) for n in names]
        entries = sorted([(row.number, "", row.values) for row in plan.rows] +
                         [(row.number, row.reason, {}) for row in plan.rejected])
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(headers))
        self.preview_table.setHorizontalHeaderLabels(headers)
        self.preview_table.setRowCount(len(entries))
        shown = value_labels(layer_def, names, self.ward_widget.filePath())
        for line, (number, reason, values) in enumerate(entries):
            cells = [str(number), reason] + [shown(n, values.get(n)) for n in names]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if reason:
                    item.setForeground(QColor(SEVERITY_COLOURS["error"]))
                self.preview_table.setItem(line, column, item)
        self.preview_table.resizeColumnsToContents()

    def show_on_map(self, plan):
        """The ward's residential groups and the previewed rows, in the ward CRS."""
        ward = self.ward_widget.filePath()
        groups = QgsVectorLayer(layer_source(ward, "residential_groups"), tr("Residential groups"), "ogr")
        kind = {"Point": "Point", "LineString": "LineString", "MultiPolygon": "MultiPolygon"}[
            schema.LAYERS_BY_NAME[plan.target].geometry]
        preview = QgsVectorLayer("{}?crs={}&field=row:integer".format(kind, plan.ward_crs.authid() or "EPSG:9209"),
                                 tr("Preview"), "memory")
        features = []
        for row in plan.rows:
            feature = QgsFeature(preview.fields())
            feature.setGeometry(row.geometry)
            feature.setAttributes([row.number])
            features.append(feature)
        preview.dataProvider().addFeatures(features)
        preview.updateExtents()
        readable_preview_style(preview)
        self._layers = [preview, groups]
        self.canvas.setDestinationCrs(plan.ward_crs)
        self.canvas.setLayers([layer for layer in self._layers if layer.isValid()])
        extent = preview.extent() if features else groups.extent()
        if features and groups.isValid() and not groups.extent().isEmpty():
            extent.combineExtentWith(groups.extent())
        extent.scale(1.1)
        self.canvas.setExtent(extent)
        self.canvas.refresh()

    # ------------------------------------------------------------------ import
    def start_import(self):
        arguments = dict(self.arguments(), confirm=self.confirm_check.isChecked())
        if not arguments["source"] or not arguments["ward"]:
            self.show_message(tr("Choose the source data and the ward map first."), "error")
            return
        self.import_button.setEnabled(False)
        self.task = ImportAssetsTask(arguments)
        self.task.taskCompleted.connect(self.import_finished)
        self.task.taskTerminated.connect(self.import_finished)
        QgsApplication.taskManager().addTask(self.task)

    def import_finished(self):
        task, self.task = self.task, None
        self.import_button.setEnabled(True)
        if task is None:
            return
        if task.result is None:
            self.show_message(task.error or tr("The import was cancelled; nothing was written."), "error")
            return
        result = task.result
        text = tr("{} rows imported into {} (asset codes {} to {}); {} rejected.").format(
            result.imported, tr(schema.LAYERS_BY_NAME[self.target()].title), result.first_code or "–",
            result.last_code or "–", len(result.rejected))
        if result.rejected:
            text += " " + tr("The rejected rows are in the layer \"{}\" with the reason.").format(
                self.add_rejected_layer(result))
        self.show_message(text, "info")
        for layer in QgsProject.instance().mapLayers().values():
            if layer.source().startswith(self.ward_widget.filePath()):
                layer.reload()
                layer.triggerRepaint()
        if self.iface is not None:
            self.iface.messageBar().pushSuccess(tr("Import assets"), text)

    def add_rejected_layer(self, result):
        from ..processing.import_assets_algorithm import rejected_feature, rejected_fields
        first = result.rejected[0].feature
        fields = rejected_fields(first.fields())
        name = tr("Rejected rows – {}").format(Path(self.source_widget.filePath()).name)
        layer = QgsVectorLayer("{}?crs={}".format(
            {0: "Point", 1: "LineString", 2: "Polygon"}.get(first.geometry().type(), "None"),
            result.source_crs.authid()), name, "memory")
        layer.dataProvider().addAttributes(fields.toList())
        layer.updateFields()
        layer.dataProvider().addFeatures([rejected_feature(layer.fields(), r) for r in result.rejected])
        QgsProject.instance().addMapLayer(layer)
        return name
