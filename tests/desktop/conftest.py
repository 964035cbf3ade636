"""The real QGIS desktop under Xvfb, with the packaged plugin (dist/mymap_plugin.zip, `make package`)."""
import json
import os
import shutil
import signal
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.conftest import PACKAGE_ZIP

SETTINGS = ("[PythonPlugins]\nmymap_plugin=true\n\n[qgis]\ncheckVersion=false\nshowTips322=false\n\n"
            "[locale]\noverrideFlag=true\nuserLocale=vi\nglobalLocale=vi_VN\n")
# QGIS's interface language → its [locale] settings (run_qgis's `locale`).
LOCALES = {"vi": ("vi", "vi_VN"), "en": ("en_US", "en_US")}


def profile_settings(locale="vi", plugin=True):
    """QGIS3.ini of the test profile: MyMap enabled or absent, the interface in *locale*."""
    user, regional = LOCALES[locale]
    text = SETTINGS.replace("userLocale=vi\nglobalLocale=vi_VN", "userLocale={}\nglobalLocale={}".format(
        user, regional))
    return text if plugin else text.replace("[PythonPlugins]\nmymap_plugin=true\n\n", "")


@pytest.fixture
def xvfb():
    """A private X server on a free display (Xvfb picks it and tells us through -displayfd)."""
    if not shutil.which("Xvfb"):
        pytest.fail("Xvfb is missing: `make system` installs it")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1600x1000x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    assert number.isdigit(), "Xvfb did not start"
    yield ":" + number
    server.terminate()
    server.wait(10)


@pytest.fixture
def run_qgis(xvfb, tmp_path):
    """run_qgis(driver script, output folder) -> (status dict, log bytes): QGIS with a fresh profile
    holding the packaged plugin runs the script, which writes status.json into the output folder.
    `locale` ("vi" or "en") is QGIS's interface language; `plugin=False` makes a profile without
    MyMap (a colleague's QGIS, where a moved map or a QField folder must still work)."""
    def run(driver, output, timeout=240, locale="vi", plugin=True):
        profiles = tmp_path / "qgis_config"          # QGIS uses <profiles-path>/profiles/default
        shutil.rmtree(profiles, ignore_errors=True)
        plugins = profiles / "profiles" / "default" / "python" / "plugins"
        plugins.mkdir(parents=True)
        if plugin:
            with zipfile.ZipFile(PACKAGE_ZIP) as archive:
                archive.extractall(plugins)
        settings = profiles / "profiles" / "default" / "QGIS" / "QGIS3.ini"
        settings.parent.mkdir(parents=True)
        settings.write_text(profile_settings(locale, plugin), encoding="utf-8")
        env = dict(os.environ, DISPLAY=xvfb, MYMAP_TEST_OUTPUT=str(output), PROJ_DATA="/usr/share/proj",
                   XDG_RUNTIME_DIR=str(tmp_path), HOME=str(tmp_path))
        env.pop("QT_QPA_PLATFORM", None)
        # The drivers import what they share (driver_status.py) from this folder.
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parent), env.get("PYTHONPATH")]))
        qgis = subprocess.Popen(["qgis", "--noversioncheck", "--nologo", "--profiles-path", str(profiles),
                                 "--code", str(driver)],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
        try:
            log, _ = qgis.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(qgis.pid, signal.SIGKILL)
            log, _ = qgis.communicate()
        (output / "qgis.log").write_bytes(log or b"")
        status = json.loads((output / "status.json").read_text(encoding="utf-8"))
        return status, log or b""
    return run
