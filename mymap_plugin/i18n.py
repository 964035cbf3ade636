"""Translation of user-visible strings.

Every user-visible string goes through :func:`tr`, which uses one fixed Qt
translation context, so that ``scripts/build_translations.py`` can extract the
strings and the Vietnamese catalogue in ``i18n/`` applies everywhere (core,
Processing algorithms, dialogs).
"""
from pathlib import Path

from qgis.PyQt.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

CONTEXT = "mymap"


def tr(text: str) -> str:
    """Translate *text* into the interface language (Vietnamese or English)."""
    return QCoreApplication.translate(CONTEXT, text)


def user_locale() -> str:
    """The two-letter language QGIS is set to (``vi``, ``en``, …)."""
    try:
        from qgis.core import QgsApplication
        locale = QgsApplication.locale()
    except (ImportError, AttributeError):
        locale = ""
    if locale and QSettings().value("locale/overrideFlag", False, type=bool):
        return locale[:2]
    override = QSettings().value("locale/overrideFlag", False, type=bool)
    locale = QSettings().value("locale/userLocale", "", type=str) if override else ""
    if not locale:
        locale = QSettings().value("locale/globalLocale", "", type=str) or QLocale.system().name()
    return (locale or "en")[:2]


def translation_file(language: str):
    """Path of the compiled catalogue for *language*, or None when there is none."""
    here = Path(__file__).resolve().parent
    for folder in (here / "i18n", here.parent / "build" / "i18n"):
        candidate = folder / "mymap_{}.qm".format(language)
        if candidate.exists():
            return candidate
    return None


def translate_function(language: str):
    """A function translating source strings into *language* (``vi``, ``en``…),
    whatever the interface language is. Used for text written into files."""
    language = (language or "en")[:2]
    qm = translation_file(language) if language != "en" else None
    if qm is None:
        return lambda text: text
    translator = QTranslator()
    if not translator.load(str(qm)):
        return lambda text: text

    def translate(text: str) -> str:
        # QTranslator.translate takes `const char *`: pass UTF-8 bytes, as
        # PyQt would otherwise encode non-ASCII source text as ASCII and fail.
        return translator.translate(CONTEXT.encode("utf-8"), text.encode("utf-8")) or text
    return translate


def install_translator(language: str = ""):
    """Load the catalogue for *language* (default: QGIS's locale). Returns the translator or None."""
    qm = translation_file(language or user_locale())
    if qm is None:
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator) -> None:
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
