"""GUI benchmarks: typing, preview refresh, cold start and memory, each beside a peer.

Everything runs offscreen (``QT_QPA_PLATFORM=offscreen``); each peer is measured in the
same run, right beside ours (interleaved where that is possible), and every figure is a
median of several repetitions. Shared machines are noisy, so nothing is asserted: the
table shows the ratios and the goals.

Rows:
- keystroke to paint: one key press delivered to the Spanish field of the first talking
  point (live spell-check, undo snapshot, autosave and render timers all wired) and the
  field repainted, against a bare QPlainTextEdit of the same size, font and text. The
  preview render is deferred by the editor's 30 ms timer by design, so only the field is
  measured; a sample in which that timer fired anyway is reported on stderr. Measured on
  the bundled example and on the ~2,000-word readout.
- last key to both previews: ``Editor.refresh()`` (render both drafts, checks, spelling
  status, both previews set) on the ~2,000-word readout after a one-letter edit, against
  one 16.7 ms frame; when it is over a frame the share of each step goes to stderr.
- cold start to first paint: a fresh interpreter that imports the app, builds the editor
  with temp settings and autosave folder (made by this process, so the child imports no
  more than the app does), opens the example, shows the window, lets it paint once (the
  form filled, as the officer first sees it) and grabs it, against one that shows and
  grabs a QMainWindow holding a QLabel (wall time measured by this process from spawn to
  the child's "painted" line). The child also says whether the Word writer was imported
  by then (it should not be; a warning goes to stderr). Country names come from Babel through
  a cache file in the user cache folder, which the warm-up start fills, as an officer's
  first start does. The app's modules load from bytecode, compiled before the run (as a
  wheel install has them), like PySide6's own.
- Qt's share of it: the same bare window, but after importing the Qt classes the app uses
  (its ``gui.qt`` facade), as PySide6 builds each class and the Qt namespace on first use.
- cold start to drafts shown: the same editor child carries on until the render the
  editor puts off until after the first paint is done (both drafts, checks, spelling
  status and underlines) and grabs the window again: the full cost of starting, against
  the same peer's first paint.
- resident memory (VmRSS) of the editor and the bare window after the first paint (report only).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything loads Qt

import copy
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtGui import QKeyEvent

from bench.bench_checks import long_readout
from bench.common import Row
from editor_app.core.autosave import Autosave
from editor_app.core.checks.run import run_checks
from editor_app.core.model import Readout
from editor_app.core.validate import validate
from editor_app.gui.editor import Editor
from editor_app.gui.launch import SCREENSHOT_SIZE, application
from editor_app.gui.qt import QApplication, QEvent, QPlainTextEdit, QSettings, Qt
from editor_app.gui.settings import AppSettings

T = TypeVar("T")
FRAME_MS = 1000 / 60
KEYSTROKES = 200
"""Measured key presses per field (each side)."""
REFRESHES = 25
COLD_STARTS = 5
"""Measured cold starts per side (after one warm-up each, not counted)."""
TIMEOUT_S = 60
# Plain ASCII Spanish (every word in the dictionary), typed at the end of the field.
TYPED = " Ambos funcionarios acordaron seguir trabajando juntos en la seguridad de la frontera."

FOLDER_VAR = "READOUT_BENCH_FOLDER"
EDITOR_CHILD = f"""
import os, sys
from pathlib import Path
from editor_app.core.autosave import Autosave
from editor_app.gui.launch import SCREENSHOT_SIZE, application
from editor_app.gui.editor import Editor
from editor_app.gui.qt import QSettings
from editor_app.gui.settings import AppSettings
app = application()
folder = Path(os.environ["{FOLDER_VAR}"])
settings = AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat))
editor = Editor(settings, autosave=Autosave(folder / "autosave"))
editor.window.resize(*SCREENSHOT_SIZE)
editor.open_start(None)
editor.window.show()
app.processEvents()
editor.window.grab()
"""

DRAFTS = """
import time
until = time.monotonic() + 30
while editor.drafts_pending and time.monotonic() < until:
    app.processEvents()
app.processEvents()  # the spelling underlines follow on a queued call
editor.window.grab()
print("drafts", editor.pair is not None and bool(editor.window.ui.esPreview.toPlainText()),
      flush=True)
"""

PEER_CHILD = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Readout Editor"))
window.resize(1400, 900)
window.show()
app.processEvents()
window.grab()
"""

# The bare window again, after importing the Qt classes the app uses through its facade
# (PySide6 makes each class, and the whole Qt namespace, on first use): how much of our
# start is Qt's own, before any of the app's modules or widgets.
QT_FLOOR_CHILD = "import editor_app.gui.qt\n" + PEER_CHILD

REPORT = """
import re
rss = re.search(r"VmRSS:\\s+(\\d+) kB", open("/proc/self/status").read())
print("painted", rss.group(1) if rss else 0, "editor_app.core.export.docx" in sys.modules,
      flush=True)
"""


def _median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def _key_events(ch: str) -> tuple[QKeyEvent, QKeyEvent]:
    key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper()))
    return (
        QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, ch),
        QKeyEvent(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.NoModifier, ch),
    )


def _keystroke(app: QApplication, edit: QPlainTextEdit, ch: str) -> float:
    """Seconds to deliver one key press (and release) to ``edit`` and repaint it."""
    press, release = _key_events(ch)
    start = time.perf_counter()
    QApplication.sendEvent(edit, press)
    QApplication.sendEvent(edit, release)
    edit.viewport().repaint()
    app.processEvents()
    return time.perf_counter() - start


def _end_of(edit: QPlainTextEdit) -> None:
    cursor = edit.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    edit.setTextCursor(cursor)


@contextmanager
def _editor(readout: Readout | None) -> Iterator[Editor]:
    """A shown editor with temp settings and autosave folder, holding ``readout`` (or the
    example), rendered once."""
    app = application()
    with tempfile.TemporaryDirectory() as folder:
        store = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        # No autosave write in the middle of a measurement: it only runs after a pause.
        editor = Editor(
            AppSettings(store),
            autosave=Autosave(Path(folder) / "autosave"),
            autosave_idle_ms=600_000,
        )
        editor.window.resize(*SCREENSHOT_SIZE)
        editor.open_start(None)
        if readout is not None:
            editor.form.set_readout(readout)
            editor.history.reset()
        editor.window.show()
        app.processEvents()
        editor.refresh()
        app.processEvents()
        try:
            yield editor
        finally:
            editor.window.close_guard = lambda: True
            editor.window.close()
            editor.window.deleteLater()
            app.processEvents()


def _typing_rows(readout: Readout | None, label: str) -> list[Row]:
    """Keystroke to paint in the first point's Spanish field against a bare QPlainTextEdit."""
    app = application()
    with _editor(readout) as editor:
        edit = editor.form.points.rows[0].ui.esEdit
        editor.window.ui.formScroll.ensureWidgetVisible(edit)
        edit.setFocus()
        _end_of(edit)
        bare = QPlainTextEdit()
        bare.setFont(edit.font())
        bare.setWordWrapMode(edit.wordWrapMode())
        bare.setLineWrapMode(edit.lineWrapMode())
        bare.setPlainText(edit.toPlainText())
        bare.resize(edit.size())
        bare.show()
        _end_of(bare)
        app.processEvents()
        renders = 0

        def count_render() -> None:
            nonlocal renders
            renders += 1

        editor._timer.timeout.connect(count_render)
        ours: list[float] = []
        peer: list[float] = []
        warmup = 5
        for n in range(warmup + KEYSTROKES):
            ch = TYPED[n % len(TYPED)]
            pair = [(edit, ours), (bare, peer)]
            if n % 2:
                pair.reverse()  # neither side always goes first
            for widget, samples in pair:
                took = _keystroke(app, widget, ch)
                if n >= warmup:
                    samples.append(took)
            # Keep the deferred render out of the next sample (as a burst of typing does).
            editor._timer.stop()
        bare.close()
        bare.deleteLater()
        app.processEvents()
    if renders:
        print(f"bench_gui: the 30 ms render fired inside {renders} keystroke samples ({label})",
              file=sys.stderr)  # fmt: skip
    return [
        Row("gui", f"keystroke to paint, point field with spell-check, {label}",
            _median_ms(ours), "bare QPlainTextEdit", _median_ms(peer), "ms", "<= 1.2"),
    ]  # fmt: skip


def _refresh_rows(readout: Readout, label: str) -> list[Row]:
    """Editor.refresh() after a one-letter edit, against one frame; a breakdown if slow."""
    with _editor(readout) as editor:
        edit = editor.form.points.rows[0].ui.esEdit
        base = edit.toPlainText()
        edits = iter(range(10_000))

        def type_one() -> None:
            # The last key (not timed): change one paragraph, as typing does.
            edit.setPlainText(f"{base} {next(edits)}")
            editor._timer.stop()

        samples: list[float] = []
        for n in range(REFRESHES + 2):
            type_one()
            start = time.perf_counter()
            editor.refresh()
            took = time.perf_counter() - start
            if n >= 2:
                samples.append(took)
        total = _median_ms(samples)
        if total > FRAME_MS:
            _breakdown(editor, type_one, total)
    return [
        Row("gui", f"last key to both previews set (Editor.refresh), {label}",
            total, "one frame", FRAME_MS, "ms", "<= 1.0 (within one frame)"),
    ]  # fmt: skip


def _breakdown(editor: Editor, type_one: Callable[[], None], total: float) -> None:
    """Print the median of each step of Editor.refresh() to stderr."""
    steps: dict[str, list[float]] = {}

    def timed(name: str, func: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        start = time.perf_counter()
        result = func(*args, **kwargs)
        steps.setdefault(name, []).append(time.perf_counter() - start)
        return result

    def paint_previews() -> None:
        for view in (editor.window.ui.enPreview, editor.window.ui.esPreview):
            view.viewport().repaint()

    app = application()
    glossary = editor.glossary
    for _ in range(REFRESHES):
        type_one()
        readout = timed("form.readout", editor.form.readout)
        timed("validate", validate, readout, glossary)
        pair = timed("render_pair", editor.renderer.render_pair, readout)
        timed("show_drafts (setHtml x2)", editor.window.show_drafts, pair)
        findings = timed("run_checks", run_checks, readout, pair, glossary=glossary)
        timed("checks.set_findings", editor.checks.set_findings, findings)
        timed("spelling.update", editor.spelling.update, readout)
        timed("(not in refresh) paint both previews", paint_previews)
        app.processEvents()
    print(f"bench_gui: Editor.refresh() {total:.1f} ms > one frame ({FRAME_MS:.1f} ms); "
          "median per step:", file=sys.stderr)  # fmt: skip
    for name, samples in steps.items():
        print(f"  {name:<38} {_median_ms(samples):8.2f} ms", file=sys.stderr)


def _spawn(
    script: str, env: dict[str, str], drafts: bool = False
) -> tuple[float, float, int, bool]:
    """Run ``script`` in a fresh interpreter: seconds to its "painted" line and (with
    ``drafts``) to its "drafts" line (else 0), VmRSS in kB at the first, and whether
    the Word writer was loaded by then."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script + REPORT + (DRAFTS if drafts else "")],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    took = time.perf_counter() - start
    shown = child.stdout.readline() if drafts else "drafts True"
    took_drafts = time.perf_counter() - start if drafts else 0.0
    try:
        _, err = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        _, err = child.communicate()
    words = line.split()
    if len(words) != 3 or words[0] != "painted":
        raise RuntimeError(f"the child did not paint: {line!r}\n{err[-2000:]}")
    if shown.split() != ["drafts", "True"]:
        raise RuntimeError(f"the child did not show its drafts: {shown!r}\n{err[-2000:]}")
    return took, took_drafts, int(words[1]), words[2] == "True"


def _cold_start_rows() -> list[Row]:
    """Cold start to first paint, to drafts shown, and VmRSS: the editor against a minimal
    PySide6 window."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[name] = str(Path(home) / name.lower())
        times: dict[str, list[float]] = {"ours": [], "peer": [], "drafts": [], "floor": []}
        rss: dict[str, list[int]] = {"ours": [], "peer": [], "floor": []}
        docx = 0
        for n in range(COLD_STARTS + 1):
            order = [("ours", EDITOR_CHILD), ("peer", PEER_CHILD), ("floor", QT_FLOOR_CHILD)]
            if n % 2:
                order.reverse()
            for side, script in order:
                # Fresh settings and autosave folders for every start: each is a first start.
                with tempfile.TemporaryDirectory(dir=home) as folder:
                    took, drafts, kb, loaded = _spawn(
                        script, dict(env, **{FOLDER_VAR: folder}), drafts=side == "ours"
                    )
                docx += side == "ours" and loaded
                if n:  # the first round warms the disk cache and font caches
                    times[side].append(took)
                    rss[side].append(kb)
                    if side == "ours":
                        times["drafts"].append(drafts)
    if docx:
        print(f"bench_gui: WARNING: the Word writer was imported before the first paint "
              f"in {docx} of {COLD_STARTS + 1} editor starts", file=sys.stderr)  # fmt: skip
    return [
        Row("gui", "cold start to first paint (example open, form filled)",
            _median_ms(times["ours"]), "QMainWindow+QLabel", _median_ms(times["peer"]), "ms",
            "<= 1.3"),
        Row("gui", "cold start: the bare window after importing our Qt classes",
            _median_ms(times["floor"]), "QMainWindow+QLabel", _median_ms(times["peer"]), "ms",
            "report (Qt's share)"),
        Row("gui", "cold start to drafts shown (first paint + first render)",
            _median_ms(times["drafts"]), "QMainWindow+QLabel", _median_ms(times["peer"]), "ms",
            "<= 2.0"),
        Row("gui", "resident memory after first paint (VmRSS)",
            statistics.median(rss["ours"]) / 1024, "QMainWindow+QLabel",
            statistics.median(rss["peer"]) / 1024, "MB", "<= 1.3"),
    ]  # fmt: skip


def run() -> list[Row]:
    """Measure the five GUI comparisons (about a minute at most)."""
    long = long_readout()
    points = len(long.points)
    rows = _typing_rows(None, "example open")
    rows += _typing_rows(copy.deepcopy(long), f"{points}-point readout open")
    rows += _refresh_rows(long, f"~2,000-word readout ({points} points, es+en)")
    rows += _cold_start_rows()
    return rows


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
