"""With the Spanish interface no English text of ours shows anywhere: menus, actions,
dialogs, message boxes, the problems and checks panes, the status bar, and the core's
messages that reach them (a file that cannot be opened, cleaned pasted text)."""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

import editor_app.core
from editor_app.core.autosave import UNREADABLE, Autosave, Recovery
from editor_app.core.messages import MESSAGES
from editor_app.core.model import Clearance
from editor_app.core.store import CHANGED_ON_DISK, load_example
from editor_app.gui.custom_title_dialog import CustomTitleDialog
from editor_app.gui.editor import Editor
from editor_app.gui.export_dialog import ExportDialog
from editor_app.gui.export_job import ExportOptions
from editor_app.gui.main_window import MainWindow
from editor_app.gui.recovery_dialog import RecoveryDialog
from editor_app.gui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
_TAGS = re.compile(r"<[^>]+>")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")

for _module in pkgutil.walk_packages(editor_app.core.__path__, "editor_app.core."):
    importlib.import_module(_module.name)


def _plain(text: str) -> str:
    return _TAGS.sub("", text).replace("&", "").strip()


def _english_of_the_interface() -> set[str]:
    """Every source text of ours whose Spanish differs, without its placeholders."""
    english: set[str] = set()
    for message in ET.parse(ROOT / "i18n" / "readout_es.ts").iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        spanish = "" if translation is None else (translation.text or "")
        if _plain(source) != _plain(spanish):
            english.update(c.strip(" .:·—") for c in _PLACEHOLDER.split(_plain(source)))
    return {c for c in english if re.search(r"[A-Za-z]{2}", c)}


def _english_of_the_core() -> set[str]:
    """The English wording of every core message: its runs of two words or more."""
    english: set[str] = set()
    for template in MESSAGES.values():
        spanish = " ".join([template.es, *(text for _, text in template.es_forms)])
        for en_text in [template.en, *(text for _, text in template.en_forms)]:
            for chunk in _PLACEHOLDER.split(en_text):
                chunk = chunk.strip(" .:;,()—-'\"«»?")
                if len(re.findall(r"[A-Za-z]+", chunk)) >= 2 and chunk not in spanish:
                    english.add(chunk)
    return english


_QUOTED = re.compile(r"«[^»]*»")

# A language menu names each language in itself, as every program's does.
ENDONYMS = {"English", "Español"}
INTERFACE = _english_of_the_interface() - ENDONYMS
CORE = _english_of_the_core()


def english_in(texts: list[str]) -> list[tuple[str, str]]:
    """(text, English found in it) for each text showing English of ours: a whole short
    string ("Save", "Office") or a phrase of two words or more anywhere in it."""
    found = []
    for text in texts:
        # Wording quoted «…» is a draft's own text (the English draft's words shown beside
        # the Spanish choice), not the interface speaking English.
        plain = _QUOTED.sub("«»", _plain(text))
        for english in INTERFACE:
            long = len(english.split()) >= 2
            if plain == english or (long and english in plain):
                found.append((text, english))
        found += [(text, english) for english in CORE if english in plain]
    return found


def _item_texts(item: QTreeWidgetItem) -> Iterator[str]:
    for column in range(item.columnCount()):
        yield item.text(column)
        yield item.toolTip(column)
    for i in range(item.childCount()):
        yield from _item_texts(item.child(i))


def texts_of(root: QWidget) -> list[str]:
    """Every text ``root`` and its children show the officer (not what the officer typed)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.windowTitle(), widget.toolTip(), widget.statusTip()]
        texts += [widget.accessibleName(), widget.accessibleDescription(), widget.whatsThis()]
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox) and not widget.isEditable():
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QMenu):
            widget.aboutToShow.emit()  # menus filled as they open (recent files)
            texts.append(widget.title())
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            texts += [header.text(c) for c in range(header.columnCount())]
            for i in range(widget.topLevelItemCount()):
                texts += _item_texts(widget.topLevelItem(i))
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                texts += [widget.item(i).text(), widget.item(i).toolTip()]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip(), action.statusTip()]
    return [t for t in texts if t]


def modal_texts(open_modal: Callable[[], object]) -> list[str]:
    """The texts of the modal box ``open_modal`` shows, closed as soon as it is read."""
    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, read_and_close)
            return
        seen.extend(texts_of(box))
        box.done(0)  # type: ignore[attr-defined]

    QTimer.singleShot(0, read_and_close)
    open_modal()
    assert seen, "no dialog was shown"
    return seen


@pytest.fixture
def spanish_editor(
    spanish: None, qtbot: QtBot, app_settings: AppSettings, tmp_path: Path
) -> Iterator[Editor]:
    """The editor in Spanish, with problems and findings to show."""
    editor = Editor(app_settings, autosave=Autosave(tmp_path / "autosave"))
    qtbot.addWidget(editor.window)
    # No test may block on a real dialog (the one that reads them calls MainWindow's own).
    editor.window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard  # type: ignore[method-assign]
    editor.window.close_guard = lambda: True
    editor.open_start(None)
    editor.form.ui.attributionName.clear()
    editor.form.points.rows[1].ui.esEdit.clear()
    editor.refresh()
    yield editor
    editor.window.close()


def test_the_checker_knows_english_when_it_sees_it() -> None:
    # The test below can only fail if these are caught.
    assert english_in(["&Save"]) and english_in(["Could not save the readout. x"])
    assert english_in(["points[0].en: expected text, found a number"])
    assert not english_in(["&Guardar", "No se pudo guardar el comunicado. x", "Readout Editor"])


def test_window_menus_panes_and_status_are_spanish(spanish_editor: Editor) -> None:
    window = spanish_editor.window
    texts = texts_of(window)
    assert "&Archivo" in texts and "Comprobaciones" in " ".join(texts)
    assert spanish_editor.checks.tree.topLevelItemCount()
    assert english_in(texts) == []


def test_core_messages_reach_the_window_in_spanish(spanish_editor: Editor, tmp_path: Path) -> None:
    window = spanish_editor.window
    bad = tmp_path / "bad.readout"
    bad.write_text('{"points": 5, "kind": "phone call", "event_date": 7}', "utf-8")
    assert not spanish_editor.documents.open_path(bad, guard=False)
    shown = window.ui.messageLabel.text()
    assert shown.startswith("No se pudo abrir el comunicado. ")
    assert "no es un comunicado válido" in shown and "se esperaba una lista" in shown
    spanish_editor.form.ui.attributionName.setText("Tammy\x07 Bruce")
    spanish_editor.refresh()
    status = window.statusBar().currentMessage()
    assert status == (
        "Se limpió el texto pegado. Atribución · nombre: 1 × U+0007 carácter de control eliminado"
    )
    assert english_in([shown, status, *texts_of(window)]) == []


def test_dialogs_are_spanish(spanish_editor: Editor, tmp_path: Path) -> None:
    window = spanish_editor.window
    export = ExportDialog(Clearance(), ExportOptions(tmp_path / "out.docx"), window)
    custom = CustomTitleDialog(None, window)
    readable = Recovery(tmp_path / "a", None, dt.datetime(2025, 3, 26, 9), load_example())
    broken = Recovery(tmp_path / "b", None, None, None, UNREADABLE(name="b", error="x"))
    recovery = RecoveryDialog(Autosave(tmp_path / "autosave"), [readable, broken], window)
    texts = [t for dialog in (export, custom, recovery) for t in texts_of(dialog)]
    assert "Exportar para autorización" in texts and "Recuperar trabajo sin guardar" in texts
    assert "b: copia automática ilegible: x" in " ".join(texts)
    assert english_in(texts) == []
    for dialog in (export, custom, recovery):
        dialog.deleteLater()


def test_message_boxes_are_spanish(spanish_editor: Editor, tmp_path: Path) -> None:
    window = spanish_editor.window
    changed = CHANGED_ON_DISK(path="call.readout").text("es")
    texts = modal_texts(lambda: MainWindow.ask_save_changes(window))
    texts += modal_texts(lambda: window.ask_overwrite_changed(changed))
    texts += modal_texts(lambda: window.ask_replace([tmp_path / "call.docx"]))
    texts += modal_texts(lambda: spanish_editor.exports.show_result([tmp_path / "call.docx"]))
    assert "Cambios sin guardar" in texts and "¿Reemplazar los archivos?" in texts
    assert english_in(texts) == []
