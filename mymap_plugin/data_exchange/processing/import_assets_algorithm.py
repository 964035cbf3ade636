"""Processing algorithm mymap:import_assets."""
from qgis.core import (QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsProcessing, QgsProcessingOutputNumber,
                       QgsProcessingOutputString, QgsProcessingParameterBoolean, QgsProcessingParameterCrs,
                       QgsProcessingParameterEnum, QgsProcessingParameterFeatureSink, QgsProcessingParameterFile,
                       QgsProcessingParameterString, QgsWkbTypes)
from qgis.PyQt.QtCore import QVariant

from ...i18n import tr
from ...processing_base import MyMapAlgorithm
from ...ward_map import schema
from ...ward_map.schema import N_
from ..import_assets import TARGETS, import_assets

REASON_FIELD = "reject_reason"
ROW_FIELD = "source_row"


def rejected_fields(source_fields) -> QgsFields:
    """The rejected-rows output: the source's own fields, its row number and the reason."""
    fields = QgsFields()
    fields.append(QgsField(ROW_FIELD, QVariant.Int))
    fields.append(QgsField(REASON_FIELD, QVariant.String))
    for source_field in source_fields:
        if source_field.name() not in (ROW_FIELD, REASON_FIELD):
            fields.append(QgsField(source_field))
    return fields


def rejected_feature(fields, rejected) -> QgsFeature:
    feature = QgsFeature(fields)
    feature.setGeometry(rejected.feature.geometry())
    feature[ROW_FIELD] = rejected.number
    feature[REASON_FIELD] = rejected.reason
    source_fields = rejected.feature.fields()
    for index in range(source_fields.count()):
        name = source_fields.at(index).name()
        if fields.indexOf(name) >= 2:
            feature[name] = rejected.feature.attribute(index)
    return feature


class ImportAssetsAlgorithm(MyMapAlgorithm):
    group_name = N_("Data in and out")
    help_text = N_("Imports existing survey data (GeoPackage, Shapefile, GeoJSON, DXF, KML, or CSV with X/Y, "
                   "lon/lat or WKT columns) into a layer of the ward map. FIELD_MAP gives, per target field, a "
                   "source field or expression and how source values become the target's coded values; it is "
                   "JSON text, a saved .json file, or osm_buildings for OpenStreetMap buildings. Without it, "
                   "fields named like the target's fields or their aliases are used. Before anything is "
                   "written the coordinates are checked: a missing CRS, X and Y exchanged, another VN-2000 "
                   "zone, VN-2000 without the datum shift, data outside the ward. Fix them (CRS, SWAP_XY) or "
                   "confirm (CONFIRM). Rows that break a rule of the target are not imported; they go to the "
                   "rejected-rows output with the reason. Everything else is written at once, with new asset "
                   "codes.")

    def name(self):
        return "import_assets"

    def displayName(self):
        return tr("Import assets")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Source data (GeoPackage, Shapefile, GeoJSON, DXF, KML, CSV)"),
            fileFilter=tr("Vector data") + " (*.gpkg *.shp *.geojson *.json *.dxf *.kml *.csv);;" +
            tr("All files") + " (*)"))
        self.addParameter(QgsProcessingParameterEnum(
            "TARGET", tr("Import into"), [tr(schema.LAYERS_BY_NAME[name].title) for name in TARGETS],
            defaultValue=0))
        self.addParameter(QgsProcessingParameterFile("WARD", tr("Ward map (GeoPackage)"), extension="gpkg"))
        self.addParameter(QgsProcessingParameterString(
            "FIELD_MAP", tr("Field map (JSON text, a .json file or osm_buildings)"), multiLine=True,
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            "CRS", tr("Source coordinate system (empty: the source's own)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("SWAP_XY", tr("Swap X and Y (X is the northing)"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            "CONFIRM", tr("Import even though the coordinate checks warn"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "REJECTED", tr("Rejected rows"), QgsProcessing.TypeVectorAnyGeometry, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber("REJECTED_COUNT", tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputString("CODES", tr("Asset codes given")))

    def execute(self, parameters, context, feedback):
        target = TARGETS[self.parameterAsEnum(parameters, "TARGET", context)]
        crs = self.parameterAsCrs(parameters, "CRS", context)
        result = import_assets(
            self.parameterAsFile(parameters, "WARD", context), self.parameterAsFile(parameters, "INPUT", context),
            target, field_map=self.parameterAsString(parameters, "FIELD_MAP", context) or None,
            crs=crs if crs.isValid() else None, swap_xy=self.parameterAsBool(parameters, "SWAP_XY", context),
            confirm=self.parameterAsBool(parameters, "CONFIRM", context),
            feedback=lambda percent, _text: feedback.setProgress(percent), cancelled=feedback.isCanceled)
        for finding in result.findings:
            feedback.pushWarning(finding.message)
        outputs = {"IMPORTED": result.imported, "REJECTED_COUNT": len(result.rejected),
                   "CODES": "{}–{}".format(result.first_code, result.last_code) if result.first_code else ""}
        if result.rejected:
            fields = rejected_fields(result.rejected[0].feature.fields())
            kinds = {r.feature.geometry().wkbType() for r in result.rejected if r.feature.hasGeometry()}
            kind = kinds.pop() if len(kinds) == 1 else QgsWkbTypes.Unknown
            sink, sink_id = self.parameterAsSink(parameters, "REJECTED", context, fields, kind, result.source_crs)
            if sink is not None:
                for rejected in result.rejected:
                    sink.addFeature(rejected_feature(fields, rejected), QgsFeatureSink.FastInsert)
                outputs["REJECTED"] = sink_id
            for rejected in result.rejected[:20]:
                feedback.pushInfo(tr("Row {} not imported: {}").format(rejected.number, rejected.reason))
        feedback.pushInfo(tr("{} rows imported, {} rejected.").format(result.imported, len(result.rejected)))
        return outputs
