"""Creating a ward map as a background QgsTask, with progress and cancel."""
from functools import partial

from ..background_task import BackgroundTask
from ..i18n import tr
from .create_ward_map import create_ward_map


class CreateWardMapTask(BackgroundTask):
    def __init__(self, path, **options):
        super().__init__(tr("Creating ward map {}").format(options.get("ward_name", "")),
                         partial(create_ward_map, path, **options))
        self.path = path
        self.failure_message = tr("The ward map could not be created: {}")

    @property
    def settings(self):
        return self.result
