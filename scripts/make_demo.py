#!/usr/bin/env python3
"""`make demo`: build the demo ward of phường Mỹ Hào and its products, headless.

Writes into --output (default build/demo):
  my_hao.gpkg             the ward map (GeoPackage with styles and forms inside)
  my_hao.qgz              a QGIS project with the ward opened (group, CRS, themes)
  map_<theme>.png         the map themes rendered at 1920×1080
Safe to run twice: the files are replaced.
"""
import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "build" / "plugins"))   # the staged plugin, with its translations
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PROJ_DATA", "/usr/share/proj")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--output", type=Path, default=ROOT / "build" / "demo")
    arguments = parser.parse_args()

    from qgis.core import QgsApplication, QgsProject
    app = QgsApplication([], True)
    app.initQgis()
    from mymap_plugin.errors import MyMapError
    from mymap_plugin.i18n import install_translator
    from mymap_plugin.ward_map.create_ward_map import create_ward_map
    from mymap_plugin.ward_map.map_image import render_layers
    from mymap_plugin.ward_map.open_ward_map import THEMES, open_ward_map
    from mymap_plugin.ward_map.validate_ward_map import validate_ward_map
    from mymap_plugin.i18n import translate_function

    translator = install_translator("vi")
    output = arguments.output.resolve()
    output.mkdir(parents=True, exist_ok=True)
    ward = output / "my_hao.gpkg"
    try:
        started = time.perf_counter()
        create_ward_map(ward, "Phường Mỹ Hào", "12103", "33", crs="EPSG:9209", demo=True, overwrite=True,
                        language="vi", qr_link_template="HTTPS://MYHAO.EXAMPLE.VN/A/{code}",
                        hotline="0221 3943 888")
        created = time.perf_counter() - started
        report = validate_ward_map(ward)
        project = QgsProject.instance()
        project.clear()
        group = open_ward_map(ward, project)
        project.write(str(output / "my_hao.qgz"))
        translate = translate_function("vi")
        images = []
        for title, _layers in THEMES:
            name = translate(title)
            visible = project.mapThemeCollection().mapThemeVisibleLayers(name)
            image = render_layers(visible, project=project)
            path = output / "map_{}.png".format(title.lower().replace(" ", "_"))
            image.save(str(path))
            images.append(path)
    except MyMapError as error:
        print("MyMap: {}".format(error), file=sys.stderr)
        return 1
    print("Demo ward of {} created in {:.1f} s".format(group.name(), created))
    print("  ward map (GeoPackage): {}".format(ward))
    print("  QGIS project:          {}".format(output / "my_hao.qgz"))
    for path in images:
        print("  map image:             {}".format(path))
    print("  rows: " + ", ".join("{} {}".format(n, c) for n, c in report.counts.items()))
    print("  integrity: {}; invalid codes: {}; dangling drainage references: {}".format(
        report.integrity, report.invalid_codes, report.dangling_node_references))
    print("Open it in QGIS: qgis {}".format(output / "my_hao.qgz"))
    del translator
    return 0


if __name__ == "__main__":
    sys.exit(main())
