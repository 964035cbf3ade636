"""Fills identities and UTC timestamps when QGIS commits edits to a ward map.

When edits to a ward layer are saved, every new feature gets its asset code
(from the GeoPackage's counter) and a uuid if it has none, and new and changed
features get `created_*`/`updated_*` in UTC, stored as text like
2026-12-05T14:03:00Z. A watcher follows the project so this works for ward
layers however they were added.

The watcher also keeps ward maps that are not working copies (shared maps) out
of SQLite's WAL mode when QGIS starts editing them, and notes which layers have
an edit session open, for sync and checkout (see sync.journal_mode).
"""
import contextlib
import sqlite3

from osgeo import gdal
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QDateTime, QObject

from ..message_log import log_warning
from ..i18n import tr
from ..sql_identifiers import sql
from ..sync import journal_mode
from ..sync.database import connect, transaction
from . import code_allocator, identities, schema
from .forms import LISTED_LOOKUPS
from .lookup_lists import refresh_lookup_lists
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


STAMP_FORMAT = "yyyy-MM-dd'T'HH:mm:ss'Z'"
STAMP_FIELDS = ("created_at", "updated_at")


def utc_now() -> QDateTime:
    """Now, in UTC, to the second (written to the GeoPackage with a trailing Z)."""
    now = QDateTime.currentDateTimeUtc()
    return now.addMSecs(-now.time().msec())


def stamp_text(moment: QDateTime) -> str:
    """A UTC time as MyMap stores it: 2026-12-05T14:03:00Z."""
    return moment.toUTC().toString(STAMP_FORMAT)


def _new_codes(path, table, count):
    """*count* codes from the one code allocator, in a short transaction of their own."""
    if not count:
        return []
    connection = connect(path)
    try:
        with transaction(connection):
            return code_allocator.new_codes(connection, table, count)
    except sqlite3.Error as error:
        raise MyMapError(tr("Asset codes could not be reserved in {}: {}").format(path, error)) from None
    finally:
        connection.close()


def fill_before_commit(layer, path, table, user="") -> int:
    """Fill codes, uuids and timestamps in *layer*'s edit buffer. Returns the
    number of codes handed out. Once the commit has succeeded, the stamps get
    their UTC text (see write_utc_stamps)."""
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
    codes = iter(_new_codes(path, table, len(need_code)))
    added_uuids = []
    for fid, feature in added.items():
        uuid = feature.attribute("uuid") if index.get("uuid", -1) >= 0 else None
        if index.get("uuid", -1) >= 0 and not uuid:
            uuid = identities.new_uuid()
            layer.changeAttributeValue(fid, index["uuid"], uuid)
        if uuid:
            added_uuids.append(str(uuid))
        if fid in need_code:
            code = next(codes)
            if code:            # a working copy whose block is used up: the shared map gives it at the next sync
                layer.changeAttributeValue(fid, index["asset_code"], code)
        for name, value in (("created_at", now), ("updated_at", now), ("created_by", user), ("updated_by", user)):
            if index.get(name, -1) >= 0 and value:
                layer.changeAttributeValue(fid, index[name], value)
    changed = set(buffer.changedAttributeValues().keys()) | set(buffer.changedGeometries().keys())
    changed -= set(added.keys())
    for fid in changed:
        for name, value in (("updated_at", now), ("updated_by", user)):
            if index.get(name, -1) >= 0 and value:
                layer.changeAttributeValue(fid, index[name], value)
    stamped = {"text": stamp_text(now), "changed": sorted(changed), "added": added_uuids,
               "fields": [name for name in STAMP_FIELDS if index.get(name, -1) >= 0]}
    _after_this_commit(layer, lambda: write_utc_stamps(path, table, stamped))
    return len(need_code)


_after_commit = {}          # layer id -> the slot waiting for that layer's commit to succeed


def _after_this_commit(layer, work):
    """Run *work* once, when *layer*'s commit under way succeeds (a failed commit never emits
    afterCommitChanges: its slot is replaced by the next attempt's)."""
    layer_id = layer.id()
    previous = _after_commit.pop(layer_id, None)
    if previous is not None:
        with contextlib.suppress(RuntimeError, TypeError):
            layer.afterCommitChanges.disconnect(previous)

    def slot():
        if _after_commit.get(layer_id) is slot:
            del _after_commit[layer_id]
        with contextlib.suppress(RuntimeError, TypeError):
            layer.afterCommitChanges.disconnect(slot)
        try:
            work()
        except (sqlite3.Error, OSError) as error:
            log_warning(tr("The UTC times of the features just saved in {} could not be completed: {}")
                        .format(layer.name(), error))

    _after_commit[layer_id] = slot
    layer.afterCommitChanges.connect(slot)


def write_utc_stamps(path, table, stamped) -> int:
    """Give the stamps of a commit their UTC text (2026-12-05T14:03:00Z). QGIS 3.22's OGR provider
    writes a date-time without its time zone (2026-12-05T14:03:00.000), whatever the QDateTime's
    time spec, so the text is set right after the commit. Only values that are still this
    commit's stamp are touched. Returns the number of rows rewritten."""
    text = (stamped or {}).get("text")
    fields = (stamped or {}).get("fields") or []
    if not text or not fields or not (stamped.get("changed") or stamped.get("added")):
        return 0
    second = text[:-1]                        # 2026-12-05T14:03:00: what QGIS wrote, before its .000
    connection = connect(path)
    try:
        with transaction(connection):
            count = 0
            if "updated_at" in fields:
                count += connection.executemany(sql(
                    "UPDATE {table} SET updated_at = ? WHERE fid = ? AND substr(updated_at, 1, 19) = ? AND "
                    "updated_at <> ?", table=table),
                    [(text, fid, second, text) for fid in stamped.get("changed", [])]).rowcount
            for name in fields:
                count += connection.executemany(sql(
                    "UPDATE {table} SET {name} = ? WHERE uuid = ? AND substr({name}, 1, 19) = ? AND "
                    "{name} <> ?", table=table, name=name),
                    [(text, uuid, second, text) for uuid in stamped.get("added", [])]).rowcount
    finally:
        connection.close()
    return count


class WardLayerWatcher(QObject):
    """Connects to every ward layer in the project; disconnects on unload.

    For each ward layer: codes, uuids and stamps when edits are saved, and the
    edit sessions open, for sync (journal_mode.note_edit_session). While a ward
    map that is not a working copy has layers in the project, QGIS opens
    GeoPackages without WAL (journal_mode.hold_delete_journal), so starting to
    edit one of its layers does not turn the file to WAL.
    """

    def __init__(self, project: QgsProject = None, user: str = ""):
        super().__init__()
        self.project = project or QgsProject.instance()
        self.user = user
        self._connections = {}           # layer id -> (layer, path, [(signal, slot)])
        self._held = set()               # paths of maps kept out of WAL (one hold each)
        self.project.layersAdded.connect(self._layers_added)
        self.project.layersWillBeRemoved.connect(self._layers_removed)
        self._layers_added(list(self.project.mapLayers().values()))

    def _layers_added(self, layers):
        for layer in layers:
            if layer.id() in self._connections:
                continue
            info = ward_layer_info(layer)
            if info is not None:
                self._watch(layer, *info)

    def _watch(self, layer, path, table):
        layer_id = layer.id()

        def before_commit(_stop_editing=True):
            try:
                fill_before_commit(layer, path, table, self.user)
            except (RuntimeError, MyMapError) as error:
                log_warning(tr("Asset codes could not be given to new features of {}: {}")
                            .format(layer.name(), error))

        def editing_started():
            journal_mode.note_edit_session(path, layer_id, layer.name(), True)

        def editing_stopped():
            journal_mode.note_edit_session(path, layer_id, layer.name(), False)

        if path not in self._held and journal_mode.keeps_delete_journal(path):
            journal_mode.hold_delete_journal()
            self._held.add(path)
        slots = [(layer.beforeCommitChanges, before_commit), (layer.editingStarted, editing_started),
                 (layer.editingStopped, editing_stopped)]
        if table in LISTED_LOOKUPS:
            # A group or species saved: every drop-down listing them, stored and open, follows.
            slots.append((layer.afterCommitChanges, lambda: refresh_lookup_lists(path, self.project)))
        for signal, slot in slots:
            signal.connect(slot)
        self._connections[layer_id] = (layer, path, slots)
        if layer.isEditable():
            journal_mode.note_edit_session(path, layer_id, layer.name(), True)

    def _disconnect(self, layer_id):
        entry = self._connections.pop(layer_id, None)
        journal_mode.forget_layers([layer_id])
        if entry is None:
            return
        layer, path, slots = entry
        for signal, slot in slots:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                continue
        if path in self._held and not any(other[1] == path for other in self._connections.values()):
            self._held.discard(path)
            journal_mode.release_delete_journal()

    def _layers_removed(self, layer_ids):
        for layer_id in layer_ids:
            self._disconnect(layer_id)

    def unload(self):
        for layer_id in list(self._connections):
            self._disconnect(layer_id)
        for _path in self._held:
            journal_mode.release_delete_journal()
        self._held.clear()
        self.project.layersAdded.disconnect(self._layers_added)
        self.project.layersWillBeRemoved.disconnect(self._layers_removed)
