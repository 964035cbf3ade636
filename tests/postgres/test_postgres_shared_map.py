"""The PostgreSQL shared map beyond the scenario matrix (which runs against both kinds in
tests/sync/test_sync_scenarios.py): bundles to and from it, a change the ward's rules refuse, a
shared GeoPackage moved to PostgreSQL with its history and working copies, date-times on a server
in Vietnam's time zone, and the status the Sync button shows."""
import uuid as uuid_module

import psycopg2
import pytest

from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis.connection import parse_address
from mymap_plugin.postgis.publish import publish_ward
from mymap_plugin.sync.bundles import export_changes, import_changes
from mymap_plugin.sync.checkout import checkout
from mymap_plugin.sync.sync_working_copy import status, sync
from tests.sync_helpers import assert_converged, assert_shared_healthy, make_shared, query, rows
from tests.sync_scenario_helpers import Editor, make_team, pick


@pytest.fixture
def team(demo_ward_master, tmp_path, postgres_ward, qgis_app):
    return make_team(demo_ward_master, tmp_path, shared=postgres_ward)


def test_bundles_carry_edits_to_and_from_a_postgres_shared_map(team, tmp_path):
    """USB round trip with a PostgreSQL shared map: An's bundle imported into it (twice: the second
    time changes nothing), its history exported and imported into Binh's copy."""
    tree = pick(team.an.path, "trees")
    team.an.update("trees", tree, notes="An, qua USB")
    export_changes(team.an.path, tmp_path / "an.mymapsync")
    first = import_changes(tmp_path / "an.mymapsync", team.shared, editor="office")
    assert (first["pushed"], first["conflicts"], first["already_imported"]) == (1, 0, False)
    again = import_changes(tmp_path / "an.mymapsync", team.shared)
    assert again["already_imported"] and again["pushed"] == 0
    assert rows(team.shared, "trees")[tree]["notes"] == "An, qua USB"
    exported = export_changes(team.shared, tmp_path / "shared.mymapsync")
    assert exported["kind"] == "log" and exported["features"] == 1
    pulled = import_changes(tmp_path / "shared.mymapsync", team.binh.path)
    assert pulled["pulled"] == 1
    assert team.binh.get("trees", tree, "notes") == "An, qua USB"
    team.an.sync()
    assert_converged(team.shared, [team.an.path, team.binh.path])
    assert_shared_healthy(team.shared)


def test_a_bundle_of_the_history_is_refused_by_a_postgres_shared_map(team, tmp_path):
    export_changes(team.shared, tmp_path / "shared.mymapsync")
    with pytest.raises(MyMapError, match="import it into a working copy"):
        import_changes(tmp_path / "shared.mymapsync", team.shared)


def test_a_change_the_wards_rules_refuse_is_named_and_nothing_is_sent(team):
    """PostgreSQL checks the ward's value ranges on every update: a planting year of 3000 is refused
    with a sentence naming the tree, nothing of An's changeset reaches the shared map, and the edits
    stay in An's copy; once corrected, the sync goes through."""
    tree, other = pick(team.an.path, "trees", 2, skip=10)
    code = team.an.get("trees", tree, "asset_code")
    team.an.update("trees", tree, planting_year=3000)
    team.an.update("trees", other, notes="sent with the bad one")
    before = query(team.shared, "SELECT count(*) FROM mymap_sync_log")[0][0]
    with pytest.raises(MyMapError, match=code):
        team.an.sync()
    assert query(team.shared, "SELECT count(*) FROM mymap_sync_log")[0][0] == before
    assert rows(team.shared, "trees")[other]["notes"] != "sent with the bad one"
    assert team.an.pending() > 0
    assert_shared_healthy(team.shared)
    team.an.update("trees", tree, planting_year=2001)
    report = team.an.sync()
    assert report.pushed == 2
    shared = rows(team.shared, "trees")
    assert (shared[tree]["planting_year"], shared[other]["notes"]) == (2001, "sent with the bad one")


def test_a_shared_geopackage_moves_to_postgres_with_its_history_and_copies(
        demo_ward_master, tmp_path, postgres_server, postgres_database, qgis_app):
    """An office that already shares a GeoPackage publishes it to PostgreSQL: the share keeps its
    identity and history, An's copy (with unsent edits) syncs with the new address and keeps
    going, and the old GeoPackage refuses further syncs with the address to use."""
    shared = make_shared(demo_ward_master, tmp_path / "share")
    an = Editor("An", checkout(shared, tmp_path / "an.gpkg", "An")["working"])
    binh = Editor("Binh", checkout(shared, tmp_path / "binh.gpkg", "Binh")["working"])
    first, second = pick(an.path, "trees", 2)
    an.update("trees", first, notes="before the move")
    an.sync()
    log = query(shared, "SELECT seq, changeset FROM mymap_sync_log ORDER BY seq")
    an.update("trees", second, notes="after the move")
    result = publish_ward(shared, postgres_server.dsn(postgres_database))
    address = result["address"]
    assert result["history"] == len(log) and result["schema"] == "ward_12103"
    assert query(address, "SELECT seq, changeset FROM mymap_sync_log ORDER BY seq") == log
    with pytest.raises(MyMapError, match="moved to PostgreSQL"):
        binh.sync()
    report = sync(an.path, shared_path=address, editor="An")
    assert report.pushed == 1 and report.shared == address
    binh_report = sync(binh.path, shared_path=address, editor="Binh")
    assert binh_report.pulled == 2
    assert status(an.path)["shared"] == address
    sync(an.path, editor="An")              # the new address is remembered
    assert_converged(address, [an.path, binh.path])
    assert rows(address, "trees")[second]["notes"] == "after the move"


def test_date_times_keep_their_instant_on_a_server_in_vietnam_time(team, postgres_server):
    """A server set to Asia/Ho_Chi_Minh (UTC+7) stores a GeoPackage date-time, which is UTC, at the
    same instant: MyMap's sessions run in UTC."""
    database = parse_address(team.shared)
    with postgres_server.connect("postgres") as connection:
        dbname = dict(part.split("=", 1) for part in database.dsn.split())["dbname"]
        connection.cursor().execute("ALTER DATABASE {} SET timezone TO 'Asia/Ho_Chi_Minh'".format(dbname))
    reading = pick(team.an.path, "sensor_readings")
    team.an.update("sensor_readings", reading, phenomenon_time="2025-09-15T08:00:00Z")
    team.an.sync()
    with psycopg2.connect(database.dsn) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('TimeZone'), phenomenon_time AT TIME ZONE 'UTC' FROM "
                       "ward_12103.sensor_readings WHERE uuid = %s", (reading,))
        zone, moment = cursor.fetchone()
    connection.close()
    assert zone == "Asia/Ho_Chi_Minh" and moment.isoformat() == "2025-09-15T08:00:00"
    team.binh.sync()
    assert team.binh.get("sensor_readings", reading, "phenomenon_time") == "2025-09-15T08:00:00Z"


def test_the_sync_button_shows_a_postgres_shared_map(team):
    shown = status(team.an.path)
    assert shown["shared"] == team.shared and shown["reachable"]


def test_a_publish_whose_roles_cannot_be_made_leaves_nothing_behind(
        demo_ward_master, tmp_path, postgres_server, postgres_database, qgis_app):
    """A publisher that may create schemas but not roles asks for ROLES: the message says why and
    the database is left without the ward (schema, city views entry, style rows)."""
    from psycopg2 import sql

    from tests.postgres_server import execute as pg_execute
    publisher = postgres_server.create_role("publisher_no_roles")
    with postgres_server.connect(postgres_database) as connection:
        for statement in ("GRANT CREATE ON DATABASE {database} TO {role}", "GRANT CREATE ON SCHEMA public TO {role}",
                          "GRANT SELECT, INSERT ON spatial_ref_sys TO {role}"):
            pg_execute(connection, sql.SQL(statement).format(database=sql.Identifier(postgres_database),
                                                             role=sql.Identifier(publisher)))
    source = tmp_path / "my_hao.gpkg"
    source.write_bytes(demo_ward_master.read_bytes())
    schema_name = "ward_{}".format(uuid_module.uuid4().hex[:12])     # roles are the server's: a new editor role
    with pytest.raises(MyMapError, match="nothing was published"):
        publish_ward(source, postgres_server.dsn(postgres_database, user=publisher), schema_name, make_roles=True)
    with postgres_server.connect(postgres_database) as connection, connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_namespace WHERE nspname = %s", (schema_name,))
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM mymap_city.wards")
        assert cursor.fetchone()[0] == 0
        cursor.execute("SELECT count(*) FROM public.layer_styles WHERE f_table_schema = %s", (schema_name,))
        assert cursor.fetchone()[0] == 0


def test_a_direct_edit_in_postgres_is_stamped_with_its_database_user_and_sync_keeps_the_stamps(team):
    """An office login edits a tree straight in the database: updated_at/updated_by name that login and
    now (the ward's stamp trigger); the stamps reach the copies unchanged (sync's own writes are not
    stamped again)."""
    from psycopg2 import sql as pg_sql
    address = parse_address(team.shared)
    tree = pick(team.an.path, "trees")
    with psycopg2.connect(address.dsn) as connection, connection.cursor() as cursor:
        cursor.execute(pg_sql.SQL("CREATE ROLE {} LOGIN").format(pg_sql.Identifier("van_phong")))
        cursor.execute("GRANT USAGE ON SCHEMA ward_12103 TO van_phong")
        cursor.execute("GRANT SELECT, UPDATE ON ward_12103.trees TO van_phong")
    connection.close()
    try:
        dsn = " ".join(part for part in address.dsn.split() if not part.startswith("user=")) + " user=van_phong"
        with psycopg2.connect(dsn) as connection, connection.cursor() as cursor:
            cursor.execute("UPDATE ward_12103.trees SET notes = 'văn phòng' WHERE uuid = %s", (tree,))
        connection.close()
        row = rows(team.shared, "trees")[tree]
        assert row["updated_by"] == "van_phong" and row["notes"] == "văn phòng"
        assert row["updated_at"] > "2026-01-01"
        team.an.sync()
        assert (team.an.get("trees", tree, "updated_by"), team.an.get("trees", tree, "notes")) == (
            "van_phong", "văn phòng")
        assert rows(team.shared, "trees")[tree]["updated_at"] == row["updated_at"]
    finally:
        with psycopg2.connect(address.dsn) as connection, connection.cursor() as cursor:
            cursor.execute("DROP OWNED BY van_phong")
            cursor.execute("DROP ROLE van_phong")
        connection.close()
