"""The review of a cleared copy: every changed part as a redline beside the other language.

A view: the list on the left holds each changed part with its changes, each one checked
to take it (a part's own box takes or leaves all of its changes); the right shows the
chosen part as a redline (deletions struck, insertions underlined, one colour per
author) beside the same part in the other language, then what else the copy says (parts
changed in one language only, marks lost) and the clearance statuses its comments
propose (they go to the clearance panel, where the officer confirms them). The
controller reads :meth:`decisions`.
"""

from __future__ import annotations

import html

from editor_app.core.clearance.reader import UNTRACKED, ClearedCopy, PartReading
from editor_app.core.clearance.report import (
    KIND_NAMES,
    MISSING_MARK,
    ONE_LANGUAGE,
    OTHER_REVISION,
    STATUS_NAMES,
    UNTRACKED_AUTHOR,
    language_name,
)
from editor_app.core.clearance.review import redline
from editor_app.core.draft import Lang, part_label
from editor_app.gui.qt import (
    QBrush,
    QColor,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    Qt,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

AUTHOR_COLOURS = ("#b3261e", "#1a5fb4", "#26a269", "#a347ba", "#c64600", "#613583")
"""One colour per reviewer, in the order they appear (as Word colours authors)."""
PART_ROLE = Qt.ItemDataRole.UserRole
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 1


class ReviewDialog(QDialog):
    """Lists what a cleared copy changed, for the officer to take or leave."""

    def __init__(self, cleared: ClearedCopy, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cleared = cleared
        self.ui_lang: Lang = "es" if ui_lang == "es" else "en"
        self.setWindowTitle(
            self.tr("Review the cleared copy: {name}").format(name=cleared.path.name)
        )
        self.resize(1100, 640)
        self._colours: dict[str, str] = {}
        self.parts = QTreeWidget()
        self.parts.setHeaderLabels([self.tr("Change"), self.tr("By")])
        self.parts.setAccessibleName(self.tr("Changed parts and their changes"))
        self.this_side = QTextBrowser()
        self.this_side.setAccessibleName(self.tr("The part as a redline"))
        self.other_side = QTextBrowser()
        self.other_side.setAccessibleName(self.tr("The same part in the other language"))
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.proposals = QListWidget()
        self.proposals.setAccessibleName(self.tr("Proposed clearance statuses"))
        self._fill_parts()
        self._fill_proposals()
        self._fill_notes()

        sides = QSplitter(Qt.Orientation.Horizontal)
        sides.addWidget(self.this_side)
        sides.addWidget(self.other_side)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(sides, 3)
        column.addWidget(self.notes)
        column.addWidget(
            QLabel(
                self.tr(
                    "Clearance statuses the comments propose (confirm them in the clearance panel):"
                )
            )
        )
        column.addWidget(self.proposals, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.parts)
        split.addWidget(right)
        split.setSizes([380, 720])

        self.take_all = QPushButton(self.tr("Take &all"))
        self.leave_all = QPushButton(self.tr("&Leave all"))
        self.take_all.clicked.connect(lambda: self._check_all(True))
        self.leave_all.clicked.connect(lambda: self._check_all(False))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Take checked"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.take_all)
        row.addWidget(self.leave_all)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(row)

        self.parts.currentItemChanged.connect(lambda item, _: self._show(item))
        tops = self._tops()
        if tops:
            self.parts.setCurrentItem(tops[0])

    # -- filling -----------------------------------------------------------------------
    def _fill_parts(self) -> None:
        self.parts.blockSignals(True)
        for index, part in enumerate(self.cleared.parts):
            if not part.changes:
                continue
            lang = language_name(part.lang).text(self.ui_lang)
            top = QTreeWidgetItem([f"{part_label(part.key, self.ui_lang)} ({lang})", ""])
            top.setData(0, PART_ROLE, index)
            top.setFlags(
                top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            for number, change in enumerate(part.changes):
                kind = (
                    KIND_NAMES[change.kind].text(self.ui_lang)
                    if change.kind in KIND_NAMES
                    else change.kind
                )
                shown = change.text.replace("\n", "¶").strip() or "¶"
                child = QTreeWidgetItem([f"{kind}: «{shown}»", self._author(change.author)])
                child.setData(0, PART_ROLE, index)
                child.setData(0, CHANGE_ROLE, number)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                child.setForeground(1, self._brush(change.author))
                top.addChild(child)
            self.parts.addTopLevelItem(top)
            top.setExpanded(True)
        header = self.parts.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.parts.blockSignals(False)

    def _fill_proposals(self) -> None:
        for proposal in self.cleared.proposals:
            status = STATUS_NAMES.get(proposal.status.value)
            text = f"{proposal.office} — {status.text(self.ui_lang) if status else ''}"
            self.proposals.addItem(
                QListWidgetItem(f"{text} ({proposal.name}: «{proposal.comment}»)")
            )

    def _fill_notes(self) -> None:
        lines = []
        if not self.cleared.same_revision:
            lines.append(OTHER_REVISION().text(self.ui_lang))
        for part in self.cleared.one_language_changes():
            lang = language_name(part.lang)
            lines.append(
                ONE_LANGUAGE(part=part_label(part.key, self.ui_lang), lang=lang).text(self.ui_lang)
            )
        for lang_code, key in self.cleared.missing:
            lang = language_name(lang_code)
            lines.append(
                MISSING_MARK(part=part_label(key, self.ui_lang), lang=lang).text(self.ui_lang)
            )
        self.notes.setText("\n".join(lines))
        self.notes.setVisible(bool(lines))

    # -- showing -----------------------------------------------------------------------
    def _author(self, author: str) -> str:
        return UNTRACKED_AUTHOR.text(self.ui_lang) if author == UNTRACKED else author

    def _colour(self, author: str) -> str:
        if author not in self._colours:
            self._colours[author] = AUTHOR_COLOURS[len(self._colours) % len(AUTHOR_COLOURS)]
        return self._colours[author]

    def _brush(self, author: str) -> QBrush:
        return QBrush(QColor(self._colour(author)))

    def _show(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        part = self.cleared.parts[item.data(0, PART_ROLE)]
        self.this_side.setHtml(self._redline_html(part))
        other = next(
            (p for p in self.cleared.parts if p.key == part.key and p.lang != part.lang), None
        )
        self.other_side.setHtml(self._redline_html(other) if other else "")

    def _redline_html(self, part: PartReading) -> str:
        lang = language_name(part.lang).text(self.ui_lang)
        heading = html.escape(f"{part_label(part.key, self.ui_lang)} ({lang})")
        spans = redline(part)
        while spans and not spans[-1].changes and not spans[-1].text.strip():
            spans.pop()  # the part's last paragraph mark, unchanged
        pieces = []
        for span in spans:
            text = html.escape(span.text).replace("\n", "¶<br>")
            if span.deleted_by is not None:
                colour = self._colour(span.deleted_by)
                text = f'<s style="color:{colour}">{text}</s>'
            if span.inserted_by is not None:
                colour = self._colour(span.inserted_by)
                text = f'<u style="color:{colour}">{text}</u>'
            pieces.append(text)
        return f"<p><b>{heading}</b></p><p>{''.join(pieces)}</p>"

    # -- choosing ----------------------------------------------------------------------
    def _tops(self) -> list[QTreeWidgetItem]:
        tops = (self.parts.topLevelItem(n) for n in range(self.parts.topLevelItemCount()))
        return [top for top in tops if top is not None]

    def _check_all(self, take: bool) -> None:
        state = Qt.CheckState.Checked if take else Qt.CheckState.Unchecked
        for top in self._tops():
            top.setCheckState(0, state)

    def decisions(self) -> dict[tuple[str, str], set[int]]:
        """Per (language, part key), the changes the officer checked."""
        taken: dict[tuple[str, str], set[int]] = {}
        for top in self._tops():
            part = self.cleared.parts[top.data(0, PART_ROLE)]
            children = [top.child(i) for i in range(top.childCount())]
            taken[(part.lang, part.key)] = {
                child.data(0, CHANGE_ROLE)
                for child in children
                if child is not None and child.checkState(0) == Qt.CheckState.Checked
            }
        return taken
