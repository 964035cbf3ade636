"""The real QGIS desktop under Xvfb, with the packaged plugin: create the demo
ward through the plugin's own action and save a screenshot."""
import os
import shutil

import pytest
from qgis.PyQt.QtGui import QImage

from mymap_plugin.ward_map import schema
from tests.conftest import TEST_OUTPUT

HERE = os.path.dirname(os.path.abspath(__file__))


@pytest.mark.desktop
def test_create_demo_ward_in_qgis_desktop(run_qgis):
    output = TEST_OUTPUT / "desktop"
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    status, log = run_qgis(os.path.join(HERE, "drive_qgis.py"), output)
    assert b"Traceback" not in log, log.decode("utf-8", "replace")[-3000:]
    assert "error" not in status, status.get("error")
    assert status["steps"][-1] == "synced", status
    # The Sync button showed the edit waiting, the sync ran in the background, the panel lists the clash.
    assert status["sync_button_before"] == "Đồng bộ (1)", status["sync_button_before"]
    assert status["sync_button_after"] == "Đồng bộ" and not status["sync_error"], status
    assert status["conflict_rows"] == [["Cây xanh", "CX0000013", "Cả hai cùng sửa trường này", "Tình trạng",
                                        "Tốt", "Nghiêng", "Kém"]], status["conflict_rows"]
    assert "Xung đột chưa giải quyết: 1" in status["sync_status"], status["sync_status"]
    assert "nhãn trên" in status["label_message"], status["label_message"]
    assert status["located_distance"] < 1.0 and len(status["open_forms"]) == 1
    assert status["form_tabs"][:2] == ["Nhà ở", "Tem QR và trạng thái"]
    assert QImage(str(output / "housing_form.png")).width() > 300
    assert status["crs"] == "EPSG:9209"
    assert status["dialog_title"] == "Bản đồ phường mới"
    assert status["empty"] == ["", "", "", ""], "the New ward dialog must start empty, with hints"
    assert status["menu"][0] == "Bản đồ phường mới…"
    assert "Nhà ở" in status["layers"] and len(status["layers"]) == len(schema.LAYERS)
    assert (output / "my_hao.gpkg").exists()
    image = QImage(str(output / "qgis_desktop.png"))
    assert image.width() >= 1200
    # The map shows the housing colours (beige residential footprints).
    colours = {image.pixel(x, y) & 0xFFFFFF for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50
    assert any(abs(((c >> 16) & 255) - 0xF3) < 12 and abs(((c >> 8) & 255) - 0xCF) < 12 and
               abs((c & 255) - 0xA1) < 14 for c in colours), "no residential housing colour on screen"
