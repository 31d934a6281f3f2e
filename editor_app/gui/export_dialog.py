"""The export dialog: format, layout, language order, the file to export to, changes
since a cleared copy, and a one-line summary of the clearance sheet (edited in the
clearance panel, which its button opens).

The view only lays out widgets and reads them back into the core's types; the export
itself runs in :mod:`export_job`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from editor_app.core.export.paths import FILE_SUFFIXES, FORMATS, LAYOUTS
from editor_app.core.model import Clearance, ClearanceStatus
from editor_app.gui.choices import label_text
from editor_app.gui.clearance_panel import MARKING_LABELS
from editor_app.gui.export_job import ExportOptions
from editor_app.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

CLEARED = (ClearanceStatus.CLEARED, ClearanceStatus.CLEARED_WITH_EDITS)


class ExportDialog(QDialog):
    """Asks how to export; says what the clearance sheet holds."""

    def __init__(
        self, clearance: Clearance, options: ExportOptions, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export for clearance"))
        self.setMinimumWidth(560)
        self.sheet_asked = False
        """The officer asked for the clearance panel (the dialog closed for it)."""
        layout = QVBoxLayout(self)
        layout.addWidget(self._output_box(options))
        layout.addWidget(self._since_box(options))
        layout.addWidget(self._sheet_box(clearance))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self._accept_if_usable)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._format_changed()
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
        self.path_edit.setAccessibleName(self.tr("Export to"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("&Format"), self.format_combo)
        form.addRow(self.tr("&Layout"), self.layout_combo)
        form.addRow(self.tr("&Order"), self.order_combo)
        target = QLabel(self.tr("Export &to"))
        target.setBuddy(self.path_edit)  # Alt+T goes to the field, not to Browse…
        form.addRow(target, row)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        return box

    def _since_box(self, options: ExportOptions) -> QGroupBox:
        box = QGroupBox(self.tr("Changes since a cleared copy"))
        form = QFormLayout(box)
        self.since_check = QCheckBox(self.tr("&Show as tracked changes what changed since:"))
        self.since_edit = QLineEdit(str(options.since) if options.since else "")
        self.since_edit.setAccessibleName(self.tr("Cleared copy"))
        self.since_edit.setPlaceholderText(self.tr("the cleared copy (.docx) the offices returned"))
        self.since_browse = QPushButton(self.tr("C&hoose…"))
        self.since_browse.clicked.connect(self._browse_since)
        row = QHBoxLayout()
        row.addWidget(self.since_edit, 1)
        row.addWidget(self.since_browse)
        form.addRow(self.since_check)
        form.addRow(row)
        self.since_check.setChecked(options.since is not None)
        self.since_check.toggled.connect(self._since_toggled)
        self._since_toggled()
        return box

    def _sheet_box(self, clearance: Clearance) -> QGroupBox:
        box = QGroupBox(self.tr("Clearance sheet"))
        row = QHBoxLayout(box)
        self.sheet_summary = QLabel(self.summary(clearance))
        self.sheet_summary.setWordWrap(True)
        self.sheet_button = QPushButton(self.tr("Edit the &clearance sheet…"))
        self.sheet_button.setToolTip(self.tr("Closes this dialog and opens the clearance panel"))
        self.sheet_button.clicked.connect(self._ask_sheet)
        row.addWidget(self.sheet_summary, 1)
        row.addWidget(self.sheet_button)
        return box

    def summary(self, clearance: Clearance) -> str:
        """The clearance sheet in one line: the marking, the offices, what waits."""
        marking = label_text(MARKING_LABELS[clearance.marking.choice])
        listed = clearance.listed_clearers()
        cleared = sum(1 for c in listed if c.status in CLEARED)
        pieces = [self.tr("Marking: {marking}").format(marking=marking)]
        if listed:
            pieces.append(
                self.tr("%n clearing office(s), {cleared} cleared", "", len(listed)).format(
                    cleared=cleared
                )
            )
        else:
            pieces.append(self.tr("no clearing offices yet"))
        if clearance.proposals:
            waiting = len(clearance.proposals)
            pieces.append(self.tr("%n proposed status(es) to confirm", "", waiting))
        return " · ".join(pieces)

    def _ask_sheet(self) -> None:
        self.sheet_asked = True
        self.reject()

    def _since_toggled(self) -> None:
        on = self.since_check.isChecked() and self.since_check.isEnabled()
        self.since_edit.setEnabled(on)
        self.since_browse.setEnabled(on)

    def _format_changed(self) -> None:
        fmt = self.format_combo.currentData()
        path = Path(self.path_edit.text() or "readout")
        self.path_edit.setText(str(path.with_suffix(FILE_SUFFIXES[fmt])))
        # Tracked changes exist in Word files only.
        self.since_check.setEnabled(fmt == "docx")
        self._since_toggled()

    def _browse(self) -> None:
        fmt = self.format_combo.currentData()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path_edit.text(), f"*{FILE_SUFFIXES[fmt]}"
        )
        if name:
            self.path_edit.setText(name)

    def _browse_since(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Cleared copy"),
            self.since_edit.text() or str(Path(self.path_edit.text()).parent),
            self.tr("Word documents (*.docx);;All files (*)"),
        )
        if name:
            self.since_edit.setText(name)

    def path_problem(self) -> str:
        """Why the export cannot go ahead as filled in, or "" if it can."""
        return self._target_problem() or self._since_problem()

    def _target_problem(self) -> str:
        typed = self.path_edit.text().strip()
        if not typed:
            return self.tr("Choose where to export: “Export to” is empty.")
        if not Path(typed).expanduser().is_absolute():
            return self.tr("Give the full folder of the file to export to (or use Browse…).")
        return ""

    def _since_problem(self) -> str:
        since = self._since_path()
        if since is not None and not since.is_file():
            return self.tr("Choose the cleared copy (.docx) to show the changes since.")
        return ""

    def _since_path(self) -> Path | None:
        if not (self.since_check.isChecked() and self.since_check.isEnabled()):
            return None
        typed = self.since_edit.text().strip()
        return Path(typed).expanduser() if typed else Path()

    def _accept_if_usable(self) -> None:
        problem = self.path_problem()
        if problem:
            QMessageBox.warning(self, self.tr("Export"), problem)
            field = self.since_edit if not self._target_problem() else self.path_edit
            field.setFocus()
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
            since=self._since_path(),
        )
