"""A real PostgreSQL 15 server with PostGIS 3 for tests, started and stopped by the test suite.

::

    with PostgresServer() as server:
        database = server.create_database("ward_a")          # a new database with PostGIS
        with server.connect(database) as connection: ...      # psycopg2, as the superuser
        server.dsn(database)       # "host=/tmp/mymap-pg-…  port=… dbname=ward_a user=postgres"
        server.tcp_dsn(database)   # the same through 127.0.0.1:port

What it does:

- ``initdb`` into a fresh folder under the system's temporary folder (``/tmp/mymap-pg-…``), as the
  ``postgres`` user when the tests run as root (initdb refuses root; the folder is handed to
  ``postgres``), as the current user otherwise. UTF-8, locale ``C.UTF-8``.
- The server listens on 127.0.0.1 on a free port and on a unix socket in that folder only (never
  on the system's ``/var/run/postgresql``), with ``fsync=off`` (a test server: speed, not
  durability of the server itself).
- Authentication (``pg_hba.conf``): every role logs in without a password (*trust*), except the
  members of the role :data:`SCRAM_LOGIN_GROUP`, which must give their password (``scram-sha-256``),
  over the socket and over TCP alike: :meth:`create_password_role` makes one, so a test can prove
  that a password given to MyMap never lands in a file it writes.
- A template database with PostGIS (``CREATE EXTENSION postgis``) is made once;
  :meth:`create_database` copies it, which takes a fraction of the time the extension takes.
- :meth:`stop` runs ``pg_ctl stop -m fast`` and removes the folder. A watchdog process started
  with the server does the same if the process that started it dies without stopping it (a test
  run killed with ``kill -9``), so no server outlives its test run.

Needs Debian's ``postgresql-15`` and ``postgresql-15-postgis-3`` (``make system``) and
``python3-psycopg2``. :func:`missing_requirements` names what is missing.
"""
import importlib.util
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(os.environ.get("MYMAP_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))
POSTGIS_CONTROL = Path("/usr/share/postgresql/15/extension/postgis.control")
SUPERUSER = "postgres"
TEMPLATE = "mymap_template_postgis"
SCRAM_LOGIN_GROUP = "mymap_test_scram_login"   # members of this role must give their password

_HBA = """\
# written by tests/postgres_server.py
local   all   +{group}                  scram-sha-256
host    all   +{group}   127.0.0.1/32   scram-sha-256
local   all   all                       trust
host    all   all        127.0.0.1/32   trust
"""

# The watchdog: stops the server when the process that started it is gone (Linux /proc).
_WATCHDOG = """\
import os, shutil, subprocess, sys, time
parent, command, folder = int(sys.argv[1]), sys.argv[2:-1], sys.argv[-1]
while os.path.exists("/proc/{}".format(parent)) and os.path.exists(folder):
    time.sleep(1)
if os.path.exists(folder):
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(folder, ignore_errors=True)
"""


def missing_requirements():
    """What this machine lacks to run the test server (empty when nothing), each with the fix."""
    missing = []
    if not (BIN / "initdb").exists():
        missing.append("PostgreSQL 15 ({}/initdb): run `make system`".format(BIN))
    if not POSTGIS_CONTROL.exists():
        missing.append("PostGIS 3 for PostgreSQL 15 ({}): run `make system`".format(POSTGIS_CONTROL))
    if importlib.util.find_spec("psycopg2") is None:
        missing.append("psycopg2 (Debian's python3-psycopg2): run `make system`")
    return missing


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def quote_dsn_value(value):
    """A value for a libpq ``key=value`` connection string (quoted when it needs to be)."""
    text = str(value)
    if text and not any(c in text for c in " '\\"):
        return text
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


class PostgresServer:
    def __init__(self, port=None):
        self.port = port
        self.folder = None
        self.data = None
        self.log = None
        self._as_postgres = os.geteuid() == 0
        self._watchdog = None
        self._databases = 0

    # --- running commands as the server's owner --------------------------------------------------------
    def _command(self, *arguments):
        command = [str(argument) for argument in arguments]
        if self._as_postgres:
            return ["runuser", "-u", SUPERUSER, "--"] + command
        return command

    def _run(self, *arguments, check=True):
        result = subprocess.run(self._command(*arguments), capture_output=True, text=True,
                                env=_clean_environment(), cwd=self.folder)
        if check and result.returncode != 0:
            raise RuntimeError("{} failed ({}):\n{}{}\n--- server log ---\n{}".format(
                arguments[0], result.returncode, result.stdout, result.stderr, self.server_log()))
        return result

    def server_log(self):
        try:
            return Path(self.log).read_text(encoding="utf-8", errors="replace")[-4000:] if self.log else ""
        except OSError:
            return ""

    # --- start and stop ---------------------------------------------------------------------------------
    def start(self):
        missing = missing_requirements()
        if missing:
            raise RuntimeError("Cannot start the test PostgreSQL server: " + "; ".join(missing))
        self.folder = Path(tempfile.mkdtemp(prefix="mymap-pg-"))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        if self._as_postgres:
            shutil.chown(self.folder, SUPERUSER, SUPERUSER)
        try:
            self._run(BIN / "initdb", "-D", self.data, "-U", SUPERUSER, "-A", "trust", "-E", "UTF8",
                      "--locale=C.UTF-8", "--no-sync")
            (self.data / "pg_hba.conf").write_text(_HBA.format(group=SCRAM_LOGIN_GROUP), encoding="utf-8")
            self._start_on_a_free_port()
            self._start_watchdog()
            self._make_template()
        except BaseException:
            self.stop()
            raise
        return self

    def _start_on_a_free_port(self):
        ports = [self.port] if self.port else [free_port() for _attempt in range(3)]
        for attempt, port in enumerate(ports):
            options = " ".join(["-p", str(port), "-k", str(self.folder), "-c listen_addresses=127.0.0.1",
                                 "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                                 "-c max_connections=200"])
            result = self._run(BIN / "pg_ctl", "-D", self.data, "-o", options, "-l", self.log, "-w", "-t", "60",
                               "start", check=attempt == len(ports) - 1)
            if result.returncode == 0:
                self.port = port
                return
            self._run(BIN / "pg_ctl", "-D", self.data, "-m", "immediate", "stop", check=False)

    def _start_watchdog(self):
        stop = self._command(BIN / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "stop")
        self._watchdog = subprocess.Popen(
            [sys.executable, "-c", _WATCHDOG, str(os.getpid())] + stop + [str(self.folder)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True, env=_clean_environment())

    def _make_template(self):
        from psycopg2 import sql
        template = sql.Identifier(TEMPLATE)
        with self.connect("postgres") as connection:
            execute(connection, sql.SQL("CREATE DATABASE {}").format(template))
            execute(connection, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(SCRAM_LOGIN_GROUP)))
        with self.connect(TEMPLATE) as connection:
            execute(connection, "CREATE EXTENSION postgis")
        with self.connect("postgres") as connection:
            execute(connection, sql.SQL("ALTER DATABASE {} WITH IS_TEMPLATE true ALLOW_CONNECTIONS false").format(
                template))

    def stop(self):
        """Stop the server (fast: open sessions are rolled back) and remove its folder. Safe to call twice."""
        if self.folder is None:
            return
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(BIN / "pg_ctl", "-D", self.data, "-m", "fast", "-w", "-t", "60", "stop", check=False)
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None
            if self._watchdog is not None:
                self._watchdog.wait(timeout=10)      # it sees the folder gone within a second
                self._watchdog = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    @property
    def running(self):
        return self.folder is not None and self._run(BIN / "pg_ctl", "-D", self.data, "status",
                                                     check=False).returncode == 0

    # --- connecting ---------------------------------------------------------------------------------------
    @property
    def socket_folder(self):
        return str(self.folder)

    def dsn(self, dbname="postgres", user=SUPERUSER, **extra):
        """A libpq connection string through the server's unix socket."""
        return _dsn(host=self.socket_folder, port=self.port, dbname=dbname, user=user, **extra)

    def tcp_dsn(self, dbname="postgres", user=SUPERUSER, **extra):
        """A libpq connection string through 127.0.0.1."""
        return _dsn(host="127.0.0.1", port=self.port, dbname=dbname, user=user, **extra)

    def connect(self, dbname="postgres", user=SUPERUSER, autocommit=True, **extra):
        """A psycopg2 connection (autocommit by default), closed when used in ``with``."""
        import psycopg2
        connection = psycopg2.connect(self.dsn(dbname, user, **extra))
        connection.autocommit = autocommit
        return _Closing(connection)

    # --- databases and roles ------------------------------------------------------------------------------
    def create_database(self, name=None, owner=SUPERUSER, template=TEMPLATE):
        """A new database with PostGIS (a copy of *template*: by default the empty one); its name."""
        from psycopg2 import sql
        if name is None:
            self._databases += 1
            name = "test_{}".format(self._databases)
        with self.connect("postgres") as connection:
            execute(connection, sql.SQL("CREATE DATABASE {} TEMPLATE {} OWNER {}").format(
                sql.Identifier(name), sql.Identifier(template), sql.Identifier(owner)))
        return name

    def drop_database(self, name):
        from psycopg2 import sql
        with self.connect("postgres") as connection:
            execute(connection, sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def create_role(self, name, password=None, login=True):
        """A role (a login by default); with a password, a member of SCRAM_LOGIN_GROUP, so it must give it."""
        from psycopg2 import sql
        with self.connect("postgres") as connection:
            statement = sql.SQL("CREATE ROLE {} LOGIN") if login else sql.SQL("CREATE ROLE {} NOLOGIN")
            execute(connection, statement.format(sql.Identifier(name)))
            if password is not None:
                execute(connection, sql.SQL("ALTER ROLE {} PASSWORD %s").format(sql.Identifier(name)), (password,))
                execute(connection, sql.SQL("GRANT {} TO {}").format(sql.Identifier(SCRAM_LOGIN_GROUP),
                                                                    sql.Identifier(name)))
        return name

    def create_password_role(self, name, password):
        return self.create_role(name, password=password)


class _Closing:
    """A psycopg2 connection that ``with`` closes (psycopg2's own ``with`` only ends the transaction)."""

    def __init__(self, connection):
        self.connection = connection

    def __getattr__(self, name):
        return getattr(self.connection, name)

    def __enter__(self):
        return self.connection

    def __exit__(self, exc_type, *rest):
        if not self.connection.autocommit and not self.connection.closed:
            if exc_type is None:
                self.connection.commit()
            else:
                self.connection.rollback()
        self.connection.close()


def execute(connection, statement, parameters=None):
    with connection.cursor() as cursor:
        cursor.execute(statement, parameters)
        return cursor.fetchall() if cursor.description is not None else None


def _dsn(**parts):
    return " ".join("{}={}".format(key, quote_dsn_value(value)) for key, value in parts.items())


def _clean_environment():
    """The environment without libpq's variables (PGHOST, PGPASSWORD, PGSERVICE…), which would point
    the tools or the tests at another server."""
    return {key: value for key, value in os.environ.items() if not key.startswith("PG")}


if __name__ == "__main__":      # a server to try things by hand: python tests/postgres_server.py
    with PostgresServer() as server:
        print("psql \"{}\"   (Ctrl-C stops it)".format(server.dsn(server.create_database("scratch"))))
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print("stopping")
