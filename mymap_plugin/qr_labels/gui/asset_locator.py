"""Locator filter: type or scan (a USB scanner types like a keyboard) an asset code
or a full QR link into QGIS's locator bar to zoom to the asset and open its form."""
from qgis.core import QgsLocatorFilter, QgsLocatorResult

from ...compat import POINT_GEOMETRY, locator_user_data
from ...i18n import tr
from ..asset_lookup import find_assets


class AssetLocatorFilter(QgsLocatorFilter):
    def __init__(self, iface):
        super().__init__()
        self.iface = iface

    def clone(self):
        return AssetLocatorFilter(self.iface)

    def name(self):
        return "mymap_assets"

    def displayName(self):
        return tr("MyMap assets (code or QR link)")

    def prefix(self):
        return "tag"

    def flags(self):
        return QgsLocatorFilter.Flag.FlagFast

    def fetchResults(self, string, context, feedback):
        for layer, feature in find_assets(string):
            result = QgsLocatorResult(self, "{} — {}".format(feature["asset_code"], layer.name()),
                                      [layer.id(), feature.id()])
            result.description = feature.attribute("full_address") if feature.fieldNameIndex("full_address") >= 0 \
                else layer.name()
            self.resultFetched.emit(result)

    def triggerResult(self, result):
        from qgis.core import QgsProject
        layer_id, feature_id = locator_user_data(result)
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            return
        feature = layer.getFeature(feature_id)
        canvas = self.iface.mapCanvas()
        canvas.zoomToFeatureIds(layer, [feature_id])
        if layer.geometryType() == POINT_GEOMETRY:   # points: zoom to a street's scale
            canvas.zoomScale(min(canvas.scale(), 1000))
        canvas.flashFeatureIds(layer, [feature_id])
        self.iface.openFeatureForm(layer, feature, False, False)   # not modal: the map stays usable
