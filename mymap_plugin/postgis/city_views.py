"""City views: one read-only layer per kind of asset over every published ward of a database.

A city (or a district) keeps many wards in one database, one schema per ward. City systems, and
people who look at the whole city in QGIS, want one layer of trees, one of housing… rather than one per
ward. The schema ``mymap_city`` holds them:

* ``mymap_city.wards``: the registry of published wards (schema, ward code, ward name, when it was
  last published). Publishing a ward calls :func:`register_ward`; removing a ward calls
  :func:`unregister_ward` before its schema is dropped.
* one view per layer of :data:`CITY_LAYERS` (``mymap_city.housing``, ``mymap_city.trees``…): a
  ``UNION ALL`` over the registered wards whose schema and table exist, remade by
  :func:`refresh_views` whenever the registry changes, so the views always show what is published.

Each view has the same columns whatever the wards hold: ``city_id`` (``<ward code>:<uuid>``, unique in
the city: QGIS's key column), ``ward_code`` (from the registry: the ward that holds the row; it takes the
place of the layer's own ``ward_code`` field), the data dictionary's other fields in its order, and
``geom``. Fields a ward added beside the dictionary are left out; a dictionary field a ward lacks
(published before the field existed) is NULL there.

Wards may lie in different VN-2000 zones. A view's geometry has one typed column
(``geometry(<type>, <srid>)``, which QGIS reads without guessing): the SRID all wards share when they
agree, otherwise WGS 84 (EPSG:4326) through ``ST_Transform``. The same SRID is used for every view.

Views run with their owner's rights (the role that publishes), so the city viewer role needs no
right on the ward schemas (``roles.py``). A view that is remade loses its grants: :func:`refresh_views`
gives them back to :data:`VIEWER_ROLE` with :func:`viewer_grant_statements`, the statements
``roles.py`` also uses. ``DROP SCHEMA … CASCADE`` on a ward would drop the views with it; call
:func:`unregister_ward` first (or :func:`refresh_views` after).

Every function works inside the caller's psycopg2 transaction. Names reach SQL text only through
``psycopg2.sql.Identifier``, values as bound parameters or ``psycopg2.sql.Literal``.
"""
from psycopg2 import sql

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map import schema
from . import ward_schema

CITY_SCHEMA = "mymap_city"
REGISTRY = "wards"
VIEWER_ROLE = "mymap_city_viewer"
KEY_COLUMN = "city_id"
WARD_CODE = "ward_code"
FALLBACK_SRID = 4326            # WGS 84, when the wards lie in different zones
CITY_LAYERS = tuple(layer for layer in schema.LAYERS
                    if layer.is_asset or layer.name in ("streets", "residential_groups"))


def view_names():
    """The names of the city views, in the data dictionary's order."""
    return [layer.name for layer in CITY_LAYERS]


def _registry():
    return sql.SQL("{}.{}").format(sql.Identifier(CITY_SCHEMA), sql.Identifier(REGISTRY))


def _view(name):
    return sql.SQL("{}.{}").format(sql.Identifier(CITY_SCHEMA), sql.Identifier(name))


def ensure_city_schema(connection):
    """Make the schema ``mymap_city`` and its registry of wards when they are missing."""
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(CITY_SCHEMA)))
        cursor.execute(sql.SQL("CREATE TABLE IF NOT EXISTS {} (schema_name text PRIMARY KEY, "
                               "ward_code text NOT NULL, ward_name text, published_at timestamptz)")
                       .format(_registry()))


def _lock_registry(cursor):
    """One publisher at a time changes the registry and remakes the views (until the caller commits)."""
    cursor.execute(sql.SQL("LOCK TABLE {} IN SHARE ROW EXCLUSIVE MODE").format(_registry()))


def settings_identity(connection, schema_name):
    """(ward code, ward name) from the ward's own settings table (``mymap_ward_settings``)."""
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT key, value FROM {} WHERE key IN ('ward_code', 'ward_name')").format(
            ward_schema.qualified(schema_name, schema.SETTINGS_TABLE)))
        settings = dict(cursor.fetchall())
    return settings.get("ward_code"), settings.get("ward_name")


def register_ward(connection, schema_name, ward_code, ward_name, refresh=True):
    """Add the ward's schema to the city's registry, or update its code, name and time of publishing,
    then remake the views (unless *refresh* is False). Two wards of the city cannot share a ward code
    (it makes the rows' city-wide key); a registration whose schema no longer exists is replaced."""
    ward_schema.check_schema_name(schema_name)
    code = str(ward_code or "").strip()
    if not code:
        raise MyMapError(tr("The ward in schema {} has no ward code, so it cannot be shown in the city views. "
                            "Set the ward code in the ward map's settings, then publish it again.")
                         .format(schema_name))
    ensure_city_schema(connection)
    with connection.cursor() as cursor:
        _lock_registry(cursor)
        cursor.execute(sql.SQL("DELETE FROM {} WHERE ward_code = %s AND schema_name <> %s "
                               "AND to_regnamespace(quote_ident(schema_name)) IS NULL").format(_registry()),
                       (code, schema_name))
        cursor.execute(sql.SQL("SELECT schema_name FROM {} WHERE ward_code = %s AND schema_name <> %s")
                       .format(_registry()), (code, schema_name))
        other = cursor.fetchone()
        if other is not None:
            raise MyMapError(tr("The ward code {} is already published in schema {}. Remove that ward from the "
                                "city views first, or correct the ward code of schema {}.")
                             .format(code, other[0], schema_name))
        cursor.execute(sql.SQL("INSERT INTO {} (schema_name, ward_code, ward_name, published_at) "
                               "VALUES (%s, %s, %s, now()) ON CONFLICT (schema_name) DO UPDATE SET "
                               "ward_code = EXCLUDED.ward_code, ward_name = EXCLUDED.ward_name, "
                               "published_at = EXCLUDED.published_at").format(_registry()),
                       (schema_name, code, ward_name))
    if refresh:
        refresh_views(connection)


def unregister_ward(connection, schema_name, refresh=True):
    """Remove the ward from the city's registry and remake the views without it (before its schema is
    dropped). Returns True when it was registered."""
    ensure_city_schema(connection)
    with connection.cursor() as cursor:
        _lock_registry(cursor)
        cursor.execute(sql.SQL("DELETE FROM {} WHERE schema_name = %s").format(_registry()), (schema_name,))
        removed = cursor.rowcount > 0
    if refresh:
        refresh_views(connection)
    return removed


def registered_wards(connection):
    """[(schema name, ward code, ward name)] of the registered wards whose schema exists, by ward code."""
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT schema_name, ward_code, ward_name FROM {} "
                               "WHERE to_regnamespace(quote_ident(schema_name)) IS NOT NULL "
                               "ORDER BY ward_code, schema_name").format(_registry()))
        return cursor.fetchall()


def _tables(connection, schema_names):
    """{(schema, table): (set of column names, srid of geom or None)} of the wards' layer tables."""
    tables = {}
    with connection.cursor() as cursor:
        cursor.execute("SELECT n.nspname, c.relname, a.attname FROM pg_catalog.pg_attribute a "
                       "JOIN pg_catalog.pg_class c ON c.oid = a.attrelid "
                       "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = ANY(%s) AND c.relname = ANY(%s) AND c.relkind IN ('r', 'p') "
                       "AND a.attnum > 0 AND NOT a.attisdropped",
                       (list(schema_names), view_names()))
        for schema_name, table, column in cursor.fetchall():
            tables.setdefault((schema_name, table), [set(), None])[0].add(column)
        cursor.execute("SELECT f_table_schema, f_table_name, srid FROM public.geometry_columns "
                       "WHERE f_table_schema = ANY(%s) AND f_table_name = ANY(%s) AND f_geometry_column = %s",
                       (list(schema_names), view_names(), ward_schema.GEOMETRY_COLUMN))
        for schema_name, table, srid in cursor.fetchall():
            if (schema_name, table) in tables:
                tables[(schema_name, table)][1] = srid
    return {key: (columns, srid) for key, (columns, srid) in tables.items()}


def city_srid(tables):
    """The SRID of every city view: the one all the wards' layers share, else WGS 84."""
    srids = {srid for _columns, srid in tables.values() if srid}
    return srids.pop() if len(srids) == 1 else FALLBACK_SRID


def _geometry_type(layer, srid):
    return sql.SQL("geometry({}, {})").format(sql.SQL(ward_schema.GEOMETRY_TYPES[layer.geometry]),
                                              sql.Literal(int(srid)))


def _select_list(layer, srid, ward_code=None, columns=(), ward_srid=None):
    """The view's columns for one ward (or, without *ward_code*, the typed NULLs of an empty view)."""
    items = []
    if ward_code is None:
        items.append(sql.SQL("CAST(NULL AS text) AS {}").format(sql.Identifier(KEY_COLUMN)))
        items.append(sql.SQL("CAST(NULL AS text) AS {}").format(sql.Identifier(WARD_CODE)))
    else:
        items.append(sql.SQL("CAST({} || ':' || {} AS text) AS {}").format(
            sql.Literal(ward_code), sql.Identifier("uuid"), sql.Identifier(KEY_COLUMN)))
        items.append(sql.SQL("CAST({} AS text) AS {}").format(sql.Literal(ward_code), sql.Identifier(WARD_CODE)))
    for field in layer.fields:
        if field.name == WARD_CODE:
            continue
        value = sql.Identifier(field.name) if field.name in columns else sql.SQL("NULL")
        items.append(sql.SQL("CAST({} AS {}) AS {}").format(value, sql.SQL(ward_schema.COLUMN_TYPES[field.type]),
                                                          sql.Identifier(field.name)))
    geometry = sql.Identifier(ward_schema.GEOMETRY_COLUMN)
    if ward_code is None or ward_schema.GEOMETRY_COLUMN not in columns:
        geometry = sql.SQL("NULL")
    elif ward_srid != srid:
        geometry = sql.SQL("ST_Transform({}, {})").format(geometry, sql.Literal(int(srid)))
    items.append(sql.SQL("CAST({} AS {}) AS {}").format(geometry, _geometry_type(layer, srid),
                                                      sql.Identifier(ward_schema.GEOMETRY_COLUMN)))
    return sql.SQL(", ").join(items)


def view_statement(layer, wards, tables, srid) -> sql.Composed:
    """CREATE VIEW of one layer over *wards* ([(schema, code, name)]) whose table exists in *tables*."""
    parts = []
    for schema_name, code, _name in wards:
        found = tables.get((schema_name, layer.name))
        if found is None:
            continue
        columns, ward_srid = found
        parts.append(sql.SQL("SELECT {} FROM {}").format(_select_list(layer, srid, code, columns, ward_srid),
                                                        ward_schema.qualified(schema_name, layer.name)))
    if not parts:
        parts.append(sql.SQL("SELECT {} WHERE false").format(_select_list(layer, srid)))
    return sql.SQL("CREATE VIEW {} AS {}").format(_view(layer.name), sql.SQL(" UNION ALL ").join(parts))


def viewer_grant_statements(role=VIEWER_ROLE):
    """What the city viewer role is given: the use of the schema and the reading of every view."""
    statements = [sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(CITY_SCHEMA),
                                                                   sql.Identifier(role))]
    statements += [sql.SQL("GRANT SELECT ON {} TO {}").format(_view(name), sql.Identifier(role))
                   for name in view_names()]
    return statements


def role_exists(connection, role):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = %s", (role,))
        return cursor.fetchone() is not None


def refresh_views(connection):
    """Remake every city view over the registered wards (dropped and made again: a new ward, or a ward in
    another zone, may change the columns' type). Returns the SRID of the views."""
    ensure_city_schema(connection)
    with connection.cursor() as cursor:
        _lock_registry(cursor)
        wards = registered_wards(connection)
        tables = _tables(connection, [ward[0] for ward in wards])
        srid = city_srid(tables)
        for layer in CITY_LAYERS:
            cursor.execute(sql.SQL("DROP VIEW IF EXISTS {}").format(_view(layer.name)))
            cursor.execute(view_statement(layer, wards, tables, srid))
        if role_exists(connection, VIEWER_ROLE):
            for statement in viewer_grant_statements(VIEWER_ROLE):
                cursor.execute(statement)
    return srid
