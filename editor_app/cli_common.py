"""What the ``readout`` sub-commands share: reading a readout for a command, rendering
it, and the error that says an input cannot be used (exit status 2)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from editor_app.core.draft import LANGS, DraftPair
from editor_app.core.messages import Message, MessageError, Value, define
from editor_app.core.parse import Parsed
from editor_app.core.render import Renderer, RenderError
from editor_app.core.store import ReadoutFileError, load_file

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


def require_valid(path: Path, parsed: Parsed, ui_lang: str = "en") -> None:
    """Raise BadInput listing the readout's errors, if it has any."""
    if parsed.errors:
        lines = "\n".join(f"  {p.line(ui_lang)}" for p in parsed.errors)
        raise bad(INVALID, path=str(path), problems=lines)


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
