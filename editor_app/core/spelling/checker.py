"""Spell checking of both drafts at once: one dictionary per language, word lists, findings.

A :class:`SpellChecker` holds a Spanish and an English dictionary side by side (see
``dictionaries`` for how they are chosen and what happens when one is missing), accepts
the readout's names, the bundled domain word lists, the officer's personal lists and the
words ignored this session, and checks one paragraph at a time so an edit only rechecks
its own paragraph. Verdicts and suggestions are cached per word behind a lock, since the
GUI checks from a worker thread while the main thread asks for suggestions.

``check_pair`` and the ``findings_*`` functions serve ``readout check`` in the CLI.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from editor_app.core.draft import LANGS, DraftPair, Lang, part_label
from editor_app.core.messages import define
from editor_app.core.model import Locales, Readout
from editor_app.core.names import names_of
from editor_app.core.spelling.tokenize import compounds, tokenize
from editor_app.core.spelling.words import (
    PersonalWordList,
    accepts,
    bundled_words,
    default_user_dir,
    normalize_word,
    split_names,
)

if TYPE_CHECKING:
    # Imported when the first checker is made: loading Enchant is part of its cost, not of
    # importing this module (the editor's window paints before it checks anything).
    from editor_app.core.spelling.dictionaries import DictionaryStatus, SpellDict

log = logging.getLogger(__name__)

__all__ = [
    "MAX_SUGGESTIONS",
    "Misspelling",
    "SpellChecker",
    "SpellingFinding",
    "check_pair",
    "findings_to_json",
    "format_findings",
    "names_from_readout",
]


MAX_SUGGESTIONS = 5
# A session checks a few thousand distinct words; past this the caches start over rather
# than grow without bound.
_CACHE_LIMIT = 50_000
_TEXT_CACHE_LIMIT = 5_000
_T = TypeVar("_T")


@dataclass(frozen=True)
class Misspelling:
    """A word the checker does not know, as a span of the text it was given."""

    lang: Lang
    start: int
    end: int
    word: str


class SpellChecker:
    """Checks Spanish and English text, each with its own dictionary.

    ``locales`` picks the dictionaries (default es_MX and en_US, with fallbacks); a
    language without a working dictionary is "unchecked": :meth:`check_text` reports
    nothing for it and :attr:`statuses` says why and how to install one. ``broker`` (an
    ``enchant.Broker``) or ``dictionary_dir`` (a folder of Hunspell .aff/.dic files that
    replaces the system's) and ``user_dir`` (where the personal lists live) are for tests
    and special setups. With ``ignore_uppercase`` (as in Word) words in capitals, such
    as acronyms and English datelines, are not checked.
    """

    def __init__(
        self,
        locales: Locales | Mapping[Lang, str] | None = None,
        *,
        broker: Any = None,
        dictionary_dir: Path | None = None,
        user_dir: Path | None = None,
        ignore_uppercase: bool = True,
    ) -> None:
        from editor_app.core.spelling.dictionaries import DictionarySource, choose_dictionary

        locales = locales if locales is not None else Locales()
        source = DictionarySource(broker=broker, dictionary_dir=dictionary_dir)
        self.ignore_uppercase = ignore_uppercase
        self._lock = threading.RLock()
        self._dicts: dict[Lang, SpellDict | None] = {}
        self._statuses: dict[Lang, DictionaryStatus] = {}
        for lang in LANGS:
            locale = locales.get(lang) or ""
            self._dicts[lang], self._statuses[lang] = choose_dictionary(lang, locale, source)
        folder = user_dir if user_dir is not None else default_user_dir()
        self._personal = {lang: PersonalWordList(folder, lang) for lang in LANGS}
        self._domain = {
            lang: bundled_words(lang) | _tool_words(lang, locales.get(lang) or "") for lang in LANGS
        }
        self._names: frozenset[str] = frozenset()
        self._ignored: dict[Lang, set[str]] = {lang: set() for lang in LANGS}
        self._known: dict[Lang, frozenset[str]] = {}
        self._verdicts: dict[Lang, dict[str, bool]] = {lang: {} for lang in LANGS}
        self._suggestions: dict[Lang, dict[str, list[str]]] = {lang: {} for lang in LANGS}
        self._generation = 0
        self._texts: dict[tuple[int, Lang, str], tuple[Misspelling, ...]] = {}
        for lang in LANGS:
            self._rebuild_known(lang)

    # -- status -------------------------------------------------------------------

    @property
    def statuses(self) -> dict[Lang, DictionaryStatus]:
        """Per language: the dictionary used, or why the language is unchecked."""
        return dict(self._statuses)

    def status(self, lang: Lang) -> DictionaryStatus:
        """The dictionary status of ``lang``."""
        return self._statuses[lang]

    def is_checked(self, lang: Lang) -> bool:
        """True when ``lang`` has a working dictionary."""
        return self._dicts[lang] is not None

    # -- words that are never flagged ---------------------------------------------

    def set_names(self, names: Iterable[str]) -> None:
        """Accept every word of ``names`` in both languages, replacing the previous names.

        Pass every name of the readout and the roster; multiword names are split into
        words ("Juan Ramón de la Fuente" → Juan, Ramón, de, la, Fuente).
        """
        words = frozenset(split_names(names))
        with self._lock:
            if words == self._names:
                return  # the same names: verdicts (and cached paragraphs) still hold
            self._names = words
            for lang in LANGS:
                self._rebuild_known(lang)

    def add_word(self, word: str, lang: Lang) -> None:
        """Add ``word`` to the personal list of ``lang`` and save it.

        Raises ``atomic.WriteError`` (an OSError with a readable message) when the list
        cannot be saved; the word is still accepted for this session.
        """
        personal = self._personal[lang]
        try:
            personal.add(word)
        finally:
            with self._lock:
                self._rebuild_known(lang)

    def remove_word(self, word: str, lang: Lang) -> None:
        """Remove ``word`` from the personal list of ``lang`` and save it."""
        personal = self._personal[lang]
        try:
            personal.remove(word)
        finally:
            with self._lock:
                self._rebuild_known(lang)

    def personal_words(self, lang: Lang) -> list[str]:
        """The personal list of ``lang``, sorted."""
        return self._personal[lang].words()

    def personal_list_path(self, lang: Lang) -> Path:
        """The file that holds the personal list of ``lang``."""
        return self._personal[lang].path

    def ignore(self, word: str, lang: Lang) -> None:
        """Accept ``word`` in ``lang`` until this checker is dropped (not saved)."""
        with self._lock:
            self._ignored[lang].add(normalize_word(word))
            self._rebuild_known(lang)

    @property
    def generation(self) -> int:
        """A number that changes whenever a verdict may change (word lists, names, the
        cache): a caller caching results per text compares it to know they still hold."""
        return self._generation

    def _rebuild_known(self, lang: Lang) -> None:
        self._generation += 1
        # Everything a list accepts, merged once per change, so a check does one lookup.
        self._known[lang] = frozenset(
            self._domain[lang] | self._personal[lang].entries() | self._names | self._ignored[lang]
        )

    # -- checking -----------------------------------------------------------------

    def clear_cache(self) -> None:
        """Forget cached verdicts and suggestions (the word lists stay)."""
        with self._lock:
            self._generation += 1
            for lang in LANGS:
                self._verdicts[lang].clear()
                self._suggestions[lang].clear()

    def check_text(self, text: str, lang: Lang) -> list[Misspelling]:
        """The misspelled words of ``text`` (one paragraph, say) in ``lang``.

        Only the dictionary of ``lang`` is consulted. Spans are Python string offsets into
        ``text``. Returns [] when ``lang`` is unchecked. Never computes suggestions.
        """
        if self._dicts[lang] is None:
            return []
        key = (self._generation, lang, text)
        cached = self._texts.get(key)
        if cached is not None:
            return list(cached)
        found: list[Misspelling] = []
        tokens = tokenize(text)
        with self._lock:
            whole: set[int] = set()
            for first, end in compounds(text, tokens):
                compound = normalize_word(text[tokens[first].start : tokens[end - 1].end])
                if self._is_known(compound, lang):
                    whole.update(range(first, end))  # "Port-au-Prince" is one name
            for i, token in enumerate(tokens):
                if i in whole or not token.is_word:
                    continue
                if not self._is_known(normalize_word(token.text), lang):
                    found.append(Misspelling(lang, token.start, token.end, token.text))
            # Paragraphs recur on every render: their verdicts hold until a list changes
            # (the generation is part of the key); bounded like the word caches.
            if len(self._texts) >= _TEXT_CACHE_LIMIT:
                self._texts.clear()
            self._texts[key] = tuple(found)
        return found

    def is_correct(self, word: str, lang: Lang) -> bool:
        """True when the single word ``word`` would not be flagged in ``lang``."""
        if self._dicts[lang] is None:
            return True
        with self._lock:
            return self._is_known(normalize_word(word), lang)

    def _is_known(self, word: str, lang: Lang) -> bool:
        if len(word) < 2 or (self.ignore_uppercase and word.isupper()):
            return True
        known = self._known[lang]
        if accepts(known, word) or self._dictionary_accepts(word, lang):
            return True
        stem = _possessive_stem(word)
        return bool(stem) and (accepts(known, stem) or self._dictionary_accepts(stem, lang))

    def _dictionary_accepts(self, word: str, lang: Lang) -> bool:
        cache = self._verdicts[lang]
        verdict = cache.get(word)
        if verdict is None:
            dic = self._dicts[lang]
            verdict = dic is not None and _safe(lambda: bool(dic.check(word)), default=True)
            if len(cache) >= _CACHE_LIMIT:
                cache.clear()
            cache[word] = verdict
        return verdict

    def suggest(self, word: str, lang: Lang) -> list[str]:
        """Up to five replacements for ``word`` from the dictionary of ``lang``, best first.

        Computed on demand (never while checking) and cached per word; [] when ``lang`` is
        unchecked. A possessive ("Landauu’s") gets suggestions for its stem, with the same
        ending.
        """
        with self._lock:
            cache = self._suggestions[lang]
            if word not in cache:
                if len(cache) >= _CACHE_LIMIT:
                    cache.clear()
                cache[word] = self._compute_suggestions(word, lang)
            return list(cache[word])

    def _compute_suggestions(self, word: str, lang: Lang) -> list[str]:
        dic = self._dicts[lang]
        if dic is None:
            return []
        normalized = normalize_word(word)
        stem = _possessive_stem(normalized)
        ending = ""
        if stem:  # keep the officer's apostrophe, straight or typographic
            ending = word[-2:] if normalize_word(word[-2:]) == "'s" else "'s"
        target = stem or normalized
        raw: list[str] = _safe(lambda: [str(s) for s in dic.suggest(target)], default=[])
        out: list[str] = []
        for suggestion in raw:
            candidate = suggestion + ending
            if ending and " " in suggestion:
                continue  # "Landau u's" is no possessive
            if candidate != word and candidate not in out:
                out.append(candidate)
        return out[:MAX_SUGGESTIONS]


def _tool_words(lang: Lang, locale: str) -> frozenset[str]:
    # The glossary and gazetteer are data the tool ships: a broken user file must not stop
    # spelling, so it falls back to the bundled words alone (and says so in the log).
    from editor_app.core.spelling.vocabulary import tool_words

    try:
        return tool_words(lang, locale)
    except (OSError, ValueError):
        log.warning("the names the tool writes are not in the %s word list", lang, exc_info=True)
        return frozenset()


def _possessive_stem(word: str) -> str:
    # English possessives ("Landau's") are checked by their stem; Hunspell knows few names.
    if len(word) > 3 and word.endswith("'s"):
        return word[:-2]
    return ""


def _safe(call: Callable[[], _T], default: _T) -> _T:
    # A damaged dictionary can raise on any call; a check must still never crash.
    try:
        return call()
    except Exception:
        log.warning("the spelling dictionary failed", exc_info=True)
        return default


# -- the CLI's view: findings over a draft pair -------------------------------------


@dataclass(frozen=True)
class SpellingFinding:
    """A misspelled word in one part of one draft, with suggestions."""

    lang: Lang
    part: str
    """The part key, e.g. "title", "lead", "body.3"."""
    label: str
    """The part as the officer sees it, e.g. "Point 3" / "Punto 3"."""
    start: int
    end: int
    word: str
    suggestions: tuple[str, ...] = ()


def check_pair(pair: DraftPair, checker: SpellChecker) -> list[SpellingFinding]:
    """Spell-check every part of both drafts, each in its own language, in reading order.

    Offsets are relative to the part's text. Each finding carries up to five suggestions.
    """
    findings: list[SpellingFinding] = []
    for draft in pair:
        for part in draft.parts:
            for miss in checker.check_text(part.text, draft.lang):
                findings.append(
                    SpellingFinding(
                        lang=draft.lang,
                        part=part.key,
                        label=part_label(part.key, "en"),
                        start=miss.start,
                        end=miss.end,
                        word=miss.word,
                        suggestions=tuple(checker.suggest(miss.word, draft.lang)),
                    )
                )
    return findings


def findings_to_json(findings: Iterable[SpellingFinding]) -> list[dict[str, Any]]:
    """The findings as JSON-ready dictionaries (suggestions as a list)."""
    return [
        {
            "lang": f.lang,
            "part": f.part,
            "label": f.label,
            "start": f.start,
            "end": f.end,
            "word": f.word,
            "suggestions": list(f.suggestions),
        }
        for f in findings
    ]


NO_SUGGESTIONS = define("spelling.no-suggestions", "(no suggestions)", "(sin sugerencias)")


def format_findings(findings: Iterable[SpellingFinding], ui_lang: str = "en") -> str:
    """One human line per finding, e.g. "es  Point 3  12-21  cancillér  → canciller".

    Part labels and the no-suggestion note are in ``ui_lang`` ("es": "Punto 3"; anything
    else: English). Returns "" when there are no findings.
    """
    ui: Lang = "es" if ui_lang == "es" else "en"
    lines = []
    for f in findings:
        label = part_label(f.part, ui)
        hint = ", ".join(f.suggestions) if f.suggestions else NO_SUGGESTIONS().text(ui)
        lines.append(f"{f.lang}  {label}  {f.start}-{f.end}  {f.word}  → {hint}")
    return "\n".join(lines)


def names_from_readout(readout: Readout) -> set[str]:
    """The words of every form of every official's name, in both languages (Spanish
    spellings, later-reference names, honorifics), and of the attribution name.

    Particles are included ("de", "la"), so they are accepted wherever they appear.
    """
    return split_names([*names_of(readout.officials()), readout.attribution.name])
