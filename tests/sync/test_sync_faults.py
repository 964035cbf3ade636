"""Sync under faults: the process killed at every step, several editors at once, a share that
vanishes, a full disk, a read-only share, locks left behind, a share switched to WAL mode.

The guarantee under test, whatever happens: every edit made in a working copy ends up either in
the shared map or in a conflict record of that copy, exactly once; re-running sync finishes the
job; the shared map stays in DELETE journal mode and passes PRAGMA integrity_check; no lock file
outlives a successful sync.

The tests that do not depend on the kind of shared map run against both a shared GeoPackage and a
PostgreSQL shared map (fixture ``ward``, ``any_ward``); those about the share's file (its lock
file, its folder vanishing, a full disk under it, read-only files, WAL mode) take ``gpkg_ward``.
The PostgreSQL counterparts of the latter are in tests/postgres/test_postgres_sync_faults.py.
"""
import contextlib
import functools
import hashlib
import json
import os
import random
import resource
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from mymap_plugin.errors import MyMapError
from mymap_plugin.sync import fault_points, geopackage_shared_map, share_lock, working_copy
from mymap_plugin.sync.database import connect
from mymap_plugin.sync.shared_log import conflict_value
from mymap_plugin.sync.sync_working_copy import status, sync
from tests.postgres_copies import CheckedOut
from tests.sync_helpers import (ROOT, assert_converged, assert_shared_healthy, conflicts, execute, is_postgres,
                                make_copies, make_shared, moved_point, query, rows, run_python, sync_in_subprocess)

PROMPT_S = 10          # a re-run that had to wait for share_lock.WAIT_S (60 s) would take longer
KILLED = -signal.SIGKILL


# ---------------------------------------------------------------------------------------------
# Edits and what the shared map must hold afterwards


@dataclass
class Batch:
    """Edits made in one working copy, remembered so the shared map can be checked for them."""
    editor: str
    updates: dict = field(default_factory=dict)      # (table, uuid) -> {column: value}
    inserts: dict = field(default_factory=dict)      # uuid of a new tree -> its notes (unique)
    deletes: set = field(default_factory=set)        # uuids of deleted trees

    def uuids(self):
        return {uuid for _table, uuid in self.updates} | set(self.inserts) | self.deletes


def tree_uuids(path, first, count):
    """uuids of *count* trees from the *first*-th (by fid): disjoint ranges for disjoint edits."""
    return [row[0] for row in query(path, "SELECT uuid FROM trees ORDER BY fid LIMIT ? OFFSET ?", (count, first))]


def species_uuids(path):
    return [row[0] for row in query(path, "SELECT uuid FROM species ORDER BY fid")]


def edit_batch(copy, editor, tag, trees, species=None, inserts=2, delete=True, move=True):
    """Typical work of one editor: attribute edits on *trees*, one tree moved, a species renamed,
    new trees added, one tree deleted (all with plain SQL, captured by the triggers)."""
    batch = Batch(editor)
    trees = list(trees)
    deleted = trees.pop() if delete and trees else None
    connection = connect(copy)
    try:
        connection.execute("BEGIN")             # one commit, as QGIS saves a layer's edits
        for number, uuid in enumerate(trees):
            values = {"notes": "{} note {}".format(tag, number), "height_m": 10.0 + number / 8}
            if move and number == 0:
                blob = connection.execute("SELECT geom FROM trees WHERE uuid = ?", (uuid,)).fetchone()[0]
                values["geom"] = moved_point(blob, 1.5, -2.25)
            connection.execute("UPDATE trees SET {} WHERE uuid = ?".format(", ".join(
                '"{}" = ?'.format(name) for name in values)), list(values.values()) + [uuid])
            batch.updates[("trees", uuid)] = values
        if species:
            values = {"scientific_name": "{} species".format(tag)}
            connection.execute("UPDATE species SET scientific_name = ? WHERE uuid = ?",
                               (values["scientific_name"], species))
            batch.updates[("species", species)] = values
        geometry = connection.execute("SELECT geom FROM trees ORDER BY fid LIMIT 1").fetchone()[0]
        for number in range(inserts):
            uuid, notes = str(uuid_module.uuid4()), "{} new tree {}".format(tag, number)
            connection.execute("INSERT INTO trees (uuid, species_id, height_m, notes, geom) VALUES (?, 1, 3.5, ?, ?)",
                               (uuid, notes, geometry))
            batch.inserts[uuid] = notes
        if deleted:
            connection.execute("DELETE FROM trees WHERE uuid = ?", (deleted,))
            batch.deletes.add(deleted)
        connection.execute("COMMIT")
    finally:
        connection.close()
    return batch


def bulk_insert(copy, count, tag):
    """*count* new trees with long notes (so the file holding them must grow)."""
    execute(copy, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                  "INSERT INTO trees (uuid, species_id, notes, geom) SELECT lower(hex(randomblob(16))), 3, "
                  "? || ' ' || i || ' ' || hex(randomblob(200)), (SELECT geom FROM trees ORDER BY fid LIMIT 1) FROM n",
            (count, tag))


def assert_landed_once(shared, *batches):
    """Each edit of *batches* is in the shared map, each new tree exactly once, each deleted tree
    gone, and the shared history holds every edited feature once per editor (a shared GeoPackage or
    a PostgreSQL shared map: its rows read back in the GeoPackage form)."""
    notes = Counter(row[0] for row in query(shared, "SELECT notes FROM trees"))
    tree_ids = Counter(row[0] for row in query(shared, "SELECT uuid FROM trees"))
    logged = {(editor, uuid): count for editor, uuid, count in query(
        shared, "SELECT c.editor, l.uuid, count(*) FROM mymap_sync_log l JOIN mymap_sync_changesets c "
        "ON c.changeset = l.changeset GROUP BY c.editor, l.uuid")}
    tables = {}
    for batch in batches:
        for (table, uuid), values in batch.updates.items():
            if table not in tables:
                tables[table] = rows(shared, table)
            found = tables[table].get(uuid)
            assert found is not None, "{} {} edited by {} is missing".format(table, uuid, batch.editor)
            assert {name: found[name] for name in values} == values, "{}'s edit of {} {} was lost".format(
                batch.editor, table, uuid)
        for uuid, note in batch.inserts.items():
            assert notes[note] == 1 and tree_ids[uuid] == 1, \
                "new tree {!r} of {} is there {} times".format(note, batch.editor, notes[note])
        for uuid in batch.deletes:
            assert tree_ids[uuid] == 0, "tree {} deleted by {} is back".format(uuid, batch.editor)
        for uuid in batch.uuids():
            count = logged.get((batch.editor, uuid), 0)
            assert count == 1, "{}'s change of {} is {} times in the history".format(batch.editor, uuid, count)


def tree_count(path):
    return query(path, "SELECT count(*) FROM trees")[0][0]


def expected_trees(before, *batches):
    return before + sum(len(b.inserts) - len(b.deletes) for b in batches)


def pending(copy):
    """Features with edits not yet in the shared map (a read-write connection: it also rolls back
    a transaction an interrupted sync left behind, as any program opening the copy would)."""
    connection = connect(copy)
    try:
        return working_copy.pending_count(connection)
    finally:
        connection.close()


def no_open_conflicts(copy):
    return [c for c in conflicts(copy) if c[7] is None] == []


def sha256(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def lock_file(shared):
    return share_lock.lock_path(shared)


def timed_sync(copy, **kwargs):
    started = time.monotonic()
    report = sync(copy, **kwargs)
    return report, time.monotonic() - started


# ---------------------------------------------------------------------------------------------
# Sync in another process


def python_env(extra=None):
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra or {})
    return env


SYNC_CODE = ("import sys\nfrom mymap_plugin.sync.sync_working_copy import sync\n"
             "print('READY', flush=True)\n"
             "r = sync(sys.argv[1])\nprint('PUSHED', r.pushed, 'PULLED', r.pulled, 'CONFLICTS', r.conflicts)\n")

# Sync with the file size limit (RLIMIT_FSIZE) set when the sync reaches a fault point: the files
# this process writes cannot grow past their size at that moment, as on a full disk.
LIMIT_AT_CODE = r"""
import os, resource, signal, sys
from mymap_plugin.sync import fault_points
from mymap_plugin.sync.sync_working_copy import sync
original = fault_points.reached
def reached(point):
    if point == os.environ["LIMIT_AT"]:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        size = os.path.getsize(os.environ["LIMIT_TO_SIZE_OF"])
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))
    original(point)
fault_points.reached = reached
r = sync(sys.argv[1])
print('PUSHED', r.pushed, 'PULLED', r.pulled, 'CONFLICTS', r.conflicts)
"""


def start_sync(copy, env_extra=None, code=SYNC_CODE, **kwargs):
    return subprocess.Popen([sys.executable, "-c", code, str(copy)], env=python_env(env_extra),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


def wait_for_file(path, timeout=60):
    deadline = time.monotonic() + timeout
    while not Path(path).exists():
        assert time.monotonic() < deadline, "{} did not appear".format(path)
        time.sleep(0.01)


def file_size_limit(limit):
    """preexec_fn: files written by the child cannot grow past *limit* bytes (writes fail with
    EFBIG instead of killing it with SIGXFSZ)."""
    def limit_file_size():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return limit_file_size


def reassures(message):
    """The message tells the editor their edits are safe (in one of the engine's wordings)."""
    return any(words in message.lower() for words in ("edits are kept", "edits are safe", "nothing was lost"))


def error_text(stderr):
    """The MyMapError message a failed sync subprocess printed."""
    lines = [line for line in stderr.splitlines() if "MyMapError" in line]
    assert lines, "no clear error message, only:\n" + stderr[-2000:]
    return lines[-1]


# ---------------------------------------------------------------------------------------------
# Fixtures


@dataclass
class Ward:
    shared: object           # the shared GeoPackage's path, or a PostgreSQL shared map's address
    copies: dict
    trees_before: int

    def __getitem__(self, editor):
        return self.copies[editor]


def make_ward(master, folder, editors=("An", "Binh"), shared=None):
    """A shared map (a copy of *master*, or the PostgreSQL shared map at address *shared*) and one
    working copy per editor."""
    shared = shared or make_shared(master, Path(folder) / "share")
    copies = make_copies(shared, Path(folder) / "copies", editors)
    return Ward(shared, dict(zip(editors, copies)), tree_count(shared))


@pytest.fixture(params=["gpkg", "postgres"])
def shared_kind(request):
    """The kind of shared map a test runs against: a shared GeoPackage, or the demo ward published to
    the tests' PostgreSQL server."""
    return request.param


POSTGRES_EDITORS = ("An", "Binh", "Chi", "Dung")


@pytest.fixture(scope="module")
def postgres_checked_out(postgres_server, published_ward_template, tmp_path_factory, qgis_app):
    """Working copies of the published demo ward, checked out once for this module's tests."""
    checked_out = CheckedOut(postgres_server, published_ward_template, tmp_path_factory.mktemp("pg-copies"),
                             POSTGRES_EDITORS)
    yield checked_out
    checked_out.close()


@pytest.fixture
def any_ward(shared_kind, request, demo_ward_master, tmp_path):
    """make(editors) → a Ward of the kind under test (one per test)."""
    def make(editors=("An", "Binh")):
        if shared_kind == "gpkg":
            return make_ward(demo_ward_master, tmp_path, editors)
        checked_out = request.getfixturevalue("postgres_checked_out")
        address, copies = checked_out.fresh(tmp_path / "copies")
        database = checked_out.databases[-1]
        request.addfinalizer(lambda: checked_out.drop(database))
        chosen = {editor: copy for editor, copy in zip(POSTGRES_EDITORS, copies) if editor in editors}
        for editor, copy in zip(POSTGRES_EDITORS, copies):
            if editor not in editors:
                copy.unlink()
        return Ward(address, chosen, tree_count(address))
    return make


@pytest.fixture
def ward(any_ward):
    """A shared demo ward (either kind) and the working copies of An and Binh."""
    return any_ward()


@pytest.fixture
def gpkg_ward(demo_ward_master, tmp_path):
    """A shared demo ward in a GeoPackage (for what only a shared file has) and An's and Binh's copies."""
    return make_ward(demo_ward_master, tmp_path)


def with_pending_work(ward):
    """Binh has already sent some edits; An has edits waiting to be sent (and Binh's to take in)."""
    species = species_uuids(ward.shared)
    binh = edit_batch(ward["Binh"], "Binh", "binh", tree_uuids(ward.shared, 100, 6), species[1])
    sync(ward["Binh"])
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 8), species[0], inserts=3)
    return an, binh


def assert_all_arrived(ward, *batches):
    """The batches are in the shared map exactly once, every copy converges (after syncing once
    more), nothing is pending, no conflict was needed, and the share is healthy."""
    assert_landed_once(ward.shared, *batches)
    assert tree_count(ward.shared) == expected_trees(ward.trees_before, *batches)
    for copy in ward.copies.values():
        sync(copy)
    assert_shared_healthy(ward.shared)
    assert_converged(ward.shared, list(ward.copies.values()))
    for copy in ward.copies.values():
        assert pending(copy) == 0
        assert no_open_conflicts(copy)


# ---------------------------------------------------------------------------------------------
# 1. kill -9


LOCK_HELD_AT = ("locked", "shared_open", "pushed_uncommitted", "pushed")


def assert_nothing_half_done_in_postgres(shared, editor, committed, features):
    """After a sync killed with SIGKILL: its backend is gone with the ward's lock (no advisory lock
    in pg_locks, nothing in mymap_sync_applying), and the editor's changeset is in the history whole
    (*committed*: one changeset holding its *features*) or not at all."""
    deadline = time.monotonic() + 10          # the server notices the dropped connection at once
    while query(shared, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'") != [(0,)]:
        assert time.monotonic() < deadline, "the killed sync's ward lock was not released"
        time.sleep(0.05)
    assert query(shared, "SELECT count(*) FROM mymap_sync_applying") == [(0,)]
    sent = query(shared, "SELECT changeset FROM mymap_sync_changesets WHERE editor = ?", (editor,))
    logged = query(shared, "SELECT count(*) FROM mymap_sync_log l JOIN mymap_sync_changesets c "
                           "ON c.changeset = l.changeset WHERE c.editor = ?", (editor,))[0][0]
    orphans = query(shared, "SELECT count(*) FROM mymap_sync_log WHERE changeset NOT IN "
                            "(SELECT changeset FROM mymap_sync_changesets)")[0][0]
    assert (len(sent), logged, orphans) == ((1, features, 0) if committed else (0, 0, 0))


@pytest.mark.parametrize("point", fault_points.POINTS)
def test_kill_at_each_step_then_rerun_finishes_once(ward, point):
    """A sync killed (SIGKILL) at any step: re-running it takes over the dead process's lock at
    once and sends every edit exactly once; edits made after the crash follow with the next sync."""
    an, binh = with_pending_work(ward)
    killed = sync_in_subprocess(ward["An"], {"MYMAP_SYNC_KILL_AT": point})
    assert killed.returncode == KILLED, killed.stderr[-2000:]
    if is_postgres(ward.shared):
        committed = fault_points.POINTS.index(point) >= fault_points.POINTS.index("pushed")
        assert_nothing_half_done_in_postgres(ward.shared, "An", committed, len(an.uuids()))
    elif point in LOCK_HELD_AT:
        assert lock_file(ward.shared).exists(), "the dead process should have left its lock"
    assert pending(ward["An"]) == (0 if point == "done" else len(an.uuids()))
    # The editor keeps working before syncing again.
    later = edit_batch(ward["An"], "An", "after crash", tree_uuids(ward.shared, 50, 2), inserts=1, delete=False,
                       move=False)

    report, elapsed = timed_sync(ward["An"])
    assert elapsed < PROMPT_S, "the re-run waited for the dead process's lock"
    assert is_postgres(ward.shared) or not lock_file(ward.shared).exists()
    assert_shared_healthy(ward.shared)
    if point in fault_points.POINTS[:fault_points.POINTS.index("sealed")]:
        assert report.pushed == len(an.uuids()) + len(later.uuids())
    sync(ward["An"])        # edits made after the crash are sent with the sync after the unfinished one
    assert_all_arrived(ward, an, binh, later)


def test_kill_at_random_moments_never_loses_or_duplicates(ward):
    """SIGKILL from outside at random moments of syncs (fixed seed): after each, one more sync
    finishes the job; all edits so far are in the shared map exactly once."""
    chooser = random.Random(20240611)
    batches, outcomes = [], []
    species = species_uuids(ward.shared)
    for round_number in range(10):
        binh = edit_batch(ward["Binh"], "Binh", "binh {}".format(round_number),
                          tree_uuids(ward.shared, 2500 + 10 * round_number, 4), inserts=1)
        sync(ward["Binh"])
        an = edit_batch(ward["An"], "An", "an {}".format(round_number),
                        tree_uuids(ward.shared, 200 + 120 * round_number, 120), species[round_number],
                        inserts=20)
        batches += [binh, an]
        process = start_sync(ward["An"])
        assert process.stdout.readline().strip() == "READY", process.stderr.read()
        time.sleep(chooser.uniform(0.001, 0.15))     # such a sync takes some 0.1-0.3 s
        process.kill()
        process.communicate()
        outcomes.append(process.returncode)

        _report, elapsed = timed_sync(ward["An"])
        assert elapsed < PROMPT_S
        assert pending(ward["An"]) == 0
        assert_shared_healthy(ward.shared)
        assert_landed_once(ward.shared, *batches)
        assert tree_count(ward.shared) == expected_trees(ward.trees_before, *batches)
    assert KILLED in outcomes, "no sync was actually interrupted: {}".format(outcomes)
    assert_all_arrived(ward, *batches)


# ---------------------------------------------------------------------------------------------
# 2. Several processes at once


def overlapping_edits(copy, number, shared_trees):
    """Edits that clash with the other editors': returns {(table, uuid, column): value}, plus the
    uuid this editor deleted (or None)."""
    clash, same, split, doomed = shared_trees
    edits = {("trees", clash, "condition"): ("tot", "trung_binh", "kem", "sau_benh")[number],
             ("trees", same, "height_m"): 12.5}
    edits[("trees", split, ("dbh_cm", "canopy_diameter_m", "planting_year", "risk_level")[number])] = \
        (31.0, 7.5, 1990, "cao")[number]
    deleted = None
    if number == 0:
        deleted = doomed
    elif number == 1:
        edits[("trees", doomed, "notes")] = "kept alive by editor 1"
    connection = connect(copy)
    try:
        for (table, uuid, column), value in edits.items():
            connection.execute('UPDATE {} SET "{}" = ? WHERE uuid = ?'.format(table, column), (value, uuid))
        if deleted:
            connection.execute("DELETE FROM trees WHERE uuid = ?", (deleted,))
    finally:
        connection.close()
    return edits, deleted


def survives(shared, copy, table, uuid, column, value):
    """The edit is in the shared map, or in a conflict record of *copy* (as `mine`)."""
    found = query(shared, 'SELECT "{}" FROM {} WHERE uuid = ?'.format(column, table), (uuid,))
    if found and found[0][0] == value:
        return True
    for c_table, c_uuid, _kind, c_field, _base, stored, _theirs, _resolved in conflicts(copy):
        if (c_table, c_uuid) != (table, uuid):
            continue
        mine = conflict_value(stored)
        if (c_field == column and mine == value) or (isinstance(mine, dict) and mine.get(column) == value):
            return True
    return False


def test_four_editors_syncing_at_once(any_ward, tmp_path):
    """Four sync processes started at the same instant: the lock serialises them, all succeed,
    and after one more sync each all copies converge with no edit lost."""
    four_editors_syncing_at_once(any_ward(("An", "Binh", "Chi", "Dung")), tmp_path)


def test_four_editors_syncing_at_once_past_a_stale_lock_file(demo_ward_master, tmp_path):
    """The same with a lock file a dead process left on the shared GeoPackage."""
    ward = make_ward(demo_ward_master, tmp_path, ("An", "Binh", "Chi", "Dung"))
    write_lock(ward.shared, pid=dead_pid())
    four_editors_syncing_at_once(ward, tmp_path)


def four_editors_syncing_at_once(ward, tmp_path):
    editors = tuple(ward.copies)
    species = species_uuids(ward.shared)
    shared_trees = tree_uuids(ward.shared, 2000, 4)
    batches, overlaps = [], []
    for number, editor in enumerate(editors):
        batches.append(edit_batch(ward[editor], editor, editor, tree_uuids(ward.shared, 100 * number, 12),
                                  species[number], inserts=4))
        overlaps.append(overlapping_edits(ward[editor], number, shared_trees))

    processes = []
    for editor in editors:
        marker = tmp_path / "paused-{}".format(editor)
        processes.append((marker, start_sync(ward[editor], {"MYMAP_SYNC_PAUSE_AT": "start",
                                                            "MYMAP_SYNC_PAUSE_FILE": str(marker)})))
    for marker, _process in processes:
        wait_for_file(marker)
    for marker, _process in processes:         # all four go at once
        marker.unlink()
    for _marker, process in processes:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]
    assert query(ward.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE kind = 'edits'") == [(4,)]

    for editor in editors:
        sync(ward[editor])
    assert_shared_healthy(ward.shared)
    assert_converged(ward.shared, list(ward.copies.values()))
    assert_landed_once(ward.shared, *batches)
    clash, same, _split, _doomed = shared_trees
    for editor, (edits, deleted) in zip(editors, overlaps):
        for (table, uuid, column), value in edits.items():
            assert survives(ward.shared, ward[editor], table, uuid, column, value), \
                "{}'s edit {} {} = {!r} was lost".format(editor, uuid, column, value)
        if deleted:
            gone = query(ward.shared, "SELECT count(*) FROM trees WHERE uuid = ?", (deleted,)) == [(0,)]
            recorded = any(c[1] == deleted for c in conflicts(ward[editor]))
            assert gone or recorded, "{}'s delete was lost".format(editor)
    assert query(ward.shared, "SELECT height_m FROM trees WHERE uuid = ?", (same,)) == [(12.5,)]
    winner = query(ward.shared, "SELECT condition FROM trees WHERE uuid = ?", (clash,))[0][0]
    assert winner in ("tot", "trung_binh", "kem", "sau_benh")


@pytest.mark.parametrize("how", ["edited while the sync runs", "edited after the sync was killed"])
def test_newer_edit_clashing_in_the_same_sync_is_kept(ward, tmp_path, how):
    """An edit made after the outbox was sealed (during the sync, or after it was killed) that
    clashes with the shared value again is kept in a conflict record, like the sealed one."""
    uuid = tree_uuids(ward.shared, 0, 1)[0]
    set_notes = 'UPDATE trees SET notes = ? WHERE uuid = ?'
    execute(ward["Binh"], set_notes, ("Binh's notes", uuid))
    execute(ward["An"], set_notes, ("An's first notes", uuid))
    if how == "edited while the sync runs":
        sync(ward["Binh"])
        marker = tmp_path / "paused"
        process = start_sync(ward["An"], {"MYMAP_SYNC_PAUSE_AT": "sealed", "MYMAP_SYNC_PAUSE_FILE": str(marker)})
        wait_for_file(marker)
        execute(ward["An"], set_notes, ("An's second notes", uuid))       # An keeps working in QGIS
        marker.unlink()
        assert process.wait(timeout=120) == 0, process.stderr.read()
    else:
        assert sync_in_subprocess(ward["An"], {"MYMAP_SYNC_KILL_AT": "sealed"}).returncode == KILLED
        sync(ward["Binh"])
        execute(ward["An"], set_notes, ("An's second notes", uuid))
    sync(ward["An"])
    sync(ward["An"])
    for notes in ("An's first notes", "An's second notes"):
        assert survives(ward.shared, ward["An"], "trees", uuid, "notes", notes), "{!r} was lost".format(notes)
    assert_shared_healthy(ward.shared)


# ---------------------------------------------------------------------------------------------
# 3. The share vanishes in the middle of a sync


def sync_while_share_vanishes(ward, tmp_path, point):
    """Run An's sync in a subprocess, pause it at *point*, move the share's folder away, let it go
    on. Returns (exit code, stderr); the folder is left away (see share_away)."""
    marker = tmp_path / "paused"
    process = start_sync(ward["An"], {"MYMAP_SYNC_PAUSE_AT": point, "MYMAP_SYNC_PAUSE_FILE": str(marker)})
    wait_for_file(marker)
    os.rename(str(ward.shared.parent), str(share_away(ward)))
    marker.unlink()
    _out, err = process.communicate(timeout=120)
    return process.returncode, err


def share_away(ward):
    return ward.shared.parent.with_name(ward.shared.parent.name + "-away")


@pytest.mark.parametrize("point", ["locked", "shared_open"])
def test_share_vanishing_mid_sync_keeps_edits_then_sends_them_once(gpkg_ward, tmp_path, point):
    """The share's folder disappears while a sync holds its lock (or has the file open): the sync
    fails with a clear message, the edits stay pending; once the share is back they arrive once."""
    ward = gpkg_ward
    an, binh = with_pending_work(ward)
    returncode, err = sync_while_share_vanishes(ward, tmp_path, point)
    assert returncode not in (0, KILLED), err[-2000:]
    message = error_text(err)
    assert reassures(message) and str(ward.shared) in message, message
    assert pending(ward["An"]) == len(an.uuids())
    assert status(ward["An"])["outbox"]
    away = share_away(ward) / ward.shared.name
    assert query(away, "SELECT count(*) FROM mymap_sync_changesets WHERE editor = 'An'") == [(0,)]

    os.rename(str(share_away(ward)), str(ward.shared.parent))
    _report, elapsed = timed_sync(ward["An"])
    assert elapsed < PROMPT_S
    assert_all_arrived(ward, an, binh)


def test_share_vanishing_with_the_file_open_is_not_reported_as_read_only(gpkg_ward, tmp_path):
    """A share that disappears while the sync has it open is reported as unreachable: telling the
    editor it is read-only sends them to check permissions instead of the network."""
    ward = gpkg_ward
    with_pending_work(ward)
    _returncode, err = sync_while_share_vanishes(ward, tmp_path, "shared_open")
    message = error_text(err)
    assert "read-only" not in message, message


# ---------------------------------------------------------------------------------------------
# 4. A full disk


def test_full_disk_on_the_share_leaves_it_untouched(gpkg_ward):
    """The shared map cannot grow (RLIMIT_FSIZE at its size): the sync fails with a clear message,
    the shared file is byte-identical and healthy, the edits stay pending; without the limit they
    arrive once."""
    ward = gpkg_ward
    bulk_insert(ward["Binh"], 2000, "binh bulk")        # the share is now larger than An's copy
    sync(ward["Binh"])
    bulk_insert(ward["An"], 400, "an bulk")
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 5))
    size, digest = ward.shared.stat().st_size, sha256(ward.shared)
    assert ward["An"].stat().st_size < size

    failed = sync_in_subprocess(ward["An"], preexec_fn=file_size_limit(size))
    assert failed.returncode == 1, failed.stdout
    message = error_text(failed.stderr)
    assert reassures(message) and str(ward.shared) in message, message
    assert sha256(ward.shared) == digest
    assert_shared_healthy(ward.shared)
    assert pending(ward["An"]) == 400 + len(an.uuids())

    sync(ward["An"])
    assert query(ward.shared, "SELECT count(*) FROM trees WHERE notes LIKE 'an bulk %'") == [(400,)]
    assert_landed_once(ward.shared, an)
    assert tree_count(ward.shared) == ward.trees_before + 2000 + 400 + len(an.inserts) - len(an.deletes)
    sync(ward["Binh"])
    assert_shared_healthy(ward.shared)
    assert_converged(ward.shared, list(ward.copies.values()))


def fail_taking_in(ward):
    """An's sync sends its edits, then cannot write them into An's copy (the copy cannot grow
    from the moment the share is unlocked: Binh's 2000 new trees do not fit)."""
    bulk_insert(ward["Binh"], 2000, "binh bulk")
    sync(ward["Binh"])
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 5))
    failed = subprocess.run([sys.executable, "-c", LIMIT_AT_CODE, str(ward["An"])], capture_output=True, text=True,
                            env=python_env({"LIMIT_AT": "unlocked", "LIMIT_TO_SIZE_OF": str(ward["An"])}), timeout=300)
    return an, failed


def test_full_disk_on_the_working_copy_after_sending_finishes_once(ward):
    """The copy's disk fills up after the shared map committed the edits: the sync fails with a
    clear message, and the next sync takes the result in without sending anything twice."""
    an, failed = fail_taking_in(ward)
    assert failed.returncode == 1, failed.stdout
    message = error_text(failed.stderr)
    assert reassures(message) and str(ward["An"]) in message, message
    assert query(ward.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE editor = 'An'") == [(1,)]
    assert pending(ward["An"]) == len(an.uuids())

    _report, elapsed = timed_sync(ward["An"])
    assert elapsed < PROMPT_S
    assert query(ward.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE editor = 'An'") == [(1,)]
    assert query(ward.shared, "SELECT count(*) FROM trees WHERE notes LIKE 'binh bulk %'") == [(2000,)]
    assert_landed_once(ward.shared, an)
    assert_shared_healthy(ward.shared)
    sync(ward["Binh"])
    assert_converged(ward.shared, list(ward.copies.values()))


def test_status_still_works_after_a_sync_failed_writing_the_working_copy(ward):
    """The Sync button's status reads a working copy whose last sync failed half-way through
    writing it (the transaction left to roll back): it reports the pending edits."""
    an, failed = fail_taking_in(ward)
    assert failed.returncode == 1
    assert status(ward["An"])["pending"] == len(an.uuids())


@pytest.mark.parametrize("where", ["backup", "taking in"])
def test_full_disk_on_the_working_copy_is_reported_as_such(ward, where):
    """When the working copy's own disk is full, the message names the working copy (that is the
    disk to free), not the shared map, which is fine; a half-written backup is removed."""
    if where == "backup":
        edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 5))
        failed = sync_in_subprocess(ward["An"], preexec_fn=file_size_limit(ward["An"].stat().st_size // 2))
    else:
        _an, failed = fail_taking_in(ward)
    assert failed.returncode == 1
    message = error_text(failed.stderr)
    assert str(ward["An"]) in message or str(ward["An"].parent) in message, message
    assert "when it is reachable" not in message and reassures(message), message
    leftovers = [p.name for p in ward["An"].parent.iterdir() if ".tmp" in p.name or p.name.endswith("-journal")]
    assert leftovers == [] or where == "taking in", "a failed backup left {}".format(leftovers)


# ---------------------------------------------------------------------------------------------
# 5. A read-only share


def as_nobody():
    os.setgroups([])
    os.setgid(65534)
    os.setuid(65534)


def nobody_can_run_mymap():
    """Whether user 65534 can read this Python and repository (not when they live in a closed home)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    probe = run_python("import mymap_plugin.sync.sync_working_copy", preexec_fn=as_nobody, timeout=120)
    return probe.returncode == 0


@pytest.mark.skipif(not nobody_can_run_mymap(),
                    reason="needs root, and a Python and repository the unprivileged user 65534 can read")
@pytest.mark.parametrize("read_only", ["folder and file", "file only"])
def test_read_only_share_is_refused_clearly_then_syncs_with_write_access(demo_ward_master, read_only):
    """A share the editor may not write (run as uid 65534; root ignores permissions): the sync
    fails with a read-only message, the shared file is unchanged, the edits stay pending. With
    write access the same edits arrive once."""
    with tempfile.TemporaryDirectory(prefix="mymap-read-only-") as folder:
        os.chmod(folder, 0o755)                  # pytest's own tmp folders are closed to others
        ward = make_ward(demo_ward_master, folder, ("An",))
        an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 5))
        copies = ward["An"].parent
        os.chmod(str(copies), 0o777)
        for path in copies.iterdir():
            os.chmod(str(path), 0o666)
        os.chmod(str(ward.shared), 0o444)
        os.chmod(str(ward.shared.parent), 0o555 if read_only == "folder and file" else 0o777)
        digest = sha256(ward.shared)

        failed = sync_in_subprocess(ward["An"], {"HOME": folder}, preexec_fn=as_nobody)
        assert failed.returncode == 1, failed.stdout
        message = error_text(failed.stderr)
        assert "read-only" in message and reassures(message), message
        assert sha256(ward.shared) == digest
        assert not lock_file(ward.shared).exists()
        assert pending(ward["An"]) == len(an.uuids())

        os.chmod(str(ward.shared.parent), 0o755)
        os.chmod(str(ward.shared), 0o644)
        sync(ward["An"])
        assert_landed_once(ward.shared, an)
        assert_shared_healthy(ward.shared)
        assert_converged(ward.shared, [ward["An"]])


# ---------------------------------------------------------------------------------------------
# 6. Locks left behind, locks held


def process_start(pid):
    """Field 22 of /proc/<pid>/stat: the process's start time (tells a reused pid apart)."""
    with open("/proc/{}/stat".format(pid), encoding="ascii") as stat:
        return stat.read().rsplit(")", 1)[1].split()[19]


def dead_pid():
    """The pid of a process that has exited (and been reaped)."""
    process = subprocess.Popen(["true"])
    process.wait()
    assert not Path("/proc/{}".format(process.pid)).exists()
    return process.pid


def write_lock(shared, pid, host=None, started=None, age_s=0, editor="Chi"):
    """A lock file another sync left, which the share dated *age_s* ago (its modification time:
    the lock judges ages by the share's clock, never by the "time" its holder wrote)."""
    holder = {"host": host or socket.gethostname(), "pid": pid, "started": started, "editor": editor,
              "time": time.time(), "token": uuid_module.uuid4().hex[:16]}
    lock_file(shared).write_text(json.dumps(holder), encoding="utf-8")
    dated = time.time() - age_s
    os.utime(str(lock_file(shared)), (dated, dated))
    return holder


@pytest.fixture
def short_lock_wait(monkeypatch):
    """Syncs give up waiting for the share lock after 1.5 s instead of share_lock.WAIT_S."""
    monkeypatch.setattr(geopackage_shared_map, "ShareLock", functools.partial(share_lock.ShareLock, wait_s=1.5))
    return 1.5


@pytest.mark.parametrize("holder", ["dead process here", "reused pid here", "old lock of another computer"])
def test_lock_of_a_dead_process_is_taken_over_promptly(gpkg_ward, holder):
    """A lock whose owner is gone (its pid no longer exists, or now belongs to another process,
    or it is older than share_lock.STALE_AFTER_S from another computer) does not block a sync."""
    ward = gpkg_ward
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 5))
    if holder == "dead process here":
        write_lock(ward.shared, dead_pid(), started="12345")
    elif holder == "reused pid here":
        write_lock(ward.shared, os.getpid(), started=str(int(process_start(os.getpid())) - 1000))
    else:
        write_lock(ward.shared, 4242, host="field-laptop-7", age_s=share_lock.STALE_AFTER_S + 60)
    _report, elapsed = timed_sync(ward["An"])
    assert elapsed < PROMPT_S
    assert not lock_file(ward.shared).exists()
    assert_landed_once(ward.shared, an)
    assert_shared_healthy(ward.shared)


@pytest.mark.parametrize("holder", ["live process here", "recent lock of another computer"])
def test_lock_of_a_live_holder_makes_sync_wait_then_report_busy(gpkg_ward, short_lock_wait, holder):
    """A lock held by a running process (or recently taken on another computer) makes sync wait,
    then fail with the 'busy' message naming the holder; nothing is sent and the holder's lock
    stays. When the holder is gone, the sync goes through."""
    ward = gpkg_ward
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 5))
    sleeper = subprocess.Popen(["sleep", "30"])
    try:
        if holder == "live process here":
            lock = write_lock(ward.shared, sleeper.pid, started=process_start(sleeper.pid))
        else:
            lock = write_lock(ward.shared, 4242, host="field-laptop-7", age_s=30)
        digest = sha256(ward.shared)
        started = time.monotonic()
        with pytest.raises(MyMapError, match="busy") as raised:
            sync(ward["An"])
        assert short_lock_wait <= time.monotonic() - started < short_lock_wait + 5
        assert "Chi" in str(raised.value) and reassures(str(raised.value))
        assert share_lock.read_holder(ward.shared) == lock
        assert sha256(ward.shared) == digest
        assert pending(ward["An"]) == len(an.uuids())
    finally:
        sleeper.kill()
        sleeper.wait()
    if holder != "live process here":
        lock_file(ward.shared).unlink()        # the other computer finished
    _report, elapsed = timed_sync(ward["An"])
    assert elapsed < PROMPT_S
    assert_landed_once(ward.shared, an)
    assert_shared_healthy(ward.shared)


@pytest.mark.parametrize("content", [b"", b'{"host": "vm", "pi'], ids=["empty", "cut short"])
def test_lock_file_left_unwritten_by_a_crash_is_taken_over(gpkg_ward, short_lock_wait, content):
    """A process killed (or a share disconnected) between creating the lock file and writing its
    content leaves an empty or cut-short lock: once it is older than share_lock.STALE_AFTER_S it
    must not block every editor for ever."""
    ward = gpkg_ward
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 5))
    lock_file(ward.shared).write_bytes(content)
    an_hour_ago = time.time() - 3600
    os.utime(str(lock_file(ward.shared)), (an_hour_ago, an_hour_ago))
    sync(ward["An"])
    assert_landed_once(ward.shared, an)
    assert_shared_healthy(ward.shared)


# ---------------------------------------------------------------------------------------------
# 7. WAL mode


CRASH_IN_WAL_CODE = r"""
import os, signal, sys
from mymap_plugin.sync.database import connect
connection = connect(sys.argv[1])
assert connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
connection.execute("PRAGMA wal_autocheckpoint = 0")
connection.execute("UPDATE trees SET notes = 'edited in WAL mode' WHERE uuid = ?", (sys.argv[2],))
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.parametrize("how", ["switched to WAL", "QGIS crashed with edits in the WAL file"])
def test_share_in_wal_mode_is_put_back_to_delete_mode(gpkg_ward, how):
    """A shared map QGIS switched to WAL mode (while nobody holds it open) goes back to DELETE
    mode at the next sync, keeping any edit that was still only in the -wal file."""
    ward = gpkg_ward
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 5))
    direct = tree_uuids(ward.shared, 500, 1)[0]
    if how == "switched to WAL":
        with contextlib.closing(sqlite3.connect(str(ward.shared))) as connection:
            assert connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    else:
        crashed = subprocess.run([sys.executable, "-c", CRASH_IN_WAL_CODE, str(ward.shared), direct],
                                 env=python_env(), capture_output=True, text=True)
        assert crashed.returncode == KILLED, crashed.stderr
        assert Path(str(ward.shared) + "-wal").stat().st_size > 0
    assert query(ward.shared, "PRAGMA journal_mode") == [("wal",)]

    sync(ward["An"])
    assert_shared_healthy(ward.shared)
    assert not Path(str(ward.shared) + "-wal").exists() and not Path(str(ward.shared) + "-shm").exists()
    assert_landed_once(ward.shared, an)
    if how != "switched to WAL":
        sync(ward["Binh"])
        assert query(ward["Binh"], "SELECT notes FROM trees WHERE uuid = ?", (direct,)) == [("edited in WAL mode",)]
        assert query(ward["An"], "SELECT notes FROM trees WHERE uuid = ?", (direct,)) == [("edited in WAL mode",)]
    sync(ward["Binh"])
    assert_converged(ward.shared, list(ward.copies.values()))
