"""Writing label sheets as a background QgsTask, with progress and cancel."""
from qgis.core import QgsFeedback, QgsTask

from ..errors import MyMapError
from ..i18n import tr
from ..message_log import log_warning
from .label_sheet import write_label_sheets


class LabelSheetTask(QgsTask):
    def __init__(self, source, template, output, start_slot=1, offset_x_mm=0.0, offset_y_mm=0.0):
        super().__init__(tr("Printing {} QR labels").format(len(source.items)), QgsTask.Flag.CanCancel)
        self.arguments = (source, template, output, start_slot, offset_x_mm, offset_y_mm)
        self.error = ""
        self.result = None
        self.feedback = QgsFeedback()
        self.feedback.progressChanged.connect(self.setProgress)

    def run(self):
        try:
            self.result = write_label_sheets(*self.arguments, feedback=self.feedback)
            return True
        except MyMapError as error:
            self.error = str(error)
            return False
        except Exception as error:  # a task must never raise: report it to the user instead
            self.error = tr("The labels could not be written: {}").format(error)
            log_warning(self.error)
            return False

    def cancel(self):
        self.feedback.cancel()
        super().cancel()
