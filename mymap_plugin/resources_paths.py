"""Where the plugin's resource files are, in the repository and in the installed zip."""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    for candidate in (PACKAGE_DIR / "resources", PACKAGE_DIR.parent / "resources"):
        if candidate.is_dir():
            return candidate
    return PACKAGE_DIR / "resources"


def icon_path(name: str = "icon.svg") -> Path:
    return resources_dir() / name
