"""The shared map open in the real QGIS desktop (issue 11, point 2): opened with MyMap, an edit
session cancelled, a direct edit saved with QGIS's own actions; then MyMap's Sync button and the
Check out algorithm work in the same QGIS with the map still open, and the file stays out of WAL."""
import os
import shutil

import pytest

from tests.conftest import TEST_OUTPUT

HERE = os.path.dirname(os.path.abspath(__file__))
NOTE = "Sửa trực tiếp trên bản đồ chung"


@pytest.mark.desktop
def test_shared_map_edited_in_qgis_desktop_then_sync_and_checkout(run_qgis):
    output = TEST_OUTPUT / "desktop_shared_map"
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    status, log = run_qgis(os.path.join(HERE, "drive_shared_map.py"), output)
    assert b"Traceback" not in log, log.decode("utf-8", "replace")[-3000:]
    assert "error" not in status, status.get("error")
    assert status["steps"][-1] == "done", status
    # QGIS would have switched the file to WAL at "editing"; with MyMap it never leaves DELETE mode.
    assert status["housing_editing"] and not status["trees_editing_after_save"]
    moments = ("opened", "editing", "cancelled", "saved", "synced", "checked out")
    assert status["modes"] == dict.fromkeys(moments, "delete"), status["modes"]
    assert status["wal_files"] == [] and status["shared_in_project"]
    # An edit session left open on the shared map in this QGIS: the sync names its layer, waits for nothing.
    assert status["trees_layer_name"] in status["blocked_error"], status["blocked_error"]
    # Then the sync goes through with the map open, bringing the direct edit into the working copy.
    assert not status["sync_error"], status["sync_error"]
    assert status["direct_edits"] == 1
    assert status["notes"] == {"mine": NOTE, "second": NOTE}
    assert status["checkout_output"].endswith("my_hao_binh.gpkg")
    # The direct edit's stamp: UTC text with its Z, and the editor's login name.
    assert status["stamp"][0].endswith("Z") and len(status["stamp"][0]) == 20 and status["stamp"][1]
