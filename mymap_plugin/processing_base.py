"""Common base of MyMap's Processing algorithms: translated texts, the provider's
group names, user-facing errors instead of tracebacks, and enum parameters whose
options can be given by name as well as by number."""
from qgis.core import (QgsProcessing, QgsProcessingAlgorithm, QgsProcessingException,
                       QgsProcessingOutputLayerDefinition, QgsProcessingParameterEnum)

from .errors import MyMapError
from .i18n import tr

# Where an enum parameter keeps the names of its options (its metadata travels with its clones).
OPTION_NAMES = "mymap_option_names"


def enum_parameter(name, description, options, names, default_value=0, allow_multiple=False, optional=False):
    """An enum parameter whose options may also be given by name: TEMPLATE=L7160 as well as
    TEMPLATE=0 on the command line, in processing.run() and in models. *names* are fixed, untranslated
    identifiers, one per option (compared without regard to case); the options stay translated titles.

    The parameter itself stays an ordinary numbered enum (QGIS 3.22's static-strings mode would refuse
    numbers); MyMapAlgorithm turns names into numbers before Processing checks or reads the value."""
    names = [str(option_name) for option_name in names]
    if len(names) != len(options) or len({n.lower() for n in names}) != len(names) or \
            any(n.strip().isdigit() or "," in n or not n.strip() for n in names):
        raise ValueError("enum parameter {}: give one distinct, non-numeric name per option".format(name))
    parameter = QgsProcessingParameterEnum(name, description, list(options), allowMultiple=allow_multiple,
                                           defaultValue=default_value, optional=optional)
    metadata = parameter.metadata()
    metadata[OPTION_NAMES] = names
    parameter.setMetadata(metadata)
    parameter.setHelp(tr("Options by name: {}").format(", ".join(names)))
    return parameter


def _sync_state(path) -> dict:
    """The sync state of the ward map at *path* ({} for a plain ward map or an unreadable file)."""
    import sqlite3
    from .sync import capture
    from .sync.database import connect_for_reading
    try:
        connection = connect_for_reading(path)
    except sqlite3.Error:
        return {}
    try:
        return capture.read_state(connection)
    except sqlite3.Error:
        return {}
    finally:
        connection.close()


def project_ward_map(role="ward"):
    """Where a dialog's ward map parameter starts: the ward map open in the current project (None in
    qgis_process and when no ward map is open, so the parameter stays required and empty).

    *role* "ward": the open ward map, whatever it is; "working": it, when it is a working copy;
    "shared": the shared map (the open one, or the one the open working copy was checked out from)."""
    from .ward_map.edit_hooks import project_ward_path   # here: the ward map modules import this one
    path = project_ward_path()
    if not path or role == "ward":
        return path or None
    state = _sync_state(path)
    if role == "working":
        return path if state.get("role") == "working" else None
    if state.get("role") == "working":
        return state.get("shared_path") or None
    return path


def kept_output(algorithm, parameters, name="OUTPUT"):
    """(*parameters* with the destination the dialog offers filled in when none was given, that
    destination) — the destination is "" when it is missing or temporary. For outputs that hold
    someone's work (a working copy, a QField folder), which a temporary file would lose."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink.staticValue()
    if value is None:
        value = algorithm.parameterDefinition(name).defaultValue()
        parameters = dict(parameters, **{name: value})
    return parameters, ("" if not value or value == QgsProcessing.TEMPORARY_OUTPUT else value)


def default_working_copy(shared):
    """Where a new working copy of *shared* goes unless the user says otherwise: beside the shared
    map when that is on this computer's own disk (or a USB stick), else in the user's Documents
    folder — a working copy belongs on a local disk, and never in a temporary file. A name not yet
    taken; None without a shared map."""
    from pathlib import Path

    from qgis.PyQt.QtCore import QStandardPaths

    from .sync.journal_mode import is_local_file
    if not shared:
        return None
    shared = Path(shared)
    folder = shared.parent
    if not is_local_file(shared):
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                      or Path.home())
    stem = tr("{} - working copy").format(shared.stem)
    candidate, number = folder / "{}.gpkg".format(stem), 2
    while candidate.exists():
        candidate, number = folder / "{} {}.gpkg".format(stem, number), number + 1
    return str(candidate)


def option_names(definition):
    """The option names an enum parameter made by enum_parameter() accepts ([] for any other)."""
    if not isinstance(definition, QgsProcessingParameterEnum):
        return []
    return list(definition.metadata().get(OPTION_NAMES) or [])


def option_numbers(value, names, allow_multiple=False):
    """*value* with every option name in it replaced by the option's number: "L7651" → 2,
    "trees,sensors" → [1, 4]. Numbers, expressions and anything unknown are returned as they are,
    for Processing to accept or refuse with its own message."""
    numbers = {option_name.lower(): number for number, option_name in enumerate(names)}

    def number_of(item):
        if isinstance(item, str):
            return numbers.get(item.strip().lower(), item)
        return item

    if isinstance(value, str):
        parts = [number_of(part) for part in (value.split(",") if allow_multiple else [value])]
        if all(isinstance(part, str) for part in parts):
            return value
        if not allow_multiple:
            return parts[0]
        return [part.strip() if isinstance(part, str) else part for part in parts]
    if isinstance(value, (list, tuple)):
        return [number_of(item) for item in value]
    return value


class MyMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses implement ``name``, ``displayName``, ``group_name``,
    ``initAlgorithm`` and ``execute`` (returns the results dictionary)."""

    group_name = ""       # English, translated by group()
    help_text = ""

    def tr(self, text):
        return tr(text)

    def createInstance(self):
        return type(self)()

    def group(self):
        return tr(self.group_name)

    def groupId(self):
        return self.group_name.lower().replace(" ", "_")

    def shortHelpString(self):
        return tr(self.help_text)

    def with_option_numbers(self, parameters):
        """A copy of *parameters* with the enum options given by name replaced by their numbers."""
        converted = dict(parameters)
        for definition in self.parameterDefinitions():
            names = option_names(definition)
            if names and definition.name() in converted:
                converted[definition.name()] = option_numbers(converted[definition.name()], names,
                                                              definition.allowMultiple())
        return converted

    def checkParameterValues(self, parameters, context):
        return super().checkParameterValues(self.with_option_numbers(parameters), context)

    def parameterAsEnum(self, parameters, name, context):
        return super().parameterAsEnum(self.with_option_numbers(parameters), name, context)

    def parameterAsEnums(self, parameters, name, context):
        return super().parameterAsEnums(self.with_option_numbers(parameters), name, context)

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.execute(parameters, context, feedback)
        except MyMapError as error:
            message = str(error)
        # Raised outside the except block, so the exception does not keep the failed call's frames
        # (and the QGIS layers in them) alive until after QGIS has shut down.
        raise QgsProcessingException(message)

    def execute(self, parameters, context, feedback):
        raise NotImplementedError
