"""Checks on changes that arrive from outside, before any of them is written.

A change bundle (``.mymapsync``) can be made or altered by hand, so the rows it
carries are input like any other. :func:`check_incoming_changes` looks at every
row against the ward schema (``ward_map/schema.py``) and against the columns the
target file really has, and refuses the whole lot with one clear message when
anything is wrong:

- only the synced tables, a uuid that looks like a uuid, known kinds of change;
- only fields the target has (a column added to the target since the bundle was
  made is fine: the rows simply do not mention it);
- values of the field's type, text of at most :data:`MAX_TEXT_CHARS`
  characters, finite numbers, 64-bit integers;
- geometries that are sound GeoPackage blobs: the header (magic, version,
  flags, envelope, the layer's coordinate system), WKB that OGR reads to its
  last byte, of the layer's type, with finite coordinates;
- with *rules*: domain codes and the minimum / maximum of a field.

Only the values a change writes are held to types and rules. The values it
says were there before (``base`` / ``old``) only have to be plain, known and
not oversized: they describe the target's past, which was never checked.

Domains and ranges are checked on the way into the shared map (``rules``). The
shared history going the other way holds values the shared map already took
(online syncs and direct edits are not held to the form rules) and never
changes, so refusing one of them would shut a working copy out of every later
bundle; its rows get every other check.
"""
import math
import re
import struct
from datetime import date

from osgeo import gdal, ogr

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import table_info
from ..ward_map import schema
from .capture import IDENTITY, SYNCED_TABLES, data_columns

MAX_TEXT_CHARS = 10000              # one text value (notes and photo included)
MAX_GEOMETRY_BYTES = 10000000       # one geometry blob
MAX_ROWS = 1000000                  # changes (or history entries) in one bundle
MAX_PROBLEMS = 5                    # problems listed in one message

_UUID = re.compile(r"\{?[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}\}?")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATETIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?"
                       r"(?:Z|[+-]\d{2}(?::?\d{2})?)?")
_INT64 = (-2 ** 63, 2 ** 63 - 1)
_WKB_TYPES = {"Point": ogr.wkbPoint, "LineString": ogr.wkbLineString, "MultiPolygon": ogr.wkbMultiPolygon}
_NAMED_TYPES = dict(_WKB_TYPES, Polygon=ogr.wkbPolygon, MultiPoint=ogr.wkbMultiPoint,
                    MultiLineString=ogr.wkbMultiLineString, GeometryCollection=ogr.wkbGeometryCollection)
_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}
# Kinds of change in a shared history: whether the entry has an old row and a new row.
# R is a new feature the shared map refused (kept in the history for its author).
_OPS = {"I": (False, True), "U": (True, True), "D": (True, False), "R": (False, True)}


def looks_like_uuid(value) -> bool:
    return isinstance(value, str) and _UUID.fullmatch(value) is not None


def check_row_count(count, source) -> None:
    """Refuse a bundle with more rows than one import takes."""
    if count > MAX_ROWS:
        raise MyMapError(tr("The bundle {} holds {} changes, more than the {} one bundle may hold. Nothing was "
                            "imported; export smaller bundles.").format(source, count, MAX_ROWS))


def check_incoming_changes(connection, items, source, rules=True) -> None:
    """Check incoming rows before anything is written; raise MyMapError naming *source* (the
    bundle) and up to :data:`MAX_PROBLEMS` faults when any is wrong.

    *items*: :class:`~.changes.Change` objects (``base`` / ``mine``) or shared-history
    :class:`~.merge.Entry` objects (``op``, ``old`` / ``new``, ``changeset``), their rows dicts of
    field → value as :func:`~.database.loads` gives them. *connection*: the target file, whose
    columns are the fields a row may name. *rules*: also check domains and ranges."""
    items = list(items)
    check_row_count(len(items), source)
    targets = {}
    seen = set()
    problems = []
    for item in items:
        table = getattr(item, "table", None)
        if isinstance(table, str) and table in SYNCED_TABLES and table not in targets:
            targets[table] = _Target(connection, table)
        for problem in _item_problems(item, targets.get(table), seen, rules):
            if problem not in problems:
                problems.append(problem)
        if len(problems) >= MAX_PROBLEMS:
            break
    if problems:
        raise MyMapError(tr("The bundle {} was refused and nothing was imported: {}").format(
            source, " ".join(problems[:MAX_PROBLEMS])))


class _Target:
    """What one table of the target file is: its columns (those of the schema with their
    definitions, others with the type their declaration names) and its geometry column."""

    def __init__(self, connection, table):
        self.layer = schema.LAYERS_BY_NAME[table]
        self.fields = {definition.name: definition for definition in self.layer.fields}
        if hasattr(connection, "describe_table"):           # a PostgreSQL shared map's session
            kinds, self.geometry_column, self.srs_id = connection.describe_table(table)
            self.z = self.m = 0
            self.columns = set(kinds)
            for name, kind in kinds.items():
                if name not in self.fields and kind != "geometry":
                    self.fields[name] = schema.Field(name, kind, name)
            return
        self.columns = set(data_columns(connection, table))
        row = connection.execute("SELECT column_name, srs_id, z, m FROM gpkg_geometry_columns "
                                 "WHERE table_name = ?", (table,)).fetchone()
        self.geometry_column, self.srs_id, self.z, self.m = row if row else (None, None, 0, 0)
        self.fields = {definition.name: definition for definition in self.layer.fields}
        for _cid, name, declared, *_rest in table_info(connection, table):
            kind = _declared_type(declared)
            if name in self.columns and name not in self.fields and kind:
                self.fields[name] = schema.Field(name, kind, name)


def _declared_type(declared):
    """The schema type of a column added beside the schema, from its declared GeoPackage type."""
    declared = (declared or "").upper()
    for prefixes, kind in ((("TEXT",), "text"), (("DATETIME",), "datetime"), (("DATE",), "date"),
                           (("BOOLEAN",), "boolean"),
                           (("INTEGER", "INT", "MEDIUMINT", "SMALLINT", "TINYINT"), "integer"),
                           (("REAL", "DOUBLE", "FLOAT"), "real")):
        if declared.startswith(prefixes):
            return kind
    return None


def _shown(value, limit=40):
    """A value as a message shows it: short, quoted when it is text."""
    if isinstance(value, (bytes, bytearray)):
        return "0x" + bytes(value[:8]).hex() + ("…" if len(value) > 8 else "")
    text = repr(value) if not isinstance(value, str) else '"' + value + '"'
    return text if len(text) <= limit else text[:limit] + "…"


def _item_problems(item, target, seen, rules):
    table, uuid = getattr(item, "table", None), getattr(item, "uuid", None)
    if target is None:
        return [tr("{} is not a table that MyMap syncs.").format(_shown(table))]
    if not looks_like_uuid(uuid):
        return [tr("In {}, {} is not a feature identifier (UUID).").format(table, _shown(uuid))]
    where = "{} {}".format(table, uuid)
    if hasattr(item, "mine"):                          # a working copy's change
        before, after = item.base, item.mine
        if before is None and after is None:
            return [tr("{}: the change has neither the row before nor the row after.").format(where)]
        op = "I" if before is None else "D" if after is None else "U"
        if (table, uuid) in seen:
            return [tr("{}: the feature appears more than once in the bundle.").format(where)]
        seen.add((table, uuid))
    else:                                              # an entry of the shared history
        op, before, after = getattr(item, "op", None), item.old, item.new
        if op not in _OPS:
            return [tr("{}: {} is not a kind of change MyMap knows.").format(where, _shown(op))]
        if (before is not None, after is not None) != _OPS[op]:
            return [tr("{}: the rows before and after do not fit a change of kind {}.").format(where, op)]
        if not looks_like_uuid(getattr(item, "changeset", None)):
            return [tr("{}: {} is not a changeset identifier.").format(where, _shown(item.changeset))]
    problems = []
    # What an entry R holds was refused by the shared map and is never written: it only has to
    # be plain, known and not oversized, like the rows before.
    for row, written in ((before, False), (after, op != "R")):
        if row is None:
            continue
        if not isinstance(row, dict):
            return [tr("{}: a row of the change is not a set of fields and values.").format(where)]
        for name, value in row.items():
            problem = _value_problem(target, where, name, value, uuid, written, rules)
            if problem:
                problems.append(problem)
    if after is not None and op != "R":
        for name, definition in target.fields.items():
            if not definition.required or name == IDENTITY or name not in target.columns:
                continue
            if (name in after or op == "I") and after.get(name) is None:
                problems.append(tr("{}: the field {} needs a value.").format(where, name))
    return problems


def _value_problem(target, where, name, value, uuid, written, rules):
    """What is wrong with one value (None when nothing): every value must be plain, known and not
    oversized; a value to be written must also be of its field's type (and, with *rules*, keep to
    the field's domain and range)."""
    if name not in target.columns:
        return tr("{}: the field {} does not exist in the table {} of this map (add it here first, with the same "
                  "name and type).").format(where, _shown(name), target.layer.name)
    if value is not None and not isinstance(value, (str, int, float, bytes)):
        return tr("{}: the value of {} is neither text, a number nor a geometry.").format(where, name)
    if isinstance(value, str) and len(value) > MAX_TEXT_CHARS:
        return tr("{}: {} holds {} characters of text, more than the {} allowed.").format(
            where, name, len(value), MAX_TEXT_CHARS)
    if isinstance(value, bytes) and len(value) > MAX_GEOMETRY_BYTES:
        return tr("{}: {} holds {} bytes, more than the {} allowed.").format(
            where, name, len(value), MAX_GEOMETRY_BYTES)
    if isinstance(value, int) and not _INT64[0] <= value <= _INT64[1]:
        return tr("{}: the number in {} is too large.").format(where, name)
    if isinstance(value, float) and not math.isfinite(value):
        return tr("{}: {} must be a finite number, not {}.").format(where, name, _shown(value))
    if not written or value is None:
        return None
    if name == IDENTITY:
        if value != uuid:
            return tr("{}: the row's own identifier {} is not the feature's.").format(where, _shown(value))
        return None
    if name == target.geometry_column and target.layer.geometry:
        return _geometry_problem(target, where, name, value)
    definition = target.fields.get(name)
    if definition is None:             # a column of a type the schema does not use (BLOB…)
        return None
    problem = _type_problem(definition, where, value)
    if problem or not rules:
        return problem
    if definition.domain and value not in schema.DOMAINS[definition.domain].codes():
        return tr("{}: {} is not an allowed value of {} (allowed: {}).").format(
            where, _shown(value), name, ", ".join(schema.DOMAINS[definition.domain].codes()))
    if isinstance(value, (int, float)) and (
            (definition.minimum is not None and value < definition.minimum)
            or (definition.maximum is not None and value > definition.maximum)):
        return tr("{}: {} = {} is outside the allowed range {} to {}.").format(
            where, name, _shown(value), _number(definition.minimum), _number(definition.maximum))
    return None


def _number(limit):
    if limit is None:
        return "…"
    return str(int(limit)) if float(limit).is_integer() else str(limit)


def _type_problem(definition, where, value):
    name, kind = definition.name, definition.type
    if kind == "text":
        if not isinstance(value, str):
            return tr("{}: {} must be text, not {}.").format(where, name, _shown(value))
    elif kind == "integer":
        if not isinstance(value, int) or isinstance(value, bool):
            return tr("{}: {} must be a whole number, not {}.").format(where, name, _shown(value))
    elif kind == "real":
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            return tr("{}: {} must be a number, not {}.").format(where, name, _shown(value))
    elif kind == "boolean":
        if not isinstance(value, int) or value not in (0, 1):
            return tr("{}: {} must be 0 (no) or 1 (yes), not {}.").format(where, name, _shown(value))
    elif kind == "date":
        if not (isinstance(value, str) and _DATE.fullmatch(value) and _real_date(value)):
            return tr("{}: {} must be a date written YYYY-MM-DD, not {}.").format(where, name, _shown(value))
    elif kind == "datetime":
        match = _DATETIME.fullmatch(value) if isinstance(value, str) else None
        if match is None or not _real_date(match.group(1)) or not _real_time(match.group(2, 3, 4)):
            return tr("{}: {} must be a date and time written YYYY-MM-DDTHH:MM:SS, not {}.").format(
                where, name, _shown(value))
    return None


def _real_date(text):
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _real_time(parts):
    hour, minute, second = (int(part) if part else 0 for part in parts)
    return hour < 24 and minute < 60 and second < 61


# --- geometry --------------------------------------------------------------------------------

def _geometry_problem(target, where, name, value):
    if not isinstance(value, bytes):
        return tr("{}: {} must be a GeoPackage geometry, not {}.").format(where, name, _shown(value))
    reason = _blob_problem(value, target)
    if reason:
        return tr("{}: the geometry in {} is unusable: {}.").format(where, name, reason)
    return None


def _blob_problem(blob, target):
    """Why *blob* is not a sound GeoPackage geometry for *target*'s layer (None when it is)."""
    if len(blob) < 8 or blob[:2] != b"GP":
        return tr("it is not a GeoPackage geometry")
    flags = blob[3]
    indicator = (flags >> 1) & 7
    if blob[2] != 0 or flags & 0xE0 or indicator > 4:
        return tr("its header is of an unknown version or kind")
    order = "<" if flags & 1 else ">"
    (srs_id,) = struct.unpack_from(order + "i", blob, 4)
    if srs_id != target.srs_id:
        return tr("it is in the coordinate system {}, the layer in {}").format(srs_id, target.srs_id)
    if (indicator in (2, 4) and not target.z) or (indicator in (3, 4) and not target.m):
        return tr("its Z or M values do not match the layer")
    start = 8 + 8 * _ENVELOPE_DOUBLES[indicator]
    geometry = _read_wkb(blob[start:]) if len(blob) >= start + 5 else None
    if geometry is None or geometry.WkbSize() != len(blob) - start:
        return tr("its WKB is cut short, damaged or followed by stray bytes")
    found = geometry.GetGeometryType()
    wanted = _WKB_TYPES[target.layer.geometry]
    if ogr.GT_Flatten(found) != wanted:
        return tr("it is a {}, but the layer holds {} geometries").format(
            _type_name(ogr.GT_Flatten(found)), target.layer.geometry)
    if (ogr.GT_HasZ(found) and not target.z) or (ogr.GT_HasM(found) and not target.m) \
            or (target.z == 1 and not ogr.GT_HasZ(found)) or (target.m == 1 and not ogr.GT_HasM(found)):
        return tr("its Z or M values do not match the layer")
    empty = bool(flags & 0x10)
    if empty != bool(geometry.IsEmpty()):
        return tr("its header says empty and its content does not, or the other way round")
    if empty:
        return None
    shape = _shape_problem(geometry)
    if shape:
        return shape
    if indicator:
        envelope = struct.unpack_from(order + "4d", blob, 8)
        if not _same_envelope(envelope, geometry.GetEnvelope()):
            return tr("the envelope in its header does not fit its coordinates")
    return None


def _type_name(flat):
    for name, code in _NAMED_TYPES.items():
        if code == flat:
            return name
    return ogr.GeometryTypeToName(flat)


def _read_wkb(wkb):
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        return ogr.CreateGeometryFromWkb(wkb)
    except RuntimeError:                    # OGR raises instead of returning None with exceptions on
        return None
    finally:
        gdal.PopErrorHandler()


def _shape_problem(geometry):
    """Coordinates that are not finite, a line of fewer than 2 points, a ring that is open or has
    fewer than 4 points, an empty part: what OGR reads but no GIS draws."""
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat in (ogr.wkbMultiPolygon, ogr.wkbPolygon, ogr.wkbMultiLineString, ogr.wkbMultiPoint):
        if geometry.GetGeometryCount() == 0:
            return tr("it has an empty part")
        for index in range(geometry.GetGeometryCount()):
            problem = _shape_problem(geometry.GetGeometryRef(index))
            if problem:
                return problem
        return None
    points = geometry.GetPoints() or []
    if any(not math.isfinite(coordinate) for point in points for coordinate in point):
        return tr("its coordinates are not all finite numbers")
    if flat == ogr.wkbPoint and not points:
        return tr("it has an empty part")
    if flat == ogr.wkbLineString and geometry.GetGeometryName() == "LINEARRING":
        if len(points) < 4 or points[0] != points[-1]:
            return tr("a ring is open or has fewer than 4 points")
    elif flat == ogr.wkbLineString and len(points) < 2:
        return tr("a line has fewer than 2 points")
    return None


def _same_envelope(header, actual):
    return all(abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b)) for a, b in zip(header, actual))
