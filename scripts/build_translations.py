"""Keep the Vietnamese catalogue complete and compile it.

  build_translations.py --update        extract tr()/N_() strings into i18n/mymap_vi.ts
                                        (keeps existing translations, marks new ones unfinished)
  build_translations.py --check         fail when a string is missing or unfinished
  build_translations.py --compile DIR   compile i18n/*.ts into DIR/*.qm with Qt's lrelease

The extractor reads the Python sources with `ast`, so it sees exactly the
literals passed to tr() and N_(); all of them share the context "mymap".
"""
import argparse
import ast
import shutil
import subprocess
import sys
from xml.etree import ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "mymap_plugin"
CATALOGUES = {"vi": ROOT / "i18n" / "mymap_vi.ts"}
CONTEXT = "mymap"
MARKERS = {"tr", "N_"}


def extract_strings():
    """Ordered {source text: [file:line, …]} for every tr()/N_() literal."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ext_libs" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            function = node.func
            name = function.id if isinstance(function, ast.Name) else \
                function.attr if isinstance(function, ast.Attribute) else None
            if name not in MARKERS:
                continue
            argument = node.args[0]
            if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                found.setdefault(argument.value, []).append(
                    "{}:{}".format(path.relative_to(ROOT).as_posix(), node.lineno))
    return found


def read_catalogue(path):
    if not path.exists():
        return {}
    root = ElementTree.parse(path).getroot()
    result = {}
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = translation.text if translation is not None and translation.text else ""
        unfinished = translation is not None and translation.get("type") in ("unfinished", "vanished", "obsolete")
        result[source] = (text, unfinished)
    return result


def write_catalogue(path, language, strings, existing):
    root = ElementTree.Element("TS", version="2.1", language=language)
    context = ElementTree.SubElement(root, "context")
    ElementTree.SubElement(context, "name").text = CONTEXT
    for source, locations in strings.items():
        message = ElementTree.SubElement(context, "message")
        for location in locations[:3]:
            filename, line = location.rsplit(":", 1)
            ElementTree.SubElement(message, "location", filename="../" + filename, line=line)
        ElementTree.SubElement(message, "source").text = source
        text, unfinished = existing.get(source, ("", True))
        translation = ElementTree.SubElement(message, "translation")
        translation.text = text
        if unfinished or not text:
            translation.set("type", "unfinished")
    ElementTree.indent(root, space=" ")
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ElementTree.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def problems(language, path):
    strings = extract_strings()
    catalogue = read_catalogue(path)
    issues = []
    for source in strings:
        if source not in catalogue:
            issues.append("missing: {!r}".format(source))
        elif catalogue[source][1] or not catalogue[source][0]:
            issues.append("unfinished: {!r}".format(source))
        elif source.count("{") != catalogue[source][0].count("{"):
            issues.append("placeholders differ: {!r}".format(source))
    for source in catalogue:
        if source not in strings:
            issues.append("obsolete: {!r}".format(source))
    return issues


def find_lrelease():
    for name in ("lrelease", "lrelease-qt5", "/usr/lib/qt5/bin/lrelease", "/usr/lib/x86_64-linux-gnu/qt5/bin/lrelease"):
        found = shutil.which(name) or (name if Path(name).exists() else None)
        if found:
            return found
    raise SystemExit("lrelease not found: install Debian's qttools5-dev-tools (make system)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--update", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--compile", metavar="DIR")
    arguments = parser.parse_args()
    if arguments.update:
        strings = extract_strings()
        for language, path in CATALOGUES.items():
            write_catalogue(path, language, strings, read_catalogue(path))
            print("{}: {} strings".format(path.relative_to(ROOT), len(strings)))
    if arguments.check:
        failed = False
        for language, path in CATALOGUES.items():
            for issue in problems(language, path):
                print("{}: {}".format(path.name, issue))
                failed = True
        if failed:
            return 1
        print("translations complete")
    if arguments.compile:
        target = Path(arguments.compile)
        target.mkdir(parents=True, exist_ok=True)
        lrelease = find_lrelease()
        for language, path in CATALOGUES.items():
            output = target / "mymap_{}.qm".format(language)
            subprocess.run([lrelease, "-silent", str(path), "-qm", str(output)], check=True)
            print("compiled {}".format(output))
    return 0


if __name__ == "__main__":
    sys.exit(main())
