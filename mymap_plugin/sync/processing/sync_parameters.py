"""Parameters and feedback shared by the sync algorithms."""
from qgis.core import QgsProcessingParameterString

from ...compat import ADVANCED_PARAMETER
from ...i18n import tr


def add_editor_parameter(algorithm):
    algorithm.addParameter(QgsProcessingParameterString(
        "EDITOR", tr("Editor (name shown in the history)"), optional=True))


def progress_callback(feedback):
    def report(percent, message):
        if feedback is not None:
            feedback.setProgress(percent)
            feedback.pushInfo(message)
    return report


def advanced(parameter):
    parameter.setFlags(parameter.flags() | ADVANCED_PARAMETER)
    return parameter
