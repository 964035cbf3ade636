"""Processing algorithm mymap:export_changes."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber)

from ...compat import INTEGER_NUMBER
from ...i18n import tr
from ...processing_base import MyMapAlgorithm
from ...ward_map.schema import N_
from ..bundles import export_changes
from .sync_parameters import add_editor_parameter, advanced, shared_map_parameter, shared_map_problem


class ExportChangesAlgorithm(MyMapAlgorithm):
    group_name = N_("Sync")
    help_text = N_("Writes a change bundle (.mymapsync) to carry on a USB stick. From a working copy: its edits "
                   "not yet sent, to import into the shared map. From the shared map (a GeoPackage, or a ward "
                   "in PostgreSQL given by its address, e.g. “service=city schema=ward_12103”): its history "
                   "(from change SINCE on), to import into working copies that cannot reach the share.")

    def name(self):
        return "export_changes"

    def displayName(self):
        return tr("Export changes to a bundle")

    def initAlgorithm(self, config=None):
        self.addParameter(shared_map_parameter(
            "INPUT", tr("Working copy or shared ward map (GeoPackage or PostgreSQL address)")))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Change bundle"), tr("MyMap change bundle (*.mymapsync)")))
        self.addParameter(advanced(QgsProcessingParameterNumber(
            "SINCE", tr("From the shared map: history after change number"), INTEGER_NUMBER, 0, False, 0)))
        add_editor_parameter(self)
        self.addOutput(QgsProcessingOutputString("KIND", tr("Bundle kind")))
        self.addOutput(QgsProcessingOutputNumber("FEATURES", tr("Changes in the bundle")))

    def checkParameterValues(self, parameters, context):
        problem = shared_map_problem(parameters, "INPUT", tr("The working copy or shared ward map"))
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        result = export_changes(self.parameterAsString(parameters, "INPUT", context).strip(),
                                self.parameterAsFileOutput(parameters, "OUTPUT", context),
                                self.parameterAsInt(parameters, "SINCE", context),
                                self.parameterAsString(parameters, "EDITOR", context))
        feedback.pushInfo(tr("{} changes written to {}").format(result["features"], result["output"]))
        return {"OUTPUT": result["output"], "KIND": result["kind"], "FEATURES": result["features"]}
