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


def _lookup(module, candidates):
    for path in candidates:
        value = module
        try:
            for name in path:
                value = getattr(value, name)
            return value
        except AttributeError:
            continue
    raise AttributeError("none of {} exists in this QGIS".format(candidates))


def _first(*candidates):
    """The first attribute path of qgis.core that exists, e.g. ("Qgis", "WkbType", "Point")."""
    import qgis.core as core
    return _lookup(core, candidates)


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
LINE_GEOMETRY = _first(("Qgis", "GeometryType", "Line"), ("QgsWkbTypes", "GeometryType", "LineGeometry"))
POLYGON_GEOMETRY = _first(("Qgis", "GeometryType", "Polygon"), ("QgsWkbTypes", "GeometryType", "PolygonGeometry"))
UNKNOWN_WKB_TYPE = _first(("Qgis", "WkbType", "Unknown"), ("QgsWkbTypes", "Type", "Unknown"))
VECTOR_ANY_GEOMETRY = _first(("Qgis", "ProcessingSourceType", "VectorAnyGeometry"),
                             ("QgsProcessing", "SourceType", "TypeVectorAnyGeometry"))
SKIP_GEOMETRY_CHECKS = _first(("Qgis", "ProcessingFeatureSourceFlag", "SkipGeometryValidityChecks"),
                              ("QgsProcessingFeatureSource", "Flag", "FlagSkipGeometryValidityChecks"))
STATIC_PROPERTY = _first(("Qgis", "PropertyType", "Static"), ("QgsProperty", "Type", "StaticProperty"))
# Spelled the same in 3.22 and QGIS 4 once scoped; named here so that no module needs the unscoped form.
FAST_INSERT = _first(("QgsFeatureSink", "Flag", "FastInsert"))
GEOS_VALIDATOR = _first(("Qgis", "GeometryValidationEngine", "Geos"))


def _field_takes(field_type):
    from qgis.core import QgsField
    try:
        QgsField("probe", field_type)
    except TypeError:                       # QGIS < 3.38: QgsField wants a QVariant.Type
        return False
    return True


def _field_types():
    """Field types as QgsField takes them: QMetaType.Type from QGIS 3.38 (the only spelling in
    QGIS 4 / Qt 6), QVariant.Type before. Looked up by name so that no QVariant constant is spelled."""
    from qgis.PyQt import QtCore
    names = {"STRING": ("QString", "String"), "INT": ("Int", "Int"), "LONG_LONG": ("LongLong", "LongLong"),
             "DOUBLE": ("Double", "Double"), "BOOL": ("Bool", "Bool")}
    meta_types = getattr(getattr(QtCore, "QMetaType", None), "Type", None)
    if meta_types is not None and _field_takes(meta_types.QString):
        return {key: getattr(meta_types, meta) for key, (meta, _variant) in names.items()}
    return {key: getattr(QtCore.QVariant, variant) for key, (_meta, variant) in names.items()}


_FIELD_TYPES = _field_types()
FIELD_STRING = _FIELD_TYPES["STRING"]
FIELD_INT = _FIELD_TYPES["INT"]
FIELD_LONG_LONG = _FIELD_TYPES["LONG_LONG"]
FIELD_DOUBLE = _FIELD_TYPES["DOUBLE"]
FIELD_BOOL = _FIELD_TYPES["BOOL"]


def resolve_gui_enum(*candidates):
    """Like resolve_enum, for classes of qgis.gui (imported only when a GUI module asks)."""
    import qgis.gui as gui
    return _lookup(gui, candidates)


# Public name for enums that QGIS 3.22 and QGIS 3.30+/4 spell differently.
resolve_enum = _first
