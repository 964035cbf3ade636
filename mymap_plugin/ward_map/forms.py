"""Attribute forms of the ward map's layers: aliases, drop-downs for every domain,
lookups, ranges and rule constraints with messages, computed fields and a tabbed
layout. Applied to a QgsVectorLayer; stored in the GeoPackage with its style."""
from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
)

from ..compat import drag_and_drop_form_layout, make_tab
from . import schema
from .schema import N_

COMMON_TAB_FIELDS = ("asset_code", "qr_status", "status", "residential_group_id", "ward_code")
SURVEY_TAB_FIELDS = ("survey_date", "surveyor", "position_source", "position_accuracy_m", "photo", "notes")
SYSTEM_TAB_FIELDS = ("uuid", "created_at", "created_by", "updated_at", "updated_by")

DATE_FORMAT = {"field_format": "yyyy-MM-dd", "display_format": "dd/MM/yyyy",
               "calendar_popup": True, "allow_null": True}
DATETIME_FORMAT = {"field_format": "yyyy-MM-ddTHH:mm:ss", "display_format": "dd/MM/yyyy HH:mm",
                   "calendar_popup": True, "allow_null": True}


def quote_literal(text: str) -> str:
    return "'" + str(text).replace("\\", "\\\\").replace("'", "''") + "'"


def widget_for(field_def: schema.Field, translate, lookup_sources: dict) -> QgsEditorWidgetSetup:
    if field_def.domain:
        entries = [{translate(label): code} for code, label in schema.DOMAINS[field_def.domain].values]
        return QgsEditorWidgetSetup("ValueMap", {"map": entries})
    if field_def.name in ("last_alert_level", "alert_level"):
        entries = [{translate(label): str(level)} for level, label in schema.ALERT_LEVELS]
        return QgsEditorWidgetSetup("ValueMap", {"map": entries})
    if field_def.lookup:
        layer_name, key, value = field_def.lookup
        layer_id, layer_title, source = lookup_sources.get(layer_name, ("", layer_name, ""))
        return QgsEditorWidgetSetup("ValueRelation", {
            "Layer": layer_id, "LayerName": layer_title, "LayerSource": source,
            "LayerProviderName": "ogr", "Key": key, "Value": value, "AllowNull": True,
            "OrderByValue": True, "AllowMulti": False, "UseCompleter": True, "NofColumns": 1,
            "FilterExpression": ""})
    if field_def.type == "boolean":
        return QgsEditorWidgetSetup("CheckBox", {"CheckedState": "", "UncheckedState": "",
                                                 "TextDisplayMethod": 1})
    if field_def.type == "date":
        return QgsEditorWidgetSetup("DateTime", dict(DATE_FORMAT))
    if field_def.type == "datetime":
        return QgsEditorWidgetSetup("DateTime", dict(DATETIME_FORMAT))
    if field_def.name == "photo":
        return QgsEditorWidgetSetup("ExternalResource", {
            "DocumentViewer": 1, "DocumentViewerHeight": 0, "DocumentViewerWidth": 0,
            "FileWidget": True, "FileWidgetButton": True, "FileWidgetFilter": translate(N_("Images (*.jpg *.jpeg *.png)")),
            "RelativeStorage": 0, "StorageMode": 0})
    if field_def.name == "notes":
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
    if field_def.type in ("integer", "real") and field_def.minimum is not None:
        integer = field_def.type == "integer"
        return QgsEditorWidgetSetup("Range", {
            "Min": int(field_def.minimum) if integer else float(field_def.minimum),
            "Max": int(field_def.maximum) if integer else float(field_def.maximum),
            "Step": 1 if integer else 0.1, "Precision": 0 if integer else 2,
            "Style": "SpinBox", "AllowNull": True})
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})


def constraint_for(layer_def: schema.Layer, field_def: schema.Field, translate):
    """(expression, message) for the field's rule constraints, or None."""
    expressions, messages = [], []
    quoted = '"{}"'.format(field_def.name)
    if field_def.minimum is not None and field_def.maximum is not None:
        expressions.append("{0} IS NULL OR ({0} >= {1} AND {0} <= {2})".format(
            quoted, field_def.minimum, field_def.maximum))
        messages.append(translate(N_("{field} must be between {minimum} and {maximum}.")).format(
            field=translate(field_def.alias), minimum=_number(field_def.minimum),
            maximum=_number(field_def.maximum)))
    if field_def.constraint:
        expressions.append(field_def.constraint[0])
        messages.append(translate(field_def.constraint[1]))
    for name, expression, message in ((c[0], c[1], c[2]) for c in layer_def.extra_constraints):
        if name == field_def.name:
            expressions.append(expression)
            messages.append(translate(message))
    if not expressions:
        return None
    return " AND ".join("({})".format(e) for e in expressions), " ".join(messages)


def _number(value):
    return str(int(value)) if float(value).is_integer() else str(value)


def default_for(field_def: schema.Field, ward):
    """QgsDefaultValue for the field, or None."""
    if field_def.computed:
        expression = field_def.computed.replace("@mymap_ward_name", quote_literal(ward.ward_name))
        return QgsDefaultValue(expression, True)
    if field_def.name == "ward_code":
        return QgsDefaultValue(quote_literal(ward.ward_code), False)
    # Initial values only: when MyMap is loaded it rewrites created_*/updated_*
    # in UTC at every commit (edit_hooks.py); an "apply on update" default
    # would overwrite that.
    if field_def.name in ("created_at", "updated_at"):
        return QgsDefaultValue(schema.NOW_UTC, False)
    if field_def.name in ("created_by", "updated_by"):
        return QgsDefaultValue("@user_account_name", False)
    if field_def.default:
        return QgsDefaultValue(field_def.default, False)
    return None


def apply_form(layer, layer_def: schema.Layer, ward, translate, lookup_sources: dict) -> None:
    """Configure *layer*'s attribute form from the data dictionary."""
    fields = layer.fields()
    form = layer.editFormConfig()
    for field_def in layer_def.fields:
        index = fields.indexOf(field_def.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, translate(field_def.alias))
        layer.setEditorWidgetSetup(index, widget_for(field_def, translate, lookup_sources))
        if field_def.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        rule = constraint_for(layer_def, field_def, translate)
        if rule:
            layer.setConstraintExpression(index, rule[0], rule[1])
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        default = default_for(field_def, ward)
        if default is not None:
            layer.setDefaultValueDefinition(index, default)
        form.setReadOnly(index, field_def.read_only or bool(field_def.computed))
    _tabbed_layout(form, layer, layer_def, translate)
    layer.setEditFormConfig(form)
    layer.setDisplayExpression(display_expression(layer_def, ward))


def display_expression(layer_def: schema.Layer, ward) -> str:
    """The layer's display expression. For asset layers it ends with the asset's QR
    link, so field apps that search scanned text in display names (QField) find the
    asset whether the tag holds the code or the whole link."""
    if not layer_def.is_asset:
        return layer_def.display_expression
    from ..qr_labels.asset_links import link_expression
    return "concat({}, '  ', {})".format(layer_def.display_expression,
                                         link_expression(ward.qr_link_template, layer_def.name))


def _tabbed_layout(form, layer, layer_def, translate) -> None:
    fields = layer.fields()
    root = form.invisibleRootContainer()
    root.clear()
    names = layer_def.field_names()
    tabs = []
    if layer_def.is_asset:
        own = [n for n in names if n not in COMMON_TAB_FIELDS + SURVEY_TAB_FIELDS + SYSTEM_TAB_FIELDS]
        tabs = [(translate(layer_def.title), list(COMMON_TAB_FIELDS[:1]) + own),
                (translate(N_("QR tag and status")), list(COMMON_TAB_FIELDS[1:])),
                (translate(N_("Survey")), list(SURVEY_TAB_FIELDS)),
                (translate(N_("Record history")), list(SYSTEM_TAB_FIELDS))]
    else:
        tabs = [(translate(layer_def.title), [n for n in names if n != "uuid"]),
                (translate(N_("Record history")), ["uuid"])]
    for title, field_names in tabs:
        container = QgsAttributeEditorContainer(title, root)
        make_tab(container)
        container.setColumnCount(1)
        for name in field_names:
            index = fields.indexOf(name)
            if index >= 0:
                container.addChildElement(QgsAttributeEditorField(name, index, container))
        root.addChildElement(container)
    form.setLayout(drag_and_drop_form_layout())
