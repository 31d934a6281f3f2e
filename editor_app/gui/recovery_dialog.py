"""After a crash: list what can be recovered, with its time, and restore or discard it."""

from __future__ import annotations

import logging

from editor_app.core.autosave import Autosave, Recovery
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


class RecoveryDialog(QDialog):
    """Offers each recoverable autosave; the officer restores or discards each one."""

    def __init__(
        self, autosave: Autosave, found: list[Recovery], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.autosave = autosave
        self.restored: list[Recovery] = []
        self.setWindowTitle(self.tr("Recover unsaved work"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Readout Editor closed without saving these readouts. Restore them, "
                    "or discard what you no longer need."
                )
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Recoverable readouts"))
        for recovery in found:
            item = QListWidgetItem(self.describe(recovery))
            item.setData(Qt.ItemDataRole.UserRole, recovery)
            if recovery.readout is None:
                item.setToolTip(recovery.error_text(current_ui_language()))
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox()
        self.restore_button = QPushButton(self.tr("Restore"))
        self.discard_button = QPushButton(self.tr("Discard"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        self.restore_button.clicked.connect(self.restore_current)
        self.discard_button.clicked.connect(self.discard_current)
        layout.addWidget(buttons)
        self.resize(560, 300)

    def describe(self, recovery: Recovery) -> str:
        """One line: the file (or "New readout"), the time, or why it cannot be read."""
        name = recovery.source.name if recovery.source else self.tr("New readout")
        when = recovery.saved_at.strftime("%Y-%m-%d %H:%M:%S") if recovery.saved_at else "?"
        if recovery.readout is None:
            return self.tr("{name} — unreadable: {error}").format(
                name=name, error=recovery.error_text(current_ui_language())
            )
        return self.tr("{name} — autosaved {when}").format(name=name, when=when)

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

    def discard_current(self) -> None:
        """Delete the selected autosave for good."""
        recovery = self._take_current()
        if recovery is not None:
            self.autosave.clear(recovery.slot)
