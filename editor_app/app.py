"""Start Readout Editor: the one place where settings, the core and the GUI meet.

``readout-editor [FILE]`` opens the window. On a machine with no display it exports the
readout (the bundled example by default) headless instead and prints where the files went.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

from editor_app.core.app_info import APP_NAME
from editor_app.core.messages import UI_LANGUAGES
from editor_app.core.store import ReadoutFileError, load_example, load_file

HEADLESS_OUT = Path("out")


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
        print(f"readout-editor: {exc}", file=sys.stderr)
        return 2
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = file.stem if file else "landau-delafuente"
    written: list[Path] = []
    for fmt in FORMATS:
        written += export(readout, pair, out_dir / f"{stem}.{fmt}", fmt=fmt)
    print("No display here: exported the readout headless instead.")
    for path in written:
        print(f"  {path.resolve()}")
    return 0


def run_gui(file: Path | None = None) -> int:
    """Open the editor window with ``file`` (default: the bundled example)."""
    if not has_display():
        return export_headless(file)
    from editor_app.gui.launch import launch

    return launch(file)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``readout-editor``."""
    import argparse

    parser = argparse.ArgumentParser(prog="readout-editor", description=APP_NAME)
    parser.add_argument("file", type=Path, nargs="?", help="a .readout file to open")
    parser.add_argument(
        "--screenshot", type=Path, metavar="PNG", help="open, paint, save a PNG and exit"
    )
    parser.add_argument(
        "--ui-lang",
        choices=UI_LANGUAGES,
        default=UI_LANGUAGES[0],
        help="interface language (screenshot)",
    )
    args = parser.parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from editor_app.gui.launch import screenshot

        return screenshot(args.file, args.screenshot, args.ui_lang)
    return run_gui(args.file)


if __name__ == "__main__":
    raise SystemExit(main())
