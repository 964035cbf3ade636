"""The shared map as sync sees it: one interface, whatever holds the map.

Sync talks to "the shared map" only through :class:`SharedMap` (where it is, whether it can be
reached, its lock, a connection to it) and :class:`SharedSession` (what one connection can read and
write). Values cross the interface in the GeoPackage form the working copies and the log already use
(geometry as a GeoPackage blob, dates as ISO text, yes/no as 0/1), so the merge, the log, bundles and
working copies never see which kind of shared map they talk to.

Two implementations: :mod:`.geopackage_shared_map` (a shared GeoPackage on a network drive or USB
stick) and :mod:`..postgis.shared_map` (a ward schema in PostgreSQL/PostGIS);
:func:`.shared_map.open_shared_map` makes the right one from an address.

Written once, over this interface: the merge (:mod:`.merge`), pushing a changeset and folding direct
edits (:mod:`.push`), and everything that runs on :attr:`SharedSession.db`: the shared history
(:mod:`.shared_log`), the code allocator (:mod:`..ward_map.code_allocator`), the comparison of
histories (:mod:`.restored_backups`) and the filling of identities. ``db`` is a connection with
``execute(statement, parameters)`` taking ``?`` placeholders and portable SQL (for a GeoPackage the
``sqlite3`` connection itself); the implementations add only what differs: locking, transactions,
typed rows, the capture of direct edits and copying the whole map.
"""
from ..errors import MyMapError
from ..i18n import tr
from . import shared_log
from .capture import CONFLICTS
from ..sql_identifiers import sql
from ..ward_map import code_allocator, schema


class RowRejected(Exception):
    """The shared map refused a row (a rule of its schema: unique, not null, a value list)."""


def refuse_moved(state, display):
    """A shared GeoPackage published to PostgreSQL is not synced with any more (two shared maps of one
    share would drift apart): the message gives the new address."""
    if state.get("moved_to"):
        raise MyMapError(tr("The shared map {} was moved to PostgreSQL: sync once with “{}” as the shared map "
                            "(Processing: Sync working copy, SHARED); the address is then remembered. Nothing was "
                            "changed and your edits are kept.").format(display, state["moved_to"]))


class SharedMap:
    """Where the shared map is. ``address`` is what a working copy stores (a path, or a PostgreSQL
    address; never a password); ``display`` is how messages name it."""

    address = ""
    display = ""
    errors = ()                 # exception types of its driver, explained by :meth:`explain`

    def reachable(self) -> bool:
        """Cheap: whether the shared map can be reached now."""
        raise NotImplementedError

    def ensure_reachable(self, message):
        """Raise MyMapError(*message*) when the shared map cannot be reached; a kind that knows why
        (a refused password, a missing database) says so instead."""
        if not self.reachable():
            raise MyMapError(message)

    def recently_reachable(self) -> bool:
        """What the Sync panel shows: cheap, never a long wait."""
        return self.reachable()

    def lock(self, editor):
        """A context manager holding the shared map's write lock for *editor* (one sync at a time)."""
        raise NotImplementedError

    def open(self, connection=None):
        """A :class:`SharedSession` (a context manager that closes it); over *connection* when the
        caller already has one open (it stays the caller's to close)."""
        raise NotImplementedError

    def explain(self, error):
        """A user's MyMapError for an error of the driver (one of :attr:`errors`)."""
        raise NotImplementedError


class SharedSession:
    """One connection to the shared map. Writes happen inside :meth:`transaction`, under the lock."""

    db = None

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        self.close()

    def close(self):
        raise NotImplementedError

    def make_writable(self):
        """Get the shared map ready for a write transaction (GeoPackage: its rollback journal)."""
        raise NotImplementedError

    def transaction(self, editor=""):
        """A context manager: one write transaction, committed on exit, rolled back on any error."""
        raise NotImplementedError

    def read_transaction(self):
        """A context manager: one consistent read of the shared map (no lock needed)."""
        raise NotImplementedError

    # Identity, state and schema.
    def state(self) -> dict:
        raise NotImplementedError

    def write_state(self, **values):
        raise NotImplementedError

    def fingerprint(self) -> str:
        raise NotImplementedError

    def capture_problems(self) -> list:
        """Why the capture of direct edits cannot be trusted (empty when it can)."""
        raise NotImplementedError

    def prepare(self):
        """Make sure the map has its sync tables, capture and identity (in a transaction)."""
        raise NotImplementedError

    def check_schema(self, working):
        """Under the lock: the working copy and the shared map have the same fields, or MyMapError."""
        raise NotImplementedError

    def ward_code(self) -> str:
        row = self.db.execute(sql("SELECT value FROM {table} WHERE key = 'ward_code'",
                                  table=schema.SETTINGS_TABLE)).fetchone()
        return row[0] if row else ""

    # Rows of the layers (GeoPackage form), written with the capture silenced (set_applying).
    def set_applying(self, on):
        raise NotImplementedError

    def take_direct_changes(self, ward_code) -> list:
        """The edits made directly in the shared map since the last time, folded into changes
        (:class:`.changes.Change`); their capture is emptied, and what this writes (identities of rows
        added by other programs) is not captured. Caller holds the transaction; a map without direct
        edits is not written at all."""
        raise NotImplementedError

    def write_row(self, table, uuid, values) -> str:
        """Insert, update (*values* a full or partial row) or delete (None) the feature *uuid*;
        :class:`RowRejected` when the shared map refuses it (nothing of it is written)."""
        raise NotImplementedError

    def update_rows(self, table, names, rows) -> int:
        """UPDATE *names* of many features: rows are [values…, uuid]; returns the rows updated."""
        raise NotImplementedError

    def code_in_use(self, table, code, uuid) -> bool:
        """Whether another feature than *uuid* has the asset code *code*."""
        return self.db.execute(sql("SELECT 1 FROM {table} WHERE asset_code = ? AND uuid <> ?", table=table),
                               (code, uuid)).fetchone() is not None

    def asset_code_of(self, table, uuid):
        row = self.db.execute(sql("SELECT asset_code FROM {table} WHERE uuid = ?", table=table), (uuid,)).fetchone()
        return row[0] if row else None

    # The shared history (shared_log, written once).
    def last_seq(self) -> int:
        return shared_log.last_seq(self.db)

    def next_seq(self) -> int:
        """The first sequence number of the next changeset (never one used before)."""
        return shared_log.last_seq(self.db) + 1

    def entries_since(self, seq) -> list:
        return shared_log.entries_since(self.db, seq)

    def changesets_since(self, seq) -> list:
        return shared_log.changesets_since(self.db, seq)

    def changeset_info(self, changeset):
        return shared_log.changeset_info(self.db, changeset)

    def append_changeset(self, info, entries) -> dict:
        return shared_log.append_changeset(self.db, info, entries, first_seq=self.next_seq())

    def record_conflicts(self, conflicts, changeset, working_id, editor, codes):
        shared_log.record_conflicts(self.db, conflicts, changeset, working_id, editor, codes)

    def mark_resolved(self, resolutions):
        """[(conflict_uuid, resolved_at, resolution)] resolved in a working copy."""
        self.db.executemany(sql("UPDATE {table} SET resolved_at = ?, resolution = ? WHERE conflict_uuid = ? "
                                "AND resolved_at IS NULL", table=CONFLICTS),
                            [(at, how, conflict_uuid) for conflict_uuid, at, how in resolutions])

    # Asset codes (the code allocator, written once).
    def reserve_code_block(self, layer_name, size) -> tuple:
        return code_allocator.reserve_block(self.db, layer_name, size)

    def raise_counter(self, layer_name, serial):
        code_allocator.raise_counter(self.db, layer_name, serial)

    def new_code(self, layer_name):
        return code_allocator.new_code(self.db, layer_name)

    # Drop-down lists built from the map's own rows.
    def write_lookup_lists(self):
        raise NotImplementedError

    def export_working_copy(self, target_path) -> int:
        """Copy the whole map to *target_path* (a ward GeoPackage) from one consistent snapshot;
        returns its last seq."""
        raise NotImplementedError
