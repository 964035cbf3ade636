"""Checks a label-sheet PDF the way a field team would find its bugs: render every
page (pypdfium2), decode every QR (zxing-cpp) and compare slot by slot."""
import math
from dataclasses import dataclass
from pathlib import Path

import numpy
import pypdfium2
import pypdfium2.raw as pdfium_raw
import zxingcpp

from mymap_plugin.qr_labels.label_templates import QUIET_ZONE_MODULES
from mymap_plugin.qr_labels.qr_matrix import make_qr

DPI = 300


@dataclass
class SlotCheck:
    page: int
    slot: int
    text: str
    module_mm: float
    printed: str


def mm_to_render_px(value_mm):
    return value_mm / 25.4 * DPI


def check_label_pdf(path, template, expected, error_correction, min_module_mm, start_slot=1,
                    offset_x_mm=0.0, offset_y_mm=0.0):
    """*expected*: the payloads (in order) from slot *start_slot* of page 1 on.
    Returns the SlotChecks; fails (AssertionError) on any mismatch."""
    document = pypdfium2.PdfDocument(str(path))
    per_page = template.slots_per_page
    first = start_slot - 1
    pages_needed = math.ceil((first + len(expected)) / per_page)
    assert len(document) == pages_needed, (len(document), pages_needed)
    raw = Path(path).read_bytes()
    assert b"/FontFile2" in raw, "fonts are not embedded"
    checks = []
    decoded = []
    for page_index in range(len(document)):
        page = document[page_index]
        kinds = [obj.type for obj in page.get_objects()]
        assert pdfium_raw.FPDF_PAGEOBJ_IMAGE not in kinds, "the PDF holds raster images"
        labels_on_page = [i for i in range(per_page)
                          if 0 <= page_index * per_page + i - first < len(expected)]
        assert kinds.count(pdfium_raw.FPDF_PAGEOBJ_PATH) == len(labels_on_page), \
            "one merged vector path per QR expected"
        width_pt, height_pt = page.get_size()
        assert abs(width_pt / 72 * 25.4 - template.page_width_mm) < 0.2
        assert abs(height_pt / 72 * 25.4 - template.page_height_mm) < 0.2
        image = page.render(scale=DPI / 72, grayscale=True).to_numpy()
        gray = image[:, :, 0] if image.ndim == 3 else image
        text_page = page.get_textpage()
        for slot in range(per_page):
            index = page_index * per_page + slot - first
            x, y, w, h = template.slot_rect(slot, offset_x_mm, offset_y_mm)
            x0, y0 = int(mm_to_render_px(x)), int(mm_to_render_px(y))
            x1, y1 = math.ceil(mm_to_render_px(x + w)), math.ceil(mm_to_render_px(y + h))
            crop = numpy.ascontiguousarray(gray[max(0, y0):y1, max(0, x0):x1])
            found = zxingcpp.read_barcodes(crop, formats=zxingcpp.BarcodeFormat.QRCode)
            printed = text_page.get_text_bounded(
                left=x / 25.4 * 72, right=(x + w) / 25.4 * 72,
                bottom=height_pt - (y + h) / 25.4 * 72, top=height_pt - y / 25.4 * 72)
            if not 0 <= index < len(expected):
                assert found == [] and printed.strip() == "", "slot {} of page {} should be empty".format(
                    slot + 1, page_index + 1)
                continue
            assert len(found) == 1, "slot {} of page {}: {} QR codes".format(slot + 1, page_index + 1, len(found))
            barcode = found[0]
            assert barcode.text == expected[index], (barcode.text, expected[index])
            qr = make_qr(expected[index], error_correction)
            assert barcode.ec_level == error_correction
            position = barcode.position
            side_px = math.hypot(position.top_right.x - position.top_left.x,
                                 position.top_right.y - position.top_left.y)
            module_mm = side_px / qr.size / DPI * 25.4
            assert module_mm + 0.02 >= min_module_mm, (module_mm, min_module_mm)
            # The quiet zone lies inside the label.
            quiet_px = (QUIET_ZONE_MODULES - 0.5) * module_mm / 25.4 * DPI
            xs = [p.x for p in (position.top_left, position.top_right, position.bottom_left, position.bottom_right)]
            ys = [p.y for p in (position.top_left, position.top_right, position.bottom_left, position.bottom_right)]
            assert min(xs) >= quiet_px - 2 and min(ys) >= quiet_px - 2
            assert crop.shape[1] - max(xs) >= quiet_px - 3 and crop.shape[0] - max(ys) >= quiet_px - 3
            checks.append(SlotCheck(page_index + 1, slot + 1, barcode.text, module_mm, printed))
            decoded.append(barcode.text)
    assert decoded == list(expected)
    return checks
