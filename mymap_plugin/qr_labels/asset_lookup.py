"""From a typed or scanned code (or a full QR link) back to the asset."""
from qgis.core import QgsFeatureRequest, QgsProject

from ..ward_map import asset_codes, schema
from ..ward_map.edit_hooks import ward_layer_info
from .asset_links import code_from_scanned_text


def find_assets(text, project: QgsProject = None):
    """[(layer, feature)] of the assets in *project* whose code is in *text*."""
    code = code_from_scanned_text(text)
    if not code:
        return []
    parsed = asset_codes.parse_asset_code(code)
    wanted_layer = parsed[0] if parsed else None
    found = []
    project = project or QgsProject.instance()
    for layer in project.mapLayers().values():
        info = ward_layer_info(layer)
        if info is None or info[1] != wanted_layer or info[1] not in schema.LAYERS_BY_NAME:
            continue
        request = QgsFeatureRequest().setFilterExpression("\"asset_code\" = '{}'".format(code))
        request.setLimit(1)
        for feature in layer.getFeatures(request):
            found.append((layer, feature))
    return found
