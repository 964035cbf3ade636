"""Turning what a sensor file or server says into a water depth: times to UTC, units to
centimetres, raw distances and water levels to depth above the road, and the checks that
flag implausible values (never dropping them)."""
import datetime
import math
import re
from dataclasses import dataclass
from typing import Optional

from ..i18n import tr

UTC = datetime.timezone.utc
STORED_TIME = "%Y-%m-%dT%H:%M:%S.000Z"      # as GDAL writes DATETIME fields in a GeoPackage

# Length units → centimetres. Level units of the UK Environment Agency (mAOD above Ordnance Datum,
# mASD above the station's datum) are metres; Vietnamese files write "m", "cm", "mm".
UNIT_TO_CM = {"mm": 0.1, "millimetre": 0.1, "millimeter": 0.1, "cm": 1.0, "centimetre": 1.0,
              "centimeter": 1.0, "m": 100.0, "metre": 100.0, "meter": 100.0, "maod": 100.0, "masd": 100.0,
              "m nn": 100.0, "m nhn": 100.0, "ft": 30.48, "foot": 30.48, "feet": 30.48, "in": 2.54, "inch": 2.54}

DEPTH, DISTANCE, LEVEL = "depth", "distance", "level"
QUANTITIES = (DEPTH, DISTANCE, LEVEL)
# Words in a "parameter"/observed-property column that mean each quantity.
QUANTITY_WORDS = ((DISTANCE, ("distance", "khoang_cach", "khoảng cách", "range")),
                  (DEPTH, ("depth", "do_sau", "độ sâu", "ngap", "ngập")),
                  (LEVEL, ("level", "stage", "muc_nuoc", "mực nước", "water_level", "height", "gauge")))

MAX_DEPTH_CM = 1000.0
SPIKE_CM = 100.0                # a jump this large within two reporting intervals is suspect


class BadReading(Exception):
    """A row that cannot be stored as a reading (no usable station or time); str() is the reason."""


@dataclass
class SensorLevels:
    """What converting a sensor's values needs: its levels, offset, thresholds and interval."""
    uuid: str
    name: str
    road_surface_elev_m: Optional[float]
    sensor_elev_m: Optional[float]
    depth_offset_cm: float
    thresholds: tuple
    interval_s: int


def parse_time(text, timezone: Optional[datetime.tzinfo]) -> datetime.datetime:
    """A timestamp as an aware UTC datetime. Naive times take *timezone*; without one they
    raise NoTimeZone (the caller stops the whole import: guessing would shift every reading)."""
    value = str(text or "").strip()
    if not value:
        raise BadReading(tr("The row has no time."))
    if "/" in value and value.count("-") >= 4:      # a SensorThings interval: take its end
        value = value.split("/")[-1]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise BadReading(tr("'{}' is a date without a time of day: a reading needs the time it was "
                            "measured.").format(value))
    try:
        moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T", 1))
    except ValueError:
        raise BadReading(tr("'{}' is not a time (use 2025-09-22T07:15:00+07:00).").format(value)) from None
    if moment.tzinfo is None:
        if timezone is None:
            raise NoTimeZone(value)
        moment = moment.replace(tzinfo=timezone)
    return moment.astimezone(UTC)


class NoTimeZone(Exception):
    """A naive timestamp and no time zone given."""


def parse_timezone(text) -> Optional[datetime.tzinfo]:
    """'+07:00', 'UTC+7', '-0130', 'Z' or 'UTC' → a fixed offset; '' → None."""
    value = str(text or "").strip().upper().replace("UTC", "").replace("GMT", "")
    if not value or value == "Z":
        return UTC if str(text or "").strip() else None
    match = re.fullmatch(r"([+-])(\d{1,2})(?::?(\d{2}))?", value)
    if not match:
        raise ValueError(text)
    sign = -1 if match.group(1) == "-" else 1
    return datetime.timezone(sign * datetime.timedelta(hours=int(match.group(2)), minutes=int(match.group(3) or 0)))


def stored_time(moment: datetime.datetime) -> str:
    return moment.astimezone(UTC).strftime(STORED_TIME)


def unit_factor(unit) -> Optional[float]:
    """Centimetres per *unit*, or None when it is not a length."""
    key = str(unit or "").strip().lower().replace(".", "")
    return UNIT_TO_CM.get(key)


def quantity_of(text) -> Optional[str]:
    """depth, distance or level from a parameter/observed-property name; None for anything else."""
    lowered = str(text or "").strip().lower()
    if lowered in QUANTITIES:
        return lowered
    for quantity, words in QUANTITY_WORDS:
        if any(word in lowered for word in words):
            return quantity
    return None


def parse_number(value) -> Optional[float]:
    """A finite number, or None (empty, '0.26|0.27', 'n/a', NaN)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(value)
        except (TypeError, ValueError):
            text = str(value).strip()
            if not re.fullmatch(r"-?\d+,\d+", text):       # a decimal comma is the one other form read
                return None
            number = float(text.replace(",", "."))
    return number if math.isfinite(number) else None


def depth_cm(value_cm: float, quantity: str, sensor: SensorLevels) -> float:
    """Water depth above the road (cm) from a value already in centimetres."""
    if quantity == DISTANCE:
        if sensor.sensor_elev_m is None or sensor.road_surface_elev_m is None:
            raise BadReading(tr("{} measures distances but has no sensor level or road level, so the "
                                "depth cannot be computed. Fill them in on the sensor's form.").format(sensor.name))
        depth = sensor.sensor_elev_m * 100 - value_cm - sensor.road_surface_elev_m * 100
    elif quantity == LEVEL:
        if sensor.road_surface_elev_m is None:
            raise BadReading(tr("{} reports water levels but has no road level, so the depth cannot be "
                                "computed. Fill it in on the sensor's form.").format(sensor.name))
        depth = value_cm - sensor.road_surface_elev_m * 100
    else:
        depth = value_cm
    return depth + (sensor.depth_offset_cm or 0.0)


def alert_level(depth, thresholds) -> Optional[int]:
    if depth is None:
        return None
    return sum(1 for limit in thresholds if limit is not None and depth >= limit)
