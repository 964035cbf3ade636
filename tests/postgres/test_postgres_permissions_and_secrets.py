"""Who may sync a PostgreSQL shared map, and where its password goes, through the sync engine itself.

The role layout of mymap_plugin/postgis/roles.py (tests/postgres/test_roles.py checks the rights one by
one) as an editor meets it: an editor login of ward A checks out and syncs ward A through an address
with ``user=<login>``; the same login cannot sync ward B, nor can a city viewer sync any ward — a
sentence about permissions, nothing changed in the shared map, the edits kept in the working copy.

Passwords: a login that must give its password (scram-sha-256) reads it from a .pgpass file
(``PGPASSFILE``); checkout, sync (with its backup) and export_changes work, and no file MyMap wrote —
working copy, backup, bundles — nor any message it logged holds the password's bytes.
"""
import itertools
import os
import uuid as uuid_module
from pathlib import Path

import pytest

from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis import roles
from mymap_plugin.sync.bundles import export_changes
from mymap_plugin.sync.checkout import checkout
from mymap_plugin.sync.sync_working_copy import sync
from tests.conftest import WARD_SCHEMA
from tests.postgres_copies import SECOND_WARD, address_of, point_at, publish_second_ward
from tests.postgres_server import execute
from tests.sync.test_sync_faults import assert_landed_once, edit_batch, pending, reassures, tree_uuids
from tests.sync_helpers import assert_converged, assert_shared_healthy, make_copies, query, sync_in_subprocess

_NUMBERS = itertools.count(1)


@pytest.fixture(scope="module")
def two_ward_template(postgres_server, published_ward_template, demo_ward_master, tmp_path_factory, qgis_app):
    """A database with the demo ward as ward_12103 and again as ward_b (code 12106), with MyMap's role
    layout for both; each test gets a copy of it."""
    database = postgres_server.create_database(template=published_ward_template)
    publish_second_ward(postgres_server, database, demo_ward_master, tmp_path_factory.mktemp("ward-b"))
    with postgres_server.connect(database, autocommit=False) as connection, connection:
        roles.create_layout(connection, [WARD_SCHEMA, SECOND_WARD])
    yield database
    postgres_server.drop_database(database)


@pytest.fixture
def city(postgres_server, two_ward_template):
    """(server, database) for one test: a copy of the two wards."""
    database = postgres_server.create_database(template=two_ward_template)
    yield postgres_server, database
    postgres_server.drop_database(database)


def login(server, prefix, password=None):
    """A new login role (roles belong to the whole server: each test makes its own)."""
    name = "{}_{}_{}".format(prefix, os.getpid(), next(_NUMBERS))
    return server.create_password_role(name, password) if password else server.create_role(name)


def grant(server, database, how, schema_name, login_role):
    with server.connect(database, autocommit=False) as connection, connection:
        if how == "editor":
            roles.grant_editor(connection, schema_name, login_role)
        else:
            roles.grant_viewer(connection, login_role)


def as_user(server, database, user, schema_name=WARD_SCHEMA):
    return "{} schema={}".format(server.dsn(database, user=user), schema_name)


def shared_state(address):
    """What a refused sync must leave unchanged: the history and the trees."""
    return (query(address, "SELECT changeset, editor, entries FROM mymap_sync_changesets ORDER BY changeset"),
            sorted(query(address, "SELECT uuid, notes, height_m FROM trees")))


def permission_sentence(message):
    lowered = message.lower()
    return "permission" in lowered or "may not" in lowered or "editor" in lowered


# ---------------------------------------------------------------------------------------------
# Permissions


def test_editor_of_a_ward_checks_out_and_syncs_it(city, tmp_path):
    """An editor login of ward A (a member of mymap_ward_12103_editor, nothing more) checks out ward A
    through an address with user=<login>, sends edits, and receives the edits of another copy."""
    server, database = city
    editor = login(server, "an")
    grant(server, database, "editor", WARD_SCHEMA, editor)
    address = as_user(server, database, editor)
    working = Path(checkout(address, tmp_path / "an.gpkg", "An")["working"])
    other, = make_copies(address_of(server, database), tmp_path / "office", ("Binh",))

    an = edit_batch(working, "An", "an", tree_uuids(address, 0, 6), inserts=2)
    report = sync(working)
    assert report.pushed == len(an.uuids())
    binh = edit_batch(other, "Binh", "binh", tree_uuids(address, 100, 4))
    sync(other)
    assert sync(working).pulled == len(binh.uuids())
    superuser = address_of(server, database)
    assert_landed_once(superuser, an, binh)
    assert_shared_healthy(superuser)
    assert_converged(superuser, [working, other])


@pytest.mark.parametrize("who", ["editor of another ward", "city viewer"])
def test_a_login_without_the_right_cannot_sync_the_ward(city, tmp_path, who):
    """A working copy of ward B synced with the login of ward A's editor, or with a city viewer's
    login: a sentence about permissions, ward B unchanged, the edits still pending; the same copy
    syncs with a login that may (here the publisher's)."""
    server, database = city
    someone = login(server, "who")
    grant(server, database, "editor" if who.startswith("editor") else "viewer", WARD_SCHEMA, someone)
    ward_b = address_of(server, database, SECOND_WARD)
    working, = make_copies(ward_b, tmp_path / "copies", ("Binh",))
    binh = edit_batch(working, "Binh", "binh", tree_uuids(ward_b, 0, 5))
    before = shared_state(ward_b)

    point_at(working, as_user(server, database, someone, SECOND_WARD))
    with pytest.raises(MyMapError) as raised:
        sync(working)
    message = str(raised.value)
    assert permission_sentence(message) and reassures(message), message
    assert "Traceback" not in message
    assert shared_state(ward_b) == before
    assert pending(working) == len(binh.uuids())
    with pytest.raises(MyMapError) as refused:
        checkout(as_user(server, database, someone, SECOND_WARD), tmp_path / "not-mine.gpkg", "Binh")
    assert permission_sentence(str(refused.value)), str(refused.value)
    assert not (tmp_path / "not-mine.gpkg").exists()

    point_at(working, ward_b)
    sync(working)
    assert_landed_once(ward_b, binh)
    assert_shared_healthy(ward_b)


def test_a_city_viewer_cannot_sync_the_ward_it_reads_through_the_city_views(city, tmp_path):
    """A city viewer reads mymap_city (the views over every ward) and cannot sync ward A."""
    server, database = city
    viewer = login(server, "viewer")
    grant(server, database, "viewer", WARD_SCHEMA, viewer)
    with server.connect(database, user=viewer) as connection:
        assert execute(connection, "SELECT count(*) FROM mymap_city.trees")[0][0] == 2 * 3000
    ward_a = address_of(server, database)
    working, = make_copies(ward_a, tmp_path / "copies", ("An",))
    an = edit_batch(working, "An", "an", tree_uuids(ward_a, 0, 5))
    before = shared_state(ward_a)
    point_at(working, as_user(server, database, viewer))
    with pytest.raises(MyMapError) as raised:
        sync(working)
    assert permission_sentence(str(raised.value)) and reassures(str(raised.value)), str(raised.value)
    assert shared_state(ward_a) == before
    assert pending(working) == len(an.uuids())


# ---------------------------------------------------------------------------------------------
# Passwords


@pytest.fixture
def logged_messages():
    """Every message MyMap (or anything) logs to QGIS's message log during the test."""
    from qgis.core import QgsApplication
    messages = []

    def keep(message, tag, level):
        messages.append("{} {}".format(tag, message))
    log = QgsApplication.messageLog()
    log.messageReceived.connect(keep)
    yield messages
    log.messageReceived.disconnect(keep)


def files_holding(folder, secret):
    """Files under *folder* whose bytes contain *secret* (UTF-8 or UTF-16)."""
    needles = [secret.encode("utf-8"), secret.encode("utf-16-le")]
    return [path for path in Path(folder).rglob("*") if path.is_file()
            and any(needle in path.read_bytes() for needle in needles)]


def password_login(server, database):
    """(login, password): a new editor of ward A that must give its password."""
    password = "pw-{}-Mỹ-Hào".format(uuid_module.uuid4().hex)
    editor = login(server, "pw_an", password)
    grant(server, database, "editor", WARD_SCHEMA, editor)
    return editor, password


@pytest.mark.parametrize("action", ["checkout", "sync"])
def test_a_missing_password_is_named_as_such(city, tmp_path, monkeypatch, action):
    """A login whose password is nowhere to be found (PGPASSFILE names no file): the server refuses it,
    and the sentence says so and where MyMap reads passwords — not that the shared map cannot be reached
    (which sends the editor to check the network)."""
    server, database = city
    editor, _password = password_login(server, database)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-such-pgpass"))
    address = as_user(server, database, editor)
    if action == "checkout":
        def attempt():
            return checkout(address, tmp_path / "an.gpkg", "An")
    else:
        working, = make_copies(address_of(server, database), tmp_path / "copies", ("An",))
        edit_batch(working, "An", "an", tree_uuids(working, 0, 3))
        point_at(working, address)

        def attempt():
            return sync(working)
    with pytest.raises(MyMapError) as refused:
        attempt()
    message = str(refused.value)
    assert "password" in message.lower() and ".pgpass" in message, message
    assert "cannot be reached" not in message, message


def test_password_from_pgpass_is_used_and_never_written(city, tmp_path, monkeypatch, logged_messages):
    """A login that must give its password (scram-sha-256) reads it from PGPASSFILE: checkout, sync (in
    this process with the backup, and in another process), export_changes of the copy and of the shared
    map all work, and no file under the test's folder nor any logged message holds the password."""
    server, database = city
    editor, password = password_login(server, database)
    address = as_user(server, database, editor)
    work = tmp_path / "work"
    work.mkdir()

    secrets = tmp_path / "secrets"
    secrets.mkdir()
    pgpass = secrets / "pgpass"
    pgpass.write_text("*:*:{}:{}:{}\n".format(database, editor, password), encoding="utf-8")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))

    working = Path(checkout(address, work / "an.gpkg", "An")["working"])
    an = edit_batch(working, "An", "an", tree_uuids(address, 0, 5))
    assert sync(working, backup=True).pushed == len(an.uuids())
    later = edit_batch(working, "An", "an later", tree_uuids(address, 40, 3), inserts=1, delete=False)
    export_changes(working, work / "an-changes.mymapchanges")
    done = sync_in_subprocess(working)                  # PGPASSFILE is inherited
    assert done.returncode == 0, done.stderr[-2000:]
    export_changes(address, work / "shared-history.mymapchanges")
    assert_landed_once(address_of(server, database), an, later)

    written = [path for path in work.rglob("*") if path.is_file()]
    assert {path.name for path in written} >= {"an.gpkg", "an-changes.mymapchanges", "shared-history.mymapchanges"}
    assert any(".mymap-backup" in str(path) for path in written) or any(
        path.name.endswith(".mymap-backup") for path in Path(working).parent.rglob("*")), \
        "sync(backup=True) made no backup: {}".format(sorted(map(str, written)))
    assert files_holding(work, password) == []
    assert files_holding(tmp_path, password) == [pgpass]
    assert not [message for message in logged_messages if password in message]
    stored = query(working, "SELECT value FROM mymap_sync_state WHERE key = 'shared_path'")[0][0]
    assert "password" not in stored.lower() and editor in stored


def test_a_password_in_the_address_is_refused_before_anything_is_written(city, tmp_path):
    server, database = city
    with pytest.raises(MyMapError, match="contains a password"):
        checkout("{} password=hunter2 schema={}".format(server.dsn(database), WARD_SCHEMA), tmp_path / "a.gpkg",
                 "An")
    assert list(tmp_path.iterdir()) == []

