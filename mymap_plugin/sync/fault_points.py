"""Named points inside a sync where the tests kill the process (a real SIGKILL)
or pause it (to pull the share away), driven by environment variables that are
never set in normal use:

- ``MYMAP_SYNC_KILL_AT=<point>``: the process kills itself with SIGKILL there;
- ``MYMAP_SYNC_PAUSE_AT=<point>`` with ``MYMAP_SYNC_PAUSE_FILE=<path>``: the
  process creates the file and waits until the test removes it.
"""
import os
import signal
import time

POINTS = ("start", "backed_up", "sealed", "locked", "shared_open", "pushed_uncommitted", "pushed",
          "unlocked", "pulled_uncommitted", "done")


def reached(point: str) -> None:
    if os.environ.get("MYMAP_SYNC_KILL_AT") == point:
        os.kill(os.getpid(), signal.SIGKILL)
    if os.environ.get("MYMAP_SYNC_PAUSE_AT") == point and os.environ.get("MYMAP_SYNC_PAUSE_FILE"):
        marker = os.environ["MYMAP_SYNC_PAUSE_FILE"]
        with open(marker, "w", encoding="ascii") as handle:
            handle.write(str(os.getpid()))
        deadline = time.monotonic() + 120
        while os.path.exists(marker) and time.monotonic() < deadline:
            time.sleep(0.01)
