"""Placeholders in talking points: the table says what each gives, and it gives that."""

from __future__ import annotations

import pytest

from editor_app.core.draft import Lang
from editor_app.core.glossary import load_glossary
from editor_app.core.language import Person, References
from editor_app.core.model import Gender, Official
from editor_app.core.placeholders import PLACEHOLDERS, Placeholder, expand_placeholders

LOCALES: dict[Lang, str] = {"en": "en_US", "es": "es_MX"}


def cast(lang: Lang, *officials: Official) -> dict[str, Person]:
    """The people of a readout whose principal is ``officials[0]``, as the renderer names them."""
    refs = References(load_glossary(), lang, LOCALES[lang], issuer=officials[0].country)
    people = {"principal": refs.person(officials[0])}
    for n, official in enumerate(officials[1:], start=1):
        people[f"counterpart{n}"] = refs.person(official)
    return people


RUBIO = Official("Marco", "Rubio", Gender.MASCULINE, "secretary_of_state", country="US")
SYBIHA = Official("Andrii", "Sybiha", Gender.MASCULINE, "foreign_minister", country="UA")


@pytest.mark.parametrize("row", PLACEHOLDERS, ids=lambda row: row.token)
def test_each_placeholder_gives_what_the_table_says(row: Placeholder) -> None:
    # Mid-sentence, so nothing is capitalised or closed.
    for lang, example in (("en", row.example_en), ("es", row.example_es)):
        people = cast(lang, RUBIO, SYBIHA)
        assert expand_placeholders(f"x {row.token} x", people, lang) == f"x {example} x"


def test_the_table_describes_each_placeholder_in_both_interface_languages() -> None:
    tokens = [row.token for row in PLACEHOLDERS]
    assert len(tokens) == len(set(tokens))
    counterpart = next(row for row in PLACEHOLDERS if row.token == "{counterpart}")
    assert counterpart.gives().text("en") == (
        "The counterpart's later reference; {counterpart2}, {counterpart3}… name the others"
    )
    assert counterpart.gives().text("es") == (
        "La mención posterior del interlocutor; {counterpart2}, {counterpart3}… nombran a "
        "los demás"
    )
