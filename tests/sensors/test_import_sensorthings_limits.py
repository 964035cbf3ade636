"""Issue 12 at the level of an import into the demo ward (and of mymap:import_sensor_readings): a hostile
SensorThings server cannot make the import read a local file or another local service, stall it for
ever or fill the memory; what came before the refusal stays imported, and nothing else changes."""
import datetime
import json
import time

import processing
import pytest
from qgis.core import QgsProcessingException

from mymap_plugin.sensors.import_readings import import_sensor_readings
from tests.conftest import folder_state, query as rows
from tests.sensorthings_server import SensorThingsServer

UTC = datetime.timezone.utc
AFTER_DEMO = datetime.datetime(2025, 9, 29, 0, 0, tzinfo=UTC)    # the demo's readings end before this
FILE_TIME = "2031-01-01T00:00:00Z"

pytestmark = pytest.mark.usefixtures("no_proxy_for_localhost")


def datastreams(counts):
    """The demo's 20 sensors have Datastreams 2001–2020 (distances in mm, every 10 minutes)."""
    def distances(count):
        return [((AFTER_DEMO + datetime.timedelta(minutes=10 * k)).strftime("%Y-%m-%dT%H:%M:%SZ"), 2450)
                for k in range(count)]
    return {2000 + number: {"name": "Khoảng cách {:02d}".format(number), "unit": "mm", "quantity": "distance",
                            "thing_id": 1000 + number, "observations": distances(counts.get(2000 + number, 0))}
            for number in range(1, 21)}


def new_readings(ward):
    return rows(ward, "SELECT count(*) FROM sensor_readings WHERE phenomenon_time >= '2025-09-29'")[0][0]


@pytest.fixture
def secret_file(tmp_path):
    """A local file shaped like a page of observations: were it ever read, a reading in 2031 would appear."""
    path = tmp_path / "secret.json"
    path.write_text(json.dumps({"value": [{"@iot.id": 1, "phenomenonTime": FILE_TIME, "result": 1111}]}),
                    encoding="utf-8")
    return path


def test_a_next_link_to_a_local_file_imports_nothing_of_it(demo_ward, secret_file):
    with SensorThingsServer(datastreams({2001: 25}), page_size=10, next_link_to=secret_file.as_uri()) as server:
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
    assert report.stored == 10                                   # the first page, before the link
    assert report.errors and all(secret_file.as_uri() in error and "same host and port" in error
                                 for error in report.errors)
    assert rows(demo_ward, "SELECT count(*) FROM sensor_readings WHERE phenomenon_time >= '2030-01-01'") == [(0,)]
    assert rows(demo_ward, "SELECT count(*) FROM sensor_readings WHERE raw_distance_mm = 1111") == [(0,)]
    assert new_readings(demo_ward) == 10


def test_another_local_service_is_never_asked(demo_ward):
    with SensorThingsServer(datastreams({2001: 30}), page_size=10) as other, \
            SensorThingsServer(datastreams({2001: 25}), page_size=10) as server:
        server.next_link_to = other.url + "/Datastreams(2001)/Observations?$skip=10"
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
        asked_elsewhere = list(other.requests)
    assert asked_elsewhere == []
    assert report.stored == 10 and new_readings(demo_ward) == 10
    assert other.url in report.errors[0]


def test_a_redirection_to_another_service_is_not_followed(demo_ward):
    with SensorThingsServer(datastreams({2001: 30}), page_size=10) as other, \
            SensorThingsServer(datastreams({2001: 25}), page_size=10, redirect_after_pages=1) as server:
        server.redirect_to = other.url + "/Datastreams(2001)/Observations?$skip=10"
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
        asked_elsewhere = list(other.requests)
    assert asked_elsewhere == [] and report.stored == 10 and "redirection" in report.errors[0]


def test_one_byte_a_second_meets_the_deadline_and_what_came_before_stays(demo_ward):
    streams = datastreams({2001: 25})
    with SensorThingsServer(streams, page_size=10, slow_after_pages=2, slow_limit_s=15) as server:
        started = time.monotonic()
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO, deadline_s=3)
        elapsed = time.monotonic() - started
    assert elapsed < 8, elapsed
    assert report.stored == 20 and new_readings(demo_ward) == 20
    assert len(report.errors) == 1 and "3 seconds" in report.errors[0] and "kept" in report.errors[0]
    # The next refresh, from a well-behaved server, continues after the readings kept.
    with SensorThingsServer(streams, page_size=10) as server:
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
    assert report.stored == 5 and not report.errors and new_readings(demo_ward) == 25


def test_an_oversize_answer_is_refused_and_what_came_before_stays(demo_ward):
    with SensorThingsServer(datastreams({2001: 25}), page_size=10, huge_after_pages=1, huge_length=False,
                            huge_bytes=64 * 1024 * 1024) as server:
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
        time.sleep(0.2)
        sent = server.bytes_sent
    assert report.stored == 10 and new_readings(demo_ward) == 10
    assert len(report.errors) == 1 and "16 MB" in report.errors[0]
    assert sent < 40 * 1024 * 1024


def test_the_algorithm_has_an_optional_authcfg(mymap_provider):
    algorithm = mymap_provider.algorithm("import_sensor_readings")
    parameter = algorithm.parameterDefinition("AUTHCFG")
    assert parameter.type() == "authcfg" and parameter.flags() & parameter.FlagOptional
    assert [p.name() for p in algorithm.parameterDefinitions()][:3] == ["WARD", "SOURCE", "FORMAT"]


def test_an_unknown_authcfg_sends_nothing_and_changes_nothing(demo_ward, mymap_provider):
    before = folder_state(demo_ward.parent)
    with SensorThingsServer(datastreams({2001: 5})) as server:
        with pytest.raises(QgsProcessingException, match="authentication configuration “nosuch1”"):
            processing.run("mymap:import_sensor_readings", {
                "WARD": str(demo_ward), "SOURCE": server.url, "FORMAT": 2, "AUTHCFG": "nosuch1"})
        assert server.requests == []
    assert folder_state(demo_ward.parent) == before


def test_the_flood_watch_panel_passes_its_authentication_to_the_background_refresh(demo_ward):
    """The panel's authentication chooser reaches the import in QGIS's task manager (a worker thread)."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QSettings

    from mymap_plugin.sensors.gui.flood_watch_panel import SETTINGS_KEY, FloodWatchPanel
    panel = FloodWatchPanel()
    panel.set_ward(demo_ward)
    failures = []
    panel.refresher.failed.connect(failures.append)
    try:
        with SensorThingsServer(datastreams({2001: 5})) as server:
            panel.source_edit.setText(server.url)
            assert panel.auth_select.configId() == ""
            panel.auth_select.configId = lambda: "nosuch1"      # as if the user had chosen a configuration
            assert panel.refresh_now() is not None and panel.refresher.authcfg == "nosuch1"
            ends = time.monotonic() + 30
            while panel.refresher.runs < 1 and time.monotonic() < ends:
                QgsApplication.processEvents()
                time.sleep(0.02)
            asked = list(server.requests)
        assert QSettings().value(SETTINGS_KEY + "authcfg") == "nosuch1"        # remembered for next time
    finally:
        panel.unload()
        QSettings().remove(SETTINGS_KEY + "authcfg")     # the shared test profile keeps no made-up choice
    assert asked == [] and len(failures) == 1 and "“nosuch1”" in failures[0]
    assert new_readings(demo_ward) == 0
