"""The shared side of sync: opening the shared map (:func:`open_shared_map`), turning a ward map
into a shared one, and applying a working copy's changeset to it, in one transaction, under the
share lock."""
import sqlite3
import uuid as uuid_module

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql
from ..ward_map import code_allocator, schema
from . import capture
from .geopackage_shared_map import GeoPackageSharedMap
from .changes import update_statement, collect_local_changes, clear_captured, row_by_uuid, write_row
from .merge import INSERT_REJECTED, Conflict, Entry, merge
from .shared_log import append_changeset, entries_since, last_seq, record_conflicts, utc_text

CODE_BLOCK_SIZE = 5000
CODE_BLOCK_LOW = 1000
DIRECT_EDITOR = "(direct edit of the shared map)"


def open_shared_map(address):
    """The shared map at *address* (a :class:`.shared_store.SharedMap`): today the path of a shared
    GeoPackage."""
    return GeoPackageSharedMap(address)


def ward_code(connection):
    row = connection.execute(sql("SELECT value FROM {table} WHERE key = 'ward_code'",
                                 table=schema.SETTINGS_TABLE)).fetchone()
    return row[0] if row else ""


def prepare(connection, path):
    """Make sure the shared map has its sync tables, capture triggers and identity (in a transaction)."""
    state = capture.read_state(connection)
    if state.get("role") == "working":
        raise MyMapError(tr("{} is a working copy, not a shared map. Choose the shared GeoPackage.").format(path))
    capture.install(connection)
    if not state.get("share_id"):
        capture.write_state(connection, role="shared", share_id=str(uuid_module.uuid4()),
                            shared_since=utc_text())
    capture.write_state(connection, fingerprint=capture.fingerprint(connection))
    return capture.read_state(connection)


def fold_direct_edits(connection):
    """Edits made directly in the shared map (QGIS, ogr2ogr…) become a changeset of their own."""
    if not capture.has_captured_edits(connection):
        return None
    capture.set_applying(connection, True)
    changes = collect_local_changes(connection, ward_code(connection))
    clear_captured(connection)
    capture.set_applying(connection, False)
    entries = []
    for change in changes:
        if change.op == "I":
            entries.append(Entry(change.table, change.uuid, "I", None, dict(change.mine)))
        elif change.op == "D":
            entries.append(Entry(change.table, change.uuid, "D", dict(change.base), None))
        else:
            names = change.changed_fields()
            entries.append(Entry(change.table, change.uuid, "U", {n: change.base.get(n) for n in names},
                                 {n: change.mine[n] for n in names}))
    if not entries:
        return None
    now = utc_text()
    info = {"changeset": str(uuid_module.uuid4()), "editor": DIRECT_EDITOR, "created_at": now, "pushed_at": now,
            "base_seq": last_seq(connection), "kind": "direct"}
    return append_changeset(connection, info, entries)


def reserve_code_block(session, layer_name, size=CODE_BLOCK_SIZE):
    """Hand a working copy *size* asset-code serials of its own: (first, last)."""
    return session.reserve_code_block(layer_name, size)


def _apply_insert(connection, entry, rekeyed):
    """Insert a new feature; a code already used by another feature is replaced by a fresh one; a
    row that breaks another rule of the shared map is refused (and becomes a conflict)."""
    row = dict(entry.new)
    code = row.get("asset_code")
    if not code and schema.LAYERS_BY_NAME[entry.table].is_asset:
        row["asset_code"] = code_allocator.new_code(connection, entry.table)      # its copy had run out of codes
        rekeyed.append((entry.table, entry.uuid, code, row["asset_code"]))
    elif code and connection.execute(sql("SELECT 1 FROM {table} WHERE asset_code = ? AND uuid <> ?",
                                         table=entry.table), (code, entry.uuid)).fetchone():
        row["asset_code"] = code_allocator.new_code(connection, entry.table)
        rekeyed.append((entry.table, entry.uuid, code, row["asset_code"]))
    try:
        write_row(connection, entry.table, entry.uuid, row)     # a refused statement is undone alone
    except sqlite3.IntegrityError as error:
        return Entry(entry.table, entry.uuid, "R", None, row), str(error)
    return Entry(entry.table, entry.uuid, "I", None, row), None


def push(connection, outbox_info, changes, since_base=None):
    """Merge a working copy's sealed changes with the shared map and apply them (caller holds the
    transaction). *since_base*: the log entries after the outbox's base, if already read.
    Returns (merged results, conflicts, log entries written, rekeyed codes, changeset info)."""
    base_seq = int(outbox_info["base_seq"])
    merged, conflicts, entries, rekeyed = [], [], [], []
    # Everything others sent since my last sync, once (as much as a pull reads anyway), by feature.
    mine = {(change.table, change.uuid) for change in changes}
    remote = {}
    if since_base is None:
        since_base = entries_since(connection, base_seq)
    for entry in since_base:
        if entry.seq > base_seq and (entry.table, entry.uuid) in mine:
            remote.setdefault((entry.table, entry.uuid), []).append(entry)
    for change in changes:
        result = merge(change, remote.get((change.table, change.uuid), []))
        merged.append(result)
        conflicts.extend(result.conflicts)
        if result.push is not None:
            entries.append(result.push)
    capture.set_applying(connection, True)
    written = []
    updates = {}
    for entry in entries:
        if entry.op == "I":
            entry, error = _apply_insert(connection, entry, rekeyed)
            if error:
                conflicts.append(Conflict(entry.table, entry.uuid, INSERT_REJECTED, None, None, entry.new, None,
                                          error))
        elif entry.op == "U":
            updates.setdefault((entry.table, tuple(n for n in entry.new if n != "uuid")), []).append(entry)
        else:
            write_row(connection, entry.table, entry.uuid, None)
        written.append(entry)
    for (table, names), group in updates.items():
        # The merge only sends updates of features the shared map has: one statement per field set.
        cursor = connection.executemany(update_statement(table, names), [[e.new[n] for n in names] + [e.uuid]
                                                                    for e in group])
        if cursor.rowcount != len(group):
            for entry in group:
                write_row(connection, entry.table, entry.uuid, entry.new)
    capture.set_applying(connection, False)
    info = dict(outbox_info, pushed_at=utc_text())
    info = append_changeset(connection, info, written)
    codes = {}
    for conflict in conflicts:
        _fid, row = row_by_uuid(connection, conflict.table, conflict.uuid, ["asset_code"]) \
            if "asset_code" in schema.LAYERS_BY_NAME[conflict.table].field_names() else (None, None)
        codes[(conflict.table, conflict.uuid)] = row["asset_code"] if row else None
    record_conflicts(connection, conflicts, info["changeset"], info.get("working_id"), info.get("editor"), codes)
    return merged, conflicts, written, rekeyed, info

