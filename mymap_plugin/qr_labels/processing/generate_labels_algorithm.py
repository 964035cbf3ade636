"""Processing algorithm mymap:generate_labels — QR label sheets as vector PDF."""
from qgis.core import (
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingOutputNumber,
)

from ...errors import MyMapError
from ...compat import ADVANCED_PARAMETER, DOUBLE_NUMBER, INTEGER_NUMBER
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter
from ...ward_map.edit_hooks import ward_layer_info
from ...ward_map.schema import N_
from ..label_sheet import write_calibration_page, write_label_sheets
from ..label_templates import CUSTOM, PREFERRED_TEMPLATE, TEMPLATE_IDS, TEMPLATES, custom_template
from .asset_parameters import add_asset_parameters, asset_source

CUSTOM_PARAMETERS = (
    ("CUSTOM_PAGE_WIDTH", N_("Custom grid: page width (mm)"), 210.0),
    ("CUSTOM_PAGE_HEIGHT", N_("Custom grid: page height (mm)"), 297.0),
    ("CUSTOM_COLUMNS", N_("Custom grid: columns"), 3),
    ("CUSTOM_ROWS", N_("Custom grid: rows"), 7),
    ("CUSTOM_LABEL_WIDTH", N_("Custom grid: label width (mm)"), 63.5),
    ("CUSTOM_LABEL_HEIGHT", N_("Custom grid: label height (mm)"), 38.1),
    ("CUSTOM_MARGIN_LEFT", N_("Custom grid: left margin (mm)"), 7.21),
    ("CUSTOM_MARGIN_TOP", N_("Custom grid: top margin (mm)"), 15.15),
    ("CUSTOM_GAP_X", N_("Custom grid: gap between columns (mm)"), 2.54),
    ("CUSTOM_GAP_Y", N_("Custom grid: gap between rows (mm)"), 0.0),
)


# The last TEMPLATE option, and its default: the sheet made for the chosen layer's asset type
# (PREFERRED_TEMPLATE), so trees get weatherproof tags that hold their link, 8 per A4 sheet.
FOR_THE_ASSET_TYPE = "FOR_ASSET_TYPE"
TEMPLATE_NAMES = TEMPLATE_IDS + (FOR_THE_ASSET_TYPE,)
DEFAULT_SHEET = "L7160"


def template_titles():
    return [tr(TEMPLATES[t].title) if t in TEMPLATES else tr("Custom grid") for t in TEMPLATE_IDS] + \
        [tr("The sheet made for the layer's asset type")]


def sheet_for(table) -> str:
    """The id of the sheet made for the asset layer *table* (address labels for anything else)."""
    return PREFERRED_TEMPLATE.get(table, DEFAULT_SHEET)


class GenerateLabelsAlgorithm(MyMapAlgorithm):
    group_name = N_("QR tags")
    help_text = N_("Prints QR tags for the assets of a ward layer onto label sheets, as a vector PDF to "
                 "print at 100 %. Each tag shows the QR, the asset code, the asset type, a short "
                 "descriptor, the ward's name, the hotline and the web address. START_SLOT continues a "
                 "partly used sheet. CALIBRATION_PAGE prints slot outlines and rulers instead, to set "
                 "the printer offsets. TEMPLATE Custom grid uses the CUSTOM_* parameters. By default "
                 "TEMPLATE picks the sheet made for the layer's asset type: address labels for housing, "
                 "weatherproof 8-per-A4 tags for trees, sensor poles and drains, plates for manholes.")

    def name(self):
        return "generate_labels"

    def displayName(self):
        return tr("Generate QR label sheets")

    def initAlgorithm(self, config=None):
        add_asset_parameters(self, optional_layer=True)
        self.addParameter(enum_parameter("TEMPLATE", tr("Label sheet"), template_titles(), TEMPLATE_NAMES,
                                         default_value=len(TEMPLATE_IDS)))
        self.addParameter(QgsProcessingParameterNumber(
            "START_SLOT", tr("First free slot on the first sheet"), INTEGER_NUMBER,
            1, minValue=1))
        for name, label in (("OFFSET_X", tr("Printer offset X (mm, + moves right)")),
                            ("OFFSET_Y", tr("Printer offset Y (mm, + moves down)"))):
            self.addParameter(QgsProcessingParameterNumber(
                name, label, DOUBLE_NUMBER, 0.0, minValue=-20.0, maxValue=20.0))
        self.addParameter(QgsProcessingParameterBoolean(
            "CALIBRATION_PAGE", tr("Print a calibration page instead of labels"), False))
        advanced = [QgsProcessingParameterNumber(
            "MIN_MODULE_MM", tr("Smallest QR module (mm, 0 = the asset type's minimum)"),
            DOUBLE_NUMBER, 0.0, minValue=0.0, maxValue=10.0)]
        for name, label, default in CUSTOM_PARAMETERS:
            kind = INTEGER_NUMBER if isinstance(default, int) else \
                DOUBLE_NUMBER
            advanced.append(QgsProcessingParameterNumber(name, tr(label), kind, default, minValue=0))
        for parameter in advanced:
            parameter.setFlags(parameter.flags() | ADVANCED_PARAMETER)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Label sheets (PDF)"),
                                                                tr("PDF files (*.pdf)")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))
        self.addOutput(QgsProcessingOutputNumber("LABELS", tr("Labels")))

    def template(self, parameters, context, table=None):
        template_id = TEMPLATE_NAMES[self.parameterAsEnum(parameters, "TEMPLATE", context)]
        if template_id == FOR_THE_ASSET_TYPE:
            template_id = sheet_for(table)
        if template_id != CUSTOM:
            return TEMPLATES[template_id]
        values = [self.parameterAsDouble(parameters, name, context) for name, _label, _d in CUSTOM_PARAMETERS]
        return custom_template(*values)

    def execute(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        offset_x = self.parameterAsDouble(parameters, "OFFSET_X", context)
        offset_y = self.parameterAsDouble(parameters, "OFFSET_Y", context)
        if self.parameterAsBool(parameters, "CALIBRATION_PAGE", context):
            info = ward_layer_info(layer) if layer is not None else None
            template = self.template(parameters, context, info[1] if info else None)
            write_calibration_page(template, output, offset_x, offset_y)
            return {"OUTPUT": output, "PAGES": 1, "LABELS": 0}
        if layer is None:
            raise MyMapError(tr("Choose the asset layer whose tags to print."))
        source = asset_source(self, parameters, context, layer)
        template = self.template(parameters, context, source.layer_name)
        feedback.pushInfo(tr("Label sheet: {}.").format(tr(template.title)))
        result = write_label_sheets(source, template, output,
                                    self.parameterAsInt(parameters, "START_SLOT", context), offset_x, offset_y,
                                    self.parameterAsDouble(parameters, "MIN_MODULE_MM", context), feedback)
        feedback.pushInfo(tr("{} labels on {} pages; QR version {}, error correction {}, modules {:.2f} mm.")
                          .format(result.labels, result.pages, result.version, result.error_correction,
                                  result.module_mm))
        return {"OUTPUT": output, "PAGES": result.pages, "LABELS": result.labels}
