"""Processing dialogs start on the ward map open in the project, and a working copy is never saved
to a temporary file by default (issue 13)."""
from pathlib import Path

import processing
import pytest
from qgis.core import QgsApplication, QgsProcessingException, QgsProject

from mymap_plugin.ward_map.open_ward_map import open_ward_map
from tests.sync_helpers import make_copies, make_shared

WARD_ALGORITHMS = ("export_layers", "export_map_pdf", "import_assets", "ward_statistics", "publish_records",
                   "import_sensor_readings", "sensor_chart")
WORKING_ALGORITHMS = ("sync", "resolve_conflict", "revert_changeset")


def dialog_default(name, parameter):
    """The value a freshly opened dialog of mymap:*name* shows for *parameter*."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mymap:" + name)
    return algorithm.parameterDefinition(parameter).defaultValue()


def test_without_a_ward_map_in_the_project_the_parameters_start_empty(mymap_provider, qgis_new_project):
    for name in WARD_ALGORITHMS:
        assert not dialog_default(name, "WARD"), name
    for name in WORKING_ALGORITHMS:
        assert not dialog_default(name, "WORKING"), name
    assert not dialog_default("checkout", "SHARED")
    assert not dialog_default("checkout", "OUTPUT")


def test_dialogs_start_on_the_open_ward_map(mymap_provider, demo_ward, qgis_new_project):
    open_ward_map(demo_ward, QgsProject.instance())
    path = Path(demo_ward).resolve().as_posix()
    for name in WARD_ALGORITHMS:
        assert dialog_default(name, "WARD") == path, name
    for name in WORKING_ALGORITHMS:      # a plain ward map is no working copy
        assert not dialog_default(name, "WORKING"), name
    assert dialog_default("checkout", "SHARED") == path
    output = dialog_default("checkout", "OUTPUT")
    assert Path(output).parent == Path(path).parent and output.endswith(".gpkg")
    assert not Path(output).exists()


def test_with_a_working_copy_open(mymap_provider, demo_ward_master, tmp_path, qgis_new_project):
    shared = make_shared(demo_ward_master, tmp_path / "share")
    working, = make_copies(shared, tmp_path / "an", editors=("An",))
    open_ward_map(working, QgsProject.instance())
    for name in WORKING_ALGORITHMS:
        assert dialog_default(name, "WORKING") == working.resolve().as_posix(), name
    # A second working copy is checked out from the same shared map, and lands beside it.
    assert Path(dialog_default("checkout", "SHARED")).resolve() == shared.resolve()
    assert Path(dialog_default("checkout", "OUTPUT")).parent == shared.parent


def test_checkout_writes_the_default_working_copy_and_never_a_temporary_one(
        mymap_provider, demo_ward_master, tmp_path, qgis_new_project):
    shared = make_shared(demo_ward_master, tmp_path / "share")
    open_ward_map(shared, QgsProject.instance())
    with pytest.raises(QgsProcessingException, match="temporary file"):
        processing.run("mymap:checkout", {"SHARED": str(shared), "OUTPUT": "TEMPORARY_OUTPUT", "EDITOR": "An"})
    expected = dialog_default("checkout", "OUTPUT")
    result = processing.run("mymap:checkout", {"SHARED": str(shared), "EDITOR": "An"})
    assert Path(result["OUTPUT"]).resolve() == Path(expected).resolve()
    assert Path(expected).exists()
    # The next default name is free again.
    following = dialog_default("checkout", "OUTPUT")
    assert following != expected and not Path(following).exists()


def test_checkout_without_an_output_and_no_project_is_refused(mymap_provider, demo_ward_master, tmp_path,
                                                               qgis_new_project):
    shared = make_shared(demo_ward_master, tmp_path / "share")
    with pytest.raises(QgsProcessingException, match="temporary file"):
        processing.run("mymap:checkout", {"SHARED": str(shared), "EDITOR": "An"})
    assert sorted(path.name for path in (tmp_path / "share").iterdir()) == ["shared.gpkg"]


def test_the_real_dialog_shows_the_defaults(mymap_provider, qgis_iface, demo_ward_master, tmp_path,
                                            qgis_new_project, monkeypatch):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.gui import QgsBrowserGuiModel
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)   # pytest-qgis's has none
    shared = make_shared(demo_ward_master, tmp_path / "share")
    open_ward_map(shared, QgsProject.instance())
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mymap:checkout")
    dialog = AlgorithmDialog(algorithm, False, qgis_iface.mainWindow())
    try:
        values = dialog.mainWidget().createProcessingParameters()
        assert Path(values["SHARED"]).resolve() == shared.resolve()
        output = values["OUTPUT"]
        output = getattr(output, "sink", None).staticValue() if hasattr(output, "sink") else output
        assert output != "TEMPORARY_OUTPUT" and Path(output).parent == shared.parent
    finally:
        dialog.close()
        dialog.deleteLater()
