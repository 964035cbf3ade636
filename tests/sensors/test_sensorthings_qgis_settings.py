"""The SensorThings client uses QGIS's network settings (issue 12): a proxy set in QGIS's settings and a
Basic authentication configuration (authcfg) from QGIS's authentication database. Each runs in a child
QGIS with its own temporary profile (settings and authentication database with a master password), so
no other profile is touched; the servers and the proxy are real, on 127.0.0.1, in this process."""
import base64
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from qgis.core import QgsApplication

from tests.sensorthings_server import RecordingProxy, SensorThingsServer

CHILD = Path(__file__).with_name("qgis_profile_child.py")
ROOT = Path(__file__).resolve().parents[2]
START = datetime(2024, 5, 1, tzinfo=timezone.utc)

pytestmark = pytest.mark.usefixtures("no_proxy_for_localhost")


def stream(count):
    return {"name": "Level", "unit": "cm", "quantity": "water depth", "thing_id": 10,
            "observations": [((START + timedelta(minutes=5 * k)).strftime("%Y-%m-%dT%H:%M:%SZ"), k)
                             for k in range(count)]}


def run_child(profile, **args):
    """The child's JSON answer; the child has its own profile folder and no proxy from the environment."""
    env = {key: value for key, value in os.environ.items() if "proxy" not in key.lower()}
    env.update(QGIS_CUSTOM_CONFIG_PATH=str(profile), QGIS_AUTH_DB_DIR_PATH=str(profile),
               QGIS_PREFIX_PATH=QgsApplication.prefixPath(), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(CHILD), json.dumps(args)], env=env, cwd=str(ROOT),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_proxy_set_in_qgis_settings_is_used(tmp_path):
    """The service is named sensors.invalid, a name no resolver knows: only the proxy can reach it."""
    profile = tmp_path / "profile"
    profile.mkdir()
    with SensorThingsServer({1: stream(25)}, page_size=10, next_links="root") as server, \
            RecordingProxy(server.port) as proxy:
        result = run_child(profile, scenario="proxy", proxy_port=proxy.port, url="http://sensors.invalid/v1.1")
        through_proxy = list(proxy.requests)
        received = list(server.requests)
    assert result["error"] is None and result["values"] == list(range(25)) and result["unit"] == "cm"
    assert len(through_proxy) == 4 and len(received) == 4
    assert all(target.startswith("http://sensors.invalid/v1.1/Datastreams(1)") for target in through_proxy)
    # The settings the child changed were its own profile's.
    assert Path(result["settings_file"]).resolve().is_relative_to(profile.resolve())


def test_an_authcfg_sends_its_credentials_to_the_server_and_nowhere_else(tmp_path):
    profile = tmp_path / "profile"
    profile.mkdir()
    username, password = "warden", "s3cret:pass"
    expected = "Basic " + base64.b64encode("{}:{}".format(username, password).encode()).decode()
    with SensorThingsServer({1: stream(25)}, page_size=10) as server, \
            SensorThingsServer({1: stream(5)}, page_size=5) as elsewhere, \
            SensorThingsServer({1: stream(25)}, page_size=10) as linking, \
            SensorThingsServer({1: stream(25)}, page_size=10, redirect_after_pages=1) as redirecting:
        linking.next_link_to = elsewhere.url + "/Datastreams(1)/Observations"
        redirecting.redirect_to = elsewhere.url + "/Datastreams(1)/Observations"
        result = run_child(profile, scenario="auth", url=server.url, username=username, password=password,
                           link_url=linking.url, redirect_url=redirecting.url)
        sent = [headers.get("Authorization") for headers in server.request_headers]
        asked_elsewhere = list(elsewhere.requests)
    assert result["error"] is None and result["values"] == list(range(25)) and result["unit"] == "cm"
    assert sent == [expected] * 4
    # Neither a link nor a redirection took the credentials (or anything) to another service.
    assert result["hostile"] == {"link_url": {"values": 10, "kind": "foreign_link"},
                                 "redirect_url": {"values": 10, "kind": "foreign_link"}}
    assert asked_elsewhere == []
    assert Path(result["auth_db"]).resolve().is_relative_to(profile.resolve())
