"""The trees legend shows what the map draws: one coloured circle per tree condition and the gold
star once, as its own entry for heritage trees (issue 13)."""
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsLayerTree,
    QgsLayerTreeModel,
    QgsMapSettings,
    QgsMapRendererSequentialJob,
    QgsPointXY,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from mymap_plugin.ward_map.styles import TREE_COLOURS

STAR = "#ffd700"


def marker_shape(symbol_layer):
    return symbol_layer.properties().get("name")


def test_every_condition_entry_is_a_circle_of_its_colour(demo_ward_master, vietnamese):
    trees = QgsVectorLayer("{}|layername=trees".format(demo_ward_master), "trees", "ogr")
    assert trees.isValid()
    items = trees.renderer().legendSymbolItems()
    # The legend as the layer tree shows it: one node per renderer entry.
    root = QgsLayerTree()
    root.addLayer(trees)
    model = QgsLayerTreeModel(root)
    nodes = model.layerLegendNodes(root.findLayer(trees.id()))
    assert len(nodes) == len(items) == len(TREE_COLOURS) + 1
    by_colour = {}
    for item in items:
        layers = item.symbol().symbolLayers()
        shapes = [marker_shape(layer) for layer in layers]
        by_colour[layers[0].color().name()] = (item.label(), shapes)
    for code, colour in TREE_COLOURS.items():
        label, shapes = by_colour[colour]
        assert shapes == ["circle"], (code, label, shapes)
    label, shapes = by_colour[STAR]
    assert shapes == ["star"] and label == "Cây cổ thụ (di sản)"
    labels = [node.data(0) for node in nodes]
    assert "Cây cổ thụ (di sản)" in labels and "Tốt" in labels


def test_map_draws_circles_and_the_star_only_on_heritage_trees(demo_ward_master, qgis_app):
    source = QgsVectorLayer("{}|layername=trees".format(demo_ward_master), "trees", "ogr")
    layer = QgsVectorLayer("Point?crs={}".format(source.crs().authid()), "t", "memory")
    layer.dataProvider().addAttributes(source.fields().toList())
    layer.updateFields()
    features = []
    for x, heritage in ((0.0, False), (20.0, True)):
        feature = QgsFeature(layer.fields())
        feature.setAttribute("condition", "tot")
        feature.setAttribute("is_heritage", heritage)
        feature.setAttribute("canopy_diameter_m", 3)
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, 0)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.setRenderer(source.renderer().clone())
    settings = QgsMapSettings()
    settings.setLayers([layer])
    settings.setDestinationCrs(layer.crs())
    settings.setExtent(QgsRectangle(-10, -10, 30, 10))
    settings.setOutputSize(QSize(400, 200))
    settings.setOutputDpi(192)
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()

    def count(colour, left, right, tolerance=40):
        wanted = QColor(colour)
        found = 0
        for x in range(left, right):
            for y in range(image.height()):
                pixel = QColor(image.pixel(x, y))
                if abs(pixel.red() - wanted.red()) + abs(pixel.green() - wanted.green()) + \
                        abs(pixel.blue() - wanted.blue()) < tolerance:
                    found += 1
        return found
    middle = image.width() // 2
    assert count(STAR, 0, middle) == 0, "no star on an ordinary tree"
    assert count(STAR, middle, image.width()) > 20, "the heritage tree has its star"
    green = QColor(TREE_COLOURS["tot"])
    # The crown is 210/255 opaque over white.
    blended = QColor(*(round(c * 210 / 255 + 255 * 45 / 255) for c in (green.red(), green.green(), green.blue())))
    assert count(blended.name(), 0, middle) > 10, "the ordinary tree is a green circle"
