"""A ward's schema in a real PostgreSQL 15 + PostGIS 3 server, made from the demo ward GeoPackage
(mymap_plugin/postgis/ward_schema.py and publish.py): same tables and columns, the rules as
constraints PostgreSQL enforces, GiST indexes, the ward's CRS, and every row copied so that it reads
back as the GeoPackage holds it."""
import contextlib
import sqlite3

import psycopg2
import pytest
from psycopg2 import errors, sql

from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis import publish, values, ward_schema
from mymap_plugin.sync.database import connect
from mymap_plugin.ward_map import schema
from tests.postgres_server import execute

SCHEMA = "ward_12103"


@pytest.fixture
def demo_geopackage(demo_ward_master):
    connection = connect(demo_ward_master, read_only=True)
    yield connection
    connection.close()


@pytest.fixture
def published(postgres_server, postgres_database, demo_geopackage):
    """The demo ward published into a fresh database: (connection, srid, counts)."""
    connection = psycopg2.connect(postgres_server.dsn(postgres_database))
    try:
        with connection:
            srid, counts = publish.publish_tables(demo_geopackage, connection, SCHEMA)
        connection.autocommit = True
        yield connection, srid, counts
    finally:
        connection.close()


def one(connection, statement, parameters=None):
    return execute(connection, statement, parameters)[0][0]


def gpkg_count(geopackage, table):
    return geopackage.execute("SELECT count(*) FROM " + sql_name(table)).fetchone()[0]


def sql_name(table):
    assert table in schema.LAYERS_BY_NAME or table in (schema.SETTINGS_TABLE, schema.CODE_SEQUENCE_TABLE)
    return '"' + table + '"'


def test_every_table_and_row_is_published(published, demo_geopackage):
    connection, srid, counts = published
    assert srid == 9209
    for table in [layer.name for layer in schema.LAYERS] + [schema.SETTINGS_TABLE, schema.CODE_SEQUENCE_TABLE]:
        expected = gpkg_count(demo_geopackage, table)
        assert counts[table] == expected, table
        assert one(connection, sql.SQL("SELECT count(*) FROM {}").format(ward_schema.qualified(SCHEMA, table))) \
            == expected, table
    assert counts["trees"] == 3000 and counts["housing"] > 8000
    # the same columns, in the same order, as the GeoPackage
    for layer in schema.LAYERS:
        in_postgres = [row[0] for row in execute(connection, "SELECT column_name FROM information_schema.columns "
                                                             "WHERE table_schema = %s AND table_name = %s "
                                                             "ORDER BY ordinal_position", (SCHEMA, layer.name))]
        in_geopackage = [row[1] for row in demo_geopackage.execute(
            "SELECT * FROM pragma_table_info(?)", (layer.name,))]
        assert in_postgres == in_geopackage, layer.name
    settings = dict(execute(connection, sql.SQL("SELECT key, value FROM {}").format(
        ward_schema.qualified(SCHEMA, schema.SETTINGS_TABLE))))
    assert settings["ward_name"] == "Phường Mỹ Hào" and settings["ward_code"] == "12103"


def test_rows_read_back_as_the_geopackage_holds_them(published, demo_geopackage):
    """Every value of every table comes back in the GeoPackage form; geometry blobs byte for byte."""
    connection, srid, _counts = published
    for layer in schema.LAYERS:
        columns = publish.table_columns(demo_geopackage, layer)
        names = [name for name, _kind in columns]
        demo_geopackage.row_factory = sqlite3.Row
        try:
            expected = [dict(row) for row in demo_geopackage.execute(
                "SELECT " + ", ".join('"' + name + '"' for name in names) + " FROM " + sql_name(layer.name)
                + " ORDER BY uuid")]
        finally:
            demo_geopackage.row_factory = None
        actual = publish.read_rows(connection, SCHEMA, layer.name, columns, srid)
        assert len(actual) == len(expected) > 0, layer.name
        for mine, theirs in zip(actual, expected):
            assert mine == theirs, (layer.name, {k: (mine[k], theirs[k]) for k in mine if mine[k] != theirs[k]})


def test_geometries_are_in_the_wards_crs_and_transform_like_gdal(published, demo_geopackage):
    from osgeo import ogr, osr
    connection, srid, _counts = published
    assert one(connection, "SELECT auth_name || ':' || auth_srid FROM spatial_ref_sys WHERE srid = 9209") == "EPSG:9209"
    for layer in schema.LAYERS:
        if layer.geometry:
            assert one(connection, "SELECT type || ',' || srid FROM geometry_columns WHERE f_table_schema = %s AND "
                                   "f_table_name = %s", (SCHEMA, layer.name)) == \
                "{},{}".format(layer.geometry.upper(), srid)
            assert one(connection, "SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND tablename = %s AND "
                                   "indexdef LIKE '%%USING gist (geom)%%'", (SCHEMA, layer.name)) == 1
    uuid, blob = demo_geopackage.execute("SELECT uuid, geom FROM trees ORDER BY fid LIMIT 1").fetchone()
    point = ogr.CreateGeometryFromWkb(values.gpkg_wkb(blob))
    source, target = osr.SpatialReference(), osr.SpatialReference()
    source.ImportFromEPSG(9209)
    target.ImportFromEPSG(4326)
    target.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    source.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    point.Transform(osr.CoordinateTransformation(source, target))
    x, y = execute(connection, sql.SQL("SELECT ST_X(g), ST_Y(g) FROM (SELECT ST_Transform(geom, 4326) AS g FROM {} "
                                       "WHERE uuid = %s) t").format(ward_schema.qualified(SCHEMA, "trees")),
                   (uuid,))[0]
    assert abs(x - point.GetX()) < 1e-8 and abs(y - point.GetY()) < 1e-8
    assert 105.5 < x < 106.5 and 20.5 < y < 21.5            # Mỹ Hào, Hưng Yên


@contextlib.contextmanager
def refused(connection, error_type, constraint=None):
    """The statement in the block is refused by PostgreSQL (and rolled back to a savepoint)."""
    execute(connection, "BEGIN")
    try:
        with pytest.raises(error_type) as caught:
            yield
        if constraint is not None:
            assert caught.value.diag.constraint_name == constraint
    finally:
        execute(connection, "ROLLBACK")


def test_the_rules_are_constraints_postgres_enforces(published):
    connection, _srid, _counts = published
    trees, housing = ward_schema.qualified(SCHEMA, "trees"), ward_schema.qualified(SCHEMA, "housing")
    code = one(connection, sql.SQL("SELECT asset_code FROM {} LIMIT 1").format(trees))
    with refused(connection, errors.CheckViolation, "trees_condition_domain"):
        execute(connection, sql.SQL("UPDATE {} SET condition = 'xanh_tot' WHERE asset_code = %s").format(trees),
                (code,))
    with refused(connection, errors.CheckViolation, "trees_height_m_range"):
        execute(connection, sql.SQL("UPDATE {} SET height_m = 61 WHERE asset_code = %s").format(trees), (code,))
    with refused(connection, errors.UniqueViolation, "trees_asset_code_key"):
        execute(connection, sql.SQL("INSERT INTO {} (asset_code) VALUES (%s)").format(trees), (code,))
    with refused(connection, errors.NotNullViolation):
        execute(connection, sql.SQL("UPDATE {} SET use_type = NULL WHERE fid = 1").format(housing))
    with refused(connection, errors.InvalidParameterValue):     # a line in the point layer
        execute(connection, sql.SQL("INSERT INTO {} (geom) VALUES (ST_GeomFromText('LINESTRING(0 0, 1 1)', 9209))")
                .format(trees))
    # values inside the rules pass; a row added without a uuid gets one (as ogr2ogr or plain SQL add rows)
    execute(connection, sql.SQL("UPDATE {} SET condition = 'kem', height_m = 60 WHERE asset_code = %s").format(trees),
            (code,))
    uuid = one(connection, sql.SQL("INSERT INTO {} (uuid, geom) VALUES (NULL, ST_SetSRID(ST_MakePoint(1, 2), 9209)) "
                                   "RETURNING uuid").format(trees))
    assert len(uuid) == 36 and uuid[14] == "4"
    assert one(connection, "SELECT collation_name FROM information_schema.columns WHERE table_schema = %s AND "
                           "table_name = 'trees' AND column_name = 'asset_code'", (SCHEMA,)) == "C"


def test_wards_live_side_by_side_and_an_existing_schema_is_kept_unless_overwritten(
        postgres_server, postgres_database, demo_geopackage):
    connection = psycopg2.connect(postgres_server.dsn(postgres_database))
    try:
        with connection:
            publish.publish_tables(demo_geopackage, connection, SCHEMA)
            publish.publish_tables(demo_geopackage, connection, "ward_99999")
        with pytest.raises(MyMapError, match="already exists"), connection:
            publish.publish_tables(demo_geopackage, connection, SCHEMA)
        with connection:
            execute(connection, sql.SQL("DELETE FROM {}").format(ward_schema.qualified(SCHEMA, "species")))
            publish.publish_tables(demo_geopackage, connection, SCHEMA, overwrite=True)
        connection.autocommit = True
        assert one(connection, sql.SQL("SELECT count(*) FROM {}").format(ward_schema.qualified(SCHEMA, "species"))) \
            == gpkg_count(demo_geopackage, "species")
        assert one(connection, "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'ward\\_%%'") == 2
    finally:
        connection.close()


@pytest.mark.parametrize("name", ["Ward_12103", "ward-12103", "ward 1", "pg_ward", "1ward", "ward\"; DROP", "",
                                  "w" * 64])
def test_a_schema_name_is_a_plain_lower_case_name(name):
    with pytest.raises(MyMapError):
        ward_schema.check_schema_name(name)


def test_names_reach_sql_only_quoted(postgres_server, postgres_database):
    """A field or table name is always a quoted identifier in the statements, never raw text."""
    with postgres_server.connect(postgres_database) as connection:
        text = " ".join(statement.as_string(connection)
                        for statement in ward_schema.ward_schema_statements(SCHEMA, 9209))
    for layer in schema.LAYERS:
        assert '"{}"."{}"'.format(SCHEMA, layer.name) in text
        for field in layer.fields:
            assert '"{}"'.format(field.name) in text
    assert ward_schema.default_schema_name("12103") == SCHEMA


def test_syncs_bookkeeping_tables_have_the_geopackages_columns(published):
    """State, shared history and conflict records: the same tables and columns as in a shared GeoPackage
    (sync/capture.py), so the sync code reads and writes both alike; the capture is installed."""
    from mymap_plugin.sql_identifiers import sql as sqlite_sql
    from mymap_plugin.sync import capture
    connection, _srid, _counts = published
    geopackage = sqlite3.connect(":memory:")
    for template, table in capture.BOOKKEEPING_SQL:
        geopackage.execute(sqlite_sql(template, table=table))
    for table in (capture.STATE, capture.LOG, capture.CHANGESETS, capture.CONFLICTS, capture.APPLYING):
        in_postgres = [row[0] for row in execute(connection, "SELECT column_name FROM information_schema.columns "
                                                             "WHERE table_schema = %s AND table_name = %s "
                                                             "ORDER BY ordinal_position", (SCHEMA, table))]
        in_geopackage = [row[1] for row in geopackage.execute("SELECT * FROM pragma_table_info(?)", (table,))]
        assert in_postgres == in_geopackage, table
    assert one(connection, "SELECT count(*) FROM pg_indexes WHERE schemaname = %s AND indexname = "
                           "'mymap_sync_log_feature'", (SCHEMA,)) == 1
    from mymap_plugin.postgis import capture_triggers
    assert capture_triggers.problems(connection, SCHEMA) == []
    assert one(connection, sql.SQL("SELECT count(*) FROM {}").format(
        ward_schema.qualified(SCHEMA, "mymap_capture_trees"))) == 0          # copying rows is not an edit
