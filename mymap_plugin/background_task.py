"""Long work as a QgsTask: a function run with a QgsFeedback for progress and cancel,
whose errors become a message for the user (a task must never raise)."""
from qgis.core import QgsFeedback, QgsTask

from .errors import MyMapError
from .message_log import log_warning


class BackgroundTask(QgsTask):
    """Runs ``work(feedback=…)``; ``result`` holds its return value, ``error`` the message."""

    failure_message = "{}"     # set by subclasses, translated; {} is the technical error

    def __init__(self, description, work):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self.work = work
        self.error = ""
        self.result = None
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def run(self):
        try:
            self.result = self.work(feedback=self.feedback)
            return True
        except MyMapError as error:
            self.error = str(error)
            return False
        except Exception as error:  # a task must never raise: report it to the user instead
            self.error = self.failure_message.format(error)
            log_warning(self.error)
            return False

    def cancel(self):
        self.feedback.cancel()
        super().cancel()
