"""``mymap:sync``: send my edits to the shared map and take everybody else's.

1. Back up the working copy (SQLite backup API) and seal captured edits into an
   outbox with a changeset id (one local transaction).
2. Under the share lock and one shared transaction: compare schemas, fold any
   direct edits of the shared map, merge the outbox field by field, apply it and
   log it; read what others sent since my last sync. Commit.
3. One local transaction: take in others' changes and the merge's result, record
   conflicts, mirror the history, clear the outbox.

A crash at any point leaves either the outbox (step 2 not committed: it is sent
by the next sync) or the shared map holding the changeset (the next sync sees
it there and only finishes step 3). Nothing is sent twice or lost.
"""
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr
from ..message_log import log_warning
from ..sql_identifiers import sql
from ..ward_map import code_allocator, lookup_lists, schema
from . import capture, fault_points, push, restored_backups, schema_evolution, shared_map, working_copy
from .checkout import check_editor
from .database import connect, connect_for_reading, remove_quietly, transaction
from .shared_log import utc_text
from .shared_store import refuse_moved

BACKUP_SUFFIX = ".mymap-backup"


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rekeyed: int = 0
    rejected: int = 0
    direct_edits: int = 0
    resent: int = 0             # features of changesets the shared map had lost, sent again
    shared: str = ""
    messages: list = field(default_factory=list)

    def as_dict(self):
        return {"PUSHED": self.pushed, "PULLED": self.pulled, "CONFLICTS": self.conflicts,
                "REKEYED": self.rekeyed, "SHARED": self.shared}


def backup_path(working_path) -> Path:
    return Path(str(working_path) + BACKUP_SUFFIX)


def backup_working_copy(connection, working_path):
    """A consistent copy of the working copy next to it, replaced atomically."""
    target = backup_path(working_path)
    temporary = Path(str(target) + ".tmp")
    try:
        copy = sqlite3.connect(str(temporary))
        try:
            connection.backup(copy)
        finally:
            copy.close()
        os.replace(str(temporary), str(target))
    except (sqlite3.Error, OSError):
        for leftover in (temporary, Path(str(temporary) + "-journal")):
            remove_quietly(leftover)
        raise
    return target


def explain_file_error(error, where, local=False):
    """A user's message for a database or file error in *where* (the working copy when *local*)."""
    text = str(error).lower()
    moved = getattr(error, "sqlite_errorname", "") == "SQLITE_READONLY_DBMOVED"
    if moved or not Path(str(where)).exists():
        if local:
            return MyMapError(tr("Your working copy {} was moved or its disk was removed during the sync. Nothing "
                                 "was lost: put it back and sync again.").format(where))
        return MyMapError(tr("The shared map {} cannot be reached any more (the share was disconnected or the "
                             "file moved). Your edits are kept in your working copy; sync again when the share is "
                             "back.").format(where))
    if "full" in text or "no space" in text or "too large" in text:
        if local:
            return MyMapError(tr("The disk holding your working copy {} is full. Nothing was lost: free some space "
                                 "on it and sync again.").format(where))
        return MyMapError(tr("The disk holding {} is full. Your edits are kept in your working copy; free some "
                             "space and sync again.").format(where))
    if "readonly" in text or "read-only" in text:
        return MyMapError(tr("{} is read-only, so nothing could be sent. Your edits are kept in your working "
                             "copy.").format(where))
    if "locked" in text or "busy" in text:
        return MyMapError(tr("{} is busy (another program is writing to it). Your edits are kept; sync again "
                             "in a moment.").format(where))
    if local:
        return MyMapError(tr("Your working copy {} could not be read or written ({}). Nothing was lost; check the "
                             "disk and sync again.").format(where, error))
    return MyMapError(tr("{} could not be read or written ({}). Your edits are kept in your working copy; sync "
                         "again when it is reachable.").format(where, error))


def sync(working_path, shared_path=None, editor="", backup=True, feedback=None, cancelled=None) -> SyncReport:
    """Sync a working copy. *feedback(percent, message)* reports progress; *cancelled()* is asked
    before each step that can still be skipped (once sending has begun, the sync finishes)."""
    working_path = Path(working_path)
    if not working_path.is_file():
        raise MyMapError(tr("The working copy {} does not exist.").format(working_path))
    report = SyncReport()
    progress = feedback or (lambda _percent, _message: None)
    where = [working_path]          # the file being worked on, for messages
    try:
        working = connect(working_path)
    except sqlite3.Error as error:
        raise explain_file_error(error, working_path, True) from None
    try:
        state = working_copy.working_state(working, working_path)
        editor = check_editor(editor or state.get("editor"))
        share = shared_map.open_shared_map(shared_path or state.get("shared_path") or "")
        shared_path = share.display
        # Fields added to the shared map come in first (or sync stops here, with nothing changed).
        schema_evolution.update_working_copy(working, state, working_path, share, report)
        broken = capture.problems(working)
        if broken:
            raise MyMapError(tr("The edit log of the working copy {} is damaged ({}), so its edits cannot be "
                                "sent safely. Nothing was changed. Ask your GIS officer to check the copy.")
                             .format(working_path, "; ".join(broken)))
        report.shared = share.address
        fault_points.reached("start")
        if backup:
            progress(5, tr("Backing up the working copy…"))
            backup_working_copy(working, working_path)
            fault_points.reached("backed_up")
        _stop_if(cancelled)
        with transaction(working):
            capture.install_identity_triggers(working)      # copies made by an earlier MyMap lack them
            sealed_outbox = working_copy.seal(working, editor)
        fault_points.reached("sealed")
        unreachable = tr("The shared map {} cannot be reached. Your edits are kept in your working copy; sync "
                         "again when the share is back (or choose its new location).").format(shared_path)
        try:
            share.ensure_reachable(unreachable)
        except MyMapError as error:
            if str(error) == unreachable:
                raise
            raise MyMapError("{} {}".format(error, tr("Your edits are kept in your working copy."))) from None
        _stop_if(cancelled)
        progress(20, tr("Waiting for the shared map…"))
        try:
            with share.lock(editor):
                fault_points.reached("locked")
                where[0] = shared_path
                entries, changesets, blocks, resolutions, history, sealed_outbox = _shared_phase(
                    working, state, share, shared_path, report, progress, sealed_outbox)
                where[0] = working_path
        except share.errors as error:
            raise share.explain(error) from None
        except push.ChangeRefused:
            with transaction(working):          # the correction made next joins the refused outbox
                capture.write_state(working, **{working_copy.REFUSED: "1"})
            raise
        fault_points.reached("unlocked")
        progress(70, tr("Taking in others' changes…"))
        with transaction(working):
            if history.share_went_back:
                # The shared history after the point both agree on is read again from the share.
                restored_backups.forget_after(working, history.common_seq)
                state = dict(state, pulled_seq=history.common_seq)
            summary = working_copy.take_in(working, state, entries, changesets, editor, sealed_outbox,
                                           already_applied=history.known)
            for layer_name, (first, last) in blocks.items():
                code_allocator.set_block(working, layer_name, first, last)
            capture.write_state(working, last_sync=utc_text(), shared_path=share.address)
            working.executemany(sql("UPDATE {table} SET reported = 1 WHERE conflict_uuid = ?", table=capture.CONFLICTS),
                                [(conflict_uuid,) for conflict_uuid, _at, _how in resolutions])
            if lookup_lists.touched(entries):
                lookup_lists.write_lists(working)  # groups or species received: the copy's drop-downs
            fault_points.reached("pulled_uncommitted")
        fault_points.reached("done")
        compact_if_worthwhile(working)
        report.pushed = summary["pushed"]
        report.pulled = summary["pulled"]
        report.conflicts = summary["conflicts"]
        report.rekeyed = summary["rekeyed"]
        report.rejected = summary["rejected"]
        _explain_history(report, history)
        progress(100, tr("Sync finished."))
        return report
    except sqlite3.Error as error:
        raise explain_file_error(error, where[0], where[0] == working_path) from None
    except OSError as error:
        raise explain_file_error(error, where[0], where[0] == working_path) from None
    finally:
        working.close()


def compact_if_worthwhile(connection, share_free=0.25, at_least_bytes=4 << 20):
    """VACUUM a working copy that a sync left with much free space (a big outbox, sent and cleared,
    leaves its pages behind). Skipped, with no harm, while another program is reading the copy."""
    pages = connection.execute("PRAGMA page_count").fetchone()[0]
    free = connection.execute("PRAGMA freelist_count").fetchone()[0]
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    if pages and free / pages >= share_free and free * page_size >= at_least_bytes:
        try:
            connection.execute("VACUUM")
        except sqlite3.OperationalError as error:        # busy: the next sync compacts it
            log_warning(tr("The working copy could not be compacted now: {}").format(error))
            return False
        return True
    return False


def _explain_history(report, history):
    """Tell the user when the shared map or this working copy went back in time, and what sync did."""
    if history.share_went_back:
        report.messages.append(tr("The shared map had gone back to an earlier state (restored from a backup or "
                                  "replaced by an older copy). {} changes it had lost were sent to it again from "
                                  "this working copy; ask the other editors to sync too, so that it gets back "
                                  "everything they had sent.").format(report.resent))
    if history.copy_went_back:
        report.messages.append(tr("This working copy had gone back to an earlier state (restored from a backup or "
                                  "an older copy). Its edits already in the shared map were not sent again; it "
                                  "took them back from the shared map, and got new blocks of asset codes."))


def _stop_if(cancelled):
    if cancelled is not None and cancelled():
        raise MyMapError(tr("Sync cancelled. Nothing was sent; your edits are kept in your working copy."))


def _shared_phase(working, state, share, shared_path, report, progress, sealed_outbox):
    with share.open() as shared:
        fault_points.reached("shared_open")
        shared.make_writable()
        shared_state = shared.state()
        refuse_moved(shared_state, shared_path)
        if shared_state.get("share_id") != state.get("share_id"):
            raise MyMapError(tr("{} is not the shared map this working copy was checked out from. Choose the "
                                "right shared GeoPackage; nothing was changed.").format(shared_path))
        shared.check_schema(working)
        broken = shared.capture_problems()
        if broken:
            raise MyMapError(tr("The edit log of the shared map {} is damaged ({}). Nothing was synced and your "
                                "edits are kept.").format(shared_path, "; ".join(broken)))
        info, sealed = sealed_outbox
        blocks = {}
        resolutions = working.execute(sql("SELECT conflict_uuid, resolved_at, resolution FROM {table} WHERE "
                                          "resolved_at IS NOT NULL AND reported IS NULL",
                                          table=capture.CONFLICTS)).fetchall()
        with shared.transaction(editor=state.get("editor") or ""):
            direct = push.fold_direct_edits(shared)
            if direct:
                report.direct_edits = direct.get("entries", 0)
            history = restored_backups.compare(working, shared.db, int(state.get("pulled_seq") or 0),
                                               state.get("working_id"), info["changeset"] if info else None)
            since = history.common_seq
            if history.share_went_back:
                report.resent = _send_again(shared, history)
                if info is not None:
                    info = dict(info, base_seq=min(int(info["base_seq"]), history.common_seq))
                    sealed_outbox = (info, sealed)
            if info is not None:
                since = min(since, int(info["base_seq"]))
            entries = shared.entries_since(since)
            if info is not None and not shared.changeset_info(info["changeset"]):
                progress(40, tr("Sending {} edited features…").format(len(sealed)))
                _merged, _conflicts, written, _rekeyed, pushed_info = push.push(shared, info, sealed, entries)
                for entry in written:
                    entry.editor = pushed_info.get("editor") or ""
                entries.extend(written)
                fault_points.reached("pushed_uncommitted")
            for layer in schema.ASSET_LAYERS:
                row = code_allocator.blocks_left(working, layer.name)
                if row is not None and history.share_went_back:
                    shared.raise_counter(layer.name, row[1])    # never hand out my block again
                if row is None or row[1] - row[0] + 1 < shared_map.CODE_BLOCK_LOW or history.copy_went_back:
                    blocks[layer.name] = shared_map.reserve_code_block(shared, layer.name)
            shared.mark_resolved(resolutions)
            changesets = shared.changesets_since(since)
            if lookup_lists.touched(entries):
                shared.write_lookup_lists()   # groups or species sent: the share's drop-downs
        fault_points.reached("pushed")
        return entries, changesets, blocks, resolutions, history, sealed_outbox


def _send_again(shared, history):
    """Send the changesets the shared map lost again, oldest first, under their own ids; each is
    merged with what the share received since, like any changeset. Returns the number of features."""
    sent = 0
    for info, changes in history.lost:
        if shared.changeset_info(info["changeset"]):
            continue
        _merged, _conflicts, written, _rekeyed, _info = push.push(
            shared, dict(info, base_seq=history.common_seq), changes)
        sent += len(written)
    return sent


def status(working_path) -> dict:
    """What the Sync button shows: edits not yet sent, last sync, whether the share is reachable,
    open conflicts."""
    connection = connect_for_reading(working_path)
    try:
        state = working_copy.working_state(connection, working_path)
        shared = state.get("shared_path") or ""
        conflicts = connection.execute(sql("SELECT count(*) FROM {table} WHERE resolved_at IS NULL",
                                           table=capture.CONFLICTS)).fetchone()[0]
        if shared and shared_map.is_postgres_address(shared):
            reachable = writable = shared_map.open_shared_map(shared).recently_reachable()
        else:
            reachable = bool(shared) and os.path.isfile(shared) and os.access(shared, os.R_OK)
            writable = bool(shared) and os.access(os.path.dirname(shared) or ".", os.W_OK)
        return {"pending": working_copy.pending_count(connection), "last_sync": state.get("last_sync"),
                "shared": shared, "reachable": reachable, "writable": writable,
                "conflicts": conflicts, "editor": state.get("editor"),
                "outbox": bool(state.get("outbox_changeset"))}
    finally:
        connection.close()


def is_working_copy(path) -> bool:
    try:
        connection = connect_for_reading(path)
    except sqlite3.Error:
        return False
    try:
        return capture.read_state(connection).get("role") == "working"
    except sqlite3.Error:
        return False
    finally:
        connection.close()
