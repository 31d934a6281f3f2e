"""Complete an official's name from the roster; picking one reports the roster entry.

Each official is offered as the UI language writes the name, with the other language's
spelling after it where it differs ("Andrí Sibiga (Andrii Sybiha)"), so typing either
spelling finds them.
"""

from __future__ import annotations

import logging

from editor_app.core.draft import Lang
from editor_app.core.roster import RosterEntry
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import QCompleter, QLineEdit, QObject, QStringListModel, Qt, QTimer, Signal

log = logging.getLogger(__name__)


def completion_label(entry: RosterEntry, lang: Lang) -> str:
    """How the completer names ``entry`` in UI language ``lang``: "Andrí Sibiga (Andrii
    Sybiha)" in Spanish, "Andrii Sybiha (Andrí Sibiga)" in English, "Wang Yi" in both."""
    shown = entry.display_name(lang)
    other = entry.display_name("en" if lang == "es" else "es")
    return shown if other == shown else f"{shown} ({other})"


class RosterCompleter(QObject):
    """One completer model over the roster's full names, shared by several line edits."""

    picked = Signal(object)
    """A roster entry the officer chose (a :class:`RosterEntry`)."""

    def __init__(self, roster: list[RosterEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        lang = current_ui_language()
        self._by_label = {completion_label(entry, lang): entry for entry in roster}
        self._by_name = {entry.full_name: entry for entry in roster}
        self._model = QStringListModel(list(self._by_label), self)

    def attach(self, edit: QLineEdit) -> QCompleter:
        """Give ``edit`` a completer matching any part of a name, case-insensitively."""
        completer = QCompleter(self._model, edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        edit.setCompleter(completer)
        completer.activated.connect(self._activated)
        return completer

    def entry(self, name: str) -> RosterEntry | None:
        """The roster entry of full name (or completion label) ``name``, if any."""
        return self._by_label.get(name) or self._by_name.get(name)

    def labels(self) -> list[str]:
        """What the completer offers, one label per official."""
        return list(self._by_label)

    def _activated(self, name: str) -> None:
        entry = self.entry(name)
        if entry is not None:
            # The completer writes the full name into the field after this slot returns;
            # fill the fields once it has, so the surname does not stay in the given names.
            QTimer.singleShot(0, self, lambda: self.picked.emit(entry))
