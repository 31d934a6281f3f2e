"""The one-folder desktop bundle runs on its own: export, screenshot, install, uninstall.

``make bundle`` builds dist/bundle/readout-editor and runs this file against it
(READOUT_BUNDLE); in the plain suite the bundle is built into a temporary folder (about
1-2 minutes), and the tests are skipped where PyInstaller is not installed.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = Path("_internal/editor_app/resources/examples/landau-delafuente.readout")
DESKTOP_ID = "io.github.readout_editor"

pytestmark = [
    pytest.mark.slow,
    # The first test also builds the bundle (its fixture allows the build 900 s).
    pytest.mark.timeout(1200),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e '.[test]' brings it)",
    ),
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle test runs on Linux"),
]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("READOUT_BUNDLE")
    if given:
        return Path(given).resolve()
    work = tmp_path_factory.mktemp("bundle")
    script = [sys.executable, str(ROOT / "packaging" / "build_bundle.py")]
    places = ["--out", str(work / "dist"), "--work", str(work / "build")]
    build = subprocess.run([*script, *places], capture_output=True, text=True, timeout=900)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    return work / "dist" / "readout-editor"


def run(
    program: Path, *args: str | Path, cwd: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    # No PYTHONPATH and no virtualenv: the bundle must find everything in its own folder.
    clean = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(program), *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=180,
        env={**clean, **env},
    )


def test_the_bundled_readout_exports_the_example_to_word(bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "call.docx"
    export = run(bundle / "readout", "export", bundle / EXAMPLE, "-o", out, cwd=tmp_path)
    assert export.returncode == 0, export.stderr
    document = Document(str(out))
    cells = [c for t in document.tables for r in t.rows for c in r.cells]
    texts = [p.text for p in document.paragraphs] + [p.text for c in cells for p in c.paragraphs]
    assert "Llamada del subsecretario Landau con el canciller mexicano De la Fuente" in texts
    assert "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente" in texts


def test_the_bundled_readout_checks_spelling_in_both_languages(
    bundle: Path, tmp_path: Path
) -> None:
    check = run(bundle / "readout", "check", bundle / EXAMPLE, "--json", cwd=tmp_path)
    assert check.returncode == 0, check.stderr
    result = json.loads(check.stdout)
    assert (result["spelling_unchecked"], result["spelling"]) == ({}, [])


def test_the_bundled_editor_takes_a_screenshot_offscreen(bundle: Path, tmp_path: Path) -> None:
    png = tmp_path / "window.png"
    shot = run(
        bundle / "readout-editor", "--screenshot", png, cwd=tmp_path, QT_QPA_PLATFORM="offscreen"
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000


def test_install_sh_puts_the_app_in_the_menu_and_uninstall_takes_it_out(
    bundle: Path, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    data = home / ".local" / "share"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(data), "XDG_BIN_HOME": str(home / "bin")}
    installed = run(Path("/bin/sh"), bundle / "install.sh", cwd=tmp_path, **env)
    assert installed.returncode == 0, installed.stderr
    app = data / "readout-editor"
    desktop = data / "applications" / f"{DESKTOP_ID}.desktop"
    icon = data / "icons" / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    metainfo = data / "metainfo" / f"{DESKTOP_ID}.metainfo.xml"
    assert (app / "readout-editor").is_file()
    assert f'Exec="{app}/readout-editor" %f' in desktop.read_text("utf-8").splitlines()
    assert icon.is_file()
    assert f'<launchable type="desktop-id">{DESKTOP_ID}.desktop</launchable>' in (
        metainfo.read_text("utf-8")
    )
    assert (home / "bin" / "readout").resolve() == (app / "readout").resolve()
    version = run(home / "bin" / "readout", "--version", cwd=tmp_path)
    assert version.returncode == 0, version.stderr

    removed = run(Path("/bin/sh"), app / "install.sh", "--uninstall", cwd=tmp_path, **env)
    assert removed.returncode == 0, removed.stderr
    assert not app.exists()
    assert not desktop.exists() and not icon.exists() and not metainfo.exists()
    assert not (home / "bin" / "readout").exists()
    assert not (home / "bin" / "readout").is_symlink()


def test_install_sh_refuses_to_run_outside_the_bundle(tmp_path: Path) -> None:
    lonely = tmp_path / "install.sh"
    lonely.write_bytes((ROOT / "packaging" / "linux" / "install.sh").read_bytes())
    env = {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data")}
    refused = run(Path("/bin/sh"), lonely, cwd=tmp_path, **env)
    assert refused.returncode == 2
    assert refused.stderr == "install.sh: run me from the unpacked Readout Editor folder\n"
    assert not (tmp_path / "data").exists()
