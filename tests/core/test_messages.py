"""Every message the officer can see is declared once, in English and in Spanish, and the
two templates take the same values: no message lacks a language or fails to format."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import editor_app.cli
import editor_app.core
from editor_app.core.checks.catalogue import all_checks
from editor_app.core.messages import (
    LANGUAGE_NAMES,
    MESSAGES,
    Localized,
    Template,
    define,
    placeholders,
)

# Every core module declares its messages as it is imported: import them all, so the
# tests below see every message the officer can meet.
for _module in pkgutil.walk_packages(editor_app.core.__path__, "editor_app.core."):
    importlib.import_module(_module.name)

IDS = sorted(MESSAGES)
_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def _dummy_values(template: Template) -> dict[str, str]:
    return {name: f"<{name}>" for name, _, _ in placeholders(template.en)}


def test_every_core_module_declares_its_messages() -> None:
    for prefix in (
        "validate.",
        "parse.",
        "normalize.",
        "store.",
        "write.",
        "export.",
        "dictionaries.",
        "spelling.",
        "cli.",
    ):
        assert any(m.startswith(prefix) for m in MESSAGES), prefix


@pytest.mark.parametrize("message_id", [m for m in IDS if MESSAGES[m].count])
def test_plural_messages_have_every_form_in_both_languages(message_id: str) -> None:
    template = MESSAGES[message_id]
    values = {name: f"<{name}>" for name, _, _ in placeholders(template.en)}
    for n in (0, 1, 2, 5, 1_000_000):
        values[template.count] = n  # type: ignore[assignment]
        for ui_lang in ("en", "es"):
            text = template.format(ui_lang, values)
            assert str(n) in text and "(s)" not in text and "(es)" not in text
    forms = (dict(template.en_forms), dict(template.es_forms))
    assert any(f["one"] != f["other"] for f in forms), "no form tells one from many"


def test_a_count_chooses_the_plural_form_by_the_language_rules() -> None:
    paragraphs = MESSAGES["parity.paragraphs"]
    values = {
        "label": "Title",
        "lang_name": LANGUAGE_NAMES["es"],
        "other_count": "2",
        "other": LANGUAGE_NAMES["en"],
    }
    one = paragraphs(count=1, **values)
    assert one.text("en") == "Title has 1 paragraph in Spanish but 2 in English"
    assert one.text("es") == "Title: tiene 1 párrafo en español, pero 2 en inglés"
    three = paragraphs(count=3, **values)
    assert three.text("en") == "Title has 3 paragraphs in Spanish but 2 in English"
    assert three.text("es") == "Title: tiene 3 párrafos en español, pero 2 en inglés"


def test_plural_forms_are_checked_when_declared() -> None:
    with pytest.raises(ValueError, match="forms must be"):
        define("test.no-one", {"other": "{n} x"}, {"one": "{n} x", "other": "{n} xs"}, "n")
    with pytest.raises(ValueError, match="forms must be"):
        define(
            "test.bad-form",
            {"one": "{n} x", "few": "{n} x", "other": "{n} x"},
            {"one": "{n} x", "other": "{n} xs"},
            "n",
        )
    with pytest.raises(ValueError, match="need a count"):
        define("test.no-count", {"one": "{n} x", "other": "{n} xs"}, "{n} x")
    with pytest.raises(ValueError, match="values differ"):
        define(
            "test.form-values",
            {"one": "one x", "other": "{n} xs"},
            {"one": "{n} x", "other": "{n} xs"},
            "n",
        )
    assert not [m for m in MESSAGES if m.startswith("test.")]


def test_checks_and_validation_declare_their_messages() -> None:
    assert set(all_checks()) <= set(MESSAGES)
    validation = [m for m in MESSAGES if m.startswith("validate.")]
    assert len(validation) >= 15


@pytest.mark.parametrize("message_id", IDS)
def test_both_languages_take_the_same_values(message_id: str) -> None:
    template = MESSAGES[message_id]
    assert template.message_id == message_id
    assert template.en.strip() and template.es.strip()
    assert placeholders(template.en) == placeholders(template.es)


@pytest.mark.parametrize("message_id", IDS)
def test_both_languages_format_with_every_value(message_id: str) -> None:
    template = MESSAGES[message_id]
    values = _dummy_values(template)
    for ui_lang in ("en", "es"):
        text = template.format(ui_lang, values)
        for name in values:
            assert f"<{name}>" in text, (ui_lang, name)
    message = template(**values)
    assert message.message_id == message_id
    assert message.text("en") == str(message) == template.format("en", values)


@pytest.mark.parametrize("message_id", IDS)
def test_spanish_is_written_as_spanish(message_id: str) -> None:
    template = MESSAGES[message_id]
    en_words, es_words = (_PLACEHOLDER.sub("", t) for t in (template.en, template.es))
    if re.search(r"[^\W\d_]", en_words):
        assert es_words != en_words, "the Spanish template is the English one"
    assert es_words.count("?") == es_words.count("¿"), "Spanish questions open with ¿"
    assert es_words.count("!") == es_words.count("¡")
    # Quoted draft text and words keep their marks in both languages.
    for mark in "«»":
        assert template.en.count(mark) == template.es.count(mark)


def test_a_message_with_different_values_per_language_is_refused() -> None:
    with pytest.raises(ValueError, match="values differ"):
        define("test.mismatch", "{text} is wrong", "{texto} está mal")
    assert "test.mismatch" not in MESSAGES
    with pytest.raises(ValueError, match="values differ"):
        define("test.conversion", "{text!r} is wrong", "{text} está mal")


def test_a_message_is_declared_once() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        define(IDS[0], "x", "x")


def test_localized_and_nested_values_render_in_the_ui_language() -> None:
    hint = MESSAGES["validate.did-you-mean"](hint="MX")
    unknown = MESSAGES["validate.unknown-country"](code="MXX", hint=hint)
    assert unknown.text("en") == "unknown country code 'MXX' — did you mean 'MX'?"
    assert unknown.text("es") == "no se reconoce el código de país 'MXX'; ¿quiso decir 'MX'?"
    empty = MESSAGES["parity.point-empty"](n="3", lang_name=LANGUAGE_NAMES["es"])
    assert empty.text("en") == "Point 3 has no Spanish text"
    assert empty.text("es") == "El punto 3 no tiene texto en español"
    assert empty.text("fr") == empty.text("en")  # any other UI language reads English


def test_messages_are_values() -> None:
    first = MESSAGES["parity.number"](text="25", other=Localized("English", "inglés"))
    again = MESSAGES["parity.number"](other=Localized("English", "inglés"), text="25")
    assert first == again and hash(first) == hash(again)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_the_plural_categories_are_babels(lang: str) -> None:
    from babel import Locale

    from editor_app.core.messages import PLURAL_CATEGORIES

    assert PLURAL_CATEGORIES[lang] == set(Locale.parse(lang).plural_form.tags) | {"other"}
