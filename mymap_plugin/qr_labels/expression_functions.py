"""Expression functions so that layouts, atlases and reports carry QR codes:

- ``mymap_qr_svg(text[, error_correction])`` → the QR as ``base64:`` SVG for a
  picture item's data-defined source;
- ``mymap_asset_url()`` → the current feature's link from its ward's template
  (``mymap_asset_url(code)`` for a given code).
"""
from qgis.core import QgsExpression, QgsExpressionFunction, QgsProject

from ..i18n import tr
from ..ward_map.ward_settings import read_settings
from ..errors import MyMapError
from . import asset_links
from .qr_svg import qr_svg_base64

GROUP = "MyMap"


class QrSvgFunction(QgsExpressionFunction):
    def __init__(self):
        super().__init__("mymap_qr_svg", -1, GROUP, tr(
            "<h3>mymap_qr_svg(text[, error_correction])</h3>Returns a QR code of <i>text</i> as SVG "
            "(base64: form) for a layout picture item's data-defined source. Error correction is "
            "L, M, Q (default) or H."))

    def func(self, values, context, parent, node):
        if not values or values[0] is None:
            return None
        level = str(values[1]).upper() if len(values) > 1 and values[1] else "Q"
        if level not in ("L", "M", "Q", "H"):
            parent.setEvalErrorString(tr("Error correction must be L, M, Q or H."))
            return None
        try:
            return qr_svg_base64(str(values[0]), level)
        except ValueError as error:
            parent.setEvalErrorString(str(error))
            return None

    def usesGeometry(self, node):
        return False


class AssetUrlFunction(QgsExpressionFunction):
    def __init__(self):
        super().__init__("mymap_asset_url", -1, GROUP, tr(
            "<h3>mymap_asset_url([code])</h3>Returns the link a QR tag of the current asset holds, "
            "from its ward map's QR link template (or the link for <i>code</i>)."))
        self._templates = {}

    def _template(self, context):
        if context is not None and context.hasVariable("mymap_link_template"):
            return context.variable("mymap_link_template"), context.variable("mymap_table") or ""
        from qgis.PyQt.QtCore import QCoreApplication, QThread
        if QThread.currentThread() != QCoreApplication.instance().thread():
            return None, ""     # never touch the project from a rendering thread
        layer = None
        if context is not None:
            # "layer_id", not "layer": the latter is a weak pointer PyQt cannot convert.
            layer_id = context.variable("layer_id")
            layer = QgsProject.instance().mapLayer(layer_id) if layer_id else None
        if layer is None:
            return None, ""
        source = layer.source()
        path, _, options = source.partition("|")
        name = options.partition("layername=")[2].split("|")[0]
        if path not in self._templates:
            try:
                self._templates[path] = read_settings(path).qr_link_template
            except MyMapError:
                self._templates[path] = None
        return self._templates[path], name

    def func(self, values, context, parent, node):
        template, layer_name = self._template(context)
        if template is None:
            parent.setEvalErrorString(tr("mymap_asset_url() works on layers of a MyMap ward map."))
            return None
        feature = context.feature() if context is not None else None
        code = values[0] if values else (feature["asset_code"] if feature is not None and
                                         feature.fieldNameIndex("asset_code") >= 0 else None)
        uuid = feature["uuid"] if feature is not None and feature.fieldNameIndex("uuid") >= 0 else ""
        if code is None or str(code) in ("", "NULL"):
            return None
        try:        # the one place links are built: the template and the code are checked there
            return asset_links.asset_link(template, str(code), uuid or "", layer_name)
        except MyMapError as error:
            parent.setEvalErrorString(str(error))
            return None

    def usesGeometry(self, node):
        return False

    def referencedColumns(self, node):
        return ["asset_code", "uuid"]


_REGISTERED = []


def register_functions():
    for function in (QrSvgFunction(), AssetUrlFunction()):
        if QgsExpression.isFunctionName(function.name()):
            QgsExpression.unregisterFunction(function.name())
        if QgsExpression.registerFunction(function):
            _REGISTERED.append(function)


def unregister_functions():
    while _REGISTERED:
        function = _REGISTERED.pop()
        QgsExpression.unregisterFunction(function.name())
