"""Helpers for the sync scenario tests: editors that remember every edit they make
(for the "no edit lost" check), geometry blobs, QGIS layer edits, the GDAL command
line tools, and the checks a scenario ends with."""
import hashlib
import json
import struct
import subprocess
import uuid as uuid_module
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mymap_plugin.sync.conflicts import list_conflicts
from mymap_plugin.sync.database import connect, geometry_envelope
from mymap_plugin.sync.sync_working_copy import status, sync
from mymap_plugin.ward_map import asset_codes
from tests.sync_helpers import (assert_converged, assert_shared_healthy, is_postgres, make_copies, make_shared, query,
                                rows)

OGR2OGR = "/usr/bin/ogr2ogr"
OGRINFO = "/usr/bin/ogrinfo"
ASSET_TABLES = tuple(asset_codes.PREFIXES)


def sha256(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def run_tool(*args):
    """Run a GDAL command-line tool; fail the test with its output when it fails."""
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, "{} failed:\n{}\n{}".format(args[0], done.stdout, done.stderr)
    return done.stdout


# --- geometry blobs ---------------------------------------------------------------------------

def point_xy(blob):
    minx, _maxx, miny, _maxy = geometry_envelope(blob)
    return minx, miny


def blob_srs_id(blob) -> int:
    data = bytes(blob)
    return struct.unpack_from("<i" if data[3] & 1 else ">i", data, 4)[0]


def point_blob(x, y, srs_id) -> bytes:
    """A GeoPackage point geometry (little endian, no envelope), as GDAL writes points."""
    return b"GP\x00\x01" + struct.pack("<i", srs_id) + struct.pack("<BI2d", 1, 1, x, y)


# --- editors ----------------------------------------------------------------------------------

@dataclass
class Editor:
    """One editor's working copy. Every edit goes through real SQL on the GeoPackage (or a QGIS
    layer) and is remembered, latest value per field, for :func:`assert_no_edit_lost`."""
    name: str
    path: Path
    values: dict = field(default_factory=dict)      # (table, uuid, field) → value set last
    deleted: set = field(default_factory=set)        # (table, uuid)
    reports: list = field(default_factory=list)
    _connection: object = field(default=None, repr=False)

    def sync(self, backup=False, **kwargs):
        """Sync this copy. The scenarios skip the pre-sync backup (a full copy of the 11 MB ward
        per sync, which would double their runtime); the Processing tests sync with it."""
        report = sync(self.path, editor=self.name, backup=backup, **kwargs)
        self.reports.append(report)
        return report

    def remember(self, table, uuid, values):
        self.deleted.discard((table, uuid))
        for name, value in values.items():
            if name not in ("uuid", "asset_code"):        # a new feature's code may be renumbered
                self.values[(table, uuid, name)] = value

    @contextmanager
    def session(self):
        """Edits inside are committed together, in one transaction (as QGIS commits an edit
        session)."""
        connection = connect(self.path)
        connection.execute("BEGIN IMMEDIATE")
        self._connection = connection
        try:
            yield self
            connection.execute("COMMIT")
        finally:
            self._connection = None
            connection.close()

    def _execute(self, sql, args=()):
        if self._connection is not None:
            return self._connection.execute(sql, args).rowcount
        connection = connect(self.path)
        try:
            return connection.execute(sql, args).rowcount
        finally:
            connection.close()

    def update(self, table, uuid, **values):
        names = list(values)
        changed = self._execute('UPDATE "{}" SET {} WHERE uuid = ?'.format(
            table, ", ".join('"{}" = ?'.format(n) for n in names)), [values[n] for n in names] + [uuid])
        assert changed == 1, "no feature {} in {} of {}".format(uuid, table, self.path)
        self.remember(table, uuid, values)

    def insert(self, table, uuid=None, **values):
        """Add a feature (a fresh uuid unless given); returns its uuid."""
        uuid = uuid or str(uuid_module.uuid4())
        values = dict(values, uuid=uuid)
        names = list(values)
        self._execute('INSERT INTO "{}" ({}) VALUES ({})'.format(
            table, ", ".join('"{}"'.format(n) for n in names), ", ".join("?" for _ in names)),
            [values[n] for n in names])
        self.remember(table, uuid, values)
        return uuid

    def delete(self, table, uuid):
        self._execute('DELETE FROM "{}" WHERE uuid = ?'.format(table), (uuid,))
        for key in [k for k in self.values if k[:2] == (table, uuid)]:
            del self.values[key]
        self.deleted.add((table, uuid))

    def move(self, table, uuid, dx, dy):
        """Move a point feature by (dx, dy) metres; returns the new geometry blob."""
        blob = self.get(table, uuid, "geom")
        x, y = point_xy(blob)
        moved = point_blob(x + dx, y + dy, blob_srs_id(blob))
        self.update(table, uuid, geom=moved)
        return moved

    def get(self, table, uuid, name):
        sql = 'SELECT "{}" FROM "{}" WHERE uuid = ?'.format(name, table)
        if self._connection is not None:
            found = self._connection.execute(sql, (uuid,)).fetchall()
        else:
            found = query(self.path, sql, (uuid,))
        return found[0][0] if found else None

    def row(self, table, uuid):
        return rows(self.path, table).get(uuid)

    def conflicts(self, include_resolved=False):
        return list_conflicts(self.path, include_resolved=include_resolved)

    def pending(self):
        return status(self.path)["pending"]


def pick(path, table, count=1, skip=0, where="1"):
    """uuids of existing features, in fid order (deterministic)."""
    found = [u for (u,) in query(path, 'SELECT uuid FROM "{}" WHERE {} ORDER BY fid LIMIT ? OFFSET ?'.format(
        table, where), (count, skip))]
    assert len(found) == count
    return found if count > 1 else found[0]


@dataclass
class Team:
    shared: Path
    an: Editor
    binh: Editor

    @property
    def editors(self):
        return [self.an, self.binh]

    def round(self):
        """Both editors sync (An first), then An again: the matrix's order of play."""
        return self.an.sync(), self.binh.sync(), self.an.sync()

    def finish(self, no_edit_lost=True):
        """The checks every scenario ends with."""
        assert_shared_healthy(self.shared)
        assert_converged(self.shared, [e.path for e in self.editors])
        if no_edit_lost:
            assert_no_edit_lost(self.shared, self.editors)


def make_team(master, folder, shared=None) -> Team:
    """A shared map (a copy of *master*, or the PostgreSQL shared map at address *shared*) and the
    working copies of An and Binh."""
    shared = shared or make_shared(master, Path(folder) / "share")
    an, binh = make_copies(shared, Path(folder) / "copies", ("An", "Binh"))
    return Team(shared, Editor("An", an), Editor("Binh", binh))


def only(records, **match):
    """The one conflict record matching *match* (fails unless exactly one does)."""
    found = [r for r in records if all(r[k] == v for k, v in match.items())]
    assert len(found) == 1, "expected one conflict record {} among {}".format(match, records)
    return found[0]


def _held_as_mine(records, table, uuid, name, value):
    for record in records:
        if record["table_name"] != table or record["uuid"] != uuid:
            continue
        mine = record["mine"]
        if record["field"] == name and mine == value:
            return True
        if record["field"] is None and isinstance(mine, dict) and mine.get(name) == value:
            return True
    return False


def assert_no_edit_lost(shared, editors):
    """For every edit each editor made: the shared map holds it, or a conflict record in that
    editor's copy holds it as 'mine'."""
    shared_rows = {}
    lost = []
    for editor in editors:
        records = editor.conflicts(include_resolved=True)
        for (table, uuid, name), value in editor.values.items():
            if table not in shared_rows:
                shared_rows[table] = rows(shared, table)
            row = shared_rows[table].get(uuid)
            if row is not None and row.get(name) == value:
                continue
            if not _held_as_mine(records, table, uuid, name, value):
                lost.append((editor.name, "edit", table, uuid, name, value))
        for table, uuid in editor.deleted:
            if table not in shared_rows:
                shared_rows[table] = rows(shared, table)
            if uuid in shared_rows[table] and not any(
                    r["uuid"] == uuid and r["kind"] == "delete_update" for r in records):
                lost.append((editor.name, "delete", table, uuid))
    assert not lost, "edits neither in the shared map nor in a conflict record: {}".format(lost)


def assert_codes_valid_and_unique(path, table):
    codes = [code for (code,) in query(path, 'SELECT asset_code FROM "{}"'.format(table))]
    bad = [code for code in codes if (asset_codes.parse_asset_code(code or "") or (None,))[0] != table]
    assert not bad, "invalid asset codes in {}: {}".format(table, bad[:10])
    assert len(set(codes)) == len(codes), "duplicate asset codes in {}".format(table)


# --- QGIS layers ------------------------------------------------------------------------------

@contextmanager
def qgis_layer(path, table):
    """A real QGIS vector layer (OGR provider) on one table of a GeoPackage, released afterwards
    so that no file handle outlives the edit."""
    from qgis.core import QgsVectorLayer
    if is_postgres(path):
        from mymap_plugin.postgis.connection import qgis_uri
        layer = QgsVectorLayer(qgis_uri(path, table), table, "postgres")
    else:
        layer = QgsVectorLayer("{}|layername={}".format(path, table), table, "ogr")
    assert layer.isValid(), "QGIS cannot open {} of {}".format(table, path)
    try:
        yield layer
    finally:
        if layer.isEditable():
            layer.rollBack()
        del layer


def qgis_move_point(editor, table, uuid, dx, dy):
    """Move a point with a QGIS edit session (changeGeometry + commitChanges); returns the blob
    QGIS wrote."""
    with qgis_layer(editor.path, table) as layer:
        feature = next(layer.getFeatures("uuid = '{}'".format(uuid)))
        geometry = feature.geometry()
        geometry.translate(dx, dy)
        assert layer.startEditing()
        assert layer.changeGeometry(feature.id(), geometry)
        assert layer.commitChanges(), layer.commitErrors()
    blob = editor.get(table, uuid, "geom")
    editor.remember(table, uuid, {"geom": blob})
    return blob


def qgis_add_feature(editor, table, x, y, **attributes):
    """Add a feature the way QGIS does (field defaults applied); returns its uuid."""
    from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayerUtils
    with qgis_layer(editor.path, table) as layer:
        fields = layer.fields()
        feature = QgsVectorLayerUtils.createFeature(
            layer, QgsGeometry.fromPointXY(QgsPointXY(x, y)),
            {fields.indexOf(name): value for name, value in attributes.items()})
        assert layer.startEditing()
        assert layer.addFeature(feature)
        assert layer.commitChanges(), layer.commitErrors()
    uuid = query(editor.path, 'SELECT uuid FROM "{}" ORDER BY fid DESC LIMIT 1'.format(table))[0][0]
    editor.remember(table, uuid, attributes)
    return uuid


# --- geodiff's SQLite changesets (read in pure Python: no pygeodiff next to GDAL) --------------

UNDEFINED = object()


def _varint(data, at):
    value = 0
    for index in range(9):
        byte = data[at]
        at += 1
        if index == 8:
            return (value << 8) | byte, at
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at
    raise ValueError("bad varint")


def _record(data, at, count):
    values = []
    for _ in range(count):
        kind = data[at]
        at += 1
        if kind == 0:
            values.append(UNDEFINED)
        elif kind == 1:
            values.append(struct.unpack_from(">q", data, at)[0])
            at += 8
        elif kind == 2:
            values.append(struct.unpack_from(">d", data, at)[0])
            at += 8
        elif kind in (3, 4):
            size, at = _varint(data, at)
            raw = bytes(data[at:at + size])
            at += size
            values.append(raw.decode("utf-8") if kind == 3 else raw)
        elif kind == 5:
            values.append(None)
        else:
            raise ValueError("unknown value type {}".format(kind))
    return values, at


def read_changeset(path):
    """[(table, op 'I'/'U'/'D', old values, new values)] of a SQLite session changeset (the format
    of geodiff's .diff files); a column a change does not touch is UNDEFINED."""
    data = Path(path).read_bytes()
    at, table, columns, changes = 0, None, 0, []
    while at < len(data):
        if data[at] == 0x54:                                 # 'T': a table header
            columns, at = _varint(data, at + 1)
            at += columns                                    # primary-key flags
            end = data.index(0, at)
            table, at = data[at:end].decode("utf-8"), end + 1
            continue
        op, at = data[at], at + 2                            # op code, "indirect" flag
        old = new = None
        if op in (9, 23):
            old, at = _record(data, at, columns)
        if op in (18, 23):
            new, at = _record(data, at, columns)
        changes.append((table, {9: "D", 18: "I", 23: "U"}[op], old, new))
    return changes


def read_json(path):
    return json.loads(Path(path).read_text(encoding="utf-8"))
