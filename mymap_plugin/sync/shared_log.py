"""The shared history of changes: changesets and their entries, in both the
shared map (the authority) and each working copy (a mirror, for the history
view)."""
import json
import time

from ..sql_identifiers import sql
from .capture import CHANGESETS, CONFLICTS, LOG
from .database import dump_value, dumps, loads
from .merge import Entry


def utc_text(seconds=None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(seconds if seconds is not None else time.time()))


def last_seq(connection) -> int:
    row = connection.execute(sql("SELECT max(seq) FROM {table}", table=LOG)).fetchone()
    return row[0] or 0


def changeset_info(connection, changeset):
    row = connection.execute(sql("SELECT changeset, editor, created_at, pushed_at, base_seq, first_seq, last_seq, "
                                 "entries, working_id, kind FROM {table} WHERE changeset = ?", table=CHANGESETS),
                             (changeset,)).fetchone()
    if row is None:
        return None
    keys = ("changeset", "editor", "created_at", "pushed_at", "base_seq", "first_seq", "last_seq", "entries",
            "working_id", "kind")
    return dict(zip(keys, row))


def _entry(row):
    seq, changeset, table, uuid, op, old, new, editor = row
    return Entry(table, uuid, op, loads(old), loads(new), seq, changeset, editor or "", (old, new))


def entries_since(connection, seq):
    return [_entry(row) for row in connection.execute(sql(
        "SELECT l.seq, l.changeset, l.table_name, l.uuid, l.op, l.old, l.new, c.editor FROM {log_table} l "
        "LEFT JOIN {changesets_table} c ON c.changeset = l.changeset WHERE l.seq > ? ORDER BY l.seq",
        log_table=LOG, changesets_table=CHANGESETS), (seq,))]


def changesets_since(connection, seq):
    keys = ("changeset", "editor", "created_at", "pushed_at", "base_seq", "first_seq", "last_seq", "entries",
            "working_id", "kind")
    return [dict(zip(keys, row)) for row in connection.execute(sql(
        "SELECT {keys} FROM {table} WHERE last_seq > ? OR (entries = 0 AND first_seq > ?) ORDER BY first_seq",
        table=CHANGESETS, keys=keys), (seq, seq))]


def next_seq(connection) -> int:
    """The first sequence number after every number ever used in this GeoPackage's log (SQLite's
    AUTOINCREMENT remembers numbers of rows since deleted)."""
    row = connection.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (LOG,)).fetchone() \
        if connection.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone() else None
    return max(row[0] if row else 0, last_seq(connection)) + 1


def append_changeset(connection, info, entries, keep_seq=False, first_seq=None):
    """Write a changeset and its entries. With *keep_seq* the entries keep the sequence numbers they
    have in the shared map (mirroring into a working copy); else they are numbered from *first_seq*
    (default :func:`next_seq`; the caller holds the write lock, so nobody else is appending).
    The SQL is portable (SQLite and PostgreSQL)."""
    first = last = None
    if keep_seq:
        connection.executemany(sql("INSERT INTO {table} (seq, changeset, table_name, uuid, op, old, new) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", table=LOG),
                               [(entry.seq, info["changeset"], entry.table, entry.uuid, entry.op)
                                + (entry.stored or (dumps(entry.old), dumps(entry.new))) for entry in entries])
    else:
        start = first_seq if first_seq is not None else next_seq(connection)
        for offset, entry in enumerate(entries):
            entry.seq = start + offset
        connection.executemany(sql("INSERT INTO {table} (seq, changeset, table_name, uuid, op, old, new) VALUES "
                                   "(?, ?, ?, ?, ?, ?, ?)", table=LOG),
                               [(entry.seq, info["changeset"], entry.table, entry.uuid, entry.op, dumps(entry.old),
                                 dumps(entry.new)) for entry in entries])
    for entry in entries:
        seq = entry.seq
        entry.changeset = info["changeset"]
        first = seq if first is None else first
        last = seq
    if not keep_seq:
        info = dict(info, first_seq=first if first is not None else last_seq(connection) + 1,
                    last_seq=last if last is not None else last_seq(connection), entries=len(entries))
    connection.execute(sql("INSERT INTO {table} (changeset, editor, created_at, pushed_at, base_seq, "
                           "first_seq, last_seq, entries, working_id, kind) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT DO NOTHING", table=CHANGESETS),
                       (info["changeset"], info.get("editor"), info.get("created_at"), info.get("pushed_at"),
                        info.get("base_seq"), info.get("first_seq"), info.get("last_seq"), info.get("entries"),
                        info.get("working_id"), info.get("kind")))
    return info


def record_conflicts(connection, conflicts, changeset, working_id, mine_editor, asset_codes=None):
    import uuid as uuid_module
    now = utc_text()
    for conflict in conflicts:
        code = (asset_codes or {}).get((conflict.table, conflict.uuid))
        connection.execute(sql(
            "INSERT INTO {table} (conflict_uuid, changeset, created_at, table_name, uuid, asset_code, kind, "
            "field, base, mine, theirs, winner, mine_editor, theirs_editor, working_id) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", table=CONFLICTS),
            (conflict_id(conflict, changeset, working_id), changeset, now, conflict.table,
             conflict.uuid, code, conflict.kind, conflict.field, _value_or_row(conflict.base),
             _value_or_row(conflict.mine), _value_or_row(conflict.theirs), conflict.winner, mine_editor,
             conflict.theirs_editor, working_id))


def conflict_id(conflict, changeset, working_id):
    """The same conflict gets the same id in the working copy and the shared map (and when a
    sync is finished again after a crash); two losing values of one field get two ids."""
    import uuid as uuid_module
    return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, "mymap-conflict:{}|{}|{}|{}|{}|{}|{}".format(
        changeset, working_id, conflict.table, conflict.uuid, conflict.kind, conflict.field,
        conflict.key or _value_or_row(conflict.mine))))


def _value_or_row(value):
    if isinstance(value, dict):
        return json.dumps({"row": json.loads(dumps(value))}, ensure_ascii=False)
    return dump_value(value)


def conflict_value(text):
    """A stored conflict value: a field value, or a whole row (dict)."""
    if text is None:
        return None
    data = json.loads(text)
    if isinstance(data, dict) and "row" in data:
        return loads(json.dumps(data["row"]))
    if isinstance(data, dict) and "$hex" in data:
        return bytes.fromhex(data["$hex"])
    return data
