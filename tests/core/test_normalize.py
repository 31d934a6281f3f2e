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


@pytest.mark.parametrize(
    "char", ["\ufffe", "\uffff", "\ufdd0", "\ufdef", "\U0001fffe", "\U0010ffff"]
)
def test_noncharacters_are_named_as_noncharacters(char: str) -> None:
    code = f"U+{ord(char):04X}"
    with pytest.raises(RefusedCharacter) as info:
        normalize_text(f"texto{char}")
    assert str(info.value) == (
        f"contains {code} (a noncharacter) at position 6, which is not text "
        "(the file was probably decoded with the wrong encoding)"
    )
    cleaned = clean_typed(f"a{char}b{char}")
    assert (cleaned.text, cleaned.changes) == ("ab", (f"removed 2 × {code} (a noncharacter)",))
    assert needs_cleaning(f"a{char}")


def test_lone_surrogates_are_named_and_dropped_from_typed_text() -> None:
    with pytest.raises(RefusedCharacter, match=r"^contains U\+DBFF \(a lone surrogate\) at"):
        normalize_text("ab\udbff")
    cleaned = clean_typed("a\udc00b")
    assert (cleaned.text, cleaned.changes) == ("ab", ("removed 1 × U+DC00 (a lone surrogate)",))


def test_control_characters_are_still_named_as_such() -> None:
    assert clean_typed("a\x01").changes == ("removed 1 × U+0001 control character",)
    assert clean_typed("a\x85").changes == ("removed 1 × U+0085 control character",)
