"""The ``readout`` command: render, check, export and create readouts, or open the app.

Exit status (:mod:`editor_app.core.outcomes`): 0 when all is well, 1 when checks found
something, 2 for bad input or usage, 3 when the command could not do its job (an internal
error, or stdout cannot be written). The reason is one line on stderr; a traceback goes
to the log file (and to stderr with ``--verbose``), never to the terminal otherwise.
``check --json`` prints JSON on stdout whatever the outcome. ``render`` and ``export``
of a readout whose only problems are missing fields (a name, title, country...) still
write the drafts, with a gap marker ("⟨surname⟩") where each field goes, list the
missing fields on stderr and exit 1 (:mod:`editor_app.core.gaps`).
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TextIO

from editor_app import __version__
from editor_app.app import add_arguments as add_gui_arguments
from editor_app.cli_common import (
    BadInput,
    add_templates,
    add_ui_lang,
    bad,
    bad_from,
    load_readout,
    render_drafts,
    require_valid,
    say_gaps,
)
from editor_app.cli_export import add_export_parser, cmd_export
from editor_app.core.draft import LANGS, Draft, DraftPair, Lang
from editor_app.core.logs import LOG_FILE_NAME, SAID, log_dir, setup_logging
from editor_app.core.messages import define, severity_name
from editor_app.core.model import Kind
from editor_app.core.outcomes import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    failure_json,
    internal_error_line,
    json_text,
    output_failed_line,
)
from editor_app.core.parse import Parsed
from editor_app.core.store import ReadoutFileError, dumps, save_file
from editor_app.core.validate import Problem

if TYPE_CHECKING:
    from editor_app.core.checks.base import Finding
    from editor_app.core.spelling.checker import SpellingFinding

log = logging.getLogger(__name__)

PROG = "readout"


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


class UsageError(BadInput):
    """The command line itself is wrong: ``str()`` is argparse's usage and error lines."""

    def __init__(self, usage: str, prog: str, message: str) -> None:
        super().__init__(f"{usage}{prog}: error: {message}")
        self.message = message


class _Parser(argparse.ArgumentParser):
    """argparse that raises :class:`UsageError` instead of exiting, so main() answers."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(self.format_usage(), self.prog, message)


@dataclass(frozen=True)
class _Failure:
    """Why a command gave no answer: the lines for stderr and the JSON for ``--json``."""

    code: int
    stderr: str
    json: dict[str, object]


class _Output(io.StringIO):
    """What a command prints, held until it is done, then written to stdout at once.

    A full disk or a closed stdout is then one failure in one place (exit 3), and
    ``--json`` can replace a half-printed answer with the failure's JSON.
    """

    def __init__(self, target: TextIO) -> None:
        super().__init__()
        self._encoding = getattr(target, "encoding", None) or "utf-8"

    @property
    def encoding(self) -> str:  # type: ignore[override]
        """The encoding of the real stdout, so JSON can be written for it."""
        return self._encoding


def _add_verbose(parser: argparse.ArgumentParser, default: object) -> None:
    # SUPPRESS on the sub-commands: a flag given before the sub-command is not reset.
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        default=default,
        help="log debug details, and copy the log to stderr",
    )


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    parser = _Parser(
        prog=PROG,
        description="Bilingual (Spanish/English) diplomatic readouts from one structured file.",
        epilog="exit status: 0 all well, 1 findings, 2 bad input or usage,\n"
        "3 internal error or output failure\n"
        f"log file: {log_dir() / LOG_FILE_NAME}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _add_verbose(parser, False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    render = sub.add_parser("render", help="print the drafts (Spanish, then English)")
    render.add_argument("file", type=Path, metavar="FILE")
    render.add_argument("--lang", choices=LANGS, help="print only this language")
    render.add_argument("--json", action="store_true", help="print the parts as JSON")
    add_templates(render)
    add_ui_lang(render)

    new = sub.add_parser("new", help="write a starter readout file")
    new.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    new.add_argument("-o", "--output", type=Path, metavar="FILE", help="default: stdout")
    new.add_argument("--force", action="store_true", help="replace an existing file")
    add_ui_lang(new)

    check = sub.add_parser("check", help="validate and check a readout")
    check.add_argument("file", type=Path, metavar="FILE")
    check.add_argument("--json", action="store_true", help="print findings as JSON")
    check.add_argument(
        "--config", type=Path, metavar="FILE", help="house checks: disabled ids and patterns"
    )
    add_ui_lang(check)
    add_templates(check)

    export = add_export_parser(sub)

    cleared = sub.add_parser(
        "import", help="read a cleared Word copy back: changes and comments per part"
    )
    cleared.add_argument("file", type=Path, metavar="FILE", help="the readout")
    cleared.add_argument("cleared", type=Path, metavar="CLEARED.docx", help="the returned copy")
    cleared.add_argument("--json", action="store_true", help="print the import as JSON")
    add_ui_lang(cleared)
    add_templates(cleared)

    gui = sub.add_parser("gui", help="open the desktop editor (the options of readout-editor)")
    add_gui_arguments(gui)
    for command in (render, new, check, export, cleared, gui):
        _add_verbose(command, argparse.SUPPRESS)
    return parser


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
    parsed = load_readout(args.file, err, args.ui_lang)
    missing = require_valid(args.file, parsed, args.ui_lang, gaps=True)
    pair = render_drafts(args.file, parsed, args.templates)
    langs: tuple[Lang, ...] = (args.lang,) if args.lang else LANGS
    if args.json:
        print(json_text([_draft_as_dict(pair.get(x)) for x in langs], out.encoding), file=out)
    else:
        print("\n\n".join(pair.get(lang).as_text().rstrip("\n") for lang in langs), file=out)
    return say_gaps(args.file, missing, err, args.ui_lang)


def cmd_new(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Write a starter readout of the given kind."""
    from editor_app.core.starter import starter

    readout = starter(Kind(args.kind))
    if args.output is None:
        out.write(dumps(readout))
        return EXIT_OK
    if args.output.exists() and not args.force:
        raise bad(EXISTS, path=str(args.output))
    try:
        save_file(readout, args.output)
    except ReadoutFileError as exc:
        raise BadInput(exc.about) from exc
    print(WROTE(path=str(args.output)).text(args.ui_lang), file=err)
    return EXIT_OK


def _spelling(
    parsed: Parsed, pair: DraftPair, err: TextIO, unchecked: dict[str, str], ui_lang: str = "en"
) -> list[SpellingFinding]:
    """The misspellings; each language left unchecked goes to ``unchecked`` and stderr.

    An unchecked language is no finding (the exit status stays that of the other checks):
    it is the machine that lacks a dictionary or enchant, and the message says how to fix it.
    """
    from editor_app.core.roster import roster_names, user_roster_path
    from editor_app.core.spelling.checker import SpellChecker, check_pair, names_from_readout
    from editor_app.core.spelling.words import split_names

    checker = SpellChecker(parsed.readout.locales)
    for lang in LANGS:
        if not checker.is_checked(lang):
            unchecked[lang] = checker.status(lang).describe(ui_lang)
            log.info("spelling not checked: %s", checker.status(lang).describe())
            print(SPELLING_UNCHECKED(status=unchecked[lang]).text(ui_lang), file=err)
    # Every name the readout or the roster knows, in either spelling, is no misspelling.
    roster = split_names(roster_names(user_roster_path()))
    checker.set_names(names_from_readout(parsed.readout) | roster)
    return check_pair(pair, checker)


def cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Validate FILE, run the checks between the two versions and spell-check both."""
    from editor_app.core.checks.config import CheckConfigError, load_config
    from editor_app.core.checks.run import finding_to_dict, format_finding, run_checks
    from editor_app.core.spelling.checker import findings_to_json, format_findings

    try:
        config = load_config(args.config)
    except CheckConfigError as exc:
        raise bad_from(exc) from exc
    parsed = load_readout(args.file, err, args.ui_lang)
    problems: list[Problem] = list(parsed.errors)
    checks: list[Finding] = []
    misspelled: list[SpellingFinding] = []
    unchecked: dict[str, str] = {}
    if not parsed.errors:
        pair = render_drafts(args.file, parsed, args.templates)
        checks = run_checks(parsed.readout, pair, config, ui_lang=args.ui_lang)
        misspelled = _spelling(parsed, pair, err, unchecked, args.ui_lang)
    if args.json:
        code = _check_status(problems, checks, misspelled)
        report = {
            "ok": code == EXIT_OK,
            "exit": code,
            "file": str(args.file),
            "problems": [
                {"where": p.path, "severity": p.severity, "message": p.text(args.ui_lang)}
                for p in problems
            ],
            "checks": [finding_to_dict(f) for f in checks],
            "spelling": findings_to_json(misspelled),
            "spelling_unchecked": unchecked,
        }
        print(json_text(report, out.encoding), file=out)
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
    return _check_status(problems, checks, misspelled)


def _check_status(
    problems: list[Problem], checks: list[Finding], misspelled: list[SpellingFinding]
) -> int:
    serious = [f for f in checks if f.severity != "note"]
    return EXIT_FINDINGS if problems or serious or misspelled else EXIT_OK


def cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Read the cleared copy CLEARED.docx of FILE: exit 1 when it changes or comments."""
    from editor_app.core.clearance.package import ClearedCopyError
    from editor_app.core.clearance.reader import read_cleared_copy
    from editor_app.core.clearance.report import report_json, report_lines

    parsed = load_readout(args.file, err, args.ui_lang)
    require_valid(args.file, parsed, args.ui_lang)
    pair = render_drafts(args.file, parsed, args.templates)
    try:
        copy = read_cleared_copy(args.cleared, parsed.readout, pair)
    except ClearedCopyError as exc:
        raise BadInput(exc.about) from exc
    if args.json:
        print(json_text(report_json(copy), out.encoding), file=out)
    else:
        print("\n".join(report_lines(copy, args.ui_lang)), file=out)
    return EXIT_FINDINGS if copy.changed_parts() or copy.comments else EXIT_OK


def cmd_gui(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Open the desktop editor (with FILE, or the last/bundled readout), or grab it."""
    from editor_app.app import start

    return start(args)


COMMANDS = {
    "render": cmd_render,
    "new": cmd_new,
    "check": cmd_check,
    "export": cmd_export,
    "import": cmd_import,
    "gui": cmd_gui,
}


def _peek(argv: Sequence[str]) -> tuple[bool, str, bool]:
    """(verbose, UI language, JSON wanted) from the raw arguments, before argparse runs.

    Logging starts first, so that a usage error is logged and answered in JSON too.
    """
    args = list(argv[: argv.index("--")] if "--" in argv else argv)
    verbose = "-v" in args or "--verbose" in args
    ui_lang = "es" if "--ui-lang=es" in args else "en"
    if "--ui-lang" in args and args[args.index("--ui-lang") + 1 :][:1] == ["es"]:
        ui_lang = "es"
    return verbose, ui_lang, "check" in args and "--json" in args


def _say(err: TextIO, line: str) -> None:
    try:
        print(line, file=err)
    except OSError:  # stderr itself is gone: the log still has it
        log.warning("could not write to stderr: %s", line, exc_info=True)


def _tolerant(stream: TextIO) -> None:
    """Let ``stream`` write any text: what its encoding lacks becomes a backslash escape."""
    if isinstance(stream, io.TextIOWrapper):
        stream.reconfigure(errors="backslashreplace")


def _run(argv: list[str], out: _Output, err: TextIO, log_file: Path | None) -> int | _Failure:
    """Run the command: its exit status, or why it gave no answer."""
    _, ui_lang, _ = _peek(argv)
    try:
        args = build_parser().parse_args(argv)
        return COMMANDS[args.command](args, out, err)
    except SystemExit as exc:  # --help and --version: argparse printed them already
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    except UsageError as exc:
        log.info("usage error: %s", exc.message)
        return _Failure(EXIT_BAD_INPUT, str(exc), failure_json(exc.message, EXIT_BAD_INPUT))
    except BadInput as exc:
        log.info("bad input: %s", exc)
        text = exc.text(ui_lang)
        return _Failure(EXIT_BAD_INPUT, f"{PROG}: {text}", failure_json(text, EXIT_BAD_INPUT))
    except Exception as exc:
        log.exception("internal error running %s %s", PROG, argv, extra=SAID)
        line = internal_error_line(exc, log_file, ui_lang)
        extra = {"log": str(log_file)} if log_file else {}
        return _Failure(
            EXIT_INTERNAL, f"{PROG}: {line}", failure_json(line, EXIT_INTERNAL, **extra)
        )


def _write_out(text: str, out: TextIO) -> None:
    """Write ``text`` to stdout and flush it, so a full disk shows here and not at exit."""
    out.write(text)
    out.flush()


def _silence(out: TextIO) -> None:
    """Point a failed stdout at /dev/null, so Python's own flush at exit fails no more."""
    try:
        os.dup2(os.open(os.devnull, os.O_WRONLY), out.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        log.debug("stdout could not be pointed at %s", os.devnull, exc_info=True)


def main(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the ``readout`` command; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    target = out or sys.stdout
    err = err or sys.stderr
    _tolerant(target)
    _tolerant(err)
    verbose, ui_lang, wants_json = _peek(argv)
    setup = setup_logging(verbose, err, ui_lang, prog=PROG)
    log.debug("%s %s: %s", PROG, __version__, argv)
    buffer = _Output(target)
    try:
        outcome = _run(argv, buffer, err, setup.file)
    except KeyboardInterrupt:
        log.info("interrupted")
        return EXIT_INTERRUPTED
    text = buffer.getvalue()
    if isinstance(outcome, int):
        code = outcome
    else:
        code = outcome.code
        _say(err, outcome.stderr.rstrip("\n"))
        if wants_json:
            text = json_text(outcome.json, buffer.encoding) + "\n"
    try:
        _write_out(text, target)
    except BrokenPipeError:
        # The reader went away (e.g. `readout render ... | head`): not an error of ours.
        log.debug("the reader of stdout went away")
        _silence(target)
    except OSError as exc:
        log.error("stdout could not be written", exc_info=True, extra=SAID)
        _silence(target)
        _say(err, f"{PROG}: {output_failed_line(exc, ui_lang)}")
        return EXIT_INTERNAL
    log.debug("exit status %d", code)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
