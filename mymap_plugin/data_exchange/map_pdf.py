"""``mymap:export_map_pdf``: a print-quality PDF of one map theme of a ward map — title,
legend, scale and scale bar, north arrow, a VN-2000 coordinate grid with its coordinates,
ward name, date and data credits — optionally one page per residential group (atlas).

The ward is opened in a project of its own (the user's project is not touched). The PDF
is written to a temporary file beside the output and moved into place only when the
export succeeded, so a failure leaves no half-written file, and no file is overwritten.
"""
import datetime
import math
import os
import uuid
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsExpression,
    QgsFeatureRequest,
    QgsFeedback,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapGrid,
    QgsLayoutItemPicture,
    QgsLayoutItemPolygon,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLineSymbol,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsTextFormat,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QPointF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QPolygonF

from ..compat import resolve_enum
from ..compat import map_units_meters
from ..errors import MyMapError
from ..i18n import tr
from ..sync.database import remove_quietly
from ..ward_map.create_ward_map import layer_source
from ..ward_map.open_ward_map import DRAWING_ORDER, THEMES, open_ward_map
from ..ward_map.schema import N_
from ..ward_map.ward_settings import read_settings

# Public theme keys → the English title of the map theme made by open_ward_map.
THEME_TITLES = {
    "all": N_("All assets"),
    "housing": N_("Housing"),
    "greenery": N_("Greenery"),
    "drainage": N_("Drainage"),
    "flooding": N_("Flooding"),
}
THEME_KEYS = tuple(THEME_TITLES)
# Paper sizes in millimetres, landscape (width, height).
PAPER_SIZES = {"A4": (297.0, 210.0), "A3": (420.0, 297.0), "A2": (594.0, 420.0), "A1": (841.0, 594.0),
               "A0": (1189.0, 841.0)}
PAPERS = tuple(PAPER_SIZES)
# Scales a map is rounded up to, and grid intervals (metres).
NICE_SCALES = (200, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000, 100000, 200000, 250000,
               500000, 1000000)
GRID_INTERVALS = (10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000, 50000,
                  100000)
MAX_SCALE = 1000000
MAX_GRID_LINES = 8
FIT_MARGIN = 1.05
MIN_EXTENT = 100.0       # metres: a ward map with a single point still gets a street around it
ATLAS_MARGIN = 0.10
DEFAULT_DPI = 300
FONT_FAMILY = "DejaVu Sans"
NORTH_ARROW_SVG = ("arrows/NorthArrow_11.svg", "arrows/NorthArrow_10.svg", "arrows/NorthArrow_02.svg")
COVERAGE_LAYER = "residential_groups"
ATLAS_FILTER = "NOT is_empty_or_null($geometry)"
MAP_ID = "map"
TEMPORARY_PREFIX = ".mymap-map-"

# Spelled differently in QGIS 3.22 and QGIS ≥ 3.28 / 4.
TEXT_ALWAYS_TEXT = resolve_enum(("Qgis", "TextRenderFormat", "AlwaysText"),
                                ("QgsRenderContext", "TextFormatAlwaysText"))
SCALE_BAR_FIT_WIDTH = resolve_enum(("Qgis", "ScaleBarSegmentSizeMode", "FitWidth"),
                                   ("QgsScaleBarSettings", "SegmentSizeMode", "SegmentSizeFitWidth"))
LEGEND_STYLES = tuple(resolve_enum(("Qgis", "LegendComponent", name), ("QgsLegendStyle", "Style", name))
                      for name in ("Title", "Group", "Subgroup", "SymbolLabel"))


def atlas_pages(ward) -> int:
    """How many pages an atlas of *ward* has: one per residential group that has a shape."""
    layer = QgsVectorLayer(layer_source(Path(ward).resolve().as_posix(), COVERAGE_LAYER), COVERAGE_LAYER, "ogr")
    if not layer.isValid():
        return 0
    return sum(1 for _feature in layer.getFeatures(QgsFeatureRequest(QgsExpression(ATLAS_FILTER))))


def nice_scale(needed: float) -> int:
    """The smallest scale of NICE_SCALES at or above *needed* (the largest one at most)."""
    for scale in NICE_SCALES:
        if scale >= needed:
            return scale
    return NICE_SCALES[-1]


def grid_interval(width_m: float, height_m: float) -> int:
    """A grid interval (metres) giving at most MAX_GRID_LINES lines across the longer side."""
    longest = max(width_m, height_m)
    for interval in GRID_INTERVALS:
        if longest / interval <= MAX_GRID_LINES:
            return interval
    return GRID_INTERVALS[-1]


def _check_inputs(ward, theme, output, scale, paper, dpi):
    settings = read_settings(str(ward))
    if theme not in THEME_TITLES:
        raise MyMapError(tr("Unknown map theme {}: use one of {}.").format(theme, ", ".join(THEME_KEYS)))
    if paper not in PAPER_SIZES:
        raise MyMapError(tr("Unknown paper size {}: use one of {}.").format(paper, ", ".join(PAPERS)))
    if scale is not None:
        if not isinstance(scale, (int, float)) or math.isnan(scale) or scale <= 0 or scale > MAX_SCALE:
            raise MyMapError(tr("The scale 1:{} is not usable: give a scale between 1:1 and 1:{}, or none "
                                "to fit the ward on the page.").format(scale, MAX_SCALE))
    if not 50 <= dpi <= 1200:
        raise MyMapError(tr("The resolution {} dpi is not usable: use 50 to 1200 dpi.").format(dpi))
    output = Path(output)
    if output.exists():
        raise MyMapError(tr("The file {} already exists. Choose another name; nothing was overwritten.")
                         .format(output))
    if not output.parent.is_dir():
        raise MyMapError(tr("The output folder {} does not exist.").format(output.parent))
    return settings, output


def export_map_pdf(ward, theme, output, scale=None, paper="A3", landscape=True, title="", atlas=False,
                   dpi=DEFAULT_DPI, feedback=None) -> Path:
    """Write a PDF map of *theme* (a key of THEME_TITLES) of the ward map *ward* to *output*.

    *scale* is the scale denominator (None or 0: fit the ward, rounded up to a nice scale);
    *paper* one of PAPERS; *title* empty for the default title. With *atlas*, one page per
    residential group, all in one PDF. *feedback* is called as ``feedback(percent, text)``.
    Returns the path written; MyMapError (and no file) on bad input or a failed export.
    """
    scale = scale or None
    settings, output = _check_inputs(ward, theme, output, scale, paper, dpi)
    if atlas and atlas_pages(ward) == 0:
        raise MyMapError(tr("The ward map {} has no residential groups with a shape, so there are no pages "
                            "for an atlas. Draw the residential groups first or export one map.")
                         .format(Path(ward).name))
    report = feedback or (lambda _percent, _text: None)
    report(0, tr("Opening the ward map"))
    project = QgsProject()
    layout = None
    try:
        group = open_ward_map(ward, project=project, translate=tr)
        layers = _layers_by_table(ward, group)
        ward_extent = _extent(layers)
        if ward_extent.isNull():
            raise MyMapError(tr("The ward map {} has nothing to draw yet: add residential groups, houses, "
                                "trees or drainage first.").format(Path(ward).name))
        report(10, tr("Laying out the page"))
        theme_title = tr(THEME_TITLES[theme])
        title = (title or "").strip() or tr("{theme} map — {ward}").format(theme=theme_title,
                                                                           ward=settings.ward_name)
        width, height = PAPER_SIZES[paper] if landscape else tuple(reversed(PAPER_SIZES[paper]))
        layout = QgsPrintLayout(project)
        layout.initializeDefaults()
        layout.setName(title)
        layout.pageCollection().page(0).setPageSize(QgsLayoutSize(width, height))
        page = _Page(width, height)
        theme_layers = [layers[name] for name in DRAWING_ORDER
                        if name in _theme_tables(THEME_TITLES[theme]) and name in layers]
        map_item = _add_map(layout, page, project.crs(), theme_title, ward_extent, scale, atlas)
        _add_texts(layout, page, title, settings.ward_name, project.crs(), atlas)
        _add_north_arrow_and_scale_bar(layout, page, map_item)
        _add_legend(layout, page, map_item, theme_layers)
        if atlas:
            _set_up_atlas(layout, layers[COVERAGE_LAYER])
        report(20, tr("Writing the PDF"))
        _export(layout, output, dpi, atlas, report)
        report(100, tr("Written: {}").format(output))
        return output
    finally:
        layout = None           # the layout goes before the project it draws
        project.clear()


def _theme_tables(english_title):
    return dict(THEMES)[english_title]


def _layers_by_table(ward, group):
    """{table name: map layer} of the ward map just opened."""
    path = Path(ward).resolve().as_posix()
    sources = {layer_source(path, name): name for name in DRAWING_ORDER}
    layers = {}
    for node in group.findLayers():
        layer = node.layer()
        if layer is not None and layer.source() in sources:
            layers[sources[layer.source()]] = layer
    return layers


def _extent(layers):
    """The extent of everything in the ward map (null when it is empty), at least MIN_EXTENT wide."""
    extent = QgsRectangle()
    for layer in layers.values():
        if layer.isSpatial() and layer.featureCount() > 0 and not layer.extent().isNull():
            extent.combineExtentWith(layer.extent())
    if not extent.isNull() and (extent.width() < MIN_EXTENT or extent.height() < MIN_EXTENT):
        centre = extent.center()
        half_width, half_height = max(extent.width(), MIN_EXTENT) / 2, max(extent.height(), MIN_EXTENT) / 2
        extent = QgsRectangle(centre.x() - half_width, centre.y() - half_height, centre.x() + half_width,
                              centre.y() + half_height)
    return extent


class _Page:
    """Where things go on the page (millimetres); sizes grow gently with the paper. Landscape:
    the map on the left, the information and the legend in a column on the right. Portrait: the
    map above, the information and the legend side by side below it."""

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.k = math.sqrt(min(width, height) / 210.0)
        k = self.k
        self.margin = 10.0 * k
        self.title_height = 12.0 * k
        self.footer_height = 7.0 * k
        self.gap = 6.0 * k
        self.info_height = 36.0 * k           # ward name, date, north arrow, scale, scale bar
        space = 5.0 * k                       # the grid's coordinates outside the map frame
        top = self.margin + self.title_height
        bottom = height - self.margin - self.footer_height
        if width >= height:
            panel_width = max(0.24 * width, 55.0 * k)
            x = width - self.margin - panel_width
            self.info = (x, top, panel_width)
            self.legend_box = (x, top + self.info_height, panel_width, bottom - top - self.info_height)
            self.map_rect = (self.margin + space, top + space, x - self.gap - 2 * space - self.margin,
                             bottom - top - 2 * space)
        else:
            band = max(0.25 * height, self.info_height)
            info_width = 62.0 * k
            band_top = bottom - band
            self.info = (self.margin, band_top, info_width)
            legend_x = self.margin + info_width + self.gap
            self.legend_box = (legend_x, band_top, width - self.margin - legend_x, band)
            self.map_rect = (self.margin + space, top + space, width - 2 * self.margin - 2 * space,
                             band_top - self.gap - top - 2 * space)

    def pt(self, size):
        return size * self.k


def _text_format(size, bold=False, colour="#000000"):
    text_format = QgsTextFormat()
    font = QFont(FONT_FAMILY)
    font.setBold(bold)
    font.setPointSizeF(size)
    text_format.setFont(font)
    text_format.setSize(size)
    text_format.setColor(QColor(colour))
    return text_format


def _set_label_format(item, text_format):
    if hasattr(item, "setTextFormat"):                  # QGIS ≥ 3.24
        item.setTextFormat(text_format)
    else:
        item.setFont(text_format.font())
        item.setFontColor(text_format.color())


def _place(item, x, y, width, height):
    item.attemptMove(QgsLayoutPoint(x, y))
    item.attemptResize(QgsLayoutSize(width, height))


def _label(layout, text, text_format, x, y, width, height, align=Qt.AlignmentFlag.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    _set_label_format(label, text_format)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignmentFlag.AlignVCenter)
    label.setMargin(0)
    layout.addLayoutItem(label)
    _place(label, x, y, width, height)
    return label


def _add_map(layout, page, crs, theme_name, ward_extent, scale, atlas):
    map_item = QgsLayoutItemMap(layout)
    map_item.setId(MAP_ID)
    layout.addLayoutItem(map_item)
    x, y, width, height = page.map_rect
    _place(map_item, x, y, width, height)
    map_item.setCrs(crs)
    map_item.setFollowVisibilityPreset(True)
    map_item.setFollowVisibilityPresetName(theme_name)
    map_item.setFrameEnabled(True)
    map_item.setFrameStrokeWidth(QgsLayoutMeasurement(0.3 * page.k))
    map_item.setBackgroundColor(QColor("#ffffff"))
    fixed = not atlas or scale is not None
    if scale is None:
        needed = max(ward_extent.width() * 1000.0 / width, ward_extent.height() * 1000.0 / height) * FIT_MARGIN
        scale = nice_scale(needed)
    centre = ward_extent.center()
    half_width, half_height = width * scale / 2000.0, height * scale / 2000.0
    extent = QgsRectangle(centre.x() - half_width, centre.y() - half_height, centre.x() + half_width,
                          centre.y() + half_height)
    map_item.setExtent(extent)          # same shape as the frame: the frame keeps its size
    _place(map_item, x, y, width, height)
    map_item.zoomToExtent(extent)
    map_item.setScale(scale)
    if atlas:
        map_item.setAtlasDriven(True)
        map_item.setAtlasScalingMode(QgsLayoutItemMap.AtlasScalingMode.Fixed if fixed
                                     else QgsLayoutItemMap.AtlasScalingMode.Predefined)
        map_item.setAtlasMargin(ATLAS_MARGIN)
    _add_grid(map_item, page, crs, width * scale / 1000.0, height * scale / 1000.0, fixed)
    return map_item


def _add_grid(map_item, page, crs, width_m, height_m, fixed):
    grid = QgsLayoutItemMapGrid(tr("VN-2000 grid"), map_item)
    grid.setCrs(crs)
    grid.setStyle(QgsLayoutItemMapGrid.GridStyle.Solid)
    if fixed:
        interval = grid_interval(width_m, height_m)
        grid.setUnits(QgsLayoutItemMapGrid.GridUnit.MapUnit)
        grid.setIntervalX(interval)
        grid.setIntervalY(interval)
    else:       # the atlas picks the scale per page: 4 to 8 lines across the frame
        grid.setUnits(QgsLayoutItemMapGrid.GridUnit.DynamicPageSizeBased)
        longest = max(page.map_rect[2], page.map_rect[3])
        grid.setMinimumIntervalWidth(longest / MAX_GRID_LINES)
        grid.setMaximumIntervalWidth(longest / 4)
    grid.setLineSymbol(QgsLineSymbol.createSimple({"line_color": "90,90,90,160", "line_width": "0.15",
                                                   "line_width_unit": "MM"}))
    grid.setAnnotationEnabled(True)
    grid.setAnnotationFormat(QgsLayoutItemMapGrid.AnnotationFormat.Decimal)
    grid.setAnnotationPrecision(0)
    grid.setAnnotationTextFormat(_text_format(page.pt(6.5)))
    grid.setAnnotationFrameDistance(page.pt(1.0))
    sides = ((QgsLayoutItemMapGrid.BorderSide.Left, QgsLayoutItemMapGrid.DisplayMode.LatitudeOnly,
              QgsLayoutItemMapGrid.AnnotationDirection.Vertical),
             (QgsLayoutItemMapGrid.BorderSide.Right, QgsLayoutItemMapGrid.DisplayMode.LatitudeOnly,
              QgsLayoutItemMapGrid.AnnotationDirection.Vertical),
             (QgsLayoutItemMapGrid.BorderSide.Top, QgsLayoutItemMapGrid.DisplayMode.LongitudeOnly,
              QgsLayoutItemMapGrid.AnnotationDirection.Horizontal),
             (QgsLayoutItemMapGrid.BorderSide.Bottom, QgsLayoutItemMapGrid.DisplayMode.LongitudeOnly,
              QgsLayoutItemMapGrid.AnnotationDirection.Horizontal))
    for side, display, direction in sides:
        grid.setAnnotationDisplay(display, side)
        grid.setAnnotationPosition(QgsLayoutItemMapGrid.AnnotationPosition.OutsideMapFrame, side)
        grid.setAnnotationDirection(direction, side)
    map_item.grids().addGrid(grid)
    return grid


def _add_texts(layout, page, title, ward_name, crs, atlas):
    k = page.k
    heading = title + (" — [% \"name\" %]" if atlas else "")
    _label(layout, heading, _text_format(page.pt(16), bold=True), page.margin, page.margin,
           page.width - 2 * page.margin, page.title_height - 2 * k, Qt.AlignmentFlag.AlignHCenter)
    today = datetime.date.today().strftime("%d/%m/%Y")
    crs_name = crs.description() or crs.authid()
    if crs.authid():
        crs_name = "{} ({})".format(crs_name, crs.authid())
    credits = tr("Data: ward map of {ward} (MyMap). Coordinate system: {crs}. Printed {date}.").format(
        ward=ward_name, crs=crs_name, date=today)
    _label(layout, credits, _text_format(page.pt(7), colour="#333333"), page.margin,
           page.height - page.margin - page.footer_height + 2 * k, page.width - 2 * page.margin,
           page.footer_height - 2 * k)
    x, top, width = page.info
    _label(layout, ward_name, _text_format(page.pt(12), bold=True), x, top, width, 7 * k)
    _label(layout, tr("Date: {}").format(today), _text_format(page.pt(8.5)), x, top + 7 * k, width, 5 * k)


def _add_north_arrow_and_scale_bar(layout, page, map_item):
    """North arrow, the scale in figures and the scale bar below the ward name."""
    k = page.k
    x, top, panel_width = page.info
    top += 14 * k
    arrow_width, arrow_height = 9 * k, 11 * k
    _label(layout, tr("N"), _text_format(page.pt(9), bold=True), x, top, arrow_width, 4.5 * k,
           Qt.AlignmentFlag.AlignHCenter)
    svg = _north_arrow_svg()
    if svg:
        arrow = QgsLayoutItemPicture(layout)
        arrow.setPicturePath(svg)
        arrow.setSvgFillColor(QColor("#000000"))
        arrow.setSvgStrokeColor(QColor("#000000"))
        arrow.setLinkedMap(map_item)
        layout.addLayoutItem(arrow)
        _place(arrow, x, top + 4.5 * k, arrow_width, arrow_height)
    else:
        _triangle(layout, x, top + 4.5 * k, arrow_width, arrow_height)
    right = x + arrow_width + 4 * k
    scale_text = tr("Scale 1:{}").format("[% round(map_get(item_variables('{}'), 'map_scale')) %]".format(
        MAP_ID))
    _label(layout, scale_text, _text_format(page.pt(9), bold=True), right, top, panel_width - right + x,
           5 * k)
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(map_units_meters())
    bar.setUnitLabel("m")
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(3)
    bar.setSegmentSizeMode(SCALE_BAR_FIT_WIDTH)
    widest = panel_width - arrow_width - 14 * k        # room for the last label ("500 m")
    bar.setMinimumBarWidth(widest / 2.6)        # wide enough a range for a 1-2-5 segment length
    bar.setMaximumBarWidth(widest)
    bar.setHeight(1.8 * k)
    bar.setTextFormat(_text_format(page.pt(7)))
    bar.setLabelBarSpace(1.0 * k)
    bar.setBoxContentSpace(0.5 * k)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(right, top + 6 * k))
    bar.update()


def _north_arrow_svg():
    for relative in NORTH_ARROW_SVG:
        for folder in QgsApplication.svgPaths():
            candidate = Path(folder) / relative
            if candidate.is_file():
                return str(candidate)
    return ""


def _triangle(layout, x, y, width, height):
    """A plain north arrow when QGIS's SVG arrows are not installed."""
    shape = QPolygonF([QPointF(x + width / 2, y), QPointF(x + width, y + height),
                       QPointF(x + width / 2, y + height * 0.75), QPointF(x, y + height)])
    arrow = QgsLayoutItemPolygon(shape, layout)
    arrow.setSymbol(QgsFillSymbol.createSimple({"color": "0,0,0,255", "outline_style": "no"}))
    layout.addLayoutItem(arrow)
    return arrow


def _add_legend(layout, page, map_item, theme_layers):
    k = page.k
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(tr("Legend"))
    layout.addLayoutItem(legend)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    for layer in theme_layers:
        root.addLayer(layer)
    legend.setSymbolWidth(5 * k)
    legend.setSymbolHeight(3.2 * k)
    legend.setBoxSpace(1.5 * k)
    legend.setColumnSpace(3 * k)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setResizeToContents(False)
    legend.setBackgroundEnabled(False)
    legend.setFrameEnabled(False)
    x, top, available_width, available_height = page.legend_box
    legend.attemptMove(QgsLayoutPoint(x, top))
    # Sized with every class of every layer, so that it fits whatever a page shows; then
    # only the classes drawn on the page are listed.
    fitted = False
    for factor in (1.0, 0.85, 0.72, 0.6, 0.5):
        _legend_fonts(legend, page, factor)
        for columns in (1, 2, 3, 4):
            legend.setColumnCount(columns)
            size = _legend_size(legend, map_item)
            if size.width() <= available_width and size.height() <= available_height:
                fitted = True
                break
        if fitted:
            break
    legend.attemptResize(QgsLayoutSize(size.width(), size.height()))
    legend.setLegendFilterByMapEnabled(True)
    return legend


def _legend_size(legend, map_item):
    """The legend's size (mm) with its current settings, before anything is drawn (the item's
    own sizing waits for the first paint)."""
    context = QgsLayoutUtils.createRenderContextForMap(map_item, None, 96)
    return QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)


def _legend_fonts(legend, page, factor):
    sizes = (10.0, 8.0, 7.5, 6.5)
    for component, size in zip(LEGEND_STYLES, sizes):
        text_format = _text_format(page.pt(size * factor), bold=size >= 7.5)
        style = legend.rstyle(component)
        if hasattr(style, "setTextFormat"):           # QGIS ≥ 3.30
            style.setTextFormat(text_format)
        else:
            style.setFont(text_format.font())


def _set_up_atlas(layout, coverage):
    atlas = layout.atlas()
    atlas.setCoverageLayer(coverage)
    atlas.setEnabled(True)
    atlas.setHideCoverage(False)
    atlas.setFilterFeatures(True)
    atlas.setFilterExpression(ATLAS_FILTER)
    atlas.setSortFeatures(True)
    atlas.setSortAscending(True)
    atlas.setSortExpression("\"group_id\"")
    atlas.setPageNameExpression("\"name\"")
    layout.reportContext().setPredefinedScales([float(s) for s in NICE_SCALES])
    return atlas


def _export(layout, output, dpi, atlas, report):
    settings = QgsLayoutExporter.PdfExportSettings()
    settings.dpi = dpi
    settings.rasterizeWholeImage = False
    settings.forceVectorOutput = False
    settings.appendGeoreference = True
    settings.exportMetadata = True
    settings.textRenderFormat = TEXT_ALWAYS_TEXT
    # Created by QGIS (with the user's usual file permissions), beside the output.
    temporary = str(output.parent / "{}{}.pdf".format(TEMPORARY_PREFIX, uuid.uuid4().hex))
    try:
        if atlas:
            progress = QgsFeedback()
            progress.progressChanged.connect(
                lambda percent: report(20 + int(percent * 0.79), tr("Writing the PDF")))
            result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), temporary, settings, progress)
        else:
            result = QgsLayoutExporter(layout).exportToPdf(temporary, settings)
            error = ""
        if result != QgsLayoutExporter.ExportResult.Success or os.path.getsize(temporary) == 0:
            raise MyMapError(tr("The PDF {} could not be written (QGIS export error {}{}). Nothing was written.")
                             .format(output, getattr(result, "name", result), ": " + error if error else ""))
        if output.exists():
            raise MyMapError(tr("The file {} already exists. Choose another name; nothing was overwritten.")
                             .format(output))
        os.replace(temporary, str(output))
    finally:
        remove_quietly(temporary)
