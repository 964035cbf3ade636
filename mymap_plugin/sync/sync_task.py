"""A sync in the background (QgsTask) with progress, and cancel until sending starts."""
from ..background_task import BackgroundTask
from ..i18n import tr
from .sync_working_copy import sync


class SyncTask(BackgroundTask):
    def __init__(self, working_path, editor=""):
        self.working_path = str(working_path)
        super().__init__(tr("Syncing {}").format(self.working_path), self._work)
        self.editor = editor
        self.failure_message = tr("The sync failed: {}. Your edits are kept in your working copy.")

    def _work(self, feedback):
        return sync(self.working_path, editor=self.editor,
                    feedback=lambda percent, _message: feedback.setProgress(percent),
                    cancelled=feedback.isCanceled)
