"""Label sheets as vector PDF: one QR tag per label slot.

Each QR is drawn as one merged vector path (pure black, whole modules, a quiet
zone of 4 modules inside the label), with the asset code in large type, the
asset type, a short descriptor, the ward's name, the hotline and the resolver's
web address in clear text. Fonts are embedded by Qt's PDF writer (DejaVu Sans
when available: it has every Vietnamese diacritic).

On every sheet the text is at least MIN_TEXT_PT and keeps TEXT_MARGIN_MM from the
label's edge (label_templates.py): a line too wide wraps onto a second line, and
lines that do not fit are left out, least important first (web address, hotline,
ward, descriptor, type); the asset code is always printed whole, or the sheet is
refused (TemplateTooSmall).

The PDF is written under a temporary name and moved into place when complete:
an error or a cancel never leaves a half-written PDF.
"""
import os
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy

from qgis.PyQt.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPageLayout, QPageSize, QPainter, \
    QPainterPath, QPdfWriter, QPen

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map.asset_codes import PREFIXES, SERIAL_DIGITS
from .label_templates import ERROR_CORRECTION, MIN_MODULE_MM, QUIET_ZONE_MODULES, TEMPLATES, SheetTemplate
from .qr_matrix import make_qr

RESOLUTION_DPI = 1200
FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
_FONT_FAMILY = []


def font_family() -> str:
    """A font family with Vietnamese diacritics (DejaVu Sans where installed)."""
    if not _FONT_FAMILY:
        family = ""
        for path in FONT_FILES:
            if Path(path).exists():
                font_id = QFontDatabase.addApplicationFont(path)
                families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
                family = family or (families[0] if families else "")
        _FONT_FAMILY.append(family or "DejaVu Sans")
    return _FONT_FAMILY[0]


@dataclass
class SheetResult:
    pages: int
    labels: int
    module_mm: float
    version: int
    error_correction: str


def mm_to_px(value_mm: float) -> float:
    return value_mm * RESOLUTION_DPI / 25.4


def module_rectangles(modules: numpy.ndarray):
    """Dark modules as (column, row, width, height) rectangles: horizontal runs,
    stacked while the same run repeats on the next rows (fewer PDF path operators).
    Vectorised: runs are sorted by (start, end, row) and grouped where rows follow."""
    rows, columns = modules.shape
    padded = numpy.zeros((rows, columns + 2), dtype=numpy.int8)
    padded[:, 1:-1] = modules
    changes = numpy.diff(padded, axis=1)
    run_rows, run_starts = numpy.nonzero(changes == 1)
    run_ends = numpy.nonzero(changes == -1)[1]
    if run_rows.size == 0:
        return []
    order = numpy.lexsort((run_rows, run_ends, run_starts))
    run_rows, run_starts, run_ends = run_rows[order], run_starts[order], run_ends[order]
    new_group = numpy.ones(run_rows.size, dtype=bool)
    new_group[1:] = (run_starts[1:] != run_starts[:-1]) | (run_ends[1:] != run_ends[:-1]) | \
        (run_rows[1:] != run_rows[:-1] + 1)
    firsts = numpy.nonzero(new_group)[0]
    heights = numpy.diff(numpy.append(firsts, run_rows.size))
    return list(zip(run_starts[firsts].tolist(), run_rows[firsts].tolist(),
                    (run_ends[firsts] - run_starts[firsts]).tolist(), heights.tolist()))


def qr_path(modules: numpy.ndarray, x_px: float, y_px: float, module_px: float) -> QPainterPath:
    """The QR's dark modules as one path of rectangles (filled as one PDF path)."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    add = path.addRect
    for column, row, width, height in module_rectangles(modules):
        add(x_px + column * module_px, y_px + row * module_px, width * module_px, height * module_px)
    return path


def qr_layout(template: SheetTemplate, modules_count: int, minimum_mm: float = 0.0):
    """(module mm, QR block side mm, QR left of text?) for one label of *template*.

    The QR (with its quiet zone) takes the label's height on wide labels and the
    top of square ones, but no more than 12 % above the module size needed, so
    the text keeps room."""
    width, height = template.label_width_mm, template.label_height_mm
    block_modules = modules_count + 2 * QUIET_ZONE_MODULES
    if width >= height * 1.25:           # wide label: QR on the left, text on the right
        largest, smallest = min(height, width * 0.62), min(height, width * 0.45)
        side_by_side = True
    else:                                 # square or tall: QR on top, text below
        largest, smallest = min(width, height * 0.70), min(width, height * 0.55)
        side_by_side = False
    block = largest
    if minimum_mm:
        block = min(largest, max(smallest, block_modules * minimum_mm * 1.12))
    return block / block_modules, block, side_by_side


class TemplateTooSmall(MyMapError):
    """The QR would have smaller modules on this sheet than the asset type needs, or the asset
    code would not print beside or below it at the smallest type size."""


def sample_code(layer_name: str) -> str:
    """A code as wide as the widest of *layer_name* (every code of a layer has the same length)."""
    return PREFIXES.get(layer_name, "NH") + "8" * (SERIAL_DIGITS + 1)


_METRICS_DEVICE = []


def _metrics_device():
    """A tiny image at RESOLUTION_DPI: the text is measured on it, for the PDF and the preview alike."""
    if not _METRICS_DEVICE:
        from qgis.PyQt.QtGui import QImage
        image = QImage(1, 1, QImage.Format.Format_RGB32)
        dots_per_metre = int(round(RESOLUTION_DPI / 0.0254))
        image.setDotsPerMeterX(dots_per_metre)
        image.setDotsPerMeterY(dots_per_metre)
        _METRICS_DEVICE.append(image)
    return _METRICS_DEVICE[0]


def _font(family, size_pt, bold):
    font = QFont(family)
    font.setPointSizeF(size_pt)
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _points(cap_mm):
    """The type size whose capitals are *cap_mm* high (cap height ≈ 0.75 em)."""
    return cap_mm / 0.3528 / 0.75


@dataclass(frozen=True)
class TagLayout:
    """Where the QR and the text go on one label of a sheet, for QR codes of one size.

    The text box keeps the template's text margin from the label's edge (and stays
    beside or below the QR's quiet zone); every font is at least the template's
    smallest type size, or *fits* is False (the code cannot be printed)."""
    module_mm: float
    block_mm: float
    side_by_side: bool
    box_mm: tuple           # (left, top, right, bottom) of the text, from the label's top left corner
    code_font: QFont
    text_font: QFont
    bold_font: QFont
    fits: bool


def text_box(template: SheetTemplate, block_mm: float, side_by_side: bool):
    """(left, top, right, bottom) mm of the text area inside a label, from its top left corner."""
    margin = template.text_margin_mm
    width, height = template.label_width_mm, template.label_height_mm
    if side_by_side:
        return max(block_mm + 0.5, margin), margin, width - margin, height - margin
    return margin, max(block_mm, margin), width - margin, height - margin


@lru_cache(maxsize=256)
def tag_layout(template: SheetTemplate, modules_count: int, minimum_mm: float, code: str) -> TagLayout:
    """The layout of a label of *template* whose QR has *modules_count* modules a side and whose
    asset code is as wide as *code*. The code takes the largest type that fits the text box
    (capitals up to about a sixth of the label's height); the other lines are half its size or
    less, never below the template's smallest type size."""
    module_mm, block_mm, side_by_side = qr_layout(template, modules_count, minimum_mm)
    box = text_box(template, block_mm, side_by_side)
    width_mm, height_mm = box[2] - box[0], box[3] - box[1]
    device = _metrics_device()
    family = font_family()
    label_height = template.label_height_mm
    code_cap_mm = label_height * 0.16 if side_by_side else (label_height - block_mm) * 0.30
    code_font = _font(family, _points(code_cap_mm), True)
    metrics = QFontMetricsF(code_font, device)
    scale = max(0.01, min(1.0, mm_to_px(width_mm) * 0.97 / metrics.horizontalAdvance(code),
                          mm_to_px(height_mm) / metrics.height()))
    if scale < 1.0:
        code_font = _font(family, code_font.pointSizeF() * scale, True)
        code_cap_mm *= scale
    text_pt = max(template.min_text_pt, _points(min(code_cap_mm * 0.5, label_height * 0.065)))
    fits = code_font.pointSizeF() + 1e-6 >= template.min_text_pt and width_mm > 0 and height_mm > 0
    return TagLayout(module_mm, block_mm, side_by_side, box, code_font, _font(family, text_pt, False),
                     _font(family, text_pt, True), fits)


def _fits(layout: TagLayout, minimum_mm: float) -> bool:
    return layout.module_mm + 1e-9 >= minimum_mm and layout.fits


def _fitting_templates(qr, minimum_mm, code):
    """Ids of the sheets on which the QR and the code fit, most labels per sheet first."""
    return [other.id for other in sorted(TEMPLATES.values(), key=lambda t: -t.slots_per_page)
            if _fits(tag_layout(other, qr.size, minimum_mm, code), minimum_mm)]


def check_module_size(template: SheetTemplate, layer_name: str, payload_example: str, error_correction: str,
                      minimum_mm: float):
    """TemplateTooSmall naming the template and the sheets that would work when the QR would be
    too small on *template*, or its asset code could not be printed at the smallest type size."""
    qr = make_qr(payload_example, error_correction)
    code = sample_code(layer_name)
    layout = tag_layout(template, qr.size, minimum_mm, code)
    if layout.module_mm + 1e-9 < minimum_mm:
        raise TemplateTooSmall(tr("The label template {} is too small for these tags: the QR code (version {}, "
                            "error correction {}) would have {:.2f} mm modules, and tags on this kind of "
                            "asset need at least {:.1f} mm. Use a larger template ({}), or put only the "
                            "asset code in the QR.").format(template.id, qr.version, error_correction,
                                                              layout.module_mm, minimum_mm,
                                                              ", ".join(_fitting_templates(qr, minimum_mm, code))
                                                              or tr("a custom grid")))
    if not layout.fits:
        raise TemplateTooSmall(tr("The label template {} is too small for these tags: beside or below the QR code "
                                  "(version {}), its {:g} × {:g} mm labels leave no room for the asset code in type "
                                  "of {:g} pt or larger, {:g} mm from the label's edge. Use a larger template ({}).")
                               .format(template.id, qr.version, template.label_width_mm, template.label_height_mm,
                                       template.min_text_pt, template.text_margin_mm,
                                       ", ".join(_fitting_templates(qr, minimum_mm, code)) or tr("a custom grid")))
    return qr


_BREAKS = " ./,-"      # a line too wide wraps after a space, or a web address after a dot or slash


def _breaks(text: str) -> list:
    """Where *text* may wrap: after a space, dot, slash, comma or hyphen, but not inside a number
    written in groups (a phone number stays on one line)."""
    return [index + 1 for index, character in enumerate(text[:-1]) if character in _BREAKS
            and not (character == " " and text[index - 1:index].isdigit() and text[index + 1].isdigit())]


def wrap_line(text: str, font: QFont, width_px: float, most: int = 2) -> list:
    """*text* as at most *most* pieces no wider than *width_px* (see _breaks); what still does not
    fit ends with “…”."""
    metrics = QFontMetricsF(font, _metrics_device())
    pieces = []
    rest = text
    while len(pieces) < most - 1 and metrics.horizontalAdvance(rest) > width_px:
        cuts = _breaks(rest)
        fitting = [cut for cut in cuts if metrics.horizontalAdvance(rest[:cut].rstrip()) <= width_px]
        if not fitting:
            break
        pieces.append(rest[:fitting[-1]].rstrip())
        rest = rest[fitting[-1]:].lstrip()
    pieces.append(metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width_px))
    return pieces


def _draw_text(painter, font, text, left_px, baseline, width_px, centred):
    painter.setFont(font)
    if centred:
        left_px += (width_px - QFontMetricsF(font, _metrics_device()).horizontalAdvance(text)) / 2
    painter.drawText(QPointF(left_px, baseline), text)


def draw_label(painter, layout: TagLayout, slot_rect_mm, item, qr, lines):
    """One label: the QR, the asset code (always, whole), then *lines* (most important first), each
    wrapped onto two lines when too wide, while they fit in the text box: the lines that do not fit
    are left out from the least important up."""
    x_mm, y_mm, width_mm, height_mm = slot_rect_mm
    module_mm, block_mm = layout.module_mm, layout.block_mm
    quiet = QUIET_ZONE_MODULES * module_mm
    if layout.side_by_side:
        qr_x, qr_y = x_mm, y_mm + (height_mm - block_mm) / 2
    else:
        qr_x, qr_y = x_mm + (width_mm - block_mm) / 2, y_mm
    path = qr_path(qr.modules, mm_to_px(qr_x + quiet), mm_to_px(qr_y + quiet), mm_to_px(module_mm))
    painter.fillPath(path, QColor(0, 0, 0))

    left, top, right, bottom = layout.box_mm
    left_px, width_px = mm_to_px(x_mm + left), mm_to_px(right - left)
    centred = not layout.side_by_side
    device = _metrics_device()
    code_metrics = QFontMetricsF(layout.code_font, device)
    text_metrics = QFontMetricsF(layout.text_font, device)
    baseline = mm_to_px(y_mm + top) + code_metrics.ascent()
    _draw_text(painter, layout.code_font, item.code, left_px, baseline, width_px, centred)
    baseline += code_metrics.descent() + text_metrics.ascent() + mm_to_px(0.4)
    room = mm_to_px(y_mm + bottom) - baseline - text_metrics.descent()
    rows = int(room // text_metrics.lineSpacing()) + 1 if room >= 0 else 0
    shown = []
    for index, text in enumerate(lines(item)):
        if not text:
            continue
        font = layout.bold_font if index == 0 else layout.text_font
        pieces = wrap_line(text, font, width_px)
        if len(shown) + len(pieces) > rows:
            break
        shown.extend((font, piece) for piece in pieces)
    for font, piece in shown:
        _draw_text(painter, font, piece, left_px, baseline, width_px, centred)
        baseline += text_metrics.lineSpacing()


def _pdf_writer(path, template):
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION_DPI)
    writer.setCreator("MyMap")
    writer.setTitle(tr("QR tags"))
    layout = QPageLayout(QPageSize(QSizeF(template.page_width_mm, template.page_height_mm),
                                   QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch),
                         QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    writer.setPageLayout(layout)
    return writer


def _temporary_path(output: Path) -> Path:
    return output.with_name(".{}.part-{}{}".format(output.stem, os.getpid(), output.suffix))


def check_output_file(output, extension=".pdf") -> Path:
    output = Path(str(output or ""))
    if not str(output) or output.suffix.lower() != extension:
        raise MyMapError(tr("Choose an output file ending in {}.").format(extension))
    folder = output.parent
    if not folder.is_dir():
        raise MyMapError(tr("The folder {} does not exist. Create it first or choose another folder.")
                         .format(folder))
    if not os.access(str(folder), os.W_OK) or (output.exists() and not os.access(str(output), os.W_OK)):
        raise MyMapError(tr("{} cannot be written: choose a folder you may write in.").format(output))
    return output


class LabelPainter:
    """Paints labels of a LabelSource into slots of a template, page after page,
    on any paint device whose logical resolution is RESOLUTION_DPI (the PDF
    writer, or a preview image told it has that resolution): the text is laid out
    once for both (tag_layout), so the preview shows what prints."""

    def __init__(self, source, template: SheetTemplate, start_slot: int = 1, offset_x_mm: float = 0.0,
                 offset_y_mm: float = 0.0, min_module_mm: float = 0.0):
        template.check()
        if not 1 <= int(start_slot) <= template.slots_per_page:
            raise MyMapError(tr("The first free slot must be between 1 and {} on this sheet.")
                             .format(template.slots_per_page))
        self.source = source
        self.template = template
        self.start_slot = int(start_slot)
        self.offsets = (offset_x_mm, offset_y_mm)
        self.error_correction = ERROR_CORRECTION[source.layer_name]
        self.minimum = min_module_mm or MIN_MODULE_MM[source.layer_name]
        longest = max(source.items, key=lambda item: len(item.payload)).payload
        self.largest = check_module_size(template, source.layer_name, longest, self.error_correction, self.minimum)
        self.code = sample_code(source.layer_name)
        from .asset_links import link_host
        self.footer = (source.ward_name, source.hotline, link_host(source.link_template))

    @property
    def pages(self) -> int:
        return (self.start_slot - 1 + len(self.source.items) - 1) // self.template.slots_per_page + 1

    def lines(self, item):
        """The small lines under the code, most important first (the last ones go when room runs out)."""
        return (item.type_text, item.descriptor) + self.footer

    def paint(self, painter, new_page=None, feedback=None, max_pages=None) -> int:
        """Paint the labels; *new_page()* is called between pages. Returns pages painted."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(QPen(QColor(0, 0, 0)))
        template = self.template
        slot = self.start_slot - 1
        pages = 1
        total = len(self.source.items)
        for number, item in enumerate(self.source.items):
            if slot >= template.slots_per_page:
                if max_pages is not None and pages >= max_pages:
                    break
                new_page()
                pages += 1
                slot = 0
            qr = make_qr(item.payload, self.error_correction)
            layout = tag_layout(template, qr.size, self.minimum, self.code)
            draw_label(painter, layout, template.slot_rect(slot, *self.offsets), item, qr, self.lines)
            slot += 1
            if feedback is not None and number % 50 == 0:
                feedback.setProgress(100.0 * number / total)
                if feedback.isCanceled():
                    raise MyMapError(tr("Printing the labels was cancelled; no PDF was written."))
        return pages


def preview_image(source, template: SheetTemplate, start_slot=1, offset_x_mm=0.0, offset_y_mm=0.0,
                  min_module_mm=0.0, dpi=96):
    """The first sheet as an image (for the dialog's live preview), slot outlines in grey."""
    from qgis.PyQt.QtGui import QImage
    label_painter = LabelPainter(source, template, start_slot, offset_x_mm, offset_y_mm, min_module_mm)
    width = int(round(template.page_width_mm / 25.4 * dpi))
    height = int(round(template.page_height_mm / 25.4 * dpi))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(255, 255, 255))
    dots_per_metre = int(round(RESOLUTION_DPI / 0.0254))
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.scale(dpi / RESOLUTION_DPI, dpi / RESOLUTION_DPI)
    outline = QPen(QColor(190, 190, 190))
    outline.setWidthF(mm_to_px(0.2))
    painter.setPen(outline)
    for slot in range(template.slots_per_page):
        x, y, w, h = template.slot_rect(slot)
        painter.drawRoundedRect(QRectF(mm_to_px(x), mm_to_px(y), mm_to_px(w), mm_to_px(h)),
                                mm_to_px(1.5), mm_to_px(1.5))
    label_painter.paint(painter, max_pages=1)
    painter.end()
    image.setDotsPerMeterX(int(round(dpi / 0.0254)))
    image.setDotsPerMeterY(int(round(dpi / 0.0254)))
    return image


@contextmanager
def pdf_painter(output: Path, template: SheetTemplate):
    """(painter, writer) on a temporary PDF beside *output*; the PDF replaces
    *output* only when the block ends without an error, else it is removed."""
    temporary = _temporary_path(output)
    writer = _pdf_writer(temporary, template)
    painter = QPainter()
    if not painter.begin(writer):
        raise MyMapError(tr("{} cannot be written: choose a folder you may write in.").format(output))
    try:
        yield painter, writer
        painter.end()
        os.replace(str(temporary), str(output))
    except BaseException:
        if painter.isActive():
            painter.end()
        _remove(temporary)
        raise
    finally:
        del writer


def write_label_sheets(source, template: SheetTemplate, output, start_slot: int = 1, offset_x_mm: float = 0.0,
                       offset_y_mm: float = 0.0, min_module_mm: float = 0.0, feedback=None) -> SheetResult:
    """Write the labels of *source* (a LabelSource) onto sheets of *template* as a PDF.

    *start_slot* is the first free slot (1-based) of the first, partly used sheet.
    """
    output = check_output_file(output)
    label_painter = LabelPainter(source, template, start_slot, offset_x_mm, offset_y_mm, min_module_mm)
    with pdf_painter(output, template) as (painter, writer):
        pages = label_painter.paint(painter, writer.newPage, feedback)
    largest = label_painter.largest
    return SheetResult(pages, len(source.items), qr_layout(template, largest.size, label_painter.minimum)[0],
                       largest.version, label_painter.error_correction)


def _remove(path: Path):
    try:
        path.unlink()
    except FileNotFoundError:
        return


def write_calibration_page(template: SheetTemplate, output, offset_x_mm=0.0, offset_y_mm=0.0) -> Path:
    """A page to align a printer with a label sheet: every slot's outline and
    centre cross, 100 mm rulers, and how to read them."""
    template.check()
    output = check_output_file(output)
    with pdf_painter(output, template) as (painter, _writer):
        pen = QPen(QColor(0, 0, 0))
        pen.setWidthF(mm_to_px(0.15))
        painter.setPen(pen)
        for slot in range(template.slots_per_page):
            x, y, w, h = template.slot_rect(slot, offset_x_mm, offset_y_mm)
            painter.drawRect(QRectF(mm_to_px(x), mm_to_px(y), mm_to_px(w), mm_to_px(h)))
            cx, cy = x + w / 2, y + h / 2
            painter.drawLine(QPointF(mm_to_px(cx - 3), mm_to_px(cy)), QPointF(mm_to_px(cx + 3), mm_to_px(cy)))
            painter.drawLine(QPointF(mm_to_px(cx), mm_to_px(cy - 3)), QPointF(mm_to_px(cx), mm_to_px(cy + 3)))
        ruler = min(100.0, template.page_width_mm - 10, template.page_height_mm - 10)
        for tick in range(int(ruler) + 1):
            length = 3.0 if tick % 10 == 0 else (2.0 if tick % 5 == 0 else 1.0)
            painter.drawLine(QPointF(mm_to_px(5 + tick), mm_to_px(5)), QPointF(mm_to_px(5 + tick), mm_to_px(5 + length)))
            painter.drawLine(QPointF(mm_to_px(5), mm_to_px(5 + tick)), QPointF(mm_to_px(5 + length), mm_to_px(5 + tick)))
        font = QFont(font_family())
        font.setPointSizeF(7 if template.page_width_mm > 100 else 4.5)
        painter.setFont(font)
        text = tr("Calibration for {}: print at 100 % (actual size), never “fit to page”. Each ruler is {:.0f} mm "
                  "long. Lay this page on a label sheet against the light: the outlines must match the labels. "
                  "If they are shifted, set the printer offsets X/Y (mm) and print this page again. "
                  "Offsets now: X {:+.1f} mm, Y {:+.1f} mm.").format(template.id, ruler, offset_x_mm, offset_y_mm)
        painter.drawText(QRectF(mm_to_px(12), mm_to_px(9), mm_to_px(template.page_width_mm - 17),
                                mm_to_px(max(20.0, template.page_height_mm - 14))),
                         int(Qt.TextFlag.TextWordWrap), text)
    return output
