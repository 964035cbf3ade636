"""Merge a JSON file {English source: Vietnamese} into i18n/mymap_vi.ts (marks them finished).

For translators who prefer editing JSON to Qt Linguist:  merge_translations.py FILE.json
"""
import json
import sys
from xml.etree import ElementTree
from pathlib import Path

CATALOGUE = Path(__file__).resolve().parent.parent / "i18n" / "mymap_vi.ts"


def main(json_path):
    translations = json.loads(Path(json_path).read_text(encoding="utf-8"))
    tree = ElementTree.parse(CATALOGUE)
    merged = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if translations.get(source):
            translation = message.find("translation")
            translation.text = translations[source]
            translation.attrib.pop("type", None)
            merged += 1
    body = ElementTree.tostring(tree.getroot(), encoding="unicode")
    CATALOGUE.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print("merged {} translations".format(merged))


if __name__ == "__main__":
    main(sys.argv[1])
