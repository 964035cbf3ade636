"""mymap:package_for_qfield (issue 13): a folder for a field team on QField.

The package is moved to another folder (as it is copied to a phone) and its project opened by plain
PyQGIS in another process, where MyMap is not loaded: every layer valid, drop-downs resolved, the
display expressions (QField's search) built from core functions only. Then the packaged copy is edited
through GDAL as QField edits it, and synced."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from osgeo import ogr

from mymap_plugin.errors import MyMapError
from mymap_plugin.sync import capture
from mymap_plugin.sync.database import connect
from mymap_plugin.sync.qfield_package import package_for_qfield
from mymap_plugin.sync.sync_working_copy import sync
from mymap_plugin.ward_map import schema
from mymap_plugin.ward_map.asset_codes import parse_asset_code
from tests.conftest import folder_state
from tests.qgis import test_qgis_process as command_line
from tests.sync_helpers import assert_converged, execute, make_copies, make_shared, query

# Opens a project in a fresh process with plain PyQGIS: no MyMap module is imported, so none of its
# expression functions, edit hooks or layer watchers exist there — as in QField or a QGIS without MyMap.
OPEN_WITHOUT_MYMAP = r"""
import json, sys
from qgis.core import (QgsApplication, QgsExpression, QgsExpressionContext, QgsExpressionContextUtils,
                       QgsFeatureRequest, QgsMapLayer, QgsProject)
app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
assert project.read(sys.argv[1]), project.error()
registry = QgsApplication.fieldFormatterRegistry()
out = {"mymap_functions": [name for name in ("mymap_asset_url", "mymap_qr_svg") if QgsExpression.isFunctionName(name)],
       "title": project.title(), "themes": project.mapThemeCollection().mapThemes(), "layers": {}}
for layer in project.mapLayers().values():
    table = layer.source().split("layername=")[-1]
    info = {"valid": layer.isValid(), "source": layer.source(), "features": layer.featureCount(),
            "searchable": bool(layer.flags() & QgsMapLayer.LayerFlag.Searchable),
            "display_expression": layer.displayExpression(), "shown": {}, "display": None}
    expression = QgsExpression(layer.displayExpression())
    info["display_parses"] = not expression.hasParserError()
    feature = next(layer.getFeatures(QgsFeatureRequest().setFilterExpression(
        "\"residential_group_id\" IS NOT NULL" if layer.fields().indexOf("residential_group_id") >= 0 else
        ("\"from_node_uuid\" IS NOT NULL" if table == "drainage_lines" else "TRUE"))), None)
    if feature is not None:
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
        context.setFeature(feature)
        info["display"] = expression.evaluate(context)
        info["display_error"] = expression.evalErrorString()
        info["asset_code"] = feature["asset_code"] if layer.fields().indexOf("asset_code") >= 0 else None
        for name in ("residential_group_id", "species_id", "from_node_uuid", "to_node_uuid"):
            index = layer.fields().indexOf(name)
            if index < 0 or feature[name] is None:
                continue
            setup = layer.editorWidgetSetup(index)
            formatter = registry.fieldFormatter(setup.type())
            info["shown"][name] = [setup.type(), str(feature[name]),
                                   formatter.representValue(layer, index, setup.config(), None, feature[name])]
    out["layers"][table] = info
print(json.dumps(out, default=str))
"""

qgis_process_env = command_line.qgis_process_env      # the staged plugin in qgis_process (a fixture)
qgis_process = command_line.qgis_process

EXPECTED_LAYERS = {layer_def.name for layer_def in schema.LAYERS}
NEW_TREE_WKT = "POINT ({} {})"


@pytest.fixture
def shared(demo_ward_master, tmp_path):
    return make_shared(demo_ward_master, tmp_path / "share", "my_hao.gpkg")


def open_without_mymap(project_file):
    script = Path(project_file).parent.parent / "open_without_mymap.py"
    script.write_text(OPEN_WITHOUT_MYMAP, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(project_file)], capture_output=True, text=True,
                          timeout=300, cwd=str(script.parent))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_a_moved_package_opens_in_qgis_without_mymap(shared, tmp_path):
    result = package_for_qfield(tmp_path / "field_an", shared=shared, editor="An")
    folder = Path(result["folder"])
    assert sorted(path.name for path in folder.iterdir()) == ["DCIM", "my_hao.gpkg", "my_hao.qgs"]
    assert (folder / "DCIM").is_dir() and not any((folder / "DCIM").iterdir())
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []   # no staging left
    text = (folder / "my_hao.qgs").read_text(encoding="utf-8")
    assert str(tmp_path) not in text, "the project names the folder it was made in"
    assert "mymap_asset_url" not in text and "mymap_qr_svg" not in text
    connection = connect(folder / "my_hao.gpkg", read_only=True)
    try:
        state = capture.read_state(connection)
    finally:
        connection.close()
    assert state["role"] == "working" and state["editor"] == "An" and Path(state["shared_path"]) == shared.resolve()

    phone = tmp_path / "phone" / "Imported Projects"
    phone.mkdir(parents=True)
    moved = Path(shutil.move(str(folder), str(phone / "field_an")))
    opened = open_without_mymap(moved / "my_hao.qgs")

    assert opened["mymap_functions"] == []
    assert opened["title"].startswith("Phường Mỹ Hào — ") and opened["title"].endswith(" An")   # whose copy
    assert set(opened["layers"]) == EXPECTED_LAYERS
    for table, layer in opened["layers"].items():
        assert layer["valid"], table
        assert layer["source"].startswith((moved / "my_hao.gpkg").as_posix()), layer["source"]
        assert layer["features"] > 0, table
        assert layer["searchable"], table
        assert layer["display_parses"], (table, layer["display_expression"])
    assert len(opened["themes"]) == 5
    # Drop-downs show names, not the stored codes.
    housing = opened["layers"]["housing"]["shown"]["residential_group_id"]
    assert housing[0] == "ValueMap" and housing[1].startswith("12103-") and housing[2].startswith("Tổ dân phố")
    species = opened["layers"]["trees"]["shown"]["species_id"]
    assert species[2] != species[1] and not species[2].startswith("(")
    upstream = opened["layers"]["drainage_lines"]["shown"]["from_node_uuid"]
    assert upstream[0] == "ValueRelation" and parse_asset_code(upstream[2]), upstream
    # QField's search matches the display name: it holds the code and the whole link on the tag.
    for table in ("housing", "trees", "drainage_lines", "drainage_nodes", "sensors"):
        layer = opened["layers"][table]
        assert not layer["display_error"], (table, layer["display_error"])
        assert layer["asset_code"] in layer["display"]
        assert "HTTPS://DEMO.MYMAP.VN/A/" + layer["asset_code"] in layer["display"], layer["display"]


def test_edits_made_through_gdal_as_qfield_makes_them_sync(shared, tmp_path):
    result = package_for_qfield(tmp_path / "field_binh", shared=shared, editor="Bình")
    moved = Path(shutil.move(result["folder"], str(tmp_path / "back_from_the_phone")))
    gpkg = moved / "my_hao.gpkg"
    house_uuid, house_code = query(gpkg, "SELECT uuid, asset_code FROM housing ORDER BY fid LIMIT 1")[0]
    x, y = query(shared, "SELECT minx, miny FROM rtree_trees_geom ORDER BY id LIMIT 1")[0]

    # QField writes with GDAL's GeoPackage driver: a new tree without uuid or code, and an edited house.
    dataset = ogr.Open(str(gpkg), update=1)
    trees = dataset.GetLayerByName("trees")
    tree = ogr.Feature(trees.GetLayerDefn())
    tree.SetField("condition", "tot")
    tree.SetField("notes", "Cây mới trồng (QField)")
    tree.SetField("photo", "DCIM/trees_20261206.jpg")
    tree.SetGeometry(ogr.CreateGeometryFromWkt(NEW_TREE_WKT.format(x + 3, y + 3)))
    assert trees.CreateFeature(tree) == 0
    housing = dataset.GetLayerByName("housing")
    housing.SetAttributeFilter("uuid = '{}'".format(house_uuid))
    house = housing.GetNextFeature()
    house.SetField("notes", "Đã khảo sát bằng điện thoại")
    assert housing.SetFeature(house) == 0
    dataset = trees = housing = tree = house = None
    # The copy's trigger gave the new tree its uuid as it was written; its code comes at the sync.
    [(written_uuid, written_code)] = query(gpkg, "SELECT uuid, asset_code FROM trees WHERE notes = ?",
                                           ("Cây mới trồng (QField)",))
    assert len(written_uuid or "") == 36 and not written_code

    report = sync(gpkg)
    assert report.pushed == 2 and report.conflicts == 0
    arrived = query(shared, "SELECT uuid, asset_code, ward_code, created_by FROM trees WHERE notes = ?",
                    ("Cây mới trồng (QField)",))
    assert len(arrived) == 1
    uuid, code, ward_code, _created_by = arrived[0]
    assert uuid == written_uuid and parse_asset_code(code) and code.startswith("CX") and ward_code == "12103"
    assert query(gpkg, "SELECT asset_code FROM trees WHERE uuid = ?", (uuid,)) == [(code,)]
    assert query(shared, "SELECT notes FROM housing WHERE asset_code = ?", (house_code,)) == [
        ("Đã khảo sát bằng điện thoại",)]
    assert query(shared, "SELECT photo FROM trees WHERE uuid = ?", (uuid,)) == [("DCIM/trees_20261206.jpg",)]


def test_a_working_copy_is_packaged_for_its_new_editor(shared, tmp_path):
    [working] = make_copies(shared, tmp_path / "office", ("An",))
    execute(working, "UPDATE trees SET notes = 'chưa gửi' WHERE fid = 1")      # an edit not yet sent
    before = folder_state(working.parent)
    result = package_for_qfield(tmp_path / "field", working=working, editor="Tổ khảo sát 1")
    assert folder_state(working.parent) == before
    packaged = Path(result["working"])
    assert packaged.name == working.name and Path(result["project"]).name == "an.qgs"
    report = sync(packaged)
    assert report.pushed == 1
    assert query(shared, "SELECT notes FROM trees WHERE fid = 1") == [("chưa gửi",)]
    assert query(shared, "SELECT editor FROM mymap_sync_changesets WHERE kind = 'edits'") == [("Tổ khảo sát 1",)]


@pytest.mark.parametrize("case", ["both", "neither", "not_empty", "a_file", "no_parent", "shared_as_working"])
def test_bad_input_is_refused_and_nothing_is_written(shared, tmp_path, case):
    output = tmp_path / "out"
    arguments = {"shared": shared}
    if case == "both":
        arguments["working"] = shared
    elif case == "neither":
        arguments = {}
    elif case == "not_empty":
        output.mkdir()
        (output / "notes.txt").write_text("field notes")
    elif case == "a_file":
        output.write_text("x")
    elif case == "no_parent":
        output = tmp_path / "missing" / "out"
    elif case == "shared_as_working":
        arguments = {"working": shared}
    before = {path.name: folder_state(path) if path.is_dir() else path.read_bytes() for path in tmp_path.iterdir()}
    with pytest.raises(MyMapError) as raised:
        package_for_qfield(output, **arguments)
    assert str(raised.value)
    after = {path.name: folder_state(path) if path.is_dir() else path.read_bytes() for path in tmp_path.iterdir()}
    assert after == before


def test_the_algorithm_packages_and_refuses_a_temporary_folder(shared, tmp_path, mymap_provider):
    import processing
    from qgis.core import QgsProcessingException
    (tmp_path / "field").mkdir()             # an empty folder is taken
    results = processing.run("mymap:package_for_qfield", {"SHARED": str(shared), "EDITOR": "An",
                                                          "OUTPUT": str(tmp_path / "field")})
    assert Path(results["PROJECT"]).is_file() and Path(results["WORKING_COPY"]).is_file()
    assert results["OUTPUT"] == str(tmp_path / "field")
    with pytest.raises(QgsProcessingException):
        processing.run("mymap:package_for_qfield", {"SHARED": str(shared), "WORKING": results["WORKING_COPY"],
                                                    "OUTPUT": str(tmp_path / "other")})
    with pytest.raises(QgsProcessingException):
        processing.run("mymap:package_for_qfield", {"SHARED": str(shared), "OUTPUT": "TEMPORARY_OUTPUT"})
    assert not (tmp_path / "other").exists()



def test_package_for_qfield_from_the_command_line(qgis_process_env, shared, tmp_path):
    output = tmp_path / "field team 1"
    done = qgis_process(qgis_process_env, "run", "mymap:package_for_qfield", "--", "SHARED={}".format(shared),
                        "EDITOR=Tổ khảo sát 1", "OUTPUT={}".format(output))
    assert done.returncode == 0, done.stdout + done.stderr
    assert sorted(path.name for path in output.iterdir()) == ["DCIM", "my_hao.gpkg", "my_hao.qgs"]
    refused = qgis_process(qgis_process_env, "run", "mymap:package_for_qfield", "--", "SHARED={}".format(shared),
                           "OUTPUT={}".format(output))
    assert refused.returncode != 0 and "not empty" in refused.stdout + refused.stderr


def add_tree(path, x, y, note):
    """A tree added as QField adds it (GDAL), without uuid or asset code."""
    dataset = ogr.Open(str(path), update=1)
    layer = dataset.GetLayerByName("trees")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetField("notes", note)
    feature.SetGeometry(ogr.CreateGeometryFromWkt(NEW_TREE_WKT.format(x, y)))
    assert layer.CreateFeature(feature) == 0
    dataset = layer = feature = None


def test_the_working_copy_left_in_the_office_and_its_package_both_sync(shared, tmp_path):
    """Packaging a working copy copies it; if the office copy is edited and synced too, both copies'
    edits arrive, each new asset keeps a code of its own, and everything converges."""
    [office] = make_copies(shared, tmp_path / "office", ("An",))
    packaged = Path(package_for_qfield(tmp_path / "field", working=office, editor="Bình")["working"])
    x, y = query(shared, "SELECT minx, miny FROM rtree_trees_geom ORDER BY id LIMIT 1")[0]
    add_tree(office, x + 5, y + 5, "office tree")
    add_tree(packaged, x + 7, y + 7, "field tree")
    execute(office, "UPDATE trees SET height_m = 9.5 WHERE fid = 2")
    execute(packaged, "UPDATE trees SET dbh_cm = 42 WHERE fid = 3")
    sync(office)
    sync(packaged)
    sync(office)
    codes = dict(query(shared, "SELECT notes, asset_code FROM trees WHERE notes IN ('office tree', 'field tree')"))
    assert set(codes) == {"office tree", "field tree"} and codes["office tree"] != codes["field tree"]
    assert all(parse_asset_code(code) for code in codes.values())
    assert query(shared, "SELECT count(*) FROM trees GROUP BY asset_code HAVING count(*) > 1") == []
    assert query(shared, "SELECT height_m FROM trees WHERE fid = 2") == [(9.5,)]
    assert query(shared, "SELECT dbh_cm FROM trees WHERE fid = 3") == [(42.0,)]
    assert_converged(shared, [office, packaged])


def test_the_dialog_starts_on_the_open_shared_map_and_a_new_folder_beside_it(shared, mymap_provider,
                                                                               qgis_new_project):
    from qgis.core import QgsApplication, QgsProject

    from mymap_plugin.ward_map.open_ward_map import open_ward_map

    def default(parameter):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById("mymap:package_for_qfield")
        return algorithm.parameterDefinition(parameter).defaultValue()

    assert not default("SHARED") and not default("OUTPUT") and not default("WORKING")
    open_ward_map(shared)
    try:
        assert Path(default("SHARED")).resolve() == shared.resolve()
        assert Path(default("OUTPUT")) == shared.parent / "my_hao - QField"
        (shared.parent / "my_hao - QField").mkdir()
        assert Path(default("OUTPUT")) == shared.parent / "my_hao - QField 2"
    finally:
        QgsProject.instance().removeAllMapLayers()
