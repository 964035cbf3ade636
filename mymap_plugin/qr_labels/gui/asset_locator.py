"""Locator filter: type or scan (a USB scanner types like a keyboard) an asset code
or a full QR link into QGIS's locator bar to zoom to the asset and open its form."""
from qgis.core import QgsCoordinateTransform, QgsLocatorFilter, QgsLocatorResult, QgsProject, QgsRectangle

from ...i18n import tr
from ..asset_lookup import find_assets


class AssetLocatorFilter(QgsLocatorFilter):
    def __init__(self, iface):
        super().__init__()
        self.iface = iface
        # display text → (layer id, feature id); QgsLocatorResult.userData cannot be
        # read back from Python on QGIS 3.22.
        self.found = {}

    def clone(self):
        # QGIS fetches results on a clone and triggers them on the original:
        # both must see the same table of results.
        twin = AssetLocatorFilter(self.iface)
        twin.found = self.found
        return twin

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
            display = "{} — {}".format(feature["asset_code"], layer.name())
            self.found[display] = (layer.id(), feature.id())
            result = QgsLocatorResult(self, display)
            result.description = feature.attribute("full_address") if feature.fieldNameIndex("full_address") >= 0 \
                else layer.name()
            self.resultFetched.emit(result)

    def triggerResult(self, result):
        if result.displayString not in self.found:
            return
        layer_id, feature_id = self.found[result.displayString]
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is None:
            return
        feature = layer.getFeature(feature_id)
        canvas = self.iface.mapCanvas()
        extent = feature.geometry().boundingBox()
        if extent.width() < 50 and extent.height() < 50:     # a point or a small house: a street's view
            centre = extent.center()
            extent = QgsRectangle(centre.x() - 40, centre.y() - 30, centre.x() + 40, centre.y() + 30)
        else:
            extent.grow(max(extent.width(), extent.height()) * 0.2)
        transform = QgsCoordinateTransform(layer.crs(), canvas.mapSettings().destinationCrs(),
                                           QgsProject.instance())
        canvas.setExtent(transform.transformBoundingBox(extent))
        canvas.refresh()
        canvas.flashFeatureIds(layer, [feature_id])
        self.iface.openFeatureForm(layer, feature, False, False)   # not modal: the map stays usable
