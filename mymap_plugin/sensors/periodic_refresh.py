"""Periodic refresh of sensor readings from a SensorThings server: every N minutes an import
runs as a QgsTask in the background (never two at once), so QGIS never freezes; the result
or the problem is announced with a signal."""
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject, QTimer, pyqtSignal

from ..background_task import BackgroundTask
from ..i18n import tr
from .import_readings import import_sensor_readings

MIN_INTERVAL_S = 10


class ReadingsImportTask(BackgroundTask):
    def __init__(self, ward, source, format_key="sensorthings", mapping=None, timeout=20, authcfg=""):
        super().__init__(tr("Refreshing sensor readings"), lambda feedback: import_sensor_readings(
            ward, source, format_key, mapping=mapping, timeout=timeout, authcfg=authcfg,
            feedback=lambda percent, _text: feedback.setProgress(percent), cancelled=feedback.isCanceled))
        self.failure_message = tr("The sensor readings could not be refreshed: {}")


class PeriodicRefresh(QObject):
    """Imports readings from *source* into *ward* every *interval_s* seconds while started."""

    refreshed = pyqtSignal(object)      # the ReadingsReport
    failed = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ward = ""
        self.source = ""
        self.timeout = 20
        self.authcfg = ""           # a QGIS authentication configuration id for the server, or empty
        self.task = None
        self.runs = 0
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.refresh_now)

    def start(self, ward, source, interval_s, run_now=True):
        self.ward, self.source = str(ward), str(source)
        self.timer.start(max(MIN_INTERVAL_S, int(interval_s)) * 1000)
        if run_now:
            self.refresh_now()

    def set_interval_ms(self, milliseconds):
        """For tests and fine control: the timer's period in milliseconds."""
        self.timer.setInterval(int(milliseconds))

    def stop(self):
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()

    def is_active(self):
        return self.timer.isActive()

    def refresh_now(self):
        """Start one import unless one is still running. Returns the task, or None."""
        if self.task is not None or not self.ward or not self.source:
            return None
        self.task = ReadingsImportTask(self.ward, self.source, timeout=self.timeout, authcfg=self.authcfg)
        self.task.taskCompleted.connect(self._finished)
        self.task.taskTerminated.connect(self._finished)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def _finished(self):
        task, self.task = self.task, None
        if task is None:
            return
        self.runs += 1
        if task.result is None:
            self.failed.emit(task.error or tr("The refresh was cancelled."))
        else:
            self.refreshed.emit(task.result)
