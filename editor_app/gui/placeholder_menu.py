"""The menu of placeholders a talking point offers: one submenu per official of the
readout, each with every form of :data:`~editor_app.core.placeholders.PLACEHOLDERS`, and
the joint subject. Choosing one types it at the cursor; the draft fills it in."""

from __future__ import annotations

import logging
from functools import partial

from editor_app.core.placeholders import (
    COUNTERPART,
    FORMS,
    JOINT,
    MAX_COUNTERPARTS,
    PLACEHOLDERS,
    PRINCIPAL,
    form_label,
    token,
)
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import QMenu, QPlainTextEdit, QWidget

log = logging.getLogger(__name__)


def _gives(who: str, form: str) -> str:
    """What the table says the placeholder gives, in the interface language (the row of
    that official if the table has one, else the row of that form)."""
    rows = [p for p in PLACEHOLDERS if p.form == form and (p.who == JOINT) == (who == JOINT)]
    plain = COUNTERPART if who.startswith(COUNTERPART) else who
    row = next((p for p in rows if p.who == plain), rows[0])
    return row.gives().text(current_ui_language())


class PlaceholderMenu(QMenu):
    """Placeholders for a readout with ``counterparts`` counterparts, typed into ``edit``."""

    def __init__(self, edit: QPlainTextEdit, counterparts: int, parent: QWidget | None = None):
        super().__init__(parent or edit)
        self.setTitle(self.tr("Insert placeholder"))
        self.setToolTipsVisible(True)
        self.edit = edit
        lang = current_ui_language()
        officials = [(PRINCIPAL, self.tr("&Principal"))]
        count = min(counterparts, MAX_COUNTERPARTS)
        for n in range(1, count + 1):
            who = COUNTERPART if n == 1 else f"{COUNTERPART}{n}"
            if count == 1:
                label = self.tr("&Counterpart")
            else:
                label = self.tr("Counterpart &{number}").format(number=n)
            officials.append((who, label))
        for who, label in officials:
            submenu = self.addMenu(label)
            submenu.setToolTipsVisible(True)
            for form in FORMS:
                if form == "peer" and not counterparts:
                    continue  # the principal is no one's counterpart then
                self._add(submenu, form_label(form)().text(lang), token(who, form), who, form)
        if counterparts:
            joint = next(p for p in PLACEHOLDERS if p.who == JOINT)
            self._add(self, joint.label().text(lang), joint.token, JOINT, "")

    def _add(self, menu: QMenu, label: str, typed: str, who: str, form: str) -> None:
        # A tab puts the placeholder in the shortcut column, right-aligned.
        action = menu.addAction(f"{label}\t{typed}")
        action.setData(typed)
        tip = _gives(who, form)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(partial(self.insert, typed))

    def tokens(self) -> list[str]:
        """Every placeholder the menu offers, in menu order."""
        found: list[str] = []
        for action in self.actions():
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                found += [str(a.data()) for a in submenu.actions()]
            elif action.data():
                found.append(str(action.data()))
        return found

    def insert(self, typed: str) -> None:
        """Type ``typed`` at the cursor of the edit (replacing a selection), as one undo step."""
        self.edit.insertPlainText(typed)
        self.edit.setFocus()
