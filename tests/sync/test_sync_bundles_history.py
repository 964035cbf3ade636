"""Sync beyond the everyday round: change bundles carried on a USB stick, resolving conflicts,
the per-feature history and reverting a changeset, bad input, and the Processing algorithms.
All on real GeoPackages checked out from the demo ward."""
import shutil

import processing
import pytest
from qgis.core import QgsProcessingException

from mymap_plugin.errors import MyMapError
from mymap_plugin.sync.bundles import export_changes, import_changes
from mymap_plugin.sync.checkout import checkout
from mymap_plugin.sync.conflicts import resolve
from mymap_plugin.sync.history import feature_history, recent_changesets, revert_changeset
from mymap_plugin.sync.sync_working_copy import backup_path, sync
from tests.conftest import folder_state
from tests.sync_helpers import assert_converged, assert_shared_healthy, execute, make_shared, query, rows, snapshot
from tests.sync_scenario_helpers import OGR2OGR, assert_no_edit_lost, make_team, only, pick, run_tool, sha256


@pytest.fixture
def team(demo_ward_master, tmp_path, qgis_app):
    """A shared map (a copy of the demo ward) and two working copies, An's and Binh's."""
    return make_team(demo_ward_master, tmp_path)


def other_shared(master, folder):
    """A second shared map, made from the same demo ward and shared (one checkout) on its own."""
    shared = make_shared(master, folder, "other_shared.gpkg")
    checkout(shared, folder / "other_copy.gpkg", "Chi")
    return shared


def conflict_on_notes(team, table="trees", skip=0):
    """An and Binh change one feature's notes differently; after the round Binh's copy holds the
    conflict. Returns (uuid, Binh's conflict record)."""
    uuid = pick(team.an.path, table, skip=skip)
    team.an.update(table, uuid, notes="An: ghi chú")
    team.binh.update(table, uuid, notes="Binh: ghi chú")
    team.round()
    assert_no_edit_lost(team.shared, team.editors)
    (record,) = team.binh.conflicts()
    return uuid, record


def shared_resolution(shared, record):
    return query(shared, "SELECT resolution FROM mymap_sync_conflicts WHERE conflict_uuid = ?",
                 (record["conflict_uuid"],))


# --- 5. bundles ------------------------------------------------------------------------------

def test_bundles_carry_edits_both_ways_and_importing_twice_changes_nothing(team, tmp_path):
    """USB round trip: An's edits exported to a bundle and imported into the shared map (twice:
    the second time changes nothing), the shared history exported and imported into Binh's copy
    (twice: idempotent); An's later direct sync finishes cleanly without duplicates."""
    tree, gone = pick(team.an.path, "trees", 2, skip=7)
    template = pick(team.an.path, "housing")
    team.an.update("trees", tree, notes="qua USB", height_m=14.0)
    team.an.delete("trees", gone)
    house = team.an.insert("housing", geom=team.an.get("housing", template, "geom"), use_type="o",
                           house_number="88B")
    stick = tmp_path / "usb"
    stick.mkdir()

    exported = export_changes(team.an.path, stick / "an.mymapsync")
    assert (exported["kind"], exported["features"]) == ("changeset", 3)
    first = import_changes(stick / "an.mymapsync", team.shared)
    assert (first["pushed"], first["conflicts"], first["already_imported"]) == (3, 0, False)
    after_first = sha256(team.shared)
    again = import_changes(stick / "an.mymapsync", team.shared)
    assert again["already_imported"] and again["pushed"] == 0
    assert sha256(team.shared) == after_first
    shared = rows(team.shared, "trees")
    assert shared[tree]["notes"] == "qua USB" and gone not in shared
    assert rows(team.shared, "housing")[house]["house_number"] == "88B"

    assert export_changes(team.shared, stick / "shared.mymapsync")["kind"] == "log"
    pulled = import_changes(stick / "shared.mymapsync", team.binh.path)
    assert pulled["pulled"] == 3 and not pulled["already_imported"]
    binh_after = (sha256(team.binh.path), snapshot(team.binh.path))
    pulled_again = import_changes(stick / "shared.mymapsync", team.binh.path)
    assert pulled_again["pulled"] == 0
    assert (sha256(team.binh.path), snapshot(team.binh.path)) == binh_after
    assert rows(team.binh.path, "housing")[house]["house_number"] == "88B"

    report = team.an.sync()
    assert report.conflicts == 0
    assert query(team.shared, "SELECT count(*) FROM housing WHERE uuid = ?", (house,)) == [(1,)]
    assert query(team.shared, "SELECT count(*) FROM mymap_sync_log WHERE uuid = ?", (house,)) == [(1,)]
    assert team.an.pending() == 0
    team.binh.sync()
    team.finish()


def test_bundle_imported_into_the_wrong_file_is_refused(team, demo_ward_master, tmp_path):
    """A working copy's bundle into a working copy, the shared history into the shared map, a
    bundle of another shared map, history starting later than the copy needs, and a file that is
    no bundle: each a clear MyMapError, with no file changed."""
    team.an.update("trees", pick(team.an.path, "trees"), notes="sai chỗ")
    stick = tmp_path / "usb"
    stick.mkdir()
    export_changes(team.an.path, stick / "an.mymapsync")
    export_changes(team.shared, stick / "shared.mymapsync")
    foreign = other_shared(demo_ward_master, tmp_path / "elsewhere")
    export_changes(foreign, stick / "foreign.mymapsync")
    export_changes(team.shared, stick / "late.mymapsync", since=1)
    (stick / "photo.mymapsync").write_bytes(b"\xff\xd8\xff\xe0 not a bundle")
    cases = [("an.mymapsync", team.binh.path, "import it into the shared map"),
             ("shared.mymapsync", team.shared, "import it into a working copy"),
             ("foreign.mymapsync", team.shared, "belongs to another shared map"),
             ("foreign.mymapsync", team.binh.path, "belongs to another shared map"),
             ("late.mymapsync", team.binh.path, "Export the bundle again from an earlier point"),
             ("photo.mymapsync", team.shared, "not a MyMap change bundle")]
    for bundle, target, message in cases:
        before = {path: sha256(path) for path in (team.shared, team.binh.path)}
        with pytest.raises(MyMapError, match=message):
            import_changes(stick / bundle, target)
        assert {path: sha256(path) for path in before} == before, bundle
    with pytest.raises(MyMapError, match="already exists"):
        export_changes(team.shared, stick / "shared.mymapsync")
    assert_shared_healthy(team.shared)


def test_history_import_settles_clashing_local_edits_as_conflicts(team, tmp_path):
    """Binh, offline, has unsent edits that clash with the shared history he imports from a
    bundle (same field, an edit of a feature An deleted, a delete of a feature An edited): each
    becomes a conflict record, the shared version shows for now, nothing is left pending, and
    the next syncs converge with no edit lost."""
    field, deleted, edited = pick(team.an.path, "trees", 3, skip=20)
    team.an.update("trees", field, notes="An")
    team.an.delete("trees", deleted)
    team.an.update("trees", edited, notes="An sửa")
    team.an.sync()
    team.binh.update("trees", field, notes="Binh")
    team.binh.update("trees", deleted, notes="Binh sửa")
    team.binh.delete("trees", edited)
    export_changes(team.shared, tmp_path / "shared.mymapsync")
    result = import_changes(tmp_path / "shared.mymapsync", team.binh.path)
    assert (result["pulled"], result["conflicts"]) == (3, 3)
    kinds = {(r["uuid"], r["kind"]) for r in team.binh.conflicts()}
    assert kinds == {(field, "field"), (deleted, "update_delete"), (edited, "delete_update")}
    assert [team.binh.get("trees", u, "notes") for u in (field, deleted, edited)] == ["An", None, "An sửa"]
    assert team.binh.pending() == 0
    assert team.binh.sync().pushed == 0
    team.an.sync()
    team.finish()


def test_changeset_bundle_into_a_shared_map_that_moved_on_gives_the_conflict_to_its_author(team, tmp_path):
    """An's bundle is imported after Binh changed the same field online: the shared map keeps
    Binh's value, and An's next sync gives An's copy the conflict record with An's value."""
    tree = pick(team.an.path, "trees", skip=30)
    team.an.update("trees", tree, notes="An qua USB")
    export_changes(team.an.path, tmp_path / "an.mymapsync")
    team.binh.update("trees", tree, notes="Binh qua mạng")
    team.binh.sync()
    result = import_changes(tmp_path / "an.mymapsync", team.shared)
    assert (result["pushed"], result["conflicts"]) == (0, 1)
    team.an.sync()
    team.binh.sync()
    assert rows(team.shared, "trees")[tree]["notes"] == "Binh qua mạng"
    record = only(team.an.conflicts(), uuid=tree)
    assert (record["kind"], record["mine"], record["theirs"]) == ("field", "An qua USB", "Binh qua mạng")
    assert not team.binh.conflicts()
    team.finish()


def test_edits_made_after_exporting_a_bundle_still_reach_the_shared_map(team, tmp_path):
    """An exports a bundle, keeps editing, and then syncs online before the bundle is imported:
    both the bundled and the later edits arrive, and importing the old bundle changes nothing."""
    first, later = pick(team.an.path, "trees", 2, skip=40)
    team.an.update("trees", first, notes="trong bundle")
    export_changes(team.an.path, tmp_path / "an.mymapsync")
    team.an.update("trees", later, notes="sau bundle")
    for _attempt in range(2):
        team.an.sync()
    assert team.an.pending() == 0
    before = sha256(team.shared)
    assert import_changes(tmp_path / "an.mymapsync", team.shared)["already_imported"]
    assert sha256(team.shared) == before
    shared = rows(team.shared, "trees")
    assert (shared[first]["notes"], shared[later]["notes"]) == ("trong bundle", "sau bundle")
    team.binh.sync()
    team.finish()


# --- 6. resolving conflicts, history, revert -------------------------------------------------

def test_each_resolution_choice_reaches_the_shared_map_and_the_other_copy(team):
    """Three field conflicts in Binh's copy, resolved with 'mine' (Binh's value), 'theirs' (An's
    value stays) and 'value' (a third, agreed value): after Binh and An sync, the shared map and
    An's copy hold each choice, and the shared map records how each conflict was resolved."""
    mine, theirs = pick(team.an.path, "trees", 2)
    agreed = pick(team.an.path, "housing", skip=4)
    for table, uuid in (("trees", mine), ("trees", theirs), ("housing", agreed)):
        team.an.update(table, uuid, notes="An: ghi chú")
        team.binh.update(table, uuid, notes="Binh: ghi chú")
    team.round()
    assert_no_edit_lost(team.shared, team.editors)
    records = {r["uuid"]: r for r in team.binh.conflicts()}
    assert set(records) == {mine, theirs, agreed}
    resolve(team.binh.path, records[mine]["id"], "mine")
    resolve(team.binh.path, records[theirs]["id"], "theirs")
    resolve(team.binh.path, records[agreed]["id"], "value", "An và Binh: đã thống nhất")
    assert team.binh.get("trees", mine, "notes") == "Binh: ghi chú"
    assert team.binh.pending() == 2                      # 'theirs' changes nothing
    team.binh.sync()
    team.an.sync()
    assert team.binh.conflicts() == []
    shared = {uuid: row["notes"] for table in ("trees", "housing") for uuid, row in rows(team.shared, table).items()}
    assert (shared[mine], shared[theirs], shared[agreed]) == ("Binh: ghi chú", "An: ghi chú",
                                                             "An và Binh: đã thống nhất")
    assert team.an.get("housing", agreed, "notes") == "An và Binh: đã thống nhất"
    for uuid, choice in ((mine, "mine"), (theirs, "theirs"), (agreed, "value")):
        assert shared_resolution(team.shared, records[uuid]) == [(choice,)]
    team.finish(no_edit_lost=False)       # the losing values give way by Binh's informed choice


def test_a_choice_that_does_not_fit_the_conflict_is_refused(team):
    """'restore' on a field conflict, an unknown choice, a conflict resolved twice, a missing
    conflict number: clear errors, and the working copy is not changed."""
    _tree, record = conflict_on_notes(team, skip=5)
    before = sha256(team.binh.path)
    for choice, message in (("restore", "does not apply"), ("both", "Unknown choice")):
        with pytest.raises(MyMapError, match=message):
            resolve(team.binh.path, record["id"], choice)
    with pytest.raises(MyMapError, match="no conflict number 999"):
        resolve(team.binh.path, 999, "mine")
    assert sha256(team.binh.path) == before
    resolve(team.binh.path, record["id"], "theirs")
    with pytest.raises(MyMapError, match="already resolved"):
        resolve(team.binh.path, record["id"], "mine")
    team.finish()


def test_feature_history_shows_who_changed_what_from_what_to_what(team):
    """After An changes a tree's height and Binh syncs, Binh's history of that tree shows An as
    the editor, the field, the old and the new value."""
    tree = pick(team.an.path, "trees", skip=9)
    old = team.an.get("trees", tree, "height_m")
    team.an.update("trees", tree, height_m=old + 2.0)
    team.an.sync()
    team.binh.sync()
    history = [h for h in feature_history(team.binh.path, "trees", tree) if h["field"] == "height_m"]
    assert len(history) == 1
    entry = history[0]
    assert (entry["editor"], entry["op"], entry["old"], entry["new"], entry["pending"]) == (
        "An", "U", old, old + 2.0, False)
    assert entry["time"]
    team.binh.update("trees", tree, notes="chưa gửi")
    pending = [h for h in feature_history(team.binh.path, "trees", tree) if h["pending"]]
    assert [(h["field"], h["new"]) for h in pending] == [("notes", "chưa gửi")]
    team.binh.sync()
    team.an.sync()
    team.finish()


def test_reverting_a_changeset_undoes_it_with_a_new_edit_that_syncs(team):
    """An's changeset (two tree edits, a delete and a new tree) is reverted in Binh's copy; after
    the syncs every copy is back to the values before An's changeset, and the shared history
    keeps both changesets."""
    edited, removed = pick(team.an.path, "trees", 2, skip=11)
    original = snapshot(team.shared)
    anchor = team.an.get("trees", edited, "geom")
    team.an.update("trees", edited, notes="sẽ bị hoàn tác", height_m=33.0)
    team.an.delete("trees", removed)
    added = team.an.insert("trees", geom=anchor, notes="cây thêm nhầm")
    team.an.sync()
    team.binh.sync()
    (mine,) = [c for c in recent_changesets(team.binh.path) if c["editor"] == "An"]
    reverted, skipped = revert_changeset(team.binh.path, mine["changeset"])
    assert (reverted, skipped) == (3, [])
    team.binh.sync()
    team.an.sync()
    after = snapshot(team.shared)
    for table in ("trees",):
        assert set(after[table]) == set(original[table])
        assert after[table][edited] == original[table][edited]
        assert after[table][removed] == original[table][removed]
    assert added not in after["trees"]
    assert len({c["changeset"] for c in recent_changesets(team.shared)}) >= 2
    team.finish(no_edit_lost=False)       # An's edits are undone on purpose


def test_reverting_leaves_fields_changed_again_since_and_reports_them(team):
    """A field changed again after the changeset is left as it is and reported as skipped."""
    tree = pick(team.an.path, "trees", skip=12)
    team.an.update("trees", tree, notes="lần 1", height_m=20.0)
    team.an.sync()
    (first,) = [c for c in recent_changesets(team.an.path) if c["editor"] == "An"]
    team.binh.sync()
    team.binh.update("trees", tree, notes="lần 2 (Binh)")
    team.binh.sync()
    team.an.sync()
    reverted, skipped = revert_changeset(team.an.path, first["changeset"])
    assert reverted == 1 and skipped == [("trees", tree, "notes")]
    team.an.sync()
    team.binh.sync()
    row = rows(team.shared, "trees")[tree]
    assert row["notes"] == "lần 2 (Binh)" and row["height_m"] == team.binh.get("trees", tree, "height_m") != 20.0
    team.finish(no_edit_lost=False)
    with pytest.raises(MyMapError, match="not in the history"):
        revert_changeset(team.an.path, "00000000-0000-0000-0000-000000000000")


def test_reverting_keeps_a_new_feature_that_others_changed_since(team):
    """Reverting a changeset that added a tree, after Binh worked on that tree, keeps the tree
    with Binh's edits and reports the fields as left alone."""
    anchor = pick(team.an.path, "trees")
    new = team.an.insert("trees", geom=team.an.get("trees", anchor, "geom"), notes="An thêm")
    team.an.sync()
    team.binh.sync()
    team.binh.update("trees", new, notes="Binh sửa cây mới", height_m=7.0)
    team.binh.sync()
    team.an.sync()
    (added,) = [c for c in recent_changesets(team.an.path) if c["editor"] == "An"]
    reverted, skipped = revert_changeset(team.an.path, added["changeset"])
    assert reverted == 0 and {name for _t, _u, name in skipped} >= {"notes", "height_m"}
    team.an.sync()
    team.binh.sync()
    assert rows(team.shared, "trees")[new]["notes"] == "Binh sửa cây mới"
    team.finish(no_edit_lost=False)      # An's notes were changed by Binh afterwards, in sequence
    assert_no_edit_lost(team.shared, [team.binh])


# --- 7. bad input ----------------------------------------------------------------------------

def test_checkout_to_an_existing_file_is_refused(team, tmp_path):
    """Checking out over an existing file: a clear error, that file and the shared map unchanged."""
    before = folder_state(team.an.path.parent), sha256(team.shared)
    with pytest.raises(MyMapError, match="already exists"):
        checkout(team.shared, team.an.path, "An")
    assert (folder_state(team.an.path.parent), sha256(team.shared)) == before


def test_checkout_from_a_file_that_is_not_a_ward_map_is_refused(tmp_path, qgis_app):
    """A plain GeoPackage (made with ogr2ogr) or a text file is no shared ward map: a clear error,
    nothing written."""
    source = tmp_path / "points.geojson"
    source.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"a": 1}, '
                      '"geometry": {"type": "Point", "coordinates": [106.0, 20.9]}}]}', encoding="utf-8")
    plain = tmp_path / "plain.gpkg"
    run_tool(OGR2OGR, "-f", "GPKG", plain, source)
    notes = tmp_path / "notes.gpkg"
    notes.write_text("ghi chú", encoding="utf-8")
    for path, message in ((plain, "not a MyMap ward map"), (notes, "not a GeoPackage")):
        before = folder_state(tmp_path)
        with pytest.raises(MyMapError, match=message):
            checkout(path, tmp_path / "copy.gpkg", "An")
        assert folder_state(tmp_path) == before


def test_sync_of_a_file_that_is_not_a_working_copy_is_refused(team, demo_ward):
    """Syncing the shared map itself, or a plain ward map: a clear error, no file changed."""
    for path in (team.shared, demo_ward):
        before = sha256(path), sha256(team.shared)
        with pytest.raises(MyMapError, match="not a MyMap working copy"):
            sync(path)
        assert (sha256(path), sha256(team.shared)) == before
    assert_shared_healthy(team.shared)


def test_sync_against_a_different_shared_map_is_refused(team, demo_ward_master, tmp_path):
    """SHARED pointing at another (shared) copy of the demo ward: a clear error; neither shared
    map changes and the edits stay pending; the right shared map then takes them."""
    tree = pick(team.an.path, "trees")
    team.an.update("trees", tree, notes="đúng chỗ")
    foreign = other_shared(demo_ward_master, tmp_path / "elsewhere")
    before = sha256(foreign), sha256(team.shared)
    with pytest.raises(MyMapError, match="not the shared map this working copy was checked out from"):
        sync(team.an.path, foreign, "An")
    assert (sha256(foreign), sha256(team.shared)) == before
    assert team.an.pending() == 1
    team.round()
    assert rows(team.shared, "trees")[tree]["notes"] == "đúng chỗ"
    assert_shared_healthy(foreign)
    team.finish()


def test_missing_shared_map_is_reported_and_edits_are_kept(team):
    """The shared map renamed away (share unplugged): a clear error saying the edits are kept;
    once it is back, the next sync sends them."""
    tree = pick(team.an.path, "trees")
    team.an.update("trees", tree, notes="khi mất mạng")
    away = team.shared.with_name("moved.gpkg")
    shutil.move(str(team.shared), str(away))
    with pytest.raises(MyMapError, match="cannot be reached.*edits are kept"):
        team.an.sync()
    assert team.an.pending() == 1 and team.an.get("trees", tree, "notes") == "khi mất mạng"
    assert not away.with_name(team.shared.name + ".mymap-lock").exists()
    shutil.move(str(away), str(team.shared))
    team.round()
    assert rows(team.shared, "trees")[tree]["notes"] == "khi mất mạng"
    team.finish()


# --- 8. the Processing algorithms ------------------------------------------------------------

def test_processing_checkout_sync_resolve(mymap_provider, demo_ward_master, tmp_path):
    """mymap:checkout, mymap:sync (PUSHED, PULLED, CONFLICTS) and mymap:resolve_conflict with
    file paths: a conflict is reported, resolved with 'mine', and the choice reaches everybody."""
    shared = make_shared(demo_ward_master, tmp_path / "share")
    copies = {}
    for name in ("An", "Binh"):
        result = processing.run("mymap:checkout", {"SHARED": str(shared), "OUTPUT": str(tmp_path / (name + ".gpkg")),
                                                   "EDITOR": name})
        copies[name] = result["OUTPUT"]
        assert result["PULLED_SEQ"] == 0
    tree = pick(copies["An"], "trees")
    for name in ("An", "Binh"):
        execute(copies[name], "UPDATE trees SET notes = ? WHERE uuid = ?", (name + " qua Processing", tree))

    def run_sync(name):
        result = processing.run("mymap:sync", {"WORKING": copies[name], "SHARED": str(shared), "EDITOR": name})
        return result["PUSHED"], result["PULLED"], result["CONFLICTS"]

    assert run_sync("An") == (1, 0, 0)
    assert backup_path(copies["An"]).is_file()            # BACKUP defaults to true
    pushed, _pulled, conflicts = run_sync("Binh")
    assert (pushed, conflicts) == (0, 1)
    assert run_sync("An") == (0, 0, 0)
    conflict = query(copies["Binh"], "SELECT id FROM mymap_sync_conflicts WHERE resolved_at IS NULL")[0][0]
    done = processing.run("mymap:resolve_conflict", {"WORKING": copies["Binh"], "CONFLICT": conflict, "CHOICE": 0})
    assert "Binh qua Processing" in done["DONE"]
    assert run_sync("Binh") == (1, 0, 0)
    assert run_sync("An") == (0, 1, 0)
    assert rows(shared, "trees")[tree]["notes"] == "Binh qua Processing"
    assert_shared_healthy(shared)
    assert_converged(shared, list(copies.values()))


def test_processing_bundles_and_revert(mymap_provider, team, tmp_path):
    """mymap:export_changes / mymap:import_changes (twice: ALREADY_IMPORTED) and
    mymap:revert_changeset with file paths; bad input is a QgsProcessingException with the
    message."""
    tree = pick(team.an.path, "trees", skip=2)
    original = team.an.get("trees", tree, "notes")
    team.an.update("trees", tree, notes="bundle qua Processing")
    bundle = str(tmp_path / "an.mymapsync")
    exported = processing.run("mymap:export_changes", {"INPUT": str(team.an.path), "OUTPUT": bundle})
    assert (exported["KIND"], exported["FEATURES"]) == ("changeset", 1)
    imported = processing.run("mymap:import_changes", {"INPUT": bundle, "TARGET": str(team.shared)})
    assert (imported["PUSHED"], imported["CONFLICTS"], imported["ALREADY_IMPORTED"]) == (1, 0, False)
    again = processing.run("mymap:import_changes", {"INPUT": bundle, "TARGET": str(team.shared)})
    assert again["ALREADY_IMPORTED"] and again["PUSHED"] == 0
    with pytest.raises(QgsProcessingException, match="import it into the shared map"):
        processing.run("mymap:import_changes", {"INPUT": bundle, "TARGET": str(team.binh.path)})
    team.an.sync()
    team.binh.sync()
    changeset = next(c for c in recent_changesets(team.binh.path) if c["editor"] == "An")["changeset"]
    reverted = processing.run("mymap:revert_changeset", {"WORKING": str(team.binh.path), "CHANGESET": changeset})
    assert (reverted["REVERTED"], reverted["SKIPPED"]) == (1, 0)
    team.binh.sync()
    team.an.sync()
    assert rows(team.shared, "trees")[tree]["notes"] == original
    with pytest.raises(QgsProcessingException, match="not a MyMap working copy"):
        processing.run("mymap:sync", {"WORKING": str(team.shared)})
    team.finish(no_edit_lost=False)       # An's edit is reverted on purpose
