"""The readout form: every field the officer fills, read back as a :class:`Readout`.

The view only lays out and reports: ``edited`` carries a field key for typing (so undo
can merge keystrokes in one field) or "" for one-off changes (a combo, a new row).
"""

from __future__ import annotations

import copy
import datetime as dt
import logging

from editor_app.core.draft import LANGS, Lang
from editor_app.core.field_labels import field_label
from editor_app.core.field_paths import (
    FieldPath,
    bilingual_path,
    counterpart_path,
    point_path,
    principal_path,
)
from editor_app.core.glossary import Glossary
from editor_app.core.locales import ENGLISH_LOCALES, SPANISH_LOCALES
from editor_app.core.model import (
    Attribution,
    Bilingual,
    Clearance,
    EventRelation,
    Gender,
    Kind,
    LeadShape,
    Locales,
    Override,
    Phrasing,
    PurposeForm,
    Readout,
    RequestedBy,
)
from editor_app.core.names import NAME_FIELDS
from editor_app.core.roster import RosterEntry
from editor_app.gui import house_style
from editor_app.gui.accessibility import name_controls
from editor_app.gui.choices import (
    GENDER_LABELS,
    KIND_LABELS,
    PHRASING_LABELS,
    REQUESTED_LABELS,
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
from editor_app.gui.lead_choices import (
    EVENT_RELATION_LABELS,
    PURPOSE_FORM_LABELS,
    fill_verbs,
)
from editor_app.gui.official_editor import OfficialEditor
from editor_app.gui.point_editor import PointEditor
from editor_app.gui.qt import QComboBox, QDate, QLineEdit, QPlainTextEdit, QWidget, Signal
from editor_app.gui.roster_completer import RosterCompleter
from editor_app.gui.row_editor import RowList
from editor_app.gui.text_cleaning import clean_and_mark, field_text, fields_to_clean

log = logging.getLogger(__name__)

DATE_FORMAT = "d MMM yyyy"
"""A text field's document property: its revision when :meth:`ReadoutForm.clean_fields`
last read it."""


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
    shown = Signal()
    """A readout was put in the form (opened, restored, undone): panels showing parts
    of it the form has no fields for follow."""

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
        fill_enum(self.ui.purposeFormCombo, PURPOSE_FORM_LABELS)
        fill_enum(self.ui.eventRelationCombo, EVENT_RELATION_LABELS)
        house_style.fill(self.ui)
        fill_verbs(self.ui.verbCombo, Kind.BILATERAL_CALL)
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
        self.points: RowList[PointEditor] = RowList(
            self.ui.pointsHost,
            lambda: PointEditor(counterparts=lambda: len(self.counterparts.rows)),
            "points",
        )
        self.attribution_completer = RosterCompleter(roster, self)
        self.attribution_completer.attach(self.ui.attributionName)
        self.attribution_completer.picked.connect(self._attribution_picked)
        self._connect()

    def _connect(self) -> None:
        self.principal.edited.connect(lambda key: self._report(principal_path(key) if key else ""))
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
            "lead.place.en": self.ui.placeEn,
            "lead.place.es": self.ui.placeEs,
            "lead.event.en": self.ui.eventEn,
            "lead.event.es": self.ui.eventEs,
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
            self.ui.verbCombo,
            self.ui.purposeFormCombo,
            self.ui.eventRelationCombo,
        ]
        for combo in combos:
            combo.currentIndexChanged.connect(lambda *_: self._report(""))
        for combo in (self.ui.localeEs, self.ui.localeEn):
            combo.editTextChanged.connect(lambda *_: self._report("locales"))
        self.ui.eventDate.dateChanged.connect(lambda *_: self._report("event_date"))
        self.ui.releaseDate.dateChanged.connect(lambda *_: self._report("release_date"))
        self.ui.byPhoneCheck.toggled.connect(lambda *_: self._report(""))
        house_style.connect(self.ui, self._report)
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
        ui = self.ui
        kind = Kind(current_data(ui.kindCombo))
        ui.groupEn.setVisible(kind.is_multilateral)
        ui.groupEs.setVisible(kind.is_multilateral)
        fill_verbs(ui.verbCombo, kind)
        # A call has no place or event in its lead; a meeting is not "by phone".
        ui.byPhoneCheck.setVisible(kind.is_call)
        for label in (ui.placeLabel, ui.eventLabel):
            ui.leadLayout.setRowVisible(label, not kind.is_call)

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
            "lead.place.en": ui.placeEn,
            "lead.place.es": ui.placeEs,
            "lead.event.en": ui.eventEn,
            "lead.event.es": ui.eventEs,
            "lead.verb": ui.verbCombo,
            house_style.ORIGINAL_LINK: ui.originalLinkEdit,
        }
        if path in fixed:
            return fixed[path]
        parsed = FieldPath.parse(path)
        if parsed is None:
            return None
        point = parsed.entry_of("points")
        if point is not None and point < len(self.points.rows):
            row = self.points.rows[point]
            edit: QWidget = row.ui.esEdit if parsed.field == "es" else row.ui.enEdit
            return edit
        counterpart = parsed.entry_of("counterparts")
        editor: OfficialEditor | None = None
        if parsed.head.name == "principal" and parsed.head.index is None:
            editor = self.principal
        elif counterpart is not None and counterpart < len(self.counterparts.rows):
            editor = self.counterparts.rows[counterpart]
        return editor.field_widget(parsed.field) if editor is not None else None

    def set_readout(self, readout: Readout) -> None:
        """Show ``readout`` in every field, without reporting edits."""
        self._loading = True
        try:
            self._base = copy.deepcopy(readout)
            ui = self.ui
            select_data(ui.kindCombo, readout.kind.value)
            fill_verbs(ui.verbCombo, readout.kind)
            select_data(ui.verbCombo, readout.lead.verb)
            ui.byPhoneCheck.setChecked(readout.lead.by_phone)
            select_data(ui.purposeFormCombo, readout.lead.purpose_form.value)
            select_data(ui.eventRelationCombo, readout.lead.event_relation.value)
            house_style.show(ui, readout)
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
                (ui.placeEn, readout.lead.place.en),
                (ui.placeEs, readout.lead.place.es),
                (ui.eventEn, readout.lead.event.en),
                (ui.eventEs, readout.lead.event.es),
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
        self.shown.emit()

    def set_override(self, lang: Lang, key: str, override: Override | None) -> None:
        """Keep (or, with None, drop) the officer's hand edit of part ``key``."""
        parts = self._base.overrides.setdefault(lang, {})
        if override is None:
            parts.pop(key, None)
        else:
            parts[key] = override
        self._report("")

    def set_clearance(self, clearance: Clearance, key: str = "") -> None:
        """Keep a new clearance sheet (edited in the clearance panel) and report the edit
        (``key``: the field typed in, so that undo merges its keystrokes)."""
        self._base.clearance = copy.deepcopy(clearance)
        self._report(key)

    def clean_fields(self) -> list[str]:
        """Clean every text field that needs it (see :mod:`.text_cleaning`): what changed,
        one "field: change" line each."""
        notes = []
        for field in fields_to_clean(self):
            changes = clean_and_mark(field)
            if changes:
                path = self.field_path(field)
                ui = current_ui_language()
                where = field_label(path, ui) if path else field.objectName()
                notes += [f"{where}: {change.text(ui)}" for change in changes]
        return notes

    def field_path(self, widget: QWidget) -> str:
        """The path of the text field ``widget`` ("points[2].es", "principal.surname"),
        as validation names fields; "" for a widget that is not one."""
        names = NAME_FIELDS
        paths = [
            *(
                bilingual_path(field, lang)
                for field in ("dateline", "group", "purpose", "lead.place", "lead.event")
                for lang in LANGS
            ),
            "attribution.name",
            house_style.ORIGINAL_LINK,
            *(point_path(i, lang) for i in range(len(self.points.rows)) for lang in LANGS),
            *(principal_path(name) for name in names),
            *(
                counterpart_path(i, name)
                for i in range(len(self.counterparts.rows))
                for name in names
            ),
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
        out.lead = LeadShape(
            verb=current_data(ui.verbCombo),
            by_phone=ui.byPhoneCheck.isChecked(),
            purpose_form=PurposeForm(current_data(ui.purposeFormCombo)),
            place=Bilingual(en=ui.placeEn.text(), es=ui.placeEs.text()),
            event=Bilingual(en=ui.eventEn.text(), es=ui.eventEs.text()),
            event_relation=EventRelation(current_data(ui.eventRelationCombo)),
        )
        house_style.read(ui, out)
        return out
