"""The ``readout`` command: render, check, export and create readouts, or open the app.

Exit status: 0 when all is well, 1 when checks found something, 2 for bad input (the
message goes to stderr). No command ends in a traceback. ``--ui-lang es`` says every
message in Spanish.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from editor_app import __version__
from editor_app.core.draft import LANGS, Draft, DraftPair, Lang
from editor_app.core.messages import Message, MessageError, Value, define, severity_name
from editor_app.core.model import Kind
from editor_app.core.parse import Parsed
from editor_app.core.render import Renderer, RenderError
from editor_app.core.store import ReadoutFileError, dumps, load_file, save_file
from editor_app.core.validate import Problem

if TYPE_CHECKING:
    from editor_app.core.checks.base import Finding
    from editor_app.core.spelling.checker import SpellingFinding

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


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
EXISTS = define(
    "cli.exists",
    "{path}: already exists (use --force to replace it)",
    "{path}: ya existe (use --force para reemplazarlo)",
)
WROTE = define(
    "cli.wrote",
    "wrote {path}: fill in the officials, the purpose and the points",
    "se escribió {path}: complete los funcionarios, el propósito y los puntos",
)
SPELLING_UNCHECKED = define(
    "cli.spelling-unchecked",
    "readout: spelling not checked: {status}",
    "readout: ortografía sin revisar: {status}",
)
SPELLING = define("cli.spelling", "{path}: spelling:", "{path}: ortografía:")
NO_FINDINGS = define("cli.no-findings", "{path}: no findings", "{path}: nada que señalar")
BAD_ORDER = define(
    "cli.bad-order",
    "--order {order}: expected es,en or en,es",
    "--order {order}: se esperaba es,en o en,es",
)
# An error whose text comes from elsewhere (the OS, a library) and is shown as it is.
AS_IS = define("cli.as-is", "{error}", "{error}")


class BadInput(MessageError):
    """Input the command cannot use; the message says what and where."""


def _bad(template: Callable[..., Message], **values: Value) -> BadInput:
    return BadInput(template(**values))


def _bad_from(exc: Exception) -> BadInput:
    """``exc`` as bad input, in the UI language when the core declared its message."""
    return BadInput(exc.about if isinstance(exc, MessageError) else AS_IS(error=str(exc)))


def _add_ui_lang(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--ui-lang", choices=LANGS, default="en", help="language of the messages (en or es)"
    )


def _add_templates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--templates",
        type=Path,
        metavar="DIR",
        help="a folder of user templates that add to or override the bundled ones",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = argparse.ArgumentParser(
        prog="readout",
        description="Bilingual (Spanish/English) diplomatic readouts from one structured file.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    render = sub.add_parser("render", help="print the drafts (Spanish, then English)")
    render.add_argument("file", type=Path, metavar="FILE")
    render.add_argument("--lang", choices=LANGS, help="print only this language")
    render.add_argument("--json", action="store_true", help="print the parts as JSON")
    _add_templates(render)
    _add_ui_lang(render)

    new = sub.add_parser("new", help="write a starter readout file")
    new.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    new.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    _add_ui_lang(new)

    check = sub.add_parser("check", help="validate and check a readout")
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help="print findings as JSON")
    check.add_argument(
        "--config", type=Path, metavar="FILE", help="house checks: disabled ids and patterns"
    )
    _add_ui_lang(check)
    _add_templates(check)

    export = sub.add_parser("export", help="export to Word, HTML, Markdown or text")
    export.add_argument("file", type=Path, metavar="FILE")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    export.add_argument("--format", dest="fmt", default=None, help="docx, html, md or txt")
    export.add_argument(
        "--layout", default="side-by-side", help="side-by-side, sequential or separate"
    )
    export.add_argument("--order", default="es,en", help="language order: es,en or en,es")
    export.add_argument(
        "--reference", type=Path, metavar="DOCX", help="a .docx whose styles set the house style"
    )
    _add_templates(export)
    _add_ui_lang(export)

    gui = sub.add_parser("gui", help="open the desktop editor")
    gui.add_argument("file", type=Path, nargs="?", metavar="FILE")
    return parser


def _load(path: Path, out_err: TextIO, ui_lang: str = "en") -> Parsed:
    try:
        parsed = load_file(path)
    except ReadoutFileError as exc:
        raise BadInput(exc.about) from exc
    for note in parsed.notes:
        print(NOTE(path=str(path), note=note.line(ui_lang)).text(ui_lang), file=out_err)
    return parsed


def _require_valid(path: Path, parsed: Parsed, ui_lang: str = "en") -> None:
    if parsed.errors:
        lines = "\n".join(f"  {p.line(ui_lang)}" for p in parsed.errors)
        raise _bad(INVALID, path=str(path), problems=lines)


def _render(path: Path, parsed: Parsed, templates: Path | None) -> DraftPair:
    if templates is not None and not templates.is_dir():
        raise _bad(NO_TEMPLATES, path=str(templates))
    try:
        return Renderer(templates).render_pair(parsed.readout)
    except RenderError as exc:
        raise _bad(RENDER_FAILED, path=str(path), error=exc.about) from exc


def _draft_as_dict(draft: Draft) -> dict[str, object]:
    return {
        "lang": draft.lang,
        "locale": draft.locale,
        "parts": [
            {"key": p.key, "text": p.text, "overridden": p.overridden, "stale": p.stale}
            for p in draft.parts
        ],
    }


def cmd_render(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Print the drafts of FILE."""
    parsed = _load(args.file, err, args.ui_lang)
    _require_valid(args.file, parsed, args.ui_lang)
    pair = _render(args.file, parsed, args.templates)
    langs: tuple[Lang, ...] = (args.lang,) if args.lang else LANGS
    if args.json:
        print(
            json.dumps([_draft_as_dict(pair.get(x)) for x in langs], ensure_ascii=False), file=out
        )
        return EXIT_OK
    print("\n\n".join(pair.get(lang).as_text().rstrip("\n") for lang in langs), file=out)
    return EXIT_OK


def cmd_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write a starter readout of the given kind."""
    from editor_app.core.starter import starter

    readout = starter(Kind(args.kind))
    if args.output is None:
        out.write(dumps(readout))
        return EXIT_OK
    if args.output.exists() and not args.force:
        raise _bad(EXISTS, path=str(args.output))
    try:
        save_file(readout, args.output)
    except ReadoutFileError as exc:
        raise BadInput(exc.about) from exc
    print(WROTE(path=str(args.output)).text(args.ui_lang), file=err)
    return EXIT_OK


def _spelling(
    parsed: Parsed, pair: DraftPair, err: TextIO, ui_lang: str = "en"
) -> list[SpellingFinding]:
    from editor_app.core.spelling.checker import SpellChecker, check_pair, names_from_readout

    checker = SpellChecker(parsed.readout.locales)
    for lang in LANGS:
        if not checker.is_checked(lang):
            status = checker.status(lang).describe(ui_lang)
            print(SPELLING_UNCHECKED(status=status).text(ui_lang), file=err)
    checker.set_names(names_from_readout(parsed.readout))
    return check_pair(pair, checker)


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Validate FILE, run the checks between the two versions and spell-check both."""
    from editor_app.core.checks.config import CheckConfigError, load_config
    from editor_app.core.checks.run import finding_to_dict, format_finding, run_checks
    from editor_app.core.spelling.checker import findings_to_json, format_findings

    try:
        config = load_config(args.config)
    except CheckConfigError as exc:
        raise _bad_from(exc) from exc
    parsed = _load(args.file, err, args.ui_lang)
    problems: list[Problem] = list(parsed.errors)
    checks: list[Finding] = []
    misspelled: list[SpellingFinding] = []
    if not parsed.errors:
        pair = _render(args.file, parsed, args.templates)
        checks = run_checks(parsed.readout, pair, config, ui_lang=args.ui_lang)
        misspelled = _spelling(parsed, pair, err, args.ui_lang)
    if args.json:
        report = {
            "file": str(args.file),
            "problems": [
                {"where": p.path, "severity": p.severity, "message": p.text(args.ui_lang)}
                for p in problems
            ],
            "checks": [finding_to_dict(f) for f in checks],
            "spelling": findings_to_json(misspelled),
        }
        print(json.dumps(report, ensure_ascii=False), file=out)
    else:
        ui = args.ui_lang
        for p in problems:
            print(f"{args.file}: {severity_name(p.severity, ui)}: {p.line(ui)}", file=out)
        for f in checks:
            print(f"{args.file}: {format_finding(f, ui)}", file=out)
        if misspelled:
            print(SPELLING(path=str(args.file)).text(ui), file=out)
            print(format_findings(misspelled, ui), file=out)
        if not (problems or checks or misspelled):
            print(NO_FINDINGS(path=str(args.file)).text(ui), file=out)
    serious = [f for f in checks if f.severity != "note"]
    return EXIT_FINDINGS if problems or serious or misspelled else EXIT_OK


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Export FILE to OUT."""
    from editor_app.core.export.paths import FORMAT_ALIASES
    from editor_app.core.export.writer import export

    parsed = _load(args.file, err, args.ui_lang)
    _require_valid(args.file, parsed, args.ui_lang)
    pair = _render(args.file, parsed, args.templates)
    suffix = args.output.suffix.lstrip(".").lower()
    fmt = args.fmt or FORMAT_ALIASES.get(suffix, suffix or "docx")
    order = tuple(x.strip() for x in args.order.split(","))
    if sorted(order) != ["en", "es"]:
        raise _bad(BAD_ORDER, order=repr(args.order))
    try:
        written = export(
            parsed.readout,
            pair,
            args.output,
            fmt=fmt,
            layout=args.layout,
            order=(order[0], order[1]),
            reference_docx=args.reference,
        )
    except (ValueError, OSError) as exc:
        raise _bad_from(exc) from exc
    for path in written:
        print(path, file=out)
    return EXIT_OK


def cmd_gui(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Open the desktop editor (with FILE, or the last/bundled readout)."""
    from editor_app.app import run_gui

    return run_gui(args.file)


COMMANDS = {
    "render": cmd_render,
    "new": cmd_new,
    "check": cmd_check,
    "export": cmd_export,
    "gui": cmd_gui,
}


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the ``readout`` command; returns the exit status."""
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args, out, err)
    except BadInput as exc:
        ui_lang = getattr(args, "ui_lang", "en")
        print(f"readout: {exc.text(ui_lang)}", file=err)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `readout render ... | head`): not an error of ours.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())
