"""Sync benchmarks for a shared map in PostgreSQL/PostGIS, beside a shared GeoPackage in the same run.

A real PostgreSQL 15 + PostGIS 3 server is started for the run (``tests/postgres_server.py``: its own
folder under the system's temporary folder, a unix socket, stopped and removed at the end). By default
it runs with PostgreSQL's durable defaults (``fsync``, ``synchronous_commit`` and ``full_page_writes``
on), not with the test suite's ``fsync=off``: a shared map's commits must reach the disk, as a shared
GeoPackage's do. ``MYMAP_BENCH_PG_DURABLE=0`` runs it as the tests do.

1. **1,000 local + 1,000 remote edits** (``bench_sync``'s edits: editor B changes 500 trees and 500
   houses and syncs; editor A changes 1,000 other fields, half on features B changed, 10 conflicts,
   50 trees moved) on wards of 10k, 100k and 1M trees + as many houses (``MYMAP_BENCH_PG_SIZES=10000``
   for a quicker run). Per size the ward is built with ``bench_sync.build_ward``, shared as a
   GeoPackage (checkouts of A and B), and that shared GeoPackage is published to PostgreSQL with
   ``publish_ward`` (its rows with ``execute_values``, as users publish; the time is shown). A and B are
   copied and their copies' first sync goes to PostgreSQL (publishing a shared map keeps its working
   copies syncing), so both shared maps hold the same ward, history and copies; a direct checkout from
   PostgreSQL (``export_ward``) is timed at 10k and below as setup. Timed: A's ``sync(backup=False)``
   in process, median of 5, alternating a GeoPackage run (fresh file copies of the share after B's sync
   and of A) and a PostgreSQL run (a fresh copy of the database after B's sync,
   ``CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY``, and of A), the merge checked after the first of
   each; each sync opens its own connections, as a sync in QGIS does.
2. **20 working copies syncing 100 edits each at the same moment** (50 trees and 50 houses each, a
   note and a height, no two copies on one feature), in 20 processes (``multiprocessing``, spawn) that
   import MyMap once (as an editor's QGIS keeps it loaded) and, for each round, wait at one barrier; the
   wall time runs from the barrier's release to the end of the last sync. Once against one ward (20
   copies of one ward) and once against 20 wards (20 schemas in one database, one copy each), each
   beside the same with shared GeoPackages (one file; 20 files). Every sync must have sent its 100
   edits, and the shared maps must hold all 2,000 afterwards. Wards of 10k trees + 10k houses
   (``MYMAP_BENCH_PG_CONCURRENT_SIZE``; 0 leaves this part out); median of 3, each on fresh copies,
   after one untimed round (a process's first sync pays for first calls). The wards of the second
   case differ only by their ward code (the city views need distinct codes).

``MYMAP_BENCH_PG_DIR=<folder>`` puts the temporary files there (default: ``MYMAP_BENCH_SYNC_DIR``, else
the system's); ``MYMAP_BENCH_PG_DETAILS=<file.json>`` also writes every run's times;
``MYMAP_BENCH_PG_PROFILE=<prefix>`` writes a cProfile of one more PostgreSQL sync of each size, left
out of the medians (``<prefix>.<size>.prof``).
"""
import importlib
import json
import multiprocessing
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_sync import (CLASHES, LOCAL_EDITS, OVERLAP, REMOTE_EDITS, apply_edits, build_ward, choose_edits)

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
SYNC_REPEATS = 5
CHECKOUT_TIMED_AT_MOST = 10_000      # a direct checkout from PostgreSQL is timed up to this size
COPIES = 20
COPY_EDITS = 100                      # per copy: half trees, half houses
CONCURRENT_WARD_SIZE = 10_000
CONCURRENT_REPEATS = 3
WAIT_S = 600                          # for the processes to reach the barrier, and for their syncs
CONCURRENT_NOTE = "bench copy "


def sizes():
    text = os.environ.get("MYMAP_BENCH_PG_SIZES", "").strip()
    if not text:
        return DEFAULT_SIZES
    return tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())


def concurrent_ward_size():
    return int(os.environ.get("MYMAP_BENCH_PG_CONCURRENT_SIZE", "").replace("_", "").strip() or
               CONCURRENT_WARD_SIZE)


def label(count):
    return "{}M".format(count // 1_000_000) if count % 1_000_000 == 0 else (
        "{}k".format(count // 1000) if count % 1000 == 0 else str(count))


def _now():
    """A clock all processes of this machine share (the barrier's release and the syncs' ends)."""
    return time.clock_gettime(time.CLOCK_MONOTONIC)


def _timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def _copy(source, target):
    """A file copy flushed to disk (as bench_sync's): a timed sync does not pay for writing it back."""
    shutil.copyfile(str(source), str(target))
    descriptor = os.open(str(target), os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(*paths):
    for path in paths:
        for suffix in ("", "-journal", "-wal", "-shm", ".mymap-lock", ".mymap-backup"):
            candidate = Path(str(path) + suffix)
            if candidate.exists():
                candidate.unlink()


# ------------------------------------------------------------------------------------------ server
def _test_server_module():
    """tests/postgres_server.py (benchmarks/ and the staged plugin are on the path, tests/ is not)."""
    folder = str(ROOT / "tests")
    if folder not in sys.path:
        sys.path.append(folder)
    import postgres_server
    return postgres_server


def start_server():
    """The tests' PostgreSQL server, started with PostgreSQL's durable defaults unless
    MYMAP_BENCH_PG_DURABLE=0."""
    postgres_server = _test_server_module()
    if os.environ.get("MYMAP_BENCH_PG_DURABLE", "1").strip() == "0":
        return postgres_server.PostgresServer().start()

    class DurableServer(postgres_server.PostgresServer):
        """The tests' server without their fsync=off, synchronous_commit=off, full_page_writes=off."""

        def _start_on_a_free_port(self):
            port = self.port or postgres_server.free_port()
            options = " ".join(["-p", str(port), "-k", str(self.folder), "-c listen_addresses=127.0.0.1",
                                "-c max_connections=200"])
            self._run(postgres_server.BIN / "pg_ctl", "-D", self.data, "-o", options, "-l", self.log, "-w",
                      "-t", "60", "start")
            self.port = port

    return DurableServer().start()


def _execute(server, database, statement, parameters=None):
    postgres_server = _test_server_module()
    with server.connect(database) as connection:
        return postgres_server.execute(connection, statement, parameters)


def _clone(server, template, name):
    """A copy of database *template* (nobody may be connected to it) named *name*."""
    from psycopg2 import sql
    _execute(server, "postgres", sql.SQL("CREATE DATABASE {} TEMPLATE {} STRATEGY FILE_COPY").format(
        sql.Identifier(name), sql.Identifier(template)))
    return name


def _address(server, database, schema_name):
    from mymap_plugin.postgis.connection import parse_address
    return parse_address(server.dsn(database), schema=schema_name).text


def _settings(server):
    rows = _execute(server, "postgres", "SELECT name, setting FROM pg_settings WHERE name IN "
                                        "('fsync', 'synchronous_commit', 'full_page_writes', 'shared_buffers')")
    return dict(rows)


# ------------------------------------------------------------------------------------ 1. one sync
def _check_report(report, where):
    # Remote edits of features A edited too are merged into A's changeset, not counted as pulled.
    wanted = (LOCAL_EDITS, REMOTE_EDITS - OVERLAP, CLASHES, 0)
    found = (report.pushed, report.pulled, report.conflicts, report.rejected)
    if found != wanted:
        raise RuntimeError("unexpected sync result ({}): pushed, pulled, conflicts, rejected {}, expected {}"
                           .format(where, found, wanted))


_MERGED = (("trees", "condition = 'rong_muc'"), ("housing", "plate_status = 'bien_hong'"))
_THEIR_NOTE = "Đo lại chiều cao (B)"


def _check_merged(working, server=None, database=None, schema_name=None, shared=None):
    """The features both edited hold both sides' fields (theirs wins the clashes), in the working
    copy and in the shared map (a GeoPackage *shared*, or a PostgreSQL schema)."""
    from psycopg2 import sql

    from mymap_plugin.sync.database import connect
    wanted = {"trees": OVERLAP // 2, "housing": OVERLAP // 2}
    found = []
    for path in [working] + ([shared] if shared else []):
        connection = connect(path, read_only=True)
        try:
            found.append({table: connection.execute("SELECT count(*) FROM {} WHERE {} AND notes = ?".format(
                table, mine), (_THEIR_NOTE,)).fetchone()[0] for table, mine in _MERGED})
        finally:
            connection.close()
    if server is not None:
        found.append({table: _execute(server, database, sql.SQL("SELECT count(*) FROM {}.{} WHERE {} AND notes = %s")
                                      .format(sql.Identifier(schema_name), sql.Identifier(table), sql.SQL(mine)),
                                      (_THEIR_NOTE,))[0][0] for table, mine in _MERGED})
    if any(counts != wanted for counts in found):
        raise RuntimeError("the merge is not what it should be: {} (expected {} each)".format(found, wanted))


def _profiler(wanted):
    """A running cProfile when *wanted* (MYMAP_BENCH_PG_PROFILE names a file prefix), else None."""
    if not wanted:
        return None
    import cProfile
    profile = cProfile.Profile()
    profile.enable()
    return profile


def measure_size(server, folder, count, repeats=SYNC_REPEATS):
    """{name: value} for one ward size; the files live in *folder* and are removed on the way."""
    from mymap_plugin.postgis.publish import publish_ward
    from mymap_plugin.sync.checkout import checkout
    from mymap_plugin.sync.sync_working_copy import sync

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    found = {}
    shared = folder / "shared.gpkg"
    found["build"], _ = _timed(lambda: build_ward(shared, count))
    remote, local = choose_edits(count)
    a, b = folder / "a.gpkg", folder / "b.gpkg"
    checkout(shared, a, "An")
    checkout(shared, b, "Binh")

    # The same shared map (ward, history, A and B) published to PostgreSQL.
    source = folder / "published.gpkg"
    _copy(shared, source)
    database = server.create_database("sync_{}".format(label(count).lower()))
    found["publish"], published = _timed(lambda: publish_ward(source, server.dsn(database)))
    schema_name = published["schema"]
    _remove(source)
    pg_a, pg_b = folder / "pg-a.gpkg", folder / "pg-b.gpkg"
    _copy(a, pg_a)
    _copy(b, pg_b)
    for path in (pg_a, pg_b):       # their first sync with PostgreSQL: nothing to send yet
        sync(path, shared_path=published["address"], backup=False)

    for working, shared_map in ((b, shared), (pg_b, published["address"])):
        apply_edits(working, remote)
        report = sync(working, shared_path=shared_map, backup=False)
        if report.pushed != len(remote):
            raise RuntimeError("B's sync sent {} of {} edits".format(report.pushed, len(remote)))
        _remove(working)
    apply_edits(a, local)
    apply_edits(pg_a, local)
    if count <= CHECKOUT_TIMED_AT_MOST:
        found["checkout_postgres"], _ = _timed(lambda: checkout(published["address"], folder / "c.gpkg", "Chi"))
        _remove(folder / "c.gpkg")

    geopackage_runs, postgres_runs = [], []
    profiling = bool(os.environ.get("MYMAP_BENCH_PG_PROFILE"))
    for number in range(repeats + profiling):
        counted = number >= profiling           # a profiled run is slower: it is left out of the medians
        run_shared, run_working = folder / "run-shared.gpkg", folder / "run-a.gpkg"
        _copy(shared, run_shared)
        _copy(a, run_working)
        elapsed, report = _timed(lambda: sync(run_working, shared_path=run_shared, editor="An", backup=False))
        _check_report(report, "GeoPackage, {}".format(label(count)))
        if counted:
            geopackage_runs.append(elapsed)
        if number == 0:
            _check_merged(run_working, shared=run_shared)
        _remove(run_shared, run_working)

        run_database = _clone(server, database, "{}_run".format(database))
        address = _address(server, run_database, schema_name)
        _copy(pg_a, run_working)
        try:
            profile = _profiler(profiling and not counted)
            elapsed, report = _timed(lambda: sync(run_working, shared_path=address, editor="An", backup=False))
            if profile is not None:
                profile.disable()
                profile.dump_stats("{}.{}.prof".format(os.environ["MYMAP_BENCH_PG_PROFILE"], label(count)))
            _check_report(report, "PostgreSQL, {}".format(label(count)))
            if counted:
                postgres_runs.append(elapsed)
            if number == 0:
                _check_merged(run_working, server, run_database, schema_name)
        finally:
            _remove(run_working)
            server.drop_database(run_database)
    found["sync_geopackage"] = statistics.median(geopackage_runs)
    found["sync_postgres"] = statistics.median(postgres_runs)
    found["runs_geopackage"] = geopackage_runs
    found["runs_postgres"] = postgres_runs
    found["database_mb"] = _execute(server, "postgres", "SELECT pg_database_size(%s)", (database,))[0][0] / 1e6
    server.drop_database(database)
    _remove(shared, a, pg_a)
    return found


# ------------------------------------------------------------------------------ 2. at the same moment
def _copy_edits(index):
    """(sql, parameters) of copy *index*: 50 trees and 50 houses no other copy edits."""
    per_table = COPY_EDITS // 2
    note = "{}{:02d}".format(CONCURRENT_NOTE, index)
    return [("UPDATE {} SET notes = ?, height_m = height_m + 1 WHERE fid = ?".format(table), (note, fid))
            for table in ("trees", "housing") for fid in range(index * per_table + 1, (index + 1) * per_table + 1)]


def _sync_worker(index, jobs, barrier, results):
    """One process: import what sync uses, then per job (working copy, shared map): wait for the
    others at the barrier, sync, report (index, start, end, pushed, refused, error); None ends it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
    for module in ("mymap_plugin.postgis.shared_map", "mymap_plugin.sync.geopackage_shared_map"):
        importlib.import_module(module)         # imported before the clock starts, as in a QGIS session
    from mymap_plugin.sync.sync_working_copy import sync
    while True:
        job = jobs.get()
        if job is None:
            return
        working, shared_map = job
        barrier.wait(WAIT_S)
        started = _now()
        try:
            report = sync(working, shared_path=shared_map, editor="Copy{:02d}".format(index), backup=False)
            outcome = (report.pushed, report.rejected, "")
        except Exception as error:                # the parent reports it
            outcome = (0, 0, "{}: {}".format(type(error).__name__, error))
        results.put((index, started, _now()) + outcome)


class SyncProcesses:
    """*count* processes (spawned, each with MyMap imported once, as an editor's QGIS keeps it) that
    sync one working copy each per round, all released by one barrier."""

    def __init__(self, count):
        context = multiprocessing.get_context("spawn")
        self.barrier = context.Barrier(count + 1)
        self.results = context.Queue()
        self.jobs = [context.Queue() for _index in range(count)]
        self.processes = [context.Process(target=_sync_worker, args=(index, jobs, self.barrier, self.results))
                          for index, jobs in enumerate(self.jobs)]
        for process in self.processes:
            process.start()

    def sync_together(self, jobs):
        """sync(working, shared_path=shared_map) for every (working, shared_map) of *jobs* at the same
        moment. Returns (wall time from the release to the last sync's end, [each sync's own time])."""
        for queue, (working, shared_map) in zip(self.jobs, jobs):
            queue.put((str(working), str(shared_map)))
        self.barrier.wait(WAIT_S)
        released = _now()
        done = [self.results.get(timeout=WAIT_S) for _job in jobs]
        failed = ["copy {}: {}".format(index, error or "sent {} edits, {} refused".format(pushed, rejected))
                  for index, _start, _end, pushed, rejected, error in done
                  if error or pushed != COPY_EDITS or rejected]
        if failed:
            raise RuntimeError("syncs at the same moment failed: {}".format("; ".join(failed)))
        return (max(end for _index, _start, end, *_rest in done) - released,
                [end - start for _index, start, end, *_rest in done])

    def close(self):
        for queue in self.jobs:
            queue.put(None)
        for process in self.processes:
            process.join(WAIT_S)
            if process.is_alive():
                process.terminate()


def _set_ward_code(path, code):
    from mymap_plugin.sync.database import connect, transaction
    from mymap_plugin.ward_map import schema
    connection = connect(path)
    try:
        with transaction(connection):
            connection.execute("UPDATE {} SET value = ? WHERE key = 'ward_code'".format(schema.SETTINGS_TABLE),
                               (code,))
            connection.execute("UPDATE {} SET value = ? WHERE key = 'ward_name'".format(schema.SETTINGS_TABLE),
                               ("Phường {}".format(code),))
    finally:
        connection.close()


def _geopackage_count(path):
    from mymap_plugin.sync.database import connect
    connection = connect(path, read_only=True)
    try:
        return sum(connection.execute("SELECT count(*) FROM {} WHERE notes LIKE ?".format(table),
                                      (CONCURRENT_NOTE + "%",)).fetchone()[0] for table in ("trees", "housing"))
    finally:
        connection.close()


def _postgres_count(server, database, schema_names):
    from psycopg2 import sql
    return sum(_execute(server, database, sql.SQL("SELECT count(*) FROM {}.{} WHERE notes LIKE %s").format(
        sql.Identifier(name), sql.Identifier(table)), (CONCURRENT_NOTE + "%",))[0][0]
        for name in schema_names for table in ("trees", "housing"))


def _prepare_wards(server, folder, base, one_ward):
    """The shares (GeoPackage files) and their copies with their edits, and a PostgreSQL database
    holding the same wards (published from the shares once every copy was checked out) with copies of
    the copies, switched to it by a first sync. Returns a dict describing them."""
    from mymap_plugin.postgis.publish import publish_ward
    from mymap_plugin.sync.checkout import checkout
    from mymap_plugin.sync.sync_working_copy import sync
    folder.mkdir(parents=True, exist_ok=True)
    shares = []
    for index in range(1 if one_ward else COPIES):
        share = folder / "share-{:02d}.gpkg".format(index + 1)
        _copy(base, share)
        if not one_ward:                    # the city views need one ward code per ward
            _set_ward_code(share, "9{:04d}".format(index + 1))
        shares.append(share)
    copies = []
    for index in range(COPIES):
        share = shares[0 if one_ward else index]
        working = folder / "copy-{:02d}.gpkg".format(index + 1)
        checkout(share, working, "Copy{:02d}".format(index))
        copies.append([working, share])
    database = server.create_database("one_ward" if one_ward else "twenty_wards")
    schemas, addresses = [], {}
    for number, share in enumerate(shares, 1):
        source = folder / "published.gpkg"
        _copy(share, source)
        schemas.append("ward_{:02d}".format(number))
        addresses[share] = publish_ward(source, server.dsn(database), schema_name=schemas[-1])["address"]
        _remove(source)
    for index, (working, share) in enumerate(copies):
        postgres_working = folder / "pg-{}".format(working.name)
        _copy(working, postgres_working)
        sync(postgres_working, shared_path=addresses[share], backup=False)    # its first sync with PostgreSQL
        for path in (working, postgres_working):
            apply_edits(path, _copy_edits(index))
        copies[index] += [postgres_working, schemas[shares.index(share)]]
    return {"database": database, "shares": shares, "copies": copies, "schemas": schemas}


def measure_together(server, processes, folder, base, one_ward, repeats=CONCURRENT_REPEATS, warm_up=False):
    """{kind: [wall times], kind_each: [[each sync's time]]} of *repeats* rounds (after an untimed one
    with *warm_up*: a process's first sync pays for first calls, as it does once in a QGIS session)."""
    folder = Path(folder)
    wards = _prepare_wards(server, folder, base, one_ward)
    wanted = COPIES * COPY_EDITS
    found = {"geopackage": [], "postgres": [], "geopackage_each": [], "postgres_each": []}
    for number in range(repeats + bool(warm_up)):
        timed = number >= bool(warm_up)
        run_shares = {share: folder / ("run-" + share.name) for share in wards["shares"]}
        for share, run_share in run_shares.items():
            _copy(share, run_share)
        jobs = []
        for working, share, _postgres_working, _schema in wards["copies"]:
            run_working = folder / ("run-" + working.name)
            _copy(working, run_working)
            jobs.append((run_working, run_shares[share]))
        wall, each = processes.sync_together(jobs)
        counted = sum(_geopackage_count(run_share) for run_share in run_shares.values())
        if counted != wanted:
            raise RuntimeError("the shared GeoPackages hold {} of the {} edits".format(counted, wanted))
        if timed:
            found["geopackage"].append(wall)
            found["geopackage_each"].append(each)
        _remove(*run_shares.values(), *(working for working, _share in jobs))

        run_database = _clone(server, wards["database"], wards["database"] + "_run")
        jobs = []
        for _working, _share, postgres_working, schema_name in wards["copies"]:
            run_working = folder / ("run-" + postgres_working.name)
            _copy(postgres_working, run_working)
            jobs.append((run_working, _address(server, run_database, schema_name)))
        try:
            wall, each = processes.sync_together(jobs)
            counted = _postgres_count(server, run_database, wards["schemas"])
            if counted != wanted:
                raise RuntimeError("PostgreSQL holds {} of the {} edits".format(counted, wanted))
        finally:
            _remove(*(working for working, _address_ in jobs))
            server.drop_database(run_database)
        if timed:
            found["postgres"].append(wall)
            found["postgres_each"].append(each)
    server.drop_database(wards["database"])
    shutil.rmtree(str(folder), ignore_errors=True)
    return found


# ------------------------------------------------------------------------------------------- run
def _together_rows(found, case, size):
    postgres, geopackage = statistics.median(found["postgres"]), statistics.median(found["geopackage"])
    what = "{} copies × {} edits at once, {} of {}".format(COPIES, COPY_EDITS, case, label(size))
    return [
        ("{}: PostgreSQL, all done".format(what), postgres, "s", ""),
        ("{}: PostgreSQL syncs per second".format(what), COPIES / postgres, "syncs/s", ""),
        ("{}: GeoPackage, all done".format(what), geopackage, "s", ""),
        ("{}: PostgreSQL / GeoPackage time".format(what), postgres / geopackage, "×", "ratio"),
    ]


def run():
    rows = []
    details = {}
    root = os.environ.get("MYMAP_BENCH_PG_DIR") or os.environ.get("MYMAP_BENCH_SYNC_DIR") or None
    server = start_server()
    try:
        details["server"] = _settings(server)
        with tempfile.TemporaryDirectory(prefix="mymap-bench-pg-", dir=root) as folder:
            for count in sizes():
                name = label(count)
                details["load average before " + name] = os.getloadavg()
                found = measure_size(server, Path(folder) / name, count)
                details[name] = found
                rows += [
                    ("publish to PostgreSQL: {0} trees + {0} houses (setup)".format(name), found["publish"], "s", ""),
                ]
                if "checkout_postgres" in found:
                    rows.append(("checkout from PostgreSQL, {} (setup)".format(name), found["checkout_postgres"],
                                 "s", ""))
                rows += [
                    ("GeoPackage sync 1k local + 1k remote edits, {}".format(name), found["sync_geopackage"], "s", ""),
                    ("PostgreSQL sync 1k local + 1k remote edits, {}".format(name), found["sync_postgres"], "s", ""),
                    ("PostgreSQL / GeoPackage sync time, {}".format(name),
                     found["sync_postgres"] / found["sync_geopackage"], "×", "ratio"),
                ]
            base = Path(folder) / "concurrent-base.gpkg"
            size = concurrent_ward_size()
            if size:
                build_ward(base, size)
                processes = SyncProcesses(COPIES)
                try:
                    for one_ward, case in ((True, "one ward"), (False, "{} wards".format(COPIES))):
                        details["load average before " + case] = os.getloadavg()
                        found = measure_together(server, processes, Path(folder) / case.replace(" ", "-"), base,
                                                 one_ward, warm_up=one_ward)
                        details["{} copies, {}".format(COPIES, case)] = found
                        rows += _together_rows(found, case, size)
                finally:
                    processes.close()
    finally:
        server.stop()
    if os.environ.get("MYMAP_BENCH_PG_DETAILS"):
        Path(os.environ["MYMAP_BENCH_PG_DETAILS"]).write_text(json.dumps(details, indent=1), encoding="utf-8")
    return rows
