"""``mymap:checkout``: a working copy of the shared ward map for one editor.

The copy is a complete ward GeoPackage (styles, forms and all) taken with
SQLite's backup API from a consistent snapshot, written to a temporary file and
renamed into place, so a failed checkout leaves nothing behind.
"""
import getpass
import os
import sqlite3
import uuid as uuid_module
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql
from ..ward_map import code_allocator, schema
from ..ward_map.ward_settings import read_settings
from . import capture, push, shared_map
from .database import connect, remove_quietly, transaction
from .shared_log import utc_text
from .shared_store import refuse_moved


def default_editor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "editor"


def check_editor(editor) -> str:
    editor = (editor or "").strip() or default_editor()
    if len(editor) > 100:
        raise MyMapError(tr("The editor name is too long (at most 100 characters)."))
    return editor


def _sqlite_error(error, path):
    text = str(error).lower()
    if "full" in text:
        return MyMapError(tr("The disk holding {} is full. Nothing was changed; free some space and try "
                             "again.").format(path))
    if "readonly" in text or "read-only" in text:
        return MyMapError(tr("{} is read-only. Nothing was changed.").format(path))
    return MyMapError(tr("{} cannot be read or written: {}. Nothing was changed.").format(path, error))


def checkout(shared_path, output_path, editor="", feedback=None) -> dict:
    """Make a working copy of *shared_path* at *output_path* for *editor*."""
    output_path = Path(output_path)
    editor = check_editor(editor)
    share = shared_map.open_shared_map(shared_path)
    geopackage = getattr(share, "path", None)           # None for a PostgreSQL shared map
    if geopackage is not None:
        share = shared_map.open_shared_map(geopackage.resolve())
    shared_path = share.display
    share.ensure_reachable(tr("The shared map {} does not exist or cannot be reached.").format(shared_path))
    if geopackage is not None:
        read_settings(str(share.path))              # a ward map, readable, not newer than this plugin
    if output_path.suffix.lower() != ".gpkg":
        raise MyMapError(tr("The working copy must be a .gpkg file: {}").format(output_path))
    if output_path.exists():
        raise MyMapError(tr("{} already exists. Choose a new file name for the working copy; nothing was "
                            "overwritten.").format(output_path))
    if not output_path.parent.is_dir():
        raise MyMapError(tr("The folder {} does not exist.").format(output_path.parent))
    if geopackage is not None and output_path.resolve() == share.path:
        raise MyMapError(tr("The working copy cannot be the shared map itself."))

    temporary = output_path.with_name(".{}.{}.tmp".format(output_path.name, uuid_module.uuid4().hex[:8]))
    try:
        temporary.touch(exist_ok=False)
    except OSError as error:
        raise MyMapError(tr("The working copy cannot be written in {}: {}").format(output_path.parent, error)) \
            from None
    try:
        with share.lock(editor), share.open() as shared:
            refuse_moved(shared.state(), share.display)
            if shared.state().get("role") == "working":
                raise MyMapError(tr("{} is a working copy, not a shared map. Choose the shared GeoPackage.")
                                 .format(shared_path))
            shared.make_writable()
            with shared.transaction(editor=editor):
                state = shared.prepare()        # rows added by other programs get their identity first
                push.fold_direct_edits(shared)
                blocks = {layer.name: shared_map.reserve_code_block(shared, layer.name)
                          for layer in schema.ASSET_LAYERS}
            if feedback:
                feedback(40, tr("Copying the shared map…"))
            seq = shared.export_working_copy(temporary)
        _make_working(temporary, state, share.address, editor, seq, blocks)
        if feedback:
            feedback(90, tr("Working copy written."))
        os.replace(str(temporary), str(output_path))
    except sqlite3.Error as error:
        remove_quietly(temporary)
        raise _sqlite_error(error, shared_path) from None
    except share.errors as error:
        remove_quietly(temporary)
        raise share.explain(error) from None
    except BaseException:
        remove_quietly(temporary)
        raise
    return {"working": str(output_path), "shared": share.address, "editor": editor, "pulled_seq": seq}


def _make_working(path, shared_state, shared_path, editor, seq, blocks):
    connection = connect(path)
    try:
        with transaction(connection):
            capture.set_applying(connection, False)
            for table in capture.SYNCED_TABLES:
                connection.execute(sql("DELETE FROM {table}", table=capture.capture_table(table)))
            for name in (capture.CONFLICTS, capture.OUTBOX, capture.STATE):
                connection.execute(sql("DELETE FROM {table}", table=name))
            for layer_name, (first, last) in blocks.items():
                code_allocator.set_block(connection, layer_name, first, last)
            capture.write_state(connection, role="working", share_id=shared_state["share_id"],
                                shared_path=str(shared_path), editor=editor, working_id=str(uuid_module.uuid4()),
                                pulled_seq=seq, checked_out_at=utc_text(), last_sync=utc_text(),
                                fingerprint=capture.fingerprint(connection))
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()
