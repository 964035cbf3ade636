"""Sync benchmarks: `mymap:sync` of 1,000 local + 1,000 remote feature edits on wards of 10k, 100k
and 1M trees and 10k, 100k and 1M houses (N features in each of the two layers), beside pygeodiff's
diff + rebase of the same edits in the same run (ratio measured in the same run), and the backup of
the working copy that sync takes before it starts (O(file size) by design, timed on its own).

Set MYMAP_BENCH_SYNC_SIZES=10000,100000 for a quicker run (default: 10000,100000,1000000).

The ward is an empty ward map bulk-loaded with plain SQL before it is shared (the capture triggers
are installed at the first checkout, so the load is not logged). Edits are plain SQL too, so the
capture triggers log them as they log QGIS edits. Per size:
- remote: editor B updates 500 trees (height_m, notes) and 500 houses (height_m, notes), syncs;
- local: editor A updates 500 trees (dbh_cm, condition) and 500 houses (floors_above, plate_status),
  half of them features B also edited (different fields: they merge), 10 of those with a different
  note (the same field: a conflict each), 50 trees also moved 0.5 m (geometry is a field);
- timed: ``sync(A, backup=False)`` — seal, push under the lock, merge, pull, in process — median of 3,
  each on fresh file copies of the same starting state;
- pygeodiff (in a subprocess: its wheel bundles its own SQLite, which must never open a file this
  process holds): base = the ward before edits, theirs = base + the remote edits, mine = base + the
  local edits; timed inside the subprocess: create_changeset(base, theirs) + create_changeset(base,
  mine) + create_rebased_changeset_ex (mine rebased on theirs), median of 3.
"""
import json
import os
import random
import shutil
import sqlite3
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import uuid as uuid_module
from pathlib import Path

DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
REPEATS = 3
LOCAL_EDITS = REMOTE_EDITS = 1000
CLASHES = 10              # overlapping features where both sides change `notes`
MOVED = 50                # local edits that also move the tree
SEED = 12103
SPACING_M = 4.0
# Asset codes have a 6-digit serial (at most 999,999 per layer) and every checkout reserves a block
# of 5,000 more: rows beyond this many carry codes in an imported, non-MyMap form.
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
               "CB{:02d}".format(index % 6 + 1), "rtk", 0.05, "2025-09-15T08:00:00Z", "bench",
               "2025-09-15T08:00:00Z", "bench", index % 20 + 1, round(2.0 + (2025 - planting) * 0.3, 1),
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
               "hien_huu", "2025-09-15", "CB{:02d}".format(index % 6 + 1), "rtk", 0.05, "2025-09-15T08:00:00Z",
               "bench", "2025-09-15T08:00:00Z", "bench", number, street,
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

                def keep_envelope(row_iter):
                    for row in row_iter:
                        envelopes.append(_blob_envelope(row[0]))
                        yield row
                connection.executemany("INSERT INTO {} ({}) VALUES ({})".format(
                    table, ", ".join(columns), ", ".join("?" for _ in columns)),
                    keep_envelope(rows(count, _srs_id(connection, table), rng)))
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


def _blob_envelope(blob):
    """(minx, maxx, miny, maxy) of the blobs made above (a point, or a polygon with its envelope)."""
    if blob[3] == 1:
        x, y = struct.unpack_from("<dd", blob, 13)
        return (x, x, y, y)
    return struct.unpack_from("<4d", blob, 8)
