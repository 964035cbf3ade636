"""Processing algorithm mymap:import_sensor_readings."""
from qgis.core import (QgsProcessingOutputNumber, QgsProcessingOutputString, QgsProcessingParameterAuthConfig,
                       QgsProcessingParameterDateTime, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterString)

from ...errors import MyMapError
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter, project_ward_map
from ...ward_map.schema import N_
from ..import_readings import FORMATS, import_sensor_readings, write_rejected_csv

FORMAT_TITLES = (N_("CSV file"), N_("JSON file"), N_("OGC SensorThings API (base URL)"))


class ImportSensorReadingsAlgorithm(MyMapAlgorithm):
    group_name = N_("Sensors and flooding")
    help_text = N_("Imports water-level readings into the ward map from a CSV or JSON file or from an OGC "
                   "SensorThings API server (following its paging), then updates each sensor's latest depth, "
                   "alert level, last-seen time and status (offline after three silent reporting intervals). "
                   "MAPPING names the file's columns where they differ: station, time, value, unit, parameter, "
                   "battery, as JSON or key=value; a value starting with = is a constant for every row; "
                   "quantity (depth, distance or level) says what the values measure, timezone (e.g. +07:00) "
                   "the zone of times written without one. Distances and levels become depth above the road "
                   "from the sensor's levels and offset. Implausible readings are kept with a quality flag; "
                   "rows of unknown stations or without a usable time go to the rejected rows with the reason. "
                   "Importing the same readings twice stores them once.")

    def name(self):
        return "import_sensor_readings"

    def displayName(self):
        return tr("Import sensor readings")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WARD", tr("Ward map (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map()))
        self.addParameter(QgsProcessingParameterString("SOURCE", tr("Readings file or SensorThings base URL")))
        self.addParameter(enum_parameter("FORMAT", tr("Format"), [tr(t) for t in FORMAT_TITLES], FORMATS))
        self.addParameter(QgsProcessingParameterString(
            "MAPPING", tr("Column names (e.g. station=stationReference; time=dateTime; timezone=+07:00)"),
            optional=True, multiLine=True))
        self.addParameter(QgsProcessingParameterDateTime("SINCE", tr("Only readings after"), optional=True))
        self.addParameter(QgsProcessingParameterAuthConfig(
            "AUTHCFG", tr("Authentication for the SensorThings server (a QGIS authentication configuration)"),
            optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            "REJECTED", tr("Rejected rows (CSV)"), "CSV (*.csv)", optional=True, createByDefault=False))
        for name, title in (("STORED", tr("Readings stored")), ("ALREADY_STORED", tr("Readings already stored")),
                            ("FLAGGED", tr("Readings flagged")), ("REJECTED_COUNT", tr("Rows rejected")),
                            ("SENSORS_UPDATED", tr("Sensors updated"))):
            self.addOutput(QgsProcessingOutputNumber(name, title))
        self.addOutput(QgsProcessingOutputString("ERRORS", tr("Problems")))

    def execute(self, parameters, context, feedback):
        since = self.parameterAsDateTime(parameters, "SINCE", context)
        since_text = since.toUTC().toString("yyyy-MM-ddTHH:mm:ssZ") if since.isValid() and \
            parameters.get("SINCE") not in (None, "") else None
        report = import_sensor_readings(
            self.parameterAsFile(parameters, "WARD", context), self.parameterAsString(parameters, "SOURCE", context),
            FORMATS[self.parameterAsEnum(parameters, "FORMAT", context)],
            mapping=self.parameterAsString(parameters, "MAPPING", context), since=since_text,
            authcfg=self.parameterAsString(parameters, "AUTHCFG", context) or "",
            feedback=lambda percent, _text: feedback.setProgress(percent), cancelled=feedback.isCanceled)
        for error in report.errors:
            feedback.reportError(error)
        if report.errors and not report.read:
            raise MyMapError(" ".join(report.errors))
        outputs = {"STORED": report.stored, "ALREADY_STORED": report.already_stored, "FLAGGED": report.flagged,
                   "REJECTED_COUNT": len(report.rejected), "SENSORS_UPDATED": report.sensors_updated,
                   "ERRORS": " ".join(report.errors)}
        rejected_path = self.parameterAsFileOutput(parameters, "REJECTED", context)
        if report.rejected and rejected_path:
            write_rejected_csv(report.rejected, rejected_path)
            outputs["REJECTED"] = rejected_path
        for item in report.rejected[:20]:
            feedback.pushInfo(tr("Row {} not imported: {}").format(item.row, item.reason))
        feedback.pushInfo(tr("{} readings stored, {} already stored, {} flagged, {} rows rejected.").format(
            report.stored, report.already_stored, report.flagged, len(report.rejected)))
        return outputs
