"""mymap:ward_statistics: the tables add up to the ward's own counts, the labels are Vietnamese,
and every chart is a real bar chart (coloured bars checked in the image)."""
import csv
import sqlite3

import processing
import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtGui import QImage

from mymap_plugin.data_exchange.ward_statistics import PALETTE, ward_statistics
from tests.conftest import folder_state


def table(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_tables_add_up_and_charts_show_bars(demo_ward, tmp_path, vietnamese):
    files = ward_statistics(demo_ward, tmp_path)
    assert len(files) == 15
    with sqlite3.connect(str(demo_ward)) as connection:
        houses = connection.execute("SELECT count(*) FROM housing").fetchone()[0]
        residential = connection.execute("SELECT count(*) FROM housing WHERE use_type = 'o'").fetchone()[0]
        length = connection.execute("SELECT sum(length_m) FROM drainage_lines").fetchone()[0]
        groups = connection.execute("SELECT count(*) FROM residential_groups").fetchone()[0]
    rows = table(tmp_path / "houses_by_use.csv")
    assert rows[0][:2] == ["Tổ dân phố", "Tên"] and "Để ở" in rows[0]
    assert len(rows) == groups + 1
    assert sum(int(row[-1]) for row in rows[1:]) == houses
    column = rows[0].index("Để ở")
    assert sum(int(row[column]) for row in rows[1:]) == residential
    drainage = table(tmp_path / "drainage_length_by_type.csv")
    assert sum(float(row[-1]) for row in drainage[1:]) == pytest.approx(length, abs=0.1 * groups)
    from osgeo import ogr
    workbook = ogr.Open(str(tmp_path / "ward_statistics.xlsx"))
    sheets = [workbook.GetLayer(i).GetName() for i in range(workbook.GetLayerCount())]
    assert len(sheets) == 7 and "Nhà theo mục đích sử dụng" in sheets
    sheet = workbook.GetLayerByName("Nhà theo mục đích sử dụng")
    assert sum(feature.GetField(feature.GetFieldCount() - 1) for feature in sheet) == houses
    for chart in (p for p in files if p.suffix == ".png"):
        image = QImage(str(chart))
        assert image.width() == 1400
        colours = {image.pixel(x, y) & 0xFFFFFF for x in range(0, 1070, 5) for y in range(80, 680, 5)}
        first = int(PALETTE[0][1:], 16)
        assert first in colours, chart.name          # the first category's bars are drawn


def test_algorithm_and_no_overwrite(demo_ward, tmp_path, mymap_provider):
    out = tmp_path / "stats"
    result = processing.run("mymap:ward_statistics", {"WARD": str(demo_ward), "CHARTS": False, "OUTPUT": str(out)})
    assert result["FILES"] == 8
    before = folder_state(out)
    with pytest.raises(QgsProcessingException, match="already exist"):
        processing.run("mymap:ward_statistics", {"WARD": str(demo_ward), "OUTPUT": str(out)})
    assert folder_state(out) == before
