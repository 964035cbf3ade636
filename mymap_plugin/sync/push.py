"""Applying changes to the shared map, written once for every kind of shared map (a
:class:`.shared_store.SharedSession`): a working copy's changeset merged field by field with what
others sent since its base (:func:`push`), and edits made directly in the shared map turned into a
changeset of their own (:func:`fold_direct_edits`). The caller holds the session's write
transaction, under the shared map's lock."""
import uuid as uuid_module

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map import schema
from .merge import INSERT_REJECTED, Conflict, Entry, merge
from .shared_log import utc_text
from .shared_store import RowRejected

DIRECT_EDITOR = "(direct edit of the shared map)"


class ChangeRefused(MyMapError):
    """The shared map refused a change of the changeset being pushed; nothing of it was kept."""


def fold_direct_edits(session):
    """Edits made directly in the shared map (QGIS, ogr2ogr, SQL…) become a changeset of their own."""
    changes = session.take_direct_changes(session.ward_code())
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
            "base_seq": session.last_seq(), "kind": "direct"}
    return session.append_changeset(info, entries)


def _apply_insert(session, entry, rekeyed):
    """Insert a new feature; a code already used by another feature is replaced by a fresh one; a
    row that breaks another rule of the shared map is refused (and becomes a conflict)."""
    row = dict(entry.new)
    code = row.get("asset_code")
    if (not code and schema.LAYERS_BY_NAME[entry.table].is_asset) or (
            code and session.code_in_use(entry.table, code, entry.uuid)):
        row["asset_code"] = session.new_code(entry.table)      # its copy had run out of codes, or a clash
        rekeyed.append((entry.table, entry.uuid, code, row["asset_code"]))
    try:
        session.write_row(entry.table, entry.uuid, row)     # a refused row is undone alone
    except RowRejected as error:
        return Entry(entry.table, entry.uuid, "R", None, row), str(error)
    return Entry(entry.table, entry.uuid, "I", None, row), None


def push(session, outbox_info, changes, since_base=None):
    """Merge a working copy's sealed changes with the shared map and apply them (caller holds the
    transaction). *since_base*: the log entries after the outbox's base, if already read.
    Returns (merged results, conflicts, log entries written, rekeyed codes, changeset info)."""
    base_seq = int(outbox_info["base_seq"])
    merged, conflicts, entries, rekeyed = [], [], [], []
    # Everything others sent since my last sync, once (as much as a pull reads anyway), by feature.
    mine = {(change.table, change.uuid) for change in changes}
    remote = {}
    if since_base is None:
        since_base = session.entries_since(base_seq)
    for entry in since_base:
        if entry.seq > base_seq and (entry.table, entry.uuid) in mine:
            remote.setdefault((entry.table, entry.uuid), []).append(entry)
    for change in changes:
        result = merge(change, remote.get((change.table, change.uuid), []))
        merged.append(result)
        conflicts.extend(result.conflicts)
        if result.push is not None:
            entries.append(result.push)
    session.set_applying(True)
    written = []
    updates = {}
    for entry in entries:
        applied = entry
        if entry.op == "I":
            applied, error = _apply_insert(session, entry, rekeyed)
            if error:
                conflicts.append(Conflict(applied.table, applied.uuid, INSERT_REJECTED, None, None, applied.new,
                                          None, error))
        elif entry.op == "U":
            updates.setdefault((entry.table, tuple(n for n in entry.new if n != "uuid")), []).append(entry)
        else:
            session.write_row(entry.table, entry.uuid, None)
        written.append(applied)
    for (table, names), group in updates.items():
        # The merge only sends updates of features the shared map has: one statement per field set.
        if session.update_rows(table, names, [[e.new[n] for n in names] + [e.uuid] for e in group]) != len(group):
            for entry in group:
                try:
                    session.write_row(entry.table, entry.uuid, entry.new)
                except RowRejected as error:
                    raise ChangeRefused(tr("The shared map refused a change to the feature {} of the layer {}: {}. "
                                        "Nothing was sent and your edits are kept in your working copy. Correct the "
                                        "value (the form in QGIS shows the rule) and sync again.").format(
                        session.asset_code_of(entry.table, entry.uuid) or entry.uuid, entry.table, error)) from None
    session.set_applying(False)
    info = dict(outbox_info, pushed_at=utc_text())
    info = session.append_changeset(info, written)
    codes = {}
    for conflict in conflicts:
        has_code = "asset_code" in schema.LAYERS_BY_NAME[conflict.table].field_names()
        codes[(conflict.table, conflict.uuid)] = session.asset_code_of(conflict.table, conflict.uuid) \
            if has_code else None
    session.record_conflicts(conflicts, info["changeset"], info.get("working_id"), info.get("editor"), codes)
    return merged, conflicts, written, rekeyed, info
