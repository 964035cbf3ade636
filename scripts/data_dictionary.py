"""Print the ward map's data dictionary as Markdown (docs/data-dictionary.md holds this output).

  data_dictionary.py            print it
  data_dictionary.py --write    replace the part between the markers in docs/data-dictionary.md
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCUMENT = ROOT / "docs" / "data-dictionary.md"
sys.path.insert(0, str(ROOT))
BEGIN = "<!-- data-dictionary:begin (scripts/data_dictionary.py --write) -->"
END = "<!-- data-dictionary:end -->"


def markdown(translate=lambda text: text):
    from mymap_plugin.ward_map import schema
    lines = []
    common = {f.name for f in schema.COMMON_FIELDS}
    lines.append("**Common to every asset layer** (housing, trees, drainage_lines, drainage_nodes, sensors):")
    lines.append("")
    lines.append("| field | type | Vietnamese alias | rule |")
    lines.append("|---|---|---|---|")
    for field in schema.COMMON_FIELDS:
        lines.append(_row(field, translate, schema))
    for layer in schema.LAYERS:
        lines.append("")
        geometry = layer.geometry or "no geometry"
        lines.append("**{}** ({}; {}):".format(layer.name, geometry, translate(layer.title)))
        lines.append("")
        lines.append("| field | type | Vietnamese alias | rule |")
        lines.append("|---|---|---|---|")
        for field in layer.fields:
            if layer.is_asset and field.name in common:
                continue
            lines.append(_row(field, translate, schema))
    lines.append("")
    lines.append("**Domains** (stored code → label):")
    lines.append("")
    for domain in schema.DOMAINS.values():
        values = ", ".join("`{}` {}".format(code, translate(label)) for code, label in domain.values)
        lines.append("- `{}`: {}".format(domain.name, values))
    return "\n".join(lines)


def _row(field, translate, schema):
    rules = []
    if field.required:
        rules.append("required")
    if field.unique:
        rules.append("unique")
    if field.domain:
        rules.append("domain `{}`".format(field.domain))
    if field.lookup:
        rules.append("→ {}.{}".format(field.lookup[0], field.lookup[1]))
    if field.minimum is not None:
        rules.append("{:g}–{:g}".format(field.minimum, field.maximum))
    if field.computed:
        rules.append("computed")
    if field.constraint:
        rules.append(field.constraint[1])
    if not field.public:
        rules.append("not public")
    return "| `{}` | {} | {} | {} |".format(field.name, field.type, translate(field.alias), "; ".join(rules))


def main():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    from mymap_plugin.i18n import translate_function
    translate = translate_function("vi")
    text = markdown(translate)
    if "--write" in sys.argv:
        content = DOCUMENT.read_text(encoding="utf-8")
        start, end = content.index(BEGIN) + len(BEGIN), content.index(END)
        DOCUMENT.write_text(content[:start] + "\n" + text + "\n" + content[end:], encoding="utf-8")
    else:
        print(text)
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
