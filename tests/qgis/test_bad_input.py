"""Bad input gets a clear message (English or Vietnamese) and changes no file."""
import os
import sqlite3

import processing
import pytest
from qgis.core import QgsProcessingException

from mymap_plugin.errors import MyMapError
from mymap_plugin.ward_map.create_ward_map import create_ward_map
from tests.conftest import folder_state


def create(output, **extra):
    parameters = {"OUTPUT": str(output), "WARD_NAME": "Phường Mỹ Hào", "WARD_CODE": "12103",
                  "PROVINCE_CODE": "33", "CRS": "EPSG:9209", "DEMO": False, "OVERWRITE": False}
    parameters.update(extra)
    return processing.run("mymap:create_ward_map", parameters)


@pytest.mark.parametrize("extra, message", [
    ({"WARD_CODE": "1210"}, "ward code '1210' is not valid"),
    ({"WARD_CODE": "12a03"}, "exactly 5 digits"),
    ({"PROVINCE_CODE": "3"}, "province code '3' is not valid"),
    ({"WARD_NAME": "   "}, "ward name is empty"),
    ({"CRS": "EPSG:4326"}, "not projected in metres"),
    ({"CRS": "EPSG:2272"}, "not projected in metres"),          # US feet
    ({"QR_LINK_TEMPLATE": "HTTPS://X.VN/{serial}"}, "unknown placeholder {serial}"),
    ({"QR_LINK_TEMPLATE": "HTTPS://X.VN/"}, "must contain {code} in the path"),
])
def test_invalid_parameters_are_refused(mymap_provider, tmp_path, extra, message):
    existing = tmp_path / "other.gpkg"
    existing.write_bytes(b"keep me")
    before = folder_state(tmp_path)
    with pytest.raises(QgsProcessingException, match=message.replace("{", r"\{").replace("}", r"\}")):
        create(tmp_path / "ward.gpkg", **extra)
    assert folder_state(tmp_path) == before


def test_existing_file_is_kept_without_overwrite(mymap_provider, tmp_path):
    output = tmp_path / "ward.gpkg"
    output.write_bytes(b"a file the user made")
    before = folder_state(tmp_path)
    with pytest.raises(QgsProcessingException, match="already exists"):
        create(output)
    assert folder_state(tmp_path) == before


def test_overwrite_replaces_only_when_asked(mymap_provider, tmp_path):
    output = tmp_path / "ward.gpkg"
    output.write_bytes(b"old")
    create(output, OVERWRITE=True)
    with sqlite3.connect(output) as connection:
        code = connection.execute("SELECT value FROM mymap_ward_settings WHERE key='ward_code'").fetchone()
    assert code == ("12103",)


def test_failed_overwrite_keeps_the_old_file(tmp_path, qgis_app):
    output = tmp_path / "ward.gpkg"
    create_ward_map(output, "Phường A", "12103", "33")
    before = folder_state(tmp_path)
    with pytest.raises(MyMapError):
        create_ward_map(output, "Phường A", "999", "33", overwrite=True)
    assert folder_state(tmp_path) == before


def test_unwritable_folder(tmp_path, qgis_app):
    if os.geteuid() == 0:
        # root may write anywhere; use a folder that does not exist instead
        with pytest.raises(MyMapError, match="does not exist"):
            create_ward_map(tmp_path / "missing" / "ward.gpkg", "Phường A", "12103", "33")
        return
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    with pytest.raises(MyMapError, match="cannot be written"):
        create_ward_map(folder / "ward.gpkg", "Phường A", "12103", "33")


def test_wrong_extension(tmp_path, qgis_app):
    with pytest.raises(MyMapError, match=r"\.gpkg"):
        create_ward_map(tmp_path / "ward.shp", "Phường A", "12103", "33")
    assert list(tmp_path.iterdir()) == []


def test_messages_are_vietnamese_with_vietnamese_interface(mymap_provider, tmp_path, vietnamese):
    with pytest.raises(QgsProcessingException, match="Mã phường"):
        create(tmp_path / "ward.gpkg", WARD_CODE="1")


def test_cancel_leaves_nothing(tmp_path, qgis_app):
    from qgis.core import QgsFeedback
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 20 else None)
    with pytest.raises(MyMapError):
        create_ward_map(tmp_path / "ward.gpkg", "Phường A", "12103", "33", demo=True, feedback=feedback)
    assert list(tmp_path.iterdir()) == []
