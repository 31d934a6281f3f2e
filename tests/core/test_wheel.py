"""The wheel is the app: build it, install it apart, export, take a screenshot.

The wheel is built once for the module and installed into a throwaway venv whose
dependencies come from the test environment (no download); every command then runs from
an unrelated folder, so only what the wheel carries can be found.
"""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from docx import Document

ROOT = Path(__file__).resolve().parents[2]
# The first test also builds the wheel and a venv (its fixture allows them 300 s each).
pytestmark = [pytest.mark.slow, pytest.mark.timeout(900)]

# What a user of the installed app needs, by kind: one path per kind, inside the wheel.
RESOURCES = (
    "editor_app/__main__.py",
    "editor_app/templates/bilateral_call.es.j2",
    "editor_app/resources/glossary/titles.json",
    "editor_app/resources/roster/roster.json",
    "editor_app/resources/examples/landau-delafuente.readout",
    "editor_app/resources/wordlists/es.txt",
    "editor_app/resources/icons/readout-editor.svg",
    "editor_app/resources/i18n/readout_es.qm",
    "editor_app/resources/readout-editor.desktop",
    "editor_app/resources/dictionaries/es_MX/es_MX.dic",
    "editor_app/resources/dictionaries/es_ES/es_ES.aff",
    "editor_app/resources/dictionaries/en_US/en_US.dic",
    "editor_app/resources/dictionaries/en_GB/en_GB.aff",
    "editor_app/resources/dictionaries/es_MX/LICENSE.md",
    "editor_app/resources/dictionaries/en_US/README_en_US.txt",
)


@dataclass(frozen=True)
class Installed:
    wheel: Path
    env: Path
    site: Path
    work: Path

    @property
    def python(self) -> Path:
        return self.env / "bin" / "python"

    def run(self, *args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in args],
            cwd=self.work,
            capture_output=True,
            text=True,
            timeout=180,
            env={**os.environ, **env},
        )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    tmp = tmp_path_factory.mktemp("wheel")
    dist = tmp / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    wheel = next(dist.glob("readout_editor-*.whl"))

    env_dir = tmp / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    # The dependencies come from the test environment's site-packages (a .pth line adds
    # the folder without running its .pth files, so the editable install stays out).
    site = Path(sysconfig.get_paths()["purelib"])
    env_site = Path(
        subprocess.check_output(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            text=True,
        ).strip()
    )
    (env_site / "deps.pth").write_text(f"{site}\n", "utf-8")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--no-deps", "--no-index", str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert install.returncode == 0, install.stderr[-2000:]
    work = tmp / "elsewhere"
    work.mkdir()
    return Installed(wheel, env_dir, env_site, work)


def test_the_wheel_carries_every_resource(installed: Installed) -> None:
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    assert [r for r in RESOURCES if r not in names] == []
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    text = zipfile.ZipFile(installed.wheel).read(entry_points).decode("utf-8")
    assert "readout = editor_app.cli:main" in text
    assert "readout-editor = editor_app.app:main" in text


def test_the_installed_package_is_the_one_imported(installed: Installed) -> None:
    where = installed.run(installed.python, "-c", "import editor_app; print(editor_app.__file__)")
    assert str(installed.site) in where.stdout, where.stdout + where.stderr


def test_built_wheel_renders_the_example_from_a_throwaway_venv(installed: Installed) -> None:
    example = (ROOT / "resources" / "examples" / "landau-delafuente.readout").read_text("utf-8")
    render = subprocess.run(
        [str(installed.env / "bin" / "readout"), "render", "--lang", "es", "/dev/stdin"],
        input=example,
        cwd=installed.work,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert render.returncode == 0, render.stderr
    assert render.stdout.startswith(
        "Llamada del subsecretario Landau con el canciller mexicano De la Fuente"
    )


def test_readout_export_writes_word_from_the_bundled_example(installed: Installed) -> None:
    locate = installed.run(
        installed.python,
        "-c",
        "from importlib import resources;"
        "print(resources.files('editor_app.resources') / 'examples' / 'landau-delafuente.readout')",
    )
    example = Path(locate.stdout.strip())
    assert example.is_relative_to(installed.site), locate.stderr
    out = installed.work / "call.docx"
    export = installed.run(installed.env / "bin" / "readout", "export", example, "-o", out)
    assert export.returncode == 0, export.stderr
    document = Document(str(out))
    cells = [c for t in document.tables for r in t.rows for c in r.cells]
    texts = [p.text for p in document.paragraphs] + [p.text for c in cells for p in c.paragraphs]
    assert "Llamada del subsecretario Landau con el canciller mexicano De la Fuente" in texts
    assert "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente" in texts


def test_readout_editor_takes_a_screenshot_offscreen(installed: Installed) -> None:
    png = installed.work / "window.png"
    shot = installed.run(
        installed.env / "bin" / "readout-editor",
        "--screenshot",
        png,
        QT_QPA_PLATFORM="offscreen",
    )
    assert shot.returncode == 0, shot.stderr[-2000:]
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000


def test_python_dash_m_editor_app_is_the_editor(installed: Installed) -> None:
    helped = installed.run(installed.python, "-m", "editor_app", "--help")
    assert helped.returncode == 0, helped.stderr
    assert helped.stdout.startswith("usage: readout-editor [-h] [--screenshot PNG]")
