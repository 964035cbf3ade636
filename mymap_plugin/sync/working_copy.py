"""The working-copy side of sync: sealing local edits into an outbox, and taking
in the shared log (others' changes, and the result of merging mine) in one
transaction that protects edits made since the outbox was sealed."""
import sqlite3
import uuid as uuid_module

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import assignments, sql
from ..ward_map import code_allocator, schema
from . import capture
from .changes import (Change, clear_captured, collect_local_changes, row_by_uuid, rows_by_uuid,
                      unsealed_base, write_row)
from .database import dumps, loads
from .merge import (CREATED_STAMPS, DELETE_UPDATE, FIELD, FIRST_WINS, INSERT_INSERT, INSERT_REJECTED, STAMPS,
                    UPDATE_DELETE, Conflict, later_stamps, merge, same)
from .shared_map import ward_code
from .shared_log import _value_or_row, append_changeset, record_conflicts, utc_text


def working_state(connection, path):
    state = capture.read_state(connection)
    if state.get("role") != "working":
        raise MyMapError(tr("{} is not a MyMap working copy. Make one with “Check out a working copy” "
                            "(mymap:checkout).").format(path))
    return state


def outbox(connection):
    """(info, [Change]) of the sealed changes not yet confirmed by the shared map, or (None, [])."""
    state = capture.read_state(connection)
    changeset = state.get("outbox_changeset")
    if not changeset:
        return None, []
    info = {"changeset": changeset, "editor": state.get("outbox_editor"), "created_at": state.get("outbox_created"),
            "base_seq": int(state.get("outbox_base_seq") or 0), "working_id": state.get("working_id"),
            "kind": "edits"}
    changes = [Change(table, uuid, loads(base), loads(mine)) for table, uuid, base, mine in connection.execute(
        sql("SELECT table_name, uuid, base, mine FROM {table} WHERE changeset = ? ORDER BY id", table=capture.OUTBOX),
        (changeset,))]
    return info, changes


REFUSED = "outbox_refused"       # the shared map refused the outbox and kept nothing of it


def seal(connection, editor):
    """Move captured edits into the outbox under a new changeset id (caller holds the transaction).
    An outbox left by an unfinished sync is kept as it is: it is finished first. An outbox the
    shared map refused (a value breaking one of its rules) takes the edits made since, so the
    correction goes with it."""
    state = capture.read_state(connection)
    if state.get("outbox_changeset") and not state.get(REFUSED):
        return outbox(connection)
    capture.set_applying(connection, True)
    changes = collect_local_changes(connection, state.get("ward_code") or ward_code(connection))
    clear_captured(connection)
    capture.set_applying(connection, False)
    changes = [change.trimmed() for change in changes]
    if state.get("outbox_changeset"):
        _info, sealed = outbox(connection)
        connection.execute(sql("DELETE FROM {table}", table=capture.OUTBOX))
        capture.write_state(connection, **{REFUSED: None})
        changes = _combined(sealed, changes)
    if not changes:
        for key in ("outbox_changeset", "outbox_editor", "outbox_created", "outbox_base_seq"):
            capture.write_state(connection, **{key: None})
        return None, []
    changeset = str(uuid_module.uuid4())
    connection.executemany(sql("INSERT INTO {table} (changeset, table_name, uuid, base, mine) VALUES (?, ?, ?, ?, ?)",
                               table=capture.OUTBOX),
                           [(changeset, c.table, c.uuid, dumps(c.base), dumps(c.mine)) for c in changes])
    created = utc_text()
    base_seq = int(state.get("pulled_seq") or 0)
    capture.write_state(connection, outbox_changeset=changeset, outbox_editor=editor, outbox_created=created,
                        outbox_base_seq=base_seq)
    info = {"changeset": changeset, "editor": editor, "created_at": created, "base_seq": base_seq,
            "working_id": state.get("working_id"), "kind": "edits"}
    return info, changes


def _combined(sealed, later):
    """The refused outbox's changes followed by the edits made since: one net change per feature."""
    by_key = {(change.table, change.uuid): change for change in sealed}
    order = [(change.table, change.uuid) for change in sealed]
    for change in later:
        key = (change.table, change.uuid)
        first = by_key.get(key)
        if first is None or first.mine is None:
            by_key[key] = change if first is None else Change(change.table, change.uuid, first.base, change.mine)
            order += [key] if first is None else []
            continue
        if first.base is None:                  # added, then edited or deleted again
            mine = None if change.mine is None else dict(first.mine, **change.mine)
            by_key[key] = Change(change.table, change.uuid, None, mine)
            continue
        base = dict(change.base or {}, **first.base)
        mine = None if change.mine is None else dict(first.mine, **change.mine)
        by_key[key] = Change(change.table, change.uuid, base, mine)
    changes = []
    for key in order:
        change = by_key[key]
        if change.base is None and change.mine is None:
            continue
        if change.op == "U":
            change = Change(change.table, change.uuid, change.base,
                            {name: change.mine.get(name, change.base.get(name)) for name in change.base}).trimmed()
            if not change.changed_fields():
                continue
        changes.append(change)
    return changes


def pending_count(connection) -> int:
    """Features with edits not yet in the shared map."""
    count = connection.execute(sql("SELECT count(*) FROM {table}", table=capture.OUTBOX)).fetchone()[0]
    for table in capture.SYNCED_TABLES:
        count += connection.execute(sql("SELECT count(DISTINCT capture_fid) FROM {table}",
                                        table=capture.capture_table(table))).fetchone()[0]
    return count


class WorkingApplier:
    """Writes shared values into the working copy with capture silenced, keeping any edit made
    there since the outbox was sealed: a clash becomes a conflict record (theirs wins, as
    everywhere), and the captured base is moved on so the edit is not sent twice."""

    def __init__(self, connection, editor):
        self.connection = connection
        self.editor = editor
        self.conflicts = []
        self.applied = 0
        self.rekeyed = 0        # unsent local features that had to take a new asset code
        self._cols = {}
        # Edits captured since the outbox was sealed (none, usually): checked once per table.
        self._unsealed = {table: connection.execute(sql("SELECT 1 FROM {table} LIMIT 1", table=capture.capture_table(
            table))).fetchone() is not None for table in capture.SYNCED_TABLES}
        self._rows = {}         # (table, uuid) → (fid, row) read ahead; dropped once written

    def prefetch(self, keys):
        """Read the current rows of many features at once."""
        by_table = {}
        for table, uuid in keys:
            by_table.setdefault(table, set()).add(uuid)
        for table, uuids in by_table.items():
            found = rows_by_uuid(self.connection, table, uuids, self.cols(table))
            for uuid in uuids:
                self._rows[(table, uuid)] = found.get(uuid, (None, None))

    def current(self, table, uuid):
        cached = self._rows.pop((table, uuid), None)
        if cached is not None:
            return cached
        return row_by_uuid(self.connection, table, uuid, self.cols(table))

    def cols(self, table):
        if table not in self._cols:
            self._cols[table] = tuple(capture.data_columns(self.connection, table))
        return self._cols[table]

    def _unsealed_delete(self, table, uuid):
        row = self.connection.execute(sql("SELECT capture_fid FROM {table} WHERE capture_op = 'D' AND uuid = ? "
                                          "ORDER BY capture_seq DESC LIMIT 1", table=capture.capture_table(table)),
                                      (uuid,)).fetchone()
        return row[0] if row else None

    def _drop_captured(self, table, fid):
        self.connection.execute(sql("DELETE FROM {table} WHERE capture_fid = ?", table=capture.capture_table(table)),
                                (fid,))

    def set_row(self, table, uuid, values, editor=""):
        """Make *uuid* hold *values* (full or partial row; None deletes it)."""
        cols = self.cols(table)
        connection = self.connection
        fid, current = self.current(table, uuid)
        unsealed = self._unsealed[table]
        if fid is not None and unsealed:
            first_op, base = unsealed_base(connection, table, fid, cols)
        else:
            first_op, base = None, None
        if unsealed and first_op is None and fid is None and values is not None:
            deleted_fid = self._unsealed_delete(table, uuid)
            if deleted_fid is not None:
                old = self.connection.execute(sql("SELECT {cols} FROM {log_table} WHERE capture_fid = ? ORDER BY "
                                                  "capture_seq LIMIT 1", cols=cols,
                                                  log_table=capture.capture_table(table)),
                                              (deleted_fid,)).fetchone()
                old = dict(zip(cols, old))
                theirs = dict(old)
                theirs.update(values)
                self.conflicts.append(Conflict(table, uuid, DELETE_UPDATE, None, old, None, theirs, editor))
                self._drop_captured(table, deleted_fid)
                values = theirs
        if values is None:
            if fid is None:
                return
            if first_op is not None:
                self.conflicts.append(Conflict(table, uuid, UPDATE_DELETE, None, base, current, None, editor))
                self._drop_captured(table, fid)
            write_row(connection, table, uuid, None)
            self.applied += 1
            return
        values = {name: value for name, value in values.items() if name in cols}
        if first_op == "I":
            for name, value in values.items():
                if name not in FIRST_WINS and not same(current.get(name), value):
                    self.conflicts.append(Conflict(table, uuid, INSERT_INSERT, name, None, current.get(name),
                                                   value, editor))
        elif first_op == "U":
            incoming = {}
            mine_later = later_stamps(current, values) if "updated_at" in values else False
            for name, value in values.items():
                if same(value, base.get(name)):
                    continue            # nothing new from the shared side: a local edit stays
                locally_changed = not same(current.get(name), base.get(name))
                if name in STAMPS and locally_changed and (name in CREATED_STAMPS or mine_later):
                    continue            # my unsent stamp is the later one: it stays, and is sent
                if locally_changed and not same(current.get(name), value) and name not in STAMPS:
                    self.conflicts.append(Conflict(table, uuid, FIELD, name, base.get(name), current.get(name),
                                                   value, editor))
                incoming[name] = value
            if incoming:
                log = capture.capture_table(table)
                connection.execute(sql("UPDATE {table} SET {sets} WHERE capture_fid = ?", table=log,
                                       sets=assignments(incoming, log)), list(incoming.values()) + [fid])
            values = incoming
        if current is not None:
            values = {name: value for name, value in values.items() if current.get(name) != value}
            if not values:
                return
        self._write(table, uuid, values, current, fid)
        self.applied += 1
        if first_op == "U":
            self._drop_if_settled(table, fid, cols)

    def _drop_if_settled(self, table, fid, cols):
        """An unsent edit whose every field now equals its (moved) base has nothing left to send."""
        _op, base = unsealed_base(self.connection, table, fid, cols)
        _fid, current = row_by_uuid(self.connection, table, base.get("uuid"), cols) if base else (None, None)
        if base is not None and current == base:
            self._drop_captured(table, fid)

    def _write(self, table, uuid, values, current, fid=None):
        connection = self.connection
        if current is None and "asset_code" in values and values["asset_code"]:
            self._free_code(table, uuid, values["asset_code"])
        try:
            # A statement that breaks a constraint is undone alone; the transaction goes on.
            write_row(connection, table, uuid, values, fid if current is not None else None)
        except sqlite3.IntegrityError:
            self._reject_local_duplicates(table, uuid, values)
            write_row(connection, table, uuid, values)

    def _free_code(self, table, uuid, code):
        """A code the shared map gave to another feature may have been handed out here to a new
        feature not yet sent: that local feature gets a fresh code."""
        row = self.connection.execute(sql("SELECT fid, uuid FROM {table} WHERE asset_code = ? AND uuid <> ?",
                                          table=table), (code, uuid)).fetchone()
        if row is None:
            return
        self._rows.pop((table, row[1]), None)
        fresh = code_allocator.new_code(self.connection, table)     # None: the shared map gives one at the next sync
        # The new code is an edit of this copy like any other: captured, so the next sync sends it.
        capture.set_applying(self.connection, False)
        self.connection.execute(sql("UPDATE {table} SET asset_code = ? WHERE fid = ?", table=table), (fresh, row[0]))
        capture.set_applying(self.connection, True)
        self._unsealed[table] = True
        self.rekeyed += 1

    def _reject_local_duplicates(self, table, uuid, values):
        """A local feature not yet sent that holds a unique value the shared map gave to another
        feature moves into a conflict record (theirs wins), from where it can be restored."""
        layer = schema.LAYERS_BY_NAME[table]
        for field_def in layer.fields:
            if not field_def.unique or field_def.name not in values or values[field_def.name] is None:
                continue
            row = self.connection.execute(sql("SELECT uuid FROM {table} WHERE {name} = ? AND uuid <> ?", table=table,
                                              name=field_def.name), (values[field_def.name], uuid)).fetchone()
            if row is None:
                continue
            self._rows.pop((table, row[0]), None)
            fid, mine = row_by_uuid(self.connection, table, row[0], self.cols(table))
            self.conflicts.append(Conflict(table, row[0], INSERT_REJECTED, None, None, mine,
                                           "UNIQUE {}".format(field_def.name)))
            self._drop_captured(table, fid)
            write_row(self.connection, table, row[0], None)


def take_in(connection, state, entries, changesets, editor, sealed_outbox=None, already_applied=()):
    """Apply the shared log *entries* (seq order; everything after min(pulled_seq, outbox base))
    to the working copy, finishing the outbox if its changeset is among them. Entries of the
    changesets in *already_applied* (sent again after the shared map lost them) are only mirrored.
    Caller holds the transaction. Returns a summary dict."""
    pulled_seq = int(state.get("pulled_seq") or 0)
    info, sealed = sealed_outbox if sealed_outbox is not None else outbox(connection)
    mine_changeset = info["changeset"] if info else None
    by_changeset = {c["changeset"]: c for c in changesets}
    done = mine_changeset in by_changeset
    applier = WorkingApplier(connection, editor)
    capture.set_applying(connection, True)
    summary = {"pulled": 0, "pushed": 0, "conflicts": 0, "rekeyed": 0, "rejected": 0}
    applier.prefetch({(e.table, e.uuid) for e in entries if e.seq > pulled_seq and e.changeset != mine_changeset}
                     | {(c.table, c.uuid) for c in sealed})
    merged_conflicts = []
    outbox_keys = {(c.table, c.uuid) for c in sealed} if done else set()
    if done:
        first = by_changeset[mine_changeset]["first_seq"]
        base_seq = info["base_seq"]
        by_feature = {}
        for entry in entries:
            if base_seq < entry.seq < first and (entry.table, entry.uuid) in outbox_keys:
                by_feature.setdefault((entry.table, entry.uuid), []).append(entry)
        for change in sealed:
            result = merge(change, by_feature.get((change.table, change.uuid), []))
            if result.result is None and change.mine is not None:
                # Deleted by the other side: the conflict keeps my whole row, so it can be restored.
                _fid, row = row_by_uuid(connection, change.table, change.uuid, applier.cols(change.table))
                for conflict in result.conflicts:
                    if conflict.kind == UPDATE_DELETE and row is not None:
                        conflict.key = _value_or_row(conflict.mine)
                        conflict.mine = dict(row)
                        conflict.base = dict(row, **(change.base or {}))
            merged_conflicts.extend(result.conflicts)
            if change.op == "I" and result.result is not None and result.result.get("asset_code") != \
                    change.mine.get("asset_code"):
                summary["rekeyed"] += 1         # the same asset was added elsewhere first: it keeps that code
            if result.touched_remotely or result.conflicts:
                applier.set_row(change.table, change.uuid, result.result)
        for entry in entries:
            if entry.changeset != mine_changeset:
                continue
            summary["pushed"] += 1
            if entry.op == "I":
                _fid, row = row_by_uuid(connection, entry.table, entry.uuid, applier.cols(entry.table))
                if row is not None and row.get("asset_code") and row.get("asset_code") != entry.new.get("asset_code"):
                    summary["rekeyed"] += 1
                applier.set_row(entry.table, entry.uuid, entry.new)
            elif entry.op == "R":
                summary["rejected"] += 1
                summary["pushed"] -= 1
                merged_conflicts.append(Conflict(entry.table, entry.uuid, INSERT_REJECTED, None, None, entry.new,
                                                 None))
                applier.set_row(entry.table, entry.uuid, None)
    for entry in entries:
        if entry.changeset == mine_changeset:
            continue
        key = (entry.table, entry.uuid)
        if entry.seq <= pulled_seq or entry.changeset in already_applied:
            continue
        if key in outbox_keys and entry.seq < by_changeset[mine_changeset]["first_seq"]:
            continue
        summary["pulled"] += 1
        if entry.op == "I":
            applier.set_row(entry.table, entry.uuid, entry.new, entry.editor)
        elif entry.op == "U":
            applier.set_row(entry.table, entry.uuid, entry.new, entry.editor)
        elif entry.op == "D":
            applier.set_row(entry.table, entry.uuid, None, entry.editor)
    capture.set_applying(connection, False)
    # The mirror of the shared history, for the history view.
    by_changeset_entries = {}
    for entry in entries:
        by_changeset_entries.setdefault(entry.changeset, []).append(entry)
    for changeset in changesets:
        append_changeset(connection, changeset, by_changeset_entries.get(changeset["changeset"], []), keep_seq=True)
    new_seq = max([pulled_seq] + [e.seq for e in entries] + [c["last_seq"] or 0 for c in changesets])
    conflicts = merged_conflicts + applier.conflicts
    codes = {}
    for conflict in conflicts:
        if "asset_code" in schema.LAYERS_BY_NAME[conflict.table].field_names():
            for side in (conflict.mine, conflict.theirs, conflict.base):
                if isinstance(side, dict) and side.get("asset_code"):
                    codes[(conflict.table, conflict.uuid)] = side["asset_code"]
                    break
            else:
                _fid, row = row_by_uuid(connection, conflict.table, conflict.uuid, ["asset_code"])
                codes[(conflict.table, conflict.uuid)] = row["asset_code"] if row else None
    record_conflicts(connection, conflicts, mine_changeset or "pull-{}".format(new_seq), state.get("working_id"),
                     editor, codes)
    summary["conflicts"] = len(conflicts)
    summary["rekeyed"] += applier.rekeyed
    if done:
        connection.execute(sql("DELETE FROM {table} WHERE changeset = ?", table=capture.OUTBOX), (mine_changeset,))
        for key in ("outbox_changeset", "outbox_editor", "outbox_created", "outbox_base_seq"):
            connection.execute(sql("DELETE FROM {table} WHERE key = ?", table=capture.STATE), (key,))
    capture.write_state(connection, pulled_seq=new_seq)
    summary["outbox_done"] = done
    return summary
