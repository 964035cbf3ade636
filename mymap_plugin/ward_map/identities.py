"""Gives every asset row its `uuid` and `asset_code`.

QGIS forms fill `uuid` as soon as a feature is added; rows added by other tools
(ogr2ogr, QField, SQL) are given both when MyMap next opens or validates the
ward map. Codes come from :mod:`code_allocator`, the one place that hands them
out, so a code is never handed out twice.
"""
import sqlite3
import uuid as uuid_module

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import assignments, sql
from ..sync.database import table_exists
from . import code_allocator, schema


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def ensure_identities(path, ward_code: str = "") -> dict:
    """Fill missing `uuid`/`asset_code` (and `ward_code`) in every asset table.

    Returns ``{layer_name: number of rows changed}``. One transaction: either all
    rows get their identities or the file is unchanged. Codes come from
    :mod:`code_allocator` (a working copy whose block is used up leaves them to the next sync).
    """
    from ..sync.database import connect, transaction
    try:
        connection = connect(path)
    except sqlite3.Error as error:
        raise MyMapError(tr("The ward map {} cannot be opened for writing: {}").format(path, error)) from None
    try:
        with transaction(connection):
            changed = fill_identities(connection, ward_code)
    except sqlite3.Error as error:          # read-only file, full disk, locked database…
        raise MyMapError(tr("The ward map {} cannot be written, so rows added by other programs did "
                            "not get their uuid and asset code: {}").format(path, error)) from None
    finally:
        connection.close()
    return changed


def fill_identities(connection, ward_code: str = "") -> dict:
    """:func:`ensure_identities` on an open connection, inside the caller's transaction."""
    changed = {}
    for layer_def in schema.LAYERS:
        count = _fill_layer(connection, layer_def, ward_code)
        if count:
            changed[layer_def.name] = count
    return changed


def _fill_layer(connection, layer_def, ward_code):
    table = layer_def.name
    if not table_exists(connection, layer_def.name):
        return 0
    if layer_def.is_asset:
        if code_allocator.blocks_left(connection, layer_def.name) is None:
            # The counter never falls behind codes that arrived from elsewhere.
            code_allocator.raise_counter(connection, layer_def.name,
                                         code_allocator.highest_serial(connection, layer_def.name))
        missing = connection.execute(sql("SELECT fid, uuid, asset_code FROM {table} WHERE uuid IS NULL OR uuid = '' "
                                         "OR asset_code IS NULL OR asset_code = ''", table=table)).fetchall()
    else:
        missing = connection.execute(sql("SELECT fid, uuid FROM {table} WHERE uuid IS NULL OR uuid = ''",
                                         table=table)).fetchall()
    if not missing:
        return 0
    need = sum(1 for row in missing if layer_def.is_asset and not row[2])
    codes = iter(code_allocator.new_codes(connection, layer_def.name, need))
    fill_ward = ward_code and "ward_code" in layer_def.field_names()
    for row in missing:
        values = {"uuid": row[1] or new_uuid()}
        if layer_def.is_asset and not row[2]:
            code = next(codes)
            if code:
                values["asset_code"] = code
        if fill_ward:
            connection.execute(sql("UPDATE {table} SET {sets}, ward_code = coalesce(nullif(ward_code, ''), ?) "
                                   "WHERE fid = ?", table=table, sets=assignments(values, table)),
                               list(values.values()) + [ward_code, row[0]])
        else:
            connection.execute(sql("UPDATE {table} SET {sets} WHERE fid = ?", table=table,
                                   sets=assignments(values, table)), list(values.values()) + [row[0]])
    return len(missing)
