"""Create a ward map: the ward GeoPackage with its asset layers, settings, forms
and styles, optionally filled with the demo ward.

The file is built under a temporary name beside the output and moved into place
only when complete, so a failure (or a cancel) never leaves a half-made map and
never touches an existing file."""
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

from ..compat import WKT_PREFERRED
from ..errors import MyMapError
from ..i18n import tr, translate_function
from . import demo_ward, forms, geopackage_tables, identities, schema, styles
from .ward_settings import (
    WardSettings,
    read_settings,
    check_crs,
    check_link_template,
    check_province_code,
    check_ward_code,
    check_ward_language,
    check_ward_name,
    crs_setting,
)

gdal.UseExceptions()
STYLE_NAME = "MyMap"


class Cancelled(MyMapError):
    pass


def check_output_path(path, overwrite: bool) -> Path:
    path = Path(str(path or "")).expanduser()
    if not str(path) or path.name == "":
        raise MyMapError(tr("Choose where to save the ward map (a .gpkg file)."))
    if path.suffix.lower() != ".gpkg":
        raise MyMapError(tr("The ward map must be saved as a GeoPackage file ending in .gpkg, not {}.")
                         .format(path.name))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise MyMapError(tr("The folder {} does not exist. Create it first or choose another folder.")
                         .format(folder))
    if not os.access(str(folder), os.W_OK):
        raise MyMapError(tr("The folder {} cannot be written to. Choose a folder you may write in.")
                         .format(folder))
    if path.exists():
        if path.is_dir():
            raise MyMapError(tr("{} is a folder, not a file name.").format(path))
        if not overwrite:
            raise MyMapError(tr("The file {} already exists. Choose another name, or tick "
                                "“Overwrite” to replace it.").format(path))
        if not os.access(str(path), os.W_OK):
            raise MyMapError(tr("The file {} is read-only and cannot be replaced.").format(path))
    return path


def layer_source(path, layer_name) -> str:
    return "{}|layername={}".format(Path(path).as_posix(), layer_name)


def create_ward_map(path, ward_name, ward_code, province_code, crs="EPSG:9209", demo=False,
                    overwrite=False, language="vi", qr_link_template="", hotline="",
                    feedback=None) -> WardSettings:
    """Create the ward GeoPackage at *path*; return its settings.

    *language* is the ward's own (``vi`` or ``en``; Vietnamese when empty), whatever
    language QGIS runs in. Without *qr_link_template* the demo ward gets its demo address
    and any other ward the placeholder one: its labels and record pages are refused until
    the setting holds the ward's real address.

    Raises MyMapError (with a message in the user's language) for bad input;
    then no file has been created or changed.
    """
    settings = WardSettings(
        ward_name=check_ward_name(ward_name), ward_code=check_ward_code(ward_code),
        province_code=check_province_code(province_code), crs="",
        qr_link_template=_link_template(qr_link_template, demo), hotline=(hotline or "").strip(),
        language=check_ward_language(language),
        created_at=datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
    reference = check_crs(crs)
    settings.crs = crs_setting(reference)
    path = check_output_path(path, overwrite)
    translate = translate_function(settings.language)

    temporary = path.with_name(".{}.creating-{}.gpkg".format(path.stem, os.getpid()))
    _remove_quietly(temporary)
    try:
        _progress(feedback, 2)
        _write_tables(temporary, settings, reference, translate)
        _progress(feedback, 10)
        if demo:
            write_demo_rows(temporary, settings, feedback)
        _check_cancel(feedback)
        identities.ensure_identities(temporary, settings.ward_code)
        _progress(feedback, 80)
        write_styles(temporary, settings, translate, final_path=path)
        _progress(feedback, 95)
        check_integrity(temporary)
        _check_cancel(feedback)
        os.replace(str(temporary), str(path))
    except BaseException:
        _remove_quietly(temporary)
        raise
    _progress(feedback, 100)
    return settings


def _link_template(template, demo) -> str:
    """The template a new ward stores: the one given (checked), else the demo ward's or the
    placeholder that labels and record pages refuse until it is replaced."""
    if not (template or "").strip():
        template = demo_ward.DEMO_QR_LINK_TEMPLATE if demo else schema.DEFAULT_QR_LINK_TEMPLATE
    return check_link_template(template, allow_placeholder_host=True)


def _progress(feedback, value):
    if feedback is not None:
        feedback.setProgress(value)


def _check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Creating the ward map was cancelled; no file was written."))


def _remove_quietly(path: Path) -> None:
    for candidate in (path, Path(str(path) + "-journal"), Path(str(path) + "-wal"), Path(str(path) + "-shm")):
        try:
            candidate.unlink()
        except FileNotFoundError:
            continue


def _write_tables(path, settings, reference: QgsCoordinateReferenceSystem, translate) -> None:
    driver = gdal.GetDriverByName("GPKG")
    dataset = driver.Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    try:
        spatial_ref = geopackage_tables.spatial_reference(
            reference.toWkt(WKT_PREFERRED))
        geopackage_tables.add_field_domains(dataset, translate)
        for layer_def in schema.LAYERS:
            geopackage_tables.create_layer(dataset, layer_def, spatial_ref, translate)
        geopackage_tables.create_settings_tables(dataset, settings, translate)
    finally:
        dataset = None


def write_demo_rows(path, settings, feedback=None) -> None:
    """Fill the (new, empty) ward map at *path* with the demo ward."""
    ward = demo_ward.build_demo_ward(settings.ward_code, settings.ward_name)
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        dataset.StartTransaction()
        total = sum(len(rows) for rows in ward.rows.values())
        done = 0
        for layer_def in schema.LAYERS:
            layer = dataset.GetLayerByName(layer_def.name)
            definition = layer.GetLayerDefn()
            index_of = {name: definition.GetFieldIndex(name) for name in layer_def.field_names()}
            for row in ward.rows.get(layer_def.name, []):
                feature = ogr.Feature(definition)
                for key, value in row.items():
                    if key == "geom":
                        feature.SetGeometryDirectly(ogr.CreateGeometryFromWkt(value))
                    elif key in index_of and value is not None:
                        feature.SetField(index_of[key], int(value) if isinstance(value, bool) else value)
                layer.CreateFeature(feature)
                done += 1
                if done % 2000 == 0:
                    _progress(feedback, 10 + 65 * done / total)
                    _check_cancel(feedback)
        sequence = dataset.GetLayerByName(schema.CODE_SEQUENCE_TABLE)
        for feature in sequence:
            name = feature.GetField("layer_name")
            if name in ward.last_serial:
                feature.SetField("last_serial", ward.last_serial[name])
                sequence.SetFeature(feature)
        dataset.CommitTransaction()
    finally:
        dataset = None


def write_styles(path, settings, translate, final_path=None, layers=schema.LAYERS) -> None:
    """Store each layer's (of *layers*) form and style in the GeoPackage as its default style."""
    final_path = final_path or path
    lookup_sources = {
        layer_def.name: ("", translate(layer_def.title), layer_source(final_path, layer_def.name))
        for layer_def in schema.LAYERS}
    for layer_def in layers:
        layer = QgsVectorLayer(layer_source(path, layer_def.name), translate(layer_def.title), "ogr")
        if not layer.isValid():
            raise MyMapError(tr("The layer {} could not be read back from the new ward map.")
                             .format(layer_def.name))
        forms.apply_form(layer, layer_def, settings, translate, lookup_sources)
        styles.apply_style(layer, layer_def, translate)
        message = layer.saveStyleToDatabase(STYLE_NAME, translate(layer_def.title), True, "")
        if message:
            raise MyMapError(tr("The style of layer {} could not be saved: {}").format(layer_def.name, message))
        del layer


def layers_missing_from(connection):
    """The layers of the data dictionary that the ward map open on *connection* lacks."""
    tables = {name for (name,) in connection.execute("SELECT table_name FROM gpkg_contents")}
    return [layer_def for layer_def in schema.LAYERS if layer_def.name not in tables]


def missing_layers(path):
    """The layers of the data dictionary that the ward map at *path* lacks (made by an earlier MyMap)."""
    from ..sync import database
    try:
        connection = database.connect(path, read_only=True)
        try:
            return layers_missing_from(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise MyMapError(tr("The ward map {} cannot be read: {}").format(path, error)) from None


def add_missing_layers(path, settings=None) -> list:
    """Add the layers a ward map made by an earlier MyMap lacks (e.g. streets): the empty table,
    its form and style and, in a shared map or a working copy, its edit capture, so the new layer
    syncs like the others. Returns the names added (none: nothing is written)."""
    from ..sync import capture, database, journal_mode
    missing = missing_layers(path)
    if not missing:
        return []
    names = [layer_def.name for layer_def in missing]
    settings = settings or read_settings(path)
    translate = translate_function(settings.language)
    keep_delete = journal_mode.keeps_delete_journal(path)      # a shared map never goes to WAL
    if keep_delete:
        journal_mode.hold_delete_journal()
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE)
        try:
            reference = dataset.GetLayerByName(schema.HOUSING.name).GetSpatialRef()
            for layer_def in missing:
                geopackage_tables.create_layer(dataset, layer_def, reference, translate)
        finally:
            dataset = None
        write_styles(path, settings, translate, layers=missing)
        connection = database.connect(path)
        try:
            if database.table_exists(connection, capture.STATE):
                with database.transaction(connection):
                    capture.install(connection)
                    capture.write_state(connection, fingerprint=capture.fingerprint(connection))
        finally:
            connection.close()
    except (RuntimeError, sqlite3.Error) as error:
        raise MyMapError(tr("The layers {} (new in this MyMap) could not be added to the ward map {}: {}")
                         .format(", ".join(names), path, error)) from None
    finally:
        if keep_delete:
            journal_mode.release_delete_journal()
    return names


def check_integrity(path) -> None:
    connection = sqlite3.connect(str(path))
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        connection.execute("PRAGMA journal_mode=DELETE").fetchone()
    finally:
        connection.close()
    if result != "ok":
        raise MyMapError(tr("The new ward map failed SQLite's integrity check: {}").format(result))
