"""Stage the installable plugin folder and build dist/mymap_plugin.zip.

The staged folder (and the zip's one top folder) `mymap_plugin/` holds the code, metadata.txt,
LICENSE, resources, the compiled translations (i18n/*.qm) and, in ext_libs/, the part of each
pure-Python library QGIS does not ship that MyMap runs — so unzipping it into a QGIS profile's
python/plugins folder is a complete install.

Two things are written at build time rather than kept in the repository:
- metadata.txt's `changelog=` comes from CHANGELOG.md (its newest releases); the build refuses a
  metadata.txt whose `version=` is not CHANGELOG.md's newest release.
- ext_libs/qrcode/ holds only the modules MyMap imports (and what they import), each copied
  unchanged from the installed qrcode, with a small __init__.py of our own instead of the library's
  (which would load its image writers, console script and XML/PNG back-ends). The build fails if a
  copied module imports a part of the library that is not copied.
"""
import argparse
import ast
import configparser
import re
import shutil
import stat
import sys
import zipfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHANGELOG = ROOT / "CHANGELOG.md"
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "screenshots", ".*")
#: How many releases of CHANGELOG.md the packaged metadata.txt carries (QGIS shows them on install).
RELEASES_IN_METADATA = 3
#: Every file in the zip is plain readable data: rw-r--r--, never executable.
FILE_MODE = stat.S_IFREG | 0o644


@dataclass(frozen=True)
class BundledLibrary:
    distribution: str      # the name pip knows it by
    version: str           # the version tested with (scripts/requirements.txt pins the same)
    package: str           # the import name, which becomes ext_libs/<package>/
    modules: tuple         # the modules MyMap imports, and every module they import in turn
    licence_files: tuple   # the distribution's licence files, shipped beside the code
    used_by: str           # who imports it, for the generated __init__.py


BUNDLED = (
    BundledLibrary(
        distribution="qrcode", version="8.2", package="qrcode",
        modules=("base", "constants", "util", "LUT", "exceptions"),
        licence_files=("LICENSE",),
        used_by="mymap_plugin/qr_labels/qr_matrix.py (tables, segment splitting, mask penalty rules)"),
)

_INIT_TEXT = '''"""The part of {distribution} {version} that MyMap runs, bundled by scripts/build_plugin.py.

Modules copied unchanged from the library: {modules}.
Used by: {used_by}.
The library's own __init__ (which loads its image writers and console script) is replaced by this
file; its tests are not shipped. The complete library: https://pypi.org/project/{distribution}/{version}/
Licence: LICENSE beside this file.
"""
'''


# ----------------------------------------------------------------------------------------- changelog
@dataclass(frozen=True)
class Release:
    version: str
    date: str
    lines: tuple    # the entry's lines: "### Added" headings and "- " items, each item on one line


_RELEASE_HEADING = re.compile(r"^## \[(?P<version>[0-9][0-9A-Za-z.+-]*)\] - (?P<date>\d{4}-\d{2}-\d{2})\s*$")


def read_changelog(path: Path = CHANGELOG) -> list:
    """The released entries of a Keep-a-Changelog file, newest first ([Unreleased] is skipped)."""
    releases, current, lines = [], None, []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            if current:
                releases.append(Release(current.group("version"), current.group("date"), tuple(lines)))
            current, lines = _RELEASE_HEADING.match(line), []
            if current is None and not line.startswith("## [Unreleased]"):
                raise SystemExit("{}: a release heading must read '## [1.2.3] - YYYY-MM-DD', not {!r}".format(
                    path.name, line))
        elif current and line[:1] in (" ", "\t") and line.strip() and lines:
            lines[-1] += " " + line.strip()           # a wrapped item goes on one line
        elif current and line.strip() and not line.startswith("["):   # "[1.2.3]: https://…" link lines
            lines.append(line.rstrip())
    if current:
        releases.append(Release(current.group("version"), current.group("date"), tuple(lines)))
    if not releases:
        raise SystemExit("{} has no released entry ('## [1.2.3] - YYYY-MM-DD')".format(path.name))
    return releases


def changelog_text(releases) -> list:
    """The lines of metadata.txt's changelog value: one block per release, headings as plain words."""
    text = []
    for release in releases[:RELEASES_IN_METADATA]:
        text.append("{} ({})".format(release.version, release.date))
        for line in release.lines:
            text.append(line[4:] + ":" if line.startswith("### ") else line.strip())
    for line in text:
        if "%" in line:   # QGIS reads metadata.txt with configparser's %-interpolation
            raise SystemExit("CHANGELOG.md: write 'percent' instead of '%' (QGIS cannot read it in "
                             "metadata.txt): {!r}".format(line))
    return text


def packaged_metadata(source: Path, releases) -> str:
    """metadata.txt with its changelog= value replaced by CHANGELOG.md's newest releases, after
    checking that its version= is CHANGELOG.md's newest release."""
    lines = source.read_text(encoding="utf-8").splitlines()
    versions = [line.partition("=")[2].strip() for line in lines if line.startswith("version=")]
    if versions != [releases[0].version]:
        raise SystemExit("metadata.txt says version={} but CHANGELOG.md's newest release is {}: "
                         "make them agree".format(", ".join(versions) or "(none)", releases[0].version))
    out, skipping = [], False
    for line in lines:
        if skipping and line[:1] in (" ", "\t"):
            continue          # a continuation line of the old changelog value
        skipping = False
        if line.startswith("changelog="):
            first, *rest = changelog_text(releases)
            out.append("changelog=" + first)
            out.extend("    " + item for item in rest)
            skipping = True
        else:
            out.append(line)
    text = "\n".join(out) + "\n"
    parser = configparser.ConfigParser()      # as QGIS reads it, interpolation included
    parser.read_string(text)
    if parser.get("general", "version") != releases[0].version or not parser.get("general", "changelog"):
        raise SystemExit("the packaged metadata.txt does not read back as written")
    return text


# ------------------------------------------------------------------------------------------ bundling
def _imported_parts(source: str, package: str, module: str) -> set:
    """The modules of *package* that *module*'s source imports (absolute or relative)."""
    parts = set()
    for node in ast.walk(ast.parse(source, filename=module)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith(package + "."):
                    parts.add(alias.name.split(".")[1])
        elif isinstance(node, ast.ImportFrom):
            name = node.module or ""
            if node.level:                          # from . import x, from .x import y
                inner = name.split(".")[0]
            elif name == package:                   # from qrcode import x
                inner = ""
            elif name.startswith(package + "."):    # from qrcode.x import y
                inner = name.split(".")[1]
            else:
                continue
            if inner:
                parts.add(inner)
            else:     # `from qrcode import base, util`: each name is a module of the package
                parts.update(alias.name for alias in node.names)
    return parts


def bundle_library(library: BundledLibrary, libraries: Path) -> None:
    """Copy *library*'s listed modules and licence from this Python's installation (the venv
    `make venv` made), so building needs no network."""
    try:
        distribution = metadata.distribution(library.distribution)
    except metadata.PackageNotFoundError:
        raise SystemExit("{} is not installed: run `make venv`".format(library.distribution)) from None
    if distribution.version != library.version:
        raise SystemExit("{} {} is installed, {} is bundled: run `make venv`".format(
            library.distribution, distribution.version, library.version))
    installed = {Path(str(item)): item for item in distribution.files or ()}
    target = libraries / library.package
    target.mkdir(parents=True)
    for module in library.modules:
        source = Path(distribution.locate_file(Path(library.package) / (module + ".py")))
        code = source.read_text(encoding="utf-8")
        missing = _imported_parts(code, library.package, module) - set(library.modules)
        if missing:
            raise SystemExit("{}.{} imports {} which is not bundled: add it to BUNDLED".format(
                library.package, module, ", ".join(sorted(missing))))
        (target / source.name).write_text(code, encoding="utf-8")
    (target / "__init__.py").write_text(_INIT_TEXT.format(
        distribution=library.distribution, version=library.version, used_by=library.used_by,
        modules=", ".join(library.modules)), encoding="utf-8")
    for licence in library.licence_files:
        found = [path for path in installed if path.name == licence and path.parent.name.endswith(".dist-info")]
        if len(found) != 1:
            raise SystemExit("{}'s {} was not found in its installed files".format(library.distribution, licence))
        shutil.copyfile(distribution.locate_file(installed[found[0]]), target / licence)


# --------------------------------------------------------------------------------- staging, the zip
def stage(target: Path, qm_dir: Path) -> None:
    releases = read_changelog()
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "mymap_plugin", target, ignore=IGNORED)
    (target / "metadata.txt").write_text(packaged_metadata(ROOT / "metadata.txt", releases), encoding="utf-8")
    shutil.copyfile(ROOT / "LICENSE", target / "LICENSE")
    shutil.copytree(ROOT / "resources", target / "resources", ignore=IGNORED)
    (target / "i18n").mkdir()
    for qm in sorted(qm_dir.glob("*.qm")):
        shutil.copyfile(qm, target / "i18n" / qm.name)
    for library in BUNDLED:
        bundle_library(library, target / "ext_libs")


def build_zip(staged: Path, output: Path) -> None:
    """Zip the staged folder under one top folder, every file rw-r--r-- whatever the working tree says."""
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_suffix(".zip.part")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(staged.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                entry = zipfile.ZipInfo.from_file(path, Path("mymap_plugin") / path.relative_to(staged))
                entry.external_attr = FILE_MODE << 16
                entry.compress_type = zipfile.ZIP_DEFLATED
                archive.writestr(entry, path.read_bytes())
    temporary.replace(output)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stage", required=True, type=Path)
    parser.add_argument("--qm", required=True, type=Path)
    parser.add_argument("--zip", type=Path)
    arguments = parser.parse_args()
    if arguments.zip:
        if not arguments.stage.exists():
            stage(arguments.stage, arguments.qm)
        build_zip(arguments.stage, arguments.zip)
        print("built {}".format(arguments.zip))
    else:
        stage(arguments.stage, arguments.qm)
        print("staged {}".format(arguments.stage))
    return 0


if __name__ == "__main__":
    sys.exit(main())
