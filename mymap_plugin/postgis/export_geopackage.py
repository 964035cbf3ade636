"""A PostGIS ward (a schema made by ``publish.publish_tables``) → a complete ward GeoPackage.

Two uses need the same file: *backing out* (a city leaves PostgreSQL and takes its ward back as one
GeoPackage any QGIS, QField or GDAL opens) and *checkout* from a PostgreSQL shared map (sync turns the
file into a working copy, as it does after SQLite's backup of a shared GeoPackage). So the file is the
ward map ``create_ward_map`` makes — its tables and columns, field domains and aliases, forms and
styles from the data dictionary — plus:

* the fields the PostGIS ward has beside the data dictionary (added in QGIS, psql or a city system),
  with their kinds (text, whole number, decimal number, date, date-time, yes/no);
* every row in the GeoPackage form (``values.from_postgres``: geometry blobs as GDAL writes them,
  date-times as GDAL spells them, ``…T08:00:00.000Z``); fids are PostgreSQL's;
* the ward's settings and code counters as PostgreSQL holds them;
* sync's bookkeeping (state, the shared history with its ``seq`` numbers, changesets, conflict
  records) and the capture of edits (``sync/capture.py``), so the file is also a valid shared
  GeoPackage; its edit logs are empty (copying is not an edit).

PostgreSQL is read in one snapshot (``REPEATABLE READ, READ ONLY``) on the caller's connection, so
rows, log and settings agree with each other and with the ``seq`` returned, whoever writes meanwhile.
The file is built in a hidden folder beside the target (same disk) under the target's own name — the
form's references to other layers name the file as it will be called — and moved into place only
when complete: a failure or a cancel leaves nothing behind.
"""
import contextlib
import datetime
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import psycopg2
from osgeo import gdal, ogr
from psycopg2 import extensions
from psycopg2 import sql as pg_sql

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import placeholders, sql, table_info
from ..sync import capture
from ..sync.database import connect, transaction
from ..ward_map import lookup_lists, schema
from ..ward_map.create_ward_map import check_integrity, check_output_path, create_ward_map
from . import publish, values, ward_schema

PAGE_SIZE = 5000
CURSOR_NAME = "mymap_export_geopackage"

# information_schema.columns.data_type → schema.py's field kinds (the types publish and QGIS make).
POSTGRES_KINDS = {
    "text": "text", "character varying": "text", "character": "text",
    "bigint": "integer", "integer": "integer", "smallint": "integer",
    "double precision": "real", "real": "real", "numeric": "real",
    "date": "date",
    "timestamp with time zone": "datetime", "timestamp without time zone": "datetime",
    "boolean": "boolean",
}
# A field beside the data dictionary, as GDAL declares it in the GeoPackage (INTEGER is 64-bit, as bigint).
OGR_FIELD_TYPES = {
    "text": (ogr.OFTString, ogr.OFSTNone),
    "integer": (ogr.OFTInteger64, ogr.OFSTNone),
    "real": (ogr.OFTReal, ogr.OFSTNone),
    "date": (ogr.OFTDate, ogr.OFSTNone),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
    "boolean": (ogr.OFTInteger, ogr.OFSTBoolean),
}
# Sync's bookkeeping rows copied, each table in a stable order.
BOOKKEEPING_ORDER = ((capture.STATE, "key"), (capture.LOG, "seq"), (capture.CHANGESETS, "changeset"),
                     (capture.CONFLICTS, "id"))
SETTINGS_COLUMNS = ((schema.SETTINGS_TABLE, ("fid", "key", "value")),
                    (schema.CODE_SEQUENCE_TABLE, ("fid", "layer_name", "last_serial")))


class Cancelled(MyMapError):
    pass


def export_ward(connection, schema_name, target_path, feedback=None) -> int:
    """Write the ward of PostgreSQL schema *schema_name* (psycopg2 *connection*, not inside a transaction;
    it is left as it was found) as a ward GeoPackage at *target_path*, which must not exist. *feedback*:
    a QgsFeedback (progress, cancel) or None. Returns the last ``seq`` of the shared history copied
    (0 when it is empty). MyMapError, with nothing written, when the ward or the file cannot be made."""
    schema_name = ward_schema.check_schema_name(schema_name)
    target = _check_target(target_path)
    folder = None
    try:
        folder = Path(tempfile.mkdtemp(prefix=".{}.exporting-".format(target.name), dir=str(target.parent)))
        with _snapshot(connection):
            ward = read_ward(connection, schema_name)
            _progress(feedback, 5)
            path = folder / target.name
            _make_empty_ward(path, ward)
            _progress(feedback, 30)
            _check_cancel(feedback)
            _add_extra_fields(path, ward["extras"])
            seq = _copy_ward(connection, schema_name, ward, path, feedback)
        check_integrity(path)
        _check_cancel(feedback)
        if target.exists():
            raise MyMapError(tr("{} was created by someone else during the export; nothing was overwritten. "
                                "Choose another file name.").format(target))
        os.replace(str(path), str(target))
    except psycopg2.Error as error:
        raise MyMapError(tr("The ward {} could not be read from PostgreSQL: {}. No file was written.")
                         .format(schema_name, " ".join(str(error).split()))) from None
    except (sqlite3.Error, RuntimeError, OSError) as error:
        raise MyMapError(tr("The GeoPackage {} could not be written: {}. No file was written.")
                         .format(target, error)) from None
    finally:
        if folder is not None:
            shutil.rmtree(str(folder), ignore_errors=True)
    _progress(feedback, 100)
    return seq


def _check_target(target_path) -> Path:
    target = Path(str(target_path or "")).expanduser()
    if str(target_path or "") and target.exists():
        raise MyMapError(tr("{} already exists. Choose a new file name for the exported ward map; nothing was "
                            "overwritten.").format(target))
    return check_output_path(target, overwrite=False).resolve()


@contextlib.contextmanager
def _snapshot(connection):
    """One read-only REPEATABLE READ transaction on the caller's connection, rolled back at the end."""
    if connection.info.transaction_status != extensions.TRANSACTION_STATUS_IDLE:
        raise MyMapError(tr("The export reads PostgreSQL in a transaction of its own: finish the connection's "
                            "transaction (commit or roll back) first."))
    with connection.cursor() as cursor:
        if connection.autocommit:
            cursor.execute("BEGIN")
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    try:
        yield
    except BaseException:
        _end_read(connection, quietly=True)         # the failure that stopped the export is the one reported
        raise
    _end_read(connection)


def _end_read(connection, quietly=False):
    if connection.closed:
        return
    try:
        if connection.autocommit:
            with connection.cursor() as cursor:
                cursor.execute("ROLLBACK")
        else:
            connection.rollback()
    except psycopg2.Error:
        if not quietly:
            raise


def _rows(connection, statement, parameters=None):
    with connection.cursor() as cursor:
        cursor.execute(statement, parameters)
        return cursor.fetchall()


def _table_missing(connection, schema_name, table) -> bool:
    return _rows(connection, "SELECT to_regclass(%s) IS NULL",
                 (ward_schema.qualified(schema_name, table).as_string(connection),))[0][0]


def postgres_columns(connection, schema_name, table):
    """[(name, kind or None, PostgreSQL type)] of a table of the ward's schema, in their order (kind
    ``geometry`` for a PostGIS geometry, None for a type MyMap does not know)."""
    found = []
    for name, data_type, udt_name in _rows(
            connection, "SELECT column_name, data_type, udt_name FROM information_schema.columns "
                        "WHERE table_schema = %s AND table_name = %s ORDER BY ordinal_position",
            (schema_name, table)):
        kind = "geometry" if udt_name == "geometry" else POSTGRES_KINDS.get(data_type)
        found.append((name, kind, udt_name if data_type == "USER-DEFINED" else data_type))
    return found


def _layer_columns(connection, schema_name, layer):
    """Extra fields (name, kind) of a layer's table; MyMapError when a field of the data dictionary is
    missing or a field has a type the GeoPackage cannot hold."""
    found = postgres_columns(connection, schema_name, layer.name)
    names = {name for name, _kind, _type in found}
    missing = [name for name in [ward_schema.FID_COLUMN] + layer.field_names() if name not in names]
    if layer.geometry and ward_schema.GEOMETRY_COLUMN not in names:
        missing.append(ward_schema.GEOMETRY_COLUMN)
    if missing:
        raise MyMapError(tr("The table {}.{} lacks the fields {}, so it is not a MyMap ward's table. Nothing "
                            "was written.").format(schema_name, layer.name, ", ".join(missing)))
    known = set(layer.field_names()) | {ward_schema.FID_COLUMN, ward_schema.GEOMETRY_COLUMN}
    extras = []
    for name, kind, type_name in found:
        if name in known:
            continue
        if kind is None or kind == "geometry":
            raise MyMapError(tr("The field {} of {}.{} has the type {}, which a ward GeoPackage cannot hold: "
                                "MyMap knows text, whole numbers, decimal numbers, dates, date-times and yes/no "
                                "fields. Change or remove the field, then export again.")
                             .format(name, schema_name, layer.name, type_name))
        extras.append((name, kind))
    return extras


def ward_srid(connection, schema_name) -> int:
    """The one SRID of the ward's geometry columns (PostGIS's geometry_columns)."""
    layers = [layer.name for layer in schema.LAYERS if layer.geometry]
    srids = sorted({row[0] for row in _rows(
        connection, "SELECT srid FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = ANY(%s)",
        (schema_name, layers))})
    if len(srids) != 1 or not srids[0]:
        raise MyMapError(tr("The layers of the ward {} must all use one coordinate reference system with an "
                            "EPSG code (found: {}).").format(schema_name, ", ".join(map(str, srids)) or "-"))
    return int(srids[0])


def read_ward(connection, schema_name) -> dict:
    """What the file is made from: settings, SRID, extra fields; MyMapError when *schema_name* is not
    a MyMap ward (inside the caller's snapshot)."""
    if not ward_schema.schema_exists(connection, schema_name):
        raise MyMapError(tr("The database has no schema {}: check the schema's name (e.g. ward_12103).")
                         .format(schema_name))
    tables = [table for table, _columns in SETTINGS_COLUMNS] + [layer.name for layer in schema.LAYERS] \
        + [table for table, _order in BOOKKEEPING_ORDER]
    missing = [table for table in tables if _table_missing(connection, schema_name, table)]
    if missing:
        raise MyMapError(tr("The schema {} is not a complete MyMap ward: the tables {} are missing. Nothing was "
                            "written.").format(schema_name, ", ".join(missing)))
    settings = dict(_rows(connection, pg_sql.SQL("SELECT key, value FROM {}").format(
        ward_schema.qualified(schema_name, schema.SETTINGS_TABLE))))
    srid = ward_srid(connection, schema_name)
    crs = (settings.get("crs") or "").strip()
    if crs.upper().startswith("EPSG:") and crs[5:].strip() != str(srid):
        raise MyMapError(tr("The ward's settings give the coordinate reference system {}, but its layers are in "
                            "EPSG:{}. Nothing was written.").format(crs, srid))
    extras = {}
    for layer in schema.LAYERS:
        added = _layer_columns(connection, schema_name, layer)
        if added:
            extras[layer.name] = added
    return {"settings": settings, "srid": srid, "extras": extras}


def _make_empty_ward(path, ward):
    """The empty ward map (tables, domains, forms, styles) in the ward's language and CRS; the settings
    are replaced by PostgreSQL's rows afterwards."""
    settings = ward["settings"]
    create_ward_map(path, settings.get("ward_name"), settings.get("ward_code"), settings.get("province_code"),
                    crs="EPSG:{}".format(ward["srid"]), demo=False, language=settings.get("language") or "vi")


def _add_extra_fields(path, extras):
    """The fields beside the data dictionary, added as QGIS's field editor adds them (through GDAL)."""
    if not extras:
        return
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        for table, fields in extras.items():
            layer = dataset.GetLayerByName(table)
            for name, kind in fields:
                field_type, sub_type = OGR_FIELD_TYPES[kind]
                definition = ogr.FieldDefn(name, field_type)
                definition.SetSubType(sub_type)
                layer.CreateField(definition)
    finally:
        dataset = None


def _gpkg_value(kind, value, srid):
    if kind == "datetime" and isinstance(value, datetime.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=datetime.timezone.utc)         # a timestamp without time zone: UTC
    return values.from_postgres(kind, value, srid)


def _copy_table(connection, schema_name, geopackage, table, columns, srid, order_by, feedback=None):
    """Copy a table's rows (columns: (name, kind)) from PostgreSQL into the GeoPackage in pages,
    through a server-side cursor of the snapshot. Returns the number of rows."""
    names = tuple(name for name, _kind in columns)
    insert = sql("INSERT INTO {table} ({names}) VALUES ({marks})", table=table, names=names,
                 marks=placeholders(len(names)))
    statement = pg_sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
        values.select_list(columns), ward_schema.qualified(schema_name, table), pg_sql.Identifier(order_by))
    count = 0
    cursor_name = pg_sql.Identifier(CURSOR_NAME)
    with connection.cursor() as cursor:
        # A cursor of the snapshot's own transaction (a psycopg2 named cursor refuses an autocommit connection).
        cursor.execute(pg_sql.SQL("DECLARE {} NO SCROLL CURSOR FOR {}").format(cursor_name, statement))
        fetch = pg_sql.SQL("FETCH FORWARD {} FROM {}").format(pg_sql.Literal(PAGE_SIZE), cursor_name)
        while True:
            cursor.execute(fetch)
            batch = cursor.fetchall()
            if not batch:
                break
            geopackage.executemany(insert, [tuple(_gpkg_value(kind, value, srid)
                                                  for (_name, kind), value in zip(columns, row)) for row in batch])
            count += len(batch)
            _check_cancel(feedback)
        cursor.execute(pg_sql.SQL("CLOSE {}").format(cursor_name))
    return count


def _geopackage_columns(geopackage, layer, extras):
    """(name, kind) of every column of a layer's table in the new file, fid included."""
    kinds = {field.name: field.type for field in layer.fields}
    kinds.update(dict(extras))
    kinds[ward_schema.FID_COLUMN] = "integer"
    kinds[ward_schema.GEOMETRY_COLUMN] = "geometry"
    return [(row[1], kinds[row[1]]) for row in table_info(geopackage, layer.name)]


def _update_contents(geopackage):
    """What GDAL keeps about each layer, made true for the rows copied: the feature count (which GDAL's
    triggers cannot raise from an unknown NULL) and the extent (from the spatial index just filled)."""
    for layer in schema.LAYERS:
        geopackage.execute(sql("UPDATE {table} SET feature_count = (SELECT count(*) FROM {layer_table}) "
                               "WHERE table_name = ?", table="gpkg_ogr_contents", layer_table=layer.name),
                           (layer.name,))
        if layer.geometry:
            geopackage.execute(sql(
                "UPDATE {table} SET min_x = (SELECT min(minx) FROM {rtree_table}), "
                "min_y = (SELECT min(miny) FROM {rtree_table}), max_x = (SELECT max(maxx) FROM {rtree_table}), "
                "max_y = (SELECT max(maxy) FROM {rtree_table}), "
                "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?",
                table="gpkg_contents", rtree_table="rtree_{}_geom".format(layer.name)), (layer.name,))


def _copy_ward(connection, schema_name, ward, path, feedback):
    """Every row into the new file, in one SQLite transaction; returns the last seq of the history."""
    srid = ward["srid"]
    geopackage = connect(path)
    try:
        file_srid, _definition = publish.ward_crs(geopackage)
        if file_srid != srid:
            raise MyMapError(tr("The exported ward map would be in EPSG:{} instead of the ward's EPSG:{}. Nothing "
                                "was written.").format(file_srid, srid))
        with transaction(geopackage):
            for table, names in SETTINGS_COLUMNS:
                geopackage.execute(sql("DELETE FROM {table}", table=table))
                kinds = [(name, "integer" if name in ("fid", "last_serial") else "text") for name in names]
                _copy_table(connection, schema_name, geopackage, table, kinds, srid, "fid")
            for number, layer in enumerate(schema.LAYERS):
                columns = _geopackage_columns(geopackage, layer, ward["extras"].get(layer.name, ()))
                _copy_table(connection, schema_name, geopackage, layer.name, columns, srid, ward_schema.FID_COLUMN,
                            feedback)
                _progress(feedback, 30 + 55 * (number + 1) / len(schema.LAYERS))
            capture.install(geopackage)                 # after the copy: copying is not an edit
            for table, order_by in BOOKKEEPING_ORDER:
                columns = [(row[1], None) for row in table_info(geopackage, table)]
                _copy_table(connection, schema_name, geopackage, table, columns, srid, order_by)
            if capture.read_state(geopackage):
                capture.write_state(geopackage, fingerprint=capture.fingerprint(geopackage))
            lookup_lists.write_lists(geopackage)        # the drop-downs list the groups and species copied
            _update_contents(geopackage)
            seq = geopackage.execute(sql("SELECT coalesce(max(seq), 0) FROM {table}", table=capture.LOG)) \
                .fetchone()[0]
        _progress(feedback, 90)
        return int(seq)
    finally:
        geopackage.close()


def _progress(feedback, value):
    if feedback is not None:
        feedback.setProgress(value)


def _check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("The export was cancelled; no file was written."))
