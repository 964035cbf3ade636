"""The Vietnamese catalogue is complete and compiles."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_catalogue_is_complete():
    completed = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--check"],
                               capture_output=True, text=True)
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_catalogue_compiles_and_translates(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"), "--compile", str(tmp_path)],
                   check=True, capture_output=True)
    from qgis.PyQt.QtCore import QTranslator
    translator = QTranslator()
    assert translator.load(str(tmp_path / "mymap_vi.qm"))
    assert translator.translate("mymap", "Create ward map") == "Tạo bản đồ phường"
    assert translator.translate(b"mymap", "Footprint area (m²)".encode()) == "Diện tích xây dựng (m²)"


def test_extractor_sees_strings_in_every_module():
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_translations
    strings = build_translations.extract_strings()
    files = {location.split(":")[0] for locations in strings.values() for location in locations}
    for expected in ("mymap_plugin/plugin.py", "mymap_plugin/ward_map/schema.py",
                     "mymap_plugin/ward_map/ward_settings.py", "mymap_plugin/ward_map/gui/new_ward_dialog.py"):
        assert expected in files, expected
