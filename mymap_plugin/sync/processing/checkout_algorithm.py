"""Processing algorithm mymap:checkout."""
from qgis.core import (QgsProcessingOutputNumber,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination)

from ...i18n import tr
from ...processing_base import MyMapAlgorithm, default_working_copy, kept_output, project_ward_map
from ...ward_map.schema import N_
from ..checkout import checkout
from .sync_parameters import add_editor_parameter, progress_callback


class CheckoutAlgorithm(MyMapAlgorithm):
    group_name = N_("Sync")
    help_text = N_("Makes a working copy of the shared ward map (on a network drive or USB stick) for one "
                   "editor. Edit the working copy like any ward map, in QGIS, QField or other programs; "
                   "“Sync working copy” then sends your edits and brings in everybody else's.")

    def name(self):
        return "checkout"

    def displayName(self):
        return tr("Check out a working copy")

    def initAlgorithm(self, config=None):
        shared = project_ward_map("shared")
        self.addParameter(QgsProcessingParameterFile("SHARED", tr("Shared ward map (GeoPackage)"), extension="gpkg",
                                                     defaultValue=shared))
        # Never a temporary file by default: a working copy holds the editor's work until it is synced.
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Working copy"), tr("GeoPackage (*.gpkg)"), defaultValue=default_working_copy(shared)))
        add_editor_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("PULLED_SEQ", tr("Changes in the shared history so far")))

    def checkParameterValues(self, parameters, context):
        parameters, value = kept_output(self, parameters)
        if not value:
            return False, tr("Choose where to save the working copy: a temporary file would be deleted, "
                             "and the edits in it lost, when QGIS closes.")
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        result = checkout(self.parameterAsFile(parameters, "SHARED", context),
                          self.parameterAsFileOutput(parameters, "OUTPUT", context),
                          self.parameterAsString(parameters, "EDITOR", context),
                          progress_callback(feedback))
        feedback.pushInfo(tr("Working copy for {} written: {}").format(result["editor"], result["working"]))
        return {"OUTPUT": result["working"], "PULLED_SEQ": result["pulled_seq"]}
