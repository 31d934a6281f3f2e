"""Export a draft pair to Word (.docx), HTML, Markdown or plain text.

The one entry point is :func:`export`; the CLI and the GUI both call it. Every file is
rendered in memory and then written with :func:`atomic_write_bytes`, so an existing file
is only ever replaced whole.
"""

from __future__ import annotations

from pathlib import Path

from editor_app.core.atomic import atomic_write_bytes
from editor_app.core.draft import LANGS, DraftPair, Lang
from editor_app.core.export.docx import ReferenceDocError, build_docx
from editor_app.core.export.text import SUFFIXES, render_text
from editor_app.core.model import Readout

FORMATS: tuple[str, ...] = ("docx", "html", "md", "txt")
LAYOUTS: tuple[str, ...] = ("side-by-side", "sequential", "separate")
FILE_SUFFIXES: dict[str, str] = {"docx": ".docx", **SUFFIXES}
"""The file suffix each format writes."""

__all__ = [
    "FILE_SUFFIXES",
    "FORMATS",
    "FORMAT_ALIASES",
    "LAYOUTS",
    "ExportError",
    "export",
    "output_paths",
]


class ExportError(ValueError):
    """The export was asked for something it cannot do; the message says what."""


def export(
    readout: Readout,
    pair: DraftPair,
    out: Path,
    *,
    fmt: str = "docx",
    layout: str = "side-by-side",
    order: tuple[str, str] = ("es", "en"),
    reference_docx: Path | None = None,
) -> list[Path]:
    """Write ``pair`` to ``out`` in ``fmt`` and ``layout``; return the paths written.

    "docx" with "side-by-side" or "sequential" writes one file at ``out``; "separate",
    and every text format (html, md, txt), write one file per language next to ``out``:
    ``report.docx`` → ``report-es.docx``, ``report-en.docx``. ``order`` puts the languages
    in column / reading / file order; the first is the document's primary language.
    Raises ExportError for an unknown format, layout or order or an unreadable reference
    document, and WriteError (an OSError) when a file cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    if layout not in LAYOUTS:
        raise ExportError(f"unknown layout {layout!r}: choose one of {', '.join(LAYOUTS)}")
    langs = _check_order(order)
    drafts = [pair.get(lang) for lang in langs]
    out = Path(out)
    if reference_docx is not None and fmt != "docx":
        raise ExportError(f"a reference document only applies to docx, not to {fmt}")

    if fmt == "docx":
        try:
            if layout == "separate":
                files = [
                    (
                        _per_language(out, d.lang, "docx"),
                        build_docx(readout, [d], "single", reference_docx),
                    )
                    for d in drafts
                ]
            else:
                data = build_docx(readout, drafts, layout, reference_docx)
                files = [(_with_suffix(out, "docx"), data)]
        except ReferenceDocError as exc:
            raise ExportError(str(exc)) from exc
    else:
        files = [
            (_per_language(out, d.lang, fmt), render_text(d, fmt).encode("utf-8")) for d in drafts
        ]

    for path, data in files:
        atomic_write_bytes(path, data)
    return [path for path, _ in files]


def output_paths(
    out: Path,
    *,
    fmt: str = "docx",
    layout: str = "side-by-side",
    order: tuple[str, str] = ("es", "en"),
) -> list[Path]:
    """The paths :func:`export` would write with these options (to warn before overwriting)."""
    out = Path(out)
    if fmt == "docx" and layout != "separate":
        return [_with_suffix(out, "docx")]
    return [_per_language(out, lang, fmt) for lang in _check_order(order)]


def _check_order(order: tuple[str, str]) -> tuple[Lang, Lang]:
    if len(order) != 2 or set(order) != set(LANGS):
        raise ExportError(f"language order {order!r} must name 'es' and 'en' once each")
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


def _with_suffix(out: Path, fmt: str) -> Path:
    name, suffix = _name_and_suffix(out, fmt)
    return out.with_name(name + suffix)


def _per_language(out: Path, lang: Lang, fmt: str) -> Path:
    name, suffix = _name_and_suffix(out, fmt)
    return out.with_name(f"{name}-{lang}{suffix}")
