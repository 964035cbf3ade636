"""Gives every asset row its `uuid` and `asset_code`.

QGIS forms fill `uuid` as soon as a feature is added; rows added by other tools
(ogr2ogr, QField, SQL) are given both when MyMap next opens or validates the
ward map. Codes come from the per-layer counter in ``mymap_code_sequence``,
which only moves forward, so a code is never handed out twice.
"""
import uuid as uuid_module

from osgeo import gdal, ogr

from ..errors import MyMapError
from ..i18n import tr
from . import asset_codes, schema

gdal.UseExceptions()


def _open_for_update(path):
    try:
        return gdal.OpenEx(str(path), gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    except RuntimeError as error:
        raise MyMapError(tr("The ward map {} cannot be opened for writing: {}").format(path, error)) from None


def highest_serial(dataset, layer_name) -> int:
    """The highest serial among the layer's codes (codes may come from other copies). Read from the
    end of the asset_code index, so it costs the same on a ward of 1,000 or 1,000,000 assets."""
    prefix = asset_codes.PREFIXES[layer_name]
    result = dataset.ExecuteSQL(
        "SELECT asset_code FROM \"{}\" WHERE asset_code >= '{}' AND asset_code < '{}' "
        "ORDER BY asset_code DESC".format(layer_name, prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1)))
    highest = 0
    try:
        for row in result:
            parsed = asset_codes.parse_asset_code(row.GetField(0))
            if parsed and parsed[0] == layer_name:
                highest = parsed[1]
                break
    finally:
        dataset.ReleaseResultSet(result)
    return highest


def last_serial(dataset, layer_name: str) -> int:
    sequence = dataset.GetLayerByName(schema.CODE_SEQUENCE_TABLE)
    sequence.SetAttributeFilter("layer_name = '{}'".format(layer_name.replace("'", "''")))
    row = sequence.GetNextFeature()
    sequence.SetAttributeFilter(None)
    return (row.GetField("last_serial") or 0) if row is not None else 0


class CodesExhausted(MyMapError):
    """A working copy has used every asset code its shared map reserved for it."""


def _block_serials(dataset, layer_name: str, count: int):
    """Serials from the block a working copy was given by its shared map (see sync), so that editors
    working apart never hand out the same code; None when the file has no block (not a working copy).
    A used-up block raises CodesExhausted: the shared map gives those codes at the next sync."""
    name = layer_name.replace("'", "''")
    try:
        result = dataset.ExecuteSQL("SELECT next_serial, last_serial FROM mymap_code_block "
                                    "WHERE layer_name = '{}'".format(name))
    except RuntimeError:
        return None             # not a working copy
    if result is None:
        return None
    row = result.GetNextFeature()
    values = (row.GetField(0), row.GetField(1)) if row is not None else None
    dataset.ReleaseResultSet(result)
    if values is None:
        return None
    if values[0] + count - 1 > values[1]:
        raise CodesExhausted(tr("This working copy has used all the asset codes reserved for it for the layer {}; "
                                "new features get their codes at the next sync.").format(layer_name))
    dataset.ExecuteSQL("UPDATE mymap_code_block SET next_serial = {} WHERE layer_name = '{}'".format(
        values[0] + count, name))
    return values[0]


def reserve_serials(dataset, layer_name: str, count: int, floor: int = 0) -> int:
    """Advance the layer's counter by *count*; return the first reserved serial. A working copy
    takes them from its own block of codes first."""
    if count:
        first = _block_serials(dataset, layer_name, count)
        if first is not None:
            return first
    sequence = dataset.GetLayerByName(schema.CODE_SEQUENCE_TABLE)
    sequence.SetAttributeFilter("layer_name = '{}'".format(layer_name.replace("'", "''")))
    row = sequence.GetNextFeature()
    if row is None:
        row = ogr.Feature(sequence.GetLayerDefn())
        row.SetField("layer_name", layer_name)
        row.SetField("last_serial", 0)
        sequence.CreateFeature(row)
    first = max(row.GetField("last_serial") or 0, floor) + 1
    if first + count - 1 > asset_codes.MAX_SERIAL:
        raise MyMapError(tr("The layer {} has run out of asset codes.").format(layer_name))
    row.SetField("last_serial", first + count - 1)
    sequence.SetFeature(row)
    sequence.SetAttributeFilter(None)
    return first


def new_uuid() -> str:
    return str(uuid_module.uuid4())


def ensure_identities(path, ward_code: str = "") -> dict:
    """Fill missing `uuid`/`asset_code` (and `ward_code`) in every asset table.

    Returns ``{layer_name: number of rows changed}``. One transaction: either all
    rows get their identities or the file is unchanged.
    """
    dataset = _open_for_update(path)
    changed = {}
    try:
        try:
            _fill(dataset, changed, ward_code)
        except RuntimeError as error:       # GDAL: read-only file, full disk, locked database…
            raise MyMapError(tr("The ward map {} cannot be written, so rows added by other programs did "
                                "not get their uuid and asset code: {}").format(path, error)) from None
    finally:
        dataset = None
    return changed


def _fill(dataset, changed, ward_code):
    dataset.StartTransaction()
    try:
        for layer_def in schema.LAYERS:
            layer = dataset.GetLayerByName(layer_def.name)
            if layer is None:
                continue
            wants_code = layer_def.is_asset
            condition = "uuid IS NULL OR uuid = ''"
            if wants_code:
                condition += " OR asset_code IS NULL OR asset_code = ''"
            layer.SetAttributeFilter(condition)
            missing = [feature for feature in layer]
            layer.SetAttributeFilter(None)
            serial = 0
            if wants_code:
                # The counter never falls behind codes that arrived from elsewhere.
                highest = highest_serial(dataset, layer_def.name)
                need = sum(1 for feature in missing if not feature.GetField("asset_code"))
                if need or highest > last_serial(dataset, layer_def.name):
                    try:
                        serial = reserve_serials(dataset, layer_def.name, need, floor=highest)
                    except CodesExhausted:
                        wants_code = False         # uuids still get filled; codes come with the next sync
            if not missing:
                continue
            for feature in missing:
                if not feature.GetField("uuid"):
                    feature.SetField("uuid", new_uuid())
                if wants_code and not feature.GetField("asset_code"):
                    feature.SetField("asset_code", asset_codes.make_asset_code(layer_def.name, serial))
                    serial += 1
                if ward_code and "ward_code" in layer_def.field_names() and not feature.GetField("ward_code"):
                    feature.SetField("ward_code", ward_code)
                layer.SetFeature(feature)
            changed[layer_def.name] = len(missing)
        dataset.CommitTransaction()
    except Exception:
        dataset.RollbackTransaction()
        raise
