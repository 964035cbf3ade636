"""Opening a ward map: group order, CRS, pinned VN-2000 transformation, themes."""
import sqlite3

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
)

from mymap_plugin.errors import MyMapError
from mymap_plugin.ward_map.open_ward_map import DRAWING_ORDER, open_ward_map


def test_open_builds_group_in_drawing_order(demo_ward, qgis_new_project):
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    group = open_ward_map(demo_ward, project)
    assert group.name() == "Phường Mỹ Hào"
    assert project.layerTreeRoot().children()[0] == group
    names = [node.layer().source().split("layername=")[1] for node in group.findLayers()]
    assert names == list(DRAWING_ORDER)
    assert [node.name() for node in group.findLayers()][:5] == [
        "Cảm biến mực nước", "Nút thoát nước", "Cây xanh", "Tuyến thoát nước", "Nhà ở"]
    assert project.crs().authid() == "EPSG:9209"


def test_check_point_transforms_with_official_parameters(demo_ward, qgis_new_project):
    project = QgsProject.instance()
    open_ward_map(demo_ward, project)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:4326"), project.crs(), project)
    assert "-191.90441429" in transform.coordinateOperation()
    point = transform.transform(QgsPointXY(106.04889, 20.93611))
    assert point.x() == pytest.approx(556891.50, abs=0.01)
    assert point.y() == pytest.approx(2315978.07, abs=0.01)


def test_map_themes_are_added(demo_ward, qgis_new_project):
    project = QgsProject.instance()
    open_ward_map(demo_ward, project)
    themes = project.mapThemeCollection().mapThemes()
    assert set(themes) >= {"Tất cả tài sản", "Nhà ở", "Cây xanh", "Thoát nước", "Ngập úng"}
    flooding = project.mapThemeCollection().mapThemeVisibleLayers("Ngập úng")
    assert {layer.source().split("layername=")[1] for layer in flooding} == {"sensors", "drainage_lines", "housing",
                                                                                 "streets"}


def test_lookups_point_at_the_opened_layers(demo_ward, qgis_new_project):
    project = QgsProject.instance()
    group = open_ward_map(demo_ward, project)
    layers = {node.layer().source().split("layername=")[1]: node.layer() for node in group.findLayers()}
    lines = layers["drainage_lines"]
    config = lines.editorWidgetSetup(lines.fields().indexOf("from_node_uuid")).config()
    assert config["Layer"] == layers["drainage_nodes"].id()


def test_rows_added_by_other_tools_get_identities_on_open(demo_ward, qgis_new_project):
    with sqlite3.connect(demo_ward) as connection:
        connection.execute("INSERT INTO species (species_id, name_vi) VALUES (99, 'Lộc vừng')")
    open_ward_map(demo_ward, QgsProject.instance())
    with sqlite3.connect(demo_ward) as connection:
        uuid = connection.execute("SELECT uuid FROM species WHERE species_id = 99").fetchone()[0]
    assert uuid and len(uuid) == 36


def test_not_a_ward_map_is_refused_and_project_unchanged(tmp_path, qgis_new_project):
    plain = tmp_path / "plain.gpkg"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE something (id INTEGER)")
    with pytest.raises(MyMapError, match="not a MyMap ward map|không phải bản đồ phường"):
        open_ward_map(plain, QgsProject.instance())
    text = tmp_path / "notes.gpkg"
    text.write_text("hello")
    with pytest.raises(MyMapError):
        open_ward_map(text, QgsProject.instance())
    assert QgsProject.instance().mapLayers() == {}


def test_newer_schema_version_is_refused(demo_ward, qgis_new_project):
    with sqlite3.connect(demo_ward) as connection:
        connection.execute("UPDATE mymap_ward_settings SET value = '99' WHERE key = 'schema_version'")
    before = demo_ward.read_bytes()
    with pytest.raises(MyMapError, match="99"):
        open_ward_map(demo_ward, QgsProject.instance())
    assert demo_ward.read_bytes() == before
    assert QgsProject.instance().mapLayers() == {}


def test_opening_twice_reuses_the_group(demo_ward, qgis_new_project):
    project = QgsProject.instance()
    first = open_ward_map(demo_ward, project)
    count = len(project.mapLayers())
    second = open_ward_map(demo_ward, project)
    assert second == first
    assert len(project.mapLayers()) == count == len(DRAWING_ORDER)
