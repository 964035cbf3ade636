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
"""
import html
import json
import os
import shutil
import stat
from contextlib import closing
from pathlib import Path
from urllib.parse import urlsplit

from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

from ..errors import MyMapError
from ..i18n import tr, translate_function
from ..ward_map import schema
from ..ward_map.create_ward_map import layer_source
from ..ward_map.map_image import render_layers
from ..ward_map.schema import N_
from ..ward_map.ward_settings import check_link_template, read_only_connection, read_settings
from .asset_links import asset_link

MAP_LAYERS = ("sensors", "drainage_nodes", "trees", "drainage_lines", "housing")
PHOTO_FOLDER = "DCIM"                    # beside the ward GeoPackage, as in QField projects
MAX_PHOTO_BYTES = 20 * 1024 * 1024
# Image types by their first bytes: (suffix, test).
IMAGE_SIGNATURES = (
    (".jpg", lambda head: head[:3] == b"\xff\xd8\xff"),
    (".png", lambda head: head[:8] == b"\x89PNG\r\n\x1a\n"),
    (".webp", lambda head: head[:4] == b"RIFF" and head[8:12] == b"WEBP"),
)
_SAFE_PATH_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")


class PublishCounts(dict):
    """Pages written per layer (layer name → count); ``skipped`` lists what was
    left out, one ``(layer, asset code, reason)`` per asset or photo."""

    def __init__(self):
        super().__init__()
        self.skipped = []


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
a.call{{display:block;text-align:center;background:#c0392b;color:#fff;padding:12px;border-radius:8px;text-decoration:none;font-weight:bold}}
footer{{font-size:12px;color:#55675d;text-align:center;padding:16px}}
</style></head><body>
<header><strong>{ward}</strong><p>{subtitle}</p></header>
<main>{body}</main>
<footer>{footer}</footer>
</body></html>
"""


def _text(value):
    if value is None or str(value) == "NULL":
        return ""
    if hasattr(value, "toString") and not isinstance(value, str):
        return value.toString("dd/MM/yyyy") if hasattr(value, "day") else value.toString()
    return str(value)


def _display_value(field_def, value, translate, species):
    text = _text(value)
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
                            "link template, e.g. HTTPS://MYHAO.EXAMPLE.VN/A/{{code}}.").format(url))
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
        _report_skipped(counts.skipped, feedback)
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
                shown = _display_value(field_def, feature[field_def.name], translate, species)
                if field_def.name == "residential_group_id":
                    shown = groups.get(shown, shown)
                if shown:
                    record["fields"][field_def.name] = {"label": translate(field_def.alias), "value": shown}
                    rows.append("<tr><td class=k>{}</td><td>{}</td></tr>".format(
                        html.escape(translate(field_def.alias)), html.escape(shown)))
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
                box = geometry.boundingBox()
                box.grow(40.0)
                centre = box.center()
                extent = QgsRectangle(centre.x() - 80, centre.y() - 60, centre.x() + 80, centre.y() + 60)
                if box.width() > 160 or box.height() > 120:
                    extent = box
                image = render_layers(map_layers, 480, 360, extent=extent)
                _mark_centre(image)
                image.save(str(page_folder / "map.png"))
                pictures.append('<img src="map.png" alt="{}">'.format(html.escape(translate(N_("Map")))))
                record["map"] = "map.png"
            body = "<div class=card><div>{}</div><h1>{}</h1><div>{}</div></div>".format(
                html.escape(translate(layer_def.title)), html.escape(code),
                html.escape(record["fields"].get("full_address", {}).get("value", "")))
            body += "".join("<div class=card>{}</div>".format(p) for p in pictures)
            body += "<div class=card><table>{}</table></div>".format("".join(rows))
            if settings.hotline:
                body += '<a class=call href="tel:{}">{}</a>'.format(
                    html.escape(settings.hotline.replace(" ", "")),
                    html.escape(translate(N_("Report a problem: call {}")).format(settings.hotline)))
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
                feedback.setProgress(100.0 * done / total)
                if feedback.isCanceled():
                    raise MyMapError(tr("Publishing was cancelled; the previous website was kept."))
    index = PAGE.format(lang=settings.language, title=html.escape(settings.ward_name), ward=html.escape(settings.ward_name),
                        subtitle=html.escape(translate(N_("Assets with QR tags"))),
                        body="<div class=card><table>{}</table></div>".format("".join(index_rows)),
                        footer=html.escape(translate(N_("Public information only."))))
    (folder / "index.html").write_text(index, encoding="utf-8")
    (folder / "assets.json").write_text(json.dumps(everything, ensure_ascii=False), encoding="utf-8")
    return counts


def _mark_centre(image):
    """A red ring at the map's centre, where the asset is."""
    from qgis.PyQt.QtCore import QPointF
    from qgis.PyQt.QtGui import QColor, QPainter, QPen
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(QColor("#c0392b"))
    pen.setWidthF(3.0)
    painter.setPen(pen)
    painter.drawEllipse(QPointF(image.width() / 2, image.height() / 2), 14, 14)
    painter.end()
