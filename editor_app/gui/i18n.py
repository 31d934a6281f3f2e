"""The UI language: English or Spanish, from the system locale or the officer's setting.

Our strings come from ``resources/i18n/readout_<lang>.qm`` (compiled from ``i18n/*.ts`` by
``make translations``); Qt's own dialogs take Qt's shipped translations. English has a
translation too, of its plural forms only ("%n problem(s)" → "1 problem", "2 problems").
"""

from __future__ import annotations

import logging
from importlib import resources

from editor_app.core.draft import Lang
from editor_app.core.messages import UI_LANGUAGES, MessageError
from editor_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

log = logging.getLogger(__name__)

#: Not shown anywhere: translate it as the code of this translation's language ("es").
LANGUAGE_MARKER = QT_TRANSLATE_NOOP("i18n", "READOUT_UI_LANGUAGE")
"""Translated by each shipped translation into its own language code (Qt's
``QT_LAYOUT_DIRECTION`` idiom), so the installed translation tells which language it is."""


def ui_language(setting: str = "") -> str:
    """The UI language to use: the setting ("en"/"es") if given, else the system's."""
    if setting in UI_LANGUAGES:
        return setting
    system = QLocale.system().name().split("_", 1)[0]
    return system if system in UI_LANGUAGES else "en"


def current_ui_language() -> Lang:
    """The language the interface is showing: "es" while our Spanish translation is
    installed on the application, else "en".

    Widgets that show data in the UI language (country and title names) ask this when
    they fill their choices.
    """
    code = QCoreApplication.translate("i18n", LANGUAGE_MARKER)
    return "es" if code == "es" else "en"


def ui_locale() -> QLocale:
    """The locale the form shows dates in: the system's when it speaks the UI language,
    else that language's ("26 mar 2025" in the Spanish UI on an English system)."""
    system = QLocale.system()
    wanted = QLocale.Language.Spanish if current_ui_language() == "es" else QLocale.Language.English
    return system if system.language() == wanted else QLocale(wanted)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load and install the translators for ``lang``; keep the result alive with the app."""
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    qm = resources.files("editor_app.resources").joinpath("i18n", f"readout_{lang}.qm")
    # Installed packages keep resources as plain files, so the path is a real one.
    if qm.is_file() and ours.load(str(qm)):
        app.installTranslator(ours)
        installed.append(ours)
    if lang == "en":
        return installed  # Qt's own texts are English already
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def error_text(error: BaseException) -> str:
    """What ``error`` says, in the UI language when the core declared its message."""
    return error.text(current_ui_language()) if isinstance(error, MessageError) else str(error)
