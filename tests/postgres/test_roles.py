"""The role layout (mymap_plugin/postgis/roles.py) against the real server: an editor of ward A edits ward A
(captured), syncs it (the ward lock, taking the edit logs) and nothing else — not ward B, not the edit
logs by hand, not the capture switch; a city viewer reads the city views and no ward; the SQL script
for a DBA gives exactly the rights the functions give."""
import itertools
import subprocess

import psycopg2
import pytest
from psycopg2 import errors, sql

from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis import capture_triggers, city_views, publish, roles, ward_lock, ward_schema
from mymap_plugin.sync.database import connect
from mymap_plugin.ward_map import schema
from tests.postgres_server import BIN, execute

WARD_A, WARD_B = "ward_a", "ward_b"
CODE_A, CODE_B = "12103", "12106"
TEMPLATE = "roles_template"
TREES = schema.LAYERS_BY_NAME["trees"]
_NUMBERS = itertools.count(1)


@pytest.fixture(scope="module")
def published_template(postgres_server, demo_ward_master):
    """A database holding the demo ward twice (ward_a as 12103, ward_b as 12106), copied by each test."""
    postgres_server.create_database(TEMPLATE)
    geopackage = connect(demo_ward_master, read_only=True)
    connection = psycopg2.connect(postgres_server.dsn(TEMPLATE))
    try:
        with connection:
            publish.publish_tables(geopackage, connection, WARD_A)
            publish.publish_tables(geopackage, connection, WARD_B)
            execute(connection, sql.SQL("UPDATE {} SET value = %s WHERE key = 'ward_code'").format(
                ward_schema.qualified(WARD_B, schema.SETTINGS_TABLE)), (CODE_B,))
            city_views.register_ward(connection, WARD_A, CODE_A, "Phường Mỹ Hào")
            city_views.register_ward(connection, WARD_B, CODE_B, "Phường B")
    finally:
        connection.close()
        geopackage.close()
    yield TEMPLATE
    postgres_server.drop_database(TEMPLATE)


@pytest.fixture
def city(postgres_server, published_template):
    """A copy of the two published and registered wards for one test: (server, database name)."""
    name = "roles_{}".format(next(_NUMBERS))
    with postgres_server.connect("postgres") as connection:
        execute(connection, sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name),
                                                                             sql.Identifier(published_template)))
    yield postgres_server, name
    postgres_server.drop_database(name)


def login(server, prefix):
    """A new login role (roles belong to the whole server: each test makes its own)."""
    return server.create_role("{}_{}".format(prefix, next(_NUMBERS)))


@pytest.fixture
def layout(city):
    """The role layout made for both wards, an editor login of ward A and a viewer login:
    (server, database, editor login, viewer login)."""
    server, database = city
    editor, viewer = login(server, "an"), login(server, "binh")
    with server.connect(database, autocommit=False) as connection, connection:
        roles.create_layout(connection, [WARD_A, WARD_B])
        roles.grant_editor(connection, WARD_A, editor)
        roles.grant_viewer(connection, viewer)
    return server, database, editor, viewer


def one(connection, statement, parameters=None):
    return execute(connection, statement, parameters)[0][0]


def refused(connection, statement, parameters=None):
    """True when the statement is refused for lack of privilege (the transaction is rolled back)."""
    try:
        execute(connection, statement, parameters)
    except errors.InsufficientPrivilege:
        connection.rollback()
        return True
    connection.rollback()
    return False


def test_role_names_and_their_limits():
    assert roles.editor_role("ward_12103") == "mymap_ward_12103_editor"
    assert roles.VIEWER_ROLE == "mymap_city_viewer"
    with pytest.raises(MyMapError, match="too long"):
        roles.editor_role("w" * 60)
    with pytest.raises(MyMapError, match="cannot be the name"):
        roles.editor_role('ward"; DROP ROLE postgres; --')


def test_an_editor_edits_and_syncs_their_ward_and_the_edits_are_captured(layout, demo_ward_master):
    server, database, editor, _viewer = layout
    with server.connect(database, user=editor, autocommit=False) as connection:
        fid = one(connection, "INSERT INTO ward_a.trees (geom, height_m) VALUES (ST_SetSRID(ST_MakePoint(1, 2), 9209), "
                              "4.5) RETURNING fid")
        execute(connection, "UPDATE ward_a.trees SET height_m = 5.5 WHERE fid = %s", (fid,))
        oldest = one(connection, "SELECT min(fid) FROM ward_a.trees")
        execute(connection, "DELETE FROM ward_a.trees WHERE fid = %s", (oldest,))
        connection.commit()
        # the capture logged the three edits, although the editor cannot write the log
        assert execute(connection, "SELECT capture_op, capture_fid FROM ward_a.mymap_capture_trees "
                                   "ORDER BY capture_seq") == [("I", fid), ("U", fid), ("D", oldest)]
        assert one(connection, "SELECT count(*) FROM ward_a.trees") == 3000
        # the editor's sync: the ward's lock (every table of the ward), the settings, and taking the logs
        ward_lock.lock_ward(connection, WARD_A, "An")
        assert one(connection, "SELECT value FROM mymap_ward_settings WHERE key = 'ward_code'") == CODE_A
        geopackage = connect(demo_ward_master, read_only=True)
        try:
            columns = publish.table_columns(geopackage, TREES)
        finally:
            geopackage.close()
        captured = capture_triggers.take_captured(connection, WARD_A, TREES, columns, 9209)
        assert [op for op, _old in captured[fid]] == ["I", "U"] and [op for op, _old in captured[oldest]] == ["D"]
        capture_triggers.set_applying(connection, WARD_A, True)
        execute(connection, "INSERT INTO mymap_sync_log (seq, changeset, table_name, uuid, op) "
                            "VALUES (1, 'c1', 'trees', 'u1', 'insert')")
        execute(connection, "UPDATE mymap_code_sequence SET last_serial = last_serial + 1")
        capture_triggers.set_applying(connection, WARD_A, False)
        connection.commit()
        assert one(connection, "SELECT count(*) FROM ward_a.mymap_capture_trees") == 0


def test_an_editor_cannot_touch_another_ward_the_logs_or_the_capture(layout):
    server, database, editor, _viewer = layout
    with server.connect(database, user=editor, autocommit=False) as connection:
        assert not refused(connection, "SELECT count(*) FROM ward_a.trees")
        # another ward: neither read nor written
        assert refused(connection, "SELECT count(*) FROM ward_b.trees")
        assert refused(connection, "UPDATE ward_b.trees SET height_m = 1")
        assert refused(connection, "DELETE FROM ward_b.trees")
        with pytest.raises(errors.InsufficientPrivilege):
            ward_lock.lock_ward(connection, WARD_B, "An")
        connection.rollback()
        # the edit logs are written by the capture only
        assert refused(connection, "INSERT INTO ward_a.mymap_capture_trees (capture_op, capture_fid) VALUES ('D', 1)")
        assert refused(connection, "UPDATE ward_a.mymap_capture_trees SET capture_fid = 1")
        # the capture cannot be switched off
        assert refused(connection, "SET session_replication_role = replica")
        assert refused(connection, "ALTER TABLE ward_a.trees DISABLE TRIGGER mymap_capture")
        assert refused(connection, "CREATE OR REPLACE FUNCTION ward_a.mymap_capture_spatial() RETURNS trigger "
                                   "LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END'")
        # nothing new in the schema, the settings are not theirs to add to, the city views not theirs to read
        assert refused(connection, "CREATE TABLE ward_a.mine (x integer)")
        assert refused(connection, "INSERT INTO ward_a.mymap_ward_settings (key, value) VALUES ('x', 'y')")
        assert refused(connection, "DELETE FROM ward_a.mymap_ward_settings")
        assert refused(connection, "SELECT count(*) FROM mymap_city.trees")
    with server.connect(database) as connection:
        assert execute(connection, "SELECT rolsuper, rolreplication, rolcanlogin, rolcreaterole, rolcreatedb "
                                   "FROM pg_roles WHERE rolname = %s",
                       (roles.editor_role(WARD_A),)) == [(False, False, False, False, False)]
        assert one(connection, "SELECT count(*) FROM ward_b.trees") == 3000


def test_a_viewer_reads_the_city_views_and_no_ward(layout):
    server, database, _editor, viewer = layout
    with server.connect(database, user=viewer, autocommit=False) as connection:
        assert dict(execute(connection, "SELECT ward_code, count(*) FROM mymap_city.trees GROUP BY ward_code")) \
            == {CODE_A: 3000, CODE_B: 3000}
        for name in city_views.view_names():
            assert not refused(connection, sql.SQL("SELECT count(*) FROM mymap_city.{}").format(sql.Identifier(name)))
        assert refused(connection, "SELECT count(*) FROM ward_a.trees")
        assert refused(connection, "SELECT count(*) FROM ward_b.mymap_sync_log")
        assert refused(connection, "SELECT count(*) FROM mymap_city.wards")
        assert refused(connection, "CREATE VIEW mymap_city.mine AS SELECT 1")
    # the views are remade by every publish; the viewer keeps reading them
    with server.connect(database, autocommit=False) as connection, connection:
        city_views.unregister_ward(connection, WARD_B)
    with server.connect(database, user=viewer) as connection:
        assert dict(execute(connection, "SELECT ward_code, count(*) FROM mymap_city.trees GROUP BY ward_code")) \
            == {CODE_A: 3000}


def acl(connection):
    """Every right given on the wards' and the city's schemas and relations, as PostgreSQL stores them."""
    schemas = [WARD_A, WARD_B, city_views.CITY_SCHEMA]
    return (execute(connection, "SELECT nspname, nspacl::text FROM pg_namespace WHERE nspname = ANY(%s) "
                                "ORDER BY nspname", (schemas,)),
            execute(connection, "SELECT n.nspname, c.relname, c.relacl::text FROM pg_class c "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY(%s) "
                                "ORDER BY 1, 2", (schemas,)))


def test_the_script_for_a_dba_gives_the_same_rights(city, postgres_server, published_template):
    server, by_functions = city
    with server.connect(by_functions, autocommit=False) as connection, connection:
        roles.create_layout(connection, [WARD_A, WARD_B])
        script = roles.layout_script(connection, [WARD_A, WARD_B])
        statements = roles.layout_statements(connection, [WARD_A, WARD_B])
        expected = acl(connection)
    assert script.count(";\n") == len(statements) + 2          # BEGIN; … COMMIT;
    by_script = "roles_script_{}".format(next(_NUMBERS))
    with server.connect("postgres") as connection:
        execute(connection, sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(by_script),
                                                                             sql.Identifier(published_template)))
    try:
        for _twice in range(2):         # psql runs it, and runs it again without a complaint
            result = subprocess.run([str(BIN / "psql"), "-X", "-v", "ON_ERROR_STOP=1", "-q", "-d",
                                     server.dsn(by_script)], input=script, capture_output=True, text=True,
                                    timeout=60)
            assert result.returncode == 0, result.stderr
            assert result.stderr == ""
        with server.connect(by_script) as connection:
            found = acl(connection)
        assert found == expected
        ward_a_acl = {(row[0], row[1]): row[2] for row in found[1]}
        editor = roles.editor_role(WARD_A)
        assert "{}=rd/postgres".format(editor) in ward_a_acl[(WARD_A, "mymap_capture_trees")]
        assert "{}=arwd/postgres".format(editor) in ward_a_acl[(WARD_A, "trees")]
        assert "{}=rw/postgres".format(editor) in ward_a_acl[(WARD_A, "mymap_ward_settings")]
        assert editor not in (ward_a_acl[(WARD_B, "trees")] or "")
        assert "mymap_city_viewer=r/postgres" in ward_a_acl[(city_views.CITY_SCHEMA, "trees")]
        assert ward_a_acl[(city_views.CITY_SCHEMA, "wards")] is None
    finally:
        server.drop_database(by_script)


def test_granting_refuses_superusers_and_unknown_roles(layout):
    server, database, _editor, _viewer = layout
    with server.connect(database, autocommit=False) as connection:
        with pytest.raises(MyMapError, match="postgres is a superuser"):
            roles.grant_editor(connection, WARD_A, "postgres")
        connection.rollback()
        with pytest.raises(MyMapError, match="no role nobody_here"):
            roles.grant_viewer(connection, "nobody_here")
        connection.rollback()
        with pytest.raises(MyMapError, match="no ward schema ward_c"):
            roles.create_layout(connection, ["ward_c"])
        connection.rollback()


def test_the_script_makes_missing_roles(city):
    server, database = city
    fresh = "ward_fresh_{}".format(next(_NUMBERS))      # roles belong to the server: a name no test used
    with server.connect(database) as connection:
        execute(connection, sql.SQL("ALTER SCHEMA ward_b RENAME TO {}").format(sql.Identifier(fresh)))
        assert execute(connection, "SELECT 1 FROM pg_roles WHERE rolname = %s", (roles.editor_role(fresh),)) == []
        script = roles.layout_script(connection, [fresh])
    result = subprocess.run([str(BIN / "psql"), "-X", "-v", "ON_ERROR_STOP=1", "-q", "-d", server.dsn(database)],
                            input=script, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    with server.connect(database) as connection:
        assert execute(connection, "SELECT rolcanlogin, rolsuper, rolreplication FROM pg_roles WHERE rolname = %s",
                       (roles.editor_role(fresh),)) == [(False, False, False)]
        assert one(connection, "SELECT has_table_privilege(%s, %s, 'UPDATE')",
                   (roles.editor_role(fresh), fresh + ".trees")) is True
        assert one(connection, "SELECT has_table_privilege(%s, %s, 'INSERT')",
                   (roles.editor_role(fresh), fresh + ".mymap_capture_trees")) is False
        assert one(connection, "SELECT has_table_privilege(%s, 'ward_a.trees', 'SELECT')",
                   (roles.editor_role(fresh),)) is False
