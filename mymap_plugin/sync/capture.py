"""Capture of edits inside the GeoPackage, and the tables sync keeps there.

Every synced table gets three triggers that log each insert, update and delete
(with the full old row) into ``mymap_capture_<table>``. Because the log is
written by SQLite itself, edits from QGIS, QField, ogr2ogr or plain SQL are all
seen. While sync applies others' changes it puts a row in
``mymap_sync_applying`` (inside its own transaction), and the triggers stay
quiet.
"""
import hashlib

from ..sql_identifiers import column_list, sql, table_info
from ..ward_map import schema
from .database import columns, table_exists

SYNCED_TABLES = tuple(layer.name for layer in schema.LAYERS)
IDENTITY = "uuid"

STATE = "mymap_sync_state"
APPLYING = "mymap_sync_applying"
LOG = "mymap_sync_log"
CHANGESETS = "mymap_sync_changesets"
CONFLICTS = "mymap_sync_conflicts"
OUTBOX = "mymap_sync_outbox"
CODE_BLOCK = "mymap_code_block"

BOOKKEEPING_SQL = (      # (template, table): made with sql_identifiers.sql
    ("CREATE TABLE IF NOT EXISTS {table} (key TEXT PRIMARY KEY NOT NULL, value TEXT)", STATE),
    ("CREATE TABLE IF NOT EXISTS {table} (flag INTEGER)", APPLYING),
    # The shared history: one row per feature per changeset, old and new values as JSON.
    ("CREATE TABLE IF NOT EXISTS {table} (seq INTEGER PRIMARY KEY AUTOINCREMENT, changeset TEXT NOT NULL, "
     "table_name TEXT NOT NULL, uuid TEXT NOT NULL, op TEXT NOT NULL, old TEXT, new TEXT)", LOG),
    ("CREATE INDEX IF NOT EXISTS mymap_sync_log_feature ON {table} (table_name, uuid, seq)", LOG),
    ("CREATE TABLE IF NOT EXISTS {table} (changeset TEXT PRIMARY KEY NOT NULL, editor TEXT, created_at TEXT, "
     "pushed_at TEXT, base_seq INTEGER, first_seq INTEGER, last_seq INTEGER, entries INTEGER, "
     "working_id TEXT, kind TEXT)", CHANGESETS),
    ("CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY AUTOINCREMENT, conflict_uuid TEXT UNIQUE, "
     "changeset TEXT, created_at TEXT, table_name TEXT NOT NULL, uuid TEXT NOT NULL, asset_code TEXT, "
     "kind TEXT NOT NULL, field TEXT, base TEXT, mine TEXT, theirs TEXT, winner TEXT, mine_editor TEXT, "
     "theirs_editor TEXT, working_id TEXT, resolved_at TEXT, resolution TEXT, reported INTEGER)", CONFLICTS),
    ("CREATE TABLE IF NOT EXISTS {table} (id INTEGER PRIMARY KEY AUTOINCREMENT, changeset TEXT NOT NULL, "
     "table_name TEXT NOT NULL, uuid TEXT NOT NULL, base TEXT, mine TEXT)", OUTBOX),
    ("CREATE TABLE IF NOT EXISTS {table} (layer_name TEXT PRIMARY KEY NOT NULL, next_serial INTEGER NOT NULL, "
     "last_serial INTEGER NOT NULL)", CODE_BLOCK),
)


def capture_table(table: str) -> str:
    return "mymap_capture_" + table


def data_columns(connection, table):
    """The table's columns other than the fid (which never leaves the machine)."""
    return [name for name in columns(connection, table) if name != "fid"]


def _trigger_sql(connection, table):
    """{name: CREATE TRIGGER statement} of the table's capture triggers. The text is compared with
    the one stored in sqlite_master (:func:`problems`), so it never changes: the quiet test names
    mymap_sync_applying (APPLYING) unquoted, as the first MyMap wrote it."""
    log = capture_table(table)
    cols = tuple(data_columns(connection, table))
    parts = dict(table=table, log_table=log, names=cols, old=column_list(cols, table, prefix="OLD."))
    return {
        log + "_insert": sql(
            "CREATE TRIGGER {trigger} AFTER INSERT ON {table} WHEN NOT EXISTS (SELECT 1 FROM mymap_sync_applying) "
            "BEGIN INSERT INTO {log_table} (capture_op, capture_fid) VALUES ('I', NEW.fid); END",
            trigger=log + "_insert", **parts),
        log + "_update": sql(
            "CREATE TRIGGER {trigger} AFTER UPDATE ON {table} WHEN NOT EXISTS (SELECT 1 FROM mymap_sync_applying) "
            "BEGIN INSERT INTO {log_table} (capture_op, capture_fid, {names}) VALUES ('U', OLD.fid, {old}); END",
            trigger=log + "_update", **parts),
        log + "_delete": sql(
            "CREATE TRIGGER {trigger} AFTER DELETE ON {table} WHEN NOT EXISTS (SELECT 1 FROM mymap_sync_applying) "
            "BEGIN INSERT INTO {log_table} (capture_op, capture_fid, {names}) VALUES ('D', OLD.fid, {old}); END",
            trigger=log + "_delete", **parts),
    }


def install(connection) -> None:
    """Create the bookkeeping tables and capture triggers (inside the caller's transaction)."""
    for template, name in BOOKKEEPING_SQL:
        connection.execute(sql(template, table=name))
    for table in SYNCED_TABLES:
        cols = tuple(data_columns(connection, table))
        # Untyped columns keep every value exactly as stored (REAL stays REAL, blobs stay blobs).
        connection.execute(sql(
            "CREATE TABLE IF NOT EXISTS {log_table} (capture_seq INTEGER PRIMARY KEY AUTOINCREMENT, capture_op TEXT, "
            "capture_fid INTEGER, {names})", log_table=capture_table(table), names=cols))
        # A log made before a field was added to its table gets that field too (NULL in the rows
        # already logged: the field had no value then).
        logged = set(columns(connection, capture_table(table)))
        for name in cols:
            if name not in logged:
                connection.execute(sql("ALTER TABLE {log_table} ADD COLUMN {name}",
                                       log_table=capture_table(table), name=name))
        connection.execute(sql("CREATE INDEX IF NOT EXISTS {index} ON {log_table} (capture_fid)",
                               index=capture_table(table) + "_fid", log_table=capture_table(table)))
        for name, statement in _trigger_sql(connection, table).items():
            connection.execute(sql("DROP TRIGGER IF EXISTS {trigger}", trigger=name))
            connection.execute(statement)
    install_identity_triggers(connection)


def problems(connection):
    """What is wrong with the capture of edits (empty list when it is intact)."""
    found = []
    for table in SYNCED_TABLES:
        if not table_exists(connection, table):
            found.append("table {} is missing".format(table))
            continue
        log = capture_table(table)
        if not table_exists(connection, log):
            found.append("edit log {} is missing".format(log))
            continue
        wanted = data_columns(connection, table)
        have = [name for name in columns(connection, log)
                if name not in ("capture_seq", "capture_op", "capture_fid")]
        if sorted(have) != sorted(wanted):      # the order does not matter: columns are named
            found.append("edit log {} does not match the columns of {}".format(log, table))
        for name, statement in _trigger_sql(connection, table).items():
            row = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                     (name,)).fetchone()
            if row is None or row[0] != statement:
                found.append("edit capture trigger {} is missing or changed".format(name))
    return found


def fingerprint(connection) -> str:
    """A hash of the synced tables' structure and the schema version."""
    digest = hashlib.sha256()
    row = connection.execute(sql("SELECT value FROM {table} WHERE key = 'schema_version'",
                                 table=schema.SETTINGS_TABLE)).fetchone()
    digest.update(("schema_version=" + str(row[0] if row else "")).encode())
    for table in SYNCED_TABLES:
        digest.update(("\ntable " + table).encode())
        for _cid, name, declared, notnull, _default, pk in table_info(connection, table):
            digest.update("|{}:{}:{}:{}".format(name, declared.upper(), notnull, pk).encode())
    return digest.hexdigest()


def schema_summary(connection):
    """{table: [column:type, …]} to explain a fingerprint mismatch."""
    summary = {}
    for table in SYNCED_TABLES:
        summary[table] = ["{}:{}".format(name, declared.upper()) for _cid, name, declared, *_rest in
                          table_info(connection, table)]
    return summary


def read_state(connection) -> dict:
    if not table_exists(connection, STATE):
        return {}
    return dict(connection.execute(sql("SELECT key, value FROM {table}", table=STATE)))


def write_state(connection, **values) -> None:
    for key, value in values.items():
        connection.execute(sql("INSERT INTO {table} (key, value) VALUES (?, ?) ON CONFLICT (key) "
                               "DO UPDATE SET value = excluded.value", table=STATE),
                           (key, None if value is None else str(value)))


def has_captured_edits(connection) -> bool:
    for table in SYNCED_TABLES:
        log = capture_table(table)
        if table_exists(connection, log) and connection.execute(
                sql("SELECT 1 FROM {table} LIMIT 1", table=log)).fetchone():
            return True
    return False


def set_applying(connection, on: bool) -> None:
    """Silence (or re-enable) the capture triggers for this transaction."""
    connection.execute(sql("DELETE FROM {table}", table=APPLYING))
    if on:
        connection.execute(sql("INSERT INTO {table} (flag) VALUES (1)", table=APPLYING))


# The row gets a version 4 uuid written by SQLite itself (for rows added by ogr2ogr, plain SQL).
_IDENTITY_TRIGGER_SQL = (
    "CREATE TRIGGER IF NOT EXISTS {trigger} AFTER INSERT ON {table} WHEN NEW.uuid IS NULL OR NEW.uuid = '' "
    "BEGIN UPDATE {table} SET uuid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE fid = NEW.fid; END")


def install_identity_triggers(connection) -> None:
    """A row added without a uuid gets one the moment it is written, so every copy of the file
    made after that (a backup, a bundle) knows it by the same uuid and never sends it twice."""
    for table in SYNCED_TABLES:
        connection.execute(sql(_IDENTITY_TRIGGER_SQL, trigger="mymap_identity_" + table, table=table))
