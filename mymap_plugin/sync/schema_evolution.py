"""What sync does when a working copy and its shared map no longer have the same fields.

The shared map decides the shape of the synced tables:

* a field the shared map has and the copy lacks (added in QGIS's field editor, with GDAL or
  plain SQL) is added to the copy at its next sync, with the shared map's values, alias and
  value list, inside one transaction of the copy that keeps its unsent edits and its outbox;
* an edit log that lacks a field its table has (because the field was added on that side) is
  extended, on either side, once the field is known to both;
* a field only in the copy, a field whose type differs, a deleted field or a data version the
  copy cannot take is refused with a sentence that says what to do, and nothing is changed;
* a table that appears in the shared map but is not one MyMap syncs is reported once;
* a layer this MyMap has and a map made by an earlier one lacks (the streets) is added, empty and
  with its edit capture, to the copy before sealing and to the shared map under the share lock.

Every rule lives here; ``sync_working_copy`` only calls :func:`update_working_copy` before
sealing and :func:`check_shared` under the share lock.
"""
import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import assignments, column_definition, placeholders, sql, table_info
from ..ward_map import schema
from . import capture
from .database import columns, connect, table_exists, transaction

CAPTURE_KEYS = ("capture_seq", "capture_op", "capture_fid")
REPORTED_TABLES = "reported_new_tables"         # state key: new tables already reported to this copy
_INTERNAL_PREFIXES = ("gpkg_", "gpkgext_", "rtree_", "sqlite_", "mymap_")
_INTERNAL_TABLES = ("layer_styles", "qgis_projects", "ogr_empty_table")


@dataclass(frozen=True)
class Column:
    table: str
    name: str
    declared: str
    notnull: bool = False
    default: object = None          # the default's SQL text, as PRAGMA table_info gives it

    def definition(self) -> str:
        """The column's SQL for ALTER TABLE … ADD COLUMN: same type; the default (and NOT NULL)
        only when it is a constant, as SQLite requires."""
        return column_definition(self.table, self.name, self.declared, self.notnull, self.default)


@dataclass
class Differences:
    added: list = field(default_factory=list)       # [Column] in the shared map, new to the copy
    local: list = field(default_factory=list)       # [(table, name)] only in the copy
    retyped: list = field(default_factory=list)     # [(table, name, type here, type in the shared map)]
    removed: list = field(default_factory=list)     # [(table, name, True when removed from the copy)]
    new_tables: list = field(default_factory=list)  # tables of the shared map the copy does not have
    version: tuple = (None, None)                   # (the copy's data version, the shared map's)


def table_columns(connection, table):
    """{name: Column} of a synced table (without the fid, which never leaves the machine)."""
    return {name: Column(table, name, declared or "", bool(notnull), default)
            for _cid, name, declared, notnull, default, _pk in table_info(connection, table) if name != "fid"}


def logged_columns(connection, table):
    """The row columns the table's edit log has (empty when there is no log)."""
    log = capture.capture_table(table)
    if not table_exists(connection, log):
        return []
    return [name for name in columns(connection, log) if name not in CAPTURE_KEYS]


def capture_gaps(connection):
    """{table: [columns the table has and its edit log lacks]}."""
    gaps = {}
    for table in capture.SYNCED_TABLES:
        if not table_exists(connection, table) or not table_exists(connection, capture.capture_table(table)):
            continue
        logged = set(logged_columns(connection, table))
        missing = [name for name in capture.data_columns(connection, table) if name not in logged]
        if missing:
            gaps[table] = missing
    return gaps


def capture_intact(connection) -> bool:
    """Every synced table has its edit log and its three capture triggers (whatever columns they
    name: a field added since is repaired, a missing log or trigger is damage)."""
    triggers = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    for table in capture.SYNCED_TABLES:
        if not table_exists(connection, table) or not table_exists(connection, capture.capture_table(table)):
            return False
        prefix = capture.capture_table(table)
        if not {prefix + "_insert", prefix + "_update", prefix + "_delete"} <= triggers:
            return False
    return True


def data_version(connection):
    """The ward's data version (``schema_version`` in its settings), None when unreadable."""
    if not table_exists(connection, schema.SETTINGS_TABLE):
        return None
    row = connection.execute(sql("SELECT value FROM {table} WHERE key = 'schema_version'",
                                 table=schema.SETTINGS_TABLE)).fetchone()
    try:
        return int(row[0]) if row else None
    except (TypeError, ValueError):
        return None


def _user_tables(connection):
    names = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return {name for name in names
            if not name.lower().startswith(_INTERNAL_PREFIXES) and name.lower() not in _INTERNAL_TABLES}


def compare(working, shared) -> Differences:
    """How the synced tables of *working* differ from those of *shared* (both open connections)."""
    found = Differences(version=(data_version(working), data_version(shared)))
    for table in capture.SYNCED_TABLES:
        if not table_exists(working, table) or not table_exists(shared, table):
            continue            # a missing synced table is damage: capture.problems names it
        mine, theirs = table_columns(working, table), table_columns(shared, table)
        logged_here, logged_there = set(logged_columns(working, table)), set(logged_columns(shared, table))
        for name, column in theirs.items():
            if name in mine:
                if mine[name].declared.upper() != column.declared.upper():
                    found.retyped.append((table, name, mine[name].declared, column.declared))
            elif name in logged_here:
                found.removed.append((table, name, True))       # the copy's log still knows it
            else:
                found.added.append(column)
        for name in mine:
            if name in theirs:
                continue
            if name in logged_there:
                found.removed.append((table, name, False))
            else:
                found.local.append((table, name))
    found.new_tables = sorted(_user_tables(shared) - _user_tables(working) - set(capture.SYNCED_TABLES))
    return found


def _names(pairs):
    return ", ".join("{}.{}".format(table, name) for table, name, *_rest in pairs)


def refusal(found, working_path, shared_path, during_sync=False):
    """The MyMapError for differences sync cannot take in (None when it can). *during_sync*:
    the check under the share lock, where the copy has already taken in the shared map's fields
    and any field still new to it was added while this sync ran."""
    mine, theirs = found.version
    if theirs is not None and theirs > schema.SCHEMA_VERSION:
        return MyMapError(tr("The shared map {} was upgraded by a newer MyMap (data version {}; this MyMap "
                             "knows up to version {}). Update the MyMap plugin and sync again; nothing was "
                             "changed and your edits are kept.").format(shared_path, theirs, schema.SCHEMA_VERSION))
    if mine is not None and theirs is not None and mine > theirs:
        return MyMapError(tr("Your working copy has MyMap data version {} but the shared map {} has version {}. "
                             "Nothing was synced and your edits are kept: ask your GIS officer to upgrade the "
                             "shared map with the same MyMap version, then sync again.")
                          .format(mine, shared_path, theirs))
    if found.removed:
        here = [item for item in found.removed if item[2]]
        there = [item for item in found.removed if not item[2]]
        return MyMapError(tr("Fields were deleted from {}: {}. MyMap cannot sync a deleted field, so nothing was "
                             "changed and your edits are kept. Add the field back there with the same name and "
                             "type (or ask your GIS officer), then sync again.")
                          .format(working_path if here else shared_path, _names(here or there)))
    if found.retyped:
        details = "; ".join(tr("{}.{} is {} in your working copy and {} in the shared map").format(
            table, name, mine_type or "-", their_type or "-") for table, name, mine_type, their_type in found.retyped)
        return MyMapError(tr("Some fields have a different type in your working copy and in the shared map {}: {}. "
                             "MyMap cannot sync a field whose type was changed, so nothing was changed and your "
                             "edits are kept. Give the field the same type on both sides (or ask your GIS "
                             "officer), then sync again.").format(shared_path, details))
    if found.local:
        return MyMapError(tr("Your working copy has fields that the shared map {} does not have: {}. Nothing was "
                             "changed and your edits are kept. Add the same fields to the shared map first (in "
                             "QGIS: open the layer from the shared map, Layer Properties → Fields → New field, "
                             "same name and type), then sync again.").format(shared_path, _names(found.local)))
    if during_sync and (found.added or mine != theirs):
        return MyMapError(tr("The fields of the shared map {} changed during this sync ({}). Nothing was synced "
                             "and your edits are kept; sync again.")
                          .format(shared_path, _names([(c.table, c.name) for c in found.added]) or "-"))
    return None


def repair_capture(connection):
    """Extend edit logs that lack a field of their table and reinstall the capture triggers, in
    the caller's transaction. A logged edit made before the field existed keeps NULL as that
    field's old value, so a value set since is sent as a change. Returns the tables repaired."""
    gaps = capture_gaps(connection)
    if gaps:
        capture.install(connection)
        capture.write_state(connection, fingerprint=capture.fingerprint(connection))
    return sorted(gaps)


def _open_shared(share, state):
    """A read-only connection to this copy's own shared GeoPackage, or None when it cannot be read
    (or is not a GeoPackage: a PostgreSQL shared map compares its fields under its lock,
    ``SharedSession.check_schema``)."""
    shared_path = getattr(share, "path", None)
    if shared_path is None or not Path(str(shared_path)).is_file():
        return None
    try:
        shared = connect(shared_path, read_only=True)
    except sqlite3.Error:
        return None
    try:
        shared.execute("BEGIN")         # one consistent snapshot for the comparison and the values
        same = capture.read_state(shared).get("share_id") == state.get("share_id")
    except sqlite3.Error:
        same = False
    if not same:
        shared.close()
        return None
    return shared


def _copy_form_rows(working, shared, added):
    """The fields' aliases and descriptions (gpkg_data_columns) and their constraints, when both
    files keep them."""
    if not (table_exists(working, "gpkg_data_columns") and table_exists(shared, "gpkg_data_columns")):
        return
    wanted = [name for name in columns(working, "gpkg_data_columns") if name in columns(shared, "gpkg_data_columns")]
    constraints = table_exists(working, "gpkg_data_column_constraints") and table_exists(
        shared, "gpkg_data_column_constraints")
    for column in added:
        row = shared.execute(sql("SELECT {names} FROM {table} WHERE table_name = ? AND column_name = ?",
                                 table="gpkg_data_columns", names=wanted), (column.table, column.name)).fetchone()
        if row is None:
            continue
        working.execute(sql("INSERT OR IGNORE INTO {table} ({names}) VALUES ({values})", table="gpkg_data_columns",
                            names=wanted, values=placeholders(len(wanted))), row)
        constraint = dict(zip(wanted, row)).get("constraint_name")
        if constraints and constraint and not working.execute(
                "SELECT 1 FROM gpkg_data_column_constraints WHERE constraint_name = ?", (constraint,)).fetchone():
            names = columns(shared, "gpkg_data_column_constraints")
            for values in shared.execute(sql("SELECT {names} FROM {table} WHERE constraint_name = ?",
                                             table="gpkg_data_column_constraints", names=names),
                                         (constraint,)).fetchall():
                working.execute(sql("INSERT INTO {table} ({names}) VALUES ({values})",
                                    table="gpkg_data_column_constraints", names=names,
                                    values=placeholders(len(names))), values)


def _take_values(working, shared, table, added):
    """The shared map's values of the new fields for every feature the copy has, with capture
    silenced; a logged edit's old row gets them too, so they are not sent back as changes."""
    names = tuple(column.name for column in added)
    key = capture.IDENTITY
    values = [list(row[1:]) + [row[0]] for row in shared.execute(sql(
        "SELECT {key}, {names} FROM {table} WHERE {key} IS NOT NULL", table=table, key=key, names=names))]
    working.executemany(sql("UPDATE {table} SET {sets} WHERE {key} = ?", table=table, key=key,
                            sets=assignments(names, table)), values)
    log = capture.capture_table(table)
    logged = {uuid for (uuid,) in working.execute(sql("SELECT DISTINCT {key} FROM {table} WHERE capture_op <> 'I'",
                                                      table=log, key=key))}
    if logged:
        working.executemany(sql("UPDATE {table} SET {sets} WHERE capture_op <> 'I' AND {key} = ?", table=log,
                                key=key, sets=assignments(names, log)), [row for row in values if row[-1] in logged])


def _report_new_tables(working, state, found, shared_path, report):
    """One sentence per table new to this copy, at one sync only. Returns the tables to record."""
    try:
        reported = set(json.loads(state.get(REPORTED_TABLES) or "[]"))
    except ValueError:
        reported = set()
    fresh = [name for name in found.new_tables if name not in reported]
    for name in fresh:
        report.messages.append(tr("The shared map has a table {} that MyMap does not sync, so it is not in your "
                                  "working copy and edits to it are not synced. To see it, add it to your QGIS "
                                  "project straight from the shared map {} (Layer → Add Layer → Add Vector "
                                  "Layer).").format(name, shared_path))
    return sorted(reported | set(fresh)) if fresh else None


def _add_missing_layers(connection, path):
    """The layers of the data dictionary that a map made by an earlier MyMap lacks, added to it
    (a file that cannot be read fails here as any other read does)."""
    from ..ward_map.create_ward_map import add_missing_layers, layers_missing_from   # QGIS only then
    if layers_missing_from(connection):
        add_missing_layers(path)


def update_working_copy(working, state, working_path, share, report):
    """Before sealing: bring the copy's fields up to the shared map's (*share*, a
    ``shared_store.SharedMap``), or refuse with nothing changed. Without its shared map at hand a
    copy whose edit log lacks a field cannot tell a field added to both from one added only here,
    and waits."""
    _add_missing_layers(working, working_path)
    shared_path = share.display
    shared = _open_shared(share, state)
    if shared is None:
        gaps = capture_gaps(working)
        if gaps:
            raise MyMapError(tr("Fields were added to your working copy ({}) and cannot be checked against the "
                                "shared map {} (it cannot be reached, or it is not this copy's shared map). Nothing "
                                "was changed and your edits are kept; sync again when the shared map can be "
                                "reached.").format(_names([(t, n) for t, names in gaps.items() for n in names]),
                                                   shared_path))
        return
    try:
        found = compare(working, shared)
        error = refusal(found, working_path, shared_path)
        if error is not None:
            raise error
        mine, theirs = found.version
        upgrade = theirs is not None and mine is not None and theirs > mine
        gaps = capture_gaps(working)
        if (found.added or gaps) and not capture_intact(working):
            return              # a damaged capture is named by sync's own check, never papered over
        reported = _report_new_tables(working, state, found, shared_path, report)
        if not (found.added or gaps or upgrade or reported):
            return
        by_table = {}
        for column in found.added:
            by_table.setdefault(column.table, []).append(column)
        with transaction(working):
            capture.set_applying(working, True)
            for table, added in by_table.items():
                for column in added:
                    working.execute(sql("ALTER TABLE {table} ADD COLUMN {definition}", table=table,
                                        definition=column.definition()))
            if by_table or gaps:
                capture.install(working)        # edit logs get the fields (NULL in rows already logged)
            for table, added in by_table.items():
                _take_values(working, shared, table, added)
            _copy_form_rows(working, shared, found.added)
            if upgrade:
                working.execute(sql("UPDATE {table} SET value = ? WHERE key = 'schema_version'",
                                    table=schema.SETTINGS_TABLE), (str(theirs),))
            capture.set_applying(working, False)
            capture.write_state(working, fingerprint=capture.fingerprint(working))
            if reported is not None:
                capture.write_state(working, **{REPORTED_TABLES: json.dumps(reported, ensure_ascii=False)})
    finally:
        shared.close()


def working_path_of(working):
    return next((path for _seq, name, path in working.execute("PRAGMA database_list") if name == "main"), "")


def check_shared(working, shared, shared_path):
    """Under the share lock: the copy and the shared GeoPackage must now have the same fields; the
    shared map's own edit log is extended to fields added to it (its direct edits of them are
    then captured like any other)."""
    working_path = working_path_of(working)
    _add_missing_layers(shared, shared_path)
    error = refusal(compare(working, shared), working_path, shared_path, during_sync=True)
    if error is not None:
        raise error
    if capture_gaps(shared) and capture_intact(shared):
        with transaction(shared):
            repair_capture(shared)
