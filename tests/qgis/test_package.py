"""dist/mymap_plugin.zip is a complete install: scanned, then imported from."""
import configparser
import importlib.util
import stat
import subprocess
import zipfile
from pathlib import PurePosixPath

import pytest

from tests.conftest import PACKAGE_ZIP, ROOT


def script(name):
    """A module of scripts/ (they are programs, not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "{}.py".format(name))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def archive():
    if not PACKAGE_ZIP.exists():
        pytest.fail("dist/mymap_plugin.zip is missing: run `make package` (make test does)")
    with zipfile.ZipFile(PACKAGE_ZIP) as opened:
        yield opened


@pytest.fixture(scope="module")
def packaged_metadata(archive):
    parser = configparser.ConfigParser()    # as QGIS reads metadata.txt, %-interpolation included
    parser.read_string(archive.read("mymap_plugin/metadata.txt").decode("utf-8"))
    return parser["general"]


def test_zip_has_one_top_folder_with_everything(archive):
    names = archive.namelist()
    assert {name.split("/")[0] for name in names} == {"mymap_plugin"}
    for required in ("mymap_plugin/__init__.py", "mymap_plugin/metadata.txt", "mymap_plugin/LICENSE",
                     "mymap_plugin/resources/icon.svg", "mymap_plugin/i18n/mymap_vi.qm",
                     "mymap_plugin/ext_libs/qrcode/__init__.py", "mymap_plugin/ext_libs/qrcode/LICENSE"):
        assert required in names, required
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]
    metadata = archive.read("mymap_plugin/metadata.txt").decode("utf-8")
    for key in ("name=", "description=", "about=", "version=", "qgisMinimumVersion=3.22",
                "qgisMaximumVersion=4.99", "author=", "email=", "tracker=", "repository=", "tags=",
                "icon=", "hasProcessingProvider=yes", "category="):
        assert key in metadata, key


def test_bundled_qrcode_is_only_what_mymap_runs(archive):
    bundled = sorted(PurePosixPath(name).relative_to("mymap_plugin/ext_libs").as_posix()
                     for name in archive.namelist() if name.startswith("mymap_plugin/ext_libs/"))
    assert bundled == ["qrcode/LICENSE", "qrcode/LUT.py", "qrcode/__init__.py", "qrcode/base.py",
                       "qrcode/constants.py", "qrcode/exceptions.py", "qrcode/util.py"]
    # no tests, console script, image writers, compat (xml.etree) or a dist-info naming a console script
    assert b"Lincoln Loop" in archive.read("mymap_plugin/ext_libs/qrcode/LICENSE")


def test_no_file_is_executable_hidden_or_unexpectedly_binary(archive):
    for entry in archive.infolist():
        assert stat.S_IMODE(entry.external_attr >> 16) == 0o644, entry.filename
    # the scan's own file checks: hidden files, scanner configuration files, binaries, paths
    assert script("check_plugin_zip").file_findings(archive) == []


def test_packaged_version_is_the_newest_changelog_release(packaged_metadata):
    newest = script("build_plugin").read_changelog()[0]
    assert packaged_metadata["version"] == newest.version
    # the repository's metadata.txt agrees too (the build refuses otherwise)
    assert "version={}\n".format(newest.version) in (ROOT / "metadata.txt").read_text(encoding="utf-8")


def test_packaged_changelog_carries_the_current_entries(packaged_metadata):
    releases = script("build_plugin").read_changelog()
    changelog = packaged_metadata["changelog"].splitlines()
    assert changelog[0] == "{} ({})".format(releases[0].version, releases[0].date)
    items = [line for line in releases[0].lines if line.startswith("- ")]
    assert items
    for item in items:
        assert item in changelog, item
    assert "{} ({})".format(releases[1].version, releases[1].date) in changelog


def test_changelog_headings_are_releases_newest_first():
    releases = script("build_plugin").read_changelog()
    keys = [tuple(int(part) for part in release.version.split(".")) for release in releases]
    assert keys == sorted(keys, reverse=True) and len(set(keys)) == len(keys)
    assert [release.date for release in releases] == sorted((r.date for r in releases), reverse=True)


def test_unzipped_plugin_imports_and_registers(archive, tmp_path):
    archive.extractall(tmp_path)
    script_text = """
import sys
sys.path.insert(0, {folder!r})
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import mymap_plugin
class Iface:
    pass
plugin = mymap_plugin.classFactory(Iface())
plugin.initProcessing()
assert QgsApplication.processingRegistry().providerById('mymap') is not None
import qrcode
from qrcode import base, constants, util
for module in (qrcode, base, constants, util):
    assert 'ext_libs' in module.__file__, module.__file__
assert 'mymap_plugin' in mymap_plugin.__file__ and {folder!r} in mymap_plugin.__file__
from mymap_plugin.qr_labels.qr_matrix import make_qr
code = make_qr('HTTPS://MYHAO.HUNGYEN.VN/A/CX0000013', 'Q')
assert code.version == 3 and code.modules.shape == (29, 29), (code.version, code.modules.shape)
print('ok')
""".format(folder=str(tmp_path))
    # Debian's own python3: no venv, so qrcode must come from the zip.
    completed = subprocess.run(["/usr/bin/python3", "-c", script_text], capture_output=True, text=True,
                               env={"QT_QPA_PLATFORM": "offscreen", "PROJ_DATA": "/usr/share/proj",
                                    "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}, timeout=120, check=False)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.strip().endswith("ok")
