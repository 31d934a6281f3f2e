"""Word lists the spell checker accepts besides its dictionaries.

Two kinds: the bundled domain lists (``resources/wordlists/<lang>.txt``: diplomatic terms
Hunspell lacks) and the officer's personal list per language, a UTF-8 file with one word
per line in the user data folder (``words-es.txt`` / ``words-en.txt``).
"""

from __future__ import annotations

import logging
import threading
import unicodedata
from collections.abc import Iterable, Set
from importlib import resources
from pathlib import Path

from editor_app.core.app_info import user_data_dir
from editor_app.core.atomic import NOT_SAVED, WriteError, atomic_write_bytes
from editor_app.core.draft import Lang
from editor_app.core.messages import Message, define
from editor_app.core.spelling.tokenize import tokenize

log = logging.getLogger(__name__)

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060"))


def normalize_word(word: str) -> str:
    """``word`` as the lists and dictionaries see it.

    NFC (so "ó" typed two ways is one word), straight apostrophes, and no soft hyphens
    or zero-width characters pasted from Word.
    """
    return unicodedata.normalize("NFC", word.translate(_INVISIBLE)).translate(_APOSTROPHES)


def case_variants(word: str) -> tuple[str, ...]:
    """The list entries that accept ``word``, following Hunspell's rule for case.

    An entry in lowercase also accepts the Capitalized and UPPER forms ("readout" accepts
    "Readout"); a Capitalized entry also accepts UPPER ("Landau" accepts "LANDAU"); the
    reverse does not hold ("Landau" does not accept "landau").
    """
    variants = [word]
    if word.isupper():
        variants += [word.lower(), word.capitalize()]
    elif word[:1].isupper() and word[1:] == word[1:].lower():
        variants.append(word.lower())
    return tuple(dict.fromkeys(variants))


def accepts(entries: Set[str], word: str) -> bool:
    """True when ``entries`` (normalized words) accept the normalized ``word``."""
    return any(v in entries for v in case_variants(word))


def parse_word_list(text: str) -> set[str]:
    """The words of a list file: one per line; blank lines and ``#`` comments skipped."""
    words = set()
    for line in text.splitlines():
        word = line.strip().lstrip("\ufeff")
        if word and not word.startswith("#"):
            words.add(normalize_word(word))
    return words


def bundled_words(lang: Lang) -> frozenset[str]:
    """The domain word list shipped with the app for ``lang`` (empty if it is missing)."""
    path = resources.files("editor_app.resources").joinpath("wordlists", f"{lang}.txt")
    try:
        return frozenset(parse_word_list(path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        log.warning("the bundled %s word list cannot be read", lang, exc_info=True)
        return frozenset()


def default_user_dir() -> Path:
    """The user data folder where the personal word lists live."""
    return user_data_dir()


CANNOT_READ = define(
    "words.cannot-read",
    "{path}: cannot be read: {reason}",
    "{path}: no se puede leer: {reason}",
)


class PersonalWordList:
    """The officer's own words in one language, kept in ``<folder>/words-<lang>.txt``.

    Every change rereads the file first, so two open windows do not undo each other's
    additions; a file that is not valid UTF-8 is kept byte for byte (surrogateescape).
    """

    def __init__(self, folder: Path, lang: Lang) -> None:
        self.path = Path(folder) / f"words-{lang}.txt"
        self.problem: Message | None = None
        """Why the file could not be read or written, or None when all is well."""
        self._lock = threading.Lock()
        self._words: set[str] = self._read()

    def words(self) -> list[str]:
        """The words, sorted."""
        with self._lock:
            return sorted(self._words)

    def entries(self) -> frozenset[str]:
        """The normalized words, for quick membership tests."""
        with self._lock:
            return frozenset(self._words)

    def add(self, word: str) -> None:
        """Add ``word`` and save; raises atomic.WriteError (an OSError) if saving fails.

        The word is accepted for this session even when saving fails.
        """
        self._change(normalize_word(word.strip()), add=True)

    def remove(self, word: str) -> None:
        """Remove ``word`` and save; raises atomic.WriteError if saving fails."""
        self._change(normalize_word(word.strip()), add=False)

    def _change(self, word: str, *, add: bool) -> None:
        if not word:
            return
        with self._lock:
            self._words |= self._read()
            if add:
                self._words.add(word)
            else:
                self._words.discard(word)
            text = "".join(f"{w}\n" for w in sorted(self._words))
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(self.path, text.encode("utf-8", "surrogateescape"))
            except WriteError as exc:
                self.problem = exc.about
                raise
            except OSError as exc:  # the folder could not be created
                self.problem = NOT_SAVED(path=str(self.path), reason=exc.strerror or str(exc))
                raise WriteError(self.problem) from exc
            self.problem = None

    def _read(self) -> set[str]:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return set()
        except OSError as exc:
            self.problem = CANNOT_READ(path=str(self.path), reason=exc.strerror or str(exc))
            return set()
        return parse_word_list(data.decode("utf-8", "surrogateescape"))


def split_names(names: Iterable[str]) -> set[str]:
    """Every word of ``names``, normalized ("Juan Ramón de la Fuente" → 5 words)."""
    words: set[str] = set()
    for name in names:
        words.update(normalize_word(t.text) for t in tokenize(name) if t.is_word)
    return words
