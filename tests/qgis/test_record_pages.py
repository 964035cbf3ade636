"""What a resident reads after scanning a tag (issue 13): the hotline first, with a call
and an SMS that names the asset; times in Vietnam time, written the page language's way;
no "tag not attached" on the page of a tag that was just scanned; a warning at publish
time when the ward has no hotline. Real ward maps, real Processing runs, real Chromium."""
import html
import json
import re
import shutil
import sqlite3
import subprocess
from contextlib import closing

import processing
import pytest
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from mymap_plugin.i18n import translate_function
from mymap_plugin.qr_labels.publish_records import publish_records, report_links, written_time
from mymap_plugin.sync.database import connect, transaction
from tests.conftest import Report, set_link_and_hotline

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
TEMPLATE = "HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/{code}"
SEEN = "2025-09-28T16:50:00.000Z"          # 23:50 in Vietnam


@pytest.fixture
def ward(demo_ward):
    return set_link_and_hotline(demo_ward, template=TEMPLATE)


def execute(path, sql, *args):
    with closing(connect(path)) as connection, transaction(connection):
        connection.execute(sql, args)


def sensor_codes(path):
    with closing(sqlite3.connect(str(path))) as connection:
        return [code for (code,) in connection.execute("SELECT asset_code FROM sensors ORDER BY asset_code")]


def publish(ward, site, feedback=None):
    return processing.run("mymap:publish_records", {"WARD": str(ward), "LAYERS": [4], "MAP_IMAGES": False,
                                                    "OUTPUT": str(site)}, feedback=feedback)


def page_of(site, code):
    return (site / "A" / code / "index.html").read_text(encoding="utf-8")


def main_of(page):
    return page[page.index("<main>"):page.index("</main>")]


# ------------------------------------------------------------------ times

@pytest.mark.parametrize("stored", [SEEN, "2025-09-28T16:50:00Z", "2025-09-28T16:50:00", "2025-09-28 16:50",
                                    "2025-09-28T23:50:00+07:00", "2025-09-28T17:50:00.5+01:00"])
def test_stored_times_are_written_in_vietnam_time(stored):
    assert written_time(stored, "vi") == "23:50 ngày 28/9/2025"
    assert written_time(stored, "en") == "23:50, 28 September 2025"


def test_times_from_qgis_and_across_midnight(qgis_app):
    utc = QDateTime(QDate(2025, 12, 31), QTime(17, 5), Qt.TimeSpec.UTC)
    assert written_time(utc, "vi") == "00:05 ngày 1/1/2026"
    assert written_time(utc, "en") == "00:05, 1 January 2026"
    assert written_time(QDateTime(QDate(2025, 12, 31), QTime(17, 5)), "vi") == "00:05 ngày 1/1/2026"
    for nothing in (None, "", "NULL", "hôm qua", "2025-13-40T10:00:00Z", QDateTime()):
        assert written_time(nothing, "vi") == ""


# ------------------------------------------------------------------ report links

def test_report_links_call_text_and_mail_with_the_asset_code():
    vietnamese = {"Report a problem with asset {}: ": "Báo sự cố tài sản {}: "}.get
    links = dict(report_links("CX0000013", " 0221 3943 888 ", lambda text: vietnamese(text, text)))
    assert links == {"tel": "tel:02213943888",
                     "sms": "sms:02213943888?body=B%C3%A1o%20s%E1%BB%B1%20c%E1%BB%91%20t%C3%A0i%20s%E1%BA%A3n"
                            "%20CX0000013%3A%20"}
    links = dict(report_links("CX0000013", "+84 221 3943 888", str, email="tiepdan@myhao.gov.vn"))
    assert links["tel"] == "tel:+842213943888" and links["sms"].startswith("sms:+842213943888?body=Report")
    assert links["mailto"].startswith("mailto:tiepdan@myhao.gov.vn?subject=") and "CX0000013" in links["mailto"]
    assert report_links("CX0000013", "", str) == [] and report_links("CX0000013", "chưa có", str) == []
    assert "mailto" not in dict(report_links("CX0000013", "", str, email="a@b.vn?cc=evil@x.vn"))


# ------------------------------------------------------------------ pages

def test_vietnamese_page_hotline_first_vietnam_time_no_tag_status(ward, tmp_path, mymap_provider):
    first, damaged = sensor_codes(ward)[:2]
    execute(ward, "UPDATE sensors SET last_seen = ?, qr_status = 'chua_gan' WHERE asset_code = ?", SEEN, first)
    execute(ward, "UPDATE sensors SET qr_status = 'hong' WHERE asset_code = ?", damaged)
    site = tmp_path / "site"
    report = Report()
    result = publish(ward, site, report)
    assert result["PAGES"] == 20 and result["WARNINGS"] == ""
    assert not [w for w in report.warnings if "hotline" in w.lower() or "đường dây" in w.lower()]
    vi = translate_function("vi")
    page = page_of(site, first)
    main = main_of(page)
    # The first thing on the page: the hotline, to call or to text about this very asset.
    assert main.startswith('<main><div class="card report">')
    assert main.index('href="tel:02213943888"') < main.index("<h1>{}</h1>".format(first))
    body = vi("Report a problem with asset {}: ").format(first)
    sms = re.search(r'href="(sms:[^"]*)"', main).group(1)
    assert html.unescape(sms).startswith("sms:02213943888?body=") and first in sms and " " not in sms
    from urllib.parse import unquote
    assert unquote(html.unescape(sms).split("?body=", 1)[1]) == body
    assert html.escape(vi("Report a problem: call {}").format("0221 3943 888")) in main
    # Vietnam time, the Vietnamese way; no "(UTC)" on a label of a time that is not in UTC.
    record = json.loads((site / "A" / first / "asset.json").read_text(encoding="utf-8"))
    assert record["fields"]["last_seen"]["value"] == "23:50 ngày 28/9/2025"
    assert "(UTC)" not in record["fields"]["last_seen"]["label"] and "(UTC)" not in page
    assert "23:50 ngày 28/9/2025" in page
    # A tag in the resident's hand is not "not attached"; a damaged tag is worth saying.
    assert "qr_status" not in record["fields"] and vi("Tag not attached") not in page
    assert vi("QR tag") not in page
    damaged_page = page_of(site, damaged)
    assert html.escape(vi("Tag damaged")) in damaged_page
    assert json.loads((site / "A" / damaged / "asset.json").read_text(encoding="utf-8")
                      )["fields"]["qr_status"]["value"] == vi("Tag damaged")
    for code in sensor_codes(ward):
        assert vi("Tag not attached") not in page_of(site, code)
        assert vi("Tag attached") not in page_of(site, code)


def test_english_page(ward, tmp_path, mymap_provider):
    code = sensor_codes(ward)[0]
    execute(ward, "UPDATE sensors SET last_seen = ?, qr_status = 'chua_gan' WHERE asset_code = ?", SEEN, code)
    execute(ward, "UPDATE mymap_ward_settings SET value = 'en' WHERE key = 'language'")
    site = tmp_path / "site"
    publish(ward, site)
    page = page_of(site, code)
    assert '<html lang="en">' in page and "23:50, 28 September 2025" in page
    assert "Tag not attached" not in page and "Report a problem: call 0221 3943 888" in page
    assert "sms:02213943888?body=Report%20a%20problem%20with%20asset%20{}%3A%20".format(code) in page


def test_no_hotline_no_block_and_a_warning(ward, tmp_path, mymap_provider):
    set_link_and_hotline(ward, template=TEMPLATE, hotline="")
    site = tmp_path / "site"
    report = Report()
    result = publish(ward, site, report)
    assert result["PAGES"] == 20 and "hotline" in result["WARNINGS"]
    assert [w for w in report.warnings if "hotline" in w] == [result["WARNINGS"]]
    for code in sensor_codes(ward):
        page = page_of(site, code)
        assert "tel:" not in page and "sms:" not in page and 'class="card report"' not in page
    counts = publish_records(ward, tmp_path / "site2", ["sensors"], map_images=False)
    assert len(counts.warnings) == 1 and "hotline" in counts.warnings[0]


def test_hostile_hotline_is_escaped(ward, tmp_path, mymap_provider):
    set_link_and_hotline(ward, template=TEMPLATE, hotline='0221 <script>alert(1)</script> "888"')
    site = tmp_path / "site"
    publish(ward, site)
    page = page_of(site, sensor_codes(ward)[0])
    assert "<script>" not in page and 'href="tel:02211888"' in page


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is installed by `make system`")
def test_chromium_shows_the_hotline_first(ward, tmp_path, mymap_provider):
    code = sensor_codes(ward)[0]
    site = tmp_path / "site"
    publish(ward, site)
    completed = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
         "--disable-background-networking", "--disable-component-update",
         "--user-data-dir={}".format(tmp_path / "chromium-profile"), "--dump-dom",
         (site / "A" / code / "index.html").as_uri()],
        capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr[-2000:]
    main = main_of(completed.stdout)
    links = re.findall(r'<a class="(\w+)" href="([^"]+)"', main)
    assert [kind for kind, _href in links] == ["call", "other"]
    assert links[0][1] == "tel:02213943888" and links[1][1].startswith("sms:02213943888?body=")
    assert main.index("sms:") < main.index("<h1>{}</h1>".format(code))
