"""First start: the example as a welcome readout with a tour of the panes (skippable, by
keyboard, in both languages, again from Help ▸ Tour); `--ui-lang` opens the window in
that language without `--screenshot`; `readout gui` takes readout-editor's options."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from editor_app.app import add_arguments
from editor_app.cli import build_parser
from editor_app.core.autosave import Autosave
from editor_app.gui import launch as launch_module
from editor_app.gui.editor import Editor
from editor_app.gui.i18n import install_translators
from editor_app.gui.main_window import MainWindow
from editor_app.gui.qt import QApplication, QKeyEvent, Qt, QTranslator
from editor_app.gui.settings import AppSettings
from editor_app.gui.tour import Tour

EN_HEADINGS = [
    "The form",
    "The Spanish draft",
    "The English draft",
    "Findings",
    "Export and help",
]
ES_HEADINGS = [
    "El formulario",
    "El borrador en español",
    "El borrador en inglés",
    "Hallazgos",
    "Exportar y ayuda",
]


def _walk(tour: Tour) -> list[str]:
    """Every step's heading, going on with Enter (the default button) to the end."""
    seen = []
    while True:
        seen.append(tour.heading.text().removeprefix("<b>").removesuffix("</b>"))
        last = tour.index == len(tour.steps) - 1
        tour.next.click() if last else _enter(tour)
        if last:
            return seen


def _enter(tour: Tour) -> None:
    QApplication.sendEvent(
        tour, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    )


def test_help_tour_steps_through_the_panes_by_keyboard(editor: Editor, qtbot: QtBot) -> None:
    editor.actions.tour.trigger()
    tour = editor.help.tour
    assert isinstance(tour, Tour) and tour.isVisible() and not tour.isModal()
    assert tour.counter.text() == "Step 1 of 5"
    assert tour.outline.isVisible()
    assert tour.outline.geometry().size() == editor.window.ui.formScroll.size()
    assert not tour.back.isEnabled() and tour.next.text() == "&Next"
    assert _walk(tour) == EN_HEADINGS
    assert tour.result() == Tour.DialogCode.Accepted
    assert not tour.outline.isVisible()


def test_escape_skips_the_tour(editor: Editor, qtbot: QtBot) -> None:
    tour = editor.help.show_tour()
    _enter(tour)
    assert tour.counter.text() == "Step 2 of 5"
    assert tour.outline.geometry().size() == editor.window.ui.esPane.size()
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    assert not tour.isVisible() and tour.result() == Tour.DialogCode.Rejected
    assert not tour.outline.isVisible()


def test_the_tour_in_spanish(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> None:
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    editor.window.show()
    assert [a.text() for a in editor.actions.help_menu.actions()][2:4] == [
        "Reglas de la &casa",
        "Recorrido por los &paneles",
    ]
    tour = editor.help.show_tour()
    assert tour.windowTitle() == "Recorrido por Readout Editor"
    assert tour.counter.text() == "Paso 1 de 5"
    assert (tour.skip.text(), tour.back.text(), tour.next.text()) == (
        "&Saltar el recorrido",
        "&Atrás",
        "&Siguiente",
    )
    assert tour.body.text() == (
        "Complete el comunicado una sola vez: el evento, los funcionarios, la atribución y "
        "los puntos. Tab pasa de un campo al siguiente."
    )
    assert _walk(tour) == ES_HEADINGS
    editor.window.close_guard = lambda: True
    editor.window.close()


@pytest.fixture
def launched(
    qapp: QApplication,
    app_settings: AppSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[dict[str, object]]:
    """Run ``launch`` for real, but with the test's settings and autosave folder, and an
    event loop that looks at the windows and returns at once."""
    seen: dict[str, object] = {}
    installed: list[QTranslator] = []

    def install(app: QApplication, lang: str) -> list[QTranslator]:
        translators = install_translators(app, lang)
        installed.extend(translators)
        return translators

    real_editor = launch_module.Editor

    def editor(settings: AppSettings, roster: object = None) -> Editor:
        made = real_editor(settings, autosave=Autosave(tmp_path / "autosave"))
        seen["editor"] = made
        return made

    def run_loop() -> int:
        qapp.processEvents()  # the first paint, then the tour
        made = seen["editor"]
        assert isinstance(made, Editor)
        window: MainWindow = made.window
        seen["file_menu"] = window.menuBar().actions()[0].text()
        seen["tour"] = [w for w in qapp.topLevelWidgets() if isinstance(w, Tour) and w.isVisible()]
        return 0

    monkeypatch.setattr(launch_module, "AppSettings", lambda: app_settings)
    monkeypatch.setattr(launch_module, "Editor", editor)
    monkeypatch.setattr(launch_module, "install_translators", install)
    monkeypatch.setattr(launch_module, "application", lambda: qapp)
    monkeypatch.setattr(qapp, "exec", run_loop)
    yield seen
    for translator in installed:
        qapp.removeTranslator(translator)
    made = seen.get("editor")
    if isinstance(made, Editor):
        if made.help.tour is not None:
            made.help.tour.close()
        made.window.close_guard = lambda: True
        made.window.close()


def test_first_start_welcomes_with_the_example_and_the_tour(
    launched: dict[str, object], app_settings: AppSettings
) -> None:
    assert launch_module.launch(None) == 0
    editor = launched["editor"]
    assert isinstance(editor, Editor)
    assert editor.window.windowTitle() == "landau-delafuente.readout (example)[*] — Readout Editor"
    assert not editor.window.isWindowModified(), "the welcome readout is not modified"
    assert not editor.documents.is_modified() and editor.documents.path is None
    editor.safety.timer.save_now()  # as the idle timer would: nothing worth recovering
    assert editor.safety.autosave.recoverable(include_live=True) == []
    [tour] = launched["tour"]  # type: ignore[misc]
    assert isinstance(tour, Tour) and tour.counter.text() == "Step 1 of 5"
    assert app_settings.started_before()


def test_a_later_start_shows_no_tour(
    launched: dict[str, object], app_settings: AppSettings
) -> None:
    app_settings.mark_started()
    assert launch_module.launch(None) == 0
    assert launched["tour"] == []


def test_ui_lang_opens_the_window_in_spanish_without_screenshot(
    launched: dict[str, object],
) -> None:
    assert launch_module.launch(None, "es") == 0
    assert launched["file_menu"] == "&Archivo"
    [tour] = launched["tour"]  # type: ignore[misc]
    assert isinstance(tour, Tour) and tour.counter.text() == "Paso 1 de 5"


def test_readout_gui_takes_the_options_of_readout_editor() -> None:
    import argparse

    alone = argparse.ArgumentParser(prog="readout-editor")
    add_arguments(alone)
    gui = build_parser().parse_args(
        ["gui", "--ui-lang", "es", "--screenshot", "x.png", "f.readout"]
    )
    direct = alone.parse_args(["--ui-lang", "es", "--screenshot", "x.png", "f.readout"])
    assert (gui.file, gui.screenshot, gui.ui_lang) == (
        direct.file,
        direct.screenshot,
        direct.ui_lang,
    )
    assert (gui.file, gui.ui_lang) == (Path("f.readout"), "es")


def test_the_screenshot_mode_never_shows_the_tour(tmp_path: Path, qapp: QApplication) -> None:
    png = tmp_path / "shot.png"
    assert launch_module.screenshot(None, png, "en") == 0
    assert png.stat().st_size > 0
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, Tour) and w.isVisible()]
