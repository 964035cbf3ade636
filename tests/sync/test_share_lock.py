"""The share lock on its own: real lock files in a temporary folder, real processes as holders.

What must hold: the lock never signals a process; whether a holder on this computer is still
running is read from /proc (Linux) or asked without a signal (Windows), and elsewhere only the age
rule applies; the age of a lock is measured by the share's own clock (the lock file's modification
time), so neither the holder's clock nor this computer's clock decides; a live holder keeps its lock
fresh during a long sync; the "busy" message shows the holder's date and time.

The temporary folder is on a local disk, so "the share's clock" is this computer's kernel clock;
the holders' wrong clocks are written into their lock files, and this computer's wrong clock is
obtained by shifting ``time.time``.
"""
import ast
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid as uuid_module
from pathlib import Path

import pytest

from mymap_plugin.errors import MyMapError
from mymap_plugin.sync import share_lock
from mymap_plugin.sync.share_lock import ShareLock, lock_path, read_holder
from tests.sync_helpers import ROOT

OTHER_COMPUTER = "field-laptop-7"
MINUTE = 60
DAY = 24 * 60 * MINUTE
SHORT_WAIT_S = 0.4
PROMPT_S = 3            # taking over a lock left behind needs no waiting at all
SIGNAL = os.kill        # for the test to stop its own children; the lock code must never call it


@pytest.fixture(autouse=True)
def no_signals(monkeypatch):
    """Any attempt to signal a process (os.kill terminates it on Windows) fails the test."""
    def refuse(*args):
        raise RuntimeError("the share lock signalled a process: {}".format(args))
    monkeypatch.setattr(os, "kill", refuse)
    if hasattr(os, "killpg"):
        monkeypatch.setattr(os, "killpg", refuse)


@pytest.fixture
def shared(tmp_path):
    path = tmp_path / "shared.gpkg"
    path.write_bytes(b"")
    return path


def fake_lock(shared, pid=4242, host=OTHER_COMPUTER, started=None, clock_off_s=0.0, age_s=0.0, editor="Chi"):
    """The lock file another sync left: its JSON says *time* by the holder's clock (*clock_off_s*
    wrong); the share dated the file *age_s* ago (negative: in the future)."""
    holder = {"host": host, "pid": pid, "started": started, "editor": editor,
              "time": time.time() + clock_off_s, "token": uuid_module.uuid4().hex[:16]}
    path = lock_path(shared)
    path.write_text(json.dumps(holder), encoding="utf-8")
    stamp = time.time() - age_s
    os.utime(str(path), (stamp, stamp))
    return holder


def proc_stat(pid):
    """Fields of /proc/<pid>/stat after the command name: [0] is the state, [19] the start time."""
    with open("/proc/{}/stat".format(pid), encoding="ascii") as stat:
        return stat.read().rsplit(")", 1)[1].split()


def exited_pid():
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid


def assert_taken_over_promptly(shared):
    started = time.monotonic()
    with ShareLock(shared, "An", wait_s=2 * PROMPT_S):
        assert read_holder(shared)["editor"] == "An"
        assert time.monotonic() - started < PROMPT_S
    assert not lock_path(shared).exists()


def assert_busy(shared, holder):
    """A sync waits SHORT_WAIT_S, then fails with the busy message; the holder's lock stays as it is."""
    before = lock_path(shared).read_bytes()
    started = time.monotonic()
    with pytest.raises(MyMapError, match="busy") as raised, ShareLock(shared, "An", wait_s=SHORT_WAIT_S):
        pass
    assert SHORT_WAIT_S <= time.monotonic() - started < SHORT_WAIT_S + PROMPT_S
    assert lock_path(shared).read_bytes() == before
    assert read_holder(shared) == holder
    return str(raised.value)


@pytest.fixture
def sleeper():
    """A live process on this computer (the holder of a lock), stopped after the test."""
    process = subprocess.Popen(["sleep", "60"])
    yield process
    SIGNAL(process.pid, signal.SIGKILL)
    process.wait()


# ---------------------------------------------------------------------------------------------
# The holder's clock no longer decides


def test_live_holder_here_with_a_slow_clock_keeps_its_lock(shared, sleeper):
    """A running sync on this computer whose JSON time is 11 minutes in the past (its clock is
    slow, or it has simply been syncing for a while) is not taken over."""
    holder = fake_lock(shared, sleeper.pid, host=socket.gethostname(), started=proc_stat(sleeper.pid)[19],
                       clock_off_s=-11 * MINUTE)
    message = assert_busy(shared, holder)
    assert "Chi" in message and socket.gethostname() in message


def test_recent_lock_of_a_computer_with_a_slow_clock_is_not_taken_over(shared):
    """Another computer, 11 minutes slow, took the lock 30 s ago (by the share's clock)."""
    holder = fake_lock(shared, clock_off_s=-11 * MINUTE, age_s=30)
    assert_busy(shared, holder)


def test_recent_lock_of_a_computer_a_day_fast_blocks_only_while_fresh(shared):
    """Another computer, a day fast, took the lock 30 s ago: busy. Once the share dates its lock
    file more than STALE_AFTER_S ago, it is taken over (not a day later)."""
    holder = fake_lock(shared, clock_off_s=DAY, age_s=30)
    assert_busy(shared, holder)
    fake_lock(shared, clock_off_s=DAY, age_s=share_lock.STALE_AFTER_S + MINUTE)
    assert_taken_over_promptly(shared)


def test_lock_file_dated_far_in_the_future_is_taken_over(shared):
    """A lock file whose date is a day ahead of the share's clock (set by hand, or copied with
    its dates) cannot be trusted: it must not block everyone for a day."""
    fake_lock(shared, age_s=-DAY)
    assert_taken_over_promptly(shared)


def test_this_computer_a_day_fast_measures_ages_by_the_share_clock(shared, monkeypatch):
    """This computer's clock being a day fast changes nothing: a lock the share dated 30 s ago is
    fresh, one it dated STALE_AFTER_S + 1 min ago is stale."""
    holder = fake_lock(shared, age_s=30)
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() + DAY)
    assert_busy(shared, holder)
    monkeypatch.undo()
    fake_lock(shared, age_s=share_lock.STALE_AFTER_S + MINUTE)
    monkeypatch.setattr(time, "time", lambda: real_time() + DAY)
    assert_taken_over_promptly(shared)


def test_this_computer_a_day_slow_measures_ages_by_the_share_clock(shared, monkeypatch):
    holder = fake_lock(shared, age_s=30)
    real_time = time.time
    monkeypatch.setattr(time, "time", lambda: real_time() - DAY)
    assert_busy(shared, holder)
    monkeypatch.undo()
    fake_lock(shared, age_s=share_lock.STALE_AFTER_S + MINUTE)
    monkeypatch.setattr(time, "time", lambda: real_time() - DAY)
    assert_taken_over_promptly(shared)


# ---------------------------------------------------------------------------------------------
# Holders on this computer


@pytest.mark.parametrize("how", ["exited", "killed, not yet reaped", "pid reused"])
def test_lock_of_a_dead_process_here_is_taken_over_promptly(shared, how):
    """Whatever the lock file's age, a holder on this computer that is no longer running (exited,
    a zombie waiting for its parent, or its pid now belongs to another process) is gone."""
    if how == "exited":
        fake_lock(shared, exited_pid(), host=socket.gethostname(), started="12345")
        assert_taken_over_promptly(shared)
    elif how == "pid reused":
        fake_lock(shared, os.getpid(), host=socket.gethostname(), started=str(int(proc_stat(os.getpid())[19]) - 100))
        assert_taken_over_promptly(shared)
    else:
        process = subprocess.Popen(["sleep", "60"])
        try:
            started = proc_stat(process.pid)[19]
            SIGNAL(process.pid, signal.SIGKILL)       # the test kills its own child; the lock never does
            deadline = time.monotonic() + 5
            while proc_stat(process.pid)[0] != "Z" and time.monotonic() < deadline:
                time.sleep(0.01)
            assert proc_stat(process.pid)[0] == "Z"
            fake_lock(shared, process.pid, host=socket.gethostname(), started=started)
            assert_taken_over_promptly(shared)
        finally:
            process.wait()


def test_without_proc_a_holder_here_is_judged_by_age_only(shared, monkeypatch):
    """Where /proc does not exist (macOS; Windows without its process query) the lock does not
    guess by signalling: a fresh lock of a process here waits, an old one is taken over."""
    monkeypatch.setattr(share_lock, "PROC", Path(str(shared) + ".no-proc"))
    holder = fake_lock(shared, exited_pid(), host=socket.gethostname(), started="12345", age_s=30)
    assert_busy(shared, holder)
    fake_lock(shared, exited_pid(), host=socket.gethostname(), started="12345",
              age_s=share_lock.STALE_AFTER_S + MINUTE)
    assert_taken_over_promptly(shared)


def test_lock_code_never_signals_a_process():
    """os.kill(pid, 0) terminates the process on Windows: the module must not call any kill."""
    tree = ast.parse(Path(share_lock.__file__).read_text(encoding="utf-8"))
    called = {node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
              for node in ast.walk(tree) if isinstance(node, ast.Call)}
    assert not called & {"kill", "killpg", "send_signal", "terminate", "TerminateProcess"}


# ---------------------------------------------------------------------------------------------
# The busy message


def test_busy_message_shows_the_holders_date_and_time(shared):
    holder = fake_lock(shared, clock_off_s=-3 * DAY, age_s=5 * MINUTE, editor="Chi")
    stamp = lock_path(shared).stat().st_mtime
    message = assert_busy(shared, holder)
    assert "Chi" in message and OTHER_COMPUTER in message
    assert time.strftime("%Y-%m-%d %H:%M", time.localtime(stamp)) in message
    assert "5 min" in message
    assert time.strftime("%Y-%m-%d", time.localtime(holder["time"])) not in message   # not the holder's clock
    assert "working copy" in message


# ---------------------------------------------------------------------------------------------
# Real holders: a long sync keeps its lock fresh; a crashed one is taken over; nothing left behind


HOLD_CODE = r"""
import socket, sys
socket.gethostname = lambda: "field-laptop-7"          # as if syncing from another computer
from mymap_plugin.sync import share_lock
share_lock.REFRESH_EVERY_S = 0.2
with share_lock.ShareLock(sys.argv[1], "Chi", wait_s=5):
    print("HELD", flush=True)
    sys.stdin.readline()                                  # a long sync, until the test says
print("RELEASED", flush=True)
"""


def hold_in_subprocess(shared):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    process = subprocess.Popen([sys.executable, "-c", HOLD_CODE, str(shared)], env=env, text=True,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    line = process.stdout.readline()
    assert line == "HELD\n", process.stderr.read() if process.poll() is not None else line
    return process


def test_long_sync_of_another_computer_keeps_its_lock(shared, monkeypatch):
    """A holder still syncing after STALE_AFTER_S keeps refreshing its lock file's date, so it is
    not taken over; the message still shows when it took the lock. When it finishes, the lock goes."""
    monkeypatch.setattr(share_lock, "STALE_AFTER_S", 1.5)
    process = hold_in_subprocess(shared)
    try:
        holder = read_holder(shared)
        taken = time.localtime(holder["taken"])
        time.sleep(2.5)
        assert time.time() - lock_path(shared).stat().st_mtime < 1.5
        message = assert_busy(shared, holder)
        assert time.strftime("%Y-%m-%d %H:%M", taken) in message
        process.stdin.write("done\n")
        process.stdin.flush()
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            SIGNAL(process.pid, signal.SIGKILL)
            process.wait()
    assert not lock_path(shared).exists()
    assert_taken_over_promptly(shared)


def test_crashed_holder_of_another_computer_is_taken_over_once_stale(shared, monkeypatch):
    """A holder that dies mid-sync stops refreshing: STALE_AFTER_S later, its lock is taken over."""
    monkeypatch.setattr(share_lock, "STALE_AFTER_S", 1.0)
    process = hold_in_subprocess(shared)
    SIGNAL(process.pid, signal.SIGKILL)
    process.wait()
    holder = read_holder(shared)
    assert holder["host"] == OTHER_COMPUTER
    time.sleep(1.5)
    assert_taken_over_promptly(shared)


def test_lock_leaves_nothing_behind(shared):
    """Measuring the share's clock and taking over a stale lock leave no file in the folder; the
    lock's refresher stops when it is released."""
    fake_lock(shared, age_s=share_lock.STALE_AFTER_S + MINUTE)
    threads = set(threading.enumerate())
    with ShareLock(shared, "An", wait_s=5) as lock:
        assert read_holder(shared)["token"] == lock.token
    assert sorted(p.name for p in shared.parent.iterdir()) == [shared.name]
    assert set(threading.enumerate()) <= threads


def test_release_keeps_a_lock_that_is_no_longer_ours(shared):
    """A holder whose lock was taken over must not remove the new holder's lock when it ends."""
    with ShareLock(shared, "An", wait_s=5):
        lock_path(shared).unlink()
        holder = fake_lock(shared)
    assert read_holder(shared) == holder
