"""Label sheets as vector PDF: one QR tag per label slot.

Each QR is drawn as one merged vector path (pure black, whole modules, a quiet
zone of 4 modules inside the label), with the asset code in large type, the
asset type, a short descriptor, the ward's name, the hotline and the resolver's
web address in clear text. Fonts are embedded by Qt's PDF writer (DejaVu Sans
when available: it has every Vietnamese diacritic).

The PDF is written under a temporary name and moved into place when complete:
an error or a cancel never leaves a half-written PDF.
"""
import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy

from qgis.PyQt.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QFontMetricsF, QPageLayout, QPageSize, QPainter, \
    QPainterPath, QPdfWriter, QPen

from ..errors import MyMapError
from ..i18n import tr
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
    """The QR would have smaller modules on this sheet than the asset type needs."""


def check_module_size(template: SheetTemplate, layer_name: str, payload_example: str, error_correction: str,
                      minimum_mm: float):
    """MyMapError naming the template when the QR would be too small."""
    qr = make_qr(payload_example, error_correction)
    module_mm, _block, _side = qr_layout(template, qr.size, minimum_mm)
    if module_mm + 1e-9 < minimum_mm:
        fitting = []
        for other in sorted(TEMPLATES.values(), key=lambda t: -t.slots_per_page):
            if qr_layout(other, qr.size)[0] + 1e-9 >= minimum_mm:
                fitting.append(other.id)
        raise TemplateTooSmall(tr("The label template {} is too small for these tags: the QR code (version {}, "
                            "error correction {}) would have {:.2f} mm modules, and tags on this kind of "
                            "asset need at least {:.1f} mm. Use a larger template ({}), or put only the "
                            "asset code in the QR.").format(template.id, qr.version, error_correction,
                                                              module_mm, minimum_mm,
                                                              ", ".join(fitting) or tr("a custom grid")))
    return qr


class _Fonts:
    """Fonts and their metrics on the PDF device (metrics must come from the device's DPI).
    The code's font is the largest that fits the text area's width."""

    def __init__(self, template, side_by_side, block_mm, device, sample_code="NH0000000"):
        family = font_family()
        height = template.label_height_mm
        if side_by_side:
            text_width = template.label_width_mm - block_mm - 0.5 - max(1.0, template.text_margin_mm)
            code_mm = height * 0.16
        else:
            text_width = template.label_width_mm - 2 * max(1.5, template.text_margin_mm)
            code_mm = (height - block_mm) * 0.30
        self.text_width_px = mm_to_px(text_width)
        self.code = self._font(family, code_mm, True)
        width = QFontMetricsF(self.code, device).horizontalAdvance(sample_code)
        if width > self.text_width_px:
            self.code = self._font(family, code_mm * self.text_width_px / width * 0.97, True)
        code_cap_mm = self.code.pointSizeF() * 0.3528 * 0.75
        small_mm = max(1.3, min(code_cap_mm * 0.5, template.label_height_mm * 0.065),
                       template.min_text_pt * 0.3528 * 0.75)
        self.text = self._font(family, small_mm, False)
        self.bold_text = self._font(family, small_mm, True)
        self.code_metrics = QFontMetricsF(self.code, device)
        self.text_metrics = QFontMetricsF(self.text, device)

    @staticmethod
    def _font(family, cap_mm, bold):
        font = QFont(family)
        font.setPointSizeF(max(3.0, cap_mm / 0.3528 / 0.75))   # cap height ≈ 0.75 em
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return font


def draw_label(painter, fonts, template, slot_rect_mm, item, qr, module_mm, block_mm, side_by_side, lines):
    x_mm, y_mm, width_mm, height_mm = slot_rect_mm
    quiet = QUIET_ZONE_MODULES * module_mm
    if side_by_side:
        qr_x, qr_y = x_mm, y_mm + (height_mm - block_mm) / 2
    else:
        qr_x, qr_y = x_mm + (width_mm - block_mm) / 2, y_mm
    path = qr_path(qr.modules, mm_to_px(qr_x + quiet), mm_to_px(qr_y + quiet), mm_to_px(module_mm))
    painter.fillPath(path, QColor(0, 0, 0))

    margin = template.text_margin_mm
    if side_by_side:
        text_left, text_top = x_mm + block_mm + 0.5, y_mm + max(1.2, margin)
        text_right, text_bottom = x_mm + width_mm - max(1.0, margin), y_mm + height_mm - max(1.0, margin)
    else:
        text_left, text_top = x_mm + max(1.5, margin), max(qr_y + block_mm, y_mm + margin)
        text_right, text_bottom = x_mm + width_mm - max(1.5, margin), y_mm + height_mm - max(1.0, margin)
    width_px = mm_to_px(text_right - text_left)
    left_px = mm_to_px(text_left)
    baseline = mm_to_px(text_top) + fonts.code_metrics.ascent()
    bottom_px = mm_to_px(text_bottom)
    painter.setFont(fonts.code)
    code_text = fonts.code_metrics.elidedText(item.code, Qt.TextElideMode.ElideRight, width_px)
    if side_by_side:
        painter.drawText(QPointF(left_px, baseline), code_text)
    else:
        painter.drawText(QRectF(left_px, mm_to_px(text_top), width_px, fonts.code_metrics.height()),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, code_text)
    baseline += fonts.code_metrics.descent() + fonts.text_metrics.ascent() + mm_to_px(0.4)
    painter.setFont(fonts.text)
    for index, text in enumerate(lines(item)):
        if not text:
            continue
        if baseline + fonts.text_metrics.descent() > bottom_px:
            break
        font = fonts.bold_text if index == 0 else fonts.text
        painter.setFont(font)
        shown = fonts.text_metrics.elidedText(text, Qt.TextElideMode.ElideRight, width_px)
        if side_by_side:
            painter.drawText(QPointF(left_px, baseline), shown)
        else:
            top = baseline - fonts.text_metrics.ascent()
            painter.drawText(QRectF(left_px, top, width_px, fonts.text_metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, shown)
        baseline += fonts.text_metrics.lineSpacing()


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
    writer, or a preview image told it has that resolution)."""

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
        from .asset_links import link_host
        self.footer = (source.ward_name, source.hotline, link_host(source.link_template))
        self._layouts = {}
        self._fonts = {}

    @property
    def pages(self) -> int:
        return (self.start_slot - 1 + len(self.source.items) - 1) // self.template.slots_per_page + 1

    def lines(self, item):
        return (item.type_text, item.descriptor) + self.footer

    def paint(self, painter, device, new_page=None, feedback=None, max_pages=None) -> int:
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
            layout = self._layouts.get(qr.size)
            if layout is None:
                layout = self._layouts[qr.size] = qr_layout(template, qr.size, self.minimum)
            module_mm, block_mm, side_by_side = layout
            fonts = self._fonts.get(qr.size)
            if fonts is None:
                fonts = self._fonts[qr.size] = _Fonts(template, side_by_side, block_mm, device,
                                                      item.code[:2] + "8" * (len(item.code) - 2))
            draw_label(painter, fonts, template, template.slot_rect(slot, *self.offsets), item, qr,
                       module_mm, block_mm, side_by_side, self.lines)
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
    label_painter.paint(painter, image, max_pages=1)
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
        pages = label_painter.paint(painter, writer, writer.newPage, feedback)
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
