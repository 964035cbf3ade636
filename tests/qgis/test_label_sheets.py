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
    assert "☎ 0221 3943 888" in printed and "myhao.example.vn" in printed


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
