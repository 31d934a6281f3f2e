"""GUI test setup: offscreen Qt, and an editor window whose settings live in a temp folder."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything loads Qt

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.gui.editor import Editor
from editor_app.gui.i18n import install_translators
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import QApplication, QMessageBox, QSettings
from editor_app.gui.settings import AppSettings


@pytest.fixture(scope="session", autouse=True)
def _clear_clipboard_at_exit(qapp: QApplication) -> Iterator[None]:
    # Mime data left on the clipboard is freed after Python's wrappers at interpreter
    # exit, which crashes the run (rc 139) after every test has passed.
    yield
    clipboard = qapp.clipboard()
    if clipboard is not None:
        clipboard.clear()


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> None:
    # As at start-up in English: the English translation holds only the plural forms.
    install_translators(qapp, "en")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    """After each test's body, passed or failed, its windows close without a question.

    A test that fails with its window modified would otherwise have pytest-qt close the
    window into the real "Unsaved changes" box, which nobody answers offscreen: the
    whole run would hang there.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close_guard = lambda: True


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    """Settings in a temp INI file: tests never touch the officer's real settings."""
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def autosave(tmp_path: Path) -> Autosave:
    """An autosave folder of the test's own."""
    return Autosave(tmp_path / "autosave")


@pytest.fixture
def editor(qtbot: QtBot, app_settings: AppSettings, autosave: Autosave) -> Iterator[Editor]:
    """An editor window showing the bundled example, shown offscreen."""
    ed = Editor(app_settings, autosave=autosave)
    qtbot.addWidget(ed.window)
    # No test may ever block on a real dialog; tests that answer differently patch this.
    ed.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    ed.window.ask_export_gaps = lambda missing: True  # type: ignore[method-assign]
    ed.window.resize(1400, 900)
    ed.open_start(None)
    ed.window.show()
    # As at start-up, the first render follows the first paint: wait for the drafts.
    qtbot.waitUntil(lambda: not ed.drafts_pending)
    yield ed
    ed.window.close_guard = lambda: True
    ed.window.close()


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    """The Spanish translation installed for one test (widgets made in it speak Spanish)."""
    translators = install_translators(qapp, "es")
    assert translators, "the Spanish translation did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
