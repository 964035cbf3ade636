"""The shared side of sync: opening the shared map from the address a working copy stores
(:func:`open_shared_map`), and the sizes of the blocks of asset codes it hands out. What happens
inside it is written once over :mod:`.shared_store`'s interface (:mod:`.push`)."""
from ..sql_identifiers import sql
from ..ward_map import schema
from .geopackage_shared_map import GeoPackageSharedMap

CODE_BLOCK_SIZE = 5000
CODE_BLOCK_LOW = 1000


def is_postgres_address(address) -> bool:
    """Whether *address* names a PostgreSQL shared map rather than a GeoPackage file (cheap)."""
    text = str(address)
    if "=" not in text and not text.lower().startswith("postgres"):
        return False                    # a file path: no need to load the PostgreSQL driver
    from ..postgis.connection import is_postgres_address as postgres
    return postgres(text)


def open_shared_map(address):
    """The shared map at *address* (a :class:`.shared_store.SharedMap`): the path of a shared
    GeoPackage, or a PostgreSQL address (``service=city schema=ward_12103``, ``host=… dbname=…
    schema=…``, a QGIS connection name with ``schema=``)."""
    if is_postgres_address(address):
        from ..postgis.shared_map import PostgresSharedMap
        return PostgresSharedMap(address)
    return GeoPackageSharedMap(address)


def ward_code(connection):
    row = connection.execute(sql("SELECT value FROM {table} WHERE key = 'ward_code'",
                                 table=schema.SETTINGS_TABLE)).fetchone()
    return row[0] if row else ""


def reserve_code_block(session, layer_name, size=CODE_BLOCK_SIZE):
    """Hand a working copy *size* asset-code serials of its own: (first, last)."""
    return session.reserve_code_block(layer_name, size)
