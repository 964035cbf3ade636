"""A small read-only client for the OGC SensorThings API (v1.1), through QGIS's network stack.

Reads what the water-level features need: a Datastream's description (name,
unit, observed quantity, Thing) and its Observations, oldest first, page by
page, following ``@iot.nextLink``. Every request goes through
``QgsNetworkAccessManager``, so the proxy, SSL settings and authentication
configurations (``authcfg``) set in QGIS apply; it works in the main thread,
in a QgsTask's thread and in qgis_process.

What a broken or hostile server cannot get round:

- links (``@iot.nextLink``) and redirections are followed only over http or
  https to the same server (scheme, host and port) as the service address, so
  never to ``file:``, another host or another local service;
- an answer may hold at most *max_bytes* (after decompression); it is counted
  while it arrives and refused as soon as it is larger, never held whole;
- an answer that stops arriving for *timeout* seconds is given up;
- one import has an overall :class:`Deadline` shared by all its requests, so a
  server that sends one byte a second is stopped too.

Every problem is a :class:`SensorThingsError` whose ``kind`` says what went
wrong, so callers can keep what was already received and tell the user what to
do.

Ids: SensorThings ids are integers or strings; an ``int`` is written as is
(``Datastreams(7)``), a ``str`` is quoted (``Datastreams('abc')``), as the
standard requires.
"""
import json
import math
import time
import urllib.parse
import zlib
from datetime import datetime, timezone

from qgis.core import QgsApplication, QgsNetworkAccessManager
from qgis.PyQt.QtCore import QEventLoop, Qt, QTimer, QUrl
from qgis.PyQt.QtNetwork import QNetworkReply, QNetworkRequest

from ..errors import MyMapError
from ..i18n import tr

DEFAULT_TIMEOUT = 20                    # seconds without a byte before an answer is given up
DEFAULT_DEADLINE_S = 300                # seconds one import (all its requests) may take
DEFAULT_MAX_BYTES = 16 * 1024 * 1024    # the largest answer accepted (after decompression)
MAX_REDIRECTS = 5
KINDS = ("unreachable", "timeout", "http", "invalid_json", "loop", "too_many_pages", "deadline", "too_large",
         "foreign_link", "auth")
_ID_SAFE = "-._~"
_QUERY_SAFE = "$@,'():"
_DEFAULT_PORTS = {"http": 80, "https": 443}
_READ_BUFFER = 256 * 1024               # Qt holds at most this much unread; the rest waits in the socket
_CANCEL_POLL_MS = 200
_Attribute = QNetworkRequest.Attribute
_NoError = QNetworkReply.NetworkError.NoError


class SensorThingsError(MyMapError):
    """A SensorThings request failed.

    ``url`` is the address that failed, ``kind`` one of :data:`KINDS`;
    ``status`` is the HTTP status (kind ``'http'``), ``received`` how many
    items the generator had already yielded (the caller keeps them).
    """

    def __init__(self, message, url, kind, status=None, received=0):
        super().__init__(message)
        self.url = url
        self.kind = kind
        self.status = status
        self.received = received


class Deadline:
    """The time one import may take, from now: create one and pass it to every call of the import."""

    def __init__(self, seconds=None):
        self.seconds = DEFAULT_DEADLINE_S if seconds is None else float(seconds)
        self.ends = time.monotonic() + self.seconds

    def remaining(self) -> float:
        return self.ends - time.monotonic()

    def expire(self):
        """Once met (its timer fired), the deadline stays met, whatever the clock says."""
        self.ends = min(self.ends, time.monotonic())


def normalise_base_url(text) -> str:
    """The service address without trailing slashes; it must be an http(s) URL."""
    url = (text or "").strip().rstrip("/")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or _origin(url) is None:
        raise MyMapError(tr("The SensorThings address must start with http:// or https:// "
                            "(for example https://example.org/FROST-Server/v1.1), not “{text}”.").format(
            text=text or ""))
    return url


def _origin(url):
    """(scheme, host, port) of *url*, or None when it is not http(s) or Python and Qt read it differently."""
    try:
        parts = urllib.parse.urlsplit(url)
        scheme = parts.scheme.lower()
        port = parts.port
    except ValueError:
        return None
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    python_view = (scheme, parts.hostname.lower(), port if port is not None else _DEFAULT_PORTS[scheme])
    qurl = QUrl(url)
    if not qurl.isValid():
        return None
    qt_scheme = qurl.scheme().lower()
    qt_view = (qt_scheme, qurl.host().lower(), qurl.port(_DEFAULT_PORTS.get(qt_scheme, -1)))
    return python_view if python_view == qt_view else None


def entity_id(value) -> str:
    """*value* as a SensorThings id literal: ``7`` → ``7``, ``'abc'`` → ``'abc'`` (quoted, URL-encoded)."""
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise MyMapError(tr("A SensorThings id must be a whole number or a text, not “{value}”.").format(
            value=value))
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


def _megabytes(size) -> str:
    return "{:g}".format(round(size / (1024 * 1024), 2))


# ----------------------------------------------------------------------------- errors
def _timeout(url, timeout, base):
    return SensorThingsError(tr("The SensorThings server at {url} did not answer within {seconds} seconds. "
                                "Try again later or allow a longer waiting time.").format(
        url=base, seconds="{:g}".format(timeout)), url, "timeout")


def _unreachable(url, reason, base):
    return SensorThingsError(tr("Cannot reach the SensorThings server at {url} ({reason}). "
                                "Check the address and the network connection.").format(url=base, reason=reason),
                             url, "unreachable")


def _not_json(url):
    return SensorThingsError(tr("The answer from {url} is not JSON. Check that the address is that of a "
                                "SensorThings API (it usually ends with /v1.1).").format(url=url),
                             url, "invalid_json")


def _not_a_list(url):
    return SensorThingsError(tr("The answer from {url} is not a SensorThings list (it has no “value” array). "
                                "Check the address.").format(url=url), url, "invalid_json")


class _Cancelled(Exception):
    """The caller's *cancelled* returned True during a request."""


# ----------------------------------------------------------------------------- one answer
class _Transfer:
    """Receives one reply in a local event loop, within the size limit, the idle timeout and the deadline."""

    def __init__(self, reply, max_bytes, timeout, remaining, cancelled):
        self.reply = reply
        self.max_bytes = max_bytes
        self.cancelled = cancelled
        self.reason = None              # why the transfer was stopped here, if it was
        self.done = False
        self.parts = []
        self.size = self.raw_size = 0
        self.decoder = None
        self.encoding_known = False
        self.idle = QTimer()
        self.idle.setSingleShot(True)
        self.idle.setInterval(_milliseconds(timeout))
        self.overall = QTimer()
        self.overall.setTimerType(Qt.TimerType.PreciseTimer)
        self.overall.setSingleShot(True)
        self.overall.setInterval(_milliseconds(remaining))
        self.poll = QTimer()
        self.poll.setInterval(_CANCEL_POLL_MS)

    def run(self):
        loop = QEventLoop()
        self.reply.setReadBufferSize(_READ_BUFFER)
        self.idle.timeout.connect(self._idle)
        self.overall.timeout.connect(self._overall)
        self.poll.timeout.connect(self._poll)
        self.reply.metaDataChanged.connect(self._headers)
        self.reply.readyRead.connect(self._read)
        self.reply.finished.connect(loop.quit)
        self.idle.start()
        self.overall.start()
        if self.cancelled is not None:
            self.poll.start()
        if not self.reply.isFinished():
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        for timer in (self.idle, self.overall, self.poll):
            timer.stop()
            timer.timeout.disconnect()
        self.reply.metaDataChanged.disconnect(self._headers)
        self.reply.readyRead.disconnect(self._read)
        self.reply.finished.disconnect(loop.quit)
        self.done = True
        self._read()

    def stop(self, reason):
        if self.reason is None:
            self.reason = reason
            if not self.done:
                self.reply.abort()

    def _idle(self):
        self.stop("timeout")

    def _overall(self):
        self.stop("deadline")

    def body(self) -> bytes:
        if self.decoder is not None:
            rest = self.decoder.flush()
            self.size += len(rest)
            if self.size > self.max_bytes:
                self.reason = "too_large"
            self.parts.append(rest)
        return b"".join(self.parts)

    def _poll(self):
        try:
            stop = self.cancelled()
        except Exception:       # a caller's callback must not end the process from inside Qt's event loop
            stop = False
        if stop:
            self.stop("cancelled")

    def _headers(self):
        if not self.done:
            self.idle.start()
        length = self.reply.header(QNetworkRequest.KnownHeaders.ContentLengthHeader)
        if isinstance(length, int) and length > self.max_bytes:
            self.stop("too_large")

    def _read(self):
        """Everything Qt has received so far, decoded and counted; stops the transfer when over the limit."""
        if self.reason is not None:
            return
        if not self.done:
            self.idle.start()
        chunk = bytes(self.reply.readAll())
        if not chunk:
            return
        if not self.encoding_known:
            self.encoding_known = True
            encoding = bytes(self.reply.rawHeader(b"Content-Encoding")).decode("latin-1").strip().lower()
            if encoding in ("gzip", "x-gzip", "deflate"):
                self.decoder = zlib.decompressobj(wbits=47)     # gzip or zlib header, found out
            elif encoding not in ("", "identity"):
                self.stop("encoding")
                return
        self.raw_size += len(chunk)
        if self.raw_size > self.max_bytes:
            self.stop("too_large")
            return
        if self.decoder is not None:
            try:
                chunk = self.decoder.decompress(chunk, self.max_bytes - self.size + 1)
            except zlib.error:
                self.stop("encoding")
                return
            if self.decoder.unconsumed_tail:
                self.stop("too_large")
                return
        self.size += len(chunk)
        if self.size > self.max_bytes:
            self.stop("too_large")
            return
        self.parts.append(chunk)


def _milliseconds(seconds) -> int:
    return min(max(math.ceil(seconds * 1000), 1), 2 ** 31 - 1)


# ----------------------------------------------------------------------------- the client
class _Client:
    """GET requests to one SensorThings service, with its limits."""

    def __init__(self, base, timeout, authcfg, deadline, max_bytes, cancelled=None):
        self.base = base
        self.origin = _origin(base)
        self.timeout = timeout
        self.authcfg = authcfg or ""
        self.deadline = deadline if isinstance(deadline, Deadline) else Deadline(deadline)
        self.max_bytes = int(max_bytes)
        self.cancelled = cancelled

    def same_server(self, url) -> bool:
        return self.origin is not None and _origin(url) == self.origin

    def fetch_json(self, url):
        """The JSON document at *url*, following redirections on the same server."""
        for _redirect in range(MAX_REDIRECTS + 1):
            status, body, target = self._download(url)
            if target is None:
                break
            if not self.same_server(target):
                raise SensorThingsError(tr(
                    "The SensorThings server answered {url} with a redirection to {target}, but only redirections "
                    "on the same server (http or https, same host and port) are followed, so nothing was read from "
                    "there. If the service has moved, use its new address.").format(
                    url=url, target=target), target, "foreign_link", status=status)
            url = target
        else:
            raise SensorThingsError(tr("The SensorThings server redirected {url} more than {count} times, so "
                                       "reading stopped. Check the address.").format(url=url, count=MAX_REDIRECTS),
                                    url, "http", status=status)
        try:
            return json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise _not_json(url) from None

    def _deadline_error(self, url):
        return SensorThingsError(tr(
            "Reading from the SensorThings server at {base} stopped after {seconds} seconds, the time allowed for "
            "one import (the server may be very slow or sending without end). What was received before is kept; "
            "the next import continues from there.").format(base=self.base, seconds="{:g}".format(
                self.deadline.seconds)), url, "deadline")

    def _auth_error(self, url):
        return SensorThingsError(tr(
            "The authentication configuration “{authcfg}” could not be applied to the request to {base}, so "
            "nothing was sent. Check it in QGIS Settings › Options › Authentication (the master password may be "
            "needed).").format(authcfg=self.authcfg, base=self.base), url, "auth")

    def _download(self, url):
        """(HTTP status, body bytes, redirection target or None) of one GET of *url*."""
        if not self.same_server(url):
            raise SensorThingsError(tr("The address {url} is not on the SensorThings server {base}, so it was not "
                                       "read.").format(url=url, base=self.base), url, "foreign_link")
        remaining = self.deadline.remaining()
        if remaining <= 0:
            raise self._deadline_error(url)
        request = QNetworkRequest(QUrl(url))
        request.setRawHeader(b"Accept", b"application/json")
        # Asked for explicitly, so Qt does not inflate the answer itself: it is inflated here, within the limit.
        request.setRawHeader(b"Accept-Encoding", b"gzip, deflate")
        request.setAttribute(_Attribute.RedirectPolicyAttribute, QNetworkRequest.RedirectPolicy.ManualRedirectPolicy)
        request.setAttribute(_Attribute.CacheLoadControlAttribute, QNetworkRequest.CacheLoadControl.AlwaysNetwork)
        request.setAttribute(_Attribute.CacheSaveControlAttribute, False)
        auth = QgsApplication.authManager()
        if self.authcfg:
            updated = auth.updateNetworkRequest(request, self.authcfg)     # PyQGIS: (ok, the updated request)
            applied, request = updated if isinstance(updated, tuple) else (updated, request)
            if not applied:
                raise self._auth_error(url)
        reply = QgsNetworkAccessManager.instance().get(request)
        try:
            if self.authcfg and not auth.updateNetworkReply(reply, self.authcfg):
                reply.abort()
                raise self._auth_error(url)
            transfer = _Transfer(reply, self.max_bytes, self.timeout, remaining, self.cancelled)
            transfer.run()
            return self._outcome(url, reply, transfer)
        finally:
            reply.deleteLater()

    def _outcome(self, url, reply, transfer):
        if transfer.reason == "cancelled":
            raise _Cancelled
        if transfer.reason == "timeout":
            raise _timeout(url, self.timeout, self.base)
        if transfer.reason == "deadline":
            self.deadline.expire()
            raise self._deadline_error(url)
        if transfer.reason == "encoding":
            raise _not_json(url)
        status = reply.attribute(_Attribute.HttpStatusCodeAttribute)
        if transfer.reason is None and status is None:
            if reply.error() == QNetworkReply.NetworkError.OperationCanceledError:     # QGIS's own network timeout
                raise _timeout(url, QgsNetworkAccessManager.timeout() / 1000, self.base)
            raise _unreachable(url, reply.errorString(), self.base)
        body = transfer.body() if transfer.reason is None else b""
        if transfer.reason == "too_large":
            raise SensorThingsError(tr(
                "The answer from {url} is larger than {size} MB, the most accepted for one answer, so it was "
                "refused. What was received before is kept. If the server's pages are really this large, tell its "
                "operator.").format(url=url, size=_megabytes(self.max_bytes)), url, "too_large")
        if status in (301, 302, 303, 307, 308):
            target = reply.attribute(_Attribute.RedirectionTargetAttribute)
            if isinstance(target, QUrl) and not target.isEmpty():
                return status, None, bytes(reply.url().resolved(target).toEncoded()).decode("ascii")
        if status >= 300:
            reason = reply.attribute(_Attribute.HttpReasonPhraseAttribute) or ""
            if status == 404:
                message = tr("The SensorThings server has no such entity at {url} (HTTP 404). "
                             "Check the address and the id.").format(url=url)
            elif status in (401, 403, 407):
                message = tr("The SensorThings server refused access to {url} (HTTP {status} {reason}). Choose an "
                             "authentication configuration with a user allowed to read it.").format(
                    url=url, status=status, reason=reason)
            else:
                message = tr("The SensorThings server answered {url} with an error: HTTP {status} {reason}. "
                             "Try again later; if it persists, tell the server's operator.").format(
                    url=url, status=status, reason=reason)
            raise SensorThingsError(message, url, "http", status=status)
        if reply.error() != _NoError:
            raise _unreachable(url, reply.errorString(), self.base)
        return status, body, None


def _pages(client, first_url, max_pages, cancelled, what):
    """Yield the ``value`` list of each page from *first_url* on, following ``@iot.nextLink``.

    *what* is ``'observations'`` or ``'datastreams'`` (for the messages).
    """
    base_url = client.base
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
        try:
            document = client.fetch_json(url)
        except _Cancelled:
            return
        except SensorThingsError as error:
            error.received = received
            raise
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
        url = urllib.parse.urljoin(url, next_link.strip()) if next_link else None
        if url and not client.same_server(url):
            raise SensorThingsError(tr(
                "The SensorThings server at {base} sent a link to {url} for the next page, but only links on the "
                "same server (http or https, same host and port) are followed, so reading stopped there and nothing "
                "was read from that address. What was received before is kept.").format(base=base_url, url=url),
                url, "foreign_link", received=received)


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


def datastream_info(base_url, datastream_id, timeout=DEFAULT_TIMEOUT, authcfg="", deadline=None,
                    max_bytes=DEFAULT_MAX_BYTES) -> dict:
    """``{"id", "name", "unit", "quantity", "thing_id"}`` of one Datastream.

    *authcfg* is the id of a QGIS authentication configuration (or empty);
    *deadline* a :class:`Deadline` shared by the import's calls, or seconds
    (None: :data:`DEFAULT_DEADLINE_S`); *max_bytes* the largest answer accepted.
    """
    base = normalise_base_url(base_url)
    url = "{}/Datastreams({})?{}".format(base, entity_id(datastream_id), _query({"$expand": "ObservedProperty,Thing"}))
    document = _Client(base, timeout, authcfg, deadline, max_bytes).fetch_json(url)
    if not isinstance(document, dict) or "@iot.id" not in document:
        raise SensorThingsError(tr("The answer from {url} is not a SensorThings Datastream. "
                                   "Check the address and the id.").format(url=url), url, "invalid_json")
    return _datastream_dict(document)


def thing_datastreams(base_url, thing_id, timeout=DEFAULT_TIMEOUT, max_pages=1000, authcfg="", deadline=None,
                      max_bytes=DEFAULT_MAX_BYTES) -> list:
    """The Datastreams of one Thing, as :func:`datastream_info` dictionaries."""
    base = normalise_base_url(base_url)
    url = "{}/Things({})/Datastreams?{}".format(base, entity_id(thing_id), _query({"$expand": "ObservedProperty"}))
    client = _Client(base, timeout, authcfg, deadline, max_bytes)
    result = []
    for _url, values in _pages(client, url, max_pages, None, "datastreams"):
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
    time_text = item.get("phenomenonTime")
    if not isinstance(time_text, str) or not time_text:
        raise SensorThingsError(tr("The answer from {url} contains an observation without a time "
                                   "(phenomenonTime).").format(url=url), url, "invalid_json")
    if "/" in time_text:
        time_text = time_text.rsplit("/", 1)[1]
    return {"time": time_text, "value": item.get("result"), "id": item.get("@iot.id")}


def iter_observations(base_url, datastream_id, since=None, timeout=DEFAULT_TIMEOUT, page_size=1000,
                      max_pages=100000, cancelled=None, authcfg="", deadline=None, max_bytes=DEFAULT_MAX_BYTES):
    """Yield ``{"time", "value", "id"}`` for the Datastream's Observations, oldest first.

    *since* (datetime or ISO text) keeps only observations after it. ``time``
    is the phenomenonTime as sent (the end of an interval ``a/b``), ``value``
    the result as sent. *cancelled*, a callable, stops the reading quietly when
    it returns True (also during a request). *timeout* is how long an answer
    may stay silent; *authcfg*, *deadline* and *max_bytes* as for
    :func:`datastream_info` (one deadline for all the pages). Raises
    :class:`SensorThingsError`; whatever was yielded before stays valid.
    """
    base = normalise_base_url(base_url)
    first_url = observations_url(base, datastream_id, since, page_size)
    client = _Client(base, timeout, authcfg, deadline, max_bytes, cancelled)
    for url, values in _pages(client, first_url, max_pages, cancelled, "observations"):
        yield from [_observation(item, url) for item in values]
