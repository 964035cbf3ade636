"""A shared map or a working copy that went back in time (restored from a backup, replaced by
an older copy) is detected and healed by the next syncs: what the share lost is sent again
from the copies that still have it, nothing is applied twice, nothing deleted comes back
without a record, the numbers are true and the user is told. And a code that sync changes is
itself synced and reported."""
import shutil
import uuid as uuid_module

import pytest

from mymap_plugin.sync.sync_working_copy import backup_path, status
from tests.sync_helpers import execute, query, rows
from tests.sync_scenario_helpers import blob_srs_id, make_team, pick, point_blob, point_xy


@pytest.fixture
def team(demo_ward_master, tmp_path, qgis_app):
    return make_team(demo_ward_master, tmp_path)


def new_tree(editor, near, dx, **values):
    blob = editor.get("trees", near, "geom")
    x, y = point_xy(blob)
    return editor.insert("trees", geom=point_blob(x + dx, y + dx, blob_srs_id(blob)), **values)


def test_share_restored_from_last_nights_copy_gets_back_what_it_lost(team, tmp_path):
    trees = pick(team.an.path, "trees", 4)
    team.an.update("trees", trees[0], notes="An, hôm qua")
    team.an.sync()
    team.binh.sync()
    night = tmp_path / "night.gpkg"
    shutil.copyfile(str(team.shared), str(night))                  # last night's backup of the share

    team.binh.update("trees", trees[1], notes="Binh, sáng nay")
    team.binh.sync()
    team.an.sync()                                                  # An has Binh's edit too
    team.an.update("trees", trees[2], notes="An, sáng nay")
    added = new_tree(team.an, trees[2], 3, notes="cây mới của An")
    team.an.sync()
    shutil.copyfile(str(night), str(team.shared))                   # the disk failed; the backup is restored

    team.binh.update("trees", trees[3], notes="Binh, chiều nay")
    report = team.binh.sync()
    assert report.pushed == 1 and report.resent == 1               # his own lost edit, sent again
    assert any("earlier state" in message for message in report.messages)
    assert not status(team.binh.path)["outbox"] and status(team.binh.path)["pending"] == 0

    report = team.an.sync()
    assert report.resent == 2            # An's lost changeset (2 features); Binh's was sent again by him
    report = team.binh.sync()
    assert report.pulled == 2 and not report.messages               # nothing is taken in twice
    shared = rows(team.shared, "trees")
    assert [shared[t]["notes"] for t in trees] == ["An, hôm qua", "Binh, sáng nay", "An, sáng nay", "Binh, chiều nay"]
    assert shared[added]["notes"] == "cây mới của An"
    assert query(team.shared, "SELECT count(*) FROM mymap_sync_changesets GROUP BY changeset HAVING count(*) > 1") == []
    assert not team.an.conflicts() and not team.binh.conflicts()
    team.finish()


def test_code_blocks_given_out_after_the_backup_are_not_given_again(team, tmp_path):
    night = tmp_path / "night.gpkg"
    shutil.copyfile(str(team.shared), str(night))
    an_block = query(team.an.path, "SELECT last_serial FROM mymap_code_block WHERE layer_name = 'trees'")[0][0]
    shutil.copyfile(str(night), str(team.shared))
    team.an.update("trees", pick(team.an.path, "trees"), notes="x")
    team.an.sync()
    counter = query(team.shared, "SELECT last_serial FROM mymap_code_sequence WHERE layer_name = 'trees'")[0][0]
    assert counter >= an_block


def test_working_copy_restored_from_its_backup_does_not_bring_back_a_deleted_tree(team):
    anchor = pick(team.an.path, "trees")
    tree = new_tree(team.an, anchor, 4, notes="trồng thử")
    team.an.sync(backup=True)                  # the backup holds the new tree, not yet sent
    team.binh.sync()
    team.binh.delete("trees", tree)
    team.binh.sync()
    shutil.copyfile(str(backup_path(team.an.path)), str(team.an.path))

    report = team.an.sync()
    assert any("working copy had gone back" in message for message in report.messages)
    assert tree not in rows(team.shared, "trees")
    records = [r for r in team.an.conflicts() if r["uuid"] == tree]
    assert [(r["kind"], r["theirs_editor"]) for r in records] == [("update_delete", "Binh")]
    assert records[0]["mine"]["notes"] == "trồng thử"          # can be restored from the record
    team.binh.sync()
    team.finish(no_edit_lost=False)


def test_row_added_without_uuid_is_not_sent_twice_after_a_restore(team):
    anchor = pick(team.an.path, "trees")
    blob = team.an.get("trees", anchor, "geom")
    x, y = point_xy(blob)
    execute(team.an.path, "INSERT INTO trees (geom, notes) VALUES (?, 'ogr2ogr, không uuid')",
            (point_blob(x + 2, y, blob_srs_id(blob)),))
    assert query(team.an.path, "SELECT uuid FROM trees WHERE notes = 'ogr2ogr, không uuid'")[0][0]
    team.an.sync(backup=True)
    shutil.copyfile(str(backup_path(team.an.path)), str(team.an.path))
    team.an.sync()
    team.binh.sync()
    assert query(team.shared, "SELECT count(*) FROM trees WHERE notes = 'ogr2ogr, không uuid'") == [(1,)]
    team.finish()


def test_code_taken_by_another_copy_meanwhile_is_renumbered_sent_and_reported(team):
    """Binh's new tree got code X; An types X by hand on a new tree while his sync is taking in
    Binh's: An's tree gets a fresh code, which is captured, reported, and sent."""
    anchor = pick(team.binh.path, "trees")
    theirs = new_tree(team.binh, anchor, 5, notes="Binh")
    team.binh.sync()
    code = query(team.shared, "SELECT asset_code FROM trees WHERE uuid = ?", (theirs,))[0][0]
    blob = team.an.get("trees", anchor, "geom")
    x, y = point_xy(blob)
    mine = str(uuid_module.uuid4())

    def type_the_code(percent, _message):
        if percent == 70:           # the shared map has answered; An's copy is about to take it in
            execute(team.an.path, "INSERT INTO trees (uuid, asset_code, geom, notes) VALUES (?, ?, ?, 'An')",
                    (mine, code, point_blob(x - 5, y, blob_srs_id(blob))))

    report = team.an.sync(feedback=type_the_code)
    assert report.rekeyed == 1
    fresh = query(team.an.path, "SELECT asset_code FROM trees WHERE uuid = ?", (mine,))[0][0]
    assert fresh and fresh != code
    assert status(team.an.path)["pending"] == 1
    assert team.an.sync().pushed == 1
    assert query(team.shared, "SELECT asset_code FROM trees WHERE uuid = ?", (mine,)) == [(fresh,)]
    team.binh.sync()
    team.finish(no_edit_lost=False)


def test_a_big_sync_leaves_a_compact_working_copy(team):
    """20,000 new trees pass through the edit log and the outbox; once sent, the copy is compacted
    (not left at the size of everything it once held)."""
    anchor = pick(team.an.path, "trees")
    blob = team.an.get("trees", anchor, "geom")
    x, y = point_xy(blob)
    srs = blob_srs_id(blob)
    with team.an.session():
        for i in range(20000):
            team.an._execute("INSERT INTO trees (uuid, geom, notes) VALUES (?, ?, ?)",
                             (str(uuid_module.uuid4()), point_blob(x + i % 200, y + i // 200, srs), "lô {}".format(i)))
    team.an.sync()
    free, pages = (query(team.an.path, "PRAGMA " + name)[0][0] for name in ("freelist_count", "page_count"))
    assert free / pages < 0.05, (free, pages)
    assert team.an.path.stat().st_size < team.shared.stat().st_size * 1.2
