"""The wheel carries the templates and resources: build it, install it apart, render."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_built_wheel_renders_the_example_from_a_throwaway_venv(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    build = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert build.returncode == 0, build.stdout[-2000:] + build.stderr[-2000:]
    wheel = next(dist.glob("readout_editor-*.whl"))

    env_dir = tmp_path / "venv"
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

    work = tmp_path / "elsewhere"
    work.mkdir()
    where = subprocess.run(
        [str(python), "-c", "import editor_app; print(editor_app.__file__)"],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert str(env_site) in where.stdout, where.stdout + where.stderr
    render = subprocess.run(
        [str(env_dir / "bin" / "readout"), "render", "--lang", "es", "/dev/stdin"],
        input=(ROOT / "resources" / "examples" / "landau-delafuente.readout").read_text("utf-8"),
        cwd=work,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert render.returncode == 0, render.stderr
    assert render.stdout.startswith(
        "Llamada del subsecretario Landau con el canciller mexicano De la Fuente"
    )
    example = subprocess.run(
        [
            str(python),
            "-c",
            "from editor_app.core.store import load_example;"
            "from editor_app.core.render import render_pair;"
            "print(render_pair(load_example()).en.title)",
        ],
        cwd=work,
        capture_output=True,
        text=True,
    )
    assert example.stdout.strip() == (
        "Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente"
    ), example.stderr
