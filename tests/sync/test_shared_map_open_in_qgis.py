"""The shared map open in QGIS (issue 11, point 2): viewing it, editing it directly, or an edit
session left open must not stop sync and checkout, and the file must not be left in WAL mode.

QGIS 3.22 turns a local GeoPackage to WAL when a layer starts editing and keeps it so while any
layer of the file stays open; the first test shows that happens here too (headless), so the
others test the real thing."""
import contextlib
import gc
import sqlite3
import time
from pathlib import Path

import pytest
from qgis.core import QgsFeatureRequest, QgsProject, QgsVectorLayer

from mymap_plugin.errors import MyMapError
from mymap_plugin.sync import journal_mode
from mymap_plugin.sync.checkout import checkout
from mymap_plugin.sync.sync_working_copy import status, sync
from mymap_plugin.ward_map.create_ward_map import layer_source
from mymap_plugin.ward_map.edit_hooks import WardLayerWatcher
from mymap_plugin.ward_map.open_ward_map import open_ward_map
from tests.sync_helpers import assert_converged, execute, make_shared, query

NOTE = "Gốc cây bị nứt (sửa trực tiếp)"


def mode(path):
    return query(path, "PRAGMA journal_mode")[0][0].lower()


def wal_files_gone(path):
    return not Path(str(path) + "-wal").exists() and not Path(str(path) + "-shm").exists()


@pytest.fixture
def share(demo_ward_master, tmp_path, qgis_new_project):
    """A shared map (made so by a first checkout) and An's working copy."""
    shared = make_shared(demo_ward_master, tmp_path / "share")
    mine = Path(checkout(shared, tmp_path / "an.gpkg", "An")["working"])
    yield shared, mine, tmp_path
    QgsProject.instance().removeAllMapLayers()


@pytest.fixture
def watcher(qgis_new_project):
    """MyMap's layer watcher, as the plugin runs it in QGIS."""
    watcher = WardLayerWatcher(QgsProject.instance(), user="gis-officer")
    yield watcher
    watcher.unload()


def plain_qgis_layers(shared, tables=("trees", "housing")):
    """Layers of the shared map added the way plain QGIS adds them (no MyMap involved)."""
    layers = {table: QgsVectorLayer(layer_source(shared, table), table, "ogr") for table in tables}
    assert all(layer.isValid() for layer in layers.values())
    QgsProject.instance().addMapLayers(list(layers.values()))
    return layers


def layers_by_table(group):
    return {node.layer().source().split("layername=")[-1]: node.layer() for node in group.findLayers()}


def first_tree(layer):
    return next(layer.getFeatures(QgsFeatureRequest().setFilterExpression('"height_m" IS NOT NULL')))


def direct_edit(layer, note=NOTE):
    """Start editing, change a field, save: one direct edit of the shared map."""
    tree = first_tree(layer)
    assert layer.startEditing()
    assert layer.changeAttributeValue(tree.id(), layer.fields().indexOf("notes"), note)
    assert layer.commitChanges(), layer.commitErrors()
    return tree["uuid"]


def test_plain_qgis_leaves_the_shared_map_in_wal_and_sync_and_checkout_still_work(share):
    """Without MyMap's hooks, QGIS switches the file to WAL and holds it: MyMap writes in WAL (safe
    on this computer), and puts the file back in DELETE mode once QGIS lets go."""
    shared, mine, tmp_path = share
    layers = plain_qgis_layers(shared)
    trees = layers["trees"]
    assert trees.startEditing()
    trees.rollBack()
    assert mode(shared) == "wal"                 # what QGIS does on its own: the bug is reproduced
    uuid = direct_edit(trees)
    assert mode(shared) == "wal"

    execute(mine, "UPDATE trees SET condition = 'kem' WHERE uuid = (SELECT uuid FROM trees ORDER BY fid "
                  "LIMIT 1 OFFSET 40)")
    report = sync(mine)
    assert report.pushed == 1 and report.direct_edits == 1
    assert query(mine, "SELECT notes FROM trees WHERE uuid = ?", (uuid,)) == [(NOTE,)]
    second = Path(checkout(shared, tmp_path / "binh.gpkg", "Binh")["working"])
    assert query(second, "SELECT notes FROM trees WHERE uuid = ?", (uuid,)) == [(NOTE,)]
    assert query(shared, "PRAGMA integrity_check") == [("ok",)]

    # QGIS lets go of the file once its layers are gone (and Python has freed their wrappers).
    QgsProject.instance().removeAllMapLayers()
    del layers, trees
    gc.collect()
    sync(mine)
    assert mode(shared) == "delete" and wal_files_gone(shared)
    assert_converged(shared, [mine, second])


def test_open_ward_map_keeps_the_shared_map_in_delete_mode_while_it_is_edited(share, watcher):
    """*Open ward map…* on the shared map, cancel an edit session, save a direct edit: the file stays
    in DELETE mode, and sync and checkout work with the map still open."""
    shared, mine, tmp_path = share
    layers = layers_by_table(open_ward_map(shared))
    trees = layers["trees"]
    assert trees.startEditing()
    assert mode(shared) == "delete"
    trees.rollBack()
    uuid = direct_edit(trees)
    assert layers["housing"].startEditing()
    layers["housing"].rollBack()
    assert mode(shared) == "delete" and wal_files_gone(shared)
    stamp = query(shared, "SELECT updated_at, updated_by FROM trees WHERE uuid = ?", (uuid,))[0]
    assert stamp[0].endswith("Z") and len(stamp[0]) == 20 and stamp[1] == "gis-officer"

    report = sync(mine)
    assert report.direct_edits == 1
    assert query(mine, "SELECT notes FROM trees WHERE uuid = ?", (uuid,)) == [(NOTE,)]
    second = Path(checkout(shared, tmp_path / "binh.gpkg", "Binh")["working"])
    assert query(second, "SELECT notes FROM trees WHERE uuid = ?", (uuid,)) == [(NOTE,)]
    assert mode(shared) == "delete" and wal_files_gone(shared)

    # The open layers show what the sync brought in; editing goes on, still without WAL.
    execute(second, "UPDATE trees SET condition = 'tot' WHERE uuid = ?", (uuid,))
    sync(second)
    trees.reload()
    assert next(trees.getFeatures("\"uuid\" = '{}'".format(uuid)))["condition"] == "tot"
    direct_edit(trees, "Đã chằng chống")
    assert mode(shared) == "delete"
    sync(mine)
    sync(second)
    assert_converged(shared, [mine, second])
    assert mode(shared) == "delete" and wal_files_gone(shared)


def test_an_edit_session_open_in_this_qgis_is_named_and_nothing_is_written(share, watcher):
    shared, mine, tmp_path = share
    layers = layers_by_table(open_ward_map(shared))
    execute(mine, "UPDATE trees SET condition = 'kem' WHERE uuid = (SELECT uuid FROM trees LIMIT 1)")
    assert layers["trees"].startEditing() and layers["sensors"].startEditing()
    before = query(shared, "SELECT max(seq) FROM mymap_sync_log")
    for attempt in (lambda: sync(mine), lambda: checkout(shared, tmp_path / "binh.gpkg", "Binh")):
        with pytest.raises(MyMapError) as raised:
            attempt()
        message = str(raised.value)
        assert layers["trees"].name() in message and layers["sensors"].name() in message
        assert "Save or cancel" in message
    assert query(shared, "SELECT max(seq) FROM mymap_sync_log") == before
    assert not (tmp_path / "binh.gpkg").exists() and status(mine)["pending"] == 1

    layers["trees"].rollBack()
    layers["sensors"].commitChanges()
    assert sync(mine).pushed == 1
    assert checkout(shared, tmp_path / "binh.gpkg", "Binh")
    assert mode(shared) == "delete"


@pytest.fixture
def wal_reader(share):
    """Another program on this computer (e.g. a QGIS without MyMap) holding the shared map open in WAL."""
    shared = share[0]
    connection = sqlite3.connect(str(shared), isolation_level=None)
    assert connection.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
    connection.execute("SELECT count(*) FROM trees").fetchall()
    yield connection
    connection.close()


def test_a_local_program_holding_the_map_in_wal_does_not_block_and_the_file_is_checkpointed(share, wal_reader):
    shared, mine, tmp_path = share
    uuid = query(mine, "SELECT uuid FROM trees ORDER BY fid LIMIT 1 OFFSET 7")[0][0]
    execute(mine, "UPDATE trees SET notes = 'gửi khi tệp đang ở WAL' WHERE uuid = ?", (uuid,))
    assert sync(mine).pushed == 1
    # SQLite checkpointed after the commit: the database file itself holds the change.
    with contextlib.closing(sqlite3.connect(Path(shared).as_uri() + "?immutable=1", uri=True)) as main_file:
        assert main_file.execute("SELECT notes FROM trees WHERE uuid = ?", (uuid,)).fetchall() == [
            ("gửi khi tệp đang ở WAL",)]
    assert wal_reader.execute("SELECT notes FROM trees WHERE uuid = ?", (uuid,)).fetchall() == [
        ("gửi khi tệp đang ở WAL",)]
    assert checkout(shared, tmp_path / "binh.gpkg", "Binh")
    assert mode(shared) == "wal"                 # still held open by the other program

    wal_reader.close()
    gc.collect()        # checkout() leaves its first read-only connection to the garbage collector
    sync(mine)                                   # nobody holds it now: back to DELETE
    assert mode(shared) == "delete" and wal_files_gone(shared)


def test_on_a_network_share_a_map_held_in_wal_is_refused(share, wal_reader, monkeypatch):
    shared, mine, _tmp_path = share
    monkeypatch.setattr(journal_mode, "is_local_file", lambda path: False)
    execute(mine, "UPDATE trees SET condition = 'kem' WHERE uuid = (SELECT uuid FROM trees LIMIT 1)")
    with pytest.raises(MyMapError, match="WAL mode, which is unsafe on a network share"):
        sync(mine)
    assert status(mine)["pending"] == 1
    wal_reader.close()
    assert sync(mine).pushed == 1                # nobody holds it: switched back, then written
    assert mode(shared) == "delete"


def test_a_write_in_progress_is_waited_for_a_bounded_time_then_named(share, monkeypatch):
    shared, mine, tmp_path = share
    monkeypatch.setattr(journal_mode, "WRITE_WAIT_S", 1.5)
    execute(mine, "UPDATE trees SET condition = 'kem' WHERE uuid = (SELECT uuid FROM trees LIMIT 1)")
    writer = sqlite3.connect(str(shared), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")             # somebody saving (or a transaction-group edit session)
    try:
        started = time.monotonic()
        with pytest.raises(MyMapError, match="being written by another program") as raised:
            sync(mine)
        assert 1.4 < time.monotonic() - started < 20
        assert str(shared) in str(raised.value)
        with pytest.raises(MyMapError, match="locked"):
            checkout(shared, tmp_path / "binh.gpkg", "Binh")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert status(mine)["pending"] == 1
    assert sync(mine).pushed == 1
    assert mode(shared) == "delete"


def test_return_to_delete_only_when_nobody_holds_the_file(share):
    shared = share[0]
    assert journal_mode.return_to_delete(shared)  # already in DELETE mode
    holder = sqlite3.connect(str(shared))
    try:
        assert holder.execute("PRAGMA journal_mode = WAL").fetchone()[0] == "wal"
        holder.execute("SELECT 1 FROM trees LIMIT 1").fetchall()
        assert journal_mode.header_says_wal(shared)
        assert not journal_mode.return_to_delete(shared)
    finally:
        holder.close()
    assert journal_mode.header_says_wal(shared)  # the last connection does not change the mode
    assert journal_mode.return_to_delete(shared)
    assert mode(shared) == "delete" and not journal_mode.header_says_wal(shared)
    assert journal_mode.is_local_file(shared)
    assert journal_mode.keeps_delete_journal(shared)
    assert not journal_mode.keeps_delete_journal(share[1])      # a working copy may use WAL
