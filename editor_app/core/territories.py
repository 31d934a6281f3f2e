"""Country (territory) names from Babel's CLDR data, kept in a small cache file.

Babel is the source of every name. Reading a locale's CLDR data takes Babel some 10-15 ms
(a pickle of the whole locale, merged with its parents), which the editor would otherwise
pay before its first paint just to name the countries in its combo boxes. The names of
each locale asked for are therefore written once to a JSON file in the user cache folder,
keyed by the installed Babel, and read back from there on later starts. A missing,
stale, unreadable or corrupt cache is simply rebuilt from Babel.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
from pathlib import Path

from editor_app.core.app_info import user_cache_dir

log = logging.getLogger(__name__)

CACHE_FILE = "territories.json"
FALLBACK_LOCALE = "en"

_names: dict[str, dict[str, str]] = {}
"""Names already read in this process, by locale string as asked."""


def cache_path() -> Path:
    """Where the names are cached (in the user cache folder, per platformdirs).

    One file per installed Babel: two installs of the app (a wheel and a bundle) would
    otherwise rebuild each other's cache at every start.
    """
    digest = hashlib.sha256(babel_stamp().encode()).hexdigest()[:12]
    return user_cache_dir() / f"{Path(CACHE_FILE).stem}-{digest}.json"


def babel_stamp() -> str:
    """Identifies the installed Babel (its package file's size and time), so an upgrade
    of Babel, and with it of CLDR, rebuilds the cache. Found without importing Babel."""
    spec = importlib.util.find_spec("babel")
    if spec is None or spec.origin is None:
        return ""
    origin = spec.origin
    if not os.path.isfile(origin):
        # A frozen app (PyInstaller) keeps the module in an archive; its folder (with the
        # CLDR data) is on disk and changes with the bundle.
        origin = os.path.dirname(origin)
    try:
        stat = os.stat(origin)
    except OSError:
        log.debug("cannot stamp Babel at %s", origin, exc_info=True)
        return origin
    return f"{origin}:{stat.st_size}:{stat.st_mtime_ns}"


def territory_names(locale: str) -> dict[str, str]:
    """Every territory name CLDR has in ``locale`` ("MX" → "México"), by upper-case code.

    An unknown or malformed locale gives the English names.
    """
    names = _names.get(locale)
    if names is None:
        names = _from_cache(locale)
        if names is None:
            names = _from_babel(locale)
            _save(locale, names)
        _names[locale] = names
    return names


def _from_babel(locale: str) -> dict[str, str]:
    from babel import Locale, UnknownLocaleError  # slow to load: only on a cache miss

    try:
        loc = Locale.parse(locale)
    except (UnknownLocaleError, ValueError, TypeError):
        loc = Locale.parse(FALLBACK_LOCALE)
    return {str(code): str(name) for code, name in loc.territories.items()}


def _read_cache() -> dict[str, object]:
    try:
        data = json.loads(cache_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.debug("no usable country-name cache", exc_info=True)
        return {}
    if not isinstance(data, dict) or data.get("babel") != babel_stamp():
        return {}
    return data


def _from_cache(locale: str) -> dict[str, str] | None:
    locales = _read_cache().get("locales")
    names = locales.get(locale) if isinstance(locales, dict) else None
    if not isinstance(names, dict) or not names:
        return None
    if not all(isinstance(k, str) and isinstance(v, str) for k, v in names.items()):
        return None
    return names


def _save(locale: str, names: dict[str, str]) -> None:
    """Add ``locale``'s names to the cache file (best effort: a cache never stops work)."""
    data = _read_cache()
    locales = data.get("locales")
    kept = dict(locales) if isinstance(locales, dict) else {}
    kept[locale] = names
    path = cache_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        payload = {"babel": babel_stamp(), "locales": kept}
        temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, path)
    except OSError:
        log.warning("could not cache the country names in %s", path, exc_info=True)
