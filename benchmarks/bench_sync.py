"""Sync benchmarks: `mymap:sync` of 1,000 local + 1,000 remote feature edits on wards of 10k, 100k
and 1M trees and 10k, 100k and 1M houses (N features in each of the two layers), beside pygeodiff's
diff + rebase of the same edits in the same run (ratio measured in the same run), and the backup of
the working copy that sync takes before it starts (O(file size) by design, timed on its own).

Set MYMAP_BENCH_SYNC_SIZES=10000,100000 for a quicker run (default: 10000,100000,1000000);
MYMAP_BENCH_SYNC_DETAILS=<file.json> also writes every run's times (pygeodiff's steps apart);
MYMAP_BENCH_SYNC_DIR=<folder> puts the temporary files there (about 5 GB at 1M).

The ward is an empty ward map bulk-loaded with plain SQL before it is shared (the capture triggers
are installed at the first checkout, so the load is not logged). Edits are plain SQL too, so the
capture triggers log them as they log QGIS edits. Asset codes have a 6-digit serial (at most 999,999
per layer, and each checkout reserves 5,000 more), so at 1M the rows past 900,000 carry codes in an
imported, non-MyMap form. Per size:
- remote: editor B updates 500 trees (height_m, notes) and 500 houses (height_m, notes), syncs;
- local: editor A updates 500 trees (dbh_cm, condition) and 500 houses (floors_above, plate_status),
  half of them features B also edited (different fields: they merge), 10 of those with a different
  note (the same field: a conflict each), 50 trees also moved 0.5 m (geometry is a field);
- timed: ``sync(A, backup=False)`` — seal, push under the lock, merge, pull, in process — median of 5,
  each on fresh file copies (flushed to disk) of the same starting state, the merge checked after the
  first; the backup sync takes first (``backup_working_copy``) is timed apart;
- pygeodiff (in a subprocess: its wheel bundles its own SQLite, which must never open a file this
  process holds): base = the ward before edits, theirs = base + the remote edits, mine = base + the
  local edits; timed inside the subprocess: create_changeset(base, theirs) + create_changeset(base,
  mine) + create_rebased_changeset_ex (mine rebased on theirs), median of 3.
"""
import contextlib
import json
import os
import random
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from pathlib import Path

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
REPEATS = 3               # pygeodiff and the backup
SYNC_REPEATS = 5          # the sync is short and this machine is shared: median of 5
LOCAL_EDITS = REMOTE_EDITS = 1000
OVERLAP = 500             # features both sides edit (250 trees, 250 houses), different fields
CLASHES = 10              # overlapping features where both sides change `notes`
MOVED = 50                # local edits that also move the tree
SEED = 12103
SPACING_M = 4.0
# Rows past this many carry codes in an imported, non-MyMap form (see above).
MYMAP_CODES_AT_MOST = 900_000
WARD_CODE = "12103"


def sizes():
    text = os.environ.get("MYMAP_BENCH_SYNC_SIZES", "").strip()
    if not text:
        return DEFAULT_SIZES
    return tuple(int(part.replace("_", "")) for part in text.split(",") if part.strip())


def _label(count):
    return "{}M".format(count // 1_000_000) if count % 1_000_000 == 0 else (
        "{}k".format(count // 1000) if count % 1000 == 0 else str(count))


# ------------------------------------------------------------------------------------ building
def _srs_id(connection, table):
    return connection.execute("SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?",
                              (table,)).fetchone()[0]


def _point_blob(srs_id, x, y):
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + struct.pack("<BIdd", 1, 1, x, y)


def _rectangle_blob(srs_id, x0, y0, x1, y1):
    ring = (x0, y0, x1, y0, x1, y1, x0, y1, x0, y0)
    wkb = struct.pack("<BII", 1, 6, 1) + struct.pack("<BIII10d", 1, 3, 1, 5, *ring)
    return b"GP\x00\x03" + struct.pack("<i4d", srs_id, x0, x1, y0, y1) + wkb


def _code(layer_name, serial):
    from mymap_plugin.ward_map import asset_codes
    if serial <= MYMAP_CODES_AT_MOST:
        return asset_codes.make_asset_code(layer_name, serial)
    return "{}L{:07d}".format(asset_codes.PREFIXES[layer_name], serial)


TREE_COLUMNS = ("geom", "uuid", "asset_code", "qr_status", "ward_code", "residential_group_id", "status",
                "survey_date", "surveyor", "position_source", "position_accuracy_m", "created_at", "created_by",
                "updated_at", "updated_by", "species_id", "height_m", "dbh_cm", "canopy_diameter_m",
                "planting_year", "location_type", "condition", "risk_level", "is_heritage", "conservation",
                "last_inspection_date", "manager_unit")
HOUSE_COLUMNS = ("geom", "uuid", "asset_code", "qr_status", "ward_code", "residential_group_id", "status",
                 "survey_date", "surveyor", "position_source", "position_accuracy_m", "created_at", "created_by",
                 "updated_at", "updated_by", "house_number", "street_name", "full_address", "plate_status",
                 "building_type", "structure_class", "floors_above", "floors_below", "height_m",
                 "footprint_area_m2", "use_type", "ownership_type", "year_built", "household_count",
                 "resident_count", "flood_prone")
STREETS = ("Phố Bạch Đằng", "Phố Nguyễn Trãi", "Phố Lê Lợi", "Phố Trần Hưng Đạo", "Phố Hai Bà Trưng",
           "Phố Lý Thường Kiệt", "Phố Quang Trung", "Phố Phạm Ngũ Lão")
CONDITIONS = ("tot", "tot", "tot", "trung_binh", "trung_binh", "kem", "sau_benh", "nghieng")


def _tree_rows(count, srs_id, rng):
    from mymap_plugin.ward_map.demo_ward import ORIGIN_E, ORIGIN_N
    side = int(count ** 0.5) + 1
    for index in range(count):
        x = ORIGIN_E + (index % side) * SPACING_M + rng.random()
        y = ORIGIN_N + (index // side) * SPACING_M + rng.random()
        planting = 1985 + index % 39
        yield (_point_blob(srs_id, x, y), str(uuid_module.UUID(int=rng.getrandbits(128), version=4)),
               _code("trees", index + 1), "da_gan" if index % 5 else "chua_gan", WARD_CODE,
               "{}-{:03d}".format(WARD_CODE, index % 20 + 1), "hien_huu", "2025-09-15",
               "CB{:02d}".format(index % 6 + 1), "rtk", 0.05, "2025-09-15T08:00:00.000Z", "bench",
               "2025-09-15T08:00:00.000Z", "bench", index % 20 + 1, round(2.0 + (2025 - planting) * 0.3, 1),
               float(3 + (2025 - planting)), round(1.0 + (2025 - planting) * 0.15, 1), planting, "via_he",
               CONDITIONS[index % len(CONDITIONS)], "thap", 0, "khong",
               "2025-0{}-{:02d}".format(3 + index % 6, 1 + index % 28), "Công ty Môi trường đô thị")


def _house_rows(count, srs_id, rng):
    from mymap_plugin.ward_map.demo_ward import ORIGIN_E, ORIGIN_N
    side = int(count ** 0.5) + 1
    for index in range(count):
        x0 = ORIGIN_E + (index % side) * 8.0 + 0.5
        y0 = ORIGIN_N + (index // side) * 16.0 + 1.0
        floors = 1 + index % 6
        number = str(1 + index % 400)
        street = STREETS[index % len(STREETS)]
        yield (_rectangle_blob(srs_id, x0, y0, x0 + 6.0, y0 + 12.0),
               str(uuid_module.UUID(int=rng.getrandbits(128), version=4)), _code("housing", index + 1),
               "da_gan" if index % 5 else "chua_gan", WARD_CODE, "{}-{:03d}".format(WARD_CODE, index % 20 + 1),
               "hien_huu", "2025-09-15", "CB{:02d}".format(index % 6 + 1), "rtk", 0.05, "2025-09-15T08:00:00.000Z",
               "bench", "2025-09-15T08:00:00.000Z", "bench", number, street,
               "Số {}, {}, Phường Mỹ Hào".format(number, street), "co_bien",
               "nha_lien_ke" if floors >= 2 else "nha_rieng_le", "kien_co", floors, 0, round(floors * 3.4 + 0.6, 1),
               72.0, "o", "ca_nhan", 1975 + index % 50, 1 + index % 2, 2 + index % 5, 0)


def build_ward(path, count):
    """An empty ward map with *count* trees and *count* houses, loaded in one transaction.

    GDAL's spatial-index and feature-count triggers are set aside during the load (their Python
    ST_ callbacks would make it several times slower) and put back verbatim; the R-tree and the
    feature counts are filled in bulk instead."""
    from mymap_plugin.sync.database import connect, transaction
    from mymap_plugin.ward_map import schema
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    create_ward_map(path, "Phường Mỹ Hào", WARD_CODE, "33", demo=False, language="vi")
    rng = random.Random(SEED)
    connection = connect(path)
    try:
        connection.execute("PRAGMA cache_size = -262144")
        with transaction(connection):
            for table, columns, rows in (("trees", TREE_COLUMNS, _tree_rows),
                                         ("housing", HOUSE_COLUMNS, _house_rows)):
                triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                                              "tbl_name = ?", (table,)).fetchall()
                for name, _sql in triggers:
                    connection.execute('DROP TRIGGER "{}"'.format(name))
                envelopes = []
                connection.executemany("INSERT INTO {} ({}) VALUES ({})".format(
                    table, ", ".join(columns), ", ".join("?" for _ in columns)),
                    _keeping_envelopes(rows(count, _srs_id(connection, table), rng), envelopes))
                first = connection.execute("SELECT min(fid) FROM {}".format(table)).fetchone()[0]
                connection.executemany('INSERT INTO "rtree_{}_geom" VALUES (?, ?, ?, ?, ?)'.format(table),
                                       ((first + offset,) + envelope for offset, envelope in enumerate(envelopes)))
                connection.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE table_name = ?",
                                   (count, table))
                for _name, sql in triggers:
                    connection.execute(sql)
                connection.execute("UPDATE {} SET last_serial = ? WHERE layer_name = ?".format(
                    schema.CODE_SEQUENCE_TABLE), (min(count, MYMAP_CODES_AT_MOST), table))
    finally:
        connection.close()


def _keeping_envelopes(rows, envelopes):
    for row in rows:
        envelopes.append(_blob_envelope(row[0]))
        yield row


def _blob_envelope(blob):
    """(minx, maxx, miny, maxy) of the blobs made above (a point, or a polygon with its envelope)."""
    if blob[3] == 1:
        x, y = struct.unpack_from("<dd", blob, 13)
        return (x, x, y, y)
    return struct.unpack_from("<4d", blob, 8)


# --------------------------------------------------------------------------------------- edits
def choose_edits(count):
    """(remote, local) lists of (sql, parameters) — the same statements for MyMap's working copies
    and pygeodiff's copies. Features are chosen by fid (a fresh load numbers them 1..count)."""
    rng = random.Random(SEED + count)
    remote, local = [], []
    per_layer = REMOTE_EDITS // 2
    overlap = OVERLAP // 2
    for table, theirs_set, mine_set in (
            ("trees", "height_m = height_m + 0.5, notes = 'Đo lại chiều cao (B)'",
             "dbh_cm = dbh_cm + 1, condition = 'rong_muc'"),
            ("housing", "height_m = height_m + 0.5, notes = 'Đo lại chiều cao (B)'",
             "floors_above = floors_above + 1, plate_status = 'bien_hong'")):
        fids = rng.sample(range(1, count + 1), per_layer * 2 - overlap)
        theirs_fids, mine_fids = fids[:per_layer], fids[per_layer - overlap:]
        for fid in theirs_fids:
            remote.append(("UPDATE {} SET {} WHERE fid = ?".format(table, theirs_set), (fid,)))
        for number, fid in enumerate(mine_fids):
            changes = mine_set
            if number < CLASHES // 2:                     # B changed these notes too: a conflict each
                changes += ", notes = 'Ghi chú của A'"
            local.append(("UPDATE {} SET {} WHERE fid = ?".format(table, changes), (fid,)))
            if table == "trees" and number >= overlap and number < overlap + MOVED:
                local.append(("MOVE", (fid,)))
    return remote, local


def apply_edits(path, statements):
    """Run *statements* in one transaction (the capture triggers of a working copy log them)."""
    from mymap_plugin.sync.database import connect, transaction
    connection = connect(path)
    try:
        with transaction(connection):
            for sql, parameters in statements:
                if sql == "MOVE":           # the tree moves 0.5 m east
                    (blob,) = connection.execute("SELECT geom FROM trees WHERE fid = ?", parameters).fetchone()
                    srs_id, x, y = struct.unpack_from("<i", blob, 4)[0], *struct.unpack_from("<dd", blob, 13)
                    connection.execute("UPDATE trees SET geom = ? WHERE fid = ?",
                                       (_point_blob(srs_id, x + 0.5, y),) + tuple(parameters))
                else:
                    connection.execute(sql, parameters)
    finally:
        connection.close()


# ------------------------------------------------------------------------------------ pygeodiff
_PYGEODIFF_SCRIPT = r"""
import json, os, shutil, statistics, sys, time
import pygeodiff
base, theirs, mine, work, repeats = sys.argv[1:6]
geodiff = pygeodiff.GeoDiff()
times = {"diff_theirs": [], "diff_mine": [], "rebase": [], "apply": []}
for _ in range(int(repeats)):
    paths = {name: os.path.join(work, name) for name in ("theirs.diff", "mine.diff", "rebased.diff",
                                                          "conflicts.json", "merged.gpkg")}
    for path in paths.values():
        if os.path.exists(path):
            os.unlink(path)
    started = time.perf_counter()
    geodiff.create_changeset(base, theirs, paths["theirs.diff"])
    diffed_theirs = time.perf_counter()
    geodiff.create_changeset(base, mine, paths["mine.diff"])
    diffed_mine = time.perf_counter()
    geodiff.create_rebased_changeset_ex("sqlite", "", base, paths["mine.diff"], paths["theirs.diff"],
                                        paths["rebased.diff"], paths["conflicts.json"])
    rebased = time.perf_counter()
    shutil.copyfile(theirs, paths["merged.gpkg"])
    descriptor = os.open(paths["merged.gpkg"], os.O_RDONLY)
    os.fsync(descriptor)
    os.close(descriptor)
    applying = time.perf_counter()
    geodiff.apply_changeset(paths["merged.gpkg"], paths["rebased.diff"])
    applied = time.perf_counter()
    times["diff_theirs"].append(diffed_theirs - started)
    times["diff_mine"].append(diffed_mine - diffed_theirs)
    times["rebase"].append(rebased - diffed_mine)
    times["apply"].append(applied - applying)
    totals = times.setdefault("total", [])
    totals.append(rebased - started)
conflicts = 0
if os.path.exists(paths["conflicts.json"]):
    with open(paths["conflicts.json"], encoding="utf-8") as handle:
        conflicts = len(json.load(handle).get("geodiff", []))
    if os.environ.get("MYMAP_BENCH_KEEP_CONFLICTS"):
        shutil.copyfile(paths["conflicts.json"], os.environ["MYMAP_BENCH_KEEP_CONFLICTS"])
result = {name: statistics.median(values) for name, values in times.items()}
result["changes_theirs"] = geodiff.changes_count(paths["theirs.diff"])
result["changes_mine"] = geodiff.changes_count(paths["mine.diff"])
result["changes_rebased"] = geodiff.changes_count(paths["rebased.diff"])
result["conflict_features"] = conflicts
for path in paths.values():
    if os.path.exists(path):
        os.unlink(path)
print(json.dumps(result))
"""


def pygeodiff_times(base, theirs, mine, work, repeats=REPEATS):
    """pygeodiff's medians, timed inside a separate Python (its own SQLite never meets ours)."""
    done = subprocess.run([sys.executable, "-c", _PYGEODIFF_SCRIPT, str(base), str(theirs), str(mine), str(work),
                           str(repeats)], capture_output=True, text=True, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError("pygeodiff failed: {}".format(done.stderr.strip()[-2000:]))
    return json.loads(done.stdout.strip().splitlines()[-1])


# ------------------------------------------------------------------------------------ one size
def _timed(function):
    started = time.perf_counter()
    result = function()
    return time.perf_counter() - started, result


def _copy(source, target):
    """A file copy flushed to disk, so that the first fsync of a timed sync does not pay for writing
    back the whole copy (a working copy in real use is not a file written a second ago)."""
    shutil.copyfile(str(source), str(target))
    descriptor = os.open(str(target), os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _remove(*paths):
    for path in paths:
        for candidate in (Path(path), Path(str(path) + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                candidate.unlink()


def _check_merged(shared, working):
    """Both copies hold both sides' fields on the features both edited (theirs wins the clashes)."""
    from mymap_plugin.sync.database import connect
    wanted = {"trees": OVERLAP // 2, "housing": OVERLAP // 2}
    for path in (shared, working):
        connection = connect(path, read_only=True)
        try:
            merged = {table: connection.execute(
                "SELECT count(*) FROM {} WHERE {} AND notes = 'Đo lại chiều cao (B)'".format(table, mine),
                ).fetchone()[0] for table, mine in (("trees", "condition = 'rong_muc'"),
                                                    ("housing", "plate_status = 'bien_hong'"))}
        finally:
            connection.close()
        if merged != wanted:
            raise RuntimeError("the merge in {} is not what it should be: {}".format(path, merged))


def measure_size(folder, count, repeats=REPEATS, sync_repeats=SYNC_REPEATS):
    """{name: value} for one ward size; every file lives in *folder* and is removed on the way."""
    from mymap_plugin.sync.checkout import checkout
    from mymap_plugin.sync.database import connect
    from mymap_plugin.sync.sync_working_copy import backup_path, backup_working_copy, sync

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    found = {}
    base = folder / "base.gpkg"
    found["build"], _ = _timed(lambda: build_ward(base, count))
    remote, local = choose_edits(count)

    # pygeodiff first, on copies of the ward before it is shared.
    theirs, mine = folder / "theirs.gpkg", folder / "mine.gpkg"
    _copy(base, theirs)
    _copy(base, mine)
    apply_edits(theirs, remote)
    apply_edits(mine, local)
    found["pygeodiff"] = pygeodiff_times(base, theirs, mine, folder, repeats)
    _remove(theirs, mine)

    # MyMap: share the ward, check out A and B, B's edits reach the shared map, A edits.
    shared = folder / "shared.gpkg"
    os.replace(str(base), str(shared))
    found["checkout_first"], _ = _timed(lambda: checkout(shared, folder / "a.gpkg", "An"))
    found["checkout"], _ = _timed(lambda: checkout(shared, folder / "b.gpkg", "Binh"))
    apply_edits(folder / "b.gpkg", remote)
    report = sync(folder / "b.gpkg", backup=False)
    if report.pushed != len(remote):
        raise RuntimeError("B's sync sent {} of {} edits".format(report.pushed, len(remote)))
    _remove(folder / "b.gpkg")
    apply_edits(folder / "a.gpkg", local)

    syncs, backups = [], []
    for number in range(sync_repeats):
        run_shared, run_working = folder / "run-shared.gpkg", folder / "run-a.gpkg"
        _copy(shared, run_shared)
        _copy(folder / "a.gpkg", run_working)
        elapsed, report = _timed(lambda: sync(run_working, shared_path=run_shared, editor="An", backup=False))
        # Remote edits of features I edited too are merged into my changeset, not counted as pulled.
        if (report.pushed, report.pulled, report.conflicts) != (LOCAL_EDITS, REMOTE_EDITS - OVERLAP, CLASHES):
            raise RuntimeError("unexpected sync result at {}: pushed {}, pulled {}, conflicts {}".format(
                count, report.pushed, report.pulled, report.conflicts))
        syncs.append(elapsed)
        if not syncs[1:]:
            _check_merged(run_shared, run_working)
        if number < repeats:
            connection = connect(run_working)
            try:
                backups.append(_timed(lambda: backup_working_copy(connection, run_working))[0])
            finally:
                connection.close()
        _remove(run_shared, run_working, backup_path(run_working), Path(str(run_shared) + ".mymap-lock"))
    found["sync"] = statistics.median(syncs)
    found["sync_runs"] = syncs
    found["backup"] = statistics.median(backups)
    _remove(shared, folder / "a.gpkg")
    return found


def run():
    rows = []
    sync_times = {}
    details = {}
    root = os.environ.get("MYMAP_BENCH_SYNC_DIR") or None
    with tempfile.TemporaryDirectory(prefix="mymap-bench-sync-", dir=root) as folder:
        for count in sizes():
            label = _label(count)
            found = measure_size(Path(folder) / label, count)
            details[label] = found
            geodiff = found["pygeodiff"]
            sync_times[count] = found["sync"]
            rows += [
                ("build ward: {0} trees + {0} houses (setup)".format(label), found["build"], "s", ""),
                ("checkout of a working copy (setup), {}".format(label), found["checkout"], "s", ""),
                ("sync 1k local + 1k remote edits, {} features/layer".format(label), found["sync"], "s", ""),
                ("pygeodiff diff+rebase, same edits, {}".format(label), geodiff["total"], "s", ""),
                ("pygeodiff / MyMap, {}".format(label), geodiff["total"] / found["sync"], "×", "ratio"),
                ("pygeodiff apply of the rebased changeset, {}".format(label), geodiff["apply"], "s", ""),
                ("backup of the working copy (by design O(size)), {}".format(label), found["backup"], "s", ""),
            ]
    if os.environ.get("MYMAP_BENCH_SYNC_DETAILS"):
        Path(os.environ["MYMAP_BENCH_SYNC_DETAILS"]).write_text(json.dumps(details, indent=1), encoding="utf-8")
    if 10_000 in sync_times and 1_000_000 in sync_times:
        rows.append(("sync time 1M / 10k", sync_times[1_000_000] / sync_times[10_000], "×", "ratio"))
    elif len(sync_times) > 1:
        small, large = min(sync_times), max(sync_times)
        rows.append(("sync time {} / {}".format(_label(large), _label(small)),
                     sync_times[large] / sync_times[small], "×", "ratio"))
    return rows
