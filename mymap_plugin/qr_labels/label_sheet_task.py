"""Writing label sheets as a background QgsTask, with progress and cancel."""
from functools import partial

from ..background_task import BackgroundTask
from ..i18n import tr
from .label_sheet import write_label_sheets


class LabelSheetTask(BackgroundTask):
    def __init__(self, source, template, output, start_slot=1, offset_x_mm=0.0, offset_y_mm=0.0):
        super().__init__(tr("Printing {} QR labels").format(len(source.items)),
                         partial(write_label_sheets, source, template, output, start_slot, offset_x_mm,
                                 offset_y_mm))
        self.failure_message = tr("The labels could not be written: {}")
