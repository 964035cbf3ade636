"""Tag images, expression functions, code lookup (locator), tag status, the dialog's preview."""
import base64
import sqlite3

import numpy
import processing
import pytest
import zxingcpp
from qgis.core import (
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFeedback,
    QgsLocatorContext,
    QgsLocatorResult,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QByteArray
from qgis.PyQt.QtGui import QColor, QImage, QPainter
from qgis.PyQt.QtSvg import QSvgRenderer

from mymap_plugin.qr_labels.expression_functions import register_functions, unregister_functions

LINK = "HTTPS://MYHAO.HUNGYEN.VN/A/{}"


@pytest.fixture
def ward(demo_ward):
    with sqlite3.connect(demo_ward) as connection:
        connection.execute("UPDATE mymap_ward_settings SET value = ? WHERE key = 'qr_link_template'",
                           (LINK.format("{code}"),))
    yield demo_ward
    QgsProject.instance().removeAllMapLayers()


def project_layer(path, table):
    layer = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
    QgsProject.instance().addMapLayer(layer)
    return layer


def decode_image(image: QImage):
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = image.width(), image.height()
    pointer = image.constBits()
    pointer.setsize(image.bytesPerLine() * height)
    pixels = numpy.frombuffer(pointer, dtype=numpy.uint8).reshape(height, image.bytesPerLine())[:, :width]
    return [barcode.text for barcode in zxingcpp.read_barcodes(numpy.ascontiguousarray(pixels))]


def render_svg(svg_bytes, size=400):
    renderer = QSvgRenderer(QByteArray(svg_bytes))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def test_tag_images_png_and_svg(ward, tmp_path, mymap_provider):
    nodes = project_layer(ward, "drainage_nodes")
    wanted = sorted(f["asset_code"] for f in nodes.getFeatures())[:3]
    nodes.selectByIds([f.id() for f in nodes.getFeatures() if f["asset_code"] in wanted])
    result = processing.run("mymap:export_tag_images", {"INPUT": nodes.id(), "SELECTED_ONLY": True, "FORMAT": 0,
                                                        "DPI": 300, "OUTPUT": str(tmp_path / "png")})
    assert result["IMAGES"] == 3
    for code in wanted:
        image = QImage(str(tmp_path / "png" / "{}.png".format(code)))
        assert decode_image(image) == [LINK.format(code)]
        assert round(image.dotsPerMeterX() * 0.0254) == 300
        # 2.0 mm modules for manholes at 300 dpi: 24 px per module, quiet zone included
        modules = image.width() // 24
        assert modules * 24 == image.width() and modules >= 21 + 8
    processing.run("mymap:export_tag_images", {"INPUT": nodes.id(), "SELECTED_ONLY": True, "FORMAT": 1,
                                               "OUTPUT": str(tmp_path / "svg")})
    svg = (tmp_path / "svg" / "{}.svg".format(wanted[0])).read_bytes()
    assert svg.count(b"<path") == 1 and b'width="' in svg and b"mm" in svg
    assert decode_image(render_svg(svg)) == [LINK.format(wanted[0])]


def test_qr_svg_expression_function(qgis_app):
    register_functions()
    try:
        expression = QgsExpression("mymap_qr_svg('HTTPS://MYHAO.HUNGYEN.VN/A/CX0000013', 'H')")
        value = expression.evaluate(QgsExpressionContext())
        assert not expression.hasEvalError(), expression.evalErrorString()
        assert value.startswith("base64:")
        image = render_svg(base64.b64decode(value[len("base64:"):]))
        assert decode_image(image) == ["HTTPS://MYHAO.HUNGYEN.VN/A/CX0000013"]
        bad = QgsExpression("mymap_qr_svg('x', 'Z')")
        bad.evaluate(QgsExpressionContext())
        assert bad.hasEvalError()
    finally:
        unregister_functions()
    assert not QgsExpression.isFunctionName("mymap_qr_svg")


def test_asset_url_expression_function(ward, qgis_app):
    trees = project_layer(ward, "trees")
    feature = next(trees.getFeatures())
    register_functions()
    try:
        context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(trees))
        context.setFeature(feature)
        expression = QgsExpression("mymap_asset_url()")
        assert expression.evaluate(context) == LINK.format(feature["asset_code"])
        assert QgsExpression("mymap_asset_url('CX0000013')").evaluate(context) == LINK.format("CX0000013")
        forged = QgsExpression("mymap_asset_url('CX0000013?forged')")
        assert forged.evaluate(context) is None and forged.hasEvalError()
        # A hostile template stored in the ward (by hand or a bundle) never becomes a link in a layout.
        context.lastScope().setVariable("mymap_link_template", "javascript:alert(1)//{code}")
        context.lastScope().setVariable("mymap_table", "trees")
        hostile = QgsExpression("mymap_asset_url()")
        assert hostile.evaluate(context) is None and hostile.hasEvalError()
    finally:
        unregister_functions()


def test_locator_finds_codes_and_links(ward, qgis_iface, qgis_app):
    from mymap_plugin.qr_labels.gui.asset_locator import AssetLocatorFilter
    sensors = project_layer(ward, "sensors")
    project_layer(ward, "trees")
    feature = next(sensors.getFeatures())
    code = feature["asset_code"]
    locator_filter = AssetLocatorFilter(qgis_iface)

    def keep(result):   # copy: the emitted object does not outlive the signal
        results.append(QgsLocatorResult(result))
    for typed in (code, code.lower(), "{}-{}-{}".format(code[:2], code[2:8], code[8]), LINK.format(code)):
        results = []
        locator_filter.resultFetched.connect(keep)
        locator_filter.fetchResults(typed, QgsLocatorContext(), QgsFeedback())
        locator_filter.resultFetched.disconnect(keep)
        assert len(results) == 1, typed
        assert results[0].displayString.startswith(code)
    wrong_check_digit = code[:-1] + str((int(code[-1]) + 1) % 10)
    results = []
    locator_filter.resultFetched.connect(keep)
    locator_filter.fetchResults(wrong_check_digit, QgsLocatorContext(), QgsFeedback())
    assert results == []
    # Triggering zooms the real map canvas to the asset.
    locator_filter.fetchResults(code, QgsLocatorContext(), QgsFeedback())
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(sensors.crs())
    locator_filter.triggerResult(results[0])
    assert canvas.center().distance(feature.geometry().asPoint()) < 1.0
    assert canvas.extent().width() < 300


def test_mark_tags_after_printing(ward, mymap_provider):
    houses = project_layer(ward, "housing")
    before = sum(1 for f in houses.getFeatures() if f["qr_status"] == "chua_gan")
    assert before > 0
    result = processing.run("mymap:mark_tags", {"INPUT": houses.id(), "ONLY_UNATTACHED": True, "STATUS": 1})
    assert result["CHANGED"] == before
    with sqlite3.connect(ward) as connection:
        assert connection.execute("SELECT count(*) FROM housing WHERE qr_status = 'chua_gan'").fetchone()[0] == 0


def test_label_dialog_preview(ward, qgis_iface, qgis_app, vietnamese):
    from mymap_plugin.qr_labels.gui.label_dialog import LabelDialog
    project_layer(ward, "housing")
    dialog = LabelDialog(qgis_iface)
    assert dialog.refresh_preview()
    pixmap = dialog.preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert "nhãn trên" in dialog.message.text()
    dialog.template.setCurrentIndex(2)          # L7651: too small for house tags with links
    assert not dialog.refresh_preview()
    assert "L7651" in dialog.message.text() and not dialog.save_button.isEnabled()
    dialog.close()


def test_display_expression_holds_code_and_link(tmp_path, qgis_app):
    """QField matches scanned text against display names: code and link both match."""
    from qgis.core import QgsExpression
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    path = tmp_path / "ward.gpkg"
    create_ward_map(path, "Phường Mỹ Hào", "12103", "33", demo=True, language="vi",
                    qr_link_template="HTTPS://MYHAO.HUNGYEN.VN/A/{code}")
    trees = QgsVectorLayer("{}|layername=trees".format(path), "trees", "ogr")
    feature = next(trees.getFeatures())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(trees))
    context.setFeature(feature)
    shown = QgsExpression(trees.displayExpression()).evaluate(context)
    assert feature["asset_code"] in shown and LINK.format(feature["asset_code"]) in shown


def test_label_dialog_saves_and_marks(ward, qgis_iface, qgis_app, tmp_path):
    """The dialog's Save PDF runs the background task; then the printed tags can be marked."""
    from qgis.PyQt.QtCore import QCoreApplication
    from mymap_plugin.qr_labels.gui.label_dialog import LabelDialog
    from tests.label_check import check_label_pdf
    from mymap_plugin.qr_labels.label_templates import TEMPLATES
    sensors = project_layer(ward, "sensors")
    dialog = LabelDialog(qgis_iface)
    dialog.layer.setCurrentIndex(dialog.layer.findData(sensors.id()))
    dialog.template.setCurrentIndex(1)       # L7163
    dialog.payload.setCurrentIndex(1)        # code only
    assert dialog.refresh_preview(), dialog.message.text()
    task = dialog.save_pdf(str(tmp_path / "sensors.pdf"))
    assert task is not None
    task.waitForFinished(60000)
    for _ in range(100):
        QCoreApplication.processEvents()
        if dialog.mark_button.isEnabled():
            break
    assert dialog.mark_button.isEnabled(), dialog.message.text()
    unattached = [f["asset_code"] for f in sensors.getFeatures() if f["qr_status"] == "chua_gan"]
    check_label_pdf(tmp_path / "sensors.pdf", TEMPLATES["L7163"], sorted(unattached), "H", 1.3)
    dialog.mark_printed()
    assert all(f["qr_status"] == "da_gan" for f in sensors.getFeatures())
    dialog.close()


def test_locator_through_qgis_locator(ward, qgis_iface, qgis_app):
    """QGIS fetches on a clone and triggers on the original filter: the result must still work."""
    from qgis.core import QgsLocator
    from qgis.PyQt.QtCore import QCoreApplication
    from mymap_plugin.qr_labels.gui.asset_locator import AssetLocatorFilter
    sensors = project_layer(ward, "sensors")
    feature = next(sensors.getFeatures())
    locator = QgsLocator()
    locator_filter = AssetLocatorFilter(qgis_iface)
    locator.registerFilter(locator_filter)
    found = []
    locator.foundResult.connect(lambda result: found.append(QgsLocatorResult(result)))
    locator.fetchResults(LINK.format(feature["asset_code"]), QgsLocatorContext())
    for _ in range(200):
        QCoreApplication.processEvents()
        if found or not locator.isRunning():
            break
    locator.cancelWithoutBlocking()
    assert len(found) == 1
    canvas = qgis_iface.mapCanvas()
    canvas.resize(800, 600)
    canvas.setDestinationCrs(sensors.crs())
    found[0].filter.triggerResult(found[0])
    assert canvas.center().distance(feature.geometry().asPoint()) < 1.0
    locator.deregisterFilter(locator_filter)
