"""sql_identifiers: names are checked against the ward schema and quoted; values stay bound."""
import sqlite3

import pytest

from mymap_plugin.sql_identifiers import (IdentifierError, aliased_columns, assignments, column, column_definition,
                                          column_list, known_tables, literal, placeholders, sql, table, table_columns)
from mymap_plugin.ward_map import schema


@pytest.fixture
def trees():
    """An in-memory 'trees' table with a schema field, a user field and a field with quotes."""
    connection = sqlite3.connect(":memory:")
    connection.execute('CREATE TABLE trees (fid INTEGER PRIMARY KEY, uuid TEXT, girth_cm REAL, '
                       '"Chu vi (cm) của cây" REAL, "ghi ""chú"" riêng" TEXT)')
    connection.execute("INSERT INTO trees VALUES (1, 'u-1', 80.5, 81, 'gốc to')")
    yield connection
    connection.close()


def test_a_schema_table_is_quoted():
    assert sql("SELECT uuid FROM {table} WHERE fid = ?", table="trees") == 'SELECT uuid FROM "trees" WHERE fid = ?'
    assert table(schema.SETTINGS_TABLE) == '"mymap_ward_settings"'
    for name in ("mymap_capture_housing", "mymap_sync_log", "mymap_code_block", "gpkg_data_columns", "changesets"):
        assert name in known_tables()


@pytest.mark.parametrize("name", ["sqlite_temp_master", "trees; DROP TABLE housing", "Trees", "", "users"])
def test_a_table_outside_the_schema_is_refused(name):
    with pytest.raises(IdentifierError, match="is not a table of the ward schema") as caught:
        sql("SELECT * FROM {table}", table=name)
    assert isinstance(caught.value, ValueError)
    assert repr(name) in str(caught.value)


@pytest.mark.parametrize("name", ['uuid" = uuid OR "1', "count(*)", "a, b", "1st", "", "x" * 64])
def test_a_column_that_is_no_plain_name_and_was_never_read_is_refused(name):
    with pytest.raises(IdentifierError, match="is not a column name"):
        sql("SELECT {name} FROM {table}", table="trees", name=name)


def test_placeholders_take_only_names_or_fragments():
    with pytest.raises(IdentifierError):
        sql("SELECT {name} FROM trees", name=5)
    with pytest.raises(IdentifierError):
        placeholders(0)
    with pytest.raises(IdentifierError):
        sql("SELECT {names} FROM trees", names=())


def test_a_user_added_column_is_accepted_where_it_was_read(trees):
    # A plain name (added with ALTER TABLE … ADD COLUMN girth_cm) needs no reading.
    assert column("girth_cm", "trees") == '"girth_cm"'
    # Any other name is taken once PRAGMA table_info of that table has shown it.
    odd = "Chu vi (cm) của cây"
    with pytest.raises(IdentifierError):
        column(odd, "trees")
    assert odd in table_columns(trees, "trees")
    assert column(odd, "trees") == '"Chu vi (cm) của cây"'
    assert column(odd, "mymap_capture_trees") == '"Chu vi (cm) của cây"'     # an edit log has its table's columns
    with pytest.raises(IdentifierError):
        column(odd, "sensors")
    statement = sql("SELECT {names} FROM {table} WHERE uuid = ?", table="trees", names=["uuid", odd])
    assert trees.execute(statement, ("u-1",)).fetchall() == [("u-1", 81)]


def test_double_quotes_inside_a_name_are_doubled(trees):
    name = 'ghi "chú" riêng'
    table_columns(trees, "trees")
    statement = sql("SELECT {name} FROM {table} WHERE fid = ?", table="trees", name=name)
    assert statement == 'SELECT "ghi ""chú"" riêng" FROM "trees" WHERE fid = ?'
    assert trees.execute(statement, (1,)).fetchone() == ("gốc to",)
    trees.execute(sql("UPDATE {table} SET {sets} WHERE fid = ?", table="trees", sets=assignments([name, "uuid"])),
                  ("'); DROP TABLE trees; --", "u-2", 1))
    assert trees.execute("SELECT uuid, \"ghi \"\"chú\"\" riêng\" FROM trees").fetchall() == [
        ("u-2", "'); DROP TABLE trees; --")]


def test_lists_and_fragments():
    assert column_list(["a", "b"], prefix="OLD.") == 'OLD."a", OLD."b"'
    assert placeholders(3) == "?, ?, ?"
    assert aliased_columns([("asset_code", "Mã tài sản"), ("geom", None)], "trees") == \
        '"asset_code" AS "Mã tài sản", "geom"'
    fragment = column_list(["a", "b"])
    assert sql("SELECT {names} FROM {table}", table="trees", names=fragment) == 'SELECT "a", "b" FROM "trees"'
    # The same text as a plain string is a name to check, not SQL to trust (the cache tells them apart).
    with pytest.raises(IdentifierError):
        sql("SELECT {names} FROM {table}", table="trees", names=str(fragment))
    with pytest.raises(IdentifierError):
        column_list(["a"], prefix="1; ")


def test_triggers_and_indexes_are_those_mymap_makes():
    assert sql("DROP TRIGGER IF EXISTS {trigger}", trigger="mymap_capture_trees_update") == \
        'DROP TRIGGER IF EXISTS "mymap_capture_trees_update"'
    with pytest.raises(IdentifierError, match="trigger or index"):
        sql("DROP TRIGGER {trigger}", trigger="gpkg_tile_matrix_zoom_level_insert")
    with pytest.raises(IdentifierError):
        sql("DROP INDEX {index}", index="trees")


def test_constants_for_sql_that_cannot_bind():
    assert literal("O'Brien") == "'O''Brien'"
    assert literal(1500) == "1500"
    for value in (float("nan"), None, True, b"x"):
        with pytest.raises(IdentifierError):
            literal(value)


def test_column_definitions_copied_from_another_file():
    assert column_definition("trees", "girth_cm", "REAL", True, "0") == '"girth_cm" REAL NOT NULL DEFAULT 0'
    assert column_definition("trees", "note_2", "VARCHAR(20)", False, "'chưa đo'") == \
        "\"note_2\" VARCHAR(20) DEFAULT 'chưa đo'"
    assert column_definition("trees", "seen_at", "DATETIME", True, "CURRENT_TIMESTAMP") == '"seen_at" DATETIME'
    with pytest.raises(IdentifierError, match="not a column type"):
        column_definition("trees", "girth_cm", "REAL GENERATED ALWAYS AS (1/0)", False, None)


def test_checked_statements_are_cached():
    first = sql("SELECT {names} FROM {table} WHERE {key} IN (?, ?)", table="housing", names=("uuid", "floors"),
                key="uuid")
    again = sql("SELECT {names} FROM {table} WHERE {key} IN (?, ?)", table="housing", names=["uuid", "floors"],
                key="uuid")
    assert first is again
