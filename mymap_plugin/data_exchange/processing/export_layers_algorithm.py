"""Processing algorithm mymap:export_layers."""
import os

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterCrs, QgsProcessingParameterFile,
                       QgsProcessingParameterFolderDestination)

from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter, project_ward_map
from ...ward_map import schema
from ...ward_map.schema import N_
from ..export_layers import FORMATS, export_layers

FORMAT_TITLES = (N_("GeoPackage"), N_("GeoJSON (WGS 84)"), N_("Shapefile"), N_("KML (WGS 84)"), N_("CSV"),
                 N_("DXF (AutoCAD, MicroStation)"), N_("Excel (XLSX)"))


class ExportLayersAlgorithm(MyMapAlgorithm):
    group_name = N_("Data in and out")
    help_text = N_("Writes the chosen layers of a ward map for planners: GeoPackage, GeoJSON, Shapefile (UTF-8 "
                   ".cpg and .prj), KML, CSV (geometry as WKT), DXF (a CAD layer per asset type, with trees, "
                   "drainage nodes and sensors as the blocks MYMAP_TREE, MYMAP_NODE and MYMAP_SENSOR inserted "
                   "at their positions, and a layer per type with the asset codes as text) or XLSX (a sheet per "
                   "layer), in the ward's CRS or another one (WGS 84, another VN-2000 zone, UTM 48N; the "
                   "official VN-2000 shift is applied). GeoJSON and KML are always WGS 84. Existing files are "
                   "never overwritten.")

    def name(self):
        return "export_layers"

    def displayName(self):
        return tr("Export layers")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WARD", tr("Ward map (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map()))
        self.addParameter(enum_parameter(
            "LAYERS", tr("Layers"), [tr(layer.title) for layer in schema.LAYERS],
            [layer.name for layer in schema.LAYERS], allow_multiple=True,
            default_value=list(range(len(schema.ASSET_LAYERS)))))
        self.addParameter(enum_parameter("FORMAT", tr("Format"), [tr(t) for t in FORMAT_TITLES],
                                         [export_format.key for export_format in FORMATS]))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Coordinate reference system (empty: the ward's)"),
                                                    optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ALIASES", tr("Vietnamese column names (aliases)"), False))
        self.addParameter(QgsProcessingParameterFolderDestination("OUTPUT", tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber("FILES", tr("Files written")))
        self.addOutput(QgsProcessingOutputString("FILE_LIST", tr("Files written (list)")))

    def execute(self, parameters, context, feedback):
        layers = [schema.LAYERS[index].name for index in self.parameterAsEnums(parameters, "LAYERS", context)]
        export_format = FORMATS[self.parameterAsEnum(parameters, "FORMAT", context)]
        crs = self.parameterAsCrs(parameters, "CRS", context)
        folder = self.parameterAsString(parameters, "OUTPUT", context)
        os.makedirs(folder, exist_ok=True)
        files = export_layers(self.parameterAsFile(parameters, "WARD", context), layers, export_format.key, folder,
                              crs=crs if crs.isValid() else None,
                              aliases=self.parameterAsBool(parameters, "ALIASES", context),
                              feedback=lambda percent, _text: feedback.setProgress(percent))
        for path in files:
            feedback.pushInfo(tr("Written: {}").format(path))
        return {"OUTPUT": folder, "FILES": len(files), "FILE_LIST": ";".join(str(p) for p in files)}
