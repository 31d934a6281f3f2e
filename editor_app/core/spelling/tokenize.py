"""Split Spanish or English text into tokens for the spell checker.

Words keep their accents, ñ/ü and inner apostrophes ("Landau’s", "O'Brien"); hyphenated
words come out as one token per part ("U.S.-Mexico" → "U.S." and "Mexico"), and
:func:`compounds` finds the runs of parts that make one hyphenated name. Abbreviations
("U.S.", "EE. UU.", "Sr."), numbers, ordinals ("1.º", "25th"), dates, words with digits
("G7"), URLs, e-mail addresses and handles come out with their own kind so the checker can
skip them. Spans are Python string offsets: ``text[token.start:token.end] == token.text``.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from enum import StrEnum

log = logging.getLogger(__name__)


class TokenKind(StrEnum):
    """What a token is; only WORD tokens are spell-checked."""

    WORD = "word"
    ABBREVIATION = "abbreviation"
    NUMBER = "number"
    ORDINAL = "ordinal"
    DATE = "date"
    ALPHANUMERIC = "alphanumeric"
    URL = "url"
    EMAIL = "email"
    HANDLE = "handle"


@dataclass(frozen=True, slots=True)
class Token:
    """A piece of text and its span in the string it came from."""

    text: str
    start: int
    end: int
    kind: TokenKind

    @property
    def is_word(self) -> bool:
        """True when the token is a word to spell-check."""
        return self.kind is TokenKind.WORD


# Abbreviations written as one word and a period, in either language. Only their kind
# depends on this list (an abbreviation is not spell-checked), so a missing entry costs
# at most a flag the officer can add to the personal word list.
_ABBREVIATIONS_TEXT = """
    Sr Sra Srta Sres Sras Dr Dra Dres Lic Licda Ing Mtro Mtra Excmo Excma Ilmo Ilma Emb
    Gral Cnel Tte Cap Ud Uds Vd Vds núm Núm pág págs art arts aprox etc Av Avda Cía Depto
    Dpto Atte Tel tel ene feb abr jun jul ago sept sep oct nov dic Ene Feb Abr Jun Jul Ago
    Sept Sep Oct Nov Dic
    Mr Mrs Ms Jr St Amb Sen Sens Rep Reps Gov Gen Adm Lt Col Capt Hon Pres Sec Dept Inc
    Ltd Corp Co vs approx Jan Apr Aug Dec No Nos
"""
ABBREVIATIONS: frozenset[str] = frozenset(_ABBREVIATIONS_TEXT.split())

_MARK = "[\u0300-\u036f]"  # combining accents, for text typed in decomposed form (NFD)
_JOIN = "[\u00ad\u200b\u200c\u200d\u2060]"  # soft hyphen and zero-width characters
_LETTER = rf"[^\W\d_]{_MARK}*"
_APOSTROPHE = "['’ʼ]"
_RUN = rf"{_LETTER}(?:{_JOIN}*{_LETTER})*"
_WORD = rf"{_RUN}(?:{_APOSTROPHE}{_RUN})*"
_URL_CHARS = r"[^\s<>\"«»“”]"
_TLDS = "gov|gob|com|org|net|edu|int|mil|info|io|mx|us|es|uk|eu"

_TOKEN_RE = re.compile(
    rf"""
      (?P<email>(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)
    | (?P<url>(?:https?://|ftp://|www\.){_URL_CHARS}+
        | (?<![\w@.\-])(?:[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?\.)+(?:{_TLDS})(?:\.[a-z]{{2}})?
          (?![\w@])(?:/{_URL_CHARS}*)?)
    | (?P<handle>(?<![\w@#])[@#][^\W_]\w*)
    | (?P<date>\d{{1,4}}(?P<sep>[/.\-])\d{{1,2}}(?P=sep)\d{{1,4}}(?!\d))
    | (?P<ordinal>\d+(?:\.?[ºª°]s?|\.(?:er|os|as|o|a)(?![^\W\d_])|(?:st|nd|rd|th|er)(?![^\W\d_])))
    | (?P<alphanumeric>(?=[^\W_]*\d)(?=[^\W_]*[^\W\d_])[^\W_]+)
    | (?P<number>\d+(?:[.,:]\d+)*)
    | (?P<abbreviation>[^\W\d_]{{1,2}}\.(?:[^\W\d_]{{1,2}}\.)+
        | (?P<double>[A-ZÑ])(?P=double)\.(?:[ \u00a0]?(?P<double2>[A-ZÑ])(?P=double2)\.)+
        | [ap]\.[ \u00a0]m\.)
    | (?P<word>{_WORD})
    """,
    re.VERBOSE,
)

_TRAILING_URL_PUNCTUATION = ".,;:!?'\"’”»)]}"
_HYPHENS = frozenset("-\u2010\u2011")


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text`` in order; characters between tokens are not returned."""
    tokens: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        kind = TokenKind(_kind_of(match))
        if kind is TokenKind.URL:
            end = start + len(_trim_url(match.group()))
        elif (
            kind is TokenKind.WORD and text.startswith(".", end) and match.group() in ABBREVIATIONS
        ):
            end += 1
            kind = TokenKind.ABBREVIATION
        tokens.append(Token(text[start:end], start, end, kind))
    return tokens


def _kind_of(match: re.Match[str]) -> str:
    for kind in TokenKind:
        if match.group(kind.value) is not None:
            return kind.value
    raise AssertionError("every alternative of the token pattern is named")  # pragma: no cover


def _trim_url(url: str) -> str:
    # A URL at the end of a sentence or inside brackets must not swallow the punctuation;
    # a closing bracket stays when the URL itself opened one (Wikipedia-style links).
    while url and url[-1] in _TRAILING_URL_PUNCTUATION:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def compounds(text: str, tokens: list[Token]) -> list[tuple[int, int]]:
    """Runs of word tokens joined by single hyphens ("Port-au-Prince", "Guinea-Bisáu").

    Each run is a ``(first, end)`` index range into ``tokens`` of two words or more; the
    spell checker accepts such a name whole when a word list has it, before its parts.
    """
    runs: list[tuple[int, int]] = []
    first = 0
    for i in range(1, len(tokens) + 1):
        joined = (
            i < len(tokens)
            and tokens[i].is_word
            and tokens[i - 1].is_word
            and text[tokens[i - 1].end : tokens[i].start] in _HYPHENS
        )
        if not joined:
            if i - first >= 2:
                runs.append((first, i))
            first = i
    return runs
