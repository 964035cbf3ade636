"""The few places where QGIS 3.22 and QGIS 4 / Qt 6 spell things differently."""
from qgis.core import Qgis, QgsEditFormConfig

try:                                    # Qt 6: QAction lives in QtGui
    from qgis.PyQt.QtGui import QAction
except ImportError:                     # Qt 5
    from qgis.PyQt.QtWidgets import QAction

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT


def drag_and_drop_form_layout():
    """The "drag and drop designer" form layout value."""
    if hasattr(Qgis, "AttributeFormLayout"):          # QGIS ≥ 3.32
        return Qgis.AttributeFormLayout.DragAndDrop
    return QgsEditFormConfig.EditorLayout.TabLayout


def geometry_type_of(layer):
    """The layer's geometry type as a value comparable across versions."""
    return layer.geometryType()


def map_units_meters():
    if hasattr(Qgis, "DistanceUnit"):                 # QGIS ≥ 3.30
        return Qgis.DistanceUnit.Meters
    from qgis.core import QgsUnitTypes
    return QgsUnitTypes.DistanceMeters
