"""Processing algorithm mymap:resolve_conflict (the Conflicts panel's choices, for batch and scripts)."""
from qgis.core import (QgsProcessingOutputString, QgsProcessingParameterFile,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ...compat import INTEGER_NUMBER
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter, project_ward_map
from ...ward_map.schema import N_
from ..conflicts import CHOICES, resolve


class ResolveConflictAlgorithm(MyMapAlgorithm):
    group_name = N_("Sync")
    help_text = N_("Resolves one conflict of a working copy: keep mine, keep theirs, set another value, or "
                   "restore a feature that was deleted. The choice is an edit that the next sync sends.")

    def name(self):
        return "resolve_conflict"

    def displayName(self):
        return tr("Resolve a sync conflict")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WORKING", tr("Working copy (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map("working")))
        self.addParameter(QgsProcessingParameterNumber("CONFLICT", tr("Conflict number"), INTEGER_NUMBER, 1,
                                                       False, 1))
        self.addParameter(enum_parameter(
            "CHOICE", tr("Choice"), [tr("Keep mine"), tr("Keep theirs"), tr("Set this value"), tr("Restore")],
            CHOICES, default_value=1))
        self.addParameter(QgsProcessingParameterString("VALUE", tr("Value (for “Set this value”)"), optional=True))
        self.addOutput(QgsProcessingOutputString("DONE", tr("What was done")))

    def execute(self, parameters, context, feedback):
        choice = CHOICES[self.parameterAsEnum(parameters, "CHOICE", context)]
        done = resolve(self.parameterAsFile(parameters, "WORKING", context),
                       self.parameterAsInt(parameters, "CONFLICT", context), choice,
                       self.parameterAsString(parameters, "VALUE", context) or None)
        feedback.pushInfo(done)
        return {"DONE": done}
