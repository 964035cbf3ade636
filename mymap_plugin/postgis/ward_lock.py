"""The lock that lets one sync at a time write a PostGIS ward, while other wards sync freely.

What ``sync/share_lock.py`` and SQLite's write lock do for a shared GeoPackage, inside the caller's
transaction (READ COMMITTED), in this order:

1. ``pg_advisory_xact_lock`` on a key made of MyMap's tag and the ward schema's oid: syncs of one ward
   queue for it (first come, first served); different wards have different keys and never wait for
   each other. It is released by commit, rollback, or the connection dropping (a sync killed with
   ``kill -9``, a laptop that vanished), so no lock is ever left behind. Waiting is bounded
   (``lock_timeout``); the message then names who holds it (editor, computer, since when, by the
   server's clock), read from ``pg_stat_activity``.
2. ``LOCK TABLE`` every table of the ward's schema ``IN SHARE ROW EXCLUSIVE MODE``: people reading the
   ward (QGIS, city systems) go on, and a direct edit (QGIS saving, an SQL client) waits for the few
   seconds of the sync, so it can neither be overwritten nor slip between the sync's reading of the
   edit logs and its writes. An edit transaction that stays open longer than the wait is named.
3. ``search_path`` set to the ward's schema for the transaction.

Editor names are not ASCII-only, and ``application_name`` is: the holder is written there as
``mymap:<computer>@<editor in Punycode>`` (``mymap:may-an@Nguyn Vn An-…``) and decoded for the message.
"""
import re
import socket
import time
from urllib.parse import quote, unquote

from psycopg2 import errors, sql

from ..errors import MyMapError
from ..i18n import tr
from ..sync.share_lock import _how_long, _local_date_time
from ..ward_map import schema
from . import ward_schema

LOCK_TAG = 0x4D594D50                   # "MYMP": the high half of every MyMap ward lock key
APPLICATION_PREFIX = "mymap:"
WAIT_S = 60                             # for another sync of the same ward
WRITE_WAIT_S = 30                       # for direct edits of the ward to be saved
_APPLICATION_NAME_BYTES = 63
_HOST_CHARS = 20
_PARTIAL_ESCAPE = re.compile(r"%[0-9A-Fa-f]?$")


def lock_key(connection, schema_name) -> int:
    """The advisory lock key of a ward: MyMap's tag and the oid of its schema (unique in the database)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT oid::bigint FROM pg_namespace WHERE nspname = %s", (schema_name,))
        row = cursor.fetchone()
    if row is None:
        raise MyMapError(tr("The database has no ward schema {}. Check the shared map's address (schema=…).")
                         .format(schema_name))
    return (LOCK_TAG << 32) | row[0]


def application_name(editor, computer=None) -> str:
    """``mymap:<computer>@<editor>``: the computer percent-encoded, the editor in Punycode (Vietnamese
    names stay short in ASCII), at most 63 bytes in all; a name too long is shortened, whole letters."""
    host = quote(computer or socket.gethostname(), safe="")[:_HOST_CHARS]
    host = _PARTIAL_ESCAPE.sub("", host)
    editor = editor or ""
    while True:
        text = APPLICATION_PREFIX + host + "@" + editor.encode("punycode").decode("ascii")
        if len(text) <= _APPLICATION_NAME_BYTES or not editor:
            return text[:_APPLICATION_NAME_BYTES]
        editor = editor[:-1]


def _holder_of(application):
    """(editor, computer) read back from an application name made by :func:`application_name`."""
    if not (application or "").startswith(APPLICATION_PREFIX):
        return None, None
    host, _at, encoded = application[len(APPLICATION_PREFIX):].partition("@")
    try:
        editor = encoded.encode("ascii").decode("punycode")
    except (UnicodeError, ValueError):
        editor = encoded
    return editor or None, unquote(host, errors="replace") or None


def holder(connection, key):
    """(editor, computer, since (epoch seconds), seconds ago) of whoever holds the ward's lock, or None."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT a.application_name, host(a.client_addr), extract(epoch FROM a.xact_start)::float8, "
            "extract(epoch FROM now() - a.xact_start)::float8 FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
            "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = %s AND l.objid::bigint = %s "
            "AND l.objsubid = 1", (key >> 32, key & 0xFFFFFFFF))
        row = cursor.fetchone()
    if row is None:
        return None
    editor, computer = _holder_of(row[0])
    return editor, computer or row[1], row[2], row[3]


def _busy(connection, key):
    found = holder(connection, key) or (None, None, None, None)
    editor, computer, since, ago = found
    return MyMapError(tr("The shared map is busy: {editor} on {computer} has been syncing since {since} "
                         "({ago} ago). Try again in a minute; your edits are safe in your working copy.")
                      .format(editor=editor or "?", computer=computer or "?",
                              since=_local_date_time(since) if since is not None else "?",
                              ago=_how_long(ago) if ago is not None else "?"))


def _ward_tables(connection, schema_name):
    """The tables of the ward's schema, the layers first in the data dictionary's order: a direct edit
    takes its layer's table before the edit log its trigger writes, so the sync does the same."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = %s AND c.relkind IN ('r', 'p') ORDER BY c.relname", (schema_name,))
        names = [row[0] for row in cursor.fetchall()]
    layers = [layer.name for layer in schema.LAYERS if layer.name in names]
    return layers + [name for name in names if name not in layers]


def _set_lock_timeout(cursor, seconds):
    cursor.execute("SELECT set_config('lock_timeout', %s, true)", ("{}ms".format(max(1, int(seconds * 1000))),))


def _lock_tables(connection, schema_name, write_wait_s):
    """LOCK TABLE the whole ward. A deadlock with a direct edit that spans layers (PostgreSQL then
    cancels one side) is retried until *write_wait_s* has passed; then, or on time-out, MyMapError."""
    deadline = time.monotonic() + write_wait_s
    tables = sql.SQL(", ").join(ward_schema.qualified(schema_name, name)
                                for name in _ward_tables(connection, schema_name))
    with connection.cursor() as cursor:
        cursor.execute("SAVEPOINT mymap_ward_tables")
        while True:
            _set_lock_timeout(cursor, deadline - time.monotonic())
            try:
                cursor.execute(sql.SQL("LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE").format(tables))
                return
            except errors.DeadlockDetected:
                cursor.execute("ROLLBACK TO SAVEPOINT mymap_ward_tables")     # the advisory lock stays held
                retry = time.monotonic() < deadline
            except errors.LockNotAvailable:
                retry = False
            if retry:
                continue
            connection.rollback()
            raise MyMapError(tr("The shared map {} is being written by another program (QGIS saving edits, or an "
                                "edit session that keeps a transaction open) and was still locked after {} "
                                "seconds. Ask whoever edits the shared map directly to save or cancel their edits, "
                                "then try again. The shared map was not changed.")
                             .format(schema_name, int(write_wait_s)))


def lock_ward(connection, schema_name, editor, computer=None, wait_s=WAIT_S, write_wait_s=WRITE_WAIT_S):
    """Take the ward's lock for the caller's transaction (*connection* not in autocommit). On
    MyMapError the transaction has been rolled back and nothing is held."""
    if connection.autocommit:
        raise ValueError("lock_ward needs a transaction: the connection is in autocommit mode")
    ward_schema.check_schema_name(schema_name)
    with connection.cursor() as cursor:
        cursor.execute("SELECT set_config('application_name', %s, false)", (application_name(editor, computer),))
        key = lock_key(connection, schema_name)
        _set_lock_timeout(cursor, wait_s)
        try:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", (key,))
        except errors.LockNotAvailable:
            connection.rollback()
            raise _busy(connection, key) from None
        _lock_tables(connection, schema_name, write_wait_s)
        cursor.execute("SELECT set_config('lock_timeout', '0', true)")
        cursor.execute("SELECT set_config('search_path', %s, true)",
                       (sql.SQL("{}, public").format(sql.Identifier(schema_name)).as_string(connection),))
    return key
