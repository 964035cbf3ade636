"""Processing algorithm mymap:ward_statistics."""
import os

from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterBoolean, QgsProcessingParameterFile, \
    QgsProcessingParameterFolderDestination

from ...i18n import tr
from ...processing_base import MyMapAlgorithm, project_ward_map
from ...ward_map.schema import N_
from ..ward_statistics import ward_statistics


class WardStatisticsAlgorithm(MyMapAlgorithm):
    group_name = N_("Data in and out")
    help_text = N_("Counts the ward's assets per residential group — houses by use, trees by condition and "
                   "species, heritage trees, drainage length by type and condition, sensors by their latest "
                   "alert level — and writes each table as CSV (opens in Excel) with a bar chart (PNG) for "
                   "the ward's report.")

    def name(self):
        return "ward_statistics"

    def displayName(self):
        return tr("Ward statistics")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WARD", tr("Ward map (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map()))
        self.addParameter(QgsProcessingParameterBoolean("CHARTS", tr("Bar charts (PNG)"), True))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("FILES", tr("Files written")))

    def execute(self, parameters, context, feedback):
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        os.makedirs(folder, exist_ok=True)
        files = ward_statistics(self.parameterAsFile(parameters, "WARD", context), folder,
                                charts=self.parameterAsBool(parameters, "CHARTS", context))
        for path in files:
            feedback.pushInfo(tr("Written: {}").format(path))
        return {"OUTPUT": folder, "FILES": len(files)}
