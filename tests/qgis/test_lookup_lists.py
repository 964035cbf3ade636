"""The residential-group and species drop-downs follow their tables: a group added by another
tool, in QGIS, or received by sync is listed in the stored forms (what a QGIS without MyMap
or QField sees) and in the layers open in QGIS."""
import uuid

import pytest
from qgis.core import QgsFeature, QgsProject, QgsVectorLayer

from mymap_plugin.sync.sync_working_copy import sync
from mymap_plugin.ward_map.edit_hooks import WardLayerWatcher
from mymap_plugin.ward_map.open_ward_map import close_ward_map, open_ward_map
from tests.qgis.test_moved_ward_map import plain_qgis
from tests.sync_helpers import execute, make_copies, make_shared

NEW_GROUP = ("12103-099", "Tổ dân phố số 99 (mới)")


def add_group(path, group_id=NEW_GROUP[0], name=NEW_GROUP[1]):
    """A residential group written by another program (SQL), with no geometry."""
    execute(path, "INSERT INTO residential_groups (uuid, group_id, name, ward_code) VALUES (?, ?, ?, '12103')",
            (str(uuid.uuid4()), group_id, name))


def shown(layer, field, value):
    from qgis.core import QgsApplication
    index = layer.fields().indexOf(field)
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)


def stored_layer(path, table):
    """The layer as a QGIS without MyMap loads it: the default style stored in the file."""
    layer = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
    assert layer.isValid()
    return layer


@pytest.fixture
def project():
    project = QgsProject()
    yield project
    project.removeAllMapLayers()


def test_a_group_added_by_another_tool_is_listed_when_opened(demo_ward, project):
    add_group(demo_ward)
    assert shown(stored_layer(demo_ward, "housing"), "residential_group_id", NEW_GROUP[0]) != NEW_GROUP[1]
    open_ward_map(demo_ward, project)
    housing = project.mapLayersByName("Nhà ở")[0]
    assert shown(housing, "residential_group_id", NEW_GROUP[0]) == NEW_GROUP[1]
    assert shown(stored_layer(demo_ward, "housing"), "residential_group_id", NEW_GROUP[0]) == NEW_GROUP[1]
    # and in a QGIS without MyMap, in another process
    assert plain_qgis(demo_ward, "housing", "residential_group_id", NEW_GROUP[0])["shown"] == NEW_GROUP[1]


def test_a_species_saved_in_qgis_is_listed_at_once(demo_ward, project):
    watcher = WardLayerWatcher(project, "An")
    try:
        open_ward_map(demo_ward, project)
        species = next(layer for layer in project.mapLayers().values() if layer.source().endswith("layername=species"))
        trees = next(layer for layer in project.mapLayers().values() if layer.source().endswith("layername=trees"))
        assert species.startEditing()
        feature = QgsFeature(species.fields())
        feature["species_id"] = 777
        feature["name_vi"] = "Sưa đỏ"
        assert species.addFeature(feature)
        assert species.commitChanges(), species.commitErrors()
        assert shown(trees, "species_id", 777) == "Sưa đỏ"
        assert shown(stored_layer(demo_ward, "trees"), "species_id", 777) == "Sưa đỏ"
        # renamed: both follow again
        assert species.startEditing()
        added = next(f for f in species.getFeatures() if f["species_id"] == 777)
        species.changeAttributeValue(added.id(), species.fields().indexOf("name_vi"), "Sưa")
        assert species.commitChanges(), species.commitErrors()
        assert shown(trees, "species_id", 777) == "Sưa"
    finally:
        close_ward_map(demo_ward, project)
        watcher.unload()


def test_a_group_received_by_sync_is_listed_in_both_files(demo_ward_master, tmp_path):
    shared = make_shared(demo_ward_master, tmp_path / "share")
    an, binh = make_copies(shared, tmp_path / "copies")
    add_group(an)
    sync(an)
    assert shown(stored_layer(shared, "housing"), "residential_group_id", NEW_GROUP[0]) == NEW_GROUP[1]
    sync(binh)
    assert shown(stored_layer(binh, "housing"), "residential_group_id", NEW_GROUP[0]) == NEW_GROUP[1]
    # the sending copy lists it too, and nothing about the lists was sent as an edit
    sync(an)
    assert shown(stored_layer(an, "housing"), "residential_group_id", NEW_GROUP[0]) == NEW_GROUP[1]
