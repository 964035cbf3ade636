"""The one place that hands out asset codes. A code is never handed out twice.

- A ward map (or the shared map) counts per layer in ``mymap_code_sequence``;
  the counter only moves forward, and never falls behind codes that arrived
  from elsewhere (imports, other copies, hand-typed codes).
- The shared map gives each working copy a block of serials of its own
  (``reserve_block``); a working copy takes codes only from its block
  (``mymap_code_block``), so editors working apart never clash. When its block
  is used up, a new feature gets no code (None) and the shared map gives one
  at the next sync.
- A code already used in the layer is skipped.

Every function works inside the caller's transaction on an SQLite connection to the GeoPackage (see
``sync.database.connect``) or on the portable connection of a PostgreSQL shared map
(``SharedSession.db``): the SQL here is written for both.
"""
from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql
from ..sync.database import table_exists
from . import asset_codes, schema

CODE_BLOCK = "mymap_code_block"          # a working copy's own serials: next_serial … last_serial


def _has_block_table(connection) -> bool:
    return table_exists(connection, CODE_BLOCK)


def highest_serial(connection, layer_name) -> int:
    """The highest serial among the layer's codes, read from the end of its asset_code index (the
    same cost for 1,000 or 1,000,000 assets)."""
    prefix = asset_codes.PREFIXES[layer_name]
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    for (code,) in connection.execute(sql("SELECT asset_code FROM {table} WHERE asset_code >= ? AND asset_code < ? "
                                          "ORDER BY asset_code DESC LIMIT 50", table=layer_name), (prefix, upper)):
        parsed = asset_codes.parse_asset_code(code)
        if parsed and parsed[0] == layer_name:
            return parsed[1]
    return 0


def counter(connection, layer_name) -> int:
    row = connection.execute(sql("SELECT last_serial FROM {table} WHERE layer_name = ?",
                                 table=schema.CODE_SEQUENCE_TABLE), (layer_name,)).fetchone()
    return (row[0] or 0) if row else 0


def _set_counter(connection, layer_name, serial):
    if connection.execute(sql("UPDATE {table} SET last_serial = ? WHERE layer_name = ?",
                              table=schema.CODE_SEQUENCE_TABLE), (serial, layer_name)).rowcount == 0:
        connection.execute(sql("INSERT INTO {table} (layer_name, last_serial) VALUES (?, ?)",
                               table=schema.CODE_SEQUENCE_TABLE), (layer_name, serial))


def raise_counter(connection, layer_name, serial):
    """Make sure serials up to *serial* are never handed out again."""
    if counter(connection, layer_name) < serial:
        _set_counter(connection, layer_name, serial)


def _next_serial(connection, layer_name, floor):
    """One serial: from this copy's block (None when it is used up), or from the counter."""
    block = blocks_left(connection, layer_name)
    if block is not None:
        if block[0] > block[1]:
            return None
        connection.execute(sql("UPDATE {table} SET next_serial = ? WHERE layer_name = ?", table=CODE_BLOCK),
                           (block[0] + 1, layer_name))
        return block[0]
    serial = max(counter(connection, layer_name), floor) + 1
    if serial > asset_codes.MAX_SERIAL:
        raise MyMapError(tr("The layer {} has run out of asset codes.").format(layer_name))
    _set_counter(connection, layer_name, serial)
    return serial


def new_codes(connection, layer_name, count):
    """*count* fresh codes for the layer; None for each one a working copy's used-up block cannot
    give (the shared map gives those at the next sync)."""
    floor = highest_serial(connection, layer_name) if count else 0
    codes = []
    while len(codes) < count:
        serial = _next_serial(connection, layer_name, floor)
        if serial is None:
            codes.extend([None] * (count - len(codes)))
            break
        code = asset_codes.make_asset_code(layer_name, serial)
        if connection.execute(sql("SELECT 1 FROM {table} WHERE asset_code = ?", table=layer_name),
                              (code,)).fetchone() is None:
            codes.append(code)
    return codes


def new_code(connection, layer_name):
    """One fresh code, or None (see :func:`new_codes`)."""
    return new_codes(connection, layer_name, 1)[0]


def reserve_block(connection, layer_name, size):
    """The shared map hands a working copy *size* serials of its own: (first, last)."""
    first = max(counter(connection, layer_name), highest_serial(connection, layer_name)) + 1
    last = min(first + size - 1, asset_codes.MAX_SERIAL)
    if first > last:
        raise MyMapError(tr("The layer {} has run out of asset codes.").format(layer_name))
    _set_counter(connection, layer_name, last)
    return first, last


def blocks_left(connection, layer_name):
    """(next, last) of a working copy's block for the layer, or None."""
    if not _has_block_table(connection):
        return None
    return connection.execute(sql("SELECT next_serial, last_serial FROM {table} WHERE layer_name = ?",
                                  table=CODE_BLOCK), (layer_name,)).fetchone()


def set_block(connection, layer_name, first, last):
    connection.execute(sql("INSERT OR REPLACE INTO {table} (layer_name, next_serial, last_serial) VALUES (?, ?, ?)",
                           table=CODE_BLOCK), (layer_name, first, last))
