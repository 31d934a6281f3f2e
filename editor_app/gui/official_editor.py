"""One official: names, gender, title of office and country, completed from the roster."""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable

from editor_app.core.draft import Lang
from editor_app.core.glossary import Glossary
from editor_app.core.model import Gender, Official, TitleText
from editor_app.core.roster import RosterEntry
from editor_app.gui.accessibility import name_controls
from editor_app.gui.choices import (
    GENDER_LABELS,
    compact,
    current_data,
    fill_countries,
    fill_enum,
    fill_titles,
    select_data,
)
from editor_app.gui.custom_title_dialog import ask_custom_title
from editor_app.gui.forms.official_editor import Ui_OfficialEditor
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import QT_TRANSLATE_NOOP, QWidget
from editor_app.gui.roster_completer import RosterCompleter
from editor_app.gui.row_editor import RowEditor

log = logging.getLogger(__name__)

CUSTOM_TITLE = "\x00custom"
"""Item data of the entry standing for an official's custom (non-glossary) title."""
CUSTOM_LABEL = QT_TRANSLATE_NOOP("OfficialEditor", "Custom title…")


def custom_title_text(custom: TitleText, lang: Lang) -> str:
    """The custom title's full form in ``lang``, falling back to the other language."""
    first, second = (
        (custom.es_full, custom.en_full) if lang == "es" else (custom.en_full, custom.es_full)
    )
    return first or second


class OfficialEditor(RowEditor):
    """Edits one :class:`Official`; the form is held as ``self.ui``."""

    def __init__(
        self, glossary: Glossary, roster: list[RosterEntry], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_OfficialEditor()
        self.ui.setupUi(self)
        name_controls(self)
        self._custom: TitleText | None = None
        self.ui_lang = current_ui_language()
        fill_enum(self.ui.genderCombo, GENDER_LABELS)
        fill_titles(self.ui.titleCombo, glossary, self.ui_lang)
        fill_countries(self.ui.countryCombo, glossary, self.ui_lang)
        self.glossary = glossary
        fill_countries(self.ui.postingCombo, glossary, self.ui_lang)
        self.ui.postingCombo.insertItem(0, self.tr("Posted to…"), "")
        self.ui.postingCombo.setCurrentIndex(0)
        self.ui.titleCombo.addItem(self.tr(CUSTOM_LABEL), CUSTOM_TITLE)
        self._title_index = 0
        self.ask_custom_title: Callable[[TitleText | None, QWidget], TitleText | None] = (
            ask_custom_title
        )
        # Titles and countries shrink with the form (their whole text in the tooltip);
        # the names and the gender never shrink below what a person can read.
        for combo in (self.ui.titleCombo, self.ui.countryCombo, self.ui.postingCombo):
            compact(combo, 16)
        em = self.fontMetrics().horizontalAdvance("M")
        for edit in (self.ui.givenNames, self.ui.surname):
            edit.setMinimumWidth(8 * em)
        self.completer = RosterCompleter(roster, self)
        self.completer.attach(self.ui.givenNames)
        self.completer.attach(self.ui.surname)
        self.completer.picked.connect(self.fill_from)
        self.ui.givenNames.textEdited.connect(lambda: self.edited.emit("given_names"))
        self.ui.surname.textEdited.connect(lambda: self.edited.emit("surname"))
        for combo in (self.ui.genderCombo, self.ui.countryCombo, self.ui.postingCombo):
            combo.currentIndexChanged.connect(lambda: self.edited.emit(""))
        self._show_posting()
        self.ui.titleCombo.currentIndexChanged.connect(self._title_chosen)
        self.ui.upButton.clicked.connect(lambda: self.moveRequested.emit(-1))
        self.ui.downButton.clicked.connect(lambda: self.moveRequested.emit(1))
        self.ui.removeButton.clicked.connect(self.removeRequested.emit)

    def set_position(self, number: int, count: int) -> None:
        """Counterparts at the ends cannot move further."""
        self.ui.upButton.setEnabled(number > 1)
        self.ui.downButton.setEnabled(number < count)

    def show_row_buttons(self, shown: bool) -> None:
        """The principal has no move or remove buttons."""
        self.ui.rowButtons.setVisible(shown)

    def set_official(self, official: Official) -> None:
        """Show ``official`` without reporting edits."""
        self.blockSignals(True)
        try:
            for edit, text in (
                (self.ui.givenNames, official.given_names),
                (self.ui.surname, official.surname),
            ):
                if edit.text() != text:
                    edit.setText(text)
            select_data(self.ui.genderCombo, official.gender.value)
            self._custom = copy.deepcopy(official.custom_title)
            self._label_custom()
            select_data(self.ui.titleCombo, CUSTOM_TITLE if self._custom else official.title)
            self._title_index = self.ui.titleCombo.currentIndex()
            select_data(
                self.ui.countryCombo,
                official.country,
                official.country or self.tr("Choose a country"),
            )
            select_data(self.ui.postingCombo, official.posting)
            self._show_posting()
        finally:
            self.blockSignals(False)

    def _has_posting(self) -> bool:
        """True when the chosen title names where its holder serves (an ambassador)."""
        entry = self.glossary.titles.get(current_data(self.ui.titleCombo))
        return entry is not None and bool(entry.posting)

    def _show_posting(self) -> None:
        self.ui.postingCombo.setVisible(self._has_posting())

    def _label_custom(self) -> None:
        combo = self.ui.titleCombo
        label = (
            self.tr("Custom: {title}").format(title=custom_title_text(self._custom, self.ui_lang))
            if self._custom
            else self.tr(CUSTOM_LABEL)
        )
        combo.setItemText(combo.findData(CUSTOM_TITLE), label)

    def _title_chosen(self, index: int) -> None:
        if self.signalsBlocked():
            return
        if self.ui.titleCombo.itemData(index) == CUSTOM_TITLE:
            typed = self.ask_custom_title(self._custom, self)
            if typed is None:
                self.ui.titleCombo.setCurrentIndex(self._title_index)
                return
            self._custom = typed
            self._label_custom()
        self._title_index = index
        self._show_posting()
        self.edited.emit("")

    def official(self) -> Official:
        """The official as the fields hold it now."""
        title = current_data(self.ui.titleCombo)
        custom = title == CUSTOM_TITLE
        return Official(
            given_names=self.ui.givenNames.text(),
            surname=self.ui.surname.text(),
            gender=Gender(current_data(self.ui.genderCombo) or Gender.UNSPECIFIED.value),
            title="" if custom else title,
            custom_title=copy.deepcopy(self._custom) if custom else None,
            country=current_data(self.ui.countryCombo),
            posting=current_data(self.ui.postingCombo) if self._has_posting() else "",
        )

    def field_widget(self, field: str) -> QWidget:
        """The widget of ``field`` ("title", "country", ...; "" for the name)."""
        widgets: dict[str, QWidget] = {
            "title": self.ui.titleCombo,
            "custom_title": self.ui.titleCombo,
            "country": self.ui.countryCombo,
            "posting": self.ui.postingCombo,
            "surname": self.ui.surname,
        }
        name: QWidget = self.ui.givenNames
        return widgets.get(field, name)

    def fill_from(self, entry: RosterEntry) -> None:
        """Fill every field from a roster entry (one undoable edit)."""
        self.set_official(entry.official())
        self.edited.emit("")
