"""Every command of the window: its action, text, mnemonic and shortcut, and the menu bar.

A view: it only builds the actions and lays them out in menus. The controllers connect
them (files: :mod:`documents`, export and copy: :mod:`export_controller`, undo and the
interface language: :mod:`editor`, help: :mod:`help_controller`).
"""

from __future__ import annotations

from dataclasses import dataclass

from editor_app.core.draft import Lang
from editor_app.core.model import Kind
from editor_app.gui.choices import KIND_LABELS, label_text
from editor_app.gui.qt import QAction, QActionGroup, QKeySequence, QMainWindow, QMenu, QObject

UI_LANGUAGE_CODES = ("", "en", "es")
"""The interface-language choices: "" follows the system."""


@dataclass(frozen=True)
class Shortcut:
    """One command with a shortcut, as the shortcuts dialog lists it (no mnemonics)."""

    menu: str
    """The menus it sits in, outermost first: "File ▸ New"."""
    command: str
    keys: str
    """The shortcut as this platform writes it ("Ctrl+S")."""


def plain(text: str) -> str:
    """A menu text without its mnemonic marker ("Save &As…" → "Save As…")."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Actions(QObject):
    """The window's actions and its menu bar: File, Edit, View and Help."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_readout = self._add(
            self.file_menu, self.tr("&New readout…"), QKeySequence.StandardKey.New
        )
        """Asks which kind, or which example, to start from."""
        self.new_menu = self.file_menu.addMenu(self.tr("New &blank"))
        self.new: dict[Kind, QAction] = {}
        """One action per kind of readout."""
        for kind, label in KIND_LABELS.items():
            self.new[kind] = self.new_menu.addAction(label_text(label))
        self.open = self._add(self.file_menu, self.tr("&Open…"), "Ctrl+O")
        self.recent_menu = self.file_menu.addMenu(self.tr("Open &Recent"))
        """Filled with the recent files each time it opens."""
        self.file_menu.addSeparator()
        self.save = self._add(self.file_menu, self.tr("&Save"), "Ctrl+S")
        self.save_as = self._add(self.file_menu, self.tr("Save &As…"), "Ctrl+Shift+S")
        self.file_menu.addSeparator()
        self.export = self._add(self.file_menu, self.tr("&Export…"), "Ctrl+E")
        self.import_cleared = self._add(
            self.file_menu, self.tr("&Import cleared copy…"), "Ctrl+Shift+I"
        )
        self.file_menu.addSeparator()
        self.quit = self._add(self.file_menu, self.tr("&Quit"), "Ctrl+Q")

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.undo = self._add(self.edit_menu, self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo = self._add(self.edit_menu, self.tr("&Redo"), QKeySequence.StandardKey.Redo)
        self.language_menu = self.edit_menu.addMenu(self.tr("Interface &language"))
        self.languages: dict[str, QAction] = {}
        """The interface-language choices by code, one checked at a time."""
        choices = QActionGroup(self.language_menu)
        for code, label in zip(
            UI_LANGUAGE_CODES, (self.tr("As the system"), "English", "Español"), strict=True
        ):
            action = self.language_menu.addAction(label)
            action.setCheckable(True)
            choices.addAction(action)
            self.languages[code] = action
        self.edit_menu.addSeparator()
        self.next_pane = self._add(self.edit_menu, self.tr("Next &pane"), "F6")
        self.previous_pane = self._add(self.edit_menu, self.tr("Pre&vious pane"), "Shift+F6")
        """Form, Spanish draft, English draft, findings, and round again."""
        self.edit_menu.addSeparator()
        self.copy: dict[Lang, QAction] = {
            "es": self.edit_menu.addAction(self.tr("Copy &Spanish draft")),
            "en": self.edit_menu.addAction(self.tr("Copy E&nglish draft")),
        }

        self.view_menu = bar.addMenu(self.tr("&View"))
        self.clearance_panel = self._add(
            self.view_menu, self.tr("&Clearance sheet"), "Ctrl+Shift+L"
        )
        """Opens or closes the clearance panel."""
        self.clearance_panel.setCheckable(True)

        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.shortcuts = self.help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.placeholders = self.help_menu.addAction(self.tr("&Placeholders"))
        self.house_rules = self.help_menu.addAction(self.tr("&House rules"))
        self.tour = self.help_menu.addAction(self.tr("&Tour of the panes"))
        self.about = self.help_menu.addAction(self.tr("&About Readout Editor"))
        self.log_folder = self.help_menu.addAction(self.tr("Open &log folder"))
        self.menus = (self.file_menu, self.edit_menu, self.view_menu, self.help_menu)

    @staticmethod
    def _add(menu: QMenu, text: str, keys: str | QKeySequence.StandardKey) -> QAction:
        action = menu.addAction(text)
        action.setShortcut(QKeySequence(keys))
        return action

    def with_shortcuts(self) -> list[Shortcut]:
        """Every command in the menus that has a shortcut, in menu order."""
        found: list[Shortcut] = []

        def walk(menu: QMenu, path: tuple[str, ...]) -> None:
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    walk(submenu, (*path, plain(submenu.title())))
                elif not action.shortcut().isEmpty():
                    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                    found.append(Shortcut(" ▸ ".join(path), plain(action.text()), keys))

        for menu in self.menus:
            walk(menu, (plain(menu.title()),))
        return found
