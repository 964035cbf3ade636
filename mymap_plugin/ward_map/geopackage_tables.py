"""Creates the ward GeoPackage's tables with GDAL/OGR: fields, NOT NULL and UNIQUE
constraints, coded-value field domains and field alternative names, so that
any tool reading the file (QGIS, GDAL, ArcGIS, QField) sees the same rules."""
from osgeo import ogr, osr

from . import schema

ogr.UseExceptions()
osr.UseExceptions()

_OGR_TYPES = {
    "text": (ogr.OFTString, ogr.OFSTNone),
    "integer": (ogr.OFTInteger, ogr.OFSTNone),
    "real": (ogr.OFTReal, ogr.OFSTNone),
    "date": (ogr.OFTDate, ogr.OFSTNone),
    "datetime": (ogr.OFTDateTime, ogr.OFSTNone),
    "boolean": (ogr.OFTInteger, ogr.OFSTBoolean),
}
_OGR_GEOMETRIES = {
    "Point": ogr.wkbPoint,
    "LineString": ogr.wkbLineString,
    "MultiPolygon": ogr.wkbMultiPolygon,
    None: ogr.wkbNone,
}


def spatial_reference(crs_wkt: str) -> osr.SpatialReference:
    reference = osr.SpatialReference()
    reference.ImportFromWkt(crs_wkt)
    reference.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return reference


def add_field_domains(dataset, translate) -> None:
    for domain in schema.DOMAINS.values():
        values = {code: translate(label) for code, label in domain.values}
        dataset.AddFieldDomain(ogr.CreateCodedFieldDomain(
            "mymap_" + domain.name, "", ogr.OFTString, ogr.OFSTNone, values))


def create_layer(dataset, layer_def: schema.Layer, reference, translate):
    """Create one table of the ward map and return the OGR layer."""
    options = ["FID=fid", "GEOMETRY_NAME=geom", "IDENTIFIER={}".format(layer_def.name),
               "DESCRIPTION={}".format(translate(layer_def.title))]
    if layer_def.geometry is None:
        options.append("ASPATIAL_VARIANT=GPKG_ATTRIBUTES")
    layer = dataset.CreateLayer(layer_def.name, reference if layer_def.geometry else None,
                                _OGR_GEOMETRIES[layer_def.geometry], options=options)
    for field_def in layer_def.fields:
        ogr_type, sub_type = _OGR_TYPES[field_def.type]
        definition = ogr.FieldDefn(field_def.name, ogr_type)
        definition.SetSubType(sub_type)
        definition.SetAlternativeName(translate(field_def.alias))
        # `uuid` stays nullable in SQL so that tools which know nothing of it
        # (ogr2ogr, plain SQL) can still add rows; MyMap fills it when it next
        # opens or validates the file, and QGIS forms fill it at once.
        if field_def.required and field_def.name != "uuid":
            definition.SetNullable(False)
        if field_def.unique:
            definition.SetUnique(True)
        if field_def.domain:
            definition.SetDomainName("mymap_" + field_def.domain)
        layer.CreateField(definition)
    return layer


def create_settings_tables(dataset, settings, translate) -> None:
    settings_layer = dataset.CreateLayer(
        schema.SETTINGS_TABLE, None, ogr.wkbNone,
        options=["FID=fid", "ASPATIAL_VARIANT=GPKG_ATTRIBUTES",
                 "DESCRIPTION={}".format(translate("MyMap ward settings"))])
    for name in ("key", "value"):
        definition = ogr.FieldDefn(name, ogr.OFTString)
        if name == "key":
            definition.SetNullable(False)
            definition.SetUnique(True)
        settings_layer.CreateField(definition)
    for key, value in settings.as_rows():
        feature = ogr.Feature(settings_layer.GetLayerDefn())
        feature.SetField("key", key)
        feature.SetField("value", value)
        settings_layer.CreateFeature(feature)

    sequence_layer = dataset.CreateLayer(
        schema.CODE_SEQUENCE_TABLE, None, ogr.wkbNone,
        options=["FID=fid", "ASPATIAL_VARIANT=GPKG_ATTRIBUTES",
                 "DESCRIPTION={}".format(translate("Last asset code serial number per layer"))])
    layer_name = ogr.FieldDefn("layer_name", ogr.OFTString)
    layer_name.SetNullable(False)
    layer_name.SetUnique(True)
    sequence_layer.CreateField(layer_name)
    last_serial = ogr.FieldDefn("last_serial", ogr.OFTInteger)
    last_serial.SetNullable(False)
    last_serial.SetDefault("0")
    sequence_layer.CreateField(last_serial)
    for layer_def in schema.ASSET_LAYERS:
        feature = ogr.Feature(sequence_layer.GetLayerDefn())
        feature.SetField("layer_name", layer_def.name)
        feature.SetField("last_serial", 0)
        sequence_layer.CreateFeature(feature)
