"""SQL identifiers: the one place where MyMap puts a table or column name into SQL text.

Values never go into SQL text: they are bound parameters (``?``), except the constants of SQL
that cannot take any (GDAL's ``SQLStatement``, PRAGMA settings), made by :func:`literal` alone.
Names cannot be bound, so a statement that names a table or a column it does not spell out
itself is made by :func:`sql` from a template (a literal at the call site) and names checked here:

* a **table** must belong to the ward schema: a layer table, the settings and code tables,
  MyMap's sync bookkeeping tables and edit logs (``mymap_capture_<layer>``), the tables of a
  change bundle, or one of the GeoPackage/SQLite system tables MyMap reads
  (:func:`known_tables`);
* a **column** must be a plain ASCII name (a letter or ``_``, then letters, digits and ``_``;
  at most 63 characters), as every schema field and every bookkeeping column is, or a name
  MyMap has read from ``PRAGMA table_info`` of that very table with :func:`table_info` (a field a
  user added in QGIS beside the schema may be called ``Ghi chú``, and is synced like any other);
* a **trigger** or **index** must be one MyMap or GDAL makes for a known table.

Every accepted name is double-quoted, with any double quote inside doubled, so not even a
column name read from a file can end the identifier. Anything else is refused with
:class:`IdentifierError`: it is a programming error (the names reaching this module come from
the schema or from the file's own catalogue, and rows from elsewhere are checked against the
target's columns before they are written), so the message is for the developer, in English.

Statements are cached: the names are checked once per template and set of names.
"""
import functools
import math
import re

from .ward_map import schema

NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,62}")
# A declared column type as ALTER TABLE … ADD COLUMN takes it: words, then (n) or (n, m).
_DECLARED_TYPE = re.compile(r"[A-Za-z][A-Za-z0-9_]*( [A-Za-z][A-Za-z0-9_]*)*( ?\( *[-+]?\d+ *(, *[-+]?\d+ *)?\))?")
# A constant default: NULL, TRUE, FALSE, a number or a quoted string (as PRAGMA table_info gives it).
_CONSTANT = re.compile(r"(NULL|TRUE|FALSE|[-+]?\d+(\.\d*)?([eE][-+]?\d+)?|'([^']|'')*')", re.IGNORECASE)

BUNDLE_TABLES = ("meta", "changes", "log", "changesets")       # the tables of a .mymapsync file
SYSTEM_TABLES = ("gpkg_contents", "gpkg_geometry_columns", "gpkg_spatial_ref_sys", "gpkg_data_columns",
                 "gpkg_data_column_constraints", "gpkg_extensions", "gpkg_ogr_contents", "layer_styles",
                 "sqlite_master", "sqlite_sequence")
_CAPTURE_PREFIX = "mymap_capture_"

_read_columns = {}          # table → names read from its PRAGMA table_info in this session


class IdentifierError(ValueError):
    """A name that is not one of the ward schema was about to be put into SQL text."""


class Fragment(str):
    """SQL text made by this module from checked names (or, for :func:`literal`, a constant);
    :func:`sql` puts it into a template as it is."""
    __slots__ = ()


def _quote(name):
    return '"' + name.replace('"', '""') + '"'


@functools.lru_cache(maxsize=None)
def known_tables():
    """Every table name MyMap may put into SQL text."""
    from .sync import capture       # here: capture imports this module (through sync.database)
    layers = [layer.name for layer in schema.LAYERS]
    return frozenset(
        layers + [capture.capture_table(name) for name in layers]
        + ["rtree_{}_geom".format(layer.name) for layer in schema.LAYERS if layer.geometry]
        + [schema.SETTINGS_TABLE, schema.CODE_SEQUENCE_TABLE, capture.STATE, capture.APPLYING, capture.LOG,
           capture.CHANGESETS, capture.CONFLICTS, capture.OUTBOX, capture.CODE_BLOCK]
        + list(BUNDLE_TABLES) + list(SYSTEM_TABLES))


@functools.lru_cache(maxsize=None)
def _known_objects():
    """The triggers and indexes MyMap names: its edit capture and identity triggers, the index of
    each edit log and of sensor readings, and GDAL's feature-count triggers."""
    names = ["mymap_sensor_readings_station_time", "mymap_sync_log_feature"]
    for layer in schema.LAYERS:
        log = _CAPTURE_PREFIX + layer.name
        names += [log + "_insert", log + "_update", log + "_delete", log + "_fid", "mymap_identity_" + layer.name,
                  "trigger_insert_feature_count_" + layer.name, "trigger_delete_feature_count_" + layer.name]
    return frozenset(names)


def _check_table(name):
    if not isinstance(name, str) or name not in known_tables():
        raise IdentifierError("{!r} is not a table of the ward schema, so it cannot be named in SQL "
                              "(see mymap_plugin/sql_identifiers.py).".format(name))
    return name


def table(name) -> Fragment:
    """The quoted name of a table of the ward schema."""
    return Fragment(_quote(_check_table(name)))


def _column_known(name, tables):
    if NAME.fullmatch(name):
        return True
    if not tables:
        return any(name in names for names in _read_columns.values())
    for owner in tables:
        if name in _read_columns.get(owner, ()):
            return True
        if owner.startswith(_CAPTURE_PREFIX) and name in _read_columns.get(owner[len(_CAPTURE_PREFIX):], ()):
            return True         # an edit log has the columns of its table
    return False


def _check_column(name, tables=()):
    if not isinstance(name, str) or not name or not _column_known(name, tables):
        raise IdentifierError("{!r} is not a column name MyMap can put into SQL: neither a plain name (letters, "
                              "digits, underscores) nor a column read from {} (see "
                              "mymap_plugin/sql_identifiers.py).".format(name, ", ".join(tables) or "a ward table"))
    return name


def _tables(owner):
    return () if owner is None else (_check_table(owner),)


def column(name, table=None) -> Fragment:
    """The quoted name of a column (of *table*, when given)."""
    return Fragment(_quote(_check_column(name, _tables(table))))


def column_list(names, table=None, prefix="") -> Fragment:
    """Quoted column names joined by commas, each after *prefix* (``OLD.`` or ``NEW.`` in a trigger)."""
    if prefix not in ("", "OLD.", "NEW."):
        raise IdentifierError("{!r} is not a column prefix (OLD. or NEW.).".format(prefix))
    return Fragment(_column_list(tuple(names), _tables(table), prefix))


def _column_list(names, tables, prefix=""):
    if isinstance(names, str) or not names:
        raise IdentifierError("A column list must be a non-empty list of names, not {!r}.".format(names))
    return ", ".join(prefix + _quote(_check_column(name, tables)) for name in names)


def assignments(names, table=None) -> Fragment:
    """``"a" = ?, "b" = ?`` for the SET of an UPDATE (the values are bound in the same order)."""
    return Fragment(", ".join(_quote(_check_column(name, _tables(table))) + " = ?" for name in names))


def placeholders(count) -> Fragment:
    """``?, ?, ?``: *count* bound parameters."""
    if not isinstance(count, int) or isinstance(count, bool) or count < 1:
        raise IdentifierError("{!r} is not a number of parameters.".format(count))
    return Fragment(", ".join("?" * count))


def aliased_columns(pairs, table=None) -> Fragment:
    """``"name" AS "alias", …`` for (column, alias) pairs, a column as it is when its alias is None.
    An alias names a result column, nothing in the file (a translated field alias such as
    ``Mã tài sản``), so any non-empty text is taken and quoted."""
    tables = _tables(table)
    parts = []
    for name, alias in pairs:
        text = _quote(_check_column(name, tables))
        if alias is not None:
            if not isinstance(alias, str) or not alias:
                raise IdentifierError("{!r} is not a result-column name.".format(alias))
            text += " AS " + _quote(alias)
        parts.append(text)
    if not parts:
        raise IdentifierError("A column list must not be empty.")
    return Fragment(", ".join(parts))


def literal(value) -> Fragment:
    """A constant as SQL text, only for SQL that cannot take bound parameters: GDAL's
    ``SQLStatement`` (ogr2ogr -sql) and PRAGMA settings. Numbers and text made by MyMap itself;
    text is single-quoted with any quote inside doubled."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise IdentifierError("{!r} cannot be written as an SQL constant.".format(value))
    if isinstance(value, str):
        return Fragment("'" + value.replace("'", "''") + "'")
    if not math.isfinite(value):
        raise IdentifierError("{!r} is not a finite number.".format(value))
    return Fragment(repr(value))


def column_definition(table, name, declared, notnull=False, default=None) -> Fragment:
    """A column of *table* as ALTER TABLE … ADD COLUMN takes it (*name*, *declared* and *default*
    as ``PRAGMA table_info`` of another file gives them): the same type; the default, and NOT NULL
    with it, only when the default is a constant, as SQLite requires."""
    text = _quote(_check_column(name, _tables(table)))
    declared = (declared or "").strip()
    if declared:
        if not _DECLARED_TYPE.fullmatch(declared):
            raise IdentifierError("{!r} is not a column type.".format(declared))
        text += " " + declared
    default = None if default is None else str(default).strip()
    if default and _CONSTANT.fullmatch(default):
        if notnull and default.upper() != "NULL":
            text += " NOT NULL"
        text += " DEFAULT " + default
    return Fragment(text)


def _check_object(name):
    if not isinstance(name, str) or name not in _known_objects():
        raise IdentifierError("{!r} is not a trigger or index MyMap makes.".format(name))
    return name


def table_info(connection, name):
    """The rows of ``PRAGMA table_info`` of the table *name* (cid, name, type, notnull, default,
    pk). The column names read are remembered as columns of that table."""
    rows = connection.execute(sql("PRAGMA table_info({table})", table=name)).fetchall()
    _read_columns.setdefault(name, set()).update(row[1] for row in rows)
    return rows


def table_columns(connection, name):
    """Column names of the table *name*, in order."""
    return [row[1] for row in table_info(connection, name)]


def sql(template, **names) -> str:
    """The statement *template* with each ``{placeholder}`` replaced by the checked, quoted name
    given for it:

    * a placeholder called ``table`` or ``…_table``: a table name;
    * one ending in ``trigger`` or ``index``: a trigger or index name;
    * any other: a column name, or a list (tuple) of column names joined by commas, checked as
      columns of the tables named in the same call;
    * a :class:`Fragment` made by this module goes in as it is.

    ``sql("SELECT uuid FROM {table} WHERE fid = ?", table="trees")`` gives
    ``SELECT uuid FROM "trees" WHERE fid = ?``. Values stay bound parameters."""
    key = [template]
    for placeholder, value in names.items():
        if not isinstance(value, (str, tuple, list)):
            raise IdentifierError("{}={!r}: a name, a list of names or a Fragment was expected.".format(
                placeholder, value))
        key.append((placeholder, tuple(value) if type(value) is list else value, type(value) is Fragment))
    return _build(tuple(key))


@functools.lru_cache(maxsize=4096)
def _build(key):
    template, parts = key[0], key[1:]
    tables = tuple(value for placeholder, value, made in parts
                   if not made and (placeholder == "table" or placeholder.endswith("_table")))
    quoted = {}
    for placeholder, value, made in parts:
        if made:
            quoted[placeholder] = value
        elif placeholder == "table" or placeholder.endswith("_table"):
            quoted[placeholder] = _quote(_check_table(value))
        elif placeholder.endswith(("trigger", "index")):
            quoted[placeholder] = _quote(_check_object(value))
        elif isinstance(value, tuple):
            quoted[placeholder] = _column_list(value, tables)
        else:
            quoted[placeholder] = _quote(_check_column(value, tables))
    return template.format_map(quoted)
