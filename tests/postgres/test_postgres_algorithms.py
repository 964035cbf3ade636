"""The PostgreSQL side of MyMap's Processing algorithms and menu, on a real PostgreSQL 15 + PostGIS 3 server:
mymap:publish_to_postgres (its outputs, OVERWRITE, ROLES), every sync algorithm taking a PostgreSQL address
where it takes a shared GeoPackage (in processing.run, in the real Processing dialog and in qgis_process, end
to end: publish, check out, edit, sync), and the “Open PostGIS ward…” dialog."""
import os
import subprocess
from pathlib import Path

import processing
import psycopg2
import pytest
from qgis.core import (QgsApplication, QgsDataSourceUri, QgsProcessingContext, QgsProcessingException,
                       QgsProcessingFeedback, QgsProject, QgsProviderRegistry)

from mymap_plugin.postgis import connection as addresses
from mymap_plugin.ward_map import schema
from tests.conftest import STAGED_PLUGIN, WARD_SCHEMA, folder_state, query
from tests.sync_helpers import execute as edit_map

QGIS_PROCESS = "/usr/bin/qgis_process.bin"   # Debian's wrapper passes an option 3.22 rejects
TREE = "CX0000013"


class Collecting(QgsProcessingFeedback):
    """A feedback that keeps what the algorithm reported."""

    def __init__(self):
        super().__init__()
        self.infos, self.errors, self.percents = [], [], []

    def pushInfo(self, info):
        self.infos.append(info)

    def reportError(self, error, fatal_error=False):
        self.errors.append(error)

    def setProgress(self, progress):
        self.percents.append(progress)
        super().setProgress(progress)


def pg_rows(server, database, statement, parameters=None):
    with server.connect(database) as connection, connection.cursor() as cursor:
        cursor.execute(statement, parameters)
        return cursor.fetchall()


def geopackage_rows(path) -> int:
    return sum(query(path, 'SELECT count(*) FROM "{}"'.format(layer.name))[0][0] for layer in schema.LAYERS)


def publish(dsn, ward, **extra):
    feedback = Collecting()
    parameters = dict({"INPUT": str(ward), "DATABASE": dsn}, **extra)
    return processing.run("mymap:publish_to_postgres", parameters, feedback=feedback), feedback


def database_of(address) -> str:
    return psycopg2.extensions.parse_dsn(addresses.parse_address(address).dsn)["dbname"]


@pytest.fixture
def saved_connection(postgres_server, qgis_app):
    """A PostgreSQL connection saved in QGIS as its dialog saves it (user name, no password: the socket
    trusts the login), for one database: yields (name, database); deleted afterwards."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    saved = []

    def save(database):
        uri = QgsDataSourceUri()
        uri.setConnection(postgres_server.socket_folder, str(postgres_server.port), database, "postgres", "")
        name = "MyMap test {}".format(database)
        metadata.saveConnection(metadata.createConnection(uri.uri(), {"saveUsername": True}), name)
        saved.append(name)
        return name

    yield save
    for name in saved:
        metadata.deleteConnection(name)


# --- mymap:publish_to_postgres -------------------------------------------------------------------------

def test_the_publish_algorithm_is_registered_with_its_public_parameters(mymap_provider):
    registry = QgsApplication.processingRegistry()
    algorithm = registry.algorithmById("mymap:publish_to_postgres")
    assert algorithm is not None and registry.algorithmById("mymap:export_from_postgres") is not None
    assert [p.name() for p in algorithm.parameterDefinitions()] == ["INPUT", "DATABASE", "SCHEMA", "OVERWRITE",
                                                                    "ROLES"]
    assert [o.name() for o in algorithm.outputDefinitions()] == ["SHARED", "SCHEMA", "ROWS"]
    assert algorithm.parameterDefinition("SCHEMA").flags() & algorithm.parameterDefinition("SCHEMA").FlagOptional
    assert algorithm.parameterDefinition("OVERWRITE").defaultValue() is False
    assert algorithm.parameterDefinition("ROLES").defaultValue() is False
    assert algorithm.group() == "PostgreSQL" and "password" in algorithm.shortHelpString()


def test_publish_gives_the_shared_address_schema_and_rows(mymap_provider, postgres_server, postgres_database,
                                                          demo_ward, tmp_path, qgis_new_project):
    dsn = postgres_server.dsn(postgres_database)
    result, feedback = publish(dsn, demo_ward)
    assert result["SCHEMA"] == WARD_SCHEMA
    assert result["ROWS"] == geopackage_rows(demo_ward) > 30000
    address = addresses.parse_address(result["SHARED"])
    assert address.schema == WARD_SCHEMA and address.dsn == addresses.parse_address(dsn).dsn
    assert "password" not in result["SHARED"]
    assert pg_rows(postgres_server, postgres_database, "SELECT count(*) FROM ward_12103.trees") == [(3000,)]
    assert pg_rows(postgres_server, postgres_database,
                   "SELECT value FROM ward_12103.mymap_sync_state WHERE key = 'role'") == [("shared",)]
    assert feedback.percents[-1] == 100 and feedback.percents == sorted(feedback.percents)
    assert any(result["SHARED"] in info for info in feedback.infos)
    # The address it gives is the one checkout takes.
    copy = tmp_path / "an.gpkg"
    checked_out = processing.run("mymap:checkout", {"SHARED": result["SHARED"], "OUTPUT": str(copy), "EDITOR": "An"})
    assert checked_out["OUTPUT"] == str(copy)
    assert query(copy, "SELECT count(*) FROM trees") == [(3000,)]
    assert query(copy, "SELECT value FROM mymap_sync_state WHERE key = 'shared_path'") == [(result["SHARED"],)]


def test_publish_by_qgis_connection_name_into_a_schema_of_ones_choice(mymap_provider, postgres_server,
                                                                      postgres_database, demo_ward, saved_connection):
    name = saved_connection(postgres_database)
    result, _feedback = publish(name, demo_ward, SCHEMA="my_hao")
    assert result["SCHEMA"] == "my_hao"
    assert addresses.parse_address(result["SHARED"]).connection_name == name
    assert pg_rows(postgres_server, postgres_database, "SELECT count(*) FROM my_hao.housing")[0][0] > 7000


def test_publish_runs_in_the_background_as_the_processing_dialog_runs_it(mymap_provider, postgres_server,
                                                                        postgres_database, demo_ward):
    """The dialog runs an algorithm in a task on another thread: publishing (QGIS layers for the styles
    included) works there too."""
    import time
    from qgis.core import QgsProcessingAlgRunnerTask
    from qgis.PyQt.QtCore import QCoreApplication
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mymap:publish_to_postgres")
    context, feedback, done = QgsProcessingContext(), Collecting(), []
    task = QgsProcessingAlgRunnerTask(algorithm, {"INPUT": str(demo_ward),
                                                  "DATABASE": postgres_server.dsn(postgres_database)},
                                      context, feedback)
    task.executed.connect(lambda ok, results: done.append((ok, results)))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 120
    while not done and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.05)
    assert done and done[0][0], feedback.errors
    assert done[0][1]["SCHEMA"] == WARD_SCHEMA and done[0][1]["ROWS"] == geopackage_rows(demo_ward)
    assert pg_rows(postgres_server, postgres_database,
                   "SELECT count(*) FROM public.layer_styles WHERE f_table_schema = 'ward_12103'") == [
        (len(schema.LAYERS),)]


def test_without_overwrite_an_existing_schema_is_refused_and_left_as_it_was(mymap_provider, postgres_server,
                                                                           postgres_ward, demo_ward):
    database = database_of(postgres_ward)
    dsn = addresses.parse_address(postgres_ward).dsn
    edit_map(postgres_ward, "UPDATE trees SET condition = 'kem' WHERE asset_code = ?", (TREE,))

    def state():
        return (pg_rows(postgres_server, database, "SELECT condition FROM ward_12103.trees WHERE asset_code = %s",
                        (TREE,)),
                pg_rows(postgres_server, database, "SELECT key, value FROM ward_12103.mymap_sync_state ORDER BY key"),
                pg_rows(postgres_server, database, "SELECT count(*) FROM ward_12103.mymap_capture_trees"),
                pg_rows(postgres_server, database, "SELECT count(*) FROM public.layer_styles"))

    before, files = state(), folder_state(demo_ward.parent)
    assert before[0] == [("kem",)]
    for parameters in ({"SCHEMA": WARD_SCHEMA}, {}, {"SCHEMA": WARD_SCHEMA, "OVERWRITE": False}):
        with pytest.raises(QgsProcessingException, match="The schema ward_12103 already exists"):
            publish(dsn, demo_ward, **parameters)
        assert state() == before
        assert folder_state(demo_ward.parent) == files
    result, _feedback = publish(dsn, demo_ward, OVERWRITE=True)
    assert result["ROWS"] == geopackage_rows(demo_ward)
    after = state()
    assert after[0] != [("kem",)] and after[2] == [(0,)]
    assert dict(after[1])["share_id"] != dict(before[1])["share_id"]        # a new shared map


def test_roles_makes_the_editor_and_city_viewer_roles(mymap_provider, postgres_server, postgres_database,
                                                      demo_ward):
    """Roles belong to the whole server: without ROLES, a schema no other test uses gets no editors' role;
    with ROLES (in a second database: one ward code is published once per database), ward_12103 does."""
    result, feedback = publish(postgres_server.dsn(postgres_database), demo_ward, SCHEMA="ward_no_roles")
    assert pg_rows(postgres_server, postgres_database,
                   "SELECT count(*) FROM pg_roles WHERE rolname = 'mymap_ward_no_roles_editor'") == [(0,)]
    other = postgres_server.create_database()
    try:
        result, feedback = publish(postgres_server.dsn(other), demo_ward, ROLES=True)
        assert result["SCHEMA"] == WARD_SCHEMA
        assert pg_rows(postgres_server, other,
                       "SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname IN "
                       "('mymap_ward_12103_editor', 'mymap_city_viewer') ORDER BY rolname") == [
            ("mymap_city_viewer", False), ("mymap_ward_12103_editor", False)]
        assert pg_rows(postgres_server, other,
                       "SELECT has_table_privilege('mymap_ward_12103_editor', 'ward_12103.trees', 'UPDATE'), "
                       "has_table_privilege('mymap_city_viewer', 'mymap_city.trees', 'SELECT'), "
                       "has_table_privilege('mymap_city_viewer', 'ward_12103.trees', 'SELECT')") == [
            (True, True, False)]
        assert any("mymap_ward_12103_editor" in info for info in feedback.infos)
    finally:
        postgres_server.drop_database(other)


def test_bad_databases_are_refused_with_a_sentence(mymap_provider, postgres_server, postgres_database, demo_ward):
    for database, message in (("host=localhost password=secret", "contains a password"),
                              ("no such connection", "no PostgreSQL connection named “no such connection”"),
                              ("host=127.0.0.1 port=1 connect_timeout=5", "cannot be reached")):
        with pytest.raises(QgsProcessingException, match=message):
            publish(database, demo_ward)
    with pytest.raises(QgsProcessingException, match="cannot be the name of a ward's schema"):
        publish(postgres_server.dsn(postgres_database), demo_ward, SCHEMA="Ward 12103")
    assert pg_rows(postgres_server, postgres_database,
                   "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'ward%'") == [(0,)]


# --- the sync algorithms take a PostgreSQL address ------------------------------------------------------

SHARED_PARAMETERS = (("checkout", "SHARED"), ("sync", "SHARED"), ("export_changes", "INPUT"),
                     ("import_changes", "TARGET"), ("package_for_qfield", "SHARED"))


def test_every_shared_map_parameter_takes_a_path_or_an_address_and_refuses_anything_else(mymap_provider):
    registry, context = QgsApplication.processingRegistry(), QgsProcessingContext()
    for algorithm_name, parameter_name in SHARED_PARAMETERS:
        algorithm = registry.createAlgorithmById("mymap:" + algorithm_name)
        definition = algorithm.parameterDefinition(parameter_name)
        assert definition.type() == "file", algorithm_name        # the dialog keeps its file picker
        assert "*.gpkg" in definition.fileFilter()
        for value in ("service=city schema=ward_12103",
                      "host=db.city.vn port=5432 dbname=city user=gis schema=ward_12103",
                      "qgis_connection='City GIS' schema=ward_12103",
                      "postgresql://gis@db.city.vn/city?schema=ward_12103", "/share/my_hao.gpkg"):
            assert definition.checkValueIsAcceptable(value, context), (algorithm_name, value)
        parameters = {"WORKING": "/share/an.gpkg", "INPUT": "/b.mymapsync", "OUTPUT": "/tmp/out.gpkg"}
        if algorithm_name == "package_for_qfield":
            parameters = {"OUTPUT": "/tmp/qfield"}
        parameters[parameter_name] = "/share/notes.txt"
        ok, message = algorithm.checkParameterValues(parameters, context)
        assert not ok and "PostgreSQL" in message and "notes.txt" in message, (algorithm_name, message)


def test_checkout_sync_and_bundles_with_a_postgres_shared_map(mymap_provider, postgres_server, postgres_ward,
                                                              tmp_path, qgis_new_project):
    database = database_of(postgres_ward)
    copies = {}
    for editor in ("An", "Bình"):
        copies[editor] = tmp_path / "{}.gpkg".format(editor)
        result = processing.run("mymap:checkout", {"SHARED": postgres_ward, "OUTPUT": str(copies[editor]),
                                                   "EDITOR": editor})
        assert result["OUTPUT"] == str(copies[editor]) and result["PULLED_SEQ"] == 0
    edit_map(copies["An"], "UPDATE trees SET condition = 'kem' WHERE asset_code = ?", (TREE,))
    result = processing.run("mymap:sync", {"WORKING": str(copies["An"])})
    assert result["PUSHED"] == 1 and result["CONFLICTS"] == 0
    assert addresses.parse_address(result["SHARED"]).schema == WARD_SCHEMA
    assert pg_rows(postgres_server, database, "SELECT condition FROM ward_12103.trees WHERE asset_code = %s",
                   (TREE,)) == [("kem",)]
    # SHARED given again (the map "has moved"): the same address is accepted.
    result = processing.run("mymap:sync", {"WORKING": str(copies["Bình"]), "SHARED": postgres_ward})
    assert result["PULLED"] == 1
    assert query(copies["Bình"], "SELECT condition FROM trees WHERE asset_code = ?", TREE) == [("kem",)]

    # A change carried on a USB stick: Bình's edit exported from the copy, imported into PostgreSQL ...
    edit_map(copies["Bình"], "UPDATE trees SET condition = 'nghieng' WHERE asset_code = ?", (TREE,))
    bundle = tmp_path / "binh.mymapsync"
    exported = processing.run("mymap:export_changes", {"INPUT": str(copies["Bình"]), "OUTPUT": str(bundle)})
    assert exported["KIND"] and exported["FEATURES"] == 1
    imported = processing.run("mymap:import_changes", {"INPUT": str(bundle), "TARGET": postgres_ward})
    assert imported["PUSHED"] == 1 and not imported["ALREADY_IMPORTED"]
    assert pg_rows(postgres_server, database, "SELECT condition FROM ward_12103.trees WHERE asset_code = %s",
                   (TREE,)) == [("nghieng",)]
    # ... and the shared map's history exported from PostgreSQL, imported into An's copy.
    history = tmp_path / "history.mymapsync"
    exported = processing.run("mymap:export_changes", {"INPUT": postgres_ward, "OUTPUT": str(history), "SINCE": 1})
    assert exported["FEATURES"] >= 1
    imported = processing.run("mymap:import_changes", {"INPUT": str(history), "TARGET": str(copies["An"])})
    assert imported["PULLED"] == 1
    assert query(copies["An"], "SELECT condition FROM trees WHERE asset_code = ?", TREE) == [("nghieng",)]


def test_with_a_copy_of_a_postgres_ward_open_checkout_starts_on_its_address(mymap_provider, postgres_ward, tmp_path,
                                                                            qgis_new_project):
    from mymap_plugin.ward_map.open_ward_map import open_ward_map
    copy = tmp_path / "an.gpkg"
    processing.run("mymap:checkout", {"SHARED": postgres_ward, "OUTPUT": str(copy), "EDITOR": "An"})
    open_ward_map(copy, QgsProject.instance())
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mymap:checkout")
    assert algorithm.parameterDefinition("SHARED").defaultValue() == postgres_ward
    output = Path(algorithm.parameterDefinition("OUTPUT").defaultValue())
    assert output.suffix == ".gpkg" and output.stem.startswith(WARD_SCHEMA) and not output.exists()
    package = QgsApplication.processingRegistry().createAlgorithmById("mymap:package_for_qfield")
    folder = Path(package.parameterDefinition("OUTPUT").defaultValue())
    assert folder.name.startswith(WARD_SCHEMA) and folder.parent == output.parent


def test_the_real_checkout_dialog_takes_a_postgres_address(mymap_provider, qgis_iface, postgres_ward,
                                                           qgis_new_project, monkeypatch):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.gui import QgsBrowserGuiModel
    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)   # pytest-qgis's has none
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("mymap:checkout")
    dialog = AlgorithmDialog(algorithm, False, qgis_iface.mainWindow())
    try:
        panel = dialog.mainWidget()
        wrapper = panel.wrappers["SHARED"]
        assert wrapper.wrappedWidget().__class__.__name__ == "QgsFileWidget"      # the file picker stays
        wrapper.setParameterValue(postgres_ward, QgsProcessingContext())
        values = panel.createProcessingParameters()
        assert values["SHARED"] == postgres_ward
        ok, message = algorithm.checkParameterValues(dict(values, OUTPUT="/tmp/never.gpkg"), QgsProcessingContext())
        assert ok, message
    finally:
        dialog.close()
        dialog.deleteLater()


# --- qgis_process, end to end ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def qgis_process_env(tmp_path_factory):
    if not (STAGED_PLUGIN / "metadata.txt").exists():
        pytest.fail("the staged plugin is missing: run `make stage` (make test does)")
    home = tmp_path_factory.mktemp("home")
    env = dict(os.environ, HOME=str(home), QGIS_PLUGINPATH=str(STAGED_PLUGIN.parent),
               QT_QPA_PLATFORM="offscreen", PROJ_DATA="/usr/share/proj", XDG_RUNTIME_DIR=str(home),
               XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"))
    enabled = subprocess.run([QGIS_PROCESS, "plugins", "enable", "mymap_plugin"], env=env,
                             capture_output=True, text=True, timeout=120)
    assert enabled.returncode == 0 or "already enabled" in enabled.stderr + enabled.stdout, enabled.stderr
    return env


def qgis_process(env, *arguments):
    completed = subprocess.run([QGIS_PROCESS] + list(arguments), env=env, capture_output=True, text=True,
                               timeout=300)
    outputs = dict(line.split(":\t", 1) for line in completed.stdout.splitlines() if ":\t" in line)
    return completed, outputs


def test_publish_check_out_edit_and_sync_from_the_command_line(qgis_process_env, postgres_server,
                                                               postgres_database, demo_ward, tmp_path):
    """The commands the README shows for a city database: publish, check out from the address, edit the
    copy in any program, sync; the edit is in PostgreSQL."""
    published, outputs = qgis_process(qgis_process_env, "run", "mymap:publish_to_postgres", "--",
                                      "INPUT={}".format(demo_ward),
                                      "DATABASE={}".format(postgres_server.dsn(postgres_database)), "ROLES=true")
    assert published.returncode == 0, published.stdout + published.stderr
    shared = outputs["SHARED"]
    assert outputs["SCHEMA"] == WARD_SCHEMA and int(float(outputs["ROWS"])) == geopackage_rows(demo_ward)
    assert addresses.parse_address(shared).schema == WARD_SCHEMA
    again, _outputs = qgis_process(qgis_process_env, "run", "mymap:publish_to_postgres", "--",
                                   "INPUT={}".format(demo_ward),
                                   "DATABASE={}".format(postgres_server.dsn(postgres_database)))
    assert again.returncode != 0 and "already exists" in again.stdout + again.stderr

    copy = tmp_path / "an.gpkg"
    checked_out, outputs = qgis_process(qgis_process_env, "run", "mymap:checkout", "--", "SHARED={}".format(shared),
                                        "OUTPUT={}".format(copy), "EDITOR=An")
    assert checked_out.returncode == 0, checked_out.stdout + checked_out.stderr
    assert outputs["OUTPUT"] == str(copy)
    edit_map(copy, "UPDATE trees SET condition = 'kem' WHERE asset_code = ?", (TREE,))
    synced, outputs = qgis_process(qgis_process_env, "run", "mymap:sync", "--", "WORKING={}".format(copy))
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert outputs["PUSHED"] == "1" and outputs["CONFLICTS"] == "0"
    assert pg_rows(postgres_server, postgres_database, "SELECT condition FROM ward_12103.trees WHERE asset_code = %s",
                   (TREE,)) == [("kem",)]
    assert pg_rows(postgres_server, postgres_database,
                   "SELECT editor FROM ward_12103.mymap_sync_changesets ORDER BY first_seq DESC LIMIT 1") == [("An",)]

    refused, _outputs = qgis_process(qgis_process_env, "run", "mymap:checkout", "--", "SHARED=notes.txt",
                                     "OUTPUT={}".format(tmp_path / "never.gpkg"), "EDITOR=An")
    assert refused.returncode != 0 and "PostgreSQL" in refused.stdout + refused.stderr
    assert not (tmp_path / "never.gpkg").exists()


# --- “Open PostGIS ward…” -------------------------------------------------------------------------------

@pytest.fixture
def no_message_boxes(monkeypatch):
    """QMessageBox.warning of the dialog recorded instead of shown (it would wait for a click)."""
    from mymap_plugin.postgis.gui import open_postgis_ward_dialog
    shown = []
    monkeypatch.setattr(open_postgis_ward_dialog.QMessageBox, "warning",
                        lambda _parent, title, text: shown.append((title, text)))
    return shown


def test_the_open_dialog_lists_the_wards_of_a_saved_connection_and_opens_one(
        postgres_server, postgres_ward, saved_connection, qgis_new_project, no_message_boxes):
    from mymap_plugin.postgis.gui.open_postgis_ward_dialog import OpenPostgisWardDialog
    database = database_of(postgres_ward)
    with postgres_server.connect(database) as connection, connection.cursor() as cursor:
        cursor.execute("CREATE SCHEMA not_a_ward; CREATE TABLE not_a_ward.things (id int)")
    name = saved_connection(database)
    project = QgsProject.instance()
    dialog = OpenPostgisWardDialog(None, project)
    try:
        dialog.connection.setConnection(name)
        assert not dialog.connection_string.isEnabled()
        assert [dialog.schema.itemText(i) for i in range(dialog.schema.count())] == [WARD_SCHEMA]
        assert dialog.schema_name() == WARD_SCHEMA and dialog.message.isHidden()
        dialog.accept()
        assert no_message_boxes == [] and dialog.result() == dialog.DialogCode.Accepted
        assert dialog.group is not None and project.layerTreeRoot().children()[0] == dialog.group
        assert len(dialog.group.findLayers()) == len(schema.LAYERS)
        sources = [node.layer().source() for node in dialog.group.findLayers()]
        assert all("password" not in source and "schema" not in source.split("table=")[0] for source in sources)
        trees = next(node.layer() for node in dialog.group.findLayers()
                     if node.layer().dataProvider().uri().table() == "trees")
        assert trees.providerType() == "postgres" and trees.featureCount() == 3000
    finally:
        dialog.deleteLater()


def test_the_open_dialog_takes_a_connection_string_and_says_what_is_wrong(postgres_server, postgres_ward,
                                                                         qgis_new_project, no_message_boxes):
    from mymap_plugin.postgis.gui.open_postgis_ward_dialog import OpenPostgisWardDialog
    dsn = addresses.parse_address(postgres_ward).dsn
    project = QgsProject.instance()
    dialog = OpenPostgisWardDialog(None, project)
    try:
        assert dialog.connection.currentConnection() == "" and dialog.connection_string.isEnabled()
        dialog.accept()                                     # nothing chosen
        assert no_message_boxes[-1][1].startswith("Choose a PostgreSQL connection")
        dialog.connection_string.setText("host=127.0.0.1 port=1 connect_timeout=5")
        dialog.list_schemas()
        assert not dialog.message.isHidden() and "cannot be reached" in dialog.message.text()
        dialog.connection_string.setText(dsn)
        dialog.list_schemas()
        assert dialog.message.isHidden() and dialog.schema_name() == WARD_SCHEMA
        dialog.schema.setEditText("ward_00000")
        dialog.accept()
        assert "holds no MyMap ward" in no_message_boxes[-1][1] and dialog.group is None
        assert not project.mapLayers()
        dialog.schema.setEditText(WARD_SCHEMA)
        dialog.accept()
        assert dialog.group is not None and len(project.mapLayers()) == len(schema.LAYERS)
    finally:
        dialog.deleteLater()
