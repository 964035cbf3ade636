"""Label sheet templates: where each label sits on the page, in millimetres.

Common A4 sheets (Avery/Herma-compatible layouts), a single-label roll, large
plates for manholes and poles, weatherproof 8-per-A4 tags for trees, sensor
poles and drainage lines (a full link fits at their 1.3 mm module), and a
custom grid for any other sheet.
Minimum QR module sizes per asset type follow field practice: phones read a
code from about 17–20 × its width, so tags read from further away need
larger modules.
"""
from dataclasses import dataclass

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map.schema import N_

A4 = (210.0, 297.0)
# Printed text on every label: at least this type size, and this clear space from the label's edge
# (issue 13). The QR's own quiet zone and minimum module (below) are separate rules.
MIN_TEXT_PT = 6.0
TEXT_MARGIN_MM = 2.0


@dataclass(frozen=True)
class SheetTemplate:
    id: str
    title: str
    page_width_mm: float
    page_height_mm: float
    columns: int
    rows: int
    label_width_mm: float
    label_height_mm: float
    margin_left_mm: float
    margin_top_mm: float
    gap_x_mm: float = 0.0
    gap_y_mm: float = 0.0
    text_margin_mm: float = TEXT_MARGIN_MM  # clear space between printed text and the label's edge
    min_text_pt: float = MIN_TEXT_PT        # smallest type size printed

    @property
    def slots_per_page(self) -> int:
        return self.columns * self.rows

    def slot_rect(self, slot: int, offset_x_mm: float = 0.0, offset_y_mm: float = 0.0):
        """(x, y, width, height) in mm of slot *slot* (0-based, row by row) on its page."""
        index = slot % self.slots_per_page
        row, column = divmod(index, self.columns)
        x = self.margin_left_mm + column * (self.label_width_mm + self.gap_x_mm) + offset_x_mm
        y = self.margin_top_mm + row * (self.label_height_mm + self.gap_y_mm) + offset_y_mm
        return x, y, self.label_width_mm, self.label_height_mm

    def check(self) -> "SheetTemplate":
        """MyMapError when the grid does not fit on the page or is empty."""
        if self.columns < 1 or self.rows < 1 or self.label_width_mm <= 0 or self.label_height_mm <= 0:
            raise MyMapError(tr("The label grid needs at least one row and one column of labels "
                                "with a positive size."))
        if self.page_width_mm <= 0 or self.page_height_mm <= 0:
            raise MyMapError(tr("The page size must be positive."))
        right = self.margin_left_mm + self.columns * self.label_width_mm + (self.columns - 1) * self.gap_x_mm
        bottom = self.margin_top_mm + self.rows * self.label_height_mm + (self.rows - 1) * self.gap_y_mm
        if self.margin_left_mm < 0 or self.margin_top_mm < 0 or self.gap_x_mm < 0 or self.gap_y_mm < 0:
            raise MyMapError(tr("Margins and gaps cannot be negative."))
        if right > self.page_width_mm + 0.01 or bottom > self.page_height_mm + 0.01:
            raise MyMapError(tr("The labels do not fit on the page: the grid is {:.1f} × {:.1f} mm, the "
                                "page {:.1f} × {:.1f} mm. Check the rows, columns, label size, margins "
                                "and gaps.").format(right, bottom, self.page_width_mm, self.page_height_mm))
        return self


TEMPLATES = {t.id: t for t in (
    SheetTemplate("L7160", N_("A4, 3 × 7 labels of 63.5 × 38.1 mm (L7160)"), *A4, 3, 7, 63.5, 38.1,
                  7.21, 15.15, 2.54, 0.0),
    SheetTemplate("L7163", N_("A4, 2 × 7 labels of 99.1 × 38.1 mm (L7163)"), *A4, 2, 7, 99.1, 38.1,
                  4.65, 15.15, 2.5, 0.0),
    SheetTemplate("L7651", N_("A4, 5 × 13 labels of 38.1 × 21.2 mm (L7651)"), *A4, 5, 13, 38.1, 21.2,
                  4.67, 10.7, 2.54, 0.0),
    SheetTemplate("L7159", N_("A4, 3 × 8 labels of 63.5 × 33.9 mm (L7159)"), *A4, 3, 8, 63.5, 33.9,
                  7.21, 12.9, 2.54, 0.0),
    SheetTemplate("ROLL_50x30", N_("Label roll, one 50 × 30 mm label per page"), 50.0, 30.0, 1, 1,
                  50.0, 30.0, 0.0, 0.0),
    SheetTemplate("PLATE_A4", N_("Plates for manholes and poles, A4, 2 plates of 190 × 135 mm"), *A4,
                  1, 2, 190.0, 135.0, 10.0, 11.0, 0.0, 5.0),
)}
# Outdoor tags (trees, sensor poles, drainage lines): the common 8-per-A4 layout of 99.1 × 67.7 mm
# (L7165 geometry), sold as weatherproof polyester/vinyl sheets. A link of up to 64 upper-case
# characters (QR version 5 at error correction H) fits with modules of at least 1.3 mm.
OUTDOOR_TAG = "TAG_A4_8"
TEMPLATES[OUTDOOR_TAG] = SheetTemplate(
    OUTDOOR_TAG, N_("Weatherproof tags for trees, poles and drains, A4, 2 × 4 tags of 99.1 × 67.7 mm"), *A4,
    2, 4, 99.1, 67.7, 4.65, 13.1, 2.5, 0.0)
CUSTOM = "CUSTOM"
# Index order is public (Processing's TEMPLATE enum): new sheets go after CUSTOM.
TEMPLATE_IDS = ("L7160", "L7163", "L7651", "L7159", "ROLL_50x30", "PLATE_A4", CUSTOM, OUTDOOR_TAG)

# Smallest QR module (mm) per asset layer, and error correction (Q sheltered, H outdoors).
MIN_MODULE_MM = {"housing": 0.9, "trees": 1.3, "sensors": 1.3, "drainage_lines": 1.3,
                 "drainage_nodes": 2.0}
ERROR_CORRECTION = {"housing": "Q", "trees": "H", "sensors": "H", "drainage_lines": "H",
                    "drainage_nodes": "H"}
QUIET_ZONE_MODULES = 4
# The sheet each asset type is printed on unless the user picks another one.
PREFERRED_TEMPLATE = {"housing": "L7160", "trees": OUTDOOR_TAG, "sensors": OUTDOOR_TAG,
                      "drainage_lines": OUTDOOR_TAG, "drainage_nodes": "PLATE_A4"}


def template_by_id(template_id: str) -> SheetTemplate:
    if template_id not in TEMPLATES:
        raise MyMapError(tr("Unknown label template {}; choose one of {}.")
                         .format(template_id, ", ".join(TEMPLATE_IDS)))
    return TEMPLATES[template_id]


def custom_template(page_width_mm, page_height_mm, columns, rows, label_width_mm, label_height_mm,
                    margin_left_mm, margin_top_mm, gap_x_mm=0.0, gap_y_mm=0.0) -> SheetTemplate:
    return SheetTemplate(CUSTOM, N_("Custom grid"), float(page_width_mm), float(page_height_mm),
                         int(columns), int(rows), float(label_width_mm), float(label_height_mm),
                         float(margin_left_mm), float(margin_top_mm), float(gap_x_mm),
                         float(gap_y_mm)).check()
