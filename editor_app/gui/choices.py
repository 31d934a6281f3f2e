"""What the form's combo boxes offer, and small typed helpers to fill and read them.

Labels here name the choices for the officer; they are never text of the readout (the
core writes every word of the drafts).
"""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from enum import StrEnum
from functools import partial
from typing import TypeVar

from editor_app.core.draft import Lang
from editor_app.core.glossary import Glossary, TitleEntry
from editor_app.core.model import (
    Gender,
    Kind,
    NameConvention,
    Phrasing,
    RequestedBy,
    TitleStyle,
)
from editor_app.core.names import honorific_keys, honorific_text
from editor_app.core.title_data import FORM_NAMES
from editor_app.gui.i18n import current_ui_language
from editor_app.gui.qt import (
    QT_TRANSLATE_NOOP,
    QComboBox,
    QCompleter,
    QCoreApplication,
    QSignalBlocker,
    QStandardItem,
    QStandardItemModel,
    QStringListModel,
    Qt,
    is_alive,
)

log = logging.getLogger(__name__)

KIND_LABELS: dict[Kind, str] = {
    Kind.BILATERAL_CALL: QT_TRANSLATE_NOOP("choices", "Bilateral call"),
    Kind.BILATERAL_MEETING: QT_TRANSLATE_NOOP("choices", "Bilateral meeting"),
    Kind.MULTILATERAL_CALL: QT_TRANSLATE_NOOP("choices", "Multilateral call"),
    Kind.MULTILATERAL_MEETING: QT_TRANSLATE_NOOP("choices", "Multilateral meeting"),
}
GENDER_LABELS: dict[Gender, str] = {
    Gender.MASCULINE: QT_TRANSLATE_NOOP("choices", "Masculine"),
    Gender.FEMININE: QT_TRANSLATE_NOOP("choices", "Feminine"),
    Gender.UNSPECIFIED: QT_TRANSLATE_NOOP("choices", "Gender not set"),
}
PHRASING_LABELS: dict[Phrasing, str] = {
    Phrasing.BELOW: QT_TRANSLATE_NOOP("choices", "“The below is attributable to …”"),
    Phrasing.FOLLOWING: QT_TRANSLATE_NOOP("choices", "“The following is attributable to …”"),
    Phrasing.AS_STATED: QT_TRANSLATE_NOOP("choices", "“As stated by …”"),
    Phrasing.NONE: QT_TRANSLATE_NOOP("choices", "No attribution line"),
}
REQUESTED_LABELS: dict[RequestedBy, str] = {
    RequestedBy.UNSAID: QT_TRANSLATE_NOOP("choices", "Not said"),
    RequestedBy.US: QT_TRANSLATE_NOOP("choices", "We did"),
    RequestedBy.COUNTERPART: QT_TRANSLATE_NOOP("choices", "The counterpart did"),
}
CONVENTION_LABELS: dict[NameConvention, str] = {
    NameConvention.AUTO: QT_TRANSLATE_NOOP("choices", "Name order: from the name and country"),
    NameConvention.GIVEN_FIRST: QT_TRANSLATE_NOOP("choices", "Given names first"),
    NameConvention.FAMILY_FIRST: QT_TRANSLATE_NOOP("choices", "Family name first (Wang Yi)"),
    NameConvention.ARABIC: QT_TRANSLATE_NOOP("choices", "Arabic (Faisal bin Farhan)"),
    NameConvention.IBERIAN: QT_TRANSLATE_NOOP("choices", "Two surnames (López Obrador)"),
}
NO_HONORIFIC = QT_TRANSLATE_NOOP("choices", "No honorific")
TITLE_STYLE_LABELS: dict[TitleStyle, str] = {
    TitleStyle.USUAL: QT_TRANSLATE_NOOP(
        "choices", "As State writes them: “Spanish Foreign Minister”"
    ),
    TitleStyle.OFFICIAL: QT_TRANSLATE_NOOP(
        "choices", "Official names: “Minister of Foreign Affairs, European Union and Cooperation”"
    ),
}
E = TypeVar("E", bound=StrEnum)

SEARCH_ROLE = int(Qt.ItemDataRole.UserRole) + 1
"""Item data role of the folded text a search matches: the shown name and other names."""


def label_text(label: str) -> str:
    """A choice label in the UI language."""
    return QCoreApplication.translate("choices", label)


def fill_enum(combo: QComboBox, labels: dict[E, str]) -> None:
    """Offer every member of an enum, labelled, with its value as item data."""
    combo.clear()
    for member, label in labels.items():
        combo.addItem(label_text(label), member.value)


_DIACRITICS = re.compile("[\u0300-\u036f]")
"""Unicode's combining diacritical marks block (accents, tildes, cedillas)."""


@functools.lru_cache(maxsize=8192)
def search_key(text: str) -> str:
    """``text`` folded for matching and sorting: case-folded, accents stripped.

    "México" and "Mexico" both give "mexico", so "Á" sorts with "a", not after "z".
    Kept per text: every official's editor fills the same country and title lists.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = _DIACRITICS.sub("", decomposed)  # the common marks, in one C-level pass
    if stripped.isascii():
        return stripped
    return "".join(c for c in stripped if not unicodedata.combining(c))


def title_label(entry: TitleEntry, lang: Lang) -> str:
    """How the title combo names a glossary title in the UI language.

    English: the full title ("Secretary of State"). Spanish: the generic (masculine) full
    title with a capital, as a list item ("Secretario de Estado"); the drafts still agree
    with each official's gender.
    """
    if lang == "en":
        return entry.en.full
    full = entry.es_masculine.full
    return full[:1].upper() + full[1:]


def country_label(glossary: Glossary, code: str, lang: Lang) -> str:
    """How the country combo names a country: "México (MX)" / "Mexico (MX)"."""
    return f"{glossary.country_name(code, lang)} ({code})"


def fill_titles(
    combo: QComboBox,
    glossary: Glossary,
    lang: Lang | None = None,
    last: tuple[str, str] | None = None,
) -> None:
    """Offer every glossary title named in ``lang``, keyed by title key, then ``last``
    (label, data) if given.

    ``lang`` defaults to the UI language. Items are sorted by their shown name; typing
    a name in either language (or the Spanish feminine form) finds the title.
    """
    items = _title_items(glossary, lang or current_ui_language())
    _share(combo, _shared_model(items, None, last, tooltips=True))


@functools.cache
def _title_items(glossary: Glossary, shown: Lang) -> tuple[tuple[str, str, str], ...]:
    """(label, key, search text) of every title, sorted: made once per glossary and
    language, for every official's title field."""
    labelled = [(title_label(entry, shown), entry) for entry in glossary.titles.values()]
    items = []
    for label, entry in sorted(labelled, key=lambda item: search_key(item[0])):
        # Any form in either language finds the title: "canciller", "Minister of Foreign
        # Affairs", "secretaria adjunta", the official long name.
        forms = tuple(
            dict.fromkeys(
                form.get(name)
                for form in (entry.en, entry.es_masculine, entry.es_feminine)
                for name in FORM_NAMES
            )
        )
        items.append((label, entry.key, search_key(" | ".join((label, *forms)))))
    return tuple(items)


def fill_countries(
    combo: QComboBox,
    glossary: Glossary,
    lang: Lang | None = None,
    first: tuple[str, str] | None = None,
) -> None:
    """Offer ``first`` (label, data) if given, then every country the glossary knows,
    shown as "México (MX)", keyed by code.

    Names are in ``lang`` (default: the UI language) and sorted by them; the name in the
    other language also finds the country, and an organisation's every name ("Naciones
    Unidas", "OTAN") finds it.
    """
    items = _country_items(glossary, lang or current_ui_language())
    _share(combo, _shared_model(items, first, None, tooltips=False))


_Item = tuple[str, str, str]
"""(label, data, search text) of one item of a long list."""


@functools.cache
def _shared_model(
    items: tuple[_Item, ...],
    first: tuple[str, str] | None,
    last: tuple[str, str] | None,
    tooltips: bool,
) -> QStandardItemModel:
    """One model per list, shared by every combo that offers it (each official has a
    title, a country and a posting field): made once, not once per field."""
    model = QStandardItemModel()
    rows = [(*first, "")] if first else []
    rows += items
    rows += [(*last, "")] if last else []
    for label, data, search in rows:
        item = QStandardItem(label)
        item.setData(data, Qt.ItemDataRole.UserRole)
        if search:
            item.setData(search, SEARCH_ROLE)
        if tooltips and search:
            item.setData(data, Qt.ItemDataRole.ToolTipRole)
        model.appendRow(item)
    return model


def _share(combo: QComboBox, model: QStandardItemModel) -> None:
    combo.setModel(model)
    combo.setProperty(_SHARED, True)
    make_searchable(combo)


_SHARED = "sharesItsModel"
"""Property of a combo whose items are a shared model: it must not add items to it."""


def own_items(combo: QComboBox) -> None:
    """Give ``combo`` a copy of its shared items, before it adds or changes one of its own."""
    if not combo.property(_SHARED):
        return
    shared = combo.model()
    assert isinstance(shared, QStandardItemModel)
    own = QStandardItemModel(combo)
    for row in range(shared.rowCount()):
        item = shared.item(row)
        if item is not None:
            own.appendRow(item.clone())
    index = combo.currentIndex()
    with QSignalBlocker(combo):
        combo.setModel(own)
        combo.setCurrentIndex(index)
    combo.setProperty(_SHARED, False)
    completer = combo.completer()
    if isinstance(completer, SearchCompleter):
        completer.reset_matches()  # the combo gave it its own model, deleting the matches


@functools.cache
def _country_items(glossary: Glossary, shown: Lang) -> tuple[tuple[str, str, str], ...]:
    """(label, code, search text) of every country, sorted: made once per glossary and
    language, for every official's country and posting fields."""
    other: Lang = "en" if shown == "es" else "es"
    labelled = [(country_label(glossary, code, shown), code) for code in glossary.country_codes()]
    items = []
    for label, code in sorted(labelled, key=lambda item: search_key(item[0])):
        # An organisation is also found by its names and acronyms in both languages.
        names = glossary.organisation_names.get(code, {})
        also = (glossary.country_name(code, other), *(n for forms in names.values() for n in forms))
        items.append((label, code, search_key(" | ".join((label, *also)))))
    return tuple(items)


def fill_honorifics(combo: QComboBox, lang: Lang | None = None) -> None:
    """Offer "No honorific" and every honorific of the name data, shown in ``lang`` (default:
    the UI language) in both genders ("Prince / Princess", "príncipe / princesa")."""
    shown = lang or current_ui_language()
    combo.clear()
    combo.addItem(label_text(NO_HONORIFIC), "")
    for key in honorific_keys():
        forms = [honorific_text(key, shown, g) for g in (Gender.MASCULINE, Gender.FEMININE)]
        # Spanish forms carry their article ("el príncipe"): a list shows the word alone.
        words = [f.split(" ", 1)[-1] for f in forms if f] or [
            honorific_text(key, "en", Gender.MASCULINE)
        ]
        combo.addItem(" / ".join(dict.fromkeys(words)), key)


def fill_locales(combo: QComboBox, locales: tuple[str, ...]) -> None:
    """Offer locale codes (an editable combo also takes any other code)."""
    combo.clear()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for code in locales:
        combo.addItem(code, code)


def compact(combo: QComboBox, characters: int = 10) -> None:
    """Let a combo shrink with the form instead of growing to its longest item."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    # What a narrow combo cuts off stays readable on hover.
    combo.currentTextChanged.connect(combo.setToolTip)
    combo.setToolTip(combo.currentText())


class SearchCompleter(QCompleter):
    """Completes a combo from any part of an item's text, ignoring case and accents.

    The popup lists the combo's items (as shown) whose text, or whose other names kept
    under :data:`SEARCH_ROLE`, contain what the officer typed: "Mexico" and "méxico"
    both find "México (MX)".
    """

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        self.matches = QStringListModel(self)
        self.reset_matches()
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)

    def reset_matches(self) -> None:
        """List the matches again (after the combo's setModel gave this its model)."""
        if not is_alive(self.matches):
            self.matches = QStringListModel(self)
        self.setModel(self.matches)

    def update_matches(self, typed: str) -> None:
        """List the items matching ``typed`` (the line edit then shows the popup)."""
        self.matches.setStringList(matching_items(self.combo, typed))


def matching_items(combo: QComboBox, typed: str) -> list[str]:
    """The texts of ``combo``'s items that contain ``typed``, folded by :func:`search_key`."""
    needle = search_key(typed.strip())
    found = []
    for index in range(combo.count()):
        text = combo.itemText(index)
        key = combo.itemData(index, SEARCH_ROLE)
        if needle in (key if isinstance(key, str) else search_key(text)):
            found.append(text)
    return found


def make_searchable(combo: QComboBox) -> None:
    """Let the officer type any part of an item's text (accents optional) to find it."""
    line_edit = combo.lineEdit()
    if line_edit is None or isinstance(combo.completer(), SearchCompleter):
        return
    completer = SearchCompleter(combo)
    combo.setCompleter(completer)
    line_edit.textEdited.connect(completer.update_matches)
    line_edit.editingFinished.connect(partial(settle_typed, combo))
    # A narrow combo shows the start of a long name ("Ministro de Relaciones Ex…").
    combo.currentIndexChanged.connect(lambda: line_edit.setCursorPosition(0))


def settle_typed(combo: QComboBox) -> None:
    """When the officer leaves a searchable combo, what it shows is what it holds: the
    item typed (or the only one matching it) is chosen; anything else gives way to the
    current choice again (the combo never shows "Brasil" while the readout says Mexico)."""
    line_edit = combo.lineEdit()
    if line_edit is None:
        return
    typed = line_edit.text()
    chosen = combo.itemText(combo.currentIndex())  # (currentText() is what was typed)
    if typed == chosen or combo.currentIndex() < 0:
        return
    index = combo.findText(typed)
    if index < 0:
        matches = matching_items(combo, typed) if typed.strip() else []
        index = combo.findText(matches[0]) if len(matches) == 1 else -1
    if index >= 0 and index != combo.currentIndex():
        combo.setCurrentIndex(index)
    line_edit.setText(combo.itemText(combo.currentIndex()))
    line_edit.setCursorPosition(0)


def select_data(combo: QComboBox, value: str, label: str | None = None) -> None:
    """Select the item whose data is ``value``, adding one (labelled ``label``) if none is."""
    index = combo.findData(value)
    if index < 0:
        own_items(combo)
        combo.addItem(label if label is not None else value, value)
        index = combo.count() - 1
    combo.setCurrentIndex(index)


def current_data(combo: QComboBox) -> str:
    """The data of the selected item ("" when nothing is selected)."""
    data = combo.currentData()
    return data if isinstance(data, str) else ""


def current_locale(combo: QComboBox) -> str:
    """A locale combo's code: the item's data, or what the officer typed."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    return current_data(combo) if index >= 0 else text
