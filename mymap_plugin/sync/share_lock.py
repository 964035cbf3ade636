"""The lock that lets one editor at a time sync with a shared GeoPackage.

A small file ``<shared>.mymap-lock`` is created exclusively next to the shared map and removed
afterwards. It says who holds it (editor, computer, process) and when the share dated it.

A lock is taken over when its holder is gone:

* a holder on this computer is looked up without being signalled: on Linux in /proc (its pid no
  longer exists, is a zombie, or now belongs to a later process), on Windows by querying the
  process (``OpenProcess``/``GetExitCodeProcess`` send it nothing);
* a holder on another computer, or on a system that cannot look processes up (macOS), is gone
  when its lock file is more than :data:`STALE_AFTER_S` old.

That age is read only from the share's clock: the lock file's modification time, which the file
server sets when the file is written, against the date the server gives a probe file written in the
same folder just then. Neither the holder's clock nor this computer's is ever compared with it. A
holder rewrites its lock file every :data:`REFRESH_EVERY_S`, so a long sync keeps a fresh lock and
only a holder that stopped (crashed, lost the network) ages.

SQLite's own write lock is held at the same time, so even a share whose file locks are unreliable
never sees two writers.
"""
import contextlib
import json
import os
import socket
import threading
import time
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr

STALE_AFTER_S = 10 * 60
WAIT_S = 60
REFRESH_EVERY_S = 60
POLL_S = 0.1
PROC = Path("/proc")
_CREATE_NEW = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)     # no newline translation on Windows

_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_ERROR_INVALID_PARAMETER = 87
_STILL_ACTIVE = 259


def lock_path(shared_path) -> Path:
    return Path(str(shared_path) + ".mymap-lock")


# ---------------------------------------------------------------------------------------------
# Is a process of this computer still running? Asked, never signalled.


def _proc_process(pid):
    """(running, start) of *pid* from /proc, or None where /proc cannot tell."""
    if not (PROC / "1" / "stat").exists():
        return None         # no /proc (macOS), or one that hides other users' processes
    try:
        with open(str(PROC / str(pid) / "stat"), encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return False, None
    except (OSError, ValueError):
        return None
    if len(fields) < 20:
        return None
    if fields[0] in ("Z", "X"):
        return False, None  # exited, waiting for its parent to collect it
    return True, fields[19]


def _windows_process(pid):
    """(running, creation time) of *pid*, or None when Windows does not say."""
    try:
        import ctypes
        from ctypes import wintypes
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD))
        kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE,) + (ctypes.POINTER(wintypes.FILETIME),) * 4
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        handle = kernel32.OpenProcess(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            if ctypes.get_last_error() == _ERROR_INVALID_PARAMETER:
                return False, None              # no process has this id
            return None                         # it exists but may not be looked at
        try:
            code = wintypes.DWORD()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return None
            if code.value != _STILL_ACTIVE:
                return False, None
            times = [wintypes.FILETIME() for _ in range(4)]
            if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
                return True, None
            return True, str((times[0].dwHighDateTime << 32) | times[0].dwLowDateTime)
        finally:
            kernel32.CloseHandle(handle)
    except (AttributeError, OSError, ValueError):
        return None


def _process_state(pid):
    """(running, start) of process *pid* of this computer; start tells a reused pid apart (None
    if unknown). None when this system cannot tell without signalling the process."""
    try:
        pid = int(pid)
    except (TypeError, ValueError):
        return None
    if pid <= 0:
        return None
    if os.name == "nt":
        return _windows_process(pid)
    return _proc_process(pid)


def _process_start(pid):
    state = _process_state(pid)
    return state[1] if state else None


def _holder_gone(holder, age_s) -> bool:
    """Whether *holder*'s lock may be taken over; ``age_s()`` is its age by the share's clock."""
    if holder.get("host") == socket.gethostname():
        state = _process_state(holder.get("pid"))
        if state is not None:
            running, started = state
            if not running:
                return True
            return started is not None and holder.get("started") not in (None, started)
    return age_s() > STALE_AFTER_S


# ---------------------------------------------------------------------------------------------
# The share's clock


def _share_clock_offset(folder, name):
    """Seconds to add to this computer's clock to read the share's: a probe file is written in
    *folder* and the date the share gave it read back (0 when the folder cannot be written)."""
    probe = Path(folder) / "{}.clock-{}-{}".format(name, os.getpid(), os.urandom(4).hex())
    before = time.time()
    try:
        descriptor = os.open(str(probe), _CREATE_NEW, 0o666)
    except OSError:
        return 0.0
    try:
        try:
            os.write(descriptor, b".")
        finally:
            os.close(descriptor)
        dated = os.stat(str(probe)).st_mtime
    except OSError:
        return 0.0
    finally:
        with contextlib.suppress(OSError):
            os.unlink(str(probe))
    return dated - (before + time.time()) / 2


def _number(value):
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _local_date_time(stamp):
    try:
        return time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp))
    except (OverflowError, OSError, ValueError):
        return "?"


def _how_long(seconds):
    minutes = int(abs(seconds) // 60)
    if minutes < 1:
        return tr("less than a minute")
    if minutes < 120:
        return tr("{} min").format(minutes)
    if minutes < 48 * 60:
        return tr("{} hours").format(minutes // 60)
    return tr("{} days").format(minutes // (24 * 60))


# ---------------------------------------------------------------------------------------------
# The lock file


def read_holder_file(path):
    """Who holds the lock (None when the file is gone or half-written)."""
    try:
        holder = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return holder if isinstance(holder, dict) else None


def read_holder(shared_path):
    return read_holder_file(lock_path(shared_path))


class ShareLock:
    def __init__(self, shared_path, editor, wait_s=WAIT_S):
        self.path = lock_path(shared_path)
        self.editor = editor
        self.wait_s = wait_s
        self.token = None
        self._offset = None             # share's clock minus this computer's, once measured
        self._stop = None
        self._refresher = None

    def __enter__(self):
        self.acquire()
        return self

    def __exit__(self, *_exc):
        self.release()

    def acquire(self):
        self._offset = None
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                descriptor = os.open(str(self.path), _CREATE_NEW, 0o666)
            except FileExistsError:
                if self._take_over_if_gone():
                    continue
                if time.monotonic() > deadline:
                    raise self._busy() from None
                time.sleep(POLL_S)
                continue
            except PermissionError:
                raise MyMapError(tr("The shared map's folder {} is read-only, so nothing can be sent to it. "
                                    "Your edits are kept in your working copy.")
                                 .format(self.path.parent)) from None
            except OSError as error:
                raise MyMapError(tr("The shared map cannot be reached ({}). Your edits are kept in your "
                                    "working copy; sync again when the share is back.").format(error)) from None
            self._hold(descriptor)
            return

    def _hold(self, descriptor):
        """Write who holds the lock into the new lock file, then keep the file fresh."""
        token = os.urandom(8).hex()
        try:
            taken = os.fstat(descriptor).st_mtime       # the share's clock when the lock was taken
            # "time" (this computer's clock) is only read by older versions of the plugin.
            content = json.dumps({"host": socket.gethostname(), "pid": os.getpid(),
                                  "started": _process_start(os.getpid()), "editor": self.editor,
                                  "taken": taken, "time": time.time(), "token": token}).encode("utf-8")
            os.write(descriptor, content)
            os.fsync(descriptor)
        except OSError as error:
            os.close(descriptor)
            self._unlink()
            raise MyMapError(tr("The shared map's folder is full or failing ({}). Your edits are kept "
                                "in your working copy.").format(error)) from None
        self.token = token
        self._stop = threading.Event()
        self._refresher = threading.Thread(target=self._keep_fresh, args=(self._stop, descriptor, content),
                                           name="MyMap share lock", daemon=True)
        self._refresher.start()

    @staticmethod
    def _keep_fresh(stop, descriptor, content):
        """Rewrite the same content every REFRESH_EVERY_S: the share re-dates the file, so a long
        sync never looks like a crashed one. Owns *descriptor* and closes it when stopped."""
        try:
            while not stop.wait(REFRESH_EVERY_S):
                os.lseek(descriptor, 0, os.SEEK_SET)
                os.write(descriptor, content)
                os.fsync(descriptor)
        except OSError:
            return              # the share is gone: the sync itself reports it
        finally:
            with contextlib.suppress(OSError):
                os.close(descriptor)

    def _share_now(self):
        if self._offset is None:
            self._offset = _share_clock_offset(self.path.parent, self.path.name)
        return time.time() + self._offset

    def _take_over_if_gone(self):
        """Remove the lock if its holder is gone; True when the caller should try again at once."""
        holder = read_holder_file(self.path)
        try:
            dated = os.stat(str(self.path)).st_mtime
        except FileNotFoundError:
            return True         # released meanwhile
        except OSError:
            return False

        def age_s():
            # Either way: a date far ahead of the share's clock is no more trustworthy than an old one.
            return abs(self._share_now() - dated)

        if holder is None:
            # Left empty or cut short by a crash between creating and writing it.
            gone = age_s() > STALE_AFTER_S
        else:
            gone = _holder_gone(holder, age_s)
        if gone:
            self._remove_stale(holder or {})
        return gone

    def _busy(self):
        holder = read_holder_file(self.path) or {}
        taken = _number(holder.get("taken"))
        if taken is None:
            with contextlib.suppress(OSError):
                taken = os.stat(str(self.path)).st_mtime
        since, ago = "?", "?"
        if taken is not None:
            since, ago = _local_date_time(taken), _how_long(self._share_now() - taken)
        return MyMapError(tr("The shared map is busy: {editor} on {computer} has been syncing since {since} "
                             "({ago} ago). Try again in a minute; your edits are safe in your working copy.")
                          .format(editor=holder.get("editor", "?"), computer=holder.get("host", "?"),
                                  since=since, ago=ago))

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
        self._stop.set()
        self._refresher.join()          # it closes the lock file, which Windows needs before removal
        holder = read_holder_file(self.path)
        if holder is not None and holder.get("token") == self.token:
            self._unlink()
        self.token = None
