"""Row values between the GeoPackage form and PostgreSQL.

Sync, its log, bundles and working copies all hold values in the form a ward GeoPackage stores
them: geometry as a GeoPackage geometry blob, dates as ``YYYY-MM-DD`` text, date-times as ISO text
ending in ``Z``, yes/no as 0/1. A PostGIS ward stores typed values; these functions convert each
way, so a row read back from PostgreSQL is the row that was written.

Geometry blobs are made as GDAL writes them (little-endian header, the ward's SRS id, no envelope
for points, an XY envelope otherwise, the empty flag for an empty geometry), so a blob that went
through PostgreSQL is byte for byte the blob GDAL wrote.
"""
import datetime
import struct

from osgeo import ogr
from psycopg2 import sql

from ..sync.database import gpkg_wkb

_EWKB_SRID_FLAG = 0x20000000
_FLAT_TYPES = range(1, 8)                  # Point … GeometryCollection, two dimensions


def ewkb_hex(blob, srid):
    """The hex EWKB (with *srid*) of a GeoPackage geometry blob, as PostGIS reads it into a
    ``geometry(<type>, srid)`` column; None for None."""
    if blob is None:
        return None
    wkb = gpkg_wkb(blob)
    order = "<" if wkb[:1] == b"\x01" else ">"
    (geometry_type,) = struct.unpack_from(order + "I", wkb, 1)
    if geometry_type not in _FLAT_TYPES:
        raise ValueError("only two-dimensional geometries are stored in a ward map, not WKB type {}".format(
            geometry_type))
    ewkb = wkb[:1] + struct.pack(order + "II", geometry_type | _EWKB_SRID_FLAG, int(srid)) + wkb[5:]
    return ewkb.hex()


def gpkg_blob(wkb, srs_id):
    """A GeoPackage geometry blob of *wkb* (ISO/OGC WKB, as ``ST_AsBinary`` gives it), as GDAL writes
    it; None for None."""
    if wkb is None:
        return None
    wkb = bytes(wkb)
    geometry = ogr.CreateGeometryFromWkb(wkb)
    empty = geometry is None or geometry.IsEmpty()
    is_point = geometry is not None and ogr.GT_Flatten(geometry.GetGeometryType()) == ogr.wkbPoint
    flags = 0x01                                        # little-endian header
    envelope = b""
    if empty:
        flags |= 0x10
    elif not is_point:
        flags |= 0x02                                   # envelope [minx, maxx, miny, maxy]
        envelope = struct.pack("<4d", *geometry.GetEnvelope())
    return b"GP" + bytes((0, flags)) + struct.pack("<i", int(srs_id)) + envelope + wkb


def to_postgres(kind, value, srid=None):
    """A value in the GeoPackage form → a parameter for a column of *kind* (schema.py's field types,
    or ``geometry``)."""
    if value is None:
        return None
    if kind == "geometry":
        return ewkb_hex(value, srid)
    if kind == "boolean":
        return bool(value)
    return value


def _utc_text(moment):
    moment = moment.astimezone(datetime.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + "{:03d}Z".format(moment.microsecond // 1000)


def from_postgres(kind, value, srid=None):
    """A value read from a column of *kind* → the GeoPackage form (geometry read with ST_AsBinary).
    Date-times come back as GDAL writes them (``…T08:00:00.000Z``)."""
    if value is None:
        return None
    if kind == "geometry":
        return gpkg_blob(value, srid)
    if kind == "boolean":
        return 1 if value else 0
    if kind == "real":
        return float(value)             # a whole number read from JSON stays a REAL value
    if kind == "date" and isinstance(value, datetime.date):
        return value.isoformat()
    if kind == "datetime" and isinstance(value, datetime.datetime):
        return _utc_text(value)
    return value


def select_list(columns) -> sql.Composed:
    """The SELECT list of (name, kind) columns: geometry through ``ST_AsBinary``, the rest as they are."""
    items = []
    for name, kind in columns:
        if kind == "geometry":
            items.append(sql.SQL("ST_AsBinary({})").format(sql.Identifier(name)))
        else:
            items.append(sql.Identifier(name))
    return sql.SQL(", ").join(items)
