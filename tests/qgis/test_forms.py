"""The stored forms enforce the data dictionary's rules, with messages."""
from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsFeature, QgsFieldConstraints
from qgis.core import QgsGeometry, QgsVectorLayer, QgsVectorLayerUtils


def layer_of(path, name):
    layer = QgsVectorLayer("{}|layername={}".format(path, name), name, "ogr")
    assert layer.isValid()
    return layer


def check(layer, values):
    feature = QgsFeature(layer.fields())
    for name, value in values.items():
        feature.setAttribute(name, value)
    failures = {}
    for index, field in enumerate(layer.fields()):
        ok, errors = QgsVectorLayerUtils.validateAttribute(
            layer, feature, index, QgsFieldConstraints.ConstraintStrengthHard)
        if not ok:
            failures[field.name()] = " ".join(errors)
    return failures


def test_thresholds_must_increase(empty_ward, vietnamese):
    sensors = layer_of(empty_ward, "sensors")
    good = {"uuid": "a", "station_name": "Trạm 1", "threshold_1_cm": 10, "threshold_2_cm": 25,
            "threshold_3_cm": 50}
    assert "threshold_2_cm" not in check(sensors, good)
    bad = dict(good, threshold_2_cm=5)
    failures = check(sensors, bad)
    assert "threshold_2_cm" in failures
    assert "Các ngưỡng cảnh báo phải tăng dần" in sensors.constraintDescription(
        sensors.fields().indexOf("threshold_2_cm"))


def test_ranges_and_required_fields(empty_ward):
    housing = layer_of(empty_ward, "housing")
    assert "floors_above" in check(housing, {"uuid": "x", "use_type": "o", "floors_above": 70})
    assert "floors_above" not in check(housing, {"uuid": "x", "use_type": "o", "floors_above": 5})
    assert "use_type" in check(housing, {"uuid": "x", "use_type": None})
    assert "house_number" in check(housing, {"uuid": "x", "use_type": "o", "house_number": "mười"})
    assert "house_number" not in check(housing, {"uuid": "x", "use_type": "o", "house_number": "12/3"})


def test_drainage_rules(empty_ward):
    lines = layer_of(empty_ward, "drainage_lines")
    assert "diameter_mm" in check(lines, {"uuid": "x", "line_type": "cong_tron"})
    assert "invert_down_m" in check(lines, {"uuid": "x", "line_type": "ranh", "invert_up_m": 1.0,
                                            "invert_down_m": 1.5})
    nodes = layer_of(empty_ward, "drainage_nodes")
    assert "invert_elev_m" in check(nodes, {"uuid": "x", "node_type": "ho_ga", "rim_elev_m": 2.0,
                                            "invert_elev_m": 2.5})


def test_computed_fields_fill_themselves(empty_ward):
    housing = layer_of(empty_ward, "housing")
    geometry = QgsGeometry.fromWkt("MULTIPOLYGON(((556000 2316000,556010 2316000,556010 2316012,"
                                   "556000 2316012,556000 2316000)))")
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(housing))
    feature = QgsVectorLayerUtils.createFeature(
        housing, geometry, {housing.fields().indexOf("house_number"): "12",
                            housing.fields().indexOf("alley"): "5",
                            housing.fields().indexOf("street_name"): "Phố Nguyễn Trãi"}, context)
    assert feature["footprint_area_m2"] == 120.0
    assert feature["full_address"] == "Số 12, ngõ 5, Phố Nguyễn Trãi, Phường Mỹ Hào"
    assert feature["ward_code"] == "12103"
    assert len(feature["uuid"]) == 36 and "{" not in feature["uuid"]
    assert feature["qr_status"] == "chua_gan"
