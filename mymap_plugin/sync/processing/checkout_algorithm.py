"""Processing algorithm mymap:checkout."""
from pathlib import Path

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFileDestination
from qgis.PyQt.QtCore import QStandardPaths

from ...errors import MyMapError
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, default_working_copy, kept_output, project_ward_map
from ...ward_map.schema import N_
from ..checkout import checkout
from ..shared_map import is_postgres_address, open_shared_map
from .sync_parameters import add_editor_parameter, progress_callback, shared_map_parameter, shared_map_problem


def shared_map_stem(shared) -> str:
    """A short name for the shared map *shared*, for file names: a GeoPackage's name without .gpkg, a
    PostgreSQL ward's schema (ward_12103)."""
    if not is_postgres_address(shared):
        return Path(shared).stem
    try:
        return open_shared_map(shared).schema           # reads the address only, connects to nothing
    except MyMapError:              # e.g. a QGIS connection that is no longer saved: the run will say so
        return "ward"


def default_output(shared):
    """Where the dialog offers to save a working copy of *shared*: beside a shared GeoPackage on this
    computer's disk, else in the Documents folder (always, for a shared map in PostgreSQL). None
    without a shared map."""
    if not shared or not is_postgres_address(shared):
        return default_working_copy(shared)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return default_working_copy(str(Path(documents or Path.home()) / "{}.gpkg".format(shared_map_stem(shared))))


class CheckoutAlgorithm(MyMapAlgorithm):
    group_name = N_("Sync")
    help_text = N_("Makes a working copy of the shared ward map for one editor. The shared map is a GeoPackage "
                   "(on a network drive or USB stick) or a ward in PostgreSQL, given by its address, e.g. "
                   "SHARED=\"service=city schema=ward_12103\" or \"host=… port=… dbname=… user=… "
                   "schema=…\" (never with a password). Edit the working copy like any ward map, in QGIS, "
                   "QField or other programs; “Sync working copy” then sends your edits and brings in "
                   "everybody else's.")

    def name(self):
        return "checkout"

    def displayName(self):
        return tr("Check out a working copy")

    def initAlgorithm(self, config=None):
        shared = project_ward_map("shared")
        self.addParameter(shared_map_parameter("SHARED", tr("Shared ward map (GeoPackage or PostgreSQL address)"),
                                               default_value=shared))
        # Never a temporary file by default: a working copy holds the editor's work until it is synced.
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Working copy"), tr("GeoPackage (*.gpkg)"), defaultValue=default_output(shared)))
        add_editor_parameter(self)
        self.addOutput(QgsProcessingOutputNumber("PULLED_SEQ", tr("Changes in the shared history so far")))

    def checkParameterValues(self, parameters, context):
        problem = shared_map_problem(parameters, "SHARED", tr("The shared ward map"))
        if problem:
            return False, problem
        parameters, value = kept_output(self, parameters)
        if not value:
            return False, tr("Choose where to save the working copy: a temporary file would be deleted, "
                             "and the edits in it lost, when QGIS closes.")
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        result = checkout(self.parameterAsString(parameters, "SHARED", context).strip(),
                          self.parameterAsFileOutput(parameters, "OUTPUT", context),
                          self.parameterAsString(parameters, "EDITOR", context),
                          progress_callback(feedback))
        feedback.pushInfo(tr("Working copy for {} written: {}").format(result["editor"], result["working"]))
        return {"OUTPUT": result["working"], "PULLED_SEQ": result["pulled_seq"]}
