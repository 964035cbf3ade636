"""A ward's tables in a PostgreSQL/PostGIS schema, made from the data dictionary (``ward_map/schema.py``).

One schema per ward (``ward_<ward code>`` by default), holding the same tables as the ward GeoPackage,
with the same columns and the rules the shared GeoPackage enforces on the way in
(``sync/incoming_changes.py``), here enforced by PostgreSQL itself for every writer:

* ``fid bigint`` identity primary key (QGIS's feature id; never leaves the machine), ``geom`` as
  ``geometry(<type>, <the ward's SRID>)`` with a GiST index;
* ``NOT NULL`` for required fields and for ``uuid``, which a ``BEFORE INSERT`` trigger fills when a
  program leaves it empty (the GeoPackage's identity trigger does the same after the insert);
* ``UNIQUE`` for ``uuid``, ``asset_code`` and the other unique fields (each is also their index);
  ``uuid`` and ``asset_code`` compare byte by byte (``COLLATE "C"``), as in SQLite, whatever the
  server's collation;
* ``CHECK`` constraints for value lists (``schema.DOMAINS``) and ranges (minimum, maximum), named
  ``<table>_<field>_domain`` and ``<table>_<field>_range`` so a refused value names its field.

Rules written as QGIS expressions (house-number pattern, heritage age, increasing thresholds) stay
form constraints, as in the GeoPackage.

Every name reaches SQL text through ``psycopg2.sql.Identifier`` (quoted by psycopg2) and every value
as a bound parameter or ``psycopg2.sql.Literal``; type names come from the fixed tables below.
All functions work inside the caller's transaction.
"""
import functools
import re

from psycopg2 import sql

from ..errors import MyMapError
from ..i18n import tr
from ..sync import capture
from ..ward_map import schema

SCHEMA_PREFIX = "ward_"
SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
GEOMETRY_COLUMN = "geom"
FID_COLUMN = "fid"
BYTEWISE_COLUMNS = ("uuid", "asset_code")       # compared and ordered byte by byte (COLLATE "C")

# schema.py's field types → PostgreSQL types (SQLite's INTEGER is 64-bit: bigint keeps every value).
COLUMN_TYPES = {
    "text": "text",
    "integer": "bigint",
    "real": "double precision",
    "date": "date",
    "datetime": "timestamp with time zone",
    "boolean": "boolean",
}
GEOMETRY_TYPES = {"Point": "Point", "LineString": "LineString", "MultiPolygon": "MultiPolygon"}

# A column declared in a GeoPackage (PRAGMA table_info) → schema.py's field type, for fields a ward
# map has beside the data dictionary (added in QGIS's field editor).
_DECLARED_KINDS = (
    (re.compile(r"(TINYINT|SMALLINT|MEDIUMINT|INT|INTEGER|BIGINT)"), "integer"),
    (re.compile(r"(REAL|FLOAT|DOUBLE)"), "real"),
    (re.compile(r"BOOLEAN"), "boolean"),
    (re.compile(r"DATETIME"), "datetime"),
    (re.compile(r"DATE"), "date"),
    (re.compile(r"(TEXT|VARCHAR|CHAR|CLOB)(\s*\(\s*\d+\s*\))?"), "text"),
)

_IDENTITY_FUNCTION = "mymap_identity"
_IDENTITY_BODY = ("BEGIN IF NEW.uuid IS NULL OR NEW.uuid = '' THEN NEW.uuid := gen_random_uuid()::text; END IF; "
                  "RETURN NEW; END")


def default_schema_name(ward_code) -> str:
    """``ward_<ward code>``, e.g. ``ward_12103``."""
    return check_schema_name(SCHEMA_PREFIX + str(ward_code or "").strip().lower())


def check_schema_name(name) -> str:
    """*name* when it is a plain lower-case PostgreSQL name (letters, digits, ``_``; at most 63), else
    MyMapError: such a name needs no quoting in QGIS, psql or a city system's configuration."""
    if not isinstance(name, str) or not SCHEMA_NAME.fullmatch(name) or name.startswith("pg_"):
        raise MyMapError(tr("“{}” cannot be the name of a ward's schema: use lower-case letters, digits and "
                            "underscores (at most 63, not starting with a digit or pg_), e.g. ward_12103.")
                         .format(name))
    return name


def kind_of_declared(declared) -> str:
    """schema.py's field type for a GeoPackage column's declared type (``MEDIUMINT`` → integer)."""
    text = (declared or "").strip().upper()
    for pattern, kind in _DECLARED_KINDS:
        if pattern.fullmatch(text):
            return kind
    raise MyMapError(tr("A field of type {} cannot be published to PostgreSQL: MyMap knows text, whole "
                        "numbers, decimal numbers, dates, date-times and yes/no fields.").format(declared or "?"))


def qualified(schema_name, table) -> sql.Composed:
    return sql.SQL("{}.{}").format(sql.Identifier(check_schema_name(schema_name)), sql.Identifier(table))


def constraint_name(table, field_name, rule) -> str:
    """``<table>_<field>_<rule>``: the name PostgreSQL reports when the rule refuses a value."""
    return "{}_{}_{}".format(table, field_name, rule)[:63]


def column_definition(table, field) -> sql.Composed:
    """The column of a schema.py field, with its type, collation, NOT NULL, default and UNIQUE."""
    parts = [sql.Identifier(field.name), sql.SQL(COLUMN_TYPES[field.type])]
    if field.name in BYTEWISE_COLUMNS:
        parts.append(sql.SQL('COLLATE "C"'))
    if field.required or field.name == "uuid":
        parts.append(sql.SQL("NOT NULL"))
    if field.name == "uuid":
        parts.append(sql.SQL("DEFAULT gen_random_uuid()::text"))
    if field.unique:
        parts.append(sql.SQL("CONSTRAINT {} UNIQUE").format(sql.Identifier(constraint_name(table, field.name, "key"))))
    return sql.SQL(" ").join(parts)


def check_constraints(table, field):
    """The CHECK constraints of a field: its value list and its range (a NULL always passes)."""
    checks = []
    column = sql.Identifier(field.name)
    if field.domain:
        codes = sql.SQL(", ").join(sql.Literal(code) for code in schema.DOMAINS[field.domain].codes())
        checks.append(sql.SQL("CONSTRAINT {} CHECK ({} IN ({}))").format(
            sql.Identifier(constraint_name(table, field.name, "domain")), column, codes))
    if field.minimum is not None or field.maximum is not None:
        bounds = []
        if field.minimum is not None:
            bounds.append(sql.SQL("{} >= {}").format(column, sql.Literal(field.minimum)))
        if field.maximum is not None:
            bounds.append(sql.SQL("{} <= {}").format(column, sql.Literal(field.maximum)))
        checks.append(sql.SQL("CONSTRAINT {} CHECK ({})").format(
            sql.Identifier(constraint_name(table, field.name, "range")), sql.SQL(" AND ").join(bounds)))
    return checks


def extra_column_definition(name, kind) -> sql.Composed:
    """A field a ward map has beside the data dictionary: its name and type only (no rule)."""
    return sql.SQL("{} {}").format(sql.Identifier(name), sql.SQL(COLUMN_TYPES[kind]))


def create_table_statement(schema_name, layer, srid, extra_fields=()) -> sql.Composed:
    """CREATE TABLE for one layer of the data dictionary; *extra_fields*: (name, kind) pairs."""
    items = [sql.SQL("{} bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY").format(sql.Identifier(FID_COLUMN))]
    if layer.geometry:
        items.append(sql.SQL("{} geometry({}, {})").format(sql.Identifier(GEOMETRY_COLUMN),
                                                           sql.SQL(GEOMETRY_TYPES[layer.geometry]),
                                                           sql.Literal(int(srid))))
    items += [column_definition(layer.name, field) for field in layer.fields]
    items += [extra_column_definition(name, kind) for name, kind in extra_fields]
    for field in layer.fields:
        items += check_constraints(layer.name, field)
    # fillfactor 90: room on each page, so a sync's update of fields without an index stays on its page
    # and touches no index (a HOT update)
    return sql.SQL("CREATE TABLE {} ({}) WITH (fillfactor = 90)").format(qualified(schema_name, layer.name),
                                                                         sql.SQL(", ").join(items))


def _settings_tables(schema_name):
    fid = sql.SQL("{} bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY").format(sql.Identifier(FID_COLUMN))
    return [
        sql.SQL('CREATE TABLE {} ({}, "key" text NOT NULL UNIQUE, "value" text)').format(
            qualified(schema_name, schema.SETTINGS_TABLE), fid),
        sql.SQL('CREATE TABLE {} ({}, "layer_name" text NOT NULL UNIQUE, "last_serial" bigint NOT NULL DEFAULT 0)')
        .format(qualified(schema_name, schema.CODE_SEQUENCE_TABLE), fid),
    ]


def bookkeeping_statements(schema_name):
    """Sync's bookkeeping tables in the ward's schema, with the names and columns of the GeoPackage's
    (``sync/capture.py``): state, the shared history (log and changesets) and the conflict records.
    Logged values stay the JSON *text* sync writes (not ``jsonb``), so the copies' mirrors of the history
    hold the very same text. The outbox and code blocks belong to working copies only, the edit logs
    and ``mymap_sync_applying`` to ``capture_triggers.py``."""
    q = functools.partial(qualified, schema_name)
    return [
        sql.SQL("CREATE TABLE {} (key text PRIMARY KEY, value text)").format(q(capture.STATE)),
        # seq: given by sync as max + 1 under the ward's lock (no sequence: a rolled-back sync leaves no gap)
        sql.SQL('CREATE TABLE {} (seq bigint PRIMARY KEY, changeset text NOT NULL, table_name text NOT NULL, '
                'uuid text COLLATE "C" NOT NULL, op text NOT NULL, old text, new text)').format(q(capture.LOG)),
        sql.SQL("CREATE INDEX {} ON {} (table_name, uuid, seq)").format(sql.Identifier("mymap_sync_log_feature"),
                                                                       q(capture.LOG)),
        sql.SQL("CREATE TABLE {} (changeset text PRIMARY KEY, editor text, created_at text, pushed_at text, "
                "base_seq bigint, first_seq bigint, last_seq bigint, entries bigint, working_id text, kind text)")
        .format(q(capture.CHANGESETS)),
        sql.SQL('CREATE TABLE {} (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, conflict_uuid text UNIQUE, '
                'changeset text, created_at text, table_name text NOT NULL, uuid text COLLATE "C" NOT NULL, '
                'asset_code text, kind text NOT NULL, field text, base text, mine text, theirs text, winner text, '
                'mine_editor text, theirs_editor text, working_id text, resolved_at text, resolution text, '
                'reported integer)').format(q(capture.CONFLICTS)),
    ]


def _identity_statements(schema_name):
    function = qualified(schema_name, _IDENTITY_FUNCTION)
    statements = [sql.SQL("CREATE FUNCTION {}() RETURNS trigger LANGUAGE plpgsql AS {}").format(
        function, sql.Literal(_IDENTITY_BODY))]
    for layer in schema.LAYERS:
        statements.append(sql.SQL("CREATE TRIGGER {} BEFORE INSERT ON {} FOR EACH ROW EXECUTE FUNCTION {}()").format(
            sql.Identifier(_IDENTITY_FUNCTION), qualified(schema_name, layer.name), function))
    return statements


def ward_schema_statements(schema_name, srid, extra_fields=None):
    """Every statement that makes a ward's schema, in order: the schema, the settings and code
    tables, one table per layer with its GiST index, sync's bookkeeping tables, and the identity trigger.
    *extra_fields*: {table: [(name, kind)]} of fields beside the data dictionary."""
    check_schema_name(schema_name)
    extra_fields = extra_fields or {}
    statements = [sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(schema_name))]
    statements += _settings_tables(schema_name)
    for layer in schema.LAYERS:
        statements.append(create_table_statement(schema_name, layer, srid, extra_fields.get(layer.name, ())))
        if layer.geometry:
            statements.append(sql.SQL("CREATE INDEX {} ON {} USING gist ({})").format(
                sql.Identifier(layer.name + "_geom_idx"), qualified(schema_name, layer.name),
                sql.Identifier(GEOMETRY_COLUMN)))
    statements += bookkeeping_statements(schema_name)
    statements += _identity_statements(schema_name)
    return statements


def schema_exists(connection, schema_name) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (schema_name,))
        return cursor.fetchone() is not None


def create_ward_schema(connection, schema_name, srid, extra_fields=None, overwrite=False):
    """Make the ward's schema (inside the caller's transaction). An existing schema is refused,
    or dropped with everything in it when *overwrite*."""
    check_schema_name(schema_name)
    with connection.cursor() as cursor:
        if schema_exists(connection, schema_name):
            if not overwrite:
                raise MyMapError(tr("The schema {} already exists in this database. Choose another schema, or "
                                    "overwrite it (everything in it is deleted).").format(schema_name))
            cursor.execute(sql.SQL("DROP SCHEMA {} CASCADE").format(sql.Identifier(schema_name)))
        for statement in ward_schema_statements(schema_name, srid, extra_fields):
            cursor.execute(statement)


def crs_is_known(connection, srid) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM spatial_ref_sys WHERE srid = %s", (int(srid),))
        return cursor.fetchone() is not None


def ensure_crs(connection, srid, wkt, proj4=""):
    """Register the ward's CRS in PostGIS's ``spatial_ref_sys`` when it is missing: PostGIS 3.3 lacks
    the provincial VN-2000 TM-3 zones (EPSG:9205–9218). *wkt* is the definition the ward GeoPackage
    holds (``gpkg_spatial_ref_sys``). Returns True when a row was added."""
    if crs_is_known(connection, srid):
        return False
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO spatial_ref_sys (srid, auth_name, auth_srid, srtext, proj4text) "
                       "VALUES (%s, 'EPSG', %s, %s, %s)", (int(srid), int(srid), wkt, proj4 or None))
    return True
