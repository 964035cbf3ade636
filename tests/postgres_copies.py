"""Working copies of a PostgreSQL shared map, checked out once and handed out afresh.

Checking a working copy out of PostgreSQL builds a whole ward GeoPackage (some seconds); the fault and
convergence tests need new ones for every test or example. :class:`CheckedOut` checks the copies out
once from a database copied from the published demo ward, and :meth:`CheckedOut.fresh` gives a test a
new database copied from that one (the share's state, history and code counters as the checkout left
them) and copies of the working copies pointed at it, as if they had been checked out from it.
"""
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from mymap_plugin.postgis.publish import publish_ward
from mymap_plugin.postgis.shared_map import PostgresSharedMap
from mymap_plugin.sync.database import connect
from tests.conftest import WARD_SCHEMA
from tests.sync_helpers import make_copies


def address_of(server, database, schema=WARD_SCHEMA):
    return "{} schema={}".format(server.dsn(database), schema)


def point_at(copy, address):
    """Make the working copy *copy* sync with the shared map at *address* (the address as sync stores it)."""
    connection = connect(copy)
    try:
        connection.execute("UPDATE mymap_sync_state SET value = ? WHERE key = 'shared_path'",
                           (PostgresSharedMap(address).address,))
    finally:
        connection.close()


class CheckedOut:
    """A template database (a copy of *published*) with working copies of *editors* checked out of it."""

    def __init__(self, server, published, folder, editors, schema=WARD_SCHEMA):
        self.server = server
        self.schema = schema
        self.template = server.create_database(template=published)
        self.copies = make_copies(address_of(server, self.template, schema), Path(folder), editors)
        self.databases = []

    def fresh(self, folder):
        """(address, [copies]): a new shared map and the working copies, in *folder*."""
        database = self.server.create_database(template=self.template)
        self.databases.append(database)
        address = address_of(self.server, database, self.schema)
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        copies = []
        for source in self.copies:
            copy = folder / source.name
            shutil.copyfile(str(source), str(copy))
            point_at(copy, address)
            copies.append(copy)
        return address, copies

    def drop(self, database):
        self.server.drop_database(database)
        self.databases.remove(database)

    def close(self):
        for database in list(self.databases):
            self.drop(database)
        self.server.drop_database(self.template)


SECOND_WARD, SECOND_CODE = "ward_b", "12106"


def publish_second_ward(server, database, master, folder, schema=SECOND_WARD, ward_code=SECOND_CODE):
    """Publish the demo ward a second time into *database*, as schema *schema* with its own ward code
    (the city views key wards by code, so two wards cannot share one); its address."""
    source = Path(folder) / "{}.gpkg".format(schema)
    shutil.copyfile(str(master), str(source))
    with closing(sqlite3.connect(str(source))) as connection, connection:
        connection.execute("UPDATE mymap_ward_settings SET value = ? WHERE key = 'ward_code'", (ward_code,))
    publish_ward(source, server.dsn(database), schema_name=schema)
    return address_of(server, database, schema)
