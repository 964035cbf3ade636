"""Publishing a ward GeoPackage to PostgreSQL/PostGIS (``mymap:publish_to_postgres``,
:func:`publish_ward`): its tables and rows (:func:`publish_tables`), the shared history of a map that
was already shared (:func:`copy_history`), the capture of edits, the city views, the roles and the
styles and forms.

The GeoPackage is read with Python's ``sqlite3`` in one read transaction (a consistent snapshot);
PostgreSQL is written through the caller's psycopg2 connection inside the caller's transaction, so
a failed publish leaves nothing behind.
"""
import contextlib
import uuid as uuid_module
from pathlib import Path

import psycopg2
from psycopg2 import sql
from psycopg2.extras import execute_values

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql as sqlite_sql
from ..sql_identifiers import table_info
from ..sync import capture
from ..sync.database import table_exists
from ..sync.shared_log import utc_text
from ..ward_map import schema
from ..ward_map.ward_settings import read_settings
from . import capture_triggers, values, ward_schema
from . import connection as addresses

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


_HISTORY_TABLES = (
    (capture.LOG, ("seq", "changeset", "table_name", "uuid", "op", "old", "new")),
    (capture.CHANGESETS, ("changeset", "editor", "created_at", "pushed_at", "base_seq", "first_seq", "last_seq",
                          "entries", "working_id", "kind")),
    (capture.CONFLICTS, ("conflict_uuid", "changeset", "created_at", "table_name", "uuid", "asset_code", "kind",
                         "field", "base", "mine", "theirs", "winner", "mine_editor", "theirs_editor", "working_id",
                         "resolved_at", "resolution", "reported")),
)


def copy_history(geopackage, connection, schema_name):
    """The shared history of a map that was already shared (its log, changesets and conflict
    records, with their sequence numbers), so its working copies go on syncing with the PostGIS
    ward. Returns the entries copied."""
    copied = 0
    for table, names in _HISTORY_TABLES:
        if not table_exists(geopackage, table):
            continue
        rows = geopackage.execute(sqlite_sql("SELECT {names} FROM {table}", table=table, names=names)).fetchall()
        if rows:
            _insert(connection, schema_name, table, names, rows)
        if table == capture.LOG:
            copied = len(rows)
    return copied


def _ward_identity(geopackage):
    settings = dict(geopackage.execute(sqlite_sql("SELECT key, value FROM {table}",
                                                  table=schema.SETTINGS_TABLE)).fetchall())
    return settings.get("ward_code") or "", settings.get("ward_name") or ""


def _make_roles(address, schema_name):
    from . import roles
    connection = addresses.connect(address)
    try:
        roles.create_layout(connection, [schema_name])
        connection.commit()
    except (MyMapError, psycopg2.Error) as error:
        connection.rollback()
        raise MyMapError(tr("The ward's roles could not be made ({}), so nothing was published. Publish as a role "
                            "allowed to create roles (CREATEROLE), or without ROLES and then run the role script "
                            "of the README.").format(" ".join(str(error).split()))) from None
    finally:
        connection.close()


def _undo_publish(address, schema_name):
    """Take back a publish whose styles or roles failed after its tables were committed: the ward
    leaves the city views, its schema and its style rows go."""
    from . import city_views
    connection = addresses.connect(address)
    try:
        city_views.unregister_ward(connection, schema_name)
        with connection.cursor() as cursor:
            cursor.execute(sql.SQL("DROP SCHEMA IF EXISTS {} CASCADE").format(sql.Identifier(schema_name)))
            cursor.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
            if cursor.fetchone()[0]:
                cursor.execute("DELETE FROM public.layer_styles WHERE f_table_schema = %s", (schema_name,))
        connection.commit()
    finally:
        connection.close()


def publish_ward(input_path, database, schema_name="", overwrite=False, make_roles=False, feedback=None) -> dict:
    """``mymap:publish_to_postgres``: the ward GeoPackage *input_path* becomes a shared map in
    PostgreSQL (*database*: a QGIS connection name or a libpq string). One PostgreSQL transaction
    makes the ward's schema, rows, settings, code counters, history (when the GeoPackage was
    already shared: the same share, so its working copies go on syncing), capture, city views and,
    with *make_roles*, the editor and viewer roles; then the styles and forms are saved in
    ``public.layer_styles``. A shared GeoPackage is then marked as moved, so nobody syncs with it
    by mistake. Returns what was done."""
    from ..sync import push
    from ..ward_map.create_ward_map import add_missing_layers, layers_missing_from
    from ..sync.geopackage_shared_map import GeoPackageSharedMap
    from ..sync.database import connect as connect_geopackage
    from . import city_views, roles, styles
    from .shared_map import PostgresSharedMap

    progress = feedback or (lambda _percent, _message: None)
    input_path = Path(input_path)
    read_settings(str(input_path))                  # a ward map, readable, not newer than this MyMap
    address = addresses.parse_address(database)
    geopackage = connect_geopackage(input_path)
    if layers_missing_from(geopackage):             # a ward map made by an earlier MyMap
        add_missing_layers(str(input_path))
    try:
        state = capture.read_state(geopackage)
        if state.get("role") == "working":
            raise MyMapError(tr("{} is a working copy. Publish the shared map (or the ward map) instead; a "
                                "working copy's edits reach PostgreSQL by syncing.").format(input_path))
        if state.get("moved_to"):
            raise MyMapError(tr("{} was already published to PostgreSQL ({}). Publish from there, or choose "
                                "another ward map.").format(input_path, state["moved_to"]))
        ward_code, ward_name = _ward_identity(geopackage)
        schema_name = ward_schema.check_schema_name(schema_name or address.schema
                                                    or ward_schema.default_schema_name(ward_code))
        target = PostgresSharedMap(addresses.PostgresAddress(address.dsn, schema_name, address.connection_name,
                                                             address.authcfg))
        shared = state.get("role") == "shared"
        share = GeoPackageSharedMap(input_path)
        with share.lock(tr("(publishing to PostgreSQL)")) if shared else contextlib.nullcontext():
            if shared:
                progress(5, tr("Taking in direct edits of the shared GeoPackage…"))
                with share.open(connection=geopackage) as session, session.transaction():
                    push.fold_direct_edits(session)
            connection = addresses.connect(address)
            try:
                progress(10, tr("Copying the ward's tables to PostgreSQL…"))
                srid, counts = publish_tables(geopackage, connection, schema_name, overwrite)
                history = copy_history(geopackage, connection, schema_name) if shared else 0
                with target.open(connection=connection) as session:
                    session.write_state(role="shared", share_id=state.get("share_id") or str(uuid_module.uuid4()),
                                        shared_since=state.get("shared_since") or utc_text(),
                                        published_from=str(input_path), published_at=utc_text())
                    session.write_state(fingerprint=session.fingerprint())
                city_views.register_ward(connection, schema_name, ward_code, ward_name)
                connection.commit()
            except BaseException:
                connection.rollback()
                raise
            finally:
                connection.close()
            progress(80, tr("Saving the styles and forms in the database…"))
            try:
                styles.save_styles(address.dsn, schema_name, str(input_path))
                if make_roles:          # after the styles: editors and viewers also read QGIS's layer_styles
                    _make_roles(address, schema_name)
            except BaseException:
                _undo_publish(address, schema_name)
                raise
            if shared:
                with share.open(connection=geopackage) as session, session.transaction():
                    session.write_state(moved_to=target.address)
    finally:
        geopackage.close()
    progress(100, tr("Published."))
    return {"address": target.address, "schema": schema_name, "srid": srid, "rows": counts,
            "history": history, "roles": roles.editor_role(schema_name) if make_roles else ""}
