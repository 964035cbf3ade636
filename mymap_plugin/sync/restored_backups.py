"""A shared map or a working copy that went back in time: restored from last
night's backup, replaced by an older copy, or a copy of a copy.

Each working copy keeps a mirror of the shared history it has taken in (same
changeset ids, same sequence numbers). Comparing the two at every sync shows
- a share that lost changesets: its history no longer holds what the copy
  mirrored. The copy sends the lost changesets again (under their own ids, so
  one that another copy already sent again is not applied twice), and reads
  the shared history again from the last point both agree on;
- a copy that lost its own past: the share holds a changeset this copy sent,
  which the copy no longer knows. The copy takes its own earlier edits back
  from the share like anybody else's, and gets fresh blocks of asset codes
  (its old block may already be spent).
"""
from dataclasses import dataclass, field

from ..sql_identifiers import sql
from .capture import CHANGESETS, LOG
from .changes import Change
from .database import loads
from .shared_log import changeset_info


@dataclass
class History:
    common_seq: int                 # the last point of the shared history both sides agree on
    share_went_back: bool = False
    copy_went_back: bool = False
    lost: list = field(default_factory=list)       # [(changeset info, [Change])] the share no longer has
    known: set = field(default_factory=set)        # changesets after common_seq this copy already took in


def _mirrored_changesets(working, pulled_seq):
    """The copy's mirror of the shared history, newest first."""
    return working.execute(sql("SELECT changeset, first_seq, last_seq FROM {table} WHERE last_seq <= ? "
                               "ORDER BY last_seq DESC, first_seq DESC", table=CHANGESETS), (pulled_seq,))


def _agrees(shared, changeset, first_seq, last_seq):
    info = changeset_info(shared, changeset)
    return info is not None and info["first_seq"] == first_seq and info["last_seq"] == last_seq


def _as_changes(working, changeset):
    """A mirrored changeset's log entries as changes to send again (their old and new values)."""
    changes = []
    for table, uuid, op, old, new in working.execute(
            sql("SELECT table_name, uuid, op, old, new FROM {table} WHERE changeset = ? ORDER BY seq", table=LOG),
            (changeset,)):
        if op == "I":
            changes.append(Change(table, uuid, None, loads(new)))
        elif op == "U":
            changes.append(Change(table, uuid, dict(loads(old), uuid=uuid), dict(loads(new), uuid=uuid)))
        elif op == "D":
            changes.append(Change(table, uuid, loads(old), None))
    return changes


def compare(working, shared, pulled_seq, working_id, outbox_changeset=None) -> History:
    """Compare the copy's mirror of the shared history with the share's own."""
    shared_last = shared.execute(sql("SELECT max(seq) FROM {table}", table=LOG)).fetchone()[0] or 0
    common, went_back = 0, False
    for changeset, first_seq, last_seq in _mirrored_changesets(working, pulled_seq):
        if _agrees(shared, changeset, first_seq, last_seq):
            common = min(last_seq or 0, pulled_seq)
            break
        went_back = True
    else:
        went_back = went_back or pulled_seq > shared_last
    if pulled_seq > shared_last:
        went_back = True
        common = min(common, shared_last)
    history = History(common_seq=common if went_back else pulled_seq, share_went_back=went_back)
    if went_back:
        keys = ("changeset", "editor", "created_at", "pushed_at", "base_seq", "first_seq", "last_seq", "entries",
                "working_id", "kind")
        for row in working.execute(sql("SELECT {keys} FROM {table} WHERE last_seq > ? OR first_seq > ? ORDER BY "
                                       "first_seq", table=CHANGESETS, keys=keys), (common, common)).fetchall():
            info = dict(zip(keys, row))
            history.known.add(info["changeset"])
            if changeset_info(shared, info["changeset"]) is None:
                history.lost.append((info, _as_changes(working, info["changeset"])))
    # Did this copy send something it no longer knows about?
    row = shared.execute(sql("SELECT changeset FROM {table} WHERE working_id = ? ORDER BY last_seq DESC, "
                             "first_seq DESC LIMIT 1", table=CHANGESETS), (working_id,)).fetchone() if working_id else None
    if row is not None and row[0] != outbox_changeset and working.execute(
            sql("SELECT 1 FROM {table} WHERE changeset = ?", table=CHANGESETS), (row[0],)).fetchone() is None:
        history.copy_went_back = True
    return history


def forget_after(working, seq):
    """Drop the copy's mirror of the shared history after *seq* (it is read again from the share)."""
    working.execute(sql("DELETE FROM {table} WHERE seq > ?", table=LOG), (seq,))
    working.execute(sql("DELETE FROM {table} WHERE last_seq > ? OR first_seq > ?", table=CHANGESETS), (seq, seq))
