"""The lock that lets one editor at a time sync with a shared GeoPackage.

A small file ``<shared>.mymap-lock`` is created exclusively next to the shared
map and removed afterwards. It says who holds it (computer, process, editor,
time). A lock whose process has died on this computer, or which is older than
:data:`STALE_AFTER_S` (another computer that crashed or lost the network), is
taken over. SQLite's own write lock is held at the same time, so even a share
whose file locks are unreliable never sees two writers.
"""
import contextlib
import json
import os
import socket
import time
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr

STALE_AFTER_S = 10 * 60
WAIT_S = 60


def lock_path(shared_path) -> Path:
    return Path(str(shared_path) + ".mymap-lock")


def _process_start(pid):
    try:
        with open("/proc/{}/stat".format(pid), encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _holder_alive(holder) -> bool:
    if time.time() - float(holder.get("time", 0)) > STALE_AFTER_S:
        return False
    if holder.get("host") != socket.gethostname():
        return True
    pid = int(holder.get("pid", 0))
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    started = _process_start(pid)
    return started is None or holder.get("started") in (None, started)


def read_holder_file(path):
    """Who holds the lock (None when the file is gone or half-written)."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def read_holder(shared_path):
    return read_holder_file(lock_path(shared_path))


class ShareLock:
    def __init__(self, shared_path, editor, wait_s=WAIT_S):
        self.path = lock_path(shared_path)
        self.editor = editor
        self.wait_s = wait_s
        self.token = None

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *_exc):
        self.release()

    def acquire(self):
        deadline = time.monotonic() + self.wait_s
        me = {"host": socket.gethostname(), "pid": os.getpid(), "started": _process_start(os.getpid()),
              "editor": self.editor, "time": time.time(), "token": os.urandom(8).hex()}
        while True:
            try:
                descriptor = os.open(str(self.path), os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666)
            except FileExistsError:
                holder = read_holder_file(self.path)
                if holder is not None and not _holder_alive(holder):
                    self._remove_stale(holder)
                    continue
                if holder is None and self._unreadable_and_old():
                    # Left empty or cut short by a crash between creating and writing it.
                    self._remove_stale({})
                    continue
                if time.monotonic() > deadline:
                    who = holder or {}
                    raise MyMapError(tr("The shared map is busy: {} on {} has been syncing since {}. Try "
                                        "again in a minute; your edits are safe in your working copy.")
                                     .format(who.get("editor", "?"), who.get("host", "?"),
                                             time.strftime("%H:%M:%S", time.localtime(who.get("time", 0)))))
                time.sleep(0.05)
                continue
            except PermissionError:
                raise MyMapError(tr("The shared map's folder {} is read-only, so nothing can be sent to it. "
                                    "Your edits are kept in your working copy.")
                                 .format(self.path.parent)) from None
            except OSError as error:
                raise MyMapError(tr("The shared map cannot be reached ({}). Your edits are kept in your "
                                    "working copy; sync again when the share is back.").format(error)) from None
            try:
                os.write(descriptor, json.dumps(me).encode("utf-8"))
                os.fsync(descriptor)
            except OSError as error:
                os.close(descriptor)
                self._unlink()
                raise MyMapError(tr("The shared map's folder is full or failing ({}). Your edits are kept "
                                    "in your working copy.").format(error)) from None
            os.close(descriptor)
            self.token = me["token"]
            return

    def _unreadable_and_old(self):
        try:
            return time.time() - os.stat(str(self.path)).st_mtime > STALE_AFTER_S
        except OSError:
            return False

    def _remove_stale(self, holder):
        # Rename first so that two editors who both found the lock stale do not both remove it.
        aside = self.path.with_name(self.path.name + ".stale-{}".format(os.getpid()))
        try:
            os.replace(str(self.path), str(aside))
        except OSError:
            return              # another editor moved it first; the caller simply tries again
        current = read_holder_file(aside)
        if current is not None and current.get("token") != holder.get("token"):
            # Someone took the lock in between: put theirs back if the slot is still free.
            with contextlib.suppress(OSError):
                os.link(str(aside), str(self.path))
        with contextlib.suppress(OSError):
            os.unlink(str(aside))

    def _unlink(self):
        with contextlib.suppress(OSError):
            os.unlink(str(self.path))

    def release(self):
        if self.token is None:
            return
        holder = read_holder_file(self.path)
        if holder is not None and holder.get("token") == self.token:
            self._unlink()
        self.token = None
