"""The SensorThings client against a local SensorThings server (generated and recorded pages)."""
import random
import socket
import time
import urllib.parse
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from qgis.core import Qgis

from mymap_plugin.errors import MyMapError
from mymap_plugin.sensors.sensorthings import (SensorThingsError, datastream_info, iter_observations,
                                               normalise_base_url, thing_datastreams)
from tests.sensorthings_server import SensorThingsServer

RECORDED = Path(__file__).resolve().parents[1] / "data" / "sensorthings"
START = datetime(2024, 5, 1, tzinfo=timezone.utc)

pytestmark = pytest.mark.usefixtures("no_proxy_for_localhost")


def times(count, start=START, step=timedelta(minutes=5)):
    return [(start + step * index).strftime("%Y-%m-%dT%H:%M:%SZ") for index in range(count)]


def stream(count, key_name="Level at the bridge", thing_id=10, shuffle=False):
    observations = [(moment, index) for index, moment in enumerate(times(count))]
    if shuffle:
        random.Random(4).shuffle(observations)
    return {"name": key_name, "unit": "cm", "quantity": "water depth", "thing_id": thing_id,
            "observations": observations}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def drain(generator):
    """(items yielded, the SensorThingsError raised or None)."""
    items = []
    try:
        items.extend(generator)
    except SensorThingsError as error:
        return items, error
    return items, None


# ----------------------------------------------------------------------------- paging
def test_2500_observations_in_three_pages_all_once_in_order():
    with SensorThingsServer({1: stream(2500, shuffle=True)}, page_size=1000) as server:
        items = list(iter_observations(server.url, 1, page_size=1000))
        pages = server.observation_requests()
    assert len(pages) == 3
    assert [item["value"] for item in items] == list(range(2500))
    assert [item["time"] for item in items] == times(2500)
    assert len({item["id"] for item in items}) == 2500
    first = urllib.parse.unquote(pages[0])
    assert first.startswith("/v1.1/Datastreams(1)/Observations?")
    assert "$orderby=phenomenonTime asc" in first and "$top=1000" in first
    assert "$select=@iot.id,phenomenonTime,result" in first and "$filter" not in first
    assert " " not in pages[0]


def test_the_server_cap_on_page_size_is_followed():
    with SensorThingsServer({1: stream(250)}, page_size=100) as server:
        items = list(iter_observations(server.url, 1, page_size=1000))
        assert len(server.observation_requests()) == 3
    assert [item["value"] for item in items] == list(range(250))


def test_exact_multiple_of_page_size_and_empty_stream():
    with SensorThingsServer({1: stream(200), 2: stream(0)}, page_size=100) as server:
        assert len(list(iter_observations(server.url, 1, page_size=100))) == 200
        assert len(server.observation_requests()) == 2
        assert list(iter_observations(server.url + "/", 2)) == []


@pytest.mark.parametrize("style", ["absolute", "relative", "root"])
def test_next_links_absolute_and_relative(style):
    with SensorThingsServer({1: stream(25)}, page_size=10, next_links=style) as server:
        items = list(iter_observations(server.url, 1, page_size=10))
        pages = server.observation_requests()
    assert [item["value"] for item in items] == list(range(25))
    assert len(pages) == 3
    assert all(page.startswith("/v1.1/Datastreams(1)/Observations?") for page in pages)
    assert "$skip=20" in urllib.parse.unquote(pages[2])


def test_requests_go_through_qgis_network_stack():
    """QGIS's network access manager sets its own User-Agent (the one configured in QGIS's options)."""
    with SensorThingsServer({1: stream(3)}) as server:
        list(iter_observations(server.url, 1))
        headers = server.request_headers[0]
    assert "QGIS/{}".format(Qgis.versionInt()) in headers["User-Agent"]
    assert headers["Accept"] == "application/json"


# ----------------------------------------------------------------------------- since, ids
def test_since_keeps_later_observations_only():
    with SensorThingsServer({1: stream(100)}, page_size=30) as server:
        cut = START + timedelta(minutes=5 * 59)
        in_hanoi = cut.astimezone(timezone(timedelta(hours=7)))
        items = list(iter_observations(server.url, 1, since=in_hanoi))
        first = urllib.parse.unquote(server.observation_requests()[0])
        as_text = [item["value"] for item in iter_observations(server.url, 1, since="2024-05-01T04:55:00Z")]
        naive_is_utc = [item["value"] for item in iter_observations(server.url, 1, since=cut.replace(tzinfo=None))]
    assert [item["value"] for item in items] == list(range(60, 100))
    assert "$filter=phenomenonTime gt 2024-05-01T04:55:00Z" in first
    assert as_text == naive_is_utc == list(range(60, 100))


def test_since_that_is_not_a_time_is_a_clear_error():
    with pytest.raises(MyMapError, match="not a date and time"):
        list(iter_observations("http://127.0.0.1:9/v1.1", 1, since="yesterday"))


def test_string_and_integer_ids():
    datastreams = {"abc": stream(5, "String id"), "level's 1": stream(4, "Quoted id", thing_id="st'a"),
                   7: stream(3, "Integer id")}
    with SensorThingsServer(datastreams, page_size=2) as server:
        assert len(list(iter_observations(server.url, "abc"))) == 5
        assert len(list(iter_observations(server.url, "level's 1"))) == 4
        assert len(list(iter_observations(server.url, 7))) == 3
        assert datastream_info(server.url, "abc")["id"] == "abc"
        info = datastream_info(server.url, "level's 1")
        assert (info["id"], info["name"], info["thing_id"]) == ("level's 1", "Quoted id", "st'a")
        assert [d["id"] for d in thing_datastreams(server.url, "st'a")] == ["level's 1"]
        paths = [urllib.parse.unquote(target.split("?")[0]) for target in server.requests]
    assert "/v1.1/Datastreams('abc')/Observations" in paths
    assert "/v1.1/Datastreams('level''s 1')/Observations" in paths
    assert "/v1.1/Datastreams(7)/Observations" in paths
    with pytest.raises(MyMapError):
        datastream_info("http://127.0.0.1:9/v1.1", 1.5)


# ----------------------------------------------------------------------------- datastreams
def test_datastream_info_shape():
    with SensorThingsServer({1: stream(1, "Level at the bridge", thing_id=10)}) as server:
        info = datastream_info(server.url, 1)
        assert "$expand=ObservedProperty,Thing" in urllib.parse.unquote(server.requests[0])
    assert info == {"id": 1, "name": "Level at the bridge", "unit": "cm", "quantity": "water depth", "thing_id": 10}


def test_thing_datastreams_follows_paging():
    datastreams = {number: stream(1, "Gauge {}".format(number), thing_id=10) for number in range(1, 6)}
    datastreams[9] = stream(1, "Elsewhere", thing_id=11)
    with SensorThingsServer(datastreams, page_size=2) as server:
        found = thing_datastreams(server.url, 10)
        assert len([t for t in server.requests if "/Things(10)/Datastreams" in t]) == 3
        assert thing_datastreams(server.url, 11) == [
            {"id": 9, "name": "Elsewhere", "unit": "cm", "quantity": "water depth", "thing_id": 11}]
    assert [d["id"] for d in found] == [1, 2, 3, 4, 5]
    assert found[0] == {"id": 1, "name": "Gauge 1", "unit": "cm", "quantity": "water depth", "thing_id": 10}


def test_unknown_datastream_is_http_404():
    with SensorThingsServer({1: stream(1)}) as server, pytest.raises(SensorThingsError) as caught:
        datastream_info(server.url, 2)
    assert (caught.value.kind, caught.value.status) == ("http", 404)
    assert "404" in str(caught.value)


# ----------------------------------------------------------------------------- recorded pages
def test_recorded_pages_are_served_and_parsed():
    with SensorThingsServer.from_recorded(RECORDED) as server:
        info = datastream_info(server.url, 7)
        items = list(iter_observations(server.url, 7))
        assert len(server.observation_requests()) == 2
    assert info == {"id": 7, "name": "Mực nước cống Mỹ Hào", "unit": "cm", "quantity": "water depth", "thing_id": 3}
    assert [item["id"] for item in items] == [501, 502, 503, 504, 505]
    assert [item["value"] for item in items] == [42, 43.5, 47.25, 51, 55.8]
    assert isinstance(items[0]["value"], int)
    assert items[0]["time"] == "2024-05-01T00:00:00.000Z"
    assert items[-1]["time"] == "2024-05-01T01:15:00.000Z"  # the end of the interval


# ----------------------------------------------------------------------------- problems
def test_loop_is_detected_and_earlier_pages_are_yielded_once():
    with SensorThingsServer({1: stream(2500)}, page_size=1000, loop=True) as server:
        items, error = drain(iter_observations(server.url, 1, page_size=1000))
        assert len(server.observation_requests()) == 2
    assert error is not None and error.kind == "loop"
    assert [item["value"] for item in items] == list(range(2000))
    assert error.received == 2000 and "2000" in str(error) and server.url in str(error)


def test_loop_later_in_the_stream():
    with SensorThingsServer({1: stream(50)}, page_size=10, loop=3, next_links="relative") as server:
        items, error = drain(iter_observations(server.url, 1, page_size=10))
    assert error.kind == "loop" and [item["value"] for item in items] == list(range(40))


def test_too_many_pages():
    with SensorThingsServer({1: stream(2500)}, page_size=1000) as server:
        items, error = drain(iter_observations(server.url, 1, page_size=1000, max_pages=2))
    assert error.kind == "too_many_pages" and len(items) == 2000 and "2000" in str(error)


def test_server_down_is_unreachable_quickly():
    url = "http://127.0.0.1:{}/v1.1".format(free_port())
    started = time.monotonic()
    items, error = drain(iter_observations(url, 1, timeout=5))
    assert items == [] and error.kind == "unreachable"
    assert time.monotonic() - started < 2
    assert url in str(error) and "network" in str(error)
    with pytest.raises(SensorThingsError) as caught:
        datastream_info(url, 1)
    assert caught.value.kind == "unreachable" and caught.value.url.startswith(url)


def test_slow_server_is_a_timeout():
    with SensorThingsServer({1: stream(3)}, delay=3) as server:
        started = time.monotonic()
        items, error = drain(iter_observations(server.url, 1, timeout=1))
        elapsed = time.monotonic() - started
    assert items == [] and error.kind == "timeout"
    assert elapsed < 2.5
    assert "1 seconds" in str(error)


def test_http_500_after_the_first_page():
    with SensorThingsServer({1: stream(2500)}, page_size=1000, fail_after_pages=1) as server:
        items, error = drain(iter_observations(server.url, 1, page_size=1000))
    assert len(items) == 1000
    assert (error.kind, error.status) == ("http", 500) and "500" in str(error)


@pytest.mark.parametrize("broken", [True, "no_value"])
def test_broken_json(broken):
    with SensorThingsServer({1: stream(3)}, broken_json=broken) as server:
        items, error = drain(iter_observations(server.url, 1))
        assert items == [] and error.kind == "invalid_json"
        if broken is True:
            with pytest.raises(SensorThingsError) as caught:
                datastream_info(server.url, 1)
            assert caught.value.kind == "invalid_json"


def test_cancelled_stops_quietly():
    with SensorThingsServer({1: stream(2500)}, page_size=1000) as server:
        received = []
        received.extend(iter_observations(server.url, 1, page_size=1000, cancelled=lambda: len(received) >= 1000))
        assert len(received) == 1000
        assert len(server.observation_requests()) == 1
        assert list(iter_observations(server.url, 1, cancelled=lambda: True)) == []
        assert len(server.observation_requests()) == 1


# ----------------------------------------------------------------------------- base URL
def test_normalise_base_url():
    assert normalise_base_url(" https://example.org/FROST-Server/v1.1// ") == "https://example.org/FROST-Server/v1.1"
    assert normalise_base_url("HTTP://127.0.0.1:8080/v1.1") == "HTTP://127.0.0.1:8080/v1.1"
    for bad in ("", "example.org/v1.1", "ftp://example.org/v1.1", "https://"):
        with pytest.raises(MyMapError, match="http:// or https://"):
            normalise_base_url(bad)
