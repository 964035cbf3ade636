"""The link a QR tag holds: the ward's template filled with the asset's code,
uuid or layer, e.g. ``HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/CX0001234``.

Only identifiers ever go into a link (code, uuid, layer name): no personal data.
A tag can also hold just the asset code ("code" payload), which field apps such
as QField match against the layer's display expression.

A link is only ever built from a template that ``check_link_template`` accepts
(an ``http(s)://`` link with the code in its path, on a real host: never a reserved
example domain or ``localhost``) and from a valid asset code of the asset's own layer,
so no tag or record page can lead to another asset's page or to a placeholder.
"""
import re
import string
from urllib.parse import urlsplit

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map.asset_codes import make_asset_code, parse_asset_code
from ..ward_map.ward_settings import check_link_template

PAYLOAD_LINK = "link"
PAYLOAD_CODE = "code"
PAYLOADS = (PAYLOAD_LINK, PAYLOAD_CODE)
# What an identifier put into a link may hold (MyMap's uuids are hex digits and hyphens).
_LINK_SAFE_UUID = re.compile(r"^[A-Za-z0-9-]{1,64}$")


def is_valid_code(code, layer: str = "") -> bool:
    """True when *code* is a valid asset code (``parse_asset_code``'s rule) written as
    MyMap writes codes (upper case, no separator), and of *layer* when one is given."""
    text = "" if code is None else str(code)
    parsed = parse_asset_code(text)
    if parsed is None or (layer and parsed[0] != layer):
        return False
    return make_asset_code(*parsed) == text


def _checked_code(code, layer):
    if code is None or str(code) in ("", "NULL"):
        raise MyMapError(tr("An asset has no asset code yet: run “Validate ward map” first."))
    if not is_valid_code(code, layer):
        raise MyMapError(tr("The asset code '{}' is not a valid code of this layer, so no tag or record page "
                            "is made for it: check that asset (it may have been altered), empty its code with "
                            "the field calculator and run “Validate ward map” to give it a new one.").format(code))
    return str(code)


def asset_link(template: str, code: str, uuid: str = "", layer: str = "") -> str:
    """Fill the ward's link template for one asset (a valid code of *layer* is required)."""
    template = check_link_template(template)
    code = _checked_code(code, layer)
    uuid = "" if uuid is None else str(uuid)
    if "{uuid}" in template and not _LINK_SAFE_UUID.match(uuid):
        raise MyMapError(tr("The identifier (uuid) of asset {} cannot go into a link: only letters, digits and "
                            "hyphens can. Remove {{uuid}} from the QR link template, or correct the "
                            "identifier.").format(code))
    return template.format(code=code, uuid=uuid, layer=layer or "")


def qr_payload(payload: str, template: str, code: str, uuid: str = "", layer: str = "") -> str:
    """What the asset's QR holds: its code alone, or its link."""
    if payload == PAYLOAD_CODE:
        return _checked_code(code, layer)
    return asset_link(template, code, uuid, layer)


def link_expression(template: str, layer_name: str) -> str:
    """A QGIS expression building an asset's link from its fields, e.g.
    ``concat('HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/', "asset_code")``. The forms of a ward
    whose address is still the placeholder keep working (nothing is printed from them)."""
    template = check_link_template(template, allow_placeholder_host=True)
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
