"""Help ▸ Placeholders: every placeholder a talking point takes, what it gives and what it
reads like in each draft, from the core's table (the one the point editor offers)."""

from __future__ import annotations

from editor_app.core.placeholders import PLACEHOLDERS
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class PlaceholdersDialog(QDialog):
    """A read-only table: placeholder, what it gives, English example, Spanish example."""

    def __init__(self, keys: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Placeholders"))
        layout = QVBoxLayout(self)
        self.intro = QLabel(
            self.tr(
                "Type a placeholder in a talking point, or press {keys} there to choose one; "
                "the drafts name the official in each language. Every official takes every "
                "form: {principal:first}, {counterpart2:them}. The examples are Secretary "
                "Rubio's call with Foreign Minister Sybiha."
            ).replace("{keys}", keys)
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(len(PLACEHOLDERS), 4)
        self.table.setAccessibleName(self.tr("Placeholders"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Placeholder"), self.tr("Gives"), self.tr("English"), self.tr("Spanish")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        lang = current_ui_language()
        for row, placeholder in enumerate(PLACEHOLDERS):
            cells = (
                placeholder.token,
                placeholder.gives().text(lang),
                placeholder.example_en,
                placeholder.example_es,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(960, 520)

    def rows(self) -> list[tuple[str, ...]]:
        """What the table shows, row by row: (placeholder, gives, English, Spanish)."""
        return [
            tuple(self._text(row, column) for column in range(4))
            for row in range(self.table.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
