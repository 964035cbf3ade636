"""A small read-only client for the OGC SensorThings API (v1.1).

Reads what the water-level features need: a Datastream's description (name,
unit, observed quantity, Thing) and its Observations, oldest first, page by
page, following ``@iot.nextLink``. Standard library only (``urllib``,
``json``); proxies set in the environment are honoured. Every problem is a
:class:`SensorThingsError` whose ``kind`` says what went wrong, so callers can
keep what was already received and tell the user what to do.

Ids: SensorThings ids are integers or strings; an ``int`` is written as is
(``Datastreams(7)``), a ``str`` is quoted (``Datastreams('abc')``), as the
standard requires.
"""
import http.client
import json
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timezone

from ..errors import MyMapError
from ..i18n import tr

USER_AGENT = "MyMap QGIS plugin"
DEFAULT_TIMEOUT = 20
KINDS = ("unreachable", "timeout", "http", "invalid_json", "loop", "too_many_pages")
_ID_SAFE = "-._~"
_QUERY_SAFE = "$@,'():"


class SensorThingsError(MyMapError):
    """A SensorThings request failed.

    ``url`` is the address that failed, ``kind`` one of :data:`KINDS`;
    ``status`` is the HTTP status (kind ``'http'``), ``received`` how many
    items the generator had already yielded (kinds ``'loop'`` and
    ``'too_many_pages'``; the caller keeps them).
    """

    def __init__(self, message, url, kind, status=None, received=0):
        super().__init__(message)
        self.url = url
        self.kind = kind
        self.status = status
        self.received = received


def normalise_base_url(text) -> str:
    """The service address without trailing slashes; it must be an http(s) URL."""
    url = (text or "").strip().rstrip("/")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise MyMapError(tr("The SensorThings address must start with http:// or https:// "
                            "(for example https://example.org/FROST-Server/v1.1), not “{text}”.").format(text=text or ""))
    return url


def entity_id(value) -> str:
    """*value* as a SensorThings id literal: ``7`` → ``7``, ``'abc'`` → ``'abc'`` (quoted, URL-encoded)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise MyMapError(tr("A SensorThings id must be a whole number or a text, not “{value}”.").format(value=value))
    if isinstance(value, int):
        return str(value)
    return "'{}'".format(urllib.parse.quote(value.replace("'", "''"), safe=_ID_SAFE))


def utc_text(moment) -> str:
    """*moment* (a datetime or an ISO 8601 text) as ISO 8601 UTC with ``Z``; naive times are taken as UTC."""
    if isinstance(moment, str):
        try:
            text = moment.strip()
            moment = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text)
        except ValueError:
            raise MyMapError(tr("“{text}” is not a date and time (expected ISO 8601, for example "
                                "2024-05-01T07:30:00Z).").format(text=moment)) from None
    if not isinstance(moment, datetime):
        raise MyMapError(tr("“{text}” is not a date and time (expected ISO 8601, for example "
                            "2024-05-01T07:30:00Z).").format(text=moment))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds" if moment.microsecond else "seconds") + "Z"


def _query(params) -> str:
    return urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe=_QUERY_SAFE)


def _canonical(url) -> tuple:
    """A comparable form of *url*: same page whatever the parameter order or encoding; no ``$skip`` = ``$skip=0``."""
    parts = urllib.parse.urlsplit(url)
    pairs = sorted((key, value) for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
                   if not (key == "$skip" and value.strip() == "0"))
    return (parts.scheme.lower(), parts.netloc.lower(), urllib.parse.unquote(parts.path), tuple(pairs))


def _fetch_json(opener, url, timeout, base):
    """The JSON document at *url*; every failure becomes a :class:`SensorThingsError`.

    Messages about the connection name the service address *base*; the others the page's *url*.
    """
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/json"})
    try:
        with opener.open(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        error.close()
        if error.code == 404:
            message = tr("The SensorThings server has no such entity at {url} (HTTP 404). "
                         "Check the address and the id.").format(url=url)
        else:
            message = tr("The SensorThings server answered {url} with an error: HTTP {status} {reason}. "
                         "Try again later; if it persists, tell the server's operator.").format(
                url=url, status=error.code, reason=error.reason or "")
        raise SensorThingsError(message, url, "http", status=error.code) from None
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise _timeout(url, timeout, base) from None
        raise _unreachable(url, error.reason, base) from None
    except TimeoutError:
        raise _timeout(url, timeout, base) from None
    except (http.client.HTTPException, OSError) as error:
        raise _unreachable(url, error, base) from None
    try:
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise SensorThingsError(tr("The answer from {url} is not JSON. Check that the address is that of a "
                                   "SensorThings API (it usually ends with /v1.1).").format(url=url),
                                url, "invalid_json") from None


def _timeout(url, timeout, base):
    return SensorThingsError(tr("The SensorThings server at {url} did not answer within {seconds} seconds. "
                                "Try again later or allow a longer waiting time.").format(url=base, seconds=timeout),
                             url, "timeout")


def _unreachable(url, reason, base):
    reason = getattr(reason, "strerror", None) or str(reason) or type(reason).__name__
    return SensorThingsError(tr("Cannot reach the SensorThings server at {url} ({reason}). "
                                "Check the address and the network connection.").format(url=base, reason=reason),
                             url, "unreachable")


def _not_a_list(url):
    return SensorThingsError(tr("The answer from {url} is not a SensorThings list (it has no “value” array). "
                                "Check the address.").format(url=url), url, "invalid_json")


def _pages(base_url, first_url, timeout, max_pages, cancelled, what):
    """Yield the ``value`` list of each page from *first_url* on, following ``@iot.nextLink``.

    *what* is ``'observations'`` or ``'datastreams'`` (for the messages).
    """
    opener = urllib.request.build_opener()
    requested = set()
    url = first_url
    pages = received = 0
    while url:
        if cancelled is not None and cancelled():
            return
        key = _canonical(url)
        if key in requested:
            if what == "observations":
                message = tr("The SensorThings server at {base} sent a link back to a page it had already sent "
                             "(a paging loop), so reading stopped. {count} observations were received before "
                             "the loop.").format(base=base_url, count=received)
            else:
                message = tr("The SensorThings server at {base} sent a link back to a page it had already sent "
                             "(a paging loop), so reading stopped. {count} datastreams were received before "
                             "the loop.").format(base=base_url, count=received)
            raise SensorThingsError(message, url, "loop", received=received)
        if pages >= max_pages:
            if what == "observations":
                message = tr("Reading stopped after {pages} pages from the SensorThings server at {base}; more "
                             "remain. {count} observations were received; read from a later start time to get "
                             "the rest.").format(pages=pages, base=base_url, count=received)
            else:
                message = tr("Reading stopped after {pages} pages from the SensorThings server at {base}; more "
                             "remain. {count} datastreams were received.").format(
                    pages=pages, base=base_url, count=received)
            raise SensorThingsError(message, url, "too_many_pages", received=received)
        requested.add(key)
        document = _fetch_json(opener, url, timeout, base_url)
        pages += 1
        values = document.get("value") if isinstance(document, dict) else None
        if not isinstance(values, list) or not all(isinstance(item, dict) for item in values):
            raise _not_a_list(url)
        next_link = document.get("@iot.nextLink")
        if next_link is not None and not isinstance(next_link, str):
            raise _not_a_list(url)
        if cancelled is not None and cancelled():
            return
        yield url, values
        received += len(values)
        url = urllib.parse.urljoin(url, next_link) if next_link else None


def _datastream_dict(entity, thing_id=None) -> dict:
    unit = entity.get("unitOfMeasurement")
    unit = unit if isinstance(unit, dict) else {}
    observed = entity.get("ObservedProperty")
    thing = entity.get("Thing")
    if isinstance(thing, dict) and "@iot.id" in thing:
        thing_id = thing["@iot.id"]
    return {
        "id": entity.get("@iot.id"),
        "name": entity.get("name") or "",
        "unit": unit.get("symbol") or unit.get("name") or "",
        "quantity": (observed.get("name") or "") if isinstance(observed, dict) else "",
        "thing_id": thing_id,
    }


def datastream_info(base_url, datastream_id, timeout=DEFAULT_TIMEOUT) -> dict:
    """``{"id", "name", "unit", "quantity", "thing_id"}`` of one Datastream."""
    base = normalise_base_url(base_url)
    url = "{}/Datastreams({})?{}".format(base, entity_id(datastream_id), _query({"$expand": "ObservedProperty,Thing"}))
    document = _fetch_json(urllib.request.build_opener(), url, timeout, base)
    if not isinstance(document, dict) or "@iot.id" not in document:
        raise SensorThingsError(tr("The answer from {url} is not a SensorThings Datastream. "
                                   "Check the address and the id.").format(url=url), url, "invalid_json")
    return _datastream_dict(document)


def thing_datastreams(base_url, thing_id, timeout=DEFAULT_TIMEOUT, max_pages=1000) -> list:
    """The Datastreams of one Thing, as :func:`datastream_info` dictionaries."""
    base = normalise_base_url(base_url)
    url = "{}/Things({})/Datastreams?{}".format(base, entity_id(thing_id), _query({"$expand": "ObservedProperty"}))
    result = []
    for _url, values in _pages(base, url, timeout, max_pages, None, "datastreams"):
        result.extend(_datastream_dict(entity, thing_id) for entity in values)
    return result


def observations_url(base_url, datastream_id, since=None, page_size=1000) -> str:
    """The first page's URL of :func:`iter_observations`."""
    params = {"$orderby": "phenomenonTime asc", "$top": max(1, int(page_size)),
              "$select": "@iot.id,phenomenonTime,result"}
    if since is not None:
        params["$filter"] = "phenomenonTime gt {}".format(utc_text(since))
    return "{}/Datastreams({})/Observations?{}".format(normalise_base_url(base_url), entity_id(datastream_id),
                                                     _query(params))


def _observation(item, url) -> dict:
    time = item.get("phenomenonTime")
    if not isinstance(time, str) or not time:
        raise SensorThingsError(tr("The answer from {url} contains an observation without a time "
                                   "(phenomenonTime).").format(url=url), url, "invalid_json")
    if "/" in time:
        time = time.rsplit("/", 1)[1]
    return {"time": time, "value": item.get("result"), "id": item.get("@iot.id")}


def iter_observations(base_url, datastream_id, since=None, timeout=DEFAULT_TIMEOUT, page_size=1000,
                      max_pages=100000, cancelled=None):
    """Yield ``{"time", "value", "id"}`` for the Datastream's Observations, oldest first.

    *since* (datetime or ISO text) keeps only observations after it. ``time``
    is the phenomenonTime as sent (the end of an interval ``a/b``), ``value``
    the result as sent. *cancelled*, a callable, stops the reading quietly when
    it returns True. *timeout* applies to each network operation. Raises
    :class:`SensorThingsError`; whatever was yielded before stays valid.
    """
    base = normalise_base_url(base_url)
    first_url = observations_url(base, datastream_id, since, page_size)
    for url, values in _pages(base, first_url, timeout, max_pages, cancelled, "observations"):
        yield from [_observation(item, url) for item in values]
