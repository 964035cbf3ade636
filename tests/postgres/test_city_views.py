"""City views (mymap_plugin/postgis/city_views.py) against the real server: one view per layer over every
registered ward with the registry's ward code, the data dictionary's columns only, one typed geometry
column (the wards' SRID, or WGS 84 when their zones differ), current after every change of the registry,
and opened by QGIS as a valid layer."""
import itertools

import psycopg2
import pytest
from psycopg2 import sql

from mymap_plugin.errors import MyMapError
from mymap_plugin.postgis import city_views, publish, ward_schema
from mymap_plugin.sync.database import connect
from mymap_plugin.ward_map import schema
from tests.postgres_server import execute

WARD_A, WARD_B = "ward_a", "ward_b"
CODE_A, CODE_B = "12103", "12106"
NAME_B = "Phường Bần Yên Nhân"
TEMPLATE = "city_views_template"
_NUMBERS = itertools.count(1)


@pytest.fixture(scope="module")
def published_template(postgres_server, demo_ward_master):
    """A database holding the demo ward twice (ward_a as 12103, ward_b as 12106), copied by each test."""
    postgres_server.create_database(TEMPLATE)
    geopackage = connect(demo_ward_master, read_only=True)
    connection = psycopg2.connect(postgres_server.dsn(TEMPLATE))
    try:
        with connection:
            publish.publish_tables(geopackage, connection, WARD_A)
            publish.publish_tables(geopackage, connection, WARD_B)
            settings = ward_schema.qualified(WARD_B, schema.SETTINGS_TABLE)
            execute(connection, sql.SQL("UPDATE {} SET value = %s WHERE key = 'ward_code'").format(settings), (CODE_B,))
            execute(connection, sql.SQL("UPDATE {} SET value = %s WHERE key = 'ward_name'").format(settings), (NAME_B,))
    finally:
        connection.close()
        geopackage.close()
    yield TEMPLATE
    postgres_server.drop_database(TEMPLATE)


@pytest.fixture
def city(postgres_server, published_template):
    """A copy of the two published wards for one test: (server, database name)."""
    name = "views_{}".format(next(_NUMBERS))
    with postgres_server.connect("postgres") as connection:
        execute(connection, sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(sql.Identifier(name),
                                                                             sql.Identifier(published_template)))
    yield postgres_server, name
    postgres_server.drop_database(name)


def register(connection, *schema_names):
    """Register the wards with the code and name of their settings, in one transaction."""
    with connection:
        for schema_name in schema_names:
            code, name = city_views.settings_identity(connection, schema_name)
            city_views.register_ward(connection, schema_name, code, name)


def one(connection, statement, parameters=None):
    return execute(connection, statement, parameters)[0][0]


def count(connection, schema_name, table):
    return one(connection, sql.SQL("SELECT count(*) FROM {}.{}").format(sql.Identifier(schema_name),
                                                                        sql.Identifier(table)))


def by_ward(connection, view):
    return dict(execute(connection, sql.SQL("SELECT ward_code, count(*) FROM {}.{} GROUP BY ward_code").format(
        sql.Identifier(city_views.CITY_SCHEMA), sql.Identifier(view))))


def view_columns(connection, view):
    return [row[0] for row in execute(connection, "SELECT column_name FROM information_schema.columns "
                                                  "WHERE table_schema = %s AND table_name = %s "
                                                  "ORDER BY ordinal_position", (city_views.CITY_SCHEMA, view))]


def geometry_column(connection, view):
    return execute(connection, "SELECT type, srid FROM geometry_columns WHERE f_table_schema = %s "
                               "AND f_table_name = %s AND f_geometry_column = 'geom'",
                   (city_views.CITY_SCHEMA, view))


def test_city_layers_are_the_assets_streets_and_residential_groups():
    assert city_views.view_names() == ["housing", "trees", "drainage_lines", "drainage_nodes", "sensors",
                                       "residential_groups", "streets"]


def test_every_view_unites_every_registered_ward(city):
    server, database = city
    with server.connect(database, autocommit=False) as connection:
        register(connection, WARD_A, WARD_B)
        assert execute(connection, "SELECT schema_name, ward_code, ward_name FROM mymap_city.wards "
                                   "ORDER BY schema_name") == [(WARD_A, CODE_A, "Phường Mỹ Hào"),
                                                               (WARD_B, CODE_B, NAME_B)]
        for layer in city_views.CITY_LAYERS:
            in_a, in_b = count(connection, WARD_A, layer.name), count(connection, WARD_B, layer.name)
            assert in_a > 0, layer.name
            assert by_ward(connection, layer.name) == {CODE_A: in_a, CODE_B: in_b}, layer.name
            # the key is unique over the city, and QGIS gets one typed geometry column
            assert one(connection, sql.SQL("SELECT count(DISTINCT city_id) FROM mymap_city.{}").format(
                sql.Identifier(layer.name))) == in_a + in_b, layer.name
            assert geometry_column(connection, layer.name) == [(layer.geometry.upper(), 9209)], layer.name
            assert view_columns(connection, layer.name) == (
                ["city_id", "ward_code"] + [name for name in layer.field_names() if name != "ward_code"] + ["geom"])
        assert by_ward(connection, "trees") == {CODE_A: 3000, CODE_B: 3000}
        # a row of the view is the ward's row
        uuid, height, geometry = execute(connection, "SELECT uuid, height_m, ST_AsText(geom) FROM ward_b.trees "
                                                     "WHERE height_m IS NOT NULL ORDER BY fid LIMIT 1")[0]
        assert execute(connection, "SELECT ward_code, uuid, height_m, ST_AsText(geom) FROM mymap_city.trees "
                                   "WHERE city_id = %s", (CODE_B + ":" + uuid,)) == [(CODE_B, uuid, height, geometry)]


def test_views_stay_current(city):
    server, database = city
    with server.connect(database, autocommit=False) as connection:
        register(connection, WARD_A)
        assert by_ward(connection, "trees") == {CODE_A: 3000}
        register(connection, WARD_B)
        assert by_ward(connection, "trees") == {CODE_A: 3000, CODE_B: 3000}
        # the views read the wards' tables live: an edit shows at once
        execute(connection, "DELETE FROM ward_b.trees WHERE fid IN (SELECT fid FROM ward_b.trees ORDER BY fid "
                            "LIMIT 5)")
        assert by_ward(connection, "trees") == {CODE_A: 3000, CODE_B: 2995}
        # publishing again under a corrected code: one registration, the new code
        first = one(connection, "SELECT published_at FROM mymap_city.wards WHERE schema_name = %s", (WARD_B,))
        connection.commit()
        with connection:
            city_views.register_ward(connection, WARD_B, "12107", NAME_B)
        assert by_ward(connection, "trees") == {CODE_A: 3000, "12107": 2995}
        assert one(connection, "SELECT count(*) FROM mymap_city.wards") == 2
        assert one(connection, "SELECT published_at FROM mymap_city.wards WHERE schema_name = %s", (WARD_B,)) > first
        # removing a ward: out of the views, then its schema drops without touching them
        with connection:
            assert city_views.unregister_ward(connection, WARD_A) is True
        assert by_ward(connection, "trees") == {"12107": 2995}
        with connection:
            execute(connection, "DROP SCHEMA ward_a CASCADE")
        assert by_ward(connection, "housing") == {"12107": count(connection, WARD_B, "housing")}
        # a ward schema dropped while registered takes the views with it; a refresh brings them back
        with connection:
            execute(connection, "DROP SCHEMA ward_b CASCADE")
        assert one(connection, "SELECT count(*) FROM pg_views WHERE schemaname = 'mymap_city'") == 0
        with connection:
            assert city_views.refresh_views(connection) == city_views.FALLBACK_SRID
        assert by_ward(connection, "trees") == {}
        assert geometry_column(connection, "trees") == [("POINT", 4326)]


def test_fields_beside_the_dictionary_are_left_out_and_missing_ones_are_null(city):
    server, database = city
    with server.connect(database, autocommit=False) as connection:
        with connection:
            execute(connection, "ALTER TABLE ward_b.trees ADD COLUMN gardener text DEFAULT 'Lan'")
            execute(connection, "ALTER TABLE ward_a.trees DROP COLUMN manager_unit")
        register(connection, WARD_A, WARD_B)
        columns = view_columns(connection, "trees")
        assert "gardener" not in columns and "manager_unit" in columns
        assert dict(execute(connection, "SELECT ward_code, count(manager_unit) FROM mymap_city.trees "
                                        "GROUP BY ward_code")) == {
            CODE_A: 0, CODE_B: one(connection, "SELECT count(manager_unit) FROM ward_b.trees")}
        assert one(connection, "SELECT count(manager_unit) FROM ward_b.trees") > 0


def test_wards_in_different_zones_meet_in_wgs84(city):
    server, database = city
    with server.connect(database, autocommit=False) as connection:
        with connection:     # ward B's trees in VN-2000 / UTM zone 48N instead of the TM-3 zone 105°30'
            execute(connection, "ALTER TABLE ward_b.trees ALTER COLUMN geom TYPE geometry(Point, 3405) "
                                "USING ST_Transform(geom, 3405)")
        register(connection, WARD_A, WARD_B)
        for layer in city_views.CITY_LAYERS:
            assert geometry_column(connection, layer.name) == [(layer.geometry.upper(), 4326)], layer.name
        # the same tree, stored in two zones, lands on the same spot (within a millimetre) in Mỹ Hào
        uuid = one(connection, "SELECT uuid FROM ward_a.trees ORDER BY fid LIMIT 1")
        a, b = execute(connection, "SELECT geom FROM mymap_city.trees WHERE uuid = %s ORDER BY ward_code", (uuid,))
        assert one(connection, "SELECT ST_Distance(%s::geography, %s::geography)", (a[0], b[0])) < 0.001
        longitude, latitude = execute(connection, "SELECT ST_X(%s::geometry), ST_Y(%s::geometry)", (a[0], a[0]))[0]
        assert 105.9 < longitude < 106.3 and 20.8 < latitude < 21.1
        # the views hold on to the columns they read: a ward is taken out of them before its tables change
        with pytest.raises(psycopg2.errors.FeatureNotSupported):
            execute(connection, "ALTER TABLE ward_b.trees ALTER COLUMN geom TYPE geometry(Point, 9209) "
                                "USING ST_Transform(geom, 9209)")
        connection.rollback()
        # once both agree again, the views go back to their zone
        with connection:
            city_views.unregister_ward(connection, WARD_B)
            execute(connection, "ALTER TABLE ward_b.trees ALTER COLUMN geom TYPE geometry(Point, 9209) "
                                "USING ST_Transform(geom, 9209)")
            city_views.register_ward(connection, WARD_B, CODE_B, NAME_B, refresh=False)
            assert city_views.refresh_views(connection) == 9209
        assert geometry_column(connection, "trees") == [("POINT", 9209)]


def test_a_ward_code_is_registered_once_and_never_empty(city):
    server, database = city
    with server.connect(database, autocommit=False) as connection:
        register(connection, WARD_A)
        with pytest.raises(MyMapError, match="12103 is already published in schema ward_a"):
            city_views.register_ward(connection, WARD_B, CODE_A, "?")
        connection.rollback()
        with pytest.raises(MyMapError, match="no ward code"):
            city_views.register_ward(connection, WARD_B, " ", "?")
        connection.rollback()
        with pytest.raises(MyMapError, match="cannot be the name of a ward's schema"):
            city_views.register_ward(connection, "Ward B; DROP", CODE_B, "?")
        connection.rollback()
        assert execute(connection, "SELECT schema_name FROM mymap_city.wards") == [(WARD_A,)]
        # a registration whose schema is gone gives way to the new schema of that ward code
        with connection:
            execute(connection, "DROP SCHEMA ward_a CASCADE")
            city_views.register_ward(connection, WARD_B, CODE_A, "Phường Mỹ Hào")
        assert execute(connection, "SELECT schema_name, ward_code FROM mymap_city.wards") == [(WARD_B, CODE_A)]
        assert by_ward(connection, "trees") == {CODE_A: 3000}


def test_qgis_opens_a_city_view_as_a_layer(city, qgis_app):
    from qgis.core import QgsDataSourceUri, QgsFeatureRequest, QgsVectorLayer, QgsWkbTypes
    server, database = city
    with server.connect(database, autocommit=False) as connection:
        register(connection, WARD_A, WARD_B)
    uri = QgsDataSourceUri()
    uri.setConnection(server.socket_folder, str(server.port), database, "postgres", "")
    uri.setDataSource(city_views.CITY_SCHEMA, "trees", "geom", "", city_views.KEY_COLUMN)
    layer = QgsVectorLayer(uri.uri(False), "trees", "postgres")
    assert layer.isValid(), layer.error().summary()
    assert layer.featureCount() == 6000
    assert layer.wkbType() == QgsWkbTypes.Point
    assert layer.crs().authid() == "EPSG:9209"
    codes = {}
    for feature in layer.getFeatures(QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)):
        codes[feature["ward_code"]] = codes.get(feature["ward_code"], 0) + 1
    assert codes == {CODE_A: 3000, CODE_B: 3000}
    # QGIS fetches a feature back by the key it was given
    feature = next(layer.getFeatures(QgsFeatureRequest().setFilterExpression("\"ward_code\" = '12106'")))
    again = layer.getFeature(feature.id())
    assert again["city_id"] == feature["city_id"] == CODE_B + ":" + feature["uuid"]
    assert not again.geometry().isNull()
