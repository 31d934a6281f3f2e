"""Render the bundled example's Word exports to PNG pages for the docs.

    .venv/bin/python tools/render_docs_pages.py [--out docs] [--dpi 60]

Each layout is exported to .docx, converted to PDF by LibreOffice (headless, with a
throw-away profile) and rasterised by pdftoppm to ``docs/example-<layout>-<page>.png``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor_app.core.export.paths import LAYOUTS  # noqa: E402
from editor_app.core.export.writer import export  # noqa: E402
from editor_app.core.render import render_pair  # noqa: E402
from editor_app.core.store import load_example  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Export, convert and rasterise; print the PNGs written."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    parser.add_argument("--dpi", type=int, default=60)
    args = parser.parse_args(argv)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 1
    readout = load_example()
    pair = render_pair(readout)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        docs: list[Path] = []
        for layout in LAYOUTS:
            docs += export(readout, pair, work / f"example-{layout}.docx", layout=layout)
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={(work / 'profile').as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work),
                *map(str, docs),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        args.out.mkdir(parents=True, exist_ok=True)
        for old in args.out.glob("example-*.png"):
            old.unlink()
        for doc in docs:
            prefix = args.out / doc.stem
            subprocess.run(
                [
                    "pdftoppm",
                    "-r",
                    str(args.dpi),
                    "-png",
                    str(doc.with_suffix(".pdf")),
                    str(prefix),
                ],
                check=True,
                timeout=60,
            )
    for png in sorted(args.out.glob("example-*.png")):
        print(png.relative_to(ROOT) if png.is_relative_to(ROOT) else png)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
