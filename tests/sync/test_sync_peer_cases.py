"""Scenarios from the peers' own test suites, ported: geodiff's ``test_concurrent_commits``
cases and Mergin Maps client cases. Each runs twice: editing the working copies with plain
SQL, and editing them through QGIS layers with MyMap's save hook loaded (which stamps
``updated_at``/``updated_by`` and gives codes), the way a ward office edits; and each against a
shared GeoPackage and a PostgreSQL shared map (the cases that change the shared GeoPackage's fields
with GDAL run against the GeoPackage only). An syncs first, then Binh, then An again; every case
ends converged, healthy, with no edit lost."""
import uuid as uuid_module
from contextlib import contextmanager

import pytest

from mymap_plugin.sync.database import gpkg_wkb
from mymap_plugin.ward_map import asset_codes
from mymap_plugin.ward_map.edit_hooks import fill_before_commit
from tests.postgres_copies import CheckedOut
from tests.sync_helpers import execute, query, rows
from tests.sync_scenario_helpers import (OGRINFO, Editor, Team, blob_srs_id, make_copies, make_shared, pick, point_blob,
                                         point_xy, qgis_layer, run_tool)


class QgisEditor(Editor):
    """Edits through a QGIS layer of the working copy, with MyMap's save hook connected."""

    @contextmanager
    def _editing(self, table):
        with qgis_layer(self.path, table) as layer:
            layer.beforeCommitChanges.connect(lambda *_: fill_before_commit(layer, str(self.path), table, self.name))
            assert layer.startEditing()
            yield layer
            assert layer.commitChanges(), layer.commitErrors()

    @staticmethod
    def _feature(layer, uuid):
        return next(layer.getFeatures("\"uuid\" = '{}'".format(uuid)))

    def update(self, table, uuid, **values):
        from qgis.core import QgsGeometry
        with self._editing(table) as layer:
            fid = self._feature(layer, uuid).id()
            for name, value in values.items():
                if name == "geom":
                    geometry = QgsGeometry()
                    geometry.fromWkb(gpkg_wkb(value))
                    assert layer.changeGeometry(fid, geometry)
                else:
                    assert layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
        if "geom" in values:
            values = dict(values, geom=self.get(table, uuid, "geom"))
        self.remember(table, uuid, values)

    def insert(self, table, uuid=None, **values):
        from qgis.core import QgsGeometry, QgsVectorLayerUtils
        uuid = uuid or str(uuid_module.uuid4())
        values = dict(values, uuid=uuid)
        with self._editing(table) as layer:
            geometry = QgsGeometry()
            geometry.fromWkb(gpkg_wkb(values["geom"]))
            attributes = {layer.fields().indexOf(n): v for n, v in values.items() if n != "geom"}
            assert layer.addFeature(QgsVectorLayerUtils.createFeature(layer, geometry, attributes))
        self.remember(table, uuid, dict(values, geom=self.get(table, uuid, "geom")))
        return uuid

    def delete(self, table, uuid):
        with self._editing(table) as layer:
            assert layer.deleteFeature(self._feature(layer, uuid).id())
        for key in [k for k in self.values if k[:2] == (table, uuid)]:
            del self.values[key]
        self.deleted.add((table, uuid))


@pytest.fixture(params=["sql", "qgis"])
def editing(request):
    """How the editors edit their working copies: plain SQL, or QGIS layers with the save hook."""
    return Editor if request.param == "sql" else QgisEditor


@pytest.fixture(scope="module")
def postgres_checked_out(postgres_server, published_ward_template, tmp_path_factory, qgis_app):
    """An's and Binh's working copies of the published demo ward, checked out once for this module."""
    checked_out = CheckedOut(postgres_server, published_ward_template, tmp_path_factory.mktemp("pg-peer-copies"),
                             ("An", "Binh"))
    yield checked_out
    checked_out.close()


def geopackage_team(editor_kind, master, folder):
    shared = make_shared(master, folder / "share")
    an, binh = make_copies(shared, folder / "copies", ("An", "Binh"))
    return Team(shared, editor_kind("An", an), editor_kind("Binh", binh))


@pytest.fixture
def gpkg_team(editing, demo_ward_master, tmp_path, qgis_app):
    """A shared GeoPackage (a copy of the demo ward) and An's and Binh's working copies."""
    return geopackage_team(editing, demo_ward_master, tmp_path)


# The shared map's kind × how the copies are edited. How a copy is edited concerns the copy only, so
# the PostgreSQL shared map plays the cases with SQL edits (its own QGIS edits: tests/postgres).
TEAMS = [("gpkg", Editor), ("gpkg", QgisEditor), ("postgres", Editor)]


@pytest.fixture(params=TEAMS, ids=["gpkg-sql", "gpkg-qgis", "postgres-sql"])
def team(request, demo_ward_master, tmp_path, qgis_app):
    """A shared map of either kind (a shared GeoPackage, or the demo ward published in PostgreSQL) and
    An's and Binh's working copies."""
    shared_kind, editor_kind = request.param
    if shared_kind == "gpkg":
        yield geopackage_team(editor_kind, demo_ward_master, tmp_path)
        return
    checked_out = request.getfixturevalue("postgres_checked_out")
    address, (an, binh) = checked_out.fresh(tmp_path / "copies")
    database = checked_out.databases[-1]
    yield Team(address, editor_kind("An", an), editor_kind("Binh", binh))
    checked_out.drop(database)


def new_tree(editor, near_uuid, dx, **values):
    blob = editor.get("trees", near_uuid, "geom")
    x, y = point_xy(blob)
    return editor.insert("trees", geom=point_blob(x + dx, y + dx, blob_srs_id(blob)), **values)


def stamps(path, table, uuid):
    return query(path, 'SELECT updated_by, created_by FROM "{}" WHERE uuid = ?'.format(table), (uuid,))[0]


# --- the cases: each sets up edits, and checks what only it promises -------------------------

def two_inserts(team):
    """geodiff test_concurrent_commits: 2_inserts."""
    anchor = pick(team.an.path, "trees")
    mine = new_tree(team.an, anchor, 4, notes="An")
    theirs = new_tree(team.binh, anchor, -4, notes="Binh")
    yield
    assert {mine, theirs} <= set(rows(team.shared, "trees"))
    assert not team.an.conflicts() and not team.binh.conflicts()


def insert_multiple(team):
    """geodiff: insert_multiple."""
    anchor = pick(team.an.path, "trees")
    added = [new_tree(team.an, anchor, 2 + i, notes="An {}".format(i)) for i in range(3)]
    added += [new_tree(team.binh, anchor, -2 - i, notes="Binh {}".format(i)) for i in range(2)]
    yield
    shared = rows(team.shared, "trees")
    codes = [shared[u]["asset_code"] for u in added]
    assert len(set(codes)) == 5 and all(asset_codes.parse_asset_code(c) for c in codes)


def two_updates_same_field(team):
    """geodiff: 2_updates (one field, two values): a conflict naming the editor whose value won."""
    tree = pick(team.an.path, "trees")
    team.an.update("trees", tree, height_m=11.0)
    team.binh.update("trees", tree, height_m=12.0)
    yield
    records = team.binh.conflicts()
    assert [(r["field"], r["mine"], r["theirs"], r["theirs_editor"]) for r in records] == [
        ("height_m", 12.0, 11.0, "An")]
    assert rows(team.shared, "trees")[tree]["height_m"] == 11.0


def two_updates_different_fields(team):
    """geodiff: 2_updates_2 (different fields of one feature): no conflict, not even on stamps."""
    tree = pick(team.an.path, "trees")
    team.an.update("trees", tree, condition="kem")
    team.binh.update("trees", tree, height_m=13.5)
    yield
    assert not team.an.conflicts() and not team.binh.conflicts()
    shared = rows(team.shared, "trees")[tree]
    assert (shared["condition"], shared["height_m"]) == ("kem", 13.5)


def rebase_insert_and_update(team):
    """geodiff rebase case: I add a feature while they change another of the same table."""
    first, second = pick(team.an.path, "trees", 2)
    added = new_tree(team.an, first, 3, notes="mới")
    team.binh.update("trees", second, notes="sửa")
    yield
    shared = rows(team.shared, "trees")
    assert shared[added]["notes"] == "mới" and shared[second]["notes"] == "sửa"


def rebase_update_and_insert(team):
    """geodiff rebase case: I change a feature while they add one."""
    first, second = pick(team.an.path, "trees", 2)
    team.an.update("trees", first, notes="sửa")
    added = new_tree(team.binh, second, 3, notes="mới")
    yield
    shared = rows(team.shared, "trees")
    assert shared[added]["notes"] == "mới" and shared[first]["notes"] == "sửa"


def rebase_delete_and_insert(team):
    """geodiff rebase case: I delete a feature while they add one."""
    first, second = pick(team.an.path, "trees", 2)
    team.an.delete("trees", first)
    added = new_tree(team.binh, second, 3)
    yield
    shared = rows(team.shared, "trees")
    assert first not in shared and added in shared


def rebase_updates_of_different_features(team):
    """geodiff rebase case: both change different features of one table."""
    first, second = pick(team.an.path, "trees", 2)
    team.an.update("trees", first, dbh_cm=31.0)
    team.binh.update("trees", second, dbh_cm=32.0)
    yield
    shared = rows(team.shared, "trees")
    assert (shared[first]["dbh_cm"], shared[second]["dbh_cm"]) == (31.0, 32.0)


def two_deletes(team):
    """geodiff: 2_deletes."""
    tree = pick(team.an.path, "trees")
    team.an.delete("trees", tree)
    team.binh.delete("trees", tree)
    yield
    assert tree not in rows(team.shared, "trees")
    assert not team.an.conflicts() and not team.binh.conflicts()


def delete_then_update(team):
    """geodiff: delete_update (An deletes, Binh updates): Binh's edit is held in a record."""
    tree = pick(team.an.path, "trees")
    team.an.delete("trees", tree)
    team.binh.update("trees", tree, notes="vẫn còn")
    yield
    assert [(r["kind"], r["theirs_editor"]) for r in team.binh.conflicts()] == [("update_delete", "An")]


def update_then_delete(team):
    """geodiff: update_delete (An updates, Binh deletes): the feature stays, with a record."""
    tree = pick(team.an.path, "trees")
    team.an.update("trees", tree, notes="sửa trước")
    team.binh.delete("trees", tree)
    yield
    assert rows(team.shared, "trees")[tree]["notes"] == "sửa trước"
    assert [(r["kind"], r["theirs_editor"]) for r in team.binh.conflicts()] == [("delete_update", "An")]


def updates_to_different_tables(team):
    """geodiff: updates_to_different_tables."""
    tree, house = pick(team.an.path, "trees"), pick(team.an.path, "housing")
    team.an.update("trees", tree, notes="cây")
    team.binh.update("housing", house, notes="nhà")
    yield
    assert rows(team.shared, "trees")[tree]["notes"] == "cây"
    assert rows(team.shared, "housing")[house]["notes"] == "nhà"


def floating_point(team):
    """geodiff: floating point values arrive bit for bit."""
    first, second = pick(team.an.path, "trees", 2)
    team.an.update("trees", first, height_m=0.1 + 0.2)
    team.binh.update("trees", second, dbh_cm=1e-9 * 3)
    yield
    shared = rows(team.shared, "trees")
    assert shared[first]["height_m"] == 0.30000000000000004 and shared[second]["dbh_cm"] == 3.0000000000000004e-09


def dates_and_times(team):
    """geodiff: datetime values."""
    first, second = pick(team.an.path, "trees", 2)
    team.an.update("trees", first, survey_date="2024-02-29")
    team.binh.update("trees", second, survey_date="1999-12-31")
    yield
    shared = rows(team.shared, "trees")
    assert (shared[first]["survey_date"], shared[second]["survey_date"]) == ("2024-02-29", "1999-12-31")


def utf8_text(team):
    """geodiff: UTF-8 text; the same word typed decomposed (NFD) and precomposed (NFC) is one value."""
    first, second = pick(team.an.path, "trees", 2)
    team.an.update("trees", first, notes="Ho\u0300a – cây sưa đỏ 紅")
    team.an.remember("trees", first, {"notes": "H\u00f2a – cây sưa đỏ 紅"})     # stored in NFC
    team.binh.update("trees", first, notes="H\u00f2a – cây sưa đỏ 紅")
    team.binh.update("trees", second, notes="Đường Nguyễn Văn Linh")
    yield
    assert not team.binh.conflicts()
    assert query(team.an.path, "SELECT notes FROM trees WHERE uuid = ?", (first,))[0][0].startswith("H\u00f2a")
    assert rows(team.shared, "trees")[first]["notes"] == "H\u00f2a – cây sưa đỏ 紅"
    assert rows(team.shared, "trees")[second]["notes"] == "Đường Nguyễn Văn Linh"


def same_feature_added_twice(team):
    """Mergin client: the same file added twice -> the same feature (uuid) added in both copies:
    one asset, one code, no conflict."""
    anchor = pick(team.an.path, "trees")
    blob = team.an.get("trees", anchor, "geom")
    x, y = point_xy(blob)
    same = str(uuid_module.uuid4())
    for editor in team.editors:
        editor.insert("trees", uuid=same, geom=point_blob(x + 1, y + 1, blob_srs_id(blob)), notes="cùng một cây",
                      height_m=4.0)
    yield
    assert not team.an.conflicts() and not team.binh.conflicts()
    codes = {query(e.path, "SELECT asset_code FROM trees WHERE uuid = ?", (same,))[0][0] for e in team.editors}
    assert codes == {rows(team.shared, "trees")[same]["asset_code"]}


def remote_schema_change(team):
    """Mergin client: rebase with a remote schema change -> a field added to the shared map (GDAL)
    while both have unsent edits: it reaches both copies, and the edits arrive."""
    first, second = pick(team.an.path, "trees", 2)
    team.an.update("trees", first, notes="trước khi thêm trường")
    team.binh.update("trees", second, notes="cũng trước đó")
    run_tool(OGRINFO, team.shared, "-sql", "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    execute(team.shared, "UPDATE trees SET girth_cm = 88.5 WHERE uuid = ?", (second,))
    yield
    for editor in team.editors:
        assert query(editor.path, "SELECT girth_cm FROM trees WHERE uuid = ?", (second,)) == [(88.5,)]
    shared = rows(team.shared, "trees")
    assert (shared[first]["notes"], shared[second]["notes"]) == ("trước khi thêm trường", "cũng trước đó")


def local_and_remote_schema_change(team):
    """Mergin client: rebase with local and remote schema change -> the same field added to the
    shared map and to An's copy: both sync, and An's value in it arrives."""
    tree = pick(team.an.path, "trees")
    for path in (team.shared, team.an.path):
        run_tool(OGRINFO, path, "-sql", "ALTER TABLE trees ADD COLUMN girth_cm REAL")
    execute(team.an.path, "UPDATE trees SET girth_cm = 91.0 WHERE uuid = ?", (tree,))
    yield
    for path in (team.shared, team.an.path, team.binh.path):
        assert query(path, "SELECT girth_cm FROM trees WHERE uuid = ?", (tree,)) == [(91.0,)]


CASES = [two_inserts, insert_multiple, two_updates_same_field, two_updates_different_fields,
         rebase_insert_and_update, rebase_update_and_insert, rebase_delete_and_insert,
         rebase_updates_of_different_features, two_deletes, delete_then_update, update_then_delete,
         updates_to_different_tables, floating_point, dates_and_times, utf8_text, same_feature_added_twice]
# Fields added to the shared GeoPackage with GDAL: a PostgreSQL ward gains fields through its publisher,
# and copies made before refuse to sync (tests/postgres).
GEOPACKAGE_CASES = [remote_schema_change, local_and_remote_schema_change]


@pytest.mark.parametrize("case", CASES, ids=[c.__name__ for c in CASES])
def test_peer_case(team, case):
    play(team, case)


@pytest.mark.parametrize("case", GEOPACKAGE_CASES, ids=[c.__name__ for c in GEOPACKAGE_CASES])
def test_peer_case_changing_the_shared_geopackages_fields(gpkg_team, case):
    play(gpkg_team, case)


def play(team, case):
    steps = case(team)
    next(steps)
    team.round()
    with pytest.raises(StopIteration):
        next(steps)
    team.finish()


def test_stamps_of_edits_in_qgis_follow_the_change_that_stands(demo_ward_master, tmp_path, qgis_app):
    """The office and the field team edit different fields of one tree in QGIS: no conflict,
    `updated_by` names the editor of the latest change, `created_*` stay, stamps end in Z."""
    shared = make_shared(demo_ward_master, tmp_path / "share")
    an, binh = (QgisEditor(n, p) for n, p in zip(("An", "Binh"), make_copies(shared, tmp_path / "copies")))
    tree = pick(an.path, "trees")
    created = stamps(an.path, "trees", tree)[1]
    an.update("trees", tree, condition="kem")
    an.sync()
    binh.update("trees", tree, height_m=14.0)
    assert binh.sync().conflicts == 0
    assert an.sync().conflicts == 0
    for path in (shared, an.path, binh.path):
        assert stamps(path, "trees", tree) == ("Binh", created)
        assert query(path, "SELECT updated_at FROM trees WHERE uuid = ?", (tree,))[0][0].endswith("Z")
