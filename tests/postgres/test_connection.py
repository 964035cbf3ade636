"""Addresses of a PostgreSQL shared map and connecting to them (mymap_plugin/postgis/connection.py),
against the real test server: pg_service.conf, .pgpass, a QGIS authentication configuration (authcfg)
and a QGIS connection name all connect; a password in an address is refused and never repeated in a
message; a wrong port, database or service gives a sentence; the stored form round-trips.

Everything that needs QGIS's authentication database (a master password, stored passwords) runs in a
child QGIS with its own temporary profile, so no other profile is touched."""
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from psycopg2 import sql

from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis import ward_lock
from mymap_plugin.postgis.connection import (
    PostgresAddress, connect, is_postgres_address, parse_address, qgis_uri, saved_connection_names)
from tests.postgres_server import execute, free_port

ROOT = Path(__file__).resolve().parents[2]
WARD = "ward_12103"
# The password of a throwaway role on the test server, new each run; a space, a quote and a colon test quoting.
SECRET = "S3 c'r:t-" + secrets.token_hex(6)


# --- recognising and reading addresses (no server) -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("service=city schema=ward_12103", True),
    ("host=db.example.vn port=5432 dbname=city user=an schema=ward_12103", True),
    ("  host = db.example.vn dbname='city maps' ", True),
    ("qgis_connection='City server' schema=ward_12103", True),
    ("postgresql://an@db.example.vn:5432/city?schema=ward_12103", True),
    ("postgres://db.example.vn/city", True),
    ("POSTGRESQL://db.example.vn/city", True),
    ("postgresql:service=city schema=ward_12103", True),
    ("postgresql:postgresql://db.example.vn/city", True),
    ("postgresql:City server", True),
    ("/data/shared/my_hao.gpkg", False),
    (r"C:\Maps\shared\my_hao.gpkg", False),
    (r"\\server\share\my_hao.gpkg", False),
    ("shared/my_hao.gpkg", False),
    ("my_hao.gpkg", False),
    ("/data/ward=12103/my_hao.gpkg", False),
    (r"C:\Maps\service=city\my_hao.gpkg", False),
    ("service=city/my_hao.gpkg", False),
    ("/data/a b/x=1 y=2.gpkg", False),
    ("ward=12103", False),
    ("postgresql:", False),
    ("", False),
    (None, False),
])
def test_is_postgres_address(text, expected):
    assert is_postgres_address(text) is expected


@pytest.mark.parametrize("text, dsn, schema, stored", [
    ("service=city schema=ward_12103", "service=city", WARD, "service=city schema=ward_12103"),
    ("schema=ward_12103   service = city", "service=city", WARD, "service=city schema=ward_12103"),
    ("host=db.example.vn port=5433 dbname='city maps' user=an schema='ward 1'",
     "host=db.example.vn port=5433 dbname='city maps' user=an", "ward 1",
     "host=db.example.vn port=5433 dbname='city maps' user=an schema='ward 1'"),
    ("postgresql://an@db.example.vn:5433/city?schema=ward_12103&sslmode=require",
     "user=an dbname=city host=db.example.vn port=5433 sslmode=require", WARD,
     "user=an dbname=city host=db.example.vn port=5433 sslmode=require schema=ward_12103"),
    ("postgresql:service=city", "service=city", "", "service=city"),
    ("postgresql:///city?host=%2Ftmp%2Fsock&application_name=a+b&schema=ward%2012103",
     "dbname=city host=/tmp/sock application_name=a+b", "ward 12103",
     "dbname=city host=/tmp/sock application_name=a+b schema='ward 12103'"),
    ("postgresql://an@db.example.vn/city?options=-c%20work_mem%3D8MB",
     "user=an dbname=city host=db.example.vn options='-c work_mem=8MB'", "",
     "user=an dbname=city host=db.example.vn options='-c work_mem=8MB'"),
    ("host=db.example.vn authcfg=ab12cd3 schema=ward_12103", "host=db.example.vn", WARD,
     "host=db.example.vn authcfg=ab12cd3 schema=ward_12103"),
])
def test_addresses_are_stored_in_one_form_that_reads_back_the_same(text, dsn, schema, stored):
    address = parse_address(text)
    assert (address.dsn, address.schema, address.text) == (dsn, schema, stored)
    assert parse_address(address.text) == address
    assert "schema" not in address.dsn and "authcfg" not in address.dsn


def test_the_schema_can_be_given_beside_the_address_but_not_twice_differently():
    assert parse_address("service=city", schema=WARD) == PostgresAddress("service=city", WARD)
    assert parse_address("service=city schema=ward_12103", schema=WARD).schema == WARD
    with pytest.raises(MyMapError, match="names the schema ward_12103 but ward_9 was asked for"):
        parse_address("service=city schema=ward_12103", schema="ward_9")
    assert parse_address("service=city schema=ward_12103").display == "ward_12103 @ service=city"


@pytest.mark.parametrize("text", [
    "host=db.example.vn dbname=city user=an password={} schema=ward_12103".format("'S3cret pass\\'word'"),
    "service=city sslpassword=S3cret",
    "host=db.example.vn password=my S3cret schema=ward_12103",
    "host=db.example.vn password='S3cret schema=ward_12103",
    "postgresql:host=db.example.vn password=S3cret",
    "postgresql://an:S3cret@db.example.vn/city?schema=ward_12103",
    "postgresql://an@db.example.vn/city?password=S3cret&schema=ward_12103",
    "postgres://an:S3cret@db.example.vn:5432,db2.example.vn:5432/city",
])
def test_a_password_in_the_address_is_refused_and_not_repeated(text):
    with pytest.raises(MyMapError) as refused:
        parse_address(text)
    message = str(refused.value)
    assert "S3cret" not in message
    assert "pg_service.conf" in message and ".pgpass" in message and "authcfg=" in message


def test_an_address_object_cannot_hold_a_password():
    with pytest.raises(MyMapError, match="contains a password"):
        PostgresAddress("host=db.example.vn password=S3cret")


@pytest.mark.parametrize("text, words", [
    ("host='db.example.vn dbname=city", "has no closing quote"),
    ("service=city schema", "“=” is missing after “schema”"),
    ("hots=db.example.vn dbname=city", 'invalid connection option "hots"'),
    ("postgresql://db.example.vn/city?colour=red", "not a valid PostgreSQL URI"),
    ("postgresql://[db.example.vn/city", "not a valid PostgreSQL URI"),
    ("postgresql:", "address is empty"),
])
def test_bad_syntax_gets_a_sentence(text, words):
    with pytest.raises(MyMapError, match="shared map's") as bad:
        parse_address(text)
    assert words in str(bad.value)


def test_a_qgis_connection_name_cannot_be_mixed_with_connection_settings():
    with pytest.raises(MyMapError, match="not both"):
        parse_address("qgis_connection=City host=db.example.vn")


# --- connecting to the real server -----------------------------------------------------------------------

@pytest.fixture
def ward_table(postgres_server, postgres_database):
    """The ward schema with one line layer (one feature), for QGIS's provider to open."""
    with postgres_server.connect(postgres_database) as connection:
        execute(connection, sql.SQL("CREATE SCHEMA {}").format(sql.Identifier(WARD)))
        execute(connection, sql.SQL("CREATE TABLE {}.roads (fid bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                                    "KEY, name text, geom geometry(LineString, 4326))").format(sql.Identifier(WARD)))
        execute(connection, sql.SQL("INSERT INTO {}.roads (name, geom) VALUES ('Đường Nguyễn Văn Linh', "
                                    "'SRID=4326;LINESTRING(106.1 20.9, 106.2 20.95)')").format(sql.Identifier(WARD)))
    return postgres_database


@pytest.fixture
def service_file(postgres_server, ward_table, tmp_path, monkeypatch):
    """A pg_service.conf with the service ``city`` (the test server through its socket), used by libpq."""
    path = tmp_path / "pg_service.conf"
    path.write_text("[city]\nhost={}\nport={}\ndbname={}\nuser=postgres\n".format(
        postgres_server.socket_folder, postgres_server.port, ward_table), encoding="utf-8")
    monkeypatch.setenv("PGSERVICEFILE", str(path))
    return path


@pytest.fixture
def password_role(postgres_server, ward_table, request):
    """A role that must give its password (SECRET), allowed to read the ward."""
    name = "mymap_pw_" + request.node.name.split("[")[0][-20:].lower()
    postgres_server.create_password_role(name, SECRET)
    with postgres_server.connect(ward_table) as connection:
        execute(connection, sql.SQL("GRANT USAGE ON SCHEMA {0} TO {1}; GRANT SELECT ON ALL TABLES IN SCHEMA {0} "
                                    "TO {1}").format(sql.Identifier(WARD), sql.Identifier(name)))
    yield name
    with postgres_server.connect(ward_table) as connection:
        execute(connection, sql.SQL("DROP OWNED BY {0}; DROP ROLE {0}").format(sql.Identifier(name)))


def session_facts(connection):
    return execute(connection, "SELECT current_database(), current_user, current_setting('application_name'), "
                               "current_setting('idle_in_transaction_session_timeout')")[0]


def test_a_service_from_pg_service_conf_connects_with_the_session_settings(service_file, ward_table):
    connection = connect("service=city schema=ward_12103", editor="Nguyễn Văn An")
    try:
        assert connection.autocommit is False
        database, user, application, idle = session_facts(connection)
        assert (database, user, idle) == (ward_table, "postgres", "2min")
        assert application == ward_lock.application_name("Nguyễn Văn An")
        parameters = connection.get_dsn_parameters()
        assert {key: parameters.get(key) for key in ("keepalives", "keepalives_idle", "keepalives_interval",
                                                     "keepalives_count", "connect_timeout")} == {
            "keepalives": "1", "keepalives_idle": "30", "keepalives_interval": "10", "keepalives_count": "3",
            "connect_timeout": "10"}
        connection.rollback()
    finally:
        connection.close()
    without_editor = connect(parse_address("service=city"))
    try:
        assert session_facts(without_editor)[2] == "mymap"
    finally:
        without_editor.close()


def test_settings_of_the_address_itself_are_kept(service_file):
    connection = connect("service=city connect_timeout=5 options='-c work_mem=8MB' schema=ward_12103")
    try:
        assert connection.get_dsn_parameters()["connect_timeout"] == "5"
        assert execute(connection, "SELECT current_setting('work_mem'), "
                                   "current_setting('idle_in_transaction_session_timeout')")[0] == ("8MB", "2min")
    finally:
        connection.close()


def test_a_password_from_pgpass_connects(postgres_server, ward_table, password_role, tmp_path, monkeypatch):
    address = "{} schema={}".format(postgres_server.tcp_dsn(ward_table, user=password_role), WARD)
    # Without .pgpass the server asks for a password MyMap does not have: a sentence, no password.
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(MyMapError, match=r"refused the user name or password.*\.pgpass"):
        connect(address).close()
    pgpass = tmp_path / "pgpass"
    pgpass.write_text("127.0.0.1:{}:{}:{}:{}\n".format(postgres_server.port, ward_table, password_role,
                                                      SECRET.replace("\\", "\\\\").replace(":", "\\:")),
                      encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    connection = connect(address)
    try:
        assert session_facts(connection)[1] == password_role
        assert SECRET not in connection.dsn
        assert execute(connection, sql.SQL("SELECT count(*) FROM {}.roads").format(sql.Identifier(WARD))) == [(1,)]
    finally:
        connection.close()
    stored = parse_address(address)
    assert SECRET not in stored.text and "password" not in stored.text
    # A wrong password in .pgpass: the sentence says where passwords belong and does not repeat it.
    pgpass.write_text("127.0.0.1:{}:{}:{}:Wrong-Pa55\n".format(postgres_server.port, ward_table, password_role),
                      encoding="utf-8")
    with pytest.raises(MyMapError, match="pg_service.conf or .pgpass") as refused:
        connect(address).close()
    assert "Wrong-Pa55" not in str(refused.value) and SECRET not in str(refused.value)


def test_a_password_in_the_address_never_reaches_the_server(postgres_server, ward_table, password_role):
    address = postgres_server.tcp_dsn(ward_table, user=password_role, password=SECRET)
    with pytest.raises(MyMapError, match="contains a password") as refused:
        connect(address)
    assert SECRET not in str(refused.value)


def test_a_wrong_port_database_or_service_gets_a_sentence(postgres_server, service_file, ward_table):
    port = free_port()
    with pytest.raises(MyMapError, match="cannot be reached") as unreachable:
        connect("host=127.0.0.1 port={} dbname={} user=postgres schema=ward_12103".format(port, ward_table))
    assert "ward_12103 @ host=127.0.0.1 port={}".format(port) in str(unreachable.value)
    with pytest.raises(MyMapError, match="database of the shared map .* does not exist"):
        connect(postgres_server.dsn("no_such_ward_db"))
    with pytest.raises(MyMapError, match="has no such user"):
        connect(postgres_server.dsn(ward_table, user="nobody_here"))
    with pytest.raises(MyMapError, match="service of the shared map .* is not defined"):
        connect("service=village schema=ward_12103")


def test_qgis_opens_a_table_of_the_ward_through_qgis_uri(qgis_app, service_file):
    from qgis.core import QgsVectorLayer
    address = parse_address("service=city schema=ward_12103")
    uri = qgis_uri(address, "roads")
    assert "service='city'" in uri and '"ward_12103"."roads" (geom)' in uri and "key='fid'" in uri
    layer = QgsVectorLayer(uri, "roads", "postgres")
    assert layer.isValid(), layer.error().summary()
    assert [feature["name"] for feature in layer.getFeatures()] == ["Đường Nguyễn Văn Linh"]
    no_geometry = QgsVectorLayer(qgis_uri(address, "roads", geometry_column=None), "rows", "postgres")
    assert no_geometry.isValid() and no_geometry.featureCount() == 1


def test_a_qgis_connection_name_is_found_and_connects(qgis_app, postgres_server, ward_table):
    from qgis.core import QgsDataSourceUri, QgsProviderRegistry, QgsVectorLayer
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    name = "MyMap test – Mỹ Hào server"
    uri = QgsDataSourceUri()
    uri.setConnection(postgres_server.socket_folder, str(postgres_server.port), ward_table, "postgres", "")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {"saveUsername": True}), name)
    try:
        assert name in saved_connection_names()
        address = parse_address(name, schema=WARD)
        assert address.connection_name == name and address.schema == WARD
        assert address.text == "qgis_connection='MyMap test – Mỹ Hào server' schema=ward_12103"
        assert parse_address(address.text) == address
        assert parse_address("postgresql:" + name, schema=WARD) == address
        assert address.display == "ward_12103 @ QGIS connection “{}”".format(name)
        connection = connect(address, editor="Trần Thị Bình")
        try:
            expected = (ward_table, "postgres", ward_lock.application_name("Trần Thị Bình"))
            assert session_facts(connection)[:3] == expected
        finally:
            connection.close()
        layer = QgsVectorLayer(qgis_uri(address, "roads"), "roads", "postgres")
        assert layer.isValid() and layer.featureCount() == 1
        with pytest.raises(MyMapError, match="no PostgreSQL connection named “Nowhere”.*“{}”".format(name)):
            parse_address("Nowhere", schema=WARD)
    finally:
        metadata.deleteConnection(name)
    assert name not in saved_connection_names()


# --- QGIS's authentication database, in a child QGIS with its own profile ------------------------------------

CHILD = r'''
import json, sys
from pathlib import Path
from qgis.core import (QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry,
                       QgsVectorLayer)
from qgis.PyQt.QtCore import QCoreApplication, QSettings

args = json.loads(sys.argv[1])
QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
QCoreApplication.setOrganizationDomain(QgsApplication.QGIS_ORGANIZATION_DOMAIN)
QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                  str(Path(args["profile"], "profiles", "default")))
app = QgsApplication([], False)
app.initQgis()
from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis.connection import connect, parse_address, qgis_uri

manager = QgsApplication.authManager()
result = {"master": manager.setMasterPassword(args["master"], True),
          "auth_db": manager.authenticationDatabasePath()}


def store(password):
    config = QgsAuthMethodConfig("Basic")
    config.setName("MyMap test " + password[:2])
    config.setConfig("username", args["user"])
    config.setConfig("password", password)
    stored = manager.storeAuthenticationConfig(config)
    return (stored[1] if isinstance(stored, tuple) else config).id()


def facts(address):
    """(current user, stored text, qgis uri) of a connection to address, or the error's sentence."""
    try:
        connection = connect(address, editor="An")
    except MyMapError as error:
        return {"error": str(error)}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT current_user")
            user = cursor.fetchone()[0]
        libpq_dsn = connection.dsn
    finally:
        connection.close()
    uri = qgis_uri(address, "roads")
    layer = QgsVectorLayer(uri, "roads", "postgres")
    return {"user": user, "text": address.text, "repr": repr(address), "uri": uri, "libpq_dsn": libpq_dsn,
            "layer": layer.isValid() and layer.featureCount()}


good, wrong = store(args["password"]), store("Wrong-Pa55")
base = "host=127.0.0.1 port={} dbname={}".format(args["port"], args["database"])
result["authcfg"] = facts(parse_address("{} authcfg={} schema=ward_12103".format(base, good)))
result["wrong"] = facts(parse_address("{} authcfg={} schema=ward_12103".format(base, wrong)))
result["unknown"] = facts(parse_address("{} authcfg=zz99zz9 schema=ward_12103".format(base)))

metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
with_authcfg = QgsDataSourceUri()
with_authcfg.setConnection("127.0.0.1", str(args["port"]), args["database"], "", "", QgsDataSourceUri.SslPrefer, good)
metadata.saveConnection(metadata.createConnection(with_authcfg.uri(False), {}), "City (authcfg)")
result["connection_authcfg"] = facts(parse_address("City (authcfg)", schema="ward_12103"))
saved = QgsDataSourceUri()
saved.setConnection("127.0.0.1", str(args["port"]), args["database"], args["user"], args["password"])
metadata.saveConnection(metadata.createConnection(saved.uri(False), {"saveUsername": True, "savePassword": True}),
                        "City (saved password)")
address = parse_address("City (saved password)", schema="ward_12103")
result["connection_password"] = facts(address)
result["connection_password"]["dsn"] = address.dsn
sys.stdout.write("\n" + json.dumps(result) + "\n")
sys.stdout.flush()
'''


def run_child(profile, **args):
    env = {key: value for key, value in os.environ.items() if not key.startswith("PG")}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(profile), QGIS_AUTH_DB_DIR_PATH=str(profile), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), PGPASSFILE=str(profile / "no-pgpass"))
    done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(dict(args, profile=str(profile)))], env=env,
                          cwd=str(ROOT), capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_qgis_authcfg_and_saved_connections_connect_without_keeping_the_password(
        postgres_server, ward_table, password_role, tmp_path):
    profile = tmp_path / "profile"
    profile.mkdir()
    result = run_child(profile, master="mymap-test-master", user=password_role, password=SECRET,
                       port=postgres_server.port, database=ward_table)
    assert result["master"] is True
    assert Path(result["auth_db"]).resolve().is_relative_to(profile.resolve())
    for case in ("authcfg", "connection_authcfg", "connection_password"):
        facts = result[case]
        assert facts.get("user") == password_role, (case, facts)
        assert SECRET not in facts["text"] + facts["repr"] + facts["uri"] + facts["libpq_dsn"], case
    assert result["authcfg"]["text"].startswith("host=127.0.0.1 port={} dbname={} authcfg=".format(
        postgres_server.port, ward_table))
    assert "authcfg=" in result["authcfg"]["uri"] and result["authcfg"]["layer"] == 1
    assert result["connection_authcfg"]["text"] == "qgis_connection='City (authcfg)' schema=ward_12103"
    assert result["connection_authcfg"]["layer"] == 1
    assert result["connection_password"]["dsn"] == "host=127.0.0.1 port={} dbname={} user={}".format(
        postgres_server.port, ward_table, password_role)
    wrong = result["wrong"]["error"]
    assert "refused the user name or password" in wrong and "Wrong-Pa55" not in wrong and SECRET not in wrong
    assert "authentication configuration “zz99zz9”" in result["unknown"]["error"]
