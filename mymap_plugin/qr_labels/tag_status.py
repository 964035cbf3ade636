"""Recording which tags were printed and stuck on: the assets' `qr_status`."""
from ..errors import MyMapError
from ..i18n import tr
from ..ward_map import schema


def mark_tags(layer, uuids, status="da_gan") -> int:
    """Set `qr_status` of the assets with these uuids; returns how many changed.

    Uses the layer's edit buffer and commits, so QGIS (and MyMap's edit hooks)
    see a normal edit; on a failed commit everything is rolled back.
    """
    if status not in schema.DOMAINS["qr_status"].codes():
        raise MyMapError(tr("Unknown QR tag status {}.").format(status))
    index = layer.fields().indexOf("qr_status")
    if index < 0:
        raise MyMapError(tr("The layer {} has no QR tag status.").format(layer.name()))
    wanted = set(uuids)
    if not wanted:
        return 0
    was_editing = layer.isEditable()
    if not was_editing and not layer.startEditing():
        raise MyMapError(tr("The layer {} cannot be edited.").format(layer.name()))
    changed = 0
    for feature in layer.getFeatures():
        if str(feature["uuid"]) in wanted and feature["qr_status"] != status:
            layer.changeAttributeValue(feature.id(), index, status)
            changed += 1
    if was_editing:
        return changed
    if not layer.commitChanges():
        errors = "; ".join(layer.commitErrors())
        layer.rollBack()
        raise MyMapError(tr("The QR tag status could not be saved: {}").format(errors))
    return changed
