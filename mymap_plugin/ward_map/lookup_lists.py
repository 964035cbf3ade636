"""The residential-group and species drop-downs, kept in step with their tables.

Both are stored as lists in the forms of the layers that use them (forms.LISTED_LOOKUPS says why):
any QGIS or QField shows the names, wherever the GeoPackage goes. When a group or a species is
added, renamed or removed — edited in QGIS, imported, or received by sync — the lists are written
again here: in the styles stored in the GeoPackage, and in the layers open in QGIS.
"""
import sqlite3
from pathlib import Path

from qgis.core import QgsEditorWidgetSetup, QgsProject, QgsXmlUtils
from qgis.PyQt.QtXml import QDomDocument

from ..errors import MyMapError
from ..i18n import tr
from ..message_log import log_warning
from ..sql_identifiers import sql
from ..sync.database import connect, transaction
from . import schema
from .forms import LISTED_LOOKUPS, listed_entries

VALUE_MAP = "ValueMap"


def listed_fields():
    """(layer, field, lookup table, key field, shown field) of every listed drop-down."""
    return [(layer_def.name, field_def.name) + tuple(field_def.lookup)
            for layer_def in schema.LAYERS for field_def in layer_def.fields
            if field_def.lookup and field_def.lookup[0] in LISTED_LOOKUPS]


def touched(entries) -> bool:
    """Whether any of the sync log *entries* changes a table the drop-downs list."""
    return any(entry.table in LISTED_LOOKUPS for entry in entries)


def _rows(connection, table, key, value):
    return [(row[0], "" if row[1] is None else row[1]) for row in connection.execute(sql(
        "SELECT {key}, {value} FROM {table} WHERE {key} IS NOT NULL AND {key} != ''",
        table=table, key=key, value=value))]


def _map_of(entries) -> list:
    """The ValueMap list as QGIS reads it back from a style (every key and value as text)."""
    return [{str(name): str(key) for name, key in entry.items()} for entry in entries]


def _rewrite(qml: str, wanted: dict) -> "str | None":
    """*qml* with the listed fields' ValueMap entries replaced by *wanted* {field: entries},
    or None when it already has them (or uses another widget for them)."""
    document = QDomDocument()
    document.setContent(qml)
    changed = False
    fields = document.elementsByTagName("field")
    for position in range(fields.count()):
        element = fields.item(position).toElement()
        entries = wanted.get(element.attribute("name"))
        widget = element.firstChildElement("editWidget")
        if entries is None or widget.isNull() or widget.attribute("type") != VALUE_MAP:
            continue
        config = widget.firstChildElement("config")
        current = QgsXmlUtils.readVariant(config.firstChildElement()) if not config.isNull() else None
        if isinstance(current, dict) and _map_of(current.get("map") or []) == _map_of(entries):
            continue
        if config.isNull():
            config = widget.appendChild(document.createElement("config")).toElement()
        while config.hasChildNodes():
            config.removeChild(config.firstChild())
        config.appendChild(QgsXmlUtils.writeVariant({"map": entries}, document))
        changed = True
    return document.toString() if changed else None


def wanted_lists(connection) -> dict:
    """{layer: {field: ValueMap entries}} from the lookup tables' rows now."""
    wanted, rows = {}, {}
    for layer_name, field_name, table, key, value in listed_fields():
        if (table, key, value) not in rows:
            rows[table, key, value] = _rows(connection, table, key, value)
        wanted.setdefault(layer_name, {})[field_name] = listed_entries(rows[table, key, value])
    return wanted


def write_lists(connection) -> int:
    """Write the drop-down lists into every stored style of the layers that use them, through
    *connection* (inside the caller's transaction). Returns how many styles changed."""
    wanted = wanted_lists(connection)
    updates = []
    for style_id, table, qml in connection.execute(sql("SELECT id, f_table_name, styleQML FROM {styles_table}",
                                                       styles_table="layer_styles")).fetchall():
        rewritten = _rewrite(qml or "", wanted[table]) if table in wanted else None
        if rewritten is not None:
            updates.append((rewritten, style_id))
    connection.executemany(sql("UPDATE {styles_table} SET styleQML = ? WHERE id = ?",
                               styles_table="layer_styles"), updates)
    return len(updates)


def refresh_stored_lists(path) -> int:
    """write_lists() for the ward map at *path*, in one transaction. MyMapError when the file
    cannot be read or written (it is then unchanged)."""
    try:
        connection = connect(path)
    except sqlite3.Error as error:
        raise MyMapError(tr("The drop-down lists of {} could not be updated: {}").format(path, error)) from error
    try:
        with transaction(connection):
            return write_lists(connection)
    except sqlite3.Error as error:
        raise MyMapError(tr("The drop-down lists of {} could not be updated: {}").format(path, error)) from error
    finally:
        connection.close()


def refresh_open_layers(path, project: QgsProject = None) -> int:
    """Give the layers of the ward map at *path* open in *project* the current lists (main thread).
    Returns how many drop-downs changed."""
    from .edit_hooks import ward_layer_info
    project = project or QgsProject.instance()
    target = Path(path).resolve()
    layers = []
    for layer in project.mapLayers().values():
        info = ward_layer_info(layer)
        if info is not None and Path(info[0]).resolve() == target:
            layers.append((layer, info[1]))
    if not layers:
        return 0
    connection = sqlite3.connect(target.as_uri() + "?mode=ro", uri=True, timeout=30)
    try:
        wanted = wanted_lists(connection)
    finally:
        connection.close()
    changed = 0
    for layer, table in layers:
        for field_name, entries in wanted.get(table, {}).items():
            index = layer.fields().indexOf(field_name)
            setup = layer.editorWidgetSetup(index) if index >= 0 else None
            if setup is None or setup.type() != VALUE_MAP or \
                    _map_of(setup.config().get("map") or []) == _map_of(entries):
                continue
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(VALUE_MAP, {"map": entries}))
            changed += 1
    return changed


def refresh_lookup_lists(path, project: QgsProject = None) -> int:
    """Both of the above, never failing: a file that cannot be written keeps its lists and the
    reason is logged. Returns how many styles and open drop-downs changed."""
    changed = 0
    try:
        changed += refresh_stored_lists(path)
    except MyMapError as error:
        log_warning(str(error))
    try:
        changed += refresh_open_layers(path, project)
    except sqlite3.Error as error:
        log_warning(tr("The drop-down lists of {} could not be updated: {}").format(path, error))
    return changed
