"""``readout export``: one readout to a file (``-o``), or many to a folder (``--out-dir``).

A batch runs in one process with one renderer, so the templates, the glossary and the
Word machinery load once for all the readouts. A readout that cannot be exported is
named on stderr and the others are still written; the exit status is then 2.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TextIO

from editor_app.cli_common import (
    BadInput,
    add_templates,
    add_ui_lang,
    bad,
    bad_from,
    load_readout,
    make_renderer,
    render_drafts,
    require_valid,
    say_gaps,
)
from editor_app.core.draft import DraftPair
from editor_app.core.messages import define
from editor_app.core.outcomes import EXIT_BAD_INPUT, EXIT_OK
from editor_app.core.parse import Parsed
from editor_app.core.render import Renderer

log = logging.getLogger(__name__)

READOUT_SUFFIX = ".readout"

BAD_ORDER = define(
    "cli.bad-order",
    "--order {order}: expected es,en or en,es",
    "--order {order}: se esperaba es,en o en,es",
)
ONE_OUTPUT = define(
    "cli.export.one-output",
    "-o names one file: give one readout, or use --out-dir for {n} readouts",
    "-o nombra un archivo: indique un comunicado, o use --out-dir para {n} comunicados",
)
SINCE_NEEDS_ONE = define(
    "cli.export.since-needs-one",
    "--changes-since compares one readout with its cleared copy, not {n} readouts",
    "--changes-since compara un comunicado con su copia revisada, no {n} comunicados",
)
NO_READOUTS = define(
    "cli.export.no-readouts",
    "{path}: no .readout files in this folder",
    "{path}: no hay archivos .readout en esta carpeta",
)
SAME_NAME = define(
    "cli.export.same-name",
    "{first} and {second} would both be written as {out}",
    "{first} y {second} se escribirían ambos como {out}",
)
NOT_FOUND = define(
    "cli.export.not-found",
    "{path}: no such file or folder",
    "{path}: no existe el archivo o carpeta",
)
NOT_A_FOLDER = define(
    "cli.export.not-a-folder",
    "--out-dir {path}: not a folder",
    "--out-dir {path}: no es una carpeta",
)
BATCH_FAILED = define(
    "cli.export.batch-failed",
    {
        "one": "{n} of {total} readouts could not be exported",
        "other": "{n} of {total} readouts could not be exported",
    },
    {
        "one": "{n} de {total} comunicados no se pudo exportar",
        "other": "{n} de {total} comunicados no se pudieron exportar",
    },
    count="n",
)


def add_export_parser(sub: Any) -> argparse.ArgumentParser:
    """Add the ``export`` sub-command to ``sub`` (argparse's sub-parsers) and return it."""
    export: argparse.ArgumentParser = sub.add_parser(
        "export", help="export to Word, HTML, Markdown or text"
    )
    export.add_argument(
        "file", type=Path, nargs="+", metavar="FILE", help="readouts, or folders of readouts"
    )
    where = export.add_mutually_exclusive_group(required=True)
    where.add_argument("-o", "--output", type=Path, metavar="OUT", help="the file to write")
    where.add_argument(
        "--out-dir", type=Path, metavar="DIR", help="write each readout into DIR by its name"
    )
    export.add_argument("--format", dest="fmt", default=None, help="docx, html, md or txt")
    export.add_argument(
        "--layout", default="side-by-side", help="side-by-side, sequential or separate"
    )
    export.add_argument("--order", default="es,en", help="language order: es,en or en,es")
    export.add_argument(
        "--reference", type=Path, metavar="DOCX", help="a .docx whose styles set the house style"
    )
    export.add_argument(
        "--changes-since",
        type=Path,
        metavar="CLEARED.docx",
        help="show as tracked changes what changed since this cleared copy",
    )
    add_templates(export)
    add_ui_lang(export)
    return export


def _inputs(paths: list[Path]) -> list[Path]:
    """The readout files named: each file as given, each folder's .readout files in order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.suffix == READOUT_SUFFIX and p.is_file())
            if not inside:
                raise bad(NO_READOUTS, path=str(path))
            found.extend(inside)
        elif path.exists():
            found.append(path)
        else:
            raise bad(NOT_FOUND, path=str(path))
    return found


def _targets(files: list[Path], out_dir: Path, fmt: str) -> list[Path]:
    """Where each readout goes in ``out_dir``; two readouts of one name are refused."""
    from editor_app.core.export.paths import with_suffix

    if out_dir.exists() and not out_dir.is_dir():
        raise bad(NOT_A_FOLDER, path=str(out_dir))
    targets: list[Path] = []
    seen: dict[Path, Path] = {}
    for file in files:
        target = with_suffix(out_dir / file.stem, fmt)
        if target in seen:
            raise bad(SAME_NAME, first=str(seen[target]), second=str(file), out=str(target))
        seen[target] = file
        targets.append(target)
    return targets


def _format(args: argparse.Namespace) -> str:
    from editor_app.core.export.paths import FORMAT_ALIASES

    if args.fmt:
        return str(args.fmt)
    suffix = args.output.suffix.lstrip(".").lower() if args.output else ""
    return FORMAT_ALIASES.get(suffix, suffix or "docx")


def _order(args: argparse.Namespace) -> tuple[str, str]:
    order = tuple(x.strip() for x in args.order.split(","))
    if sorted(order) != ["en", "es"]:
        raise bad(BAD_ORDER, order=repr(args.order))
    return order[0], order[1]


def cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """Export FILE to OUT, or every FILE (and every readout in a folder) into DIR."""
    files = _inputs(args.file)
    if args.output is not None and (len(files) != 1 or args.file[0].is_dir()):
        raise bad(ONE_OUTPUT, n=len(files))
    if args.changes_since is not None and len(files) != 1:
        raise bad(SINCE_NEEDS_ONE, n=len(files))
    fmt = _format(args)
    order = _order(args)
    renderer = make_renderer(args.templates)
    if args.output is not None:
        written, status = _export_one(files[0], args.output, args, fmt, order, renderer, err)
        for path in written:
            print(path, file=out)
        return status
    targets = _targets(files, args.out_dir, fmt)
    try:
        args.out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise bad_from(exc) from exc
    failed = 0
    worst = EXIT_OK
    for file, target in zip(files, targets, strict=True):
        try:
            written, status = _export_one(file, target, args, fmt, order, renderer, err)
        except BadInput as exc:
            log.info("not exported: %s", exc)
            print(exc.text(args.ui_lang), file=err)
            failed += 1
            continue
        worst = max(worst, status)
        for path in written:
            print(path, file=out)
    if failed:
        summary = BATCH_FAILED(n=failed, total=len(files)).text(args.ui_lang)
        print(summary, file=err)
        return EXIT_BAD_INPUT
    return worst


def _export_one(
    file: Path,
    target: Path,
    args: argparse.Namespace,
    fmt: str,
    order: tuple[str, str],
    renderer: Renderer,
    err: TextIO,
) -> tuple[list[Path], int]:
    """Write one readout; the paths written and the status (1 when it has gaps)."""
    from editor_app.core.export.writer import export

    parsed = load_readout(file, err, args.ui_lang)
    missing = require_valid(file, parsed, args.ui_lang, gaps=True)
    pair = render_drafts(file, parsed, args.templates, renderer)
    since = _changes_since(args.changes_since, parsed, pair)
    try:
        written = export(
            parsed.readout,
            pair,
            target,
            fmt=fmt,
            layout=args.layout,
            order=order,
            reference_docx=args.reference,
            since=since,
        )
    except (ValueError, OSError) as exc:
        raise bad_from(exc) from exc
    return written, say_gaps(file, missing, err, args.ui_lang)


def _changes_since(
    cleared: Path | None, parsed: Parsed, pair: DraftPair
) -> Mapping[tuple[str, str], str] | None:
    """Per part, the text of the cleared copy with its changes accepted (None: no copy)."""
    if cleared is None:
        return None
    from editor_app.core.clearance.package import ClearedCopyError
    from editor_app.core.clearance.reader import texts_since

    try:
        return texts_since(cleared, parsed.readout, pair)
    except ClearedCopyError as exc:
        raise BadInput(exc.about) from exc
