"""Processing algorithm mymap:sync."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFile)

from ...i18n import tr
from ...processing_base import MyMapAlgorithm, project_ward_map
from ...ward_map.schema import N_
from ..sync_working_copy import sync
from .sync_parameters import add_editor_parameter, advanced, progress_callback, shared_map_parameter, shared_map_problem


class SyncAlgorithm(MyMapAlgorithm):
    group_name = N_("Sync")
    help_text = N_("Sends the edits made in a working copy to the shared ward map and brings in everybody "
                   "else's, merging field by field. When two editors changed the same field (or one changed "
                   "a feature the other deleted) the version already in the shared map is kept for now and "
                   "the other goes into a conflict record, to be resolved in the Conflicts panel. Nothing is "
                   "lost, even if the sync is interrupted: run it again.")

    def name(self):
        return "sync"

    def displayName(self):
        return tr("Sync working copy")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WORKING", tr("Working copy (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map("working")))
        self.addParameter(shared_map_parameter(
            "SHARED", tr("Shared ward map (GeoPackage or PostgreSQL address), if it has moved (optional)"),
            optional=True))
        add_editor_parameter(self)
        self.addParameter(advanced(QgsProcessingParameterBoolean(
            "BACKUP", tr("Back up the working copy first"), True)))
        for name, title in (("PUSHED", tr("Features sent")), ("PULLED", tr("Features received")),
                            ("CONFLICTS", tr("Conflicts")), ("REKEYED", tr("Asset codes renumbered"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        self.addOutput(QgsProcessingOutputString("SHARED", tr("Shared ward map")))

    def checkParameterValues(self, parameters, context):
        problem = shared_map_problem(parameters, "SHARED", tr("The shared ward map"))
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        report = sync(self.parameterAsFile(parameters, "WORKING", context),
                      self.parameterAsString(parameters, "SHARED", context).strip() or None,
                      self.parameterAsString(parameters, "EDITOR", context),
                      backup=self.parameterAsBool(parameters, "BACKUP", context),
                      feedback=progress_callback(feedback))
        feedback.pushInfo(tr("Sent: {}, received: {}, conflicts: {}").format(report.pushed, report.pulled,
                                                                             report.conflicts))
        if report.conflicts:
            feedback.reportError(tr("{} conflicts: open the Conflicts panel to resolve them.").format(
                report.conflicts))
        if report.rekeyed:
            feedback.reportError(tr("{} new assets got a different asset code because another editor used the "
                                    "same code first; reprint their QR tags.").format(report.rekeyed))
        for message in report.messages:
            feedback.reportError(message)
        return report.as_dict()
