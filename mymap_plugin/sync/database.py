"""SQLite connections to ward GeoPackages for sync, with the functions GDAL's
spatial-index triggers call (``ST_MinX`` …) so rows with geometry can be written
from plain Python, and the JSON form of row values used in change logs.

Python's ``sqlite3`` links the same system SQLite library as GDAL, so MyMap's
connection and a layer QGIS has open share SQLite's file locks safely.
"""
import contextlib
import json
import os
import sqlite3
import struct
from pathlib import Path

from osgeo import ogr

from ..sql_identifiers import table_columns

BUSY_TIMEOUT_S = 30

_ENVELOPE_DOUBLES = {0: 0, 1: 4, 2: 6, 3: 6, 4: 8}


def gpkg_wkb(blob):
    """The WKB inside a GeoPackage geometry blob (after its header and optional envelope)."""
    data = bytes(blob)
    doubles = _ENVELOPE_DOUBLES.get((data[3] >> 1) & 7, 0)
    return data[8 + 8 * doubles:]


def remove_quietly(path):
    """Remove a temporary file of a failed run (it may never have been written)."""
    with contextlib.suppress(OSError):
        os.unlink(str(path))


def geometry_envelope(blob):
    """(minx, maxx, miny, maxy) of a GeoPackage geometry blob, None when empty."""
    if blob is None:
        return None
    data = bytes(blob)
    if len(data) < 8 or data[:2] != b"GP":
        return None
    flags = data[3]
    if flags & 0x10:
        return None
    order = "<" if flags & 1 else ">"
    indicator = (flags >> 1) & 7
    doubles = _ENVELOPE_DOUBLES.get(indicator, 0)
    if doubles:
        return struct.unpack_from(order + "4d", data, 8)
    wkb = gpkg_wkb(data)
    wkb_order = "<" if wkb[:1] == b"\x01" else ">"
    (geometry_type,) = struct.unpack_from(wkb_order + "I", wkb, 1)
    if geometry_type % 1000 == 1 and len(wkb) >= 21:
        x, y = struct.unpack_from(wkb_order + "2d", wkb, 5)
        if x != x or y != y:        # NaN: an empty point
            return None
        return (x, x, y, y)
    geometry = ogr.CreateGeometryFromWkb(wkb)
    if geometry is None or geometry.IsEmpty():
        return None
    return geometry.GetEnvelope()


def _envelope_part(index):
    def function(blob):
        envelope = geometry_envelope(blob)
        return None if envelope is None else envelope[index]
    return function


def _is_empty(blob):
    if blob is None:
        return None
    return 1 if geometry_envelope(blob) is None else 0


def connect(path, read_only=False) -> sqlite3.Connection:
    """A connection in autocommit mode (transactions are explicit) to an existing file."""
    uri = Path(path).resolve().as_uri() + ("?mode=ro" if read_only else "?mode=rw")
    connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None,
                                 check_same_thread=False)
    for name, index in (("ST_MinX", 0), ("ST_MaxX", 1), ("ST_MinY", 2), ("ST_MaxY", 3)):
        connection.create_function(name, 1, _envelope_part(index), deterministic=True)
    connection.create_function("ST_IsEmpty", 1, _is_empty, deterministic=True)
    # Rows read ahead are written moments later: keep their pages (64 MB at most per connection).
    connection.execute("PRAGMA cache_size = -65536")
    return connection


def connect_for_reading(path) -> sqlite3.Connection:
    """A connection for reading that can still roll back a journal left by an interrupted write
    (a read-only connection cannot, and fails); read-only when the file cannot be written."""
    try:
        connection = connect(path)
        connection.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return connection
    except sqlite3.Error:
        return connect(path, read_only=True)


@contextlib.contextmanager
def transaction(connection):
    """BEGIN IMMEDIATE … COMMIT, rolled back on any error."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
    else:
        connection.execute("COMMIT")


def table_exists(connection, name) -> bool:
    """Whether the GeoPackage has the table; a connection to another database (the PostgreSQL shared
    map's portable connection) answers for itself."""
    own = getattr(connection, "table_exists", None)
    if own is not None:
        return own(name)
    return connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                              (name,)).fetchone() is not None


def columns(connection, table):
    """Column names of *table* in order."""
    return table_columns(connection, table)


# Row values as JSON: exact floats (Python's repr), geometry blobs as hex.
def _encode(value):
    if isinstance(value, (bytes, bytearray, memoryview)):
        return {"$hex": bytes(value).hex()}
    return value


def _decode(value):
    if isinstance(value, dict) and "$hex" in value:
        return bytes.fromhex(value["$hex"])
    return value


def dumps(values):
    if values is None:
        return None
    return json.dumps({key: _encode(value) for key, value in values.items()}, ensure_ascii=False,
                      sort_keys=True)


def loads(text):
    if text is None:
        return None
    return {key: _decode(value) for key, value in json.loads(text).items()}


def dump_value(value) -> str:
    """One value as JSON (for conflict records: null is a value, not 'missing')."""
    return json.dumps(_encode(value), ensure_ascii=False)


def load_value(text):
    return _decode(json.loads(text)) if text is not None else None
