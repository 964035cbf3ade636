"""Processing algorithm mymap:revert_changeset."""
from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFile, QgsProcessingParameterString

from ...i18n import tr
from ...processing_base import MyMapAlgorithm, project_ward_map
from ...ward_map.schema import N_
from ..history import revert_changeset


class RevertChangesetAlgorithm(MyMapAlgorithm):
    group_name = N_("Sync")
    help_text = N_("Undoes one changeset of the shared history with a new edit in the working copy (sent by the "
                   "next sync). Fields changed again since are left as they are and reported.")

    def name(self):
        return "revert_changeset"

    def displayName(self):
        return tr("Revert a changeset")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WORKING", tr("Working copy (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map("working")))
        self.addParameter(QgsProcessingParameterString("CHANGESET", tr("Changeset id")))
        self.addOutput(QgsProcessingOutputNumber("REVERTED", tr("Features reverted")))
        self.addOutput(QgsProcessingOutputNumber("SKIPPED", tr("Fields left as they are (changed since)")))

    def execute(self, parameters, context, feedback):
        reverted, skipped = revert_changeset(self.parameterAsFile(parameters, "WORKING", context),
                                             self.parameterAsString(parameters, "CHANGESET", context).strip())
        for table, uuid, name in skipped:
            feedback.reportError(tr("{} {}: {} was changed again since; left as it is.").format(table, uuid, name or "*"))
        feedback.pushInfo(tr("Features reverted: {}").format(reverted))
        return {"REVERTED": reverted, "SKIPPED": len(skipped)}
