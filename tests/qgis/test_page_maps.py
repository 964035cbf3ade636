"""Record page maps cut from shared tiles look like maps rendered one by one: same size,
scale and symbols, the asset's ring at the centre. The pairs are saved to
build/test-output/page_maps for a look."""
import pytest
from qgis.core import QgsFeatureRequest, QgsVectorLayer
from qgis.PyQt.QtGui import QColor, QImage

from mymap_plugin.qr_labels.publish_records import (MAP_LAYERS, MARKER_COLOUR, MARKER_RADIUS, PAGE_MAP_SIZE,
                                                    PageMaps, publish_records, render_page_map)
from mymap_plugin.ward_map.create_ward_map import layer_source
from tests.conftest import TEST_OUTPUT, set_link_and_hotline


def _features(ward, name, count):
    layer = QgsVectorLayer(layer_source(ward, name), name, "ogr")
    request = QgsFeatureRequest().setFilterExpression("\"asset_code\" IS NOT NULL").setLimit(count)
    return [(str(feature["asset_code"]), feature.geometry()) for feature in layer.getFeatures(request)]


def _differing(first: QImage, second: QImage, tolerance=24) -> float:
    """The share of pixels whose colour differs by more than *tolerance* in some channel."""
    first = first.convertToFormat(QImage.Format.Format_RGB32)
    second = second.convertToFormat(QImage.Format.Format_RGB32)
    differing = 0
    for y in range(0, first.height(), 2):
        for x in range(0, first.width(), 2):
            a, b = QColor(first.pixel(x, y)), QColor(second.pixel(x, y))
            if max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) > tolerance:
                differing += 1
    return differing / ((first.width() // 2) * (first.height() // 2))


def _is_marker(colour: QColor) -> bool:
    marker = QColor(MARKER_COLOUR)
    return max(abs(colour.red() - marker.red()), abs(colour.green() - marker.green()),
               abs(colour.blue() - marker.blue())) <= 40


def test_tiled_page_maps_match_maps_rendered_alone(demo_ward, tmp_path):
    ward = demo_ward
    map_layers = [QgsVectorLayer(layer_source(ward, name), name, "ogr") for name in MAP_LAYERS]
    assets = _features(ward, "sensors", 3) + _features(ward, "drainage_nodes", 3) + _features(ward, "housing", 3)
    page_maps = PageMaps(map_layers)
    for code, geometry in assets:
        page_maps.add(geometry, tmp_path / "{}.png".format(code))
    page_maps.write()
    output = TEST_OUTPUT / "page_maps"
    output.mkdir(parents=True, exist_ok=True)
    for code, geometry in assets:
        tiled = QImage(str(tmp_path / "{}.png".format(code)))
        alone = render_page_map(map_layers, geometry)
        tiled.save(str(output / "{}_tiled.png".format(code)))
        alone.save(str(output / "{}_alone.png".format(code)))
        assert (tiled.width(), tiled.height()) == PAGE_MAP_SIZE
        centre_x, centre_y = PAGE_MAP_SIZE[0] // 2, PAGE_MAP_SIZE[1] // 2
        for x, y in ((centre_x + MARKER_RADIUS, centre_y), (centre_x - MARKER_RADIUS, centre_y),
                     (centre_x, centre_y + MARKER_RADIUS), (centre_x, centre_y - MARKER_RADIUS)):
            assert _is_marker(tiled.pixelColor(x, y)), (code, x, y, tiled.pixelColor(x, y).name())
        # Same symbols at the same places: only where the labelling engine puts a label (it places
        # them over the whole tile) and sub-pixel positions may differ.
        assert _differing(tiled, alone) < 0.08, code


def test_published_site_has_tiled_maps(demo_ward, tmp_path):
    ward = set_link_and_hotline(demo_ward)
    counts = publish_records(ward, tmp_path / "site", ["sensors"], map_images=True)
    maps = sorted((tmp_path / "site").glob("A/*/map.png"))
    assert len(maps) == counts["sensors"] == 20
    image = QImage(str(maps[0]))
    assert (image.width(), image.height()) == PAGE_MAP_SIZE
    assert _is_marker(image.pixelColor(PAGE_MAP_SIZE[0] // 2 + MARKER_RADIUS, PAGE_MAP_SIZE[1] // 2))


def test_cancel_while_drawing_maps_keeps_the_previous_site(demo_ward, tmp_path):
    from qgis.core import QgsProcessingFeedback

    from mymap_plugin.errors import MyMapError

    ward = set_link_and_hotline(demo_ward)
    site = tmp_path / "site"
    publish_records(ward, site, ["sensors"], map_images=False)
    before = sorted(path.relative_to(site) for path in site.rglob("*"))
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda progress: progress > 50 and feedback.cancel())
    with pytest.raises(MyMapError):
        publish_records(ward, site, ["sensors", "drainage_nodes"], map_images=True, feedback=feedback)
    assert sorted(path.relative_to(site) for path in site.rglob("*")) == before
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []
