"""How sync values read in the panels: geometry as short WKT, whole rows summarised."""
from qgis.core import QgsGeometry

from ...i18n import tr
from ..database import gpkg_wkb


def geometry_from_blob(blob):
    """A QgsGeometry from a GeoPackage geometry blob (header + WKB)."""
    data = bytes(blob)
    geometry = QgsGeometry()
    if len(data) >= 8 and data[:2] == b"GP":
        geometry.fromWkb(gpkg_wkb(data))
    return geometry


def value_text(value, limit=60):
    if value is None:
        return tr("(empty)")
    if isinstance(value, (bytes, bytearray)):
        geometry = geometry_from_blob(value)
        text = geometry.asWkt(1) if not geometry.isNull() else tr("(geometry)")
    elif isinstance(value, dict):
        code = value.get("asset_code") or value.get("name") or value.get("name_vi") or value.get("uuid")
        text = tr("whole feature {}").format(code or "")
    else:
        text = str(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"
