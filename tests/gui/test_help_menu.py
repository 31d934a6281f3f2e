"""The Help menu: keyboard shortcuts read from the menus, the About box, the log folder."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib.metadata import version
from pathlib import Path

import babel
import pytest
from pytestqt.qtbot import QtBot

from editor_app.core.autosave import Autosave
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QDesktopServices, QKeySequence, QMessageBox, QObject, QUrl, Slot
from editor_app.gui.settings import AppSettings
from editor_app.gui.shortcuts_dialog import ShortcutsDialog

VERSION = version("readout-editor")


class FileUrls(QObject):
    """Receives the file: URLs Qt would hand to the desktop (its own URL-handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url)


@pytest.fixture
def file_urls() -> Iterator[FileUrls]:
    """Catch the folders the editor asks the desktop to show, instead of a file manager."""
    receiver = FileUrls()
    QDesktopServices.setUrlHandler("file", receiver, "open")  # type: ignore[arg-type]
    yield receiver
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def spanish_editor(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> Iterator[Editor]:
    """An editor window made while the Spanish translation is installed."""
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    editor.open_start(None)
    yield editor
    editor.window.close_guard = lambda: True
    editor.window.close()


def shortcuts_shown(editor: Editor) -> ShortcutsDialog:
    editor.actions.shortcuts.trigger()
    dialog = editor.window.findChild(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog) and dialog.isVisible()
    return dialog


def test_keyboard_shortcuts_lists_every_command_with_a_shortcut(editor: Editor) -> None:
    redo = QKeySequence(QKeySequence.StandardKey.Redo)  # the platform's: Ctrl+Y here
    dialog = shortcuts_shown(editor)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert dialog.rows() == [
        ("File", "New readout…", "Ctrl+N"),
        ("File", "Open…", "Ctrl+O"),
        ("File", "Save", "Ctrl+S"),
        ("File", "Save As…", "Ctrl+Shift+S"),
        ("File", "Export…", "Ctrl+E"),
        ("File", "Import cleared copy…", "Ctrl+Shift+I"),
        ("File", "Quit", "Ctrl+Q"),
        ("Edit", "Undo", "Ctrl+Z"),
        ("Edit", "Redo", redo.toString(QKeySequence.SequenceFormat.NativeText)),
        ("Edit", "Next pane", "F6"),
        ("Edit", "Previous pane", "Shift+F6"),
        ("View", "Clearance sheet", "Ctrl+Shift+L"),
    ]
    dialog.reject()


def test_keyboard_shortcuts_follow_the_actions(editor: Editor) -> None:
    editor.actions.copy["es"].setShortcut(QKeySequence("Ctrl+Shift+C"))
    rows = shortcuts_shown(editor).rows()
    assert ("Edit", "Copy Spanish draft", "Ctrl+Shift+C") in rows


def test_keyboard_shortcuts_in_spanish(spanish_editor: Editor) -> None:
    actions = spanish_editor.actions
    assert actions.help_menu.title() == "Ay&uda"
    assert [a.text() for a in actions.help_menu.actions()] == [
        "&Atajos de teclado",
        "&Marcadores de posición",
        "Reglas de la &casa",
        "Recorrido por los &paneles",
        "Acerca &de Readout Editor",
        "Abrir la carpeta de &registros",
    ]
    dialog = shortcuts_shown(spanish_editor)
    assert dialog.windowTitle() == "Atajos de teclado"
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert headers == ["Menú", "Comando", "Atajo"]
    # The key names are Qt's own Spanish ones; Redo's keys differ between platforms.
    rows = dialog.rows()
    # Redo's keys differ between platforms.
    assert [keys for _, command, keys in rows if command != "Rehacer"] == [
        "Control+N",
        "Control+O",
        "Control+S",
        "Control+Mayúsculas+S",
        "Control+E",
        "Control+Mayúsculas+I",
        "Control+Q",
        "Control+Z",
        "F6",
        "Mayúsculas+F6",
        "Control+Mayúsculas+L",
    ]
    assert rows[:8] == [
        ("Archivo", "Nuevo comunicado…", "Control+N"),
        ("Archivo", "Abrir…", "Control+O"),
        ("Archivo", "Guardar", "Control+S"),
        ("Archivo", "Guardar como…", "Control+Mayúsculas+S"),
        ("Archivo", "Exportar…", "Control+E"),
        ("Archivo", "Importar copia aprobada…", "Control+Mayúsculas+I"),
        ("Archivo", "Salir", "Control+Q"),
        ("Edición", "Deshacer", "Control+Z"),
    ]
    assert rows[8][:2] == ("Edición", "Rehacer")
    assert rows[9:] == [
        ("Edición", "Panel siguiente", "F6"),
        ("Edición", "Panel anterior", "Mayúsculas+F6"),
        ("Ver", "Hoja de autorización", "Control+Mayúsculas+L"),
    ]


def test_about_says_the_version_and_licence(editor: Editor) -> None:
    editor.actions.about.trigger()
    box = editor.window.findChild(QMessageBox)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.windowTitle() == "About Readout Editor"
    assert box.text() == f"Readout Editor {VERSION}"
    assert box.informativeText() == (
        "Matched Spanish and English readout drafts from one form.\n\n"
        "Free software under the MIT licence.\n\n"
        "Bundled data and their licences (texts in the package's resources):\n"
        "• Spelling dictionary en_GB: LGPL (see README_en_GB.txt; LGPL 2.1 text in "
        "LGPLv2.1.txt)\n"
        "• Spelling dictionary en_US: SCOWL licence (BSD-style; see README_en_US.txt)\n"
        "• Spelling dictionary es_ES: GPL-3.0-or-later OR LGPL-3.0-or-later OR MPL-1.1+ "
        "(RLA-ES project)\n"
        "• Spelling dictionary es_MX: GPL-3.0-or-later OR LGPL-3.0-or-later OR MPL-1.1+ "
        "(RLA-ES project)\n"
        f"• Dates, lists and city names: Unicode CLDR through Babel {babel.__version__}: "
        "Unicode License v3 (Babel: BSD-3-Clause)\n"
        "• The Word files' starting document: python-docx's default template: "
        "MIT (LICENSE-python-docx.txt in this folder)"
    )
    box.close()


def test_about_in_spanish(spanish_editor: Editor) -> None:
    spanish_editor.actions.about.trigger()
    box = spanish_editor.window.findChild(QMessageBox)
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Acerca de Readout Editor"
    assert box.text() == f"Readout Editor {VERSION}"
    # The licences are quoted as their sources state them (in English).
    assert box.informativeText().splitlines()[:5] == [
        "Borradores de comunicados en español e inglés a la par, desde un solo formulario.",
        "",
        "Software libre bajo la licencia MIT.",
        "",
        "Datos incluidos y sus licencias (los textos están en los recursos del paquete):",
    ]
    assert box.informativeText().splitlines()[5] == (
        "• Diccionario ortográfico en_GB: LGPL (see README_en_GB.txt; LGPL 2.1 text in "
        "LGPLv2.1.txt)"
    )
    assert box.informativeText().splitlines()[-2:] == [
        "• Fechas, listas y nombres de ciudades: Unicode CLDR mediante Babel "
        f"{babel.__version__}: Unicode License v3 (Babel: BSD-3-Clause)",
        "• El documento de partida de los archivos de Word: la plantilla por omisión de "
        "python-docx: MIT (LICENSE-python-docx.txt in this folder)",
    ]
    box.close()


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG log folder is Linux's")
def test_open_log_folder_creates_and_shows_it(
    editor: Editor, file_urls: FileUrls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = tmp_path / "state" / "readout-editor" / "log"
    editor.actions.log_folder.trigger()
    assert folder.is_dir()
    assert file_urls.opened == [QUrl.fromLocalFile(str(folder))]
    editor.actions.log_folder.trigger()  # it exists now: shown again, left as it is
    assert len(file_urls.opened) == 2
    assert not editor.window.ui.messageFrame.isVisibleTo(editor.window)


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG log folder is Linux's")
def test_a_log_folder_that_cannot_be_made_is_said(
    editor: Editor, file_urls: FileUrls, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "state"
    blocker.write_text("a file where the state folder should be")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    editor.actions.log_folder.trigger()
    assert file_urls.opened == []
    assert editor.window.ui.messageFrame.isVisibleTo(editor.window)
    folder = blocker / "readout-editor" / "log"
    assert editor.window.ui.messageLabel.text() == (
        f"Could not create the log folder {folder}: Not a directory"
    )
