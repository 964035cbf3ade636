"""Export benchmark: 100,000 trees written by `mymap:export_layers` to GeoPackage (ward CRS) and to
GeoJSON (WGS 84 with the official VN-2000 shift), beside `ogr2ogr` doing the same in the same run
(ratio; target ≤ 1.2×). The ward is built like the sync benchmark's (bench_sync.build_ward).
Medians of 3; each run writes into a fresh folder."""
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

COUNT = 100_000
REPEATS = 3
OFFICIAL = ("+proj=tmerc +lat_0=0 +lon_0=105.5 +k=0.9999 +x_0=500000 +y_0=0 +ellps=WGS84 "
            "+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278 "
            "+units=m +no_defs")


def _median(function, folder):
    times = []
    for number in range(REPEATS):
        target = Path(folder) / "run{}".format(number)
        target.mkdir()
        started = time.perf_counter()
        function(target)
        times.append(time.perf_counter() - started)
        shutil.rmtree(str(target))
    return statistics.median(times)


def run():
    import bench_sync
    from mymap_plugin.data_exchange.export_layers import export_layers

    rows = []
    with tempfile.TemporaryDirectory(prefix="mymap-bench-export-") as folder:
        ward = Path(folder) / "ward.gpkg"
        bench_sync.build_ward(ward, COUNT)
        for key, extension, ogr_arguments in (
                ("gpkg", ".gpkg", ["-f", "GPKG"]),
                ("geojson", ".geojson", ["-f", "GeoJSON", "-s_srs", OFFICIAL, "-t_srs", "EPSG:4326",
                                         "-lco", "RFC7946=YES"])):
            mine = _median(lambda target: export_layers(ward, ["trees"], key, target), folder)
            theirs = _median(lambda target: subprocess.run(
                ["ogr2ogr"] + ogr_arguments + [str(target / ("trees" + extension)), str(ward), "trees"],
                check=True, capture_output=True), folder)
            rows += [("export 100k trees to {}, MyMap".format(key), mine, "s", ""),
                     ("same with ogr2ogr, {}".format(key), theirs, "s", ""),
                     ("MyMap / ogr2ogr, {}".format(key), mine / theirs, "×", "ratio")]
    return rows
