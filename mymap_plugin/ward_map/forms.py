"""Attribute forms of the ward map's layers: aliases, drop-downs for every domain,
lookups, ranges and rule constraints with messages, computed fields and a tabbed
layout. Applied to a QgsVectorLayer; stored in the GeoPackage with its style."""
from qgis.core import (
    QgsApplication,
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsDefaultValue,
    QgsEditorWidgetSetup,
    QgsFeatureRequest,
    QgsFieldConstraints,
    QgsProperty,
    QgsPropertyCollection,
    QgsVectorLayer,
)

from ..compat import drag_and_drop_form_layout, make_tab, resolve_enum
from . import schema
from .schema import N_

COMMON_TAB_FIELDS = ("asset_code", "qr_status", "status", "residential_group_id", "ward_code")
SURVEY_TAB_FIELDS = ("survey_date", "surveyor", "position_source", "position_accuracy_m", "photo", "notes")
SYSTEM_TAB_FIELDS = ("uuid", "created_at", "created_by", "updated_at", "updated_by")
FORM_LABEL = resolve_enum(("QgsEditFormConfig", "DataDefinedProperty", "Alias"))
NO_GEOMETRY = resolve_enum(("Qgis", "FeatureRequestFlag", "NoGeometry"), ("QgsFeatureRequest", "Flag", "NoGeometry"))

DATE_FORMAT = {"field_format": "yyyy-MM-dd", "display_format": "dd/MM/yyyy",
               "calendar_popup": True, "allow_null": True}
DATETIME_FORMAT = {"field_format": "yyyy-MM-ddTHH:mm:ss", "display_format": "dd/MM/yyyy HH:mm",
                   "calendar_popup": True, "allow_null": True}


def quote_literal(text: str) -> str:
    return "'" + str(text).replace("\\", "\\\\").replace("'", "''") + "'"


# Lookups stored as a list in the form itself (a ValueMap), not as a reference to another layer.
# QGIS resolves a ValueRelation only among the layers of the current project (by id, then name:
# QgsValueRelationFieldFormatter::resolveLayer), never from the file; a layer opened alone, by a
# QGIS without MyMap or by QField, showed "(12103-001)". A list always resolves, in any folder.
# These reference tables are short and change rarely; the lists are written with the style.
# Drainage nodes and sensors stay ValueRelations: they grow in the field, where a frozen list
# would hide every node surveyed after it was written.
LISTED_LOOKUPS = ("residential_groups", "species")
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"   # QGIS's key for "no value" in a ValueMap

# Photos: stored relative to the folder holding the GeoPackage ("DCIM/x.jpg"), which QGIS 3.22 can
# express only as "relative to the default path" with that path computed from the layer's file.
RELATIVE_TO_DEFAULT_ROOT = 2
PHOTO_ROOT = "file_path(layer_property(@layer, 'path'))"


def photo_root_properties() -> dict:
    """The photo widget's data-defined root path (the GeoPackage's folder), as QGIS stores it."""
    return {"name": "", "type": "collection", "properties": {
        "propertyRootPath": {"active": True, "expression": PHOTO_ROOT, "type": 3}}}


def portable_source(source: str, layer_name: str) -> str:
    """A lookup layer's source without the folder it was made in ("./map.gpkg|layername=x")."""
    file_part = str(source or "").split("|")[0].replace("\\", "/").rstrip("/")
    file_name = file_part.rsplit("/", 1)[-1]
    return "./{}|layername={}".format(file_name, layer_name) if file_name else "|layername={}".format(layer_name)


def listed_entries(rows) -> list:
    """ValueMap entries for (key, name) rows, sorted by name, after an empty choice."""
    entries = [{QgsApplication.nullRepresentation(): VALUE_MAP_NULL}]
    for key, name in sorted(rows, key=lambda row: (str(row[1]).casefold(), str(row[0]))):
        entries.append({str(name): str(key)})
    return entries


def read_lookup_lists(layer, layer_def: schema.Layer) -> dict:
    """(key, name) rows of each listed lookup of *layer_def*, read from *layer*'s own GeoPackage."""
    path = layer.source().split("|")[0]
    lists = {}
    for field_def in layer_def.fields:
        if not field_def.lookup or field_def.lookup[0] not in LISTED_LOOKUPS:
            continue
        table, key, value = field_def.lookup
        if table in lists:
            continue
        other = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
        rows = []
        if other.isValid():
            request = QgsFeatureRequest().setFlags(NO_GEOMETRY)
            request.setSubsetOfAttributes([key, value], other.fields())
            for feature in other.getFeatures(request):
                if feature[key] is not None and feature[key] != "" and not _is_null(feature[key]):
                    rows.append((feature[key], "" if _is_null(feature[value]) else feature[value]))
        lists[table] = rows
        del other
    return lists


def _is_null(value) -> bool:
    return value is None or (hasattr(value, "isNull") and value.isNull())


def widget_for(field_def: schema.Field, translate, lookup_sources: dict,
               lookup_lists: "dict | None" = None) -> QgsEditorWidgetSetup:
    if field_def.domain:
        entries = [{translate(label): code} for code, label in schema.DOMAINS[field_def.domain].values]
        return QgsEditorWidgetSetup("ValueMap", {"map": entries})
    if field_def.name in ("last_alert_level", "alert_level"):
        entries = [{translate(label): str(level)} for level, label in schema.ALERT_LEVELS]
        return QgsEditorWidgetSetup("ValueMap", {"map": entries})
    if field_def.lookup:
        layer_name, key, value = field_def.lookup
        if layer_name in LISTED_LOOKUPS:
            return QgsEditorWidgetSetup("ValueMap", {"map": listed_entries(
                (lookup_lists or {}).get(layer_name, ()))})
        layer_id, layer_title, source = lookup_sources.get(layer_name, ("", layer_name, ""))
        return QgsEditorWidgetSetup("ValueRelation", {
            "Layer": layer_id, "LayerName": layer_title, "LayerSource": portable_source(source, layer_name),
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
            "RelativeStorage": RELATIVE_TO_DEFAULT_ROOT, "StorageMode": 0, "DefaultRoot": "",
            "PropertyCollection": photo_root_properties()})
    if field_def.name == "notes":
        return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
    # Numbers, ranged or not, in a plain line edit: a Range spin box would quietly cap a
    # typed 99 to its maximum 60. The range is a hard constraint with its message instead
    # (constraint_for), so the value stays as typed and the form says why it is refused.
    return QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})


def rules_for(layer_def: schema.Layer, field_def: schema.Field, translate):
    """The field's rule constraints as [(expression, message)], in the ward's language."""
    rules = []
    quoted = '"{}"'.format(field_def.name)
    if field_def.minimum is not None and field_def.maximum is not None:
        rules.append(("{0} IS NULL OR ({0} >= {1} AND {0} <= {2})".format(
            quoted, field_def.minimum, field_def.maximum),
            translate(N_("{field} must be between {minimum} and {maximum}.")).format(
                field=translate(field_def.alias), minimum=_number(field_def.minimum),
                maximum=_number(field_def.maximum))))
    if field_def.constraint:
        rules.append((field_def.constraint[0], translate(field_def.constraint[1])))
    for name, expression, message in ((c[0], c[1], c[2]) for c in layer_def.extra_constraints):
        if name == field_def.name:
            rules.append((expression, translate(message)))
    return rules


def constraint_for(layer_def: schema.Layer, field_def: schema.Field, translate):
    """(expression, message) for the field's rule constraints, or None."""
    rules = rules_for(layer_def, field_def, translate)
    if not rules:
        return None
    return (" AND ".join("({})".format(e) for e, _m in rules), " ".join(m for _e, m in rules))


def label_expression(alias: str, rules) -> str:
    """An expression for the field's label in the form: its alias, followed by the message of
    every rule the values being typed break. QGIS itself shows a failed rule only as a ✘ with
    a tooltip; this says it in words next to the field, and updates while the user types."""
    parts = [quote_literal(alias)]
    for expression, message in rules:
        parts.append("if(({}), '', {})".format(expression, quote_literal("  ✘ " + message)))
    return "concat({})".format(", ".join(parts))


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
    lookup_lists = read_lookup_lists(layer, layer_def)
    fields = layer.fields()
    form = layer.editFormConfig()
    for field_def in layer_def.fields:
        index = fields.indexOf(field_def.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, translate(field_def.alias))
        layer.setEditorWidgetSetup(index, widget_for(field_def, translate, lookup_sources, lookup_lists))
        if field_def.required:
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
        rule = constraint_for(layer_def, field_def, translate)
        if rule:
            layer.setConstraintExpression(index, rule[0], rule[1])
            layer.setFieldConstraint(index, QgsFieldConstraints.Constraint.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrength.ConstraintStrengthHard)
            label = QgsPropertyCollection()
            label.setProperty(FORM_LABEL, QgsProperty.fromExpression(label_expression(
                translate(field_def.alias), rules_for(layer_def, field_def, translate))))
            form.setDataDefinedFieldProperties(field_def.name, label)
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
