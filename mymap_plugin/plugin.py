"""The QGIS plugin: MyMap menu and toolbar, the Processing provider, the
translator and the watcher that gives new features their asset codes.
Everything added in initGui is removed in unload."""
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

from .compat import QAction

from .errors import MyMapError
from .i18n import install_translator, remove_translator, tr
from .message_log import log_info
from .processing_provider import MyMapProvider
from .qr_labels.expression_functions import register_functions, unregister_functions
from .qr_labels.gui.asset_locator import AssetLocatorFilter
from .resources_paths import icon_path
from .sync.checkout import default_editor
from .ward_map.create_ward_map_task import CreateWardMapTask
from .ward_map.edit_hooks import WardLayerWatcher, project_ward_path
from .ward_map.open_ward_map import close_ward_map, open_ward_map
from .ward_map.validate_ward_map import validate_ward_map

MENU = "MyMap"


class MyMapPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.translator = None
        self.provider = None
        self.actions = []
        self.toolbar = None
        self.watcher = None
        self.locator_filter = None
        self.functions_registered = False
        self.tasks = []
        self.last_opened_group = None
        self.sync_panel = None
        self.import_dialog = None
        self.flood_watch_panel = None

    # ------------------------------------------------------------------ set-up
    def initProcessing(self):  # noqa: N802 - QGIS calls it by this name (also in qgis_process)
        if self.translator is None:
            self.translator = install_translator()
        if not self.functions_registered:
            register_functions()
            self.functions_registered = True
        if self.provider is None:
            self.provider = MyMapProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self.toolbar = self.iface.addToolBar(MENU)
        self.toolbar.setObjectName("MyMapToolbar")
        self.new_ward_action = self._add_action("icon.svg", tr("New ward map…"), self.show_new_ward_dialog)
        self.open_ward_action = self._add_action("open_ward.svg", tr("Open ward map…"), self.choose_and_open_ward)
        self.validate_action = self._add_action("validate.svg", tr("Validate ward map…"), self.choose_and_validate)
        self.labels_action = self._add_action("labels.svg", tr("Print QR labels…"), self.show_label_dialog)
        self.tag_images_action = self._add_action(
            "labels.svg", tr("Export QR tag images…"),
            lambda: self.show_algorithm_dialog("mymap:export_tag_images"), toolbar=False)
        self.publish_action = self._add_action(
            "labels.svg", tr("Publish asset record pages…"),
            lambda: self.show_algorithm_dialog("mymap:publish_records"), toolbar=False)
        self.sync_action = self._add_action("sync.svg", tr("Sync"), self.sync_now)
        self.conflicts_action = self._add_action("conflicts.svg", tr("Sync panel: conflicts and history"),
                                                 self.show_sync_panel, toolbar=False)
        self.checkout_action = self._add_action(
            "sync.svg", tr("Check out a working copy…"), lambda: self.show_algorithm_dialog("mymap:checkout"),
            toolbar=False)
        self.qfield_action = self._add_action(
            "sync.svg", tr("Package for QField…"), lambda: self.show_algorithm_dialog("mymap:package_for_qfield"),
            toolbar=False)
        self.export_changes_action = self._add_action(
            "sync.svg", tr("Export changes to a bundle…"), lambda: self.show_algorithm_dialog("mymap:export_changes"),
            toolbar=False)
        self.import_changes_action = self._add_action(
            "sync.svg", tr("Import changes from a bundle…"),
            lambda: self.show_algorithm_dialog("mymap:import_changes"), toolbar=False)
        self.open_postgis_action = self._add_action("open_ward.svg", tr("Open PostGIS ward…"),
                                                    self.show_open_postgis_ward_dialog, toolbar=False)
        self.publish_postgres_action = self._add_action(
            "sync.svg", tr("Publish to PostgreSQL…"), lambda: self.show_algorithm_dialog("mymap:publish_to_postgres"),
            toolbar=False)
        self.export_postgres_action = self._add_action(
            "sync.svg", tr("Export a PostGIS ward to GeoPackage…"),
            lambda: self.show_algorithm_dialog("mymap:export_from_postgres"), toolbar=False)
        self.import_assets_action = self._add_action("open_ward.svg", tr("Import assets…"),
                                                     self.show_import_assets_dialog, toolbar=False)
        self.export_layers_action = self._add_action(
            "open_ward.svg", tr("Export layers…"), lambda: self.show_algorithm_dialog("mymap:export_layers"),
            toolbar=False)
        self.map_pdf_action = self._add_action(
            "labels.svg", tr("Print a map to PDF…"), lambda: self.show_algorithm_dialog("mymap:export_map_pdf"),
            toolbar=False)
        self.statistics_action = self._add_action(
            "validate.svg", tr("Ward statistics…"), lambda: self.show_algorithm_dialog("mymap:ward_statistics"),
            toolbar=False)
        self.flood_watch_action = self._add_action("flood_watch.svg", tr("Flood watch: sensors and charts"),
                                                   self.show_flood_watch_panel)
        from .sensors.gui.flood_watch_panel import FloodWatchPanel
        self.flood_watch_panel = FloodWatchPanel(self.iface, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.flood_watch_panel)
        self.flood_watch_panel.hide()
        from .sync.gui.sync_panel import SyncPanel
        self.sync_panel = SyncPanel(self.iface, self.sync_action, self.iface.mainWindow())
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sync_panel)
        self.sync_panel.hide()
        self.watcher = WardLayerWatcher(QgsProject.instance(), user=default_editor())
        self.locator_filter = AssetLocatorFilter(self.iface)
        self.iface.registerLocatorFilter(self.locator_filter)

    def unload(self):
        if self.flood_watch_panel is not None:
            self.flood_watch_panel.unload()
            self.iface.removeDockWidget(self.flood_watch_panel)
            self.flood_watch_panel.deleteLater()
            self.flood_watch_panel = None
        if self.import_dialog is not None:
            self.import_dialog.close()
            self.import_dialog.deleteLater()
            self.import_dialog = None
        if self.sync_panel is not None:
            self.sync_panel.unload()
            self.iface.removeDockWidget(self.sync_panel)
            self.sync_panel.deleteLater()
            self.sync_panel = None
        for action in self.actions:
            self.iface.removePluginMenu(MENU, action)
            self.iface.removeToolBarIcon(action)
            action.deleteLater()
        self.actions = []
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.watcher is not None:
            self.watcher.unload()
            self.watcher = None
        if self.locator_filter is not None:
            self.iface.deregisterLocatorFilter(self.locator_filter)
            self.locator_filter = None
        if self.functions_registered:
            unregister_functions()
            self.functions_registered = False
        remove_translator(self.translator)
        self.translator = None

    def _add_action(self, icon_name, text, callback, toolbar=True):
        icon_file = icon_path(icon_name)
        action = QAction(QIcon(str(icon_file if icon_file.exists() else icon_path())), text,
                         self.iface.mainWindow())
        action.triggered.connect(callback)
        self.iface.addPluginToMenu(MENU, action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action


    # ----------------------------------------------------------------- actions
    def show_new_ward_dialog(self):
        from .ward_map.gui.new_ward_dialog import NewWardDialog
        dialog = NewWardDialog(self.iface.mainWindow())
        if not dialog.exec():
            return None
        return self.create_ward_in_background(dialog.path(), dialog.options())

    def create_ward_in_background(self, path, options):
        if options.get("overwrite"):
            # The file is about to be replaced: its layers must not stay open on the old file.
            close_ward_map(path, QgsProject.instance())
        task = CreateWardMapTask(path, **options)
        task.taskCompleted.connect(lambda: self._ward_created(task))
        task.taskTerminated.connect(lambda: self._ward_failed(task))
        self.tasks.append(task)
        QgsApplication.taskManager().addTask(task)
        self.iface.messageBar().pushInfo(MENU, tr("Creating the ward map {}…").format(path))
        return task

    def _ward_created(self, task):
        self.tasks.remove(task)
        log_info(tr("Ward map created: {}").format(task.path))
        self.open_ward(task.path)

    def _ward_failed(self, task):
        self.tasks.remove(task)
        message = task.error or tr("Creating the ward map was cancelled; no file was written.")
        self.iface.messageBar().pushWarning(MENU, message)

    def choose_and_open_ward(self):
        path, _filter = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr("Open ward map"), "", tr("GeoPackage (*.gpkg)"))
        if path:
            self.open_ward(path)

    def open_ward(self, path):
        try:
            self.last_opened_group = open_ward_map(path, QgsProject.instance())
        except MyMapError as error:
            QMessageBox.warning(self.iface.mainWindow(), tr("Open ward map"), str(error))
            return None
        self._zoom_to_group(self.last_opened_group)
        self.iface.messageBar().pushSuccess(MENU, tr("Ward map opened: {}").format(path))
        return self.last_opened_group

    def _zoom_to_group(self, group):
        canvas = self.iface.mapCanvas()
        if canvas is None:
            return
        extent = None
        for node in group.findLayers():
            layer = node.layer()
            if layer is not None and layer.isSpatial() and not layer.extent().isEmpty():
                if extent is None:
                    extent = layer.extent()
                else:
                    extent.combineExtentWith(layer.extent())
        if extent is not None:
            canvas.setExtent(extent)
            canvas.refresh()

    def show_open_postgis_ward_dialog(self):
        """“Open PostGIS ward…”: a database and a ward schema; the ward opens as a ward map does."""
        from .postgis.gui.open_postgis_ward_dialog import OpenPostgisWardDialog
        dialog = OpenPostgisWardDialog(self.iface.mainWindow(), QgsProject.instance())
        if not dialog.exec() or dialog.group is None:
            return None
        self.last_opened_group = dialog.group
        self._zoom_to_group(dialog.group)
        self.iface.messageBar().pushSuccess(MENU, tr("Ward opened from PostgreSQL: {}").format(dialog.group.name()))
        return dialog.group

    def show_algorithm_dialog(self, algorithm_id):
        """The Processing dialog of one of MyMap's algorithms (the toolbox's own form)."""
        from processing import execAlgorithmDialog
        return execAlgorithmDialog(algorithm_id, {})

    def show_sync_panel(self):
        self.sync_panel.refresh()
        self.sync_panel.show()
        self.sync_panel.raise_()
        return self.sync_panel

    def sync_now(self):
        """The Sync button: sync the open working copy (the panel shows the state and the result)."""
        self.show_sync_panel()
        return self.sync_panel.start_sync()

    def show_label_dialog(self):
        from .qr_labels.gui.label_dialog import LabelDialog
        dialog = LabelDialog(self.iface, self.iface.mainWindow())
        dialog.exec()
        return dialog

    def show_flood_watch_panel(self):
        self.flood_watch_panel.refresh_table()
        self.flood_watch_panel.show()
        self.flood_watch_panel.raise_()
        return self.flood_watch_panel

    def show_import_assets_dialog(self):
        from .data_exchange.gui.import_assets_dialog import ImportAssetsDialog
        dialog = ImportAssetsDialog(self.iface, project_ward_path(), self.iface.mainWindow())
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def choose_and_validate(self):
        path, _filter = QFileDialog.getOpenFileName(
            self.iface.mainWindow(), tr("Validate ward map"), "", tr("GeoPackage (*.gpkg)"))
        if not path:
            return
        try:
            report = validate_ward_map(path)
        except MyMapError as error:
            QMessageBox.warning(self.iface.mainWindow(), tr("Validate ward map"), str(error))
            return
        lines = [tr("Rows given a uuid or asset code: {}").format(sum(report.filled.values())),
                 tr("SQLite integrity check: {}").format(report.integrity),
                 tr("Drainage lines pointing at missing nodes: {}").format(report.dangling_node_references),
                 tr("Invalid asset codes: {}").format(report.invalid_codes)]
        QMessageBox.information(self.iface.mainWindow(), tr("Validate ward map"), "\n".join(lines))


