"""Common base of MyMap's Processing algorithms: translated texts, the provider's
group names, and user-facing errors instead of tracebacks."""
from qgis.core import QgsProcessingAlgorithm, QgsProcessingException

from .errors import MyMapError
from .i18n import tr


class MyMapAlgorithm(QgsProcessingAlgorithm):
    """Subclasses implement ``name``, ``displayName``, ``group_name``,
    ``initAlgorithm`` and ``execute`` (returns the results dictionary)."""

    group_name = ""       # English, translated by group()
    help_text = ""

    def tr(self, text):
        return tr(text)

    def createInstance(self):
        return type(self)()

    def group(self):
        return tr(self.group_name)

    def groupId(self):
        return self.group_name.lower().replace(" ", "_")

    def shortHelpString(self):
        return tr(self.help_text)

    def processAlgorithm(self, parameters, context, feedback):
        try:
            return self.execute(parameters, context, feedback)
        except MyMapError as error:
            message = str(error)
        # Raised outside the except block, so the exception does not keep the failed call's frames
        # (and the QGIS layers in them) alive until after QGIS has shut down.
        raise QgsProcessingException(message)

    def execute(self, parameters, context, feedback):
        raise NotImplementedError
