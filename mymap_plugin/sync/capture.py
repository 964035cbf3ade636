"""Capture of edits inside the GeoPackage, and the tables sync keeps there.

Every synced table gets three triggers that log each insert, update and delete
(with the full old row) into ``mymap_capture_<table>``. Because the log is
written by SQLite itself, edits from QGIS, QField, ogr2ogr or plain SQL are all
seen. While sync applies others' changes it puts a row in
``mymap_sync_applying`` (inside its own transaction), and the triggers stay
quiet.
"""
import hashlib

from ..ward_map import schema
from .database import columns, quote, table_exists

SYNCED_TABLES = tuple(layer.name for layer in schema.LAYERS)
IDENTITY = "uuid"

STATE = "mymap_sync_state"
APPLYING = "mymap_sync_applying"
LOG = "mymap_sync_log"
CHANGESETS = "mymap_sync_changesets"
CONFLICTS = "mymap_sync_conflicts"
OUTBOX = "mymap_sync_outbox"
CODE_BLOCK = "mymap_code_block"

BOOKKEEPING_SQL = (
    "CREATE TABLE IF NOT EXISTS {} (key TEXT PRIMARY KEY NOT NULL, value TEXT)".format(STATE),
    "CREATE TABLE IF NOT EXISTS {} (flag INTEGER)".format(APPLYING),
    # The shared history: one row per feature per changeset, old and new values as JSON.
    "CREATE TABLE IF NOT EXISTS {} (seq INTEGER PRIMARY KEY AUTOINCREMENT, changeset TEXT NOT NULL, "
    "table_name TEXT NOT NULL, uuid TEXT NOT NULL, op TEXT NOT NULL, old TEXT, new TEXT)".format(LOG),
    "CREATE INDEX IF NOT EXISTS mymap_sync_log_feature ON {} (table_name, uuid, seq)".format(LOG),
    "CREATE TABLE IF NOT EXISTS {} (changeset TEXT PRIMARY KEY NOT NULL, editor TEXT, created_at TEXT, "
    "pushed_at TEXT, base_seq INTEGER, first_seq INTEGER, last_seq INTEGER, entries INTEGER, "
    "working_id TEXT, kind TEXT)".format(CHANGESETS),
    "CREATE TABLE IF NOT EXISTS {} (id INTEGER PRIMARY KEY AUTOINCREMENT, conflict_uuid TEXT UNIQUE, "
    "changeset TEXT, created_at TEXT, table_name TEXT NOT NULL, uuid TEXT NOT NULL, asset_code TEXT, "
    "kind TEXT NOT NULL, field TEXT, base TEXT, mine TEXT, theirs TEXT, winner TEXT, mine_editor TEXT, "
    "theirs_editor TEXT, working_id TEXT, resolved_at TEXT, resolution TEXT, reported INTEGER)".format(CONFLICTS),
    "CREATE TABLE IF NOT EXISTS {} (id INTEGER PRIMARY KEY AUTOINCREMENT, changeset TEXT NOT NULL, "
    "table_name TEXT NOT NULL, uuid TEXT NOT NULL, base TEXT, mine TEXT)".format(OUTBOX),
    "CREATE TABLE IF NOT EXISTS {} (layer_name TEXT PRIMARY KEY NOT NULL, next_serial INTEGER NOT NULL, "
    "last_serial INTEGER NOT NULL)".format(CODE_BLOCK),
)


def capture_table(table: str) -> str:
    return "mymap_capture_" + table


def data_columns(connection, table):
    """The table's columns other than the fid (which never leaves the machine)."""
    return [name for name in columns(connection, table) if name != "fid"]


def _trigger_sql(connection, table):
    log = quote(capture_table(table))
    cols = data_columns(connection, table)
    names = ", ".join(quote(name) for name in cols)
    old = ", ".join("OLD." + quote(name) for name in cols)
    quiet = "NOT EXISTS (SELECT 1 FROM {})".format(APPLYING)
    prefix = "mymap_capture_" + table
    return {
        prefix + "_insert": (
            "CREATE TRIGGER {name} AFTER INSERT ON {table} WHEN {quiet} BEGIN "
            "INSERT INTO {log} (capture_op, capture_fid) VALUES ('I', NEW.fid); END"),
        prefix + "_update": (
            "CREATE TRIGGER {name} AFTER UPDATE ON {table} WHEN {quiet} BEGIN "
            "INSERT INTO {log} (capture_op, capture_fid, {names}) VALUES ('U', OLD.fid, {old}); END"),
        prefix + "_delete": (
            "CREATE TRIGGER {name} AFTER DELETE ON {table} WHEN {quiet} BEGIN "
            "INSERT INTO {log} (capture_op, capture_fid, {names}) VALUES ('D', OLD.fid, {old}); END"),
    }, dict(table=quote(table), log=log, names=names, old=old, quiet=quiet)


def install(connection) -> None:
    """Create the bookkeeping tables and capture triggers (inside the caller's transaction)."""
    for sql in BOOKKEEPING_SQL:
        connection.execute(sql)
    for table in SYNCED_TABLES:
        cols = data_columns(connection, table)
        # Untyped columns keep every value exactly as stored (REAL stays REAL, blobs stay blobs).
        connection.execute(
            "CREATE TABLE IF NOT EXISTS {} (capture_seq INTEGER PRIMARY KEY AUTOINCREMENT, capture_op TEXT, "
            "capture_fid INTEGER, {})".format(quote(capture_table(table)),
                                              ", ".join(quote(name) for name in cols)))
        # A log made before a field was added to its table gets that field too (NULL in the rows
        # already logged: the field had no value then).
        logged = set(columns(connection, capture_table(table)))
        for name in cols:
            if name not in logged:
                connection.execute("ALTER TABLE {} ADD COLUMN {}".format(quote(capture_table(table)), quote(name)))
        connection.execute("CREATE INDEX IF NOT EXISTS {} ON {} (capture_fid)".format(
            quote(capture_table(table) + "_fid"), quote(capture_table(table))))
        triggers, values = _trigger_sql(connection, table)
        for name, template in triggers.items():
            connection.execute("DROP TRIGGER IF EXISTS {}".format(quote(name)))
            connection.execute(template.format(name=quote(name), **values))
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
        triggers, values = _trigger_sql(connection, table)
        for name, template in triggers.items():
            row = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                                     (name,)).fetchone()
            if row is None or row[0] != template.format(name=quote(name), **values):
                found.append("edit capture trigger {} is missing or changed".format(name))
    return found


def fingerprint(connection) -> str:
    """A hash of the synced tables' structure and the schema version."""
    digest = hashlib.sha256()
    row = connection.execute("SELECT value FROM {} WHERE key = 'schema_version'".format(
        schema.SETTINGS_TABLE)).fetchone()
    digest.update(("schema_version=" + str(row[0] if row else "")).encode())
    for table in SYNCED_TABLES:
        digest.update(("\ntable " + table).encode())
        for _cid, name, declared, notnull, _default, pk in connection.execute(
                "PRAGMA table_info({})".format(quote(table))):
            digest.update("|{}:{}:{}:{}".format(name, declared.upper(), notnull, pk).encode())
    return digest.hexdigest()


def schema_summary(connection):
    """{table: [column:type, …]} to explain a fingerprint mismatch."""
    summary = {}
    for table in SYNCED_TABLES:
        summary[table] = ["{}:{}".format(name, declared.upper()) for _cid, name, declared, *_rest in
                          connection.execute("PRAGMA table_info({})".format(quote(table)))]
    return summary


def read_state(connection) -> dict:
    if not table_exists(connection, STATE):
        return {}
    return dict(connection.execute("SELECT key, value FROM {}".format(STATE)))


def write_state(connection, **values) -> None:
    for key, value in values.items():
        connection.execute("INSERT OR REPLACE INTO {} (key, value) VALUES (?, ?)".format(STATE),
                           (key, None if value is None else str(value)))


def has_captured_edits(connection) -> bool:
    for table in SYNCED_TABLES:
        log = capture_table(table)
        if table_exists(connection, log) and connection.execute(
                "SELECT 1 FROM {} LIMIT 1".format(quote(log))).fetchone():
            return True
    return False


def set_applying(connection, on: bool) -> None:
    """Silence (or re-enable) the capture triggers for this transaction."""
    connection.execute("DELETE FROM {}".format(APPLYING))
    if on:
        connection.execute("INSERT INTO {} (flag) VALUES (1)".format(APPLYING))


# A version 4 uuid written by SQLite itself, for rows added without one (ogr2ogr, plain SQL).
_NEW_UUID_SQL = ("lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || "
                 "substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
                 "substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))")


def install_identity_triggers(connection) -> None:
    """A row added without a uuid gets one the moment it is written, so every copy of the file
    made after that (a backup, a bundle) knows it by the same uuid and never sends it twice."""
    for table in SYNCED_TABLES:
        connection.execute(
            "CREATE TRIGGER IF NOT EXISTS {name} AFTER INSERT ON {table} WHEN NEW.{uuid} IS NULL OR NEW.{uuid} = '' "
            "BEGIN UPDATE {table} SET {uuid} = ({new}) WHERE fid = NEW.fid; END".format(
                name=quote("mymap_identity_" + table), table=quote(table), uuid=IDENTITY, new=_NEW_UUID_SQL))
