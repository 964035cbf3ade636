"""Publishing a ward GeoPackage to PostgreSQL/PostGIS: its tables, rows and the capture of edits (the
first part of ``mymap:publish_to_postgres``; the shared history of a map that was already shared,
styles, city views and roles follow, see docs/postgis-design.md).

The GeoPackage is read with Python's ``sqlite3`` in one read transaction (a consistent snapshot);
PostgreSQL is written through the caller's psycopg2 connection inside the caller's transaction, so
a failed publish leaves nothing behind.
"""
from psycopg2 import sql
from psycopg2.extras import execute_values

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql as sqlite_sql
from ..sql_identifiers import table_info
from ..ward_map import schema
from . import capture_triggers, values, ward_schema

PAGE_SIZE = 1000


def ward_crs(geopackage):
    """(srid, WKT) of the ward's layers, from the GeoPackage's own tables (one EPSG CRS for all)."""
    rows = geopackage.execute(
        "SELECT DISTINCT s.organization, s.organization_coordsys_id, s.srs_id, s.definition "
        "FROM gpkg_geometry_columns g JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id").fetchall()
    if len(rows) != 1 or (rows[0][0] or "").upper() != "EPSG":
        raise MyMapError(tr("The layers of this ward map must all use one EPSG coordinate reference system "
                            "(found: {}). Fix the map with Validate, then publish it again.")
                         .format(", ".join("{}:{}".format(row[0], row[1]) for row in rows) or "-"))
    _organization, code, srs_id, definition = rows[0]
    if int(code) != int(srs_id):
        raise MyMapError(tr("The ward map's coordinate reference system is stored under id {} instead of its "
                            "EPSG code {}. Fix the map with Validate, then publish it again.").format(srs_id, code))
    return int(code), definition


def table_columns(geopackage, layer):
    """[(name, kind)] of a layer's table in the GeoPackage (without fid): the data dictionary's
    fields with their types, the geometry, and fields added beside the dictionary."""
    known = {field.name: field.type for field in layer.fields}
    found = []
    for _cid, name, declared, *_rest in table_info(geopackage, layer.name):
        if name == ward_schema.FID_COLUMN:
            continue
        if name == ward_schema.GEOMETRY_COLUMN and layer.geometry:
            found.append((name, "geometry"))
        else:
            found.append((name, known.get(name) or ward_schema.kind_of_declared(declared)))
    return found


def extra_fields(geopackage):
    """{table: [(name, kind)]} of the fields a ward map has beside the data dictionary."""
    extras = {}
    for layer in schema.LAYERS:
        known = set(layer.field_names()) | {ward_schema.GEOMETRY_COLUMN}
        added = [(name, kind) for name, kind in table_columns(geopackage, layer) if name not in known]
        if added:
            extras[layer.name] = added
    return extras


def _insert(connection, schema_name, table, columns, rows):
    statement = sql.SQL("INSERT INTO {} ({}) VALUES %s").format(
        ward_schema.qualified(schema_name, table), sql.SQL(", ").join(sql.Identifier(name) for name in columns))
    with connection.cursor() as cursor:
        execute_values(cursor, statement, rows, page_size=PAGE_SIZE)


def copy_rows(geopackage, connection, schema_name, srid):
    """Copy every row of the ward's tables, settings and code counters from the GeoPackage into the
    ward's schema (already made). Returns {table: rows copied}."""
    counts = {}
    for table, names in ((schema.SETTINGS_TABLE, ("key", "value")),
                         (schema.CODE_SEQUENCE_TABLE, ("layer_name", "last_serial"))):
        rows = geopackage.execute(sqlite_sql("SELECT {names} FROM {table} ORDER BY fid", table=table,
                                             names=names)).fetchall()
        _insert(connection, schema_name, table, names, rows)
        counts[table] = len(rows)
    for layer in schema.LAYERS:
        columns = table_columns(geopackage, layer)
        names = tuple(name for name, _kind in columns)
        cursor = geopackage.execute(sqlite_sql("SELECT {names} FROM {table} ORDER BY fid", table=layer.name,
                                               names=names))
        counts[layer.name] = 0
        while True:
            batch = cursor.fetchmany(PAGE_SIZE * 10)
            if not batch:
                break
            _insert(connection, schema_name, layer.name, names,
                    [tuple(values.to_postgres(kind, value, srid) for (_name, kind), value in zip(columns, row))
                     for row in batch])
            counts[layer.name] += len(batch)
    return counts


def publish_tables(geopackage, connection, schema_name, overwrite=False):
    """The ward's schema made from the GeoPackage (open sqlite3 connection *geopackage*), its rows
    copied, then the capture of edits installed, in the caller's PostgreSQL transaction. Returns
    (srid, {table: rows copied})."""
    srid, definition = ward_crs(geopackage)
    ward_schema.ensure_crs(connection, srid, definition)
    geopackage.execute("BEGIN")                 # one snapshot of the GeoPackage
    try:
        ward_schema.create_ward_schema(connection, schema_name, srid, extra_fields(geopackage), overwrite)
        counts = copy_rows(geopackage, connection, schema_name, srid)
    finally:
        geopackage.execute("ROLLBACK")
    capture_triggers.install(connection, schema_name, srid)     # after the copy: it is not an edit
    return srid, counts


def read_rows(connection, schema_name, table, columns, srid, order_by="uuid"):
    """[{name: value}] of a table of the ward's schema, in the GeoPackage form; *columns*: (name, kind)."""
    statement = sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
        values.select_list(columns), ward_schema.qualified(schema_name, table), sql.Identifier(order_by))
    with connection.cursor() as cursor:
        cursor.execute(statement)
        return [{name: values.from_postgres(kind, value, srid) for (name, kind), value in zip(columns, row)}
                for row in cursor.fetchall()]
