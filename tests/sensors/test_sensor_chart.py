"""mymap:sensor_chart: the chart is checked in its pixels — each alert threshold is a dashed line
in its alert colour at the height its value maps to, the depth line is drawn through the
readings (also the extremes of a year of readings), flagged readings are markers off the line,
silences break the line — and nothing is written when there is nothing to draw or the file
exists."""
import time
from contextlib import closing
from datetime import datetime, timedelta, timezone

import processing
import pytest
from qgis.core import QgsApplication, QgsProcessingException
from qgis.PyQt.QtGui import QImage

from mymap_plugin.errors import MyMapError
from mymap_plugin.sensors.processing.sensor_chart_algorithm import SensorChartAlgorithm
from mymap_plugin.sensors.sensor_chart import (ERROR_COLOUR, GAP_COLOUR, LINE_COLOUR, SUSPECT_COLOUR, TIME_AXIS,
                                               VIETNAM, _time_ticks, find_sensor, plot_sensor_chart,
                                               render_sensor_chart, sensor_series, write_sensor_chart)
from mymap_plugin.sync.database import connect, transaction
from mymap_plugin.ward_map.demo_ward import READINGS_START
from mymap_plugin.ward_map.styles import ALERT_COLOURS
from tests.conftest import file_digest, folder_state

UTC = timezone.utc
FIRST = "CB0000013"             # Trạm đo mực nước số 01: thresholds 15 / 30 / 55 cm, readings every 10 min
SILENT = "Trạm đo mực nước số 07"   # stops reporting a day before the end of the demo week
DEMO_END = READINGS_START + timedelta(days=7)


def rgb(hex_colour):
    return int(hex_colour[1:], 16)


def colour_count(image, colour, xs, ys):
    """How many pixels of exactly *colour* (hex) in the columns *xs* × rows *ys*."""
    wanted = rgb(colour)
    return sum(1 for y in ys for x in xs if image.pixel(x, y) & 0xFFFFFF == wanted)


def plot_columns(chart, step=1):
    return range(int(chart.plot.left()) + 2, int(chart.plot.right()) - 1, step)


def plot_rows(chart, step=1):
    return range(int(chart.plot.top()) + 2, int(chart.plot.bottom()) - 1, step)


def near(image, colour, x, y, radius=3):
    x, y = round(x), round(y)
    return colour_count(image, colour, range(x - radius, x + radius + 1), range(y - radius, y + radius + 1)) > 0


def execute(ward, sql, rows=((),)):
    with closing(connect(ward)) as connection, transaction(connection):
        for row in rows:
            connection.execute(sql, row)


def sensor_uuid(ward, code):
    return find_sensor(ward, code).uuid


def assert_threshold_lines(image, chart):
    """Each threshold: a dashed line in its alert colour on the row its value maps to, nowhere near."""
    for level, limit in enumerate(chart.sensor.thresholds, start=1):
        row = int(chart.value_to_y(limit))
        columns = plot_columns(chart)
        on_line = colour_count(image, ALERT_COLOURS[level], columns, [row])
        assert on_line > 0.4 * len(columns), (level, limit, on_line)
        for away in (row - 6, row + 6):
            assert colour_count(image, ALERT_COLOURS[level], columns, [away]) < 0.02 * len(columns), (level, away)


@pytest.fixture
def chart_algorithm(mymap_provider):
    """mymap:sensor_chart in the provider (added here until the provider lists it; removed after)."""
    registry = QgsApplication.processingRegistry()
    added = registry.algorithmById("mymap:sensor_chart") is None
    if added:
        mymap_provider.addAlgorithm(SensorChartAlgorithm())
    yield registry.algorithmById("mymap:sensor_chart")
    if added:
        mymap_provider.refreshAlgorithms()       # back to the provider's own list
        assert registry.algorithmById("mymap:sensor_chart") is None


# --------------------------------------------------------------------------- finding and reading
def test_find_sensor_by_code_name_or_uuid(demo_ward):
    sensor = find_sensor(demo_ward, FIRST.lower())
    assert (sensor.asset_code, sensor.station_name) == (FIRST, "Trạm đo mực nước số 01")
    assert sensor.thresholds == (15.0, 30.0, 55.0) and sensor.interval_s == 600
    assert find_sensor(demo_ward, "  trạm đo mực nước số 01 ") == sensor
    assert find_sensor(demo_ward, sensor.uuid.upper()) == sensor
    assert find_sensor(demo_ward, "{" + sensor.uuid + "}") == sensor
    with pytest.raises(MyMapError, match="no sensor 'CB9999999'"):
        find_sensor(demo_ward, "CB9999999")
    with pytest.raises(MyMapError, match="No sensor given"):
        find_sensor(demo_ward, "  ")
    # Two stations of the same name: the code decides.
    execute(demo_ward, "UPDATE sensors SET station_name = ? WHERE asset_code = 'CB0000021'", [(sensor.station_name,)])
    with pytest.raises(MyMapError, match="Several sensors .*CB0000013, CB0000021"):
        find_sensor(demo_ward, sensor.station_name)
    assert find_sensor(demo_ward, "cb0000021").asset_code == "CB0000021"


def test_series_default_period_and_bounds(demo_ward):
    uuid = sensor_uuid(demo_ward, FIRST)
    series = sensor_series(demo_ward, uuid)
    times = [t for t, _depth, _flag in series]
    assert times == sorted(times) and all(t.tzinfo is not None and t.utcoffset() == timedelta(0) for t in times)
    latest = DEMO_END - timedelta(minutes=10)
    assert times[-1] == latest and times[0] >= latest - timedelta(days=7)
    assert len(series) == 7 * 144             # the whole demo week: every 10 minutes
    assert {flag for _t, _d, flag in series} <= {"ok", "nghi_ngo"}
    # Bounds are included; ISO texts, naive (UTC) and Vietnam-time datetimes mean the same.
    by_text = sensor_series(demo_ward, uuid, "2025-09-24T09:00:00Z", "2025-09-24T15:00:00.000Z")
    by_naive = sensor_series(demo_ward, uuid, datetime(2025, 9, 24, 9), datetime(2025, 9, 24, 15))
    by_vietnam = sensor_series(demo_ward, uuid, datetime(2025, 9, 24, 16, tzinfo=VIETNAM),
                               "2025-09-24T22:00:00+07:00")
    assert by_text == by_naive == by_vietnam and len(by_text) == 37
    assert by_text[0][0] == datetime(2025, 9, 24, 9, tzinfo=UTC)
    assert by_text[-1][0] == datetime(2025, 9, 24, 15, tzinfo=UTC)
    with pytest.raises(MyMapError, match="not understood"):
        sensor_series(demo_ward, uuid, "yesterday")


def test_times_written_by_other_tools_are_read(demo_ward):
    uuid = sensor_uuid(demo_ward, FIRST)
    execute(demo_ward, "INSERT INTO sensor_readings (uuid, station_uuid, phenomenon_time, water_depth_cm, "
                       "quality_flag) VALUES (?, ?, ?, ?, 'ok')",
            [("extra-1", uuid, "2025-09-29T00:10:00Z", 1.5),                # no milliseconds
             ("extra-2", uuid, "2025-09-29T07:20:00+07:00", 2.5),           # Vietnam time
             ("extra-3", uuid, "2025-09-29 00:30:00", 3.5)])                # SQLite's own form, UTC
    series = sensor_series(demo_ward, uuid, "2025-09-29T00:00:00Z", "2025-09-29T01:00:00Z")
    assert [(t.strftime("%H:%M"), depth) for t, depth, _flag in series] == [
        ("00:10", 1.5), ("00:20", 2.5), ("00:30", 3.5)]


# --------------------------------------------------------------------------- the picture
def test_thresholds_depth_line_and_peak(demo_ward, tmp_path):
    output = write_sensor_chart(demo_ward, FIRST, tmp_path / "chart.png")
    image = QImage(str(output))
    chart = plot_sensor_chart(demo_ward, FIRST)          # same data, same size: same axes
    assert (image.width(), image.height()) == (1400, 700)
    assert chart.start == DEMO_END - timedelta(minutes=10) - timedelta(days=7)
    assert chart.y_min == 0 and chart.y_max > 55
    # The mapping spans the plot frame: period from left to right, depth axis from bottom to top.
    assert chart.time_to_x(chart.start) == pytest.approx(chart.plot.left())
    assert chart.time_to_x(chart.end) == pytest.approx(chart.plot.right())
    assert chart.value_to_y(chart.y_min) == pytest.approx(chart.plot.bottom())
    assert chart.value_to_y(chart.y_max) == pytest.approx(chart.plot.top())
    assert 0 < chart.plot.left() < chart.plot.right() < 1400 and 0 < chart.plot.top() < chart.plot.bottom() < 700
    assert chart.readings == 7 * 144
    assert_threshold_lines(image, chart)
    # The depth line passes through the deepest good reading, at its time and depth.
    uuid = chart.sensor.uuid
    series = sensor_series(demo_ward, uuid)
    when, depth, _flag = max((row for row in series if row[2] == "ok"), key=lambda row: row[1])
    assert depth > 35
    assert near(image, LINE_COLOUR, chart.time_to_x(when), chart.value_to_y(depth))
    # …and never above it.
    assert colour_count(image, LINE_COLOUR, plot_columns(chart), range(int(chart.plot.top()) + 2,
                                                                       int(chart.value_to_y(depth)) - 4)) == 0
    # White background, drawn in antialiasing (shades between line and background exist).
    assert image.pixel(3, 3) & 0xFFFFFF == 0xFFFFFF
    column = int(chart.time_to_x(when))
    shades = {image.pixel(x, y) & 0xFFFFFF for x in range(column - 20, column + 20)
              for y in range(int(chart.value_to_y(depth)) - 20, int(chart.value_to_y(depth)) + 20)}
    assert len(shades) > 10


def test_flagged_readings_are_markers_off_the_line(demo_ward, tmp_path):
    uuid = sensor_uuid(demo_ward, FIRST)
    start, end = "2025-09-25T12:00:00Z", "2025-09-26T12:00:00Z"     # between the storms: depth near 0
    execute(demo_ward, "UPDATE sensor_readings SET quality_flag = 'ok' WHERE station_uuid = ?", [(uuid,)])
    clean = plot_sensor_chart(demo_ward, FIRST, start, end)
    for colour in (SUSPECT_COLOUR, ERROR_COLOUR):
        assert colour_count(clean.image, colour, plot_columns(clean, 2), plot_rows(clean, 2)) == 0
    assert clean.suspect == clean.faulty == 0
    flagged = [("nghi_ngo", 45.0, "2025-09-25T18:00:00.000Z"), ("loi", 50.0, "2025-09-26T00:00:00.000Z"),
               ("loi", None, "2025-09-26T06:00:00.000Z")]
    execute(demo_ward, "UPDATE sensor_readings SET quality_flag = ?, water_depth_cm = ? "
                       "WHERE station_uuid = ? AND phenomenon_time = ?",
            [(flag, depth, uuid, when) for flag, depth, when in flagged])
    output = write_sensor_chart(demo_ward, FIRST, tmp_path / "flagged.png", start, end)
    image = QImage(str(output))
    chart = plot_sensor_chart(demo_ward, FIRST, start, end)
    assert (chart.suspect, chart.faulty, chart.readings) == (1, 2, 145)
    colours = {"nghi_ngo": SUSPECT_COLOUR, "loi": ERROR_COLOUR}
    for flag, depth, when in flagged:
        x = chart.time_to_x(when)
        y = chart.value_to_y(depth) if depth is not None else chart.plot.bottom() - 5
        assert near(image, colours[flag], x, y, 2), (flag, when)
        # Not joined into the line: in the marker's column the line stays near the bottom.
        rows = range(int(chart.plot.top()) + 2, int(chart.value_to_y(10)))
        assert colour_count(image, LINE_COLOUR, range(int(x) - 8, int(x) + 9), rows) == 0, when
    assert_threshold_lines(image, chart)


def test_silences_break_the_line(demo_ward):
    # The silent station: its last day is shaded, without line.
    start, end = READINGS_START, DEMO_END + timedelta(hours=12)
    chart = plot_sensor_chart(demo_ward, SILENT, start, end)
    last = sensor_series(demo_ward, chart.sensor.uuid, start, end)[-1][0]
    assert last == DEMO_END - timedelta(days=1)
    assert chart.gaps == [(last, end)]
    image = chart.image
    after = range(int(chart.time_to_x(last)) + 4, int(chart.plot.right()) - 2)
    assert colour_count(image, LINE_COLOUR, after, plot_rows(chart)) == 0
    assert colour_count(image, GAP_COLOUR, after, [int(chart.value_to_y(5))]) > 0.8 * len(after)
    # A silence of 6 hours breaks the line; one of 30 minutes (3 intervals) does not.
    uuid = sensor_uuid(demo_ward, FIRST)
    execute(demo_ward, "DELETE FROM sensor_readings WHERE station_uuid = ? AND phenomenon_time > ? "
                       "AND phenomenon_time < ?",
            [(uuid, "2025-09-26T00:00:00.000Z", "2025-09-26T06:00:00.000Z"),
             (uuid, "2025-09-27T00:00:00.000Z", "2025-09-27T00:30:00.000Z")])
    execute(demo_ward, "UPDATE sensor_readings SET water_depth_cm = 5, quality_flag = 'ok' WHERE station_uuid = ? AND "
                       "phenomenon_time BETWEEN ? AND ?", [(uuid, "2025-09-25T00:00", "2025-09-28T00:00")])
    chart = plot_sensor_chart(demo_ward, FIRST, "2025-09-25T00:00:00Z", "2025-09-28T00:00:00Z")
    image = chart.image
    rows = plot_rows(chart)
    long_gap = range(int(chart.time_to_x("2025-09-26T00:00:00Z")) + 4,
                     int(chart.time_to_x("2025-09-26T06:00:00Z")) - 3)
    assert len(long_gap) > 50
    assert colour_count(image, LINE_COLOUR, long_gap, rows) == 0
    short_gap = range(int(chart.time_to_x("2025-09-27T00:00:00Z")) + 1,
                      int(chart.time_to_x("2025-09-27T00:30:00Z")))
    assert colour_count(image, LINE_COLOUR, short_gap, rows) >= len(short_gap)
    assert [(a.strftime("%d %H:%M"), b.strftime("%d %H:%M")) for a, b in chart.gaps] == [("26 00:00", "26 06:00")]


def test_a_year_of_readings_draws_fast_and_keeps_its_extremes(demo_ward):
    uuid = sensor_uuid(demo_ward, FIRST)
    execute(demo_ward, "DELETE FROM sensor_readings WHERE station_uuid = ?", [(uuid,)])
    execute(demo_ward, "UPDATE sensors SET interval_normal_s = 900 WHERE uuid = ?", [(uuid,)])
    first = datetime(2024, 10, 1, tzinfo=UTC)
    count = 365 * 96
    spike = 20000
    rows = [("y{}".format(k), uuid, (first + timedelta(minutes=15 * k)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
             48.5 if k == spike else (k % 96) / 12.0, "ok") for k in range(count)]
    execute(demo_ward, "INSERT INTO sensor_readings (uuid, station_uuid, phenomenon_time, water_depth_cm, "
                       "quality_flag) VALUES (?, ?, ?, ?, ?)", rows)
    began = time.perf_counter()
    chart = plot_sensor_chart(demo_ward, FIRST)
    seconds = time.perf_counter() - began
    assert seconds < 3.0, seconds
    assert chart.readings == 7 * 96 + 1          # default: the 7 days up to the latest reading
    began = time.perf_counter()
    chart = plot_sensor_chart(demo_ward, FIRST, first, first + timedelta(days=365))
    seconds = time.perf_counter() - began
    assert seconds < 3.0, seconds
    assert chart.readings == count and chart.gaps == []
    # One reading among 35,040 still reaches its depth (the column summary keeps extremes).
    when = first + timedelta(minutes=15 * spike)
    assert near(chart.image, LINE_COLOUR, chart.time_to_x(when), chart.value_to_y(48.5), 2)
    assert colour_count(chart.image, LINE_COLOUR, plot_columns(chart),
                        range(int(chart.plot.top()) + 2, int(chart.value_to_y(48.5)) - 4)) == 0


def test_time_axis_is_in_vietnam_time():
    start = datetime(2025, 9, 21, 23, 50, tzinfo=UTC)
    ticks = _time_ticks(start, start + timedelta(days=7), 10)
    assert len(ticks) == 7
    assert all(t.hour == 17 and t.minute == 0 for t, _first, _second in ticks)     # midnight in Vietnam
    assert [first for _t, first, _second in ticks][:2] == ["23/09", "24/09"]
    hours = _time_ticks(datetime(2025, 9, 24, 9, tzinfo=UTC), datetime(2025, 9, 24, 15, tzinfo=UTC), 10)
    assert [first for _t, first, _second in hours] == ["16:00", "17:00", "18:00", "19:00", "20:00", "21:00",
                                                       "22:00"]
    assert hours[0][2] == "24/09" and all(second == "" for _t, _first, second in hours[1:])


def test_chart_texts_go_through_translate(demo_ward):
    asked = []

    def translate(text):
        asked.append(text)
        return text

    image = render_sensor_chart(demo_ward, FIRST, width=800, height=400, translate=translate)
    assert (image.width(), image.height()) == (800, 400)
    assert TIME_AXIS in asked and "Level {}: {} cm" in asked


# --------------------------------------------------------------------------- refusals
def test_nothing_written_without_readings_or_sensor(demo_ward, tmp_path):
    output = tmp_path / "chart.png"
    with pytest.raises(MyMapError, match="no readings from 01/01/2024 07:00 to 08/01/2024 07:00"):
        write_sensor_chart(demo_ward, FIRST, output, "2024-01-01T00:00:00Z", "2024-01-08T00:00:00Z")
    with pytest.raises(MyMapError, match="must be before the end"):
        write_sensor_chart(demo_ward, FIRST, output, "2025-09-25T00:00:00Z", "2025-09-24T00:00:00Z")
    with pytest.raises(MyMapError, match="no sensor 'CB0000999'"):
        write_sensor_chart(demo_ward, "CB0000999", output)
    with pytest.raises(MyMapError, match="cannot be drawn"):
        write_sensor_chart(demo_ward, FIRST, output, width=100, height=100)
    uuid = sensor_uuid(demo_ward, FIRST)
    execute(demo_ward, "DELETE FROM sensor_readings WHERE station_uuid = ?", [(uuid,)])
    with pytest.raises(MyMapError, match="has no readings yet"):
        write_sensor_chart(demo_ward, FIRST, output)
    assert folder_state(tmp_path) == {"my_hao.gpkg": file_digest(demo_ward)}


def test_existing_output_and_foreign_files_are_refused(demo_ward, tmp_path):
    output = tmp_path / "chart.png"
    output.write_bytes(b"an earlier chart")
    before = folder_state(tmp_path)
    with pytest.raises(MyMapError, match="already exists") as error:
        write_sensor_chart(demo_ward, FIRST, output)
    assert str(output) in str(error.value)
    assert output.read_bytes() == b"an earlier chart" and folder_state(tmp_path) == before
    not_a_ward = tmp_path / "other.gpkg"
    with closing(connect_new(not_a_ward)) as connection:
        connection.execute("CREATE TABLE sensors (uuid TEXT)")
    with pytest.raises(MyMapError, match="not a MyMap ward map"):
        write_sensor_chart(not_a_ward, FIRST, tmp_path / "new.png")
    with pytest.raises(MyMapError, match="does not exist"):
        write_sensor_chart(tmp_path / "missing.gpkg", FIRST, tmp_path / "new.png")
    assert not (tmp_path / "new.png").exists()


def connect_new(path):
    import sqlite3
    return sqlite3.connect(str(path), isolation_level=None)


# --------------------------------------------------------------------------- Processing
def test_algorithm_writes_the_chart_and_never_overwrites(demo_ward, tmp_path, chart_algorithm):
    assert chart_algorithm.displayName() == "Sensor water-depth chart"
    output = tmp_path / "out" / "chart.png"
    parameters = {"WARD": str(demo_ward), "SENSOR": FIRST.lower(), "START": "2025-09-24T00:00:00Z",
                  "END": "2025-09-26T00:00:00Z", "WIDTH": 900, "HEIGHT": 500, "OUTPUT": str(output)}
    result = processing.run("mymap:sensor_chart", parameters)
    assert result["OUTPUT"] == str(output)
    uuid = sensor_uuid(demo_ward, FIRST)
    assert result["READINGS"] == len(sensor_series(demo_ward, uuid, "2025-09-24T00:00:00Z",
                                                   "2025-09-26T00:00:00Z")) == 2 * 144 + 1
    image = QImage(str(output))
    assert (image.width(), image.height()) == (900, 500)
    chart = plot_sensor_chart(demo_ward, FIRST, "2025-09-24T00:00:00Z", "2025-09-26T00:00:00Z", 900, 500)
    assert_threshold_lines(image, chart)
    assert colour_count(image, LINE_COLOUR, plot_columns(chart, 2), plot_rows(chart, 2)) > 50
    digest = file_digest(output)
    with pytest.raises(QgsProcessingException, match="already exists"):
        processing.run("mymap:sensor_chart", parameters)
    assert file_digest(output) == digest
    # Defaults: the week up to the latest reading, 1400 × 700.
    default = tmp_path / "default.png"
    result = processing.run("mymap:sensor_chart", {"WARD": str(demo_ward), "SENSOR": SILENT,
                                                   "OUTPUT": str(default)})
    assert result["READINGS"] == 6 * 144 + 1
    assert (QImage(str(default)).width(), QImage(str(default)).height()) == (1400, 700)
    with pytest.raises(QgsProcessingException, match="no readings from"):
        processing.run("mymap:sensor_chart", dict(parameters, START="2020-01-01T00:00:00Z",
                                                  END="2020-01-02T00:00:00Z", OUTPUT=str(tmp_path / "x.png")))
    assert not (tmp_path / "x.png").exists()
