"""The shared map as a GeoPackage on a network drive: :class:`.shared_store.SharedMap` over
``sqlite3``, the lock file beside the share (:mod:`.share_lock`) and the rollback journal
(:mod:`.journal_mode`)."""
import contextlib
import sqlite3
from pathlib import Path

from ..sql_identifiers import sql
from ..ward_map import code_allocator, lookup_lists
from . import capture, journal_mode, shared_log
from .database import connect, transaction
from .share_lock import ShareLock
from .shared_store import SharedMap, SharedSession


class GeoPackageSharedMap(SharedMap):
    def __init__(self, path):
        self.path = Path(path)
        self.address = str(self.path)

    def reachable(self) -> bool:
        return self.path.is_file()

    def lock(self, editor):
        return ShareLock(self.path, editor)

    def open(self, connection=None):
        """A session; over *connection* when the caller already has the file open (it stays the caller's to close)."""
        if connection is not None:
            return GeoPackageSession(connection, self.path, owned=False)
        return GeoPackageSession(connect(self.path), self.path)


class GeoPackageSession(SharedSession):
    """One ``sqlite3`` connection to the shared GeoPackage. ``connection`` is there for the parts of
    sync not yet behind the interface (push, direct edits, schema comparison, restored backups)."""

    def __init__(self, connection, path, owned=True):
        self.connection = connection
        self.path = path
        self.owned = owned

    def close(self):
        if self.owned:
            self.connection.close()

    def make_writable(self):
        journal_mode.ensure_delete_journal(self.connection, self.path)

    def transaction(self):
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

    def last_seq(self) -> int:
        return shared_log.last_seq(self.connection)

    def entries_since(self, seq) -> list:
        return shared_log.entries_since(self.connection, seq)

    def changesets_since(self, seq) -> list:
        return shared_log.changesets_since(self.connection, seq)

    def changeset_info(self, changeset):
        return shared_log.changeset_info(self.connection, changeset)

    def append_changeset(self, info, entries) -> dict:
        return shared_log.append_changeset(self.connection, info, entries)

    def mark_resolved(self, resolutions):
        self.connection.executemany(sql("UPDATE {table} SET resolved_at = ?, resolution = ? WHERE conflict_uuid = ? "
                                        "AND resolved_at IS NULL", table=capture.CONFLICTS),
                                    [(at, how, conflict_uuid) for conflict_uuid, at, how in resolutions])

    def reserve_code_block(self, layer_name, size) -> tuple:
        return code_allocator.reserve_block(self.connection, layer_name, size)

    def raise_counter(self, layer_name, serial):
        code_allocator.raise_counter(self.connection, layer_name, serial)

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
