"""How a source's fields become a ward layer's fields when assets are imported.

A field map says, per target field, which QGIS expression gives its value (a plain
source field is the expression ``"field"``), and optionally how source values
translate into the target's coded values::

    {"target": "housing",
     "fields": {"use_type": {"expression": "\\"building\\"",
                             "values": {"house": "o", "university": "giao_duc"},
                             "default": "khac"},
                "floors_above": "\\"building:levels\\""}}

Maps are saved as JSON files so the next import of the same kind of data reuses
them; a few ship with MyMap (``field_maps/*.json``: ``osm_buildings``, ``osm_highways``).
Values are then converted to the target field's type and checked against its
domain, limits and rules; a value that cannot be converted rejects its row with
the reason, it is never guessed.
"""
import datetime
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import MyMapError
from ..i18n import tr, translate_function
from ..ward_map import schema
from .shapefile_names import SHORT_NAMES

BUNDLED_FOLDER = Path(__file__).resolve().parent / "field_maps"
TRUE_WORDS = {"1", "true", "t", "yes", "y", "có", "co", "x", "đúng", "dung"}
FALSE_WORDS = {"0", "false", "f", "no", "n", "không", "khong", "sai"}
# Fields an import never sets: the plugin computes or stamps them.
NOT_IMPORTED = {"ward_code", "created_at", "created_by", "updated_at", "updated_by"}


class RowRejected(Exception):
    """A row that cannot be imported; ``str()`` is the translated reason."""


@dataclass
class FieldRule:
    expression: str
    values: dict = field(default_factory=dict)     # source value (as text) → target value
    default: object = None                         # target value for source values not in *values*

    def as_json(self):
        if not self.values and self.default is None:
            return self.expression
        result = {"expression": self.expression}
        if self.values:
            result["values"] = self.values
        if self.default is not None:
            result["default"] = self.default
        return result


@dataclass
class FieldMap:
    target: str
    rules: dict = field(default_factory=dict)      # target field name → FieldRule

    def as_json(self):
        return {"target": self.target, "fields": {name: rule.as_json() for name, rule in self.rules.items()}}

    def save(self, path) -> None:
        Path(path).write_text(json.dumps(self.as_json(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def importable_fields(layer_def: schema.Layer):
    """The target fields a map may fill (computed and stamped fields are excluded)."""
    return [f for f in layer_def.fields if f.name not in NOT_IMPORTED and not f.computed]


def bundled_maps():
    """Names of the field maps that ship with MyMap."""
    return sorted(path.stem for path in BUNDLED_FOLDER.glob("*.json"))


def quote_field(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rule_from_json(target_field, value) -> FieldRule:
    if isinstance(value, str):
        return FieldRule(value)
    if isinstance(value, dict) and isinstance(value.get("expression"), str):
        values = value.get("values") or {}
        if not isinstance(values, dict):
            raise MyMapError(tr("In the field map, the values of {} must be a list of pairs "
                                "(source value: target value).").format(target_field))
        return FieldRule(value["expression"], {str(k): v for k, v in values.items()}, value.get("default"))
    raise MyMapError(tr("In the field map, {} needs an expression (text) or an object with an "
                        "\"expression\".").format(target_field))


def parse_field_map(data, target: str) -> FieldMap:
    """A FieldMap from parsed JSON (with or without the ``fields`` wrapper)."""
    if not isinstance(data, dict):
        raise MyMapError(tr("A field map is a JSON object: {\"target field\": \"expression\", …}."))
    map_target = data.get("target", target) if "fields" in data else target
    if map_target != target:
        raise MyMapError(tr("This field map is for the layer {}, not for {}.").format(map_target, target))
    entries = data["fields"] if "fields" in data else data
    if not isinstance(entries, dict):
        raise MyMapError(tr("A field map is a JSON object: {\"target field\": \"expression\", …}."))
    layer_def = schema.LAYERS_BY_NAME[target]
    allowed = {f.name for f in importable_fields(layer_def)}
    rules = {}
    for name, value in entries.items():
        if name not in allowed:
            raise MyMapError(tr("The field map names {}, which is not a field the import can fill in {}. "
                                "Fields: {}.").format(name, target, ", ".join(sorted(allowed))))
        rules[name] = _rule_from_json(name, value)
    return FieldMap(target, rules)


def load_field_map(text_or_path, target: str) -> FieldMap:
    """A field map from JSON text, a .json file or the name of a bundled map."""
    text = (text_or_path or "").strip()
    if not text:
        return FieldMap(target)
    if not text.startswith("{"):
        path = Path(text)
        if not path.suffix and (BUNDLED_FOLDER / (text + ".json")).is_file():
            path = BUNDLED_FOLDER / (text + ".json")
        if not path.is_file():
            raise MyMapError(tr("The field map {} was not found. Give JSON text, a .json file or one of: {}.")
                             .format(text, ", ".join(bundled_maps())))
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as error:
            raise MyMapError(tr("The field map {} cannot be read: {}").format(path, error)) from None
    try:
        data = json.loads(text)
    except ValueError as error:
        raise MyMapError(tr("The field map is not valid JSON: {}").format(error)) from None
    return parse_field_map(data, target)


def default_field_map(target: str, source_fields, translate=None) -> FieldMap:
    """Source fields named like a target field, or like its English or Vietnamese alias
    (as MyMap's own exports with aliases are), or like its short Shapefile column name
    (shapefile_names.SHORT_NAMES, as MyMap's Shapefiles are), map to that field."""
    translate = translate or tr
    vietnamese = translate_function("vi")
    by_key = {}
    for name in source_fields:
        by_key.setdefault(name.strip().lower(), name)
    rules = {}
    for target_field in importable_fields(schema.LAYERS_BY_NAME[target]):
        for key in (target_field.name, target_field.alias, translate(target_field.alias),
                    vietnamese(target_field.alias), SHORT_NAMES.get(target_field.name, target_field.name)):
            source = by_key.get(key.strip().lower())
            if source is not None:
                rules[target_field.name] = FieldRule(quote_field(source))
                break
    return FieldMap(target, rules)


def _text(value):
    if value is None:
        return None
    if hasattr(value, "isNull") and value.isNull():
        return None
    if hasattr(value, "toString") and not isinstance(value, str):
        iso = getattr(value, "toPyDateTime", None) or getattr(value, "toPyDate", None)
        if iso is not None:
            value = iso()
        else:
            value = value.toString()
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    text = str(value).strip()
    return text or None


def is_null(value) -> bool:
    return _text(value) is None


def _number(text, field_def, translate):
    cleaned = text.replace(" ", "")
    if re.fullmatch(r"-?\d+,\d+", cleaned):
        cleaned = cleaned.replace(",", ".")
    try:
        number = float(cleaned)
    except ValueError:
        raise RowRejected(tr("{}: '{}' is not a number.").format(translate(field_def.alias), text)) from None
    if number != number or number in (float("inf"), float("-inf")):
        raise RowRejected(tr("{}: '{}' is not a number.").format(translate(field_def.alias), text))
    if field_def.type == "integer":
        if number != int(number):
            raise RowRejected(tr("{}: '{}' is not a whole number.").format(translate(field_def.alias), text))
        number = int(number)
    if field_def.minimum is not None and number < field_def.minimum:
        raise RowRejected(tr("{}: {} is below the minimum {}.").format(
            translate(field_def.alias), text, _plain(field_def.minimum)))
    if field_def.maximum is not None and number > field_def.maximum:
        raise RowRejected(tr("{}: {} is above the maximum {}.").format(
            translate(field_def.alias), text, _plain(field_def.maximum)))
    return number


def _plain(number):
    return int(number) if float(number).is_integer() else number


def _date(text, field_def, translate, with_time):
    candidates = [text]
    match = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(.*)", text)
    if match:          # Vietnamese order: day/month/year
        day, month, year, rest = match.groups()
        candidates.insert(0, "{}-{:0>2}-{:0>2}{}".format(year, month, day, rest))
    for candidate in candidates:
        try:
            value = datetime.datetime.fromisoformat(candidate.replace("Z", "+00:00").replace(" ", "T", 1))
        except ValueError:
            continue
        if with_time:
            if value.tzinfo is not None:
                value = value.astimezone(datetime.timezone.utc).replace(tzinfo=None)
            return value.strftime("%Y-%m-%dT%H:%M:%SZ")
        return value.strftime("%Y-%m-%d")
    raise RowRejected(tr("{}: '{}' is not a date (use 2024-05-31 or 31/05/2024).").format(
        translate(field_def.alias), text))


def domain_lookup(domain_name, translate):
    """{lower-case code, English, translated or Vietnamese label: code} for a domain."""
    lookup = {}
    vietnamese = translate_function("vi")
    for code, label in schema.DOMAINS[domain_name].values:
        for key in (code, label, translate(label), vietnamese(label)):
            lookup.setdefault(key.strip().lower(), code)
    return lookup


def convert_value(value, field_def: schema.Field, rule: FieldRule = None, translate=None):
    """The value to store in *field_def* for a mapped source *value*, or RowRejected."""
    translate = translate or tr
    text = _text(value)
    if rule is not None and (rule.values or rule.default is not None):
        if text is not None and text in rule.values:
            value, text = rule.values[text], _text(rule.values[text])
        elif text is not None and rule.default is not None:
            value, text = rule.default, _text(rule.default)
    if text is None:
        return None
    if field_def.domain:
        code = domain_lookup(field_def.domain, translate).get(text.lower())
        if code is None:
            raise RowRejected(tr("{}: '{}' is not one of the allowed values ({}). Add it to the field map's "
                                 "values.").format(translate(field_def.alias), text,
                                                   ", ".join(schema.DOMAINS[field_def.domain].codes())))
        return code
    if field_def.type in ("integer", "real"):
        return _number(text, field_def, translate)
    if field_def.type == "boolean":
        if isinstance(value, bool):
            return value
        lowered = text.lower()
        if lowered in TRUE_WORDS:
            return True
        if lowered in FALSE_WORDS:
            return False
        raise RowRejected(tr("{}: '{}' is not yes or no.").format(translate(field_def.alias), text))
    if field_def.type in ("date", "datetime"):
        return _date(text, field_def, translate, field_def.type == "datetime")
    return text
