"""Build the one-folder desktop bundle (``make bundle``): dist/bundle/readout-editor/.

PyInstaller runs in a throwaway venv where the app is installed from its wheel (so the
bundle carries exactly what the wheel does); the dependencies and PyInstaller itself come
from the calling environment's site-packages, so nothing is downloaded.
``python packaging/build_bundle.py [--wheel WHEEL] [--out DIR] [--work DIR]``.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "readout-editor.spec"


def _env_python(env_dir: Path) -> Path:
    return env_dir / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def build_wheel(out: Path) -> Path:
    """Build the wheel into ``out`` and return its path."""
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out)],
        cwd=ROOT,
        check=True,
    )
    return max(out.glob("readout_editor-*.whl"), key=lambda p: p.stat().st_mtime)


def build_bundle(wheel: Path, out: Path, work: Path) -> Path:
    """Install ``wheel`` in a venv under ``work`` and freeze it to ``out``/readout-editor."""
    env_dir = work / "venv"
    venv.create(env_dir, clear=True, with_pip=True)
    python = _env_python(env_dir)
    env_site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    # A .pth line adds the folder without running its .pth files: no editable install.
    (env_site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
    )
    # Run from the work folder: from the checkout, ./editor_app would shadow the wheel.
    freeze = [str(python), "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    places = ["--distpath", str(out), "--workpath", str(work / "pyinstaller")]
    subprocess.run([*freeze, *places, str(SPEC)], cwd=work, check=True)
    return out / "readout-editor"


def main(argv: list[str] | None = None) -> int:
    """Build the wheel (unless given) and the bundle; print the bundle's folder and size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="an already built wheel")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "bundle")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    wheel = args.wheel or build_wheel(args.work / "wheel")
    folder = build_bundle(wheel.resolve(), args.out.resolve(), args.work.resolve())
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    print(f"{folder}: {size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
