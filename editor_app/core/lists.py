"""Lists as each language writes them: officials, countries, anything the tool joins.

The shape of a list comes from CLDR through Babel ("A, B, and C" / "A, B y C"); Spanish
adds what CLDR leaves out:

- items that hold commas (an apposition: "la ministra de Asuntos Exteriores de Canadá,
  Ana Pérez") are set apart by semicolons, and a comma stands before the last "y"
  (RAE, *Ortografía* and *DPD*, «punto y coma»): "…de Canadá, Ana Pérez; el secretario
  de…, Luis Soto, y el ministro…";
- "y" becomes "e" before an /i/ sound ("Francia e Italia", "De la Fuente e Hidalgo") but
  not before a diphthong or a consonant ("agua y hielo", "Ana y Yolanda"); "o" becomes
  "u" before an /o/ sound ("siete u ocho", "Austria u Holanda");
- a preposition that contracts with the article ("de", "a") is said again before each
  item ("recibió una llamada del secretario… y de la ministra…", "recibió al ministro…
  y a la ministra…"): "del" and "al" belong to the first item alone, and a bare second
  item would read as a new object of the verb. Other prepositions govern the whole list
  once ("se reunió con el ministro…, Nombre, y la ministra…"), as State's and the
  ministries' Spanish readouts write it.

English keeps CLDR's list as it is (the serial comma of en_US, none in en_GB).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal

from editor_app.core.language import with_preposition
from editor_app.core.locales import DEFAULT_LOCALES

if TYPE_CHECKING:
    from babel import Locale

log = logging.getLogger(__name__)

ListStyle = Literal["standard", "or"]

REPEATED_PREPOSITIONS = frozenset({"de", "a"})
"""Spanish prepositions said again before every item of a list they govern."""

_TOKEN = "\ue000{}\ue001"
_TOKEN_RE = re.compile("\ue000\\d+\ue001")
_VOWELS = "aeiou"
_I_START = re.compile(r"h?([ií])(.?)", re.IGNORECASE)
_O_START = re.compile(r"h?[oó]", re.IGNORECASE)
_EIGHT_OR_ELEVEN = re.compile(r"8|11(?![\d.,])")


def _locale(locale: str) -> Locale:
    # Babel loads with the first list written (after the window's first paint).
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(DEFAULT_LOCALES["en"])


def conjunction(word: str, following: str) -> str:
    """Spanish "y"/"o" as it is written before ``following``: "e" before an /i/ sound,
    "u" before an /o/ sound; any other word is returned as it is.

    "e Italia", "e Hidalgo", "e Íñigo", but "y hielo", "y Iowa" (a diphthong) and
    "y Yolanda"; "u ocho", "u Holanda", "u 8", "u 11".
    """
    lower = word.lower()
    if lower not in ("y", "o"):
        return word
    text = following.lstrip("«“\"'(¿¡")
    if lower == "y":
        match = _I_START.match(text)
        # "hie-", "ia-": the i glides into the next vowel and "y" stays.
        glide = (
            match is not None
            and match.group(1) in "iI"
            and bool(match.group(2))
            and match.group(2).lower() in _VOWELS
        )
        swap = match is not None and not glide
        new = "e"
    else:
        swap = _O_START.match(text) is not None or _EIGHT_OR_ELEVEN.match(text) is not None
        new = "u"
    if not swap:
        return word
    return new.upper() if word[:1].isupper() else new


def _separators(count: int, locale: Locale, style: ListStyle) -> list[str]:
    """The text CLDR puts before, between and after ``count`` items."""
    from babel.lists import format_list

    tokens = [_TOKEN.format(i) for i in range(count)]
    return _TOKEN_RE.split(str(format_list(tokens, style=style, locale=locale)))


def join(
    items: Sequence[str], locale: str, style: ListStyle = "standard", preposition: str = ""
) -> str:
    """Join ``items`` as the language of ``locale`` writes a list (empty items dropped).

    ``style`` "or" gives "A, B, or C" / "A, B o C". ``preposition`` governs the list:
    English and most Spanish ones stand once before it ("with A and B", "con A y B");
    Spanish "de" and "a" stand before every item, contracted ("del A y de la B").
    """
    items = [i for i in items if i]
    loc = _locale(locale)
    spanish = loc.language == "es"
    repeat = spanish and preposition in REPEATED_PREPOSITIONS
    if repeat:
        items = [with_preposition(preposition, i) for i in items]
    if not items:
        return ""
    seps = _separators(len(items), loc, style)
    if spanish:
        seps = _spanish_separators(seps, items)
    out = [seps[0]]
    for item, sep in zip(items, seps[1:], strict=True):
        out += [item, sep]
    joined = "".join(out)
    if preposition and not repeat:
        return with_preposition(preposition, joined) if spanish else f"{preposition} {joined}"
    return joined


def _spanish_separators(seps: list[str], items: list[str]) -> list[str]:
    """Semicolons between items that hold commas, and "e"/"u" where the sound asks."""
    complex_items = any("," in item for item in items)
    inner = seps[1:-1]
    out = [seps[0]]
    for n, sep in enumerate(inner):
        words = sep.split(" ")
        is_last = n == len(inner) - 1
        if len(words) >= 2 and words[-2].lower() in ("y", "o"):
            words[-2] = conjunction(words[-2], items[n + 1])
            if complex_items and not words[0].endswith((",", ";")):
                words[0] = words[0] + ","
            sep = " ".join(words)
        elif complex_items and sep.strip() == "," and not is_last:
            sep = "; "
        out.append(sep)
    out.append(seps[-1])
    return out


def join_appositions(items: Sequence[str], locale: str) -> str:
    """Join phrases that may end in an apposition ("el ministro X, Nombre").

    Each apposition closes before the next item: with a semicolon between items, with a
    comma before "y" ("el A, Ana; la B, Bea, y el C, Carlos"). The last one's closing
    comma belongs to the sentence, which adds it when it goes on.
    """
    return join(items, locale)


def comma_list_spans(text: str) -> list[tuple[int, int, str]]:
    """Spanish lists of appositions joined by commas alone: (start, end, the same list
    with semicolons) for each "el A, Ana, la B, Bea, y el C, Carlos" in ``text``.

    Runs of appositions are found in one pass; within a run, a "y" after two or more
    items joined by a bare comma closes a list that wanted semicolons.
    """
    found: list[tuple[int, int, str]] = []
    for chain in _CHAIN.finditer(text):
        begin, stop = chain.span()
        seps = list(_SEPARATOR.finditer(text, begin, stop))
        first = 0  # the separator index the current run of bare commas starts after
        for n, sep in enumerate(seps):
            if not sep.group(1):
                continue
            if n - first >= 1:
                start = begin if first == 0 else seps[first - 1].end()
                end = seps[n + 1].start() if n + 1 < len(seps) else stop
                span = text[start:end]
                fixed = _BARE_SEPARATOR.sub("; ", span)
                found.append((start, end, fixed))
            first = n + 1
    return found


# One apposition: an article (maybe after "de"/"a", or contracted), lowercase words
# (the title), a comma, a capitalised name. Neither part crosses punctuation and both are
# bounded, so finding every run stays linear in the text.
_ART = r"(?:(?:[Dd]e |[Aa] )?(?:[Ee]l|[Ll]as?|[Ll]os)|[Dd]el|[Aa]l)"
_ITEM = rf"{_ART}\s[a-záéíóúñü][^,;.:!?\n]{{0,150}}?,\s[A-ZÁÉÍÓÚÑÜ][^,;.:!?\n]{{0,80}}"
_NEXT = rf"(?={_ART}\s[a-záéíóúñü])"
_CHAIN = re.compile(rf"(?<!\w){_ITEM}(?:,\s(?:y\s)?{_ITEM})++")
_SEPARATOR = re.compile(rf",\s(y\s)?{_NEXT}")
_BARE_SEPARATOR = re.compile(rf",\s{_NEXT}")
