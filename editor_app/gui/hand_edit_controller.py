"""Hand edits: a part of a draft typed over in its pane, kept as an override, or reverted.

A controller: the window's preview links ask for an edit or a revert; the text typed is
cleaned by the core and kept in the form beside the generated text it replaces.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from editor_app.core.draft import LANGS, DraftPair, Lang, part_label
from editor_app.core.model import Override
from editor_app.core.normalize import clean_typed
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.main_window import MainWindow
from editor_app.gui.part_editor import PartEditor
from editor_app.gui.qt import QObject, Signal, is_alive
from editor_app.gui.readout_form import ReadoutForm
from editor_app.gui.spelling_controller import SpellingController

Drafts = Callable[[], DraftPair | None]
"""The drafts of the form as it is now (rendering any edit still pending)."""


class HandEditController(QObject):
    """Opens a part for typing in place, keeps what is typed, reverts a part."""

    changed = Signal()
    """A hand edit was kept or a part reverted: the drafts must render again."""
    cleaned = Signal(list)
    """Cleaning the kept text changed it: what changed, one description each."""

    def __init__(
        self,
        window: MainWindow,
        form: ReadoutForm,
        spelling: SpellingController,
        drafts: Drafts,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.form = form
        self.spelling = spelling
        self.drafts = drafts
        window.partLinkActivated.connect(self.part_link)

    def typing(self) -> bool:
        """True while a hand edit is open with text the officer changed."""
        editor = self.window.typed_part()
        return editor is not None and editor.typed() is not None

    def part_link(self, lang: str, action: str, key: str) -> None:
        """Edit a part of a draft by hand, or revert it to the generated text."""
        pair = self.drafts()
        if pair is None or lang not in LANGS:
            return
        language: Lang = "es" if lang == "es" else "en"
        part = pair.get(language).get(key)
        if action == "revert":
            self.form.set_override(language, key, None)
        elif action == "edit":
            editor = self._edit_in_place(language, key, part.text if part else "")
            editor.generated = part.generated if part else ""
            return
        self.changed.emit()

    def _edit_in_place(self, lang: Lang, key: str, text: str) -> PartEditor:
        """Open the part's text for typing, over the part in its pane."""
        label = part_label(key, lang)
        name = self.tr("Edit by hand: {part}").format(part=label)
        editor = self.window.edit_part(lang, key, text, name)
        if self.spelling.checker is not None:
            from editor_app.gui.spell_highlighter import enable_spelling

            enable_spelling(editor, self.spelling.checker, lang, self.spelling.words_changed)
        hint = self.tr("Editing “{part}” by hand: Enter keeps it, Esc cancels.").format(part=label)
        # The hint goes with the editor; a message about the kept text stays.
        editor.closed.connect(partial(self._clear_message, hint))
        editor.committed.connect(lambda typed: self._keep(lang, key, typed))
        self.window.statusBar().showMessage(hint)
        return editor

    def _clear_message(self, message: str) -> None:
        """Take ``message`` off the status bar if it is still the one shown."""
        if is_alive(self.window) and self.window.statusBar().currentMessage() == message:
            self.window.statusBar().clearMessage()

    def _keep(self, lang: Lang, key: str, text: str) -> None:
        if not is_alive(self.window):
            return  # torn down without a close (the close keeps the edit first)
        pair = self.drafts()
        part = pair.get(lang).get(key) if pair is not None else None
        # The generated text is kept beside the edit: when the form changes it, the edit
        # is flagged stale instead of being replaced.
        generated = part.generated if part is not None else ""
        cleaned = clean_typed(text)
        self.form.set_override(lang, key, Override(cleaned.text, generated))
        self.changed.emit()
        if cleaned.changes:
            ui = current_ui_language()
            where = f"{lang.upper()} {part_label(key, ui)}"
            self.cleaned.emit([f"{where}: {change.text(ui)}" for change in cleaned.changes])
