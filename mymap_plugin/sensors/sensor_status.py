"""Each sensor's state from its readings: latest depth and alert level (from its own
thresholds), last-seen time, and online/offline (offline when nothing arrived for three
reporting intervals). Sensors that staff put into maintenance or stopped keep that status."""
import datetime

from ..errors import MyMapError
from ..i18n import tr
from ..sync.database import connect, transaction
from .reading_values import UTC, BadReading, NoTimeZone, alert_level, parse_time, stored_time

SILENT_INTERVALS = 3
KEPT_STATUSES = ("bao_tri", "ngung")      # set by staff; readings do not change them


def _moment(text):
    try:
        return parse_time(text, UTC)
    except (BadReading, NoTimeZone):
        return None


def update_sensor_status(ward, now=None) -> int:
    """Refresh last_seen, last_depth_cm, last_alert_level and operating_status of every sensor.
    *now*: the moment silence is measured to (default: the current time). Returns how many
    sensors changed."""
    now = now or datetime.datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    connection = connect(ward)
    changed = 0
    try:
        with transaction(connection):
            sensors = connection.execute(
                "SELECT fid, uuid, interval_normal_s, threshold_1_cm, threshold_2_cm, threshold_3_cm, "
                "operating_status, last_seen, last_depth_cm, last_alert_level FROM sensors").fetchall()
            for fid, uuid, interval, t1, t2, t3, status, *old in sensors:
                original_status = status
                seen = connection.execute(
                    "SELECT max(phenomenon_time) FROM sensor_readings WHERE station_uuid = ?", (uuid,)).fetchone()[0]
                latest = connection.execute(
                    "SELECT water_depth_cm FROM sensor_readings WHERE station_uuid = ? AND quality_flag <> 'loi' "
                    "AND water_depth_cm IS NOT NULL ORDER BY phenomenon_time DESC LIMIT 1", (uuid,)).fetchone()
                depth = latest[0] if latest else None
                level = alert_level(depth, (t1, t2, t3))
                seen_at = _moment(seen) if seen else None
                silent = seen_at is None or (now - seen_at).total_seconds() > SILENT_INTERVALS * (interval or 300)
                if status not in KEPT_STATUSES:
                    status = "mat_ket_noi" if silent else "hoat_dong"
                new = (stored_time(seen_at) if seen_at else None, depth, level, status)
                if new != (old[0], old[1], old[2], original_status):
                    connection.execute("UPDATE sensors SET last_seen = ?, last_depth_cm = ?, last_alert_level = ?, "
                                       "operating_status = ? WHERE fid = ?", (*new, fid))
                    changed += 1
    except Exception as error:      # sqlite3.Error or an I/O error: the transaction was rolled back
        raise MyMapError(tr("The sensors' state could not be updated in {}: {}").format(ward, error)) from None
    finally:
        connection.close()
    return changed
