"""Processing algorithm mymap:export_from_postgres: a ward kept in PostgreSQL/PostGIS written back out
as one ward GeoPackage (styles, forms, rows, settings and the shared history), for a city leaving
PostgreSQL or anyone who wants the ward as a file.

The database is given as MyMap gives a shared map's address (``postgis/connection.py``): a libpq
connection string (``service=city``, ``host=… dbname=…``, optionally with ``schema=…``), a
``postgresql://`` URI, or the name of a PostgreSQL connection saved in QGIS. Passwords come from
``pg_service.conf``/``.pgpass`` or QGIS's authentication database, in memory only."""
from qgis.core import QgsProcessingOutputNumber, QgsProcessingParameterFileDestination, QgsProcessingParameterString

from ...errors import MyMapError
from ...i18n import tr
from ...processing_base import MyMapAlgorithm
from ...ward_map.schema import N_


class ExportFromPostgresAlgorithm(MyMapAlgorithm):
    group_name = N_("PostgreSQL")
    help_text = N_("Writes a ward kept in PostgreSQL/PostGIS to a new ward GeoPackage: every layer with its "
                   "rows (fields added in PostgreSQL included), the forms and styles, the ward's settings "
                   "and asset-code counters, and the shared history of changes. QGIS, QField and GDAL open "
                   "the file like any ward map. PostgreSQL is read in one consistent snapshot and is not "
                   "changed. The file must not exist yet.")

    def name(self):
        return "export_from_postgres"

    def displayName(self):
        return tr("Export ward from PostgreSQL to GeoPackage")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString(
            "DATABASE", tr("Database (QGIS connection name or connection string)")))
        self.addParameter(QgsProcessingParameterString(
            "SCHEMA", tr("Ward schema (e.g. ward_12103)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Ward map (GeoPackage)"), tr("GeoPackage (*.gpkg)")))
        self.addOutput(QgsProcessingOutputNumber("LAST_SEQ", tr("Changes in the shared history")))

    def execute(self, parameters, context, feedback):
        from .. import connection as postgres_connection      # psycopg2 only when PostgreSQL is used
        from ..export_geopackage import export_ward
        address = postgres_connection.parse_address(self.parameterAsString(parameters, "DATABASE", context),
                                                    self.parameterAsString(parameters, "SCHEMA", context))
        if not address.schema:
            raise MyMapError(tr("Give the ward's schema, e.g. ward_12103."))
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        connection = postgres_connection.connect(address, application="mymap:export")
        try:
            seq = export_ward(connection, address.schema, output, feedback)
        finally:
            connection.close()
        feedback.pushInfo(tr("The ward {} was written to {}.").format(address.display, output))
        return {"OUTPUT": output, "LAST_SEQ": seq}
