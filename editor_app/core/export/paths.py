"""Export formats, layouts and the file names an export writes.

Kept apart from the writers so the window and the CLI can name and check files without
importing the Word writer.
"""

from __future__ import annotations

import logging
from pathlib import Path

from editor_app.core.draft import LANGS, Lang
from editor_app.core.export.text import SUFFIXES
from editor_app.core.messages import MessageError, define

log = logging.getLogger(__name__)

FORMATS: tuple[str, ...] = ("docx", "html", "md", "txt")
LAYOUTS: tuple[str, ...] = ("side-by-side", "sequential", "separate")
FILE_SUFFIXES: dict[str, str] = {"docx": ".docx", **SUFFIXES}
"""The file suffix each format writes."""


BAD_ORDER = define(
    "export.bad-order",
    "language order {order} must name 'es' and 'en' once each",
    "el orden de los idiomas {order} debe nombrar 'es' y 'en' una vez cada uno",
)
UNKNOWN_FORMAT = define(
    "export.unknown-format",
    "unknown export format {fmt}: choose one of {choices}",
    "formato de exportación desconocido {fmt}: elija uno de estos: {choices}",
)
UNKNOWN_LAYOUT = define(
    "export.unknown-layout",
    "unknown layout {layout}: choose one of {choices}",
    "disposición desconocida {layout}: elija una de estas: {choices}",
)
REFERENCE_ONLY_DOCX = define(
    "export.reference-only-docx",
    "a reference document only applies to docx, not to {fmt}",
    "un documento de referencia solo sirve para docx, no para {fmt}",
)
CHANGES_ONLY_DOCX = define(
    "export.changes-only-docx",
    "changes since a cleared copy only show in docx, not in {fmt}",
    "los cambios desde una copia aprobada solo se muestran en docx, no en {fmt}",
)
BAD_REFERENCE = define(
    "export.bad-reference",
    "reference document {path}: cannot be read as a Word .docx ({error})",
    "documento de referencia {path}: no se puede leer como un .docx de Word ({error})",
)


class ExportError(MessageError, ValueError):
    """The export was asked for something it cannot do; the message says what."""


def output_paths(
    out: Path,
    *,
    fmt: str = "docx",
    layout: str = "side-by-side",
    order: tuple[str, str] = LANGS,
) -> list[Path]:
    """The paths :func:`export` would write with these options (to warn before overwriting)."""
    out = Path(out)
    if fmt == "docx" and layout != "separate":
        return [with_suffix(out, "docx")]
    return [per_language(out, lang, fmt) for lang in check_order(order)]


def check_order(order: tuple[str, str]) -> tuple[Lang, Lang]:
    if len(order) != 2 or set(order) != set(LANGS):
        raise ExportError(BAD_ORDER(order=repr(order)))
    first: Lang = "es" if order[0] == "es" else "en"
    second: Lang = "en" if first == "es" else "es"
    return (first, second)


FORMAT_ALIASES: dict[str, str] = {"markdown": "md", "htm": "html", "text": "txt"}
"""Other names a format goes by, as a file suffix or a format name."""


def _suffixes_of(fmt: str) -> set[str]:
    """The suffixes a file of format ``fmt`` may end in (its own and its aliases)."""
    own = {FILE_SUFFIXES.get(fmt, ".docx")}
    return own | {f".{alias}" for alias, target in FORMAT_ALIASES.items() if target == fmt}


def _name_and_suffix(out: Path, fmt: str) -> tuple[str, str]:
    """``out``'s name without its suffix, and the suffix the file gets: the one typed if
    it names ``fmt`` ("post.markdown"), else the format's own, replacing another format's
    ("call.docx" → "call.html") or added to anything else ("Readout 26.03.2025" keeps its
    dots: ".2025" is no format)."""
    typed = out.suffix.lower()
    if typed in _suffixes_of(fmt):
        return out.stem, out.suffix
    known = {suffix for other in FILE_SUFFIXES for suffix in _suffixes_of(other)}
    return (out.stem if typed in known else out.name), FILE_SUFFIXES.get(fmt, ".docx")


def with_suffix(out: Path, fmt: str) -> Path:
    name, suffix = _name_and_suffix(out, fmt)
    return out.with_name(name + suffix)


def per_language(out: Path, lang: Lang, fmt: str) -> Path:
    name, suffix = _name_and_suffix(out, fmt)
    return out.with_name(f"{name}-{lang}{suffix}")
