"""Processing algorithm mymap:import_changes."""
from qgis.core import QgsProcessingOutputBoolean, QgsProcessingOutputNumber, QgsProcessingParameterFile

from ...i18n import tr
from ...processing_base import MyMapAlgorithm
from ...ward_map.schema import N_
from ..bundles import import_changes
from .sync_parameters import add_editor_parameter, shared_map_parameter, shared_map_problem


class ImportChangesAlgorithm(MyMapAlgorithm):
    group_name = N_("Sync")
    help_text = N_("Imports a change bundle: a working copy's edits into the shared map (merged like a sync; "
                   "a GeoPackage, or a ward in PostgreSQL given by its address, e.g. “service=city "
                   "schema=ward_12103”), or the shared map's history into a working copy. Importing the same "
                   "bundle again changes nothing.")

    def name(self):
        return "import_changes"

    def displayName(self):
        return tr("Import changes from a bundle")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("INPUT", tr("Change bundle"), extension="mymapsync"))
        self.addParameter(shared_map_parameter(
            "TARGET", tr("Shared ward map (GeoPackage or PostgreSQL address) or working copy")))
        add_editor_parameter(self)
        for name, title in (("PUSHED", tr("Features sent")), ("PULLED", tr("Features received")),
                            ("CONFLICTS", tr("Conflicts"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        self.addOutput(QgsProcessingOutputBoolean("ALREADY_IMPORTED", tr("The bundle had been imported before")))

    def checkParameterValues(self, parameters, context):
        problem = shared_map_problem(parameters, "TARGET", tr("The shared ward map or working copy"))
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        result = import_changes(self.parameterAsFile(parameters, "INPUT", context),
                                self.parameterAsString(parameters, "TARGET", context).strip(),
                                self.parameterAsString(parameters, "EDITOR", context))
        if result["already_imported"]:
            feedback.pushInfo(tr("This bundle had already been imported; nothing changed."))
        else:
            feedback.pushInfo(tr("Sent: {}, received: {}, conflicts: {}").format(
                result["pushed"], result["pulled"], result["conflicts"]))
        return {"PUSHED": result["pushed"], "PULLED": result["pulled"], "CONFLICTS": result["conflicts"],
                "ALREADY_IMPORTED": result["already_imported"]}
