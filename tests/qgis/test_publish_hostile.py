"""Hostile data meets publishing and the QR link template (issue 12).

Every case shows the refusal and that nothing changed or leaked: a private file
named in ``photo``, a text file named like a photo, paths leaving the photo
folder, forged asset codes, SensorThings ids, and link templates that are not
``http(s)://host/…{code}…``. Real ward maps, real files, real Processing runs.
"""
import json
import os
import sqlite3
from contextlib import closing

import processing
import pytest
from osgeo import gdal
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtWidgets import QApplication, QDialog, QMessageBox

from mymap_plugin.errors import MyMapError
from mymap_plugin.qr_labels.label_content import label_source
from mymap_plugin.qr_labels.publish_records import photo_folder, publish_records, read_public_photo
from mymap_plugin.sync.database import connect, transaction
from mymap_plugin.ward_map.create_ward_map import create_ward_map
from mymap_plugin.ward_map.ward_settings import WardSettings, check_link_template, read_settings
from tests.conftest import Report, folder_state, set_link_and_hotline

PRIVATE_KEY = (b"-----BEGIN OPENSSH PRIVATE KEY-----\n"
               b"b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
               b"-----END OPENSSH PRIVATE KEY-----\n")

HOSTILE_TEMPLATES = [
    ("javascript:alert(document.cookie)//{code}", "must be a web link starting with https://"),
    ("data:text/html,<script>alert(1)</script>{code}", "cannot hold"),
    ("data:text/html;base64,PHNjcmlwdD4K{code}", "must be a web link starting with https://"),
    ("file:///home/can_bo/{code}", "must be a web link starting with https://"),
    ("ftp://ward.example.vn/A/{code}", "must be a web link starting with https://"),
    ("HTTPS://WARD.EXAMPLE.VN/A/", "must contain {code}"),
    ("HTTPS://WARD.EXAMPLE.VN/A/{uuid}", "must contain {code}"),
    ("https://ward.example.vn@evil.example/A/{code}", "no valid web address"),
    ("https://ward.example.vn/go?asset={code}", "path of the QR link template"),
    ("https://ward.example.vn/A/../{code}", "path of the QR link template"),
]


@pytest.fixture
def ward(demo_ward):
    return set_link_and_hotline(demo_ward)


def execute(path, sql, *args):
    """An edit as a tampered file or bundle would bring it (with the ST_ functions GDAL's triggers need)."""
    with closing(connect(path)) as connection, transaction(connection):
        connection.execute(sql, args)


def rows(path, sql, *args):
    with closing(sqlite3.connect(str(path))) as connection:
        return connection.execute(sql, args).fetchall()


def image_file(path, kind):
    """A real, tiny image written by Qt (PNG, JPEG or WebP by *kind*)."""
    image = QImage(8, 6, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f6f4a"))
    path.parent.mkdir(parents=True, exist_ok=True)
    assert image.save(str(path), kind)
    return path


def all_bytes(folder):
    """Every file of a site, by path relative to the site."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def sensor_codes(path):
    return [code for (code,) in rows(path, "SELECT asset_code FROM sensors ORDER BY asset_code")]


# ------------------------------------------------------------------ photos

def test_private_key_named_in_photo_is_not_published(ward, tmp_path, mymap_provider):
    secret = tmp_path / "can_bo" / ".ssh" / "id_ed25519"
    secret.parent.mkdir(parents=True)
    secret.write_bytes(PRIVATE_KEY)
    code = sensor_codes(ward)[0]
    execute(ward, "UPDATE sensors SET photo = ? WHERE asset_code = ?", str(secret), code)
    report = Report()
    site = tmp_path / "site"
    result = processing.run("mymap:publish_records", {"WARD": str(ward), "LAYERS": [4], "MAP_IMAGES": False,
                                                      "OUTPUT": str(site)}, feedback=report)
    assert result["PAGES"] == 20
    published = all_bytes(site)
    assert not any(b"PRIVATE KEY" in data for data in published.values())
    assert [name for name in published if "photo" in name] == []
    record = json.loads(published["A/{}/asset.json".format(code)])
    assert "photo" not in record
    listed = [line for line in report.warnings if code in line]
    assert len(listed) == 1 and str(secret) in listed[0] and "photo folder" in listed[0]
    assert secret.read_bytes() == PRIVATE_KEY


def test_photos_are_published_only_from_the_photo_folder_and_only_if_images(ward, tmp_path):
    dcim = ward.parent / "DCIM"
    png = image_file(dcim / "tram_1.png", "PNG")
    jpeg = image_file(dcim / "2024" / "tram_2.jpg", "JPG")
    webp = image_file(dcim / "tram_3.webp", "WEBP")
    jpeg_named_png = image_file(dcim / "tram_4.png", "JPG")
    (dcim / "tram_5.jpg").write_text("Họ tên chủ hộ: Nguyễn Văn A, CCCD 034090000001", encoding="utf-8")
    outside = image_file(tmp_path / "elsewhere" / "tram_6.png", "PNG")
    (tmp_path / "secret.txt").write_bytes(PRIVATE_KEY)
    os.symlink(str(outside), str(dcim / "tram_8.png"))
    os.symlink(str(tmp_path / "elsewhere"), str(dcim / "elsewhere"))
    (dcim / "tram_10").mkdir()
    codes = sensor_codes(ward)
    photos = {
        codes[0]: "DCIM/tram_1.png",                    # as QField writes it: published
        codes[1]: str(jpeg),                            # absolute, inside the folder: published
        codes[2]: "tram_3.webp",                        # bare name, read from the folder: published
        codes[3]: "DCIM/tram_4.png",                    # a JPEG named .png: published as photo.jpg
        codes[4]: "DCIM/tram_5.jpg",                    # text named .jpg: skipped
        codes[5]: str(outside),                         # a real image outside the folder: skipped
        codes[6]: "DCIM/../../secret.txt",              # .. leaves the folder: skipped
        codes[7]: "DCIM/tram_8.png",                    # a symbolic link out of the folder: skipped
        codes[8]: "DCIM/elsewhere/tram_6.png",          # through a linked folder: skipped
        codes[9]: "DCIM/tram_10",                       # a folder: skipped
        codes[10]: "DCIM/missing.jpg",                  # no such file: skipped
    }
    for code, photo in photos.items():
        execute(ward, "UPDATE sensors SET photo = ? WHERE asset_code = ?", photo, code)
    site = tmp_path / "site"
    counts = publish_records(ward, site, ["sensors"], map_images=False)
    assert counts["sensors"] == 20
    expected = {codes[0]: ("photo.png", png), codes[1]: ("photo.jpg", jpeg), codes[2]: ("photo.webp", webp),
                codes[3]: ("photo.jpg", jpeg_named_png)}
    for code, (name, source) in expected.items():
        page = site / "A" / code
        assert (page / name).read_bytes() == source.read_bytes()
        assert json.loads((page / "asset.json").read_text(encoding="utf-8"))["photo"] == name
        assert '<img src="{}"'.format(name) in (page / "index.html").read_text(encoding="utf-8")
    skipped = {code: reason for _layer, code, reason in counts.skipped}
    assert sorted(skipped) == sorted(codes[4:11])
    assert "not a JPEG, PNG or WebP image" in skipped[codes[4]]
    for code in codes[5:9]:
        assert "not inside the ward's photo folder" in skipped[code]
    for code in codes[4:11]:
        page = site / "A" / code
        assert [p.name for p in page.iterdir() if p.name.startswith("photo")] == []
        assert "photo" not in json.loads((page / "asset.json").read_text(encoding="utf-8"))
    published = all_bytes(site)
    assert not any(b"PRIVATE KEY" in data or b"CCCD" in data for data in published.values())
    assert outside.read_bytes() and (tmp_path / "secret.txt").read_bytes() == PRIVATE_KEY


def test_a_photo_name_the_system_cannot_take_is_skipped(ward, tmp_path):
    image_file(ward.parent / "DCIM" / "tram.png", "PNG")
    data, reason = read_public_photo("DCIM/tram.png\x00/../../secret", photo_folder(ward))
    assert data is None and "cannot be read" in reason
    data, suffix = read_public_photo("DCIM/tram.png", photo_folder(ward))
    assert suffix == ".png" and data == (ward.parent / "DCIM" / "tram.png").read_bytes()


# ------------------------------------------------------------------ forged codes

def test_forged_code_never_touches_the_real_page(ward, tmp_path):
    site = tmp_path / "site"
    first = publish_records(ward, site, ["trees", "sensors"], map_images=False)
    (real,), (victim,), (third,) = rows(ward, "SELECT asset_code FROM trees ORDER BY fid LIMIT 3")
    page = site / "A" / real
    before = {name: (page / name).read_bytes() for name in ("index.html", "asset.json")}
    sensor = sensor_codes(ward)[0]
    other_spelling = real[:2].lower() + "-" + real[2:]     # the same code to parse_asset_code
    execute(ward, "UPDATE trees SET asset_code = ?, manager_unit = 'Kẻ mạo danh' WHERE asset_code = ?",
            real + "?forged", victim)
    execute(ward, "UPDATE sensors SET asset_code = ?, station_name = 'Kẻ mạo danh' WHERE asset_code = ?",
            real, sensor)                              # a valid tree code on a sensor
    execute(ward, "UPDATE trees SET asset_code = ?, manager_unit = 'Kẻ mạo danh' WHERE asset_code = ?",
            other_spelling, third)
    counts = publish_records(ward, site, ["trees", "sensors"], map_images=False)
    assert {name: (page / name).read_bytes() for name in ("index.html", "asset.json")} == before
    assert counts["trees"] == first["trees"] - 2 and counts["sensors"] == first["sensors"] - 1
    assert sorted(code for _layer, code, _reason in counts.skipped) == sorted([real + "?forged", real, other_spelling])
    site_bytes = all_bytes(site)
    assert not any("Kẻ mạo danh".encode() in data or b"forged" in data for data in site_bytes.values())
    assert not (site / "A" / victim).exists() and not (site / "A" / sensor).exists()


def test_labels_refuse_a_forged_code(ward, qgis_app):
    trees = QgsVectorLayer("{}|layername=trees".format(ward), "trees", "ogr")
    (real,), (victim,) = rows(ward, "SELECT asset_code FROM trees ORDER BY fid LIMIT 2")
    execute(ward, "UPDATE trees SET asset_code = ? WHERE asset_code = ?", real + "?forged", victim)
    trees.reload()
    for payload in ("link", "code"):
        with pytest.raises(MyMapError, match=r"1 assets in trees have an invalid asset code, e\.g\. '{}\?forged'"
                           .format(real)):
            label_source(trees, payload=payload)


def test_hostile_uuid_in_a_uuid_link_is_skipped(ward, tmp_path):
    set_link_and_hotline(ward, "HTTPS://MYHAO.HUNGYEN.VN/A/{code}/{uuid}")
    first, second = sensor_codes(ward)[:2]
    (uuid,), = rows(ward, "SELECT uuid FROM sensors WHERE asset_code = ?", second)
    execute(ward, "UPDATE sensors SET uuid = ? WHERE asset_code = ?", "x/../../../{}/{}".format(second, uuid), first)
    counts = publish_records(ward, tmp_path / "site", ["sensors"], map_images=False)
    assert counts["sensors"] == 19 and [code for _l, code, _r in counts.skipped] == [first]
    assert "only letters, digits and hyphens" in counts.skipped[0][2]
    assert sorted(p.name for p in (tmp_path / "site" / "A").iterdir()) == sensor_codes(ward)[1:]
    assert [p.name for p in (tmp_path / "site" / "A" / second).iterdir()] == [uuid]


# ------------------------------------------------------------------ internal ids

def test_pages_hold_no_sensorthings_ids(ward, tmp_path):
    site = tmp_path / "site"
    publish_records(ward, site, ["sensors"], map_images=False)
    ids = rows(ward, "SELECT asset_code, sta_thing_id, sta_datastream_id FROM sensors")
    assert all(thing and stream for _code, thing, stream in ids)
    for code, thing, stream in ids:
        page = (site / "A" / code / "index.html").read_text(encoding="utf-8")
        record = json.loads((site / "A" / code / "asset.json").read_text(encoding="utf-8"))
        assert not [name for name in record["fields"] if name.startswith("sta_")]
        assert "SensorThings" not in page
        for value in (thing, stream):
            assert "<td>{}</td>".format(value) not in page
            assert value not in [field["value"] for field in record["fields"].values()]
    everything = (site / "assets.json").read_text(encoding="utf-8")
    assert "sta_thing_id" not in everything and "sta_datastream_id" not in everything


# ------------------------------------------------------------------ link templates

@pytest.mark.parametrize("template, message", HOSTILE_TEMPLATES)
def test_hostile_template_refused_by_create_ward_map(mymap_provider, tmp_path, template, message):
    (tmp_path / "keep.txt").write_text("giữ nguyên", encoding="utf-8")
    before = folder_state(tmp_path)
    with pytest.raises(QgsProcessingException, match=message.replace("{", r"\{").replace("}", r"\}")):
        processing.run("mymap:create_ward_map", {
            "OUTPUT": str(tmp_path / "ward.gpkg"), "WARD_NAME": "Phường Mỹ Hào", "WARD_CODE": "12103",
            "PROVINCE_CODE": "33", "CRS": "EPSG:9209", "DEMO": False, "OVERWRITE": False,
            "QR_LINK_TEMPLATE": template})
    assert folder_state(tmp_path) == before


@pytest.mark.parametrize("template, message", HOSTILE_TEMPLATES)
def test_hostile_template_refused_by_the_settings_writer(tmp_path, qgis_app, template, message):
    from mymap_plugin.ward_map.geopackage_tables import create_settings_tables
    settings = WardSettings("Phường Mỹ Hào", "12103", "33", qr_link_template=template)
    with pytest.raises(MyMapError, match=message.replace("{", r"\{").replace("}", r"\}")):
        settings.as_rows()
    path = tmp_path / "settings.gpkg"
    dataset = gdal.GetDriverByName("GPKG").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    try:
        with pytest.raises(MyMapError, match=message.replace("{", r"\{").replace("}", r"\}")):
            create_settings_tables(dataset, settings, lambda text: text)
    finally:
        dataset = None
    assert rows(path, "SELECT count(*) FROM mymap_ward_settings") == [(0,)]


def test_stored_hostile_template_publishes_nothing_and_keeps_the_site(ward, tmp_path, mymap_provider):
    site = tmp_path / "site"
    publish_records(ward, site, ["sensors"], map_images=False)
    before = all_bytes(site)
    for template, message in HOSTILE_TEMPLATES:
        set_link_and_hotline(ward, template)
        with pytest.raises(QgsProcessingException, match=message.replace("{", r"\{").replace("}", r"\}")):
            processing.run("mymap:publish_records", {"WARD": str(ward), "LAYERS": [4], "MAP_IMAGES": False,
                                                     "OUTPUT": str(site)})
        assert all_bytes(site) == before
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_code_only_tags_still_print(ward, tmp_path, qgis_app):
    """Tags that hold the code only use no template: a refused one does not stop them."""
    sensors = QgsVectorLayer("{}|layername=sensors".format(ward), "sensors", "ogr")
    assert label_source(sensors, payload="code").link_template
    set_link_and_hotline(ward, "javascript:alert(document.cookie)//{code}")
    with pytest.raises(MyMapError, match="must be a web link starting with https://"):
        label_source(sensors, payload="link")
    source = label_source(sensors, payload="code")
    assert [item.payload for item in source.items] == sensor_codes(ward)
    assert source.link_template == ""
    from mymap_plugin.qr_labels.label_sheet import write_label_sheets
    from mymap_plugin.qr_labels.label_templates import TEMPLATES
    result = write_label_sheets(source, TEMPLATES["L7163"], tmp_path / "sensors.pdf")
    assert result.labels == 20 and b"javascript" not in (tmp_path / "sensors.pdf").read_bytes()


def test_code_only_template_makes_a_ward_and_a_site(tmp_path, qgis_app):
    path = tmp_path / "ward.gpkg"
    create_ward_map(path, "Phường Mỹ Hào", "12103", "33", demo=False, language="vi", qr_link_template=" {code} ")
    assert read_settings(path).qr_link_template == "{code}" == check_link_template("{code}")
    assert publish_records(path, tmp_path / "site", ["sensors"], map_images=False) == {"sensors": 0}


# ------------------------------------------------------------------ dialogs

def _close_message_boxes(seen):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            seen.append(widget.text())
            widget.done(QMessageBox.StandardButton.Ok)


def test_new_ward_dialog_shows_the_refusal(tmp_path, qgis_app):
    from mymap_plugin.ward_map.gui.new_ward_dialog import NewWardDialog
    dialog = NewWardDialog()
    dialog.output.setFilePath(str(tmp_path / "ward.gpkg"))
    dialog.ward_name.setText("Phường Mỹ Hào")
    dialog.ward_code.setText("12103")
    dialog.province_code.setText("33")
    assert dialog.link_template_message.text() == ""
    dialog.link_template.setText("javascript:alert(document.cookie)//{code}")
    assert "must be a web link starting with https://" in dialog.link_template_message.text()
    seen = []
    timer = QTimer()
    timer.timeout.connect(lambda: _close_message_boxes(seen))
    timer.start(50)
    dialog.accept()
    timer.stop()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert len(seen) == 1 and "must be a web link starting with https://" in seen[0]
    dialog.link_template.setText("HTTPS://MYHAO.HUNGYEN.VN/A/{code}")
    assert dialog.link_template_message.text() == ""
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert list(tmp_path.iterdir()) == []
    dialog.close()


def test_label_dialog_shows_the_refusal(ward, qgis_iface, qgis_app):
    from mymap_plugin.qr_labels.gui.label_dialog import LabelDialog
    set_link_and_hotline(ward, "data:text/html;base64,PHNjcmlwdD4K{code}")
    sensors = QgsVectorLayer("{}|layername=sensors".format(ward), "sensors", "ogr")
    QgsProject.instance().addMapLayer(sensors)
    try:
        dialog = LabelDialog(qgis_iface)
        dialog.layer.setCurrentIndex(dialog.layer.findData(sensors.id()))
        dialog.payload.setCurrentIndex(0)            # the asset's link
        assert not dialog.refresh_preview()
        assert "must be a web link starting with https://" in dialog.message.text()
        assert not dialog.save_button.isEnabled()
        dialog.payload.setCurrentIndex(1)            # the asset code only
        assert dialog.refresh_preview(), dialog.message.text()
        assert dialog.save_button.isEnabled()
        dialog.close()
    finally:
        QgsProject.instance().removeAllMapLayers()
