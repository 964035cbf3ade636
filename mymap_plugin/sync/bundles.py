"""Change bundles for passing edits around on a USB stick.

- From a working copy: its edits not yet sent (sealed into the outbox under one
  changeset id), to be imported into the shared map.
- From the shared map: its history since a given point, to be imported into a
  working copy that cannot reach the share.

A bundle is a small SQLite file (``.mymapsync``), written to a temporary name
and renamed, so a half-written bundle never exists. Importing a bundle twice
changes nothing: the shared map knows the changesets it has, a working copy
knows how far it has read the shared history.
"""
import os
import sqlite3
import uuid as uuid_module
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr
from . import capture, shared_map, working_copy
from .changes import Change
from .checkout import check_editor
from .database import connect, dumps, loads, remove_quietly, transaction
from .merge import Entry
from .share_lock import ShareLock
from .shared_log import changesets_since, entries_since, last_seq, utc_text
from .sync_working_copy import _wrap_sqlite

EXTENSION = ".mymapsync"
FORMAT_VERSION = "1"
_CHANGESET_KEYS = ("changeset", "editor", "created_at", "pushed_at", "base_seq", "first_seq", "last_seq", "entries",
                   "working_id", "kind")


def _create(path):
    bundle = sqlite3.connect(str(path), isolation_level=None)
    bundle.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    bundle.execute("CREATE TABLE changes (id INTEGER PRIMARY KEY, table_name TEXT, uuid TEXT, base TEXT, mine TEXT)")
    bundle.execute("CREATE TABLE log (seq INTEGER PRIMARY KEY, changeset TEXT, table_name TEXT, uuid TEXT, op TEXT, "
                   "old TEXT, new TEXT)")
    bundle.execute("CREATE TABLE changesets ({})".format(", ".join(_CHANGESET_KEYS)))
    return bundle


def export_changes(source_path, output_path, since=0, editor="") -> dict:
    """Write the bundle *output_path* from a working copy or the shared map *source_path*."""
    source_path, output_path = Path(source_path), Path(output_path)
    if not source_path.is_file():
        raise MyMapError(tr("{} does not exist.").format(source_path))
    if output_path.exists():
        raise MyMapError(tr("{} already exists; choose a new file name. Nothing was overwritten.").format(output_path))
    if not output_path.parent.is_dir():
        raise MyMapError(tr("The folder {} does not exist.").format(output_path.parent))
    source = connect(source_path)
    temporary = output_path.with_name(".{}.{}.tmp".format(output_path.name, uuid_module.uuid4().hex[:8]))
    try:
        state = capture.read_state(source)
        role = state.get("role")
        if role not in ("working", "shared"):
            raise MyMapError(tr("{} is neither a working copy nor a shared map.").format(source_path))
        meta = {"format": FORMAT_VERSION, "share_id": state.get("share_id"), "created_at": utc_text(),
                "fingerprint": capture.fingerprint(source)}
        bundle = _create(temporary)
        try:
            if role == "working":
                with transaction(source):
                    info, changes = working_copy.seal(source, check_editor(editor or state.get("editor")))
                if info is None:
                    raise MyMapError(tr("The working copy has no edits to send."))
                meta.update(kind="changeset", **{"cs_" + k: info.get(k) for k in info})
                bundle.executemany("INSERT INTO changes (table_name, uuid, base, mine) VALUES (?, ?, ?, ?)",
                                   [(c.table, c.uuid, dumps(c.base), dumps(c.mine)) for c in changes])
                count = len(changes)
            else:
                with transaction(source):
                    shared_map.fold_direct_edits(source)
                source.execute("BEGIN")
                entries = entries_since(source, int(since or 0))
                changesets = changesets_since(source, int(since or 0))
                meta.update(kind="log", since=int(since or 0), last_seq=last_seq(source))
                source.execute("COMMIT")
                bundle.executemany("INSERT INTO log VALUES (?, ?, ?, ?, ?, ?, ?)",
                                   [(e.seq, e.changeset, e.table, e.uuid, e.op, dumps(e.old), dumps(e.new))
                                    for e in entries])
                bundle.executemany("INSERT INTO changesets VALUES ({})".format(", ".join("?" * len(_CHANGESET_KEYS))),
                                   [tuple(c[k] for k in _CHANGESET_KEYS) for c in changesets])
                count = len(entries)
            bundle.executemany("INSERT INTO meta VALUES (?, ?)",
                               [(k, None if v is None else str(v)) for k, v in meta.items()])
        finally:
            bundle.close()
        os.replace(str(temporary), str(output_path))
        return {"kind": meta["kind"], "features": count, "output": str(output_path)}
    except sqlite3.Error as error:
        remove_quietly(temporary)
        raise _wrap_sqlite(error, output_path) from None
    except BaseException:
        remove_quietly(temporary)
        raise
    finally:
        source.close()


def _read(path):
    try:
        bundle = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
        meta = dict(bundle.execute("SELECT key, value FROM meta"))
    except sqlite3.Error:
        raise MyMapError(tr("{} is not a MyMap change bundle (or it is damaged).").format(path)) from None
    if meta.get("format") != FORMAT_VERSION:
        bundle.close()
        raise MyMapError(tr("{} was written by a different version of MyMap and cannot be read.").format(path))
    return bundle, meta


def import_changes(bundle_path, target_path, editor="") -> dict:
    """Import a bundle into the shared map (a working copy's edits) or a working copy (the shared
    history). Returns numbers pushed / pulled / in conflict."""
    bundle_path, target_path = Path(bundle_path), Path(target_path)
    if not bundle_path.is_file():
        raise MyMapError(tr("The bundle {} does not exist.").format(bundle_path))
    if not target_path.is_file():
        raise MyMapError(tr("{} does not exist.").format(target_path))
    bundle, meta = _read(bundle_path)
    try:
        target = connect(target_path)
    except sqlite3.Error as error:
        bundle.close()
        raise _wrap_sqlite(error, target_path) from None
    try:
        state = capture.read_state(target)
        if state.get("share_id") != meta.get("share_id"):
            raise MyMapError(tr("The bundle {} belongs to another shared map; nothing was imported.")
                             .format(bundle_path))
        if meta.get("fingerprint") != capture.fingerprint(target):
            raise MyMapError(tr("The bundle {} was made from a ward map with different tables or fields; nothing was "
                                "imported.").format(bundle_path))
        if meta["kind"] == "changeset":
            if state.get("role") != "shared":
                raise MyMapError(tr("This bundle holds a working copy's edits: import it into the shared map."))
            return _import_changeset(bundle, meta, target, target_path, editor)
        if state.get("role") != "working":
            raise MyMapError(tr("This bundle holds the shared map's history: import it into a working copy."))
        return _import_log(bundle, meta, target, state, editor or state.get("editor"))
    except sqlite3.Error as error:
        raise _wrap_sqlite(error, target_path) from None
    finally:
        bundle.close()
        target.close()


def _import_changeset(bundle, meta, shared, shared_path, editor):
    info = {k[3:]: v for k, v in meta.items() if k.startswith("cs_")}
    info["base_seq"] = int(info.get("base_seq") or 0)
    changes = [Change(t, u, loads(b), loads(m)) for t, u, b, m in
               bundle.execute("SELECT table_name, uuid, base, mine FROM changes ORDER BY id")]
    with ShareLock(shared_path, check_editor(editor)):
        shared_map.ensure_delete_journal(shared, shared_path)
        with transaction(shared):
            shared_map.fold_direct_edits(shared)
            if shared_map.already_pushed(shared, info["changeset"]):
                return {"pushed": 0, "pulled": 0, "conflicts": 0, "already_imported": True}
            _merged, conflicts, written, _rekeyed, _info = shared_map.push(shared, info, changes)
    return {"pushed": sum(1 for e in written if e.op != "R"), "pulled": 0, "conflicts": len(conflicts),
            "already_imported": False}


def _import_log(bundle, meta, working, state, editor):
    info, _sealed = working_copy.outbox(working)
    need = int(state.get("pulled_seq") or 0)
    if info is not None:
        need = min(need, int(info["base_seq"]))
    if int(meta.get("since") or 0) > need:
        raise MyMapError(tr("The bundle starts after change {} of the shared map, but this working copy needs the "
                            "history from change {}. Export the bundle again from an earlier point.")
                         .format(meta.get("since"), need))
    entries = [Entry(t, u, op, loads(o), loads(n), seq, cs) for seq, cs, t, u, op, o, n in
               bundle.execute("SELECT seq, changeset, table_name, uuid, op, old, new FROM log WHERE seq > ? "
                              "ORDER BY seq", (need,))]
    changesets = [dict(zip(_CHANGESET_KEYS, row)) for row in bundle.execute(
        "SELECT {} FROM changesets".format(", ".join(_CHANGESET_KEYS)))]
    editors = {c["changeset"]: c["editor"] for c in changesets}
    for entry in entries:
        entry.editor = editors.get(entry.changeset) or ""
    changesets = [c for c in changesets if (c["last_seq"] or 0) > need or c["changeset"] in editors]
    if int(meta.get("last_seq") or 0) <= int(state.get("pulled_seq") or 0) and info is None:
        return {"pushed": 0, "pulled": 0, "conflicts": 0, "already_imported": True}
    with transaction(working):
        summary = working_copy.take_in(working, state, entries, changesets, editor)
        capture.write_state(working, last_sync=utc_text())
    return {"pushed": summary["pushed"], "pulled": summary["pulled"], "conflicts": summary["conflicts"],
            "already_imported": False}
