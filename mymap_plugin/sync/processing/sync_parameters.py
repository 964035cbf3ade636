"""Parameters and feedback shared by the sync algorithms."""
from qgis.core import QgsProcessingParameterFile, QgsProcessingParameterString

from ...compat import ADVANCED_PARAMETER
from ...i18n import tr

# The file picker offers GeoPackages; "All files (*)" lets Processing accept any text as well, so a
# PostgreSQL address can be typed in its place (an extension= parameter would refuse it).
SHARED_MAP_FILTER = "GeoPackage (*.gpkg *.GPKG);;All files (*)"


def add_editor_parameter(algorithm):
    algorithm.addParameter(QgsProcessingParameterString(
        "EDITOR", tr("Editor (name shown in the history)"), optional=True))


def shared_map_parameter(name, description, default_value=None, optional=False):
    """A parameter for a shared map: the path of a shared GeoPackage (with a file picker) or a PostgreSQL
    address (``service=city schema=ward_12103``, ``host=… dbname=… schema=…``, ``qgis_connection='…'
    schema=…``). The algorithm reads it with ``parameterAsString`` and checks it with
    :func:`shared_map_problem`."""
    parameter = QgsProcessingParameterFile(name, description, defaultValue=default_value, optional=optional,
                                           fileFilter=SHARED_MAP_FILTER)
    parameter.setHelp(tr("A shared GeoPackage, or the address of a shared map in PostgreSQL such as "
                         "service=city schema=ward_12103 or host=… dbname=… user=… schema=…"))
    return parameter


def is_shared_map_text(text) -> bool:
    """Whether *text* can name a shared map: a .gpkg file or a PostgreSQL address."""
    from ..shared_map import is_postgres_address
    text = str(text or "").strip()
    return text.lower().endswith(".gpkg") or is_postgres_address(text)


def shared_map_problem(parameters, name, what=None):
    """The message for a value of *name* that is neither a GeoPackage nor a PostgreSQL address (None
    when it is one, or not given, or not plain text: an expression or a model's input is checked when
    the algorithm runs)."""
    value = parameters.get(name)
    if not isinstance(value, str) or not value.strip() or is_shared_map_text(value):
        return None
    return tr("{} must be a GeoPackage (.gpkg) or the address of a shared map in PostgreSQL, e.g. "
              "“service=city schema=ward_12103” or “host=… dbname=… user=… schema=…”: {}").format(
        what or name, value)


def progress_callback(feedback):
    def report(percent, message):
        if feedback is not None:
            feedback.setProgress(percent)
            feedback.pushInfo(message)
    return report


def advanced(parameter):
    parameter.setFlags(parameter.flags() | ADVANCED_PARAMETER)
    return parameter
