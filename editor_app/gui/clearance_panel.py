"""The clearance panel: the header marking, drafted by, the clearing offices with their
status and date, the statuses comments proposed, and approved by.

A view: it shows a :class:`Clearance` and reads it back; ``edited`` carries a field key
while the officer types (so undo merges the keystrokes of one field) or "" for one-off
changes (a status, a row added or removed). The controller
(:mod:`clearance_panel_controller`) keeps it in step with the form and the undo stack.
"""

from __future__ import annotations

import itertools
import logging

from editor_app.core.field_paths import child_path, entry_path
from editor_app.core.model import (
    Approver,
    Bilingual,
    Clearance,
    ClearanceStatus,
    Clearer,
    Drafter,
    Marking,
    MarkingChoice,
    StatusProposal,
)
from editor_app.core.normalize import clean_typed
from editor_app.gui.choices import compact, current_data, fill_enum, select_data
from editor_app.gui.date_edit import DateEdit
from editor_app.gui.forms.clearance_panel import Ui_ClearancePanel
from editor_app.gui.i18n import ui_locale
from editor_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QApplication,
    QComboBox,
    QDate,
    QHeaderView,
    QLineEdit,
    QListWidgetItem,
    Qt,
    QTableWidgetItem,
    QWidget,
    Signal,
)
from editor_app.gui.readout_form import DATE_FORMAT

log = logging.getLogger(__name__)

MARKING_LABELS: dict[MarkingChoice, str] = {
    MarkingChoice.DRAFT: QT_TRANSLATE_NOOP("choices", "Draft"),
    MarkingChoice.SBU: QT_TRANSLATE_NOOP("choices", "Sensitive but unclassified"),
    MarkingChoice.DRAFT_SBU: QT_TRANSLATE_NOOP("choices", "Draft, sensitive but unclassified"),
    MarkingChoice.NONE: QT_TRANSLATE_NOOP("choices", "No marking"),
    MarkingChoice.CUSTOM: QT_TRANSLATE_NOOP("choices", "Own words in each language"),
}
STATUS_LABELS: dict[ClearanceStatus, str] = {
    ClearanceStatus.CLEARED: QT_TRANSLATE_NOOP("choices", "Cleared"),
    ClearanceStatus.CLEARED_WITH_EDITS: QT_TRANSLATE_NOOP("choices", "Cleared with edits"),
    ClearanceStatus.INFORMED: QT_TRANSLATE_NOOP("choices", "Informed"),
    ClearanceStatus.PENDING: QT_TRANSLATE_NOOP("choices", "Pending"),
}
OFFICE, NAME, STATUS, DATE = range(4)
STATUS_WIDTH, DATE_WIDTH = 92, 86
"""Pixels of the clearing offices' status and date columns."""
SHEET = "clearance"


def _clean(text: str) -> str:
    """A field's text cleaned as every field of the form is (see :mod:`.text_cleaning`):
    control characters pasted here must not reach the file."""
    return clean_typed(text, single_line=True).text


def _set_text(edit: QLineEdit, text: str) -> None:
    if edit.text() != text:  # a field being typed in keeps its cursor
        edit.setText(text)


class ClearancePanel(QWidget):
    """The clearance sheet as the officer fills it; the Designer form is ``self.ui``."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ClearancePanel()
        self.ui.setupUi(self)
        self.setLocale(ui_locale())
        self._loading = False
        self._proposals: list[StatusProposal] = []
        ui = self.ui
        fill_enum(ui.markingCombo, MARKING_LABELS)
        compact(ui.markingCombo)
        header = ui.clearersTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # Four columns in a narrow panel: status and date as wide as they need, no wider
        # (a status cut short reads whole on hover), office and name share the rest.
        for column, width in ((STATUS, STATUS_WIDTH), (DATE, DATE_WIDTH)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        ui.clearersTable.setAccessibleName(self.tr("Clearing offices"))
        ui.proposalsList.setAccessibleName(self.tr("Proposed statuses"))
        # Clicking it leaves the focus in the row being worked on (Tab still reaches it).
        ui.removeClearerButton.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        ui.proposalsBox.hide()
        self._show_custom_marking()
        self._connect()

    def _connect(self) -> None:
        ui = self.ui
        typed: dict[str, QLineEdit] = {
            "marking.custom.en": ui.markingEn,
            "marking.custom.es": ui.markingEs,
            "drafter.name": ui.drafterName,
            "drafter.office": ui.drafterOffice,
            "drafter.phone": ui.drafterPhone,
            "approver.name": ui.approverName,
            "approver.office": ui.approverOffice,
        }
        for key, edit in typed.items():
            edit.textChanged.connect(lambda *_, k=key: self._report(child_path(SHEET, k)))
        for key, date in (("drafter.date", ui.drafterDate), ("approver.date", ui.approverDate)):
            date.dateChanged.connect(lambda *_, k=key: self._report(child_path(SHEET, k)))
        ui.markingCombo.currentIndexChanged.connect(self._marking_changed)
        ui.clearersTable.itemChanged.connect(self._cell_typed)
        ui.addClearerButton.clicked.connect(self._add_clearer)
        ui.removeClearerButton.clicked.connect(self._remove_clearer)

    def _report(self, key: str) -> None:
        if not self._loading:
            self.edited.emit(key)

    def _marking_changed(self) -> None:
        self._show_custom_marking()
        self._report("")

    def _show_custom_marking(self) -> None:
        custom = current_data(self.ui.markingCombo) == MarkingChoice.CUSTOM.value
        for row in (self.ui.markingEnLabel, self.ui.markingEsLabel):
            self.ui.markingLayout.setRowVisible(row, custom)

    # -- the clearing offices ---------------------------------------------------------
    def _cell_typed(self, item: QTableWidgetItem) -> None:
        field = "office" if item.column() == OFFICE else "name"
        self._report(child_path(entry_path(child_path(SHEET, "clearers"), item.row()), field))

    def _status_combo(self) -> QComboBox:
        combo = QComboBox()
        fill_enum(combo, STATUS_LABELS)
        compact(combo, 8)
        combo.setAccessibleName(self.tr("Status"))
        combo.currentIndexChanged.connect(lambda *_: self._report(""))
        return combo

    def _date_cell(self) -> DateEdit:
        edit = DateEdit()
        edit.setCalendarPopup(False)  # no button: the arrow keys and typing set it
        edit.setButtonSymbols(DateEdit.ButtonSymbols.NoButtons)
        edit.setAccessibleName(self.tr("Date"))
        edit.dateChanged.connect(lambda *_: self._report(""))
        return edit

    def _resize_table(self, rows: int) -> None:
        table = self.ui.clearersTable
        loading, self._loading = self._loading, True  # a half-made row is no edit
        try:
            while table.rowCount() > rows:
                table.removeRow(table.rowCount() - 1)
            while table.rowCount() < rows:
                row = table.rowCount()
                table.insertRow(row)
                table.setItem(row, OFFICE, QTableWidgetItem())
                table.setItem(row, NAME, QTableWidgetItem())
                table.setCellWidget(row, STATUS, self._status_combo())
                table.setCellWidget(row, DATE, self._date_cell())
        finally:
            self._loading = loading
        self._chain_cells()

    def _chain_cells(self) -> None:
        """Tab goes from the table through each row's status and date, then on to the
        buttons below it (cell widgets would otherwise come after the last field)."""
        table = self.ui.clearersTable
        chain: list[QWidget] = [table]
        for row in range(table.rowCount()):
            for column in (STATUS, DATE):
                widget = table.cellWidget(row, column)
                if widget is not None:
                    chain.append(widget)
        chain.append(self.ui.addClearerButton)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self._fit_table()

    def _fit_table(self) -> None:
        """As tall as its rows (room for one more), so the panel's other parts show."""
        table = self.ui.clearersTable
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        spare = table.verticalHeader().defaultSectionSize()
        scroll = table.horizontalScrollBar()
        extra = scroll.sizeHint().height() if scroll.isVisible() else 0
        header = table.horizontalHeader().sizeHint().height()
        table.setFixedHeight(header + rows + spare + 2 * table.frameWidth() + extra)

    def _show_clearer(self, row: int, clearer: Clearer) -> None:
        table = self.ui.clearersTable
        for column, text in ((OFFICE, clearer.office), (NAME, clearer.name)):
            item = table.item(row, column)
            if item is not None and item.text() != text:
                item.setText(text)
        status, date = table.cellWidget(row, STATUS), table.cellWidget(row, DATE)
        assert isinstance(status, QComboBox) and isinstance(date, DateEdit)
        select_data(status, clearer.status.value)
        date.set_value(clearer.date)

    def _add_clearer(self) -> None:
        table = self.ui.clearersTable
        self._resize_table(table.rowCount() + 1)
        self._report("")
        row = table.rowCount() - 1
        table.setCurrentCell(row, OFFICE)
        table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_clearer(self) -> None:
        row = self.focused_clearer_row()
        if row >= 0:
            self.ui.clearersTable.removeRow(row)
            self._chain_cells()
            self._report("")

    def focused_clearer_row(self) -> int:
        """The clearing office being worked on: the row of the status or date control
        that has the focus, else the table's current row (-1: none)."""
        table = self.ui.clearersTable
        focus = QApplication.focusWidget()
        for row in range(table.rowCount()):
            for column in (STATUS, DATE):
                widget = table.cellWidget(row, column)
                if widget is not None and focus is not None and widget.isAncestorOf(focus):
                    return row
                if widget is not None and widget is focus:
                    return row
        return table.currentRow()

    # -- the proposals ----------------------------------------------------------------
    def _show_proposals(self, proposals: list[StatusProposal]) -> None:
        if proposals == self._proposals:
            return
        self._proposals = list(proposals)
        listing = self.ui.proposalsList
        listing.clear()
        locale = ui_locale()
        for proposal in proposals:
            status = QApplication.translate("choices", STATUS_LABELS[proposal.status])
            who = proposal.name
            if proposal.date:
                day = QDate(proposal.date.year, proposal.date.month, proposal.date.day)
                when = locale.toString(day, DATE_FORMAT)
                who = f"{who}, {when}" if who else when
            text = f"{proposal.office} — {status}"
            item = QListWidgetItem(f"{text} ({who})" if who else text)
            item.setToolTip(proposal.comment)
            listing.addItem(item)
        self.ui.proposalsBox.setVisible(bool(proposals))
        shown = min(max(len(proposals), 2), 6)  # a short list; longer ones scroll
        row = max(listing.sizeHintForRow(0), listing.fontMetrics().height())
        listing.setFixedHeight(shown * row + 2 * listing.frameWidth() + 4)

    def chosen_proposals(self) -> list[StatusProposal]:
        """The proposals selected in the list (the current one when none is)."""
        listing = self.ui.proposalsList
        rows = sorted(listing.row(item) for item in listing.selectedItems())
        if not rows and listing.currentRow() >= 0:
            rows = [listing.currentRow()]
        return [self._proposals[row] for row in rows if row < len(self._proposals)]

    # -- showing and reading ----------------------------------------------------------
    def set_clearance(self, clearance: Clearance) -> None:
        """Show ``clearance`` without reporting edits (fields typed in keep their cursor)."""
        self._loading = True
        try:
            ui = self.ui
            select_data(ui.markingCombo, clearance.marking.choice.value)
            _set_text(ui.markingEn, clearance.marking.custom.en)
            _set_text(ui.markingEs, clearance.marking.custom.es)
            self._show_custom_marking()
            drafter, approver = clearance.drafter, clearance.approver
            for edit, text in (
                (ui.drafterName, drafter.name),
                (ui.drafterOffice, drafter.office),
                (ui.drafterPhone, drafter.phone),
                (ui.approverName, approver.name),
                (ui.approverOffice, approver.office),
            ):
                _set_text(edit, text)
            ui.drafterDate.set_value(drafter.date)
            ui.approverDate.set_value(approver.date)
            self._resize_table(len(clearance.clearers))
            for row, clearer in enumerate(clearance.clearers):
                self._show_clearer(row, clearer)
            self._show_proposals(clearance.proposals)
        finally:
            self._loading = False

    def _clearers(self) -> list[Clearer]:
        table = self.ui.clearersTable
        clearers = []
        for row in range(table.rowCount()):
            office, name = table.item(row, OFFICE), table.item(row, NAME)
            status, date = table.cellWidget(row, STATUS), table.cellWidget(row, DATE)
            assert isinstance(status, QComboBox) and isinstance(date, DateEdit)
            clearers.append(
                Clearer(
                    office=_clean(office.text()) if office else "",
                    name=_clean(name.text()) if name else "",
                    status=ClearanceStatus(current_data(status)),
                    date=date.value(),
                )
            )
        return clearers

    def clearance(self, proposals: list[StatusProposal] | None = None) -> Clearance:
        """The clearance sheet as filled in (with ``proposals``, else those shown)."""
        ui = self.ui
        return Clearance(
            drafter=Drafter(
                name=_clean(ui.drafterName.text()),
                office=_clean(ui.drafterOffice.text()),
                phone=_clean(ui.drafterPhone.text()),
                date=ui.drafterDate.value(),
            ),
            clearers=self._clearers(),
            approver=Approver(
                name=_clean(ui.approverName.text()),
                office=_clean(ui.approverOffice.text()),
                date=ui.approverDate.value(),
            ),
            marking=Marking(
                MarkingChoice(current_data(ui.markingCombo)),
                Bilingual(en=_clean(ui.markingEn.text()), es=_clean(ui.markingEs.text())),
            ),
            proposals=list(self._proposals if proposals is None else proposals),
        )


def without(proposals: list[StatusProposal], taken: list[StatusProposal]) -> list[StatusProposal]:
    """``proposals`` less those ``taken`` (each taken once)."""
    left = list(proposals)
    for proposal in taken:
        if proposal in left:
            left.remove(proposal)
    return left
