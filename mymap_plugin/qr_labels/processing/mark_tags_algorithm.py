"""Processing algorithm mymap:mark_tags — record that tags were attached (or lost…)."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterVectorLayer,
)

from ...compat import NO_THREADING, VECTOR_SOURCE
from ...i18n import tr
from ...processing_base import MyMapAlgorithm
from ...ward_map.schema import N_
from ...ward_map import schema
from ..label_content import label_source
from ..tag_status import mark_tags


class MarkTagsAlgorithm(MyMapAlgorithm):
    group_name = N_("QR tags")
    help_text = N_("Sets the QR tag status of assets, e.g. “tag attached” after the printed tags were "
                 "stuck on. SELECTED_ONLY and ONLY_UNATTACHED choose the same assets as for printing.")

    def name(self):
        return "mark_tags"

    def flags(self):
        # edits a project layer: stay on the main thread, like QGIS's own editing algorithms
        return super().flags() | NO_THREADING

    def displayName(self):
        return tr("Set QR tag status")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterVectorLayer("INPUT", tr("Asset layer"),
                                                            [VECTOR_SOURCE]))
        self.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", tr("Selected assets only"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            "ONLY_UNATTACHED", tr("Only assets whose tag is not yet attached"), False))
        labels = [tr(label) for _code, label in schema.DOMAINS["qr_status"].values]
        self.addParameter(QgsProcessingParameterEnum("STATUS", tr("New QR tag status"), labels, defaultValue=1))
        self.addOutput(QgsProcessingOutputNumber("CHANGED", tr("Assets changed")))

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        source = label_source(layer, self.parameterAsBool(parameters, "SELECTED_ONLY", context),
                              self.parameterAsBool(parameters, "ONLY_UNATTACHED", context))
        status = schema.DOMAINS["qr_status"].codes()[self.parameterAsEnum(parameters, "STATUS", context)]
        changed = mark_tags(layer, [item.uuid for item in source.items], status)
        feedback.pushInfo(tr("QR tag status set for {} assets.").format(changed))
        return {"CHANGED": changed}
