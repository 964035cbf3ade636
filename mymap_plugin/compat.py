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


def make_tab(container):
    """Show a top-level form container as a tab (not a group box)."""
    if hasattr(container, "setType") and hasattr(Qgis, "AttributeEditorContainerType"):   # QGIS ≥ 3.32
        container.setType(Qgis.AttributeEditorContainerType.Tab)
    else:
        container.setIsGroupBox(False)


def geometry_type_of(layer):
    """The layer's geometry type as a value comparable across versions."""
    return layer.geometryType()


def map_units_meters():
    if hasattr(Qgis, "DistanceUnit"):                 # QGIS ≥ 3.30
        return Qgis.DistanceUnit.Meters
    from qgis.core import QgsUnitTypes
    return QgsUnitTypes.DistanceUnit.DistanceMeters


def _first(*candidates):
    """The first attribute path that exists, e.g. ("Qgis", "WkbType", "Point")."""
    import qgis.core as core
    for path in candidates:
        value = core
        try:
            for name in path:
                value = getattr(value, name)
            return value
        except AttributeError:
            continue
    raise AttributeError("none of {} exists in this QGIS".format(candidates))


# Enum values that QGIS 3.30+ / QGIS 4 renamed; resolved once at import.
SYMBOL_SIZE = _first(("QgsSymbolLayer", "Property", "Size"), ("QgsSymbolLayer", "Property", "PropertySize"))
SYMBOL_STROKE_WIDTH = _first(("QgsSymbolLayer", "Property", "StrokeWidth"),
                             ("QgsSymbolLayer", "Property", "PropertyStrokeWidth"))
SYMBOL_LAYER_ENABLED = _first(("QgsSymbolLayer", "Property", "LayerEnabled"),
                              ("QgsSymbolLayer", "Property", "PropertyLayerEnabled"))
NO_THREADING = _first(("Qgis", "ProcessingAlgorithmFlag", "NoThreading"),
                      ("QgsProcessingAlgorithm", "Flag", "FlagNoThreading"))
WKT_PREFERRED = _first(("Qgis", "CrsWktVariant", "Preferred"),
                       ("QgsCoordinateReferenceSystem", "WktVariant", "WKT_PREFERRED"))
MESSAGE_INFO = _first(("Qgis", "MessageLevel", "Info"))
MESSAGE_WARNING = _first(("Qgis", "MessageLevel", "Warning"))
ADVANCED_PARAMETER = _first(("Qgis", "ProcessingParameterFlag", "Advanced"),
                            ("QgsProcessingParameterDefinition", "Flag", "FlagAdvanced"))
VECTOR_SOURCE = _first(("Qgis", "ProcessingSourceType", "Vector"), ("QgsProcessing", "SourceType", "TypeVector"))
INTEGER_NUMBER = _first(("Qgis", "ProcessingNumberParameterType", "Integer"),
                        ("QgsProcessingParameterNumber", "Type", "Integer"))
DOUBLE_NUMBER = _first(("Qgis", "ProcessingNumberParameterType", "Double"),
                       ("QgsProcessingParameterNumber", "Type", "Double"))
POINT_GEOMETRY = _first(("Qgis", "GeometryType", "Point"), ("QgsWkbTypes", "GeometryType", "PointGeometry"))



# Public name for enums that QGIS 3.22 and QGIS 3.30+/4 spell differently.
resolve_enum = _first
