"""The code's shape: core modules free of GUI, Qt only through qgis.PyQt, repository
gates (no assert in plugin code, no bare except/pass, no generated files)."""
import ast
import subprocess

import pytest
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "mymap_plugin"
GUI_MODULES = ("qgis.gui", "qgis.PyQt.QtWidgets", "PyQt5.QtWidgets", "PyQt6.QtWidgets", "qgis.utils")


def python_files():
    return [p for p in PACKAGE.rglob("*.py") if "ext_libs" not in p.parts]


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def is_gui_module(path):
    relative = path.relative_to(PACKAGE)
    return "gui" in relative.parts or relative.name in ("plugin.py", "compat.py")


def test_core_modules_import_no_gui():
    offenders = []
    for path in python_files():
        if is_gui_module(path):
            continue
        for module in imported_modules(path):
            if module.startswith(GUI_MODULES) or module.endswith(".gui") or ".gui." in module:
                offenders.append("{} imports {}".format(path.relative_to(ROOT), module))
    assert offenders == []


def test_qt_only_through_qgis_pyqt():
    offenders = [str(p.relative_to(ROOT)) for p in python_files()
                 for module in imported_modules(p) if module.startswith(("PyQt5", "PyQt6", "PySide"))]
    assert offenders == []


def test_no_assert_no_silent_except_no_exec_underscore():
    problems = []
    for path in python_files():
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        for node in ast.walk(tree):
            if isinstance(node, ast.Assert):
                problems.append("{}:{} assert".format(path.name, node.lineno))
            if isinstance(node, ast.ExceptHandler):
                if node.type is None:
                    problems.append("{}:{} bare except".format(path.name, node.lineno))
                if len(node.body) == 1 and isinstance(node.body[0], ast.Pass):
                    problems.append("{}:{} except: pass".format(path.name, node.lineno))
            if isinstance(node, ast.Attribute) and node.attr == "exec_":
                problems.append("{}:{} exec_()".format(path.name, node.lineno))
        if 'tr(f"' in source or "tr(f'" in source:
            problems.append("{}: f-string inside tr()".format(path.name))
    assert problems == []


def test_no_generated_files_are_tracked():
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (e.g. an unpacked archive)")
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    assert tracked, "git ls-files listed nothing"
    generated = [name for name in tracked if name.endswith((".qm", ".pyc", ".zip", ".gpkg"))
                 or name.startswith(("build/", "dist/", ".venv/")) or "ext_libs" in name]
    assert generated == []


def test_every_capability_has_an_algorithm_and_the_top_level_layout_is_complete():
    for name in ("mymap_plugin", "metadata.txt", "resources", "i18n", "scripts", "tests", "README.md",
                 "Makefile", ".ci/run", "LICENSE", "benchmarks"):
        assert (ROOT / name).exists(), name
    algorithms = sorted(p.stem for p in PACKAGE.rglob("*_algorithm.py"))
    assert {"create_ward_map_algorithm", "open_ward_map_algorithm", "validate_ward_map_algorithm"} <= set(algorithms)
