"""What the form's combo boxes offer, and small typed helpers to fill and read them.

Labels here name the choices for the officer; they are never text of the readout (the
core writes every word of the drafts).
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from editor_app.core.glossary import Glossary
from editor_app.core.model import Gender, Kind, Phrasing, RequestedBy
from editor_app.gui.qt import QT_TRANSLATE_NOOP, QComboBox, QCompleter, QCoreApplication, Qt

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
    RequestedBy.US: QT_TRANSLATE_NOOP("choices", "We did"),
    RequestedBy.COUNTERPART: QT_TRANSLATE_NOOP("choices", "The counterpart did"),
}
E = TypeVar("E", bound=StrEnum)

SPANISH_LOCALES = ("es_MX", "es_US", "es_ES", "es_419", "es_AR", "es_CO", "es_CL", "es_PE")
ENGLISH_LOCALES = ("en_US", "en_GB", "en_CA", "en_AU")


def label_text(label: str) -> str:
    """A choice label in the UI language."""
    return QCoreApplication.translate("choices", label)


def fill_enum(combo: QComboBox, labels: dict[E, str]) -> None:
    """Offer every member of an enum, labelled, with its value as item data."""
    combo.clear()
    for member, label in labels.items():
        combo.addItem(label_text(label), member.value)


def fill_titles(combo: QComboBox, glossary: Glossary) -> None:
    """Offer every glossary title, shown as its English full title, keyed by title key."""
    combo.clear()
    entries = sorted(glossary.titles.values(), key=lambda e: e.en.full.casefold())
    for entry in entries:
        combo.addItem(entry.en.full, entry.key)
        combo.setItemData(combo.count() - 1, entry.key, Qt.ItemDataRole.ToolTipRole)
    make_searchable(combo)


def fill_countries(combo: QComboBox, glossary: Glossary) -> None:
    """Offer every country the glossary knows, shown as "Mexico (MX)", keyed by code."""
    combo.clear()
    names = [(glossary.country_name(code, "en"), code) for code in glossary.country_codes()]
    for name, code in sorted(names, key=lambda n: n[0].casefold()):
        combo.addItem(f"{name} ({code})", code)
    make_searchable(combo)


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


def make_searchable(combo: QComboBox) -> None:
    """Let the officer type any part of an item's text to find it."""
    completer = combo.completer()
    if completer is None:
        return
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)


def select_data(combo: QComboBox, value: str, label: str | None = None) -> None:
    """Select the item whose data is ``value``, adding one (labelled ``label``) if none is."""
    index = combo.findData(value)
    if index < 0:
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
