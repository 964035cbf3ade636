"""``mymap:export_layers``: the ward's layers in the formats and coordinate systems
planners use (GeoPackage, GeoJSON, Shapefile, KML, CSV, DXF, XLSX), with GDAL.

Everything is written into a temporary folder first and moved into the output
folder only when every file is complete, so a failed export leaves nothing
half-written, and existing files are never overwritten.

A Shapefile's DBF columns take the readable short names of shapefile_names.SHORT_NAMES (with or
without Vietnamese column names: a DBF name has 10 ASCII characters), ``<layer>_fields.csv``
beside each ``.shp`` gives their full English and Vietnamese names, and date-times are ISO 8601
text in UTC (a DBF date has no time).
"""
import datetime
import math
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from osgeo import gdal, ogr
from qgis.core import QgsCoordinateReferenceSystem, QgsUnitTypes

from ..compat import map_units_meters
from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import aliased_columns, literal, sql
from ..ward_map import schema
from ..ward_map.ward_settings import crs_from_setting, read_settings
from . import shapefile_names

gdal.UseExceptions()


@dataclass(frozen=True)
class ExportFormat:
    key: str
    driver: str
    extension: str
    one_file: bool = False          # all layers in one file (DXF, XLSX)
    wgs84_only: bool = False        # the format is defined in WGS 84 lon/lat


FORMATS = (
    ExportFormat("gpkg", "GPKG", ".gpkg"),
    ExportFormat("geojson", "GeoJSON", ".geojson", wgs84_only=True),
    ExportFormat("shp", "ESRI Shapefile", ".shp"),
    ExportFormat("kml", "KML", ".kml", wgs84_only=True),
    ExportFormat("csv", "CSV", ".csv"),
    ExportFormat("dxf", "DXF", ".dxf", one_file=True),
    ExportFormat("xlsx", "XLSX", ".xlsx", one_file=True),
)
FORMATS_BY_KEY = {f.key: f for f in FORMATS}
SHAPEFILE_SIDECARS = (".shp", ".shx", ".dbf", ".prj", ".cpg")


def _select(layer, aliases, translate, with_geometry=True):
    """SQL selecting a layer's fields, renamed to their aliases when asked."""
    columns = []
    used = set()
    for field_def in layer.fields:
        alias = None
        if aliases:
            alias = translate(field_def.alias)
            while alias in used:
                alias += "_"
            used.add(alias)
        columns.append((field_def.name, alias))
    if with_geometry and layer.geometry:
        columns.append(("geom", None))
    return sql("SELECT {columns} FROM {table}", table=layer.name, columns=aliased_columns(columns, layer.name))


def _select_shapefile(layer):
    """SQL selecting a layer's fields under their short DBF names (shapefile_names.SHORT_NAMES)."""
    columns = [(field_def.name, short) for field_def, short in shapefile_names.short_names(layer)]
    if layer.geometry:
        columns.append(("geom", None))
    return sql("SELECT {columns} FROM {table}", table=layer.name, columns=aliased_columns(columns, layer.name))


# A date-time as GDAL writes it into a text column: 2026/12/05 14:03:00[.250][+00 or +07:00]
_GDAL_DATETIME = re.compile(r"(\d{4})/(\d{2})/(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([+-])(\d{2}):?(\d{2})?)?")


def _iso_utc(text):
    """GDAL's text of a date-time as ISO 8601 in UTC (2026-12-05T14:03:00Z); a time without a zone
    is taken as UTC, as the ward stores it. Anything else is returned as it is."""
    match = _GDAL_DATETIME.fullmatch(text.strip())
    if not match:
        return text
    year, month, day, hour, minute, second, fraction, sign, zone_hours, zone_minutes = match.groups()
    offset = datetime.timedelta(hours=int(zone_hours or 0), minutes=int(zone_minutes or 0))
    zone = datetime.timezone(-offset if sign == "-" else offset)
    value = datetime.datetime(int(year), int(month), int(day), int(hour), int(minute), int(second),
                              tzinfo=zone).astimezone(datetime.timezone.utc)
    fraction = (fraction or "").rstrip("0").rstrip(".")
    return value.strftime("%Y-%m-%dT%H:%M:%S") + fraction + "Z"


def _date_times_as_iso_text(path, layer):
    """A DBF date has no time, so the date-times of *layer* went into text columns (GDAL's
    -mapFieldType DateTime=String); rewrite them as ISO 8601 text in UTC."""
    columns = [short for field_def, short in shapefile_names.short_names(layer) if field_def.type == "datetime"]
    if not columns:
        return
    dataset = ogr.Open(str(path), 1)
    try:
        target = dataset.GetLayer(0)
        for feature in target:
            changed = False
            for column in columns:
                if feature.IsFieldSetAndNotNull(column):
                    text = feature.GetFieldAsString(column)
                    iso = _iso_utc(text)
                    if iso != text:
                        feature.SetField(column, iso)
                        changed = True
            if changed and target.SetFeature(feature) != ogr.OGRERR_NONE:
                raise RuntimeError(gdal.GetLastErrorMsg() or layer.name)
    finally:
        dataset = None


def _target_crs(ward_crs, crs, export_format):
    if export_format.wgs84_only:
        return QgsCoordinateReferenceSystem("EPSG:4326")
    if crs is None or not crs.isValid():
        return ward_crs
    return crs


OFFICIAL_TOWGS84 = "+towgs84=-191.90441429,-39.30318279,-111.45032835,0.00928836,-0.01975479,0.00427372,0.252906278"


def _reprojection(ward_crs, target):
    """GDAL keywords that bring the ward's coordinates into *target*. Between VN-2000 and another
    datum the official shift (EPSG:6960, as PROJ's position-vector +towgs84) is spelled out, so
    every machine gets the same coordinates; within VN-2000 (another TM-3 zone) no shift applies."""
    keywords = {"dstSRS": target.toWkt()}
    source = ward_crs.toProj()
    if target != ward_crs and OFFICIAL_TOWGS84 in source and OFFICIAL_TOWGS84 not in target.toProj():
        keywords["srcSRS"] = source
    return keywords


def export_layers(ward_path, layer_names, format_key, output_folder, crs=None, aliases=False,
                  translate=None, feedback=None):
    """Write *layer_names* of the ward map to *output_folder*. Returns the files written."""
    ward_path = Path(ward_path)
    settings = read_settings(str(ward_path))
    translate = translate or tr
    export_format = FORMATS_BY_KEY.get(format_key)
    if export_format is None:
        raise MyMapError(tr("Unknown export format {}: use one of {}.").format(
            format_key, ", ".join(FORMATS_BY_KEY)))
    layers = []
    for name in layer_names or ():
        if name not in schema.LAYERS_BY_NAME:
            raise MyMapError(tr("{} is not a layer of the ward map.").format(name))
        layers.append(schema.LAYERS_BY_NAME[name])
    if not layers:
        raise MyMapError(tr("Choose at least one layer to export."))
    output_folder = Path(output_folder)
    if not output_folder.is_dir():
        raise MyMapError(tr("The output folder {} does not exist.").format(output_folder))
    stem = ward_path.stem
    if export_format.one_file:
        planned = [output_folder / (stem + export_format.extension)]
    else:
        planned = [output_folder / (layer.name + export_format.extension) for layer in layers]
    if export_format.key == "shp":
        planned = [path.with_suffix(suffix) for path in planned for suffix in SHAPEFILE_SIDECARS] + [
            shapefile_names.csv_path(path) for path in planned]
    existing = [str(path) for path in planned if path.exists()]
    if existing:
        raise MyMapError(tr("These files already exist: {}. Choose an empty folder; nothing was overwritten.")
                         .format(", ".join(existing)))
    if crs is not None and not isinstance(crs, QgsCoordinateReferenceSystem):
        crs = QgsCoordinateReferenceSystem(str(crs))
    if crs is not None and crs.authid() and not crs.isValid():
        raise MyMapError(tr("The coordinate reference system {} is not known.").format(crs.authid()))
    ward_crs = crs_from_setting(settings.crs)
    target = _target_crs(ward_crs, crs, export_format)

    staging = Path(tempfile.mkdtemp(prefix=".mymap-export-", dir=str(output_folder)))
    try:
        written = _write(ward_path, layers, export_format, staging, stem, ward_crs, target, aliases, translate,
                         feedback)
        final = []
        for path in written:
            destination = output_folder / path.name
            os.replace(str(path), str(destination))
            final.append(destination)
        return final
    except RuntimeError as error:
        raise MyMapError(tr("The export failed: {}. Nothing was written.").format(error)) from None
    finally:
        shutil.rmtree(str(staging), ignore_errors=True)


def _options(export_format, layer_name, target, ward_crs, sql, append=False, geometry=True):
    layer_options = []
    dataset_options = []
    if export_format.key == "shp":
        layer_options.append("ENCODING=UTF-8")
    elif export_format.key == "geojson":
        layer_options += ["RFC7946=YES", "WRITE_NAME=NO"]
    elif export_format.key == "csv":
        layer_options += ["GEOMETRY=AS_WKT", "WRITE_BOM=YES"] if geometry else ["WRITE_BOM=YES"]
    keywords = dict(format=export_format.driver, SQLStatement=sql, layerName=layer_name,
                    layerCreationOptions=layer_options, datasetCreationOptions=dataset_options)
    if export_format.key == "shp":      # a DBF date has no time: date-times become text
        keywords["options"] = ["-mapFieldType", "DateTime=String"]
    if geometry:
        keywords.update(_reprojection(ward_crs, target))
    if append:
        keywords["accessMode"] = "append"
    return gdal.VectorTranslateOptions(**keywords)


def _write(ward_path, layers, export_format, staging, stem, ward_crs, target, aliases, translate, feedback):
    source = gdal.OpenEx(str(ward_path), gdal.OF_VECTOR | gdal.OF_READONLY)
    written = []
    try:
        if export_format.key == "dxf":
            return [_write_dxf(source, layers, staging / (stem + ".dxf"), ward_crs, target, translate)]
        for number, layer in enumerate(layers):
            if feedback is not None:
                feedback(int(100 * number / len(layers)), translate(layer.title))
            geometry = export_format.key != "xlsx" and layer.geometry is not None
            if export_format.key == "shp":
                sql = _select_shapefile(layer)
            else:
                sql = _select(layer, aliases, translate, with_geometry=geometry)
            if export_format.one_file:
                path = staging / (stem + export_format.extension)
                sheet = translate(layer.title) if aliases else layer.name
                options = _options(export_format, sheet[:31], target, ward_crs, sql, append=path.exists(),
                                   geometry=False)
            else:
                path = staging / (layer.name + export_format.extension)
                options = _options(export_format, layer.name, target, ward_crs, sql, geometry=geometry)
            result = gdal.VectorTranslate(str(path), source, options=options)
            if result is None:
                raise RuntimeError(gdal.GetLastErrorMsg() or layer.name)
            result = None
            if export_format.key == "shp":
                _date_times_as_iso_text(path, layer)
                written += [path.with_suffix(s) for s in SHAPEFILE_SIDECARS if path.with_suffix(s).exists()]
                written.append(shapefile_names.write_names_csv(shapefile_names.csv_path(path), layer))
            elif path not in written:
                written.append(path)
    finally:
        source = None
    return written


# Point assets are drawn in the DXF as INSERTs of these blocks, on the asset type's layer.
DXF_BLOCKS = {"trees": "MYMAP_TREE", "drainage_nodes": "MYMAP_NODE", "sensors": "MYMAP_SENSOR"}
DXF_TEXT_HEIGHT_M = 1.5      # asset codes, in metres on the ground
DXF_TEXT_OFFSET_M = 0.8      # a point asset's code starts this far east of the symbol's centre


def _ring(points):
    line = ogr.Geometry(ogr.wkbLineString)
    for x, y in points + points[:1]:
        line.AddPoint_2D(x, y)
    return line


def _circle(radius, scale, segments=24):
    return _ring([(radius * scale * math.cos(2 * math.pi * i / segments),
                   radius * scale * math.sin(2 * math.pi * i / segments)) for i in range(segments)])


def _segment(x1, y1, x2, y2, scale):
    line = ogr.Geometry(ogr.wkbLineString)
    line.AddPoint_2D(x1 * scale, y1 * scale)
    line.AddPoint_2D(x2 * scale, y2 * scale)
    return line


def _block_shapes(scale):
    """The symbols, a metre across and centred on the insertion point, as outlines (polylines,
    no hatches), with *scale* drawing units to the metre."""
    half = 0.5 * scale
    low = 0.5 / math.sqrt(3) * scale          # an equilateral triangle of 1 m sides, centred
    return {
        # a crown with a cross at the trunk
        "MYMAP_TREE": [_circle(0.5, scale), _segment(-0.5, 0, 0.5, 0, scale), _segment(0, -0.5, 0, 0.5, scale)],
        # a manhole: a square frame around a round cover
        "MYMAP_NODE": [_ring([(-half, -half), (half, -half), (half, half), (-half, half)]), _circle(0.35, scale)],
        # a sensor: a triangle around a small circle at the measuring point
        "MYMAP_SENSOR": [_ring([(-half, -low), (half, -low), (0, 2 * low)]), _circle(0.1, scale)],
    }


def _metres_to_drawing_units(target):
    """Drawing units per metre in *target* (1 in a projected CRS in metres)."""
    factor = QgsUnitTypes.fromUnitToUnitFactor(map_units_meters(), target.mapUnits())
    return factor if factor > 0 else 1.0


def _ground(value):
    """A length for an OGR style string, in ground (drawing) units."""
    return "{:.10f}".format(value).rstrip("0").rstrip(".") + "g"


def _write_dxf_blocks(dataset, scale):
    """The "blocks" layer of GDAL's DXF writer, created before the entities layer: its features become
    the BLOCK definitions, named by their "Block" field (GDAL 3.6; "BlockName" in a GDAL without it).
    Every symbol is defined, used or not, so a CAD user can place new assets with it."""
    blocks = dataset.CreateLayer("blocks")
    if blocks is None:
        raise RuntimeError(gdal.GetLastErrorMsg() or "DXF blocks")
    definition = blocks.GetLayerDefn()
    name_field = "Block" if definition.GetFieldIndex("Block") >= 0 else "BlockName"
    for name, shapes in _block_shapes(scale).items():
        for shape in shapes:
            feature = ogr.Feature(definition)
            feature.SetField(name_field, name)
            feature.SetField("Layer", "0")      # drawn on the layer of each INSERT, in its colour
            feature.SetGeometry(shape)
            if blocks.CreateFeature(feature) != ogr.OGRERR_NONE:
                raise RuntimeError(gdal.GetLastErrorMsg() or name)


def _write_dxf(source, layers, path, ward_crs, target, translate):
    """One DXF: a CAD layer per asset type (its table name: DXF R2000 layer names are not Unicode)
    and a "<table>_code" layer with each asset's code as text next to it. Lines and polygons are
    polylines and hatches; trees, drainage nodes and sensors are INSERTs of the blocks MYMAP_TREE,
    MYMAP_NODE and MYMAP_SENSOR (about a metre across), inserted exactly at the asset's position."""
    scale = _metres_to_drawing_units(target)
    height = _ground(DXF_TEXT_HEIGHT_M * scale)
    parts = []
    for layer in layers:
        if not layer.geometry:
            continue
        title = layer.name
        # GDAL's SQLStatement takes no bound values: the constants are sql_identifiers.literal()s.
        if layer.geometry == "Point" and title in DXF_BLOCKS:
            parts.append(sql("SELECT geom, {layer} AS Layer, {block} AS BlockName, NULL AS OGR_STYLE FROM {table}",
                             table=layer.name, layer=literal(title), block=literal(DXF_BLOCKS[title])))
        else:       # a typed NULL, so the column is text whichever layer comes first
            parts.append(sql("SELECT geom, {layer} AS Layer, CAST(NULL AS TEXT) AS BlockName, NULL AS OGR_STYLE "
                             "FROM {table}", table=layer.name, layer=literal(title)))
        if layer.is_asset:
            if layer.geometry == "Point":
                template = ("SELECT geom AS geom, {layer} AS Layer, CAST(NULL AS TEXT) AS BlockName, "
                            "'LABEL(f:\"DejaVu Sans\",t:\"' || asset_code || {style} AS OGR_STYLE "
                            "FROM {table} WHERE asset_code IS NOT NULL")
                placement = "p:4,dx:{}".format(_ground(DXF_TEXT_OFFSET_M * scale))   # left-centre, east
            else:
                template = ("SELECT ST_PointOnSurface(geom) AS geom, {layer} AS Layer, CAST(NULL AS TEXT) AS "
                            "BlockName, 'LABEL(f:\"DejaVu Sans\",t:\"' || asset_code || {style} AS OGR_STYLE "
                            "FROM {table} WHERE asset_code IS NOT NULL")
                placement = "p:5"                                                  # centred
            style = '",s:{},{},c:#000000)'.format(height, placement)
            parts.append(sql(template, table=layer.name, layer=literal(title + "_code"), style=literal(style)))
    if not parts:
        raise MyMapError(tr("None of the chosen layers has geometry, so there is nothing to draw in a DXF."))
    statement = " UNION ALL ".join(parts)
    dataset = gdal.GetDriverByName("DXF").Create(str(path), 0, 0, 0, gdal.GDT_Unknown)
    try:
        _write_dxf_blocks(dataset, scale)
        keywords = dict(SQLStatement=statement, SQLDialect="SQLITE", layerName="entities",
                        **_reprojection(ward_crs, target))
        result = gdal.VectorTranslate(dataset, source, options=gdal.VectorTranslateOptions(**keywords))
        if not result:
            raise RuntimeError(gdal.GetLastErrorMsg() or "DXF")
    finally:
        dataset = None      # the DXF writer writes the file when the dataset closes
    return path
