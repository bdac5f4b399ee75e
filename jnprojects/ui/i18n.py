"""Loading the UI language: Simplified Chinese by default, English selectable."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resources_dir

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []


def install_language(lang: str = DEFAULT_LANGUAGE) -> str:
    """Install the app's and Qt's own translations for ``lang``; return the language in force.

    English is the source language of the code, so it needs no translator of ours.
    """
    app = QCoreApplication.instance()
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang not in LANGUAGES:
        lang = DEFAULT_LANGUAGE
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(resources_dir() / "i18n" / f"jnprojects_{lang}.qm")):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            QCoreApplication.installTranslator(qt_own)
            _installed.append(qt_own)
    QLocale.setDefault(QLocale("zh_CN" if lang == "zh_CN" else "en_US"))
    return lang
