"""MyMap: a ward's multi-layer digital map with QR-tagged assets, for QGIS."""
import sys
from pathlib import Path

_EXTERNAL_LIBRARIES = Path(__file__).resolve().parent / "ext_libs"


def _add_bundled_libraries():
    """Make the pure-Python libraries bundled in the zip (qrcode) importable."""
    if _EXTERNAL_LIBRARIES.is_dir() and str(_EXTERNAL_LIBRARIES) not in sys.path:
        sys.path.append(str(_EXTERNAL_LIBRARIES))


def classFactory(iface):  # noqa: N802 - name required by QGIS
    _add_bundled_libraries()
    from .plugin import MyMapPlugin
    return MyMapPlugin(iface)
