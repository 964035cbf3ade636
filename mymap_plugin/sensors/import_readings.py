"""``mymap:import_sensor_readings``: water-level readings from a CSV or JSON file, or from an
OGC SensorThings API server, into the ward's ``sensor_readings``; then each sensor's latest
depth, alert level, last-seen time and status are brought up to date.

- **Stations** are matched by asset code, station name, SensorThings Thing or Datastream id, or
  uuid. Rows of unknown stations are reported with the reason, not stored.
- **Values** become water depth above the road in cm: units are converted; raw distances give
  sensor level − distance − road level; water levels give level − road level; then the sensor's
  calibration offset is added.
- **Implausible readings are flagged, not dropped**: a value that is not a number, or deeper than
  10 m, is stored with quality "error" and no depth; a jump of more than 1 m within two reporting
  intervals is stored with quality "suspect".
- **Idempotent**: a reading's identity is its station and time (a unique index, and a uuid derived
  from both), so importing the same readings twice stores them once. All rows of one import are
  written in one transaction.
"""
import csv
import datetime
import itertools
import json
import uuid as uuid_module
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import List

from ..errors import MyMapError
from ..i18n import tr
from ..sql_identifiers import sql
from ..sync.database import connect, transaction
from ..ward_map.asset_codes import normalize_code
from ..ward_map.ward_settings import read_only_connection, read_settings
from . import reading_values
from .reading_values import (DEPTH, MAX_DEPTH_CM, QUANTITIES, SPIKE_CM, UTC, BadReading, NoTimeZone, SensorLevels,
                             alert_level, depth_cm, parse_number, parse_time, parse_timezone, quantity_of,
                             stored_time, unit_factor)
from .sensor_status import update_sensor_status

FORMATS = ("csv", "json", "sensorthings")
READING_NAMESPACE = uuid_module.UUID("6f0d7c62-3c1e-4b7a-9a51-1f6d2f6b8e21")
UNIQUE_INDEX = "mymap_sensor_readings_station_time"
# Column names looked for when MAPPING does not name them (lower case).
DEFAULT_COLUMNS = {
    "station": ("station", "station_id", "stationreference", "sensor", "sensor_id", "asset_code", "ma_tram",
                "mã trạm", "tram"),
    "time": ("time", "timestamp", "datetime", "phenomenontime", "date", "thoi_gian", "thời gian"),
    "value": ("value", "result", "depth", "water_depth_cm", "level", "gia_tri", "giá trị"),
    "unit": ("unit", "unitname", "uom", "don_vi", "đơn vị"),
    "parameter": ("parameter", "quantity", "observedproperty", "dai_luong", "đại lượng"),
    "battery": ("battery", "battery_v", "pin"),
}
MAPPING_KEYS = ("station", "time", "value", "unit", "parameter", "battery", "quantity", "timezone")


@dataclass
class RejectedReading:
    row: int
    station: str
    time: str
    value: str
    reason: str


@dataclass
class ReadingsReport:
    read: int = 0
    stored: int = 0
    already_stored: int = 0
    skipped_before_since: int = 0
    flagged: int = 0
    rejected: List[RejectedReading] = field(default_factory=list)
    errors: List[str] = field(default_factory=list)       # e.g. a server that stopped answering
    sensors_updated: int = 0


@dataclass
class RawReading:
    row: int
    station: str
    time: str
    value: object
    unit: str = ""
    parameter: str = ""
    battery: object = None


# --- MAPPING ------------------------------------------------------------------------------------------

def parse_mapping(text) -> dict:
    """MAPPING as JSON ({"station": "stationReference", …}) or "key=value; key=value". A value
    starting with "=" is a constant for every row (e.g. "station": "=LINDAU", "unit": "=cm")."""
    text = (text or "").strip() if isinstance(text, str) else text
    if not text:
        return {}
    if isinstance(text, dict):
        mapping = dict(text)
    elif text.startswith("{"):
        try:
            mapping = json.loads(text)
        except ValueError as error:
            raise MyMapError(tr("MAPPING is not valid JSON: {}").format(error)) from None
        if not isinstance(mapping, dict):
            raise MyMapError(tr("MAPPING is a JSON object such as {\"station\": \"stationReference\"}."))
    else:
        mapping = {}
        for part in text.replace("\n", ";").split(";"):
            if part.strip():
                key, separator, value = part.partition("=")
                if not separator:
                    raise MyMapError(tr("MAPPING entries are written key=value; '{}' has no '='.").format(part.strip()))
                mapping[key.strip()] = value.strip()
    unknown = sorted(set(mapping) - set(MAPPING_KEYS))
    if unknown:
        raise MyMapError(tr("MAPPING has the unknown key {}; the keys are: {}.").format(
            unknown[0], ", ".join(MAPPING_KEYS)))
    if mapping.get("quantity") and str(mapping["quantity"]).lstrip("=") not in QUANTITIES:
        raise MyMapError(tr("MAPPING quantity must be one of {}.").format(", ".join(QUANTITIES)))
    return {key: str(value) for key, value in mapping.items()}


def _columns(names, mapping):
    """{role: column name or '=constant'} for a file with columns *names*."""
    by_lower = {name.strip().lower(): name for name in names}
    columns = {}
    for role, candidates in DEFAULT_COLUMNS.items():
        given = mapping.get(role)
        if given:
            if given.startswith("=") or given in names:
                columns[role] = given
            elif given.strip().lower() in by_lower:
                columns[role] = by_lower[given.strip().lower()]
            else:
                raise MyMapError(tr("The file has no column {} (MAPPING {}). Its columns are: {}.").format(
                    given, role, ", ".join(names)))
            continue
        found = next((by_lower[c] for c in candidates if c in by_lower), None)
        if found:
            columns[role] = found
    for role in ("station", "time", "value"):
        if role not in columns:
            raise MyMapError(tr("The file has no {} column. Name it in MAPPING, e.g. {}=…; the file's columns "
                                "are: {}.").format(role, role, ", ".join(names)))
    return columns


def _pick(record, columns, role):
    column = columns.get(role)
    if column is None:
        return ""
    if column.startswith("="):
        return column[1:]
    return record.get(column)


def _raw_reading(number, record, columns) -> RawReading:
    return RawReading(number, str(_pick(record, columns, "station") or "").strip(), _pick(record, columns, "time"),
                      _pick(record, columns, "value"), _pick(record, columns, "unit") or "",
                      _pick(record, columns, "parameter") or "", _pick(record, columns, "battery"))


# --- sources ------------------------------------------------------------------------------------------

def read_csv_readings(path, mapping):
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except OSError as error:
        raise MyMapError(tr("The file {} cannot be read: {}").format(path, error)) from None
    with handle:
        try:
            sample = handle.read(65536)
            handle.seek(0)
            dialect = csv.Sniffer().sniff(sample.splitlines()[0] if sample else ",", delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        except UnicodeDecodeError:
            raise MyMapError(tr("The file {} is not UTF-8 text.").format(Path(path).name)) from None
        reader = csv.DictReader(handle, dialect=dialect)
        if not reader.fieldnames:
            raise MyMapError(tr("The file {} is empty: there are no readings to import.").format(Path(path).name))
        columns = _columns(reader.fieldnames, mapping)
        try:
            for number, record in enumerate(reader, start=2):
                yield _raw_reading(number, record, columns)
        except UnicodeDecodeError:
            raise MyMapError(tr("The file {} is not UTF-8 text.").format(Path(path).name)) from None


def read_json_readings(path, mapping):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as error:
        raise MyMapError(tr("The file {} is not readable JSON: {}").format(Path(path).name, error)) from None
    if isinstance(data, dict):
        data = next((data[key] for key in ("value", "readings", "observations", "data", "items")
                     if isinstance(data.get(key), list)), None)
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise MyMapError(tr("The JSON file {} is not a list of readings (objects with station, time and value).")
                         .format(Path(path).name))
    names = sorted({key for item in data for key in item})
    if not data:
        return
    columns = _columns(names, mapping)
    for number, record in enumerate(data, start=1):
        yield _raw_reading(number, record, columns)


# --- the ward's sensors -------------------------------------------------------------------------------------

def read_sensors(ward):
    """{match key: SensorLevels} and the list of sensors with their SensorThings ids."""
    with closing(read_only_connection(ward)) as connection:
        rows = connection.execute(
            "SELECT uuid, asset_code, station_name, sta_thing_id, sta_datastream_id, road_surface_elev_m, "
            "sensor_elev_m, depth_offset_cm, threshold_1_cm, threshold_2_cm, threshold_3_cm, interval_normal_s "
            "FROM sensors").fetchall()
    keys = {}
    sensors = []
    for (uuid, code, name, thing, datastream, road, sensor_elev, offset, t1, t2, t3, interval) in rows:
        levels = SensorLevels(uuid, name or code or uuid, road, sensor_elev, offset or 0.0, (t1, t2, t3),
                              int(interval or 300))
        sensors.append((levels, thing, datastream))
        for key in (uuid, name, thing, datastream):
            if key:
                keys.setdefault(str(key).strip().lower(), levels)
        if code:
            keys.setdefault(normalize_code(code).lower(), levels)
    return keys, sensors


def _match(keys, station):
    text = str(station or "").strip()
    return keys.get(text.lower()) or keys.get(normalize_code(text).lower())


# --- converting and writing ---------------------------------------------------------------------------------

class _Converter:
    def __init__(self, keys, mapping, since):
        self.keys = keys
        self.quantity = (mapping.get("quantity") or "").lstrip("=") or None
        try:
            self.timezone = parse_timezone(mapping.get("timezone", "").lstrip("="))
        except ValueError:
            raise MyMapError(tr("MAPPING timezone '{}' is not a UTC offset such as +07:00.").format(
                mapping.get("timezone"))) from None
        self.since = since
        self.previous = {}          # station uuid → (time, depth) of the previous reading
        self._times = {}            # time text → (UTC moment, stored text): a file of many sensors repeats them

    def _time(self, text):
        known = self._times.get(text)
        if known is None:
            if len(self._times) > 100000:
                self._times.clear()
            moment = parse_time(text, self.timezone)
            known = self._times[text] = (moment, stored_time(moment))
        return known

    def convert(self, raw: RawReading):
        """A row tuple for sensor_readings, or None when before SINCE; BadReading when unusable."""
        sensor = _match(self.keys, raw.station)
        if sensor is None:
            raise BadReading(tr("Unknown station '{}': no sensor of the ward has this asset code, station "
                                "name or SensorThings id.").format(raw.station))
        moment, time_text = self._time(raw.time)
        if self.since is not None and moment <= self.since:
            return None
        quantity = self.quantity
        if raw.parameter:
            quantity = quantity_of(raw.parameter)
            if quantity is None:
                raise BadReading(tr("'{}' is not a water level, depth or distance.").format(raw.parameter))
        quantity = quantity or DEPTH
        unit = raw.unit or "cm"
        factor = unit_factor(unit)
        if factor is None:
            raise BadReading(tr("The unit '{}' is not a length (use mm, cm or m).").format(unit))
        number = parse_number(raw.value)
        flag = "ok"
        depth = raw_distance = None
        if number is None:
            flag = "loi"
        else:
            value_cm = number * factor
            if quantity == reading_values.DISTANCE:
                raw_distance = int(round(value_cm * 10))
            depth = round(max(0.0, depth_cm(value_cm, quantity, sensor)), 1)
            if depth > MAX_DEPTH_CM:
                flag, depth = "loi", None
        previous = self.previous.get(sensor.uuid)
        if depth is not None and previous is not None and previous[1] is not None:
            seconds = (moment - previous[0]).total_seconds()
            if 0 < seconds <= 2 * sensor.interval_s and abs(depth - previous[1]) > SPIKE_CM:
                flag = "nghi_ngo"
        if flag == "ok":
            self.previous[sensor.uuid] = (moment, depth)
        battery = parse_number(raw.battery) if raw.battery not in (None, "") else None
        identity = str(uuid_module.uuid5(READING_NAMESPACE, sensor.uuid + "|" + time_text))
        return (identity, sensor.uuid, time_text, depth, raw_distance, battery, flag,
                alert_level(depth, sensor.thresholds))


FEATURE_COUNT_TRIGGER = "trigger_insert_feature_count_sensor_readings"


def _set_aside_count_trigger(connection):
    """Inside the import's transaction: GDAL's per-row feature-count trigger is dropped while the
    rows go in (its SQL is returned), and the count is set once afterwards, as GDAL does itself."""
    row = connection.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?",
                             (FEATURE_COUNT_TRIGGER,)).fetchone()
    if row is not None:
        connection.execute(sql("DROP TRIGGER {trigger}", trigger=FEATURE_COUNT_TRIGGER))
    return row[0] if row else None


def _restore_count_trigger(connection, trigger_sql):
    if trigger_sql:
        connection.execute(trigger_sql)
        connection.execute("UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM sensor_readings) "
                           "WHERE lower(table_name) = 'sensor_readings'")


def ensure_reading_index(connection):
    """The unique (station, time) index that makes imports idempotent (added to older ward maps)."""
    connection.execute(sql("CREATE UNIQUE INDEX IF NOT EXISTS {index} ON sensor_readings (station_uuid, "
                           "phenomenon_time)", index=UNIQUE_INDEX))


CHUNK = 20000


def _write(ward, rows):
    """INSERT OR IGNORE the rows (an iterator, read chunk by chunk) in one transaction; returns
    (rows offered, rows new). A MyMapError raised while the rows are produced rolls it all back."""
    connection = connect(ward)
    offered = inserted = 0
    try:
        with transaction(connection):
            trigger_sql = None
            while True:
                chunk = list(itertools.islice(rows, CHUNK))
                if not chunk:
                    break
                if not offered:
                    ensure_reading_index(connection)
                    trigger_sql = _set_aside_count_trigger(connection)
                offered += len(chunk)
                cursor = connection.executemany(
                    "INSERT OR IGNORE INTO sensor_readings (uuid, station_uuid, phenomenon_time, water_depth_cm, "
                    "raw_distance_mm, battery_v, quality_flag, alert_level) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", chunk)
                inserted += cursor.rowcount
            if offered:
                _restore_count_trigger(connection, trigger_sql)
        return offered, inserted
    except MyMapError:
        raise
    except Exception as error:      # sqlite3.Error or an I/O error: nothing of this import was kept
        raise MyMapError(tr("The readings could not be written to {}: {}. Nothing was imported.").format(
            ward, error)) from None
    finally:
        connection.close()


def _since(value):
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    try:
        return parse_time(value, UTC)
    except (BadReading, NoTimeZone):
        raise MyMapError(tr("SINCE '{}' is not a time (use 2025-09-22T07:00:00+07:00).").format(value)) from None


def import_sensor_readings(ward, source, format_key="csv", mapping=None, since=None, now=None, feedback=None,
                           cancelled=None, timeout=20, authcfg="", deadline_s=None) -> ReadingsReport:
    """Import readings from *source* (a file, or a SensorThings base URL) into the ward map.

    For SensorThings, *authcfg* is a QGIS authentication configuration id (or empty) and
    *deadline_s* the seconds the whole reading may take (None: the client's default)."""
    read_settings(ward)
    if format_key not in FORMATS:
        raise MyMapError(tr("Unknown format {}: use csv, json or sensorthings.").format(format_key))
    mapping = parse_mapping(mapping)
    since = _since(since)
    keys, sensors = read_sensors(ward)
    report = ReadingsReport()
    converter = _Converter(keys, mapping, since)
    if format_key == "sensorthings":
        raws = _sensorthings_readings(source, sensors, since, report, latest_reading_times(ward), cancelled, timeout,
                                      authcfg, deadline_s)
    else:
        if not Path(str(source)).is_file():
            raise MyMapError(tr("The file {} does not exist.").format(source))
        raws = (read_csv_readings if format_key == "csv" else read_json_readings)(source, mapping)
    offered, report.stored = _write(ward, _converted(raws, converter, report, cancelled, feedback))
    report.already_stored = offered - report.stored
    if report.read == 0 and report.errors:
        raise MyMapError(" ".join(dict.fromkeys(report.errors)))
    if report.read == 0 and format_key != "sensorthings":
        raise MyMapError(tr("{} holds no readings.").format(source))
    report.sensors_updated = update_sensor_status(ward, now=now)
    if feedback is not None:
        feedback(100, "")
    return report


def _converted(raws, converter, report, cancelled, feedback):
    """The rows to store, counted in *report*; rejected rows are recorded there, not yielded."""
    for raw in raws:
        report.read += 1
        if cancelled is not None and report.read % 5000 == 0 and cancelled():
            raise MyMapError(tr("The import was cancelled; nothing was written."))
        if feedback is not None and report.read % 50000 == 0:
            feedback(min(90, report.read // 50000), tr("Reading"))
        try:
            row = converter.convert(raw)
        except BadReading as reason:
            report.rejected.append(RejectedReading(raw.row, raw.station, str(raw.time or ""), str(raw.value or ""),
                                                   str(reason)))
            continue
        except NoTimeZone as naive:
            raise MyMapError(tr("The time '{}' (row {}) has no time zone, so it is not known when it was "
                                "measured. Give the time zone in MAPPING, e.g. timezone=+07:00 for Vietnam.")
                             .format(naive, raw.row)) from None
        if row is None:
            report.skipped_before_since += 1
            continue
        if row[6] != "ok":
            report.flagged += 1
        yield row


def _stream_id(value):
    """SensorThings ids typed into a form are text; numeric ones are sent as numbers."""
    text = str(value).strip()
    return int(text) if text.isdigit() else text


def _sensorthings_readings(source, sensors, since, report, latest, cancelled, timeout, authcfg="", deadline_s=None):
    """Observations of every sensor with a SensorThings Datastream (or Thing) id, each from just
    after its latest stored reading (or SINCE); a server problem is recorded in report.errors
    and the observations received before it are kept. One deadline covers all the requests."""
    from . import sensorthings
    base = sensorthings.normalise_base_url(source)
    limits = {"timeout": timeout, "authcfg": authcfg, "deadline": sensorthings.Deadline(deadline_s)}
    linked = [(levels, thing, datastream) for levels, thing, datastream in sensors if thing or datastream]
    if not linked:
        raise MyMapError(tr("No sensor of the ward has a SensorThings Thing or Datastream id; fill them in on "
                            "the sensors' forms."))
    for levels, thing, datastream in linked:
        try:
            if datastream:
                streams = [sensorthings.datastream_info(base, _stream_id(datastream), **limits)]
            else:
                streams = [s for s in sensorthings.thing_datastreams(base, _stream_id(thing), **limits)
                           if quantity_of(s.get("quantity"))]
            for stream in streams:
                quantity = quantity_of(stream.get("quantity")) or DEPTH
                start = max([t for t in (since, latest.get(levels.uuid)) if t is not None], default=None)
                for number, observation in enumerate(sensorthings.iter_observations(
                        base, stream["id"], since=start, cancelled=cancelled, **limits), start=1):
                    yield RawReading(number, levels.uuid, observation.get("time"), observation.get("value"),
                                     stream.get("unit") or "", quantity)
        except sensorthings.SensorThingsError as error:
            report.errors.append("{}: {}".format(levels.name, error))
            if error.kind in ("unreachable", "timeout", "deadline", "auth"):    # the same for every sensor: stop
                break


def write_rejected_csv(rejected, path):
    """The rejected rows, with their reasons, as CSV (UTF-8 with BOM for Excel)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["row", "station", "time", "value", "reason"])
        for item in rejected:
            writer.writerow([item.row, item.station, item.time, item.value, item.reason])


def latest_reading_times(ward):
    """{station uuid: time of its latest stored reading (aware UTC)}."""
    with closing(read_only_connection(ward)) as connection:
        rows = connection.execute("SELECT station_uuid, max(phenomenon_time) FROM sensor_readings "
                                  "GROUP BY station_uuid").fetchall()
    result = {}
    for station, latest in rows:
        if latest:
            result[station] = parse_time(latest, UTC)
    return result
