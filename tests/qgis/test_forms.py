"""The stored forms enforce the data dictionary's rules, with messages."""
from qgis.core import QgsExpressionContext, QgsExpressionContextUtils, QgsFeature, QgsFieldConstraints
from qgis.core import QgsGeometry, QgsVectorLayer, QgsVectorLayerUtils
from qgis.PyQt import sip


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


def open_form(layer, feature):
    """The layer's stored attribute form for a new *feature*, as QGIS opens it to add one."""
    from qgis.gui import QgsAttributeForm
    from mymap_plugin.compat import resolve_gui_enum
    form = QgsAttributeForm(layer, feature)
    form.setMode(resolve_gui_enum(("QgsAttributeEditorContext", "Mode", "AddFeatureMode"),
                                  ("QgsAttributeEditorContext", "AddFeatureMode")))
    return form


def label_texts(form):
    from qgis.PyQt.QtWidgets import QLabel
    return [label.text() for label in form.findChildren(QLabel)]


def ok_enabled(form):
    from qgis.PyQt.QtWidgets import QDialogButtonBox
    return form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def wrapper_of(form, name):
    from qgis.gui import QgsEditorWidgetWrapper
    return next(w for w in form.findChildren(QgsEditorWidgetWrapper) if w.field().name() == name)


def test_a_number_out_of_range_stays_as_typed_and_is_refused_in_words(empty_ward, vietnamese):
    """99 floors stays 99 (a spin box used to cap it to 60, silently); the form refuses it and says why."""
    housing = layer_of(empty_ward, "housing")
    assert housing.startEditing()
    feature = QgsVectorLayerUtils.createFeature(housing)
    feature.setAttribute("use_type", "o")
    form = open_form(housing, feature)
    assert ok_enabled(form)
    form.changeAttribute("floors_above", 99)
    wrapper = wrapper_of(form, "floors_above")
    assert wrapper.value() == 99
    assert not wrapper.isValidConstraint()
    message = "Số tầng nổi phải nằm trong khoảng từ 0 đến 60."
    assert message in wrapper.constraintFailureReason()
    assert any(message in text for text in label_texts(form))
    assert not ok_enabled(form)
    form.changeAttribute("floors_above", 9)
    assert wrapper.isValidConstraint() and ok_enabled(form)
    assert not any("✘" in text for text in label_texts(form) if "Số tầng nổi" in text)
    sip.delete(form)
    housing.rollBack()


def test_a_failed_cross_field_rule_is_said_in_words(empty_ward, vietnamese):
    nodes = layer_of(empty_ward, "drainage_nodes")
    assert nodes.startEditing()
    feature = QgsVectorLayerUtils.createFeature(nodes)
    feature.setAttribute("node_type", "ho_ga")
    form = open_form(nodes, feature)
    form.changeAttribute("rim_elev_m", 2.0)
    form.changeAttribute("invert_elev_m", 2.5)
    rule = "Cao độ đáy phải thấp hơn cao độ miệng."
    assert rule in nodes.constraintDescription(nodes.fields().indexOf("invert_elev_m"))
    assert any(rule in text for text in label_texts(form))
    assert not ok_enabled(form)
    # Changing the other field of the rule clears the message.
    form.changeAttribute("rim_elev_m", 3.0)
    assert not any(rule in text for text in label_texts(form))
    assert ok_enabled(form)
    sip.delete(form)
    nodes.rollBack()
