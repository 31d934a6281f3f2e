"""The findings pane: what the form lacks, then the checks by severity, then the spelling
alarms, in the order ``readout check`` lists them; a click asks to go there.

Messages and places come from the core in the panel's UI language. The pane says when it
has nothing to show (:attr:`emptied`), so the window gives its room to the drafts.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from editor_app.core.checks.base import Finding
from editor_app.core.draft import Lang, part_label
from editor_app.gui.qt import Qt, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Signal

if TYPE_CHECKING:
    from editor_app.core.spelling.checker import SpellingFinding

log = logging.getLogger(__name__)

SEVERITIES = ("error", "warning", "note")
PROBLEMS = "problems"
SPELLING = "spelling"
GROUPS = (PROBLEMS, *SEVERITIES, SPELLING)
"""The groups, in the order they are shown."""


class ChecksPanel(QWidget):
    """Shows findings; emits where the officer asked to go."""

    activated = Signal(object)
    """The Finding to jump to (a form field, or a span of a draft part)."""
    fieldActivated = Signal(str)
    """A problem of the form was picked: the field path it names ("" for none)."""
    spellingActivated = Signal(object)
    """A misspelling was picked: the SpellingFinding."""
    emptied = Signal(bool)
    """True when the pane has nothing to show, False when it has something again."""

    def __init__(self, parent: QWidget | None = None, ui_lang: str = "en") -> None:
        super().__init__(parent)
        self.ui_lang: Lang = "es" if ui_lang == "es" else "en"
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Finding"), self.tr("Where")])
        self.tree.setAccessibleName(self.tr("Checks"))
        self.tree.setRootIsDecorated(True)
        self.tree.setColumnWidth(0, 420)
        self.tree.itemActivated.connect(self._item_activated)
        self.tree.itemClicked.connect(self._item_activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._rows: dict[str, list[tuple[str, str, object]]] = {name: [] for name in GROUPS}

    def group_title(self, group: str, count: int) -> str:
        """The heading of a group, with its count."""
        names = {
            PROBLEMS: self.tr("To fill in"),
            "error": self.tr("Errors"),
            "warning": self.tr("Warnings"),
            "note": self.tr("Notes"),
            SPELLING: self.tr("Spelling"),
        }
        return f"{names.get(group, group)} ({count})"

    def where(self, finding: Finding) -> str:
        """Where a finding points, for the second column: the form field as the form names
        it ("Punto 3 · español"), or the draft's language and part ("ES Release date")."""
        place = finding.place(self.ui_lang)
        if finding.field:
            return place
        return " ".join(x for x in ((finding.lang or "").upper(), place) if x)

    def set_problems(self, problems: list[tuple[str, str]]) -> None:
        """Show what the form lacks, as (field path, text)."""
        self._rows[PROBLEMS] = [(text, "", path) for path, text in problems]
        self._rebuild()

    def set_findings(self, findings: list[Finding]) -> None:
        """Show the checks' findings (grouped by severity)."""
        for severity in SEVERITIES:
            self._rows[severity] = [
                (f.text(self.ui_lang), self.where(f), f) for f in findings if f.severity == severity
            ]
        self._rebuild()

    def set_spelling(self, misspelled: list[SpellingFinding]) -> None:
        """Show the misspelled words of both drafts, with their suggestions."""
        rows: list[tuple[str, str, object]] = []
        for miss in misspelled:
            hint = ", ".join(miss.suggestions) or "—"
            place = f"{miss.lang.upper()} {part_label(miss.part, self.ui_lang)}"
            rows.append((f"{miss.word} → {hint}", place, miss))
        self._rows[SPELLING] = rows
        self._rebuild()

    def _rebuild(self) -> None:
        """Show every group that has rows; groups that were open stay open."""
        expanded = {s for s, item in self._groups.items() if item.isExpanded()}
        was_empty = not self._groups
        self.tree.clear()
        self._groups = {}
        for name in GROUPS:
            rows = self._rows[name]
            if not rows:
                continue
            head = QTreeWidgetItem([self.group_title(name, len(rows)), ""])
            self.tree.addTopLevelItem(head)
            for text, where, data in rows:
                item = QTreeWidgetItem([text, where])
                item.setData(0, Qt.ItemDataRole.UserRole, data)
                if isinstance(data, Finding):
                    item.setToolTip(0, f"{text} [{data.check_id}]")
                elif name == PROBLEMS and data:
                    item.setToolTip(0, self.tr("Double-click to go to the field"))
                head.addChild(item)
            head.setExpanded(name in expanded or name != "note")
            self._groups[name] = head
        if was_empty != (not self._groups):
            self.emptied.emit(not self._groups)

    def rows(self, group: str) -> list[tuple[str, str, object]]:
        """What a group shows: (text, where, the finding, path or misspelling)."""
        return list(self._rows[group])

    def count(self) -> int:
        """How many check findings are shown."""
        return sum(len(self._rows[s]) for s in SEVERITIES)

    def total(self) -> int:
        """How many rows the pane shows, in every group."""
        return sum(len(rows) for rows in self._rows.values())

    def _item_activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole)
        parent = item.parent()
        if data is None or parent is None:
            return
        if isinstance(data, Finding):
            self.activated.emit(data)
        elif parent is self._groups.get(PROBLEMS):
            self.fieldActivated.emit(str(data))
        else:
            self.spellingActivated.emit(data)
