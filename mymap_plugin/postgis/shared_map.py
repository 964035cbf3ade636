"""The shared map as a ward schema in PostgreSQL/PostGIS: :class:`.sync.shared_store.SharedMap` over
psycopg2.

What differs from a shared GeoPackage, and lives here:

- **Lock and transaction.** There is no lock file: each write transaction takes the ward's lock
  (``ward_lock.lock_ward``: an advisory lock per ward, then the ward's tables), released by commit,
  rollback or a dropped connection, so syncs of one ward queue and other wards never wait.
- **Rows.** Values are converted between the GeoPackage form sync uses and PostgreSQL's types
  (``values.py``); every row write runs under a savepoint, so a row PostgreSQL refuses (a CHECK,
  UNIQUE or NOT NULL of the ward's schema) is undone alone and reported (``RowRejected``).
- **Direct edits** are read from the PL/pgSQL capture (``capture_triggers.take_captured``) and folded
  by the same ``changes.collect_local_changes`` as a GeoPackage's.
- **Bookkeeping** (history, conflict records, code counters) runs the written-once SQL of
  ``sync/shared_log.py`` and ``ward_map/code_allocator.py`` through :class:`PortableConnection`.
"""
import contextlib
import functools
import hashlib
import os
import re
import time
from pathlib import Path

import psycopg2
from psycopg2 import sql
from psycopg2.extras import execute_batch, execute_values

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import table_info
from ..sync import capture
from ..sync.changes import collect_local_changes
from ..sync.shared_log import utc_text
from ..sync.shared_store import RowRejected, SharedMap, SharedSession
from ..ward_map import code_allocator, schema
from ..ward_map.identities import fill_identities
from . import capture_triggers, connection as addresses, values, ward_lock, ward_schema

_CASTS = {"text": "text", "integer": "bigint", "real": "double precision", "date": "date",
          "datetime": "timestamptz", "boolean": "boolean", "geometry": "geometry"}
_KINDS = {"text": "text", "character varying": "text", "bigint": "integer", "integer": "integer",
          "smallint": "integer", "double precision": "real", "real": "real", "numeric": "real", "date": "date",
          "timestamp with time zone": "datetime", "timestamp without time zone": "datetime", "boolean": "boolean"}


PROBE_TTL_S = 60
PROBE_TIMEOUT_S = 3
_PROBES = {}                    # address → (when, reachable): what the Sync panel shows between syncs


@functools.lru_cache(maxsize=1024)
def _portable(statement):
    """SQLite's ``?`` placeholders as psycopg2's ``%s`` (a literal % doubled)."""
    return str(statement).replace("%", "%%").replace("?", "%s")


_VALUES = re.compile(r"\bVALUES \((\?(?:, \?)*)\)")


@functools.lru_cache(maxsize=256)
def _many_values(statement):
    """(statement with ``VALUES %s``, row template) for an INSERT of one row of ``?``, else None."""
    text = str(statement)
    match = _VALUES.search(text)
    if not text.lstrip().upper().startswith("INSERT") or match is None:
        return None
    template = "(" + match.group(1).replace("?", "%s") + ")"
    return text[:match.start()].replace("%", "%%") + "VALUES %s" + text[match.end():].replace("%", "%%"), template


class PortableConnection:
    """The ward's schema as the written-once bookkeeping SQL expects a connection: ``execute`` with
    ``?`` placeholders returning a cursor, ``executemany``, ``table_exists``. Unqualified names
    reach the ward's schema through the session's ``search_path``."""

    def __init__(self, connection, schema_name):
        self.connection = connection
        self.schema_name = schema_name

    def execute(self, statement, parameters=()):
        cursor = self.connection.cursor()
        cursor.execute(_portable(statement), tuple(parameters))
        return cursor

    def executemany(self, statement, rows):
        cursor = self.connection.cursor()
        rows = [tuple(row) for row in rows]
        many = _many_values(statement)
        if many is None:
            execute_batch(cursor, _portable(statement), rows, page_size=500)
        else:                               # INSERT … VALUES (?, …): one statement per 1,000 rows
            execute_values(cursor, many[0], rows, template=many[1], page_size=1000)
        return cursor

    def table_exists(self, name) -> bool:
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT to_regclass(%s) IS NOT NULL",
                           (ward_schema.qualified(self.schema_name, name).as_string(self.connection),))
            return cursor.fetchone()[0]


class PostgresSharedMap(SharedMap):
    errors = (psycopg2.Error,)

    def __init__(self, address):
        self.parsed = address if isinstance(address, addresses.PostgresAddress) else addresses.parse_address(address)
        if not self.parsed.schema:
            raise MyMapError(tr("The PostgreSQL address {} names no ward: add schema=<the ward's schema>, e.g. "
                                "“service=city schema=ward_12103”.").format(self.parsed.display))
        self.schema = ward_schema.check_schema_name(self.parsed.schema)
        self._spare = None
        self.address = self.parsed.text
        self.display = self.parsed.display

    def reachable(self, connect_timeout=None) -> bool:
        try:
            connection = addresses.connect(self.parsed, connect_timeout=connect_timeout)
        except MyMapError:
            found = False
        else:
            try:
                found = ward_schema.schema_exists(connection, self.schema)
            except psycopg2.Error:
                found = False
            finally:
                connection.close()
        _PROBES[self.address] = (time.monotonic(), found)
        return found

    def ensure_reachable(self, message):
        """The server's own reason when it cannot be reached (a refused password, a missing database:
        connection.connection_error's sentence), or the ward's schema missing."""
        connection = addresses.connect(self.parsed, connect_timeout=PROBE_TIMEOUT_S * 3)
        try:
            found = ward_schema.schema_exists(connection, self.schema)
            connection.rollback()
        except BaseException:
            connection.close()
            raise
        _PROBES[self.address] = (time.monotonic(), found)
        if found:
            self._spare = connection            # the next session starts on it: one connection per sync
        else:
            connection.close()
            raise MyMapError(tr("The database of {} has no ward schema {}. Check schema= in the address, or "
                                "publish the ward there first (MyMap ▸ Publish to PostgreSQL).")
                             .format(self.display, self.schema))

    def recently_reachable(self) -> bool:
        """For the Sync panel's status: the answer of a probe made in the last minute, or a quick new one."""
        probed = _PROBES.get(self.address)
        if probed is not None and time.monotonic() - probed[0] < PROBE_TTL_S:
            return probed[1]
        return self.reachable(connect_timeout=PROBE_TIMEOUT_S)

    def lock(self, editor):
        """Nothing to hold outside a transaction: each write transaction takes the ward's lock."""
        return contextlib.nullcontext()

    def open(self, connection=None, editor=""):
        spare, self._spare = self._spare, None
        if connection is None and spare is not None and not spare.closed:
            return PostgresSession(self, spare, editor, owned=True)
        if spare is not None:
            spare.close()
        return PostgresSession(self, connection, editor)

    def explain(self, error):
        if isinstance(error, psycopg2.OperationalError) and error.pgcode is None:
            return MyMapError(tr("The connection to the shared map {} was lost ({}). Your edits are kept in your "
                                 "working copy; sync again when the server can be reached.")
                              .format(self.display, " ".join(str(error).split())))
        if isinstance(error, psycopg2.errors.InsufficientPrivilege):
            return MyMapError(tr("Your PostgreSQL user may not write the shared map {} ({}). Nothing was changed "
                                 "and your edits are kept; ask your GIS officer to make you an editor of this "
                                 "ward.").format(self.display, " ".join(str(error).split())))
        return MyMapError(tr("The shared map {} could not be read or written ({}). Nothing was changed and your "
                             "edits are kept in your working copy.").format(self.display,
                                                                           " ".join(str(error).split())))


class PostgresSession(SharedSession):
    """One psycopg2 connection to the ward's schema (``search_path`` set to it)."""

    def __init__(self, share, connection=None, editor="", owned=None):
        self.share = share
        self.schema = share.schema
        self.owned = connection is None if owned is None else owned
        self.connection = connection if connection is not None else addresses.connect(share.parsed, editor)
        try:
            if not ward_schema.schema_exists(self.connection, self.schema):
                raise MyMapError(tr("The database of {} has no ward schema {}. Check schema= in the address, or "
                                    "publish the ward there first (MyMap ▸ Publish to PostgreSQL).")
                                 .format(share.display, self.schema))
            with self.connection.cursor() as cursor:
                cursor.execute("SELECT set_config('search_path', %s, false)",
                               (sql.SQL("{}, public").format(sql.Identifier(self.schema)).as_string(self.connection),))
            self.connection.commit()
        except BaseException:
            self.close()
            raise
        self.db = PortableConnection(self.connection, self.schema)
        self._columns = {}
        self._srid = None

    def close(self):
        if self.owned and not self.connection.closed:
            self.connection.close()

    def make_writable(self):
        """PostgreSQL is always ready to write."""

    @contextlib.contextmanager
    def transaction(self, editor=""):
        self.connection.rollback()                  # reads so far end here; the lock starts the transaction
        ward_lock.lock_ward(self.connection, self.schema, editor)
        try:
            yield self
        except BaseException:
            if not self.connection.closed:
                self.connection.rollback()
            raise
        self.connection.commit()

    @contextlib.contextmanager
    def read_transaction(self):
        self.connection.rollback()
        with self.connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        try:
            yield self
        finally:
            if not self.connection.closed:
                self.connection.rollback()

    # --- schema -------------------------------------------------------------------------------------
    @property
    def srid(self):
        if self._srid is None:
            self._read_columns()
        return self._srid

    def _read_columns(self):
        """The columns of every table of the ward, and the SRID of its geometries, in one query."""
        with self.connection.cursor() as cursor:
            cursor.execute("SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typname, "
                           "CASE WHEN t.typname = 'geometry' THEN postgis_typmod_srid(a.atttypmod) END "
                           "FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid "
                           "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') AND a.attnum > 0 "
                           "AND NOT a.attisdropped ORDER BY c.relname, a.attnum", (self.schema,))
            found = {}
            srid = 0
            for table, name, formatted, type_name, geometry_srid in cursor.fetchall():
                if name == ward_schema.FID_COLUMN:
                    continue
                kind = "geometry" if type_name == "geometry" else _KINDS.get(formatted.split("(")[0], "text")
                found.setdefault(table, []).append((name, kind))
                if geometry_srid and geometry_srid > 0:
                    srid = srid or geometry_srid
        self._columns = found
        self._srid = srid

    def columns(self, table):
        """[(name, kind)] of a table of the ward (without fid), kinds as in ward_map/schema.py."""
        if table not in self._columns:
            self._read_columns()
        return self._columns.get(table, [])

    def kinds(self, table):
        return dict(self.columns(table))

    def describe_table(self, table):
        """({name: kind}, geometry column or None, SRID): what incoming_changes checks rows against."""
        kinds = self.kinds(table)
        geometry = ward_schema.GEOMETRY_COLUMN if kinds.get(ward_schema.GEOMETRY_COLUMN) == "geometry" else None
        return kinds, geometry, self.srid

    def check_schema(self, working):
        """The copy's synced tables must have the ward's fields, with the same kinds."""
        different = []
        for table in capture.SYNCED_TABLES:
            theirs = self.kinds(table)
            known = {field.name: field.type for field in schema.LAYERS_BY_NAME[table].fields}
            mine = {}
            for _cid, name, declared, *_rest in table_info(working, table):
                if name == ward_schema.FID_COLUMN:
                    continue
                if name == ward_schema.GEOMETRY_COLUMN and theirs.get(name) == "geometry":
                    mine[name] = "geometry"
                else:
                    mine[name] = known.get(name) or ward_schema.kind_of_declared(declared)
            for name in sorted(set(mine) | set(theirs)):
                if mine.get(name) != theirs.get(name):
                    different.append("{}.{}".format(table, name))
        if different:
            raise MyMapError(tr("The fields of your working copy and of the shared map {} differ ({}). Nothing was "
                                "synced and your edits are kept. Fields added to a ward in PostgreSQL reach working "
                                "copies made after the change: make a new working copy (MyMap ▸ Check out) after "
                                "sending your edits with a copy that has the same fields, or ask your GIS officer.")
                             .format(self.share.display, ", ".join(different)))

    # --- state --------------------------------------------------------------------------------------
    def state(self) -> dict:
        return capture.read_state(self.db)

    def write_state(self, **values_):
        capture.write_state(self.db, **values_)

    def fingerprint(self) -> str:
        digest = hashlib.sha256()
        for table in capture.SYNCED_TABLES:
            digest.update(("\ntable " + table).encode())
            for name, kind in self.columns(table):
                digest.update("|{}:{}".format(name, kind).encode())
        return digest.hexdigest()

    def capture_problems(self) -> list:
        return capture_triggers.problems(self.connection, self.schema)

    def prepare(self):
        state = self.state()
        if state.get("role") == "working":
            raise MyMapError(tr("{} is a working copy, not a shared map.").format(self.share.display))
        fill_identities(self.db, self.ward_code())
        if self.capture_problems():
            capture_triggers.install(self.connection, self.schema, self.srid)
        if not state.get("share_id"):
            import uuid as uuid_module
            self.write_state(role="shared", share_id=str(uuid_module.uuid4()), shared_since=utc_text())
        self.write_state(fingerprint=self.fingerprint())
        return self.state()

    # --- rows ---------------------------------------------------------------------------------------
    def set_applying(self, on):
        capture_triggers.set_applying(self.connection, self.schema, on)

    def take_direct_changes(self, ward_code) -> list:
        if not capture_triggers.has_captured(self.connection, self.schema):
            return []
        self.set_applying(True)
        changes = collect_local_changes(None, ward_code, rows=PostgresRows(self))
        self.set_applying(False)
        return changes

    def placeholder(self, table, name):
        return sql.SQL("%s::" + _CASTS.get(self.kinds(table).get(name, "text"), "text"))

    def parameters(self, table, names, row):
        kinds = self.kinds(table)
        return [values.to_postgres(kinds.get(name, "text"), row[name], self.srid) for name in names]

    def _unknown(self, table, names):
        missing = [name for name in names if name not in self.kinds(table)]
        if missing:
            raise RowRejected("the shared map has no field {}".format(", ".join(missing)))

    @contextlib.contextmanager
    def _savepoint(self):
        with self.connection.cursor() as cursor:
            cursor.execute("SAVEPOINT mymap_row")
            try:
                yield cursor
            except (psycopg2.IntegrityError, psycopg2.DataError) as error:
                cursor.execute("ROLLBACK TO SAVEPOINT mymap_row")
                raise RowRejected((error.diag.message_primary or str(error)).strip()) from None
            cursor.execute("RELEASE SAVEPOINT mymap_row")

    def write_row(self, table, uuid, values_) -> str:
        target = ward_schema.qualified(self.schema, table)
        with self._savepoint() as cursor:
            if values_ is None:
                cursor.execute(sql.SQL("DELETE FROM {} WHERE uuid = %s").format(target), (uuid,))
                return "deleted" if cursor.rowcount else ""
            settable = [name for name in values_ if name not in ("fid", capture.IDENTITY)]
            self._unknown(table, settable)
            if settable:
                cursor.execute(sql.SQL("UPDATE {} SET {} WHERE uuid = %s").format(
                    target, sql.SQL(", ").join(sql.SQL("{} = ").format(sql.Identifier(name))
                                               + self.placeholder(table, name) for name in settable)),
                    self.parameters(table, settable, values_) + [uuid])
                if cursor.rowcount:
                    return "updated"
            else:
                cursor.execute(sql.SQL("SELECT 1 FROM {} WHERE uuid = %s").format(target), (uuid,))
                if cursor.fetchone():
                    return ""
            names = [*settable, capture.IDENTITY]
            cursor.execute(sql.SQL("INSERT INTO {} ({}) VALUES ({})").format(
                target, sql.SQL(", ").join(sql.Identifier(name) for name in names),
                sql.SQL(", ").join(self.placeholder(table, name) for name in names)),
                self.parameters(table, settable, values_) + [uuid])
            return "inserted"

    def update_rows(self, table, names, rows) -> int:
        """One statement for many features; when PostgreSQL refuses it, -1 (each row is then
        written alone by the caller, and the one refused is named)."""
        names = list(names)
        self._unknown(table, names)
        kinds = self.kinds(table)
        statement = sql.SQL("UPDATE {} AS t SET {} FROM (VALUES %s) AS v ({}) WHERE t.uuid = v.{}").format(
            ward_schema.qualified(self.schema, table),
            sql.SQL(", ").join(sql.SQL("{} = v.{}").format(sql.Identifier(name), sql.Identifier("c{}".format(i)))
                               for i, name in enumerate(names)),
            sql.SQL(", ").join([sql.Identifier("c{}".format(i)) for i in range(len(names))]
                               + [sql.Identifier("key")]),
            sql.Identifier("key"))
        template = "(" + ", ".join(["%s::" + _CASTS.get(kinds[name], "text") for name in names] + ["%s"]) + ")"
        converted = [[values.to_postgres(kinds[name], value, self.srid) for name, value in zip(names, row[:-1])]
                     + [row[-1]] for row in rows]
        try:
            with self._savepoint() as cursor:
                execute_values(cursor, statement.as_string(self.connection), converted, template=template,
                               page_size=max(1, len(converted)))
                return cursor.rowcount
        except RowRejected:
            return -1

    def write_lookup_lists(self):
        from . import styles
        return styles.write_lookup_lists(self.connection, self.schema)

    def export_working_copy(self, target_path) -> int:
        from .export_geopackage import export_ward
        target_path = Path(target_path)
        exported = target_path.with_name(target_path.name + ".gpkg")
        seq = export_ward(self.connection, self.schema, exported)
        os.replace(str(exported), str(target_path))
        return seq


class PostgresRows:
    """The ward's rows and capture logs as ``changes.collect_local_changes`` reads them."""

    def __init__(self, session):
        self.session = session

    def data_columns(self, table):
        return [name for name, _kind in self.session.columns(table)]

    def captured(self, table, cols):
        return capture_triggers.take_captured(self.session.connection, self.session.schema,
                                              schema.LAYERS_BY_NAME[table], self.session.columns(table),
                                              self.session.srid)

    def by_fid(self, table, fids, cols):
        columns = self.session.columns(table)
        with self.session.connection.cursor() as cursor:
            cursor.execute(sql.SQL("SELECT fid, {} FROM {} WHERE fid = ANY(%s)").format(
                values.select_list(columns), ward_schema.qualified(self.session.schema, table)), (list(fids),))
            return {row[0]: {name: values.from_postgres(kind, value, self.session.srid)
                             for (name, kind), value in zip(columns, row[1:])} for row in cursor.fetchall()}

    def update_by_fid(self, table, fid, updates):
        with self.session.connection.cursor() as cursor:
            cursor.execute(sql.SQL("UPDATE {} SET {} WHERE fid = %s").format(
                ward_schema.qualified(self.session.schema, table),
                sql.SQL(", ").join(sql.SQL("{} = ").format(sql.Identifier(name))
                                   + self.session.placeholder(table, name) for name in updates)),
                self.session.parameters(table, list(updates), updates) + [fid])

    def new_code(self, table):
        return code_allocator.new_code(self.session.db, table)
