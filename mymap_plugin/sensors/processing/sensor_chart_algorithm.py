"""Processing algorithm mymap:sensor_chart."""
import os
from datetime import datetime, timedelta, timezone

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterDateTime, QgsProcessingParameterFile,
                       QgsProcessingParameterFileDestination, QgsProcessingParameterNumber,
                       QgsProcessingParameterString)

from ...compat import INTEGER_NUMBER
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, project_ward_map
from ...ward_map.schema import N_
from ..sensor_chart import MAX_SIZE, MIN_SIZE, plot_sensor_chart, save_sensor_chart

_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


class SensorChartAlgorithm(MyMapAlgorithm):
    group_name = N_("Sensors and flooding")
    help_text = N_("Draws one water-level sensor's water depth over a period as a PNG chart: the depth line, "
                   "the sensor's alert thresholds 1–3 as dashed lines in the alert colours, readings flagged "
                   "suspect or faulty as separate markers, and silences longer than three reporting intervals "
                   "as breaks in the line. Times are shown in Vietnam time (UTC+7). Without a start and end "
                   "the chart shows the 7 days up to the sensor's latest reading. The sensor is given by its "
                   "asset code, station name or UUID. An existing file is never overwritten.")

    def name(self):
        return "sensor_chart"

    def displayName(self):
        return tr("Sensor water-depth chart")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WARD", tr("Ward map (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map()))
        self.addParameter(QgsProcessingParameterString(
            "SENSOR", tr("Sensor (asset code, station name or UUID)")))
        self.addParameter(QgsProcessingParameterDateTime(
            "START", tr("Start (empty: 7 days before the end)"), optional=True))
        self.addParameter(QgsProcessingParameterDateTime(
            "END", tr("End (empty: the sensor's latest reading)"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            "WIDTH", tr("Width (pixels)"), INTEGER_NUMBER, defaultValue=1400, minValue=MIN_SIZE[0],
            maxValue=MAX_SIZE[0]))
        self.addParameter(QgsProcessingParameterNumber(
            "HEIGHT", tr("Height (pixels)"), INTEGER_NUMBER, defaultValue=700, minValue=MIN_SIZE[1],
            maxValue=MAX_SIZE[1]))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("Chart (PNG)"), "PNG (*.png)"))
        self.addOutput(QgsProcessingOutputNumber("READINGS", tr("Readings drawn")))

    def _moment(self, parameters, name, context):
        """The parameter as a datetime in UTC, or None when it is not set."""
        if parameters.get(name) in (None, ""):
            return None
        value = self.parameterAsDateTime(parameters, name, context)
        if value is None or not value.isValid():
            return None
        return _EPOCH + timedelta(milliseconds=value.toMSecsSinceEpoch())

    def execute(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if os.path.dirname(output):
            os.makedirs(os.path.dirname(output), exist_ok=True)
        chart = plot_sensor_chart(
            self.parameterAsFile(parameters, "WARD", context), self.parameterAsString(parameters, "SENSOR", context),
            start=self._moment(parameters, "START", context), end=self._moment(parameters, "END", context),
            width=self.parameterAsInt(parameters, "WIDTH", context),
            height=self.parameterAsInt(parameters, "HEIGHT", context))
        path = save_sensor_chart(chart, output)
        feedback.pushInfo(tr("Written: {}").format(path))
        return {"OUTPUT": str(path), "READINGS": chart.readings}
