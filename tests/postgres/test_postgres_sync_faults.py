"""Faults that only a PostgreSQL shared map has, against the tests' real server.

- The server connection of a sync dies in the middle (its backend terminated while the sync is paused
  inside its transaction, or before it): the editor reads a MyMapError sentence, not a psycopg2
  traceback; the working copy keeps its edits; nothing of the sync is in the shared map; the next
  sync sends everything once.
- Several sync processes of one ward at once queue on the ward's lock and all succeed; wards of one
  database never wait for each other: while a test holds ward A's lock, ward B syncs at once, a ward A
  sync waits and goes through after the release, or gives up with the "busy" sentence naming the holder.
- Edits made directly in the database (an SQL client through psycopg2, QGIS saving a PostGIS layer) while
  working copies have edits are captured, reach the copies, and clash exactly as the same edits made
  in a shared GeoPackage do (the same conflict records).

kill -9 at every fault point runs against both kinds of shared map in tests/sync/test_sync_faults.py
(with, for PostgreSQL, the checks that the lock, the applying flag and the history hold nothing half-done).
"""
import time

import psycopg2
import pytest

from mymap_plugin.postgis import ward_lock
from mymap_plugin.postgis.connection import qgis_uri
from mymap_plugin.sync.sync_working_copy import status, sync
from tests.postgres_copies import CheckedOut, address_of, point_at, publish_second_ward
from tests.postgres_server import free_port
from tests.sync.test_sync_faults import (KILLED, PROMPT_S, Ward, assert_all_arrived, assert_landed_once, edit_batch,
                                         error_text, make_ward, pending, reassures, species_uuids, start_sync,
                                         timed_sync, tree_count, tree_uuids, wait_for_file)
from tests.sync_helpers import (assert_converged, assert_shared_healthy, conflicts, execute, make_copies, query, rows,
                                sync_in_subprocess)

EDITORS = ("An", "Binh", "Chi", "Dung", "Em", "Giang")


@pytest.fixture(scope="module")
def checked_out(postgres_server, published_ward_template, tmp_path_factory, qgis_app):
    checked = CheckedOut(postgres_server, published_ward_template, tmp_path_factory.mktemp("pg-fault-copies"),
                         EDITORS)
    yield checked
    checked.close()


@pytest.fixture
def ward_of(checked_out, tmp_path, request):
    """make(editors) → (Ward, database name): a fresh PostgreSQL shared map and copies of *editors*."""
    def make(editors=("An", "Binh")):
        address, copies = checked_out.fresh(tmp_path / "copies-{}".format(len(checked_out.databases)))
        database = checked_out.databases[-1]
        request.addfinalizer(lambda: checked_out.drop(database))
        chosen = {}
        for editor, copy in zip(EDITORS, copies):
            if editor in editors:
                chosen[editor] = copy
            else:
                copy.unlink()
        return Ward(address, chosen, tree_count(address)), database
    return make


def sync_backends(server, database):
    """pids of the client connections to *database* other than the test's own."""
    with server.connect(database) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                       "AND backend_type = 'client backend' AND pid <> pg_backend_pid()")
        return [row[0] for row in cursor.fetchall()]


def terminate(server, database, pids):
    with server.connect(database) as connection, connection.cursor() as cursor:
        for pid in pids:
            cursor.execute("SELECT pg_terminate_backend(%s)", (pid,))
            assert cursor.fetchone()[0], "backend {} was not terminated".format(pid)


# ---------------------------------------------------------------------------------------------
# The connection dies mid-sync


@pytest.mark.parametrize("point", ["shared_open", "pushed_uncommitted"])
def test_connection_dying_mid_sync_is_explained_and_the_next_sync_finishes(postgres_server, ward_of, tmp_path,
                                                                           point):
    """The sync's backend is terminated while the sync is paused with the shared map open (before its
    transaction) or inside its transaction, having pushed: a MyMapError sentence, edits kept, nothing
    of An's in the shared map and no lock left; the next sync sends every edit once."""
    ward, database = ward_of()
    species = species_uuids(ward.shared)
    binh = edit_batch(ward["Binh"], "Binh", "binh", tree_uuids(ward.shared, 100, 6), species[1])
    sync(ward["Binh"])
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 8), species[0], inserts=3)

    marker = tmp_path / "paused"
    process = start_sync(ward["An"], {"MYMAP_SYNC_PAUSE_AT": point, "MYMAP_SYNC_PAUSE_FILE": str(marker)})
    wait_for_file(marker)
    backends = sync_backends(postgres_server, database)
    assert len(backends) == 1, backends
    if point == "pushed_uncommitted":
        assert query(ward.shared, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted") == [(1,)]
    terminate(postgres_server, database, backends)
    marker.unlink()
    _out, err = process.communicate(timeout=120)

    assert process.returncode not in (0, KILLED), err[-2000:]
    message = error_text(err)
    assert "Traceback" not in message and "psycopg2" not in message, message
    assert reassures(message) and "lost" in message.lower(), message
    assert "schema=ward_12103" in message or "ward_12103" in message, message
    assert pending(ward["An"]) == len(an.uuids())
    assert status(ward["An"])["outbox"]
    assert query(ward.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE editor = 'An'") == [(0,)]
    assert_shared_healthy(ward.shared)

    _report, elapsed = timed_sync(ward["An"])
    assert elapsed < PROMPT_S
    assert_all_arrived(ward, an, binh)


def test_server_unreachable_at_sync_time_keeps_the_edits(postgres_server, ward_of):
    """A shared map whose server cannot be reached (a port nobody listens on): a sentence, edits kept."""
    ward, _database = ward_of(("An",))
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 0, 4))
    real = ward.shared
    point_at(ward["An"], real.replace("port={}".format(postgres_server.port), "port={}".format(free_port())))
    failed = sync_in_subprocess(ward["An"])
    assert failed.returncode == 1, failed.stdout
    message = error_text(failed.stderr)
    assert reassures(message) and "Traceback" not in message, message
    assert pending(ward["An"]) == len(an.uuids())
    point_at(ward["An"], real)
    sync(ward["An"])
    assert_landed_once(ward.shared, an)
    assert_shared_healthy(ward.shared)


# ---------------------------------------------------------------------------------------------
# Several processes at once


def test_six_processes_syncing_one_ward_at_once(ward_of, tmp_path):
    """Six sync processes of six working copies of one ward, released at the same instant: all succeed,
    the history holds six changesets, everybody converges and no edit is lost."""
    ward, _database = ward_of(EDITORS)
    species = species_uuids(ward.shared)
    batches = [edit_batch(ward[editor], editor, editor, tree_uuids(ward.shared, 100 * number, 10), species[number],
                          inserts=3) for number, editor in enumerate(EDITORS)]
    processes = []
    for editor in EDITORS:
        marker = tmp_path / "paused-{}".format(editor)
        processes.append((marker, start_sync(ward[editor], {"MYMAP_SYNC_PAUSE_AT": "start",
                                                            "MYMAP_SYNC_PAUSE_FILE": str(marker)})))
    for marker, _process in processes:
        wait_for_file(marker)
    for marker, _process in processes:
        marker.unlink()
    for _marker, process in processes:
        _out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err[-2000:]
    assert query(ward.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE kind = 'edits'") == [(6,)]
    # one total order: the history's seq has no gap and no repeat, and each changeset owns its own range
    count, distinct, first, last = query(ward.shared, "SELECT count(*), count(DISTINCT seq), min(seq), max(seq) "
                                                      "FROM mymap_sync_log")[0]
    assert count == distinct == last - first + 1
    assert query(ward.shared, "SELECT count(*) FROM mymap_sync_changesets c WHERE c.entries <> "
                              "(SELECT count(*) FROM mymap_sync_log l WHERE l.changeset = c.changeset) "
                              "OR c.entries <> c.last_seq - c.first_seq + 1") == [(0,)]
    assert_all_arrived(ward, *batches)


# A sync that waits LOCK_WAIT_S seconds for the ward's lock instead of ward_lock.WAIT_S.
SHORT_WAIT_SYNC = """
import functools, os, sys
from mymap_plugin.postgis import ward_lock
from mymap_plugin.sync.sync_working_copy import sync
ward_lock.lock_ward = functools.partial(ward_lock.lock_ward, wait_s=float(os.environ["LOCK_WAIT_S"]))
print('READY', flush=True)
r = sync(sys.argv[1])
print('PUSHED', r.pushed, 'PULLED', r.pulled, 'CONFLICTS', r.conflicts)
"""


@pytest.fixture
def two_wards(postgres_server, published_ward_template, demo_ward_master, tmp_path, qgis_app):
    """One database with the demo ward twice (ward_12103 and ward_b, code 12106): An's and Chi's copies
    of ward A, Binh's of ward B, and the database name."""
    database = postgres_server.create_database(template=published_ward_template)
    try:
        ward_b = publish_second_ward(postgres_server, database, demo_ward_master, tmp_path)
        ward_a = address_of(postgres_server, database)
        an, chi = make_copies(ward_a, tmp_path / "a", ("An", "Chi"))
        binh, = make_copies(ward_b, tmp_path / "b", ("Binh",))
        yield (Ward(ward_a, {"An": an, "Chi": chi}, tree_count(ward_a)),
               Ward(ward_b, {"Binh": binh}, tree_count(ward_b)), database)
    finally:
        postgres_server.drop_database(database)


def test_wards_of_one_database_do_not_wait_for_each_other(postgres_server, two_wards):
    """While someone holds ward A's lock (an open transaction), a sync of ward B goes through at once;
    a sync of ward A with a short wait gives up with the busy sentence naming the holder, and one with
    the normal wait waits, then goes through once the holder commits."""
    ward_a, ward_b, database = two_wards
    an = edit_batch(ward_a["An"], "An", "an", tree_uuids(ward_a.shared, 0, 5))
    chi = edit_batch(ward_a["Chi"], "Chi", "chi", tree_uuids(ward_a.shared, 50, 5))
    binh = edit_batch(ward_b["Binh"], "Binh", "binh", tree_uuids(ward_b.shared, 0, 5))
    holder = psycopg2.connect(postgres_server.dsn(database))
    try:
        ward_lock.lock_ward(holder, "ward_12103", "Chị Hoa", computer="office-pc")
        patient = start_sync(ward_a["An"])                  # waits for ward A's lock (ward_lock.WAIT_S)
        assert patient.stdout.readline().strip() == "READY"

        report, elapsed = timed_sync(ward_b["Binh"])         # meanwhile ward B
        assert elapsed < 5 and report.pushed == len(binh.uuids())

        impatient = start_sync(ward_a["Chi"], {"LOCK_WAIT_S": "1.5"}, code=SHORT_WAIT_SYNC)
        _out, err = impatient.communicate(timeout=60)
        assert impatient.returncode == 1, err[-2000:]
        message = error_text(err)
        assert "busy" in message and "Chị Hoa" in message and "office-pc" in message, message
        assert reassures(message), message
        assert pending(ward_a["Chi"]) == len(chi.uuids())

        assert patient.poll() is None, "the sync of ward A did not wait for ward A's lock"
        deadline = time.monotonic() + 10
        while query(ward_a.shared, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted") \
                != [(1,)]:
            assert time.monotonic() < deadline, "the sync of ward A is not waiting for ward A's lock"
            time.sleep(0.05)
        assert patient.poll() is None
        assert query(ward_a.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE editor IN ('An', 'Chi')") \
            == [(0,)]
    finally:
        holder.rollback()
        holder.close()
    out, err = patient.communicate(timeout=60)
    assert patient.returncode == 0, err[-2000:]
    assert "PUSHED {}".format(len(an.uuids())) in out
    sync(ward_a["Chi"])
    sync(ward_a["An"])
    assert_landed_once(ward_a.shared, an, chi)
    assert_landed_once(ward_b.shared, binh)
    assert query(ward_a.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE editor = 'Binh'") == [(0,)]
    for ward in (ward_a, ward_b):
        assert_shared_healthy(ward.shared)
        assert_converged(ward.shared, list(ward.copies.values()))


# ---------------------------------------------------------------------------------------------
# Direct edits in the database


def direct_edit_scenario(ward, edit_shared):
    """The same story on either kind of shared map: the office edits the shared map directly (tree 0's
    notes, tree 1's height, tree 2 deleted) while An changed tree 0's notes and tree 2, and Binh tree 1's
    condition. *edit_shared(statements)* runs [(sql with %s, parameters)] on the shared map. Returns
    An's and Binh's conflict records (without the uuids' order) and the direct edits' shared rows."""
    first, second, third = tree_uuids(ward.shared, 0, 3)
    execute(ward["An"], "UPDATE trees SET notes = ? WHERE uuid = ?", ("An's notes", first))
    execute(ward["An"], "UPDATE trees SET height_m = ? WHERE uuid = ?", (21.5, third))
    execute(ward["Binh"], "UPDATE trees SET condition = ? WHERE uuid = ?", ("kem", second))
    edit_shared([("UPDATE trees SET notes = %s WHERE uuid = %s", ("office notes", first)),
                 ("UPDATE trees SET height_m = %s WHERE uuid = %s", (17.25, second)),
                 ("DELETE FROM trees WHERE uuid = %s", (third,))])
    for editor in ("An", "Binh", "An"):
        sync(ward[editor])
    assert_shared_healthy(ward.shared)
    assert_converged(ward.shared, list(ward.copies.values()))
    shared = rows(ward.shared, "trees")
    assert shared[first]["notes"] == "office notes"
    assert (shared[second]["height_m"], shared[second]["condition"]) == (17.25, "kem")
    return ([c[:7] for c in conflicts(ward["An"])], [c[:7] for c in conflicts(ward["Binh"])],
            third in shared and shared[third]["height_m"])


def test_direct_sql_edits_clash_as_in_a_shared_geopackage(ward_of, demo_ward_master, tmp_path):
    """psql-like edits through psycopg2 while the copies have edits: captured, synced to the copies,
    and the clashes recorded exactly as the same edits made in a shared GeoPackage."""
    postgres, _database = ward_of()

    def in_postgres(statements):
        connection = psycopg2.connect(postgres.shared.rsplit(" schema=", 1)[0])
        try:
            with connection, connection.cursor() as cursor:
                for statement, parameters in statements:
                    cursor.execute(statement.replace("trees", "ward_12103.trees"), parameters)
        finally:
            connection.close()

    def in_geopackage(statements):
        for statement, parameters in statements:
            execute(geopackage.shared, statement.replace("%s", "?"), parameters)

    geopackage = make_ward(demo_ward_master, tmp_path / "gpkg")
    expected = direct_edit_scenario(geopackage, in_geopackage)
    assert expected[0], "the scenario should make An's edit clash with the office's"
    assert direct_edit_scenario(postgres, in_postgres) == expected
    assert query(postgres.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE kind <> 'edits'") == \
        query(geopackage.shared, "SELECT count(*) FROM mymap_sync_changesets WHERE kind <> 'edits'")


def test_edits_saved_by_qgis_on_the_postgis_layer_reach_the_copies(ward_of):
    """QGIS's postgres provider saves an edit session on the shared map's trees (attribute, geometry,
    new feature) while An has edits: An's sync takes the office's edits in and sends its own."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer, QgsVectorLayerUtils
    ward, _database = ward_of()
    first, second = tree_uuids(ward.shared, 0, 2)
    an = edit_batch(ward["An"], "An", "an", tree_uuids(ward.shared, 200, 4), inserts=1)
    layer = QgsVectorLayer(qgis_uri(ward.shared, "trees"), "trees", "postgres")
    assert layer.isValid(), layer.error().summary()
    try:
        feature = next(layer.getFeatures("\"uuid\" = '{}'".format(first)))
        moved = next(layer.getFeatures("\"uuid\" = '{}'".format(second)))
        geometry = moved.geometry()
        geometry.translate(3, 4)
        assert layer.startEditing()
        assert layer.changeAttributeValue(feature.id(), layer.fields().indexOf("notes"), "saved from QGIS")
        assert layer.changeGeometry(moved.id(), geometry)
        point = feature.geometry().asPoint()
        added = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromPointXY(QgsPointXY(point.x() + 2, point.y())),
                                                  {layer.fields().indexOf("notes"): "added in QGIS"})
        assert layer.addFeature(added)
        assert layer.commitChanges(), layer.commitErrors()
    finally:
        if layer.isEditable():
            layer.rollBack()
        del layer
    report = sync(ward["An"])
    assert report.direct_edits == 3
    sync(ward["Binh"])
    for copy in ward.copies.values():
        assert query(copy, "SELECT notes FROM trees WHERE uuid = ?", (first,)) == [("saved from QGIS",)]
        assert query(copy, "SELECT count(*) FROM trees WHERE notes = 'added in QGIS'") == [(1,)]
    shared = rows(ward.shared, "trees")
    assert shared[second]["geom"] == rows(ward["Binh"], "trees")[second]["geom"]
    assert_landed_once(ward.shared, an)
    assert_shared_healthy(ward.shared)
    assert_converged(ward.shared, list(ward.copies.values()))
