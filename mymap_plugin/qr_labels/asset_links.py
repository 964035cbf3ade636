"""The link a QR tag holds: the ward's template filled with the asset's code,
uuid or layer, e.g. ``HTTPS://MYHAO.EXAMPLE.VN/A/CX0001234``.

Only identifiers ever go into a link (code, uuid, layer name): no personal data.
A tag can also hold just the asset code ("code" payload), which field apps such
as QField match against the layer's display expression.
"""
from urllib.parse import urlsplit

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map.ward_settings import check_link_template

PAYLOAD_LINK = "link"
PAYLOAD_CODE = "code"
PAYLOADS = (PAYLOAD_LINK, PAYLOAD_CODE)


def asset_link(template: str, code: str, uuid: str = "", layer: str = "") -> str:
    """Fill the ward's link template for one asset."""
    template = check_link_template(template)
    if not code and "{code}" in template:
        raise MyMapError(tr("An asset has no asset code yet: run “Validate ward map” first."))
    return template.format(code=code or "", uuid=uuid or "", layer=layer or "")


def qr_payload(payload: str, template: str, code: str, uuid: str = "", layer: str = "") -> str:
    if payload == PAYLOAD_CODE:
        if not code:
            raise MyMapError(tr("An asset has no asset code yet: run “Validate ward map” first."))
        return code
    return asset_link(template, code, uuid, layer)


def link_expression(template: str, layer_name: str) -> str:
    """A QGIS expression building an asset's link from its fields, e.g.
    ``concat('HTTPS://MYHAO.EXAMPLE.VN/A/', "asset_code")``."""
    import string
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        if literal:
            parts.append("'" + literal.replace("'", "''") + "'")
        if name == "code":
            parts.append('"asset_code"')
        elif name == "uuid":
            parts.append('"uuid"')
        elif name == "layer":
            parts.append("'" + layer_name + "'")
    return "concat({})".format(", ".join(parts))


def link_host(template: str) -> str:
    """The web address printed in clear text under a tag (against fake stickers)."""
    parts = urlsplit(template.replace("{", "").replace("}", ""))
    return (parts.netloc or "").lower()


def code_from_scanned_text(text: str, template: str = "") -> str:
    """The asset code inside scanned or typed text: a bare code or a full link."""
    from ..ward_map.asset_codes import normalize_code, parse_asset_code
    candidate = (text or "").strip()
    if parse_asset_code(candidate):
        return normalize_code(candidate)
    for piece in reversed([p for p in candidate.replace("?", "/").replace("=", "/").split("/") if p]):
        if parse_asset_code(piece):
            return normalize_code(piece)
    return ""
