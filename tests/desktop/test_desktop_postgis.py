"""Issue 14 in the real QGIS desktop under Xvfb (Vietnamese QGIS with the packaged plugin): a ward kept in
PostgreSQL/PostGIS opened through MyMap's menu and its dialog with a saved QGIS connection, edited directly in
QGIS as the office does, and a working copy checked out from the PostgreSQL address, edited and synced
with MyMap's Sync button. The driver (drive_postgis.py) does what a user does; this test prepares the
server, reads what the driver saw, and checks PostgreSQL and the working copy after QGIS has quit."""
import json
import os
import shutil
import sqlite3
from contextlib import closing

import pytest

from mymap_plugin.i18n import translate_function
from mymap_plugin.sync import capture
from mymap_plugin.sync.checkout import default_editor
from mymap_plugin.sync.push import DIRECT_EDITOR
from mymap_plugin.ward_map import schema
from tests.conftest import TEST_OUTPUT, WARD_SCHEMA
from tests.sync_helpers import rows

DRIVER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drive_postgis.py")
CONNECTION = "Sở Xây dựng – bản đồ phường"          # a saved QGIS connection whose name needs quoting
NOTES = {"before_checkout": "Văn phòng sửa trực tiếp trên PostGIS trước khi lấy bản sao",
         "after_checkout": "Văn phòng sửa trực tiếp trên PostGIS sau khi lấy bản sao",
         "working_copy": "An sửa trong bản sao làm việc"}


def changesets_touching(address, uuid):
    """(editor, kind) of the shared history's changesets that changed the tree *uuid* in PostgreSQL."""
    import psycopg2
    from psycopg2 import sql
    dsn = address.rsplit(" schema=", 1)[0]
    with closing(psycopg2.connect(dsn)) as connection, connection.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT DISTINCT c.editor, c.kind FROM {log} l JOIN {changesets} c USING (changeset) "
                               "WHERE l.table_name = 'trees' AND l.uuid = %s ORDER BY 1").format(
            log=sql.Identifier(WARD_SCHEMA, capture.LOG), changesets=sql.Identifier(WARD_SCHEMA, capture.CHANGESETS)),
            (uuid,))
        return cursor.fetchall()


@pytest.fixture
def published_here(postgres_server, postgres_database, demo_ward):
    """The demo ward published (mymap:publish_to_postgres's publish_ward) into a database of its own, as an
    office publishes it: its styles are QGIS's default styles of the tables of *this* database."""
    from mymap_plugin.postgis.publish import publish_ward
    dsn = postgres_server.dsn(postgres_database)
    publish_ward(demo_ward, dsn)
    return "{} schema={}".format(dsn, WARD_SCHEMA)


@pytest.mark.desktop
def test_postgis_ward_opened_edited_and_synced_in_qgis_desktop(run_qgis, published_here):
    postgres_ward = published_here
    output = TEST_OUTPUT / "desktop_postgis"
    shutil.rmtree(output, ignore_errors=True)
    output.mkdir(parents=True)
    trees = rows(postgres_ward, "trees")
    chosen = sorted(trees.values(), key=lambda row: row["asset_code"])[:3]
    assert len(chosen) == 3 and all(row["notes"] not in NOTES.values() for row in chosen)
    uuids = dict(zip(NOTES, (row["uuid"] for row in chosen)))
    working = output / "copies" / "my_hao_an.gpkg"
    job = {"dsn": postgres_ward.rsplit(" schema=", 1)[0], "address": postgres_ward, "schema": WARD_SCHEMA,
           "connection": CONNECTION, "trees": uuids, "notes": NOTES, "working_copy": str(working)}
    (output / "job.json").write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")

    started = utc_now()
    status, log = run_qgis(DRIVER, output, timeout=150)

    assert b"Traceback" not in log, log.decode("utf-8", "replace")[-3000:]
    assert "error" not in status, status.get("error")
    assert status["steps"][-1] == "done", status["steps"]
    translate = translate_function("vi")
    # 1. MyMap ▸ Open PostGIS ward… (Vietnamese), the saved connection chosen, the ward's schema listed.
    assert status["menu_entry"] == translate("Open PostGIS ward…") != "Open PostGIS ward…", status["menu_entry"]
    assert CONNECTION in status["connections_offered"] and status["schemas"] == [WARD_SCHEMA], status
    assert not status["dialog_problem"] and not status["string_enabled"], status["dialog_problem"]
    # The ward's layer group, named after the ward, every table a valid PostGIS layer of its schema.
    assert status["group"].startswith("Phường Mỹ Hào") and status["top_level"], status["group"]
    layers = status["layers"]
    assert set(layers) == {layer.name for layer in schema.LAYERS}, sorted(layers)
    broken = {table: seen for table, seen in layers.items()
              if not seen["valid"] or seen["provider"] != "postgres" or seen["schema"] != WARD_SCHEMA}
    assert broken == {}, broken
    assert layers["trees"]["name"] == "Cây xanh" and layers["trees"]["features"] == len(trees)
    # MyMap's style and form on the trees, in Vietnamese; the ward's map themes and CRS.
    assert status["trees_renderer"] == "RuleRenderer" and status["trees_labels"]
    assert status["condition_widget"] == "ValueMap" and "Tốt" in status["condition_labels"], status
    assert status["condition_alias"] == "Tình trạng" and status["form_tabs"][0] == "Cây xanh"
    assert translate("Flooding") in status["themes"] and len(status["themes"]) >= 3, status["themes"]
    assert status["project_crs"] == "EPSG:9209" and status["sources_with_password"] == []
    # 3. The working copy checked out from the PostgreSQL address holds the office's first direct edit.
    assert status["checkout_output"] == str(working)
    assert status["notes_after_checkout"]["before_checkout"] == NOTES["before_checkout"]
    assert status["notes_after_checkout"]["after_checkout"] != NOTES["after_checkout"]
    # The Sync button: no error, the copy's edit sent, the second direct edit folded and received.
    assert not status["sync_error"], status["sync_error"]
    report = status["report"]
    assert report["pushed"] >= 1 and report["pulled"] >= 1 and report["direct_edits"] == 1, report
    assert report["conflicts"] == 0 and report["rejected"] == 0, report
    assert status["panel_state"]["reachable"] and status["panel_state"]["pending"] == 0, status["panel_state"]
    assert status["panel_state"]["conflicts"] == 0, status["panel_state"]
    assert status["notes_after_sync"] == NOTES, status["notes_after_sync"]
    assert status["postgis_layer_shows"] == NOTES["working_copy"]      # the office's layer, reloaded

    # 4. After QGIS quit: PostgreSQL holds all three edits, the copy all three, and the history says who.
    in_postgres = rows(postgres_ward, "trees")
    assert {key: in_postgres[uuid]["notes"] for key, uuid in uuids.items()} == NOTES
    with closing(sqlite3.connect(str(working))) as connection:
        in_copy = {key: connection.execute("SELECT notes FROM trees WHERE uuid = ?", (uuid,)).fetchone()[0]
                   for key, uuid in uuids.items()}
    assert in_copy == NOTES
    for key in ("before_checkout", "after_checkout"):
        assert changesets_touching(postgres_ward, uuids[key]) == [(DIRECT_EDITOR, "direct")], key
    touched = changesets_touching(postgres_ward, uuids["working_copy"])
    assert [editor for editor, _kind in touched] == ["An"], touched
    # Nothing MyMap wrote names a password.
    assert b"password" not in working.read_bytes()
    # The edit saved in the working copy through QGIS is stamped (now, the editor's login), as in any ward map.
    copy_edit = status["working_copy_edit"]
    assert copy_edit["stamp_after"][0][:19] >= started and copy_edit["stamp_after"][1] == default_editor(), copy_edit
    # An edit saved directly in the PostGIS layer through QGIS is stamped too: now, and by the database
    # user it was saved as (the ward schema's stamp trigger; here the tests' server user).
    for key in ("before_checkout", "after_checkout"):
        edit = status[key + "_edit"]
        assert edit["saved_notes"] == NOTES[key], edit
        assert edit["stamp_after"][0][:19] >= started and edit["stamp_after"][1] == "postgres", edit


def utc_now():
    """Now in UTC, as the driver writes a stamp (to the second)."""
    from datetime import datetime, timezone
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")


def test_ward_in_a_database_copied_under_another_name_opens_with_its_styles(postgres_ward):
    """Not a desktop run: what the desktop test first showed with the `postgres_ward` fixture, whose database
    is a copy (CREATE DATABASE … TEMPLATE) of the one the ward was published into. The ward's layers must
    still get MyMap's style and form (QGIS's default-style lookup keys on the database's name)."""
    from qgis.core import QgsProject

    from mymap_plugin.postgis.open_postgis_ward import open_postgis_ward
    dsn = postgres_ward.rsplit(" schema=", 1)[0]
    project = QgsProject()
    group = open_postgis_ward(dsn, WARD_SCHEMA, project)
    trees = next(node.layer() for node in group.findLayers() if node.layer().dataProvider().uri().table() == "trees")
    assert trees.isValid()
    setup = trees.editorWidgetSetup(trees.fields().indexOf("condition"))
    assert (trees.renderer().type(), setup.type()) == ("RuleRenderer", "ValueMap")
