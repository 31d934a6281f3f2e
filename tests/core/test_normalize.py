"""Typed and pasted text is cleaned by the same rules as a file, without refusing it."""

from __future__ import annotations

import pytest

from editor_app.core.normalize import RefusedCharacter, clean_typed, needs_cleaning, normalize_text

WORD_PASTE = "Primera línea\x0bsegunda\x00 línea\x07 con\ufffe ruido\uffff."


def test_a_paste_from_word_is_cleaned_and_every_change_is_named() -> None:
    cleaned = clean_typed(WORD_PASTE)
    assert cleaned.text == "Primera línea\nsegunda línea con ruido."
    said = " ".join(cleaned.changes)
    for code in ("U+0000", "U+0007", "U+FFFE", "U+FFFF", "vertical tab"):
        assert code in said


def test_a_file_still_refuses_what_a_paste_drops() -> None:
    with pytest.raises(RefusedCharacter):
        normalize_text(WORD_PASTE)


def test_one_line_fields_get_spaces_for_line_breaks() -> None:
    assert clean_typed("Juan\nRamón\tde la Fuente", single_line=True).text == (
        "Juan Ramón de la Fuente"
    )


@pytest.mark.parametrize(
    ("text", "single_line", "dirty"),
    [
        ("Hola, mundo. ¿Qué tal? 🇲🇽 𝔘 مرحبا", False, False),
        ("dos\nlíneas\tcon tabulador", False, False),
        ("dos\nlíneas", True, True),
        ("e\u0301 sin componer", False, True),
        ("\x85 control C1", False, True),
        ("\r\n de Windows", False, True),
        ("", False, False),
    ],
)
def test_the_fast_check_agrees_with_the_cleaning(text: str, single_line: bool, dirty: bool) -> None:
    assert needs_cleaning(text, single_line) is dirty
    assert (clean_typed(text, single_line).text != text) is dirty
