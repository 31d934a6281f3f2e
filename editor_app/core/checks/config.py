"""The house's check settings: checks switched off, simple pattern checks, style options.

The user file is JSON::

    {"disabled": ["es.title-capital", "parity.*"],
     "patterns": [{"id": "house.foo", "regex": "...", "message": "...",
                   "lang": "es", "severity": "warning", "suggestion": "...",
                   "ignore_case": false}],
     "es_quotes": "«»",
     "us_form": "U.S."}

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

from editor_app.core.checks.base import SEVERITIES, WARNING, CheckInfo
from editor_app.core.checks.catalogue import all_checks
from editor_app.core.checks.settings import ES_QUOTES, US_FORMS, CheckConfig, PatternCheck
from editor_app.core.draft import LANGS

log = logging.getLogger(__name__)

_PATTERN_KEYS = {"id", "regex", "message", "lang", "severity", "suggestion", "ignore_case"}
_TOP_KEYS = {"disabled", "patterns", "es_quotes", "us_form"}
_MAX_REGEX = 1000


class CheckConfigError(ValueError):
    """The user's check file is unreadable or malformed; the message says where."""


def load_config(path: Path | None) -> CheckConfig:
    """The settings in the JSON file at ``path``; the defaults when ``path`` is None."""
    if path is None:
        return CheckConfig()
    source = str(path)
    try:
        text = Path(path).read_text("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CheckConfigError(f"{source}: cannot read the check settings: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CheckConfigError(
            f"{source}: line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    return config_from_dict(data, source)


def config_from_dict(data: Any, source: str = "<settings>") -> CheckConfig:
    """Check settings from parsed JSON ``data``; errors name ``source`` and the entry."""
    if not isinstance(data, dict):
        raise CheckConfigError(f"{source}: expected a JSON object at the top")
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise CheckConfigError(
            f"{source}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(_TOP_KEYS))})"
        )
    patterns = tuple(
        _pattern(entry, f"{source}: patterns[{i}]")
        for i, entry in enumerate(_list(data, "patterns", source))
    )
    pattern_ids = {p.check_id for p in patterns}
    disabled: set[str] = set()
    for i, entry in enumerate(_list(data, "disabled", source)):
        where = f"{source}: disabled[{i}]"
        if not isinstance(entry, str):
            raise CheckConfigError(f"{where}: expected a check id such as 'es.title-capital'")
        _known_id(entry, pattern_ids, where)
        disabled.add(entry)
    es_quotes = _choice(data, "es_quotes", ES_QUOTES, source)
    us_form = _choice(data, "us_form", US_FORMS, source)
    return CheckConfig(frozenset(disabled), patterns, es_quotes, us_form)


def _list(data: dict[str, Any], key: str, source: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise CheckConfigError(f"{source}: {key!r} must be a list")
    return value


def _choice(data: dict[str, Any], key: str, choices: tuple[str, ...], source: str) -> str:
    value = data.get(key, choices[0])
    if value not in choices:
        allowed = " or ".join(repr(c) for c in choices)
        raise CheckConfigError(f"{source}: {key!r} must be {allowed}, not {value!r}")
    return str(value)


def _builtin_checks() -> dict[str, CheckInfo]:
    return all_checks()


def _known_id(check_id: str, pattern_ids: set[str], where: str) -> None:
    known = set(_builtin_checks()) | pattern_ids
    families = {k.split(".", 1)[0] + ".*" for k in known}
    if check_id in known or check_id in families:
        return
    close = difflib.get_close_matches(check_id, sorted(known | families), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise CheckConfigError(f"{where}: unknown check id {check_id!r}{hint}")


def _text(entry: dict[str, Any], key: str, where: str, required: bool = True) -> str | None:
    value = entry.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str) or not value.strip():
        raise CheckConfigError(f"{where}: {key!r} must be non-empty text")
    return value


def _pattern(entry: Any, where: str) -> PatternCheck:
    if not isinstance(entry, dict):
        raise CheckConfigError(f"{where}: expected an object with 'id', 'regex' and 'message'")
    check_id = _text(entry, "id", where)
    assert check_id is not None
    where = f"{where} ({check_id})"
    unknown = sorted(set(entry) - _PATTERN_KEYS)
    if unknown:
        raise CheckConfigError(f"{where}: unknown key {unknown[0]!r}")
    if check_id in _builtin_checks():
        raise CheckConfigError(f"{where}: {check_id!r} is a built-in check; pick another id")
    source = _text(entry, "regex", where)
    assert source is not None
    if len(source) > _MAX_REGEX:
        raise CheckConfigError(f"{where}: regex longer than {_MAX_REGEX} characters")
    flags = re.IGNORECASE if entry.get("ignore_case") is True else 0
    try:
        regex = re.compile(source, flags)
    except re.error as exc:
        raise CheckConfigError(f"{where}: bad regex {source!r}: {exc}") from exc
    if regex.search("") is not None:
        raise CheckConfigError(f"{where}: regex {source!r} matches empty text")
    message = entry.get("message")
    if isinstance(message, dict):
        en = message.get("en") or message.get("es")
        es = message.get("es") or en
    else:
        en = es = message
    if not isinstance(en, str) or not isinstance(es, str) or not en.strip():
        raise CheckConfigError(f"{where}: 'message' must be text or {{'en': ..., 'es': ...}}")
    lang = entry.get("lang", "both")
    if lang not in ("es", "en", "both"):
        raise CheckConfigError(f"{where}: 'lang' must be 'es', 'en' or 'both', not {lang!r}")
    severity = entry.get("severity", WARNING)
    if severity not in SEVERITIES:
        raise CheckConfigError(
            f"{where}: 'severity' must be one of {', '.join(SEVERITIES)}, not {severity!r}"
        )
    return PatternCheck(
        check_id=check_id,
        regex=regex,
        message_en=en,
        message_es=es,
        langs=LANGS if lang == "both" else (lang,),
        severity=severity,
        suggestion=_text(entry, "suggestion", where, required=False),
    )
