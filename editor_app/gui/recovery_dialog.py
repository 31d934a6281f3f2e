"""After a crash: list what can be recovered (title, kind, file, time and first lines) and
restore some, all, or discard them."""

from __future__ import annotations

import logging

from editor_app.core.autosave import Autosave, Recovery
from editor_app.core.draft import Draft
from editor_app.core.render import Renderer, RenderError
from editor_app.gui.choices import KIND_LABELS, label_text
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

FIRST_LINES_CHARS = 140
"""How much of a recovered readout's opening its entry shows."""


def saved_time(recovery: Recovery) -> str:
    """When ``recovery`` was autosaved, to the minute, or "?" when unknown."""
    return recovery.saved_at.strftime("%Y-%m-%d %H:%M") if recovery.saved_at else "?"


def _draft(recovery: Recovery) -> Draft | None:
    """The recovered readout's draft in the interface language, or None if it cannot render."""
    if recovery.readout is None:
        return None
    try:
        return Renderer().render_pair(recovery.readout).get(current_ui_language())
    except RenderError:
        log.warning("a recovered readout does not render", exc_info=True)
        return None


def _opening(draft: Draft) -> str:
    """The first lines of ``draft``: its lead paragraph, else its first talking point."""
    for key, text in draft.paragraphs():
        if (key == "lead" or key.startswith("body")) and text.strip():
            flat = " ".join(text.split())
            if len(flat) <= FIRST_LINES_CHARS:
                return flat
            return flat[:FIRST_LINES_CHARS].rsplit(" ", 1)[0] + " …"
    return ""


class RecoveryDialog(QDialog):
    """Offers each recoverable autosave; the officer restores some or all, or discards."""

    def __init__(
        self, autosave: Autosave, found: list[Recovery], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self.restored: list[Recovery] = []
        self.setWindowTitle(self.tr("Recover unsaved work"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Readout Editor closed without saving these readouts. Restore them, "
                "or discard what you no longer need."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recoverable readouts"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        for recovery in found:
            item = QListWidgetItem(self.describe(recovery))
            item.setData(Qt.ItemDataRole.UserRole, recovery)
            if recovery.readout is None:
                item.setToolTip(recovery.error_text(current_ui_language()))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        self.close_note = QLabel(
            self.tr(
                "Close opens what you restored. What you neither restored nor discarded "
                "is kept, and offered again the next time Readout Editor starts."
            )
        )
        self.close_note.setWordWrap(True)
        layout.addWidget(self.close_note)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_all_button = QPushButton(self.tr("Restore &all"))
        self.discard_button = QPushButton(self.tr("&Discard"))
        for button in (self.restore_button, self.restore_all_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.close_note.text())
        buttons.rejected.connect(self.accept)
        self.restore_button.clicked.connect(self.restore_current)
        self.restore_all_button.clicked.connect(self.restore_all)
        self.discard_button.clicked.connect(self.discard_current)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def describe(self, recovery: Recovery) -> str:
        """The entry of ``recovery``: its title; its kind, file and time; its first lines
        (or why it cannot be read)."""
        name = recovery.source.name if recovery.source else self.tr("New readout, never saved")
        when = saved_time(recovery)
        if recovery.readout is None:
            return self.tr("{name} — unreadable: {error}").format(
                name=name, error=recovery.error_text(current_ui_language())
            )
        draft = _draft(recovery)
        title = (draft.title if draft else "") or self.tr("(no title yet)")
        details = self.tr("{kind} · {name} · autosaved {when}").format(
            kind=label_text(KIND_LABELS[recovery.readout.kind]), name=name, when=when
        )
        opening = _opening(draft) if draft else ""
        return "\n".join(line for line in (title, details, opening) if line)

    def _take_current(self) -> Recovery | None:
        item = self.list.currentItem()
        if item is None:
            return None
        recovery: Recovery = item.data(Qt.ItemDataRole.UserRole)
        self.list.takeItem(self.list.row(item))
        if self.list.count() == 0:
            self.accept()
        return recovery

    def restore_current(self) -> None:
        """Keep the selected readout for reopening (its slot stays until it is saved)."""
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole).readout is None:
            return
        recovery = self._take_current()
        if recovery is not None:
            self.restored.append(recovery)

    def restore_all(self) -> None:
        """Keep every readable readout for reopening (each in a window of its own)."""
        items = [self.list.item(row) for row in range(self.list.count())]
        for item in items:
            recovery: Recovery = item.data(Qt.ItemDataRole.UserRole)
            if recovery.readout is not None:
                self.list.takeItem(self.list.row(item))
                self.restored.append(recovery)
        self.accept()

    def discard_current(self) -> None:
        """Delete the selected autosave for good."""
        recovery = self._take_current()
        if recovery is not None:
            self.autosave.clear(recovery.slot)
