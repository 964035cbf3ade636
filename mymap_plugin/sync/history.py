"""Who changed which field of a feature, when, from what to what; and reverting
a changeset by applying its inverse as a new edit (which then syncs)."""
import sqlite3

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql
from . import capture
from .changes import row_by_uuid, unsealed_base, write_row
from .database import connect, connect_for_reading, loads, transaction
from .shared_log import changeset_info


def _field_rows(op, old, new):
    """(field, from, to) rows of one log entry; inserts and deletes list the whole row."""
    old, new = old or {}, new or {}
    names = sorted(set(old) | set(new))
    return [(name, old.get(name), new.get(name)) for name in names
            if op != "U" or old.get(name) != new.get(name)]


def feature_history(path, table, uuid):
    """Newest first: dicts with time, editor, changeset, op, field, old, new, pending."""
    connection = connect_for_reading(path)
    try:
        history = []
        for seq, changeset, op, old, new, editor, pushed_at in connection.execute(
                sql("SELECT l.seq, l.changeset, l.op, l.old, l.new, c.editor, c.pushed_at FROM {log_table} l "
                    "LEFT JOIN {changesets_table} c ON c.changeset = l.changeset WHERE l.table_name = ? AND l.uuid = ? "
                    "ORDER BY l.seq", log_table=capture.LOG, changesets_table=capture.CHANGESETS), (table, uuid)):
            for name, before, after in _field_rows(op, loads(old), loads(new)):
                history.append({"seq": seq, "time": pushed_at, "editor": editor, "changeset": changeset, "op": op,
                                "field": name, "old": before, "new": after, "pending": False})
        state = capture.read_state(connection)
        for base, mine in connection.execute(sql("SELECT base, mine FROM {table} WHERE table_name = ? AND uuid = ?",
                                                 table=capture.OUTBOX), (table, uuid)):
            base, mine = loads(base), loads(mine)
            op = "I" if base is None else ("D" if mine is None else "U")
            for name, before, after in _field_rows(op, base, mine):
                history.append({"seq": None, "time": state.get("outbox_created"), "editor": state.get("editor"),
                                "changeset": state.get("outbox_changeset"), "op": op, "field": name, "old": before,
                                "new": after, "pending": True})
        fid, current = row_by_uuid(connection, table, uuid)
        first_op, base = (unsealed_base(connection, table, fid, capture.data_columns(connection, table))
                          if fid is not None else (None, None))
        if first_op is not None:
            op = "I" if base is None else "U"
            for name, before, after in _field_rows(op, base, current):
                history.append({"seq": None, "time": None, "editor": state.get("editor"), "changeset": None,
                                "op": op, "field": name, "old": before, "new": after, "pending": True})
        history.reverse()
        return history
    finally:
        connection.close()


def revert_changeset(path, changeset):
    """Undo *changeset* with a new edit in the working copy *path*. A field changed again since is left
    as it is and reported. Returns (features reverted, [(table, uuid, field) skipped])."""
    connection = connect(path)
    try:
        info = changeset_info(connection, changeset)
        if info is None:
            raise MyMapError(tr("The changeset {} is not in the history of {}.").format(changeset, path))
        reverted, skipped = 0, []
        with transaction(connection):
            entries = connection.execute(sql("SELECT table_name, uuid, op, old, new FROM {table} WHERE changeset = ? "
                                             "ORDER BY seq DESC", table=capture.LOG), (changeset,)).fetchall()
            for table, uuid, op, old, new in entries:
                old, new = loads(old), loads(new)
                fid, current = row_by_uuid(connection, table, uuid)
                if op == "U":
                    if current is None:
                        skipped.extend((table, uuid, name) for name in new)
                        continue
                    undo = {}
                    for name, value in new.items():
                        if current.get(name) == value:
                            undo[name] = old.get(name)
                        else:
                            skipped.append((table, uuid, name))
                    if undo:
                        write_row(connection, table, uuid, undo)
                        reverted += 1
                elif op == "I":
                    if current is None:
                        continue
                    changed_since = [name for name, value in new.items() if current.get(name) != value]
                    if changed_since:          # others worked on the new feature since: keep it, report
                        skipped.extend((table, uuid, name) for name in changed_since)
                        continue
                    write_row(connection, table, uuid, None)
                    reverted += 1
                elif op == "D":
                    if current is None:
                        write_row(connection, table, uuid, old)
                        reverted += 1
                    else:
                        skipped.append((table, uuid, None))
        return reverted, skipped
    except sqlite3.IntegrityError as error:
        raise MyMapError(tr("Reverting would break a rule of the ward map ({}); nothing was changed.")
                         .format(error)) from None
    finally:
        connection.close()


def recent_changesets(path, limit=200):
    connection = connect_for_reading(path)
    try:
        return [dict(zip(("changeset", "editor", "pushed_at", "entries", "kind"), row)) for row in connection.execute(
            sql("SELECT changeset, editor, pushed_at, entries, kind FROM {table} ORDER BY first_seq DESC LIMIT ?",
                table=capture.CHANGESETS), (limit,))]
    finally:
        connection.close()
