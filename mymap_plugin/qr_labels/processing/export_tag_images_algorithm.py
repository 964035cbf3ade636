"""Processing algorithm mymap:export_tag_images — one QR image per asset."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
)

from ...compat import DOUBLE_NUMBER, INTEGER_NUMBER
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter
from ...ward_map.schema import N_
from ..tag_images import FORMATS, export_tag_images
from .asset_parameters import add_asset_parameters, asset_source


class ExportTagImagesAlgorithm(MyMapAlgorithm):
    group_name = N_("QR tags")
    help_text = N_("Writes one QR image per asset, named by its asset code (e.g. HG0000123.png), at a "
                 "chosen print resolution, for sign makers who engrave or print metal plates.")

    def name(self):
        return "export_tag_images"

    def displayName(self):
        return tr("Export QR tag images")

    def initAlgorithm(self, config=None):
        add_asset_parameters(self, unattached=False)
        self.addParameter(enum_parameter("FORMAT", tr("Image format"), ["PNG", "SVG"], FORMATS))
        self.addParameter(QgsProcessingParameterNumber("DPI", tr("Print resolution (dpi)"),
                                                       INTEGER_NUMBER, 600,
                                                       minValue=72, maxValue=4800))
        self.addParameter(QgsProcessingParameterNumber(
            "MODULE_MM", tr("QR module size (mm, 0 = the asset type's minimum)"),
            DOUBLE_NUMBER, 0.0, minValue=0.0, maxValue=20.0))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Folder for the images")))
        self.addOutput(QgsProcessingOutputNumber("IMAGES", tr("Images")))

    def execute(self, parameters, context, feedback):
        source = asset_source(self, parameters, context)
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        written = export_tag_images(source, folder, FORMATS[self.parameterAsEnum(parameters, "FORMAT", context)],
                                    self.parameterAsInt(parameters, "DPI", context),
                                    self.parameterAsDouble(parameters, "MODULE_MM", context), feedback)
        feedback.pushInfo(tr("{} tag images written to {}").format(len(written), folder))
        return {"OUTPUT": folder, "IMAGES": len(written)}
