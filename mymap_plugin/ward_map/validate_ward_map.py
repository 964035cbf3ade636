"""Checks a ward map and repairs what can be repaired without asking: missing
uuids and asset codes are filled; the SQLite integrity check, duplicate codes
and drainage lines pointing at missing nodes are reported."""
from dataclasses import dataclass, field

from ..sql_identifiers import sql
from . import identities, schema
from .create_ward_map import add_missing_layers
from .asset_codes import parse_asset_code
from .ward_settings import read_only_connection, read_settings


@dataclass
class ValidationReport:
    filled: dict = field(default_factory=dict)
    added_layers: list = field(default_factory=list)     # layers new in this MyMap, added to the map
    integrity: str = ""
    counts: dict = field(default_factory=dict)
    dangling_node_references: int = 0
    invalid_codes: int = 0

    @property
    def ok(self) -> bool:
        return self.integrity == "ok" and not self.dangling_node_references and not self.invalid_codes


def validate_ward_map(path) -> ValidationReport:
    settings = read_settings(path)
    report = ValidationReport()
    report.added_layers = add_missing_layers(path, settings)
    report.filled = identities.ensure_identities(path, settings.ward_code)
    connection = read_only_connection(path)
    try:
        report.integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        for layer_def in schema.LAYERS:
            report.counts[layer_def.name] = connection.execute(
                sql("SELECT count(*) FROM {table}", table=layer_def.name)).fetchone()[0]
        report.dangling_node_references = connection.execute(
            "SELECT count(*) FROM drainage_lines l WHERE "
            "(l.from_node_uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM drainage_nodes n WHERE n.uuid = l.from_node_uuid)) OR "
            "(l.to_node_uuid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM drainage_nodes n WHERE n.uuid = l.to_node_uuid))"
        ).fetchone()[0]
        for layer_def in schema.ASSET_LAYERS:
            for (code,) in connection.execute(sql("SELECT asset_code FROM {table}", table=layer_def.name)):
                parsed = parse_asset_code(code or "")
                if parsed is None or parsed[0] != layer_def.name:
                    report.invalid_codes += 1
    finally:
        connection.close()
    return report
