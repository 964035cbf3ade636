"""The role layout of a MyMap database: who may edit which ward, and who may read the city views.

Two kinds of group roles (``NOLOGIN``); people log in with their own roles, made members of a group:

* ``mymap_<ward schema>_editor``, one per ward (e.g. ``mymap_ward_12103_editor``): edits that ward
  and nothing else. It may use the ward's schema, read and write its layers and the bookkeeping tables
  sync writes (state, history, changesets, conflict records, the applying flag, the code counters),
  read the ward's settings, and read and remove the edit logs (``mymap_capture_<table>``: sync takes
  them; only the ``SECURITY DEFINER`` capture triggers write them). It may not create anything in the
  schema, and has no right on other wards.
  The settings table also gets ``UPDATE``: sync's ward lock (``ward_lock.py``) takes every table of
  the ward with ``LOCK TABLE … IN SHARE ROW EXCLUSIVE MODE``, which PostgreSQL 15 allows only to a role
  that may update, delete or truncate the table.
* ``mymap_city_viewer``: reads the city views (``city_views.py``) and nothing in the ward schemas
  (the views run with their owner's rights).

Group roles are never superusers: attributes such as ``SUPERUSER`` are not inherited by members, and
:func:`grant_editor` refuses a superuser login. So an editor cannot ``SET session_replication_role =
replica``, which would switch off the capture triggers.

One list of statements (:func:`layout_statements`) is both executed (:func:`create_layout`) and written
out as an SQL script for a database administrator (:func:`layout_script`); the statements are
idempotent, so running either again changes nothing. Every function works inside the caller's psycopg2
transaction and needs a role allowed to create roles and to grant on the ward tables (their owner, i.e.
the publisher, or a superuser). Names reach SQL text only through ``psycopg2.sql.Identifier``.
"""
from psycopg2 import sql

from ..errors import MyMapError
from ..i18n import tr
from ..sync import capture
from ..ward_map import schema
from . import city_views, ward_schema

VIEWER_ROLE = city_views.VIEWER_ROLE
EDITOR_PREFIX = "mymap_"
EDITOR_SUFFIX = "_editor"
MAX_NAME_BYTES = 63
ALL_ROW_RIGHTS = "SELECT, INSERT, UPDATE, DELETE"

# (table, rights) of the bookkeeping tables an editor's sync uses; the layers get ALL_ROW_RIGHTS too.
BOOKKEEPING_RIGHTS = (
    (capture.STATE, ALL_ROW_RIGHTS),
    (capture.LOG, ALL_ROW_RIGHTS),
    (capture.CHANGESETS, ALL_ROW_RIGHTS),
    (capture.CONFLICTS, ALL_ROW_RIGHTS),
    (capture.APPLYING, ALL_ROW_RIGHTS),
    (schema.CODE_SEQUENCE_TABLE, ALL_ROW_RIGHTS),
    (schema.SETTINGS_TABLE, "SELECT, UPDATE"),      # UPDATE: only for the ward lock's LOCK TABLE
)
CAPTURE_LOG_RIGHTS = "SELECT, DELETE"


def editor_role(schema_name) -> str:
    """``mymap_<schema>_editor``: the group role of the editors of a ward."""
    name = EDITOR_PREFIX + ward_schema.check_schema_name(schema_name) + EDITOR_SUFFIX
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        raise MyMapError(tr("The schema name {} is too long for its editors' role {} (PostgreSQL allows 63 "
                            "characters). Publish the ward into a schema with a shorter name.")
                         .format(schema_name, name))
    return name


def ward_table_rights():
    """[(table, rights)] an editor of the ward is given, the layers first."""
    rights = [(layer.name, ALL_ROW_RIGHTS) for layer in schema.LAYERS]
    rights += list(BOOKKEEPING_RIGHTS)
    rights += [(capture.capture_table(layer.name), CAPTURE_LOG_RIGHTS) for layer in schema.LAYERS]
    return rights


def _create_group_statement(connection, role) -> sql.Composed:
    """A ``DO`` block making the group role when it is missing (CREATE ROLE has no IF NOT EXISTS)."""
    body = sql.SQL("BEGIN IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = {}) THEN "
                   "CREATE ROLE {} NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS; "
                   "END IF; END").format(sql.Literal(role), sql.Identifier(role))
    return sql.SQL("DO {}").format(sql.Literal(body.as_string(connection)))


def _styles_statements(connection, role, rights):
    """QGIS's ``public.layer_styles`` (the layers' styles and forms), once publishing has made it:
    everybody reads it; editors also update it (sync rewrites the ward's drop-down lists there)."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
        if not cursor.fetchone()[0]:
            return []
    return [sql.SQL("GRANT {} ON {} TO {}").format(sql.SQL(rights), sql.Identifier("public", "layer_styles"),
                                                   sql.Identifier(role))]


def ward_statements(connection, schema_name):
    """The statements that make the editors' group role of a ward and give it its rights."""
    role = editor_role(schema_name)
    grantee = sql.Identifier(role)
    statements = [
        _create_group_statement(connection, role),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}").format(sql.Identifier(schema_name), grantee),
    ]
    for table, rights in ward_table_rights():
        statements.append(sql.SQL("GRANT {} ON {} TO {}").format(
            sql.SQL(rights), ward_schema.qualified(schema_name, table), grantee))
    statements.append(sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA {} TO {}").format(
        sql.Identifier(schema_name), grantee))
    return statements + _styles_statements(connection, role, "SELECT, UPDATE")


def viewer_statements(connection):
    """The statements that make the city viewers' group role and let it read the city views."""
    return ([_create_group_statement(connection, VIEWER_ROLE)] + city_views.viewer_grant_statements(VIEWER_ROLE)
            + _styles_statements(connection, VIEWER_ROLE, "SELECT"))


def layout_statements(connection, schema_names):
    """Every statement of the role layout: the city viewer, then the editors of each ward in *schema_names*."""
    statements = viewer_statements(connection)
    for schema_name in schema_names:
        statements += ward_statements(connection, schema_name)
    return statements


def layout_script(connection, schema_names) -> str:
    """The role layout as an SQL script (for psql or a DBA's tool): the very statements
    :func:`create_layout` executes, one a line, each ending with ``;``."""
    lines = ["-- MyMap role layout (mymap_plugin/postgis/roles.py); safe to run again.",
             "BEGIN;"]
    lines += [statement.as_string(connection) + ";" for statement in layout_statements(connection, schema_names)]
    lines.append("COMMIT;")
    return "\n".join(lines) + "\n"


def _check_wards(connection, schema_names):
    for schema_name in schema_names:
        ward_schema.check_schema_name(schema_name)
        if not ward_schema.schema_exists(connection, schema_name):
            raise MyMapError(tr("The database has no ward schema {}. Publish the ward first, then set up its "
                                "roles.").format(schema_name))


def create_layout(connection, schema_names):
    """Make (or bring up to date) the city viewer role and the editors' role of each ward, with their
    rights. The city views are made first when they are missing."""
    _check_wards(connection, schema_names)
    city_views.ensure_city_schema(connection)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM pg_catalog.pg_views WHERE schemaname = %s AND viewname = ANY(%s)",
                       (city_views.CITY_SCHEMA, city_views.view_names()))
        if cursor.fetchone()[0] < len(city_views.CITY_LAYERS):
            city_views.refresh_views(connection)
        for statement in layout_statements(connection, schema_names):
            cursor.execute(statement)


def _check_login(connection, login_role):
    with connection.cursor() as cursor:
        cursor.execute("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = %s", (login_role,))
        row = cursor.fetchone()
    if row is None:
        raise MyMapError(tr("The database has no role {}. Create the login first (CREATE ROLE … LOGIN).")
                         .format(login_role))
    return row[0]


def _require_group(connection, role):
    if not city_views.role_exists(connection, role):
        raise MyMapError(tr("The database has no role {}. Set up MyMap's roles first.").format(role))


def grant_editor(connection, schema_name, login_role):
    """Make the login *login_role* an editor of the ward (a member of its editors' role)."""
    role = editor_role(schema_name)
    if _check_login(connection, login_role):
        raise MyMapError(tr("{} is a superuser: it could switch off the capture of edits. Give editors an "
                            "ordinary login role.").format(login_role))
    _require_group(connection, role)
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(role), sql.Identifier(login_role)))


def grant_viewer(connection, login_role):
    """Let the login *login_role* read the city views (a member of ``mymap_city_viewer``)."""
    _check_login(connection, login_role)
    _require_group(connection, VIEWER_ROLE)
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(VIEWER_ROLE), sql.Identifier(login_role)))
