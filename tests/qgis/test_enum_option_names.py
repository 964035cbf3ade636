"""Enum parameters take an option's number or its name: TEMPLATE=2 and TEMPLATE=L7651 choose the same
label sheet, in processing.run() and on the qgis_process command line. QGIS 3.22's own static-strings
mode would refuse the numbers, so the parameters stay numbered and MyMapAlgorithm turns names into
numbers before Processing checks or reads them."""
from pathlib import Path

import processing
import pytest
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingException

from mymap_plugin.processing_base import OPTION_NAMES, enum_parameter, option_names, option_numbers
from tests.qgis.test_qgis_process import qgis_process, qgis_process_env  # noqa: F401 (a fixture)

NAMES = ("housing", "trees", "drainage_lines", "drainage_nodes", "sensors")


def test_names_become_numbers_and_everything_else_is_left_as_it_was():
    assert option_numbers("trees", NAMES) == 1
    assert option_numbers(" Drainage_Nodes ", NAMES) == 3             # case and spaces do not matter
    assert option_numbers(2, NAMES) == 2
    assert option_numbers("2", NAMES) == "2"                           # Processing reads numbers itself
    assert option_numbers("bogus", NAMES) == "bogus"                   # …and refuses what it cannot read
    assert option_numbers(None, NAMES) is None
    assert option_numbers("trees,sensors", NAMES, allow_multiple=True) == [1, 4]
    assert option_numbers("trees, 0", NAMES, allow_multiple=True) == [1, "0"]
    assert option_numbers("1,4", NAMES, allow_multiple=True) == "1,4"
    assert option_numbers(["sensors", 0], NAMES, allow_multiple=True) == [4, 0]
    assert option_numbers("trees,sensors", NAMES) == "trees,sensors"   # one choice only: not a name


def test_an_enum_parameter_needs_one_distinct_name_per_option():
    parameter = enum_parameter("TARGET", "Target", ["Housing", "Trees"], ["housing", "trees"])
    assert option_names(parameter) == ["housing", "trees"]
    assert option_names(parameter.clone()) == ["housing", "trees"]    # models and dialogs work on clones
    assert "housing, trees" in parameter.help()
    for names in (["housing"], ["trees", "Trees"], ["housing", "1"], ["a,b", "c"]):
        with pytest.raises(ValueError, match="one distinct, non-numeric name per option"):
            enum_parameter("TARGET", "Target", ["Housing", "Trees"], names)


def test_every_enum_parameter_of_every_algorithm_has_its_option_names(mymap_provider):
    enums = {}
    for algorithm in mymap_provider.algorithms():
        for definition in algorithm.parameterDefinitions():
            if definition.type() == "enum":
                names = definition.metadata().get(OPTION_NAMES)
                assert names and len(names) == len(definition.options()), (algorithm.id(), definition.name())
                enums["{}:{}".format(algorithm.name(), definition.name())] = names
    assert enums["generate_labels:TEMPLATE"][:3] == ["L7160", "L7163", "L7651"]
    assert enums["import_assets:TARGET"] == [*NAMES, "streets"]
    assert enums["generate_labels:TEMPLATE"][-1] == "FOR_ASSET_TYPE"
    assert enums["export_layers:FORMAT"][:2] == ["gpkg", "geojson"]
    assert enums["resolve_conflict:CHOICE"] == ["mine", "theirs", "value", "restore"]


def test_names_and_numbers_choose_the_same_option(mymap_provider, tmp_path):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mymap:generate_labels")
    context = QgsProcessingContext()
    for value, expected in ((2, 2), ("2", 2), ("L7651", 2), ("l7651", 2), ("ROLL_50x30", 4), ("CUSTOM", 6)):
        assert algorithm.parameterAsEnum({"TEMPLATE": value}, "TEMPLATE", context) == expected, value
    output = str(tmp_path / "labels.pdf")
    for value in (2, "L7651"):
        assert algorithm.checkParameterValues({"TEMPLATE": value, "OUTPUT": output}, context) == (True, "")
    ok, message = algorithm.checkParameterValues({"TEMPLATE": "L9999", "OUTPUT": output}, context)
    assert not ok and "TEMPLATE" in message
    layers = QgsApplication.processingRegistry().createAlgorithmById("mymap:export_layers")
    assert layers.parameterAsEnums({"LAYERS": "trees,Sensors"}, "LAYERS", context) == [1, 4]
    assert layers.parameterAsEnums({"LAYERS": [1, 4]}, "LAYERS", context) == [1, 4]


def test_export_layers_runs_with_names_as_with_numbers(demo_ward, tmp_path, mymap_provider):
    by_name = processing.run("mymap:export_layers", {"WARD": str(demo_ward), "LAYERS": "trees,sensors",
                                                     "FORMAT": "geojson", "OUTPUT": str(tmp_path / "by_name")})
    by_number = processing.run("mymap:export_layers", {"WARD": str(demo_ward), "LAYERS": [1, 4], "FORMAT": 1,
                                                       "OUTPUT": str(tmp_path / "by_number")})
    written = sorted(Path(p).name for p in by_name["FILE_LIST"].split(";"))
    assert written == sorted(Path(p).name for p in by_number["FILE_LIST"].split(";"))
    assert len(written) == 2 and all(name.endswith(".geojson") for name in written), written
    with pytest.raises(QgsProcessingException, match="FORMAT"):
        processing.run("mymap:export_layers", {"WARD": str(demo_ward), "FORMAT": "gif",
                                               "OUTPUT": str(tmp_path / "gif")})


def test_names_on_the_qgis_process_command_line(qgis_process_env, demo_ward, tmp_path):  # noqa: F811
    ran = qgis_process(qgis_process_env, "run", "mymap:export_layers", "--", "WARD={}".format(demo_ward),
                       "LAYERS=trees,sensors", "FORMAT=geojson", "OUTPUT={}".format(tmp_path / "out"))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "FILES:\t2" in ran.stdout
    assert sorted(p.suffix for p in (tmp_path / "out").iterdir()) == [".geojson", ".geojson"]
    refused = qgis_process(qgis_process_env, "run", "mymap:export_layers", "--", "WARD={}".format(demo_ward),
                           "FORMAT=gif", "OUTPUT={}".format(tmp_path / "gif"))
    assert refused.returncode != 0 and "FORMAT" in refused.stdout + refused.stderr
