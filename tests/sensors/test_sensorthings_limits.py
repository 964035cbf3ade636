"""Hostile or broken SensorThings servers against the client's limits (issue 12): links and redirections
that leave the server, a server that sends one byte a second, answers far too large (announced, not
announced, compressed), all on real local servers on 127.0.0.1; each refusal is checked to leave
nothing behind: no request to the other place, nothing of it yielded, what came before kept."""
import resource
import time
from datetime import datetime, timedelta, timezone

import pytest
from qgis.core import QgsApplication, QgsTask

from mymap_plugin.sensors.sensorthings import (DEFAULT_MAX_BYTES, Deadline, SensorThingsError, datastream_info,
                                               iter_observations, thing_datastreams)
from tests.sensorthings_server import SensorThingsServer

START = datetime(2024, 5, 1, tzinfo=timezone.utc)
MIB = 1024 * 1024

pytestmark = pytest.mark.usefixtures("no_proxy_for_localhost")


def stream(count, thing_id=10):
    return {"name": "Level", "unit": "cm", "quantity": "water depth", "thing_id": thing_id,
            "observations": [((START + timedelta(minutes=5 * k)).strftime("%Y-%m-%dT%H:%M:%SZ"), k)
                             for k in range(count)]}


def drain(generator):
    """(items yielded, the SensorThingsError raised or None)."""
    items = []
    try:
        items.extend(generator)
    except SensorThingsError as error:
        return items, error
    return items, None


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture
def other_service():
    """Another local service (a SensorThings server on another port) that must never be asked."""
    with SensorThingsServer({1: stream(5)}, page_size=5) as server:
        yield server


@pytest.fixture
def secret_file(tmp_path):
    """A local file that would be taken for a page of observations if it were ever read."""
    path = tmp_path / "secret.json"
    path.write_text('{"value": [{"@iot.id": 999, "phenomenonTime": "2030-01-01T00:00:00Z", "result": 424242}]}',
                    encoding="utf-8")
    return path


# ----------------------------------------------------------------------------- links that leave the server
def hostile_links(server, other, secret):
    return {
        "file": secret.as_uri(),
        "other port": other.url + "/Datastreams(1)/Observations",
        "scheme-relative to another port": "//127.0.0.1:{}/v1.1/Datastreams(1)/Observations".format(other.port),
        "https on the same port": "https://127.0.0.1:{}/v1.1/Datastreams(1)/Observations".format(server.port),
        "another host name": "http://localhost:{}/v1.1/Datastreams(1)/Observations".format(server.port),
        "user-info trick": "http://127.0.0.1:{}@127.0.0.1:{}/v1.1/Datastreams(1)/Observations".format(
            server.port, other.port),
        "ftp": "ftp://127.0.0.1:{}/v1.1/Datastreams(1)/Observations".format(other.port),
        "data": "data:application/json,%7B%22value%22%3A%5B%5D%7D",
    }


@pytest.mark.parametrize("case", ["file", "other port", "scheme-relative to another port", "https on the same port",
                                  "another host name", "user-info trick", "ftp", "data"])
def test_next_link_off_the_server_is_refused(case, other_service, secret_file):
    with SensorThingsServer({1: stream(30)}, page_size=10) as server:
        server.next_link_to = hostile_links(server, other_service, secret_file)[case]
        items, error = drain(iter_observations(server.url, 1, page_size=10))
        requests = list(server.requests)
    assert error is not None and error.kind == "foreign_link", error
    # The first page is kept; nothing of the other place was read or asked for.
    assert [item["value"] for item in items] == list(range(10))
    assert error.received == 10
    assert 424242 not in [item["value"] for item in items]
    assert len(requests) == 1 and other_service.requests == []
    assert "same host and port" in str(error) and server.url in str(error)


def test_a_file_link_is_refused_before_anything_else_happens(secret_file):
    """Not even the Datastream list of a Thing follows a file: link."""
    with SensorThingsServer({1: stream(1), 2: stream(1)}, page_size=1, next_links="absolute") as server:
        server.next_link_to = secret_file.as_uri()
        with pytest.raises(SensorThingsError) as caught:
            thing_datastreams(server.url, 10)
    assert caught.value.kind == "foreign_link" and caught.value.url == secret_file.as_uri()


def test_links_on_the_same_server_are_followed_whatever_their_spelling():
    with SensorThingsServer({1: stream(25)}, page_size=10) as server:
        server.next_link_to = None
        spelled = server.url.replace("http://", "HTTP://")
        items = list(iter_observations(spelled, 1, page_size=10))
    assert [item["value"] for item in items] == list(range(25))


@pytest.mark.parametrize("case", ["file", "other port", "https on the same port", "another host name"])
def test_redirection_off_the_server_is_refused(case, other_service, secret_file):
    with SensorThingsServer({1: stream(30)}, page_size=10, redirect_after_pages=1) as server:
        server.redirect_to = hostile_links(server, other_service, secret_file)[case]
        items, error = drain(iter_observations(server.url, 1, page_size=10))
        requests = list(server.observation_requests())
    assert error is not None and error.kind == "foreign_link" and error.status == 302, error
    assert [item["value"] for item in items] == list(range(10)) and error.received == 10
    assert len(requests) == 2 and other_service.requests == []
    assert "redirection" in str(error)


def test_redirection_on_the_same_server_is_followed():
    def same_server(server, target):
        return "http://127.0.0.1:{}{}&again=1".format(server.port, target) if "again=1" not in target else None

    with SensorThingsServer({1: stream(25)}, page_size=10, redirect_after_pages=1, redirect_to=same_server) as server:
        items = list(iter_observations(server.url, 1, page_size=10))
        requests = server.observation_requests()
    assert [item["value"] for item in items] == list(range(25))
    assert len(requests) == 4 and "again=1" not in requests[1] and "again=1" in requests[2]


# ----------------------------------------------------------------------------- slow servers and the deadline
def test_one_byte_a_second_hits_the_deadline_and_keeps_the_first_page():
    with SensorThingsServer({1: stream(30)}, page_size=10, slow_after_pages=1, slow_limit_s=15) as server:
        started = time.monotonic()
        items, error = drain(iter_observations(server.url, 1, page_size=10, timeout=20, deadline=3))
        elapsed = time.monotonic() - started
        dribbled = server.bytes_sent
    assert error is not None and error.kind == "deadline", error
    assert 2.5 < elapsed < 6, elapsed
    assert dribbled >= 1            # it was sending all along: no idle timeout would ever have fired
    assert [item["value"] for item in items] == list(range(10)) and error.received == 10
    assert "3 seconds" in str(error) and "kept" in str(error) and server.url in str(error)


def test_one_deadline_covers_every_call_of_an_import():
    with SensorThingsServer({1: stream(3)}, page_size=10, delay=0.6) as server:
        deadline = Deadline(1.0)
        datastream_info(server.url, 1, deadline=deadline)
        items, error = drain(iter_observations(server.url, 1, deadline=deadline))
        assert items == [] and error.kind == "deadline"
        asked = len(server.requests)
        with pytest.raises(SensorThingsError) as caught:
            datastream_info(server.url, 1, deadline=deadline)       # over: nothing more is even asked
        assert caught.value.kind == "deadline" and len(server.requests) == asked


def test_the_deadline_holds_in_a_qgis_task_thread():
    """The flood-watch refresh runs the client in a QgsTask: the timers must work in that thread too."""
    outcome = {}

    def run(task):
        outcome["thread"] = task is not None
        started = time.monotonic()
        outcome["items"], outcome["error"] = drain(iter_observations(server.url, 1, page_size=10, deadline=2))
        outcome["elapsed"] = time.monotonic() - started

    with SensorThingsServer({1: stream(30)}, page_size=10, slow_after_pages=1, slow_limit_s=10) as server:
        task = QgsTask.fromFunction("slow SensorThings", run)
        QgsApplication.taskManager().addTask(task)
        ends = time.monotonic() + 20
        while "elapsed" not in outcome and time.monotonic() < ends:
            QgsApplication.processEvents()
            time.sleep(0.02)
    assert outcome.get("error") is not None and outcome["error"].kind == "deadline", outcome
    assert len(outcome["items"]) == 10 and outcome["elapsed"] < 5


def test_cancelling_during_a_slow_answer_returns_at_once():
    with SensorThingsServer({1: stream(30)}, page_size=10, slow_after_pages=1, slow_limit_s=10) as server:
        started = time.monotonic()
        stop_at = started + 1.0
        items = list(iter_observations(server.url, 1, page_size=10, deadline=30,
                                       cancelled=lambda: time.monotonic() > stop_at))
        elapsed = time.monotonic() - started
    assert len(items) == 10 and elapsed < 3


# ----------------------------------------------------------------------------- answers too large
def test_a_400_mb_answer_is_refused_early_without_the_memory():
    """The issue's case: 400 MB without a Content-Length, against the default limit (16 MiB)."""
    with SensorThingsServer({1: stream(30)}, page_size=10, huge_after_pages=1, huge_bytes=400 * MIB,
                            huge_length=False) as server:
        before = peak_rss_mb()
        started = time.monotonic()
        items, error = drain(iter_observations(server.url, 1, page_size=10))
        elapsed = time.monotonic() - started
        grown = peak_rss_mb() - before
        time.sleep(0.2)
        sent = server.bytes_sent
    assert error is not None and error.kind == "too_large", error
    assert [item["value"] for item in items] == list(range(10)) and error.received == 10
    assert "{} MB".format(DEFAULT_MAX_BYTES // MIB) in str(error)
    # Stopped soon after the limit: far from 400 MB sent, memory held, and quickly.
    assert sent < 80 * MIB, sent
    assert grown < 120, grown
    assert elapsed < 10


def test_an_announced_oversize_answer_is_refused_at_its_headers():
    with SensorThingsServer({1: stream(30)}, page_size=10, huge_after_pages=1, huge_bytes=64 * MIB) as server:
        items, error = drain(iter_observations(server.url, 1, page_size=10, max_bytes=MIB))
        time.sleep(0.2)
        sent = server.bytes_sent
    assert error.kind == "too_large" and "1 MB" in str(error) and len(items) == 10
    assert sent < 16 * MIB, sent


def test_a_compressed_answer_that_inflates_past_the_limit_is_refused():
    """A few hundred kB of gzip that would inflate to 64 MB: inflated here only up to the limit."""
    with SensorThingsServer({1: stream(30)}, page_size=10, huge_after_pages=1, huge_bytes=64 * MIB,
                            huge_gzip=True) as server:
        before = peak_rss_mb()
        items, error = drain(iter_observations(server.url, 1, page_size=10, max_bytes=MIB))
        grown = peak_rss_mb() - before
    assert error.kind == "too_large" and len(items) == 10
    assert grown < 40, grown


def test_compressed_answers_within_the_limit_are_read():
    with SensorThingsServer({1: stream(25)}, page_size=10, gzip=True) as server:
        items = list(iter_observations(server.url, 1, page_size=10, max_bytes=64 * 1024))
        info = datastream_info(server.url, 1)
        encodings = {headers.get("Accept-Encoding") for headers in server.request_headers}
    assert [item["value"] for item in items] == list(range(25)) and info["unit"] == "cm"
    assert encodings == {"gzip, deflate"}


def test_a_single_answer_over_the_limit_is_refused_for_datastream_info_too():
    with SensorThingsServer({1: stream(1)}, page_size=10) as server, pytest.raises(SensorThingsError) as caught:
        datastream_info(server.url, 1, max_bytes=100)
    assert caught.value.kind == "too_large"


# ----------------------------------------------------------------------------- authentication problems
def test_an_unknown_authentication_configuration_sends_nothing():
    with SensorThingsServer({1: stream(3)}) as server:
        items, error = drain(iter_observations(server.url, 1, authcfg="nosuch1"))
        assert items == [] and error.kind == "auth" and "nosuch1" in str(error)
        assert server.requests == []


def test_access_refused_is_a_clear_message():
    with SensorThingsServer({1: stream(3)}, fail_after_pages=0, fail_status=401) as server:
        items, error = drain(iter_observations(server.url, 1))
    assert items == [] and (error.kind, error.status) == ("http", 401)
    assert "refused access" in str(error) and "authentication configuration" in str(error)
