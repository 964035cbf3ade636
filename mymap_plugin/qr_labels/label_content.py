"""What each tag shows, read from a ward layer: the QR payload, the asset code,
the asset type in the ward's language and a short descriptor (house number and
street, species, node type, station name). No personal data."""
from contextlib import closing
from dataclasses import dataclass

from qgis.core import QgsFeatureRequest

from ..errors import MyMapError
from ..i18n import tr, translate_function
from ..ward_map import schema
from ..ward_map.edit_hooks import ward_layer_info
from ..ward_map.schema import N_
from ..ward_map.ward_settings import check_link_template, read_only_connection, read_settings
from .asset_links import PAYLOAD_CODE, is_valid_code, qr_payload


@dataclass(frozen=True)
class LabelItem:
    uuid: str
    code: str
    payload: str
    type_text: str
    descriptor: str


@dataclass(frozen=True)
class LabelSource:
    layer_name: str
    ward_name: str
    hotline: str          # as printed, in the ward's language ("Đường dây nóng 0221 …"), or ""
    link_template: str
    items: tuple


def _species_names(path):
    with closing(read_only_connection(path)) as connection:
        return dict(connection.execute("SELECT species_id, name_vi FROM species"))


def _domain_labels(domain, translate):
    return {code: translate(label) for code, label in schema.DOMAINS[domain].values}


def describe(layer_name, feature, translate, species):
    """A short, public descriptor of one asset for its tag."""
    def value(name):
        item = feature[name] if name in feature.fields().names() else None
        return "" if item is None or str(item) == "NULL" else str(item)

    if layer_name == "housing":
        number = value("house_number")
        parts = []
        if number:
            parts.append(translate(N_("No. {}")).format(number))
        if value("sub_alley"):
            parts.append(translate(N_("sub-alley {}")).format(value("sub_alley")))
        if value("alley"):
            parts.append(translate(N_("alley {}")).format(value("alley")))
        if value("street_name"):
            parts.append(value("street_name"))
        return ", ".join(parts)
    if layer_name == "trees":
        species_id = feature["species_id"]
        name = species.get(species_id, "") if species_id is not None else ""
        return name + (" ★" if value("is_heritage") in ("1", "true", "True") else "")
    if layer_name == "drainage_nodes":
        return _domain_labels("node_type", translate).get(value("node_type"), "")
    if layer_name == "drainage_lines":
        kind = _domain_labels("line_type", translate).get(value("line_type"), "")
        size = value("diameter_mm")
        return "{} D{}".format(kind, size) if size else kind
    if layer_name == "sensors":
        return value("station_name")
    return ""


def label_source(layer, selected_only=False, only_unattached=False, payload="link") -> LabelSource:
    """Read the assets to label from *layer*, a layer of a ward map.

    MyMapError when the layer is not a ward asset layer, nothing is selected,
    or an asset has no code yet or an invalid one. Tags that hold the code only do
    not use the link template, so a refused template does not stop them (the tags
    then show no web address).
    """
    info = ward_layer_info(layer) if layer is not None else None
    if info is None:
        raise MyMapError(tr("Choose an asset layer of a ward map (housing, trees, drainage lines, "
                            "drainage nodes or sensors)."))
    path, layer_name = info
    if layer_name not in [layer.name for layer in schema.ASSET_LAYERS]:
        raise MyMapError(tr("The layer {} has no QR tags: choose housing, trees, drainage lines, "
                            "drainage nodes or sensors.").format(layer.name()))
    settings = read_settings(path)
    if payload == PAYLOAD_CODE:
        try:
            template = check_link_template(settings.qr_link_template)
        except MyMapError:
            template = ""
    else:
        template = check_link_template(settings.qr_link_template)
    translate = translate_function(settings.language)
    species = _species_names(path) if layer_name == "trees" else {}
    type_text = translate(schema.LAYERS_BY_NAME[layer_name].title)
    if selected_only:
        if layer.selectedFeatureCount() == 0:
            raise MyMapError(tr("No asset is selected in {}: select the assets to label, or untick "
                                "“Selected assets only”.").format(layer.name()))
        features = layer.getSelectedFeatures()
    else:
        request = QgsFeatureRequest()
        if only_unattached:
            request.setFilterExpression("\"qr_status\" IS NULL OR \"qr_status\" = 'chua_gan'")
        features = layer.getFeatures(request)
    items = []
    missing = 0
    invalid = []
    for feature in features:
        if only_unattached and selected_only and feature["qr_status"] not in (None, "chua_gan") \
                and str(feature["qr_status"]) != "NULL":
            continue
        code = feature["asset_code"]
        if code is None or str(code) in ("", "NULL"):
            missing += 1
            continue
        if not is_valid_code(code, layer_name):
            invalid.append(str(code))
            continue
        uuid = str(feature["uuid"])
        payload_text = qr_payload(payload, template, str(code), uuid, layer_name)
        items.append(LabelItem(uuid, str(code), payload_text, type_text,
                               describe(layer_name, feature, translate, species)))
    if missing:
        raise MyMapError(tr("{} assets in {} have no asset code yet: run “Validate ward map” first, "
                            "then print their tags.").format(missing, layer.name()))
    if invalid:
        raise MyMapError(tr("{} assets in {} have an invalid asset code, e.g. '{}', and would get a tag that "
                            "leads to another asset: check them (they may have been altered), empty their codes "
                            "with the field calculator and run “Validate ward map” to give them new ones, then "
                            "print their tags.").format(len(invalid), layer.name(), invalid[0]))
    if not items:
        raise MyMapError(tr("There is no asset to label in {} (check the selection and the "
                            "“not yet attached” filter).").format(layer.name()))
    items.sort(key=lambda item: item.code)
    hotline = translate(N_("Hotline {}")).format(settings.hotline) if settings.hotline else ""
    return LabelSource(layer_name, settings.ward_name, hotline, template, tuple(items))
