"""Processing algorithm mymap:create_ward_map."""
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ...i18n import tr, user_locale
from ...processing_base import MyMapAlgorithm, enum_parameter
from ...ward_map.schema import N_
from ..create_ward_map import create_ward_map

# LANGUAGE by number or name; "interface" (kept for old recipes) is QGIS's language when it is
# Vietnamese or English, else Vietnamese. Without LANGUAGE the ward is Vietnamese.
LANGUAGES = ("interface", "vi", "en")
LANGUAGE_NAMES = ("interface", "vi", "en")
DEFAULT_LANGUAGE = LANGUAGES.index("vi")


def ward_language(index) -> str:
    """The language stored for option *index*: always vi or en."""
    language = LANGUAGES[index] if 0 <= index < len(LANGUAGES) else "vi"
    if language == "interface":
        language = user_locale()[:2].lower()
    return language if language in ("vi", "en") else "vi"


class CreateWardMapAlgorithm(MyMapAlgorithm):
    group_name = N_("Ward map")
    help_text = N_("Creates the ward's map: a GeoPackage with the asset layers (housing, trees, drainage "
                 "lines and nodes, sensors, sensor readings, residential groups, species), their "
                 "Vietnamese forms and styles, and the ward's settings. With DEMO, fills it with a "
                 "realistic demo ward at Mỹ Hào. An existing file is only replaced with OVERWRITE.")

    def name(self):
        return "create_ward_map"

    def displayName(self):
        return tr("Create ward map")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterString("WARD_NAME", tr("Ward name"), "Phường Mỹ Hào"))
        self.addParameter(QgsProcessingParameterString("WARD_CODE", tr("Ward code (5 digits)"), "12103"))
        self.addParameter(QgsProcessingParameterString("PROVINCE_CODE", tr("Province code (2 digits)"), "33"))
        self.addParameter(QgsProcessingParameterCrs("CRS", tr("Coordinate reference system"), "EPSG:9209",
                                                    optional=True))
        self.addParameter(QgsProcessingParameterBoolean("DEMO", tr("Fill with a demo ward"), False))
        self.addParameter(QgsProcessingParameterBoolean("OVERWRITE", tr("Overwrite an existing file"), False))
        self.addParameter(QgsProcessingParameterString(
            "QR_LINK_TEMPLATE", tr("QR link template"), "", optional=True))
        self.addParameter(QgsProcessingParameterString("HOTLINE", tr("Hotline"), "", optional=True))
        self.addParameter(enum_parameter(
            "LANGUAGE", tr("Language of field names and labels in the file"),
            [tr("Interface language"), tr("Vietnamese"), tr("English")], LANGUAGE_NAMES,
            default_value=DEFAULT_LANGUAGE))
        self.addParameter(QgsProcessingParameterFileDestination(
            "OUTPUT", tr("Ward map (GeoPackage)"), tr("GeoPackage (*.gpkg)")))

    def execute(self, parameters, context, feedback):
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        crs = self.parameterAsCrs(parameters, "CRS", context)
        raw_crs = parameters.get("CRS")
        if not crs.isValid() and raw_crs:
            crs = str(raw_crs)
        elif not crs.isValid():
            crs = QgsCoordinateReferenceSystem("EPSG:9209")
        settings = create_ward_map(
            output,
            ward_name=self.parameterAsString(parameters, "WARD_NAME", context),
            ward_code=self.parameterAsString(parameters, "WARD_CODE", context),
            province_code=self.parameterAsString(parameters, "PROVINCE_CODE", context),
            crs=crs,
            demo=self.parameterAsBool(parameters, "DEMO", context),
            overwrite=self.parameterAsBool(parameters, "OVERWRITE", context),
            language=ward_language(self.parameterAsEnum(parameters, "LANGUAGE", context)),
            qr_link_template=self.parameterAsString(parameters, "QR_LINK_TEMPLATE", context),
            hotline=self.parameterAsString(parameters, "HOTLINE", context),
            feedback=feedback)
        feedback.pushInfo(tr("Ward map of {} created: {}").format(settings.ward_name, output))
        return {"OUTPUT": output}
