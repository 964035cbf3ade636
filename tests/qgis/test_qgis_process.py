"""The staged plugin works in qgis_process (the command line of Processing)."""
import os
import sqlite3
import subprocess

import pytest

from tests.conftest import STAGED_PLUGIN, folder_state

QGIS_PROCESS = "/usr/bin/qgis_process.bin"   # Debian's wrapper passes an option 3.22 rejects


@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    if not (STAGED_PLUGIN / "metadata.txt").exists():
        pytest.fail("the staged plugin is missing: run `make stage` (make test does)")
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ, HOME=str(home), QGIS_PLUGINPATH=str(STAGED_PLUGIN.parent),
               QT_QPA_PLATFORM="offscreen", PROJ_DATA="/usr/share/proj", XDG_RUNTIME_DIR=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "mymap_plugin"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert enabled.returncode == 0 or "already enabled" in enabled.stderr + enabled.stdout, enabled.stderr
    return env


def qgis_process(env, *arguments):
    return subprocess.run([QGIS_PROCESS] + list(arguments), env=env, capture_output=True, text=True, timeout=300)


def test_algorithms_are_listed(qgis_process_env):
    listing = qgis_process(qgis_process_env, "list").stdout
    for algorithm in ("mymap:create_ward_map", "mymap:open_ward_map", "mymap:validate_ward_map",
                      "mymap:generate_labels", "mymap:export_tag_images", "mymap:mark_tags",
                      "mymap:publish_records", "mymap:checkout", "mymap:sync", "mymap:export_changes",
                      "mymap:import_changes", "mymap:resolve_conflict", "mymap:revert_changeset"):
        assert algorithm in listing


def test_create_and_validate_from_the_command_line(qgis_process_env, tmp_path):
    output = tmp_path / "ward.gpkg"
    created = qgis_process(qgis_process_env, "run", "mymap:create_ward_map", "--",
                           "OUTPUT={}".format(output), "WARD_NAME=Phường Mỹ Hào", "WARD_CODE=12103",
                           "PROVINCE_CODE=33", "DEMO=true")
    assert created.returncode == 0, created.stdout + created.stderr
    with sqlite3.connect(output) as connection:
        assert connection.execute("SELECT count(*) FROM sensors").fetchone()[0] == 20
    validated = qgis_process(qgis_process_env, "run", "mymap:validate_ward_map", "--", "INPUT={}".format(output))
    assert validated.returncode == 0
    assert "INTEGRITY:\tok" in validated.stdout
    labels = qgis_process(qgis_process_env, "run", "mymap:generate_labels", "--",
                          "INPUT={}|layername=sensors".format(output), "TEMPLATE=1", "PAYLOAD=1",
                          "OUTPUT={}".format(tmp_path / "sensors.pdf"))
    assert labels.returncode == 0, labels.stdout + labels.stderr
    assert "LABELS:\t20" in labels.stdout and (tmp_path / "sensors.pdf").stat().st_size > 5000


def test_bad_input_fails_with_a_message_and_no_file(qgis_process_env, tmp_path):
    (tmp_path / "ward.gpkg").write_bytes(b"precious")
    before = folder_state(tmp_path)
    failed = qgis_process(qgis_process_env, "run", "mymap:create_ward_map", "--",
                          "OUTPUT={}".format(tmp_path / "ward.gpkg"), "WARD_NAME=X", "WARD_CODE=12103",
                          "PROVINCE_CODE=33")
    assert failed.returncode != 0
    assert "already exists" in failed.stdout + failed.stderr
    assert folder_state(tmp_path) == before


def test_checkout_edit_and_sync_from_the_command_line(qgis_process_env, demo_ward_master, tmp_path):
    """The commands the README shows: check out, edit with ogrinfo, sync, resolve a conflict."""
    import shutil
    shared = tmp_path / "share" / "my_hao.gpkg"
    shared.parent.mkdir()
    shutil.copyfile(str(demo_ward_master), str(shared))
    copies = {}
    for editor in ("An", "Bình"):
        copies[editor] = tmp_path / "{}.gpkg".format(editor)
        checked_out = qgis_process(qgis_process_env, "run", "mymap:checkout", "--", "SHARED={}".format(shared),
                                   "OUTPUT={}".format(copies[editor]), "EDITOR={}".format(editor))
        assert checked_out.returncode == 0, checked_out.stdout + checked_out.stderr
    for editor, value in (("Bình", "kem"), ("An", "nghieng")):
        subprocess.run(["ogrinfo", "-q", str(copies[editor]), "-sql",
                        "UPDATE trees SET condition = '{}' WHERE asset_code = 'CX0000013'".format(value)], check=True)
    first = qgis_process(qgis_process_env, "run", "mymap:sync", "--", "WORKING={}".format(copies["Bình"]))
    assert first.returncode == 0, first.stdout + first.stderr
    assert "PUSHED:\t1" in first.stdout and "CONFLICTS:\t0" in first.stdout
    second = qgis_process(qgis_process_env, "run", "mymap:sync", "--", "WORKING={}".format(copies["An"]))
    assert second.returncode == 0, second.stdout + second.stderr
    assert "CONFLICTS:\t1" in second.stdout
    kept = qgis_process(qgis_process_env, "run", "mymap:resolve_conflict", "--", "WORKING={}".format(copies["An"]),
                        "CONFLICT=1", "CHOICE=0")
    assert kept.returncode == 0, kept.stdout + kept.stderr
    third = qgis_process(qgis_process_env, "run", "mymap:sync", "--", "WORKING={}".format(copies["An"]))
    assert "PUSHED:\t1" in third.stdout, third.stdout + third.stderr
    with sqlite3.connect(str(shared)) as connection:
        assert connection.execute("SELECT condition FROM trees WHERE asset_code = 'CX0000013'").fetchall() == [
            ("nghieng",)]
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
