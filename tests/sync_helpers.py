"""Helpers for the sync tests: shared maps, working copies, SQL edits, and the
checks every sync test ends with (convergence, no edit lost, a healthy share)."""
import os
import struct
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

from mymap_plugin.sync import capture
from mymap_plugin.sync.checkout import checkout
from mymap_plugin.sync.database import connect, gpkg_wkb
from mymap_plugin.sync.text_form import instant

ROOT = Path(__file__).resolve().parent.parent
SYNCED = capture.SYNCED_TABLES


def make_shared(master, folder, name="shared.gpkg") -> Path:
    """A fresh shared map (a copy of the session's demo ward) in *folder*."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(str(master), str(target))
    return target


def make_copies(shared, folder, editors=("An", "Binh")):
    """One working copy per editor, checked out from *shared*."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    return [Path(checkout(shared, folder / "{}.gpkg".format(editor.lower()), editor)["working"])
            for editor in editors]


def is_postgres(shared) -> bool:
    """Whether *shared* is the address of a PostgreSQL shared map (fixture ``postgres_ward``)."""
    return isinstance(shared, str) and " schema=" in shared


@contextmanager
def postgres_session(address):
    """A session on a PostgreSQL shared map (``PostgresSharedMap(address).open()``)."""
    from mymap_plugin.postgis.shared_map import PostgresSharedMap
    with PostgresSharedMap(address).open() as session:
        yield session


def ogr_target(shared, table):
    """(data source, layer name) for GDAL's tools writing *table* of a shared map."""
    if is_postgres(shared):
        from mymap_plugin.postgis.connection import parse_address
        address = parse_address(shared)
        return "PG:" + address.dsn, "{}.{}".format(address.schema, table)
    return str(shared), table


def execute(path, sql, args=()):
    """Plain SQL on a ward GeoPackage (with the ST_ functions GDAL's triggers need), or on a
    PostgreSQL shared map (``?`` placeholders, committed)."""
    if is_postgres(path):
        with postgres_session(path) as session:
            session.db.execute(sql, args)
            session.connection.commit()
        return
    connection = connect(path)
    try:
        connection.execute(sql, args)
    finally:
        connection.close()


def query(path, sql, args=()):
    if is_postgres(path):
        with postgres_session(path) as session:
            return [tuple(row) for row in session.db.execute(sql, args).fetchall()]
    connection = connect(path, read_only=True)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def rows(path, table):
    """{uuid: row without fid} of one table (of a PostgreSQL shared map: in the GeoPackage form)."""
    if is_postgres(path):
        from mymap_plugin.postgis import publish
        with postgres_session(path) as session:
            found = publish.read_rows(session.connection, session.schema, table, session.columns(table),
                                      session.srid)
        return {row["uuid"]: row for row in found}
    connection = connect(path, read_only=True)
    try:
        cols = capture.data_columns(connection, table)
        return {row[cols.index("uuid")]: dict(zip(cols, row)) for row in connection.execute(
            "SELECT {} FROM \"{}\"".format(", ".join('"{}"'.format(c) for c in cols), table))}
    finally:
        connection.close()


def snapshot(path):
    """Every synced row of a map. A PostgreSQL shared map keeps a date-time's instant, not its
    spelling: its date-times (and a copy's compared with them) are written as text_form.instant."""
    found = {table: rows(path, table) for table in SYNCED}
    return _instants(found) if is_postgres(path) else found


def _instants(snapshot_):
    return {table: {uuid: {name: instant(value) or value for name, value in row.items()}
                    for uuid, row in found.items()} for table, found in snapshot_.items()}


def conflicts(path):
    connection = connect(path, read_only=True)
    try:
        return connection.execute("SELECT table_name, uuid, kind, field, base, mine, theirs, resolved_at FROM "
                                  "mymap_sync_conflicts ORDER BY id").fetchall()
    finally:
        connection.close()


def moved_point(blob, dx, dy):
    """A GeoPackage point blob moved by (dx, dy), without envelope."""
    data = bytes(blob)
    wkb = bytearray(gpkg_wkb(data))
    order = "<" if wkb[0] == 1 else ">"
    x, y = struct.unpack_from(order + "2d", wkb, 5)
    struct.pack_into(order + "2d", wkb, 5, x + dx, y + dy)
    return data[:3] + bytes([data[3] & ~0x0E]) + data[4:8] + bytes(wkb)


def assert_shared_healthy(shared):
    if is_postgres(shared):
        with postgres_session(shared) as session:
            assert session.capture_problems() == []
            assert session.db.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'").fetchone()[0] == 0
            assert session.db.execute("SELECT count(*) FROM mymap_sync_applying").fetchone()[0] == 0
        return
    assert query(shared, "PRAGMA integrity_check") == [("ok",)]
    assert query(shared, "PRAGMA journal_mode")[0][0].lower() == "delete"
    assert not Path(str(shared) + ".mymap-lock").exists()


def assert_converged(shared, copies):
    """Every working copy holds exactly the shared map's features."""
    expected = snapshot(shared)
    for copy in copies:
        got = snapshot(copy)
        if is_postgres(shared):
            got = _instants(got)
        assert got == expected, "{} differs from the shared map".format(copy)


def run_python(code, env_extra=None, timeout=300, **kwargs):
    """Run *code* in a fresh Python (the venv's) with the repository importable."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-c", code], env=env, timeout=timeout, capture_output=True, text=True,
                          **kwargs)


def sync_in_subprocess(working, env_extra=None, timeout=300, **kwargs):
    code = ("import sys\nfrom mymap_plugin.sync.sync_working_copy import sync\n"
            "r = sync(sys.argv[1])\nprint('PUSHED', r.pushed, 'PULLED', r.pulled, 'CONFLICTS', r.conflicts)\n")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-c", code, str(working)], env=env, timeout=timeout,
                          capture_output=True, text=True, **kwargs)
