"""Field-level three-way merge of one feature, keyed on its uuid.

Inputs: the local change (row at the last sync = base, row now = mine) and the
changes others made since that sync (log entries, in order). Output: the row
everybody ends with, what to send, and the conflicts. A clash is decided for
the version that reached the shared map first ("theirs"), deterministically, and
the losing value is kept in a conflict record, so nothing is dropped.
"""
from dataclasses import dataclass, field
from typing import List, Optional

from .changes import Change
from .text_form import same

# Bookkeeping stamps are not the feature's data: they never conflict.
CREATED_STAMPS = ("created_at", "created_by")     # written once, when the feature is added; never change
UPDATED_STAMPS = ("updated_at", "updated_by")     # follow the latest change that stands
STAMPS = CREATED_STAMPS + UPDATED_STAMPS
# An added feature keeps the code the shared map gave it first: the same uuid added in two copies
# is one asset with one code, so its code never makes an insert/insert conflict.
FIRST_WINS = STAMPS + ("asset_code",)

FIELD = "field"                   # both changed one field to different values
UPDATE_DELETE = "update_delete"   # I changed it, they deleted it
DELETE_UPDATE = "delete_update"   # I deleted it, they changed it
INSERT_INSERT = "insert_insert"   # both added the same uuid with different values
INSERT_REJECTED = "insert_rejected"   # my new feature breaks a rule of the shared map


@dataclass
class Entry:
    """One feature's change inside a changeset of the shared log."""
    table: str
    uuid: str
    op: str                    # I, U or D
    old: Optional[dict]        # D: the full row; U: old values of the changed fields
    new: Optional[dict]        # I: the full row; U: new values of the changed fields
    seq: int = 0
    changeset: str = ""
    editor: str = ""
    stored: tuple = None       # (old, new) JSON text as read from a log, written back unchanged


@dataclass
class Conflict:
    table: str
    uuid: str
    kind: str
    field: Optional[str]
    base: object
    mine: object
    theirs: object
    theirs_editor: str = ""
    winner: str = "theirs"
    key: str = ""              # what identifies the record (set when `mine` is completed later)


@dataclass
class Merged:
    change: Change
    theirs: Optional[dict]           # the shared row before my change (None: absent)
    result: Optional[dict]           # the row everybody ends with (None: deleted)
    push: Optional[Entry]            # what my change adds to the shared log
    conflicts: List[Conflict] = field(default_factory=list)
    touched_remotely: bool = False


def replay(start: Optional[dict], entries) -> Optional[dict]:
    """The row after applying log *entries* to *start*."""
    row = None if start is None else dict(start)
    for entry in entries:
        if entry.op == "I":
            row = dict(entry.new)
        elif entry.op == "U":
            row = dict(row or {})
            row.update(entry.new)
        elif entry.op == "D":
            row = None
    return row


def stamp_key(value) -> str:
    """A timestamp as comparable text: '2026-12-05 14:03:00', '2026-12-05T14:03:00Z' and
    '2026-12-05T14:03:00.000Z' are the same instant (all MyMap stamps are UTC)."""
    if not value:
        return ""
    text = str(value).strip().replace(" ", "T").rstrip("Zz")
    if "." in text:
        text = text.split(".", 1)[0]
    return text


def later_stamps(mine: dict, theirs: dict) -> bool:
    """Whether *mine* holds the later `updated_at` (a tie goes to mine: its change is the one
    being applied now)."""
    return stamp_key(mine.get("updated_at")) >= stamp_key(theirs.get("updated_at"))


def editor_of(entries, name=None):
    """The editor of the last of *entries* that set field *name* (any change when None)."""
    for entry in reversed(entries):
        if name is None or entry.op == "D" or (entry.new is not None and name in entry.new):
            return entry.editor
    return entries[-1].editor if entries else ""


def merge(change: Change, remote_entries) -> Merged:
    """Merge my *change* with the shared log entries for the same feature since my last sync."""
    base, mine = change.base, change.mine
    if not remote_entries:
        theirs = base
    else:
        theirs = replay(base, remote_entries)
    touched = bool(remote_entries) and theirs != base
    conflicts = []

    if base is None:                                      # I added it
        if theirs is None and any(entry.op in ("I", "U", "D") for entry in remote_entries):
            # It was in the shared map and someone deleted it after I had it (a copy restored from a
            # backup sends it again): it does not come back without a record I can restore it from.
            conflicts.append(Conflict(change.table, change.uuid, UPDATE_DELETE, None, None, mine, None,
                                      editor_of(remote_entries)))
            return Merged(change, None, None, None, conflicts, True)
        if theirs is None:
            return Merged(change, None, mine, Entry(change.table, change.uuid, "I", None, dict(mine)))
        # They added (or have) the same uuid too: compare field by field, with no base.
        differing = sorted(name for name in set(mine) | set(theirs)
                           if name not in FIRST_WINS and not same(mine.get(name), theirs.get(name)))
        for name in differing:
            conflicts.append(Conflict(change.table, change.uuid, INSERT_INSERT, name, None, mine.get(name),
                                      theirs.get(name), editor_of(remote_entries, name)))
        return Merged(change, theirs, theirs, None, conflicts, True)

    if mine is None:                                      # I deleted it
        if theirs is None:
            return Merged(change, None, None, None, [], touched)
        if not touched:
            return Merged(change, theirs, None, Entry(change.table, change.uuid, "D", dict(theirs), None))
        conflicts.append(Conflict(change.table, change.uuid, DELETE_UPDATE, None, base, None, theirs,
                                  editor_of(remote_entries)))
        return Merged(change, theirs, theirs, None, conflicts, True)

    if theirs is None:                                    # I changed it, they deleted it
        conflicts.append(Conflict(change.table, change.uuid, UPDATE_DELETE, None, base, mine, None,
                                  editor_of(remote_entries)))
        return Merged(change, None, None, None, conflicts, True)

    result = dict(theirs)
    old, new = {}, {}
    changed = change.changed_fields()
    for name in changed:
        if name in STAMPS:
            continue
        their_value = theirs.get(name)
        if not same(their_value, base.get(name)):         # both changed this field
            if not same(their_value, mine[name]):
                conflicts.append(Conflict(change.table, change.uuid, FIELD, name, base.get(name), mine[name],
                                          their_value, editor_of(remote_entries, name)))
            continue
        result[name] = mine[name]
        old[name], new[name] = their_value, mine[name]
    stamps_moved = any(name in changed for name in UPDATED_STAMPS)
    others_stamped = any(not same(theirs.get(name), base.get(name)) for name in UPDATED_STAMPS)
    if stamps_moved and (new or not others_stamped) and later_stamps(mine, theirs):
        for name in UPDATED_STAMPS:
            if name in mine and not same(mine[name], theirs.get(name)):
                result[name] = mine[name]
                old[name], new[name] = theirs.get(name), mine[name]
    push = Entry(change.table, change.uuid, "U", old, new) if new else None
    return Merged(change, theirs, result, push, conflicts, touched)
