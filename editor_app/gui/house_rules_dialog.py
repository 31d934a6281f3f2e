"""Help ▸ House rules: what each check looks for, how serious it is, and how to switch it
off, from the checks catalogue in the interface language."""

from __future__ import annotations

from editor_app.core.checks.rules import Rule
from editor_app.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


class HouseRulesDialog(QDialog):
    """A read-only table of the checks (looks for, severity, id) and the way to switch
    one off under it."""

    def __init__(self, rules: list[Rule], switch_off: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("House rules"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(rules), 3)
        self.table.setAccessibleName(self.tr("House rules"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("What it looks for"), self.tr("Severity"), self.tr("Check id")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        for row, rule in enumerate(rules):
            for column, text in enumerate((rule.looks_for, rule.severity, rule.check_id)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table)
        self.switch_off = QLabel(switch_off)
        self.switch_off.setWordWrap(True)
        self.switch_off.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.switch_off)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 560)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows, row by row: (looks for, severity, id)."""
        return [
            tuple(self._text(row, c) for c in range(3))  # type: ignore[misc]
            for row in range(self.table.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
