"""``mymap:package_for_qfield``: a folder a field team copies to a phone and opens in QField.

The folder holds a working copy (checked out from the shared map for the field editor, or a copy of an
existing working copy), a QGIS project that opens it with relative paths — the layer group, map themes,
forms and drop-downs as *Open ward map…* sets them up — and an empty ``DCIM/`` folder, where QField puts
photos. Nothing in the project needs MyMap: the display expressions use core functions only, so QField's
search bar finds an asset from its code or from the whole scanned link. When the phone comes back, the
folder's GeoPackage is an ordinary working copy: QField's edits were captured by its triggers, and
``mymap:sync`` sends them.

The folder is laid out under a hidden name beside the output and renamed into place only when complete:
a failure leaves nothing behind.
"""
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

from qgis.core import QgsEditorWidgetSetup, QgsProject

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map.forms import portable_source
from ..ward_map.open_ward_map import open_ward_map
from . import capture, shared_map
from .checkout import check_editor, checkout
from .database import connect, connect_for_reading
from .working_copy import working_state

PHOTO_FOLDER = "DCIM"


def package_for_qfield(output_folder, shared=None, working=None, editor="", feedback=None) -> dict:
    """Lay out a QField folder at *output_folder* (new, or an empty folder) from the shared map *shared*
    (a working copy is checked out for *editor*) or from the working copy *working* (copied; *editor*,
    when given, becomes the copy's editor). Returns the paths written; MyMapError and nothing written
    on bad input or failure."""
    report = feedback or (lambda _percent, _message: None)
    if bool(shared) == bool(working):
        raise MyMapError(tr("Give either the shared map (to check out a new working copy) or an existing "
                            "working copy to package, not both."))
    output = _check_output(Path(output_folder))
    if shared and shared_map.is_postgres_address(shared):
        share = shared_map.open_shared_map(shared)          # a ward in PostgreSQL: files named after it
        source, stem = share.address, share.schema
    else:
        source = Path(shared or working)
        stem = source.stem
        if not source.is_file():
            raise MyMapError(tr("{} does not exist or cannot be reached.").format(source))
    try:
        staging = Path(tempfile.mkdtemp(prefix=".{}.".format(output.name), suffix=".part", dir=str(output.parent)))
    except OSError as error:
        raise MyMapError(tr("The QField folder {} cannot be written: {}").format(output, error)) from None
    try:
        copy = staging / "{}.gpkg".format(stem)
        if shared:
            checkout(source, copy, editor, lambda percent, message: report(percent * 6 // 10, message))
        else:
            report(10, tr("Copying the working copy…"))
            _copy_working(source, copy, editor)
        report(70, tr("Writing the QGIS project…"))
        project_file = staging / "{}.qgs".format(stem)
        _write_project(copy, project_file)
        (staging / PHOTO_FOLDER).mkdir()
        try:
            if output.exists():
                output.rmdir()          # checked empty above (refused if something was put in since)
            os.replace(str(staging), str(output))
        except OSError as error:
            raise MyMapError(tr("The QField folder {} cannot be written: {}").format(output, error)) from None
    finally:
        shutil.rmtree(str(staging), ignore_errors=True)
    report(100, tr("QField folder written: {}").format(output))
    return {"folder": str(output), "working": str(output / copy.name), "project": str(output / project_file.name),
            "photos": str(output / PHOTO_FOLDER)}


def _check_output(output: Path) -> Path:
    if output.exists():
        if not output.is_dir():
            raise MyMapError(tr("{} is a file, not a folder. Choose a new or empty folder for the QField "
                                "package.").format(output))
        if any(output.iterdir()):
            raise MyMapError(tr("The folder {} is not empty. Choose a new or empty folder for the QField "
                                "package; nothing was overwritten.").format(output))
    elif not output.parent.is_dir():
        raise MyMapError(tr("The folder {} does not exist.").format(output.parent))
    return output


def _copy_working(source: Path, copy: Path, editor: str):
    """A consistent copy of the working copy *source* (SQLite's backup API, so an edit being saved
    meanwhile is either in it whole or not at all)."""
    try:
        connection = connect_for_reading(source)
    except sqlite3.Error as error:
        raise MyMapError(tr("{} cannot be read: {}").format(source, error)) from None
    try:
        working_state(connection, source)           # a working copy, not the shared map
        target = sqlite3.connect(str(copy))
        try:
            connection.backup(target)
        finally:
            target.close()
    except sqlite3.Error as error:
        raise MyMapError(tr("{} cannot be read: {}").format(source, error)) from None
    finally:
        connection.close()
    connection = connect(copy)
    try:
        if editor:
            capture.write_state(connection, editor=check_editor(editor))
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _write_project(gpkg: Path, project_file: Path):
    """A QGIS project beside *gpkg* that opens it as *Open ward map…* does, with relative paths."""
    project = QgsProject()
    try:
        group = open_ward_map(gpkg, project=project)
        project.setTitle(group.name())
        project.writeEntryBool("Paths", "/Absolute", False)
        for layer in project.mapLayers().values():
            _portable_value_relations(layer)
        if not project.write(str(project_file)):
            raise MyMapError(tr("The QGIS project {} cannot be written: {}").format(project_file, project.error()))
    finally:
        project.clear()


def _portable_value_relations(layer):
    """Value-relation drop-downs name their layer by id (found in the project wherever the folder goes)
    and by a source relative to the folder, never by the folder the package was made in."""
    for index in range(layer.fields().count()):
        setup = layer.editorWidgetSetup(index)
        if setup.type() != "ValueRelation":
            continue
        config = dict(setup.config())
        source = config.get("LayerSource", "")
        config["LayerSource"] = portable_source(source, source.partition("layername=")[2].split("|")[0])
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueRelation", config))
