"""`make demo`: build the demo ward of phường Mỹ Hào and its products, headless.

Writes into --output (default build/demo):
  my_hao.gpkg             the ward map (GeoPackage with styles and forms inside)
  my_hao.qgz              a QGIS project with the ward opened (group, CRS, themes)
  map_<theme>.png         the map themes rendered at 1920×1080
  labels_housing.pdf      QR tags of every house on L7160 sheets (links)
  labels_trees.pdf        QR tags of every tree on weatherproof 8-per-A4 tags (TAG_A4_8, links)
  plates_drainage.pdf     plates for manholes and outfalls (PLATE_A4)
  calibration_L7160.pdf   the printer calibration page
  tag_images/             one PNG per sensor for the sign maker
  records/                the record website of sensors and drainage nodes (open records/index.html)
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
    from mymap_plugin.ward_map.demo_ward import DEMO_QR_LINK_TEMPLATE
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
                        language="vi", qr_link_template=DEMO_QR_LINK_TEMPLATE,
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
        products = make_tag_products(ward, output)
        products += make_sync_demo(ward, output / "sync")
        products += make_exchange_products(ward, output / "exchange")
        products += make_sensor_charts(ward, output / "sensors")
    except MyMapError as error:
        print("MyMap: {}".format(error), file=sys.stderr)
        return 1
    print("Demo ward of {} created in {:.1f} s".format(group.name(), created))
    print("  ward map (GeoPackage): {}".format(ward))
    print("  QGIS project:          {}".format(output / "my_hao.qgz"))
    for path in images:
        print("  map image:             {}".format(path))
    for label, path in products:
        print("  {:<22} {}".format(label + ":", path))
    print("  rows: " + ", ".join("{} {}".format(n, c) for n, c in report.counts.items()))
    print("  integrity: {}; invalid codes: {}; dangling drainage references: {}".format(
        report.integrity, report.invalid_codes, report.dangling_node_references))
    print("Open it in QGIS: qgis {}".format(output / "my_hao.qgz"))
    del translator
    return 0


def make_sync_demo(ward, folder):
    """A shared copy of the demo ward, two editors' working copies with edits synced (one conflict
    left for the Conflicts panel) and a change bundle."""
    import shutil
    from mymap_plugin.sync.bundles import export_changes
    from mymap_plugin.sync.checkout import checkout
    from mymap_plugin.sync.database import connect
    from mymap_plugin.sync.sync_working_copy import sync

    if folder.exists():
        shutil.rmtree(str(folder))
    folder.mkdir(parents=True)
    shared = folder / "my_hao_shared.gpkg"
    shutil.copyfile(str(ward), str(shared))
    an = Path(checkout(shared, folder / "my_hao_an.gpkg", "Nguyễn Văn An")["working"])
    binh = Path(checkout(shared, folder / "my_hao_binh.gpkg", "Trần Thị Bình")["working"])

    def edit(path, sql, args=()):
        connection = connect(path)
        try:
            connection.execute(sql, args)
        finally:
            connection.close()
    edit(an, "UPDATE trees SET condition = 'kem', notes = 'Cành gãy sau bão' WHERE asset_code = 'CX0000013'")
    edit(binh, "UPDATE trees SET condition = 'nghieng', dbh_cm = 48 WHERE asset_code = 'CX0000013'")
    edit(binh, "UPDATE housing SET house_number = '12A' WHERE asset_code = (SELECT min(asset_code) FROM housing)")
    first = sync(an)
    second = sync(binh)
    sync(an)
    edit(an, "UPDATE sensors SET notes = 'Kiểm tra pin' WHERE station_name IS NOT NULL AND fid = 1")
    bundle = folder / "an_changes.mymapsync"
    export_changes(an, bundle)
    return [("sync demo (2 editors)", "{}: {} + {} sent, {} conflict".format(
        folder, first.pushed, second.pushed, second.conflicts)), ("change bundle", bundle)]


def make_exchange_products(ward, folder):
    """What planners and the ward's report take away: layers in CAD and GIS formats, statistics,
    printed maps (a products folder of the demo, rebuilt on every run)."""
    import shutil
    from mymap_plugin.data_exchange.export_layers import export_layers
    from mymap_plugin.data_exchange.map_pdf import export_map_pdf
    from mymap_plugin.data_exchange.ward_statistics import ward_statistics
    shutil.rmtree(str(folder), ignore_errors=True)
    products = []
    assets = ["housing", "trees", "drainage_lines", "drainage_nodes", "sensors"]
    for format_key, crs in (("dxf", None), ("shp", None), ("geojson", None), ("xlsx", None)):
        target = folder / "layers_{}".format(format_key)
        target.mkdir(parents=True)
        files = export_layers(ward, assets, format_key, target, crs=crs, aliases=format_key == "xlsx")
        products.append(("{} ({} files)".format(format_key.upper(), len(files)), target))
    (folder / "statistics").mkdir()
    statistics = ward_statistics(ward, folder / "statistics")
    products.append(("{} statistics files".format(len(statistics)), folder / "statistics"))
    products.append(("housing map (PDF, A3)", export_map_pdf(ward, "housing", folder / "map_housing_A3.pdf")))
    products.append(("drainage atlas (PDF, A4)", export_map_pdf(ward, "drainage", folder / "atlas_drainage_A4.pdf",
                                                                 paper="A4", landscape=False, atlas=True,
                                                                 dpi=150)))
    return products


def make_sensor_charts(ward, folder):
    """Water-depth charts of the storm week: the deepest-flooded sensor and the one that went silent."""
    import shutil
    import sqlite3
    from contextlib import closing
    from mymap_plugin.sensors.sensor_chart import write_sensor_chart
    shutil.rmtree(str(folder), ignore_errors=True)
    folder.mkdir(parents=True)
    with closing(sqlite3.connect(str(ward))) as connection:
        deepest = connection.execute("SELECT s.asset_code FROM sensor_readings r JOIN sensors s ON s.uuid = "
                                     "r.station_uuid ORDER BY r.water_depth_cm DESC LIMIT 1").fetchone()[0]
        silent = connection.execute("SELECT asset_code FROM sensors WHERE operating_status = 'mat_ket_noi' "
                                    "LIMIT 1").fetchone()
    products = []
    for code in [deepest] + ([silent[0]] if silent else []):
        path = write_sensor_chart(ward, code, folder / "chart_{}.png".format(code))
        products.append(("chart of sensor {}".format(code), path))
    return products


def make_tag_products(ward, output):
    """QR label sheets, tag images and record pages of the demo ward."""
    from qgis.core import QgsVectorLayer
    from mymap_plugin.qr_labels.label_content import label_source
    from mymap_plugin.qr_labels.label_sheet import write_calibration_page, write_label_sheets
    from mymap_plugin.qr_labels.label_templates import TEMPLATES
    from mymap_plugin.qr_labels.publish_records import publish_records
    from mymap_plugin.qr_labels.tag_images import export_tag_images

    def layer(name):
        return QgsVectorLayer("{}|layername={}".format(ward, name), name, "ogr")
    products = []
    for name, payload, template, file_name in (("housing", "link", "L7160", "labels_housing.pdf"),
                                               ("trees", "link", "TAG_A4_8", "labels_trees.pdf"),
                                               ("drainage_nodes", "link", "PLATE_A4", "plates_drainage.pdf")):
        result = write_label_sheets(label_source(layer(name), payload=payload), TEMPLATES[template],
                                    output / file_name)
        products.append(("{} tags ({} pages)".format(result.labels, result.pages), output / file_name))
    products.append(("calibration page", write_calibration_page(TEMPLATES["L7160"], output / "calibration_L7160.pdf")))
    images = export_tag_images(label_source(layer("sensors")), output / "tag_images")
    products.append(("{} tag images".format(len(images)), output / "tag_images"))
    counts = publish_records(ward, output / "records", ["sensors", "drainage_nodes"], map_images=True)
    products.append(("{} record pages".format(sum(counts.values())), output / "records" / "index.html"))
    return products


if __name__ == "__main__":
    sys.exit(main())
