"""Logging to the QGIS message log under the plugin's tag."""
from qgis.core import Qgis, QgsMessageLog

TAG = "MyMap"


def log_info(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Info)


def log_warning(message: str) -> None:
    QgsMessageLog.logMessage(message, TAG, Qgis.MessageLevel.Warning)
