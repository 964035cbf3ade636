"""Logging to the QGIS message log under the plugin's tag."""
from qgis.core import QgsMessageLog

from .compat import MESSAGE_INFO, MESSAGE_WARNING

TAG = "MyMap"


def log_info(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, MESSAGE_INFO)


def log_warning(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, MESSAGE_WARNING)
