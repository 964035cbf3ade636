"""Fills identities and UTC timestamps when QGIS commits edits to a ward map.

When edits to a ward layer are saved, every new feature gets its asset code
(from the GeoPackage's counter) and a uuid if it has none, and new and changed
features get `created_*`/`updated_*` in UTC. A watcher follows the project so
this works for ward layers however they were added.
"""
from osgeo import gdal
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDateTime, QObject

from ..message_log import log_warning
from ..i18n import tr
from . import asset_codes, identities, schema
from .ward_settings import read_settings
from ..errors import MyMapError

gdal.UseExceptions()


def ward_layer_info(layer):
    """(GeoPackage path, table name) when *layer* is a table of a ward map, else None."""
    try:
        if layer.providerType() != "ogr":
            return None
    except AttributeError:
        return None
    source = layer.source()
    path, _, options = source.partition("|")
    name = ""
    for option in options.split("|"):
        key, _, value = option.partition("=")
        if key == "layername":
            name = value
    if not path.lower().endswith(".gpkg") or name not in schema.LAYERS_BY_NAME:
        return None
    try:
        read_settings(path)
    except MyMapError:
        return None
    return path, name


def project_ward_path(project: QgsProject = None) -> str:
    """The GeoPackage of the first ward layer in *project* (default: the current one), or ''."""
    for layer in (project or QgsProject.instance()).mapLayers().values():
        info = ward_layer_info(layer)
        if info:
            return info[0]
    return ""


def utc_now() -> QDateTime:
    """Now, in UTC, to the second (written to the GeoPackage with a trailing Z)."""
    now = QDateTime.currentDateTimeUtc()
    return now.addMSecs(-now.time().msec())


def fill_before_commit(layer, path, table, user="") -> int:
    """Fill codes, uuids and timestamps in *layer*'s edit buffer. Returns the
    number of codes handed out."""
    buffer = layer.editBuffer()
    if buffer is None:
        return 0
    layer_def = schema.LAYERS_BY_NAME[table]
    fields = layer.fields()
    index = {name: fields.indexOf(name) for name in layer_def.field_names()}
    now = utc_now()
    added = buffer.addedFeatures()
    need_code = [fid for fid, feature in added.items()
                 if layer_def.is_asset and not feature.attribute("asset_code")]
    serial = 0
    if need_code:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            dataset.StartTransaction()
            floor = identities.highest_serial(dataset, table)
            serial = identities.reserve_serials(dataset, table, len(need_code), floor=floor)
            dataset.CommitTransaction()
        finally:
            dataset = None
    for fid, feature in added.items():
        if index.get("uuid", -1) >= 0 and not feature.attribute("uuid"):
            layer.changeAttributeValue(fid, index["uuid"], identities.new_uuid())
        if fid in need_code:
            layer.changeAttributeValue(fid, index["asset_code"], asset_codes.make_asset_code(table, serial))
            serial += 1
        for name, value in (("created_at", now), ("updated_at", now), ("created_by", user), ("updated_by", user)):
            if index.get(name, -1) >= 0 and value:
                layer.changeAttributeValue(fid, index[name], value)
    changed = set(buffer.changedAttributeValues().keys()) | set(buffer.changedGeometries().keys())
    for fid in changed - set(added.keys()):
        for name, value in (("updated_at", now), ("updated_by", user)):
            if index.get(name, -1) >= 0 and value:
                layer.changeAttributeValue(fid, index[name], value)
    return len(need_code)


class WardLayerWatcher(QObject):
    """Connects to every ward layer in the project; disconnects on unload."""

    def __init__(self, project: QgsProject = None, user: str = ""):
        super().__init__()
        self.project = project or QgsProject.instance()
        self.user = user
        self._connections = {}
        self.project.layersAdded.connect(self._layers_added)
        self.project.layersWillBeRemoved.connect(self._layers_removed)
        self._layers_added(list(self.project.mapLayers().values()))

    def _layers_added(self, layers):
        for layer in layers:
            if layer.id() in self._connections:
                continue
            info = ward_layer_info(layer)
            if info is None:
                continue

            def handler(_stop_editing=True, layer=layer, info=info):
                try:
                    fill_before_commit(layer, info[0], info[1], self.user)
                except (RuntimeError, MyMapError) as error:
                    log_warning(tr("Asset codes could not be given to new features of {}: {}")
                                .format(layer.name(), error))
            layer.beforeCommitChanges.connect(handler)
            self._connections[layer.id()] = (layer, handler)

    def _layers_removed(self, layer_ids):
        for layer_id in layer_ids:
            entry = self._connections.pop(layer_id, None)
            if entry:
                entry[0].beforeCommitChanges.disconnect(entry[1])

    def unload(self):
        for layer, handler in self._connections.values():
            try:
                layer.beforeCommitChanges.disconnect(handler)
            except (RuntimeError, TypeError):
                continue
        self._connections.clear()
        self.project.layersAdded.disconnect(self._layers_added)
        self.project.layersWillBeRemoved.disconnect(self._layers_removed)
