"""The export dialog: format, layout, language order, file, and the clearance sheet.

The view only lays out widgets and reads them back into the core's types; the export
itself runs in :mod:`export_job`.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

from editor_app.core.export.paths import FILE_SUFFIXES, FORMATS, LAYOUTS
from editor_app.core.model import Approver, Clearance, ClearanceStatus, Clearer, Drafter
from editor_app.core.normalize import clean_typed
from editor_app.gui.export_job import ExportOptions
from editor_app.gui.i18n import ui_locale
from editor_app.gui.qt import (
    QApplication,
    QComboBox,
    QDate,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from editor_app.gui.readout_form import DATE_FORMAT

log = logging.getLogger(__name__)


class DateEdit(QDateEdit):
    """A date field Tab leaves at once (the arrows move between day, month and year):
    blank, a QDateEdit kept Tab among its sections for good."""

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


def _date_edit(value: dt.date | None) -> QDateEdit:
    edit = DateEdit()
    edit.setLocale(ui_locale())  # as the form shows dates: "26 mar 2025" in Spanish
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setSpecialValueText(" ")  # the minimum date shows as blank: "no date yet"
    edit.setMinimumDate(QDate(2000, 1, 1))
    edit.setDate(QDate(value.year, value.month, value.day) if value else edit.minimumDate())
    return edit


def _date_of(edit: QDateEdit) -> dt.date | None:
    if edit.date() == edit.minimumDate():
        return None
    d = edit.date()
    return dt.date(d.year(), d.month(), d.day())


class ExportDialog(QDialog):
    """Asks how to export and fills in the clearance sheet."""

    def __init__(
        self, clearance: Clearance, options: ExportOptions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for clearance"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(self._output_box(options))
        layout.addWidget(self._clearance_box(clearance))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._accept_if_path)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.format_combo.setFocus()  # the keyboard starts at the first field

    def _output_box(self, options: ExportOptions) -> QGroupBox:
        box = QGroupBox(self.tr("File"))
        form = QFormLayout(box)
        self.format_combo = QComboBox()
        for fmt in FORMATS:
            self.format_combo.addItem(fmt.upper() if fmt != "md" else "Markdown", fmt)
        self.format_combo.setCurrentIndex(FORMATS.index(options.fmt))
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.layout_combo = QComboBox()
        names = {
            "side-by-side": self.tr("Side by side (two columns)"),
            "sequential": self.tr("One language after the other"),
            "separate": self.tr("One file per language"),
        }
        for key in LAYOUTS:
            self.layout_combo.addItem(names[key], key)
        self.layout_combo.setCurrentIndex(LAYOUTS.index(options.layout))
        self.order_combo = QComboBox()
        self.order_combo.addItem(self.tr("Spanish first"), ("es", "en"))
        self.order_combo.addItem(self.tr("English first"), ("en", "es"))
        self.order_combo.setCurrentIndex(0 if options.order == ("es", "en") else 1)
        self.path_edit = QLineEdit(str(options.path))
        self.path_edit.setAccessibleName(self.tr("Export file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.tr("Layout"), self.layout_combo)
        form.addRow(self.tr("Order"), self.order_combo)
        form.addRow(self.tr("Save as"), row)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        return box

    def _clearance_box(self, clearance: Clearance) -> QGroupBox:
        box = QGroupBox(self.tr("Clearance sheet"))
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.marking_edit = QLineEdit(clearance.marking)
        self.drafter_name = QLineEdit(clearance.drafter.name)
        self.drafter_office = QLineEdit(clearance.drafter.office)
        self.drafter_phone = QLineEdit(clearance.drafter.phone)
        self.drafter_date = _date_edit(clearance.drafter.date)
        self.approver_name = QLineEdit(clearance.approver.name)
        self.approver_office = QLineEdit(clearance.approver.office)
        self.approver_date = _date_edit(clearance.approver.date)
        form.addRow(self.tr("Header marking"), self.marking_edit)
        form.addRow(self.tr("Drafted by"), self.drafter_name)
        form.addRow(self.tr("Office"), self.drafter_office)
        form.addRow(self.tr("Phone"), self.drafter_phone)
        form.addRow(self.tr("Date"), self.drafter_date)
        layout.addLayout(form)
        self.clearers = QTableWidget(0, 4)
        self.clearers.setHorizontalHeaderLabels(
            [self.tr("Office"), self.tr("Name"), self.tr("Status"), self.tr("Date")]
        )
        self.clearers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.clearers.setAccessibleName(self.tr("Clearing offices"))
        # Tab leaves the table for the next field (the arrows move between cells).
        self.clearers.setTabKeyNavigation(False)
        for clearer in clearance.clearers:
            self.add_clearer(clearer)
        layout.addWidget(self.clearers)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add office"))
        add.clicked.connect(lambda: self.add_clearer(Clearer()))
        remove = QPushButton(self.tr("Remove office"))
        # Clicking it leaves the focus in the row being worked on (Tab still reaches it).
        remove.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        remove.clicked.connect(self._remove_clearer)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        approver = QFormLayout()
        approver.addRow(self.tr("Approved by"), self.approver_name)
        approver.addRow(self.tr("Office"), self.approver_office)
        approver.addRow(self.tr("Date"), self.approver_date)
        layout.addLayout(approver)
        return box

    def status_names(self) -> dict[ClearanceStatus, str]:
        """The clearance statuses as the officer reads them."""
        return {
            ClearanceStatus.CLEARED: self.tr("Cleared"),
            ClearanceStatus.CLEARED_WITH_EDITS: self.tr("Cleared with edits"),
            ClearanceStatus.INFORMED: self.tr("Informed"),
            ClearanceStatus.PENDING: self.tr("Pending"),
        }

    def add_clearer(self, clearer: Clearer) -> None:
        """Append a row for one clearing office."""
        row = self.clearers.rowCount()
        self.clearers.insertRow(row)
        self.clearers.setItem(row, 0, QTableWidgetItem(clearer.office))
        self.clearers.setItem(row, 1, QTableWidgetItem(clearer.name))
        status = QComboBox()
        for value, name in self.status_names().items():
            status.addItem(name, value)
        status.setCurrentIndex(list(ClearanceStatus).index(clearer.status))
        self.clearers.setCellWidget(row, 2, status)
        self.clearers.setCellWidget(row, 3, _date_edit(clearer.date))

    def _remove_clearer(self) -> None:
        row = self.focused_clearer_row()
        if row >= 0:
            self.clearers.removeRow(row)

    def focused_clearer_row(self) -> int:
        """The clearing office being worked on: the row of the status or date control
        that has the focus, else the table's current row (-1: none)."""
        focus = QApplication.focusWidget()
        for row in range(self.clearers.rowCount()):
            for column in (2, 3):
                widget = self.clearers.cellWidget(row, column)
                if (
                    widget is not None
                    and focus is not None
                    and (widget is focus or widget.isAncestorOf(focus))
                ):
                    return row
        return self.clearers.currentRow()

    def _format_changed(self) -> None:
        fmt = self.format_combo.currentData()
        path = Path(self.path_edit.text() or "readout")
        self.path_edit.setText(str(path.with_suffix(FILE_SUFFIXES[fmt])))

    def _browse(self) -> None:
        fmt = self.format_combo.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export as"), self.path_edit.text(), f"*{FILE_SUFFIXES[fmt]}"
        )
        if name:
            self.path_edit.setText(name)

    def path_problem(self) -> str:
        """Why the export file cannot be used as typed, or "" if it can."""
        typed = self.path_edit.text().strip()
        if not typed:
            return self.tr("Choose where to export: the export file is empty.")
        if not Path(typed).expanduser().is_absolute():
            return self.tr("Give the export file's full folder (or use Browse…).")
        return ""

    def _accept_if_path(self) -> None:
        problem = self.path_problem()
        if problem:
            QMessageBox.warning(self, self.tr("Export"), problem)
            self.path_edit.setFocus()
            return
        self.accept()

    def options(self) -> ExportOptions:
        """The export options as chosen."""
        order = self.order_combo.currentData()
        return ExportOptions(
            path=Path(self.path_edit.text().strip()).expanduser(),
            fmt=self.format_combo.currentData(),
            layout=self.layout_combo.currentData(),
            order=(order[0], order[1]),
        )

    def clearance(self) -> Clearance:
        """The clearance sheet as filled in."""
        clearers = []
        for row in range(self.clearers.rowCount()):
            office, name = self.clearers.item(row, 0), self.clearers.item(row, 1)
            status = self.clearers.cellWidget(row, 2)
            date = self.clearers.cellWidget(row, 3)
            assert isinstance(status, QComboBox) and isinstance(date, QDateEdit)
            clearers.append(
                Clearer(
                    office=_clean(office.text()) if office else "",
                    name=_clean(name.text()) if name else "",
                    status=ClearanceStatus(status.currentData()),
                    date=_date_of(date),
                )
            )
        return Clearance(
            drafter=Drafter(
                name=_clean(self.drafter_name.text()),
                office=_clean(self.drafter_office.text()),
                phone=_clean(self.drafter_phone.text()),
                date=_date_of(self.drafter_date),
            ),
            clearers=clearers,
            approver=Approver(
                name=_clean(self.approver_name.text()),
                office=_clean(self.approver_office.text()),
                date=_date_of(self.approver_date),
            ),
            marking=_clean(self.marking_edit.text()),
        )


def _clean(text: str) -> str:
    """A clearance field's text, cleaned like every field of the form (see
    :mod:`.text_cleaning`): control characters pasted here must not reach the file."""
    return clean_typed(text, single_line=True).text
