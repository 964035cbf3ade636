"""``mymap:import_assets``: existing survey data (GeoPackage, Shapefile, GeoJSON, DXF,
KML, CSV with coordinates) into a ward layer.

An import is prepared first (:func:`prepare_import`): every source row is mapped
(:mod:`field_mapping`), converted to the target's types and coded values, given
its residential group by location, and checked against the target's rules; its
geometry is checked for type and validity and brought into the ward CRS; and the
coordinates as a whole are checked for the usual traps (:mod:`coordinate_checks`).
Nothing is written while preparing, so a dialog can preview the result.

:func:`import_assets` then writes the accepted rows in one transaction (all or
none), with new uuids, asset codes from the ward's counter and UTC timestamps.
Rows that break a rule are returned with the reason, never dropped silently.
"""
import csv
from collections import Counter
import hashlib
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import List, Optional

from osgeo import gdal, ogr
from qgis.core import (QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsCsException, QgsExpression,
                       QgsExpressionContext, QgsExpressionContextScope, QgsFeature, QgsField, QgsFields,
                       QgsFeatureRequest, QgsFeatureSource, QgsGeometry, QgsProcessingFeatureSource, QgsRectangle,
                       QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QUrl

from ..compat import (FIELD_BOOL, FIELD_DOUBLE, FIELD_LONG_LONG, FIELD_STRING, GEOS_VALIDATOR, LINE_GEOMETRY,
                      POINT_GEOMETRY, POLYGON_GEOMETRY, SKIP_GEOMETRY_CHECKS)
from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql
from ..sync.checkout import default_editor
from ..sync.database import connect, gpkg_wkb, transaction
from ..ward_map import asset_codes, code_allocator, identities, schema
from ..ward_map.create_ward_map import add_missing_layers, layer_source
from ..ward_map.edit_hooks import utc_now
from ..ward_map.ward_settings import crs_from_setting, read_only_connection, read_settings
from . import coordinate_checks
from .coordinate_checks import ERROR, WARNING, Finding, WardArea
from .field_mapping import FieldMap, RowRejected, convert_value, default_field_map, is_null, load_field_map

gdal.UseExceptions()
ogr.UseExceptions()

TARGETS = ("housing", "trees", "drainage_lines", "drainage_nodes", "sensors", "streets")
X_NAMES = ("x", "easting", "east", "e", "lon", "long", "lng", "longitude", "kinh_do", "kinh độ", "kinh do")
Y_NAMES = ("y", "northing", "north", "n", "lat", "latitude", "vi_do", "vĩ độ", "vi do")
WKT_NAMES = ("wkt", "geometry", "geom", "the_geom", "shape")
PREVIEW_ROWS = 20


@dataclass
class ImportRow:
    number: int                 # the source row, from 1
    values: dict                # target field → value
    geometry: QgsGeometry       # in the ward CRS


@dataclass
class RejectedRow:
    number: int
    feature: QgsFeature         # the source feature as it was read
    reason: str


@dataclass
class ImportPlan:
    target: str
    source: QgsFeatureSource     # a QgsVectorLayer, or a Processing algorithm's input
    source_crs: QgsCoordinateReferenceSystem
    ward_crs: QgsCoordinateReferenceSystem
    field_map: FieldMap
    total: int = 0
    rows: List[ImportRow] = field(default_factory=list)
    rejected: List[RejectedRow] = field(default_factory=list)
    findings: List[Finding] = field(default_factory=list)
    outside: int = 0

    def errors(self):
        return [f for f in self.findings if f.severity == ERROR]

    def warnings(self):
        return [f for f in self.findings if f.severity == WARNING]


@dataclass
class ImportResult:
    imported: int
    rejected: List[RejectedRow]
    findings: List[Finding]
    source_crs: QgsCoordinateReferenceSystem
    first_code: Optional[str] = None
    last_code: Optional[str] = None


# --- reading the source ------------------------------------------------------------------------------

def _csv_uri(path: Path) -> str:
    """A delimited-text URI for a CSV with X/Y (or lon/lat, or WKT) columns."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            sample = handle.read(65536)
    except (OSError, UnicodeDecodeError) as error:
        raise MyMapError(tr("The file {} cannot be read as UTF-8 text: {}").format(path.name, error)) from None
    if not sample.strip():
        raise MyMapError(tr("The file {} is empty: there is nothing to import.").format(path.name))
    try:
        delimiter = csv.Sniffer().sniff(sample.splitlines()[0], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    header = next(csv.reader([sample.splitlines()[0]], delimiter=delimiter))
    by_name = {name.strip().lower(): name for name in header}
    query = [("type", "csv"), ("delimiter", "\\t" if delimiter == "\t" else delimiter), ("detectTypes", "yes"),
             ("encoding", "UTF-8"), ("trimFields", "yes")]
    wkt = next((by_name[n] for n in WKT_NAMES if n in by_name), None)
    x_field = next((by_name[n] for n in X_NAMES if n in by_name), None)
    y_field = next((by_name[n] for n in Y_NAMES if n in by_name), None)
    if x_field and y_field:
        query += [("xField", x_field), ("yField", y_field)]
    elif wkt:
        query += [("wktField", wkt)]
    else:
        raise MyMapError(tr("The CSV file {} has no coordinate columns. Name them X and Y (or lon and lat, "
                            "or Easting and Northing), or give the geometry as WKT.").format(path.name))
    encoded = "&".join("{}={}".format(key, value if key == "delimiter" else
                                      QUrl.toPercentEncoding(value).data().decode()) for key, value in query)
    return QUrl.fromLocalFile(str(path)).toString() + "?" + encoded


def open_source(source) -> QgsFeatureSource:
    """The source to read: a layer already open, any other feature source (a Processing input: a
    memory layer, a model step's output, selected features only), a path (``path|layername=x`` for
    one layer of a multi-layer file), or a CSV file with coordinate columns. A path gives a layer."""
    if isinstance(source, QgsVectorLayer):
        layer = source
    elif isinstance(source, QgsFeatureSource):
        return _readable(source)
    else:
        text = str(source or "").strip()
        path = Path(text.split("|")[0])
        if not text or not path.exists():
            raise MyMapError(tr("The source {} does not exist.").format(text))
        if path.suffix.lower() == ".csv":
            layer = QgsVectorLayer(_csv_uri(path), path.stem, "delimitedtext")
        else:
            layer = QgsVectorLayer(text, path.stem, "ogr")
    if not layer.isValid():
        raise MyMapError(tr("{} cannot be read as vector data. Choose a GeoPackage, Shapefile, GeoJSON, "
                            "DXF, KML or a CSV file with coordinates.").format(layer.source().split("|")[0]))
    return _readable(layer)


def _readable(source):
    """The source, if it has rows with geometry to import."""
    if source.featureCount() == 0:
        raise MyMapError(tr("{} is empty: there is nothing to import.").format(source.sourceName()))
    if QgsWkbTypes.geometryType(source.wkbType()) not in GEOMETRY_KINDS:
        raise MyMapError(tr("{} has no geometry, so its rows cannot be placed on the map.").format(
            source.sourceName()))
    return source


def _features(source):
    """The source's features in order. A Processing input is read without Processing's own geometry
    check: an invalid polygon becomes a rejected row with its reason, as it does from a file."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)
    return source.getFeatures()


# --- the ward's current content ------------------------------------------------------------------------

@dataclass
class _WardContent:
    settings: object
    crs: QgsCoordinateReferenceSystem
    uuids: set
    codes: set
    group_ids: set
    groups: list                # (group_id, QgsGeometry)
    species: set
    nodes: set
    area: WardArea
    context: object             # the transform context with the official VN-2000 shift pinned
    shapes: set                 # digests of every feature's geometry and mapped values


def _plain_value(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def feature_digest(wkb: bytes, values) -> bytes:
    """A fingerprint of a feature: its geometry and the values the field map gives it. Two rows with
    the same fingerprint are the same asset (two sensors on one pole are not: their names differ)."""
    text = repr([_plain_value(v) for v in values]).encode("utf-8")
    return hashlib.sha256(wkb + b"|" + text).digest()


def _compared_fields(field_map):
    """The fields that tell two assets apart in a duplicate check: those the map fills, minus identities."""
    return sorted(name for name in field_map.rules if name not in ("uuid", "asset_code"))


def _read_ward(ward, target, compared) -> _WardContent:
    settings = read_settings(ward)
    has_codes = schema.LAYERS_BY_NAME[target].is_asset
    crs = crs_from_setting(settings.crs)
    context = coordinate_checks.transform_context(crs)
    with closing(read_only_connection(ward)) as connection:
        try:
            uuids = {r[0] for r in connection.execute(sql("SELECT uuid FROM {table}", table=target))}
            codes = {r[0] for r in connection.execute(sql("SELECT asset_code FROM {table} WHERE asset_code IS NOT NULL",
                                                          table=target))} if has_codes else set()
            species = {r[0] for r in connection.execute("SELECT species_id FROM species")}
            nodes = {r[0] for r in connection.execute("SELECT uuid FROM drainage_nodes")}
            shapes = {feature_digest(gpkg_wkb(blob), values) for blob, *values in connection.execute(
                sql("SELECT {names} FROM {table} WHERE geom IS NOT NULL", table=target,
                    names=("geom",) + tuple(compared)))}
            extent = QgsRectangle()
            for layer_def in schema.ASSET_LAYERS:
                row = connection.execute(
                    "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?",
                    (layer_def.name,)).fetchone()
                count = connection.execute(sql("SELECT count(*) FROM {table}", table=layer_def.name)).fetchone()[0]
                if row and count and None not in row:
                    extent.combineExtentWith(QgsRectangle(*row))
        except sqlite3.Error as error:
            raise MyMapError(tr("The ward map {} cannot be read: {}").format(ward, error)) from None
    groups_layer = QgsVectorLayer(layer_source(ward, "residential_groups"), "groups", "ogr")
    groups = [(f["group_id"], QgsGeometry(f.geometry())) for f in groups_layer.getFeatures()
              if f.hasGeometry()]
    area = WardArea.of_ward([g for _id, g in groups], extent, crs, context)
    return _WardContent(settings, crs, uuids, codes, {g for g, _geom in groups}, groups, species, nodes, area,
                        context, shapes)


# --- geometry ------------------------------------------------------------------------------------------

GEOMETRY_KINDS = (POINT_GEOMETRY, LINE_GEOMETRY, POLYGON_GEOMETRY)
WANTED = {"Point": POINT_GEOMETRY, "LineString": LINE_GEOMETRY, "MultiPolygon": POLYGON_GEOMETRY}


def _kind_text(geometry_type):
    return {POINT_GEOMETRY: tr("points"), LINE_GEOMETRY: tr("lines"),
            POLYGON_GEOMETRY: tr("polygons")}.get(geometry_type, tr("no geometry"))


def _fit_geometry(geometry: QgsGeometry, layer_def, swap_xy, transform):
    """The source geometry as the target stores it (in the ward CRS), or RowRejected."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        raise RowRejected(tr("The row has no geometry."))
    wanted = WANTED[layer_def.geometry]
    found = geometry.type()
    if found != wanted:
        raise RowRejected(tr("The row's geometry is made of {}, but {} needs {}.").format(
            _kind_text(found), tr(layer_def.title), _kind_text(wanted)))
    geometry = QgsGeometry(geometry)
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if wanted != POLYGON_GEOMETRY and geometry.isMultipart():
        parts = geometry.asGeometryCollection()
        if len(parts) != 1:
            raise RowRejected(tr("The row's geometry has {} parts; {} needs a single part per row. Split it "
                                 "into single parts first.").format(len(parts), tr(layer_def.title)))
        geometry = parts[0]
    geometry.get().dropZValue()
    geometry.get().dropMValue()
    if swap_xy:
        geometry.get().swapXy()
    try:
        geometry.transform(transform)
    except QgsCsException:
        raise RowRejected(tr("The row's coordinates cannot be converted to the ward's coordinate system."))
    if wanted == POLYGON_GEOMETRY:
        geometry.convertToMultiType()
        errors = geometry.validateGeometry(GEOS_VALIDATOR)
        if errors:
            raise RowRejected(tr("The row's polygon is not valid ({}). Repair it (Fix geometries) and import "
                                 "it again.").format(errors[0].what()))
    return geometry


def _anchor(geometry: QgsGeometry):
    point = geometry.pointOnSurface() if geometry.type() == POLYGON_GEOMETRY else geometry
    if geometry.type() == LINE_GEOMETRY:
        point = geometry.interpolate(geometry.length() / 2)
    return point.asPoint()


def _sample_points(layer, limit=coordinate_checks.SAMPLE_SIZE):
    points = []
    for feature in _features(layer):
        geometry = feature.geometry()
        if geometry is None or geometry.isEmpty():
            continue
        points.append(geometry.boundingBox().center())      # a point's own position
        if len(points) >= limit:
            break
    return points


# --- values --------------------------------------------------------------------------------------------

def _target_fields(layer_def) -> QgsFields:
    kinds = {"text": FIELD_STRING, "integer": FIELD_LONG_LONG, "real": FIELD_DOUBLE,
             "date": FIELD_STRING, "datetime": FIELD_STRING, "boolean": FIELD_BOOL}
    fields = QgsFields()
    for field_def in layer_def.fields:
        fields.append(QgsField(field_def.name, kinds[field_def.type]))
    return fields


class _Mapper:
    """Evaluates a field map's expressions for source features and checks the target's rules."""

    def __init__(self, plan_field_map: FieldMap, source: QgsFeatureSource, layer_def, ward: _WardContent):
        self.layer_def = layer_def
        self.ward = ward
        self.context = QgsExpressionContext()
        scope = QgsExpressionContextScope()
        scope.setFields(source.fields())
        scope.setVariable("mymap_ward_name", ward.settings.ward_name)
        scope.setVariable("mymap_ward_code", ward.settings.ward_code)
        self.context.appendScope(scope)
        self.expressions = {}
        for name, rule in plan_field_map.rules.items():
            expression = QgsExpression(rule.expression)
            if expression.hasParserError():
                raise MyMapError(tr("The expression for {} is not valid: {} ({})").format(
                    name, rule.expression, expression.parserErrorString()))
            expression.prepare(self.context)
            self.expressions[name] = (expression, rule)
        self.target_fields = _target_fields(layer_def)
        self.target_context = QgsExpressionContext()
        target_scope = QgsExpressionContextScope()
        target_scope.setFields(self.target_fields)
        target_scope.setVariable("mymap_ward_name", ward.settings.ward_name)
        self.target_context.appendScope(target_scope)
        self.checks = []
        for field_def in layer_def.fields:
            if field_def.constraint:
                self.checks.append((QgsExpression(field_def.constraint[0]), field_def.constraint[1]))
        for _name, expression, message in layer_def.extra_constraints:
            self.checks.append((QgsExpression(expression), message))
        self.computed = [(f.name, QgsExpression(f.computed)) for f in layer_def.fields if f.computed]
        self.defaults = {}
        for field_def in layer_def.fields:
            if field_def.default and "(" not in field_def.default and "@" not in field_def.default:
                self.defaults[field_def.name] = QgsExpression(field_def.default).evaluate()
        self.seen_uuids = set()
        self.seen_codes = set()

    def values(self, feature: QgsFeature, geometry: QgsGeometry) -> dict:
        self.context.setFeature(feature)
        values = {}
        for name, (expression, rule) in self.expressions.items():
            value = expression.evaluate(self.context)
            if expression.hasEvalError():
                raise RowRejected(tr("{}: the expression failed: {}").format(
                    tr(self.layer_def.field(name).alias), expression.evalErrorString()))
            values[name] = convert_value(value, self.layer_def.field(name), rule)
        for name, default in self.defaults.items():
            if values.get(name) is None:
                values[name] = default
        self._identities(values)
        self._lookups(values, geometry)
        values["ward_code"] = self.ward.settings.ward_code
        for field_def in self.layer_def.fields:
            if field_def.required and is_null(values.get(field_def.name)) and field_def.name != "uuid":
                raise RowRejected(tr("{} is required but the row has no value for it.").format(tr(field_def.alias)))
        self._check_rules(values, geometry)
        return values

    def _identities(self, values):
        uuid = values.get("uuid")
        if uuid:
            if uuid in self.ward.uuids or uuid in self.seen_uuids:
                raise RowRejected(tr("This feature (uuid {}) is already in the ward map.").format(uuid))
            self.seen_uuids.add(uuid)
        code = values.get("asset_code")
        if code:
            parsed = asset_codes.parse_asset_code(code)
            if parsed is None or parsed[0] != self.layer_def.name:
                raise RowRejected(tr("The asset code {} is not a valid code of {}.").format(
                    code, tr(self.layer_def.title)))
            code = asset_codes.make_asset_code(parsed[0], parsed[1])
            if code in self.ward.codes or code in self.seen_codes:
                raise RowRejected(tr("The asset code {} is already used in the ward map.").format(code))
            self.seen_codes.add(code)
            values["asset_code"] = code

    def _lookups(self, values, geometry):
        group = values.get("residential_group_id")
        if group:
            if group not in self.ward.group_ids:
                raise RowRejected(tr("The residential group {} does not exist in the ward map.").format(group))
        elif "residential_group_id" in self.layer_def.field_names():
            anchor = QgsGeometry.fromPointXY(_anchor(geometry))
            values["residential_group_id"] = next(
                (group_id for group_id, shape in self.ward.groups if shape.intersects(anchor)), None)
        species = values.get("species_id")
        if species is not None and "species_id" in self.layer_def.field_names() and species not in self.ward.species:
            raise RowRejected(tr("The species {} is not in the ward's species list.").format(species))
        for name in ("from_node_uuid", "to_node_uuid"):
            node = values.get(name)
            if node and node not in self.ward.nodes:
                raise RowRejected(tr("{}: the drainage node {} does not exist in the ward map.").format(
                    tr(self.layer_def.field(name).alias), node))

    def _feature(self, values, geometry):
        feature = QgsFeature(self.target_fields)
        for name, value in values.items():
            index = self.target_fields.indexOf(name)
            if index >= 0:
                feature.setAttribute(index, value)
        feature.setGeometry(geometry)
        return feature

    def _check_rules(self, values, geometry):
        feature = self._feature(values, geometry)
        self.target_context.setFeature(feature)
        for expression, message in self.checks:
            result = expression.evaluate(self.target_context)
            if not is_null(result) and not result:        # NULL passes, as in the form's constraints
                raise RowRejected(tr(message))
        for name, expression in self.computed:
            value = expression.evaluate(self.target_context)
            values[name] = None if is_null(value) else value
            feature.setAttribute(self.target_fields.indexOf(name), values[name])
            self.target_context.setFeature(feature)


# --- preparing and writing -------------------------------------------------------------------------------

def _progress(feedback, percent, text=""):
    if feedback is not None:
        feedback(int(percent), text)


def prepare_import(ward, source, target, field_map=None, crs=None, swap_xy=False, limit=None, feedback=None,
                   cancelled=None) -> ImportPlan:
    """Map and check the source's rows for *target* without writing anything.

    *field_map*: a FieldMap, JSON text, a .json path, a bundled map's name, or None (fields named
    like the target's). *crs*: overrides the source's CRS. *limit*: only the first rows (preview)."""
    if target not in TARGETS:
        raise MyMapError(tr("{} is not a layer assets can be imported into; choose one of {}.").format(
            target, ", ".join(TARGETS)))
    layer_def = schema.LAYERS_BY_NAME[target]
    layer = open_source(source)
    if crs is not None and not isinstance(crs, QgsCoordinateReferenceSystem):
        crs = QgsCoordinateReferenceSystem(str(crs))
    source_crs = crs if crs is not None and crs.isValid() else layer.sourceCrs()
    if isinstance(field_map, FieldMap):
        mapping = field_map
    elif field_map:
        mapping = load_field_map(field_map, target)
    else:
        mapping = default_field_map(target, layer.fields().names())
    compared = _compared_fields(mapping)
    ward_content = _read_ward(ward, target, compared)
    ward_crs, context = ward_content.crs, ward_content.context
    plan = ImportPlan(target, layer, source_crs, ward_crs, mapping, total=layer.featureCount())

    wanted = WANTED[layer_def.geometry]
    geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
    if geometry_type in GEOMETRY_KINDS and geometry_type != wanted:
        raise MyMapError(tr("{} holds {}, but {} needs {}. Choose another target layer or source.").format(
            layer.sourceName(), _kind_text(geometry_type), tr(layer_def.title), _kind_text(wanted)))

    plan.findings = coordinate_checks.check_coordinates(_sample_points(layer), source_crs, ward_crs,
                                                        ward_content.area, context, swap_xy)
    if plan.errors():
        return plan
    transform = QgsCoordinateTransform(source_crs, ward_crs, context)
    mapper = _Mapper(mapping, layer, layer_def, ward_content)
    accepted_shapes = {}
    outside_points = []
    total = plan.total if limit is None else min(limit, plan.total)
    for number, feature in enumerate(_features(layer), start=1):
        if limit is not None and number > limit:
            break
        if cancelled is not None and cancelled():
            raise MyMapError(tr("The import was cancelled; nothing was written."))
        if number % 200 == 0:
            _progress(feedback, 80 * number / max(total, 1), tr("Checking rows"))
        try:
            geometry = _fit_geometry(feature.geometry(), layer_def, swap_xy, transform)
            values = mapper.values(feature, geometry)
            digest = feature_digest(bytes(geometry.asWkb()), [values.get(name) for name in compared])
            if digest in ward_content.shapes:
                raise RowRejected(tr("The same feature (same geometry and values) is already in the ward map; "
                                     "importing it again would make a duplicate."))
            if digest in accepted_shapes:
                raise RowRejected(tr("The same feature (same geometry and values) is in row {} of the source: "
                                     "this row looks like a duplicate.").format(accepted_shapes[digest]))
            accepted_shapes[digest] = number
        except RowRejected as reason:
            plan.rejected.append(RejectedRow(number, QgsFeature(feature), str(reason)))
            continue
        plan.rows.append(ImportRow(number, values, geometry))
        if not ward_content.area.contains(_anchor(geometry)):
            plan.outside += 1
            outside_points.append(_anchor(geometry))
    if plan.outside and not plan.warnings():
        plan.findings.append(coordinate_checks.outside_finding(
            outside_points, len(plan.rows), source_crs, ward_crs, ward_content.area, context))
    if not plan.rows and plan.rejected and limit is None:
        reason, count = Counter(r.reason for r in plan.rejected).most_common(1)[0]
        raise MyMapError(tr("None of the {} rows can be imported into {}. The most frequent reason ({} rows): {}")
                         .format(len(plan.rejected), tr(layer_def.title), count, reason))
    return plan


def _reserve_codes(ward, target, count):
    """*count* asset codes for the rows, reserved before the rows are written (a failed import
    leaves a gap in the serials, never a code handed out twice)."""
    if not count:
        return []
    connection = connect(ward)
    try:
        with transaction(connection):
            codes = code_allocator.new_codes(connection, target, count)
            if None in codes:
                raise MyMapError(tr("This working copy has used all the asset codes reserved for it for the layer "
                                    "{}; sync it to get new ones, then import again. Nothing was imported.")
                                 .format(target))
        return codes
    except sqlite3.Error as error:
        raise MyMapError(tr("The ward map {} could not be written: {}. Nothing was imported.").format(
            ward, error)) from None
    finally:
        connection.close()


def write_rows(ward, plan: ImportPlan, editor=""):
    """Write the plan's rows in one transaction; returns (first code, last code)."""
    target = plan.target
    is_asset = schema.LAYERS_BY_NAME[target].is_asset
    need = sum(1 for row in plan.rows if is_asset and not row.values.get("asset_code"))
    now = utc_now().toString("yyyy-MM-ddTHH:mm:ssZ")
    editor = editor or default_editor()
    fresh = iter(_reserve_codes(ward, target, need))
    dataset = gdal.OpenEx(str(ward), gdal.OF_VECTOR | gdal.OF_UPDATE)
    codes = []
    try:
        layer = dataset.GetLayerByName(target)
        definition = layer.GetLayerDefn()
        dataset.StartTransaction()
        try:
            for row in plan.rows:
                feature = ogr.Feature(definition)
                values = dict(row.values)
                values.setdefault("uuid", None)
                if not values["uuid"]:
                    values["uuid"] = identities.new_uuid()
                if is_asset and not values.get("asset_code"):
                    values["asset_code"] = next(fresh)
                if is_asset:
                    codes.append(values["asset_code"])
                values.update(created_at=now, updated_at=now, created_by=editor, updated_by=editor)
                for name, value in values.items():
                    if value is None or definition.GetFieldIndex(name) < 0:
                        continue
                    feature.SetField(name, int(value) if isinstance(value, bool) else value)
                feature.SetGeometry(ogr.CreateGeometryFromWkb(bytes(row.geometry.asWkb())))
                layer.CreateFeature(feature)
            dataset.CommitTransaction()
        except BaseException:
            dataset.RollbackTransaction()
            raise
    except RuntimeError as error:
        raise MyMapError(tr("The ward map {} could not be written: {}. Nothing was imported.").format(
            ward, error)) from None
    finally:
        dataset = None
    ordered = sorted(codes)
    return (ordered[0], ordered[-1]) if ordered else (None, None)


def import_assets(ward, source, target, field_map=None, crs=None, swap_xy=False, confirm=False, editor="",
                  feedback=None, cancelled=None) -> ImportResult:
    """Import *source* into the ward layer *target*. Coordinate problems stop the import with
    their explanation (warnings only when *confirm* is false); rows that break a rule are
    returned in ``rejected`` with the reason, and everything else is written at once."""
    add_missing_layers(ward)        # a ward map made before the target layer existed
    plan = prepare_import(ward, source, target, field_map, crs, swap_xy, feedback=feedback, cancelled=cancelled)
    blocking = plan.errors() + ([] if confirm else plan.warnings())
    if blocking:
        text = " ".join(f.message for f in blocking)
        if not plan.errors():
            text += " " + tr("Nothing was imported.")
        raise MyMapError(text)
    if cancelled is not None and cancelled():
        raise MyMapError(tr("The import was cancelled; nothing was written."))
    _progress(feedback, 85, tr("Writing"))
    first, last = write_rows(ward, plan, editor)
    _progress(feedback, 100, "")
    return ImportResult(len(plan.rows), plan.rejected, plan.findings, plan.source_crs, first, last)
