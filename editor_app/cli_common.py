"""What the ``readout`` sub-commands share: reading a readout for a command, rendering
it, and the error that says an input cannot be used (exit status 2)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from editor_app.core.draft import LANGS, DraftPair
from editor_app.core.gaps import is_gap
from editor_app.core.messages import Message, MessageError, Value, define
from editor_app.core.outcomes import EXIT_FINDINGS, EXIT_OK
from editor_app.core.parse import Parsed
from editor_app.core.render import Renderer, RenderError
from editor_app.core.store import ReadoutFileError, load_file
from editor_app.core.validate import Problem

NOTE = define("cli.note", "{path}: note: {note}", "{path}: nota: {note}")
INVALID = define(
    "cli.invalid",
    "{path}: not a valid readout:\n{problems}",
    "{path}: no es un comunicado válido:\n{problems}",
)
NO_TEMPLATES = define(
    "cli.no-templates",
    "{path}: no such templates folder",
    "{path}: no existe esa carpeta de plantillas",
)
GAPS = define(
    "cli.gaps",
    "{path}: missing fields, shown as gaps (⟨…⟩) in the drafts:\n{problems}",
    "{path}: faltan campos, que los borradores muestran como huecos (⟨…⟩):\n{problems}",
)
RENDER_FAILED = define("cli.render-failed", "{path}: {error}", "{path}: {error}")
# An error whose text comes from elsewhere (the OS, a library) and is shown as it is.
AS_IS = define("cli.as-is", "{error}", "{error}")


class BadInput(Exception):
    """Input the command cannot use; the message says what and where, in either language."""

    def __init__(self, about: Message | str) -> None:
        self.about = about if isinstance(about, Message) else AS_IS(error=about)
        super().__init__(self.about.text("en"))

    def text(self, ui_lang: str = "en") -> str:
        """What is wrong with the input, in ``ui_lang``."""
        return self.about.text(ui_lang)


def bad(template: Callable[..., Message], **values: Value) -> BadInput:
    """Bad input described by ``template`` filled with ``values``."""
    return BadInput(template(**values))


def bad_from(exc: Exception) -> BadInput:
    """``exc`` as bad input, in the UI language when the core declared its message."""
    return BadInput(exc.about if isinstance(exc, MessageError) else AS_IS(error=str(exc)))


def add_ui_lang(parser: argparse.ArgumentParser) -> None:
    """Add ``--ui-lang`` (the language of the command's messages)."""
    parser.add_argument(
        "--ui-lang", choices=LANGS, default="en", help="language of the messages (en or es)"
    )


def add_templates(parser: argparse.ArgumentParser) -> None:
    """Add ``--templates`` (a folder of user templates)."""
    parser.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="a folder of user templates that add to or override the bundled ones",
    )


def load_readout(path: Path, out_err: TextIO, ui_lang: str = "en") -> Parsed:
    """The readout at ``path``; its notes go to ``out_err``; BadInput when unreadable."""
    try:
        parsed = load_file(path)
    except ReadoutFileError as exc:
        raise BadInput(exc.about) from exc
    for note in parsed.notes:
        print(NOTE(path=str(path), note=note.line(ui_lang)).text(ui_lang), file=out_err)
    return parsed


def require_valid(
    path: Path, parsed: Parsed, ui_lang: str = "en", gaps: bool = False
) -> list[Problem]:
    """Refuse a readout with errors; with ``gaps``, one whose only errors are missing
    fields passes, and those errors are returned (the drafts show them as gaps)."""
    if parsed.errors:
        if gaps and all(is_gap(p.about.message_id if p.about else "") for p in parsed.errors):
            return list(parsed.errors)
        lines = "\n".join(f"  {p.line(ui_lang)}" for p in parsed.errors)
        raise bad(INVALID, path=str(path), problems=lines)
    return []


def say_gaps(path: Path, missing: list[Problem], err: TextIO, ui_lang: str) -> int:
    """List the missing fields on stderr: exit 1 when there are any, else 0."""
    if not missing:
        return EXIT_OK
    lines = "\n".join(f"  {p.line(ui_lang)}" for p in missing)
    print(GAPS(path=str(path), problems=lines).text(ui_lang), file=err)
    return EXIT_FINDINGS


def make_renderer(templates: Path | None) -> Renderer:
    """A renderer with the user's templates folder (BadInput when it is not a folder)."""
    if templates is not None and not templates.is_dir():
        raise bad(NO_TEMPLATES, path=str(templates))
    return Renderer(templates)


def render_drafts(
    path: Path, parsed: Parsed, templates: Path | None, renderer: Renderer | None = None
) -> DraftPair:
    """Both drafts of the readout read from ``path``; BadInput when a template fails."""
    renderer = renderer or make_renderer(templates)
    try:
        return renderer.render_pair(parsed.readout)
    except RenderError as exc:
        raise bad(RENDER_FAILED, path=str(path), error=exc.about) from exc
