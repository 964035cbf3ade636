"""mymap:import_assets reads any vector layer as INPUT — a memory layer, the selected features of a
project layer, the output of an earlier Processing step — and file paths as before (a GeoPackage
layer by path; a CSV keeps the import's own X/Y reader). The demo ward is the target: new trees 2 m
from its own trees, houses 1 m from its own houses."""
import processing
import pytest
from osgeo import ogr, osr
from qgis.core import (QgsFeature, QgsField, QgsGeometry, QgsPointXY, QgsProcessingContext,
                       QgsProcessingException, QgsProcessingFeatureSourceDefinition, QgsProject, QgsVectorLayer)

from mymap_plugin.compat import FIELD_STRING, resolve_enum
from mymap_plugin.ward_map.create_ward_map import layer_source
from tests.conftest import folder_state, query as rows, write_csv

ogr.UseExceptions()
CONDITIONS = ("tot", "kem", "chết khô", "nghieng")          # the third is not a tree condition


def tree_positions(ward, count):
    layer = QgsVectorLayer(layer_source(ward, "trees"), "trees", "ogr")
    positions = []
    for feature in layer.getFeatures():
        positions.append(feature.geometry().asPoint())
        if len(positions) == count:
            break
    return positions


def new_trees(ward, name="cay_moi"):
    """A memory layer (the ward's CRS) of four new trees, each 2 m north-east of an existing one."""
    layer = QgsVectorLayer("Point?crs=EPSG:9209", name, "memory")
    layer.dataProvider().addAttributes([QgsField("condition", FIELD_STRING), QgsField("notes", FIELD_STRING)])
    layer.updateFields()
    features = []
    for number, (point, condition) in enumerate(zip(tree_positions(ward, len(CONDITIONS)), CONDITIONS), start=1):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromPointXY(shifted(point, 2, 2)))
        feature.setAttributes([condition, "Cây mới {}".format(number)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def shifted(point, dx, dy):
    return QgsPointXY(point.x() + dx, point.y() + dy)


def landed(ward, notes):
    """Where the imported tree with these notes is."""
    layer = QgsVectorLayer(layer_source(ward, "trees"), "trees", "ogr")
    layer.setSubsetString("notes = '{}'".format(notes))
    return next(layer.getFeatures()).geometry().asPoint()


def imported_notes(ward):
    return rows(ward, "SELECT notes, condition FROM trees WHERE notes LIKE 'Cây mới%' ORDER BY notes")


def test_a_memory_layer_is_imported_and_its_bad_rows_rejected(demo_ward, tmp_path, mymap_provider):
    layer = new_trees(demo_ward)
    output = tmp_path / "rejected.gpkg"
    result = processing.run("mymap:import_assets", {"INPUT": layer, "TARGET": 1, "WARD": str(demo_ward),
                                                    "REJECTED": str(output)})
    assert (result["IMPORTED"], result["REJECTED_COUNT"]) == (3, 1)
    assert imported_notes(demo_ward) == [("Cây mới 1", "tot"), ("Cây mới 2", "kem"), ("Cây mới 4", "nghieng")]
    reason = ("Condition: 'chết khô' is not one of the allowed values (tot, trung_binh, kem, sau_benh, nghieng, "
              "rong_muc, kho_chet). Add it to the field map's values.")
    dataset = ogr.Open(str(output))
    assert [(f.GetField("source_row"), f.GetField("notes"), f.GetField("reject_reason"))
            for f in dataset.GetLayer(0)] == [(3, "Cây mới 3", reason)]
    # Where it landed: 2 m north-east of the tree it was drawn from.
    assert landed(demo_ward, "Cây mới 1").distance(shifted(tree_positions(demo_ward, 1)[0], 2, 2)) < 0.001


def test_only_the_selected_features_are_imported(demo_ward, mymap_provider):
    layer = new_trees(demo_ward)
    QgsProject.instance().addMapLayer(layer)
    try:
        ids = [feature.id() for feature in layer.getFeatures()]
        layer.selectByIds([ids[1], ids[3]])
        result = processing.run("mymap:import_assets", {
            "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "TARGET": 1,
            "WARD": str(demo_ward)})
        assert (result["IMPORTED"], result["REJECTED_COUNT"]) == (2, 0)
        assert imported_notes(demo_ward) == [("Cây mới 2", "kem"), ("Cây mới 4", "nghieng")]
        # Nothing selected: nothing to import, said so, and the ward is left as it is.
        layer.removeSelection()
        before = folder_state(demo_ward.parent)
        with pytest.raises(QgsProcessingException, match="cay_moi is empty: there is nothing to import"):
            processing.run("mymap:import_assets", {
                "INPUT": QgsProcessingFeatureSourceDefinition(layer.id(), True), "TARGET": 1,
                "WARD": str(demo_ward)})
        assert folder_state(demo_ward.parent) == before
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_the_output_of_an_earlier_step_is_imported(demo_ward, mymap_provider):
    moved = processing.run("native:translategeometry", {"INPUT": new_trees(demo_ward), "DELTA_X": 1.0,
                                                        "DELTA_Y": 0.0, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
    assert isinstance(moved, QgsVectorLayer) and moved.providerType() == "memory"
    result = processing.run("mymap:import_assets", {"INPUT": moved, "TARGET": 1, "WARD": str(demo_ward)})
    assert (result["IMPORTED"], result["REJECTED_COUNT"]) == (3, 1)
    assert landed(demo_ward, "Cây mới 1").distance(shifted(tree_positions(demo_ward, 1)[0], 3, 2)) < 0.001


def test_file_paths_keep_working(demo_ward, tmp_path, mymap_provider):
    # A GeoPackage layer by path (with |layername=), read through Processing's own source.
    path = tmp_path / "cay_moi.gpkg"
    reference = osr.SpatialReference()
    reference.ImportFromEPSG(9209)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = dataset.CreateLayer("cay", reference, ogr.wkbPoint)
    table.CreateField(ogr.FieldDefn("notes", ogr.OFTString))
    for number, point in enumerate(tree_positions(demo_ward, 3), start=1):
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("notes", "Cây mới {}".format(number))
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(point.x() + 2, point.y() + 2)))
        table.CreateFeature(feature)
    dataset = None
    result = processing.run("mymap:import_assets", {"INPUT": "{}|layername=cay".format(path), "TARGET": 1,
                                                    "WARD": str(demo_ward)})
    assert result["IMPORTED"] == 3
    # A CSV with X/Y columns, given as a path (also inside a source definition): the import's CSV reader
    # finds the coordinates, which Processing's own reading of a CSV would not.
    sheet = write_csv(tmp_path / "cay.csv", ["X", "Y", "notes"],
                      [("{:.3f}".format(p.x() - 2), "{:.3f}".format(p.y() - 2), "Cây CSV {}".format(n))
                       for n, p in enumerate(tree_positions(demo_ward, 2), start=1)])
    result = processing.run("mymap:import_assets", {"INPUT": QgsProcessingFeatureSourceDefinition(str(sheet)),
                                                    "TARGET": "trees", "WARD": str(demo_ward), "CRS": "EPSG:9209"})
    assert result["IMPORTED"] == 2
    assert rows(demo_ward, "SELECT count(*) FROM trees WHERE notes LIKE 'Cây CSV%'") == [(2,)]
    # A path that does not exist: Processing's own check says so before anything runs.
    with pytest.raises(QgsProcessingException, match="Could not load source layer for INPUT.*khong_co.gpkg"):
        processing.run("mymap:import_assets", {"INPUT": str(tmp_path / "khong_co.gpkg"), "TARGET": 1,
                                               "WARD": str(demo_ward)})


def test_an_invalid_polygon_of_a_layer_is_a_rejected_row_not_a_failure(demo_ward, mymap_provider):
    houses = QgsVectorLayer(layer_source(demo_ward, "housing"), "housing", "ogr")
    house = next(houses.getFeatures()).geometry()
    box = house.boundingBox()
    layer = QgsVectorLayer("Polygon?crs=EPSG:9209", "nha_moi", "memory")
    moved = QgsGeometry(house)
    moved.translate(1.0, 0.0)
    bow_tie = QgsGeometry.fromWkt("POLYGON(({0} {1}, {2} {3}, {2} {1}, {0} {3}, {0} {1}))".format(
        box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
    for geometry in (moved, bow_tie):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        layer.dataProvider().addFeature(feature)
    # Processing is set to stop at an invalid geometry; the import reports the row instead.
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(resolve_enum(("Qgis", "InvalidGeometryCheck", "AbortOnInvalid"),
                                                 ("QgsFeatureRequest", "InvalidGeometryCheck",
                                                  "GeometryAbortOnInvalid")))
    result = processing.run("mymap:import_assets", {"INPUT": layer, "TARGET": "housing", "WARD": str(demo_ward)},
                            context=context)
    assert (result["IMPORTED"], result["REJECTED_COUNT"]) == (1, 1)
