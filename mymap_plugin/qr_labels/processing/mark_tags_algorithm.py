"""Processing algorithm mymap:mark_tags — record that tags were attached (or lost…)."""
from qgis.core import (
    QgsProcessingOutputNumber,
)

from ...compat import NO_THREADING
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter
from ...ward_map.schema import N_
from ...ward_map import schema
from ..tag_status import mark_tags
from .asset_parameters import add_asset_parameters, asset_source


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
        add_asset_parameters(self, payload=False)
        labels = [tr(label) for _code, label in schema.DOMAINS["qr_status"].values]
        self.addParameter(enum_parameter("STATUS", tr("New QR tag status"), labels,
                                         schema.DOMAINS["qr_status"].codes(), default_value=1))
        self.addOutput(QgsProcessingOutputNumber("CHANGED", tr("Assets changed")))

    def execute(self, parameters, context, feedback):
        layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
        source = asset_source(self, parameters, context, layer)
        status = schema.DOMAINS["qr_status"].codes()[self.parameterAsEnum(parameters, "STATUS", context)]
        changed = mark_tags(layer, [item.uuid for item in source.items], status)
        feedback.pushInfo(tr("QR tag status set for {} assets.").format(changed))
        return {"CHANGED": changed}
