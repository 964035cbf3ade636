"""The shared map as sync sees it: one interface, whatever holds the map.

Sync talks to "the shared map" only through :class:`SharedMap` (where it is, whether it can be
reached, its lock, a connection to it) and :class:`SharedSession` (what one connection can read and
write: the map's state and identity, the shared history, conflict records, code blocks, drop-down
lists). Values cross the interface in the GeoPackage form the working copies and the log already use,
so the merge, the log, bundles and working copies never see which kind of shared map they talk to.

:func:`.shared_map.open_shared_map` makes one from an address. Today there is one implementation,
:mod:`.geopackage_shared_map` (a shared GeoPackage on a network drive); a PostgreSQL one follows
(``docs/postgis-design.md``). The merge (:mod:`.merge`), the code allocator
(:mod:`..ward_map.code_allocator`) and the bookkeeping (:mod:`.shared_log`) are written once and
called by the implementations.
"""


class SharedMap:
    """Where the shared map is. ``address`` is what a working copy stores (a path; never a password)."""

    address = ""

    def reachable(self) -> bool:
        """Cheap: whether the shared map can be reached now."""
        raise NotImplementedError

    def lock(self, editor):
        """A context manager holding the shared map's write lock for *editor* (one sync at a time)."""
        raise NotImplementedError

    def open(self, connection=None):
        """A :class:`SharedSession` (a context manager that closes it); over *connection* when the
        caller already has one open (it stays the caller's to close)."""
        raise NotImplementedError


class SharedSession:
    """One connection to the shared map. Writes happen inside :meth:`transaction`, under the lock."""

    def __enter__(self):
        return self

    def __exit__(self, *_exc):
        self.close()

    def close(self):
        raise NotImplementedError

    def make_writable(self):
        """Get the shared map ready for a write transaction (GeoPackage: its rollback journal)."""
        raise NotImplementedError

    def transaction(self):
        """A context manager: one write transaction, committed on exit, rolled back on any error."""
        raise NotImplementedError

    def read_transaction(self):
        """A context manager: one consistent read of the shared map (no lock needed)."""
        raise NotImplementedError

    # Identity and state (mymap_sync_state): role, share_id, fingerprint…
    def state(self) -> dict:
        raise NotImplementedError

    def write_state(self, **values):
        raise NotImplementedError

    def fingerprint(self) -> str:
        raise NotImplementedError

    def capture_problems(self) -> list:
        """Why the capture of direct edits cannot be trusted (empty when it can)."""
        raise NotImplementedError

    # The shared history.
    def last_seq(self) -> int:
        raise NotImplementedError

    def entries_since(self, seq) -> list:
        raise NotImplementedError

    def changesets_since(self, seq) -> list:
        raise NotImplementedError

    def changeset_info(self, changeset):
        raise NotImplementedError

    def append_changeset(self, info, entries) -> dict:
        raise NotImplementedError

    # Conflict records kept beside the history.
    def mark_resolved(self, resolutions):
        """[(conflict_uuid, resolved_at, resolution)] resolved in a working copy."""
        raise NotImplementedError

    # Asset codes.
    def reserve_code_block(self, layer_name, size) -> tuple:
        raise NotImplementedError

    def raise_counter(self, layer_name, serial):
        raise NotImplementedError

    # Drop-down lists built from the map's own rows.
    def write_lookup_lists(self):
        raise NotImplementedError

    def export_working_copy(self, target_path) -> int:
        """Copy the whole map to *target_path* from one consistent snapshot; returns its last seq."""
        raise NotImplementedError
