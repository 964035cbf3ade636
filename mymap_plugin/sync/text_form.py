"""Text is compared in Unicode NFC, and date-times as instants.

Vietnamese keyboards and programs differ: "Hòa" may arrive precomposed (NFC) or
as a letter plus combining marks (NFD). Both look the same on screen; sync
treats them as the same value and stores the NFC form.

A date-time is one instant however it is spelled: GDAL writes ``2025-09-15T08:00:00.000Z``,
MyMap's own stamps ``2025-09-15T08:00:00Z``, some programs leave the zone out (a GeoPackage's
date-times are UTC) or give an offset, and a PostgreSQL shared map keeps the instant, not the
spelling. Sync treats every spelling of one instant as the same value (:func:`same`), so a value
that went through PostgreSQL is never taken for an edit or a conflict.
"""
import datetime
import re
import unicodedata

_DATE_TIME = re.compile(r"(\d{4}-\d\d-\d\d)[T ](\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?(Z|[+-]\d\d:?\d\d)?")


def nfc(value):
    """Text in NFC; other values unchanged."""
    if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
        return unicodedata.normalize("NFC", value)
    return value


def instant(value):
    """A date-time text as one spelling of its instant (``YYYY-MM-DDTHH:MM:SS.ffffffZ``, UTC; no zone
    means UTC), or None when *value* is not a date-time."""
    if not isinstance(value, str):
        return None
    match = _DATE_TIME.fullmatch(value.strip())
    if match is None:
        return None
    day, clock, fraction, zone = match.groups()
    try:
        moment = datetime.datetime.fromisoformat("{}T{}.{}".format(day, clock, (fraction or "0").ljust(6, "0")))
    except ValueError:
        return None
    if zone and zone != "Z":
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        moment -= sign * datetime.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def same(a, b) -> bool:
    """Equal values: text compared in NFC, date-times as instants."""
    if isinstance(a, str) and isinstance(b, str):
        if a == b or nfc(a) == nfc(b):
            return True
        moment = instant(a)
        return moment is not None and moment == instant(b)
    return a == b
