"""The Import assets dialog: preview with the coordinate check and its fix, the map preview,
and the import running as a background task."""
import csv
import time

from qgis.core import QgsApplication, QgsCoordinateReferenceSystem, QgsVectorLayer

from mymap_plugin.data_exchange.gui.import_assets_dialog import ImportAssetsDialog
from mymap_plugin.ward_map.create_ward_map import layer_source


def swapped_sheet(ward, path, count=30):
    trees = QgsVectorLayer(layer_source(ward, "trees"), "trees", "ogr")
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["X", "Y", "Tình trạng", "Ghi chú"])
        for number, feature in enumerate(trees.getFeatures()):
            if number == count:
                break
            point = feature.geometry().asPoint()
            # X = northing, as survey sheets write it; new trees 3 m north-east of existing ones.
            writer.writerow(["{:.3f}".format(point.y() + 3), "{:.3f}".format(point.x() + 3),
                             "Tốt" if number else "cháy", "Cây mới trồng"])
    return path


def wait_for(condition, timeout=60):
    end = time.time() + timeout
    while not condition() and time.time() < end:
        QgsApplication.processEvents()
        time.sleep(0.02)
    return condition()


def test_preview_offers_the_swap_and_the_import_runs_in_the_background(demo_ward, tmp_path, qgis_app):
    sheet = swapped_sheet(demo_ward, tmp_path / "so_do_cay.csv")
    before = QgsVectorLayer(layer_source(demo_ward, "trees"), "t", "ogr").featureCount()
    dialog = ImportAssetsDialog(None, str(demo_ward))
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("trees"))
    dialog.source_widget.setFilePath(str(sheet))
    dialog.source_changed(str(sheet))
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:9209"))
    # The Vietnamese column names were recognised by the default map (condition ← "Tình trạng").
    mapped = dialog.field_map().rules
    assert mapped["condition"].expression == '"Tình trạng"' and mapped["notes"].expression == '"Ghi chú"'

    plan = dialog.preview()
    assert [f.kind for f in plan.findings] == ["axes_swapped"]
    assert not dialog.fix_button.isHidden() and dialog.fix_button.text() == "Swap X and Y"
    dialog.apply_fix()
    assert dialog.swap_check.isChecked()
    assert "0 rejected" not in dialog.findings_label.text()       # row 1's condition "cháy" is rejected
    assert dialog.preview_table.rowCount() == 20
    assert dialog.preview_table.item(0, 1).text().startswith("Condition: 'cháy'")
    assert dialog.preview_table.item(1, 1).text() == ""
    preview, groups = dialog._layers
    assert preview.featureCount() == 19 and groups.featureCount() == 20
    assert dialog.canvas.extent().contains(preview.extent())

    dialog.start_import()
    assert wait_for(lambda: dialog.task is None)
    after = QgsVectorLayer(layer_source(demo_ward, "trees"), "t", "ogr").featureCount()
    assert after == before + 29
    assert "29 rows imported into Trees" in dialog.findings_label.text()
    assert "1 rejected" in dialog.findings_label.text()
    dialog.close()


def test_a_bad_source_is_reported_in_the_dialog(demo_ward, tmp_path, qgis_app):
    broken = tmp_path / "hong.geojson"
    broken.write_text("not json")
    dialog = ImportAssetsDialog(None, str(demo_ward))
    dialog.source_widget.setFilePath(str(broken))
    dialog.source_changed(str(broken))
    assert "cannot be read as vector data" in dialog.findings_label.text()
    assert dialog.preview() is None
    dialog.close()


def column_of(table, header):
    return next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == header)


def test_preview_shows_labels_not_stored_codes_and_numbers_the_rows_on_the_map(demo_ward, tmp_path, qgis_app):
    sheet = swapped_sheet(demo_ward, tmp_path / "so_do_cay.csv", count=5)
    dialog = ImportAssetsDialog(None, str(demo_ward))
    dialog.target_combo.setCurrentIndex(dialog.target_combo.findData("trees"))
    dialog.source_widget.setFilePath(str(sheet))
    dialog.source_changed(str(sheet))
    dialog.crs_widget.setCrs(QgsCoordinateReferenceSystem("EPSG:9209"))
    dialog.swap_check.setChecked(True)
    plan = dialog.preview()
    assert plan.rows and plan.rows[0].values["condition"] == "tot"
    table = dialog.preview_table
    condition = column_of(table, "Condition")
    shown = {table.item(line, condition).text() for line in range(table.rowCount())} - {""}
    # The demo ward is Vietnamese: its forms say "Tốt", and so does the preview.
    assert shown == {"Tốt"}
    preview, _groups = dialog._layers
    assert preview.labelsEnabled() and preview.labeling().settings().fieldName == "row"
    assert sorted(f["row"] for f in preview.getFeatures()) == [row.number for row in plan.rows]
    dialog.close()
