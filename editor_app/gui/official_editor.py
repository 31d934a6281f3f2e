"""One official: names, gender, title of office and country, completed from the roster.

"More" shows the rest of the name: its Spanish spelling, the honorific, the name order and
the later-reference names (each later-name field shows the name the core would choose).
"""

from __future__ import annotations

import copy
import dataclasses
import logging
from collections.abc import Callable

from editor_app.core import names
from editor_app.core.draft import Lang
from editor_app.core.glossary import Glossary
from editor_app.core.model import Gender, NameConvention, Official, TitleText
from editor_app.core.roster import RosterEntry
from editor_app.gui.accessibility import name_controls
from editor_app.gui.choices import (
    CONVENTION_LABELS,
    GENDER_LABELS,
    compact,
    current_data,
    fill_countries,
    fill_enum,
    fill_honorifics,
    fill_titles,
    own_items,
    select_data,
)
from editor_app.gui.custom_title_dialog import ask_custom_title
from editor_app.gui.focus import set_tab_order
from editor_app.gui.forms.official_editor import Ui_OfficialEditor
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import QT_TRANSLATE_NOOP, QLineEdit, Qt, QWidget
from editor_app.gui.roster_completer import RosterCompleter
from editor_app.gui.row_editor import RowEditor

log = logging.getLogger(__name__)

CUSTOM_TITLE = "\x00custom"
"""Item data of the entry standing for an official's custom (non-glossary) title."""
CUSTOM_LABEL = QT_TRANSLATE_NOOP("OfficialEditor", "Custom title…")
MORE_FIELDS = frozenset(
    ("es_given_names", "es_surname", "honorific", "convention", "later_name", "es_later_name")
)
"""The fields under "More": going to one of them opens it."""


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
        custom = (self.tr(CUSTOM_LABEL), CUSTOM_TITLE)
        fill_titles(self.ui.titleCombo, glossary, self.ui_lang, last=custom)
        fill_countries(self.ui.countryCombo, glossary, self.ui_lang)
        fill_honorifics(self.ui.honorificCombo, self.ui_lang)
        fill_enum(self.ui.conventionCombo, CONVENTION_LABELS)
        self.ui.moreButton.toggled.connect(self._more_toggled)
        self.glossary = glossary
        posted = (self.tr("Posted to…"), "")
        fill_countries(self.ui.postingCombo, glossary, self.ui_lang, first=posted)
        self.ui.postingCombo.setCurrentIndex(0)
        self._title_index = 0
        self.ask_custom_title: Callable[[TitleText | None, QWidget], TitleText | None] = (
            ask_custom_title
        )
        # Titles and countries shrink with the form (their whole text in the tooltip);
        # the names and the gender never shrink below what a person can read.
        for combo in (self.ui.titleCombo, self.ui.countryCombo, self.ui.postingCombo):
            compact(combo, 16)
        for combo in (self.ui.honorificCombo, self.ui.conventionCombo):
            compact(combo, 10)
        em = self.fontMetrics().horizontalAdvance("M")
        for edit in (self.ui.givenNames, self.ui.surname):
            edit.setMinimumWidth(8 * em)
        self.completer = RosterCompleter(roster, self)
        self.completer.attach(self.ui.givenNames)
        self.completer.attach(self.ui.surname)
        self.completer.picked.connect(self.fill_from)
        self.ui.givenNames.textEdited.connect(lambda: self.edited.emit("given_names"))
        self.ui.surname.textEdited.connect(lambda: self.edited.emit("surname"))
        for edit, field in self._more_edits():
            edit.textEdited.connect(lambda _=None, field=field: self.edited.emit(field))
        for combo in (
            self.ui.genderCombo,
            self.ui.countryCombo,
            self.ui.honorificCombo,
            self.ui.conventionCombo,
            self.ui.postingCombo,
        ):
            combo.currentIndexChanged.connect(lambda: self.edited.emit(""))
        self.edited.connect(self._follow_name)
        self._show_posting()
        self.ui.titleCombo.currentIndexChanged.connect(self._title_chosen)
        self.ui.upButton.clicked.connect(lambda: self.moveRequested.emit(-1))
        self.ui.downButton.clicked.connect(lambda: self.moveRequested.emit(1))
        self.ui.removeButton.clicked.connect(self.removeRequested.emit)

    def _more_edits(self) -> list[tuple[QLineEdit, str]]:
        ui = self.ui
        return [
            (ui.esGivenNames, "es_given_names"),
            (ui.esSurname, "es_surname"),
            (ui.laterName, "later_name"),
            (ui.esLaterName, "es_later_name"),
        ]

    def _more_toggled(self, shown: bool) -> None:
        self.ui.moreBox.setVisible(shown)
        if not shown:
            return
        # The window lays its Tab order when rows come and go, over the fields then shown:
        # put these right after "More", before whatever Tab reached next.
        ui = self.ui
        chain: list[QWidget] = [ui.moreButton, ui.esGivenNames, ui.esSurname, ui.honorificCombo]
        chain += [ui.laterName, ui.esLaterName, ui.conventionCombo]
        following = ui.moreButton.nextInFocusChain()
        while (
            following is not None
            and following is not ui.moreButton
            and (
                following in chain
                or not following.isVisible()
                or not following.focusPolicy() & Qt.FocusPolicy.TabFocus
            )
        ):
            following = following.nextInFocusChain()
        if following is not None and following is not ui.moreButton:
            chain.append(following)
        set_tab_order(chain)

    def show_more(self, shown: bool = True) -> None:
        """Show (or hide) the rest of the name's fields."""
        self.ui.moreButton.setChecked(shown)

    def _follow_name(self) -> None:
        """Each later-name field shows what the core would choose; a name in a script the
        drafts do not use opens "More", where its transliteration goes."""
        official = self.official()
        chosen = dataclasses.replace(official, later_name="", es_later_name="")
        self.ui.laterName.setPlaceholderText(
            self.tr("Later: {name}").format(name=names.later_name(chosen, "en"))
        )
        chosen.later_name = official.later_name
        self.ui.esLaterName.setPlaceholderText(
            self.tr("Spanish later: {name}").format(name=names.later_name(chosen, "es"))
        )
        if any(names.foreign_script(str(getattr(official, f))) for f in names.NAME_FIELDS):
            self.show_more()

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
                *((edit, str(getattr(official, field))) for edit, field in self._more_edits()),
            ):
                if edit.text() != text:
                    edit.setText(text)
            select_data(self.ui.genderCombo, official.gender.value)
            select_data(self.ui.honorificCombo, official.honorific)
            select_data(self.ui.conventionCombo, official.convention.value)
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
        self._follow_name()

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
        index = combo.findData(CUSTOM_TITLE)
        if combo.itemText(index) != label:
            own_items(combo)  # the other officials' title lists keep their own label
            combo.setItemText(index, label)

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
            es_given_names=self.ui.esGivenNames.text(),
            es_surname=self.ui.esSurname.text(),
            honorific=current_data(self.ui.honorificCombo),
            convention=NameConvention(current_data(self.ui.conventionCombo)),
            later_name=self.ui.laterName.text(),
            es_later_name=self.ui.esLaterName.text(),
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
            "es_given_names": self.ui.esGivenNames,
            "es_surname": self.ui.esSurname,
            "honorific": self.ui.honorificCombo,
            "convention": self.ui.conventionCombo,
            "later_name": self.ui.laterName,
            "es_later_name": self.ui.esLaterName,
        }
        if field in MORE_FIELDS:
            self.show_more()  # the officer is taken there: it cannot stay folded away
        name: QWidget = self.ui.givenNames
        return widgets.get(field, name)

    def fill_from(self, entry: RosterEntry) -> None:
        """Fill every field from a roster entry (one undoable edit)."""
        self.set_official(entry.official())
        self.edited.emit("")
