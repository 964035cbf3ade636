"""`make bench`: run every benchmark and print one table (medians of 3 runs)."""
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build" / "plugins"))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")


def main():
    from qgis.core import QgsApplication
    app = QgsApplication([], True)
    app.initQgis()
    import bench_export
    import bench_labels
    import bench_postgres_sync
    import bench_publish
    import bench_sensor_import
    import bench_sync
    import bench_ward_map
    chosen = sys.argv[1:]
    rows = []
    for module in (bench_ward_map, bench_labels, bench_publish, bench_sync, bench_postgres_sync, bench_export,
                   bench_sensor_import):
        if chosen and module.__name__ not in chosen:
            continue
        rows += [(module.__name__,) + row for row in module.run()]
    width = max(len(row[1]) for row in rows)
    first = max(len("benchmark"), *(len(row[0]) for row in rows))
    print("{:<{f}} {:<{w}} {:>10}".format("benchmark", "measure", "value", f=first, w=width))
    print("-" * (first + width + 14))
    for module, measure, value, unit, _kind in rows:
        print("{:<{f}} {:<{w}} {:>10.3f} {}".format(module, measure, value, unit, f=first, w=width))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
