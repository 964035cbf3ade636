"""Creating a ward map as a background QgsTask, with progress and cancel."""
from qgis.core import QgsFeedback, QgsTask

from ..errors import MyMapError
from ..i18n import tr
from ..message_log import log_warning
from .create_ward_map import create_ward_map


class CreateWardMapTask(QgsTask):
    def __init__(self, path, **options):
        super().__init__(tr("Creating ward map {}").format(options.get("ward_name", "")), QgsTask.Flag.CanCancel)
        self.path = path
        self.options = options
        self.error = ""
        self.settings = None
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def run(self):
        try:
            self.settings = create_ward_map(self.path, feedback=self.feedback, **self.options)
            return True
        except MyMapError as error:
            self.error = str(error)
            return False
        except Exception as error:  # a task must never raise: report it to the user instead
            self.error = tr("The ward map could not be created: {}").format(error)
            log_warning(self.error)
            return False

    def cancel(self):
        self.feedback.cancel()
        super().cancel()
