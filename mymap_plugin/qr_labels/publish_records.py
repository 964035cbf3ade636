"""A static website of asset records that QR links resolve to.

For each asset: ``<link path>/index.html`` (readable on a phone), ``asset.json``,
a small map image rendered by QGIS and the photo if there is one; plus
``index.html`` and ``assets.json`` for the whole set. Served at the link
template's base URL by any static web server, or opened from the folder offline.

Only what is public is published:

- each layer's public fields (``Field.public`` in the data dictionary): nothing
  personal, no internal identifiers;
- an asset only when its code is a valid code of its layer (a forged code such as
  ``CX0000013?forged`` would otherwise write over another asset's page);
- a photo only when it lies inside the ward's photo folder (``DCIM/`` beside the
  GeoPackage, where QField puts them; relative names are read from there) and is a
  JPEG, PNG or WebP image by its content. Anything else named in ``photo`` (a key,
  a document, a path that leaves the folder through ``..`` or a symbolic link) is
  never read into the site.

What is left out is listed in the report (``skipped`` of the result, and warnings
in the Processing log), never on the site.

A page is read by a resident who has just scanned the tag: the ward's hotline comes
first (a call, an SMS with the asset code filled in), times are in Vietnam time
(UTC+7) written the way the page's language writes them, and the tag's own status
(“not attached”, “attached”) is left out, since a scanned tag is plainly there.
A ward without a hotline is warned at publish time (``warnings`` of the result).
"""
import html
import json
import math
import os
import shutil
import re
import stat
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote, urlsplit

from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtGui import QImage

from ..errors import MyMapError
from ..i18n import tr, translate_function
from ..ward_map import schema
from ..ward_map.create_ward_map import layer_source
from ..ward_map.map_image import render_layers
from ..ward_map.schema import N_
from ..ward_map.ward_settings import check_link_template, read_only_connection, read_settings
from .asset_links import asset_link

MAP_LAYERS = ("sensors", "drainage_nodes", "trees", "drainage_lines", "housing", "streets")   # top first
# A page map: 480 × 360 pixels showing 160 × 120 m around the asset (1:1260 at 96 dpi), with a ring on it.
PAGE_MAP_SIZE = (480, 360)
PAGE_MAP_SPAN = (160.0, 120.0)
PAGE_MAP_MARGIN = 40.0                   # metres shown around a large asset's bounding box
MARKER_COLOUR = "#c0392b"
MARKER_RADIUS = 14
TILE_CORE = 1024                         # pixels of a shared tile's core (see PageMaps)
PNG_QUALITY = 80                         # Qt's PNG "quality" 80: zlib level 1
PHOTO_FOLDER = "DCIM"                    # beside the ward GeoPackage, as in QField projects
MAX_PHOTO_BYTES = 20 * 1024 * 1024
# Image types by their first bytes: (suffix, test).
IMAGE_SIGNATURES = (
    (".jpg", lambda head: head[:3] == b"\xff\xd8\xff"),
    (".png", lambda head: head[:8] == b"\x89PNG\r\n\x1a\n"),
    (".webp", lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP"),
)
VIETNAM_TIME = timezone(timedelta(hours=7))     # Indochina Time, no daylight saving
# How a page writes a date and a time of day, by the ward's language (locale data, like digits).
ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                  "September", "October", "November", "December")
# The tag states a resident who scanned the tag learns something from; "not attached" and
# "attached" are left out (the tag is in the resident's hand).
QR_STATUS_SHOWN = ("hong", "mat", "thu_hoi")
_STORED_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?"
                          r"\s*(Z|[+-]\d{2}:?\d{2})?$", re.IGNORECASE)
_SAFE_PATH_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


class PublishCounts(dict):
    """Pages written per layer (layer name → count); ``skipped`` lists what was
    left out, one ``(layer, asset code, reason)`` per asset or photo; ``warnings``
    what the ward should fix for the whole site (e.g. no hotline)."""

    def __init__(self):
        super().__init__()
        self.skipped = []
        self.warnings = []


PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body{{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;background:#f4f6f4;color:#1d2b24}}
header{{background:#1f6f4a;color:#fff;padding:12px 16px}} header p{{margin:2px 0 0;font-size:14px;opacity:.9}}
main{{max-width:640px;margin:auto;padding:12px 16px}} h1{{font-size:26px;margin:4px 0;letter-spacing:1px}}
.card{{background:#fff;border-radius:8px;padding:12px;margin:12px 0;box-shadow:0 1px 3px #0002}}
table{{width:100%;border-collapse:collapse}} td{{padding:6px 4px;border-bottom:1px solid #e4e9e6;vertical-align:top}}
td.k{{color:#55675d;width:45%}} img{{max-width:100%;height:auto;border-radius:6px}}
.report p{{margin:0 0 8px}} .report a{{display:block;text-align:center;padding:12px;border-radius:8px;text-decoration:none;font-weight:bold;margin:8px 0}}
a.call{{background:#c0392b;color:#fff}} a.other{{background:#fff;color:#c0392b;border:2px solid #c0392b}}
footer{{font-size:12px;color:#55675d;text-align:center;padding:16px}}
</style></head><body>
<header><strong>{ward}</strong><p>{subtitle}</p></header>
<main>{body}</main>
<footer>{footer}</footer>
</body></html>
"""


def stored_time(value):
    """A stored time (UTC text such as ``2025-09-28T16:50:00.000Z``, or the QDateTime QGIS
    reads from it) as an aware datetime in UTC; None when it is empty or not a time.
    A time written without a zone is UTC, as MyMap stores every time."""
    if value is None:
        return None
    if hasattr(value, "toString") and hasattr(value, "timeSpec"):          # QDateTime
        from qgis.PyQt.QtCore import Qt
        value = value.toString(Qt.DateFormat.ISODate) if value.isValid() else ""
    match = _STORED_TIME.match(str(value).strip())
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    offset = timedelta(0)
    if zone and zone.upper() != "Z":
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        offset = -offset if zone[0] == "-" else offset
    try:
        moment = datetime(int(year), int(month), int(day), int(hour), int(minute), int(second or 0),
                          tzinfo=timezone(offset))
    except ValueError:
        return None
    return moment.astimezone(timezone.utc)


def written_date(year, month, day, language) -> str:
    """A date as the page's language writes it: ``28/9/2025``; ``28 September 2025``."""
    if language == "en":
        return "{} {} {}".format(day, ENGLISH_MONTHS[month - 1], year)
    return "{}/{}/{}".format(day, month, year)


def written_time(value, language) -> str:
    """A stored (UTC) time in Vietnam time as the page's language writes it:
    ``23:50 ngày 28/9/2025``; ``23:50, 28 September 2025``; "" when it is no time."""
    moment = stored_time(value)
    if moment is None:
        return ""
    local = moment.astimezone(VIETNAM_TIME)
    date = written_date(local.year, local.month, local.day, language)
    if language == "en":
        return "{:%H:%M}, {}".format(local, date)
    return "{:%H:%M} ngày {}".format(local, date)


def _text(value, language="vi"):
    if value is None or str(value) == "NULL":
        return ""
    if hasattr(value, "timeSpec"):                                           # QDateTime
        return written_time(value, language)
    if hasattr(value, "toString") and not isinstance(value, str):
        if hasattr(value, "day"):                                            # QDate
            return written_date(value.year(), value.month(), value.day(), language) if value.isValid() else ""
        return value.toString()
    return str(value)


def _display_value(field_def, value, translate, species, language="vi"):
    if field_def.type == "datetime":
        return written_time(value, language) or _text(value, language)
    text = _text(value, language)
    if not text:
        return ""
    if field_def.domain:
        labels = {code: translate(label) for code, label in schema.DOMAINS[field_def.domain].values}
        return labels.get(text, text)
    if field_def.name == "species_id":
        return species.get(value, text)
    if field_def.type == "boolean":
        return translate(N_("Yes")) if text in ("1", "true", "True") else translate(N_("No"))
    if field_def.name == "last_alert_level":
        return dict((str(level), translate(label)) for level, label in schema.ALERT_LEVELS).get(text, text)
    return text


def _page_label(field_def, translate) -> str:
    """A field's label on a page: its alias, without the “(UTC)” of a time (pages show Vietnam time)."""
    label = translate(field_def.alias)
    if field_def.type == "datetime":
        label = re.sub(r"\s*\(UTC\)\s*$", "", label)
    return label


def dialable(hotline) -> str:
    """The number to dial for *hotline* as typed (``0221 3943 888``, ``+84 221 3943 888``):
    its digits, with a leading +; "" when it holds no digit."""
    text = (hotline or "").strip()
    digits = "".join(char for char in text if char in "0123456789")
    if not digits:
        return ""
    return ("+" if text.startswith("+") else "") + digits


def report_links(code, hotline, translate, email=""):
    """The ways to report a problem with asset *code*: ``[(kind, href), …]`` with kind
    ``tel``, ``sms`` (RFC 5724, the message begun with the asset code) and ``mailto``;
    empty when the ward has neither a hotline nor an e-mail address."""
    message = translate(N_("Report a problem with asset {}: ")).format(code)
    links = []
    number = dialable(hotline)
    if number:
        links.append(("tel", "tel:{}".format(number)))
        links.append(("sms", "sms:{}?body={}".format(number, quote(message, safe=""))))
    address = (email or "").strip()
    if address and "@" in address and not any(char in address for char in "?&#<>\"' \t\r\n"):
        links.append(("mailto", "mailto:{}?subject={}&body={}".format(
            quote(address, safe="@.+-_"), quote(message.rstrip(": "), safe=""), quote(message, safe=""))))
    return links


def _report_block(code, settings, translate) -> str:
    """The first card of a page: the hotline, to call, text or e-mail about this asset."""
    # The ward settings hold no e-mail address yet; the e-mail link appears once they do.
    links = report_links(code, settings.hotline, translate, getattr(settings, "email", ""))
    if not links:
        return ""
    words = {"tel": translate(N_("Report a problem: call {}")).format(settings.hotline.strip()),
             "sms": translate(N_("Send an SMS")),
             "mailto": translate(N_("Send an e-mail"))}
    buttons = "".join('<a class="{}" href="{}">{}</a>'.format(
        "call" if kind == "tel" else "other", html.escape(href), html.escape(words[kind])) for kind, href in links)
    return '<div class="card report"><p><strong>{}</strong></p>{}</div>'.format(
        html.escape(translate(N_("See a problem with this asset? Tell the ward:"))), buttons)


def link_path(template: str, code: str, uuid: str, layer: str) -> str:
    """The relative path of an asset's page folder: the path of its link.

    MyMapError when the asset's code is not a valid code of *layer* or the path
    would not be a plain folder path inside the site.
    """
    url = asset_link(template, code, uuid, layer)
    path = urlsplit(url).path.strip("/") if "://" in url else url.strip("/")
    parts = path.split("/")
    if not path or any(part in ("", ".", "..") or not set(part) <= _SAFE_PATH_CHARACTERS for part in parts):
        raise MyMapError(tr("The link {} is not a plain web path, so no page is written for it: check the QR "
                            "link template, e.g. HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/{{code}}.").format(url))
    return path


def photo_folder(ward_path) -> Path:
    """The ward's photo folder: ``DCIM`` beside the GeoPackage."""
    return Path(os.path.realpath(str(ward_path))).parent / PHOTO_FOLDER


def image_suffix(head: bytes) -> str:
    """``.jpg``, ``.png`` or ``.webp`` when *head* (a file's first bytes) starts such an image, else ""."""
    for suffix, test in IMAGE_SIGNATURES:
        if test(head):
            return suffix
    return ""


def read_public_photo(value, folder: Path):
    """``(bytes, suffix)`` of the photo named by *value* (a ``photo`` field), or
    ``(None, reason)`` when it must not be published.

    Relative names are read from *folder* (``DCIM/…`` as QField writes it, or a
    bare file name); the file, symbolic links and ``..`` resolved, must lie inside
    *folder*, be a regular file and be a JPEG, PNG or WebP image by its content.
    """
    name = str(value).strip()
    unreadable = tr("the photo {} does not exist or cannot be read").format(name)
    too_large = tr("the photo {} is larger than {} MB").format(name, MAX_PHOTO_BYTES // (1024 * 1024))
    candidate = Path(name)
    if not candidate.is_absolute():
        if candidate.parts and candidate.parts[0] == folder.name:
            candidate = folder.parent / candidate
        else:
            candidate = folder / candidate
    try:
        real = os.path.realpath(str(candidate))
    except (OSError, ValueError):          # e.g. a NUL character in the name
        return None, unreadable
    inside = os.path.normcase(real).startswith(os.path.normcase(str(folder)) + os.sep)
    if not inside:
        return None, tr("the photo {} is not inside the ward's photo folder {}").format(name, folder)
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(real, flags)
    except OSError:
        return None, unreadable
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            return None, tr("the photo {} is not a file").format(name)
        if info.st_size > MAX_PHOTO_BYTES:
            return None, too_large
        chunks, size = [], 0
        while size <= MAX_PHOTO_BYTES:
            chunk = os.read(descriptor, 1024 * 1024)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError:
        return None, unreadable
    finally:
        os.close(descriptor)
    data = b"".join(chunks)
    if len(data) > MAX_PHOTO_BYTES:          # grew while being read
        return None, too_large
    suffix = image_suffix(data[:16])
    if not suffix:
        return None, tr("the photo {} is not a JPEG, PNG or WebP image").format(name)
    return data, suffix


def _printable(text, limit=120):
    """*text* for the report: one line, no control characters."""
    text = "".join(char if char.isprintable() else "?" for char in str(text))
    return text if len(text) <= limit else text[:limit] + "…"


def publish_records(ward_path, output_folder, layers=None, map_images=True, feedback=None) -> dict:
    """Write the record website of *ward_path* into *output_folder*; returns counts.

    The site is built in a temporary folder beside the output and swapped in at
    the end: an error leaves the previous site (or nothing) in place.
    """
    settings = read_settings(ward_path)
    template = check_link_template(settings.qr_link_template)
    translate = translate_function(settings.language)
    output = Path(str(output_folder or ""))
    if not str(output):
        raise MyMapError(tr("Choose a folder for the website."))
    parent = output.parent
    if not parent.is_dir() or not os.access(str(parent), os.W_OK):
        raise MyMapError(tr("{} cannot be written: choose a folder you may write in.").format(output))
    if output.exists() and not output.is_dir():
        raise MyMapError(tr("{} is a file, not a folder.").format(output))
    wanted = [name for name in (layers or [layer.name for layer in schema.ASSET_LAYERS])]
    unknown = [name for name in wanted if name not in [layer.name for layer in schema.ASSET_LAYERS]]
    if unknown:
        raise MyMapError(tr("Unknown asset layer {}.").format(unknown[0]))
    staging = parent / ".{}.part-{}".format(output.name, os.getpid())
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        counts = _write_site(ward_path, staging, settings, template, translate, wanted, map_images, feedback)
        if not dialable(settings.hotline):
            counts.warnings.append(tr("The ward has no hotline (setting “hotline” of the ward map), so the record "
                                      "pages give residents no number to call or text about a problem: set it and "
                                      "publish again."))
        _report_skipped(counts.skipped, feedback)
        if feedback is not None:
            for warning in counts.warnings:
                feedback.pushWarning(warning)
        if output.exists():
            old = parent / ".{}.old-{}".format(output.name, os.getpid())
            os.replace(str(output), str(old))
            os.replace(str(staging), str(output))
            shutil.rmtree(old, ignore_errors=True)
        else:
            os.replace(str(staging), str(output))
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return counts


def _report_skipped(skipped, feedback):
    if feedback is None or not skipped:
        return
    for layer, code, reason in skipped:
        feedback.pushWarning(tr("Not published ({}, {}): {}.").format(layer, _printable(code), _printable(reason, 300)))
    feedback.pushWarning(tr("{} assets or photos were left out of the website; see the lines above.")
                         .format(len(skipped)))


def _write_site(ward_path, folder, settings, template, translate, wanted, map_images, feedback):
    with closing(read_only_connection(ward_path)) as connection:
        species = dict(connection.execute("SELECT species_id, name_vi FROM species"))
        groups = dict(connection.execute("SELECT group_id, name FROM residential_groups"))
    map_layers = [QgsVectorLayer(layer_source(ward_path, name), name, "ogr") for name in MAP_LAYERS] \
        if map_images else []
    map_layers = [layer for layer in map_layers if layer.isValid()]   # a map made before its streets
    page_maps = PageMaps(map_layers)
    index_rows = []
    everything = []
    counts = PublishCounts()
    photos = photo_folder(ward_path)
    written = set()
    layers = {name: QgsVectorLayer(layer_source(ward_path, name), name, "ogr") for name in wanted}
    total = sum(layer.featureCount() for layer in layers.values()) or 1
    done = 0
    for name, layer in layers.items():
        layer_def = schema.LAYERS_BY_NAME[name]
        public = [f for f in layer_def.fields if f.public and f.name not in ("asset_code", "photo")]
        language = settings.language
        counts[name] = 0
        request = QgsFeatureRequest().setFilterExpression("\"asset_code\" IS NOT NULL")
        for feature in layer.getFeatures(request):
            code = str(feature["asset_code"])
            try:
                path = link_path(template, code, str(feature["uuid"]), name)
            except MyMapError as error:
                counts.skipped.append((name, code, str(error)))
                continue
            if path in written:
                counts.skipped.append((name, code, tr("its page {} was already written for another asset")
                                       .format(path)))
                continue
            written.add(path)
            page_folder = folder / path
            page_folder.mkdir(parents=True, exist_ok=True)
            record = {"asset_code": code, "layer": name, "type": translate(layer_def.title),
                      "ward": settings.ward_name, "ward_code": settings.ward_code, "fields": {}}
            rows = []
            for field_def in public:
                shown = _display_value(field_def, feature[field_def.name], translate, species, language)
                if field_def.name == "qr_status" and _text(feature[field_def.name]) not in QR_STATUS_SHOWN:
                    continue
                if field_def.name == "residential_group_id":
                    shown = groups.get(shown, shown)
                if shown:
                    label = _page_label(field_def, translate)
                    record["fields"][field_def.name] = {"label": label, "value": shown}
                    rows.append("<tr><td class=k>{}</td><td>{}</td></tr>".format(html.escape(label),
                                                                                html.escape(shown)))
            geometry = feature.geometry()
            if not geometry.isEmpty():
                centre = geometry.centroid().asPoint()
                record["position"] = {"crs": layer.crs().authid(), "x": round(centre.x(), 2),
                                      "y": round(centre.y(), 2)}
            pictures = []
            photo = _text(feature["photo"]).strip()
            if photo:
                data, suffix_or_reason = read_public_photo(photo, photos)
                if data is None:
                    counts.skipped.append((name, code, suffix_or_reason))
                else:
                    target = page_folder / ("photo" + suffix_or_reason)
                    target.write_bytes(data)
                    pictures.append('<img src="{}" alt="{}">'.format(target.name,
                                                                      html.escape(translate(N_("Photo")))))
                    record["photo"] = target.name
            if map_images and not geometry.isEmpty():
                page_maps.add(geometry, page_folder / "map.png")
                pictures.append('<img src="map.png" alt="{}">'.format(html.escape(translate(N_("Map")))))
                record["map"] = "map.png"
            body = _report_block(code, settings, translate)
            body += "<div class=card><div>{}</div><h1>{}</h1><div>{}</div></div>".format(
                html.escape(translate(layer_def.title)), html.escape(code),
                html.escape(record["fields"].get("full_address", {}).get("value", "")))
            body += "".join("<div class=card>{}</div>".format(p) for p in pictures)
            body += "<div class=card><table>{}</table></div>".format("".join(rows))
            page = PAGE.format(lang=settings.language, title=html.escape("{} — {}".format(code, settings.ward_name)),
                               ward=html.escape(settings.ward_name),
                               subtitle=html.escape(translate(N_("Asset record of the ward's digital map"))),
                               body=body, footer=html.escape(translate(N_(
                                   "This page shows public information only. Check that the asset code matches "
                                   "the tag you scanned."))))
            (page_folder / "index.html").write_text(page, encoding="utf-8")
            (page_folder / "asset.json").write_text(json.dumps(record, ensure_ascii=False, indent=1),
                                                    encoding="utf-8")
            everything.append(record)
            described = record["fields"].get("full_address") or record["fields"].get("station_name") or {}
            index_rows.append('<tr><td><a href="{}/index.html">{}</a></td><td>{}</td><td>{}</td></tr>'.format(
                html.escape(path), html.escape(code), html.escape(record["type"]),
                html.escape(described.get("value", ""))))
            counts[name] += 1
            done += 1
            if feedback is not None and done % 25 == 0:
                feedback.setProgress((50.0 if map_images else 100.0) * done / total)
                if feedback.isCanceled():
                    raise MyMapError(tr("Publishing was cancelled; the previous website was kept."))
    page_maps.write(feedback)
    index = PAGE.format(lang=settings.language, title=html.escape(settings.ward_name), ward=html.escape(settings.ward_name),
                        subtitle=html.escape(translate(N_("Assets with QR tags"))),
                        body="<div class=card><table>{}</table></div>".format("".join(index_rows)),
                        footer=html.escape(translate(N_("Public information only."))))
    (folder / "index.html").write_text(index, encoding="utf-8")
    (folder / "assets.json").write_text(json.dumps(everything, ensure_ascii=False), encoding="utf-8")
    return counts


def _mark_centre(image, x=None, y=None):
    """A red ring where the asset is: at (*x*, *y*) in pixels, by default the map's centre."""
    from qgis.PyQt.QtCore import QPointF
    from qgis.PyQt.QtGui import QColor, QPainter, QPen
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor(MARKER_COLOUR))
    pen.setWidthF(3.0)
    painter.setPen(pen)
    painter.drawEllipse(QPointF(image.width() / 2 if x is None else x, image.height() / 2 if y is None else y),
                        MARKER_RADIUS, MARKER_RADIUS)
    painter.end()


def page_map_extent(geometry) -> QgsRectangle:
    """The extent of an asset's page map: 160 × 120 m around it, or its bounding box and 40 m
    around when it is larger (a long drain)."""
    box = geometry.boundingBox()
    box.grow(PAGE_MAP_MARGIN)
    centre = box.center()
    width, height = PAGE_MAP_SPAN
    if box.width() > width or box.height() > height:
        return box
    return QgsRectangle(centre.x() - width / 2, centre.y() - height / 2,
                        centre.x() + width / 2, centre.y() + height / 2)


def render_page_map(map_layers, geometry):
    """An asset's page map rendered on its own (one QGIS render per asset): the way every page
    map was drawn before shared tiles, kept for assets larger than the page map and as the
    benchmark's baseline."""
    image = render_layers(map_layers, PAGE_MAP_SIZE[0], PAGE_MAP_SIZE[1], extent=page_map_extent(geometry))
    _mark_centre(image)
    return image


def _save_page_map(image, target):
    """Save a page map as PNG: opaque (the map's background is white) and lightly compressed,
    which writes about twice as fast as the default and no larger a file."""
    image.convertToFormat(QImage.Format.Format_RGB32).save(str(target), "PNG", PNG_QUALITY)


def _cut_page_map(tile, pixel_x, pixel_y, target):
    """Cut the page map centred on (*pixel_x*, *pixel_y*) of *tile*, ring the asset, save it."""
    width, height = PAGE_MAP_SIZE
    corner_x, corner_y = round(pixel_x - width / 2), round(pixel_y - height / 2)
    image = tile.copy(corner_x, corner_y, width, height)
    _mark_centre(image, pixel_x - corner_x, pixel_y - corner_y)
    _save_page_map(image, target)


class PageMaps:
    """The page maps of a site, drawn from shared tiles.

    :meth:`add` collects the assets; :meth:`write` renders the ward once, tile by tile at the
    page map's scale (each tile a core of ``TILE_CORE`` pixels with half a page map around it,
    so that every page map lies wholly inside the tile of its centre), and cuts each asset's
    map out of its tile: same size, scale and symbols as a map rendered on its own, with the
    asset's ring drawn on top. A tile is held in memory only while its assets are written.
    Assets larger than a page map are rendered on their own (:func:`render_page_map`).
    """

    def __init__(self, map_layers):
        self.map_layers = list(map_layers)
        self.by_tile = {}
        self.alone = []
        self.units_per_pixel = PAGE_MAP_SPAN[0] / PAGE_MAP_SIZE[0]
        self.tile_span = TILE_CORE * self.units_per_pixel

    def __len__(self):
        return sum(len(jobs) for jobs in self.by_tile.values()) + len(self.alone)

    def add(self, geometry, target):
        """Draw *geometry*'s page map into *target* (a PNG path) when :meth:`write` runs."""
        box = geometry.boundingBox()
        box.grow(PAGE_MAP_MARGIN)
        if box.width() > PAGE_MAP_SPAN[0] or box.height() > PAGE_MAP_SPAN[1]:
            self.alone.append((geometry, target))
            return
        centre = box.center()
        column = math.floor(centre.x() / self.tile_span)
        row = math.floor(centre.y() / self.tile_span)
        self.by_tile.setdefault((column, row), []).append((centre.x(), centre.y(), target))

    def write(self, feedback=None):
        """Write every collected page map; progress from 50 to 100 %, cancellable between tiles.

        The maps of a tile are cut and saved as PNG (most of the time) by a pool of threads
        while the next tile renders; at most two tiles are held at a time."""
        from qgis.PyQt.QtCore import QThread
        total = len(self) or 1
        done = 0
        margin_x, margin_y = PAGE_MAP_SIZE[0] // 2 + 2, PAGE_MAP_SIZE[1] // 2 + 2       # pixels; 2 for rounding
        per_pixel = self.units_per_pixel
        pending = []
        with ThreadPoolExecutor(max_workers=max(2, QThread.idealThreadCount())) as pool:
            try:
                for (column, row), jobs in sorted(self.by_tile.items()):
                    self._check_cancel(feedback)
                    left = column * self.tile_span - margin_x * per_pixel
                    top = (row + 1) * self.tile_span + margin_y * per_pixel
                    tile_width, tile_height = TILE_CORE + 2 * margin_x, TILE_CORE + 2 * margin_y
                    extent = QgsRectangle(left, top - tile_height * per_pixel, left + tile_width * per_pixel, top)
                    tile = render_layers(self.map_layers, tile_width, tile_height, extent=extent)
                    done += self._finish(pending)
                    self._progress(feedback, done, total)
                    pending = [pool.submit(_cut_page_map, tile, (x - left) / per_pixel, (top - y) / per_pixel,
                                           target) for x, y, target in jobs]
                done += self._finish(pending)
                for geometry, target in self.alone:
                    self._check_cancel(feedback)
                    _save_page_map(render_page_map(self.map_layers, geometry), target)
                    done += 1
                    self._progress(feedback, done, total)
            finally:
                for future in pending:
                    future.cancel()

    @staticmethod
    def _finish(futures):
        for future in futures:
            future.result()
        return len(futures)

    @staticmethod
    def _progress(feedback, done, total):
        if feedback is not None:
            feedback.setProgress(50.0 + 50.0 * done / total)

    @staticmethod
    def _check_cancel(feedback):
        if feedback is not None and feedback.isCanceled():
            raise MyMapError(tr("Publishing was cancelled; the previous website was kept."))
