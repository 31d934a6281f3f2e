"""The readout form: every field the officer fills, read back as a :class:`Readout`.

The view only lays out and reports: ``edited`` carries a field key for typing (so undo
can merge keystrokes in one field) or "" for one-off changes (a combo, a new row).
"""

from __future__ import annotations

import copy
import datetime as dt
import re

from editor_app.core.draft import LANGS, Lang
from editor_app.core.field_labels import field_label
from editor_app.core.glossary import Glossary
from editor_app.core.model import (
    Attribution,
    Bilingual,
    Clearance,
    Gender,
    Kind,
    Locales,
    Override,
    Phrasing,
    Readout,
    RequestedBy,
)
from editor_app.core.roster import RosterEntry
from editor_app.gui.accessibility import name_controls
from editor_app.gui.choices import (
    ENGLISH_LOCALES,
    GENDER_LABELS,
    KIND_LABELS,
    PHRASING_LABELS,
    REQUESTED_LABELS,
    SPANISH_LOCALES,
    compact,
    current_data,
    current_locale,
    fill_enum,
    fill_locales,
    fill_titles,
    select_data,
)
from editor_app.gui.forms.readout_form import Ui_ReadoutForm
from editor_app.gui.i18n import current_ui_language, ui_locale
from editor_app.gui.official_editor import OfficialEditor
from editor_app.gui.point_editor import PointEditor
from editor_app.gui.qt import QComboBox, QDate, QLineEdit, QPlainTextEdit, QWidget, Signal
from editor_app.gui.roster_completer import RosterCompleter
from editor_app.gui.row_editor import RowList
from editor_app.gui.text_cleaning import TextField, clean_field, field_text

DATE_FORMAT = "d MMM yyyy"
_COUNTERPART_PATH = re.compile(r"^counterparts\[(\d+)\](?:\.(\w+))?")
CLEANED_REVISION = "cleanedRevision"
"""A text field's document property: its revision when :meth:`ReadoutForm.clean_fields`
last read it."""
_POINT_PATH = re.compile(r"^points\[(\d+)\](?:\.(en|es))?")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _set_text(edit: QLineEdit | QPlainTextEdit, text: str) -> None:
    # Only set what differs, so a field the officer is typing in keeps its cursor.
    if isinstance(edit, QLineEdit):
        if edit.text() != text:
            edit.setText(text)
    elif field_text(edit) != text:
        edit.setPlainText(text)


class ReadoutForm(QWidget):
    """The whole form; the Designer form is held as ``self.ui``."""

    edited = Signal(str)
    changed = Signal()
    """Emitted with every ``edited``, without the key: for Qt slots taking no argument
    (a timer's start), which then run without a Python call on each keystroke."""

    def __init__(
        self, glossary: Glossary, roster: list[RosterEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ReadoutForm()
        self.ui.setupUi(self)
        self.ui.attributionGender.setAccessibleName(self.tr("Attribution: gender"))
        name_controls(self)
        self._base = Readout()
        self._loading = False
        fill_enum(self.ui.kindCombo, KIND_LABELS)
        fill_enum(self.ui.requestedCombo, REQUESTED_LABELS)
        fill_enum(self.ui.attributionGender, GENDER_LABELS)
        fill_enum(self.ui.phrasingCombo, PHRASING_LABELS)
        fill_titles(self.ui.roleCombo, glossary)
        fill_locales(self.ui.localeEs, SPANISH_LOCALES)
        fill_locales(self.ui.localeEn, ENGLISH_LOCALES)
        for combo in self.findChildren(QComboBox):
            compact(combo)
        self.setLocale(ui_locale())  # month names in the date edits, for one
        for date_edit in (self.ui.eventDate, self.ui.releaseDate):
            date_edit.setDisplayFormat(DATE_FORMAT)
        self.principal = OfficialEditor(glossary, roster, self)
        self.principal.show_row_buttons(False)
        self.ui.principalHost.addWidget(self.principal)
        self.counterparts: RowList[OfficialEditor] = RowList(
            self.ui.counterpartsHost, lambda: OfficialEditor(glossary, roster), "counterparts"
        )
        self.points: RowList[PointEditor] = RowList(self.ui.pointsHost, PointEditor, "points")
        self.attribution_completer = RosterCompleter(roster, self)
        self.attribution_completer.attach(self.ui.attributionName)
        self.attribution_completer.picked.connect(self._attribution_picked)
        self._connect()

    def _connect(self) -> None:
        self.principal.edited.connect(lambda key: self._report(f"principal.{key}" if key else ""))
        self.counterparts.edited.connect(self._report)
        self.points.edited.connect(self._report)
        self.ui.addCounterpartButton.clicked.connect(self._add_counterpart)
        self.ui.addPointButton.clicked.connect(self._add_point)
        typed: dict[str, QLineEdit | QPlainTextEdit] = {
            "dateline.en": self.ui.datelineEn,
            "dateline.es": self.ui.datelineEs,
            "group.en": self.ui.groupEn,
            "group.es": self.ui.groupEs,
            "attribution.name": self.ui.attributionName,
            "purpose.en": self.ui.purposeEn,
            "purpose.es": self.ui.purposeEs,
        }
        for key, edit in typed.items():
            edit.textChanged.connect(lambda *_, k=key: self._report(k))
        combos: list[QComboBox] = [
            self.ui.kindCombo,
            self.ui.requestedCombo,
            self.ui.attributionGender,
            self.ui.phrasingCombo,
            self.ui.roleCombo,
            self.ui.localeEs,
            self.ui.localeEn,
        ]
        for combo in combos:
            combo.currentIndexChanged.connect(lambda *_: self._report(""))
        for combo in (self.ui.localeEs, self.ui.localeEn):
            combo.editTextChanged.connect(lambda *_: self._report("locales"))
        self.ui.eventDate.dateChanged.connect(lambda *_: self._report("event_date"))
        self.ui.releaseDate.dateChanged.connect(lambda *_: self._report("release_date"))
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)

    def _report(self, key: str) -> None:
        if not self._loading:
            self.edited.emit(key)
            self.changed.emit()

    def _add_counterpart(self) -> None:
        self.counterparts.add().ui.givenNames.setFocus()

    def _add_point(self) -> None:
        self.points.add().ui.enEdit.setFocus()

    def _kind_changed(self) -> None:
        multilateral = Kind(current_data(self.ui.kindCombo)).is_multilateral
        self.ui.groupEn.setVisible(multilateral)
        self.ui.groupEs.setVisible(multilateral)

    def _attribution_picked(self, entry: RosterEntry) -> None:
        self._loading = True
        try:
            self.ui.attributionName.setText(entry.full_name)
            select_data(self.ui.attributionGender, entry.gender.value)
            if self.ui.roleCombo.findData(entry.title) >= 0:
                select_data(self.ui.roleCombo, entry.title)
        finally:
            self._loading = False
        self._report("")

    def field_widget(self, path: str) -> QWidget | None:
        """The widget where the officer fixes a problem at field ``path`` (as validate names it)."""
        ui = self.ui
        fixed: dict[str, QWidget] = {
            "event_date": ui.eventDate,
            "release_date": ui.releaseDate,
            "locales.es": ui.localeEs,
            "locales.en": ui.localeEn,
            "group": ui.groupEn,
            "counterparts": ui.addCounterpartButton,
            "attribution.name": ui.attributionName,
            "attribution.role": ui.roleCombo,
            "purpose.en": ui.purposeEn,
            "purpose.es": ui.purposeEs,
            "purpose": ui.purposeEn,
            "dateline.en": ui.datelineEn,
            "dateline.es": ui.datelineEs,
            "group.en": ui.groupEn,
            "group.es": ui.groupEs,
        }
        if path in fixed:
            return fixed[path]
        point = _POINT_PATH.match(path)
        if point and int(point.group(1)) < len(self.points.rows):
            row = self.points.rows[int(point.group(1))]
            edit: QWidget = row.ui.esEdit if point.group(2) == "es" else row.ui.enEdit
            return edit
        head, _, field = path.partition(".")
        editor: OfficialEditor | None = self.principal if head == "principal" else None
        match = _COUNTERPART_PATH.match(path)
        if match and int(match.group(1)) < len(self.counterparts.rows):
            editor = self.counterparts.rows[int(match.group(1))]
            field = match.group(2) or ""
        return editor.field_widget(field) if editor is not None else None

    def set_readout(self, readout: Readout) -> None:
        """Show ``readout`` in every field, without reporting edits."""
        self._loading = True
        try:
            self._base = copy.deepcopy(readout)
            ui = self.ui
            select_data(ui.kindCombo, readout.kind.value)
            ui.eventDate.setDate(_qdate(readout.event_date))
            ui.releaseDate.setDate(_qdate(readout.release_date))
            select_data(ui.requestedCombo, readout.requested_by.value)
            select_data(ui.localeEs, readout.locales.es)
            select_data(ui.localeEn, readout.locales.en)
            for edit, text in (
                (ui.datelineEn, readout.dateline.en),
                (ui.datelineEs, readout.dateline.es),
                (ui.groupEn, readout.group.en),
                (ui.groupEs, readout.group.es),
                (ui.attributionName, readout.attribution.name),
                (ui.purposeEn, readout.purpose.en),
                (ui.purposeEs, readout.purpose.es),
            ):
                _set_text(edit, text)
            select_data(ui.attributionGender, readout.attribution.gender.value)
            select_data(ui.phrasingCombo, readout.attribution.phrasing.value)
            select_data(ui.roleCombo, readout.attribution.role)
            self.principal.set_official(readout.principal)
            self.counterparts.resize(len(readout.counterparts))
            for row, official in zip(self.counterparts.rows, readout.counterparts, strict=True):
                row.set_official(official)
            self.points.resize(len(readout.points))
            for editor, point in zip(self.points.rows, readout.points, strict=True):
                editor.set_point(point)
            self._kind_changed()
        finally:
            self._loading = False

    def set_override(self, lang: Lang, key: str, override: Override | None) -> None:
        """Keep (or, with None, drop) the officer's hand edit of part ``key``."""
        parts = self._base.overrides.setdefault(lang, {})
        if override is None:
            parts.pop(key, None)
        else:
            parts[key] = override
        self._report("")

    def set_clearance(self, clearance: Clearance) -> None:
        """Keep a new clearance sheet (filled in the export dialog) and report the edit."""
        self._base.clearance = copy.deepcopy(clearance)
        self._report("")

    def clean_fields(self) -> list[str]:
        """Clean every text field that needs it (see :mod:`.text_cleaning`): what changed,
        one "field: change" line each."""
        fields: list[TextField] = [
            field
            for field in self.findChildren(QLineEdit)
            if not isinstance(field.parent(), QComboBox)
        ]  # (a combo's own line edit is its search box, not data)
        for edit in self.findChildren(QPlainTextEdit):
            # A long readout has many paragraphs: only those edited since are read again.
            document = edit.document()
            if document.property(CLEANED_REVISION) != document.revision():
                fields.append(edit)
        notes = []
        for field in fields:
            changes = clean_field(field)
            if isinstance(field, QPlainTextEdit):
                field.document().setProperty(CLEANED_REVISION, field.document().revision())
            if changes:
                path = self.field_path(field)
                ui = current_ui_language()
                where = field_label(path, ui) if path else field.objectName()
                notes += [f"{where}: {change.text(ui)}" for change in changes]
        return notes

    def field_path(self, widget: QWidget) -> str:
        """The path of the text field ``widget`` ("points[2].es", "principal.surname"),
        as validation names fields; "" for a widget that is not one."""
        heads = ["principal"] + [f"counterparts[{i}]" for i in range(len(self.counterparts.rows))]
        paths = [
            *(f"{field}.{lang}" for field in ("dateline", "group", "purpose") for lang in LANGS),
            "attribution.name",
            *(f"points[{i}].{lang}" for i in range(len(self.points.rows)) for lang in LANGS),
            *(f"{head}.{name}" for head in heads for name in ("given_names", "surname")),
        ]
        return next((path for path in paths if self.field_widget(path) is widget), "")

    def readout(self) -> Readout:
        """The readout as the form holds it now (fields the form lacks kept as loaded)."""
        ui = self.ui
        out = copy.deepcopy(self._base)
        out.kind = Kind(current_data(ui.kindCombo))
        out.event_date = ui.eventDate.date().toPython()  # type: ignore[assignment]
        out.release_date = ui.releaseDate.date().toPython()  # type: ignore[assignment]
        out.requested_by = RequestedBy(current_data(ui.requestedCombo))
        out.locales = Locales(es=current_locale(ui.localeEs), en=current_locale(ui.localeEn))
        out.dateline = Bilingual(en=ui.datelineEn.text(), es=ui.datelineEs.text())
        out.group = Bilingual(en=ui.groupEn.text(), es=ui.groupEs.text())
        out.principal = self.principal.official()
        out.counterparts = [row.official() for row in self.counterparts.rows]
        out.attribution = Attribution(
            role=current_data(ui.roleCombo),
            name=ui.attributionName.text(),
            gender=Gender(current_data(ui.attributionGender)),
            phrasing=Phrasing(current_data(ui.phrasingCombo)),
        )
        out.purpose = Bilingual(en=field_text(ui.purposeEn), es=field_text(ui.purposeEs))
        out.points = [editor.point() for editor in self.points.rows]
        return out
