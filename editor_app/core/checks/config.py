"""The house's check settings: checks switched off, simple pattern checks, style options.

The user file is JSON::

    {"disabled": ["es.title-capital", "parity.*"],
     "patterns": [{"id": "house.foo", "regex": "...", "message": "...",
                   "lang": "es", "severity": "warning", "suggestion": "...",
                   "ignore_case": false}],
     "es_quotes": "«»",
     "us_form": "U.S.",
     "point_max_words": 120}

``message`` may also be {"en": "...", "es": "..."} for both UI languages. Anything
malformed raises :class:`CheckConfigError` naming the file and the entry.
"""

from __future__ import annotations

import difflib
import json
import logging
import re
from pathlib import Path
from typing import Any

from babel.lists import format_list

from editor_app.core.checks.base import SEVERITIES, WARNING, CheckInfo
from editor_app.core.checks.catalogue import all_checks
from editor_app.core.checks.settings import (
    ES_QUOTES,
    POINT_MAX_WORDS,
    POINT_MAX_WORDS_LIMIT,
    US_FORMS,
    CheckConfig,
    PatternCheck,
)
from editor_app.core.draft import LANGS
from editor_app.core.json_errors import json_problem
from editor_app.core.messages import Localized, Message, MessageError, define

log = logging.getLogger(__name__)

_PATTERN_KEYS = {"id", "regex", "message", "lang", "severity", "suggestion", "ignore_case"}
_TOP_KEYS = {"disabled", "patterns", "es_quotes", "us_form", "point_max_words"}
_MAX_REGEX = 1000


CANNOT_READ = define(
    "config.cannot-read",
    "{where}: cannot read the check settings: {error}",
    "{where}: no se pueden leer los ajustes de las comprobaciones: {error}",
)
NOT_JSON = define(
    "config.not-json",
    "{where}: line {line}, column {column}: {error}",
    "{where}: línea {line}, columna {column}: {error}",
)
NOT_OBJECT = define(
    "config.not-object",
    "{where}: expected a JSON object at the top",
    "{where}: se esperaba un objeto JSON en el nivel superior",
)
UNKNOWN_SETTING = define(
    "config.unknown-setting",
    "{where}: unknown setting {key} (known: {known})",
    "{where}: ajuste desconocido {key} (se conocen: {known})",
)
NOT_CHECK_ID = define(
    "config.not-check-id",
    "{where}: expected a check id such as 'es.title-capital'",
    "{where}: se esperaba el identificador de una comprobación, como 'es.title-capital'",
)
NOT_LIST = define(
    "config.not-list", "{where}: {key} must be a list", "{where}: {key} debe ser una lista"
)
NOT_CHOICE = define(
    "config.not-choice",
    "{where}: {key} must be {allowed}, not {value}",
    "{where}: {key} debe ser {allowed}, no {value}",
)
NOT_WHOLE_NUMBER = define(
    "config.not-whole-number",
    "{where}: {key} must be a whole number from 1 to {most}, not {value}",
    "{where}: {key} debe ser un número entero de 1 a {most}, no {value}",
)
UNKNOWN_CHECK = define(
    "config.unknown-check",
    "{where}: unknown check id {check_id}{hint}",
    "{where}: comprobación desconocida {check_id}{hint}",
)
DID_YOU_MEAN = define("config.did-you-mean", "; did you mean {hint}?", "; ¿quiso decir {hint}?")
NOT_TEXT = define(
    "config.not-text",
    "{where}: {key} must be non-empty text",
    "{where}: {key} debe ser un texto no vacío",
)
NOT_PATTERN = define(
    "config.not-pattern",
    "{where}: expected an object with 'id', 'regex' and 'message'",
    "{where}: se esperaba un objeto con 'id', 'regex' y 'message'",
)
UNKNOWN_KEY = define(
    "config.unknown-key", "{where}: unknown key {key}", "{where}: clave desconocida {key}"
)
BUILT_IN = define(
    "config.built-in",
    "{where}: {check_id} is a built-in check; pick another id",
    "{where}: {check_id} es una comprobación incorporada; elija otro identificador",
)
REGEX_TOO_LONG = define(
    "config.regex-too-long",
    "{where}: regex longer than {limit} characters",
    "{where}: expresión regular de más de {limit} caracteres",
)
BAD_REGEX = define(
    "config.bad-regex",
    "{where}: bad regex {regex}: {error}",
    "{where}: expresión regular no válida {regex}: {error}",
)
EMPTY_MATCH = define(
    "config.empty-match",
    "{where}: regex {regex} matches empty text",
    "{where}: la expresión regular {regex} encaja con un texto vacío",
)
BAD_MESSAGE = define(
    "config.bad-message",
    "{where}: 'message' must be text or {{'en': ..., 'es': ...}}",
    "{where}: 'message' debe ser un texto o {{'en': ..., 'es': ...}}",
)
BAD_LANG = define(
    "config.bad-lang",
    "{where}: 'lang' must be 'es', 'en' or 'both', not {lang}",
    "{where}: 'lang' debe ser 'es', 'en' o 'both', no {lang}",
)
BAD_SEVERITY = define(
    "config.bad-severity",
    "{where}: 'severity' must be one of {choices}, not {severity}",
    "{where}: 'severity' debe ser uno de estos: {choices}; no {severity}",
)


class CheckConfigError(MessageError, ValueError):
    """The user's check file is unreadable or malformed; the message says where."""


def _error(about: Message) -> CheckConfigError:
    return CheckConfigError(about)


def load_config(path: Path | None) -> CheckConfig:
    """The settings in the JSON file at ``path``; the defaults when ``path`` is None."""
    if path is None:
        return CheckConfig()
    source = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(CANNOT_READ(where=source, error=str(exc))) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error(
            NOT_JSON(
                where=source,
                line=str(exc.lineno),
                column=str(exc.colno),
                error=json_problem(exc),
            )
        ) from exc
    return config_from_dict(data, source)


def config_from_dict(data: Any, source: str = "<settings>") -> CheckConfig:
    """Check settings from parsed JSON ``data``; errors name ``source`` and the entry."""
    if not isinstance(data, dict):
        raise _error(NOT_OBJECT(where=source))
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        known = ", ".join(sorted(_TOP_KEYS))
        raise _error(UNKNOWN_SETTING(where=source, key=repr(unknown[0]), known=known))
    patterns = tuple(
        _pattern(entry, f"{source}: patterns[{i}]")
        for i, entry in enumerate(_list(data, "patterns", source))
    )
    pattern_ids = {p.check_id for p in patterns}
    disabled: set[str] = set()
    for i, entry in enumerate(_list(data, "disabled", source)):
        where = f"{source}: disabled[{i}]"
        if not isinstance(entry, str):
            raise _error(NOT_CHECK_ID(where=where))
        _known_id(entry, pattern_ids, where)
        disabled.add(entry)
    es_quotes = _choice(data, "es_quotes", ES_QUOTES, source)
    us_form = _choice(data, "us_form", US_FORMS, source)
    point_max_words = _whole_number(data, "point_max_words", POINT_MAX_WORDS, source)
    return CheckConfig(frozenset(disabled), patterns, es_quotes, us_form, point_max_words)


def _list(data: dict[str, Any], key: str, source: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise _error(NOT_LIST(where=source, key=repr(key)))
    return value


def _choice(data: dict[str, Any], key: str, choices: tuple[str, ...], source: str) -> str:
    value = data.get(key, choices[0])
    if value not in choices:
        quoted = [repr(c) for c in choices]
        allowed = Localized(
            format_list(quoted, style="or", locale="en"),
            format_list(quoted, style="or", locale="es"),
        )
        raise _error(NOT_CHOICE(where=source, key=repr(key), allowed=allowed, value=repr(value)))
    return str(value)


def _whole_number(data: dict[str, Any], key: str, default: int, source: str) -> int:
    value = data.get(key, default)
    # JSON true is a Python int: refuse it with the rest.
    if isinstance(value, bool) or not isinstance(value, int):
        ok = False
    else:
        ok = 1 <= value <= POINT_MAX_WORDS_LIMIT
    if not ok:
        raise _error(
            NOT_WHOLE_NUMBER(
                where=source,
                key=repr(key),
                most=str(POINT_MAX_WORDS_LIMIT),
                value=json.dumps(value, ensure_ascii=False)[:40],
            )
        )
    return int(value)


def _builtin_checks() -> dict[str, CheckInfo]:
    return all_checks()


def _known_id(check_id: str, pattern_ids: set[str], where: str) -> None:
    known = set(_builtin_checks()) | pattern_ids
    families = {k.split(".", 1)[0] + ".*" for k in known}
    if check_id in known or check_id in families:
        return
    close = difflib.get_close_matches(check_id, sorted(known | families), n=1)
    hint = DID_YOU_MEAN(hint=repr(close[0])) if close else ""
    raise _error(UNKNOWN_CHECK(where=where, check_id=repr(check_id), hint=hint))


def _text(entry: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _error(NOT_TEXT(where=where, key=repr(key)))
    return value


def _pattern(entry: Any, where: str) -> PatternCheck:
    if not isinstance(entry, dict):
        raise _error(NOT_PATTERN(where=where))
    check_id = _text(entry, "id", where)
    assert check_id is not None
    where = f"{where} ({check_id})"
    unknown = sorted(set(entry) - _PATTERN_KEYS)
    if unknown:
        raise _error(UNKNOWN_KEY(where=where, key=repr(unknown[0])))
    if check_id in _builtin_checks():
        raise _error(BUILT_IN(where=where, check_id=repr(check_id)))
    source = _text(entry, "regex", where)
    assert source is not None
    if len(source) > _MAX_REGEX:
        raise _error(REGEX_TOO_LONG(where=where, limit=str(_MAX_REGEX)))
    flags = re.IGNORECASE if entry.get("ignore_case") is True else 0
    try:
        regex = re.compile(source, flags)
    except re.error as exc:
        raise _error(BAD_REGEX(where=where, regex=repr(source), error=str(exc))) from exc
    if regex.search("") is not None:
        raise _error(EMPTY_MATCH(where=where, regex=repr(source)))
    message = entry.get("message")
    if isinstance(message, dict):
        en = message.get("en") or message.get("es")
        es = message.get("es") or en
    else:
        en = es = message
    if not isinstance(en, str) or not isinstance(es, str) or not en.strip():
        raise _error(BAD_MESSAGE(where=where))
    lang = entry.get("lang", "both")
    if lang not in ("es", "en", "both"):
        raise _error(BAD_LANG(where=where, lang=repr(lang)))
    severity = entry.get("severity", WARNING)
    if severity not in SEVERITIES:
        choices = ", ".join(SEVERITIES)
        raise _error(BAD_SEVERITY(where=where, choices=choices, severity=repr(severity)))
    return PatternCheck(
        check_id=check_id,
        regex=regex,
        message_en=en,
        message_es=es,
        langs=LANGS if lang == "both" else (lang,),
        severity=severity,
        suggestion=_text(entry, "suggestion", where, required=False),
    )
