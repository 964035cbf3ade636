"""The ward's styles and forms in PostgreSQL (mymap_plugin/postgis/styles.py) and opening a PostGIS ward in
QGIS (mymap_plugin/postgis/open_postgis_ward.py), on a real PostgreSQL 15 + PostGIS 3 server and a real QGIS:
publishing stores the GeoPackage's default styles in QGIS's own public.layer_styles, so any QGIS opening a
table gets MyMap's symbols and forms; the drop-down lists follow the tables of that ward only; opening the
ward gives the layers, counts and map themes a ward GeoPackage gives."""
import sqlite3
from contextlib import closing

import psycopg2
import pytest
from psycopg2 import sql
from qgis.core import (QgsCoordinateReferenceSystem, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer,
                       QgsVectorLayerUtils)

from mymap_plugin.errors import MyMapError
from mymap_plugin.i18n import translate_function
from mymap_plugin.postgis import publish, styles, ward_schema
from mymap_plugin.postgis.open_postgis_ward import open_postgis_ward
from mymap_plugin.sync.database import connect
from mymap_plugin.ward_map import schema
from mymap_plugin.ward_map.create_ward_map import layer_source
from mymap_plugin.ward_map.open_ward_map import DRAWING_ORDER, THEMES
from tests.postgres_server import execute

SCHEMA = "ward_12103"
OTHER_SCHEMA = "ward_99999"
NEW_GROUP = ("12103-099", "Tổ dân phố Thử Nghiệm")


def publish_ward(geopackage_path, connection, schema_name):
    geopackage = connect(geopackage_path, read_only=True)
    try:
        with connection:
            publish.publish_tables(geopackage, connection, schema_name)
    finally:
        geopackage.close()


@pytest.fixture
def published(postgres_server, postgres_database, demo_ward_master, qgis_app):
    """The demo ward's tables published and committed: (dsn for QGIS, psycopg2 connection in autocommit)."""
    connection = psycopg2.connect(postgres_server.dsn(postgres_database))
    try:
        publish_ward(demo_ward_master, connection, SCHEMA)
        connection.autocommit = True
        yield postgres_server.dsn(postgres_database), connection
    finally:
        connection.close()


@pytest.fixture
def styled(published, demo_ward_master):
    dsn, connection = published
    return dsn, connection, styles.save_styles(dsn, SCHEMA, demo_ward_master)


def style_rows(connection, schema_name=SCHEMA):
    return execute(connection, "SELECT f_table_name, f_geometry_column, stylename, useasdefault, id "
                               "FROM public.layer_styles WHERE f_table_schema = %s ORDER BY f_table_name, id",
                   (schema_name,))


def postgis_layer(dsn, table, schema_name=SCHEMA):
    """A table opened as any QGIS would open it (the default style loaded from the database)."""
    layer = QgsVectorLayer(styles.layer_uri(dsn, schema_name, schema.LAYERS_BY_NAME[table]), table, "postgres")
    assert layer.isValid(), layer.error().summary()
    return layer


def geopackage_layer(path, table):
    layer = QgsVectorLayer(layer_source(path, table), table, "ogr")
    assert layer.isValid()
    return layer


def widget(layer, field):
    setup = layer.editorWidgetSetup(layer.fields().indexOf(field))
    return setup.type(), setup.config()


def rules(renderer):
    return [(rule.label(), rule.filterExpression()) for rule in renderer.rootRule().children()]


def categories(renderer):
    return renderer.classAttribute(), [(c.value(), c.label()) for c in renderer.categories()]


def group_names_in(layer, field="residential_group_id"):
    return {name for entry in widget(layer, field)[1]["map"] for name in entry}


def test_publishing_stores_one_default_style_per_layer(styled):
    _dsn, connection, done = styled
    assert done == {layer.name: "geopackage" for layer in schema.LAYERS}
    rows = style_rows(connection)
    assert sorted(row[0] for row in rows) == sorted(layer.name for layer in schema.LAYERS)
    for table, geometry_column, name, default, _id in rows:
        assert name == "MyMap" and default is True, table
        assert geometry_column == ("geom" if schema.LAYERS_BY_NAME[table].geometry else None), table


def test_a_table_opened_in_qgis_has_the_wards_style_and_form(styled, demo_ward_master):
    dsn, _connection, _done = styled
    trees, ward_trees = postgis_layer(dsn, "trees"), geopackage_layer(demo_ward_master, "trees")
    assert trees.renderer().type() == ward_trees.renderer().type() == "RuleRenderer"
    assert rules(trees.renderer()) == rules(ward_trees.renderer())
    assert len(rules(trees.renderer())) == 8          # seven conditions and the heritage star
    assert trees.labelsEnabled()
    # the form: a domain's drop-down with the same codes and Vietnamese labels, every alias as in the GeoPackage
    kind, config = widget(trees, "condition")
    assert kind == "ValueMap" and config == widget(ward_trees, "condition")[1]
    assert {"Tốt": "tot"} in config["map"]
    for field in ward_trees.fields():
        assert trees.attributeAlias(trees.fields().indexOf(field.name())) == \
            ward_trees.attributeAlias(ward_trees.fields().indexOf(field.name())), field.name()
    assert trees.attributeAlias(trees.fields().indexOf("condition")) == "Tình trạng"
    assert group_names_in(trees) == group_names_in(ward_trees) and len(group_names_in(trees)) > 5
    tabs = [tab.name() for tab in trees.editFormConfig().tabs()]
    assert tabs == [tab.name() for tab in ward_trees.editFormConfig().tabs()] and tabs[0] == "Cây xanh"
    housing, ward_housing = postgis_layer(dsn, "housing"), geopackage_layer(demo_ward_master, "housing")
    assert categories(housing.renderer()) == categories(ward_housing.renderer())
    # a table without geometry gets its form too
    species = postgis_layer(dsn, "species")
    assert species.attributeAlias(species.fields().indexOf("name_vi")) == "Tên tiếng Việt"


def test_value_relations_point_at_the_postgis_tables(styled):
    dsn, connection, _done = styled
    lines = postgis_layer(dsn, "drainage_lines")
    for field in ("from_node_uuid", "to_node_uuid"):
        kind, config = widget(lines, field)
        assert kind == "ValueRelation"
        assert config["LayerProviderName"] == "postgres"
        assert config["LayerSource"] == styles.layer_uri(dsn, SCHEMA, schema.LAYERS_BY_NAME["drainage_nodes"])
        assert ".gpkg" not in config["LayerSource"]
    kind, config = widget(postgis_layer(dsn, "sensor_readings"), "station_uuid")
    assert kind == "ValueRelation" and '"ward_12103"."sensors"' in config["LayerSource"]
    # no stored style names the GeoPackage any more
    assert execute(connection, "SELECT f_table_name FROM public.layer_styles WHERE f_table_schema = %s "
                               "AND position('.gpkg' IN styleqml::text) > 0", (SCHEMA,)) == []


def test_a_tree_added_through_the_stored_form_is_accepted(styled):
    """The stored form's defaults (identity, ward code, status, stamps) make a row PostgreSQL accepts."""
    dsn, connection, _done = styled
    trees = postgis_layer(dsn, "trees")
    feature = QgsVectorLayerUtils.createFeature(trees, QgsGeometry.fromPointXY(QgsPointXY(556891.5, 2315978.1)),
                                                {trees.fields().indexOf("condition"): "tot"},
                                                trees.createExpressionContext())
    assert trees.startEditing() and trees.addFeature(feature)
    assert trees.commitChanges(), trees.commitErrors()
    row = execute(connection, sql.SQL("SELECT ward_code, status, qr_status, condition, created_at IS NOT NULL, "
                                      "length(uuid) FROM {} ORDER BY fid DESC LIMIT 1").format(
        ward_schema.qualified(SCHEMA, "trees")))[0]
    assert row == ("12103", "hien_huu", "chua_gan", "tot", True, 36)


def test_saving_again_replaces_the_styles(styled, demo_ward_master):
    dsn, connection, _done = styled
    before = style_rows(connection)
    styles.save_styles(dsn, SCHEMA, demo_ward_master)
    after = style_rows(connection)
    assert [row[:4] for row in after] == [row[:4] for row in before]
    assert len(after) == len(schema.LAYERS)
    assert not {row[4] for row in after} & {row[4] for row in before}     # new rows, the old ones gone
    assert postgis_layer(dsn, "trees").renderer().type() == "RuleRenderer"


def test_a_layer_without_a_stored_style_gets_mymaps_own(published, demo_ward):
    dsn, connection = published
    with closing(sqlite3.connect(str(demo_ward))) as geopackage, geopackage:
        geopackage.execute("DELETE FROM layer_styles WHERE f_table_name IN ('trees', 'species')")
    done = styles.save_styles(dsn, SCHEMA, demo_ward)
    assert done["trees"] == done["species"] == "made" and done["housing"] == "geopackage"
    with connection:
        assert styles.write_lookup_lists(connection, SCHEMA) >= 1
    trees = postgis_layer(dsn, "trees")
    assert trees.renderer().type() == "RuleRenderer"
    assert widget(trees, "condition")[0] == "ValueMap"
    assert trees.attributeAlias(trees.fields().indexOf("condition")) == "Tình trạng"
    assert "Tổ dân phố số 1" in group_names_in(trees)
    assert widget(trees, "species_id")[0] == "ValueMap" and len(widget(trees, "species_id")[1]["map"]) > 5


def test_lookup_lists_follow_the_tables_of_that_ward_only(styled, demo_ward_master):
    dsn, connection, _done = styled
    connection.autocommit = False
    publish_ward(demo_ward_master, connection, OTHER_SCHEMA)
    connection.autocommit = True
    styles.save_styles(dsn, OTHER_SCHEMA, demo_ward_master)
    other_before = execute(connection, "SELECT id, styleqml::text FROM public.layer_styles "
                                       "WHERE f_table_schema = %s ORDER BY id", (OTHER_SCHEMA,))
    with connection:
        assert styles.write_lookup_lists(connection, SCHEMA) == 0       # already as the tables are
    execute(connection, sql.SQL("INSERT INTO {} (group_id, name) VALUES (%s, %s)").format(
        ward_schema.qualified(SCHEMA, "residential_groups")), NEW_GROUP)
    connection.autocommit = False
    with connection:
        changed = styles.write_lookup_lists(connection, SCHEMA)
    connection.autocommit = True
    # every asset layer lists the residential groups
    assert changed == len([layer for layer in schema.LAYERS if layer.is_asset])
    trees = postgis_layer(dsn, "trees")
    assert {NEW_GROUP[1]: NEW_GROUP[0]} in widget(trees, "residential_group_id")[1]["map"]
    assert NEW_GROUP[1] not in group_names_in(postgis_layer(dsn, "trees", OTHER_SCHEMA))
    assert execute(connection, "SELECT id, styleqml::text FROM public.layer_styles "
                               "WHERE f_table_schema = %s ORDER BY id", (OTHER_SCHEMA,)) == other_before
    with connection:
        assert styles.write_lookup_lists(connection, SCHEMA) == 0


def test_open_postgis_ward_adds_the_ward_as_a_geopackage_opens(styled, demo_ward_master, qgis_new_project):
    dsn, _connection, _done = styled
    project = QgsProject.instance()
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    group = open_postgis_ward(dsn, SCHEMA, project)
    assert group.name() == "Phường Mỹ Hào"
    assert project.layerTreeRoot().children()[0] == group
    layers = {node.layer().dataProvider().uri().table(): node.layer() for node in group.findLayers()}
    assert list(layers) == list(DRAWING_ORDER)
    with closing(sqlite3.connect(str(demo_ward_master))) as geopackage:
        for table, layer in layers.items():
            assert layer.isValid() and layer.providerType() == "postgres", table
            assert layer.featureCount() == geopackage.execute(
                'SELECT count(*) FROM "{}"'.format(table)).fetchone()[0] > 0, table
    assert layers["trees"].name() == "Cây xanh" and layers["trees"].renderer().type() == "RuleRenderer"
    assert project.crs().authid() == "EPSG:9209"
    translate = translate_function("vi")
    assert set(project.mapThemeCollection().mapThemes()) >= {translate(title) for title, _layers in THEMES}
    flooding = project.mapThemeCollection().mapThemeVisibleLayers(translate("Flooding"))
    assert {layer.dataProvider().uri().table() for layer in flooding} == {"sensors", "drainage_lines", "housing",
                                                                           "streets"}
    assert not group.findLayer(layers["species"].id()).itemVisibilityChecked()
    config = widget(layers["drainage_lines"], "from_node_uuid")[1]
    assert config["Layer"] == layers["drainage_nodes"].id()
    assert project.customVariables()["mymap_ward_code"] == "12103"
    # opened again: the same group, no second copy of the layers
    count = len(project.mapLayers())
    assert open_postgis_ward(dsn, SCHEMA, project) is group
    assert len(project.mapLayers()) == count


def test_opening_picks_up_groups_added_since_the_styles_were_stored(styled, qgis_new_project):
    dsn, connection, _done = styled
    execute(connection, sql.SQL("INSERT INTO {} (group_id, name) VALUES (%s, %s)").format(
        ward_schema.qualified(SCHEMA, "residential_groups")), NEW_GROUP)
    execute(connection, sql.SQL("INSERT INTO {} (key, value) VALUES ('role', 'shared')").format(
        ward_schema.qualified(SCHEMA, "mymap_sync_state")))
    group = open_postgis_ward(dsn, SCHEMA, QgsProject.instance())
    assert group.name() == translate_function("vi")("{ward} — shared map").format(ward="Phường Mỹ Hào")
    assert group.name() != "Phường Mỹ Hào"
    trees = next(node.layer() for node in group.findLayers() if node.layer().dataProvider().uri().table() == "trees")
    assert NEW_GROUP[1] in group_names_in(trees)


def test_a_schema_without_a_ward_is_refused(published, qgis_new_project):
    dsn, _connection = published
    with pytest.raises(MyMapError, match="holds no MyMap ward"):
        open_postgis_ward(dsn, "ward_00000", QgsProject.instance())
    assert not QgsProject.instance().mapLayers()


def test_an_address_with_a_password_is_refused(qgis_app):
    with pytest.raises(MyMapError, match="password"):
        styles.layer_uri("host=localhost dbname=city user=editor password=secret", SCHEMA, schema.TREES)
