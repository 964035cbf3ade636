"""The layer tree tells the shared map and a working copy apart (issue 13)."""
from qgis.core import QgsProject

from mymap_plugin.ward_map.open_ward_map import open_ward_map
from tests.sync_helpers import make_copies, make_shared

VIETNAMESE = {
    "{ward} — working copy of {editor}": "{ward} — bản sao làm việc của {editor}",
    "{ward} — shared map": "{ward} — bản đồ dùng chung",
}


def in_vietnamese(text):
    return VIETNAMESE.get(text, text)


def test_plain_ward_map_keeps_the_ward_name(demo_ward, qgis_new_project):
    assert open_ward_map(demo_ward, QgsProject.instance()).name() == "Phường Mỹ Hào"


def test_working_copy_and_shared_map_are_named_apart(demo_ward_master, tmp_path, qgis_new_project):
    shared = make_shared(demo_ward_master, tmp_path / "share")
    working, = make_copies(shared, tmp_path / "an", editors=("An",))
    project = QgsProject.instance()
    copy_group = open_ward_map(working, project, translate=in_vietnamese)
    shared_group = open_ward_map(shared, project, translate=in_vietnamese)
    assert copy_group.name() == "Phường Mỹ Hào — bản sao làm việc của An"
    assert shared_group.name() == "Phường Mỹ Hào — bản đồ dùng chung"
    assert [node.name() for node in project.layerTreeRoot().children()[:2]] == [
        shared_group.name(), copy_group.name()]


def test_english_names_and_the_group_renamed_after_first_checkout(demo_ward, tmp_path, qgis_new_project):
    project = QgsProject.instance()
    group = open_ward_map(demo_ward, project, translate=lambda text: text)
    assert group.name() == "Phường Mỹ Hào"
    working, = make_copies(demo_ward, tmp_path / "binh", editors=("Bình",))
    assert open_ward_map(demo_ward, project, translate=lambda text: text) is group
    assert group.name() == "Phường Mỹ Hào — shared map"
    assert open_ward_map(working, project, translate=lambda text: text).name() == \
        "Phường Mỹ Hào — working copy of Bình"
