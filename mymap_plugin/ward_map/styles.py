"""Map styles of the ward map's layers: housing by use, trees by condition with
heritage trees marked, drainage lines by type and size with flow arrows, nodes
by type, sensors by current alert level, labels at large scales.

Symbols are built from property maps (as in QML files) so the same code runs on
QGIS 3.22 and QGIS 4."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerLineSymbolLayer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsSimpleLineSymbolLayer,
    QgsSimpleMarkerSymbolLayer,
    QgsSingleSymbolRenderer,
    QgsSymbol,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from ..compat import SYMBOL_SIZE, SYMBOL_STROKE_WIDTH, resolve_enum
from . import schema
from .schema import N_

HOUSING_COLOURS = {
    "o": "#f3cfa1", "o_kinh_doanh": "#eba866", "kinh_doanh_dich_vu": "#d9634f",
    "co_quan": "#5b8bd0", "giao_duc": "#8e6bbf", "y_te": "#e377a8",
    "ton_giao_tin_nguong": "#b5884f", "san_xuat_kho": "#9a9a9a", "bo_trong": "#e4e4e4",
    "khac": "#c9c9a3",
}
TREE_COLOURS = {
    "tot": "#2e8b3a", "trung_binh": "#8cc152", "kem": "#d8c23a", "sau_benh": "#e08a2e",
    "nghieng": "#c8671c", "rong_muc": "#9c4a2a", "kho_chet": "#5e4436",
}
LINE_COLOURS = {
    "cong_tron": "#1f78b4", "cong_hop": "#0b4f8a", "muong_ho": "#35a3c8",
    "muong_nap_dan": "#4f97c7", "ranh": "#7fb8d6", "kenh": "#2b8cbe",
}
NODE_STYLES = {   # shape, colour, size (mm)
    "ho_ga": ("square", "#4d4d4d", 2.0), "ga_thu": ("square", "#7f9fb5", 1.6),
    "cua_xa": ("triangle", "#08306b", 3.2), "tram_bom": ("diamond", "#c0392b", 4.5),
    "van_ngan_trieu": ("pentagon", "#6a3d9a", 3.0), "khac": ("circle", "#999999", 1.8),
}
STREET_STYLES = {   # road class → fill colour, casing colour, width of the fill (mm)
    "duong_chinh": ("#f7c873", "#b07d2b", 1.6), "pho": ("#ffffff", "#8a8a8a", 1.1),
    "ngo": ("#ffffff", "#a6a6a6", 0.6), "duong_di_bo": ("#c9b8a6", "#c9b8a6", 0.3),
}
# Street names follow the line (curved along bends) in the ward's language as stored.
CURVED_PLACEMENT = resolve_enum(("Qgis", "LabelPlacement", "Curved"), ("QgsPalLayerSettings", "Placement", "Curved"))
# Flood alert levels in the national disaster-risk colours (Decision 18/2021/QĐ-TTg, art. 4.3:
# level 1 light blue, 2 light yellow, 3 orange, 4 red, 5 purple); no flooding green; offline or
# never heard from grey.
HERITAGE_LABEL = N_("Heritage tree")   # the is_heritage field's alias, already translated
ALERT_COLOURS = {-1: "#9e9e9e", 0: "#2ca25f", 1: "#5dade2", 2: "#f4d03f", 3: "#f39c12"}

# Line width (mm) from the pipe size: 0.35 mm for small pipes up to 1.6 mm for canals.
LINE_WIDTH = ("CASE WHEN \"line_type\" = 'kenh' THEN 1.8 ELSE "
              "scale_linear(coalesce(\"diameter_mm\", \"width_mm\", 400), 300, 2000, 0.35, 1.4) END")


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    """QGIS's "r,g,b,a" colour string (Qt would read "#rrggbbaa" as #aarrggbb)."""
    colour = QColor(hex_colour)
    return "{},{},{},{}".format(colour.red(), colour.green(), colour.blue(), alpha)


def _symbol(symbol_class, layers):
    """A symbol made of *layers*; appendSymbolLayer takes ownership safely."""
    symbol = symbol_class()
    symbol.deleteSymbolLayer(0)
    for layer in layers:
        symbol.appendSymbolLayer(layer)
    return symbol


def _categorized(expression, categories):
    return QgsCategorizedSymbolRenderer(expression, categories)


def _domain_label(translate, domain, code):
    return dict((c, translate(label)) for c, label in schema.DOMAINS[domain].values)[code]


def _by_domain(field_name, domain, styles, make_symbol, translate):
    """A categorised renderer: one symbol per domain code, labelled in the ward's language."""
    categories = [QgsRendererCategory(code, make_symbol(code, style), _domain_label(translate, domain, code))
                  for code, style in styles.items()]
    return _categorized(field_name, categories)


def housing_renderer(translate):
    def house(_code, colour):
        return QgsFillSymbol.createSimple({
            "color": colour, "outline_color": "#6d5a48", "outline_width": "0.15",
            "outline_width_unit": "MM", "joinstyle": "miter"})
    return _by_domain("use_type", "use_type", HOUSING_COLOURS, house, translate)


def tree_renderer(translate):
    """Rules, so the legend shows what the map draws: one coloured crown per condition, and the
    gold star as an entry of its own, drawn over the crown of heritage trees only."""
    root = QgsRuleBasedRenderer.Rule(None)
    for code, colour in TREE_COLOURS.items():
        crown = QgsSimpleMarkerSymbolLayer.create({
            "name": "circle", "color": _rgba(colour, 210), "outline_color": "#1b4d23", "outline_width": "0.2",
            "size": "2.4", "size_unit": "MM"})
        # Crown drawn at its real diameter when zoomed in, never smaller than 1.4 mm.
        crown.setDataDefinedProperty(SYMBOL_SIZE, QgsProperty.fromExpression(
            "max(1.4, coalesce(\"canopy_diameter_m\", 3) * 1000 / @map_scale)"))
        root.appendChild(QgsRuleBasedRenderer.Rule(
            _symbol(QgsMarkerSymbol, [crown]), 0, 0, "\"condition\" = '{}'".format(code),
            _domain_label(translate, "tree_condition", code)))
    star = QgsSimpleMarkerSymbolLayer.create({
        "name": "star", "color": "#ffd700", "outline_color": "#7a5c00", "outline_width": "0.3",
        "size": "3.6", "size_unit": "MM"})
    root.appendChild(QgsRuleBasedRenderer.Rule(
        _symbol(QgsMarkerSymbol, [star]), 0, 0, "\"is_heritage\"", translate(HERITAGE_LABEL)))
    return QgsRuleBasedRenderer(root)


def drainage_line_renderer(translate):
    def line(code, colour):
        pipe = QgsSimpleLineSymbolLayer.create({
            "line_color": colour, "line_width": "0.5", "line_width_unit": "MM",
            "capstyle": "round", "joinstyle": "round",
            "line_style": "dash" if code in ("muong_ho", "ranh") else "solid"})
        pipe.setDataDefinedProperty(SYMBOL_STROKE_WIDTH, QgsProperty.fromExpression(LINE_WIDTH))
        arrow_marker = _symbol(QgsMarkerSymbol, [QgsSimpleMarkerSymbolLayer.create({
            "name": "filled_arrowhead", "color": colour, "outline_color": colour,
            "outline_width": "0", "size": "2.4", "size_unit": "MM"})])
        arrows = QgsMarkerLineSymbolLayer.create({
            "placement": "interval", "placements": "Interval", "interval": "25", "interval_unit": "MM",
            "offset_along_line": "12", "offset_along_line_unit": "MM", "rotate": "1"})
        arrows.setSubSymbol(arrow_marker)
        return _symbol(QgsLineSymbol, [pipe, arrows])
    return _by_domain("line_type", "line_type", LINE_COLOURS, line, translate)


def drainage_node_renderer(translate):
    def node(_code, style):
        shape, colour, size = style
        return _symbol(QgsMarkerSymbol, [QgsSimpleMarkerSymbolLayer.create({
            "name": shape, "color": colour, "outline_color": "#ffffff", "outline_width": "0.25",
            "size": str(size), "size_unit": "MM"})])
    return _by_domain("node_type", "node_type", NODE_STYLES, node, translate)


def sensor_renderer(translate):
    labels = dict((level, translate(label)) for level, label in schema.ALERT_LEVELS)
    labels[-1] = translate(N_("Offline or no reading"))
    categories = []
    for level, colour in ALERT_COLOURS.items():
        halo = QgsSimpleMarkerSymbolLayer.create({
            "name": "circle", "color": _rgba(colour, 90), "outline_style": "no", "size": "7.5", "size_unit": "MM"})
        dot = QgsSimpleMarkerSymbolLayer.create({
            "name": "circle", "color": colour, "outline_color": "#ffffff", "outline_width": "0.6",
            "size": "4.2", "size_unit": "MM"})
        centre = QgsSimpleMarkerSymbolLayer.create({
            "name": "circle", "color": "#ffffff", "outline_style": "no", "size": "1.2", "size_unit": "MM"})
        symbol = _symbol(QgsMarkerSymbol, [halo, dot, centre])
        # String values: a style read back from the GeoPackage holds strings.
        categories.append(QgsRendererCategory(str(level), symbol, labels[level]))
    return _categorized("to_string(if(\"operating_status\" = 'mat_ket_noi', -1, coalesce(\"last_alert_level\", -1)))",
                        categories)


def residential_group_renderer(_translate):
    symbol = QgsFillSymbol.createSimple({
        "color": "0,0,0,0", "outline_color": _rgba("#7b3294", 170), "outline_width": "0.45",
        "outline_style": "dash", "outline_width_unit": "MM"})
    return QgsSingleSymbolRenderer(symbol)


def street_renderer(translate):
    """Roads as a grey casing under a white (main roads: yellow) fill, wider for bigger roads;
    paths as a thin dashed line."""
    def road(code, style):
        fill, casing, width = style
        if code == "duong_di_bo":
            return _symbol(QgsLineSymbol, [QgsSimpleLineSymbolLayer.create({
                "line_color": fill, "line_width": str(width), "line_width_unit": "MM", "line_style": "dash"})])
        return _symbol(QgsLineSymbol, [
            QgsSimpleLineSymbolLayer.create({
                "line_color": casing, "line_width": str(width + 0.4), "line_width_unit": "MM",
                "capstyle": "round", "joinstyle": "round"}),
            QgsSimpleLineSymbolLayer.create({
                "line_color": fill, "line_width": str(width), "line_width_unit": "MM",
                "capstyle": "round", "joinstyle": "round"})])
    return _by_domain("road_class", "road_class", STREET_STYLES, road, translate)


def _labeling(expression, max_scale_denominator, size=8.0, colour="#222222", placement=None,
              bold=False):
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    text = QgsTextFormat()
    font = QFont("DejaVu Sans")
    font.setBold(bold)
    text.setFont(font)
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    text.setBuffer(buffer)
    settings.setFormat(text)
    if max_scale_denominator:
        settings.scaleVisibility = True
        settings.minimumScale = max_scale_denominator   # most zoomed-out scale shown
        settings.maximumScale = 1
    if placement is not None:
        settings.placement = placement
    return QgsVectorLayerSimpleLabeling(settings)


RENDERERS = {
    "housing": housing_renderer,
    "trees": tree_renderer,
    "drainage_lines": drainage_line_renderer,
    "drainage_nodes": drainage_node_renderer,
    "sensors": sensor_renderer,
    "residential_groups": residential_group_renderer,
    "streets": street_renderer,
}

LABELS = {   # layer → (expression, shown below this scale denominator, size, colour, bold)
    "housing": ("\"house_number\"", 2500, 7.0, "#4a3726", False),
    "trees": ("\"asset_code\"", 1000, 6.5, "#1b4d23", False),
    "drainage_nodes": ("\"asset_code\"", 1500, 6.5, "#08306b", False),
    "sensors": ("concat(\"station_name\", '\\n', coalesce(round(\"last_depth_cm\"), '–'), ' cm')",
                20000, 7.5, "#222222", True),
    "residential_groups": ("\"name\"", 0, 9.0, "#7b3294", True),
    "streets": ("\"name\"", 25000, 7.5, "#333333", False),   # street names on printed ward maps too
}
PLACEMENTS = {"streets": CURVED_PLACEMENT}     # layer → label placement (default: QGIS's own)


def apply_style(layer, layer_def: schema.Layer, translate) -> None:
    """Give *layer* the ward map's renderer and labels (no-op for tables)."""
    if layer_def.name in RENDERERS:
        layer.setRenderer(RENDERERS[layer_def.name](translate))
    if layer_def.name in LABELS:
        expression, scale, size, colour, bold = LABELS[layer_def.name]
        layer.setLabeling(_labeling(expression, scale, size, colour, PLACEMENTS.get(layer_def.name), bold=bold))
        layer.setLabelsEnabled(True)
    if layer_def.name == "residential_groups":
        layer.setOpacity(1.0)


def default_single_symbol(layer) -> None:
    """QGIS's plain single-symbol style (used by the benchmark's baseline)."""
    layer.setRenderer(QgsSingleSymbolRenderer(QgsSymbol.defaultSymbol(layer.geometryType())))
    layer.setLabelsEnabled(False)
