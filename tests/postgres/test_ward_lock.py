"""One sync at a time per PostGIS ward, and wards never wait for each other
(mymap_plugin/postgis/ward_lock.py), against the real server: direct edits wait for the sync and
readers do not; a sync killed with kill -9 leaves no lock; a busy ward names who holds it."""
import subprocess
import threading
import sys
import time
from pathlib import Path

import psycopg2
import pytest
from psycopg2 import errors, sql

from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis import publish, ward_lock, ward_schema
from mymap_plugin.sync.database import connect
from tests.postgres_server import execute

ROOT = Path(__file__).resolve().parents[2]
WARD_A, WARD_B = "ward_12103", "ward_99999"


@pytest.fixture
def two_wards(postgres_server, postgres_database, demo_ward_master):
    geopackage = connect(demo_ward_master, read_only=True)
    connection = psycopg2.connect(postgres_server.dsn(postgres_database))
    try:
        with connection:
            publish.publish_tables(geopackage, connection, WARD_A)
            publish.publish_tables(geopackage, connection, WARD_B)
    finally:
        connection.close()
        geopackage.close()
    return postgres_server, postgres_database


def transaction(server, database):
    return server.connect(database, autocommit=False)


def test_different_wards_never_wait_and_one_ward_is_busy_with_its_holder_named(two_wards):
    server, database = two_wards
    with transaction(server, database) as first, transaction(server, database) as other_ward, \
            transaction(server, database) as second:
        ward_lock.lock_ward(first, WARD_A, "Nguyễn Văn An", "may-an")
        started = time.monotonic()
        ward_lock.lock_ward(other_ward, WARD_B, "Trần Thị Bình", "may-binh")     # another ward: at once
        assert time.monotonic() - started < 1
        started = time.monotonic()
        with pytest.raises(MyMapError, match="Nguyễn Văn An on may-an") as busy:
            ward_lock.lock_ward(second, WARD_A, "Lê Văn Cường", wait_s=1)
        assert 0.9 < time.monotonic() - started < 5
        assert "busy" in str(busy.value)
        first.commit()                                   # the ward is free again at once
        ward_lock.lock_ward(second, WARD_A, "Lê Văn Cường", wait_s=1)
        assert execute(second, "SHOW search_path") == [('"{}", public'.format(WARD_A),)]


def test_direct_edits_wait_for_the_sync_and_readers_do_not(two_wards):
    server, database = two_wards
    trees = ward_schema.qualified(WARD_A, "trees")
    with transaction(server, database) as sync, server.connect(database) as editor:
        ward_lock.lock_ward(sync, WARD_A, "An")
        assert execute(editor, sql.SQL("SELECT count(*) FROM {}").format(trees)) == [(3000,)]      # reading: fine
        execute(editor, "SET statement_timeout = '1s'")
        with pytest.raises(errors.QueryCanceled):        # writing waits for the sync
            execute(editor, sql.SQL("UPDATE {} SET notes = 'direct' WHERE fid = 1").format(trees))
        execute(editor, sql.SQL("UPDATE {} SET notes = 'direct' WHERE fid = 1").format(
            ward_schema.qualified(WARD_B, "trees")))     # another ward: not held up
        sync.commit()
        execute(editor, sql.SQL("UPDATE {} SET notes = 'direct' WHERE fid = 1").format(trees))


def test_a_sync_waits_for_a_direct_edit_left_open_then_says_so(two_wards):
    server, database = two_wards
    with server.connect(database, autocommit=False) as editor, transaction(server, database) as sync:
        execute(editor, sql.SQL("UPDATE {} SET notes = 'saving' WHERE fid = 1").format(
            ward_schema.qualified(WARD_A, "housing")))
        with pytest.raises(MyMapError, match="being written by another program"):
            ward_lock.lock_ward(sync, WARD_A, "An", write_wait_s=1)
        editor.commit()
        ward_lock.lock_ward(sync, WARD_A, "An", write_wait_s=1)
        assert ward_lock.holder(sync, ward_lock.lock_key(sync, WARD_A))[0] == "An"


HOLDER = """
import sys, time
sys.path.insert(0, {root!r})
import psycopg2
from mymap_plugin.postgis import ward_lock
connection = psycopg2.connect({dsn!r})
ward_lock.lock_ward(connection, {ward!r}, "Phạm Thu Dung", "may-dung")
print("locked", flush=True)
time.sleep(600)
"""


def test_a_sync_killed_with_kill_9_leaves_no_lock(two_wards):
    server, database = two_wards
    child = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), dsn=server.dsn(database),
                                                                   ward=WARD_A)],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "locked"
        with transaction(server, database) as sync:
            with pytest.raises(MyMapError, match="Phạm Thu Dung on may-dung"):
                ward_lock.lock_ward(sync, WARD_A, "An", wait_s=0.5)
            child.kill()
            child.wait()
            started = time.monotonic()
            ward_lock.lock_ward(sync, WARD_A, "An", wait_s=10)
            assert time.monotonic() - started < 5
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        child.stdout.close()


def test_the_holder_name_survives_application_names_ascii_limit():
    name = ward_lock.application_name("Nguyễn Thị Hồng Nhung", "phong-tnmt-01")
    assert name.isascii() and len(name) <= 63
    assert ward_lock._holder_of(name) == ("Nguyễn Thị Hồng Nhung", "phong-tnmt-01")
    for editor in ("Đ" * 40, "Nguyễn Thị Hồng Nhung (Phòng Tài nguyên và Môi trường)"):
        name = ward_lock.application_name(editor, "may@tinh")
        assert name.isascii() and len(name) <= 63
        shortened, computer = ward_lock._holder_of(name)
        assert computer == "may@tinh" and editor.startswith(shortened) and len(shortened) >= 5


def test_a_deadlock_with_a_direct_edit_spanning_layers_does_not_fail_the_sync(two_wards):
    """An edit transaction holds trees, the sync takes housing and waits for trees, the edit then
    wants housing: PostgreSQL breaks the deadlock by cancelling one side; the sync retries and gets the
    ward, the edit is saved (or refused cleanly), and nothing hangs."""
    server, database = two_wards
    outcome = {}
    with server.connect(database, autocommit=False) as editor, transaction(server, database) as sync:
        execute(editor, sql.SQL("UPDATE {} SET notes = 'editor' WHERE fid = 1").format(
            ward_schema.qualified(WARD_A, "trees")))

        def take_the_ward():
            try:
                ward_lock.lock_ward(sync, WARD_A, "An", write_wait_s=20)
                outcome["sync"] = "locked"
            except Exception as error:          # reported to the test below
                outcome["sync"] = error

        thread = threading.Thread(target=take_the_ward)
        thread.start()
        time.sleep(0.5)                         # the sync now holds housing and waits for trees
        try:
            execute(editor, sql.SQL("UPDATE {} SET notes = 'editor' WHERE fid = 1").format(
                ward_schema.qualified(WARD_A, "housing")))
            editor.commit()
            outcome["editor"] = "saved"
        except errors.DeadlockDetected:
            editor.rollback()
            outcome["editor"] = "deadlock"
        thread.join(30)
        assert not thread.is_alive()
        assert outcome["sync"] == "locked", outcome
        assert outcome["editor"] in ("saved", "deadlock")
