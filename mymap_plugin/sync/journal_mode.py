"""Keeping shared ward maps out of SQLite's WAL mode, and waiting for whoever writes to them.

What QGIS 3.22 does (its OGR provider, checked on 3.22.16 with GDAL 3.6): when a layer of a
GeoPackage on a local disk enters update mode (start editing, before beforeEditingStarted is
emitted), QGIS sets GDAL's option ``OGR_SQLITE_JOURNAL=WAL`` for that one open, unless the option is
already set or the setting ``qgis/walForSqlite3`` is off. The file stays in WAL after the edit
session ends (saved or cancelled) and goes back to DELETE only when QGIS closes its last handle on
it. Meanwhile every handle QGIS keeps on the file (its layers' and its feature iterators') holds the
WAL index, so ``PRAGMA journal_mode = DELETE`` from another connection fails at once with
"database is locked", and waiting does not help while the map stays open.

WAL keeps its index in shared memory (the ``-shm`` file), which works only between processes of one
computer: a shared map in WAL mode on a network share can be corrupted by the other computers. So:

* In QGIS, MyMap keeps ward maps that are not working copies out of WAL: the GDAL option is
  set to DELETE while one has layers in the project (:func:`hold_delete_journal`, from
  ``ward_map.edit_hooks``), and *Open ward map…* first puts a map left in WAL back in DELETE
  mode (``ward_map.open_ward_map``). It also notes which layers have an edit session open
  (:func:`note_edit_session`), so a sync or checkout started in the same QGIS can name them.
* Before MyMap writes to a shared map, :func:`ensure_delete_journal` puts it back in DELETE mode.
  When another program on this computer holds it open in WAL (possible only on a local disk), MyMap
  writes in WAL, which SQLite keeps safe between local processes, and SQLite checkpoints after each
  commit; the file goes back to DELETE at the next sync, checkout or *Open ward map…* once nobody
  holds it. Over a network share a file held in WAL is refused. Only a write in progress (somebody
  saving) is waited for, for a bounded time.
"""
import contextlib
import os
import sqlite3
import threading
from pathlib import Path

from osgeo import gdal

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import literal, sql
from . import capture
from .database import BUSY_TIMEOUT_S

JOURNAL_OPTION = "OGR_SQLITE_JOURNAL"
WRITE_WAIT_S = BUSY_TIMEOUT_S       # how long a write by another program is waited for
DRIVE_REMOTE = 4                    # GetDriveTypeW() of a mapped network drive
REMOTE_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph", "glusterfs",
    "lustre", "gpfs", "davfs", "afpfs", "webdav", "fuse.sshfs", "fuse.glusterfs", "fuse.cephfs",
    "fuse.gvfsd-fuse", "fuse.davfs2",
}

_sessions_lock = threading.Lock()
_edit_sessions = {}                 # file key -> {layer id: layer name}


def _key(path) -> str:
    return os.path.normcase(os.path.realpath(str(path)))


# --- Edit sessions open in this QGIS (written in the main thread, read by sync tasks) -----------------

def note_edit_session(path, layer_id, layer_name, is_open) -> None:
    """Record that layer *layer_id* of the GeoPackage *path* started (or ended) an edit session."""
    with _sessions_lock:
        layers = _edit_sessions.setdefault(_key(path), {})
        if is_open:
            layers[layer_id] = layer_name
        else:
            layers.pop(layer_id, None)
        if not layers:
            _edit_sessions.pop(_key(path), None)


def forget_layers(layer_ids) -> None:
    """Drop the edit sessions of layers that left the project."""
    with _sessions_lock:
        for key in list(_edit_sessions):
            for layer_id in layer_ids:
                _edit_sessions[key].pop(layer_id, None)
            if not _edit_sessions[key]:
                del _edit_sessions[key]


def edit_sessions(path) -> list:
    """Names of the layers of *path* with an edit session open in this QGIS."""
    with _sessions_lock:
        return sorted(_edit_sessions.get(_key(path), {}).values())


# --- QGIS: no WAL for a shared map -------------------------------------------------------------------

_holds = {"count": 0, "previous": None}


def hold_delete_journal() -> None:
    """While held, QGIS opens GeoPackages in DELETE mode: QGIS 3.22 enables WAL only while the GDAL
    option is unset. The option is set process-wide, because QGIS switches a layer to update mode
    before it emits beforeEditingStarted (no signal comes early enough to set it for that open
    alone) and clears the thread's own value after every open. Held while a ward map that is not
    a working copy has layers in the project (``ward_map.edit_hooks.WardLayerWatcher``), so the
    user's other GeoPackages are opened as QGIS opens any GeoPackage on a network share then."""
    with _sessions_lock:
        _holds["count"] += 1
        if _holds["count"] == 1:
            own_thread = gdal.GetThreadLocalConfigOption(JOURNAL_OPTION, None)
            _holds["previous"] = gdal.GetConfigOption(JOURNAL_OPTION, None) if own_thread is None else None
            gdal.SetConfigOption(JOURNAL_OPTION, "DELETE")


def release_delete_journal() -> None:
    with _sessions_lock:
        if _holds["count"] == 0:
            return
        _holds["count"] -= 1
        if _holds["count"] == 0:
            gdal.SetConfigOption(JOURNAL_OPTION, _holds["previous"])


@contextlib.contextmanager
def without_wal():
    """GeoPackages opened meanwhile by this thread use DELETE mode (QGIS clears this after one open)."""
    previous = gdal.GetThreadLocalConfigOption(JOURNAL_OPTION, None)
    gdal.SetThreadLocalConfigOption(JOURNAL_OPTION, "DELETE")
    try:
        yield
    finally:
        gdal.SetThreadLocalConfigOption(JOURNAL_OPTION, previous)


def keeps_delete_journal(path) -> bool:
    """Whether *path* must stay out of WAL: every ward map except a working copy (a plain ward map
    becomes the shared map at its first checkout). A working copy sits on its editor's own disk,
    where WAL is safe and lets QGIS read while MyMap syncs."""
    try:
        connection = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)
    except (sqlite3.Error, OSError, ValueError):
        return True
    try:
        return capture.read_state(connection).get("role") != "working"
    except sqlite3.Error:
        return True
    finally:
        connection.close()


# --- The file -----------------------------------------------------------------------------------------

def header_says_wal(path) -> bool:
    """Whether the database header of *path* marks it as a WAL database (read without SQLite, so
    nothing touches its -shm file)."""
    try:
        with open(str(path), "rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    return len(header) == 20 and header[18] == 2 and header[19] == 2


def is_local_file(path) -> bool:
    """False when *path* is on a network file system (where WAL is unsafe)."""
    folder = os.path.dirname(os.path.abspath(str(path)))
    if os.name == "nt":
        if folder.startswith(("\\\\", "//")):
            return False
        try:
            import ctypes
            drive = os.path.splitdrive(folder)[0]
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") != DRIVE_REMOTE
        except (ImportError, AttributeError, OSError):
            return True
    from qgis.PyQt.QtCore import QStorageInfo
    kind = bytes(QStorageInfo(folder).fileSystemType()).decode("ascii", "replace").lower()
    return kind not in REMOTE_FILE_SYSTEMS


def _is_lock_error(error) -> bool:
    text = str(error).lower()
    return "locked" in text or "busy" in text


def _switch_to_delete(connection) -> bool:
    """Try to leave WAL mode (SQLite refuses at once while another connection holds the file)."""
    try:
        mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    except sqlite3.OperationalError as error:
        if _is_lock_error(error):
            return False
        raise
    return mode.lower() == "delete"


def return_to_delete(path) -> bool:
    """Put *path* back in DELETE mode if it is in WAL and nobody holds it open (never waits, never
    raises). True when the file is in DELETE mode afterwards."""
    if not header_says_wal(path):
        return True
    try:
        connection = sqlite3.connect(Path(path).resolve().as_uri() + "?mode=rw", uri=True, timeout=0,
                                     isolation_level=None)
    except (sqlite3.Error, OSError, ValueError):
        return False
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        return _switch_to_delete(connection)
    except sqlite3.Error:
        return False
    finally:
        connection.close()


# --- Before MyMap writes to a shared map ---------------------------------------------------------------

def ensure_delete_journal(connection, path):
    """Get the shared map at *path* ready for MyMap's write on *connection* (autocommit, no
    transaction open): no edit session of it open in this QGIS, DELETE mode whenever possible,
    and no other program in the middle of a write (waited for at most WRITE_WAIT_S)."""
    layers = edit_sessions(path)
    if layers:
        raise MyMapError(tr("The shared map {} is being edited in this QGIS (layers: {}). Save or cancel those "
                            "edits (Toggle Editing), then try again. The shared map was not changed.")
                         .format(path, ", ".join(layers)))
    mode = connection.execute("PRAGMA journal_mode").fetchone()[0]
    if mode.lower() != "delete" and not _switch_to_delete(connection):
        if not is_local_file(path):
            raise MyMapError(tr("The shared map {} is in WAL mode, which is unsafe on a network share: a program on "
                                "the computer that stores it (usually QGIS without the MyMap plugin) keeps it open "
                                "after editing. Close the map in that program, then try again. The shared map was "
                                "not changed.").format(path))
        # Another program on this computer holds it open: WAL is safe here. Checkpoint after every
        # commit, so the file itself holds each change as soon as it is written.
        connection.execute("PRAGMA wal_autocheckpoint = 1")
    _wait_for_writers(connection, path)


def _wait_for_writers(connection, path):
    """Wait (bounded) until no other connection is writing; only a write blocks MyMap's write."""
    previous = connection.execute("PRAGMA busy_timeout").fetchone()[0]
    connection.execute(sql("PRAGMA busy_timeout = {milliseconds}", milliseconds=literal(int(WRITE_WAIT_S * 1000))))
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as error:
        if not _is_lock_error(error):
            raise
        raise MyMapError(tr("The shared map {} is being written by another program (QGIS saving edits, or an edit "
                            "session that keeps a transaction open) and was still locked after {} seconds. Ask "
                            "whoever edits the shared map directly to save or cancel their edits, then try again. "
                            "The shared map was not changed.").format(path, int(WRITE_WAIT_S))) from None
    finally:
        connection.execute(sql("PRAGMA busy_timeout = {milliseconds}", milliseconds=literal(int(previous))))
    connection.execute("ROLLBACK")
