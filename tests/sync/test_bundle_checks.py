"""Change bundles are checked like any other input before anything is written: a hand-made or
damaged ``.mymapsync`` (broken geometry, huge text, unknown table or field, a value outside its
domain or of the wrong type, bad JSON, missing tables) is refused with a MyMapError that names the
bundle and the fault, and the target file stays byte for byte the same. A bundle made before a
column was added to the shared map still imports."""
import json
import re
import shutil
import sqlite3
import struct
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import processing
import pytest
from qgis.core import QgsProcessingException

from mymap_plugin.errors import MyMapError
from mymap_plugin.sync import incoming_changes
from mymap_plugin.sync.bundles import export_changes, import_changes
from mymap_plugin.sync.database import dumps, gpkg_wkb, loads
from mymap_plugin.sync.share_lock import lock_path
from tests.sync_helpers import execute, make_copies, make_shared, query, rows
from tests.sync_scenario_helpers import Editor, blob_srs_id, pick, point_blob, point_xy, sha256

NOTHING = "(?i)nothing was imported"


@pytest.fixture(scope="module")
def made(demo_ward_master, tmp_path_factory, qgis_app):
    """Made once for the module: a shared map with An's and Binh's working copies; An's bundle
    (one tree's notes changed, one new tree) and, after importing it into the shared map, the
    shared history as a bundle. Tests work on copies of `pristine` (the shared map before An's
    bundle) and of Binh's copy."""
    folder = tmp_path_factory.mktemp("bundle_checks")
    shared = make_shared(demo_ward_master, folder / "share")
    an_path, binh_path = make_copies(shared, folder / "copies", ("An", "Binh"))
    an = Editor("An", an_path)
    changed = pick(an.path, "trees", skip=3)
    an.update("trees", changed, notes="qua USB")
    added = an.insert("trees", geom=an.get("trees", changed, "geom"), notes="cây mới", height_m=4.5)
    changeset = export_changes(an.path, folder / "an.mymapsync")
    assert changeset["features"] == 2
    pristine = folder / "pristine.gpkg"
    shutil.copyfile(str(shared), str(pristine))
    import_changes(folder / "an.mymapsync", shared)
    export_changes(shared, folder / "shared.mymapsync")
    return SimpleNamespace(pristine=pristine, binh=binh_path, changeset=folder / "an.mymapsync",
                           log=folder / "shared.mymapsync", changed=changed, added=added,
                           tree_blob=an.get("trees", changed, "geom"))


@pytest.fixture
def shared(made, tmp_path):
    """A private copy of the shared map as it was before An's bundle."""
    target = tmp_path / "share" / "shared.gpkg"
    target.parent.mkdir()
    shutil.copyfile(str(made.pristine), str(target))
    return target


@pytest.fixture
def binh(made, tmp_path):
    target = tmp_path / "binh.gpkg"
    shutil.copyfile(str(made.binh), str(target))
    return target


# --- making bad bundles ----------------------------------------------------------------------

def tampered(source, folder, name, *statements):
    """A copy of the bundle *source*, changed with plain SQL (statement, args) pairs."""
    target = Path(folder) / name
    shutil.copyfile(str(source), str(target))
    with closing(sqlite3.connect(str(target))) as bundle, bundle:
        for sql, args in statements:
            bundle.execute(sql, args)
    return target


def with_values(source, folder, name, feature, table="changes", column="mine", **values):
    """A copy of the bundle whose row for the uuid *feature* holds *values* in *column* (mine /
    new)."""
    with closing(sqlite3.connect(str(source))) as bundle:
        (text,) = bundle.execute("SELECT {} FROM {} WHERE uuid = ?".format(column, table), (feature,)).fetchone()
    row = loads(text)
    row.update(values)
    return tampered(source, folder, name, ("UPDATE {} SET {} = ? WHERE uuid = ?".format(table, column),
                                           (dumps(row), feature)))


def gpkg_blob(wkb, srs_id, flags=0x01):
    """A GeoPackage geometry blob (little endian header, no envelope unless *flags* says so)."""
    return b"GP\x00" + bytes([flags]) + struct.pack("<i", srs_id) + wkb


def line_blob(x, y, srs_id):
    return gpkg_blob(struct.pack("<BII4d", 1, 2, 2, x, y, x + 3.0, y + 4.0), srs_id)


def bad_geometries(blob):
    """name → (broken blob, words the message must contain)."""
    srs_id = blob_srs_id(blob)
    x, y = point_xy(blob)
    wkb = gpkg_wkb(blob)
    return {
        "truncated WKB": (bytes(blob)[:-5], "geom"),
        "LineString into trees": (line_blob(x, y, srs_id), "LineString"),
        "bad magic": (b"XX" + bytes(blob)[2:], "not a GeoPackage geometry"),
        "unknown version": (b"GP\x07" + bytes(blob)[3:], "geom"),
        "envelope indicator 7": (gpkg_blob(wkb, srs_id, flags=0x0F), "geom"),
        "header only": (bytes(blob)[:8], "geom"),
        "NaN coordinate": (point_blob(float("nan"), y, srs_id), "finite"),
        "other coordinate system": (point_blob(x, y, 4326), "4326"),
        "bytes after the WKB": (bytes(blob) + b"\x00\x01", "geom"),
        "envelope that does not fit": (gpkg_blob(struct.pack("<4d", 0.0, 1.0, 0.0, 1.0) + wkb, srs_id, flags=0x03),
                                       "envelope"),
        "text instead of a geometry": ("POINT (1 2)", "geom"),
    }


def assert_refused(bundle, target, *words):
    """Importing *bundle* into *target* raises a MyMapError naming *words* and saying nothing was
    imported; *target* is byte for byte unchanged and no lock file is left."""
    before = sha256(target)
    with pytest.raises(MyMapError) as refused:
        import_changes(bundle, target, "An")
    message = str(refused.value)
    assert re.search(NOTHING, message), message
    for word in words:
        assert word in message, (word, message)
    assert sha256(target) == before
    assert not lock_path(target).exists()
    return message


# --- geometry --------------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["truncated WKB", "LineString into trees", "bad magic", "unknown version",
                                  "envelope indicator 7", "header only", "NaN coordinate",
                                  "other coordinate system", "bytes after the WKB", "envelope that does not fit",
                                  "text instead of a geometry"])
def test_a_broken_geometry_in_a_new_feature_is_refused(made, shared, tmp_path, case):
    blob, word = bad_geometries(made.tree_blob)[case]
    bundle = with_values(made.changeset, tmp_path, "bad.mymapsync", made.added, geom=blob)
    message = assert_refused(bundle, shared, word, "bad.mymapsync", "trees", made.added)
    assert "Traceback" not in message


def test_a_broken_geometry_in_the_shared_history_is_refused_by_a_working_copy(made, binh, tmp_path):
    """The other direction: a log bundle whose new tree has a truncated geometry is refused by
    Binh's working copy, which is left unchanged; the genuine log bundle then imports."""
    broken = bytes(made.tree_blob)[:-3]
    bundle = with_values(made.log, tmp_path, "bad_log.mymapsync", made.added, table="log", column="new",
                         geom=broken)
    assert_refused(bundle, binh, "geom", "trees", made.added)
    pulled = import_changes(made.log, binh)
    assert pulled["pulled"] == 2
    assert rows(binh, "trees")[made.added]["notes"] == "cây mới"


# --- sizes, tables, fields, types, domains ----------------------------------------------------

def test_a_50_mb_text_value_is_refused(made, shared, tmp_path):
    bundle = with_values(made.changeset, tmp_path, "big.mymapsync", made.changed, notes="x" * (50 * 1024 * 1024))
    assert_refused(bundle, shared, "notes", "trees", made.changed,
                   str(incoming_changes.MAX_TEXT_CHARS))
    assert tmp_path.joinpath("big.mymapsync").stat().st_size > 50 * 1024 * 1024


def test_text_of_the_largest_allowed_size_is_taken(made, shared, tmp_path):
    text = "ghi chú " * (incoming_changes.MAX_TEXT_CHARS // 8)
    assert len(text) == incoming_changes.MAX_TEXT_CHARS
    bundle = with_values(made.changeset, tmp_path, "long.mymapsync", made.changed, notes=text)
    assert import_changes(bundle, shared, "An")["pushed"] == 2
    assert rows(shared, "trees")[made.changed]["notes"] == text


@pytest.mark.parametrize("values, words", [
    ({"colour": "red"}, ("colour",)),
    ({"fid": 7}, ("fid",)),
    ({"condition": "excellent"}, ("condition", "excellent")),
    ({"height_m": "tall"}, ("height_m", "tall")),
    ({"height_m": 75.0}, ("height_m", "75")),
    ({"height_m": float("nan")}, ("height_m",)),
    ({"planting_year": 1999.5}, ("planting_year",)),
    ({"species_id": 10 ** 30}, ("species_id",)),
    ({"is_heritage": 2}, ("is_heritage",)),
    ({"last_inspection_date": "10/05/2025"}, ("last_inspection_date",)),
    ({"last_inspection_date": "2025-02-30"}, ("last_inspection_date",)),
    ({"updated_at": "yesterday"}, ("updated_at",)),
    ({"notes": ["a", "list"]}, ("notes",)),
    ({"notes": {"nested": 1}}, ("notes",)),
    ({"notes": b"\x00\x01"}, ("notes",)),
    ({"uuid": "1b4e28ba-2fa1-11d2-883f-0016d3cca427"}, ("1b4e28ba-2fa1-11d2-883f-0016d3cca427",)),
], ids=["unknown field", "fid", "domain", "text in a real field", "above the maximum", "NaN",
        "fraction in an integer field", "integer too large", "boolean 2", "date format", "no such day",
        "datetime", "list", "object", "bytes in a text field", "another uuid inside the row"])
def test_a_bad_value_in_a_new_feature_is_refused(made, shared, tmp_path, values, words):
    bundle = with_values(made.changeset, tmp_path, "bad.mymapsync", made.added, **values)
    assert_refused(bundle, shared, made.added, *words)


def test_a_required_field_emptied_by_an_update_is_refused(made, shared, tmp_path):
    house = pick(shared, "housing")
    bundle = tampered(made.changeset, tmp_path, "required.mymapsync",
                      ("UPDATE changes SET table_name = 'housing', uuid = ?, base = ?, mine = ? WHERE uuid = ?",
                       (house, dumps({"uuid": house, "use_type": "o"}), dumps({"uuid": house, "use_type": None}),
                        made.changed)))
    assert_refused(bundle, shared, "use_type", "housing", house)


@pytest.mark.parametrize("table, uuid, words", [
    ("secrets", None, ("secrets",)),
    ("mymap_ward_settings", None, ("mymap_ward_settings",)),
    (None, "not-a-uuid", ("not-a-uuid",)),
    (None, "", ("trees",)),
], ids=["unknown table", "settings table", "uuid", "empty uuid"])
def test_an_unknown_table_or_a_malformed_uuid_is_refused(made, shared, tmp_path, table, uuid, words):
    sets, args = [], []
    if table is not None:
        sets.append("table_name = ?")
        args.append(table)
    if uuid is not None:
        sets.append("uuid = ?")
        args.append(uuid)
    bundle = tampered(made.changeset, tmp_path, "bad.mymapsync",
                      ("UPDATE changes SET {} WHERE uuid = ?".format(", ".join(sets)), args + [made.added]))
    assert_refused(bundle, shared, *words)


def test_the_same_feature_twice_in_one_bundle_is_refused(made, shared, tmp_path):
    bundle = tampered(made.changeset, tmp_path, "twice.mymapsync",
                      (("INSERT INTO changes (table_name, uuid, base, mine) SELECT table_name, uuid, base, mine "
                        "FROM changes WHERE uuid = ?"), (made.changed,)))
    assert_refused(bundle, shared, made.changed)


def test_too_many_rows_are_refused_before_they_are_read(made, shared, tmp_path, monkeypatch):
    monkeypatch.setattr(incoming_changes, "MAX_ROWS", 1)
    assert_refused(made.changeset, shared, "an.mymapsync", "2")


# --- damaged structure ----------------------------------------------------------------------

@pytest.mark.parametrize("statements, words", [
    ([("DROP TABLE changes", ())], ("changes",)),
    ([("ALTER TABLE changes RENAME COLUMN mine TO mien", ())], ("changes",)),
    ([("DROP TABLE meta", ())], ("not a MyMap change bundle",)),
    ([("DELETE FROM meta WHERE key = 'kind'", ())], ()),
    ([("UPDATE meta SET value = 'party' WHERE key = 'kind'", ())], ()),
    ([("DELETE FROM meta WHERE key = 'cs_changeset'", ())], ()),
    ([("UPDATE meta SET value = 'soon' WHERE key = 'cs_base_seq'", ())], ()),
    ([("UPDATE meta SET value = ? WHERE key = 'cs_editor'", ("E" * 5000,))], ()),
    ([("UPDATE changes SET mine = '{not json'", ())], ("changes",)),
    ([("UPDATE changes SET mine = '[1, 2, 3]'", ())], ("changes",)),
    ([("UPDATE changes SET mine = 'null'", ())], ("changes",)),
    ([("UPDATE changes SET mine = '{\"geom\": {\"$hex\": \"zz\"}}'", ())], ("changes",)),
    ([("UPDATE changes SET mine = ?", ("[" * 100000,))], ("changes",)),
    ([("UPDATE changes SET mine = 42", ())], ("changes",)),
    ([("UPDATE changes SET base = NULL, mine = NULL", ())], ()),
    ([("UPDATE changes SET table_name = 7", ())], ()),
], ids=["no changes table", "renamed column", "no meta table", "no kind", "unknown kind", "no changeset id",
        "base_seq not a number", "editor name too long", "bad JSON", "JSON list", "JSON null", "bad hex",
        "deeply nested JSON", "number instead of JSON", "neither base nor mine", "table name a number"])
def test_a_damaged_changeset_bundle_is_refused(made, shared, tmp_path, statements, words):
    bundle = tampered(made.changeset, tmp_path, "damaged.mymapsync", *statements)
    assert_refused(bundle, shared, "damaged.mymapsync", *words)


@pytest.mark.parametrize("statements, words", [
    ([("DROP TABLE changesets", ())], ("changesets",)),
    ([("UPDATE log SET op = 'X'", ())], ("X",)),
    ([("UPDATE log SET op = 'D'", ())], ()),
    ([("UPDATE log SET changeset = 'nope'", ())], ("nope",)),
    ([("UPDATE log SET new = '\"text\"'", ())], ("log",)),
    ([("UPDATE changesets SET last_seq = 'many'", ())], ("changesets",)),
    ([("UPDATE meta SET value = 'later' WHERE key = 'since'", ())], ()),
], ids=["no changesets table", "unknown op", "op against its values", "changeset id", "JSON text",
        "last_seq not a number", "since not a number"])
def test_a_damaged_log_bundle_is_refused(made, binh, tmp_path, statements, words):
    bundle = tampered(made.log, tmp_path, "damaged.mymapsync", *statements)
    assert_refused(bundle, binh, "damaged.mymapsync", *words)


@pytest.mark.parametrize("content", [b"", b"\x00" * 4096, b"SQLite format 3\x00" + b"\xff" * 200,
                                     "ghi chú".encode() * 100],
                         ids=["empty", "zeros", "broken SQLite header", "text"])
def test_a_file_that_is_no_bundle_is_refused(shared, tmp_path, content):
    bundle = tmp_path / "garbage.mymapsync"
    bundle.write_bytes(content)
    assert_refused(bundle, shared, "garbage.mymapsync")


def test_a_bad_bundle_is_a_clear_processing_error(mymap_provider, made, shared, tmp_path):
    bundle = with_values(made.changeset, tmp_path, "bad.mymapsync", made.added, condition="excellent")
    before = sha256(shared)
    with pytest.raises(QgsProcessingException, match="excellent"):
        processing.run("mymap:import_changes", {"INPUT": str(bundle), "TARGET": str(shared)})
    assert sha256(shared) == before


# --- what still imports ----------------------------------------------------------------------

def test_a_bundle_made_before_a_column_was_added_to_the_shared_map_imports(made, shared):
    """A column added to the shared map (plain SQL) after An exported: the bundle's rows simply
    lack it; both features arrive, the new tree with the column empty."""
    execute(shared, 'ALTER TABLE trees ADD COLUMN "girth_class" TEXT')
    result = import_changes(made.changeset, shared, "An")
    assert (result["pushed"], result["conflicts"], result["already_imported"]) == (2, 0, False)
    trees = rows(shared, "trees")
    assert trees[made.changed]["notes"] == "qua USB"
    assert trees[made.added]["notes"] == "cây mới" and trees[made.added]["girth_class"] is None
    assert query(shared, "PRAGMA integrity_check") == [("ok",)]


def test_a_column_added_to_the_shared_map_is_checked_by_its_declared_type(made, shared, tmp_path):
    """A bundle that fills a column added to the shared map beside the schema: a value of the
    column's type is taken, text in an INTEGER column is refused."""
    execute(shared, 'ALTER TABLE trees ADD COLUMN "girth_cm" INTEGER')
    wrong = with_values(made.changeset, tmp_path, "wrong.mymapsync", made.added, girth_cm="to")
    assert_refused(wrong, shared, "girth_cm", made.added)
    right = with_values(made.changeset, tmp_path, "right.mymapsync", made.added, girth_cm=140)
    assert import_changes(right, shared, "An")["pushed"] == 2
    assert rows(shared, "trees")[made.added]["girth_cm"] == 140


def test_the_shared_history_may_carry_values_the_forms_would_refuse(made, shared, binh, tmp_path):
    """Domains and ranges are held on the way into the shared map only: a value outside them that
    the shared map already took (a direct edit in plain SQL) still reaches a working copy by
    bundle, as it would by an online sync."""
    tree = pick(shared, "trees", skip=20)
    execute(shared, "UPDATE trees SET condition = 'rat_tot', height_m = 75.0 WHERE uuid = ?", (tree,))
    export_changes(shared, tmp_path / "history.mymapsync")
    assert import_changes(tmp_path / "history.mymapsync", binh)["pulled"] == 1
    row = rows(binh, "trees")[tree]
    assert (row["condition"], row["height_m"]) == ("rat_tot", 75.0)


def test_a_refused_new_feature_in_the_shared_history_imports(made, shared, binh, tmp_path):
    """A hand-made but sound bundle adds a species whose species_id is taken: the shared map
    refuses that row (kept as an entry R in its history, with a conflict). The history bundle,
    R entry included, imports into a working copy; the refused species stays out."""
    taken = query(shared, "SELECT species_id FROM species ORDER BY fid LIMIT 1")[0][0]
    species = "5f0c6a52-3c1e-4a7e-9b57-2f6f8e0d9c11"
    bundle = tampered(made.changeset, tmp_path, "species.mymapsync",
                      ("INSERT INTO changes (table_name, uuid, base, mine) VALUES ('species', ?, NULL, ?)",
                       (species, dumps({"uuid": species, "species_id": taken, "name_vi": "Cây thử",
                                        "scientific_name": None, "restriction": "binh_thuong"}))))
    result = import_changes(bundle, shared, "An")
    assert (result["pushed"], result["conflicts"]) == (2, 1)
    assert query(shared, "SELECT op FROM mymap_sync_log WHERE uuid = ?", (species,)) == [("R",)]
    export_changes(shared, tmp_path / "history.mymapsync")
    assert import_changes(tmp_path / "history.mymapsync", binh)["pulled"] == 3     # the R entry counts
    assert species not in rows(binh, "species")
    assert rows(binh, "trees")[made.added]["notes"] == "cây mới"


def test_a_bundle_with_a_field_the_target_lacks_names_the_field(made, binh, tmp_path):
    """The other way round: the shared history carries a column Binh's copy does not have. The
    message names it; nothing is imported."""
    bundle = with_values(made.log, tmp_path, "wider.mymapsync", made.added, table="log", column="new",
                         girth_class="lớn")
    assert_refused(bundle, binh, "girth_class", "trees")


def test_hand_made_but_sound_values_are_taken(made, shared, tmp_path):
    """What the checks must not refuse: an empty geometry-free update, a point with an envelope
    in its header, an integer in a real field, a datetime without time zone, NULLs."""
    x, y = point_xy(made.tree_blob)
    srs_id = blob_srs_id(made.tree_blob)
    with_envelope = gpkg_blob(struct.pack("<BI2d", 1, 1, x + 1, y + 1), srs_id, flags=0x03)
    with_envelope = with_envelope[:8] + struct.pack("<4d", x + 1, x + 1, y + 1, y + 1) + with_envelope[8:]
    bundle = with_values(made.changeset, tmp_path, "sound.mymapsync", made.added, geom=with_envelope,
                         height_m=12, updated_at="2025-09-15T08:00:00", risk_level=None, is_heritage=1)
    assert import_changes(bundle, shared, "An")["pushed"] == 2
    tree = rows(shared, "trees")[made.added]
    assert (tree["height_m"], tree["is_heritage"]) == (12, 1)
    assert point_xy(tree["geom"]) == (x + 1, y + 1)


def test_checks_read_the_bundle_values_as_json_exports_them(made):
    """The bundle's rows are plain JSON objects (a guard for the helpers above)."""
    with closing(sqlite3.connect(str(made.changeset))) as bundle:
        texts = [mine for (mine,) in bundle.execute("SELECT mine FROM changes")]
    assert all(isinstance(json.loads(text), dict) for text in texts)
