"""The plugin loads into QGIS, speaks Vietnamese, and unloads leaving nothing behind."""
import pytest
from qgis.core import QgsApplication, QgsExpression, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

import mymap_plugin
from mymap_plugin.ward_map import schema


def plugin_state(iface):
    registry = QgsApplication.processingRegistry()
    return {
        "provider": registry.providerById("mymap") is not None,
        "algorithms": sorted(a.id() for a in registry.algorithms()
                             if a.provider() and a.provider().id() == "mymap"),
        "project_receivers": QgsProject.instance().receivers(QgsProject.instance().layersAdded),
    }


_KEEP = []


@pytest.fixture
def clean_registry(qgis_processing):
    """No mymap provider during the test; one registered again afterwards for other tests."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("mymap")
    if existing is not None:
        registry.removeProvider("mymap")
    yield
    if registry.providerById("mymap") is None:
        from mymap_plugin.processing_provider import MyMapProvider
        _KEEP.append(MyMapProvider())
        registry.addProvider(_KEEP[-1])


def test_load_and_unload_twice(qgis_iface, clean_registry):
    before = plugin_state(qgis_iface)
    assert not before["provider"]
    for _ in range(2):
        plugin = mymap_plugin.classFactory(qgis_iface)
        plugin.initGui()
        loaded = plugin_state(qgis_iface)
        assert loaded["provider"]
        assert loaded["algorithms"] == ["mymap:checkout", "mymap:create_ward_map", "mymap:export_changes",
                                        "mymap:export_from_postgres",
                                        "mymap:export_layers", "mymap:export_map_pdf", "mymap:export_tag_images",
                                        "mymap:generate_labels", "mymap:import_assets", "mymap:import_changes",
                                        "mymap:import_sensor_readings", "mymap:mark_tags", "mymap:open_ward_map",
                                        "mymap:package_for_qfield", "mymap:publish_records",
                                        "mymap:publish_to_postgres", "mymap:resolve_conflict",
                                        "mymap:revert_changeset",
                                        "mymap:sensor_chart", "mymap:sync", "mymap:validate_ward_map",
                                        "mymap:ward_statistics"]
        assert QgsExpression.isFunctionName("mymap_qr_svg") and QgsExpression.isFunctionName("mymap_asset_url")
        assert len(plugin.actions) == 20
        assert all(action in plugin.toolbar.actions() for action in plugin.actions[:4] + [plugin.sync_action])
        assert plugin.sync_panel is not None and plugin.flood_watch_panel is not None
        assert plugin.flood_watch_action in plugin.toolbar.actions()
        assert loaded["project_receivers"] > before["project_receivers"]
        plugin.unload()
        assert plugin_state(qgis_iface) == before
        assert plugin.actions == [] and plugin.toolbar is None and plugin.watcher is None
        assert plugin.locator_filter is None and plugin.sync_panel is None and plugin.flood_watch_panel is None
        assert not QgsExpression.isFunctionName("mymap_qr_svg")
        assert not QgsExpression.isFunctionName("mymap_asset_url")


def test_interface_is_vietnamese_with_vietnamese_locale(qgis_iface, clean_registry):
    from qgis.PyQt.QtCore import QSettings
    settings = QSettings()
    old = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "vi")
    try:
        plugin = mymap_plugin.classFactory(qgis_iface)
        plugin.initGui()
        try:
            texts = [action.text() for action in plugin.actions]
            assert texts == ["Bản đồ phường mới…", "Mở bản đồ phường…", "Kiểm tra bản đồ phường…", "In tem QR…",
                             "Xuất ảnh tem QR…", "Công bố trang thông tin tài sản…", "Đồng bộ",
                             "Khung đồng bộ: xung đột và lịch sử", "Lấy bản sao làm việc…", "Đóng gói cho QField…",
                             "Xuất gói thay đổi…",
                             "Nhập gói thay đổi…", "Mở phường trên PostGIS…", "Xuất bản lên PostgreSQL…",
                             "Xuất phường PostGIS ra GeoPackage…", "Nhập tài sản…", "Xuất các lớp…",
                             "In bản đồ ra PDF…",
                             "Thống kê phường…", "Theo dõi ngập: cảm biến và biểu đồ"]
            assert plugin.sync_panel.windowTitle() == "Đồng bộ MyMap"
            algorithm = QgsApplication.processingRegistry().algorithmById("mymap:create_ward_map")
            assert algorithm.displayName() == "Tạo bản đồ phường"
            assert QCoreApplication.translate("mymap", "Ward name") == "Tên phường"
        finally:
            plugin.unload()
        assert QCoreApplication.translate("mymap", "Ward name") == "Ward name"
    finally:
        settings.setValue("locale/overrideFlag", old[0] if old[0] is not None else False)
        settings.setValue("locale/userLocale", old[1] or "")


def test_new_ward_action_creates_and_opens_a_ward(qgis_iface, clean_registry, tmp_path, qgis_new_project):
    """The action's background task creates the ward, then the plugin opens it."""
    plugin = mymap_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        output = tmp_path / "ward.gpkg"
        task = plugin.create_ward_in_background(str(output), {
            "ward_name": "Phường Mỹ Hào", "ward_code": "12103", "province_code": "33",
            "crs": "EPSG:9209", "demo": False})
        task.waitForFinished(60000)
        for _ in range(200):
            QCoreApplication.processEvents()
            if plugin.last_opened_group is not None:
                break
        assert output.exists()
        assert plugin.last_opened_group is not None
        assert len(plugin.last_opened_group.findLayers()) == len(schema.LAYERS)
    finally:
        plugin.unload()


def test_overwriting_an_open_ward_reloads_it(qgis_iface, clean_registry, tmp_path, qgis_new_project):
    plugin = mymap_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        output = tmp_path / "ward.gpkg"
        for name, demo in (("Phường Cũ", True), ("Phường Mới", False)):
            plugin.last_opened_group = None
            task = plugin.create_ward_in_background(str(output), {
                "ward_name": name, "ward_code": "12103", "province_code": "33", "crs": "EPSG:9209",
                "demo": demo, "overwrite": True})
            task.waitForFinished(60000)
            for _ in range(300):
                QCoreApplication.processEvents()
                if plugin.last_opened_group is not None:
                    break
            assert plugin.last_opened_group is not None and plugin.last_opened_group.name() == name
        groups = [node.name() for node in QgsProject.instance().layerTreeRoot().children()]
        assert groups == ["Phường Mới"]
        housing = next(node.layer() for node in plugin.last_opened_group.findLayers()
                       if node.layer().source().endswith("housing"))
        assert housing.featureCount() == 0 and len(list(housing.getFeatures())) == 0
    finally:
        plugin.unload()
