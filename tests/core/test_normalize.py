"""Typed and pasted text is cleaned by the same rules as a file, without refusing it."""

from __future__ import annotations

import pytest

from editor_app.core.messages import Message
from editor_app.core.normalize import RefusedCharacter, clean_typed, needs_cleaning, normalize_text

WORD_PASTE = "Primera línea\x0bsegunda\x00 línea\x07 con\ufffe ruido\uffff."


def test_a_paste_from_word_is_cleaned_and_every_change_is_named() -> None:
    cleaned = clean_typed(WORD_PASTE)
    assert cleaned.text == "Primera línea\nsegunda línea con ruido."
    said = " ".join(change.text("en") for change in cleaned.changes)
    for code in ("U+0000", "U+0007", "U+FFFE", "U+FFFF", "vertical tab"):
        assert code in said


def test_what_cleaning_changed_is_said_in_either_language_with_plurals() -> None:
    one = clean_typed("a\x0bb")
    assert [c.text("en") for c in one.changes] == [
        "1 vertical tab from Word turned into a line break"
    ]
    assert [c.text("es") for c in one.changes] == [
        "1 tabulación vertical de Word convertida en salto de línea"
    ]
    three = clean_typed("a\x0bb\x0bc\x0b\x07\x07", single_line=True)
    assert [c.text("en") for c in three.changes] == [
        "3 vertical tabs from Word turned into line breaks",
        "removed 2 × U+0007 control character",
        "line breaks turned into spaces",
    ]
    assert [c.text("es") for c in three.changes] == [
        "3 tabulaciones verticales de Word convertidas en saltos de línea",
        "2 × U+0007 carácter de control eliminados",
        "saltos de línea convertidos en espacios",
    ]


def test_a_refused_character_is_named_in_either_language() -> None:
    with pytest.raises(RefusedCharacter) as caught:
        normalize_text("ab\uffff")
    assert caught.value.text("es") == (
        "contiene U+FFFF (un no carácter) en la posición 3, que no es texto "
        "(probablemente el archivo se leyó con una codificación equivocada)"
    )
    assert str(caught.value).startswith("contains U+FFFF (a noncharacter) at position 3")


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
    assert (cleaned.text, _said(cleaned.changes)) == (
        "ab",
        (f"removed 2 × {code} (a noncharacter)",),
    )
    assert needs_cleaning(f"a{char}")


def test_lone_surrogates_are_named_and_dropped_from_typed_text() -> None:
    with pytest.raises(RefusedCharacter, match=r"^contains U\+DBFF \(a lone surrogate\) at"):
        normalize_text("ab\udbff")
    cleaned = clean_typed("a\udc00b")
    assert (cleaned.text, _said(cleaned.changes)) == (
        "ab",
        ("removed 1 × U+DC00 (a lone surrogate)",),
    )


def test_control_characters_are_still_named_as_such() -> None:
    assert _said(clean_typed("a\x01").changes) == ("removed 1 × U+0001 control character",)
    assert _said(clean_typed("a\x85").changes) == ("removed 1 × U+0085 control character",)


def _said(changes: tuple[Message, ...]) -> tuple[str, ...]:
    return tuple(change.text("en") for change in changes)
