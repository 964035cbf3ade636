"""A ward map copied to another folder still shows names in its drop-downs, in a plain QGIS
(another process, MyMap not loaded), and carries no absolute path to where it was made."""
import json
import shutil
import subprocess
from pathlib import Path

from tests.conftest import query

# Run by Debian's own Python with nothing of MyMap on its path: the layer is loaded alone with
# the default style stored in the GeoPackage, as QGIS or QField does when the file is opened.
PLAIN_QGIS = r"""
import json, sys
from qgis.core import QgsApplication, QgsVectorLayer
app = QgsApplication([], False)
app.initQgis()
path, layer_name, field, value = sys.argv[1:5]
layer = QgsVectorLayer("{}|layername={}".format(path, layer_name), layer_name, "ogr")
index = layer.fields().indexOf(field)
setup = layer.editorWidgetSetup(index)
formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
shown = formatter.representValue(layer, index, setup.config(), None, value)
print(json.dumps({"mymap": "mymap_plugin" in sys.modules, "widget": setup.type(), "shown": shown,
                  "config": json.dumps(setup.config(), default=str)}))
"""


def plain_qgis(path, layer_name, field, value):
    result = subprocess.run(["/usr/bin/python3", "-c", PLAIN_QGIS, str(path), layer_name, field, str(value)],
                            capture_output=True, text=True, timeout=300, cwd="/",
                            env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
                                 "PROJ_DATA": "/usr/share/proj", "HOME": str(Path(path).parent)})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def moved(master, tmp_path):
    target = tmp_path / "another_pc" / "ban_sao.gpkg"
    target.parent.mkdir()
    shutil.copyfile(master, target)
    return target


def test_drop_downs_show_names_after_the_file_moves(demo_ward_master, tmp_path):
    path = moved(demo_ward_master, tmp_path)
    group, group_name = query(path, "SELECT group_id, name FROM residential_groups ORDER BY group_id")[0]
    species, species_name = query(path, "SELECT species_id, name_vi FROM species ORDER BY species_id")[0]
    shown = plain_qgis(path, "housing", "residential_group_id", group)
    assert not shown["mymap"]
    assert shown["shown"] == group_name, shown
    shown = plain_qgis(path, "trees", "species_id", species)
    assert shown["shown"] == species_name, shown


def test_no_style_holds_the_folder_it_was_made_in(demo_ward_master):
    folder = str(Path(demo_ward_master).parent.as_posix())
    styles = query(demo_ward_master, "SELECT f_table_name, styleQML FROM layer_styles")
    assert styles
    assert [name for name, qml in styles if folder in qml] == []


def test_a_working_copy_holds_no_path_to_the_shared_map(demo_ward_master, tmp_path):
    from mymap_plugin.sync.checkout import checkout
    shared = tmp_path / "shared" / "shared.gpkg"
    shared.parent.mkdir()
    shutil.copyfile(demo_ward_master, shared)
    working = Path(checkout(shared, tmp_path / "an.gpkg", "An")["working"])
    for text in (str(shared.resolve().parent.as_posix()), str(Path(demo_ward_master).parent.as_posix())):
        assert [n for n, qml in query(working, "SELECT f_table_name, styleQML FROM layer_styles")
                if text in qml] == []


# The photo widget of a plain QGIS's attribute form, for a tree whose photo is "DCIM/a.jpg".
PLAIN_FORM = r"""
import json, os, sys
from qgis.core import QgsApplication, QgsFeature, QgsVectorLayer
from qgis.gui import QgsAttributeForm, QgsExternalResourceWidget, QgsGui
app = QgsApplication([], True)
app.initQgis()
QgsGui.editorWidgetRegistry().initEditors()
layer = QgsVectorLayer("{}|layername=trees".format(sys.argv[1]), "trees", "ogr")
feature = QgsFeature(layer.fields())
feature.setAttribute("photo", "DCIM/a.jpg")
form = QgsAttributeForm(layer, feature)
widget = form.findChildren(QgsExternalResourceWidget)[0]
print(json.dumps({"mymap": "mymap_plugin" in sys.modules, "root": widget.defaultRoot(),
                  "storage": int(widget.relativeStorage()), "value": widget.documentPath()}), flush=True)
os._exit(0)   # skip Qt's teardown of the form
"""


def test_photos_are_stored_relative_to_the_map(demo_ward_master, tmp_path):
    """A photo "DCIM/a.jpg" is looked for in DCIM beside the map, wherever the map is."""
    path = moved(demo_ward_master, tmp_path)
    (path.parent / "DCIM").mkdir()
    result = subprocess.run(["/usr/bin/python3", "-c", PLAIN_FORM, str(path)], capture_output=True, text=True,
                            timeout=300, cwd="/", env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
                                                       "PROJ_DATA": "/usr/share/proj", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.strip().splitlines()[-1])
    assert not shown["mymap"]
    assert shown["root"] == path.parent.as_posix()
    assert shown["storage"] == 2      # relative to that root: "DCIM/a.jpg" stays as it is
    assert shown["value"] == "DCIM/a.jpg"

