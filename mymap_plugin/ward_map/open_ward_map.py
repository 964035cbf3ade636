"""Open a ward map in a QGIS project: one layer group in drawing order, the
project CRS set to the ward's, the VN-2000 ↔ WGS 84 transformation pinned to
the official parameters (EPSG:6960), and map themes for each kind of work."""
import contextlib
import sqlite3
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsDatumTransform,
    QgsExpressionContextUtils,
    QgsLayerTreeGroup,
    QgsLayerTreeModel,
    QgsMapThemeCollection,
    QgsProject,
    QgsVectorLayer,
)

from ..errors import MyMapError
from ..i18n import tr, translate_function
from ..message_log import log_warning
from ..sync import capture, database, journal_mode
from . import identities, lookup_lists, schema
from .create_ward_map import add_missing_layers, layer_source, missing_layers
from .schema import N_
from .ward_settings import crs_from_setting, read_settings

CREATED_AT_PROPERTY = "mymap/created_at"

# Top to bottom in the layer tree (= drawing order, last drawn first).
DRAWING_ORDER = ("sensors", "drainage_nodes", "trees", "drainage_lines", "housing", "streets",
                 "residential_groups", "species", "sensor_readings")

# Official VN-2000 → WGS 84 parameters (Decision 05/2007/QĐ-BTNMT; EPSG:6960),
# as PROJ writes them in a Helmert step.
OFFICIAL_HELMERT = "+x=-191.90441429 +y=-39.30318279 +z=-111.45032835"
WGS84 = "EPSG:4326"
VN2000_GEOGRAPHIC = "EPSG:4756"

THEMES = (
    (N_("All assets"), ("sensors", "drainage_nodes", "trees", "drainage_lines", "housing", "streets",
                        "residential_groups")),
    (N_("Housing"), ("housing", "streets", "residential_groups")),
    (N_("Greenery"), ("trees", "streets", "residential_groups")),
    (N_("Drainage"), ("drainage_nodes", "drainage_lines", "streets")),
    (N_("Flooding"), ("sensors", "drainage_lines", "housing", "streets")),
)


def official_operation(source: QgsCoordinateReferenceSystem, destination: QgsCoordinateReferenceSystem):
    """The PROJ string of the EPSG:6960 operation between two CRSs, or None."""
    for operation in QgsDatumTransform.operations(source, destination):
        if OFFICIAL_HELMERT in operation.proj:
            return operation.proj
    return None


def pin_vn2000_transformation(context: QgsCoordinateTransformContext, ward_crs) -> int:
    """Pin EPSG:6960 for the ward CRS and VN-2000 geographic to and from WGS 84.
    Returns how many operations were pinned (0 when the CRS is not on VN-2000)."""
    pinned = 0
    wgs84 = QgsCoordinateReferenceSystem(WGS84)
    for crs in (ward_crs, QgsCoordinateReferenceSystem(VN2000_GEOGRAPHIC)):
        for source, destination in ((crs, wgs84), (wgs84, crs)):
            proj = official_operation(source, destination)
            if proj:
                context.addCoordinateOperation(source, destination, proj)
                pinned += 1
    return pinned


def open_ward_map(path, project: QgsProject = None, translate=None):
    """Add the ward map at *path* to *project* (default: the current project).

    Fills missing identities first (rows added by other tools). Returns the
    layer group. MyMapError when the file is not a usable ward map; then the
    project is unchanged.
    """
    project = project or QgsProject.instance()
    path = Path(path).resolve().as_posix()
    settings = read_settings(path)
    try:
        add_missing_layers(path, settings)      # a ward map made before a layer was added
    except MyMapError as error:
        log_warning(str(error))                 # e.g. read-only: it opens without the new layer
    absent = {layer_def.name for layer_def in missing_layers(path)}
    already = _open_group(project, path)
    if already is not None:
        if already.customProperty(CREATED_AT_PROPERTY) == settings.created_at:
            # A plain ward map becomes the shared map at its first checkout: say so now.
            already.setName(group_name(path, settings.ward_name, translate or translate_function(settings.language)))
            return already
        _close_group(project, already)       # the file was replaced (overwritten): reload it
    translate = translate or translate_function(settings.language)
    layers = {}
    # A shared map (any ward map but a working copy) must not be left in WAL mode: put it back
    # in DELETE mode if a program that has let go of it left it so, and open it without WAL.
    keep_delete = journal_mode.keeps_delete_journal(path)
    if keep_delete:
        journal_mode.return_to_delete(path)
    with (journal_mode.without_wal() if keep_delete else contextlib.nullcontext()):
        for name in (name for name in DRAWING_ORDER if name not in absent):
            layer_def = schema.LAYERS_BY_NAME[name]
            layer = QgsVectorLayer(layer_source(path, name), translate(layer_def.title), "ogr")
            if not layer.isValid():
                raise MyMapError(tr("The ward map {} has no readable layer {}: the file is damaged or "
                                    "not a MyMap ward map.").format(path, name))
            layers[name] = layer
    # Rows added by other tools get their uuid and asset code now (a read-only
    # file still opens; the user is told why nothing was filled).
    try:
        if identities.ensure_identities(path, settings.ward_code):
            for layer in layers.values():
                layer.dataProvider().reloadData()
    except MyMapError as error:
        log_warning(str(error))

    crs = crs_from_setting(settings.crs)
    if not crs.isValid():
        crs = layers["housing"].crs()
    project.setCrs(crs)
    context = project.transformContext()
    pin_vn2000_transformation(context, crs)
    project.setTransformContext(context)

    project.addMapLayers(list(layers.values()), False)
    lookup_lists.refresh_lookup_lists(path, project)     # groups or species added by other tools
    group = QgsLayerTreeGroup(group_name(path, settings.ward_name, translate))
    group.setCustomProperty(CREATED_AT_PROPERTY, settings.created_at)
    for name in (name for name in DRAWING_ORDER if name in layers):
        group.addLayer(layers[name])
    project.layerTreeRoot().insertChildNode(0, group)
    for name in ("species", "sensor_readings"):
        node = group.findLayer(layers[name].id())
        node.setItemVisibilityChecked(False)
    _resolve_lookups(layers)
    for name, layer in layers.items():
        # Read by mymap_asset_url() in any thread, without touching the project.
        QgsExpressionContextUtils.setLayerVariable(layer, "mymap_link_template", settings.qr_link_template)
        QgsExpressionContextUtils.setLayerVariable(layer, "mymap_table", name)
    _add_themes(project, group, layers, translate)
    project.setCustomVariables(dict(project.customVariables(),
                                    mymap_ward_name=settings.ward_name, mymap_ward_code=settings.ward_code))
    return group


def group_name(path, ward_name, translate) -> str:
    """The layer group's name: the ward's name, and for a synced map whether it is the shared map or
    whose working copy it is, so the two are told apart in the layer tree."""
    try:
        connection = database.connect_for_reading(path)
    except sqlite3.Error:
        return ward_name
    try:
        state = capture.read_state(connection)
    except sqlite3.Error:
        state = {}
    finally:
        connection.close()
    if state.get("role") == "working":
        if state.get("editor"):
            return translate(N_("{ward} — working copy of {editor}")).format(ward=ward_name, editor=state["editor"])
        return translate(N_("{ward} — working copy")).format(ward=ward_name)
    if state.get("role") == "shared":
        return translate(N_("{ward} — shared map")).format(ward=ward_name)
    return ward_name


def _open_group(project, path):
    """The layer group of *path* when this ward map is already in *project*."""
    prefix = layer_source(path, "")
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is not None and layer.source().startswith(prefix):
            parent = node.parent()
            if parent is not None and parent != project.layerTreeRoot():
                return parent
    return None


def _close_group(project, group):
    layer_ids = [node.layerId() for node in group.findLayers()]
    parent = group.parent() or project.layerTreeRoot()
    parent.removeChildNode(group)
    project.removeMapLayers(layer_ids)


def close_ward_map(path, project: QgsProject = None) -> bool:
    """Remove the ward map at *path* from *project*; True when it was open."""
    project = project or QgsProject.instance()
    group = _open_group(project, Path(path).resolve().as_posix())
    if group is None:
        return False
    _close_group(project, group)
    return True


def _resolve_lookups(layers):
    """Point value-relation widgets at the layers just added."""
    for layer in layers.values():
        for index, field in enumerate(layer.fields()):
            setup = layer.editorWidgetSetup(index)
            if setup.type() != "ValueRelation":
                continue
            config = dict(setup.config())
            for name, other in layers.items():
                if config.get("LayerSource", "").endswith("|layername={}".format(name)):
                    config.update({"Layer": other.id(), "LayerName": other.name(),
                                   "LayerSource": other.source()})
            layer.setEditorWidgetSetup(index, type(setup)("ValueRelation", config))


def _add_themes(project, group, layers, translate):
    root = project.layerTreeRoot()
    model_nodes = {name: group.findLayer(layer.id()) for name, layer in layers.items()}
    previous = {name: node.itemVisibilityChecked() for name, node in model_nodes.items()}
    collection = project.mapThemeCollection()
    for title, visible in THEMES:
        for name, node in model_nodes.items():
            node.setItemVisibilityChecked(name in visible)
        model = QgsLayerTreeModel(root)
        record = QgsMapThemeCollection.createThemeFromCurrentState(root, model)
        collection.insert(translate(title), record)
    for name, node in model_nodes.items():
        node.setItemVisibilityChecked(previous[name])

