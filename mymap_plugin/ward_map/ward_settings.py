"""The ward's own settings (name, codes, CRS, QR link template, hotline), kept in
the GeoPackage table ``mymap_ward_settings``, and the checks on them."""
import re
import sqlite3
import string
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from qgis.core import QgsCoordinateReferenceSystem

from ..compat import WKT_PREFERRED, map_units_meters

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql
from . import schema

WARD_CODE_PATTERN = re.compile(r"^\d{5}$")
PROVINCE_CODE_PATTERN = re.compile(r"^\d{2}$")
LINK_PLACEHOLDERS = ("code", "uuid", "layer")
LINK_SCHEMES = ("http", "https")
# A tag that holds the asset code only (no web link): the one template that is not a link.
CODE_ONLY_TEMPLATE = "{code}"
# What a link template may hold at all: the characters of a URL (RFC 3986) and the placeholders'
# braces; no space, quote, angle bracket, backslash or non-ASCII letter.
_LINK_CHARACTERS = re.compile(r"^[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%{}]+$")
# The host (and port) of a link: a plain DNS name or IPv4 address; no user name, no placeholder.
_LINK_HOST = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                        r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*(?::[0-9]{1,5})?$")
# One folder of a link's path: the unreserved characters of a URL and placeholders.
_LINK_PATH_PART = re.compile(r"^(?:[A-Za-z0-9\-._~]|\{code\}|\{uuid\}|\{layer\})+$")
# Hosts that can never be a ward's real address (RFC 2606 / RFC 6761): a template still pointing
# at one is a placeholder, so no tag or record page is made from it.
PLACEHOLDER_DOMAINS = ("example.vn", "example.com", "example.org", "example.net", "localhost")
# What a message suggests as a template: a realistic address, never a placeholder one.
SUGGESTED_LINK_TEMPLATE = "HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/{code}"
# The languages a ward map can be made in (field aliases, domain labels, record pages).
WARD_LANGUAGES = ("vi", "en")


@dataclass
class WardSettings:
    ward_name: str
    ward_code: str
    province_code: str
    crs: str = "EPSG:9209"
    qr_link_template: str = schema.DEFAULT_QR_LINK_TEMPLATE
    hotline: str = ""
    language: str = "vi"
    schema_version: int = schema.SCHEMA_VERSION
    created_at: str = ""

    def as_rows(self):
        """The (key, value) rows stored in the settings table; the link template is
        checked here too, so that no writer stores one that is refused elsewhere."""
        template = check_link_template(self.qr_link_template, allow_placeholder_host=True)
        return [(key, template if key == "qr_link_template" else str(getattr(self, key)))
                for key in schema.SETTING_KEYS]


def check_ward_code(code) -> str:
    code = (code or "").strip()
    if not WARD_CODE_PATTERN.match(code):
        raise MyMapError(tr("The ward code '{}' is not valid: a ward or commune code has exactly "
                            "5 digits, e.g. 12103 for Mỹ Hào.").format(code))
    return code


def check_province_code(code) -> str:
    code = (code or "").strip()
    if not PROVINCE_CODE_PATTERN.match(code):
        raise MyMapError(tr("The province code '{}' is not valid: a province code has exactly "
                            "2 digits, e.g. 33 for Hưng Yên.").format(code))
    return code


def check_ward_name(name) -> str:
    name = (name or "").strip()
    if not name:
        raise MyMapError(tr("The ward name is empty: enter the ward's name, e.g. Phường Mỹ Hào."))
    if len(name) > 100:
        raise MyMapError(tr("The ward name is too long (at most 100 characters)."))
    return name


def check_crs(crs) -> QgsCoordinateReferenceSystem:
    """A valid projected CRS in metres, else a MyMapError."""
    if isinstance(crs, QgsCoordinateReferenceSystem):
        value = crs
    else:
        value = QgsCoordinateReferenceSystem(str(crs or ""))
    if not value.isValid():
        raise MyMapError(tr("The coordinate reference system '{}' is not known. Use an EPSG code "
                            "such as EPSG:9209 (VN-2000 / TM-3 105°30').").format(crs))
    if value.isGeographic() or value.mapUnits() != map_units_meters():
        raise MyMapError(tr("The coordinate reference system {} is not projected in metres. Use the "
                            "ward's VN-2000 TM-3 zone, e.g. EPSG:9209 for Hưng Yên.")
                         .format(value.authid() or value.description()))
    return value


def check_ward_language(language) -> str:
    """The ward's language, ``vi`` or ``en``; Vietnamese when none is given (never QGIS's own
    language, and never a locale such as ``C``)."""
    text = (language or "").strip().lower().replace("-", "_")
    if not text:
        return "vi"
    code = text.split("_")[0]
    if code not in WARD_LANGUAGES:
        raise MyMapError(tr("The language '{}' is not available for a ward map: choose vi (Vietnamese) "
                            "or en (English).").format(language))
    return code


def is_placeholder_host(host) -> bool:
    """True for a host that is a reserved example domain or localhost (or below one)."""
    name = (host or "").split(":")[0].strip().lower().rstrip(".")
    return any(name == domain or name.endswith("." + domain) for domain in PLACEHOLDER_DOMAINS)


def check_link_template(template, allow_placeholder_host=False) -> str:
    """The ward's QR link template, checked; MyMapError with the reason when it is refused.

    The one check of a template, wherever one is typed, stored or used: a web link
    ``http(s)://host/…{code}…`` whose path holds the asset code (so each tag leads to
    its own page), or exactly ``{code}`` for tags that hold the code only. Any other
    kind of link (``javascript:``, ``data:``, ``file:``, ``ftp:``…) is refused.

    A link whose host is a reserved example domain or ``localhost`` (the placeholder of a
    ward whose address is not set yet) is refused too, so that no tag or record page ever
    holds it; only storing the ward's settings passes *allow_placeholder_host*.
    """
    template = (template or "").strip()
    example = SUGGESTED_LINK_TEMPLATE
    if not template:
        raise MyMapError(tr("The QR link template is empty: set the ward's address in the setting "
                            "“qr_link_template” of the ward map, e.g. {}.").format(example))
    try:
        fields = [(name, spec, conversion) for _text, name, spec, conversion
                  in string.Formatter().parse(template) if name is not None]
    except ValueError:
        raise MyMapError(tr("The QR link template '{}' has an unmatched brace.").format(template)) from None
    names = [name for name, _spec, _conversion in fields]
    unknown = sorted(set(names) - set(LINK_PLACEHOLDERS))
    if unknown:
        raise MyMapError(tr("The QR link template uses the unknown placeholder {{{}}}; the known ones "
                            "are {{code}}, {{uuid}} and {{layer}}.").format(unknown[0]))
    if any(spec or conversion for _name, spec, conversion in fields):
        raise MyMapError(tr("The QR link template '{}' gives a placeholder a format: write the "
                            "placeholders plainly, e.g. {{code}}.").format(template))
    if template == CODE_ONLY_TEMPLATE:
        return template
    if "code" not in names:
        raise MyMapError(tr("The QR link template must contain {{code}} in the path of the link, e.g. {}; "
                            "otherwise a tag would not lead to its own asset's page.").format(example))
    if not _LINK_CHARACTERS.match(template):
        raise MyMapError(tr("The QR link template '{}' holds a character a web link cannot hold (a space, "
                            "quote, angle bracket, backslash or accented letter): remove it.").format(template))
    scheme, separator, _rest = template.partition("://")
    if not separator or scheme.lower() not in LINK_SCHEMES:
        raise MyMapError(tr("The QR link template '{}' is refused: it must be a web link starting with "
                            "https:// (or http://), e.g. {}. Other kinds of link, such as javascript:, "
                            "data:, file: or ftp:, are never put on tags or record pages.")
                         .format(template, example))
    try:
        parts = urlsplit(template)
    except ValueError:
        parts = None
    if parts is None or not _LINK_HOST.match(parts.netloc):
        raise MyMapError(tr("The QR link template '{}' has no valid web address after {}://: write the "
                            "host name plainly, e.g. QR.MYHAO.HUNGYEN.GOV.VN (no user name, no placeholder).")
                         .format(template, scheme))
    path = parts.path[:-1] if parts.path.endswith("/") else parts.path     # a trailing slash is fine
    folders = path.split("/")[1:]
    if "{code}" not in parts.path or not all(_LINK_PATH_PART.match(folder) and folder not in (".", "..")
                                             for folder in folders):
        raise MyMapError(tr("The path of the QR link template '{}' must hold {{code}} and only letters, digits, "
                            "- . _ ~ and placeholders between its slashes (no empty, “.” or “..” part), "
                            "e.g. {}.").format(template, example))
    if not allow_placeholder_host and is_placeholder_host(parts.hostname):
        raise MyMapError(tr("The QR link template '{}' still points at the placeholder address {}, so tags "
                            "and record pages would lead nowhere: set the ward's real web address in the "
                            "setting “qr_link_template” of the ward map (table mymap_ward_settings), "
                            "e.g. {}.").format(template, parts.hostname.upper(), example))
    return template


def sqlite_uri(path, mode="ro") -> str:
    """A SQLite URI for *path*, percent-encoded (names may hold spaces, # or ?)."""
    return "{}?mode={}".format(Path(path).resolve().as_uri(), mode)


def read_only_connection(path) -> sqlite3.Connection:
    """A read-only SQLite connection; use with contextlib.closing()."""
    return sqlite3.connect(sqlite_uri(path, "ro"), uri=True)


def crs_setting(crs: QgsCoordinateReferenceSystem) -> str:
    """How the ward's CRS is stored: its authority id when it has a real one,
    otherwise its WKT (a user-defined "USER:…" id means nothing on another machine)."""
    authid = crs.authid()
    if authid and not authid.upper().startswith("USER:"):
        return authid
    return crs.toWkt(WKT_PREFERRED)


def crs_from_setting(text: str) -> QgsCoordinateReferenceSystem:
    text = (text or "").strip()
    if not text:
        return QgsCoordinateReferenceSystem()
    if ":" in text and "[" not in text:
        return QgsCoordinateReferenceSystem(text)
    return QgsCoordinateReferenceSystem.fromWkt(text)


def read_settings(path) -> WardSettings:
    """Read a ward GeoPackage's settings; MyMapError when *path* is not a ward map
    or was made by a newer MyMap."""
    path = Path(path)
    if not path.is_file():
        raise MyMapError(tr("The file {} does not exist.").format(path))
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise MyMapError(tr("The file {} cannot be read: {}").format(path, error)) from None
    if header != b"SQLite format 3\x00":
        raise MyMapError(tr("{} is not a GeoPackage. Choose a ward map (.gpkg) made by MyMap.")
                         .format(path.name))
    try:
        connection = read_only_connection(path)
        try:
            rows = connection.execute(
                sql("SELECT key, value FROM {table}", table=schema.SETTINGS_TABLE)).fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        raise MyMapError(tr("{} is a GeoPackage but not a MyMap ward map (it has no ward settings). "
                            "Create a ward map with “New ward map…”.").format(path.name)) from None
    values = dict(rows)
    try:
        version = int(values.get("schema_version", "0"))
    except ValueError:
        version = 0
    if version > schema.SCHEMA_VERSION:
        raise MyMapError(tr("{} was made by a newer MyMap (data version {}; this MyMap reads up to "
                            "version {}). Update the MyMap plugin to open it.")
                         .format(path.name, version, schema.SCHEMA_VERSION))
    if version < 1 or "ward_code" not in values:
        raise MyMapError(tr("{} has damaged ward settings (no data version or ward code).")
                         .format(path.name))
    return WardSettings(
        ward_name=values.get("ward_name", ""), ward_code=values.get("ward_code", ""),
        province_code=values.get("province_code", ""), crs=values.get("crs", "EPSG:9209"),
        qr_link_template=values.get("qr_link_template", schema.DEFAULT_QR_LINK_TEMPLATE),
        hotline=values.get("hotline", ""), language=values.get("language", "vi"),
        schema_version=version, created_at=values.get("created_at", ""))
