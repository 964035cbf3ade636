"""The “New ward map…” dialog: gathers the parameters of create_ward_map."""
from qgis.core import QgsCoordinateReferenceSystem
from qgis.gui import QgsFileWidget, QgsProjectionSelectionWidget
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from ...errors import MyMapError
from ...i18n import tr
from ..create_ward_map import check_output_path
from ..ward_settings import (
    SUGGESTED_LINK_TEMPLATE,
    check_crs,
    check_link_template,
    check_province_code,
    check_ward_code,
    check_ward_name,
)


class NewWardDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("New ward map"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Creates a GeoPackage holding the ward's asset layers with Vietnamese forms "
                          "and styles. Tick “Demo ward” to fill it with example data at Mỹ Hào."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.output = QgsFileWidget()
        self.output.setStorageMode(QgsFileWidget.StorageMode.SaveFile)
        self.output.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output.setDialogTitle(tr("Save the ward map as"))
        # Every field starts empty, with a hint: nothing of another ward is ever kept by mistake.
        self.ward_name = QLineEdit()
        self.ward_name.setPlaceholderText(tr("Phường … or Xã …, as the ward is officially named"))
        self.ward_code = QLineEdit()
        self.ward_code.setMaxLength(5)
        self.ward_code.setPlaceholderText(tr("5 digits, the ward's code in the national list"))
        self.province_code = QLineEdit()
        self.province_code.setMaxLength(2)
        self.province_code.setPlaceholderText(tr("2 digits, the province's code in the national list"))
        self.crs = QgsProjectionSelectionWidget()
        self.crs.setCrs(QgsCoordinateReferenceSystem("EPSG:9209"))
        # The ward's own language, Vietnamese unless chosen otherwise, whatever QGIS's language.
        self.language = QComboBox()
        self.language.addItem(tr("Vietnamese"), "vi")
        self.language.addItem(tr("English"), "en")
        self.link_template = QLineEdit()
        self.link_template.setPlaceholderText(tr("The ward's web address, e.g. {}").format(SUGGESTED_LINK_TEMPLATE))
        self.link_template.setToolTip(tr("The web address each QR tag leads to, with {code} where the asset "
                                         "code goes. Labels and record pages are only made once it is set."))
        self.link_template_message = QLabel()
        self.link_template_message.setWordWrap(True)
        self.link_template_message.setStyleSheet("color:#b03a2e")
        self.link_template.textChanged.connect(self.show_link_template_problem)
        self.hotline = QLineEdit()
        self.demo = QCheckBox(tr("Demo ward (about 8,000 houses, 3,000 trees, drainage, 20 sensors)"))
        self.overwrite = QCheckBox(tr("Overwrite the file if it exists"))
        form.addRow(tr("File"), self.output)
        form.addRow(tr("Ward name"), self.ward_name)
        form.addRow(tr("Ward code (5 digits)"), self.ward_code)
        form.addRow(tr("Province code (2 digits)"), self.province_code)
        form.addRow(tr("Coordinate reference system"), self.crs)
        form.addRow(tr("Language of the ward map"), self.language)
        form.addRow(tr("QR link template"), self.link_template)
        form.addRow("", self.link_template_message)
        form.addRow(tr("Hotline"), self.hotline)
        form.addRow("", self.demo)
        form.addRow("", self.overwrite)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.show_link_template_problem()

    def options(self) -> dict:
        return {
            "ward_name": self.ward_name.text(), "ward_code": self.ward_code.text(),
            "province_code": self.province_code.text(), "crs": self.crs.crs(),
            "demo": self.demo.isChecked(), "overwrite": self.overwrite.isChecked(),
            "qr_link_template": self.link_template.text(), "hotline": self.hotline.text(),
            "language": self.language.currentData(),
        }

    def check_link_template(self) -> None:
        """The template typed, checked as labels will check it; an empty one is allowed (the
        demo ward then gets its demo address, another ward the placeholder until it is set)."""
        if self.link_template.text().strip():
            check_link_template(self.link_template.text())

    def show_link_template_problem(self, *_args) -> bool:
        """Show under the field why the QR link template is refused, as it is typed."""
        try:
            self.check_link_template()
        except MyMapError as error:
            self.link_template_message.setText(str(error))
            self.link_template_message.setVisible(True)
            return False
        self.link_template_message.clear()
        self.link_template_message.setVisible(False)
        return True

    def path(self) -> str:
        return self.output.filePath()

    def accept(self):
        """Check the input before closing, so mistakes are fixed in place."""
        try:
            check_output_path(self.path(), self.overwrite.isChecked())
            check_ward_name(self.ward_name.text())
            check_ward_code(self.ward_code.text())
            check_province_code(self.province_code.text())
            check_crs(self.crs.crs())
            self.check_link_template()
        except MyMapError as error:
            QMessageBox.warning(self, tr("New ward map"), str(error))
            return
        super().accept()
