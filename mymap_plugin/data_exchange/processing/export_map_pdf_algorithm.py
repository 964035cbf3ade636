"""Processing algorithm mymap:export_map_pdf."""
import os

from qgis.core import (QgsProcessingOutputNumber, QgsProcessingParameterBoolean,
                       QgsProcessingParameterFile, QgsProcessingParameterFileDestination,
                       QgsProcessingParameterNumber, QgsProcessingParameterString)

from ...compat import INTEGER_NUMBER, NO_THREADING
from ...i18n import tr
from ...processing_base import MyMapAlgorithm, enum_parameter, project_ward_map
from ...ward_map.schema import N_
from ..map_pdf import MAX_SCALE, PAPERS, THEME_KEYS, THEME_TITLES, atlas_pages, export_map_pdf

ORIENTATIONS = (N_("Landscape"), N_("Portrait"))
ORIENTATION_NAMES = ("landscape", "portrait")


class ExportMapPdfAlgorithm(MyMapAlgorithm):
    group_name = N_("Data in and out")
    help_text = N_("Writes a print-quality PDF of one map theme of a ward map (all assets, housing, greenery, "
                   "drainage or flooding) on A4 to A0 paper: title, legend, scale and scale bar, north arrow, "
                   "a VN-2000 coordinate grid with its coordinates in metres, the ward's name, the date and "
                   "the data credits. Scale 0 fits the whole ward on the page at a round scale. With \"One "
                   "page per residential group\" every residential group gets its own page (atlas), all in "
                   "one PDF. An existing file is never overwritten.")

    def name(self):
        return "export_map_pdf"

    def displayName(self):
        return tr("Export map as PDF")

    def flags(self):
        # Layouts are drawn with Qt's painter: on the main thread.
        return super().flags() | NO_THREADING

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile("WARD", tr("Ward map (GeoPackage)"), extension="gpkg",
                                                     defaultValue=project_ward_map()))
        self.addParameter(enum_parameter(
            "THEME", tr("Map theme"), [tr(THEME_TITLES[key]) for key in THEME_KEYS], THEME_KEYS))
        self.addParameter(QgsProcessingParameterNumber(
            "SCALE", tr("Scale 1:… (0: fit the ward on the page)"), INTEGER_NUMBER, defaultValue=0,
            optional=True, minValue=0, maxValue=MAX_SCALE))
        self.addParameter(enum_parameter("PAPER", tr("Paper size"), list(PAPERS), PAPERS,
                                         default_value=PAPERS.index("A3")))
        self.addParameter(enum_parameter(
            "ORIENTATION", tr("Orientation"), [tr(title) for title in ORIENTATIONS], ORIENTATION_NAMES))
        self.addParameter(QgsProcessingParameterString(
            "TITLE", tr("Title (empty: theme and ward name)"), defaultValue="", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(
            "ATLAS", tr("One page per residential group"), False))
        self.addParameter(QgsProcessingParameterFileDestination("OUTPUT", tr("PDF file"), "PDF (*.pdf)"))
        self.addOutput(QgsProcessingOutputNumber("PAGES", tr("Pages")))

    def execute(self, parameters, context, feedback):
        ward = self.parameterAsFile(parameters, "WARD", context)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if os.path.dirname(output):
            os.makedirs(os.path.dirname(output), exist_ok=True)
        atlas = self.parameterAsBool(parameters, "ATLAS", context)
        scale = self.parameterAsInt(parameters, "SCALE", context)        # 0: fit the ward

        def report(percent, text):
            feedback.setProgress(percent)
            feedback.setProgressText(text)

        path = export_map_pdf(
            ward, THEME_KEYS[self.parameterAsEnum(parameters, "THEME", context)], output, scale=scale or None,
            paper=PAPERS[self.parameterAsEnum(parameters, "PAPER", context)],
            landscape=self.parameterAsEnum(parameters, "ORIENTATION", context) == 0,
            title=self.parameterAsString(parameters, "TITLE", context), atlas=atlas, feedback=report)
        pages = atlas_pages(ward) if atlas else 1
        feedback.pushInfo(tr("Written: {}").format(path))
        return {"OUTPUT": str(path), "PAGES": pages}
