"""Sensor-readings import benchmark: `mymap:import_sensor_readings` of one year of 15-minute readings
for 50 sensors (50 × 35,040 = 1,752,000 rows of raw distances in mm) from one CSV into an empty ward,
beside a plain-Python floor in the same run: the same CSV read with the csv module, each row's station,
time and value inserted as they are with sqlite3 ``executemany`` (INSERT OR IGNORE, 64 MB page cache
like MyMap's connections) into a plain 8-column table with a unique (station, time) index, in one
transaction — the least any importer written in Python does. Rows per second and peak memory.

Single run of each (one import takes a while, and a re-run would need a fresh ward anyway). Each import
runs in a fresh Python process, so its peak memory is that import's own: the peak RSS is the process's
VmHWM (``ru_maxrss`` is not used: on Linux a child started with vfork/exec inherits the parent's high-water
mark, here the 200 MB of the QGIS process running the benchmarks). The MyMap process starts QGIS
headless first; its RSS just before the import is reported too, so the import's own increase is visible.
Also timed: the same file imported a second time into the same ward (idempotent: every row "already
stored"). Every count is checked (rows read, stored, rejected; rows and sensors in the ward).

Set-up (not timed): an empty ward map (``create_ward_map``) and 50 ultrasonic sensors imported with
``mymap:import_assets`` from a CSV of points (road 2.6 m, sensor 5.1 m: a dry street reads 2,500 mm),
then the readings CSV (~80 MB), written into a temporary folder. A few storms a month per sensor
raise the water smoothly up to 60 cm; the rest of the year is dry with a few mm of noise.

MYMAP_BENCH_SENSOR_DAYS=<n> imports n days instead of 365 (a quicker run; the measure names say so);
MYMAP_BENCH_SENSOR_DIR=<folder> puts the temporary files there (about 0.6 GB).
"""
import datetime
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STATIONS = 50
DEFAULT_DAYS = 365
STEP_S = 15 * 60
START = datetime.datetime(2025, 1, 1, tzinfo=datetime.timezone.utc)
SEED = 33
DRY_MM = 2500                      # sensor 5.1 m − road 2.6 m
NOISE = tuple(range(-3, 4))        # ± a few mm on a dry street (depth clamps to 0 below the road)
STORMS_PER_30_DAYS = 3
TIMEOUT_S = 4 * 3600
PLUGINS = Path(__file__).resolve().parent.parent / "build" / "plugins"

SENSOR_FIELD_MAP = {"station_name": '"station_name"', "road_surface_elev_m": '"road_surface_elev_m"',
                    "sensor_elev_m": '"sensor_elev_m"', "interval_normal_s": "900", "threshold_1_cm": "10",
                    "threshold_2_cm": "30", "threshold_3_cm": "50", "sensor_type": "'sieu_am'"}


def days():
    text = os.environ.get("MYMAP_BENCH_SENSOR_DAYS", "").strip()
    return int(text) if text else DEFAULT_DAYS


def _station_names():
    return ["MH-CB{:02d}".format(number) for number in range(1, STATIONS + 1)]


# ------------------------------------------------------------------------------------ set-up
def write_stations_csv(path):
    """50 points on a 10 × 5 grid about 200 m apart, inside lon 106.04–106.06, lat 20.93–20.95."""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("lon,lat,station_name,road_surface_elev_m,sensor_elev_m\n")
        for index, name in enumerate(_station_names()):
            lon = 106.041 + (index % 10) * 0.002
            lat = 20.932 + (index // 10) * 0.004
            handle.write("{:.6f},{:.6f},{},2.6,5.1\n".format(lon, lat, name))


def build_ward(path, folder):
    """An empty ward map with the 50 sensors; returns how many sensors it holds."""
    from mymap_plugin.data_exchange.import_assets import import_assets
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    create_ward_map(path, "Phường Mỹ Hào", "12103", "33")
    stations = Path(folder) / "stations.csv"
    write_stations_csv(stations)
    result = import_assets(path, stations, "sensors", json.dumps(SENSOR_FIELD_MAP), crs="EPSG:4326")
    if result.imported != STATIONS:
        raise RuntimeError("the ward got {} of {} sensors: {}".format(
            result.imported, STATIONS, sorted({row.reason for row in result.rejected})))
    return result.imported


def _distances(rng, steps):
    """One sensor's raw distances (mm) for *steps* readings: dry with noise, and storms."""
    noise = [DRY_MM + rng.choice(NOISE) for _ in range(97)]
    values = [noise[index % 97] for index in range(steps)]
    storms = max(1, steps * STORMS_PER_30_DAYS // (30 * 96))
    for _ in range(storms):
        start = rng.randrange(steps)
        rise = rng.randint(4, 16)          # 1–4 hours to the peak
        fall = rng.randint(8, 48)          # 2–12 hours to drain
        peak_cm = rng.uniform(5.0, 60.0)
        for offset in range(rise + fall):
            if start + offset >= steps:
                break
            share = offset / rise if offset < rise else 1.0 - (offset - rise) / fall
            values[start + offset] = DRY_MM - round(peak_cm * share * 10)
    return values


def write_readings_csv(path, day_count):
    """station,time,value,unit,parameter — every sensor's readings at each 15-minute step, the
    sensors interleaved as a fleet's export would list them. Returns the number of rows."""
    steps = day_count * 86400 // STEP_S
    times = [(START + datetime.timedelta(seconds=STEP_S * index)).strftime("%Y-%m-%dT%H:%M:%SZ")
             for index in range(steps)]
    rng = random.Random(SEED)
    names = _station_names()
    series = [_distances(rng, steps) for _ in names]
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write("station,time,value,unit,parameter\n")
        block = []
        for index, moment in enumerate(times):
            tail = "," + moment + ","
            block.extend(name + tail + str(values[index]) + ",mm,distance\n" for name, values in zip(names, series))
            if len(block) >= 100_000:
                handle.write("".join(block))
                block.clear()
        handle.write("".join(block))
    return steps * len(names)


# ------------------------------------------------------------------------------------ measured runs
_MYMAP_SCRIPT = r"""
import datetime, json, os, sys, time
plugins, ward, source = sys.argv[1:4]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
sys.path.insert(0, plugins)
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from mymap_plugin.sensors.import_readings import import_sensor_readings

def memory_mb(key):
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith(key + ":")) / 1024

before_rss, before_peak = memory_mb("VmRSS"), memory_mb("VmHWM")
started = time.perf_counter()
report = import_sensor_readings(ward, source, "csv", now=datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc))
seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "read": report.read, "stored": report.stored,
                  "already_stored": report.already_stored, "flagged": report.flagged,
                  "rejected": len(report.rejected), "reasons": sorted({r.reason for r in report.rejected})[:3],
                  "sensors_updated": report.sensors_updated, "rss_before_mb": before_rss,
                  "peak_before_mb": before_peak, "peak_mb": memory_mb("VmHWM")}))
app.exitQgis()
"""

_BASELINE_SCRIPT = r"""
import csv, json, operator, sqlite3, sys, time
database, source = sys.argv[1:3]

def memory_mb(key):
    with open("/proc/self/status") as handle:
        return next(int(line.split()[1]) for line in handle if line.startswith(key + ":")) / 1024

before_rss, before_peak = memory_mb("VmRSS"), memory_mb("VmHWM")
connection = sqlite3.connect(database, isolation_level=None)
connection.execute("PRAGMA cache_size = -65536")        # as MyMap's connections
connection.execute("CREATE TABLE readings (fid INTEGER PRIMARY KEY, uuid TEXT, station TEXT NOT NULL, "
                   "time TEXT NOT NULL, depth REAL, raw_distance INTEGER, battery REAL, flag TEXT, alert INTEGER)")
connection.execute("CREATE UNIQUE INDEX readings_station_time ON readings (station, time)")
started = time.perf_counter()
with open(source, encoding="utf-8", newline="") as handle:
    reader = csv.reader(handle)
    next(reader)
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT OR IGNORE INTO readings (uuid, station, time, depth, raw_distance, battery, flag, alert) "
        "VALUES (NULL, ?, ?, NULL, ?, NULL, 'ok', NULL)", map(operator.itemgetter(0, 1, 2), reader))
    connection.execute("COMMIT")
seconds = time.perf_counter() - started
stored = connection.execute("SELECT count(*) FROM readings").fetchone()[0]
connection.close()
print(json.dumps({"seconds": seconds, "stored": stored, "rss_before_mb": before_rss, "peak_before_mb": before_peak,
                  "peak_mb": memory_mb("VmHWM")}))
"""


def _run_script(script, *arguments):
    done = subprocess.run([sys.executable, "-c", script] + [str(a) for a in arguments], capture_output=True,
                          text=True, timeout=TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError("the measured import failed (exit status {}): {} {}".format(
            done.returncode, done.stdout.strip()[-500:], done.stderr.strip()[-2000:]))
    return json.loads(done.stdout.strip().splitlines()[-1])


def _stored_readings(ward):
    connection = sqlite3.connect(Path(ward).resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*), count(DISTINCT station_uuid) FROM sensor_readings").fetchone()
    finally:
        connection.close()


def _check(found, total, what):
    if found["stored"] != total:
        raise RuntimeError("{}: stored {} of {} readings (read {}, rejected {}: {})".format(
            what, found["stored"], total, found.get("read"), found.get("rejected"), found.get("reasons")))


def measure(folder, day_count):
    """(rows, MyMap import, MyMap re-import, floor): what each measured process printed, checked."""
    folder = Path(folder)
    master = folder / "ward.gpkg"
    build_ward(master, folder)
    source = folder / "readings.csv"
    total = write_readings_csv(source, day_count)

    ward = folder / "run.gpkg"
    shutil.copyfile(str(master), str(ward))
    mymap = _run_script(_MYMAP_SCRIPT, PLUGINS, ward, source)
    _check(mymap, total, "MyMap import")
    if mymap["read"] != total or mymap["rejected"]:
        raise RuntimeError("MyMap import read {} of {} rows, rejected {}: {}".format(
            mymap["read"], total, mymap["rejected"], mymap["reasons"]))
    if tuple(_stored_readings(ward)) != (total, STATIONS):
        raise RuntimeError("the ward holds (readings, stations) {}, not {}".format(
            tuple(_stored_readings(ward)), (total, STATIONS)))

    again = _run_script(_MYMAP_SCRIPT, PLUGINS, ward, source)
    if (again["stored"], again["already_stored"]) != (0, total) or _stored_readings(ward)[0] != total:
        raise RuntimeError("the re-import stored {} new and {} already stored, not 0 and {}".format(
            again["stored"], again["already_stored"], total))
    ward.unlink()

    plain = folder / "baseline.sqlite"
    baseline = _run_script(_BASELINE_SCRIPT, plain, source)
    _check(baseline, total, "csv + sqlite3 baseline")
    plain.unlink()
    return total, mymap, again, baseline


def run():
    day_count = days()
    size = "{:,} readings ({} sensors × {} days, 15 min)".format(STATIONS * day_count * 86400 // STEP_S, STATIONS,
                                                                  day_count)
    with tempfile.TemporaryDirectory(prefix="mymap-bench-sensors-",
                                     dir=os.environ.get("MYMAP_BENCH_SENSOR_DIR") or None) as folder:
        started = time.perf_counter()
        total, mymap, again, baseline = measure(folder, day_count)
        wall = time.perf_counter() - started
    return [
        ("import {}, MyMap, single run".format(size), total / mymap["seconds"], "rows/s", ""),
        ("same CSV, csv + sqlite3 executemany floor, single run", total / baseline["seconds"], "rows/s", ""),
        ("MyMap / floor, import time", mymap["seconds"] / baseline["seconds"], "×", "ratio"),
        ("MyMap import time", mymap["seconds"], "s", ""),
        ("peak RSS, MyMap import process", mymap["peak_mb"], "MB", ""),
        ("RSS just before the import (QGIS started)", mymap["rss_before_mb"], "MB", ""),
        ("peak RSS increase during the import, MyMap", mymap["peak_mb"] - mymap["rss_before_mb"], "MB", ""),
        ("peak RSS, floor process", baseline["peak_mb"], "MB", ""),
        ("re-import of the same file (all already stored), single run", again["seconds"], "s", ""),
        ("whole benchmark (set-up + the three runs)", wall, "s", ""),
    ]
