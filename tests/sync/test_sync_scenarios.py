"""Sync scenarios on real GeoPackages: two editors check out the demo ward's shared map, edit
their working copies (SQL, QGIS layers, the GDAL command-line tools), and sync: An first, then
Binh, then An again. Every scenario ends with a healthy shared map, all copies holding the
same features, and no edit lost (each edit is in the shared map or held as 'mine' in a
conflict record)."""
import json
import random
import sqlite3
import uuid as uuid_module

import pytest
from osgeo import ogr

from mymap_plugin.sync.conflicts import resolve
from mymap_plugin.ward_map import asset_codes
from tests.conftest import REALDATA, require_realdata
from tests.sync_helpers import execute, make_copies, make_shared, ogr_target, query, rows
from tests.sync_scenario_helpers import (OGR2OGR, OGRINFO, UNDEFINED, Editor, Team, assert_codes_valid_and_unique,
                                         assert_no_edit_lost, blob_srs_id, make_team, only, pick, point_blob, point_xy,
                                         qgis_add_feature, qgis_layer, qgis_move_point, read_changeset, read_json,
                                         run_tool)

GEODIFF = REALDATA / "geodiff_testdata"


@pytest.fixture(params=["gpkg", "postgres"])
def team(request, demo_ward_master, tmp_path, qgis_app):
    """A shared map (a copy of the demo ward: a shared GeoPackage, or the ward published to the tests'
    PostgreSQL server) and two working copies, An's and Binh's."""
    shared = request.getfixturevalue("postgres_ward") if request.param == "postgres" else None
    return make_team(demo_ward_master, tmp_path, shared=shared)


def near(editor, table, uuid, dx, dy):
    """A point (x, y) at an offset from an existing feature, and that feature's SRS id."""
    blob = editor.get(table, uuid, "geom")
    x, y = point_xy(blob)
    return x + dx, y + dy, blob_srs_id(blob)


# --- 1. the scenario matrix ------------------------------------------------------------------

def test_new_features_from_both_editors_all_arrive(team):
    """A tree added in QGIS by An and one added with SQL by Binh both reach the shared map and
    both copies, each with its own uuid and a valid asset code, without conflicts."""
    anchor = pick(team.an.path, "trees")
    x, y, srs = near(team.an, "trees", anchor, 5, 5)
    mine = qgis_add_feature(team.an, "trees", x, y, notes="An trồng mới", height_m=2.5)
    x, y, srs = near(team.binh, "trees", anchor, -5, -5)
    theirs = team.binh.insert("trees", geom=point_blob(x, y, srs), notes="Binh trồng mới", height_m=3.0,
                              condition="tot")
    team.round()
    shared = rows(team.shared, "trees")
    assert shared[mine]["notes"] == "An trồng mới" and shared[theirs]["notes"] == "Binh trồng mới"
    assert len(shared) == 3002
    assert_codes_valid_and_unique(team.shared, "trees")
    assert not team.an.conflicts() and not team.binh.conflicts()
    team.finish()


def test_same_uuid_added_by_both_keeps_the_first_and_records_the_other(team):
    """Both add a feature with the same uuid (e.g. imported from the same survey file) but
    different values: the shared map keeps the first pusher's, and the second pusher's copy has
    insert_insert records holding its own values."""
    anchor = pick(team.an.path, "trees")
    x, y, srs = near(team.an, "trees", anchor, 3, 3)
    same = str(uuid_module.uuid4())
    team.an.insert("trees", uuid=same, geom=point_blob(x, y, srs), notes="An đo", height_m=4.0)
    team.binh.insert("trees", uuid=same, geom=point_blob(x, y, srs), notes="Binh đo", height_m=4.5)
    team.round()
    assert rows(team.shared, "trees")[same]["notes"] == "An đo"
    records = team.binh.conflicts()
    assert {r["field"] for r in records if r["kind"] == "insert_insert"} >= {"notes", "height_m"}
    notes = only(records, field="notes")
    assert (notes["kind"], notes["base"], notes["mine"], notes["theirs"]) == ("insert_insert", None, "Binh đo",
                                                                               "An đo")
    assert only(records, field="height_m")["mine"] == 4.5
    assert not team.an.conflicts()
    team.finish()


def test_same_field_changed_differently_is_a_conflict_won_by_the_first_pusher(team):
    """Both change the notes of one tree: the shared map holds An's (pushed first), Binh's copy
    has a conflict record with base, mine and theirs; An's copy has none."""
    tree = pick(team.an.path, "trees")
    base = team.an.get("trees", tree, "notes")
    team.an.update("trees", tree, notes="An: sâu bệnh")
    team.binh.update("trees", tree, notes="Binh: đã cắt tỉa")
    team.round()
    assert rows(team.shared, "trees")[tree]["notes"] == "An: sâu bệnh"
    record = only(team.binh.conflicts(), uuid=tree)
    assert (record["kind"], record["field"], record["base"], record["mine"], record["theirs"]) == (
        "field", "notes", base, "Binh: đã cắt tỉa", "An: sâu bệnh")
    assert (record["mine_editor"], record["theirs_editor"]) == ("Binh", "An")
    assert record["asset_code"] == team.an.get("trees", tree, "asset_code")
    assert not team.an.conflicts()
    team.finish()


def test_different_fields_of_one_feature_merge_without_conflict(team):
    """An changes a tree's height, Binh its condition: both changes end up everywhere."""
    tree = pick(team.an.path, "trees")
    team.an.update("trees", tree, height_m=12.5)
    team.binh.update("trees", tree, condition="kem")
    team.round()
    row = rows(team.shared, "trees")[tree]
    assert (row["height_m"], row["condition"]) == (12.5, "kem")
    assert not team.an.conflicts() and not team.binh.conflicts()
    team.finish()


def test_same_value_set_by_both_is_not_a_conflict(team):
    """Both set the same field of a house to the same value: no conflict."""
    house = pick(team.an.path, "housing")
    team.an.update("housing", house, floors_above=4, street_name="Nguyễn Văn Linh")
    team.binh.update("housing", house, floors_above=4)
    team.round()
    row = rows(team.shared, "housing")[house]
    assert (row["floors_above"], row["street_name"]) == (4, "Nguyễn Văn Linh")
    assert not team.an.conflicts() and not team.binh.conflicts()
    team.finish()


def test_edit_of_a_feature_the_other_deleted_is_kept_and_can_be_restored(team):
    """An deletes a house that Binh edits. Binh's copy gets an update_delete record and the
    house is gone for now; restoring it brings it back, with Binh's edit, everywhere."""
    house = pick(team.an.path, "housing", skip=10)
    code = team.an.get("housing", house, "asset_code")
    team.an.delete("housing", house)
    team.binh.update("housing", house, house_number="27A", floors_above=3)
    team.round()
    assert house not in rows(team.shared, "housing")
    record = only(team.binh.conflicts(), uuid=house)
    assert (record["kind"], record["theirs"]) == ("update_delete", None)
    assert record["mine"]["house_number"] == "27A"
    assert_no_edit_lost(team.shared, team.editors)

    resolve(team.binh.path, record["id"], "restore")
    team.binh.sync()
    team.an.sync()
    row = rows(team.shared, "housing")[house]
    assert (row["house_number"], row["floors_above"], row["asset_code"]) == ("27A", 3, code)
    assert not team.binh.conflicts()
    team.finish(no_edit_lost=False)       # An's delete is undone by Binh's informed choice


def test_delete_of_a_feature_the_other_edited_keeps_it_until_resolved(team):
    """An edits a tree that Binh deletes. Binh's copy gets a delete_update record and the tree
    stays (with An's edit); Binh choosing 'mine' deletes it everywhere after the syncs."""
    tree = pick(team.an.path, "trees", skip=20)
    team.an.update("trees", tree, condition="sau_benh", notes="kiểm tra lại")
    team.binh.delete("trees", tree)
    team.round()
    assert rows(team.shared, "trees")[tree]["condition"] == "sau_benh"
    record = only(team.binh.conflicts(), uuid=tree)
    assert (record["kind"], record["mine"]) == ("delete_update", None)
    assert record["theirs"]["condition"] == "sau_benh"
    assert_no_edit_lost(team.shared, team.editors)

    resolve(team.binh.path, record["id"], "mine")
    team.binh.sync()
    team.an.sync()
    assert tree not in rows(team.shared, "trees")
    team.finish(no_edit_lost=False)       # An's edit is gone by Binh's informed choice


def test_both_deleting_one_feature_is_not_a_conflict(team):
    """Both delete the same drainage node: it is gone everywhere, with no conflict."""
    node = pick(team.an.path, "drainage_nodes", skip=5)
    team.an.delete("drainage_nodes", node)
    team.binh.delete("drainage_nodes", node)
    team.round()
    assert node not in rows(team.shared, "drainage_nodes")
    assert not team.an.conflicts() and not team.binh.conflicts()
    team.finish()


def test_point_moved_differently_by_both_is_a_conflict_on_geom(team):
    """Both move one tree in QGIS, to different places: the shared map keeps An's position and
    Binh's copy has a field conflict on 'geom' holding Binh's position."""
    tree = pick(team.an.path, "trees", skip=30)
    before = team.an.get("trees", tree, "geom")
    ours = qgis_move_point(team.an, "trees", tree, 3.0, 0.0)
    theirs = qgis_move_point(team.binh, "trees", tree, 0.0, 4.0)
    team.round()
    assert rows(team.shared, "trees")[tree]["geom"] == ours
    record = only(team.binh.conflicts(), uuid=tree)
    assert (record["kind"], record["field"]) == ("field", "geom")
    assert (record["base"], record["mine"], record["theirs"]) == (before, theirs, ours)
    team.finish()


def test_point_moved_identically_by_both_is_not_a_conflict(team):
    """Both move one tree in QGIS by the same offset: same geometry, no conflict."""
    tree = pick(team.an.path, "trees", skip=40)
    ours = qgis_move_point(team.an, "trees", tree, 1.25, -0.5)
    theirs = qgis_move_point(team.binh, "trees", tree, 1.25, -0.5)
    assert ours == theirs
    team.round()
    assert rows(team.shared, "trees")[tree]["geom"] == ours
    assert not team.an.conflicts() and not team.binh.conflicts()
    team.finish()


def _expected_after_round(base_rows, an_ops, binh_ops):
    """What the merge promises for features both may have touched (An pushes first): the
    resulting row (None: deleted) and the conflicts Binh's copy gets, as (uuid, kind, field)."""
    expected, conflicts = {}, set()
    for uuid in set(an_ops) | set(binh_ops):
        row = dict(base_rows[uuid])
        a, b = an_ops.get(uuid), binh_ops.get(uuid)
        if a == "delete":
            row = None
            if isinstance(b, dict):
                conflicts.add((uuid, "update_delete", None))
        elif isinstance(a, dict):
            row.update(a)
            if b == "delete":
                conflicts.add((uuid, "delete_update", None))
            elif isinstance(b, dict):
                for name, value in b.items():
                    if name in a and a[name] != value:
                        conflicts.add((uuid, "field", name))
                    elif name not in a:
                        row[name] = value
        elif b == "delete":
            row = None
        else:
            row.update(b)
        expected[uuid] = row
    return expected, conflicts


def test_no_edit_lost_with_many_mixed_concurrent_edits(team):
    """Random (seeded) concurrent edits of 60 trees and 30 houses by both editors (updates, moves,
    deletes, some to identical values) and new features: after the round every feature holds
    exactly what the field-level merge promises, Binh's copy holds exactly the expected conflicts,
    and every edit is in the shared map or in a conflict record."""
    generator = random.Random(20240611)
    trees = pick(team.an.path, "trees", 60, skip=100)
    houses = pick(team.an.path, "housing", 30, skip=200)
    base = {"trees": rows(team.an.path, "trees"), "housing": rows(team.an.path, "housing")}
    choices = {"trees": {"notes": ["sâu", "tỉa", "nghiêng"], "height_m": [6.0, 8.5, 11.0],
                         "condition": ["tot", "kem", "nghieng"]},
               "housing": {"floors_above": [1, 2, 5], "street_name": ["Lê Lợi", "Trần Phú"],
                           "use_type": ["o", "o_kinh_doanh"]}}
    ops = {(table, name): {} for table in base for name in ("An", "Binh")}
    x, y, srs = near(team.an, "trees", pick(team.an.path, "trees"), 10, 10)
    added = []
    for editor in team.editors:
        with editor.session():
            for table, features in (("trees", trees), ("housing", houses)):
                for uuid in features:
                    roll = generator.random()
                    if roll < 0.15:
                        editor.delete(table, uuid)
                        ops[(table, editor.name)][uuid] = "delete"
                    elif roll < 0.8:
                        fields = generator.sample(sorted(choices[table]), generator.randint(1, 2))
                        values = {name: generator.choice([v for v in choices[table][name]
                                                          if v != base[table][uuid][name]]) for name in fields}
                        if table == "trees" and generator.random() < 0.3:
                            old_x, old_y = point_xy(base[table][uuid]["geom"])
                            values["geom"] = point_blob(old_x + generator.choice([1.0, 2.0]), old_y, srs)
                        editor.update(table, uuid, **values)
                        ops[(table, editor.name)][uuid] = values
            for _ in range(3):
                added.append(editor.insert("trees", geom=point_blob(x + len(added), y, srs),
                                           notes="mới {}".format(len(added))))
    team.round()

    records = team.binh.conflicts()
    found = {(r["uuid"], r["kind"], r["field"]) for r in records}
    wanted = set()
    for table in ("trees", "housing"):
        expected, conflicts = _expected_after_round(base[table], ops[(table, "An")], ops[(table, "Binh")])
        wanted |= conflicts
        shared = rows(team.shared, table)
        for uuid, row in expected.items():
            if row is None:
                assert uuid not in shared, "{} {} should be deleted".format(table, uuid)
            else:
                assert shared.get(uuid) == row, "{} {} differs from the merge's promise (An: {}, Binh: {})".format(
                    table, uuid, ops[(table, "An")].get(uuid), ops[(table, "Binh")].get(uuid))
    assert found == wanted
    assert wanted, "the seed should produce some conflicts"
    assert not team.an.conflicts()
    assert set(added) <= set(rows(team.shared, "trees"))
    team.finish()


# --- 2. edits made outside QGIS --------------------------------------------------------------

def test_rows_appended_with_ogr2ogr_get_a_uuid_and_asset_code(team, tmp_path):
    """Trees appended with ogr2ogr (to a working copy, and one straight into the shared map) arrive
    without uuid or asset code; after the syncs they have a uuid and a valid, unique asset code,
    the same in every copy."""
    anchor = pick(team.an.path, "trees")
    x, y, _srs = near(team.an, "trees", anchor, 0, 0)
    source = tmp_path / "survey.geojson"
    features = ",".join(
        '{{"type": "Feature", "properties": {{"notes": "ogr2ogr {i}", "height_m": {h}, "condition": "tot"}}, '
        '"geometry": {{"type": "Point", "coordinates": [{x}, {y}]}}}}'.format(i=i, h=3 + i, x=x + 7 * i, y=y + 7)
        for i in range(3))
    source.write_text('{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": '
                      '"urn:ogc:def:crs:EPSG::9209"}}, "features": [' + features + "]}", encoding="utf-8")
    run_tool(OGR2OGR, "-append", "-nln", "trees", team.an.path, source)
    target, layer = ogr_target(team.shared, "trees")
    run_tool(OGR2OGR, "-append", "-nln", layer, "-sql", "SELECT 'ogr2ogr office' AS notes, height_m FROM survey "
             "WHERE notes = 'ogr2ogr 0'", target, source)
    # The uuid comes at once (a SQLite trigger of the copy and the shared map), the code with the sync.
    appended = query(team.an.path, "SELECT uuid, asset_code FROM trees WHERE notes LIKE 'ogr2ogr %'") + query(
        team.shared, "SELECT uuid, asset_code FROM trees WHERE notes = 'ogr2ogr office'")
    assert len(appended) == 4 and all(uuid_module.UUID(uuid) and code is None for uuid, code in appended)
    team.round()
    shared = [r for r in rows(team.shared, "trees").values() if (r["notes"] or "").startswith("ogr2ogr ")]
    assert sorted(r["notes"] for r in shared) == ["ogr2ogr 0", "ogr2ogr 1", "ogr2ogr 2", "ogr2ogr office"]
    for row in shared:
        assert uuid_module.UUID(row["uuid"])
        assert asset_codes.parse_asset_code(row["asset_code"])[0] == "trees"
        assert row["ward_code"] == "12103"
    assert_codes_valid_and_unique(team.shared, "trees")
    team.finish()


def test_ogrinfo_sql_update_and_delete_on_a_geometry_table_sync(team):
    """UPDATE and DELETE statements run with ogrinfo -sql on a working copy's trees reach the
    shared map and the other copy."""
    changed, removed = pick(team.an.path, "trees", 2, skip=50)
    run_tool(OGRINFO, team.an.path, "-sql",
             "UPDATE trees SET notes = 'ogrinfo: tỉa cành', height_m = 9.5 WHERE uuid = '{}'".format(changed))
    run_tool(OGRINFO, team.an.path, "-sql", "DELETE FROM trees WHERE uuid = '{}'".format(removed))
    team.an.remember("trees", changed, {"notes": "ogrinfo: tỉa cành", "height_m": 9.5})
    team.an.deleted.add(("trees", removed))
    assert team.an.pending() == 2
    team.round()
    shared = rows(team.shared, "trees")
    assert (shared[changed]["notes"], shared[changed]["height_m"]) == ("ogrinfo: tỉa cành", 9.5)
    assert removed not in shared
    team.finish()


def test_plain_sqlite3_edits_of_attribute_tables_sync(team):
    """Edits made with Python's sqlite3 module alone (no GDAL, no extra functions) of the
    species and sensor_readings tables are captured and synced; a new species row written
    without a uuid gets one."""
    species = pick(team.an.path, "species", skip=2)
    readings = pick(team.an.path, "sensor_readings", 4, skip=500)
    connection = sqlite3.connect(str(team.an.path))
    with connection:
        connection.execute("UPDATE species SET name_vi = 'Sấu (đã sửa)' WHERE uuid = ?", (species,))
        connection.execute("INSERT INTO species (species_id, name_vi, scientific_name, restriction) "
                           "VALUES (901, 'Lát hoa', 'Chukrasia tabularis', 'binh_thuong')")
        connection.execute("UPDATE sensor_readings SET water_depth_cm = 42.5, quality_flag = 'nghi_ngo' "
                           "WHERE uuid = ?", (readings[0],))
        connection.executemany("DELETE FROM sensor_readings WHERE uuid = ?", [(u,) for u in readings[1:]])
    connection.close()
    team.an.remember("species", species, {"name_vi": "Sấu (đã sửa)"})
    team.an.remember("sensor_readings", readings[0], {"water_depth_cm": 42.5, "quality_flag": "nghi_ngo"})
    team.an.deleted.update(("sensor_readings", u) for u in readings[1:])
    team.round()
    shared_species = rows(team.shared, "species")
    assert shared_species[species]["name_vi"] == "Sấu (đã sửa)"
    new = [r for r in shared_species.values() if r["species_id"] == 901]
    assert len(new) == 1 and uuid_module.UUID(new[0]["uuid"])
    shared_readings = rows(team.shared, "sensor_readings")
    assert shared_readings[readings[0]]["water_depth_cm"] == 42.5
    assert not set(readings[1:]) & set(shared_readings)
    team.finish()


def test_direct_edits_of_the_shared_map_in_qgis_reach_the_copies(team):
    """The office edits the shared map itself in QGIS: those edits become a changeset of their
    own, a clash with An's edit gives An a conflict naming the direct edit, and sync works while
    QGIS still has the shared map open for reading."""
    clash, other = pick(team.an.path, "trees", 2, skip=60)
    with qgis_layer(team.shared, "trees") as layer:
        notes = layer.fields().indexOf("notes")
        assert layer.startEditing()
        for uuid, text in ((clash, "văn phòng: đã kiểm tra"), (other, "văn phòng: cần tỉa")):
            feature = next(layer.getFeatures("uuid = '{}'".format(uuid)))
            assert layer.changeAttributeValue(feature.id(), notes, text)
        assert layer.commitChanges(), layer.commitErrors()
    team.an.update("trees", clash, notes="An: chưa kiểm tra")
    with qgis_layer(team.shared, "trees") as reader:
        report = team.an.sync()
        assert report.direct_edits == 2 and report.conflicts == 1
        reader.reload()
        assert next(reader.getFeatures("uuid = '{}'".format(other)))["notes"] == "văn phòng: cần tỉa"
        team.binh.sync()
        team.an.sync()
    record = only(team.an.conflicts(), uuid=clash)
    assert (record["mine"], record["theirs"]) == ("An: chưa kiểm tra", "văn phòng: đã kiểm tra")
    assert record["theirs_editor"] == "(direct edit of the shared map)"
    assert team.binh.get("trees", other, "notes") == "văn phòng: cần tỉa"
    team.finish()


def test_new_feature_breaking_a_unique_rule_is_kept_in_a_conflict_record(team):
    """Both add a tree species with the same species id (unique in the ward map): the second
    pusher's species is refused by the shared map, reported, and kept whole in a conflict record
    of its copy."""
    team.an.insert("species", species_id=950, name_vi="Lát hoa (An)", restriction="binh_thuong")
    theirs = team.binh.insert("species", species_id=950, name_vi="Lát hoa (Binh)", restriction="binh_thuong")
    _first, second, _again = team.round()
    assert second.rejected == 1
    assert [r["name_vi"] for r in rows(team.shared, "species").values() if r["species_id"] == 950] == ["Lát hoa (An)"]
    record = only(team.binh.conflicts(), uuid=theirs)
    assert record["kind"] == "insert_rejected" and record["mine"]["name_vi"] == "Lát hoa (Binh)"
    team.finish()


def test_values_cross_the_sync_exactly(team):
    """Floats, big integers, empty text versus NULL, dates and booleans arrive bit for bit."""
    first, second = pick(team.an.path, "trees", 2, skip=70)
    team.an.update("trees", first, height_m=1 / 3, notes="", species_id=2 ** 40, survey_date="2024-02-29")
    team.binh.update("trees", second, notes=None, dbh_cm=0.1 + 0.2, is_heritage=1, canopy_diameter_m=1e-300)
    team.round()
    shared = rows(team.shared, "trees")
    assert (shared[first]["height_m"], shared[first]["notes"], shared[first]["species_id"]) == (1 / 3, "", 2 ** 40)
    assert shared[first]["survey_date"] == "2024-02-29"
    assert (shared[second]["notes"], shared[second]["dbh_cm"], shared[second]["is_heritage"],
            shared[second]["canopy_diameter_m"]) == (None, 0.1 + 0.2, 1, 1e-300)
    team.finish()


# --- 3. asset codes --------------------------------------------------------------------------

def _code_block(editor, table):
    return query(editor.path, "SELECT next_serial, last_serial FROM mymap_code_block WHERE layer_name = ?",
                 (table,))[0]


def _new_house(editor, template, **values):
    """A new house (shape copied from an existing one) without an asset code."""
    return editor.insert("housing", geom=editor.get("housing", template, "geom"), use_type="o", **values)


def test_new_houses_from_two_offline_editors_get_unique_codes_from_their_blocks(team):
    """Both editors add houses offline; their codes come from each copy's reserved block, so
    after the syncs every code in the shared map is valid and unique and none was renumbered."""
    template = pick(team.an.path, "housing")
    blocks = {editor.name: _code_block(editor, "housing") for editor in team.editors}
    assert blocks["An"][1] < blocks["Binh"][0] or blocks["Binh"][1] < blocks["An"][0]
    added = {editor.name: [_new_house(editor, template, house_number=str(100 + i), street_name=editor.name)
                           for i in range(5)] for editor in team.editors}
    reports = team.round()
    assert sum(r.rekeyed for r in reports) == 0
    shared = rows(team.shared, "housing")
    for name, uuids in added.items():
        first, last = blocks[name]
        for uuid in uuids:
            layer, serial = asset_codes.parse_asset_code(shared[uuid]["asset_code"])
            assert layer == "housing" and first <= serial <= last
    assert_codes_valid_and_unique(team.shared, "housing")
    team.finish()


def test_clashing_asset_codes_are_renumbered_and_both_features_survive(team):
    """Two new houses given the same asset code in two copies: the second pusher's house gets a
    fresh valid code (reported as rekeyed), and both houses survive everywhere."""
    template = pick(team.an.path, "housing")
    code = asset_codes.make_asset_code("housing", 777777)
    ours = _new_house(team.an, template, asset_code=code, house_number="1")
    theirs = _new_house(team.binh, template, asset_code=code, house_number="2")
    first, second, _again = team.round()
    assert (first.rekeyed, second.rekeyed) == (0, 1)
    shared = rows(team.shared, "housing")
    assert shared[ours]["asset_code"] == code
    fresh = shared[theirs]["asset_code"]
    assert fresh != code and asset_codes.parse_asset_code(fresh)[0] == "housing"
    assert team.binh.get("housing", theirs, "asset_code") == fresh
    assert_codes_valid_and_unique(team.shared, "housing")
    team.finish()


def test_codes_of_features_added_in_the_shared_map_and_copies_do_not_clash(team):
    """A house added straight into the shared map (QGIS at the office, no code yet) and houses
    added in both copies all end with distinct valid codes and nobody is renumbered."""
    template = pick(team.an.path, "housing")
    for editor in team.editors:
        _new_house(editor, template, house_number="5", street_name=editor.name)
    execute(team.shared, "INSERT INTO housing (geom, use_type, house_number, uuid) SELECT geom, 'o', '6', ? FROM "
                         "housing WHERE uuid = ?", (str(uuid_module.uuid4()), template))
    reports = team.round()
    assert sum(r.rekeyed for r in reports) == 0
    assert_codes_valid_and_unique(team.shared, "housing")
    team.finish()


def test_codes_after_a_used_up_block_do_not_take_another_copys_block(team):
    """An's block of house codes is used up offline (as after a large survey): An's next house
    must not take a code reserved for Binh, so Binh's new house keeps the code from Binh's block
    and An's house still ends with a valid, unique code everywhere."""
    template = pick(team.an.path, "housing")
    execute(team.an.path, "UPDATE mymap_code_block SET next_serial = last_serial + 1 WHERE layer_name = 'housing'")
    first_of_binh = _code_block(team.binh, "housing")[0]
    theirs = _new_house(team.binh, template, house_number="7")
    ours = _new_house(team.an, template, house_number="8")
    _first, second, _again = team.round()
    assert second.rekeyed == 0
    shared = rows(team.shared, "housing")
    assert shared[theirs]["asset_code"] == asset_codes.make_asset_code("housing", first_of_binh)
    assert asset_codes.parse_asset_code(shared[ours]["asset_code"])[0] == "housing"
    assert_codes_valid_and_unique(team.shared, "housing")
    team.finish()


# --- 4. the schema check: see test_schema_evolution.py -------------------------------------


# --- 9. geodiff's own fixtures, transplanted onto the ward's trees ----------------------------

SCALE = 100.0      # fixture units → metres around a ward tree


def fixture_rows(path):
    """{fid: {'notes', 'height_m', 'xy'}} of geodiff's 'simple' table, read with OGR."""
    dataset = ogr.Open(str(path))
    found = {}
    for feature in dataset.GetLayerByName("simple"):
        point = feature.GetGeometryRef()
        found[feature.GetFID()] = {"notes": feature.GetField("name"), "height_m": float(feature.GetField("rating")),
                                   "xy": (point.GetX(), point.GetY())}
    dataset = None
    return found


def fixture_uuid(side, fid):
    return str(uuid_module.uuid5(uuid_module.NAMESPACE_URL, "geodiff-simple/{}/{}".format(side, fid)))


class Transplant:
    """geodiff's 'simple' table (three points with name and rating) planted as trees around one of
    the ward's trees: name → notes, rating → height_m, the point scaled into metres."""

    def __init__(self, shared):
        self.shared = shared
        blob = query(shared, "SELECT geom FROM trees ORDER BY fid LIMIT 1")[0][0]
        self.origin, self.srs = point_xy(blob), blob_srs_id(blob)
        self.team = None

    def geom(self, xy):
        return point_blob(self.origin[0] + xy[0] * SCALE, self.origin[1] + xy[1] * SCALE, self.srs)

    def values(self, row):
        return {"notes": row["notes"], "height_m": row["height_m"], "geom": self.geom(row["xy"])}

    def plant(self, base):
        for fid, row in base.items():
            values = dict(self.values(row), uuid=fixture_uuid("base", fid), condition="tot")
            names = list(values)
            execute(self.shared, "INSERT INTO trees ({}) VALUES ({})".format(
                ", ".join(names), ", ".join("?" for _ in names)), [values[n] for n in names])

    def replay(self, editor, side, base, modified):
        """Make *editor*'s copy differ from base as the fixture file *modified* does (rows
        compared by fid: deleted, inserted as new features of that side, or updated)."""
        for fid in sorted(set(base) - set(modified)):
            editor.delete("trees", fixture_uuid("base", fid))
        for fid in sorted(set(modified) - set(base)):
            editor.insert("trees", uuid=fixture_uuid(side, fid), condition="tot", **self.values(modified[fid]))
        for fid in sorted(set(base) & set(modified)):
            old, new = self.values(base[fid]), self.values(modified[fid])
            changed = {name: value for name, value in new.items() if old[name] != value}
            if changed:
                editor.update("trees", fixture_uuid("base", fid), **changed)


@pytest.fixture
def transplant(demo_ward_master, tmp_path, qgis_app):
    """geodiff's base rows planted into a fresh shared map, then An's and Binh's copies."""
    require_realdata(GEODIFF / "base.gpkg")
    shared = make_shared(demo_ward_master, tmp_path / "share")
    planted = Transplant(shared)
    planted.plant(fixture_rows(GEODIFF / "base.gpkg"))
    an, binh = make_copies(shared, tmp_path / "copies", ("An", "Binh"))
    planted.team = Team(shared, Editor("An", an), Editor("Binh", binh))
    return planted


GPKG_FIXTURES = [
    # folder, A's file (pushed first), B's file, geodiff's merged result (None: a conflict case)
    ("2_inserts", "inserted_1_A.gpkg", "inserted_1_B.gpkg", "merged_1_A_1_B.gpkg"),
    ("2_updates", "updated_A.gpkg", "updated_B.gpkg", "merged_1_A_1_B.gpkg"),
    ("2_updates_2", "updated_A.gpkg", "updated_B.gpkg", "merged_A_B.gpkg"),
    ("2_deletes", "deleted_A.gpkg", "deleted_B.gpkg", "merged_A_B.gpkg"),
    ("update_delete", "updated_A.gpkg", "deleted_B.gpkg", None),
    ("delete_update", "deleted_A.gpkg", "updated_B.gpkg", None),
]


@pytest.mark.parametrize("folder, file_a, file_b, merged", GPKG_FIXTURES, ids=[f[0] for f in GPKG_FIXTURES])
def test_geodiff_fixture_pairs_merge_as_promised(transplant, folder, file_a, file_b, merged):
    """geodiff's A/B fixture copies replayed into two working copies: the result agrees with
    geodiff's merged file wherever there is no conflict; where both changed one field, the
    shared map keeps A's value (first pusher) and B's copy holds geodiff's merged value as
    'mine'; update/delete clashes give the matching conflict records."""
    team = transplant.team
    base = fixture_rows(GEODIFF / "base.gpkg")
    side_a, side_b = fixture_rows(GEODIFF / folder / file_a), fixture_rows(GEODIFF / folder / file_b)
    transplant.replay(team.an, "A", base, side_a)
    transplant.replay(team.binh, "B", base, side_b)
    team.round()
    shared = rows(team.shared, "trees")
    records = team.binh.conflicts()
    assert not team.an.conflicts()
    if merged:
        result = fixture_rows(GEODIFF / folder / merged)
        news = {fixture_uuid("A", fid): row for fid, row in side_a.items() if fid not in base}
        news.update({fixture_uuid("B", fid): row for fid, row in side_b.items() if fid not in base})
        expected = {fixture_uuid("base", fid): transplant.values(row) for fid, row in result.items() if fid in base}
        for row in result.values():                     # geodiff renumbers new fids: match by content
            matches = [u for u, new in news.items() if transplant.values(new) == transplant.values(row)]
            if matches:
                expected[matches[0]] = transplant.values(row)
        assert len(expected) == len(result)
        base_fid = {fixture_uuid("base", fid): fid for fid in base}
        ours = {u: r for u, r in shared.items() if u in expected or u in news or u in base_fid}
        assert set(ours) == set(expected)
        for uuid, values in expected.items():
            for name, value in values.items():
                if ours[uuid][name] == value:
                    continue                            # as geodiff merged it
                record = only(records, uuid=uuid, field=name)     # else: A's value, B's held as mine
                assert record["kind"] == "field" and record["mine"] == value
                assert ours[uuid][name] == transplant.values(side_a[base_fid[uuid]])[name]
        if folder == "2_updates":
            assert [r["field"] for r in records] == ["geom"]
        else:
            assert not records
    else:
        uuid = fixture_uuid("base", 2)
        record = only(records, uuid=uuid)
        if folder == "update_delete":          # A moved feature 2, B deleted it
            assert record["kind"] == "delete_update"
            assert shared[uuid]["geom"] == transplant.geom(side_a[2]["xy"])
        else:                                  # A deleted feature 2, B moved it
            assert record["kind"] == "update_delete" and uuid not in shared
            assert record["mine"]["geom"] == transplant.geom(side_b[2]["xy"])
    team.finish()


COLUMNS = {2: "notes", 3: "height_m"}      # geodiff's 'simple': fid, geometry, name, rating


def _replay_changeset(transplant, editor, path):
    """Apply a geodiff .diff (SQLite changeset) of the 'simple' table to *editor*'s copy."""
    for table, op, old, new in read_changeset(path):
        if table != "simple":
            continue
        fid = old[0] if old else new[0]
        uuid = fixture_uuid("base", fid)
        if op == "D":
            editor.delete("trees", uuid)
        elif op == "U":
            editor.update("trees", uuid, **{name: (float(new[index]) if name == "height_m" else new[index])
                                           for index, name in COLUMNS.items() if new[index] is not UNDEFINED})
        else:
            raise AssertionError("not expected in these fixtures: {}".format(op))


@pytest.mark.parametrize("case", ["case1", "case2", "case3", "case4"])
def test_geodiff_rebase_conflict_cases(transplant, case):
    """geodiff's rebase_conflict cases (B's change reaches the shared map first, A's is merged
    on top): our conflict records match geodiff's .conflicts file field for field (base, theirs
    = B, mine = A); A sends exactly the rebased changes minus the conflicting fields."""
    team = transplant.team
    folder = GEODIFF / "rebase_conflict"
    _replay_changeset(transplant, team.an, folder / "{}b.diff".format(case))      # B, first
    _replay_changeset(transplant, team.binh, folder / "{}a.diff".format(case))    # A, second
    team.round()
    uuid = fixture_uuid("base", 2)
    conflicts_file = folder / "{}a-rebased.conflicts".format(case)
    wanted = []
    if conflicts_file.exists():
        for feature in read_json(conflicts_file)["geodiff"]:
            assert feature["fid"] == "2"
            for change in feature["changes"]:
                name = COLUMNS[change["column"]]
                cast = float if name == "height_m" else str
                wanted.append((name, cast(change["base"]), cast(change["new"]), cast(change["old"])))
    found = [(r["field"], r["base"], r["mine"], r["theirs"]) for r in team.binh.conflicts() if r["uuid"] == uuid]
    assert sorted(found) == sorted(wanted)
    rebased = read_changeset(folder / "{}a-rebased.diff".format(case))
    rebased_fields = {COLUMNS[i] for _t, _op, _old, new in rebased for i in COLUMNS if new[i] is not UNDEFINED}
    sent = set()
    for (new,) in query(team.shared, "SELECT l.new FROM mymap_sync_log l JOIN mymap_sync_changesets c ON "
                                     "c.changeset = l.changeset WHERE c.editor = 'Binh' AND l.uuid = ?", (uuid,)):
        sent |= set(json.loads(new))
    assert sent == rebased_fields - {name for name, *_ in wanted}
    team.finish()


def test_geodiff_conflict_delete_changeset_applies_the_real_delete_only(transplant):
    """geodiff's conflict/base-conflict-delete.diff deletes feature 2 and a feature 255 that does
    not exist (geodiff refuses the whole changeset). Replayed into a working copy, only the real
    delete is an edit: it syncs, and nothing else changes."""
    team = transplant.team
    before = rows(team.shared, "trees")
    _replay_changeset(transplant, team.an, GEODIFF / "conflict" / "base-conflict-delete.diff")
    assert team.an.pending() == 1
    team.round()
    after = rows(team.shared, "trees")
    assert set(before) - set(after) == {fixture_uuid("base", 2)}
    assert len(after) == len(before) - 1
    assert not team.an.conflicts() and not team.binh.conflicts()
    team.finish()
