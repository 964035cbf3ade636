"""The Processing provider ``mymap``: every MyMap capability as an algorithm, so
it runs in the toolbox, in models, in batch mode and in ``qgis_process``."""
from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from .i18n import tr
from .resources_paths import icon_path
from .qr_labels.processing.export_tag_images_algorithm import ExportTagImagesAlgorithm
from .qr_labels.processing.generate_labels_algorithm import GenerateLabelsAlgorithm
from .qr_labels.processing.mark_tags_algorithm import MarkTagsAlgorithm
from .qr_labels.processing.publish_records_algorithm import PublishRecordsAlgorithm
from .data_exchange.processing.export_layers_algorithm import ExportLayersAlgorithm
from .data_exchange.processing.export_map_pdf_algorithm import ExportMapPdfAlgorithm
from .data_exchange.processing.import_assets_algorithm import ImportAssetsAlgorithm
from .data_exchange.processing.ward_statistics_algorithm import WardStatisticsAlgorithm
from .postgis.processing.export_from_postgres_algorithm import ExportFromPostgresAlgorithm
from .postgis.processing.publish_to_postgres_algorithm import PublishToPostgresAlgorithm
from .sensors.processing.import_sensor_readings_algorithm import ImportSensorReadingsAlgorithm
from .sensors.processing.sensor_chart_algorithm import SensorChartAlgorithm
from .sync.processing.checkout_algorithm import CheckoutAlgorithm
from .sync.processing.export_changes_algorithm import ExportChangesAlgorithm
from .sync.processing.import_changes_algorithm import ImportChangesAlgorithm
from .sync.processing.package_for_qfield_algorithm import PackageForQFieldAlgorithm
from .sync.processing.resolve_conflict_algorithm import ResolveConflictAlgorithm
from .sync.processing.revert_changeset_algorithm import RevertChangesetAlgorithm
from .sync.processing.sync_algorithm import SyncAlgorithm
from .ward_map.processing.create_ward_map_algorithm import CreateWardMapAlgorithm
from .ward_map.processing.open_ward_map_algorithm import OpenWardMapAlgorithm
from .ward_map.processing.validate_ward_map_algorithm import ValidateWardMapAlgorithm

PROVIDER_ID = "mymap"


class MyMapProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return "MyMap"

    def longName(self):
        return tr("MyMap — ward digital map")

    def icon(self):
        return QIcon(str(icon_path()))

    def loadAlgorithms(self):
        for algorithm in (CreateWardMapAlgorithm(), OpenWardMapAlgorithm(), ValidateWardMapAlgorithm(),
                          GenerateLabelsAlgorithm(), ExportTagImagesAlgorithm(), MarkTagsAlgorithm(),
                          PublishRecordsAlgorithm(), CheckoutAlgorithm(), SyncAlgorithm(),
                          ExportChangesAlgorithm(), ImportChangesAlgorithm(), ResolveConflictAlgorithm(),
                          RevertChangesetAlgorithm(), PackageForQFieldAlgorithm(), ExportLayersAlgorithm(),
                          WardStatisticsAlgorithm(), ImportAssetsAlgorithm(), ExportMapPdfAlgorithm(),
                          ImportSensorReadingsAlgorithm(), SensorChartAlgorithm(), PublishToPostgresAlgorithm(),
                          ExportFromPostgresAlgorithm()):
            self.addAlgorithm(algorithm)
