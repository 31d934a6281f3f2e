"""Start Readout Editor: the one place where settings, the core and the GUI meet.

``readout-editor [FILE]`` opens the window. On a machine with no display it exports the
readout (the bundled example by default) headless instead and prints where the files went.
Exit status as for ``readout`` (:mod:`editor_app.core.outcomes`); ``--verbose`` logs debug
details and copies the log to stderr.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

from editor_app.core.app_info import APP_NAME
from editor_app.core.logs import SAID, setup_logging
from editor_app.core.messages import UI_LANGUAGES
from editor_app.core.outcomes import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, internal_error_line
from editor_app.core.store import ReadoutFileError, load_example, load_file

log = logging.getLogger(__name__)

HEADLESS_OUT = Path("out")
PROG = "readout-editor"


def has_display() -> bool:
    """True when Qt can show a window here (X11, Wayland, macOS, Windows or offscreen)."""
    if sys.platform in ("darwin", "win32"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "minimal", "vnc")):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def export_headless(file: Path | None, out_dir: Path = HEADLESS_OUT) -> int:
    """Render and export ``file`` (or the bundled example) to ``out_dir``; print the paths."""
    from editor_app.core.export.paths import FORMATS
    from editor_app.core.export.writer import export
    from editor_app.core.render import RenderError, render_pair

    try:
        readout = load_file(file).readout if file else load_example()
        pair = render_pair(readout)
    except (ReadoutFileError, RenderError) as exc:
        log.info("headless export refused: %s", exc)
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    stem = file.stem if file else "landau-delafuente"
    written: list[Path] = []
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        for fmt in FORMATS:
            written += export(readout, pair, out_dir / f"{stem}.{fmt}", fmt=fmt)
    except (ValueError, OSError) as exc:  # as for `readout export`: the folder is the input
        log.warning("headless export to %s failed", out_dir, exc_info=True)
        print(f"{PROG}: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print("No display here: exported the readout headless instead.")
    for path in written:
        print(f"  {path.resolve()}")
    return EXIT_OK


def _log_uncaught(
    kind: type[BaseException], exc: BaseException, trace: TracebackType | None
) -> None:
    # Qt calls slots from its event loop: an exception there reaches only this hook.
    log.critical("uncaught exception", exc_info=(kind, exc, trace))


def run_gui(file: Path | None = None, ui_lang: str | None = None) -> int:
    """Open the editor window with ``file`` (default: the bundled example), its interface
    in ``ui_lang`` (default: the officer's choice in the settings, else the system's)."""
    if not has_display():
        return export_headless(file)
    from editor_app.gui.launch import launch

    previous, sys.excepthook = sys.excepthook, _log_uncaught
    try:
        return launch(file, ui_lang)
    finally:
        sys.excepthook = previous


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of the window, the same for ``readout-editor`` and ``readout gui``."""
    parser.add_argument(
        "file", type=Path, nargs="?", metavar="FILE", help="a .readout file to open"
    )
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="open, paint, save a PNG and exit"
    )
    parser.add_argument(
        "--ui-lang",
        choices=UI_LANGUAGES,
        default=None,
        help="interface language (default: as chosen in the editor, else the system's)",
    )


def start(args: argparse.Namespace) -> int:
    """Open the window, or grab it to a PNG, as the options of :func:`add_arguments` say."""
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from editor_app.gui.launch import screenshot

        return screenshot(args.file, args.screenshot, args.ui_lang or UI_LANGUAGES[0])
    return run_gui(args.file, args.ui_lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``readout-editor``."""
    parser = argparse.ArgumentParser(prog=PROG, description=APP_NAME)
    add_arguments(parser)
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log debug details, and copy them to stderr"
    )
    args = parser.parse_args(argv)
    ui_lang = args.ui_lang or UI_LANGUAGES[0]
    setup = setup_logging(args.verbose, sys.stderr, ui_lang, prog=PROG)
    log.debug("%s: %s", PROG, sys.argv[1:] if argv is None else list(argv))
    try:
        return start(args)
    except Exception as exc:
        log.exception("internal error", extra=SAID)
        print(f"{PROG}: {internal_error_line(exc, setup.file, ui_lang)}", file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    raise SystemExit(main())
