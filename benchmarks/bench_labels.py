"""Label sheets: labels per second for 10,000 demo trees on L7160, beside the same
sheets made with a QGIS print-layout atlas in the same run (QR pictures from
MyMap's mymap_qr_svg() expression function, one atlas page per sheet)."""
import tempfile
import time
from pathlib import Path

ATLAS_PAGES = 40          # the atlas is slow: its rate is measured on the first 40 sheets (840 labels)


def _ten_thousand_trees(folder):
    from osgeo import ogr
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    from mymap_plugin.ward_map.identities import ensure_identities
    ward = Path(folder) / "ward.gpkg"
    create_ward_map(ward, "Phường Mỹ Hào", "12103", "33", demo=True, language="vi",
                    qr_link_template="HTTPS://MYHAO.EXAMPLE.VN/A/{code}", hotline="0221 3943 888")
    dataset = ogr.Open(str(ward), 1)
    trees = dataset.GetLayerByName("trees")
    existing = list(trees)
    dataset.StartTransaction()
    for number in range(7000):
        source = existing[number % len(existing)]
        feature = ogr.Feature(trees.GetLayerDefn())
        for index in range(source.GetFieldCount()):
            name = source.GetFieldDefnRef(index).GetName()
            if name not in ("uuid", "asset_code") and source.IsFieldSetAndNotNull(index):
                feature.SetField(index, source.GetField(index))
        point = source.GetGeometryRef()
        feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT ({} {})".format(point.GetX() + 1.5 * (1 + number // 3000),
                                                                             point.GetY())))
        trees.CreateFeature(feature)
    dataset.CommitTransaction()
    dataset = None
    ensure_identities(ward, "12103")
    return ward


class _QrcodeSvgFunction:
    """`bench_qrcode_svg(text)`: a QR SVG made with the qrcode library alone — how
    a QR expression function is usually written (the baseline's second variant)."""

    @staticmethod
    def register():
        import base64
        import io
        import qrcode
        import qrcode.image.svg
        from qgis.core import QgsExpression, QgsExpressionFunction

        class Function(QgsExpressionFunction):
            def __init__(self):
                super().__init__("bench_qrcode_svg", 2, "MyMap", "benchmark only")

            def func(self, values, context, parent, node):
                code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_H, border=4,
                                     image_factory=qrcode.image.svg.SvgPathImage)
                code.add_data(values[0])
                code.make(fit=True)
                buffer = io.BytesIO()
                code.make_image().save(buffer)
                return "base64:" + base64.b64encode(buffer.getvalue()).decode("ascii")

            def usesGeometry(self, node):
                return False
        function = Function()
        QgsExpression.registerFunction(function)
        return function


def _atlas_pdf(items, output, pages, qr_expression="mymap_qr_svg(\"code_{}\", 'H')"):
    """The same L7160 sheets as a QGIS atlas: coverage = one feature per sheet."""
    from qgis.core import (QgsFeature, QgsField, QgsLayoutExporter, QgsLayoutItemLabel, QgsLayoutItemPicture,
                           QgsLayoutPoint, QgsLayoutSize, QgsPrintLayout, QgsProject,
                           QgsProperty, QgsUnitTypes, QgsVectorLayer, QgsLayoutObject)
    from qgis.PyQt.QtCore import QVariant
    from mymap_plugin.qr_labels.label_templates import TEMPLATES
    template = TEMPLATES["L7160"]
    per_page = template.slots_per_page
    sheets = QgsVectorLayer("None", "sheets", "memory")
    fields = [QgsField("code_{}".format(i), QVariant.String) for i in range(per_page)] + \
             [QgsField("text_{}".format(i), QVariant.String) for i in range(per_page)]
    sheets.dataProvider().addAttributes(fields)
    sheets.updateFields()
    features = []
    for page in range(pages):
        chunk = items[page * per_page:(page + 1) * per_page]
        feature = QgsFeature(sheets.fields())
        for slot, item in enumerate(chunk):
            feature["code_{}".format(slot)] = item.code
            feature["text_{}".format(slot)] = "{}\n{}\n{}".format(item.type_text, item.descriptor, "Phường Mỹ Hào")
        features.append(feature)
    sheets.dataProvider().addFeatures(features)
    project = QgsProject.instance()
    project.addMapLayer(sheets)
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    for slot in range(per_page):
        x, y, w, h = template.slot_rect(slot)
        picture = QgsLayoutItemPicture(layout)
        picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
        picture.dataDefinedProperties().setProperty(
            QgsLayoutObject.DataDefinedProperty.PictureSource,
            QgsProperty.fromExpression(qr_expression.format(slot)))
        picture.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
        picture.attemptResize(QgsLayoutSize(h, h, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(picture)
        label = QgsLayoutItemLabel(layout)
        label.setText("[% \"code_{0}\" %]\n[% \"text_{0}\" %]".format(slot))
        label.attemptMove(QgsLayoutPoint(x + h + 0.5, y + 1, QgsUnitTypes.LayoutMillimeters))
        label.attemptResize(QgsLayoutSize(w - h - 1.5, h - 2, QgsUnitTypes.LayoutMillimeters))
        layout.addLayoutItem(label)
    atlas = layout.atlas()
    atlas.setCoverageLayer(sheets)
    atlas.setEnabled(True)
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.forceVectorOutput = True
    started = time.perf_counter()
    result, error = QgsLayoutExporter.exportToPdf(atlas, str(output), settings)
    elapsed = time.perf_counter() - started
    project.removeMapLayer(sheets.id())
    if result != QgsLayoutExporter.ExportResult.Success:
        raise RuntimeError("atlas export failed: {}".format(error))
    return elapsed


def run():
    from qgis.core import QgsVectorLayer
    from mymap_plugin.qr_labels.expression_functions import register_functions, unregister_functions
    from mymap_plugin.qr_labels.label_content import label_source
    from mymap_plugin.qr_labels.label_sheet import write_label_sheets
    from mymap_plugin.qr_labels.label_templates import TEMPLATES
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        ward = _ten_thousand_trees(folder)
        trees = QgsVectorLayer("{}|layername=trees".format(ward), "trees", "ogr")
        started = time.perf_counter()
        source = label_source(trees, payload="code")
        read = time.perf_counter() - started
        started = time.perf_counter()
        result = write_label_sheets(source, TEMPLATES["L7160"], Path(folder) / "labels.pdf")
        written = time.perf_counter() - started
        labels = result.labels
        mymap_rate = labels / (read + written)
        rows.append(("MyMap: {:,} tree tags on L7160 ({} pages), read + write".format(labels, result.pages),
                     read + written, "s", ""))
        rows.append(("MyMap labels per second", mymap_rate, "labels/s", ""))
        register_functions()
        try:
            atlas_time = _atlas_pdf(source.items, Path(folder) / "atlas.pdf", ATLAS_PAGES)
        finally:
            unregister_functions()
        atlas_labels = ATLAS_PAGES * TEMPLATES["L7160"].slots_per_page
        atlas_rate = atlas_labels / atlas_time
        rows.append(("QGIS atlas: {} tags on {} pages".format(atlas_labels, ATLAS_PAGES), atlas_time, "s", ""))
        rows.append(("QGIS atlas labels per second", atlas_rate, "labels/s", ""))
        rows.append(("MyMap / atlas (labels per second)", mymap_rate / atlas_rate, "×", "ratio"))
        from qgis.core import QgsExpression
        function = _QrcodeSvgFunction.register()
        try:
            plain_time = _atlas_pdf(source.items, Path(folder) / "atlas_qrcode.pdf", ATLAS_PAGES,
                                    "bench_qrcode_svg(\"code_{}\", 'H')")
        finally:
            QgsExpression.unregisterFunction(function.name())
        plain_rate = atlas_labels / plain_time
        rows.append(("QGIS atlas with a plain qrcode-based SVG function, labels per second", plain_rate,
                     "labels/s", ""))
        rows.append(("MyMap / atlas with plain qrcode SVG", mymap_rate / plain_rate, "×", "ratio"))
    return rows
