"""mymap:export_map_pdf: the PDF is opened with PDFium and checked by what a reader sees — page
size, the theme's colours inside the map frame, legend, grid coordinates, scale, title, ward
name, date and credits (in Vietnamese too), one page per residential group — and bad input
leaves no file behind."""
import datetime
import re

import numpy
import processing
import pypdfium2
import pytest
from qgis.core import QgsApplication, QgsProcessingException

from mymap_plugin.data_exchange import map_pdf
from mymap_plugin.data_exchange.map_pdf import NICE_SCALES, export_map_pdf
from mymap_plugin.data_exchange.processing.export_map_pdf_algorithm import ExportMapPdfAlgorithm
from mymap_plugin.errors import MyMapError
from mymap_plugin.i18n import tr
from mymap_plugin.ward_map.styles import HOUSING_COLOURS, TREE_COLOURS
from tests.conftest import file_digest, folder_state

WARD_NAME = "Phường Mỹ Hào"
GROUP_NAMES = ["Tổ dân phố số {}".format(number) for number in range(1, 21)]
# The demo ward lies within E 556 191 – 557 660, N 2 315 170 – 2 316 609 (EPSG:9209).
WARD_EAST = (556191.5, 557660.0)
WARD_NORTH = (2315170.0, 2316608.5)
A4 = (841.89, 595.28)            # points, landscape
A3 = (1190.55, 841.89)
CRS_NAME = "VN-2000 / TM-3 105-30 (EPSG:9209)"
HOUSE = HOUSING_COLOURS["o"]                   # most demo houses are homes
# Fractions of the page (x0, y0, x1, y1) inside the map frame and inside the legend.
LANDSCAPE_MAP = (0.08, 0.20, 0.65, 0.85)
LANDSCAPE_LEGEND = (0.74, 0.30, 0.97, 0.90)
PORTRAIT_MAP = (0.10, 0.15, 0.90, 0.60)
PORTRAIT_LEGEND = (0.36, 0.70, 0.95, 0.93)


def _rgb(hex_colour, alpha=255):
    """The colour as drawn on white paper with *alpha*."""
    value = hex_colour.lstrip("#")
    rgb = numpy.array([int(value[i:i + 2], 16) for i in (0, 2, 4)], dtype=float)
    return rgb * alpha / 255 + 255 * (1 - alpha / 255)


TREE_GREENS = [_rgb(TREE_COLOURS[code], 210) for code in ("tot", "trung_binh")]   # crowns are 210/255 opaque


def today():
    return datetime.date.today().strftime("%d/%m/%Y")


class Pdf:
    """A PDF as PDFium reads it: pages, their size, text and pixels."""

    def __init__(self, path):
        self.document = pypdfium2.PdfDocument(str(path))

    def __len__(self):
        return len(self.document)

    def size(self, index=0):
        return self.document[index].get_size()

    def text(self, index=0):
        return self.document[index].get_textpage().get_text_range()

    def pixels(self, index=0, region=(0, 0, 1, 1), scale=1.5):
        """RGB pixels of a region (fractions of the page) rendered at 72 × *scale* dpi."""
        image = numpy.asarray(self.document[index].render(scale=scale).to_pil().convert("RGB"), dtype=float)
        height, width = image.shape[:2]
        x0, y0, x1, y1 = region
        return image[int(y0 * height):int(y1 * height), int(x0 * width):int(x1 * width)]

    def close(self):
        self.document.close()


def count_colour(pixels, colours, tolerance=18.0):
    """How many pixels are within *tolerance* (RGB distance) of any of *colours*."""
    if not isinstance(colours, list):
        colours = [colours]
    hits = numpy.zeros(pixels.shape[:2], dtype=bool)
    for given in colours:
        colour = _rgb(given) if isinstance(given, str) else given
        hits |= numpy.linalg.norm(pixels - colour, axis=2) < tolerance
    return int(hits.sum())


def non_white(pixels):
    return int((pixels.min(axis=2) < 200).sum())


def grid_numbers(text):
    """Eastings (6 digits, 55xxxx) and northings (7 digits, 231xxxx) written as grid annotations."""
    eastings = sorted({int(n) for n in re.findall(r"(?<![\d.,])(55\d{4})(?![\d.,])", text)})
    northings = sorted({int(n) for n in re.findall(r"(?<![\d.,])(231\d{4})(?![\d.,])", text)})
    return eastings, northings


def assert_grid(text, interval=None):
    eastings, northings = grid_numbers(text)
    for values, (low, high) in ((eastings, WARD_EAST), (northings, WARD_NORTH)):
        assert 3 <= len(values) <= 10, values
        steps = {b - a for a, b in zip(values, values[1:])}
        assert len(steps) == 1, values                      # evenly spaced lines
        step = steps.pop()
        assert interval is None or step == interval, (step, interval)
        assert all(value % step == 0 for value in values), values
        assert values[0] < high and values[-1] > low, (values, low, high)     # over the ward
    return eastings, northings


def scale_in(text):
    found = re.findall(r"1:(\d+)", text)
    assert len(found) == 1, text
    return int(found[0])


def title_line(text):
    return next(line for line in text.splitlines() if " — " in line)


@pytest.fixture
def export_algorithm(mymap_provider):
    """mymap:export_map_pdf in the registry. Until processing_provider.py lists it, the test adds
    it to the provider instance and takes it away afterwards (refreshAlgorithms() reloads the
    provider's own list), so other tests see the provider as it is."""
    registry = QgsApplication.processingRegistry()
    added = registry.algorithmById("mymap:export_map_pdf") is None
    if added:
        mymap_provider.addAlgorithm(ExportMapPdfAlgorithm())
    algorithm = registry.algorithmById("mymap:export_map_pdf")
    assert algorithm is not None
    yield algorithm
    if added:
        mymap_provider.refreshAlgorithms()


def test_housing_map_on_a4_landscape(demo_ward, tmp_path):
    output = tmp_path / "housing.pdf"
    progress = []
    result = export_map_pdf(demo_ward, "housing", output, paper="A4", landscape=True, dpi=72,
                            feedback=lambda percent, text: progress.append((percent, text)))
    assert result == output and output.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["housing.pdf", "my_hao.gpkg"]   # no temporary file
    assert [p for p, _t in progress] == sorted(p for p, _t in progress) and progress[-1][0] == 100
    pdf = Pdf(output)
    try:
        assert len(pdf) == 1
        assert pdf.size() == pytest.approx(A4, abs=0.5)
        text = pdf.text()
        lines = text.splitlines()
        assert "Housing map — Phường Mỹ Hào" in lines
        assert WARD_NAME in lines
        assert "Date: {}".format(today()) in lines
        assert ("Data: ward map of Phường Mỹ Hào (MyMap). Coordinate system: {}. Printed {}."
                .format(CRS_NAME, today())) in lines
        # The whole ward (1.47 km) on a 19 cm frame needs 1:7 700: rounded up to 1:10 000.
        assert scale_in(text) == 10000
        assert re.search(r"\b0 100 200 300 m\b", text), text          # scale bar in metres
        assert re.search(r"^N\b", text, re.MULTILINE), text           # north arrow's letter
        assert_grid(text, interval=250)                               # 1.9 km across: 250 m lines
        # Legend: the theme's layers (named by the map) and their classes (from the ward's style).
        assert "Legend" in lines and "Housing" in lines and "Residential groups" in lines
        assert "Để ở" in lines
        assert "Trees" not in lines and "Drainage lines" not in lines
        map_pixels = pdf.pixels(region=LANDSCAPE_MAP)
        assert count_colour(map_pixels, HOUSE) > 0.01 * map_pixels.shape[0] * map_pixels.shape[1]
        assert count_colour(map_pixels, TREE_GREENS) == 0
        legend = pdf.pixels(region=LANDSCAPE_LEGEND)
        assert non_white(legend) > 2000 and count_colour(legend, HOUSE) > 100     # the legend's swatch
    finally:
        pdf.close()


def test_greenery_map_on_a4_portrait_shows_trees_not_houses(demo_ward, tmp_path):
    output = tmp_path / "greenery.pdf"
    export_map_pdf(demo_ward, "greenery", output, paper="A4", landscape=False, dpi=72)
    pdf = Pdf(output)
    try:
        assert pdf.size() == pytest.approx(tuple(reversed(A4)), abs=0.5)
        text = pdf.text()
        assert "Greenery map — Phường Mỹ Hào" in text.splitlines()
        assert "Trees" in text.splitlines() and "Housing" not in text.splitlines()
        assert scale_in(text) in NICE_SCALES
        assert_grid(text)
        map_pixels = pdf.pixels(region=PORTRAIT_MAP)
        assert count_colour(map_pixels, TREE_GREENS) > 2000
        assert count_colour(map_pixels, HOUSE) < 50
        assert non_white(pdf.pixels(region=PORTRAIT_LEGEND)) > 1000
    finally:
        pdf.close()


def test_vietnamese_a3_at_a_chosen_scale(demo_ward, tmp_path, vietnamese):
    output = tmp_path / "nha_o.pdf"
    export_map_pdf(demo_ward, "housing", output, scale=5000, paper="A3", landscape=True, dpi=72)
    pdf = Pdf(output)
    try:
        assert pdf.size() == pytest.approx(A3, abs=0.5)
        text = pdf.text()
        lines = text.splitlines()
        assert tr("Housing") == "Nhà ở"
        assert tr("{theme} map — {ward}").format(theme="Nhà ở", ward=WARD_NAME) in lines
        assert any("Nhà ở" in line and WARD_NAME in line for line in lines)
        assert tr("Date: {}").format(today()) in lines
        assert tr("Data: ward map of {ward} (MyMap). Coordinate system: {crs}. Printed {date}.").format(
            ward=WARD_NAME, crs=CRS_NAME, date=today()) in lines
        assert today() in text
        assert scale_in(text) == 5000
        assert tr("Scale 1:{}").format(5000) in text
        assert tr("Legend") in lines and "Nhà ở" in lines and "Tổ dân phố" in lines
        assert re.search(r"^{}\b".format(re.escape(tr("N"))), text, re.MULTILINE), text
        # 1:5 000 on a 28 cm frame: 1.4 km across, 200 m lines.
        assert_grid(text, interval=200)
        map_pixels = pdf.pixels(region=LANDSCAPE_MAP, scale=1)
        assert count_colour(map_pixels, HOUSE) > 0.01 * map_pixels.shape[0] * map_pixels.shape[1]
    finally:
        pdf.close()


def test_atlas_one_page_per_residential_group(demo_ward, tmp_path):
    output = tmp_path / "atlas.pdf"
    export_map_pdf(demo_ward, "housing", output, paper="A4", atlas=True, dpi=72)
    pdf = Pdf(output)
    try:
        assert len(pdf) == 20
        for index, name in enumerate(GROUP_NAMES):            # sorted by group id 12103-001…020
            text = pdf.text(index)
            assert title_line(text) == "Housing map — Phường Mỹ Hào — {}".format(name)
            assert pdf.size(index) == pytest.approx(A4, abs=0.5)
            # Zoomed to the group (at most a few hundred metres) at a round scale.
            assert scale_in(text) in NICE_SCALES and scale_in(text) <= 5000
            eastings, northings = grid_numbers(text)
            assert 3 <= len(eastings) <= 10 and 3 <= len(northings) <= 10, text
            assert "Legend" in text.splitlines()
        for index in (0, 19):
            map_pixels = pdf.pixels(index, region=LANDSCAPE_MAP, scale=1)
            assert count_colour(map_pixels, HOUSE) > 0.01 * map_pixels.shape[0] * map_pixels.shape[1]
    finally:
        pdf.close()


def test_the_algorithm_drainage_atlas_at_a_fixed_scale(demo_ward, tmp_path, export_algorithm):
    output = tmp_path / "drainage.pdf"
    result = processing.run("mymap:export_map_pdf", {
        "WARD": str(demo_ward), "THEME": 3, "SCALE": 2000, "PAPER": 0, "ORIENTATION": 1,
        "TITLE": "Thoát nước", "ATLAS": True, "OUTPUT": str(output)})
    assert result["OUTPUT"] == str(output) and result["PAGES"] == 20
    pdf = Pdf(output)
    try:
        assert len(pdf) == 20
        for index in (0, 9, 19):
            text = pdf.text(index)
            assert title_line(text) == "Thoát nước — {}".format(GROUP_NAMES[index])
            assert scale_in(text) == 2000
            assert pdf.size(index) == pytest.approx(tuple(reversed(A4)), abs=0.5)
            assert "Drainage lines" in text.splitlines() and "Housing" not in text.splitlines()
            assert_grid(text, interval=50)             # 1:2 000 on 18 cm: 360 m across
    finally:
        pdf.close()
    before = file_digest(output)
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run("mymap:export_map_pdf", {"WARD": str(demo_ward), "THEME": 0, "PAPER": 0,
                                                "OUTPUT": str(output)})
    assert file_digest(output) == before


def test_one_page_through_processing_with_defaults(demo_ward, tmp_path, export_algorithm):
    output = tmp_path / "all.pdf"
    result = processing.run("mymap:export_map_pdf", {"WARD": str(demo_ward), "THEME": 0, "PAPER": 0,
                                                     "OUTPUT": str(output)})
    assert result["PAGES"] == 1
    pdf = Pdf(output)
    try:
        assert pdf.size() == pytest.approx(A4, abs=0.5)
        text = pdf.text()
        assert "All assets map — Phường Mỹ Hào" in text.splitlines()
        for layer in ("Water-level sensors", "Drainage nodes", "Trees", "Drainage lines", "Housing",
                      "Residential groups"):
            assert layer in text.splitlines(), layer
    finally:
        pdf.close()


def test_an_existing_file_is_never_overwritten(demo_ward, tmp_path):
    output = tmp_path / "map.pdf"
    output.write_bytes(b"%PDF-1.4 someone else's map")
    before = folder_state(tmp_path)
    with pytest.raises(MyMapError, match=re.escape(str(output))):
        export_map_pdf(demo_ward, "housing", output, paper="A4", dpi=72)
    assert folder_state(tmp_path) == before


@pytest.mark.parametrize("arguments, message", [
    (dict(theme="roads"), "roads"),
    (dict(scale=-500), "scale"),
    (dict(scale=2000000), "scale"),
    (dict(scale=float("nan")), "scale"),
    (dict(paper="B5"), "B5"),
    (dict(dpi=10), "dpi"),
])
def test_bad_input_writes_nothing(demo_ward, tmp_path, arguments, message):
    before = folder_state(tmp_path)
    options = dict(theme="housing", paper="A4", dpi=72)
    options.update(arguments)
    with pytest.raises(MyMapError, match=message):
        export_map_pdf(demo_ward, output=tmp_path / "map.pdf", **options)
    assert folder_state(tmp_path) == before


def test_not_a_ward_map_and_a_missing_folder(demo_ward, tmp_path):
    not_a_ward = tmp_path / "x.gpkg"
    not_a_ward.write_bytes(b"not a geopackage")
    before = folder_state(tmp_path)
    with pytest.raises(MyMapError, match="x.gpkg"):
        export_map_pdf(not_a_ward, "housing", tmp_path / "map.pdf", paper="A4", dpi=72)
    with pytest.raises(MyMapError, match="does not exist"):
        export_map_pdf(demo_ward, "housing", tmp_path / "no" / "map.pdf", paper="A4", dpi=72)
    assert folder_state(tmp_path) == before


def test_empty_ward_has_no_atlas_and_nothing_to_draw(empty_ward, tmp_path):
    before = folder_state(tmp_path)
    with pytest.raises(MyMapError, match="no residential groups"):
        export_map_pdf(empty_ward, "housing", tmp_path / "atlas.pdf", paper="A4", atlas=True, dpi=72)
    with pytest.raises(MyMapError, match="nothing to draw"):
        export_map_pdf(empty_ward, "housing", tmp_path / "map.pdf", paper="A4", dpi=72)
    assert folder_state(tmp_path) == before


def test_a_failed_export_leaves_no_half_written_file(demo_ward, tmp_path, monkeypatch):
    class FailingExporter(map_pdf.QgsLayoutExporter):
        """Writes half a PDF, then reports a failure, as QGIS does when the disk fills up."""

        def exportToPdf(self, path, settings):
            with open(path, "wb") as handle:
                handle.write(b"%PDF-1.4 half")
            return map_pdf.QgsLayoutExporter.ExportResult.FileError

    monkeypatch.setattr(map_pdf, "QgsLayoutExporter", FailingExporter)
    before = folder_state(tmp_path)
    with pytest.raises(MyMapError, match="could not be written"):
        export_map_pdf(demo_ward, "drainage", tmp_path / "map.pdf", paper="A4", dpi=72)
    assert folder_state(tmp_path) == before
