"""mymap:generate_labels: every printed QR decodes, in its slot, beside its own code,
large enough, as vector; and bad input leaves no PDF."""
import sqlite3

import processing
import pytest
from qgis.core import QgsProcessingException, QgsProject, QgsVectorLayer

from mymap_plugin.qr_labels.label_templates import MIN_MODULE_MM, TEMPLATE_IDS, TEMPLATES, custom_template
from tests.conftest import LINK, folder_state, set_link_and_hotline
from tests.label_check import check_label_pdf



def ward_with_link(path):
    return set_link_and_hotline(path)


def codes(path, table, limit, where="1=1"):
    with sqlite3.connect(path) as connection:
        return [row[0] for row in connection.execute(
            "SELECT asset_code FROM {} WHERE {} ORDER BY asset_code LIMIT ?".format(table, where), (limit,))]


@pytest.fixture(autouse=True)
def empty_project():
    """Layers live in the project (passed to Processing by id) and leave with each test."""
    yield
    QgsProject.instance().removeAllMapLayers()


def layer(path, table):
    result = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
    assert result.isValid()
    QgsProject.instance().addMapLayer(result)
    return result


def selected(ward, table, count):
    """The ward's *table* in the project with its first *count* assets selected: (layer, codes)."""
    ward_with_link(ward)
    source = layer(ward, table)
    wanted = codes(ward, table, count)
    select_codes(source, wanted)
    return source, wanted


def select_codes(vector_layer, wanted):
    ids = [f.id() for f in vector_layer.getFeatures() if f["asset_code"] in set(wanted)]
    vector_layer.selectByIds(ids)


def generate(output, **parameters):
    parameters.setdefault("TEMPLATE", 0)
    if isinstance(parameters.get("INPUT"), QgsVectorLayer):
        parameters["INPUT"] = parameters["INPUT"].id()
    parameters["OUTPUT"] = str(output)
    return processing.run("mymap:generate_labels", parameters)


def check_text_matches(checks, expected_codes):
    for check, code in zip(checks, expected_codes):
        assert check.text.endswith(code)
        assert code in check.printed, (code, check.printed)
        others = [c for c in expected_codes if c != code and c in check.printed]
        assert others == [], "another asset's code printed in this slot"


def test_one_house_label(demo_ward, tmp_path, mymap_provider, vietnamese):
    houses, wanted = selected(demo_ward, "housing", 1)
    result = generate(tmp_path / "one.pdf", INPUT=houses, SELECTED_ONLY=True)
    assert result["LABELS"] == 1 and result["PAGES"] == 1
    checks = check_label_pdf(tmp_path / "one.pdf", TEMPLATES["L7160"], [LINK.format(c) for c in wanted], "Q",
                             MIN_MODULE_MM["housing"])
    check_text_matches(checks, wanted)
    printed = checks[0].printed
    assert "Nhà ở" in printed and "Phường Mỹ Hào" in printed and "Phố Bạch Đằng" in printed
    assert "☎ 0221 3943 888" in printed and "myhao.hungyen.vn" in printed


def test_partly_used_sheet_with_printer_offsets(demo_ward, tmp_path, mymap_provider):
    houses, wanted = selected(demo_ward, "housing", 40)
    generate(tmp_path / "partly.pdf", INPUT=houses, SELECTED_ONLY=True, START_SLOT=5, OFFSET_X=1.5, OFFSET_Y=-1.0)
    checks = check_label_pdf(tmp_path / "partly.pdf", TEMPLATES["L7160"], [LINK.format(c) for c in wanted], "Q",
                             0.9, start_slot=5, offset_x_mm=1.5, offset_y_mm=-1.0)
    assert (checks[0].page, checks[0].slot) == (1, 5)
    assert (checks[-1].page, checks[-1].slot) == (3, 2)
    check_text_matches(checks, wanted)


def test_a_thousand_labels(demo_ward, tmp_path, mymap_provider):
    houses, wanted = selected(demo_ward, "housing", 1000)
    result = generate(tmp_path / "thousand.pdf", INPUT=houses, SELECTED_ONLY=True, TEMPLATE=3)   # L7159
    assert result["LABELS"] == 1000 and result["PAGES"] == 42
    checks = check_label_pdf(tmp_path / "thousand.pdf", TEMPLATES["L7159"], [LINK.format(c) for c in wanted],
                             "Q", 0.9)
    check_text_matches(checks, wanted)


@pytest.mark.parametrize("template_id, table, payload, min_module", [
    ("L7163", "sensors", 1, 0.0),          # outdoor sensors: error correction H
    ("L7651", "housing", 1, 0.5),          # tiny labels: codes only, smaller modules asked for
    ("ROLL_50x30", "housing", 1, 0.0),
    ("PLATE_A4", "drainage_nodes", 0, 0.0),
])
def test_every_template(demo_ward, tmp_path, mymap_provider, template_id, table, payload, min_module):
    source, wanted = selected(demo_ward, table, 6)
    generate(tmp_path / "sheet.pdf", INPUT=source, SELECTED_ONLY=True, TEMPLATE=TEMPLATE_IDS.index(template_id),
             PAYLOAD=payload, MIN_MODULE_MM=min_module)
    payloads = [LINK.format(c) if payload == 0 else c for c in wanted]
    ec = "Q" if table == "housing" else "H"
    checks = check_label_pdf(tmp_path / "sheet.pdf", TEMPLATES[template_id], payloads, ec,
                             min_module or MIN_MODULE_MM[table])
    check_text_matches(checks, wanted)


def test_custom_grid(demo_ward, tmp_path, mymap_provider):
    trees, wanted = selected(demo_ward, "trees", 5)
    grid = dict(CUSTOM_PAGE_WIDTH=100, CUSTOM_PAGE_HEIGHT=150, CUSTOM_COLUMNS=1, CUSTOM_ROWS=3,
                CUSTOM_LABEL_WIDTH=90, CUSTOM_LABEL_HEIGHT=45, CUSTOM_MARGIN_LEFT=5, CUSTOM_MARGIN_TOP=3,
                CUSTOM_GAP_X=0, CUSTOM_GAP_Y=2)
    generate(tmp_path / "custom.pdf", INPUT=trees, SELECTED_ONLY=True, TEMPLATE=TEMPLATE_IDS.index("CUSTOM"),
             PAYLOAD=1, **grid)
    template = custom_template(100, 150, 1, 3, 90, 45, 5, 3, 0, 2)
    checks = check_label_pdf(tmp_path / "custom.pdf", template, wanted, "H", 1.3)
    check_text_matches(checks, wanted)
    assert all("Cây xanh" in check.printed for check in checks)


def test_calibration_page(tmp_path, mymap_provider):
    generate(tmp_path / "calibration.pdf", CALIBRATION_PAGE=True, OFFSET_X=1.0)
    import pypdfium2
    page = pypdfium2.PdfDocument(str(tmp_path / "calibration.pdf"))[0]
    text = page.get_textpage().get_text_range()
    assert "100 %" in text and "L7160" in text and "+1.0" in text


# ----------------------------------------------------------------------------- bad input

def test_assets_without_code_are_refused(demo_ward, tmp_path, mymap_provider):
    from osgeo import ogr
    dataset = ogr.Open(str(demo_ward), 1)
    sensors = dataset.GetLayerByName("sensors")
    feature = ogr.Feature(sensors.GetLayerDefn())
    feature.SetField("station_name", "Trạm chưa có mã")
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POINT (556900 2316000)"))
    sensors.CreateFeature(feature)
    dataset = None
    before = folder_state(tmp_path)
    with pytest.raises(QgsProcessingException, match="no asset code"):
        generate(tmp_path / "out.pdf", INPUT=layer(demo_ward, "sensors"), TEMPLATE=1)
    assert folder_state(tmp_path) == before


def test_template_too_small_says_which(demo_ward, tmp_path, mymap_provider):
    ward_with_link(demo_ward)
    with pytest.raises(QgsProcessingException, match="L7651 is too small.*2.0 mm"):
        generate(tmp_path / "out.pdf", INPUT=layer(demo_ward, "drainage_nodes"), TEMPLATE=2)
    assert not (tmp_path / "out.pdf").exists()


def test_unknown_placeholder_in_link_template(demo_ward, tmp_path, mymap_provider):
    with sqlite3.connect(demo_ward) as connection:
        connection.execute("UPDATE mymap_ward_settings SET value = 'HTTPS://X.VN/{serial}' "
                           "WHERE key = 'qr_link_template'")
    with pytest.raises(QgsProcessingException, match=r"\{serial\}"):
        generate(tmp_path / "out.pdf", INPUT=layer(demo_ward, "housing"))
    assert list(tmp_path.glob("*.pdf")) == []


def test_empty_selection(demo_ward, tmp_path, mymap_provider):
    houses = layer(demo_ward, "housing")
    houses.removeSelection()
    with pytest.raises(QgsProcessingException, match="No asset is selected"):
        generate(tmp_path / "out.pdf", INPUT=houses, SELECTED_ONLY=True)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*")) == []


def test_unwritable_output(demo_ward, tmp_path, mymap_provider):
    with pytest.raises(QgsProcessingException, match="does not exist"):
        generate(tmp_path / "missing" / "out.pdf", INPUT=layer(demo_ward, "sensors"), TEMPLATE=1)


def test_not_an_asset_layer(demo_ward, tmp_path, mymap_provider):
    with pytest.raises(QgsProcessingException, match="has no QR tags"):
        generate(tmp_path / "out.pdf", INPUT=layer(demo_ward, "residential_groups"))


def test_cancel_leaves_no_pdf(demo_ward, tmp_path, qgis_app):
    from qgis.core import QgsFeedback
    from mymap_plugin.errors import MyMapError
    from mymap_plugin.qr_labels.label_content import label_source
    from mymap_plugin.qr_labels.label_sheet import write_label_sheets
    ward_with_link(demo_ward)
    source = label_source(layer(demo_ward, "housing"))
    feedback = QgsFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 10 else None)
    with pytest.raises(MyMapError, match="cancelled"):
        write_label_sheets(source, TEMPLATES["L7160"], tmp_path / "out.pdf", feedback=feedback)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*")) == []


# ----------------------------------------------------------------------------- outdoor tags that link

LONG_LINK = "HTTPS://QR.MYHAO.HUNGYEN.GOV.VN/A/{}"       # 43 characters with a 9-character code


def text_geometry(path, template):
    """(smallest font size in pt, smallest distance in mm from a printed character to its label's edge)."""
    import pypdfium2
    import pypdfium2.raw as pdfium_raw
    document = pypdfium2.PdfDocument(str(path))
    smallest_pt, closest_mm = 1000.0, 1000.0
    for page in document:
        height_pt = page.get_size()[1]
        text_page = page.get_textpage()
        slots = [template.slot_rect(slot) for slot in range(template.slots_per_page)]
        for index in range(text_page.count_chars()):
            if text_page.get_text_range(index, 1).strip() == "":
                continue
            left, bottom, right, top = [v / 72 * 25.4 for v in text_page.get_charbox(index)]
            top, bottom = height_pt / 72 * 25.4 - top, height_pt / 72 * 25.4 - bottom
            slot = [s for s in slots if s[0] <= (left + right) / 2 <= s[0] + s[2]
                    and s[1] <= (top + bottom) / 2 <= s[1] + s[3]]
            assert len(slot) == 1, "a character outside every label"
            x, y, w, h = slot[0]
            closest_mm = min(closest_mm, left - x, x + w - right, top - y, y + h - bottom)
            # The font size is in text space: scaled by the character's matrix (Qt's PDF writer draws
            # in 1200-dpi units, so "Tf 100" under a 0.06 scale is 6 pt on paper).
            matrix = pdfium_raw.FS_MATRIX()
            assert pdfium_raw.FPDFText_GetMatrix(text_page.raw, index, matrix)
            scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
            smallest_pt = min(smallest_pt, pdfium_raw.FPDFText_GetFontSize(text_page.raw, index) * scale)
    return smallest_pt, closest_mm


@pytest.mark.parametrize("table", ["trees", "sensors", "drainage_lines"])
def test_outdoor_tags_hold_links(demo_ward, tmp_path, mymap_provider, table):
    """A 43-character link fits the outdoor tag at the 1.3 mm module, 8 tags per A4 sheet."""
    set_link_and_hotline(demo_ward, LONG_LINK.format("{code}"))
    source = layer(demo_ward, table)
    wanted = codes(demo_ward, table, 10)
    select_codes(source, wanted)
    result = generate(tmp_path / "tags.pdf", INPUT=source, SELECTED_ONLY=True,
                      TEMPLATE=TEMPLATE_IDS.index("TAG_A4_8"), PAYLOAD=0)
    template = TEMPLATES["TAG_A4_8"]
    assert template.slots_per_page >= 8 and (template.page_width_mm, template.page_height_mm) == (210, 297)
    assert result["LABELS"] == 10 and result["PAGES"] == 2
    links = [LONG_LINK.format(c) for c in wanted]
    assert len(links[0]) == 43
    checks = check_label_pdf(tmp_path / "tags.pdf", template, links, "H", 1.3)
    check_text_matches(checks, wanted)
    assert all(check.module_mm >= 1.3 for check in checks)
    assert all("qr.myhao.hungyen.gov.vn" in check.printed and "Phường Mỹ Hào" in check.printed for check in checks)
    smallest_pt, closest_mm = text_geometry(tmp_path / "tags.pdf", template)
    assert smallest_pt >= 6.0 - 0.05, smallest_pt
    assert closest_mm >= 2.0 - 0.05, closest_mm


def test_every_tree_with_its_link(demo_ward, tmp_path, qgis_app):
    """All the demo's trees with links: 8 per page, not 2 (manhole plates)."""
    from mymap_plugin.qr_labels.label_content import label_source
    from mymap_plugin.qr_labels.label_sheet import write_label_sheets
    set_link_and_hotline(demo_ward, LONG_LINK.format("{code}"))
    source = label_source(layer(demo_ward, "trees"))
    template = TEMPLATES["TAG_A4_8"]
    result = write_label_sheets(source, template, tmp_path / "trees.pdf")
    assert result.pages == -(-len(source.items) // 8) and result.module_mm >= 1.3
    checks = check_label_pdf(tmp_path / "trees.pdf", template, [item.payload for item in source.items], "H", 1.3)
    check_text_matches(checks, [item.code for item in source.items])


def test_dialog_says_why_and_never_switches_silently(demo_ward, qgis_iface, qgis_app):
    from mymap_plugin.qr_labels.gui.label_dialog import LabelDialog
    set_link_and_hotline(demo_ward, LONG_LINK.format("{code}"))
    trees = layer(demo_ward, "trees")
    layer(demo_ward, "housing")
    wanted = codes(demo_ward, "trees", 20)
    select_codes(trees, wanted)
    dialog = LabelDialog(qgis_iface)
    dialog.layer.setCurrentIndex(dialog.layer.findData(trees.id()))
    dialog.selected_only.setChecked(True)
    dialog.only_unattached.setChecked(False)
    assert dialog.template.currentData() == "TAG_A4_8"
    assert dialog.payload.currentIndex() == 0            # the link
    assert dialog.refresh_preview(), dialog.message.text()
    text = dialog.message.text()
    assert "Sheet chosen for trees: TAG_A4_8" in text and "1.3 mm" in text
    assert "8 labels per sheet" in text and "20 labels on 3 sheets" in text
    assert not dialog.code_only_button.isVisible()
    # The user picks the address sheet: too small for a tree's link; the dialog keeps it and offers the code.
    dialog.template.setCurrentIndex(dialog.template.findData("L7160"))
    assert not dialog.refresh_preview()
    assert dialog.template.currentData() == "L7160"
    text = dialog.message.text()
    assert "L7160 is too small" in text and "TAG_A4_8" in text and "code only" in text
    assert not dialog.save_button.isEnabled() and not dialog.code_only_button.isHidden()
    dialog.code_only_button.click()
    assert dialog.payload.currentIndex() == 1
    assert dialog.refresh_preview(), dialog.message.text()
    assert dialog.template.currentData() == "L7160"
    text = dialog.message.text()
    assert "Sheet chosen" not in text and "21 labels per sheet" in text and "20 labels on 1 sheets" in text
    assert dialog.code_only_button.isHidden() and dialog.save_button.isEnabled()
    # Back on the tree sheet with the code only: the reason given for the link's QR is not repeated.
    dialog.template.setCurrentIndex(dialog.template.findData("TAG_A4_8"))
    assert dialog.refresh_preview(), dialog.message.text()
    assert "Sheet chosen" not in dialog.message.text() and "8 labels per sheet" in dialog.message.text()
    dialog.close()


@pytest.mark.parametrize("table, sheet, ec, template_value", [
    ("trees", "TAG_A4_8", "H", None),                 # no TEMPLATE given: the asset type's sheet
    ("drainage_lines", "TAG_A4_8", "H", "FOR_ASSET_TYPE"),
    ("housing", "L7160", "Q", None),
])
def test_default_sheet_is_the_asset_types(demo_ward, tmp_path, mymap_provider, table, sheet, ec, template_value):
    """qgis_process/processing.run without TEMPLATE prints trees' links on the outdoor tags, 8 per
    sheet, instead of refusing because address labels are too small for them."""
    set_link_and_hotline(demo_ward, LONG_LINK.format("{code}"))
    source = layer(demo_ward, table)
    wanted = codes(demo_ward, table, 9)
    select_codes(source, wanted)
    parameters = dict(INPUT=source.id(), SELECTED_ONLY=True, PAYLOAD=0, OUTPUT=str(tmp_path / "tags.pdf"))
    if template_value is not None:
        parameters["TEMPLATE"] = template_value
    result = processing.run("mymap:generate_labels", parameters)
    template = TEMPLATES[sheet]
    assert result["LABELS"] == 9 and result["PAGES"] == -(-9 // template.slots_per_page)
    checks = check_label_pdf(tmp_path / "tags.pdf", template, [LONG_LINK.format(c) for c in wanted], ec,
                             MIN_MODULE_MM[table])
    check_text_matches(checks, wanted)


# ----------------------------------------------------------------------------- the printed text rule (issue 13)
# On every sheet: no printed text below 6 pt, none closer than 2 mm to its label's edge, the asset code
# always printed whole, every QR still read by a real reader.

# The asset type printed on each sheet (the sheet made for it), and a smaller module where one is asked for.
SHEET_ASSETS = {"L7651": ("housing", 0.5), "PLATE_A4": ("drainage_nodes", 0.0), "TAG_A4_8": ("trees", 0.0)}
# Sheets too small for a link at the asset type's module: refused, with the sheets that work.
TOO_SMALL_FOR_THE_LINK = {"ROLL_50x30"}


def sheet_template(template_id):
    """The template as mymap:generate_labels uses it (the custom grid with the algorithm's defaults)."""
    if template_id != "CUSTOM":
        return TEMPLATES[template_id]
    from mymap_plugin.qr_labels.processing.generate_labels_algorithm import CUSTOM_PARAMETERS
    return custom_template(*[default for _name, _label, default in CUSTOM_PARAMETERS])


def assert_text_rule(path, template):
    smallest_pt, closest_mm = text_geometry(path, template)
    assert smallest_pt >= 6.0 - 0.01, smallest_pt
    assert closest_mm >= 2.0 - 0.01, closest_mm


def preview_codes(source, template, min_module_mm):
    """What a reader finds on the dialog's preview of the first sheet (rendered at 300 dpi)."""
    from mymap_plugin.qr_labels.label_sheet import preview_image
    from tests.qgis.test_qr_tools import decode_image
    return sorted(decode_image(preview_image(source, template, min_module_mm=min_module_mm, dpi=300)))


@pytest.mark.parametrize("payload", [0, 1], ids=["link", "code"])
@pytest.mark.parametrize("template_id", TEMPLATE_IDS)
def test_text_rule_on_every_sheet(demo_ward, tmp_path, mymap_provider, template_id, payload):
    from mymap_plugin.qr_labels.asset_links import PAYLOADS
    from mymap_plugin.qr_labels.label_content import label_source
    table, min_module = SHEET_ASSETS.get(template_id, ("housing", 0.0))
    set_link_and_hotline(demo_ward, LONG_LINK.format("{code}"))
    source = layer(demo_ward, table)
    wanted = codes(demo_ward, table, 6)
    select_codes(source, wanted)
    template = sheet_template(template_id)
    output = tmp_path / "sheet.pdf"
    parameters = dict(INPUT=source, SELECTED_ONLY=True, TEMPLATE=TEMPLATE_IDS.index(template_id),
                      PAYLOAD=payload, MIN_MODULE_MM=min_module)
    if payload == 0 and template_id in TOO_SMALL_FOR_THE_LINK:
        with pytest.raises(QgsProcessingException, match="{} is too small.*Use a larger template".format(template_id)):
            generate(output, **parameters)
        assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*")) == []
        return
    result = generate(output, **parameters)
    assert result["LABELS"] == 6
    payloads = [LONG_LINK.format(c) if payload == 0 else c for c in wanted]
    ec = "Q" if table == "housing" else "H"
    checks = check_label_pdf(output, template, payloads, ec, min_module or MIN_MODULE_MM[table])
    check_text_matches(checks, wanted)
    assert_text_rule(output, template)
    # The dialog's preview lays the sheet out the same way: its QR codes read too.
    shown = preview_codes(label_source(source, True, False, PAYLOADS[payload]), template, min_module)
    assert shown == sorted(payloads[:template.slots_per_page])


@pytest.mark.parametrize("grid, left_out", [
    ((100, 100, 2, 5, 45, 16, 4, 4, 2, 2), ["0221 3943 888", "qr.myhao"]),   # text beside the QR: three lines
    ((100, 100, 2, 1, 45, 70, 4, 4, 2, 2), []),                              # text below the QR: room for all
], ids=["wide", "tall"])
def test_code_always_printed_least_important_lines_left_out(demo_ward, tmp_path, mymap_provider, grid, left_out):
    """The code whole, then the type, the house's address and the ward; on a small label the hotline
    and the web address (the least important lines) are left out, nothing below 6 pt."""
    set_link_and_hotline(demo_ward, LONG_LINK.format("{code}"))
    houses = layer(demo_ward, "housing")
    wanted = codes(demo_ward, "housing", 4, "street_name IS NOT NULL AND street_name <> ''")
    select_codes(houses, wanted)
    names = ("CUSTOM_PAGE_WIDTH", "CUSTOM_PAGE_HEIGHT", "CUSTOM_COLUMNS", "CUSTOM_ROWS", "CUSTOM_LABEL_WIDTH",
             "CUSTOM_LABEL_HEIGHT", "CUSTOM_MARGIN_LEFT", "CUSTOM_MARGIN_TOP", "CUSTOM_GAP_X", "CUSTOM_GAP_Y")
    generate(tmp_path / "small.pdf", INPUT=houses, SELECTED_ONLY=True, TEMPLATE=TEMPLATE_IDS.index("CUSTOM"),
             PAYLOAD=1, MIN_MODULE_MM=0.5, **dict(zip(names, grid)))
    template = custom_template(*grid)
    checks = check_label_pdf(tmp_path / "small.pdf", template, wanted, "Q", 0.5)
    check_text_matches(checks, wanted)
    for check in checks:
        assert "Nhà ở" in check.printed and "Phường Mỹ Hào" in check.printed, check.printed
        for line in ["0221 3943 888", "qr.myhao"]:
            assert (line in check.printed) == (line not in left_out), check.printed
    assert_text_rule(tmp_path / "small.pdf", template)


def test_long_lines_wrap_whole(qgis_app):
    """A line too wide wraps after a space or a dot, never inside a phone number; what still does not
    fit ends with an ellipsis."""
    from mymap_plugin.qr_labels.label_sheet import make_qr, mm_to_px, sample_code, tag_layout, wrap_line
    roll = tag_layout(TEMPLATES["ROLL_50x30"], make_qr("NH0000013", "Q").size, 0.9, sample_code("housing"))
    font, width = roll.text_font, mm_to_px(roll.box_mm[2] - roll.box_mm[0])     # 18.3 mm at 6 pt
    assert wrap_line("☎ 0221 3943 888", font, width) == ["☎", "0221 3943 888"]
    assert wrap_line("qr.myhao.hungyen.gov.vn", font, width) == ["qr.myhao.", "hungyen.gov.vn"]
    assert wrap_line("Phường Mỹ Hào", font, width) == ["Phường Mỹ Hào"]
    pieces = wrap_line("Số 12, ngách 34, ngõ 56, Phố Bạch Đằng", font, width)
    assert len(pieces) == 2 and pieces[0] == "Số 12, ngách 34," and pieces[1].endswith("…")


def test_code_that_cannot_print_at_6_pt_is_refused(demo_ward, tmp_path, mymap_provider):
    """The QR fits (0.5 mm modules asked for) but the code would not at 6 pt, 2 mm from the edge:
    refused, naming sheets that work; no PDF."""
    ward_with_link(demo_ward)
    grid = dict(CUSTOM_PAGE_WIDTH=100, CUSTOM_PAGE_HEIGHT=100, CUSTOM_COLUMNS=3, CUSTOM_ROWS=4,
                CUSTOM_LABEL_WIDTH=30, CUSTOM_LABEL_HEIGHT=20, CUSTOM_MARGIN_LEFT=2, CUSTOM_MARGIN_TOP=2,
                CUSTOM_GAP_X=2, CUSTOM_GAP_Y=2)
    with pytest.raises(QgsProcessingException,
                       match=r"CUSTOM is too small.*30 × 20 mm.*asset code.*6 pt.*2 mm.*\(L7651, "):
        generate(tmp_path / "out.pdf", INPUT=layer(demo_ward, "housing"), TEMPLATE=TEMPLATE_IDS.index("CUSTOM"),
                 PAYLOAD=1, MIN_MODULE_MM=0.5, **grid)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*")) == []
