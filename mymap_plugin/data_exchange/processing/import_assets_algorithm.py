"""Processing algorithm mymap:import_assets."""
from pathlib import Path

from qgis.core import (QgsFeature, QgsField, QgsFields, QgsProcessingFeatureSourceDefinition,
                       QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterBoolean,
                       QgsProcessingParameterCrs, QgsProcessingParameterFeatureSink,
                       QgsProcessingParameterFeatureSource, QgsProcessingParameterFile, QgsProcessingParameterString,
                       QgsProperty)

from ...compat import FAST_INSERT, FIELD_INT, FIELD_STRING, STATIC_PROPERTY, UNKNOWN_WKB_TYPE, VECTOR_ANY_GEOMETRY
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter, project_ward_map
from ...ward_map import schema
from ...ward_map.schema import N_
from ..import_assets import TARGETS, import_assets

REASON_FIELD = "reject_reason"
ROW_FIELD = "source_row"


def rejected_fields(source_fields) -> QgsFields:
    """The rejected-rows output: the source's own fields, its row number and the reason."""
    fields = QgsFields()
    fields.append(QgsField(ROW_FIELD, FIELD_INT))
    fields.append(QgsField(REASON_FIELD, FIELD_STRING))
    for source_field in source_fields:
        if source_field.name() not in (ROW_FIELD, REASON_FIELD):
            fields.append(QgsField(source_field))
    return fields


def csv_path(value):
    """The CSV file INPUT names, if it names one: a CSV is read with its X/Y (or WKT) columns as
    geometry, which only the import's own reader knows how to find. Anything else is None."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.staticValue() if value.propertyType() == STATIC_PROPERTY else None
    if not isinstance(value, str):
        return None
    path = Path(value.split("|")[0].strip())
    return str(path) if path.suffix.lower() == ".csv" and path.is_file() else None


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
    help_text = N_("Imports existing survey data into a layer of the ward map: any vector layer (a memory "
                   "layer, a model step's result, only its selected features) or a GeoPackage, Shapefile, "
                   "GeoJSON, DXF, KML, or CSV file with X/Y, lon/lat or WKT columns. FIELD_MAP gives, per "
                   "target field, a source field or expression and how source values become the target's coded "
                   "values; it is JSON text, a saved .json file, osm_buildings for OpenStreetMap buildings or "
                   "osm_highways for OpenStreetMap highways (into streets). "
                   "Without it, fields named like the target's fields or their aliases are used. Before anything "
                   "is written the coordinates are checked: a missing CRS, X and Y exchanged, another VN-2000 "
                   "zone, VN-2000 without the datum shift, data outside the ward. Fix them (CRS, SWAP_XY) or "
                   "confirm (CONFIRM). Rows that break a rule of the target are not imported; they go to the "
                   "rejected-rows output with the reason. Everything else is written at once, with new asset "
                   "codes.")

    def name(self):
        return "import_assets"

    def displayName(self):
        return tr("Import assets")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource(
            "INPUT", tr("Source data (a layer, or a GeoPackage, Shapefile, GeoJSON, DXF, KML or CSV file)"),
            [VECTOR_ANY_GEOMETRY]))
        self.addParameter(enum_parameter(
            "TARGET", tr("Import into"), [tr(schema.LAYERS_BY_NAME[name].title) for name in TARGETS], TARGETS))
        self.addParameter(QgsProcessingParameterFile("WARD", tr("Ward map (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map()))
        self.addParameter(QgsProcessingParameterString(
            "FIELD_MAP", tr("Field map (JSON text, a .json file, osm_buildings or osm_highways)"), multiLine=True,
            optional=True))
        self.addParameter(QgsProcessingParameterCrs(
            "CRS", tr("Source coordinate system (empty: the source's own)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean("SWAP_XY", tr("Swap X and Y (X is the northing)"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            "CONFIRM", tr("Import even though the coordinate checks warn"), False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            "REJECTED", tr("Rejected rows"), VECTOR_ANY_GEOMETRY, optional=True,
            createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber("IMPORTED", tr("Rows imported")))
        self.addOutput(QgsProcessingOutputNumber("REJECTED_COUNT", tr("Rows rejected")))
        self.addOutput(QgsProcessingOutputString("CODES", tr("Asset codes given")))

    def input_source(self, parameters, context):
        """What INPUT names: a CSV file's path (read by the import itself), else the Processing
        source (a layer, a file, selected features only, a model step's output)."""
        value = parameters.get("INPUT")
        path = csv_path(value)
        if path is not None:
            return path
        source = self.parameterAsSource(parameters, "INPUT", context)
        if source is not None:
            return source
        # Not readable by Processing: the import names the reason (missing file, not vector data…).
        return value if isinstance(value, str) else ""

    def execute(self, parameters, context, feedback):
        target = TARGETS[self.parameterAsEnum(parameters, "TARGET", context)]
        crs = self.parameterAsCrs(parameters, "CRS", context)
        result = import_assets(
            self.parameterAsFile(parameters, "WARD", context), self.input_source(parameters, context),
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
            kind = kinds.pop() if len(kinds) == 1 else UNKNOWN_WKB_TYPE
            sink, sink_id = self.parameterAsSink(parameters, "REJECTED", context, fields, kind, result.source_crs)
            if sink is not None:
                for rejected in result.rejected:
                    sink.addFeature(rejected_feature(fields, rejected), FAST_INSERT)
                outputs["REJECTED"] = sink_id
            for rejected in result.rejected[:20]:
                feedback.pushInfo(tr("Row {} not imported: {}").format(rejected.number, rejected.reason))
        feedback.pushInfo(tr("{} rows imported, {} rejected.").format(result.imported, len(result.rejected)))
        return outputs
