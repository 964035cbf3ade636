"""``mymap:sensor_chart``: one water-level sensor's depth over a period, with its alert
thresholds, as a PNG chart for reports and flood reviews.

The readings are read with plain SQLite (read-only) from the ward GeoPackage. Times are
stored in UTC; the chart shows them in Vietnam time (UTC+7), and says so on the time axis.
Readings flagged suspect or faulty are drawn as markers, not joined into the depth line;
silences longer than three reporting intervals break the line and are shaded. Long periods
are drawn from a per-pixel-column summary (first, lowest, highest, last reading of each
column), so a year of 15-minute readings draws as fast as a day and looks the same."""
import math
import os
import tempfile
import unicodedata
from contextlib import closing
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, List, Optional, Tuple

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import (QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen, QPolygonF,
                             QTextOption)

from ..errors import MyMapError
from ..i18n import tr
from ..sync.database import remove_quietly
from ..ward_map.schema import N_
from ..ward_map.styles import ALERT_COLOURS
from ..ward_map.ward_settings import read_only_connection, read_settings

DEFAULT_PERIOD = timedelta(days=7)
GAP_INTERVALS = 3                   # a silence longer than this many reporting intervals breaks the line
DEFAULT_INTERVAL_S = 300            # the schema's default reporting interval
VIETNAM = timezone(timedelta(hours=7))
MIN_SIZE = (400, 300)
MAX_SIZE = (8000, 6000)
FLAGGED = ("nghi_ngo", "loi")       # suspect, faulty: markers, never part of the line
POLYLINE_PIECE = 64

LINE_COLOUR = "#1a3a8f"             # dark blue
SUSPECT_COLOUR = "#d81b60"          # magenta triangles
ERROR_COLOUR = "#6a1b9a"            # purple squares
GAP_COLOUR = "#ececec"
GRID_COLOUR = "#d0d0d0"
AXIS_COLOUR = "#333333"

# Texts drawn into the chart: translated by the caller's *translate* function (tr by default).
DEPTH_AXIS = N_("Water depth (cm)")
TIME_AXIS = N_("Time (Vietnam, UTC+7)")
DEPTH_LEGEND = N_("Water depth")
SUSPECT_LEGEND = N_("Suspect reading")
ERROR_LEGEND = N_("Faulty reading")
GAP_LEGEND = N_("No readings")
THRESHOLD_LABEL = N_("Level {}: {} cm")
PERIOD_TITLE = N_("Water depth from {} to {} (Vietnam time)")

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
# t: milliseconds since 1970 of a stored time, for every form SQLite reads
# ('2025-09-15T08:00:00.000Z', '…Z', '… 08:00:00', '…+07:00'). Same expression in both statements.
_READINGS_SQL = ("SELECT t, water_depth_cm, quality_flag FROM (SELECT CAST(round((julianday(phenomenon_time) "
                 "- 2440587.5) * 86400000.0) AS INTEGER) AS t, water_depth_cm, quality_flag "
                 "FROM sensor_readings WHERE station_uuid = ?) WHERE t BETWEEN ? AND ? ORDER BY t")
_LATEST_SQL = ("SELECT max(t) FROM (SELECT CAST(round((julianday(phenomenon_time) - 2440587.5) * 86400000.0) "
               "AS INTEGER) AS t FROM sensor_readings WHERE station_uuid = ?)")
_SENSORS_SQL = ("SELECT uuid, asset_code, station_name, threshold_1_cm, threshold_2_cm, threshold_3_cm, "
                "interval_normal_s FROM sensors")


@dataclass(frozen=True)
class Sensor:
    """One water-level sensor: what the chart needs to know about it."""
    uuid: str
    asset_code: str
    station_name: str
    thresholds: Tuple[Optional[float], Optional[float], Optional[float]]   # levels 1, 2, 3 (cm)
    interval_s: Optional[int]                                               # normal reporting interval

    @property
    def label(self) -> str:
        if self.asset_code and self.station_name:
            return "{} ({})".format(self.station_name, self.asset_code)
        return self.station_name or self.asset_code or self.uuid


@dataclass
class SensorChart:
    """A rendered chart and the mapping of its plot area, so callers (and tests) can find
    where a value or a time is drawn."""
    image: QImage
    sensor: Sensor
    start: datetime             # UTC, left edge of the plot
    end: datetime               # UTC, right edge of the plot
    plot: QRectF                # the plot area in image pixels
    y_min: float                # cm at the bottom of the plot
    y_max: float                # cm at the top of the plot
    readings: int               # readings drawn (line points and markers)
    suspect: int                # of which flagged suspect
    faulty: int                 # of which flagged faulty
    gaps: List[Tuple[datetime, datetime]]   # silences longer than GAP_INTERVALS intervals

    def value_to_y(self, depth_cm: float) -> float:
        """The image row (pixels from the top) where *depth_cm* is drawn."""
        return _value_to_y(self.plot, self.y_min, self.y_max, depth_cm)

    def time_to_x(self, when) -> float:
        """The image column where the time *when* (datetime or ISO text, UTC unless it says otherwise)
        is drawn."""
        return _time_to_x(self.plot, _ms(self.start), _ms(self.end), _ms(_as_utc(when)))


# --------------------------------------------------------------------------- times
def _as_utc(value):
    """A datetime in UTC from a datetime (naive means UTC) or ISO text; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        text = str(value).strip()
        if text[-1:] in ("Z", "z"):
            text = text[:-1] + "+00:00"
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise MyMapError(tr("The time '{}' is not understood: write it like 2025-09-15T08:00:00Z (UTC) "
                                "or 2025-09-15T15:00:00+07:00 (Vietnam time).").format(value)) from None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _ms(moment: datetime) -> int:
    delta = moment - _EPOCH
    return (delta.days * 86400 + delta.seconds) * 1000 + delta.microseconds // 1000


def _from_ms(ms: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=ms)


def vietnam_text(moment: datetime) -> str:
    return moment.astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M")


# --------------------------------------------------------------------------- reading the ward
def _normalised(text) -> str:
    return " ".join(unicodedata.normalize("NFC", str(text or "")).split()).casefold()


def _sensor_from_row(row) -> Sensor:
    uuid, code, name, first, second, third, interval = row
    return Sensor(uuid=uuid or "", asset_code=code or "", station_name=name or "",
                  thresholds=tuple(float(v) if v is not None else None for v in (first, second, third)),
                  interval_s=int(interval) if interval else None)


def _find_sensor(connection, sensor) -> Sensor:
    wanted = _normalised(sensor)
    if not wanted:
        raise MyMapError(tr("No sensor given: enter the sensor's asset code (e.g. CB0000013), its station "
                            "name or its UUID."))
    rows = [_sensor_from_row(row) for row in connection.execute(_SENSORS_SQL)]
    uuid = wanted.strip("{}")
    for matches in ([s for s in rows if _normalised(s.uuid) == uuid],
                    [s for s in rows if _normalised(s.asset_code) == wanted],
                    [s for s in rows if _normalised(s.station_name) == wanted]):
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise MyMapError(tr("Several sensors are called '{}' ({}): choose one by its asset code.")
                             .format(sensor, ", ".join(s.asset_code or s.uuid for s in matches)))
    raise MyMapError(tr("The ward map has no sensor '{}': give a sensor's asset code (e.g. CB0000013), "
                        "station name or UUID.").format(sensor))


def find_sensor(ward, sensor) -> Sensor:
    """The sensor whose asset code (any case), station name or UUID is *sensor*; MyMapError when the
    ward map has none (or several with that station name)."""
    read_settings(ward)
    with closing(read_only_connection(ward)) as connection:
        return _find_sensor(connection, sensor)


def _period(connection, sensor_uuid, start, end, length=DEFAULT_PERIOD):
    """(start, end) in UTC: the given ones, by default *length* (7 days) up to the sensor's latest reading."""
    start, end = _as_utc(start), _as_utc(end)
    if end is None:
        latest = connection.execute(_LATEST_SQL, (sensor_uuid,)).fetchone()[0]
        latest = _from_ms(latest) if latest is not None else None
        if latest is None and start is None:
            return None, None
        if latest is not None and (start is None or latest > start):
            end = latest
        else:
            end = start + length
    if start is None:
        start = end - length
    if start >= end:
        raise MyMapError(tr("The period is empty: the start ({}) must be before the end ({}).")
                         .format(vietnam_text(start), vietnam_text(end)))
    return start, end


def _rows(connection, sensor_uuid, start, end):
    """[(milliseconds since 1970, depth in cm or None, quality flag)] ordered by time."""
    return connection.execute(_READINGS_SQL, (sensor_uuid, _ms(start), _ms(end))).fetchall()


def sensor_series(ward, sensor_uuid, start=None, end=None):
    """The readings of the sensor *sensor_uuid* from *start* to *end* (both included; datetimes in UTC
    or ISO texts; by default the 7 days up to its latest reading) as [(datetime in UTC, depth in cm or
    None, quality flag)] ordered by time."""
    read_settings(ward)
    with closing(read_only_connection(ward)) as connection:
        start, end = _period(connection, sensor_uuid, start, end)
        if start is None:
            return []
        return [(_from_ms(ms), depth, flag) for ms, depth, flag in _rows(connection, sensor_uuid, start, end)]


# --------------------------------------------------------------------------- axes
def _value_to_y(plot, low, high, value):
    return plot.bottom() - (value - low) / (high - low) * plot.height()


def _time_to_x(plot, start_ms, end_ms, ms):
    return plot.left() + (ms - start_ms) / (end_ms - start_ms) * plot.width()


def _nice_step(span, count):
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return factor * power
    return 10 * power


def _value_axis(depths, thresholds, plot_height):
    """(bottom, top, step) of the depth axis: round numbers, the deepest reading and every threshold
    inside, a little room above."""
    highest = max([d for d in depths] + [t for t in thresholds if t is not None] + [10.0])
    lowest = min([d for d in depths] + [0.0])
    count = max(3, min(10, int(plot_height // 60)))
    step = _nice_step((highest - lowest) * 1.08, count)
    bottom = math.floor(lowest / step) * step
    top = math.ceil(highest * 1.08 / step) * step if highest > 0 else step
    if top <= highest:
        top += step
    return bottom, top, step


_TIME_STEPS_S = (600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400, 2 * 86400, 7 * 86400, 14 * 86400)
_MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60)


def _add_months(moment, months):
    month = moment.month - 1 + months
    return moment.replace(year=moment.year + month // 12, month=month % 12 + 1, day=1)


def _time_ticks(start, end, most):
    """[(datetime in UTC, first label line, second label line or '')] at round Vietnam times."""
    span_s = (end - start).total_seconds()
    local_start, local_end = start.astimezone(VIETNAM), end.astimezone(VIETNAM)
    ticks = []
    step_s = next((s for s in _TIME_STEPS_S if span_s / s <= most), None)
    if step_s is not None:
        midnight = local_start.replace(hour=0, minute=0, second=0, microsecond=0)
        if step_s >= 7 * 86400:
            midnight -= timedelta(days=midnight.weekday())          # weeks start on Monday
        seconds = (local_start - midnight).total_seconds()
        moment = midnight + timedelta(seconds=math.ceil(seconds / step_s) * step_s)
        while moment <= local_end:
            ticks.append(moment)
            moment += timedelta(seconds=step_s)
    else:
        months = next((m for m in _MONTH_STEPS if span_s / (m * 30.44 * 86400) <= most), _MONTH_STEPS[-1])
        moment = local_start.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
        if moment < local_start:
            moment = _add_months(moment, 1)
        while (moment.month - 1) % months:
            moment = _add_months(moment, 1)
        while moment <= local_end:
            ticks.append(moment)
            moment = _add_months(moment, months)
    labelled = []
    previous = None
    for moment in ticks:
        if step_s is not None and step_s < 86400:
            first, second, key = moment.strftime("%H:%M"), moment.strftime("%d/%m"), moment.date()
        elif step_s is not None:
            first, second, key = moment.strftime("%d/%m"), moment.strftime("%Y"), moment.year
        else:
            first, second, key = moment.strftime("%m/%Y"), "", None
        labelled.append((moment.astimezone(timezone.utc), first, second if key != previous else ""))
        previous = key
    return labelled


# --------------------------------------------------------------------------- the line
def _decimated(points):
    """Per pixel column the first, lowest, highest and last point, in time order: the same picture
    as every point, with at most four points per column."""
    result = []
    column = None
    group = []

    def flush():
        if len(group) <= 4:
            result.extend(group)
            return
        low = min(group, key=lambda p: p[1])
        high = max(group, key=lambda p: p[1])
        middle = sorted({id(low): low, id(high): high}.values(), key=lambda p: p[0])
        result.extend([group[0]] + middle + [group[-1]])

    for point in points:
        here = math.floor(point[0])
        if here != column:
            flush()
            group = []
            column = here
        group.append(point)
    flush()
    return result


# --------------------------------------------------------------------------- drawing
def _check_size(width, height):
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise MyMapError(tr("A chart of {} × {} pixels cannot be drawn: use at least {} × {} and at most "
                            "{} × {} pixels.").format(width, height, MIN_SIZE[0], MIN_SIZE[1], MAX_SIZE[0],
                                                      MAX_SIZE[1]))


def _font(pixels, bold=False):
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(8, int(round(pixels))))
    font.setBold(bold)
    return font


def _fitted(font, texts, room):
    """*font*, smaller when needed so that *texts* side by side fit in *room* pixels."""
    needed = sum(QFontMetricsF(font).horizontalAdvance(text) for text in texts)
    if needed > room > 0:
        font = QFont(font)
        font.setPixelSize(max(7, int(font.pixelSize() * room / needed)))
    return font


def _text(painter, rect, text, alignment):
    """Draw *text* on one line in *rect* (Qt 5 and Qt 6 alike: the alignment as a QTextOption)."""
    option = QTextOption(alignment)
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    painter.drawText(rect, text, option)


def _marker(painter, kind, x, y, size):
    """A filled triangle (suspect) or square (faulty) centred on (x, y)."""
    if kind == "nghi_ngo":
        painter.setBrush(QBrush(QColor(SUSPECT_COLOUR)))
        painter.drawPolygon(QPolygonF([QPointF(x, y - size * 0.6), QPointF(x + size * 0.6, y + size * 0.45),
                                       QPointF(x - size * 0.6, y + size * 0.45)]))
    else:
        painter.setBrush(QBrush(QColor(ERROR_COLOUR)))
        painter.drawRect(QRectF(x - size * 0.45, y - size * 0.45, size * 0.9, size * 0.9))


def plot_sensor_chart(ward, sensor, start=None, end=None, width=1400, height=700,
                      translate: Optional[Callable[[str], str]] = None, days=None) -> SensorChart:
    """Draw the chart of *sensor* (asset code, station name or UUID) from *start* to *end* (UTC
    datetimes or ISO texts; by default the 7 days up to its latest reading). Returns the image with
    its axis mapping; *days* changes the default period's length. MyMapError when the ward map, the
    sensor or the period is not usable."""
    translate = translate or tr
    width, height = int(width), int(height)
    _check_size(width, height)
    read_settings(ward)
    with closing(read_only_connection(ward)) as connection:
        info = _find_sensor(connection, sensor)
        start, end = _period(connection, info.uuid, start, end, timedelta(days=days) if days else DEFAULT_PERIOD)
        if start is None:
            raise MyMapError(tr("The sensor {} has no readings yet.").format(info.label))
        rows = _rows(connection, info.uuid, start, end)
    drawn = [row for row in rows if row[1] is not None or row[2] in FLAGGED]
    if not drawn:
        raise MyMapError(tr("The sensor {} has no readings from {} to {} (Vietnam time). Choose another "
                            "period.").format(info.label, vietnam_text(start), vietnam_text(end)))

    scale = max(0.75, min(width / 1400.0, height / 700.0))
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    title_font, text_font, small_font = _font(24 * scale, True), _font(17 * scale), _font(14 * scale)
    small_metrics = QFontMetricsF(small_font)
    line_height = small_metrics.height()
    plot = QRectF(92 * scale, 92 * scale, width - 92 * scale - 170 * scale, 0)
    plot.setBottom(height - (2 * line_height + 10 * scale) - (line_height + 8 * scale) - (line_height + 22 * scale))
    start_ms, end_ms = _ms(start), _ms(end)
    depths = [row[1] for row in drawn if row[1] is not None]
    low, high, step = _value_axis(depths, info.thresholds, plot.height())

    def x_of(ms):
        return _time_to_x(plot, start_ms, end_ms, ms)

    def y_of(value):
        return _value_to_y(plot, low, high, value)

    # Silences: between readings, and before the first / after the last one.
    interval_ms = 1000 * (info.interval_s or _median_spacing_s(rows) or DEFAULT_INTERVAL_S)
    limit = GAP_INTERVALS * interval_ms
    times = [row[0] for row in rows]
    gaps = [(a, b) for a, b in zip([start_ms] + times, times + [end_ms]) if b - a > limit]

    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # Title and period.
        painter.setPen(QColor("black"))
        painter.setFont(_fitted(title_font, [info.label], width - 20))
        _text(painter, QRectF(0, 10 * scale, width, 34 * scale), info.label, Qt.AlignmentFlag.AlignHCenter)
        period = translate(PERIOD_TITLE).format(vietnam_text(start), vietnam_text(end))
        painter.setFont(_fitted(text_font, [period], width - 20))
        _text(painter, QRectF(0, 46 * scale, width, 26 * scale), period, Qt.AlignmentFlag.AlignHCenter)
        # Silences, shaded.
        for a, b in gaps:
            painter.fillRect(QRectF(QPointF(x_of(a), plot.top()), QPointF(x_of(b), plot.bottom())),
                             QColor(GAP_COLOUR))
        # Depth axis with horizontal grid lines.
        painter.setFont(small_font)
        grid = QPen(QColor(GRID_COLOUR))
        grid.setWidthF(1.0)
        value = low
        while value <= high + step / 1000:
            y = y_of(value)
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(QColor("black"))
            _text(painter, QRectF(0, y - line_height / 2, plot.left() - 8 * scale, line_height),
                  "{:g}".format(round(value, 6)), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value += step
        painter.save()
        painter.translate(20 * scale, plot.center().y())
        painter.rotate(-90)
        painter.setFont(_fitted(text_font, [translate(DEPTH_AXIS)], plot.height()))
        _text(painter, QRectF(-plot.height() / 2, -14 * scale, plot.height(), 30 * scale), translate(DEPTH_AXIS),
              Qt.AlignmentFlag.AlignCenter)
        painter.restore()
        # Time axis with vertical grid lines, in Vietnam time.
        most = max(2, int(plot.width() // (small_metrics.horizontalAdvance("00/00/0000") + 30 * scale)))
        for moment, first, second in _time_ticks(start, end, most):
            x = x_of(_ms(moment))
            painter.setPen(grid)
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.setPen(QColor("black"))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 5 * scale))
            for number, text in enumerate((first, second)):
                if text:
                    _text(painter, QRectF(x - 60 * scale, plot.bottom() + 7 * scale + number * line_height,
                                          120 * scale, line_height), text, Qt.AlignmentFlag.AlignHCenter)
        painter.setFont(text_font)
        axis_title_top = plot.bottom() + 2 * line_height + 12 * scale
        _text(painter, QRectF(plot.left(), axis_title_top, plot.width(), line_height + 8 * scale),
              translate(TIME_AXIS), Qt.AlignmentFlag.AlignHCenter)
        axis = QPen(QColor(AXIS_COLOUR))
        axis.setWidthF(1.5)
        painter.setPen(axis)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(plot)
        # Thresholds: dashed lines on whole pixel rows, labels in the right margin.
        painter.setClipRect(plot)
        levels = [(level, limit_cm) for level, limit_cm in enumerate(info.thresholds, start=1)
                  if limit_cm is not None]
        for level, limit_cm in levels:
            pen = QPen(QColor(ALERT_COLOURS[level]))
            pen.setWidthF(3.0)
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            y = math.floor(y_of(limit_cm)) + 0.5
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        # The depth line: good readings, broken at silences, summarised per pixel column.
        pen = QPen(QColor(LINE_COLOUR))
        pen.setWidthF(2.0 * max(1.0, scale))
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        segment, previous = [], None
        for ms, depth, flag in rows:
            if depth is None or flag in FLAGGED:
                continue
            if previous is not None and ms - previous > limit:
                _draw_segment(painter, segment)
                segment = []
            segment.append((x_of(ms), y_of(depth)))
            previous = ms
        _draw_segment(painter, segment)
        # Flagged readings: markers (one per kind and pixel), faulty ones without a depth on the axis.
        size = 11 * scale
        painter.setClipRect(plot.adjusted(-size, -size, size, size))
        painter.setPen(QPen(QColor("white"), 1.0))
        seen = set()
        counts = {"nghi_ngo": 0, "loi": 0}
        for ms, depth, flag in rows:
            if flag not in FLAGGED:
                continue
            counts[flag] += 1
            x, y = x_of(ms), (y_of(depth) if depth is not None else plot.bottom() - size * 0.5)
            key = (flag, int(x), int(y))
            if key not in seen:
                seen.add(key)
                _marker(painter, flag, x, y, size)
        painter.setClipping(False)
        # Threshold labels, pushed apart when thresholds are close.
        painter.setFont(small_font)
        label_height = line_height + 4 * scale
        placed = []
        for level, limit_cm in sorted(levels, key=lambda item: item[1]):
            y = y_of(limit_cm)
            if placed:
                y = min(y, placed[-1][2] - label_height)
            placed.append((level, limit_cm, y))
        for level, limit_cm, y in placed:
            box = QRectF(plot.right() + 8 * scale, y - label_height / 2, 155 * scale, label_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(ALERT_COLOURS[level])))
            painter.drawRoundedRect(box, 4 * scale, 4 * scale)
            painter.setPen(QColor("white" if level == 3 else "black"))
            text = translate(THRESHOLD_LABEL).format(level, "{:g}".format(limit_cm))
            painter.setFont(_fitted(small_font, [text], box.width() - 6))
            _text(painter, box, text, Qt.AlignmentFlag.AlignCenter)
        # Legend: the line, the markers and silences that appear.
        entries = [("line", translate(DEPTH_LEGEND))]
        if counts["nghi_ngo"]:
            entries.append(("nghi_ngo", translate(SUSPECT_LEGEND)))
        if counts["loi"]:
            entries.append(("loi", translate(ERROR_LEGEND)))
        if gaps:
            entries.append(("gap", translate(GAP_LEGEND)))
        legend_font = _fitted(small_font, [text for _kind, text in entries],
                              width - plot.left() - 10 - len(entries) * 68 * scale)
        painter.setFont(legend_font)
        _draw_legend(painter, entries, plot.left(), height - line_height - 12 * scale, line_height, scale,
                     QFontMetricsF(legend_font))
    finally:
        painter.end()
    return SensorChart(image=image, sensor=info, start=start, end=end, plot=QRectF(plot), y_min=low, y_max=high,
                       readings=len(drawn), suspect=counts["nghi_ngo"], faulty=counts["loi"],
                       gaps=[(_from_ms(a), _from_ms(b)) for a, b in gaps])


def _median_spacing_s(rows):
    spacings = sorted(b[0] - a[0] for a, b in zip(rows, rows[1:]) if b[0] > a[0])
    return spacings[len(spacings) // 2] // 1000 if spacings else None


def _draw_segment(painter, points):
    if len(points) == 1:
        x, y = points[0]
        painter.drawPoint(QPointF(x, y))
    elif points:
        # In short pieces: Qt strokes one long, self-overlapping polyline much more slowly.
        points = [QPointF(x, y) for x, y in _decimated(points)]
        for first in range(0, len(points) - 1, POLYLINE_PIECE):
            painter.drawPolyline(QPolygonF(points[first:first + POLYLINE_PIECE + 1]))


def _draw_legend(painter, entries, left, top, line_height, scale, metrics):
    x = left
    for kind, text in entries:
        middle = top + line_height / 2
        if kind == "line":
            pen = QPen(QColor(LINE_COLOUR))
            pen.setWidthF(2.0 * max(1.0, scale))
            painter.setPen(pen)
            painter.drawLine(QPointF(x, middle), QPointF(x + 30 * scale, middle))
        elif kind == "gap":
            painter.setPen(QColor(GRID_COLOUR))
            painter.setBrush(QBrush(QColor(GAP_COLOUR)))
            painter.drawRect(QRectF(x + 5 * scale, middle - 8 * scale, 20 * scale, 16 * scale))
        else:
            painter.setPen(QPen(QColor("white"), 1.0))
            _marker(painter, kind, x + 15 * scale, middle, 11 * scale)
        painter.setPen(QColor("black"))
        _text(painter, QRectF(x + 38 * scale, top, metrics.horizontalAdvance(text) + 4, line_height), text,
              Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        x += 38 * scale + metrics.horizontalAdvance(text) + 30 * scale


def render_sensor_chart(ward, sensor, start=None, end=None, width=1400, height=700, translate=None) -> QImage:
    """The chart of *sensor* as an image (see plot_sensor_chart)."""
    return plot_sensor_chart(ward, sensor, start, end, width, height, translate).image


# --------------------------------------------------------------------------- writing
def _check_output(output) -> Path:
    output = Path(output)
    if output.exists():
        raise MyMapError(tr("The file {} already exists; it was not overwritten. Choose another file name.")
                         .format(output))
    if not output.parent.is_dir():
        raise MyMapError(tr("The output folder {} does not exist.").format(output.parent))
    return output


def save_sensor_chart(chart: SensorChart, output) -> Path:
    """Write *chart* as the PNG file *output*, all or nothing; never over an existing file."""
    output = _check_output(output)
    handle, temporary = tempfile.mkstemp(prefix=".mymap-chart-", suffix=".png", dir=str(output.parent))
    os.close(handle)
    try:
        if not chart.image.save(temporary, "PNG"):
            raise MyMapError(tr("The chart {} could not be written.").format(output))
        _check_output(output)
        os.replace(temporary, str(output))
    finally:
        remove_quietly(temporary)
    return output


def write_sensor_chart(ward, sensor, output, start=None, end=None, width=1400, height=700,
                       translate=None) -> Path:
    """Draw the chart of *sensor* (see plot_sensor_chart) and write it as the PNG file *output*;
    MyMapError (and no file) when *output* exists or there is nothing to draw."""
    _check_output(output)
    chart = plot_sensor_chart(ward, sensor, start, end, width, height, translate)
    return save_sensor_chart(chart, output)
