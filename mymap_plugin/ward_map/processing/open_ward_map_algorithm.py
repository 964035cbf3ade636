"""Processing algorithm mymap:open_ward_map (adds a ward map to the current project)."""
from qgis.core import QgsProcessingParameterFile

from ...compat import NO_THREADING
from ...errors import MyMapError
from ...i18n import tr
from ...processing_base import MyMapAlgorithm
from ...ward_map.schema import N_
from ..open_ward_map import open_ward_map


class OpenWardMapAlgorithm(MyMapAlgorithm):
    group_name = N_("Ward map")
    help_text = N_("Adds the layers of a ward map to the current project as one group, sets the "
                 "project's coordinate reference system to the ward's, pins the official VN-2000 to "
                 "WGS 84 transformation and adds the map themes.")

    def name(self):
        return "open_ward_map"

    def displayName(self):
        return tr("Open ward map")

    def flags(self):
        return super().flags() | NO_THREADING

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Ward map (GeoPackage)"), extension="gpkg"))

    def execute(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        project = context.project()
        if project is None:
            raise MyMapError(tr("Opening a ward map needs a QGIS project; run it from QGIS desktop."))
        group = open_ward_map(path, project)
        feedback.pushInfo(tr("Ward map opened: {}").format(group.name()))
        return {"GROUP": group.name()}
