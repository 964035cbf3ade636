"""Change bundles for passing edits around on a USB stick.

- From a working copy: its edits not yet sent (sealed into the outbox under one
  changeset id), to be imported into the shared map.
- From the shared map: its history since a given point, to be imported into a
  working copy that cannot reach the share.

A bundle is a small SQLite file (``.mymapsync``), written to a temporary name
and renamed, so a half-written bundle never exists. Importing a bundle twice
changes nothing: the shared map knows the changesets it has, a working copy
knows how far it has read the shared history.

A bundle may have been damaged or made by hand, so importing one first reads it
whole and checks its form here and its rows against the target
(``incoming_changes.py``); a bad bundle is refused with a message and nothing
is written.
"""
import os
import sqlite3
import uuid as uuid_module
from dataclasses import dataclass
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import placeholders, sql, table_columns
from . import capture, incoming_changes, push, shared_map, working_copy
from .changes import Change
from .checkout import check_editor
from .database import connect, dumps, loads, remove_quietly, transaction
from .merge import Entry
from .shared_log import utc_text
from .sync_working_copy import explain_file_error

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
    bundle.execute(sql("CREATE TABLE changesets ({names})", names=_CHANGESET_KEYS))
    return bundle


def _check_output(output_path):
    if output_path.exists():
        raise MyMapError(tr("{} already exists; choose a new file name. Nothing was overwritten.").format(output_path))
    if not output_path.parent.is_dir():
        raise MyMapError(tr("The folder {} does not exist.").format(output_path.parent))


def _write_log(shared, bundle, meta, since):
    """The shared history after *since* (direct edits folded first) into an open bundle."""
    with shared.transaction():
        push.fold_direct_edits(shared)
    with shared.read_transaction():
        entries = shared.entries_since(int(since or 0))
        changesets = shared.changesets_since(int(since or 0))
        meta.update(kind="log", since=int(since or 0), last_seq=shared.last_seq())
    bundle.executemany("INSERT INTO log VALUES (?, ?, ?, ?, ?, ?, ?)",
                       [(e.seq, e.changeset, e.table, e.uuid, e.op, dumps(e.old), dumps(e.new)) for e in entries])
    bundle.executemany(sql("INSERT INTO changesets VALUES ({values})", values=placeholders(len(_CHANGESET_KEYS))),
                       [tuple(c[k] for k in _CHANGESET_KEYS) for c in changesets])
    bundle.executemany("INSERT INTO meta VALUES (?, ?)", [(k, None if v is None else str(v)) for k, v in meta.items()])
    return len(entries)


def _export_postgres(address, output_path, since):
    """A bundle of the shared history of a PostgreSQL shared map."""
    share = shared_map.open_shared_map(address)
    temporary = output_path.with_name(".{}.{}.tmp".format(output_path.name, uuid_module.uuid4().hex[:8]))
    try:
        with share.open() as shared:
            state = shared.state()
            meta = {"format": FORMAT_VERSION, "share_id": state.get("share_id"), "created_at": utc_text(),
                    "fingerprint": shared.fingerprint()}
            bundle = _create(temporary)
            try:
                count = _write_log(shared, bundle, meta, since)
            finally:
                bundle.close()
        os.replace(str(temporary), str(output_path))
    except share.errors as error:
        remove_quietly(temporary)
        raise share.explain(error) from None
    except BaseException:
        remove_quietly(temporary)
        raise
    return {"kind": "log", "features": count, "output": str(output_path)}


def export_changes(source_path, output_path, since=0, editor="") -> dict:
    """Write the bundle *output_path* from a working copy or the shared map *source_path* (a
    GeoPackage, or the address of a PostgreSQL shared map)."""
    output_path = Path(output_path)
    if shared_map.is_postgres_address(source_path):
        _check_output(output_path)
        return _export_postgres(source_path, output_path, since)
    source_path = Path(source_path)
    if not source_path.is_file():
        raise MyMapError(tr("{} does not exist.").format(source_path))
    _check_output(output_path)
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
                count = _write_log(shared_map.open_shared_map(source_path).open(connection=source), bundle, meta,
                                   since)
            if role == "working":
                bundle.executemany("INSERT INTO meta VALUES (?, ?)",
                                   [(k, None if v is None else str(v)) for k, v in meta.items()])
        finally:
            bundle.close()
        os.replace(str(temporary), str(output_path))
        return {"kind": meta["kind"], "features": count, "output": str(output_path)}
    except sqlite3.Error as error:
        remove_quietly(temporary)
        raise explain_file_error(error, output_path) from None
    except BaseException:
        remove_quietly(temporary)
        raise
    finally:
        source.close()


_COLUMNS = {"meta": ("key", "value"), "changes": ("id", "table_name", "uuid", "base", "mine"),
            "log": ("seq", "changeset", "table_name", "uuid", "op", "old", "new"), "changesets": _CHANGESET_KEYS}
_TABLES = {"changeset": ("changes",), "log": ("log", "changesets")}
_MAX_ROW_CHARS = 2 * incoming_changes.MAX_GEOMETRY_BYTES + 50 * 1024 * 1024   # the JSON of one row
_MAX_NAME_CHARS = 200               # editor names, times, ids in a bundle's description


@dataclass
class _Contents:
    """A bundle as read: its description and its rows (changes, or history entries and changesets)."""
    meta: dict
    info: dict = None
    changes: list = None
    entries: list = None
    changesets: list = None


class _Damaged(Exception):
    """A part of a bundle is not as MyMap writes it (the argument says which, for the user)."""


def _read(path):
    """Everything in the bundle *path*, checked for form (not yet against the target). Any damage
    is a MyMapError that names the bundle; the bundle is closed again."""
    try:
        bundle = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        raise _not_a_bundle(path) from None
    try:
        try:
            if not _has_columns(bundle, "meta"):
                raise _not_a_bundle(path)
            meta = _read_meta(bundle, path)
            for table in _TABLES[meta["kind"]]:
                if not _has_columns(bundle, table):
                    raise _Damaged(tr("the table {} is missing or incomplete").format(table))
                incoming_changes.check_row_count(
                    bundle.execute(sql("SELECT count(*) FROM {table}", table=table)).fetchone()[0], path)
            if meta["kind"] == "changeset":
                return _Contents(meta, info=_changeset_info(meta), changes=[
                    Change(table, uuid, _values(base, "changes", key), _values(mine, "changes", key))
                    for key, table, uuid, base, mine in bundle.execute(
                        "SELECT id, table_name, uuid, base, mine FROM changes ORDER BY id")])
            entries = []
            for seq, changeset, table, uuid, op, old, new in bundle.execute(
                    "SELECT seq, changeset, table_name, uuid, op, old, new FROM log ORDER BY seq"):
                if not isinstance(seq, int):
                    raise _Damaged(tr("row {} of its table {} cannot be read").format(_shown(seq), "log"))
                entries.append(Entry(table, uuid, op, _values(old, "log", seq), _values(new, "log", seq), seq,
                                     changeset))
            changesets = [_changeset_row(row) for row in bundle.execute(
                sql("SELECT {names} FROM changesets", names=_CHANGESET_KEYS))]
            return _Contents(meta, entries=entries, changesets=changesets)
        except sqlite3.Error as error:
            if "not a database" in str(error) or "encrypted" in str(error):
                raise _not_a_bundle(path) from None
            raise _Damaged(tr("it cannot be read: {}").format(error)) from None
    except _Damaged as damage:
        raise MyMapError(tr("The bundle {} is damaged or was not written by MyMap ({}). Nothing was imported.")
                         .format(path, damage.args[0])) from None
    finally:
        bundle.close()


def _not_a_bundle(path):
    return MyMapError(tr("{} is not a MyMap change bundle (or it is damaged); nothing was imported.").format(path))


def _has_columns(bundle, table):
    found = set(table_columns(bundle, table))
    return set(_COLUMNS[table]) <= found


def _read_meta(bundle, path):
    meta = {}
    for key, value in bundle.execute("SELECT key, value FROM meta"):
        if not isinstance(key, str) or not (value is None or isinstance(value, str)) \
                or len(value or "") > _MAX_NAME_CHARS:
            raise _Damaged(tr("its description (the table meta) is malformed"))
        meta[key] = value
    if meta.get("format") != FORMAT_VERSION:
        raise MyMapError(tr("{} was written by a different version of MyMap and cannot be read.").format(path))
    if meta.get("kind") not in _TABLES or not meta.get("share_id"):
        raise _Damaged(tr("its description (the table meta) is malformed"))
    if meta["kind"] == "log":
        for key in ("since", "last_seq"):
            meta[key] = _count(meta.get(key), "meta")
    return meta


def _count(value, table):
    """A sequence number or count of a bundle (text in its meta): 0 when absent."""
    if value is None or value == "":
        return 0
    if isinstance(value, str) and value.isdigit() and len(value) <= 18:
        return int(value)
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10 ** 18:
        return value
    raise _Damaged(tr("a number in its table {} is malformed").format(table))


def _changeset_info(meta):
    """The working copy's changeset described in a changeset bundle's meta (``cs_…`` keys)."""
    info = {key[3:]: value for key, value in meta.items() if key.startswith("cs_")}
    if not incoming_changes.looks_like_uuid(info.get("changeset")):
        raise _Damaged(tr("its description (the table meta) is malformed"))
    info["base_seq"] = _count(info.get("base_seq"), "meta")
    return info


def _changeset_row(row):
    """One changeset of a log bundle, every value of the kind the shared map keeps."""
    values = dict(zip(_CHANGESET_KEYS, row))
    for key, value in values.items():
        if key in ("base_seq", "first_seq", "last_seq", "entries"):
            if value is not None:
                values[key] = _count(value, "changesets")
        elif value is not None and (not isinstance(value, str) or len(value) > _MAX_NAME_CHARS):
            raise _Damaged(tr("row {} of its table {} cannot be read").format(_shown(values["changeset"]),
                                                                               "changesets"))
    if not incoming_changes.looks_like_uuid(values["changeset"]):
        raise _Damaged(tr("row {} of its table {} cannot be read").format(_shown(values["changeset"]),
                                                                           "changesets"))
    return values


def _values(text, table, key):
    """A row's values from their JSON text (None stays None)."""
    if text is None:
        return None
    try:
        if not isinstance(text, str) or len(text) > _MAX_ROW_CHARS:
            raise ValueError(text)
        values = loads(text)
    except (ValueError, TypeError, AttributeError, RecursionError):
        raise _Damaged(tr("row {} of its table {} cannot be read").format(_shown(key), table)) from None
    return values


def _shown(value):
    text = str(value)
    return text if len(text) <= 40 else text[:40] + "…"


def import_changes(bundle_path, target_path, editor="") -> dict:
    """Import a bundle into the shared map (a working copy's edits) or a working copy (the shared
    history). Returns numbers pushed / pulled / in conflict. The whole bundle is read and checked
    (:mod:`.incoming_changes`) before anything is written: a bad bundle changes nothing."""
    bundle_path = Path(bundle_path)
    if not bundle_path.is_file():
        raise MyMapError(tr("The bundle {} does not exist.").format(bundle_path))
    if shared_map.is_postgres_address(target_path):
        return _import_into_postgres(_read(bundle_path), bundle_path, target_path, editor)
    target_path = Path(target_path)
    if not target_path.is_file():
        raise MyMapError(tr("{} does not exist.").format(target_path))
    contents = _read(bundle_path)
    try:
        target = connect(target_path)
    except sqlite3.Error as error:
        raise explain_file_error(error, target_path) from None
    try:
        state = capture.read_state(target)
        if state.get("share_id") != contents.meta["share_id"]:
            raise MyMapError(tr("The bundle {} belongs to another shared map; nothing was imported.")
                             .format(bundle_path))
        if contents.meta["kind"] == "changeset":
            if state.get("role") != "shared":
                raise MyMapError(tr("This bundle holds a working copy's edits: import it into the shared map."))
            incoming_changes.check_incoming_changes(target, contents.changes, bundle_path, rules=True)
            return _import_changeset(contents, shared_map.open_shared_map(target_path), editor, connection=target)
        if state.get("role") != "working":
            raise MyMapError(tr("This bundle holds the shared map's history: import it into a working copy."))
        incoming_changes.check_incoming_changes(target, contents.entries, bundle_path, rules=False)
        return _import_log(contents, target, state, editor or state.get("editor"))
    except sqlite3.Error as error:
        raise explain_file_error(error, target_path) from None
    finally:
        target.close()


def _import_into_postgres(contents, bundle_path, address, editor):
    """A working copy's changeset into a PostgreSQL shared map (the only kind of bundle it takes)."""
    share = shared_map.open_shared_map(address)
    try:
        with share.open() as shared:
            if shared.state().get("share_id") != contents.meta["share_id"]:
                raise MyMapError(tr("The bundle {} belongs to another shared map; nothing was imported.")
                                 .format(bundle_path))
            if contents.meta["kind"] != "changeset":
                raise MyMapError(tr("This bundle holds the shared map's history: import it into a working copy."))
            incoming_changes.check_incoming_changes(shared, contents.changes, bundle_path, rules=True)
        return _import_changeset(contents, share, editor)
    except share.errors as error:
        raise share.explain(error) from None


def _import_changeset(contents, share, editor, connection=None):
    info = dict(contents.info)
    editor = check_editor(editor)
    with share.lock(editor), share.open(connection=connection) as shared:
        shared.make_writable()
        with shared.transaction(editor=editor):
            push.fold_direct_edits(shared)
            if shared.changeset_info(info["changeset"]):
                return {"pushed": 0, "pulled": 0, "conflicts": 0, "already_imported": True}
            _merged, conflicts, written, _rekeyed, _info = push.push(shared, info, contents.changes)
    return {"pushed": sum(1 for e in written if e.op != "R"), "pulled": 0, "conflicts": len(conflicts),
            "already_imported": False}


def _import_log(contents, working, state, editor):
    meta = contents.meta
    info, _sealed = working_copy.outbox(working)
    need = int(state.get("pulled_seq") or 0)
    if info is not None:
        need = min(need, int(info["base_seq"]))
    if meta["since"] > need:
        raise MyMapError(tr("The bundle starts after change {} of the shared map, but this working copy needs the "
                            "history from change {}. Export the bundle again from an earlier point.")
                         .format(meta["since"], need))
    entries = [entry for entry in contents.entries if entry.seq > need]
    changesets = contents.changesets
    editors = {c["changeset"]: c["editor"] for c in changesets}
    for entry in entries:
        entry.editor = editors.get(entry.changeset) or ""
    changesets = [c for c in changesets if (c["last_seq"] or 0) > need or c["changeset"] in editors]
    if meta["last_seq"] <= int(state.get("pulled_seq") or 0) and info is None:
        return {"pushed": 0, "pulled": 0, "conflicts": 0, "already_imported": True}
    with transaction(working):
        summary = working_copy.take_in(working, state, entries, changesets, editor)
        capture.write_state(working, last_sync=utc_text())
    return {"pushed": summary["pushed"], "pulled": summary["pulled"], "conflicts": summary["conflicts"],
            "already_imported": False}
