"""The test suite's own PostgreSQL 15 + PostGIS 3 server (tests/postgres_server.py): up, PostGIS
working, databases apart, reachable only locally, passwords enforced for password roles, and
stopped at the end even when the process that started it is killed."""
import os
import subprocess
import sys
import time
from pathlib import Path

import psycopg2
import pytest

from tests.postgres_server import PostgresServer, execute

ROOT = Path(__file__).resolve().parents[2]


def one(connection, statement, parameters=None):
    return execute(connection, statement, parameters)[0][0]


def test_the_server_is_up_with_postgis(postgres_server, postgres_database):
    with postgres_server.connect(postgres_database) as connection:
        assert one(connection, "SHOW server_version_num").startswith("15")
        assert one(connection, "SELECT postgis_full_version()").startswith('POSTGIS="3.')
        assert one(connection, "SHOW server_encoding") == "UTF8"
        # a real spatial operation, in VN-2000 / UTM 48N (EPSG:3405). PostGIS 3.3's spatial_ref_sys
        # lacks the provincial TM-3 zones (EPSG:9205-9218, the demo ward's 9209): publishing a ward
        # registers its CRS from the GeoPackage (docs/postgis-design.md).
        assert one(connection, "SELECT count(*) FROM spatial_ref_sys WHERE srid IN (3405, 9209)") == 1
        area = one(connection, "SELECT ST_Area(ST_Transform(ST_GeomFromText("
                               "'POLYGON((106.06 20.93, 106.061 20.93, 106.061 20.931, 106.06 20.931, 106.06 20.93))',"
                               " 4326), 3405))")
        assert 11000 < area < 12000         # about 104 m × 111 m
        assert one(connection, "SELECT %s::text", ("Phường Mỹ Hào",)) == "Phường Mỹ Hào"


def test_two_databases_can_be_created_and_are_apart(postgres_server):
    first = postgres_server.create_database("ward_a")
    second = postgres_server.create_database("ward_b")
    try:
        with postgres_server.connect(first) as connection:
            execute(connection, "CREATE TABLE trees (uuid text PRIMARY KEY, geom geometry(Point, 9209))")
            execute(connection, "INSERT INTO trees VALUES ('a', ST_SetSRID(ST_MakePoint(1, 2), 9209))")
        with postgres_server.connect(second) as connection:
            assert one(connection, "SELECT to_regclass('trees') IS NULL")
            assert one(connection, "SELECT count(*) FROM pg_extension WHERE extname = 'postgis'") == 1
        with postgres_server.connect(first) as connection:
            assert one(connection, "SELECT ST_AsText(geom) FROM trees") == "POINT(1 2)"
    finally:
        postgres_server.drop_database(first)
        postgres_server.drop_database(second)


def test_the_server_listens_only_locally_in_its_own_folder(postgres_server):
    with postgres_server.connect() as connection:
        assert one(connection, "SHOW listen_addresses") == "127.0.0.1"
        assert one(connection, "SHOW unix_socket_directories") == postgres_server.socket_folder
        assert int(one(connection, "SHOW port")) == postgres_server.port
    assert (Path(postgres_server.socket_folder) / ".s.PGSQL.{}".format(postgres_server.port)).is_socket()
    assert not str(postgres_server.socket_folder).startswith("/var/run/postgresql")
    with psycopg2.connect(postgres_server.tcp_dsn()) as connection:      # and through TCP on 127.0.0.1
        assert connection.server_version >= 150000
    connection.close()


def test_a_password_role_must_give_its_password(postgres_server, postgres_database):
    secret, wrong = "mật khẩu bí mật", "wrong"
    postgres_server.create_password_role("editor_with_password", secret)
    for dsn in (postgres_server.dsn, postgres_server.tcp_dsn):
        with pytest.raises(psycopg2.OperationalError, match="password"):
            psycopg2.connect(dsn(postgres_database, "editor_with_password"))
        with pytest.raises(psycopg2.OperationalError, match="password authentication failed"):
            psycopg2.connect(dsn(postgres_database, "editor_with_password", password=wrong))
        connection = psycopg2.connect(dsn(postgres_database, "editor_with_password", password=secret))
        try:
            assert execute(connection, "SELECT current_user") == [("editor_with_password",)]
        finally:
            connection.close()
    postgres_server.create_role("editor_trusted")      # other roles need none
    with postgres_server.connect(postgres_database, "editor_trusted") as connection:
        assert one(connection, "SELECT current_user") == "editor_trusted"


def test_stop_ends_the_server_and_removes_its_folder():
    server = PostgresServer().start()
    folder, dsn = Path(server.folder), server.dsn()
    assert server.running
    with server.connect() as connection:        # an open session does not hold the stop up
        server.stop()
        assert connection.closed or _broken(connection)
    assert not folder.exists()
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(dsn, connect_timeout=3)
    server.stop()                               # twice is harmless


def _broken(connection):
    try:
        execute(connection, "SELECT 1")
    except psycopg2.Error:
        return True
    return False


CHILD = """
import sys, time
sys.path.insert(0, {root!r})
from tests.postgres_server import PostgresServer
server = PostgresServer().start()
print(server.folder, server.dsn(), flush=True)
time.sleep(600)
"""


def test_a_server_whose_test_run_was_killed_is_stopped_by_its_watchdog():
    child = subprocess.Popen([sys.executable, "-c", CHILD.format(root=str(ROOT))], stdout=subprocess.PIPE,
                             text=True)
    try:
        folder, dsn = child.stdout.readline().strip().split(" ", 1)
        psycopg2.connect(dsn).close()           # it runs
    finally:
        child.kill()                            # kill -9: no finaliser runs in the child
        child.wait()
        child.stdout.close()
    deadline = time.monotonic() + 60
    while Path(folder).exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not Path(folder).exists()
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(dsn, connect_timeout=3)
    while _processes_naming(folder) and time.monotonic() < deadline:     # the watchdog is leaving
        time.sleep(0.2)
    assert _processes_naming(folder) == []


def _processes_naming(folder):
    return [pid for pid in os.listdir("/proc") if pid.isdigit() and folder in _command_line(pid)]


def _command_line(pid):
    try:
        return Path("/proc", pid, "cmdline").read_bytes().decode(errors="replace")
    except OSError:
        return ""


FAILING_TEST = """
def test_that_fails(postgres_server):
    print("SERVER", postgres_server.folder, postgres_server.dsn(), flush=True)
    raise RuntimeError("this test fails on purpose")
"""


def test_the_session_fixture_stops_the_server_when_a_test_fails(tmp_path):
    """A pytest run whose test fails still stops the server before it exits (the fixture, not the
    watchdog: the folder is gone the moment pytest returns)."""
    test_file = tmp_path / "test_fails_on_purpose.py"
    test_file.write_text(FAILING_TEST, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "pytest", str(test_file), "-p", "tests.conftest", "-s", "-q",
                             "-p", "no:cacheprovider", "--rootdir", str(tmp_path)], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "this test fails on purpose" in result.stdout
    line = next(line for line in result.stdout.splitlines() if line.startswith("SERVER "))
    folder, dsn = line.split(" ", 2)[1:]
    assert not Path(folder).exists()
    with pytest.raises(psycopg2.OperationalError):
        psycopg2.connect(dsn, connect_timeout=3)
