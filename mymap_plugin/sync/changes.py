"""Local changes read from the capture logs, and rows written by uuid.

A *change* is one feature's net edit since the last sync: its row then (`base`,
None for a new feature) and now (`mine`, None once deleted). Several edits of
one feature fold into one change; a feature added and deleted again between two
syncs leaves none.
"""
import functools
from dataclasses import dataclass
from typing import Optional

from ..sql_identifiers import assignments, placeholders, sql
from ..ward_map import code_allocator, schema
from ..ward_map.identities import new_uuid
from .capture import IDENTITY, SYNCED_TABLES, capture_table, data_columns
from .text_form import nfc


@dataclass
class Change:
    table: str
    uuid: str
    base: Optional[dict]
    mine: Optional[dict]

    @property
    def op(self) -> str:
        if self.base is None:
            return "I"
        if self.mine is None:
            return "D"
        return "U"

    def trimmed(self):
        """The change as stored and sent: for an update only the changed fields (and the uuid)."""
        if self.op != "U":
            return self
        names = self.changed_fields() + [IDENTITY]
        return Change(self.table, self.uuid, {n: self.base.get(n) for n in names}, {n: self.mine.get(n) for n in names})

    def changed_fields(self):
        if self.base is None or self.mine is None:
            return []
        if getattr(self, "_changed", None) is None:
            self._changed = [name for name, value in self.mine.items()
                             if name != IDENTITY and self.base.get(name) != value]
        return list(self._changed)


# Statements are made once per table and set of columns (sql_identifiers.sql checks the names).
@functools.lru_cache(maxsize=512)
def _select_by(table, cols, key):
    if key == IDENTITY:
        return sql("SELECT fid, {cols} FROM {table} WHERE {key} = ?", table=table, cols=cols, key=key)
    return sql("SELECT {cols} FROM {table} WHERE {key} = ?", table=table, cols=cols, key=key)


@functools.lru_cache(maxsize=4096)
def update_statement(table, names):
    return sql("UPDATE {table} SET {sets} WHERE {key} = ?", table=table, sets=assignments(names, table),
               key=IDENTITY)


@functools.lru_cache(maxsize=4096)
def _insert_sql(table, names):
    return sql("INSERT INTO {table} ({names}) VALUES ({values})", table=table, names=names,
               values=placeholders(len(names)))


def row_by_uuid(connection, table, uuid, cols=None):
    """(fid, row) of the feature with this uuid, or (None, None)."""
    cols = tuple(cols or data_columns(connection, table))
    row = connection.execute(_select_by(table, cols, IDENTITY), (uuid,)).fetchone()
    if row is None:
        return None, None
    return row[0], dict(zip(cols, row[1:]))


@functools.lru_cache(maxsize=4096)
def _update_by_fid(table, names):
    return sql("UPDATE {table} SET {sets} WHERE fid = ?", table=table, sets=assignments(names, table))


def write_row(connection, table, uuid, values, fid=None):
    """Make the feature *uuid* hold *values* (a full or partial row), or delete it
    when *values* is None. Returns 'inserted', 'updated', 'deleted' or ''. With *fid* (known to
    hold *uuid*) an update goes straight to the row."""
    if fid is not None and values is not None:
        settable = tuple(name for name in values if name not in ("fid", IDENTITY))
        if settable and connection.execute(_update_by_fid(table, settable),
                                           [values[n] for n in settable] + [fid]).rowcount:
            return "updated"
    if values is None:
        cursor = connection.execute(sql("DELETE FROM {table} WHERE {key} = ?", table=table, key=IDENTITY), (uuid,))
        return "deleted" if cursor.rowcount else ""
    settable = tuple(name for name in values if name not in ("fid", IDENTITY))
    if settable:
        cursor = connection.execute(update_statement(table, settable), [values[n] for n in settable] + [uuid])
        if cursor.rowcount:
            return "updated"
    elif connection.execute(sql("SELECT 1 FROM {table} WHERE {key} = ?", table=table, key=IDENTITY),
                            (uuid,)).fetchone():
        return ""
    names = settable + (IDENTITY,)
    connection.execute(_insert_sql(table, names), [values[n] for n in settable] + [uuid])
    return "inserted"


def _captured(connection, table, cols):
    """{fid: [(op, old row or None), …]} in edit order."""
    by_fid = {}
    for row in connection.execute(sql("SELECT capture_op, capture_fid, {cols} FROM {log_table} ORDER BY capture_seq",
                                      cols=tuple(cols), log_table=capture_table(table))):
        old = None if row[0] == "I" else dict(zip(cols, row[2:]))
        by_fid.setdefault(row[1], []).append((row[0], old))
    return by_fid


def _net_changes(table, fid, entries, current):
    """Fold one fid's captured edits into changes (a fid is never reused in a GeoPackage, but a
    delete followed by an insert is handled all the same)."""
    found = []
    open_base, is_open = None, False
    for op, old in entries:
        if op == "I":
            open_base, is_open = None, True
        elif not is_open:
            open_base, is_open = old, True
        if op == "D":
            found.append((open_base, None))
            open_base, is_open = None, False
    if is_open:
        found.append((open_base, current))
    changes = []
    for base, mine in found:
        if base is not None and not base.get(IDENTITY):
            base = None         # a row that never had an identity is new to everybody else
        if base is None and mine is None:
            continue
        if base is not None and mine is not None and base.get(IDENTITY) != mine.get(IDENTITY):
            changes.append(Change(table, base[IDENTITY], base, None))
            changes.append(Change(table, mine[IDENTITY], None, mine))
            continue
        change = Change(table, (mine or base).get(IDENTITY), base, mine)
        if change.op == "U" and not change.changed_fields():
            continue
        changes.append(change)
    return changes


def _complete_identity(rows, table, fid, row, ward_code):
    """Give a row added by another program its uuid, asset code and ward code."""
    layer = schema.LAYERS_BY_NAME[table]
    updates = {}
    if not row.get(IDENTITY):
        updates[IDENTITY] = new_uuid()
    if layer.is_asset and not row.get("asset_code"):
        code = rows.new_code(table)
        if code:
            updates["asset_code"] = code
    if ward_code and "ward_code" in row and not row.get("ward_code"):
        updates["ward_code"] = ward_code
    if updates:
        rows.update_by_fid(table, fid, updates)
        row.update(updates)
    return row


def _rows_where(connection, table, key, values, cols):
    """(fid, row) for every row whose *key* is in *values*, read in chunks of 500."""
    cols = tuple(cols)
    values = list(values)
    for start in range(0, len(values), 500):
        chunk = values[start:start + 500]
        for row in connection.execute(sql("SELECT fid, {cols} FROM {table} WHERE {key} IN ({values})", cols=cols,
                                          table=table, key=key, values=placeholders(len(chunk))), chunk):
            yield row[0], dict(zip(cols, row[1:]))


def rows_by_fid(connection, table, fids, cols):
    """{fid: row} for many fids."""
    return {fid: row for fid, row in _rows_where(connection, table, "fid", fids, cols)}


def rows_by_uuid(connection, table, uuids, cols):
    """{uuid: (fid, row)} for many uuids (absent uuids are left out)."""
    return {row[IDENTITY]: (fid, row) for fid, row in _rows_where(connection, table, IDENTITY, uuids, cols)}


class SqliteRows:
    """The rows and capture logs of a GeoPackage, as :func:`collect_local_changes` reads them (the
    PostgreSQL shared map has its own, ``postgis/shared_map.PostgresRows``)."""

    def __init__(self, connection):
        self.connection = connection

    def data_columns(self, table):
        return data_columns(self.connection, table)

    def captured(self, table, cols):
        return _captured(self.connection, table, cols)

    def by_fid(self, table, fids, cols):
        return rows_by_fid(self.connection, table, fids, cols)

    def update_by_fid(self, table, fid, updates):
        self.connection.execute(_update_by_fid(table, tuple(updates)), list(updates.values()) + [fid])

    def new_code(self, table):
        return code_allocator.new_code(self.connection, table)


def collect_local_changes(connection, ward_code="", rows=None):
    """Read and fold every captured edit. The caller holds a write transaction with the capture
    triggers silenced; the capture logs are emptied by :func:`clear_captured`. *rows*: where the
    rows and logs are read (default: the GeoPackage *connection*)."""
    rows = rows or SqliteRows(connection)
    changes = []
    for table in SYNCED_TABLES:
        cols = rows.data_columns(table)
        captured = rows.captured(table, cols)
        currents = rows.by_fid(table, captured, cols) if captured else {}
        for fid, entries in captured.items():
            current = currents.get(fid)
            if current is not None and entries[-1][0] != "D" and (
                    not current.get(IDENTITY) or (schema.LAYERS_BY_NAME[table].is_asset
                                                  and not current.get("asset_code"))):
                current = _complete_identity(rows, table, fid, current, ward_code)
            if current is not None and entries[-1][0] != "D":
                current = _store_nfc(rows, table, fid, current)
            changes.extend(_net_changes(table, fid, entries, current if entries[-1][0] != "D" else None))
    return changes


def _store_nfc(rows, table, fid, row):
    """Text is stored in Unicode NFC: the same Vietnamese word typed precomposed or decomposed
    (keyboards differ) is the same value everywhere."""
    fixed = {name: nfc(value) for name, value in row.items() if isinstance(value, str) and nfc(value) != value}
    if fixed:
        rows.update_by_fid(table, fid, fixed)
        row = dict(row, **fixed)
    return row


def clear_captured(connection):
    for table in SYNCED_TABLES:
        connection.execute(sql("DELETE FROM {table}", table=capture_table(table)))


def unsealed_base(connection, table, fid, cols):
    """The row as it was at the last sync when the feature has edits not yet sealed, else None.
    Returns (op of first entry, base row)."""
    row = connection.execute(sql("SELECT capture_op, {cols} FROM {log_table} WHERE capture_fid = ? ORDER BY "
                                 "capture_seq LIMIT 1", cols=tuple(cols), log_table=capture_table(table)),
                             (fid,)).fetchone()
    if row is None:
        return None, None
    return row[0], (None if row[0] == "I" else dict(zip(cols, row[1:])))
