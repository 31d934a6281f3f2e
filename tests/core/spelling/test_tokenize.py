"""The tokenizer: words, abbreviations, numbers and skipped pieces, with exact spans."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.spelling.tokenize import Token, TokenKind, tokenize

W = TokenKind.WORD


def kinds(text: str) -> list[tuple[str, TokenKind]]:
    return [(t.text, t.kind) for t in tokenize(text)]


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text) if t.is_word]


def test_accented_letters_enye_and_dieresis_stay_in_the_word() -> None:
    assert words("Conversó con el niño sobre el pingüino; ÁRBOL, Ñandú.") == [
        "Conversó",
        "con",
        "el",
        "niño",
        "sobre",
        "el",
        "pingüino",
        "ÁRBOL",
        "Ñandú",
    ]


def test_decomposed_accents_and_soft_hyphens_stay_in_the_word() -> None:
    text = "conve\u0301rso\u0301 ca\u00adnciller"
    assert words(text) == ["conve\u0301rso\u0301", "ca\u00adnciller"]


def test_apostrophes_straight_and_typographic_do_not_split() -> None:
    assert words("Landau’s call, Landau's call, O’Brien and O'Brien") == [
        "Landau’s",
        "call",
        "Landau's",
        "call",
        "O’Brien",
        "and",
        "O'Brien",
    ]


def test_quotes_around_a_word_are_not_part_of_it() -> None:
    assert words("'hola' ‘hi’ «adiós» “bye” students’ work") == [
        "hola",
        "hi",
        "adiós",
        "bye",
        "students",
        "work",
    ]


def test_hyphenated_words_come_out_one_part_each() -> None:
    assert kinds("U.S.-Mexico franco-mexicana well‑known") == [
        ("U.S.", TokenKind.ABBREVIATION),
        ("Mexico", W),
        ("franco", W),
        ("mexicana", W),
        ("well", W),
        ("known", W),
    ]


def test_abbreviations() -> None:
    assert kinds("the U.S. and EE. UU. and EE.UU. Sr. Sra. Dr. Ph.D. a. m. p.m.") == [
        ("the", W),
        ("U.S.", TokenKind.ABBREVIATION),
        ("and", W),
        ("EE. UU.", TokenKind.ABBREVIATION),
        ("and", W),
        ("EE.UU.", TokenKind.ABBREVIATION),
        ("Sr.", TokenKind.ABBREVIATION),
        ("Sra.", TokenKind.ABBREVIATION),
        ("Dr.", TokenKind.ABBREVIATION),
        ("Ph.D.", TokenKind.ABBREVIATION),
        ("a. m.", TokenKind.ABBREVIATION),
        ("p.m.", TokenKind.ABBREVIATION),
    ]


def test_a_sentence_period_after_an_ordinary_word_is_not_taken() -> None:
    assert kinds("Hablaron. Luego") == [("Hablaron", W), ("Luego", W)]


def test_numbers_ordinals_and_dates() -> None:
    text = "1.º de marzo, 1.ª vez, 1.er lugar, 1º, 25th, 3rd, 2,000, 2.000.000, 3.5, 10:30"
    assert [(t.text, t.kind) for t in tokenize(text) if not t.is_word] == [
        ("1.º", TokenKind.ORDINAL),
        ("1.ª", TokenKind.ORDINAL),
        ("1.er", TokenKind.ORDINAL),
        ("1º", TokenKind.ORDINAL),
        ("25th", TokenKind.ORDINAL),
        ("3rd", TokenKind.ORDINAL),
        ("2,000", TokenKind.NUMBER),
        ("2.000.000", TokenKind.NUMBER),
        ("3.5", TokenKind.NUMBER),
        ("10:30", TokenKind.NUMBER),
    ]


def test_dates_and_year_ranges() -> None:
    assert kinds("26/03/2025 2025-03-26 26.03.2025 de 2019-2021") == [
        ("26/03/2025", TokenKind.DATE),
        ("2025-03-26", TokenKind.DATE),
        ("26.03.2025", TokenKind.DATE),
        ("de", W),
        ("2019", TokenKind.NUMBER),
        ("2021", TokenKind.NUMBER),
    ]


def test_words_with_digits_are_one_token() -> None:
    assert kinds("G7, G20, 5G, COVID-19") == [
        ("G7", TokenKind.ALPHANUMERIC),
        ("G20", TokenKind.ALPHANUMERIC),
        ("5G", TokenKind.ALPHANUMERIC),
        ("COVID", W),
        ("19", TokenKind.NUMBER),
    ]


def test_urls_are_skipped_without_trailing_punctuation() -> None:
    text = (
        "See https://www.state.gov/readout-landau. Or (www.gob.mx/sre), "
        "state.gov and https://en.wikipedia.org/wiki/Oaxaca_(city)."
    )
    urls = [t.text for t in tokenize(text) if t.kind is TokenKind.URL]
    assert urls == [
        "https://www.state.gov/readout-landau",
        "www.gob.mx/sre",
        "state.gov",
        "https://en.wikipedia.org/wiki/Oaxaca_(city)",
    ]
    assert words(text) == ["See", "Or", "and"]


def test_email_addresses_and_handles_are_skipped() -> None:
    text = "Escriba a prensa.sre@sre.gob.mx o a @StateDept con #USMexico."
    assert [(t.text, t.kind) for t in tokenize(text) if not t.is_word] == [
        ("prensa.sre@sre.gob.mx", TokenKind.EMAIL),
        ("@StateDept", TokenKind.HANDLE),
        ("#USMexico", TokenKind.HANDLE),
    ]


def test_spans_are_python_offsets_even_after_astral_characters() -> None:
    text = "🇲🇽 Hola 𝐱 mundo"
    tokens = tokenize(text)
    assert [(t.text, t.start) for t in tokens] == [("Hola", 3), ("𝐱", 8), ("mundo", 10)]
    assert all(text[t.start : t.end] == t.text for t in tokens)


def test_empty_and_blank_text() -> None:
    assert tokenize("") == []
    assert tokenize(" \n\t—–-.,;") == []


def test_long_hyphen_chains_stay_fast() -> None:
    # Guards against a pattern that rescans a run from every position (quadratic time).
    text = "a-" * 50_000 + "b.c" * 10_000
    assert len(tokenize(text)) > 50_000


_INTERESTING = st.sampled_from(
    [*"aáñüÑ.-'’ ,:/@#ºª°\u0301\u00ad\u200b0123456789EUSwh", "https://", "www.", "EE. "]
)


def _assert_well_formed(text: str, tokens: list[Token]) -> None:
    previous_end = 0
    for token in tokens:
        assert text[token.start : token.end] == token.text
        assert token.text
        assert previous_end <= token.start < token.end
        previous_end = token.end


@given(st.text())
def test_arbitrary_text_never_crashes_and_spans_slice_back(text: str) -> None:
    _assert_well_formed(text, tokenize(text))


@given(st.lists(_INTERESTING, max_size=60).map("".join))
def test_tricky_text_never_crashes_and_spans_slice_back(text: str) -> None:
    _assert_well_formed(text, tokenize(text))
