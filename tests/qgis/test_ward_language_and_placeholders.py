"""Issue 13: the ward's language is the ward's (never QGIS's by accident, never ``C``), and no
tag or record page is ever made from a placeholder link template."""
import sqlite3
from contextlib import closing

import processing
import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QSettings

from tests.conftest import set_link_and_hotline
from mymap_plugin.errors import MyMapError
from mymap_plugin.i18n import translate_function
from mymap_plugin.qr_labels.asset_links import asset_link, link_expression
from mymap_plugin.qr_labels.label_content import label_source
from mymap_plugin.qr_labels.publish_records import publish_records
from mymap_plugin.ward_map import schema
from mymap_plugin.ward_map.create_ward_map import create_ward_map
from mymap_plugin.ward_map.demo_ward import DEMO_QR_LINK_TEMPLATE
from mymap_plugin.ward_map.ward_settings import check_link_template, read_settings

LOCALE_KEYS = ("locale/overrideFlag", "locale/userLocale")


@pytest.fixture
def qgis_locale(qgis_app):
    """Set QGIS's interface language for one test (as its Options dialog does), then restore it."""
    settings = QSettings()
    saved = {key: settings.value(key) for key in LOCALE_KEYS}

    def set_locale(locale):
        settings.setValue("locale/overrideFlag", True)
        settings.setValue("locale/userLocale", locale)
    yield set_locale
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def _create(output, **extra):
    parameters = {"OUTPUT": str(output), "WARD_NAME": "Phường Mỹ Hào", "WARD_CODE": "12103",
                  "PROVINCE_CODE": "33", "CRS": "EPSG:9209"}
    parameters.update(extra)
    processing.run("mymap:create_ward_map", parameters)
    with closing(sqlite3.connect(str(output))) as connection:
        language = dict(connection.execute("SELECT key, value FROM mymap_ward_settings"))["language"]
        titles = dict(connection.execute("SELECT table_name, description FROM gpkg_contents"))
    return language, titles


def test_english_qgis_without_language_makes_a_vietnamese_ward(mymap_provider, qgis_locale, tmp_path):
    qgis_locale("en_US")
    language, titles = _create(tmp_path / "ward.gpkg")
    assert language == "vi"
    vietnamese = translate_function("vi")
    assert titles["trees"] == vietnamese(schema.TREES.title) != schema.TREES.title
    assert titles["housing"] == vietnamese(schema.LAYERS_BY_NAME["housing"].title)
    assert _create(tmp_path / "english.gpkg", LANGUAGE="en")[0] == "en"


@pytest.mark.parametrize("locale, stored", [("C", "vi"), ("fr_FR", "vi"), ("en_GB", "en"), ("vi_VN", "vi")])
def test_interface_language_stores_vi_or_en_only(mymap_provider, qgis_locale, tmp_path, locale, stored):
    qgis_locale(locale)
    assert _create(tmp_path / "ward.gpkg", LANGUAGE="interface")[0] == stored


@pytest.mark.parametrize("language", ["C", "fr", "C.UTF-8"])
def test_create_ward_map_refuses_other_languages(tmp_path, qgis_app, language):
    with pytest.raises(MyMapError, match="vi .Vietnamese. or en .English."):
        create_ward_map(tmp_path / "ward.gpkg", "Phường Mỹ Hào", "12103", "33", language=language)
    assert list(tmp_path.iterdir()) == []


def test_new_ward_dialog_starts_empty_in_vietnamese(qgis_locale, qgis_app):
    from mymap_plugin.ward_map.gui.new_ward_dialog import NewWardDialog
    qgis_locale("en_US")
    dialog = NewWardDialog()
    fields = (dialog.ward_name, dialog.ward_code, dialog.province_code, dialog.link_template)
    assert [field.text() for field in fields] == ["", "", "", ""]
    assert all(field.placeholderText() for field in fields)
    for placeholder in ("EXAMPLE", "MỸ HÀO", "12103"):
        assert not any(placeholder in field.placeholderText().upper() for field in fields), placeholder
    assert dialog.options()["language"] == "vi"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.options()["language"] == "en"
    dialog.link_template.setText("https://localhost/A/{code}")
    assert "qr_link_template" in dialog.link_template_message.text()
    dialog.close()


@pytest.fixture
def plain_ward(tmp_path, qgis_app):
    """A ward made without a link template: it keeps the placeholder until the ward sets its own."""
    path = tmp_path / "ward.gpkg"
    create_ward_map(path, "Phường Mỹ Hào", "12103", "33", language="vi")
    return path


@pytest.mark.parametrize("template", [None, "HTTPS://WARD.EXAMPLE.COM/A/{code}", "https://example.org/{code}",
                                      "http://localhost:8000/A/{code}", "https://Qr.MyHao.Example.Vn/A/{code}"])
def test_labels_and_record_pages_refuse_placeholder_hosts(plain_ward, tmp_path, template):
    if template is not None:
        set_link_and_hotline(plain_ward, template)
    before = plain_ward.read_bytes()
    sensors = QgsVectorLayer("{}|layername=sensors".format(plain_ward), "sensors", "ogr")
    with pytest.raises(MyMapError, match="placeholder address.*“qr_link_template”"):
        label_source(sensors, payload="link")
    with pytest.raises(MyMapError, match="placeholder address.*“qr_link_template”"):
        publish_records(plain_ward, tmp_path / "site", ["sensors"], map_images=False)
    with pytest.raises(MyMapError, match="“qr_link_template”"):
        asset_link(read_settings(plain_ward).qr_link_template, "CB0000013", layer="sensors")
    assert not (tmp_path / "site").exists()
    assert plain_ward.read_bytes() == before
    # The ward's forms still open: the placeholder only stops what would be printed or published.
    assert "asset_code" in link_expression(read_settings(plain_ward).qr_link_template, "sensors")


def test_real_and_demo_hosts_are_accepted(demo_ward_master):
    assert read_settings(demo_ward_master).qr_link_template == DEMO_QR_LINK_TEMPLATE
    assert check_link_template(DEMO_QR_LINK_TEMPLATE) == DEMO_QR_LINK_TEMPLATE
    for template in ("HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/{code}", "https://myexample.vn/A/{code}",
                     "https://example.vn.myhao.gov.vn/A/{code}"):
        assert check_link_template(template) == template
