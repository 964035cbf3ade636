"""Shared fixtures: real QGIS (pytest-qgis), real GeoPackages in temporary folders."""
import hashlib
import os
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProcessingFeedback

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

BUILD = ROOT / "build"
STAGED_PLUGIN = BUILD / "plugins" / "mymap_plugin"
PACKAGE_ZIP = ROOT / "dist" / "mymap_plugin.zip"
TEST_OUTPUT = BUILD / "test-output"


# Real public data shared by the team, next to the repository (read-only; never copied into it).
REALDATA = next((p for p in (ROOT.parent / "shared" / "realdata", Path("/work/shared/realdata")) if p.exists()),
                ROOT.parent / "shared" / "realdata")


def running_in_ci() -> bool:
    """True when the environment variable CI is set (to anything but empty, 0, false, no or off)."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no", "off")


def require_realdata(*paths):
    """The one rule for tests that read ../shared/realdata: when a file is missing the test is
    skipped on a developer's machine, but fails under CI (a CI run must not pass by skipping)."""
    missing = [Path(path) for path in paths if not Path(path).exists()]
    if not missing:
        return
    message = ("real data missing: {} (the team's shared data belongs in ../shared/realdata, next to "
               "the repository)").format(", ".join(str(path) for path in missing))
    if running_in_ci():
        pytest.fail(message + "; CI is set, so this test fails instead of being skipped", pytrace=False)
    pytest.skip(message)


def pytest_configure(config):
    config.addinivalue_line("markers", "realdata(*paths): needs these files from ../shared/realdata "
                                       "(skipped without them; failed without them when CI is set)")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """`@pytest.mark.realdata(path, …)` (or a module's pytestmark): checked before any fixture is built."""
    for marker in item.iter_markers("realdata"):
        require_realdata(*marker.args)


def query(path, sql, *args):
    """Rows of a read-only SQL query on a GeoPackage (plain sqlite3: attribute columns only)."""
    import sqlite3
    from contextlib import closing
    with closing(sqlite3.connect(str(path))) as connection:
        return connection.execute(sql, args).fetchall()


def write_csv(path, header, lines):
    """A UTF-8 CSV file with a header row."""
    import csv
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(lines)
    return path


def file_digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def folder_state(folder) -> dict:
    """Name → digest of every file in *folder*: to prove nothing changed."""
    return {p.name: file_digest(p) for p in sorted(Path(folder).iterdir()) if p.is_file()}


@pytest.fixture(scope="session")
def demo_ward_master(tmp_path_factory, qgis_app):
    """One demo ward made once per session (Vietnamese); copy it before writing."""
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    path = tmp_path_factory.mktemp("demo") / "my_hao.gpkg"
    create_ward_map(path, "Phường Mỹ Hào", "12103", "33", demo=True, language="vi")
    return path


@pytest.fixture
def demo_ward(demo_ward_master, tmp_path):
    """A private copy of the demo ward."""
    target = tmp_path / "my_hao.gpkg"
    target.write_bytes(Path(demo_ward_master).read_bytes())
    return target


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL 15 server with PostGIS 3 for the session (tests/postgres_server.py): started
    the first time a test asks for it, stopped at the end of the session whatever the tests did. A
    machine without the Debian packages fails the test with the command to run (never skips)."""
    from tests.postgres_server import PostgresServer, missing_requirements
    missing = missing_requirements()
    if missing:
        pytest.fail("the PostgreSQL tests need: " + "; ".join(missing), pytrace=False)
    server = PostgresServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_database(postgres_server):
    """A new PostGIS database for one test (its name), dropped afterwards."""
    name = postgres_server.create_database()
    yield name
    postgres_server.drop_database(name)


WARD_SCHEMA = "ward_12103"


@pytest.fixture(scope="session")
def published_ward_template(postgres_server, demo_ward_master, tmp_path_factory, qgis_app):
    """A database holding the demo ward published as a PostgreSQL shared map (schema ward_12103,
    with its styles and the city views), made once per session with ``publish_ward``; tests get
    copies of it (:func:`postgres_ward`)."""
    from mymap_plugin.postgis.publish import publish_ward
    source = tmp_path_factory.mktemp("publish") / "my_hao.gpkg"
    source.write_bytes(Path(demo_ward_master).read_bytes())
    name = postgres_server.create_database("mymap_published_ward")
    publish_ward(source, postgres_server.dsn(name))
    return name


@pytest.fixture
def postgres_ward(postgres_server, published_ward_template):
    """The address of a fresh PostgreSQL shared map (a copy of the published demo ward) for one test:
    ``host=… port=… dbname=… user=postgres schema=ward_12103``."""
    name = postgres_server.create_database(template=published_ward_template)
    yield "{} schema={}".format(postgres_server.dsn(name), WARD_SCHEMA)
    postgres_server.drop_database(name)


LINK = "HTTPS://MYHAO.HUNGYEN.VN/A/{}"
LINK_TEMPLATE = LINK.format("{code}")


def set_link_and_hotline(path, template=LINK_TEMPLATE, hotline="0221 3943 888"):
    """Give a ward map the link template and hotline the QR tests expect."""
    import sqlite3
    from contextlib import closing
    with closing(sqlite3.connect(str(path))) as connection, connection:
        connection.execute("UPDATE mymap_ward_settings SET value = ? WHERE key = 'qr_link_template'", (template,))
        connection.execute("UPDATE mymap_ward_settings SET value = ? WHERE key = 'hotline'", (hotline,))
    return path


@pytest.fixture
def empty_ward(tmp_path, qgis_app):
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    path = tmp_path / "empty_ward.gpkg"
    create_ward_map(path, "Phường Mỹ Hào", "12103", "33", demo=False, language="vi")
    return path


_PROVIDERS = []   # keep Python wrappers alive while QGIS holds the providers


@pytest.fixture
def mymap_provider(qgis_processing):
    """The registered mymap provider (registered now if a test removed it)."""
    from qgis.core import QgsApplication
    from mymap_plugin.processing_provider import MyMapProvider
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("mymap")
    if provider is None:
        _PROVIDERS.append(MyMapProvider())
        registry.addProvider(_PROVIDERS[-1])
        provider = registry.providerById("mymap")
    return provider


@pytest.fixture
def no_proxy_for_localhost(monkeypatch):
    """A proxy configured in the environment must not see the local test servers on 127.0.0.1."""
    for name in ("no_proxy", "NO_PROXY"):
        monkeypatch.setenv(name, ",".join(filter(None, ["127.0.0.1", "localhost", os.environ.get(name)])))


@pytest.fixture
def vietnamese(qgis_app):
    """Install the compiled Vietnamese catalogue for one test."""
    from mymap_plugin.i18n import install_translator, remove_translator
    translator = install_translator("vi")
    assert translator is not None, "build/i18n/mymap_vi.qm is missing: run `make translations`"
    yield translator
    remove_translator(translator)


class Report(QgsProcessingFeedback):
    """A real Processing feedback that keeps the warnings it is given."""

    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, warning):
        self.warnings.append(warning)
        super().pushWarning(warning)
