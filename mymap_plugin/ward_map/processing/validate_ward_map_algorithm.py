"""Processing algorithm mymap:validate_ward_map."""
from qgis.core import QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterFile

from ...i18n import tr
from ...processing_base import MyMapAlgorithm
from ...ward_map.schema import N_
from ..validate_ward_map import validate_ward_map


class ValidateWardMapAlgorithm(MyMapAlgorithm):
    group_name = N_("Ward map")
    help_text = N_("Checks a ward map: gives rows added by other programs their uuid and asset code, "
                 "runs SQLite's integrity check, and reports invalid asset codes and drainage lines "
                 "that point at nodes which do not exist.")

    def name(self):
        return "validate_ward_map"

    def displayName(self):
        return tr("Validate ward map")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Ward map (GeoPackage)"), extension="gpkg"))
        self.addOutput(QgsProcessingOutputNumber("FILLED", tr("Rows given a uuid or asset code")))
        self.addOutput(QgsProcessingOutputString("INTEGRITY", tr("SQLite integrity check")))
        self.addOutput(QgsProcessingOutputNumber("DANGLING_NODE_REFERENCES",
                                                 tr("Drainage lines pointing at missing nodes")))
        self.addOutput(QgsProcessingOutputNumber("INVALID_CODES", tr("Invalid asset codes")))

    def execute(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        report = validate_ward_map(path)
        filled = sum(report.filled.values())
        feedback.pushInfo(tr("Rows given a uuid or asset code: {}").format(filled))
        feedback.pushInfo(tr("SQLite integrity check: {}").format(report.integrity))
        if report.dangling_node_references:
            feedback.reportError(tr("{} drainage lines point at nodes that do not exist.")
                                 .format(report.dangling_node_references))
        if report.invalid_codes:
            feedback.reportError(tr("{} assets have an invalid asset code.").format(report.invalid_codes))
        return {"FILLED": filled, "INTEGRITY": report.integrity,
                "DANGLING_NODE_REFERENCES": report.dangling_node_references,
                "INVALID_CODES": report.invalid_codes}
