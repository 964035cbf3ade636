"""Ward map benchmarks: create the demo ward; open it and render the full extent at
1920×1080 with MyMap's styles, next to the same layers in QGIS's default
single-symbol style (ratio measured in the same run)."""
import statistics
import tempfile
import time
from pathlib import Path

REPEATS = 3


def _median_time(function, repeats=REPEATS):
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def run():
    from qgis.core import QgsProject, QgsVectorLayer

    from mymap_plugin.ward_map import styles
    from mymap_plugin.ward_map.create_ward_map import create_ward_map, layer_source
    from mymap_plugin.ward_map.map_image import render_layers
    from mymap_plugin.ward_map.open_ward_map import DRAWING_ORDER, open_ward_map

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        ward = Path(folder) / "ward.gpkg"
        create = _median_time(lambda: create_ward_map(ward, "Phường Mỹ Hào", "12103", "33", demo=True,
                                                      overwrite=True, language="vi"))
        rows.append(("create demo ward (8,107 houses, 3,000 trees, 20,017 readings)", create, "s", ""))

        project = QgsProject.instance()

        def open_once():
            project.clear()
            open_ward_map(ward, project)
        opened = _median_time(open_once)
        rows.append(("open ward map into a project", opened, "s", ""))

        spatial = [name for name in DRAWING_ORDER if name not in ("species", "sensor_readings")]
        styled = [layer for layer in project.mapLayers().values()
                  if layer.isSpatial() and layer.source().split("layername=")[1] in spatial]
        styled.sort(key=lambda layer: spatial.index(layer.source().split("layername=")[1]))
        plain = []
        for layer in styled:
            copy = QgsVectorLayer(layer_source(ward, layer.source().split("layername=")[1]), layer.name(), "ogr")
            styles.default_single_symbol(copy)
            plain.append(copy)
        render_layers(styled, project=project)      # warm-up (fonts, caches)
        render_layers(plain, project=project)
        styled_time = _median_time(lambda: render_layers(styled, project=project))
        plain_time = _median_time(lambda: render_layers(plain, project=project))
        rows.append(("render full extent 1920×1080, MyMap styles", styled_time, "s", ""))
        rows.append(("render full extent 1920×1080, QGIS single symbol", plain_time, "s", ""))
        rows.append(("styled / single-symbol render", styled_time / plain_time, "×", "ratio"))
        project.clear()
    return rows
