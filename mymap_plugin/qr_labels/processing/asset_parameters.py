"""The parameters every QR algorithm shares: which assets (layer, selection,
tag status) and what their QR holds — declared and read in one place."""
from qgis.core import QgsProcessingParameterBoolean, QgsProcessingParameterVectorLayer

from ...compat import VECTOR_SOURCE
from ...i18n import tr
from ...processing_base import enum_parameter
from ..asset_links import PAYLOADS
from ..label_content import label_source


def add_asset_parameters(algorithm, optional_layer=False, unattached=True, payload=True):
    algorithm.addParameter(QgsProcessingParameterVectorLayer(
        "INPUT", tr("Asset layer"), [VECTOR_SOURCE], optional=optional_layer))
    algorithm.addParameter(QgsProcessingParameterBoolean("SELECTED_ONLY", tr("Selected assets only"), False))
    if unattached:
        algorithm.addParameter(QgsProcessingParameterBoolean(
            "ONLY_UNATTACHED", tr("Only assets whose tag is not yet attached"), False))
    if payload:
        algorithm.addParameter(enum_parameter(
            "PAYLOAD", tr("The QR holds"), [tr("The asset's link"), tr("The asset code only")], PAYLOADS))


def asset_source(algorithm, parameters, context, layer=None):
    """The LabelSource the shared parameters choose (MyMapError for a bad choice)."""
    layer = layer or algorithm.parameterAsVectorLayer(parameters, "INPUT", context)
    unattached = "ONLY_UNATTACHED" in parameters and \
        algorithm.parameterAsBool(parameters, "ONLY_UNATTACHED", context)
    payload = PAYLOADS[algorithm.parameterAsEnum(parameters, "PAYLOAD", context)] \
        if algorithm.parameterDefinition("PAYLOAD") is not None else PAYLOADS[0]
    return label_source(layer, algorithm.parameterAsBool(parameters, "SELECTED_ONLY", context), unattached, payload)
