#!/usr/bin/env python3
"""Stage the installable plugin folder and build dist/mymap_plugin.zip.

The staged folder (and the zip's one top folder) `mymap_plugin/` holds the code,
metadata.txt, LICENSE, resources, the compiled translations (i18n/*.qm) and the
pure-Python libraries QGIS does not ship (ext_libs/: qrcode), so unzipping it
into a QGIS profile's python/plugins folder is a complete install.
"""
import argparse
import shutil
import subprocess
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
    libraries = target / "ext_libs"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                    "--no-deps", "--no-compile", "--target", str(libraries)] + BUNDLED, check=True)
    for leftover in list(libraries.glob("bin")):
        shutil.rmtree(leftover)


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
