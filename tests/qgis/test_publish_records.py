"""mymap:publish_records: a static site that QR links resolve to, public fields only,
checked in a real headless Chromium."""
import json
import shutil
import sqlite3
import subprocess
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import processing
import pytest
from qgis.core import QgsProcessingException

from tests.conftest import LINK, folder_state, set_link_and_hotline

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def ward(demo_ward):
    return set_link_and_hotline(demo_ward)


def publish(ward, output, layers, map_images=True):
    return processing.run("mymap:publish_records", {"WARD": str(ward), "LAYERS": layers,
                                                    "MAP_IMAGES": map_images, "OUTPUT": str(output)})


def chromium_dom(url, tmp_path):
    completed = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--user-data-dir={}".format(tmp_path / "chromium-profile"), "--dump-dom", url],
        capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    return completed.stdout


def test_pages_show_public_fields_only(ward, tmp_path, mymap_provider):
    site = tmp_path / "site"
    result = publish(ward, site, [4, 3], map_images=True)     # sensors, drainage nodes
    assert result["PAGES"] == 20 + 409
    with sqlite3.connect(ward) as connection:
        code, name, surveyor = connection.execute(
            "SELECT asset_code, station_name, surveyor FROM sensors ORDER BY asset_code LIMIT 1").fetchone()
    page = (site / "A" / code / "index.html").read_text(encoding="utf-8")
    record = json.loads((site / "A" / code / "asset.json").read_text(encoding="utf-8"))
    assert code in page and name in page and "Phường Mỹ Hào" in page and "tel:02213943888" in page
    assert record["asset_code"] == code and record["fields"]["station_name"]["value"] == name
    for private in ("surveyor", "notes", "uuid", "created_by", "updated_by"):
        assert private not in record["fields"]
    assert surveyor not in page
    assert (site / "A" / code / "map.png").stat().st_size > 1000
    assert (site / "index.html").exists() and len(json.loads((site / "assets.json").read_text())) == 429
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_no_personal_data_for_housing(ward, tmp_path, mymap_provider):
    site = tmp_path / "site"
    publish(ward, site, [0], map_images=False)
    with sqlite3.connect(ward) as connection:
        code = connection.execute("SELECT asset_code FROM housing WHERE resident_count > 0 LIMIT 1").fetchone()[0]
    record = json.loads((site / "A" / code / "asset.json").read_text(encoding="utf-8"))
    for private in ("resident_count", "household_count", "ownership_type", "parcel_no", "map_sheet_no", "surveyor"):
        assert private not in record["fields"]
    assert "full_address" in record["fields"]


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by `make system`")
def test_decoded_link_opens_the_asset_in_chromium(ward, tmp_path, mymap_provider):
    site = tmp_path / "site"
    publish(ward, site, [4], map_images=True)
    with sqlite3.connect(ward) as connection:
        code, name = connection.execute("SELECT asset_code, station_name FROM sensors LIMIT 1 OFFSET 3").fetchone()
    # The link as a phone reads it: decoded from the asset's printed tag image.
    import zxingcpp
    from PIL import Image
    from qgis.core import QgsProject, QgsVectorLayer
    sensors = QgsVectorLayer("{}|layername=sensors".format(ward), "sensors", "ogr")
    QgsProject.instance().addMapLayer(sensors)
    sensors.selectByIds([f.id() for f in sensors.getFeatures() if f["asset_code"] == code])
    processing.run("mymap:export_tag_images", {"INPUT": sensors.id(), "SELECTED_ONLY": True,
                                               "OUTPUT": str(tmp_path / "tags")})
    QgsProject.instance().removeMapLayer(sensors.id())
    decoded = zxingcpp.read_barcodes(Image.open(tmp_path / "tags" / "{}.png".format(code)))
    link = decoded[0].text
    assert link == LINK.format(code)
    # Served by a static web server at the template's base: the link's path resolves.
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = "http://127.0.0.1:{}{}".format(server.server_address[1], urlsplit(link).path)
        dom = chromium_dom(url, tmp_path)
    finally:
        server.shutdown()
    assert "<h1>{}</h1>".format(code) in dom and name in dom
    # Offline, from the folder.
    dom = chromium_dom((site / "A" / code / "index.html").as_uri(), tmp_path)
    assert code in dom and "Phường Mỹ Hào" in dom


def test_republish_replaces_the_site_and_bad_input_keeps_it(ward, tmp_path, mymap_provider):
    site = tmp_path / "site"
    publish(ward, site, [4], map_images=False)
    before = folder_state(site)
    with sqlite3.connect(ward) as connection:
        connection.execute("UPDATE mymap_ward_settings SET value = 'HTTPS://X.VN/{serial}' "
                           "WHERE key = 'qr_link_template'")
    with pytest.raises(QgsProcessingException, match=r"\{serial\}"):
        publish(ward, site, [4], map_images=False)
    assert folder_state(site) == before
