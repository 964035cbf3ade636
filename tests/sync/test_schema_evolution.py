"""Schema evolution: a field added to the shared map (GDAL, OGR, plain SQL) reaches every
working copy at its next sync, unsent edits and all; a field added only to a copy, a changed
type or a newer data version is refused with a sentence that says what to do; a table added to
the shared map is reported."""
import re

import pytest
from osgeo import gdal, ogr

from mymap_plugin.errors import MyMapError
from mymap_plugin.sync import capture, schema_evolution, working_copy
from mymap_plugin.sync.database import connect, transaction
from mymap_plugin.ward_map import schema
from tests.sync_helpers import assert_converged, execute, query, rows
from tests.sync_scenario_helpers import OGRINFO, make_team, pick, run_tool, sha256


@pytest.fixture
def team(demo_ward_master, tmp_path, qgis_app):
    """A shared map (a copy of the demo ward) and two working copies, An's and Binh's."""
    return make_team(demo_ward_master, tmp_path)


def columns(path, table="trees"):
    return {name: declared for _cid, name, declared, *_rest in query(path, 'PRAGMA table_info("{}")'.format(table))}


def seal_outbox(path, editor):
    """What a sync stopped after sealing leaves behind: the captured edits sealed into an outbox."""
    connection = connect(path)
    try:
        with transaction(connection):
            info, sealed = working_copy.seal(connection, editor)
    finally:
        connection.close()
    assert info is not None and sealed
    return info["changeset"]


def add_girth_to_shared(shared, how):
    if how == "ogrinfo":
        run_tool(OGRINFO, shared, "-sql", "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    elif how == "ogr":
        dataset = ogr.Open(str(shared), 1)
        assert dataset.GetLayerByName("trees").CreateField(ogr.FieldDefn("girth_cm", ogr.OFTReal)) == 0
        dataset = None
    else:
        execute(shared, "ALTER TABLE trees ADD COLUMN girth_cm REAL DEFAULT 0")


def unsent_edits(team):
    """An's unsent edits: one feature sealed in an outbox, another still in the capture log."""
    first, second = pick(team.an.path, "trees", count=2, skip=10)
    team.an.update("trees", first, notes="trong hộp thư đi")
    outbox = seal_outbox(team.an.path, "An")
    team.an.update("trees", second, notes="chưa gửi", height_m=7.5)
    return first, second, outbox


@pytest.mark.parametrize("how", ["ogrinfo", "ogr", "sqlite"])
def test_column_added_to_the_shared_map_reaches_copies_with_unsent_edits(team, how):
    first, second, outbox = unsent_edits(team)
    add_girth_to_shared(team.shared, how)
    measured = pick(team.shared, "trees", skip=20)
    execute(team.shared, "UPDATE trees SET girth_cm = 88.5 WHERE uuid = ?", (measured,))
    report = team.an.sync()
    assert "girth_cm" in columns(team.an.path)
    assert columns(team.an.path)["girth_cm"] == columns(team.shared)["girth_cm"]
    assert rows(team.shared, "trees")[first]["notes"] == "trong hộp thư đi"
    assert team.an.get("trees", measured, "girth_cm") == 88.5
    assert report.pushed == 1 and team.an.pending() == 1     # the outbox first; the later edit next time
    assert not team.an.conflicts()
    assert query(team.an.path, "SELECT count(*) FROM mymap_sync_outbox WHERE changeset = ?", (outbox,)) == [(0,)]
    assert capture.problems(connect(team.an.path, read_only=True)) == []
    if how == "sqlite":         # the default every feature got reaches the copy too
        assert query(team.an.path, "SELECT count(*) FROM trees WHERE girth_cm IS NOT 0 AND uuid <> ?",
                     (measured,)) == [(0,)]
    team.binh.sync()
    team.binh.update("trees", first, girth_cm=120.0)
    team.round()
    shared = rows(team.shared, "trees")
    assert (shared[second]["notes"], shared[second]["height_m"]) == ("chưa gửi", 7.5)
    assert shared[first]["girth_cm"] == 120.0 and team.an.pending() == 0
    team.finish()


def test_a_new_field_with_a_value_list_brings_its_list(team):
    """A field given a value list (a GeoPackage field domain, as QGIS and GDAL write it) reaches
    the copy with its list, so its form offers the same choices."""
    dataset = gdal.OpenEx(str(team.shared), gdal.OF_VECTOR | gdal.OF_UPDATE)
    assert dataset.AddFieldDomain(ogr.CreateCodedFieldDomain(
        "mymap_bark", "Vỏ cây", ogr.OFTString, ogr.OFSTNone, {"tron": "Trơn", "nut": "Nứt"}))
    definition = ogr.FieldDefn("bark", ogr.OFTString)
    definition.SetDomainName("mymap_bark")
    assert dataset.GetLayerByName("trees").CreateField(definition) == 0
    dataset = None
    tree = pick(team.shared, "trees")
    execute(team.shared, "UPDATE trees SET bark = 'nut' WHERE uuid = ?", (tree,))
    team.an.sync()
    assert query(team.an.path, "SELECT constraint_name FROM gpkg_data_columns WHERE table_name = 'trees' AND "
                               "column_name = 'bark'") == [("mymap_bark",)]
    assert sorted(query(team.an.path, "SELECT value, description FROM gpkg_data_column_constraints WHERE "
                                      "constraint_name = 'mymap_bark'")) == [("nut", "Nứt"), ("tron", "Trơn")]
    assert team.an.get("trees", tree, "bark") == "nut"
    team.binh.sync()
    team.finish()


def test_edits_of_the_new_column_in_the_shared_map_are_captured_and_reach_copies(team):
    run_tool(OGRINFO, team.shared, "-sql", "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    team.an.sync()
    tree = pick(team.shared, "trees", skip=5)
    execute(team.shared, "UPDATE trees SET girth_cm = 42.0 WHERE uuid = ?", (tree,))
    shared = connect(team.shared, read_only=True)
    try:
        assert capture.problems(shared) == []       # the shared map's own edit log follows the field
    finally:
        shared.close()
    report = team.binh.sync()
    assert report.direct_edits == 1
    assert team.binh.get("trees", tree, "girth_cm") == 42.0
    team.an.sync()
    assert team.an.get("trees", tree, "girth_cm") == 42.0
    assert query(team.shared, "SELECT count(*) FROM mymap_sync_log WHERE uuid = ? AND new LIKE '%girth_cm%'",
                 (tree,)) == [(1,)]
    team.finish()


def test_same_column_added_to_the_shared_map_and_a_copy(team):
    execute(team.shared, "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    execute(team.an.path, "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    theirs, mine = pick(team.shared, "trees", count=2, skip=30)
    execute(team.shared, "UPDATE trees SET girth_cm = 10.0 WHERE uuid = ?", (theirs,))
    team.an.update("trees", mine, girth_cm=20.0)
    team.round()
    shared = rows(team.shared, "trees")
    assert (shared[theirs]["girth_cm"], shared[mine]["girth_cm"]) == (10.0, 20.0)
    assert team.an.get("trees", theirs, "girth_cm") == 10.0
    team.finish()


def test_column_only_in_a_copy_is_refused_and_nothing_changes(team):
    execute(team.an.path, "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    team.an.update("trees", pick(team.an.path, "trees"), notes="giữ lại")
    before_copy, before_shared = sha256(team.an.path), sha256(team.shared)
    with pytest.raises(MyMapError) as raised:
        team.an.sync()
    message = str(raised.value)
    assert "trees.girth_cm" in message and "shared map" in message, message
    assert "New field" in message and "damaged" not in message, message
    assert sha256(team.an.path) == before_copy and sha256(team.shared) == before_shared
    assert team.an.pending() == 1


def test_column_added_to_a_copy_cannot_be_checked_while_the_share_is_away(team, tmp_path):
    execute(team.an.path, "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    team.shared.rename(tmp_path / "away.gpkg")
    with pytest.raises(MyMapError) as raised:
        team.an.sync()
    assert "girth_cm" in str(raised.value) and "damaged" not in str(raised.value)


def test_a_damaged_edit_log_is_still_called_damaged(team):
    """A new field in the shared map does not paper over a capture trigger that was removed."""
    execute(team.an.path, "DROP TRIGGER mymap_capture_trees_update")
    execute(team.shared, "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    with pytest.raises(MyMapError) as raised:
        team.an.sync()
    assert "damaged" in str(raised.value), str(raised.value)
    assert "girth_cm" not in columns(team.an.path)


def test_changed_type_is_refused_with_the_field_named(team):
    dataset = ogr.Open(str(team.shared), 1)
    layer = dataset.GetLayerByName("trees")
    index = layer.GetLayerDefn().GetFieldIndex("height_m")
    assert layer.AlterFieldDefn(index, ogr.FieldDefn("height_m", ogr.OFTString), ogr.ALTER_TYPE_FLAG) == 0
    dataset = None
    assert columns(team.shared)["height_m"] != columns(team.an.path)["height_m"]
    team.an.update("trees", pick(team.an.path, "trees"), notes="giữ lại")
    before = sha256(team.an.path)
    with pytest.raises(MyMapError) as raised:
        team.an.sync()
    assert re.search(r"trees\.height_m", str(raised.value)), str(raised.value)
    assert sha256(team.an.path) == before and team.an.pending() == 1


def test_table_added_to_the_shared_map_is_reported_once(team):
    dataset = ogr.Open(str(team.shared), 1)
    layer = dataset.CreateLayer("khao_sat", None, ogr.wkbNone)
    layer.CreateField(ogr.FieldDefn("ghi_chu", ogr.OFTString))
    dataset = None
    first = team.an.sync()
    said = [m for m in first.messages if "khao_sat" in m]
    assert len(said) == 1 and "not synced" in said[0], first.messages
    assert not [m for m in team.an.sync().messages if "khao_sat" in m]
    assert [m for m in team.binh.sync().messages if "khao_sat" in m]
    team.finish()


def test_newer_data_version_of_the_shared_map_is_refused(team):
    execute(team.shared, "UPDATE mymap_ward_settings SET value = '99' WHERE key = 'schema_version'")
    team.an.update("trees", pick(team.an.path, "trees"), notes="giữ lại")
    with pytest.raises(MyMapError) as raised:
        team.an.sync()
    assert "99" in str(raised.value) and "Update" in str(raised.value)
    assert team.an.pending() == 1


def test_upgraded_shared_map_upgrades_the_copy_and_keeps_its_outbox(team, monkeypatch):
    first, second, _outbox = unsent_edits(team)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    execute(team.shared, "UPDATE mymap_ward_settings SET value = '2' WHERE key = 'schema_version'")
    execute(team.shared, "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    team.an.sync()
    assert query(team.an.path, "SELECT value FROM mymap_ward_settings WHERE key = 'schema_version'") == [("2",)]
    assert rows(team.shared, "trees")[first]["notes"] == "trong hộp thư đi"
    team.an.sync()
    assert rows(team.shared, "trees")[second]["height_m"] == 7.5
    team.binh.sync()
    assert_converged(team.shared, [team.an.path, team.binh.path])


def test_differences_are_described_in_one_place(team):
    """The comparison itself: added, local-only and retyped fields, and new tables."""
    execute(team.shared, "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    execute(team.an.path, "ALTER TABLE sensors ADD COLUMN battery INTEGER")
    execute(team.shared, "CREATE TABLE notes_of_the_week (id INTEGER PRIMARY KEY, body TEXT)")
    working, shared = connect(team.an.path, read_only=True), connect(team.shared, read_only=True)
    try:
        found = schema_evolution.compare(working, shared)
    finally:
        working.close()
        shared.close()
    assert [(c.table, c.name, c.declared) for c in found.added] == [("trees", "girth_cm", "REAL")]
    assert found.local == [("sensors", "battery")]
    assert found.new_tables == ["notes_of_the_week"]
    assert not found.retyped and not found.removed
