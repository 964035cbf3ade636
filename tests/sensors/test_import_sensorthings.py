"""Readings from a SensorThings server (a local one on 127.0.0.1) into the demo ward: paging,
incremental refresh, a paging loop, a server that is down or slow. No reading lost or duplicated."""
import datetime
import socket
import time

import processing
import pytest
from qgis.core import QgsProcessingException

from mymap_plugin.errors import MyMapError
from mymap_plugin.sensors.import_readings import import_sensor_readings
from tests.conftest import folder_state, query as rows
from tests.sensorthings_server import SensorThingsServer

UTC = datetime.timezone.utc
AFTER_DEMO = datetime.datetime(2025, 9, 29, 0, 0, tzinfo=UTC)    # the demo's readings end before this

pytestmark = pytest.mark.usefixtures("no_proxy_for_localhost")


def distances(count, start=AFTER_DEMO, depth_cm=lambda k: 5.0):
    """Raw distances (mm) of an ultrasonic sensor 250 cm above the road, every 10 minutes."""
    return [((start + datetime.timedelta(minutes=10 * k)).strftime("%Y-%m-%dT%H:%M:%SZ"),
             round((250 - depth_cm(k)) * 10)) for k in range(count)]


def datastreams(counts):
    """The demo's 20 sensors have Datastreams 2001–2020; *counts* gives each one's observations."""
    return {2000 + number: {"name": "Khoảng cách mặt nước {:02d}".format(number), "unit": "mm",
                            "quantity": "distance", "thing_id": 1000 + number,
                            "observations": distances(counts.get(2000 + number, 0))}
            for number in range(1, 21)}


def test_paging_and_incremental_refresh(demo_ward):
    before = rows(demo_ward, "SELECT count(*) FROM sensor_readings")[0][0]
    rising = {2001: 2500, 2002: 3}
    with SensorThingsServer(datastreams(rising), page_size=1000) as server:
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
        assert not report.errors
        assert report.stored == 2503 and report.read == 2503
        pages = [r for r in server.requests if "Datastreams(2001)/Observations" in r]
        assert len(pages) == 3
        # Each datastream was asked only for what came after its latest stored reading.
        assert all("phenomenonTime gt 2025-09-28T23:50:00" in r.replace("%20", " ").replace("+", " ")
                   .replace("%3A", ":") for r in pages[:1])
        # The next refresh asks from the new latest reading and stores nothing twice.
        again = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
        assert again.stored == 0 and again.read == 0 and not again.errors
    assert rows(demo_ward, "SELECT count(*) FROM sensor_readings")[0][0] == before + 2503
    # Distances became depths (sensor 2.50 m above the road): 250 cm − 245 cm = 5 cm.
    assert rows(demo_ward, "SELECT min(water_depth_cm), max(water_depth_cm), count(DISTINCT raw_distance_mm) "
                           "FROM sensor_readings WHERE phenomenon_time > '2025-09-29'") == [(5.0, 5.0, 1)]


def test_a_paging_loop_keeps_what_came_and_the_next_refresh_completes(demo_ward):
    streams = datastreams({2003: 2500})
    with SensorThingsServer(streams, page_size=1000, loop=True) as server:
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
    assert report.stored == 2000 and len(report.errors) == 1
    assert "paging loop" in report.errors[0] and "2000 observations" in report.errors[0]
    with SensorThingsServer(streams, page_size=1000) as server:
        report = import_sensor_readings(demo_ward, server.url, "sensorthings", now=AFTER_DEMO)
    assert report.stored == 500 and not report.errors
    assert rows(demo_ward, "SELECT count(*), count(DISTINCT phenomenon_time) FROM sensor_readings r JOIN sensors s "
                           "ON s.uuid = r.station_uuid WHERE s.sta_datastream_id = '2003' AND "
                           "phenomenon_time > '2025-09-29'") == [(2500, 2500)]


def test_a_server_that_is_down_is_a_clear_message_and_changes_nothing(demo_ward, mymap_provider):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    before = folder_state(demo_ward.parent)
    started = time.monotonic()
    with pytest.raises(QgsProcessingException, match="Cannot reach the SensorThings server"):
        processing.run("mymap:import_sensor_readings", {
            "WARD": str(demo_ward), "SOURCE": "http://127.0.0.1:{}/v1.1".format(port), "FORMAT": 2})
    assert time.monotonic() - started < 10
    assert folder_state(demo_ward.parent) == before


def test_a_slow_server_times_out(demo_ward):
    with SensorThingsServer(datastreams({2001: 5}), delay=2.5) as server:
        started = time.monotonic()
        with pytest.raises(MyMapError, match="did not answer within 1 seconds"):
            import_sensor_readings(demo_ward, server.url, "sensorthings", timeout=1)
    assert time.monotonic() - started < 8


def test_not_a_url(demo_ward):
    with pytest.raises(MyMapError, match="must start with http"):
        import_sensor_readings(demo_ward, "ftp://example.org/v1.1", "sensorthings")
