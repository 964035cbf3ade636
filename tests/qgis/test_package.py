"""dist/mymap_plugin.zip is a complete install: scanned, then imported from."""
import subprocess
import zipfile

import pytest

from tests.conftest import PACKAGE_ZIP


@pytest.fixture(scope="module")
def archive():
    if not PACKAGE_ZIP.exists():
        pytest.fail("dist/mymap_plugin.zip is missing: run `make package` (make test does)")
    with zipfile.ZipFile(PACKAGE_ZIP) as opened:
        yield opened


def test_zip_has_one_top_folder_with_everything(archive):
    names = archive.namelist()
    assert {name.split("/")[0] for name in names} == {"mymap_plugin"}
    for required in ("mymap_plugin/__init__.py", "mymap_plugin/metadata.txt", "mymap_plugin/LICENSE",
                     "mymap_plugin/resources/icon.svg", "mymap_plugin/i18n/mymap_vi.qm",
                     "mymap_plugin/ext_libs/qrcode/__init__.py"):
        assert required in names, required
    assert not [n for n in names if n.endswith(".pyc") or "__pycache__" in n]
    metadata = archive.read("mymap_plugin/metadata.txt").decode("utf-8")
    for key in ("name=", "description=", "about=", "version=", "qgisMinimumVersion=3.22",
                "qgisMaximumVersion=4.99", "author=", "email=", "tracker=", "repository=", "tags=",
                "icon=", "hasProcessingProvider=yes", "category="):
        assert key in metadata, key


def test_unzipped_plugin_imports_and_registers(archive, tmp_path):
    archive.extractall(tmp_path)
    script = """
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
assert 'ext_libs' in qrcode.__file__, qrcode.__file__
assert 'mymap_plugin' in mymap_plugin.__file__ and {folder!r} in mymap_plugin.__file__
print('ok')
""".format(folder=str(tmp_path))
    # Debian's own python3: no venv, so qrcode must come from the zip.
    completed = subprocess.run(["/usr/bin/python3", "-c", script], capture_output=True, text=True,
                               env={"QT_QPA_PLATFORM": "offscreen", "PROJ_DATA": "/usr/share/proj",
                                    "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert completed.stdout.strip().endswith("ok")
