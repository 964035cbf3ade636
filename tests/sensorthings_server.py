"""A local OGC SensorThings API (v1.1) server for tests.

Generated from data::

    datastreams = {1: {"name": "Level at the bridge", "unit": "cm", "quantity": "water depth",
                       "thing_id": 10, "observations": [("2024-05-01T00:00:00Z", 12.5), ...]}}
    with SensorThingsServer(datastreams, page_size=1000) as server:
        server.url        # http://127.0.0.1:PORT/v1.1
        server.requests   # every request target received ("/v1.1/Datastreams(1)/Observations?...")
        server.request_headers  # their headers (dicts), in the same order

or from recorded pages (``SensorThingsServer.from_recorded(folder)``, see
``tests/data/sensorthings/routes.json``).

Served (generated mode): ``/v1.1``, ``/v1.1/Datastreams(id)``,
``/v1.1/Datastreams(id)/Observations``, ``/v1.1/Things(id)``,
``/v1.1/Things(id)/Datastreams``; query options ``$top`` (capped at
*page_size*), ``$skip``, ``$orderby=phenomenonTime asc|desc``,
``$filter=phenomenonTime gt|ge|lt|le <ISO time>``, ``$select``,
``$expand=ObservedProperty,Thing``. Lists carry ``@iot.nextLink`` (with
``$skip``) while more remain. Ids: ``Datastreams(1)`` is the int key 1,
``Datastreams('abc')`` the str key "abc".

Problems to simulate:

- ``loop=True`` (or a page number N ≥ 1): the nextLink of page N (0-based;
  True means 1) points back to page N-1;
- ``delay=seconds``: sleep before answering each request;
- ``fail_after_pages=n``: HTTP 500 (or ``fail_status``) for every list page
  after the first *n*;
- ``broken_json=True``: bodies are truncated JSON; ``broken_json="no_value"``:
  lists are valid JSON without ``value``;
- ``next_links="absolute"`` (default), ``"relative"`` (``Observations?…``) or
  ``"root"`` (``/v1.1/…``);
- ``next_link_to=url``: every list page's ``@iot.nextLink`` is *url* (hostile
  links: ``file://…``, another port…);
- ``redirect_after_pages=n`` with ``redirect_to=url`` (or a callable
  ``(server, target) → url or None``, None: the page itself): list pages after
  the first *n* of a list are answered ``302 Found`` with ``Location: url``;
- ``gzip=True``: answers are gzip-compressed when the client accepts it;
- ``slow_after_pages=n``: list pages after the first *n* of a list are sent one byte every
  ``slow_byte_s`` seconds (1 by default), for at most ``slow_limit_s`` seconds;
- ``huge_after_pages=n``: list pages after the first *n* of a list are a JSON text of
  ``huge_bytes`` bytes that never closes, streamed in 1 MiB blocks
  (``huge_length=False`` sends no Content-Length; ``huge_gzip=True`` sends it
  gzip-compressed); ``bytes_sent`` counts what actually went out.

The special answers stop as soon as the client goes away or the server stops.

``RecordingProxy`` is a tiny HTTP proxy on 127.0.0.1 that records each request
and passes it to one local server, whatever host the request names.

Usable as a context manager or with ``start()`` / ``stop()`` in a fixture.
"""
import gzip
import http.client
import json
import re
import socket
import sys
import threading
import time
import urllib.parse
import zlib
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

VERSION_PATH = "/v1.1"
_ENTITY = re.compile(r"^/(Datastreams|Things)\((\d+|'(?:[^']|'')*')\)(?:/(Observations|Datastreams))?$")
_FILTER = re.compile(r"^\s*phenomenonTime\s+(gt|ge|lt|le)\s+(\S+)\s*$")
_COMPARE = {"gt": lambda a, b: a > b, "ge": lambda a, b: a >= b, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b}


class BadRequest(Exception):
    pass


def parse_time(text):
    """An aware datetime from ISO 8601 text (the end of an interval ``a/b``)."""
    text = text.strip().rsplit("/", 1)[-1]
    if text[-1:] in ("Z", "z"):
        text = text[:-1] + "+00:00"
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def parse_id(literal):
    """``7`` → 7, ``'a''b'`` → "a'b"."""
    if literal.startswith("'"):
        return literal[1:-1].replace("''", "'")
    return int(literal)


def id_literal(value):
    if isinstance(value, str):
        return "'{}'".format(urllib.parse.quote(value.replace("'", "''"), safe="-._~"))
    return str(value)


class SensorThingsServer:
    """A SensorThings server on 127.0.0.1 (a free port) in a daemon thread."""

    def __init__(self, datastreams=None, page_size=100, loop=False, delay=0, fail_after_pages=None, fail_status=500,
                 broken_json=False, next_links="absolute", next_link_to=None, redirect_after_pages=None,
                 redirect_to=None, slow_after_pages=None, slow_byte_s=1.0, slow_limit_s=30.0, huge_after_pages=None,
                 huge_bytes=400 * 1024 * 1024, huge_length=True, huge_gzip=False, gzip=False):
        self.datastreams = {}
        self.observations = {}
        next_observation_id = 1
        for key, data in (datastreams or {}).items():
            self.datastreams[key] = dict(data)
            rows = []
            for phenomenon_time, result in data.get("observations", []):
                rows.append({"@iot.id": next_observation_id, "phenomenonTime": phenomenon_time,
                             "resultTime": phenomenon_time.rsplit("/", 1)[-1], "result": result,
                             "_time": parse_time(phenomenon_time)})
                next_observation_id += 1
            self.observations[key] = rows
        self.page_size = page_size
        self.loop_page = (1 if loop is True else int(loop)) if loop else None
        self.delay = delay
        self.fail_after_pages = fail_after_pages
        self.fail_status = fail_status
        self.gzip = gzip
        self.broken_json = broken_json
        if next_links not in ("absolute", "relative", "root"):
            raise ValueError(next_links)
        self.next_links = next_links
        self.next_link_to = next_link_to
        self.redirect_after_pages = redirect_after_pages
        self.redirect_to = redirect_to
        self.slow_after_pages = slow_after_pages
        self.slow_byte_s = slow_byte_s
        self.slow_limit_s = slow_limit_s
        self.huge_after_pages = huge_after_pages
        self.huge_bytes = huge_bytes
        self.huge_length = huge_length
        self.huge_gzip = huge_gzip
        self.bytes_sent = 0
        self.stopping = threading.Event()
        self.recorded = None
        self.recorded_base = None
        self.requests = []
        self.request_headers = []
        self.pages_served = 0
        self._lock = threading.Lock()
        self._httpd = None
        self._thread = None
        self._port = None

    # ----------------------------------------------------------------- recorded pages
    @classmethod
    def from_recorded(cls, folder, **options):
        """A server answering from recorded page files.

        *folder* holds ``routes.json``::

            {"base_url": "https://recorded.example/FROST-Server/v1.1",
             "routes": {"/Datastreams(7)": "datastream_7.json",
                        "/Datastreams(7)/Observations?$skip=3": "observations_7_page2.json"}}

        A request matches a route when the path (after the version) is the same
        and the route's query parameters are among the request's; the most
        specific route wins. The recorded ``base_url`` in a file is replaced by
        this server's URL, so recorded nextLinks lead back here.
        """
        folder = Path(folder)
        index = json.loads((folder / "routes.json").read_text(encoding="utf-8"))
        server = cls(**options)
        server.recorded_base = index["base_url"].rstrip("/")
        server.recorded = []
        for route, filename in index["routes"].items():
            path, _, query = route.partition("?")
            params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
            server.recorded.append((urllib.parse.unquote(path), params, folder / filename))
        return server

    # ----------------------------------------------------------------- life cycle
    @property
    def url(self):
        return "http://127.0.0.1:{}{}".format(self.port, VERSION_PATH)

    @property
    def port(self):
        if self._port is None:
            raise RuntimeError("the server is not started")
        return self._port

    def start(self):
        self.stopping.clear()
        handler = type("Handler", (_Handler,), {"owner": self})
        self._httpd = _QuietServer(("127.0.0.1", 0), handler)
        self._port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join(timeout=5)
            self._httpd = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()

    def observation_requests(self):
        """The recorded requests for Observations pages."""
        return [target for target in self.requests if "/Observations" in target.split("?")[0]]

    # ----------------------------------------------------------------- answering
    def answer(self, target, headers=None):
        """(status, body text) for a request target such as ``/v1.1/Datastreams(1)?$expand=Thing``."""
        with self._lock:
            self.requests.append(target)
            self.request_headers.append(dict(headers or {}))
        if self.delay:
            time.sleep(self.delay)
        raw_path, _, query = target.partition("?")
        path = urllib.parse.unquote(raw_path)
        if not path.startswith(VERSION_PATH):
            return 404, json.dumps({"code": 404, "type": "error", "message": "Not found."})
        path = path[len(VERSION_PATH):] or "/"
        params = dict(urllib.parse.parse_qsl(query, keep_blank_values=True))
        try:
            if self.recorded is not None:
                return self._answer_recorded(path, params)
            return self._answer_generated(path, params)
        except (BadRequest, ValueError) as error:
            return 400, json.dumps({"code": 400, "type": "error", "message": str(error)})

    def _answer_recorded(self, path, params):
        best = None
        for route_path, route_params, file in self.recorded:
            if route_path == path and all(params.get(k) == v for k, v in route_params.items()):
                if best is None or len(route_params) > len(best[0]):
                    best = (route_params, file)
        if best is None:
            return 404, json.dumps({"code": 404, "type": "error", "message": "Nothing recorded for this path."})
        text = best[1].read_text(encoding="utf-8").replace(self.recorded_base, self.url)
        document = json.loads(text)
        if isinstance(document, dict) and "value" in document:
            return self._list_page(document)
        return self._body(200, text)

    def _answer_generated(self, path, params):
        if path == "/":
            return 200, json.dumps({"value": [{"name": name, "url": "{}/{}".format(self.url, name)}
                                              for name in ("Things", "Datastreams", "Observations")]})
        match = _ENTITY.match(path)
        if not match:
            return 404, json.dumps({"code": 404, "type": "error", "message": "Not found."})
        collection, key, sub = match.group(1), parse_id(match.group(2)), match.group(3)
        expand = [part.strip() for part in params.get("$expand", "").split(",") if part.strip()]
        if collection == "Datastreams":
            if key not in self.datastreams or isinstance(key, bool):
                return 404, json.dumps({"code": 404, "type": "error", "message": "Nothing found."})
            if sub == "Observations":
                rows = self._filtered_observations(key, params)
                return self._list(path, params, [self._select(self._observation_json(row), params) for row in rows])
            if sub is not None:
                return 404, json.dumps({"code": 404, "type": "error", "message": "Not found."})
            return self._body(200, json.dumps(self._datastream_json(key, expand)))
        things = {data.get("thing_id") for data in self.datastreams.values()}
        if key not in things:
            return 404, json.dumps({"code": 404, "type": "error", "message": "Nothing found."})
        if sub == "Datastreams":
            entities = [self._datastream_json(ds_key, expand) for ds_key, data in self.datastreams.items()
                        if data.get("thing_id") == key]
            return self._list(path, params, entities)
        if sub is not None:
            return 404, json.dumps({"code": 404, "type": "error", "message": "Not found."})
        return self._body(200, json.dumps(self._thing_json(key)))

    def _filtered_observations(self, key, params):
        rows = list(self.observations[key])
        if params.get("$filter"):
            match = _FILTER.match(params["$filter"])
            if not match:
                raise BadRequest("Unsupported $filter: {}".format(params["$filter"]))
            compare, limit = _COMPARE[match.group(1)], parse_time(match.group(2))
            rows = [row for row in rows if compare(row["_time"], limit)]
        order = params.get("$orderby", "").split()
        if order:
            if order[0] != "phenomenonTime" or (len(order) > 1 and order[1] not in ("asc", "desc")):
                raise BadRequest("Unsupported $orderby: {}".format(params["$orderby"]))
            rows.sort(key=lambda row: (row["_time"], row["@iot.id"]), reverse=len(order) > 1 and order[1] == "desc")
        return rows

    def _list(self, path, params, entities):
        top = int(params.get("$top", self.page_size))
        top = max(0, min(top, self.page_size))
        skip = max(0, int(params.get("$skip", 0)))
        document = {"value": entities[skip:skip + top]}
        page = skip // top if top else 0
        next_skip = skip + top if top and skip + top < len(entities) else None
        if self.loop_page is not None and top and page == self.loop_page:
            next_skip = (page - 1) * top
        if next_skip is not None:
            paging = {"$top": str(top), "$skip": str(next_skip)}
            document["@iot.nextLink"] = self._next_link(path, dict(params, **paging))
        return self._list_page(document, page)

    def _list_page(self, document, page=None):
        with self._lock:
            self.pages_served += 1
            served = self.pages_served
        if self.fail_after_pages is not None and served > self.fail_after_pages:
            return self.fail_status, json.dumps({"code": self.fail_status, "type": "error",
                                                 "message": "Simulated failure."})
        if self.next_link_to is not None:
            document["@iot.nextLink"] = self.next_link_to
        page = served - 1 if page is None else page      # 0-based: the page's place in its list
        if self.redirect_after_pages is not None and page >= self.redirect_after_pages:
            return 302, _Redirect(self.redirect_to, json.dumps(document))
        if self.slow_after_pages is not None and page >= self.slow_after_pages:
            return 200, _Slow(json.dumps(document))
        if self.huge_after_pages is not None and page >= self.huge_after_pages:
            return 200, _Huge()
        if self.broken_json == "no_value":
            document = {key: value for key, value in document.items() if key != "value"}
            document["values"] = []
        return self._body(200, json.dumps(document))

    def _body(self, status, text):
        if not isinstance(text, str):
            return status, text
        if self.broken_json and self.broken_json != "no_value":
            text = text[:max(1, len(text) // 2)]
        return status, text

    def _next_link(self, path, params):
        query = urllib.parse.urlencode(params, quote_via=urllib.parse.quote, safe="$,@'():")
        encoded_path = urllib.parse.quote(path, safe="/()',")
        if self.next_links == "relative":
            return "{}?{}".format(encoded_path.rsplit("/", 1)[-1], query)
        if self.next_links == "root":
            return "{}{}?{}".format(VERSION_PATH, encoded_path, query)
        return "{}{}?{}".format(self.url, encoded_path, query)

    # ----------------------------------------------------------------- entities
    def _select(self, entity, params):
        if not params.get("$select"):
            return entity
        wanted = {name.strip() for name in params["$select"].split(",")}
        wanted |= {"@iot.id"} if "id" in wanted else set()
        return {key: value for key, value in entity.items() if key in wanted}

    def _observation_json(self, row):
        entity = {key: value for key, value in row.items() if not key.startswith("_")}
        entity["@iot.selfLink"] = "{}/Observations({})".format(self.url, row["@iot.id"])
        return entity

    def _thing_json(self, key):
        link = "{}/Things({})".format(self.url, id_literal(key))
        return {"@iot.selfLink": link, "@iot.id": key, "name": "Thing {}".format(key), "description": "",
                "properties": {}, "Datastreams@iot.navigationLink": link + "/Datastreams"}

    def _datastream_json(self, key, expand):
        data = self.datastreams[key]
        link = "{}/Datastreams({})".format(self.url, id_literal(key))
        unit = data.get("unit", "")
        entity = {
            "@iot.selfLink": link, "@iot.id": key, "name": data.get("name", ""),
            "description": data.get("description", ""),
            "observationType": "http://www.opengis.net/def/observationType/OGC-OM/2.0/OM_Measurement",
            "unitOfMeasurement": {"name": data.get("unit_name", unit), "symbol": unit, "definition": ""},
            "Observations@iot.navigationLink": link + "/Observations",
            "ObservedProperty@iot.navigationLink": link + "/ObservedProperty",
            "Thing@iot.navigationLink": link + "/Thing",
        }
        if "ObservedProperty" in expand:
            entity["ObservedProperty"] = {"@iot.id": "op-{}".format(key), "name": data.get("quantity", ""),
                                          "definition": "", "description": ""}
        if "Thing" in expand and data.get("thing_id") is not None:
            entity["Thing"] = self._thing_json(data["thing_id"])
        return entity


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def get_request(self):
        """Headers and body go out as written, as real servers send them: without TCP_NODELAY a kept-alive
        connection waits for the client's delayed ACK (40 ms) before each answer's body."""
        connection, address = super().get_request()
        connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return connection, address

    def handle_error(self, request, client_address):
        """Clients that give up (timeouts) are expected: say nothing about them, report the rest."""
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    owner = None
    protocol_version = "HTTP/1.1"

    def do_GET(self):  # http.server's naming
        status, text = self.owner.answer(self.path, self.headers)
        if isinstance(text, _Special):
            text.send(self, status)
            return
        body = text.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        if self.owner.gzip and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
        """Keep the test output quiet."""


# --------------------------------------------------------------------------------- special answers
class _Special:
    """An answer the handler sends itself (slowly, endlessly, as a redirection)."""

    def send(self, handler, status):
        raise NotImplementedError


class _Redirect(_Special):
    def __init__(self, location, page):
        self.location = location
        self.page = page

    def send(self, handler, status):
        location = self.location(handler.owner, handler.path) if callable(self.location) else self.location
        if location is None:
            body = self.page.encode("utf-8")
            handler.send_response(200)
            handler.send_header("Content-Type", "application/json; charset=utf-8")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            handler.wfile.write(body)
            return
        body = b'{"message": "Moved."}'
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)


class _Slow(_Special):
    """A correct page, one byte every ``slow_byte_s`` seconds."""

    def __init__(self, text):
        self.body = text.encode("utf-8")

    def send(self, handler, status):
        owner = handler.owner
        handler.close_connection = True
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json; charset=utf-8")
        handler.send_header("Content-Length", str(len(self.body)))
        handler.end_headers()
        ends = time.monotonic() + owner.slow_limit_s
        try:
            handler.wfile.flush()
            for index in range(len(self.body)):
                if owner.stopping.wait(owner.slow_byte_s) or time.monotonic() > ends:
                    return
                handler.wfile.write(self.body[index:index + 1])
                handler.wfile.flush()
                with owner._lock:
                    owner.bytes_sent += 1
        except OSError:
            return      # the client gave up


class _Huge(_Special):
    """``huge_bytes`` of JSON text (a string that never closes), sent as fast as the client takes it."""

    BLOCK = 1024 * 1024

    def send(self, handler, status):
        owner = handler.owner
        handler.close_connection = True
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json; charset=utf-8")
        if owner.huge_gzip:
            handler.send_header("Content-Encoding", "gzip")
        elif owner.huge_length:
            handler.send_header("Content-Length", str(owner.huge_bytes))
        handler.send_header("Connection", "close")
        handler.end_headers()
        compressor = zlib.compressobj(9, zlib.DEFLATED, 31) if owner.huge_gzip else None
        head = b'{"value": [], "padding": "'
        left = owner.huge_bytes
        block = head + b"x" * (self.BLOCK - len(head))
        try:
            while left > 0 and not owner.stopping.is_set():
                data = block[:left]
                left -= len(data)
                block = b"x" * self.BLOCK
                if compressor is not None:
                    data = compressor.compress(data) + (compressor.flush() if left <= 0 else b"")
                handler.wfile.write(data)
                with owner._lock:
                    owner.bytes_sent += len(data)
        except OSError:
            return      # the client gave up: that is the point


# --------------------------------------------------------------------------------- a proxy
class RecordingProxy:
    """An HTTP proxy on 127.0.0.1 (a free port) that records every request (absolute-form target and
    headers) and passes it on to the local server at 127.0.0.1:*target_port*, whatever host it names.

    At most *max_requests* requests are passed on; later ones get 503."""

    def __init__(self, target_port, max_requests=50):
        self.target_port = target_port
        self.max_requests = max_requests
        self.requests = []
        self.request_headers = []
        self._lock = threading.Lock()
        self._httpd = None
        self._thread = None

    @property
    def port(self):
        return self._httpd.server_address[1]

    def start(self):
        handler = type("ProxyHandler", (_ProxyHandler,), {"owner": self})
        self._httpd = _QuietServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self):
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join(timeout=5)
            self._httpd = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()


class _ProxyHandler(BaseHTTPRequestHandler):
    owner = None
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        owner = self.owner
        with owner._lock:
            owner.requests.append(self.path)
            owner.request_headers.append(dict(self.headers))
            allowed = len(owner.requests) <= owner.max_requests
        parts = urllib.parse.urlsplit(self.path)
        if not allowed or parts.scheme != "http":
            self._answer(400 if allowed else 503, b"{}", {"Content-Type": "application/json"})
            return
        target = urllib.parse.urlunsplit(("", "", parts.path, parts.query, ""))
        headers = {key: value for key, value in self.headers.items()
                   if key.lower() not in ("host", "proxy-connection", "proxy-authorization", "connection")}
        connection = http.client.HTTPConnection("127.0.0.1", owner.target_port, timeout=10)
        try:
            connection.request("GET", target, headers=headers)
            response = connection.getresponse()
            body = response.read()
            passed = {key: value for key, value in response.getheaders()
                      if key.lower() in ("content-type", "location", "content-encoding")}
            self._answer(response.status, body, passed)
        finally:
            connection.close()

    def _answer(self, status, body, headers):
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):  # noqa: A002 (http.server's signature)
        """Keep the test output quiet."""
