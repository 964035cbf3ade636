"""Addresses of a shared map in PostgreSQL/PostGIS, and connecting to them.

A working copy remembers where its shared map is as one line of text. For PostgreSQL that line is a
libpq connection string plus MyMap's own keys, for example ``service=city schema=ward_12103``:

- ``schema=`` names the ward's schema (one database holds many wards);
- ``authcfg=`` names a QGIS authentication configuration that holds the user name and password;
- ``qgis_connection=`` names a PostgreSQL connection saved in QGIS (Browser ▸ PostgreSQL).

These keys are MyMap's (libpq refuses them) and are taken out before libpq sees the string. The
address is also accepted as a ``postgresql://`` URI, with a ``postgresql:`` prefix, or as the bare
name of a QGIS connection; it is always stored in the keyword form above.

Why the care with passwords: the address is written into working copies, backups, bundles and logs,
which people copy and send around. A password is therefore never accepted in an address. It belongs
in ``pg_service.conf``/``.pgpass`` (read by libpq), or in QGIS's encrypted authentication database
(``authcfg``), or in a QGIS connection; the last two are read in memory when connecting and handed to
libpq directly, never written into a string MyMap keeps.

Connections get TCP keepalives and an idle-in-transaction time-out, so a laptop that vanishes in
the middle of a sync frees its ward (and the ward's lock) within minutes, and an ``application_name``
that names the editor, so a waiting sync can say who holds the ward (``ward_lock``).
"""
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import psycopg2
from psycopg2.extensions import make_dsn, parse_dsn

from ..errors import MyMapError
from ..i18n import tr
from . import ward_lock

SCHEMA_KEY = "schema"
AUTHCFG_KEY = "authcfg"
CONNECTION_KEY = "qgis_connection"
MYMAP_KEYS = (SCHEMA_KEY, AUTHCFG_KEY, CONNECTION_KEY)
SECRET_KEYS = ("password", "sslpassword")
PREFIX = "postgresql:"
URI_SCHEMES = ("postgresql://", "postgres://")

# Connection settings MyMap adds unless the address sets them itself.
CONNECT_DEFAULTS = (("connect_timeout", "10"), ("keepalives", "1"), ("keepalives_idle", "30"),
                    ("keepalives_interval", "10"), ("keepalives_count", "3"))
IDLE_IN_TRANSACTION_MS = 120000
# TimeZone: a date-time without a zone is UTC, as in a GeoPackage, whatever the server's own zone.
SESSION_OPTIONS = "-c idle_in_transaction_session_timeout={} -c TimeZone=UTC".format(IDLE_IN_TRANSACTION_MS)

_FILE_SUFFIX = re.compile(r"\.(gpkg|sqlite|db)\s*$", re.IGNORECASE)


class _BadSyntax(ValueError):
    """A keyword string libpq would not read; the message names keys, never values."""


@dataclass(frozen=True)
class PostgresAddress:
    """Where a shared map lives in PostgreSQL. Holds no password, ever.

    ``dsn`` is what libpq gets (without ``schema``, ``authcfg`` and password); for a QGIS connection
    it is that connection's server, database and user as saved in QGIS when the address was read.
    """

    dsn: str
    schema: str = ""
    connection_name: str = ""
    authcfg: str = ""

    def __post_init__(self):
        if self.dsn and any(key in SECRET_KEYS for key in parse_dsn(self.dsn)):
            raise _password_refused()

    @property
    def text(self) -> str:
        """The address as a working copy stores it, e.g. ``service=city schema=ward_12103``."""
        if self.connection_name:
            parts = [_keyword(CONNECTION_KEY, self.connection_name)]
        else:
            parts = [self.dsn] if self.dsn else []
            if self.authcfg:
                parts.append(_keyword(AUTHCFG_KEY, self.authcfg))
        if self.schema:
            parts.append(_keyword(SCHEMA_KEY, self.schema))
        return " ".join(parts)

    @property
    def display(self) -> str:
        """Short form for messages: ``ward_12103 @ service=city``."""
        if self.connection_name:
            where = tr("QGIS connection “{}”").format(self.connection_name)
        else:
            where = self.dsn or tr("the default PostgreSQL server")
        return "{} @ {}".format(self.schema, where) if self.schema else where

    def __str__(self):
        return self.display


# --- recognising and reading addresses -----------------------------------------------------------------

def is_postgres_address(text) -> bool:
    """True when *text* is a PostgreSQL address (keyword string, ``postgresql://`` URI, or ``postgresql:``
    followed by either), False for a file path. Reads nothing but the text."""
    text = str(text or "").strip()
    lowered = text.lower()
    if lowered.startswith(URI_SCHEMES):
        return True
    if lowered.startswith(PREFIX):
        return bool(text[len(PREFIX):].strip())
    if not text or "=" not in text or _FILE_SUFFIX.search(text):
        return False
    try:
        pairs = _keyword_pairs(text)
        _libpq_dsn([(key, value) for key, value in pairs if key not in MYMAP_KEYS])
    except (_BadSyntax, psycopg2.ProgrammingError):
        return False
    return bool(pairs)


def parse_address(text, schema="") -> PostgresAddress:
    """The :class:`PostgresAddress` written in *text*; *schema* is used when the text names none.

    Accepts ``key=value`` strings (libpq's, plus ``schema=``, ``authcfg=`` and ``qgis_connection=``),
    ``postgresql://``/``postgres://`` URIs (``?schema=…`` allowed), either after ``postgresql:``, and the
    name of a PostgreSQL connection saved in QGIS. A password anywhere is refused."""
    body = str(text or "").strip()
    if body.lower().startswith(PREFIX) and not body.lower().startswith(URI_SCHEMES):
        body = body[len(PREFIX):].strip()
    if not body:
        raise MyMapError(tr("The shared map's PostgreSQL address is empty. Write it as “service=… schema=…”, "
                            "“host=… dbname=… schema=…”, or the name of a PostgreSQL connection saved in QGIS."))
    if body.lower().startswith(URI_SCHEMES):
        pairs = _uri_pairs(body)
    elif "=" in body:
        try:
            pairs = _keyword_pairs(body)
        except _BadSyntax as error:
            if any(key in body.lower() for key in SECRET_KEYS):
                raise _password_refused() from None     # the sentence would quote a piece of it
            raise MyMapError(tr("The shared map's address is not a valid PostgreSQL connection string: {}. Write "
                                "it as key=value pairs separated by spaces, e.g. “service=city "
                                "schema=ward_12103”, and put values with spaces in single quotes.")
                             .format(error)) from None
    else:
        pairs = [(CONNECTION_KEY, body)]
    return _address_from_pairs(pairs, schema)


def _address_from_pairs(pairs, schema):
    if any(key in SECRET_KEYS for key, _value in pairs):
        raise _password_refused()
    mine = {key: value for key, value in pairs if key in MYMAP_KEYS}
    libpq_pairs = [(key, value) for key, value in pairs if key not in MYMAP_KEYS]
    named_schema = mine.get(SCHEMA_KEY, "").strip()
    schema = (schema or "").strip()
    if named_schema and schema and named_schema != schema:
        raise MyMapError(tr("The shared map's address names the schema {} but {} was asked for. Give the ward's "
                            "schema once.").format(named_schema, schema))
    schema = named_schema or schema
    name = mine.get(CONNECTION_KEY, "").strip()
    if name:
        if libpq_pairs or mine.get(AUTHCFG_KEY):
            raise MyMapError(tr("The shared map's address names the QGIS connection “{}” and other connection "
                                "settings too. Give either the QGIS connection's name (with schema=…) or the "
                                "connection settings, not both.").format(name))
        saved = _saved_connection(name)
        return PostgresAddress(saved["dsn"], schema, name, saved["authcfg"])
    try:
        dsn = _libpq_dsn(libpq_pairs)
    except psycopg2.ProgrammingError as error:
        raise MyMapError(tr("The shared map's address is not a valid PostgreSQL connection string ({}). Check "
                            "the spelling of its keys: host, port, dbname, user, service, sslmode…")
                         .format(_libpq_reason(error))) from None
    return PostgresAddress(dsn, schema, "", mine.get(AUTHCFG_KEY, "").strip())


def _password_refused():
    return MyMapError(tr("The shared map's address contains a password. MyMap does not keep passwords in "
                         "addresses, which are written into working copies and backups: put the password in "
                         "pg_service.conf or .pgpass, or in a QGIS authentication configuration and write "
                         "authcfg=<its id> in the address. Nothing was stored."))


def _libpq_dsn(pairs):
    """The keyword string libpq reads (checked by libpq's own parser, which reads no file)."""
    if not pairs:
        return ""
    return make_dsn(**dict(pairs))


def _libpq_reason(error):
    return str(error).strip().replace("invalid dsn: ", "")


def _keyword(key, value):
    """``key=value`` quoted as libpq reads it."""
    text = str(value)
    if text and not any(character.isspace() or character in "'\\" for character in text):
        return "{}={}".format(key, text)
    return "{}='{}'".format(key, text.replace("\\", "\\\\").replace("'", "\\'"))


def _keyword_pairs(text):
    """``[(key, value)]`` of a libpq keyword string, read by libpq's rules (spaces around ``=``, values in
    single quotes, backslash escapes). Errors name keys, never values (a value may be a password)."""
    pairs = []
    position, end = 0, len(text)
    while True:
        while position < end and text[position].isspace():
            position += 1
        if position >= end:
            return pairs
        start = position
        while position < end and text[position] != "=" and not text[position].isspace():
            position += 1
        key = text[start:position]
        while position < end and text[position].isspace():
            position += 1
        if position >= end or text[position] != "=" or not key:
            raise _BadSyntax(tr("“=” is missing after “{}”").format(key or text[start:start + 1]))
        position += 1
        while position < end and text[position].isspace():
            position += 1
        value, position = _keyword_value(text, position, key)
        pairs.append((key, value))


def _keyword_value(text, position, key):
    characters, end = [], len(text)
    quoted = position < end and text[position] == "'"
    if quoted:
        position += 1
    while position < end:
        character = text[position]
        if character == "\\" and position + 1 < end:
            characters.append(text[position + 1])
            position += 2
            continue
        if (quoted and character == "'") or (not quoted and character.isspace()):
            return "".join(characters), position + 1
        characters.append(character)
        position += 1
    if quoted:
        raise _BadSyntax(tr("the quoted value of “{}” has no closing quote").format(key))
    return "".join(characters), position


def _uri_pairs(uri):
    """``[(key, value)]`` of a ``postgresql://`` URI, with MyMap's keys taken from its query string. The
    rest of the query goes to libpq as written (libpq reads ``+`` as a plus sign, not a space)."""
    bad = tr("The shared map's address is not a valid PostgreSQL URI ({}). Write it as "
             "postgresql://user@host:port/database?schema=ward_12103.")
    base, _mark, query = uri.partition("?")
    kept, mine = [], []
    for item in filter(None, query.split("&")):
        raw_key, _equals, raw_value = item.partition("=")
        key = unquote(raw_key)
        if key in SECRET_KEYS:
            return [(key, "")]
        if key in MYMAP_KEYS:
            mine.append((key, unquote(raw_value)))
        else:
            kept.append(item)
    try:
        has_password = urlsplit(base).password is not None
    except ValueError:
        raise MyMapError(bad.format(tr("its server part cannot be read"))) from None
    if has_password:
        return [(SECRET_KEYS[0], "")]
    try:
        libpq = parse_dsn(base + ("?" + "&".join(kept) if kept else ""))
    except psycopg2.ProgrammingError as error:
        raise MyMapError(bad.format(_libpq_reason(error))) from None
    return list(libpq.items()) + mine


# --- QGIS's saved connections and authentication configurations ----------------------------------------

def _postgres_metadata():
    from qgis.core import QgsProviderRegistry
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        raise MyMapError(tr("QGIS's PostgreSQL provider is not available, so QGIS connections cannot be read. "
                            "Write the address as “service=… schema=…” or “host=… dbname=… schema=…”."))
    return metadata


def saved_connection_names():
    """Names of the PostgreSQL connections saved in QGIS, sorted."""
    from qgis.core import QgsProviderConnectionException
    try:
        return sorted(_postgres_metadata().connections(False))
    except QgsProviderConnectionException:
        return []


def _saved_connection(name, with_secrets=False):
    """A saved QGIS connection as ``{"dsn", "authcfg"}`` (and ``"user"``/``"password"`` with *with_secrets*,
    only for connecting)."""
    from qgis.core import QgsDataSourceUri, QgsProviderConnectionException
    try:
        connections = _postgres_metadata().connections(False)
    except QgsProviderConnectionException as error:
        raise MyMapError(tr("QGIS's PostgreSQL connections could not be read ({}).").format(error)) from None
    if name not in connections:
        known = sorted(connections)
        if known:
            raise MyMapError(tr("QGIS has no PostgreSQL connection named “{}”. The saved connections are: {}. "
                                "Use one of these names, or write the address as “service=… schema=…”.")
                             .format(name, ", ".join("“{}”".format(n) for n in known)))
        raise MyMapError(tr("QGIS has no PostgreSQL connection named “{}” (no PostgreSQL connection is saved in "
                            "QGIS). Add one in QGIS's Browser, or write the address as “service=… schema=…”.")
                         .format(name))
    uri = QgsDataSourceUri(connections[name].uri())
    pairs = [("service", uri.service()), ("host", uri.host()), ("port", uri.port()), ("dbname", uri.database()),
             ("user", uri.username())]
    ssl_mode = QgsDataSourceUri.encodeSslMode(uri.sslMode())
    if ssl_mode and ssl_mode != "prefer":           # libpq's default: left out of the address
        pairs.append(("sslmode", ssl_mode))
    saved = {"dsn": _libpq_dsn([(key, value) for key, value in pairs if value]), "authcfg": uri.authConfigId()}
    if with_secrets:
        saved.update(user=uri.username(), password=uri.password())
    return saved


def _authcfg_credentials(authcfg):
    """``{"user", "password"}`` of a QGIS authentication configuration, decrypted in memory."""
    from qgis.core import QgsApplication, QgsAuthMethodConfig
    manager = QgsApplication.authManager()
    loaded = manager.loadAuthenticationConfig(authcfg, QgsAuthMethodConfig(), True)
    ok, config = loaded if isinstance(loaded, tuple) else (loaded, None)
    if not ok or config is None or not config.isValid():
        raise MyMapError(tr("The QGIS authentication configuration “{}” of the shared map could not be read. "
                            "Check that it exists (Settings ▸ Options ▸ Authentication) and that QGIS's master "
                            "password was entered.").format(authcfg))
    if config.method() != "Basic":
        raise MyMapError(tr("The QGIS authentication configuration “{}” is of type {}; for a PostgreSQL shared "
                            "map MyMap reads user name and password configurations (Basic).")
                         .format(authcfg, config.method()))
    credentials = {}
    if config.config("username"):
        credentials["user"] = config.config("username")
    if config.config("password"):
        credentials["password"] = config.config("password")
    return credentials


def _credentials(address):
    """User and password to give libpq beside the address, read now and kept in memory only."""
    authcfg = address.authcfg
    saved = {}
    if address.connection_name:
        saved = _saved_connection(address.connection_name, with_secrets=True)
        authcfg = saved["authcfg"]
    if authcfg:
        return _authcfg_credentials(authcfg)
    return {key: saved[key] for key in ("user", "password") if saved.get(key)}


# --- connecting --------------------------------------------------------------------------------------

def connect(address, editor="", application="mymap", connect_timeout=None):
    """A psycopg2 connection (not autocommit) to the shared map at *address* (text or
    :class:`PostgresAddress`), with keepalives, an idle-in-transaction time-out, and an
    ``application_name`` naming *editor* on this computer (``ward_lock.application_name``)."""
    if not isinstance(address, PostgresAddress):
        address = parse_address(address)
    parameters = parse_dsn(address.dsn) if address.dsn else {}
    for key, value in CONNECT_DEFAULTS:
        parameters.setdefault(key, value)
    if connect_timeout is not None:
        parameters["connect_timeout"] = str(int(connect_timeout))
    parameters["options"] = " ".join(filter(None, [parameters.get("options", ""), SESSION_OPTIONS]))
    parameters["application_name"] = ward_lock.application_name(editor) if editor else application
    parameters.update(_credentials(address))
    try:
        connection = psycopg2.connect(**parameters)
    except psycopg2.OperationalError as error:
        raise connection_error(error, address) from None
    connection.autocommit = False
    return connection


def connection_error(error, address):
    """A user's sentence (a :class:`MyMapError`) for libpq's failure to connect to *address*."""
    reason = " ".join(str(error).split())
    text = reason.lower()
    where = address.display if isinstance(address, PostgresAddress) else str(address)
    if "password" in text or "authentication failed" in text or "no password supplied" in text:
        return MyMapError(tr("The PostgreSQL server of the shared map {} refused the user name or password. "
                             "MyMap reads passwords from pg_service.conf or .pgpass, or from a QGIS "
                             "authentication configuration (authcfg=…) or QGIS connection: check the password "
                             "there ({}).").format(where, reason))
    if "does not exist" in text and "database" in text:
        return MyMapError(tr("The database of the shared map {} does not exist on its PostgreSQL server. Check "
                             "dbname= in the address (or in pg_service.conf).").format(where))
    if "does not exist" in text and "role" in text:
        return MyMapError(tr("The PostgreSQL server of the shared map {} has no such user. Check user= in the "
                             "address (or in pg_service.conf, or the QGIS authentication configuration).")
                          .format(where))
    if "service" in text and ("not found" in text or "definition" in text):
        return MyMapError(tr("The PostgreSQL service of the shared map {} is not defined ({}). Check the "
                             "service's name and the pg_service.conf file (PGSERVICEFILE or ~/.pg_service.conf).")
                          .format(where, reason))
    if any(word in text for word in ("could not connect", "connection refused", "timeout expired", "timed out",
                                     "could not translate host name", "no route", "network is unreachable",
                                     "no such file or directory")):
        return MyMapError(tr("The PostgreSQL server of the shared map {} cannot be reached ({}). Check the host "
                             "and port in the address (or in pg_service.conf), that the server is running and "
                             "that this computer may connect to it.").format(where, reason))
    return MyMapError(tr("Could not connect to the PostgreSQL server of the shared map {} ({}).")
                      .format(where, reason))


# --- QGIS layers -------------------------------------------------------------------------------------

def qgis_uri(address, table, geometry_column="geom", key="fid") -> str:
    """A data source QGIS's ``postgres`` provider opens for *table* of the address's schema: the same
    server (service, host, port, database, user) and ``authcfg``, never a password."""
    from qgis.core import QgsDataSourceUri
    if not isinstance(address, PostgresAddress):
        address = parse_address(address)
    parameters = parse_dsn(address.dsn) if address.dsn else {}
    authcfg = address.authcfg
    ssl_mode = QgsDataSourceUri.decodeSslMode(parameters.get("sslmode", "prefer"))
    uri = QgsDataSourceUri()
    if parameters.get("service"):
        uri.setConnection(parameters["service"], parameters.get("dbname", ""), parameters.get("user", ""), "",
                          ssl_mode, authcfg)
    else:
        uri.setConnection(parameters.get("host", ""), parameters.get("port", ""), parameters.get("dbname", ""),
                          parameters.get("user", ""), "", ssl_mode, authcfg)
    uri.setDataSource(address.schema or "public", table, geometry_column or None, "", key or "")
    return uri.uri(False)
