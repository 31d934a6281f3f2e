"""Find and open one spelling dictionary per language, with fallbacks and clear messages.

The order tried for a language: the locale asked for (e.g. es_AR), then es_419, the bare
language ("es") and the house default (es_MX / en_US), then any installed dictionary of
that language. Each tag comes from the system's and the user's dictionaries when they have
it, else from the dictionaries bundled with the app (``resources/dictionaries/<tag>/``:
es_MX, es_ES, en_US, en_GB), so a machine without Hunspell dictionaries still checks
both languages. A dictionary that will not load, or loads but rejects a few everyday words
(a corrupt .aff does that), is skipped with a note. When nothing works the language is
reported unchecked with a message saying how to install a dictionary; nothing raises.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import tempfile
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from editor_app.core.draft import Lang
from editor_app.core.locales import DEFAULT_LOCALES, LATIN_AMERICAN_SPANISH
from editor_app.core.messages import LANGUAGE_NAMES, Message, Value, define, joined

log = logging.getLogger(__name__)

try:
    import enchant as _enchant
except Exception as exc:  # no C library, one that cannot load, a bad PYENCHANT_LIBRARY_PATH
    _enchant = None
    ENCHANT_ERROR = str(exc) or type(exc).__name__
    if os.environ.get("PYENCHANT_LIBRARY_PATH"):
        ENCHANT_ERROR = f"PYENCHANT_LIBRARY_PATH: {ENCHANT_ERROR}"
    log.warning("enchant did not load; spelling is unchecked", exc_info=True)
else:
    ENCHANT_ERROR = ""

INSTALL_HINTS: dict[Lang, str] = {
    "es": "Debian/Ubuntu: sudo apt-get install hunspell-es; Fedora: sudo dnf install hunspell-es",
    "en": "Debian/Ubuntu: sudo apt-get install hunspell-en-us; "
    "Fedora: sudo dnf install hunspell-en-US",
}
ENCHANT_HINT = (
    "Debian/Ubuntu: sudo apt-get install libenchant-2-2; Fedora: sudo dnf install enchant2; "
    "macOS: brew install enchant"
)

# Everyday words every healthy dictionary accepts; the inflected ones only pass when the
# affix file loaded, which is how a corrupt .aff shows itself.
PROBE_WORDS: dict[Lang, tuple[str, ...]] = {
    "es": ("de", "que", "fronteras", "hablaron"),
    "en": ("the", "and", "countries", "discussed"),
}

NO_ENCHANT = define(
    "dictionaries.no-enchant",
    "{language} spelling is not checked: the enchant library could not load ({error}). "
    "Install it ({hint})",
    "La ortografía en {language} no se revisa: no se pudo cargar la biblioteca enchant "
    "({error}). Instálela ({hint})",
)
NO_DICTIONARY = define(
    "dictionaries.none-working",
    "{language} spelling is not checked: no working {language} dictionary{found}. "
    "Install one ({hint})",
    "La ortografía en {language} no se revisa: no hay ningún diccionario de {language} que "
    "funcione{found}. Instale uno ({hint})",
)
BUNDLED_TAG = define(
    "spelling.bundled-tag", "the bundled {tag}", "el {tag} incluido con la aplicación"
)
WOULD_NOT_LOAD = define(
    "dictionaries.would-not-load",
    "{tag} would not load ({error})",
    "{tag} no se pudo cargar ({error})",
)
DAMAGED = define(
    "dictionaries.damaged",
    "{tag} looks damaged (it rejects {words})",
    "{tag} parece dañado (rechaza {words})",
)
NO_LOCALE = define("dictionaries.no-locale", "no locale set", "no hay variante indicada")
NOT_A_LOCALE_FOR = define(
    "dictionaries.not-a-locale-for",
    "{locale} is not a locale for {language}",
    "{locale} no es una variante del {language}",
)
NO_SUCH_DICTIONARY = define(
    "dictionaries.no-such", "no {tag} dictionary", "no hay diccionario {tag}"
)
USING = define("dictionaries.using", "using {tag}", "se usa {tag}")
NOTES = define("dictionaries.notes", "; {notes}", "; {notes}")
NOTES_ONLY = define("dictionaries.notes-only", "{notes}", "{notes}")
CHECKED_WITH = define("dictionaries.checked-with", "{language}: {tag}", "{language}: {tag}")
UNCHECKED = define("dictionaries.unchecked", "{language}: unchecked", "{language}: sin revisar")
WITH_NOTE = define("dictionaries.with-note", "{head} ({note})", "{head} ({note})")
# The language as a heading names it ("Spanish: es_MX" / "Español: es_MX").
_HEADING_NAMES = {
    lang: type(name)(name.en, name.es.capitalize()) for lang, name in LANGUAGE_NAMES.items()
}

_TAG_RE = re.compile(r"^([a-z]{2,3})(?:_([A-Z]{2}|[0-9]{3}))?$")
# ENCHANT_CONFIG_DIR is process-wide: only one injected folder may be in use at a time.
_ENV_LOCK = threading.Lock()


class SpellDict(Protocol):
    """What the checker needs from a dictionary (an enchant.Dict fits)."""

    def check(self, word: str) -> bool:
        """True when ``word`` is spelled right."""
        ...

    def suggest(self, word: str) -> list[str]:
        """Replacements for ``word``, best first."""
        ...


@dataclass(frozen=True)
class DictionaryStatus:
    """Which dictionary a language is checked with, or why it is not checked.

    ``tag`` is the dictionary actually used (e.g. "es_MX"), None when unchecked;
    ``about`` is None when the locale's own dictionary is used, otherwise a sentence for
    the officer (which fallback was taken, or how to install a dictionary); ``bundled``
    is True when the dictionary is the copy shipped with the app.
    """

    lang: Lang
    requested: str
    tag: str | None
    provider: str = ""
    about: Message | None = None
    bundled: bool = False

    @property
    def checked(self) -> bool:
        """True when the language has a working dictionary."""
        return self.tag is not None

    @property
    def message(self) -> str:
        """``about`` in English ("" when there is nothing to say)."""
        return self.about.text("en") if self.about is not None else ""

    def describe(self, ui_lang: str = "en") -> str:
        """One line for a status bar or the CLI, in ``ui_lang``."""
        name = _HEADING_NAMES[self.lang]
        head = CHECKED_WITH(language=name, tag=self.tag) if self.tag else UNCHECKED(language=name)
        if self.about is None:
            return head.text(ui_lang)
        return WITH_NOTE(head=head, note=self.about).text(ui_lang)


def normalize_tag(locale: str) -> str | None:
    """``locale`` as a dictionary tag ("es-mx.UTF-8" → "es_MX"), or None if it is not one."""
    base = locale.strip().split(".", 1)[0].split("@", 1)[0].replace("-", "_")
    language, _, region = base.partition("_")
    tag = f"{language.lower()}_{region.upper()}" if region else language.lower()
    return tag if _TAG_RE.match(tag) else None


def candidate_tags(lang: Lang, locale: str) -> list[str]:
    """Dictionary tags to try for ``lang`` in order, before "any installed one"."""
    tags: list[str] = []
    tag = normalize_tag(locale)
    if tag and tag.split("_", 1)[0] == lang:
        tags.append(tag)
    if lang == "es":
        tags.append(LATIN_AMERICAN_SPANISH)
    tags += [lang, DEFAULT_LOCALES[lang]]
    return list(dict.fromkeys(tags))


def bundled_dictionary_dir() -> Path | None:
    """The dictionaries shipped with the app (one ``<tag>/`` folder each), None if absent."""
    node = resources.files("editor_app.resources").joinpath("dictionaries")
    folder = Path(str(node))
    return folder if folder.is_dir() else None


def _pair_tags(folder: Path, pattern: str) -> list[str]:
    """Tags of the ``.aff``/``.dic`` pairs matching ``pattern`` under ``folder``, sorted."""
    try:
        tags = [p.stem for p in folder.glob(pattern) if p.with_suffix(".dic").is_file()]
    except OSError:
        log.warning("cannot list the dictionaries in %s", folder, exc_info=True)
        return []
    return sorted(t for t in tags if normalize_tag(t) == t)


class DictionarySource:
    """Where dictionaries come from: enchant's own search path, a broker, or one folder.

    ``dictionary_dir`` (a folder of Hunspell ``.aff``/``.dic`` pairs) replaces the
    system's dictionaries: only the pairs in it are listed. ``broker`` lets a caller hand
    over its own ``enchant.Broker``. Without either, enchant's default broker is used.
    Unless ``dictionary_dir`` is given or ``bundled`` is False, the dictionaries shipped
    with the app are a fallback for the tags the system and the user do not have.
    """

    def __init__(
        self, *, broker: Any = None, dictionary_dir: Path | None = None, bundled: bool = True
    ) -> None:
        if broker is not None and dictionary_dir is not None:
            raise ValueError("give a broker or a dictionary folder, not both")
        self.dictionary_dir = Path(dictionary_dir) if dictionary_dir is not None else None
        self.bundled_dir = (
            bundled_dictionary_dir() if bundled and self.dictionary_dir is None else None
        )
        self._broker = broker

    @property
    def available(self) -> bool:
        """False when the enchant library itself could not load."""
        return _enchant is not None

    def _get_broker(self) -> Any:
        if self._broker is None:
            assert _enchant is not None
            self._broker = _enchant.Broker()
        return self._broker

    def system_tags(self) -> list[str]:
        """The tags of the system's and the user's dictionaries (or the folder's), sorted."""
        if _enchant is None:
            return []
        if self.dictionary_dir is not None:
            return _pair_tags(self.dictionary_dir, "*.aff")
        try:
            return sorted(str(tag) for tag in self._get_broker().list_languages())
        except Exception:  # enchant reports provider trouble with assorted exceptions
            log.warning("enchant could not list its dictionaries", exc_info=True)
            return []

    def bundled_tags(self) -> list[str]:
        """The tags of the dictionaries shipped with the app, sorted; [] without enchant."""
        if _enchant is None or self.bundled_dir is None:
            return []
        return _pair_tags(self.bundled_dir, "*/*.aff")

    def list_tags(self) -> list[str]:
        """Every installed or bundled dictionary tag, sorted; [] when enchant is missing."""
        return sorted(set(self.system_tags()) | set(self.bundled_tags()))

    def open(self, tag: str, *, bundled: bool = False) -> tuple[SpellDict, str]:
        """Load the dictionary ``tag``: (dictionary, provider name). Raises on failure.

        ``bundled`` loads the copy shipped with the app instead of the system's.
        """
        if _enchant is None:
            raise RuntimeError(ENCHANT_ERROR)
        folder = self.bundled_dir / tag if bundled and self.bundled_dir else self.dictionary_dir
        if folder is None:
            dic = self._get_broker().request_dict(tag)
        else:
            with _injected_config_dir(folder, tag):
                # A fresh broker, so enchant looks in the injected folder first.
                dic = _enchant.Broker().request_dict(tag)
        provider = getattr(getattr(dic, "provider", None), "name", "") or ""
        return dic, str(provider)


@contextlib.contextmanager
def _injected_config_dir(folder: Path, tag: str) -> Iterator[None]:
    # enchant 2 has no per-broker dictionary path (enchant_broker_set_param is gone), but
    # its Hunspell provider looks in $ENCHANT_CONFIG_DIR/hunspell before the system
    # folders, and reads the files only while the dictionary is requested.
    with tempfile.TemporaryDirectory(prefix="readout-dicts-") as tmp, _ENV_LOCK:
        target = Path(tmp) / "hunspell"
        target.mkdir()
        for suffix in (".aff", ".dic"):
            source = folder / f"{tag}{suffix}"
            try:
                (target / source.name).symlink_to(source.resolve())
            except OSError:  # no symlinks (Windows without the privilege): copy instead
                shutil.copyfile(source, target / source.name)
        saved = os.environ.get("ENCHANT_CONFIG_DIR")
        os.environ["ENCHANT_CONFIG_DIR"] = tmp
        try:
            yield
        finally:
            if saved is None:
                del os.environ["ENCHANT_CONFIG_DIR"]
            else:
                os.environ["ENCHANT_CONFIG_DIR"] = saved


def choose_dictionary(
    lang: Lang, locale: str, source: DictionarySource
) -> tuple[SpellDict | None, DictionaryStatus]:
    """Open the best dictionary for ``lang`` given ``locale``; never raises.

    Returns the dictionary (None when the language stays unchecked) and its status.
    """
    name = LANGUAGE_NAMES[lang]
    if not source.available:
        message = NO_ENCHANT(language=name, error=ENCHANT_ERROR, hint=ENCHANT_HINT)
        return None, DictionaryStatus(lang, locale, None, about=message)
    system, bundled = source.system_tags(), source.bundled_tags()
    installed = sorted(set(system) | set(bundled))
    mine = [t for t in installed if t.split("_", 1)[0] == lang]
    problems: list[Message] = []
    for tag, from_bundle in _attempts(lang, locale, system, bundled):
        label: Value = BUNDLED_TAG(tag=tag) if from_bundle else tag
        try:
            dic, provider = source.open(tag, bundled=from_bundle)
        except Exception as exc:  # enchant and Hunspell fail in many ways; all mean "skip"
            log.warning("dictionary %s would not load", tag, exc_info=True)
            problems.append(WOULD_NOT_LOAD(tag=label, error=str(exc)))
            continue
        broken = [w for w in PROBE_WORDS[lang] if not _safe_check(dic, w)]
        if broken:
            problems.append(DAMAGED(tag=label, words=", ".join(broken)))
            continue
        note = _fallback_message(lang, locale, tag, mine, problems)
        return dic, DictionaryStatus(lang, locale, tag, provider, note, from_bundle)
    found = NOTES(notes=joined(problems, "; ")) if problems else ""
    message = NO_DICTIONARY(language=name, found=found, hint=INSTALL_HINTS[lang])
    return None, DictionaryStatus(lang, locale, None, about=message)


def _attempts(
    lang: Lang, locale: str, system: Sequence[str], bundled: Sequence[str]
) -> list[tuple[str, bool]]:
    """(tag, from the bundle) in the order to try: the house's order over every tag, the
    system's copy of a tag before the bundled one, then the other tags of the language."""
    ours = [t for t in system if t.split("_", 1)[0] == lang]
    shipped = [t for t in bundled if t.split("_", 1)[0] == lang]
    tags = [t for t in candidate_tags(lang, locale) if t in ours or t in shipped]
    tags += [t for t in ours if t not in tags]
    tags += [t for t in shipped if t not in tags]
    return [(t, b) for t in tags for b in (False, True) if t in (shipped if b else ours)]


def _safe_check(dic: SpellDict, word: str) -> bool:
    try:
        return bool(dic.check(word))
    except Exception:  # a damaged dictionary may raise on any word: it rejects it
        log.warning("the dictionary failed on %r", word, exc_info=True)
        return False


def _fallback_message(
    lang: Lang, locale: str, tag: str, installed: Sequence[str], problems: Sequence[Message]
) -> Message | None:
    wanted = normalize_tag(locale)
    notes: list[Message] = []
    if not locale.strip():
        notes.append(NO_LOCALE())
    elif wanted is None or wanted.split("_", 1)[0] != lang:
        notes.append(NOT_A_LOCALE_FOR(locale=repr(locale), language=LANGUAGE_NAMES[lang]))
    elif wanted not in installed and wanted != lang:
        notes.append(NO_SUCH_DICTIONARY(tag=wanted))
    notes += problems
    if notes or wanted != tag:
        notes.append(USING(tag=tag))
    return NOTES_ONLY(notes=joined(notes, "; ")) if notes else None
