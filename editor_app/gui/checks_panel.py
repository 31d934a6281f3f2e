"""The checks panel: the core's findings grouped by severity; a click asks to go there.

Messages and places come from the core in the panel's UI language.
"""

from __future__ import annotations

import logging

from editor_app.core.checks.base import Finding
from editor_app.core.draft import Lang
from editor_app.gui.qt import Qt, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Signal

log = logging.getLogger(__name__)

SEVERITIES = ("error", "warning", "note")


class ChecksPanel(QWidget):
    """Shows findings; emits :attr:`activated` with the finding the officer picked."""

    activated = Signal(object)
    """The Finding to jump to (a form field, or a span of a draft part)."""

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

    def severity_title(self, severity: str, count: int) -> str:
        """The heading of a severity group, with its count."""
        names = {
            "error": self.tr("Errors"),
            "warning": self.tr("Warnings"),
            "note": self.tr("Notes"),
        }
        return f"{names.get(severity, severity)} ({count})"

    def where(self, finding: Finding) -> str:
        """Where a finding points, for the second column: the form field as the form names
        it ("Punto 3 · español"), or the draft's language and part ("ES Release date")."""
        place = finding.place(self.ui_lang)
        if finding.field:
            return place
        return " ".join(x for x in ((finding.lang or "").upper(), place) if x)

    def set_findings(self, findings: list[Finding]) -> None:
        """Replace what the panel shows; groups that were open stay open."""
        expanded = {s for s, item in self._groups.items() if item.isExpanded()}
        self.tree.clear()
        self._groups = {}
        for severity in SEVERITIES:
            group = [f for f in findings if f.severity == severity]
            if not group:
                continue
            head = QTreeWidgetItem([self.severity_title(severity, len(group)), ""])
            self.tree.addTopLevelItem(head)
            for finding in group:
                text = finding.text(self.ui_lang)
                item = QTreeWidgetItem([text, self.where(finding)])
                item.setData(0, Qt.ItemDataRole.UserRole, finding)
                item.setToolTip(0, f"{text} [{finding.check_id}]")
                head.addChild(item)
            head.setExpanded(severity in expanded or severity != "note")
            self._groups[severity] = head

    def count(self) -> int:
        """How many findings are shown."""
        return sum(item.childCount() for item in self._groups.values())

    def _item_activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        finding = item.data(0, Qt.ItemDataRole.UserRole)
        if finding is not None:
            self.activated.emit(finding)
