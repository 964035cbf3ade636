#!/usr/bin/env python3
"""Stage the installable plugin folder and build dist/mymap_plugin.zip.

The staged folder (and the zip's one top folder) `mymap_plugin/` holds the code,
metadata.txt, LICENSE, resources, the compiled translations (i18n/*.qm) and the
pure-Python libraries QGIS does not ship (ext_libs/: qrcode), so unzipping it
into a QGIS profile's python/plugins folder is a complete install.
"""
import argparse
import shutil
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ["qrcode==8.2"]      # pure Python; pillow is optional for qrcode and ships with QGIS installs
IGNORED = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "screenshots")


def stage(target: Path, qm_dir: Path) -> None:
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "mymap_plugin", target, ignore=IGNORED)
    shutil.copy2(ROOT / "metadata.txt", target / "metadata.txt")
    shutil.copy2(ROOT / "LICENSE", target / "LICENSE")
    shutil.copytree(ROOT / "resources", target / "resources", ignore=IGNORED)
    (target / "i18n").mkdir()
    for qm in sorted(qm_dir.glob("*.qm")):
        shutil.copy2(qm, target / "i18n" / qm.name)
    bundle_libraries(target / "ext_libs")


def bundle_libraries(libraries: Path) -> None:
    """Copy the bundled libraries (and their licence files) from this Python's
    installation — the venv `make venv` made — so building needs no network."""
    from importlib import metadata
    libraries.mkdir(parents=True, exist_ok=True)
    for requirement in BUNDLED:
        name, _, version = requirement.partition("==")
        distribution = metadata.distribution(name)
        if version and distribution.version != version:
            raise SystemExit("{} {} is installed, {} is bundled: run `make venv`".format(
                name, distribution.version, version))
        root = Path(distribution.locate_file(""))
        for top in (distribution.read_text("top_level.txt") or name).split():
            shutil.copytree(root / top, libraries / top, ignore=IGNORED)
        info = Path(distribution._path)   # the .dist-info folder: METADATA and LICENSE
        shutil.copytree(info, libraries / info.name, ignore=IGNORED)


def build_zip(staged: Path, output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_suffix(".zip.part")
    with zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(staged.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                archive.write(path, Path("mymap_plugin") / path.relative_to(staged))
    temporary.replace(output)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
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
