"""Processing algorithm mymap:publish_to_postgres: a ward GeoPackage becomes a shared map in
PostgreSQL/PostGIS (``postgis/publish.py``), for a city that keeps many wards in one database.

The database is given as MyMap gives a shared map's address (``postgis/connection.py``): the name of a
PostgreSQL connection saved in QGIS, or a libpq connection string (``service=city``, ``host=… port=…
dbname=… user=…``). Passwords come from ``pg_service.conf``/``.pgpass`` or QGIS's authentication
database, in memory only; an address holding a password is refused. The output SHARED is the address
to give ``mymap:checkout`` and ``mymap:sync``."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
)

from ...i18n import tr
from ...processing_base import MyMapAlgorithm, project_ward_map
from ...ward_map.schema import LAYERS_BY_NAME, N_


def progress_callback(feedback):
    """publish_ward's (percent, message) reports as Processing progress and log lines."""
    def report(percent, message):
        feedback.setProgress(percent)
        feedback.pushInfo(message)
    return report


class PublishToPostgresAlgorithm(MyMapAlgorithm):
    group_name = N_("PostgreSQL")
    help_text = N_("Publishes a ward GeoPackage to PostgreSQL/PostGIS as the ward's shared map, for a town or "
                   "province that keeps many wards in one database. The ward gets its own schema (SCHEMA, "
                   "default ward_<ward code>) with the same tables, rules and indexes, its settings, code "
                   "counters and shared history, the capture of edits made directly in the database, the "
                   "styles and forms (in public.layer_styles) and its rows in the city views of mymap_city. "
                   "One transaction: a failed publish leaves nothing behind. DATABASE is the name of a "
                   "PostgreSQL connection saved in QGIS or a connection string (“service=city”, “host=… "
                   "port=… dbname=… user=…”) without a password: keep passwords in pg_service.conf, .pgpass "
                   "or QGIS's authentication database (authcfg=…). An existing schema is replaced only with "
                   "OVERWRITE. ROLES also creates the roles mymap_<schema>_editor (edits this ward only) and "
                   "the city viewers' role (reads mymap_city only). The output SHARED is the address to give "
                   "“Check out a working copy” and “Sync working copy”; a shared GeoPackage is marked as "
                   "moved there.")

    def name(self):
        return "publish_to_postgres"

    def displayName(self):
        return tr("Publish ward map to PostgreSQL")

    def initAlgorithm(self, config=None):
        # The ward map open in the project, or the shared GeoPackage of the open working copy (not the
        # address of one already in PostgreSQL).
        shared = project_ward_map("shared")
        self.addParameter(QgsProcessingParameterFile(
            "INPUT", tr("Ward map or shared ward map (GeoPackage)"), extension="gpkg",
            defaultValue=shared if shared and shared.lower().endswith(".gpkg") else None))
        self.addParameter(QgsProcessingParameterString(
            "DATABASE", tr("Database (QGIS connection name or connection string)")))
        self.addParameter(QgsProcessingParameterString(
            "SCHEMA", tr("Ward schema (default: ward_<ward code>)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "OVERWRITE", tr("Overwrite an existing schema (everything in it is deleted)"), False))
        self.addParameter(QgsProcessingParameterBoolean(
            "ROLES", tr("Create the editor and city-viewer roles"), False))
        self.addOutput(QgsProcessingOutputString("SHARED", tr("Shared map address (for checkout and sync)")))
        self.addOutput(QgsProcessingOutputString("SCHEMA", tr("Ward schema")))
        self.addOutput(QgsProcessingOutputNumber("ROWS", tr("Rows of the ward's layers published")))

    def execute(self, parameters, context, feedback):
        from ..publish import publish_ward      # here: psycopg2 is loaded only when PostgreSQL is used
        result = publish_ward(self.parameterAsFile(parameters, "INPUT", context),
                              self.parameterAsString(parameters, "DATABASE", context).strip(),
                              self.parameterAsString(parameters, "SCHEMA", context).strip(),
                              overwrite=self.parameterAsBool(parameters, "OVERWRITE", context),
                              make_roles=self.parameterAsBool(parameters, "ROLES", context),
                              feedback=progress_callback(feedback))
        rows = sum(count for table, count in result["rows"].items() if table in LAYERS_BY_NAME)
        feedback.pushInfo(tr("{} rows published to the schema {}.").format(rows, result["schema"]))
        if result.get("history"):
            feedback.pushInfo(tr("Shared history copied: {} changes; the working copies of the shared GeoPackage "
                                 "go on syncing with the new address.").format(result["history"]))
        if result.get("roles"):
            feedback.pushInfo(tr("Editors of this ward: grant them the role {}.").format(result["roles"]))
        feedback.pushInfo(tr("Shared map address: {}").format(result["address"]))
        return {"SHARED": result["address"], "SCHEMA": result["schema"], "ROWS": rows}
