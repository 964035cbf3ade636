"""Asset codes: the short, human-readable code printed under each QR tag.

A code is a two-letter prefix for the asset type, a six-digit serial number and
one Damm check digit, e.g. ``CX0001234``. The Damm check digit catches every
single-digit error and every swap of two adjacent digits, so a code typed by
hand from a damaged tag is either right or rejected. Codes are handed out from
a per-layer counter that only moves forward, so a code is never reused.

Pure Python: no QGIS import, so it is unit-tested on its own.
"""
import re

# Damm's totally anti-symmetric quasigroup of order 10.
_DAMM_TABLE = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

SERIAL_DIGITS = 6
MAX_SERIAL = 10 ** SERIAL_DIGITS - 1

# Prefix per asset layer (Vietnamese initials, upper case so a QR link stays
# in the compact alphanumeric mode).
PREFIXES = {
    "housing": "NH",         # nhà ở
    "trees": "CX",           # cây xanh
    "drainage_lines": "TN",  # tuyến thoát nước
    "drainage_nodes": "HG",  # hố ga / nút thoát nước
    "sensors": "CB",         # cảm biến
}

_CODE_PATTERN = re.compile(r"^([A-Z]{2})(\d{%d})(\d)$" % SERIAL_DIGITS)


def damm_check_digit(digits: str) -> int:
    """The Damm check digit of a string of decimal digits."""
    interim = 0
    for char in digits:
        interim = _DAMM_TABLE[interim][int(char)]
    return interim


def damm_is_valid(digits_with_check: str) -> bool:
    """True when the last digit is the Damm check digit of the others."""
    return bool(digits_with_check) and digits_with_check.isdigit() and \
        damm_check_digit(digits_with_check) == 0


def make_asset_code(layer_name: str, serial: int) -> str:
    """The code for serial number *serial* of *layer_name*, e.g. ``CX0001234``."""
    if layer_name not in PREFIXES:
        raise ValueError("no asset code prefix for layer {!r}".format(layer_name))
    if not 1 <= serial <= MAX_SERIAL:
        raise ValueError("serial number {} is outside 1..{}".format(serial, MAX_SERIAL))
    digits = str(serial).zfill(SERIAL_DIGITS)
    return "{}{}{}".format(PREFIXES[layer_name], digits, damm_check_digit(digits))


def normalize_code(text: str) -> str:
    """Upper-case *text* and drop spaces, dots and hyphens people type between groups."""
    return re.sub(r"[\s.\-_]", "", text or "").upper()


def parse_asset_code(text: str):
    """Return ``(layer_name, serial)`` for a valid code, or None.

    Accepts lower case and separators (``cx-000123-4``). A code whose check
    digit does not match returns None.
    """
    match = _CODE_PATTERN.match(normalize_code(text))
    if not match:
        return None
    prefix, serial, check = match.groups()
    layers = [name for name, value in PREFIXES.items() if value == prefix]
    if not layers or not damm_is_valid(serial + check):
        return None
    return layers[0], int(serial)
