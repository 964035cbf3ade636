"""Processing algorithm mymap:package_for_qfield."""
from pathlib import Path

from qgis.core import (QgsProcessingOutputString,
                       QgsProcessingParameterFile, QgsProcessingParameterFolderDestination)

from ...i18n import tr
from ...processing_base import MyMapAlgorithm, kept_output, project_ward_map
from ...ward_map.schema import N_
from ..qfield_package import package_for_qfield
from .checkout_algorithm import default_output, shared_map_stem
from .sync_parameters import add_editor_parameter, progress_callback, shared_map_parameter, shared_map_problem


def default_package_folder(shared):
    """A new folder for the package where a working copy of *shared* would go (never a temporary one)."""
    copy = default_output(shared)
    if not copy:
        return None
    stem = tr("{} - QField").format(shared_map_stem(shared))
    candidate, number = Path(copy).parent / stem, 2
    while candidate.exists():
        candidate, number = Path(copy).parent / "{} {}".format(stem, number), number + 1
    return str(candidate)


class PackageForQFieldAlgorithm(MyMapAlgorithm):
    group_name = N_("Sync")
    help_text = N_("Lays out a folder for a field team using QField on a phone or tablet: a working copy for "
                   "the field editor (checked out from the shared map, or a copy of an existing working copy), "
                   "a QGIS project with relative paths, the map themes and forms, and a DCIM folder for photos. "
                   "Copy the whole folder to the device and open the project in QField. When the device comes "
                   "back, sync the folder's GeoPackage like any working copy. Give the shared map or a working "
                   "copy, not both; the output folder must be new or empty.")

    def name(self):
        return "package_for_qfield"

    def displayName(self):
        return tr("Package for QField")

    def initAlgorithm(self, config=None):
        shared = project_ward_map("shared")
        self.addParameter(shared_map_parameter(
            "SHARED", tr("Shared ward map, GeoPackage or PostgreSQL address (check out a new working copy)"),
            default_value=shared, optional=True))
        self.addParameter(QgsProcessingParameterFile(
            "WORKING", tr("Or: an existing working copy to package"), extension="gpkg", optional=True))
        add_editor_parameter(self)
        self.addParameter(QgsProcessingParameterFolderDestination(
            "OUTPUT", tr("QField folder (new or empty)"), defaultValue=default_package_folder(shared)))
        self.addOutput(QgsProcessingOutputString("PROJECT", tr("QGIS project for QField")))
        self.addOutput(QgsProcessingOutputString("WORKING_COPY", tr("Working copy in the folder")))

    def checkParameterValues(self, parameters, context):
        shared, working = parameters.get("SHARED"), parameters.get("WORKING")
        if bool(shared) == bool(working):
            return False, tr("Give either the shared map (to check out a new working copy) or an existing "
                             "working copy to package, not both.")
        problem = shared_map_problem(parameters, "SHARED", tr("The shared ward map"))
        if problem:
            return False, problem
        parameters, value = kept_output(self, parameters)
        if not value:
            return False, tr("Choose a folder for the QField package: a temporary folder would be deleted, "
                             "and the field edits in it lost, when QGIS closes.")
        return super().checkParameterValues(parameters, context)

    def execute(self, parameters, context, feedback):
        result = package_for_qfield(self.parameterAsFileOutput(parameters, "OUTPUT", context),
                                    shared=self.parameterAsString(parameters, "SHARED", context).strip() or None,
                                    working=self.parameterAsFile(parameters, "WORKING", context) or None,
                                    editor=self.parameterAsString(parameters, "EDITOR", context),
                                    feedback=progress_callback(feedback))
        feedback.pushInfo(tr("QField folder written: {}").format(result["folder"]))
        return {"OUTPUT": result["folder"], "PROJECT": result["project"], "WORKING_COPY": result["working"]}
