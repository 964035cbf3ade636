"""Processing algorithm mymap:publish_records — the static website QR links resolve to."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
)

from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter, project_ward_map
from ...ward_map.schema import N_
from ...ward_map import schema
from ..publish_records import publish_records


class PublishRecordsAlgorithm(MyMapAlgorithm):
    group_name = N_("QR tags")
    help_text = N_("Writes a static website with one page (and one JSON file) per asset, a small map "
                 "rendered by QGIS and the photo if any, plus an index. Serve the folder at the QR link "
                 "template's base address with any web server, or open it from the folder. Only public "
                 "fields are published.")

    def name(self):
        return "publish_records"

    def displayName(self):
        return tr("Publish asset record pages")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WARD", tr("Ward map (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map()))
        names = [layer.name for layer in schema.ASSET_LAYERS]
        self.addParameter(enum_parameter(
            "LAYERS", tr("Asset layers"), [tr(schema.LAYERS_BY_NAME[n].title) for n in names], names,
            allow_multiple=True, default_value=list(range(len(names)))))
        self.addParameter(QgsProcessingParameterBoolean("MAP_IMAGES", tr("Add a small map to each page"), True))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Website folder")))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))
        self.addOutput(QgsProcessingOutputString("WARNINGS", tr("Warnings about the website")))

    def execute(self, parameters, context, feedback):
        names = [layer.name for layer in schema.ASSET_LAYERS]
        chosen = [names[i] for i in self.parameterAsEnums(parameters, "LAYERS", context)]
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        counts = publish_records(self.parameterAsFile(parameters, "WARD", context), folder, chosen,
                                 self.parameterAsBool(parameters, "MAP_IMAGES", context), feedback)
        pages = sum(counts.values())
        feedback.pushInfo(tr("{} record pages written to {}").format(pages, folder))
        return {"OUTPUT": folder, "PAGES": pages, "WARNINGS": "\n".join(counts.warnings)}
