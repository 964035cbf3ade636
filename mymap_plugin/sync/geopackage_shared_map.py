"""The shared map as a GeoPackage on a network drive: :class:`.shared_store.SharedMap` over
``sqlite3``, the lock file beside the share (:mod:`.share_lock`) and the rollback journal
(:mod:`.journal_mode`)."""
import contextlib
import sqlite3
import uuid as uuid_module
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map import lookup_lists
from ..ward_map.identities import fill_identities
from . import capture, journal_mode, schema_evolution, shared_log
from .changes import clear_captured, collect_local_changes, update_statement, write_row
from .database import connect, transaction
from .share_lock import ShareLock
from .shared_store import RowRejected, SharedMap, SharedSession


class GeoPackageSharedMap(SharedMap):
    errors = (sqlite3.Error,)

    def __init__(self, path):
        self.path = Path(path)
        self.address = str(self.path)
        self.display = str(self.path)

    def reachable(self) -> bool:
        return self.path.is_file()

    def lock(self, editor):
        return ShareLock(self.path, editor)

    def open(self, connection=None):
        """A session; over *connection* when the caller already has the file open (it stays the caller's to close)."""
        if connection is not None:
            return GeoPackageSession(connection, self.path, owned=False)
        return GeoPackageSession(connect(self.path), self.path)

    def explain(self, error):
        from .sync_working_copy import explain_file_error
        return explain_file_error(error, self.path)


class GeoPackageSession(SharedSession):
    """One ``sqlite3`` connection to the shared GeoPackage (``db``: its SQL is the portable SQL)."""

    def __init__(self, connection, path, owned=True):
        self.connection = connection
        self.db = connection
        self.path = path
        self.owned = owned

    def close(self):
        if self.owned:
            self.connection.close()

    def make_writable(self):
        journal_mode.ensure_delete_journal(self.connection, self.path)

    def transaction(self, editor=""):
        return transaction(self.connection)

    @contextlib.contextmanager
    def read_transaction(self):
        """BEGIN (deferred) … COMMIT: the reads see one state of the file."""
        self.connection.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.connection.in_transaction:
                self.connection.execute("ROLLBACK")
            raise
        self.connection.execute("COMMIT")

    def state(self) -> dict:
        return capture.read_state(self.connection)

    def write_state(self, **values):
        capture.write_state(self.connection, **values)

    def fingerprint(self) -> str:
        return capture.fingerprint(self.connection)

    def capture_problems(self) -> list:
        return capture.problems(self.connection)

    def prepare(self):
        """Rows added by other programs get their identity; the sync tables, capture triggers and
        the map's share id are made when missing."""
        state = capture.read_state(self.connection)
        if state.get("role") == "working":
            raise MyMapError(tr("{} is a working copy, not a shared map. Choose the shared GeoPackage.")
                             .format(self.path))
        fill_identities(self.connection)
        capture.install(self.connection)
        if not state.get("share_id"):
            capture.write_state(self.connection, role="shared", share_id=str(uuid_module.uuid4()),
                                shared_since=shared_log.utc_text())
        capture.write_state(self.connection, fingerprint=capture.fingerprint(self.connection))
        return capture.read_state(self.connection)

    def check_schema(self, working):
        schema_evolution.check_shared(working, self.connection, self.path)

    def next_seq(self) -> int:
        return shared_log.next_seq(self.connection)

    def set_applying(self, on):
        capture.set_applying(self.connection, on)

    def take_direct_changes(self, ward_code) -> list:
        if not capture.has_captured_edits(self.connection):
            return []
        capture.set_applying(self.connection, True)
        changes = collect_local_changes(self.connection, ward_code)
        clear_captured(self.connection)
        capture.set_applying(self.connection, False)
        return changes

    def write_row(self, table, uuid, values) -> str:
        try:
            return write_row(self.connection, table, uuid, values)     # a refused statement is undone alone
        except sqlite3.IntegrityError as error:
            raise RowRejected(str(error)) from None

    def update_rows(self, table, names, rows) -> int:
        return self.connection.executemany(update_statement(table, names), rows).rowcount

    def write_lookup_lists(self):
        return lookup_lists.write_lists(self.connection)

    def export_working_copy(self, target_path) -> int:
        """SQLite's backup API, inside one read transaction so the seq matches the copy."""
        copy = sqlite3.connect(str(target_path))
        try:
            self.connection.execute("BEGIN")
            seq = shared_log.last_seq(self.connection)
            self.connection.backup(copy)
            self.connection.execute("COMMIT")
        finally:
            copy.close()
        return seq
