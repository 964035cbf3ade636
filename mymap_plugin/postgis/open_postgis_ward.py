"""Open a ward kept in PostgreSQL/PostGIS in a QGIS project, as a ward GeoPackage is opened.

The same layer group (named after the ward, in drawing order, the lookup tables hidden), the project
CRS set to the ward's with the official VN-2000 ↔ WGS 84 transformation pinned, the same map themes
and layer variables as ``ward_map/open_ward_map.py`` gives a GeoPackage, reusing its parts that do not
depend on where the tables are. Each table comes with the default style and form QGIS reads from
``public.layer_styles`` (written by ``postgis/styles.py`` when the ward was published); the drop-downs
are then pointed at the layers just added, and the residential-group and species lists filled from the
tables as they are now.

Everything is read through QGIS's own PostgreSQL connection, from one address (a libpq connection
string with ``service=…`` or ``host=… dbname=…``, or ``authcfg=…``, never a password), so whoever can
open the tables in QGIS can open the ward.
"""
from qgis.core import (
    QgsDataSourceUri,
    QgsEditorWidgetSetup,
    QgsExpressionContextUtils,
    QgsFeatureRequest,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorLayer,
)

from ..errors import MyMapError
from ..i18n import tr, translate_function
from ..sync import capture
from ..ward_map import schema
from ..ward_map.forms import NO_GEOMETRY, listed_entries
from ..ward_map.lookup_lists import VALUE_MAP, listed_fields
from ..ward_map.open_ward_map import (
    CREATED_AT_PROPERTY,
    DRAWING_ORDER,
    _add_themes,
    pin_vn2000_transformation,
)
from ..ward_map.schema import N_
from ..ward_map.ward_settings import WardSettings, crs_from_setting
from ..ward_map.create_ward_map import STYLE_NAME
from . import styles, ward_schema

HIDDEN_LAYERS = ("species", "sensor_readings")
SYNC_STATE = capture.STATE
CONNECTION_KEYS = ("service", "host", "port", "database")


def _rows(uri_base, schema_name, table, key_column, names):
    """[{name: value}] of a table of the ward schema without geometry, read through QGIS; None when
    QGIS cannot open it."""
    layer = QgsVectorLayer(styles.table_uri(uri_base, schema_name, table, None, key_column), table, styles.PROVIDER)
    if not layer.isValid():
        return None
    request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
    return [{name: _plain(feature[name]) for name in names} for feature in layer.getFeatures(request)]


def _plain(value):
    return None if value is None or (hasattr(value, "isNull") and value.isNull()) else value


def _stored_styles(uri_base, schema_name):
    """{table: QML} of MyMap's styles of the ward in ``public.layer_styles``. QGIS finds a table's default
    style by the database's name too, so a ward in a database restored or copied under another name
    would open unstyled; MyMap applies its own rows, whatever database name they were saved under."""
    found = _rows(uri_base, "public", "layer_styles", "id",
                  ["f_table_schema", "f_table_name", "stylename", "styleqml", "update_time"]) or []
    latest = {}
    for row in found:
        if row["f_table_schema"] == schema_name and row["stylename"] == STYLE_NAME and row["styleqml"]:
            moment = str(row["update_time"] or "")
            if row["f_table_name"] not in latest or moment >= latest[row["f_table_name"]][0]:
                latest[row["f_table_name"]] = (moment, str(row["styleqml"]))
    return {table: qml for table, (_moment, qml) in latest.items()}


def read_ward_settings(uri_base, schema_name) -> WardSettings:
    """The ward's settings (``mymap_ward_settings`` of its schema). MyMapError when the schema holds no
    MyMap ward or one made by a newer MyMap."""
    rows = _rows(uri_base, schema_name, schema.SETTINGS_TABLE, ward_schema.FID_COLUMN, ("key", "value"))
    values = {row["key"]: row["value"] for row in rows or ()}
    try:
        version = int(values.get("schema_version") or 0)
    except ValueError:
        version = 0
    if version < 1 or not values.get("ward_code"):
        raise MyMapError(tr("The schema {} of this PostgreSQL database holds no MyMap ward (no ward settings "
                            "could be read). Check the address and the schema's name.").format(schema_name))
    if version > schema.SCHEMA_VERSION:
        raise MyMapError(tr("The ward in the schema {} was made by a newer MyMap (data version {}; this MyMap "
                            "reads up to version {}). Update the MyMap plugin to open it.")
                         .format(schema_name, version, schema.SCHEMA_VERSION))
    return WardSettings(
        ward_name=values.get("ward_name") or "", ward_code=values["ward_code"],
        province_code=values.get("province_code") or "", crs=values.get("crs") or "EPSG:9209",
        qr_link_template=values.get("qr_link_template") or schema.DEFAULT_QR_LINK_TEMPLATE,
        hotline=values.get("hotline") or "", language=values.get("language") or "vi",
        schema_version=version, created_at=values.get("created_at") or "")


def group_name(uri_base, schema_name, ward_name, translate) -> str:
    """The layer group's name: the ward's name, and "— shared map" once the ward is prepared for sync
    (a PostGIS ward is never a working copy), as a shared GeoPackage's group is named."""
    rows = _rows(uri_base, schema_name, SYNC_STATE, "key", ("key", "value")) or ()
    if {row["key"]: row["value"] for row in rows}.get("role") == "shared":
        return translate(N_("{ward} — shared map")).format(ward=ward_name)
    return ward_name


def _same_place(uri, other) -> bool:
    return all(getattr(uri, key)() == getattr(other, key)() for key in CONNECTION_KEYS) and \
        uri.schema() == other.schema()


def find_open_group(project, uri_base, schema_name):
    """The layer group of this ward when its tables are already in *project*, else None."""
    wanted = QgsDataSourceUri(styles.layer_uri(uri_base, schema_name, schema.TREES))
    for node in project.layerTreeRoot().findLayers():
        layer = node.layer()
        if layer is None or layer.providerType() != styles.PROVIDER:
            continue
        if _same_place(QgsDataSourceUri(layer.source()), wanted):
            parent = node.parent()
            if parent is not None and parent != project.layerTreeRoot():
                return parent
    return None


def close_group(project, group) -> None:
    layer_ids = [node.layerId() for node in group.findLayers()]
    (group.parent() or project.layerTreeRoot()).removeChildNode(group)
    project.removeMapLayers(layer_ids)


def resolve_lookups(layers) -> int:
    """Point the value-relation drop-downs at the layers just added (by id: QGIS finds a lookup layer
    by id, else only by the same name, source and provider). Returns how many were pointed."""
    pointed = 0
    for layer in layers.values():
        for index in range(layer.fields().count()):
            setup = layer.editorWidgetSetup(index)
            if setup.type() != styles.VALUE_RELATION:
                continue
            config = dict(setup.config())
            other = layers.get(QgsDataSourceUri(config.get("LayerSource", "")).table())
            if other is None:
                continue
            config.update({"Layer": other.id(), "LayerName": other.name(), "LayerSource": other.source(),
                           "LayerProviderName": other.providerType()})
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(styles.VALUE_RELATION, config))
            pointed += 1
    return pointed


def refresh_lists(layers) -> int:
    """Fill the residential-group and species drop-downs from those tables as they are now (groups or
    species added since the style was stored). Returns how many drop-downs changed."""
    rows = {}
    changed = 0
    for layer_name, field_name, table, key, value in listed_fields():
        layer, lookup = layers.get(layer_name), layers.get(table)
        if layer is None or lookup is None:
            continue
        if (table, key, value) not in rows:
            request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
            request.setSubsetOfAttributes([key, value], lookup.fields())
            rows[table, key, value] = [
                (_plain(feature[key]), "" if _plain(feature[value]) is None else feature[value])
                for feature in lookup.getFeatures(request) if _plain(feature[key]) not in (None, "")]
        index = layer.fields().indexOf(field_name)
        if index < 0 or layer.editorWidgetSetup(index).type() != VALUE_MAP:
            continue
        entries = listed_entries(rows[table, key, value])
        if layer.editorWidgetSetup(index).config().get("map") != entries:
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(VALUE_MAP, {"map": entries}))
            changed += 1
    return changed


def open_postgis_ward(dsn, schema_name, project: QgsProject = None, translate=None):
    """Add the ward kept in the schema *schema_name* of the PostgreSQL database at *dsn* to *project*
    (default: the current project), with the styles and forms stored in ``public.layer_styles``.
    Returns the layer group. MyMapError when a table cannot be opened; then the project is unchanged."""
    from qgis.core import QgsVectorLayer
    project = project or QgsProject.instance()
    ward_schema.check_schema_name(schema_name)
    settings = read_ward_settings(dsn, schema_name)
    translate = translate or translate_function(settings.language)
    name = group_name(dsn, schema_name, settings.ward_name, translate)
    already = find_open_group(project, dsn, schema_name)
    if already is not None:
        if already.customProperty(CREATED_AT_PROPERTY) == settings.created_at:
            already.setName(name)
            return already
        close_group(project, already)            # the ward was published again: reload it
    layers = {}
    for table in DRAWING_ORDER:
        layer_def = schema.LAYERS_BY_NAME[table]
        layer = QgsVectorLayer(styles.layer_uri(dsn, schema_name, layer_def), translate(layer_def.title),
                               styles.PROVIDER)
        if not layer.isValid():
            raise MyMapError(tr("The table {}.{} cannot be opened from PostgreSQL: {}").format(
                schema_name, table, layer.error().summary()))
        layers[table] = layer
    for table, qml in _stored_styles(dsn, schema_name).items():
        if table in layers:
            styles.import_style(layers[table], qml)

    crs = crs_from_setting(settings.crs)
    if not crs.isValid():
        crs = layers["housing"].crs()
    project.setCrs(crs)
    context = project.transformContext()
    pin_vn2000_transformation(context, crs)
    project.setTransformContext(context)

    project.addMapLayers(list(layers.values()), False)
    group = QgsLayerTreeGroup(name)
    group.setCustomProperty(CREATED_AT_PROPERTY, settings.created_at)
    for layer in layers.values():
        group.addLayer(layer)
    project.layerTreeRoot().insertChildNode(0, group)
    for table in HIDDEN_LAYERS:
        group.findLayer(layers[table].id()).setItemVisibilityChecked(False)
    resolve_lookups(layers)
    refresh_lists(layers)
    for table, layer in layers.items():
        QgsExpressionContextUtils.setLayerVariable(layer, "mymap_link_template", settings.qr_link_template)
        QgsExpressionContextUtils.setLayerVariable(layer, "mymap_table", table)
    _add_themes(project, group, layers, translate)
    project.setCustomVariables(dict(project.customVariables(),
                                    mymap_ward_name=settings.ward_name, mymap_ward_code=settings.ward_code))
    return group
