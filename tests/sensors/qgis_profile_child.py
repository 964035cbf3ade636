"""Run in a child process by test_sensorthings_qgis_settings.py: a QGIS with its own temporary profile
(settings and authentication database in the folder given as QGIS_CUSTOM_CONFIG_PATH), so that a proxy
can be set in QGIS's settings and an authentication configuration stored with a master password
without touching any other profile. Prints one JSON object (the last line of its output).

    python qgis_profile_child.py '{"scenario": "proxy", ...}'
"""
import json
import os
import sys
from pathlib import Path

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QSettings

ROOT = Path(__file__).resolve().parents[2]
MASTER_PASSWORD = "mymap-test-master"   # noqa: S105 (a throwaway test profile's)


def start_qgis(profile):
    QCoreApplication.setOrganizationName(QgsApplication.QGIS_ORGANIZATION_NAME)
    QCoreApplication.setOrganizationDomain(QgsApplication.QGIS_ORGANIZATION_DOMAIN)
    QCoreApplication.setApplicationName(QgsApplication.QGIS_APPLICATION_NAME)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(Path(profile, "profiles", "default")))
    app = QgsApplication([], False)
    app.initQgis()
    return app


def drain(generator):
    from mymap_plugin.sensors.sensorthings import SensorThingsError
    items = []
    try:
        items.extend(generator)
    except SensorThingsError as error:
        return items, error
    return items, None


def proxy(args):
    """The proxy set in QGIS's settings, applied as QGIS's options dialog does."""
    from mymap_plugin.sensors.sensorthings import datastream_info, iter_observations
    settings = QgsSettings()
    settings.setValue("proxy/proxyEnabled", True)
    settings.setValue("proxy/proxyType", "HttpProxy")
    settings.setValue("proxy/proxyHost", "127.0.0.1")
    settings.setValue("proxy/proxyPort", str(args["proxy_port"]))
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()
    items, error = drain(iter_observations(args["url"], 1, page_size=10, timeout=10, deadline=30))
    info = datastream_info(args["url"], 1, timeout=10)
    return {"values": [item["value"] for item in items], "error": error and str(error), "unit": info["unit"],
            "settings_file": settings.fileName()}


def auth(args):
    """A Basic authentication configuration stored in this profile's authentication database."""
    from mymap_plugin.sensors.sensorthings import datastream_info, iter_observations
    manager = QgsApplication.authManager()
    if not manager.setMasterPassword(MASTER_PASSWORD, True):
        return {"failed": "master password"}
    config = QgsAuthMethodConfig("Basic")
    config.setName("MyMap test sensors")
    config.setConfig("username", args["username"])
    config.setConfig("password", args["password"])
    stored = manager.storeAuthenticationConfig(config)
    if not (stored[0] if isinstance(stored, tuple) else stored):
        return {"failed": "store"}
    authcfg = config.id()
    items, error = drain(iter_observations(args["url"], 1, page_size=10, authcfg=authcfg))
    info = datastream_info(args["url"], 1, authcfg=authcfg)
    hostile = {}
    for name in ("link_url", "redirect_url"):
        got, refused = drain(iter_observations(args[name], 1, page_size=10, authcfg=authcfg))
        hostile[name] = {"values": len(got), "kind": refused and refused.kind}
    return {"values": [item["value"] for item in items], "error": error and str(error), "unit": info["unit"],
            "hostile": hostile, "auth_db": manager.authenticationDatabasePath()}


def main():
    args = json.loads(sys.argv[1])
    sys.path.insert(0, str(ROOT))
    app = start_qgis(os.environ["QGIS_CUSTOM_CONFIG_PATH"])
    result = {"proxy": proxy, "auth": auth}[args["scenario"]](args)
    result["settings_dir"] = QgsApplication.qgisSettingsDirPath()
    sys.stdout.write("\n" + json.dumps(result) + "\n")
    sys.stdout.flush()
    app.exitQgis()


if __name__ == "__main__":
    main()
