"""Short column names for Shapefile exports.

A DBF column name holds at most 10 ASCII characters, so GDAL would cut ``threshold_1_cm``,
``threshold_2_cm`` and ``threshold_3_cm`` into ``threshold_``, ``threshol_1`` and ``threshol_2``.
Instead every field of the ward schema has a readable short name here, fixed once, so a
planner's Shapefile has the same columns in every export. Beside each ``<layer>.shp`` the export
writes ``<layer>_fields.csv``, which gives each short name its field and its full English and
Vietnamese names.

A field added to ward_map/schema.py needs a short name here as well: the tests check that every
field has one, at most 10 characters, plain ASCII and unique within its layer.
"""
import csv

from ..errors import MyMapError
from ..i18n import tr, translate_function
from ..ward_map import schema

MAX_LENGTH = 10

# Field name → DBF column name. The same field name means the same thing in every layer.
SHORT_NAMES = {
    # Common to the asset layers
    "uuid": "uuid",
    "asset_code": "asset_code",
    "qr_status": "qr_status",
    "ward_code": "ward_code",
    "residential_group_id": "res_group",
    "status": "status",
    "survey_date": "survey_dt",
    "surveyor": "surveyor",
    "position_source": "pos_source",
    "position_accuracy_m": "pos_acc_m",
    "photo": "photo",
    "notes": "notes",
    "created_at": "crt_at",
    "created_by": "crt_by",
    "updated_at": "upd_at",
    "updated_by": "upd_by",
    # Housing
    "house_number": "house_no",
    "alley": "alley",
    "sub_alley": "sub_alley",
    "street_name": "street",
    "full_address": "full_addr",
    "plate_status": "plate_stat",
    "building_type": "bldg_type",
    "structure_class": "struct_cls",
    "floors_above": "floors_abv",
    "floors_below": "floors_blw",
    "height_m": "height_m",
    "footprint_area_m2": "area_m2",
    "use_type": "use_type",
    "ownership_type": "ownership",
    "year_built": "year_built",
    "map_sheet_no": "map_sheet",
    "parcel_no": "parcel_no",
    "household_count": "households",
    "resident_count": "residents",
    "flood_prone": "flood_prn",
    # Trees
    "species_id": "species_id",
    "dbh_cm": "dbh_cm",
    "canopy_diameter_m": "canopy_m",
    "planting_year": "plant_year",
    "location_type": "location",
    "condition": "condition",
    "risk_level": "risk_level",
    "is_heritage": "heritage",
    "conservation": "conserv",
    "last_inspection_date": "last_insp",
    "last_pruning_date": "last_prune",
    "manager_unit": "manager",
    # Drainage lines and nodes
    "line_type": "line_type",
    "system_type": "system",
    "diameter_mm": "diam_mm",
    "width_mm": "width_mm",
    "height_mm": "height_mm",
    "material": "material",
    "length_m": "length_m",
    "invert_up_m": "inv_up_m",
    "invert_down_m": "inv_down_m",
    "slope_permille": "slope_pm",
    "from_node_uuid": "from_node",
    "to_node_uuid": "to_node",
    "last_dredged_date": "last_dredg",
    "node_type": "node_type",
    "rim_elev_m": "rim_elev_m",
    "invert_elev_m": "inv_elev_m",
    "cover_material": "cover_mat",
    "cover_condition": "cover_cond",
    # Sensors and their readings
    "station_name": "station",
    "hotspot_name": "hotspot",
    "sensor_type": "sensor_typ",
    "comm_type": "comm_type",
    "road_surface_elev_m": "road_elv_m",
    "sensor_elev_m": "sens_elv_m",
    "depth_offset_cm": "depth_off",
    "interval_normal_s": "interval_s",
    "threshold_1_cm": "thresh1_cm",
    "threshold_2_cm": "thresh2_cm",
    "threshold_3_cm": "thresh3_cm",
    "operating_status": "op_status",
    "last_seen": "last_seen",
    "last_depth_cm": "last_dp_cm",
    "last_alert_level": "last_alert",
    "sta_thing_id": "sta_thing",
    "sta_datastream_id": "sta_stream",
    "station_uuid": "station_id",
    "phenomenon_time": "meas_at",
    "water_depth_cm": "depth_cm",
    "raw_distance_mm": "raw_mm",
    "battery_v": "battery_v",
    "quality_flag": "quality",
    "alert_level": "alert_lvl",
    # Residential groups and tree species
    "group_id": "group_id",
    "name": "name",
    "valid_from": "valid_from",
    "valid_to": "valid_to",
    "name_vi": "name_vi",
    "scientific_name": "sci_name",
    "restriction": "restrict",
    # Streets
    "road_class": "road_class",
    "osm_id": "osm_id",
}

CSV_SUFFIX = "_fields.csv"
CSV_HEADER = ("short_name", "field_name", "english_name", "vietnamese_name")


def short_name(field_name):
    """The DBF column name of the schema field *field_name*."""
    try:
        return SHORT_NAMES[field_name]
    except KeyError:
        raise MyMapError(tr("The field {} has no short Shapefile column name: add one to "
                            "data_exchange/shapefile_names.py.").format(field_name)) from None


def short_names(layer):
    """(field, DBF column name) for every field of the schema *layer*, in order."""
    return [(field_def, short_name(field_def.name)) for field_def in layer.fields]


def field_for_short_name(layer_name, column):
    """The field of the layer *layer_name* whose DBF column is *column* (any case), or None."""
    wanted = column.strip().lower()
    for field_def in schema.LAYERS_BY_NAME[layer_name].fields:
        if SHORT_NAMES.get(field_def.name, "").lower() == wanted:
            return field_def.name
    return None


def csv_path(shapefile):
    """``<layer>_fields.csv`` beside ``<layer>.shp``."""
    return shapefile.with_name(shapefile.stem + CSV_SUFFIX)


def write_names_csv(path, layer):
    """The name table of *layer* as CSV: UTF-8 with a byte-order mark, so that Excel shows the
    Vietnamese names, and one row per field: short name, field name, English and Vietnamese name."""
    vietnamese = translate_function("vi")
    with open(str(path), "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(CSV_HEADER)
        for field_def, column in short_names(layer):
            writer.writerow((column, field_def.name, field_def.alias, vietnamese(field_def.alias)))
    return path
