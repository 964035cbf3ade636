"""scripts/check_plugin_zip.py finds what plugins.qgis.org would find, with the real tools.

Each test builds a small plugin zip with one kind of problem and runs the real Bandit,
detect-secrets and Flake8 on it (installed by `make lint-tools`); a clean zip has no findings.
"""
import importlib.util
import stat
import struct
import zipfile
import zlib

import pytest

from tests.conftest import ROOT

spec = importlib.util.spec_from_file_location("check_plugin_zip", ROOT / "scripts" / "check_plugin_zip.py")
check_plugin_zip = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_plugin_zip)

CLEAN_CODE = '''"""A tiny plugin."""


def classFactory(iface):
    from .plugin import Plugin
    return Plugin(iface)
'''


def png_bytes():
    """A real 1 × 1 PNG."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0"))
            + chunk(b"IEND", b""))


def make_zip(path, extra=None, modes=None):
    """A plugin zip: a clean plugin plus *extra* {name: text or bytes}, with *modes* {name: mode}."""
    files = {"demo/__init__.py": CLEAN_CODE, "demo/plugin.py": "class Plugin:\n    def __init__(self, iface):\n"
             "        self.iface = iface\n", "demo/metadata.txt": "[general]\nname=Demo\n",
             "demo/icon.png": png_bytes(), "demo/i18n/demo_vi.qm": b"\x3c\xb8\x64\x18\xca\xef\x9c\x95\xcd\x21"}
    files.update(extra or {})
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in files.items():
            entry = zipfile.ZipInfo(name)
            entry.external_attr = (stat.S_IFREG | (modes or {}).get(name, 0o644)) << 16
            archive.writestr(entry, content)
    return path


def findings(tmp_path, **kwargs):
    return check_plugin_zip.scan(make_zip(tmp_path / "demo.zip", **kwargs))


def test_a_clean_plugin_has_no_findings(tmp_path):
    assert findings(tmp_path) == {"files": [], "suppressions": [], "bandit": [], "detect-secrets": [],
                                  "flake8": []}


def test_file_checks(tmp_path):
    found = findings(tmp_path, modes={"demo/plugin.py": 0o755}, extra={
        "demo/.hidden/notes.txt": "x", "demo/.bandit": "[bandit]\nskips = B101\n", "demo/helper.sh": "echo\n",
        "demo/data.bin": bytes(range(256)), "demo/text_with_nul.txt": "a\0b", "other/readme.txt": "two tops"})
    text = "\n".join(found["files"])
    for expected in ("demo/plugin.py: executable (mode 755)", "demo/.hidden/notes.txt: hidden (.hidden)",
                     "demo/.bandit: a scanner configuration file", "demo/helper.sh: a .sh file",
                     "demo/data.bin: binary", "demo/text_with_nul.txt: contains NUL bytes",
                     "one top folder, not demo, other"):
        assert expected in text, (expected, text)
    assert not [finding for finding in found["files"] if finding.startswith(("demo/icon.png", "demo/i18n/"))]


def test_bandit_runs_the_repositorys_tests(tmp_path):
    found = findings(tmp_path, extra={"demo/bad.py": (
        "import random\n"
        "import sqlite3\n\n\n"
        "def check(value, table):\n"
        "    assert value\n"
        "    sqlite3.connect(':memory:').execute('SELECT * FROM ' + table + ' WHERE x = 1')\n"
        "    return random.random()\n")})
    tests = sorted(finding.split(" ")[2] for finding in found["bandit"])
    assert tests == ["B101", "B311", "B608"], found["bandit"]
    assert all(finding.startswith("demo/bad.py:") for finding in found["bandit"])


def test_detect_secrets_sees_a_key_anywhere_but_metadata(tmp_path):
    key = "AKIA" + "IOSFODNN7" + "EXAMPLE"        # assembled, so this test file holds no key itself
    found = findings(tmp_path, extra={"demo/settings.py": "AWS_KEY = '{}'\n".format(key),
                                      "demo/metadata.txt": "[general]\nname=Demo\ncommit={}\n".format(key)})
    assert [finding.split(":")[0] for finding in found["detect-secrets"]] == ["demo/settings.py"], \
        found["detect-secrets"]


def test_flake8_with_the_repositorys_codes_only(tmp_path):
    found = findings(tmp_path, extra={"demo/style.py": (
        "import os\n"                     # F401 is not one of the site's codes
        "l = [1]\n"                       # E741 is
        "if l == None:\n"                 # E711 is
        "    print(undefined_name)\n")})  # F821 is
    codes = sorted(finding.split(" ")[1] for finding in found["flake8"])
    assert codes == ["E711", "E741", "F821"], found["flake8"]


def test_suppression_comments_are_findings(tmp_path):
    found = findings(tmp_path, extra={"demo/hidden.py": (
        "import subprocess  # nosec B404\n"
        "x = 1  # noqa\n"
        "y = 2  # noqa: E741\n"
        "z = 3  # noqa: N802 - a name QGIS requires\n"
        "TOKEN = 'abc'  # pragma: allowlist secret\n")})
    assert found["suppressions"] == [
        "demo/hidden.py:1: `# nosec` hides a Bandit finding",
        "demo/hidden.py:2: `# noqa` hides Flake8 every code",
        "demo/hidden.py:3: `# noqa` hides Flake8 E741",
        "demo/hidden.py:5: `pragma: allowlist` hides a detect-secrets finding",
    ]


@pytest.mark.parametrize("name", ["../evil.py", "/etc/evil.py"])
def test_paths_outside_the_folder_are_findings(tmp_path, name):
    with zipfile.ZipFile(tmp_path / "evil.zip", "w") as archive:
        archive.writestr("demo/__init__.py", CLEAN_CODE)
        entry = zipfile.ZipInfo("demo/placeholder")
        entry.filename = name          # ZipInfo would normalise it away; a hostile zip would not
        archive.writestr(entry, "x")
    with zipfile.ZipFile(tmp_path / "evil.zip") as archive:
        assert any("an absolute or parent path" in finding for finding in check_plugin_zip.file_findings(archive))
