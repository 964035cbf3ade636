"""Capture of edits inside a PostGIS ward, as ``sync/capture.py`` does inside a GeoPackage.

Every synced table gets one ``AFTER INSERT OR UPDATE OR DELETE … FOR EACH ROW`` trigger that logs
the operation, the fid and the old row into ``mymap_capture_<table>`` in the ward's schema, so edits
made in QGIS, ogr2ogr, psql or any city system are all seen. The old row is kept as ``jsonb`` (every
column but the geometry: exact for text, numbers, dates and times) and its geometry as ``geometry``
(PostGIS's JSON form would round coordinates), so a field added to a table later is logged without
changing the log.

- The trigger functions are ``SECURITY DEFINER`` with a fixed ``search_path``: an editor who may
  change a ward's tables needs no right on its edit logs, and cannot write them by hand.
- While sync writes others' changes it puts a row into ``mymap_sync_applying`` inside its own
  transaction (:func:`set_applying`); the triggers see it in that transaction only (MVCC), so the
  edits other people make at the same moment are still captured.
- :func:`take_captured` reads and removes the log in one ``DELETE … RETURNING``: an edit logged while
  it runs is either returned or left for the next time, never removed unread.
- :func:`problems` says what is wrong with the capture (a log or trigger missing, a trigger
  disabled or made replica-only, a function changed), before every sync.

Functions work inside the caller's transaction; names go through ``psycopg2.sql.Identifier``.
"""
import datetime

from psycopg2 import sql

from ..sync import capture
from ..ward_map import schema
from . import values, ward_schema

TRIGGER = "mymap_capture"
SPATIAL_FUNCTION = "mymap_capture_spatial"        # tables with a geometry column
PLAIN_FUNCTION = "mymap_capture_plain"            # tables without one
_TRIGGER_ENABLED = ("O", "A")                     # fires in ordinary sessions (not 'D' disabled, 'R' replica-only)

_SPATIAL_BODY = """
BEGIN
  IF EXISTS (SELECT 1 FROM mymap_sync_applying) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO %I (capture_op, capture_fid) VALUES ($1, $2)', 'mymap_capture_' || TG_TABLE_NAME)
      USING 'I', NEW.fid;
  ELSE
    EXECUTE format('INSERT INTO %I (capture_op, capture_fid, old_row, old_geom) VALUES ($1, $2, $3, $4)',
                   'mymap_capture_' || TG_TABLE_NAME)
      USING left(TG_OP, 1), OLD.fid, to_jsonb(OLD) - 'geom', OLD.geom;
  END IF;
  RETURN NULL;
END
"""
_PLAIN_BODY = """
BEGIN
  IF EXISTS (SELECT 1 FROM mymap_sync_applying) THEN
    RETURN NULL;
  END IF;
  IF TG_OP = 'INSERT' THEN
    EXECUTE format('INSERT INTO %I (capture_op, capture_fid) VALUES ($1, $2)', 'mymap_capture_' || TG_TABLE_NAME)
      USING 'I', NEW.fid;
  ELSE
    EXECUTE format('INSERT INTO %I (capture_op, capture_fid, old_row) VALUES ($1, $2, $3)',
                   'mymap_capture_' || TG_TABLE_NAME)
      USING left(TG_OP, 1), OLD.fid, to_jsonb(OLD);
  END IF;
  RETURN NULL;
END
"""
FUNCTION_BODIES = {SPATIAL_FUNCTION: _SPATIAL_BODY, PLAIN_FUNCTION: _PLAIN_BODY}

# An edit saved straight into the database (QGIS on the PostGIS layer, any SQL client) gets the
# stamps a save in a ward GeoPackage gets from MyMap's edit hook: when, and who (the database user:
# the identity the server knows). Sync's own writes (mymap_sync_applying) keep the stamps they carry.
STAMP_TRIGGER = "mymap_stamps"
STAMP_FUNCTION = "mymap_stamps"
STAMP_FIELDS = ("created_at", "created_by", "updated_at", "updated_by")
_STAMP_BODY = """
BEGIN
  IF EXISTS (SELECT 1 FROM mymap_sync_applying) THEN
    RETURN NEW;
  END IF;
  IF TG_OP = 'INSERT' THEN
    NEW.created_at := coalesce(NEW.created_at, now());
    NEW.created_by := coalesce(nullif(NEW.created_by, ''), session_user);
    NEW.updated_by := coalesce(nullif(NEW.updated_by, ''), session_user);
  ELSE
    NEW.updated_by := session_user;
  END IF;
  NEW.updated_at := now();
  RETURN NEW;
END
"""


def stamped_layers():
    """The layers whose rows carry created/updated stamps."""
    return [layer for layer in schema.LAYERS if set(STAMP_FIELDS) <= set(layer.field_names())]


def _function_of(layer):
    return SPATIAL_FUNCTION if layer.geometry else PLAIN_FUNCTION


def _search_path(schema_name):
    return sql.SQL("{}, pg_catalog, pg_temp").format(sql.Identifier(schema_name))


def install_statements(schema_name, srid):
    """The statements that install (or reinstall) the capture in a ward's schema."""
    q = ward_schema.qualified
    statements = [
        sql.SQL("CREATE TABLE IF NOT EXISTS {} (flag integer)").format(q(schema_name, capture.APPLYING)),
    ]
    for name, body in FUNCTION_BODIES.items():
        statements.append(sql.SQL("CREATE OR REPLACE FUNCTION {}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                                  "SET search_path = {} AS {}").format(q(schema_name, name),
                                                                      _search_path(schema_name), sql.Literal(body)))
        statements.append(sql.SQL("REVOKE ALL ON FUNCTION {}() FROM PUBLIC").format(q(schema_name, name)))
    statements += [
        # SECURITY DEFINER, as the capture: an editor needs no right on mymap_sync_applying to be stamped
        # (session_user stays the login that saved the edit)
        sql.SQL("CREATE OR REPLACE FUNCTION {}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
                "SET search_path = {} AS {}").format(q(schema_name, STAMP_FUNCTION), _search_path(schema_name),
                                                    sql.Literal(_STAMP_BODY)),
        sql.SQL("REVOKE ALL ON FUNCTION {}() FROM PUBLIC").format(q(schema_name, STAMP_FUNCTION)),
    ]
    for layer in stamped_layers():
        statements += [
            sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(sql.Identifier(STAMP_TRIGGER),
                                                              q(schema_name, layer.name)),
            sql.SQL("CREATE TRIGGER {} BEFORE INSERT OR UPDATE ON {} FOR EACH ROW EXECUTE FUNCTION {}()")
            .format(sql.Identifier(STAMP_TRIGGER), q(schema_name, layer.name), q(schema_name, STAMP_FUNCTION)),
        ]
    for layer in schema.LAYERS:
        log = capture.capture_table(layer.name)
        geometry = sql.SQL("")
        if layer.geometry:
            geometry = sql.SQL(", old_geom geometry({}, {})").format(
                sql.SQL(ward_schema.GEOMETRY_TYPES[layer.geometry]), sql.Literal(int(srid)))
        statements += [
            sql.SQL("CREATE TABLE IF NOT EXISTS {} (capture_seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                    "capture_op text NOT NULL, capture_fid bigint, old_row jsonb{})").format(q(schema_name, log),
                                                                                           geometry),
            sql.SQL("CREATE INDEX IF NOT EXISTS {} ON {} (capture_fid)").format(sql.Identifier(log + "_fid"),
                                                                                q(schema_name, log)),
            sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(sql.Identifier(TRIGGER), q(schema_name, layer.name)),
            sql.SQL("CREATE TRIGGER {} AFTER INSERT OR UPDATE OR DELETE ON {} FOR EACH ROW EXECUTE FUNCTION {}()")
            .format(sql.Identifier(TRIGGER), q(schema_name, layer.name), q(schema_name, _function_of(layer))),
        ]
    return statements


def install(connection, schema_name, srid):
    """Install the capture in the ward's schema (inside the caller's transaction)."""
    with connection.cursor() as cursor:
        for statement in install_statements(schema_name, srid):
            cursor.execute(statement)


def set_applying(connection, schema_name, on):
    """Silence (or re-enable) the capture for the caller's transaction only."""
    table = ward_schema.qualified(schema_name, capture.APPLYING)
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("DELETE FROM {}").format(table))
        if on:
            cursor.execute(sql.SQL("INSERT INTO {} (flag) VALUES (1)").format(table))


def problems(connection, schema_name):
    """What is wrong with the capture of edits in the ward's schema (empty when it is intact)."""
    found = []
    with connection.cursor() as cursor:
        cursor.execute("SELECT p.proname, p.prosrc, p.prosecdef, p.proconfig FROM pg_proc p "
                       "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = %s AND p.proname = ANY(%s)",
                       (schema_name, list(FUNCTION_BODIES)))
        functions = {name: (source, definer, config) for name, source, definer, config in cursor.fetchall()}
        # PostgreSQL keeps SET search_path as written, quoting names only where needed (never a ward's)
        search_path = "search_path={}, pg_catalog, pg_temp".format(schema_name)
        for name, body in FUNCTION_BODIES.items():
            if name not in functions:
                found.append("capture function {} is missing".format(name))
            elif functions[name] != (body, True, [search_path]):
                found.append("capture function {} was changed".format(name))
        # every log table and every capture trigger of the ward, in one round trip each
        cursor.execute("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = %s AND c.relkind IN ('r', 'p')", (schema_name,))
        tables = {row[0] for row in cursor.fetchall()}
        cursor.execute(
            "SELECT c.relname, t.tgenabled, p.proname, n.nspname, t.tgtype FROM pg_trigger t "
            "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace cn ON cn.oid = c.relnamespace "
            "JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace n ON n.oid = p.pronamespace "
            "WHERE cn.nspname = %s AND t.tgname = %s", (schema_name, TRIGGER))
        triggers = {row[0]: row[1:] for row in cursor.fetchall()}
        for layer in schema.LAYERS:
            log = capture.capture_table(layer.name)
            if log not in tables:
                found.append("edit log {} is missing".format(log))
            row = triggers.get(layer.name)
            # tgtype 29 = ROW (1) + INSERT (4) + DELETE (8) + UPDATE (16), AFTER (no BEFORE bit 2)
            if row is None or row[1:] != (_function_of(layer), schema_name, 29):
                found.append("edit capture trigger on {} is missing or changed".format(layer.name))
            elif row[0] not in _TRIGGER_ENABLED:
                found.append("edit capture trigger on {} is disabled".format(layer.name))
    return found


def _old_value(kind, value, srid):
    if kind == "datetime" and isinstance(value, str):
        return values.from_postgres(kind, datetime.datetime.fromisoformat(value), srid)
    return values.from_postgres(kind, value, srid)


def has_captured(connection, schema_name) -> bool:
    """Whether any edit is waiting in the ward's capture logs (one query for all of them)."""
    checks = sql.SQL(" OR ").join(
        sql.SQL("EXISTS (SELECT 1 FROM {})").format(
            ward_schema.qualified(schema_name, capture.capture_table(layer.name)))
        for layer in schema.LAYERS)
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("SELECT {}").format(checks))
        return cursor.fetchone()[0]


def take_captured(connection, schema_name, layer, columns, srid):
    """Read and remove the edits captured on a layer's table: {fid: [(op, old row or None)]} in edit
    order, rows in the GeoPackage form. *columns*: (name, kind) of the table without fid."""
    log = ward_schema.qualified(schema_name, capture.capture_table(layer.name))
    geometry = sql.SQL("ST_AsBinary(old_geom)") if layer.geometry else sql.SQL("NULL")
    with connection.cursor() as cursor:
        cursor.execute(sql.SQL("DELETE FROM {} RETURNING capture_seq, capture_op, capture_fid, old_row, {}")
                       .format(log, geometry))
        rows = sorted(cursor.fetchall())
    by_fid = {}
    for _seq, op, fid, old_row, old_geometry in rows:
        old = None
        if op != "I":
            old = {}
            for name, kind in columns:
                if kind == "geometry":
                    old[name] = values.from_postgres(kind, old_geometry, srid)
                else:
                    old[name] = _old_value(kind, (old_row or {}).get(name), srid)
        by_fid.setdefault(fid, []).append((op, old))
    return by_fid
