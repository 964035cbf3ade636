"""A PostGIS ward written back out as a ward GeoPackage (mymap_plugin/postgis/export_geopackage.py): the
demo ward published to a real PostgreSQL 15 + PostGIS 3 server and exported comes back as the demo
GeoPackage holds it — every row, setting and counter, the same tables and columns, forms and styles QGIS
loads — plus the fields added in PostgreSQL and the shared history with its seq numbers; it is read in one
snapshot, and a refused or failed export leaves no file behind."""
import datetime
import re

import psycopg2
import pytest
from psycopg2 import sql

from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis import export_geopackage, publish, ward_schema
from mymap_plugin.sync import capture, shared_log
from mymap_plugin.sync.database import connect, transaction
from mymap_plugin.sync.merge import Entry
from mymap_plugin.ward_map import schema
from tests.conftest import folder_state, query
from tests.postgres_server import execute

SCHEMA = "ward_12103"
GDAL_DATETIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z")      # as GDAL and QGIS write them


@pytest.fixture
def demo_geopackage(demo_ward_master):
    connection = connect(demo_ward_master, read_only=True)
    yield connection
    connection.close()


@pytest.fixture
def ward(postgres_server, postgres_database, demo_geopackage):
    """The demo ward published into a fresh database: a psycopg2 connection (autocommit) to it."""
    connection = psycopg2.connect(postgres_server.dsn(postgres_database))
    try:
        with connection:
            publish.publish_tables(demo_geopackage, connection, SCHEMA)
        connection.autocommit = True
        yield connection
    finally:
        connection.close()


def table(name):
    return ward_schema.qualified(SCHEMA, name)


def quoted(name):
    return '"' + name.replace('"', '""') + '"'


def rows_by_uuid(geopackage, layer_name, names):
    statement = "SELECT " + ", ".join(quoted(name) for name in names) + " FROM " + quoted(layer_name)
    return {row[names.index("uuid")]: dict(zip(names, row)) for row in geopackage.execute(statement)}


def columns_of(geopackage, layer_name):
    """(name, declared type, not null) of a table, without fid."""
    return [(name, declared.upper(), notnull) for _cid, name, declared, notnull, _default, _pk
            in geopackage.execute("SELECT * FROM pragma_table_info(?)", (layer_name,)) if name != "fid"]


def instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def same_value(kind, mine, theirs):
    """Equal values; date-times as instants: PostgreSQL keeps the instant, not its spelling, and gives it back
    as GDAL writes it (…T08:00:00.000Z) even where the demo file spelled it …T08:00:00Z."""
    if kind == "datetime" and mine is not None and theirs is not None:
        return instant(mine) == instant(theirs)
    return mine == theirs


def add_history(connection):
    """A shared history in PostgreSQL, as sync will write it: state, two changesets with seq gaps (3, 7, 8),
    a conflict record."""
    execute(connection, sql.SQL("INSERT INTO {} (key, value) VALUES ('role', 'shared'), ('share_id', 'share-1'), "
                                "('fingerprint', 'from postgres')").format(table(capture.STATE)))
    execute(connection, sql.SQL("INSERT INTO {} (seq, changeset, table_name, uuid, op, old, new) VALUES "
                                "(3, 'c1', 'trees', 'u1', 'U', '{{\"height_m\": 4.0}}', '{{\"height_m\": 5.5}}'), "
                                "(7, 'c2', 'trees', 'u2', 'I', NULL, '{{\"name\": \"Cây đa\"}}'), "
                                "(8, 'c2', 'species', 'u3', 'D', '{{\"name_vi\": \"Bàng\"}}', NULL)")
            .format(table(capture.LOG)))
    execute(connection, sql.SQL("INSERT INTO {} (changeset, editor, created_at, pushed_at, base_seq, first_seq, "
                                "last_seq, entries, working_id, kind) VALUES "
                                "('c1', 'Lan', '2025-09-15T08:00:00Z', '2025-09-15T08:01:00Z', 0, 3, 3, 1, 'w1', "
                                "'sync'), ('c2', 'Minh', '2025-09-16T08:00:00Z', '2025-09-16T08:01:00Z', 3, 7, 8, 2, "
                                "'w2', 'sync')").format(table(capture.CHANGESETS)))
    execute(connection, sql.SQL("INSERT INTO {} (id, conflict_uuid, changeset, table_name, uuid, kind, field, "
                                "mine, theirs, winner) VALUES (4, 'k1', 'c2', 'trees', 'u1', 'field', 'height_m', "
                                "'5.5', '6.0', 'theirs')").format(table(capture.CONFLICTS)))


@pytest.fixture(scope="module")
def exported_ward(postgres_server, demo_ward_master, tmp_path_factory):
    """The demo ward published, given fields added in PostgreSQL and a shared history, and exported once
    for the tests that only read the file: (path, seq, uuid of the tree given a note, connection)."""
    database = postgres_server.create_database()
    connection = psycopg2.connect(postgres_server.dsn(database))
    demo = connect(demo_ward_master, read_only=True)
    try:
        with connection:
            publish.publish_tables(demo, connection, SCHEMA)
        connection.autocommit = True
        execute(connection, sql.SQL("ALTER TABLE {} ADD COLUMN note_x text, ADD COLUMN visits bigint, "
                                    "ADD COLUMN checked_at timestamptz, ADD COLUMN {} boolean")
                .format(table("trees"), sql.Identifier("Đã tưới")))
        uuid = execute(connection, sql.SQL("SELECT uuid FROM {} ORDER BY uuid LIMIT 1").format(table("trees")))[0][0]
        execute(connection, sql.SQL("UPDATE {} SET note_x = %s, visits = 12, checked_at = '2025-09-15 15:30:00+07', "
                                    "{} = true WHERE uuid = %s").format(table("trees"), sql.Identifier("Đã tưới")),
                ("gốc bị nứt", uuid))
        add_history(connection)
        path = tmp_path_factory.mktemp("exported") / "backed_out.gpkg"
        seq = export_geopackage.export_ward(connection, SCHEMA, path)
        yield path, seq, uuid, connection
    finally:
        demo.close()
        connection.close()
        postgres_server.drop_database(database)


@pytest.fixture
def exported(exported_ward, tmp_path):
    """A private copy of the exported file: (path, seq, uuid of the tree given a note)."""
    path = tmp_path / "backed_out.gpkg"
    path.write_bytes(exported_ward[0].read_bytes())
    return path, exported_ward[1], exported_ward[2]


def test_every_row_setting_and_counter_comes_back_as_the_demo_holds_it(exported, demo_geopackage):
    path, _seq, noted = exported
    geopackage = connect(path, read_only=True)
    try:
        for layer in schema.LAYERS:
            names = [name for name, _type, _notnull in columns_of(demo_geopackage, layer.name)]
            kinds = {field.name: field.type for field in layer.fields}
            expected = rows_by_uuid(demo_geopackage, layer.name, names)
            actual = rows_by_uuid(geopackage, layer.name, names)
            assert len(actual) == len(expected) > 0, layer.name
            assert actual.keys() == expected.keys(), layer.name
            for uuid, theirs in expected.items():
                mine = actual[uuid]
                different = {name: (mine[name], theirs[name]) for name in names
                             if not same_value(kinds.get(name), mine[name], theirs[name])}
                if layer.name == "trees" and uuid == noted:
                    # the tree edited in PostgreSQL by the fixture was stamped by the database's trigger
                    stamps = {name: different.pop(name) for name in ("updated_at", "updated_by")}
                    assert stamps["updated_by"][0] == "postgres", stamps
                assert different == {}, (layer.name, uuid)
                for name in names:
                    if kinds.get(name) == "datetime" and mine[name] is not None:
                        assert GDAL_DATETIME.fullmatch(mine[name]), (layer.name, name, mine[name])
                if layer.geometry:
                    assert bytes(mine["geom"]) == bytes(theirs["geom"])     # byte for byte, as GDAL writes
        for table_name in (schema.SETTINGS_TABLE, schema.CODE_SEQUENCE_TABLE):
            statement = "SELECT * FROM " + quoted(table_name) + " ORDER BY 2"
            assert [row[1:] for row in geopackage.execute(statement)] == \
                [row[1:] for row in demo_geopackage.execute(statement)], table_name
        settings = dict(geopackage.execute("SELECT key, value FROM mymap_ward_settings"))
        assert settings["ward_code"] == "12103" and settings["crs"] == "EPSG:9209"
        assert geopackage.execute("SELECT DISTINCT srs_id FROM gpkg_geometry_columns").fetchall() == [(9209,)]
        assert geopackage.execute("SELECT organization, organization_coordsys_id FROM gpkg_spatial_ref_sys "
                                  "WHERE srs_id = 9209").fetchone() == ("EPSG", 9209)
        # the feature counts GDAL keeps (QGIS reads them) and the layers' extents are right
        for layer in schema.LAYERS:
            count = geopackage.execute("SELECT count(*) FROM " + quoted(layer.name)).fetchone()[0]
            assert geopackage.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = ?",
                                      (layer.name,)).fetchone()[0] == count, layer.name
            if layer.geometry and count:
                statement = "SELECT min_x, min_y, max_x, max_y FROM gpkg_contents WHERE table_name = ?"
                mine = geopackage.execute(statement, (layer.name,)).fetchone()
                theirs = demo_geopackage.execute(statement, (layer.name,)).fetchone()
                assert mine == pytest.approx(theirs), layer.name
    finally:
        geopackage.close()


def test_the_file_has_the_tables_and_columns_create_ward_map_makes_and_the_added_fields(exported, demo_geopackage):
    path, _seq, uuid = exported
    geopackage = connect(path, read_only=True)
    try:
        demo_tables = {row[0] for row in demo_geopackage.execute("SELECT table_name FROM gpkg_contents")}
        assert {row[0] for row in geopackage.execute("SELECT table_name FROM gpkg_contents")} == demo_tables
        for layer in schema.LAYERS:
            added = []
            if layer.name == "trees":
                added = [("note_x", "TEXT", 0), ("visits", "INTEGER", 0), ("checked_at", "DATETIME", 0),
                         ("Đã tưới", "BOOLEAN", 0)]
            assert columns_of(geopackage, layer.name) == columns_of(demo_geopackage, layer.name) + added
        for system_table in ("gpkg_data_columns", "gpkg_data_column_constraints"):
            statement = "SELECT * FROM " + system_table + " ORDER BY 1, 2"
            assert geopackage.execute(statement).fetchall() == demo_geopackage.execute(statement).fetchall()
        assert geopackage.execute('SELECT note_x, visits, checked_at, "Đã tưới" FROM trees WHERE uuid = ?',
                                  (uuid,)).fetchone() == ("gốc bị nứt", 12, "2025-09-15T08:30:00.000Z", 1)
        assert geopackage.execute("SELECT count(*) FROM trees WHERE note_x IS NOT NULL").fetchone()[0] == 1
        assert geopackage.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        geopackage.close()


def test_qgis_opens_it_with_the_forms_and_styles_and_validate_finds_nothing(exported, demo_ward_master):
    from qgis.core import QgsVectorLayer

    from mymap_plugin.ward_map.validate_ward_map import validate_ward_map
    path, _seq, _uuid = exported
    for layer in schema.LAYERS:
        mine = QgsVectorLayer("{}|layername={}".format(path, layer.name), layer.name, "ogr")
        theirs = QgsVectorLayer("{}|layername={}".format(demo_ward_master, layer.name), layer.name, "ogr")
        assert mine.isValid(), layer.name
        assert mine.featureCount() == theirs.featureCount() > 0, layer.name
        for field in layer.fields:
            index, other = mine.fields().indexOf(field.name), theirs.fields().indexOf(field.name)
            assert mine.attributeAlias(index) == theirs.attributeAlias(other) != "", (layer.name, field.name)
            assert mine.editorWidgetSetup(index).type() == theirs.editorWidgetSetup(other).type(), \
                (layer.name, field.name)
        if layer.geometry:
            assert mine.renderer().type() == theirs.renderer().type(), layer.name
    trees = QgsVectorLayer("{}|layername=trees".format(path), "trees", "ogr")
    condition = trees.editorWidgetSetup(trees.fields().indexOf("condition"))
    assert condition.type() == "ValueMap" and {"tot", "kem"} <= {
        code for entry in condition.config()["map"] for code in entry.values()}
    species = trees.editorWidgetSetup(trees.fields().indexOf("species_id"))      # the list from the copied rows
    assert species.type() == "ValueMap" and len(species.config()["map"]) > 10
    assert trees.fields().indexOf("note_x") >= 0 and trees.fields().indexOf("Đã tưới") >= 0
    assert [feature["note_x"] for feature in trees.getFeatures() if feature["note_x"]] == ["gốc bị nứt"]
    del trees
    # the forms' references to other layers name the file as it is called, never its temporary name
    styles = " ".join(qml for (qml,) in query(path, "SELECT styleQML FROM layer_styles"))
    assert '"./backed_out.gpkg|layername=drainage_nodes"' in styles and "exporting" not in styles
    report = validate_ward_map(path)
    assert report.ok and report.integrity == "ok" and report.filled == {} and report.added_layers == []
    assert report.counts["trees"] == 3000


def test_the_shared_history_keeps_its_seq_and_the_file_is_a_shared_geopackage(exported, exported_ward):
    path, seq, _uuid = exported
    ward = exported_ward[3]
    assert seq == 8
    geopackage = connect(path)
    try:
        assert geopackage.execute("SELECT seq, changeset, table_name, uuid, op, old, new FROM mymap_sync_log "
                                  "ORDER BY seq").fetchall() == \
            execute(ward, sql.SQL("SELECT seq, changeset, table_name, uuid, op, old, new FROM {} ORDER BY seq")
                    .format(table(capture.LOG)))
        assert geopackage.execute("SELECT * FROM mymap_sync_changesets ORDER BY changeset").fetchall() == \
            execute(ward, sql.SQL("SELECT * FROM {} ORDER BY changeset").format(table(capture.CHANGESETS)))
        assert geopackage.execute("SELECT * FROM mymap_sync_conflicts").fetchall() == \
            execute(ward, sql.SQL("SELECT * FROM {}").format(table(capture.CONFLICTS)))
        state = capture.read_state(geopackage)
        assert state["role"] == "shared" and state["share_id"] == "share-1"
        assert state["fingerprint"] == capture.fingerprint(geopackage)      # the file's own structure
        assert capture.problems(geopackage) == []
        assert not capture.has_captured_edits(geopackage)                  # copying rows was not an edit
        # the next changeset continues the history after seq 8
        with transaction(geopackage):
            info = shared_log.append_changeset(geopackage, {"changeset": "c3", "editor": "Hoa", "kind": "sync"},
                                               [Entry("trees", "u9", "I", None, {"name": "x"})])
        assert info["first_seq"] == 9 == shared_log.last_seq(geopackage)
        # an edit made in the file now is captured
        with transaction(geopackage):
            geopackage.execute("UPDATE species SET name_vi = name_vi || '!' WHERE fid = (SELECT min(fid) FROM "
                               "species)")
        assert capture.has_captured_edits(geopackage)
    finally:
        geopackage.close()


def test_the_backed_out_file_serves_as_the_shared_map_again(exported, tmp_path):
    """Back-out: working copies are checked out of the exported file and sync into it, after the history
    that came from PostgreSQL."""
    from mymap_plugin.sync.checkout import checkout
    from mymap_plugin.sync.sync_working_copy import sync
    path, _seq, uuid = exported
    working = tmp_path / "lan.gpkg"
    result = checkout(path, working, "Lan")
    assert result["pulled_seq"] == 8
    copy = connect(working)
    try:
        with transaction(copy):
            copy.execute("UPDATE trees SET note_x = 'đã xử lý' WHERE uuid = ?", (uuid,))
    finally:
        copy.close()
    report = sync(working, editor="Lan", backup=False)
    assert report.pushed == 1 and report.conflicts == 0 and report.rejected == 0
    shared = connect(path, read_only=True)
    try:
        assert shared.execute("SELECT note_x FROM trees WHERE uuid = ?", (uuid,)).fetchone() == ("đã xử lý",)
        assert shared.execute("SELECT seq, uuid, op FROM mymap_sync_log WHERE seq > 8").fetchall() == [(9, uuid, "U")]
    finally:
        shared.close()


def test_an_empty_history_gives_seq_0_and_no_state(ward, tmp_path):
    path = tmp_path / "plain.gpkg"
    assert export_geopackage.export_ward(ward, SCHEMA, path) == 0
    geopackage = connect(path, read_only=True)
    try:
        assert capture.read_state(geopackage) == {}
        assert geopackage.execute("SELECT count(*) FROM mymap_sync_log").fetchone()[0] == 0
        assert capture.problems(geopackage) == []
    finally:
        geopackage.close()


def test_the_export_reads_one_snapshot_and_leaves_the_connection_as_it_was(postgres_server, postgres_database,
                                                                          ward, tmp_path):
    """Rows deleted and history appended by someone else while the export runs are not in the file, and the
    seq returned is the one of the rows copied. A connection outside autocommit is left idle, with no
    transaction open; one inside a transaction is refused."""
    trees_before = execute(ward, sql.SQL("SELECT count(*) FROM {}").format(table("trees")))[0][0]
    other = psycopg2.connect(postgres_server.dsn(postgres_database))
    other.autocommit = True

    class Meanwhile:
        done = False

        def setProgress(self, value):
            if not self.done and value >= 5:
                self.done = True
                execute(other, sql.SQL("DELETE FROM {} WHERE fid IN (SELECT fid FROM {} LIMIT 10)")
                        .format(table("trees"), table("trees")))
                execute(other, sql.SQL("INSERT INTO {} (seq, changeset, table_name, uuid, op) VALUES "
                                       "(100, 'late', 'trees', 'u', 'D')").format(table(capture.LOG)))

        def isCanceled(self):
            return False

    connection = psycopg2.connect(postgres_server.dsn(postgres_database))
    try:
        feedback = Meanwhile()
        path = tmp_path / "snapshot.gpkg"
        assert export_geopackage.export_ward(connection, SCHEMA, path, feedback) == 0
        assert feedback.done
        assert connection.info.transaction_status == psycopg2.extensions.TRANSACTION_STATUS_IDLE
        assert not connection.autocommit
        geopackage = connect(path, read_only=True)
        try:
            assert geopackage.execute("SELECT count(*) FROM trees").fetchone()[0] == trees_before
        finally:
            geopackage.close()
        assert execute(ward, sql.SQL("SELECT count(*) FROM {}").format(table("trees")))[0][0] == trees_before - 10
        execute(connection, "SELECT 1")               # now inside the caller's own transaction
        with pytest.raises(MyMapError, match="transaction"):
            export_geopackage.export_ward(connection, SCHEMA, tmp_path / "refused.gpkg")
        assert connection.info.transaction_status == psycopg2.extensions.TRANSACTION_STATUS_INTRANS
        assert not (tmp_path / "refused.gpkg").exists()
    finally:
        connection.close()
        other.close()


def test_an_existing_file_is_refused_and_left_untouched(ward, tmp_path):
    path = tmp_path / "taken.gpkg"
    path.write_bytes(b"somebody's file")
    before = folder_state(tmp_path)
    with pytest.raises(MyMapError, match="already exists"):
        export_geopackage.export_ward(ward, SCHEMA, path)
    assert folder_state(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.gpkg"]
    with pytest.raises(MyMapError, match=".gpkg"):
        export_geopackage.export_ward(ward, SCHEMA, tmp_path / "ward.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken.gpkg"]


def test_a_failed_export_leaves_nothing_behind(ward, tmp_path, monkeypatch):
    path = tmp_path / "out.gpkg"

    def nothing_left():
        assert list(tmp_path.iterdir()) == []                   # neither the file nor its hidden folder
        assert ward.info.transaction_status == psycopg2.extensions.TRANSACTION_STATUS_IDLE and ward.autocommit

    with pytest.raises(MyMapError, match="ward_99999"):
        export_geopackage.export_ward(ward, "ward_99999", path)
    nothing_left()

    class CancelHalfway:
        def setProgress(self, value):
            self.value = value

        def isCanceled(self):
            return getattr(self, "value", 0) > 40

    with pytest.raises(export_geopackage.Cancelled):
        export_geopackage.export_ward(ward, SCHEMA, path, CancelHalfway())
    nothing_left()

    calls = []

    def failing(kind, value, srid):          # PostgreSQL gone in the middle of the rows
        calls.append(kind)
        if len(calls) > 50000:
            raise psycopg2.OperationalError("server closed the connection unexpectedly")
        return original(kind, value, srid)

    original = export_geopackage._gpkg_value
    monkeypatch.setattr(export_geopackage, "_gpkg_value", failing)
    with pytest.raises(MyMapError, match="could not be read from PostgreSQL"):
        export_geopackage.export_ward(ward, SCHEMA, path)
    monkeypatch.undo()
    nothing_left()

    execute(ward, sql.SQL("ALTER TABLE {} ADD COLUMN tags text[]").format(table("sensors")))
    with pytest.raises(MyMapError, match="tags"):
        export_geopackage.export_ward(ward, SCHEMA, path)
    nothing_left()
    execute(ward, sql.SQL("DROP TABLE {}").format(table("streets")))
    with pytest.raises(MyMapError, match="streets"):
        export_geopackage.export_ward(ward, SCHEMA, path)
    nothing_left()


def test_the_processing_algorithm_exports_by_connection_string_and_by_qgis_connection_name(
        postgres_server, postgres_database, ward, tmp_path):
    from qgis.core import (QgsDataSourceUri, QgsProcessingContext, QgsProcessingFeedback, QgsProviderRegistry)

    from mymap_plugin.postgis.processing.export_from_postgres_algorithm import ExportFromPostgresAlgorithm
    algorithm = ExportFromPostgresAlgorithm()
    algorithm.initAlgorithm()
    assert algorithm.name() == "export_from_postgres"
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    by_string = tmp_path / "by_string.gpkg"
    results, ok = algorithm.run({"DATABASE": postgres_server.dsn(postgres_database) + " schema=" + SCHEMA,
                                 "OUTPUT": str(by_string)}, context, feedback)
    assert ok and results["OUTPUT"] == str(by_string) and results["LAST_SEQ"] == 0
    assert query(by_string, "SELECT count(*) FROM trees") == [(3000,)]

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    uri = QgsDataSourceUri()
    uri.setConnection(postgres_server.socket_folder, str(postgres_server.port), postgres_database, "postgres", "")
    name = "mymap test {}".format(postgres_database)
    # as QGIS's dialog saves it with "Store user name" ticked (no password: the socket trusts the login)
    metadata.saveConnection(metadata.createConnection(uri.uri(), {"saveUsername": True}), name)
    try:
        by_name = tmp_path / "by_name.gpkg"
        results, ok = algorithm.run({"DATABASE": name, "SCHEMA": SCHEMA, "OUTPUT": str(by_name)}, context, feedback)
        assert ok and by_name.is_file()
    finally:
        metadata.deleteConnection(name)
    class Collecting(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.errors = []

        def reportError(self, error, fatal_error=False):
            self.errors.append(error)

    for database, message in (("no such connection", "no PostgreSQL connection named “no such connection”"),
                              ("host=127.0.0.1 port=1 connect_timeout=5", "cannot be reached"),
                              ("host='unclosed", "not a valid PostgreSQL connection string"),
                              ("host=localhost password=secret", "contains a password"),
                              (postgres_server.dsn(postgres_database), "no schema ward_00000")):
        feedback = Collecting()
        results, ok = algorithm.run({"DATABASE": database, "SCHEMA": "ward_00000",
                                     "OUTPUT": str(tmp_path / "never.gpkg")}, context, feedback)
        assert not ok and not (tmp_path / "never.gpkg").exists()
        assert any(message in error for error in feedback.errors), (database, feedback.errors)
    feedback = Collecting()
    results, ok = algorithm.run({"DATABASE": postgres_server.dsn(postgres_database),
                                 "OUTPUT": str(tmp_path / "never.gpkg")}, context, feedback)
    assert not ok and any("Give the ward's schema" in error for error in feedback.errors)
