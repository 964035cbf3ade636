"""Edits inside a PostGIS ward are captured by PL/pgSQL triggers (mymap_plugin/postgis/capture_triggers.py),
as the SQLite triggers capture them inside a GeoPackage: whoever edits (an editor role with no right on
the logs), with the old row exact, silenced only inside sync's own transaction, read and removed in one
statement, and every way of breaking the capture is named."""
import psycopg2
import pytest
from psycopg2 import errors, sql

from mymap_plugin.postgis import capture_triggers, publish, ward_schema
from mymap_plugin.sync.database import connect
from mymap_plugin.ward_map import schema
from tests.postgres_server import execute

SCHEMA = "ward_12103"
TREES = schema.LAYERS_BY_NAME["trees"]
SPECIES = schema.LAYERS_BY_NAME["species"]


@pytest.fixture
def ward(postgres_server, postgres_database, demo_ward_master):
    """The demo ward published with its capture installed: (server, database, srid, GeoPackage connection)."""
    geopackage = connect(demo_ward_master, read_only=True)
    connection = psycopg2.connect(postgres_server.dsn(postgres_database))
    try:
        with connection:
            srid, _counts = publish.publish_tables(geopackage, connection, SCHEMA)
            capture_triggers.install(connection, SCHEMA, srid)
        yield postgres_server, postgres_database, srid, geopackage
    finally:
        connection.close()
        geopackage.close()


def editor_connection(server, database, name="editor_a"):
    """A login that may read and edit the ward's layers and nothing else."""
    server.create_role(name)
    with server.connect(database) as connection:
        execute(connection, sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(SCHEMA),
                                                                            sql.Identifier(name)))
        for layer in schema.LAYERS:
            execute(connection, sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON {} TO {}").format(
                ward_schema.qualified(SCHEMA, layer.name), sql.Identifier(name)))
    connection = psycopg2.connect(server.dsn(database, name))
    connection.autocommit = True
    return connection


def trees_table():
    return ward_schema.qualified(SCHEMA, "trees")


def test_the_capture_is_intact_after_install(ward):
    server, database, _srid, _geopackage = ward
    with server.connect(database) as connection:
        assert capture_triggers.problems(connection, SCHEMA) == []


def test_an_editors_edits_are_captured_with_the_old_row_exact(ward):
    server, database, srid, geopackage = ward
    uuid, blob, height, created = geopackage.execute(
        "SELECT uuid, geom, height_m, created_at FROM trees WHERE height_m IS NOT NULL ORDER BY fid LIMIT 1").fetchone()
    editor = editor_connection(server, database)
    try:
        execute(editor, sql.SQL("UPDATE {} SET height_m = height_m + 1, geom = ST_Translate(geom, 1, 0) "
                                "WHERE uuid = %s").format(trees_table()), (uuid,))
        new_fid = execute(editor, sql.SQL("INSERT INTO {} (geom) VALUES (ST_SetSRID(ST_MakePoint(1, 2), %s)) "
                                          "RETURNING fid").format(trees_table()), (srid,))[0][0]
        execute(editor, sql.SQL("DELETE FROM {} WHERE fid = %s").format(trees_table()), (new_fid,))
        execute(editor, sql.SQL("UPDATE {} SET name_vi = 'Cây Sao đen' WHERE species_id = 1").format(
            ward_schema.qualified(SCHEMA, "species")))
        # … and the logs themselves are out of the editor's reach
        with pytest.raises(errors.InsufficientPrivilege):
            execute(editor, sql.SQL("DELETE FROM {}").format(ward_schema.qualified(SCHEMA, "mymap_capture_trees")))
    finally:
        editor.close()
    with server.connect(database, autocommit=False) as connection:
        fid = execute(connection, sql.SQL("SELECT fid FROM {} WHERE uuid = %s").format(trees_table()), (uuid,))[0][0]
        captured = capture_triggers.take_captured(connection, SCHEMA, TREES,
                                                  publish.table_columns(geopackage, TREES), srid)
        assert [op for op, _old in captured[fid]] == ["U"]
        old = captured[fid][0][1]
        assert old["uuid"] == uuid and old["height_m"] == height and isinstance(old["height_m"], float)
        assert old["geom"] == blob                    # byte for byte the GeoPackage's blob
        assert old["created_at"] == created
        assert [op for op, _old in captured[new_fid]] == ["I", "D"]
        species = capture_triggers.take_captured(connection, SCHEMA, SPECIES,
                                                 publish.table_columns(geopackage, SPECIES), srid)
        (((op, old_species),),) = species.values()
        assert op == "U" and old_species["name_vi"] != "Cây Sao đen"
        # read and removed: nothing is left to take
        assert capture_triggers.take_captured(connection, SCHEMA, TREES,
                                              publish.table_columns(geopackage, TREES), srid) == {}


def test_sync_silences_the_capture_for_its_own_transaction_only(ward):
    server, database, _srid, geopackage = ward
    uuids = [row[0] for row in geopackage.execute("SELECT uuid FROM trees ORDER BY fid LIMIT 2")]
    log = ward_schema.qualified(SCHEMA, "mymap_capture_trees")
    with server.connect(database, autocommit=False) as sync, server.connect(database) as other:
        capture_triggers.set_applying(sync, SCHEMA, True)
        execute(sync, sql.SQL("UPDATE {} SET notes = 'from sync' WHERE uuid = %s").format(trees_table()), (uuids[0],))
        execute(other, sql.SQL("UPDATE {} SET notes = 'direct' WHERE uuid = %s").format(trees_table()), (uuids[1],))
        capture_triggers.set_applying(sync, SCHEMA, False)
        sync.commit()
        assert execute(other, sql.SQL("SELECT count(*) FROM {}").format(log)) == [(1,)]
        assert execute(other, sql.SQL("SELECT old_row->>'uuid' FROM {}").format(log)) == [(uuids[1],)]
        assert execute(other, sql.SQL("SELECT count(*) FROM {}").format(
            ward_schema.qualified(SCHEMA, "mymap_sync_applying"))) == [(0,)]


def test_every_way_of_breaking_the_capture_is_named(ward):
    server, database, _srid, _geopackage = ward
    with server.connect(database) as connection:
        execute(connection, sql.SQL("ALTER TABLE {} DISABLE TRIGGER mymap_capture").format(trees_table()))
        execute(connection, sql.SQL("ALTER TABLE {} ENABLE REPLICA TRIGGER mymap_capture").format(
            ward_schema.qualified(SCHEMA, "housing")))
        execute(connection, sql.SQL("DROP TRIGGER mymap_capture ON {}").format(
            ward_schema.qualified(SCHEMA, "sensors")))
        execute(connection, sql.SQL("DROP TABLE {}").format(ward_schema.qualified(SCHEMA, "mymap_capture_species")))
        execute(connection, sql.SQL("CREATE OR REPLACE FUNCTION {}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                                    "SET search_path = ward_12103, pg_catalog, pg_temp AS 'BEGIN RETURN NULL; END'")
                .format(ward_schema.qualified(SCHEMA, capture_triggers.PLAIN_FUNCTION)))
        found = capture_triggers.problems(connection, SCHEMA)
        assert found == ["capture function mymap_capture_plain was changed",
                         "edit capture trigger on housing is disabled",
                         "edit capture trigger on trees is disabled",
                         "edit capture trigger on sensors is missing or changed",
                         "edit log mymap_capture_species is missing"]
        connection.autocommit = False
        with connection:
            capture_triggers.install(connection, SCHEMA, 9209)          # a reinstall repairs it all
        connection.autocommit = True
        assert capture_triggers.problems(connection, SCHEMA) == []
