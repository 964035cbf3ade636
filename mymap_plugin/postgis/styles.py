"""The ward's map styles and attribute forms in PostgreSQL: QGIS's own ``public.layer_styles``.

A ward published to PostGIS must look and behave as the ward GeoPackage does, for anyone who opens one
of its tables in QGIS (with or without MyMap): the same symbols, labels, aliases in the ward's language,
drop-downs and rules. QGIS keeps a table's default style in ``public.layer_styles`` of its database, as a
GeoPackage keeps it in its own ``layer_styles``; :func:`save_styles` copies each layer's default style
from the ward GeoPackage into it, through QGIS itself (``QgsVectorLayer.saveStyleToDatabase``), so the
rows have exactly the columns and the matching rules the running QGIS reads back.

Two things in a GeoPackage's style point at the GeoPackage and are changed on the way:

* value-relation drop-downs (a drainage line's nodes, a reading's station) name the lookup layer as
  ``./ward.gpkg|layername=…``; in PostgreSQL they name the lookup table of the same ward schema;
* the residential-group and species drop-downs are lists stored in the form (``forms.LISTED_LOOKUPS``);
  :func:`write_lookup_lists` writes them again from the tables' rows, for the rows of one ward schema
  only, with the rule of ``ward_map/lookup_lists.py``.

A layer whose style is missing from the GeoPackage gets the one MyMap makes for a new ward map.
"""
from psycopg2 import sql
from qgis.core import QgsDataSourceUri, QgsEditorWidgetSetup, QgsVectorLayer
from qgis.PyQt.QtXml import QDomDocument

from ..errors import MyMapError
from ..i18n import tr, translate_function
from ..ward_map import forms, schema
from ..ward_map import styles as ward_styles
from ..ward_map.create_ward_map import STYLE_NAME
from ..ward_map.lookup_lists import _rewrite, listed_fields
from ..ward_map.ward_settings import read_only_connection, read_settings
from . import ward_schema

PROVIDER = "postgres"
VALUE_RELATION = "ValueRelation"
LAYER_STYLES = sql.Identifier("public", "layer_styles")


def table_uri(uri_base, schema_name, table, geometry_column=None, key_column=ward_schema.FID_COLUMN) -> str:
    """The QGIS data source of a table in the ward schema. *uri_base*: a libpq connection string
    (``service=…``, ``host=… dbname=… user=…``, or with ``authcfg=…``) that holds no password: a
    password would be written into every style and project that names the table."""
    uri = QgsDataSourceUri(uri_base)
    if uri.password():
        raise MyMapError(tr("The PostgreSQL address holds a password, which would be stored in the ward's "
                            "styles and projects. Keep the password in pg_service.conf, .pgpass or QGIS's "
                            "authentication database (authcfg=…) instead."))
    uri.setDataSource(ward_schema.check_schema_name(schema_name), table, geometry_column, "", key_column)
    return uri.uri(False)


def layer_uri(uri_base, schema_name, layer_def) -> str:
    """The QGIS data source of a layer of the data dictionary in the ward schema (see :func:`table_uri`)."""
    return table_uri(uri_base, schema_name, layer_def.name,
                     ward_schema.GEOMETRY_COLUMN if layer_def.geometry else None)


def open_table(uri_base, schema_name, layer_def, title="") -> QgsVectorLayer:
    """A QGIS layer on a table of the ward schema (its stored default style, if any, applied by QGIS).
    MyMapError when QGIS cannot open it."""
    layer = QgsVectorLayer(layer_uri(uri_base, schema_name, layer_def), title or layer_def.name, PROVIDER)
    if not layer.isValid():
        raise MyMapError(tr("The table {}.{} cannot be opened from PostgreSQL: {}").format(
            schema_name, layer_def.name, layer.error().summary()))
    return layer


def geopackage_styles(geopackage_path) -> dict:
    """{table: (QML text, description)} of the default styles stored in the ward GeoPackage (the newest
    one when a table has several)."""
    connection = read_only_connection(geopackage_path)
    try:
        if connection.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'layer_styles'"
                              ).fetchone() is None:
            return {}
        rows = connection.execute("SELECT f_table_name, styleQML, description FROM layer_styles "
                                  "WHERE useAsDefault AND styleQML IS NOT NULL ORDER BY update_time, id").fetchall()
    finally:
        connection.close()
    return {table: (qml, description) for table, qml, description in rows}


def import_style(layer, qml) -> None:
    """Give *layer* the style and form of a QML document. MyMapError when QGIS refuses it."""
    document = QDomDocument()
    parsed = document.setContent(qml)
    if not (parsed[0] if isinstance(parsed, tuple) else parsed):
        raise MyMapError(tr("The stored style of layer {} is not a readable QGIS style.").format(layer.name()))
    ok, message = layer.importNamedStyle(document)
    if not ok:
        raise MyMapError(tr("The stored style of layer {} could not be applied: {}").format(layer.name(), message))


def point_lookups_at(layer, layer_def, uri_base, schema_name) -> int:
    """Point *layer*'s value-relation drop-downs at the lookup tables of the ward schema (instead of the
    GeoPackage they were made in). Returns how many were changed."""
    changed = 0
    fields = layer.fields()
    for field_def in layer_def.fields:
        index = fields.indexOf(field_def.name)
        if not field_def.lookup or index < 0:
            continue
        setup = layer.editorWidgetSetup(index)
        if setup.type() != VALUE_RELATION:
            continue
        config = dict(setup.config())
        config.update({"Layer": "", "LayerProviderName": PROVIDER,
                       "LayerSource": layer_uri(uri_base, schema_name, schema.LAYERS_BY_NAME[field_def.lookup[0]])})
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(VALUE_RELATION, config))
        changed += 1
    return changed


def _delete_saved(layer) -> None:
    """Remove the table's style called STYLE_NAME from the database: QGIS 3.22 asks the user, in a
    dialogue, before it replaces a style of the same name."""
    count, ids, names, _descriptions, _message = layer.listStylesInDatabase()
    for style_id, name in list(zip(ids, names))[:max(count, 0)]:
        if name == STYLE_NAME:
            deleted, message = layer.deleteStyleFromDatabase(style_id)
            if not deleted:
                raise MyMapError(tr("The previous style of layer {} could not be replaced: {}").format(
                    layer.name(), message))


def save_styles(uri_base, schema_name, geopackage_path, layers=schema.LAYERS) -> dict:
    """Store the ward GeoPackage's style and form of each of *layers* as the default style of its table in
    the ward schema (``public.layer_styles``, made by QGIS when missing), replacing MyMap's earlier one.

    QGIS writes through its own connection, committed at once: call this after the ward's tables are
    committed. *uri_base*: see :func:`layer_uri`. Returns {table: 'geopackage' or 'made'} (made: the
    GeoPackage had no style for it, MyMap's own was made). MyMapError on the first failure."""
    settings = read_settings(geopackage_path)
    translate = translate_function(settings.language)
    stored = geopackage_styles(geopackage_path)
    lookup_sources = {layer_def.name: ("", translate(layer_def.title), layer_uri(uri_base, schema_name, layer_def))
                      for layer_def in schema.LAYERS}
    done = {}
    for layer_def in layers:
        layer = open_table(uri_base, schema_name, layer_def, translate(layer_def.title))
        qml, description = stored.get(layer_def.name, (None, None))
        if qml:
            import_style(layer, qml)
            done[layer_def.name] = "geopackage"
        else:
            forms.apply_form(layer, layer_def, settings, translate, lookup_sources)
            ward_styles.apply_style(layer, layer_def, translate)
            done[layer_def.name] = "made"
        point_lookups_at(layer, layer_def, uri_base, schema_name)
        _delete_saved(layer)
        message = layer.saveStyleToDatabase(STYLE_NAME, description or translate(layer_def.title), True, "")
        if message:
            raise MyMapError(tr("The style of layer {} could not be saved in PostgreSQL: {}").format(
                layer_def.name, message))
        del layer
    return done


def lookup_rows(connection, schema_name, table, key, value) -> list:
    """(key, name) rows of a lookup table of the ward schema, as lookup_lists reads them from a GeoPackage."""
    statement = sql.SQL("SELECT {key}, {value} FROM {table} WHERE {key} IS NOT NULL").format(
        key=sql.Identifier(key), value=sql.Identifier(value), table=ward_schema.qualified(schema_name, table))
    with connection.cursor() as cursor:
        cursor.execute(statement)
        return [(row[0], "" if row[1] is None else row[1]) for row in cursor.fetchall() if str(row[0]) != ""]


def wanted_lists(connection, schema_name) -> dict:
    """{layer: {field: ValueMap entries}} from the ward schema's lookup tables now."""
    wanted, rows = {}, {}
    for layer_name, field_name, table, key, value in listed_fields():
        if (table, key, value) not in rows:
            rows[table, key, value] = lookup_rows(connection, schema_name, table, key, value)
        wanted.setdefault(layer_name, {})[field_name] = forms.listed_entries(rows[table, key, value])
    return wanted


def styles_table_exists(connection) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
        return bool(cursor.fetchone()[0])


def write_lookup_lists(connection, schema_name) -> int:
    """Write the residential-group and species drop-down lists into every style stored in
    ``public.layer_styles`` for the tables of the ward schema *schema_name* (other wards' styles are not
    read), through the caller's psycopg2 *connection*, inside its transaction. Returns how many styles
    changed."""
    ward_schema.check_schema_name(schema_name)
    if not styles_table_exists(connection):
        return 0
    wanted = wanted_lists(connection, schema_name)
    updates = []
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT id, f_table_name, styleqml::text FROM {} WHERE f_table_schema = %s "
                               "ORDER BY id").format(LAYER_STYLES), (schema_name,))
        for style_id, table, qml in cursor.fetchall():
            rewritten = _rewrite(qml or "", wanted[table]) if table in wanted else None
            if rewritten is not None:
                updates.append((rewritten, style_id))
        for rewritten, style_id in updates:
            # XMLPARSE(DOCUMENT …): QGIS's column is of type xml and the QML starts with a DOCTYPE.
            cursor.execute(sql.SQL("UPDATE {} SET styleqml = XMLPARSE(DOCUMENT %s) WHERE id = %s").format(
                LAYER_STYLES), (rewritten, style_id))
    return len(updates)
