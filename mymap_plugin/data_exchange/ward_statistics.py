"""``mymap:ward_statistics``: per residential group — houses by use, trees by condition and
species, heritage trees, drainage length by type and condition, sensors and their latest alert
level — as CSV tables (UTF-8 with BOM, so Excel opens them) and bar charts (PNG) for the ward's
report. Values are counted with SQL in the GeoPackage; labels are the domains' labels."""
import csv
import os
import shutil
import sqlite3
import tempfile
from contextlib import closing
from pathlib import Path

from osgeo import gdal
from qgis.PyQt.QtCore import QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter

from ..errors import MyMapError
from ..i18n import tr
from ..ward_map import schema
from ..ward_map.ward_settings import read_settings

UNGROUPED = "-"
PALETTE = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666",
           "#1f78b4", "#b2df8a")


def _label(domain, code):
    if code is None:
        return tr("(not recorded)")
    labels = dict(schema.DOMAINS[domain].values) if domain else {}
    return tr(labels[code]) if code in labels else str(code)


def _crosstab(connection, sql, domain=None):
    """{group: {category: value}} from rows (group, category, value)."""
    table = {}
    for group, category, value in connection.execute(sql):
        key = _label(domain, category) if domain else (category if category is not None else tr("(not recorded)"))
        table.setdefault(group or UNGROUPED, {})[key] = value
    return table


def collect(path):
    """The statistics of the ward map *path*: {name: (title, {group: {category: value}}, unit)}."""
    with closing(sqlite3.connect(Path(path).resolve().as_uri() + "?mode=ro", uri=True)) as connection:
        groups = dict(connection.execute("SELECT group_id, name FROM residential_groups"))
        stats = {
            "houses_by_use": (tr("Houses by use"), _crosstab(
                connection, "SELECT residential_group_id, use_type, count(*) FROM housing GROUP BY 1, 2",
                "use_type"), tr("houses")),
            "trees_by_condition": (tr("Trees by condition"), _crosstab(
                connection, "SELECT residential_group_id, condition, count(*) FROM trees GROUP BY 1, 2",
                "tree_condition"), tr("trees")),
            "trees_by_species": (tr("Trees by species"), _crosstab(
                connection, "SELECT t.residential_group_id, s.name_vi, count(*) FROM trees t LEFT JOIN species s "
                            "ON s.species_id = t.species_id GROUP BY 1, 2"), tr("trees")),
            "heritage_trees": (tr("Heritage trees"), _crosstab(
                connection, "SELECT residential_group_id, 'heritage', count(*) FROM trees WHERE is_heritage = 1 "
                            "GROUP BY 1"), tr("trees")),
            "drainage_length_by_type": (tr("Drainage length by type (m)"), _crosstab(
                connection, "SELECT residential_group_id, line_type, round(sum(length_m), 1) FROM drainage_lines "
                            "GROUP BY 1, 2", "line_type"), "m"),
            "drainage_length_by_condition": (tr("Drainage length by condition (m)"), _crosstab(
                connection, "SELECT residential_group_id, condition, round(sum(length_m), 1) FROM drainage_lines "
                            "GROUP BY 1, 2", "drainage_condition"), "m"),
            "sensors_by_alert_level": (tr("Sensors by latest alert level"), _crosstab(
                connection, "SELECT residential_group_id, coalesce(last_alert_level, -1), count(*) FROM sensors "
                            "GROUP BY 1, 2"), tr("sensors")),
        }
    levels = {code: tr(text) for code, text in schema.ALERT_LEVELS}
    title, table, unit = stats["sensors_by_alert_level"]
    stats["sensors_by_alert_level"] = (title, {g: {levels.get(k, tr("(no reading yet)")): v for k, v in row.items()}
                                               for g, row in table.items()}, unit)
    title, table, unit = stats["heritage_trees"]
    stats["heritage_trees"] = (title, {g: {tr("Heritage trees"): v for v in row.values()} for g, row in table.items()},
                               unit)
    return stats, groups


def _write_csv(path, title, table, groups):
    categories = sorted({category for row in table.values() for category in row})
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([tr("Residential group"), tr("Name")] + categories + [tr("Total")])
        for group in sorted(table):
            row = table[group]
            writer.writerow([group, groups.get(group, "")] + [row.get(c, 0) for c in categories]
                            + [round(sum(row.values()), 1)])


def _add_sheet(workbook, csv_path, title):
    """One sheet per table in ward_statistics.xlsx (numbers stay numbers)."""
    source = gdal.OpenEx(str(csv_path), gdal.OF_VECTOR, open_options=["AUTODETECT_TYPE=YES", "HEADERS=YES"])
    try:
        options = gdal.VectorTranslateOptions(format="XLSX", layerName=title[:31],
                                              accessMode="append" if workbook.exists() else None)
        if gdal.VectorTranslate(str(workbook), source, options=options) is None:
            raise MyMapError(tr("The workbook {} could not be written.").format(workbook))
    finally:
        source = None


def draw_chart(path, title, table, groups, unit, width=1400, height=800):
    """A stacked bar chart: one bar per residential group, one colour per category, with a legend."""
    categories = sorted({category for row in table.values() for category in row})
    group_ids = sorted(table)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont("DejaVu Sans")
        font.setPixelSize(26)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QRectF(0, 10, width, 40), int(Qt.AlignmentFlag.AlignHCenter), title)
        left, top, right, bottom = 90, 70, width - 330, height - 120
        totals = [sum(table[g].values()) for g in group_ids] or [0]
        highest = max(totals) or 1
        font.setPixelSize(16)
        painter.setFont(font)
        painter.drawLine(left, bottom, right, bottom)
        painter.drawLine(left, top, left, bottom)
        painter.drawText(QRectF(0, top - 30, left + 60, 24), int(Qt.AlignmentFlag.AlignLeft), unit)
        for step in range(5):
            value = highest * step / 4
            y = bottom - (bottom - top) * step / 4
            painter.drawText(QRectF(0, y - 10, left - 8, 20), int(Qt.AlignmentFlag.AlignRight), "{:g}".format(
                round(value, 1)))
        slot = (right - left) / max(len(group_ids), 1)
        for index, group in enumerate(group_ids):
            x = left + slot * index + slot * 0.15
            y = bottom
            for number, category in enumerate(categories):
                value = table[group].get(category, 0)
                bar = (bottom - top) * value / highest
                painter.fillRect(QRectF(x, y - bar, slot * 0.7, bar), QColor(PALETTE[number % len(PALETTE)]))
                y -= bar
            painter.save()
            painter.translate(x + slot * 0.35, bottom + 8)
            painter.rotate(45)
            painter.drawText(QRectF(0, 0, 160, 20), int(Qt.AlignmentFlag.AlignLeft), group[-3:])
            painter.restore()
        for number, category in enumerate(categories):
            y = top + 28 * number
            painter.fillRect(QRectF(right + 30, y, 20, 20), QColor(PALETTE[number % len(PALETTE)]))
            painter.drawText(QRectF(right + 58, y, width - right - 60, 22), int(Qt.AlignmentFlag.AlignLeft),
                             str(category))
    finally:
        painter.end()
    if not image.save(str(path), "PNG"):
        raise MyMapError(tr("The chart {} could not be written.").format(path))
    return path


def ward_statistics(ward_path, output_folder, charts=True):
    """Write one CSV table (and one PNG chart) per statistic into *output_folder*; all or nothing."""
    read_settings(str(ward_path))
    output_folder = Path(output_folder)
    if not output_folder.is_dir():
        raise MyMapError(tr("The output folder {} does not exist.").format(output_folder))
    stats, groups = collect(ward_path)
    planned = [output_folder / (name + suffix) for name in stats for suffix in ((".csv", ".png") if charts
                                                                                  else (".csv",))]
    planned.append(output_folder / "ward_statistics.xlsx")
    existing = [str(p) for p in planned if p.exists()]
    if existing:
        raise MyMapError(tr("These files already exist: {}. Choose an empty folder; nothing was overwritten.")
                         .format(", ".join(existing)))
    staging = Path(tempfile.mkdtemp(prefix=".mymap-statistics-", dir=str(output_folder)))
    try:
        workbook = staging / "ward_statistics.xlsx"
        for name, (title, table, unit) in stats.items():
            _write_csv(staging / (name + ".csv"), title, table, groups)
            _add_sheet(workbook, staging / (name + ".csv"), title)
            if charts:
                draw_chart(staging / (name + ".png"), title, table, groups, unit)
        written = []
        for path in sorted(staging.iterdir()):
            os.replace(str(path), str(output_folder / path.name))
            written.append(output_folder / path.name)
        return written
    finally:
        shutil.rmtree(str(staging), ignore_errors=True)
