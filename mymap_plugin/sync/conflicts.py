"""Conflict records in a working copy, and their resolution.

Each record keeps base, mine and theirs; the map already shows the provisional
winner (theirs). Resolving is an ordinary edit of the working copy (captured
and sent by the next sync like any other), so the choice reaches everyone.
"""
import sqlite3

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql
from ..ward_map import code_allocator, schema
from . import capture
from .changes import row_by_uuid, write_row
from .database import connect, connect_for_reading, transaction
from .merge import DELETE_UPDATE, FIELD, INSERT_INSERT, INSERT_REJECTED, UPDATE_DELETE
from .shared_log import conflict_value, utc_text

KEEP_MINE = "mine"
KEEP_THEIRS = "theirs"
EDIT = "value"
RESTORE = "restore"
CHOICES = (KEEP_MINE, KEEP_THEIRS, EDIT, RESTORE)

_COLUMNS = ("id", "conflict_uuid", "changeset", "created_at", "table_name", "uuid", "asset_code", "kind", "field",
            "base", "mine", "theirs", "winner", "mine_editor", "theirs_editor", "working_id", "resolved_at",
            "resolution")


def list_conflicts(path, include_resolved=False):
    connection = connect_for_reading(path)
    try:
        if not capture.read_state(connection):
            return []
        if include_resolved:
            statement = sql("SELECT {names} FROM {table} ORDER BY id", table=capture.CONFLICTS, names=_COLUMNS)
        else:
            statement = sql("SELECT {names} FROM {table} WHERE resolved_at IS NULL ORDER BY id",
                            table=capture.CONFLICTS, names=_COLUMNS)
        rows = []
        for row in connection.execute(statement):
            record = dict(zip(_COLUMNS, row))
            for side in ("base", "mine", "theirs"):
                record[side] = conflict_value(record[side])
            rows.append(record)
        return rows
    finally:
        connection.close()


def choices_for(kind):
    """The choices that make sense for a kind of conflict."""
    if kind in (FIELD, INSERT_INSERT):
        return (KEEP_MINE, KEEP_THEIRS, EDIT)
    if kind in (UPDATE_DELETE, INSERT_REJECTED):
        return (RESTORE, KEEP_THEIRS)
    if kind == DELETE_UPDATE:
        return (KEEP_MINE, KEEP_THEIRS)
    return (KEEP_THEIRS,)


def resolve(path, conflict_id, choice, value=None) -> str:
    """Resolve one conflict in the working copy *path*. Returns what was done, in words."""
    if choice not in CHOICES:
        raise MyMapError(tr("Unknown choice {}: use mine, theirs, value or restore.").format(choice))
    connection = connect(path)
    try:
        with transaction(connection):
            row = connection.execute(sql("SELECT {names} FROM {table} WHERE id = ?", table=capture.CONFLICTS,
                                         names=_COLUMNS), (conflict_id,)).fetchone()
            if row is None:
                raise MyMapError(tr("There is no conflict number {} in {}.").format(conflict_id, path))
            record = dict(zip(_COLUMNS, row))
            if record["resolved_at"]:
                raise MyMapError(tr("Conflict {} was already resolved ({}).").format(conflict_id, record["resolution"]))
            if choice not in choices_for(record["kind"]):
                raise MyMapError(tr("“{}” does not apply to this conflict; possible: {}.").format(
                    choice, ", ".join(choices_for(record["kind"]))))
            done = _apply_choice(connection, record, choice, value)
            connection.execute(sql("UPDATE {table} SET resolved_at = ?, resolution = ? WHERE id = ?",
                                   table=capture.CONFLICTS), (utc_text(), choice, conflict_id))
            return done
    except sqlite3.IntegrityError as error:
        raise MyMapError(tr("The choice breaks a rule of the ward map ({}); nothing was changed.").format(error)) \
            from None
    finally:
        connection.close()


def _apply_choice(connection, record, choice, value):
    table, uuid, kind = record["table_name"], record["uuid"], record["kind"]
    mine = conflict_value(record["mine"])
    if choice == KEEP_THEIRS:
        return tr("kept the version in the shared map")
    if kind in (FIELD, INSERT_INSERT):
        if record["field"] not in capture.data_columns(connection, table):
            raise MyMapError(tr("The field {} is no longer in the layer {}, so this conflict can only be closed "
                                "with “theirs”.").format(record["field"], table))
        fid, _row = row_by_uuid(connection, table, uuid, [record["field"]])
        if fid is None:
            raise MyMapError(tr("The feature no longer exists; restore it first."))
        new_value = mine if choice == KEEP_MINE else value
        connection.execute(sql("UPDATE {table} SET {name} = ? WHERE fid = ?", table=table, name=record["field"]),
                           (new_value, fid))
        return tr("{} set to {}").format(record["field"], new_value)
    if kind == DELETE_UPDATE:
        write_row(connection, table, uuid, None)
        return tr("deleted again")
    # Restore a feature: mine is the whole row.
    if row_by_uuid(connection, table, uuid, ["uuid"])[0] is not None:
        raise MyMapError(tr("The feature already exists in the working copy."))
    restored = dict(mine)
    code = restored.get("asset_code")
    if code and connection.execute(sql("SELECT 1 FROM {table} WHERE asset_code = ?", table=table),
                                   (code,)).fetchone():
        restored["asset_code"] = code_allocator.new_code(connection, table)     # None: given at the next sync
    if schema.LAYERS_BY_NAME.get(table) is None:
        raise MyMapError(tr("Unknown table {}.").format(table))
    write_row(connection, table, uuid, restored)
    return tr("restored")
