"""The “Print QR labels…” dialog: choose the assets and the sheet, see the first
sheet as it will print, save the PDF, then record the tags as attached."""
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ...errors import MyMapError
from ...i18n import tr
from ...ward_map import schema
from ...ward_map.schema import N_
from ...ward_map.edit_hooks import ward_layer_info
from ..asset_links import PAYLOAD_CODE, PAYLOADS
from ..label_content import label_source
from ..label_sheet import TemplateTooSmall, check_module_size, preview_image, write_calibration_page
from ..label_sheet_task import LabelSheetTask
from ..label_templates import (
    CUSTOM,
    ERROR_CORRECTION,
    MIN_MODULE_MM,
    PREFERRED_TEMPLATE,
    TEMPLATES,
    custom_template,
)
from ..tag_status import mark_tags

CUSTOM_FIELDS = (("page_width", N_("Page width (mm)"), 210.0), ("page_height", N_("Page height (mm)"), 297.0),
                 ("columns", N_("Columns"), 3), ("rows", N_("Rows"), 7),
                 ("label_width", N_("Label width (mm)"), 63.5), ("label_height", N_("Label height (mm)"), 38.1),
                 ("margin_left", N_("Left margin (mm)"), 7.21), ("margin_top", N_("Top margin (mm)"), 15.15),
                 ("gap_x", N_("Gap between columns (mm)"), 2.54), ("gap_y", N_("Gap between rows (mm)"), 0.0))


def asset_layers(project=None):
    project = project or QgsProject.instance()
    asset_names = {layer.name for layer in schema.ASSET_LAYERS}
    found = []
    for layer in project.mapLayers().values():
        info = ward_layer_info(layer)
        if info and info[1] in asset_names:
            found.append(layer)
    return sorted(found, key=lambda layer: layer.name())


class LabelDialog(QDialog):
    def __init__(self, iface, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.task = None
        self.printed_uuids = []
        self.printed_layer_id = ""
        self.setWindowTitle(tr("Print QR labels"))
        self.setMinimumSize(900, 640)
        outer = QHBoxLayout(self)
        controls = QVBoxLayout()
        form = QFormLayout()
        self.layer = QComboBox()
        for layer in asset_layers():
            self.layer.addItem(layer.name(), layer.id())
            if ward_layer_info(layer)[1] == "housing":      # the most printed tags: start there
                self.layer.setCurrentIndex(self.layer.count() - 1)
        self.selected_only = QCheckBox(tr("Selected assets only"))
        self.only_unattached = QCheckBox(tr("Only assets whose tag is not yet attached"))
        self.only_unattached.setChecked(True)
        self.template = QComboBox()
        for template_id in list(TEMPLATES) + [CUSTOM]:
            self.template.addItem(tr(TEMPLATES[template_id].title) if template_id in TEMPLATES else tr("Custom grid"),
                                  template_id)
        self.auto_choice = (None, "", None)   # (template id, why the dialog chose it, for which payload)
        self.start_slot = QSpinBox()
        self.start_slot.setRange(1, 200)
        self.payload = QComboBox()
        self.payload.addItems([tr("The asset's link"), tr("The asset code only")])
        self.offset_x = self._millimetres(-20, 20)
        self.offset_y = self._millimetres(-20, 20)
        form.addRow(tr("Asset layer"), self.layer)
        form.addRow("", self.selected_only)
        form.addRow("", self.only_unattached)
        form.addRow(tr("Label sheet"), self.template)
        form.addRow(tr("First free slot on the first sheet"), self.start_slot)
        form.addRow(tr("The QR holds"), self.payload)
        form.addRow(tr("Printer offset X (mm, + moves right)"), self.offset_x)
        form.addRow(tr("Printer offset Y (mm, + moves down)"), self.offset_y)
        controls.addLayout(form)
        self.custom_box = QGroupBox(tr("Custom grid"))
        grid = QGridLayout(self.custom_box)
        self.custom = {}
        for index, (key, label, default) in enumerate(CUSTOM_FIELDS):
            widget = QSpinBox() if isinstance(default, int) else self._millimetres(0, 1000)
            if isinstance(default, int):
                widget.setRange(1, 50)
            widget.setValue(default)
            self.custom[key] = widget
            grid.addWidget(QLabel(tr(label)), index // 2, (index % 2) * 2)
            grid.addWidget(widget, index // 2, (index % 2) * 2 + 1)
        controls.addWidget(self.custom_box)
        self.message = QLabel()
        self.message.setWordWrap(True)
        controls.addWidget(self.message)
        self.code_only_button = QPushButton(tr("Print the asset code only"))
        self.code_only_button.setVisible(False)
        controls.addWidget(self.code_only_button)
        controls.addStretch(1)
        buttons = QHBoxLayout()
        self.calibration_button = QPushButton(tr("Calibration page…"))
        self.save_button = QPushButton(tr("Save PDF…"))
        self.save_button.setDefault(True)
        self.mark_button = QPushButton(tr("Mark printed tags as attached"))
        self.mark_button.setEnabled(False)
        close_button = QPushButton(tr("Close"))
        for button in (self.calibration_button, self.save_button, self.mark_button, close_button):
            buttons.addWidget(button)
        controls.addLayout(buttons)
        outer.addLayout(controls, 1)
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumWidth(420)
        self.preview.setStyleSheet("background:#d8dcd9;border:1px solid #999")
        outer.addWidget(self.preview, 1)

        self.refresh_timer = QTimer(self)
        self.refresh_timer.setSingleShot(True)
        self.refresh_timer.setInterval(250)
        self.refresh_timer.timeout.connect(self.refresh_preview)
        self.layer.currentIndexChanged.connect(self.choose_fitting_template)
        for widget in [self.layer, self.template, self.payload]:
            widget.currentIndexChanged.connect(self.schedule_refresh)
        for widget in [self.selected_only, self.only_unattached]:
            widget.toggled.connect(self.schedule_refresh)
        for widget in [self.start_slot, self.offset_x, self.offset_y] + list(self.custom.values()):
            widget.valueChanged.connect(self.schedule_refresh)
        self.calibration_button.clicked.connect(self.save_calibration)
        self.save_button.clicked.connect(self.save_pdf)
        self.mark_button.clicked.connect(self.mark_printed)
        self.code_only_button.clicked.connect(lambda: self.payload.setCurrentIndex(PAYLOADS.index(PAYLOAD_CODE)))
        close_button.clicked.connect(self.reject)
        self.choose_fitting_template()
        self.refresh_preview()

    @staticmethod
    def _millimetres(low, high):
        spin = QDoubleSpinBox()
        spin.setRange(low, high)
        spin.setDecimals(2)
        spin.setSingleStep(0.5)
        return spin

    # ------------------------------------------------------------- parameters
    def current_layer(self):
        return QgsProject.instance().mapLayer(self.layer.currentData()) if self.layer.count() else None

    def current_template(self):
        template_id = self.template.currentData()
        if template_id == CUSTOM:
            return custom_template(*[self.custom[key].value() for key, _label, _d in CUSTOM_FIELDS])
        return TEMPLATES[template_id]

    def current_source(self):
        layer = self.current_layer()
        if layer is None:
            raise MyMapError(tr("Open a ward map first: there is no asset layer in the project."))
        return label_source(layer, self.selected_only.isChecked(), self.only_unattached.isChecked(),
                            PAYLOADS[self.payload.currentIndex()])

    def choose_fitting_template(self, *_args):
        """After a layer change, take the sheet made for this asset type if its QR fits,
        else keep the current sheet if it fits, else the first that does; remember why."""
        self.auto_choice = (None, "", None)
        layer = self.current_layer()
        if layer is None:
            return
        try:
            source = label_source(layer, False, False, PAYLOADS[self.payload.currentIndex()])
        except MyMapError:
            return
        longest = max(source.items, key=lambda item: len(item.payload)).payload
        minimum = MIN_MODULE_MM[source.layer_name]
        preferred = self.template.findData(PREFERRED_TEMPLATE.get(source.layer_name))
        candidates = [preferred, self.template.currentIndex()] + list(range(self.template.count()))
        for index in candidates:
            template_id = self.template.itemData(index)
            if index < 0 or template_id == CUSTOM:
                continue
            try:
                qr = check_module_size(TEMPLATES[template_id], source.layer_name, longest,
                                       ERROR_CORRECTION[source.layer_name], minimum)
            except MyMapError:
                continue
            if index == preferred:
                reason = tr("Sheet chosen for {}: {}, the sheet made for this kind of asset; its QR code "
                            "(version {}) has modules of at least {:.1f} mm.")
            else:
                reason = tr("Sheet chosen for {}: {}, the first sheet on which the QR code (version {}) "
                            "has modules of at least {:.1f} mm.")
            self.auto_choice = (template_id, reason.format(layer.name(), template_id, qr.version, minimum),
                                self.payload.currentIndex())
            self.template.setCurrentIndex(index)
            return

    def schedule_refresh(self, *_args):
        self.refresh_timer.start()

    def refresh_preview(self):
        self.custom_box.setVisible(self.template.currentData() == CUSTOM)
        self.code_only_button.setVisible(False)
        try:
            template = self.current_template()
            self.start_slot.setMaximum(template.slots_per_page)
            source = self.current_source()
            image = preview_image(source, template, self.start_slot.value(), self.offset_x.value(),
                                  self.offset_y.value())
        except MyMapError as error:
            text = str(error)
            if isinstance(error, TemplateTooSmall) and PAYLOADS[self.payload.currentIndex()] != PAYLOAD_CODE:
                text += " " + tr("The sheet stays as you chose it: choose a larger sheet, or print the asset "
                                 "code only (a code fits a smaller QR).")
                self.code_only_button.setVisible(True)
            self.show_message(text, error=True)
            self.preview.setPixmap(QPixmap())
            self.save_button.setEnabled(False)
            return False
        pixmap = QPixmap.fromImage(image)
        self.preview.setPixmap(pixmap.scaled(self.preview.width() - 10, self.preview.height() - 10,
                                             Qt.AspectRatioMode.KeepAspectRatio,
                                             Qt.TransformationMode.SmoothTransformation))
        pages = (self.start_slot.value() - 1 + len(source.items) - 1) // template.slots_per_page + 1
        parts = []
        if self.auto_choice[0] == template.id and self.auto_choice[2] == self.payload.currentIndex():
            parts.append(self.auto_choice[1])      # the reason quotes the QR of the payload it was made for
        parts.append(tr("{} labels per sheet.").format(template.slots_per_page))
        parts.append(tr("{} labels on {} sheets. The preview shows the first sheet.").format(len(source.items), pages))
        self.show_message(" ".join(parts))
        self.save_button.setEnabled(True)
        return True

    def show_message(self, text, error=False):
        self.message.setText(text)
        self.message.setStyleSheet("color:#b03a2e" if error else "color:#1f6f4a")

    # ---------------------------------------------------------------- actions
    def save_calibration(self):
        path, _filter = QFileDialog.getSaveFileName(self, tr("Save the calibration page"), "calibration.pdf",
                                                    tr("PDF files (*.pdf)"))
        if not path:
            return
        try:
            write_calibration_page(self.current_template(), path, self.offset_x.value(), self.offset_y.value())
        except MyMapError as error:
            QMessageBox.warning(self, tr("Print QR labels"), str(error))
            return
        self.show_message(tr("Calibration page saved: {}. Print it at 100 %.").format(path))

    def save_pdf(self, path=None):
        if not path:
            path, _filter = QFileDialog.getSaveFileName(self, tr("Save the label sheets"), "labels.pdf",
                                                        tr("PDF files (*.pdf)"))
        if not path:
            return None
        try:
            source = self.current_source()
            self.task = LabelSheetTask(source, self.current_template(), path, self.start_slot.value(),
                                       self.offset_x.value(), self.offset_y.value())
        except MyMapError as error:
            QMessageBox.warning(self, tr("Print QR labels"), str(error))
            return None
        layer_id = self.layer.currentData()
        self.task.taskCompleted.connect(lambda: self._printed(source, path, layer_id))
        self.task.taskTerminated.connect(self._print_failed)
        self.save_button.setEnabled(False)
        QgsApplication.taskManager().addTask(self.task)
        self.show_message(tr("Writing {}…").format(path))
        return self.task

    def _print_failed(self):
        self.save_button.setEnabled(True)
        self.show_message(self.task.error or tr("Printing the labels was cancelled; no PDF was written."),
                          error=True)

    def _printed(self, source, path, layer_id):
        self.printed_layer_id = layer_id
        self.printed_uuids = [item.uuid for item in source.items]
        self.save_button.setEnabled(True)
        self.mark_button.setEnabled(True)
        self.show_message(tr("{} labels saved to {}. Print at 100 % (actual size). When the tags are on, "
                             "mark them as attached.").format(len(self.printed_uuids), path))

    def mark_printed(self):
        layer = QgsProject.instance().mapLayer(self.printed_layer_id)
        if layer is None:
            self.show_message(tr("The printed layer is no longer in the project."), error=True)
            return
        try:
            changed = mark_tags(layer, self.printed_uuids, "da_gan")
        except MyMapError as error:
            QMessageBox.warning(self, tr("Print QR labels"), str(error))
            return
        self.mark_button.setEnabled(False)
        self.show_message(tr("QR tag status set for {} assets.").format(changed))
        self.schedule_refresh()
