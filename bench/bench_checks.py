"""Checks benchmark: every check on a ~2,000-word readout against one display frame.

The readout is the bundled example with its talking points repeated (each copy numbered,
so no two paragraphs are the same) until the English draft has about 2,000 words; the
Spanish one is a little longer. The checks run after each pause in typing, so they should
fit in one frame at 60 Hz (16.7 ms); the ratio is the share of the frame (goal <= 1.0).

Rows:
- cold: every cache cleared before each run (the first check of a freshly opened file);
- typing: one paragraph changed since the last run (what a keystroke costs);
- scaling: the checks' cost per talking point with 40,000 points against 4,000 (the
  drafts built directly: rendering is not what is measured; goal <= 1.5).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
import re

from bench.common import Row, best_of, scaling_row
from editor_app.core.checks import repeats
from editor_app.core.checks.run import run_checks
from editor_app.core.checks.values import clear_caches
from editor_app.core.draft import LANGS, Draft, DraftPair, DraftPart
from editor_app.core.model import Readout, TalkingPoint
from editor_app.core.render import Renderer
from editor_app.core.store import load_example

FRAME_MS = 1000 / 60
TARGET_WORDS = 2000
SCALING_POINTS = (4_000, 40_000)


def long_readout(words: int = TARGET_WORDS) -> Readout:
    """The example with its points repeated until the English draft has ``words`` words."""
    example = load_example()
    readout = copy.deepcopy(example)
    renderer = Renderer()
    copies = itertools.count(2)
    while _words(renderer, readout) < words:
        n = next(copies)
        readout.points.extend(
            TalkingPoint(en=f"{p.en} [{n}]", es=f"{p.es} [{n}]") for p in example.points
        )
    return readout


def _words(renderer: Renderer, readout: Readout) -> int:
    return len(re.findall(r"\w+", renderer.render(readout, "en").as_text()))


def _with_edit(pair: DraftPair, n: int) -> DraftPair:
    """``pair`` with its first Spanish talking point changed (as by a keystroke)."""
    parts = tuple(
        dataclasses.replace(p, text=f"{p.text} {n}.") if p.key == "body.1" else p
        for p in pair.es.parts
    )
    return DraftPair(es=dataclasses.replace(pair.es, parts=parts), en=pair.en)


def run() -> list[Row]:
    """Measure run_checks on the long readout (rendering is not timed)."""
    readout = long_readout()
    pair = Renderer().render_pair(readout)
    words = len(re.findall(r"\w+", pair.en.as_text()))
    findings = run_checks(readout, pair)
    if findings:
        raise AssertionError(f"the benchmark readout should be clean: {findings[:3]}")

    def cold() -> None:
        clear_caches()
        repeats.clear_cache()
        run_checks(readout, pair)

    edits = itertools.count(1000)
    edited = [_with_edit(pair, next(edits)) for _ in range(40)]
    typed = iter(edited)

    def typing() -> None:
        run_checks(readout, next(typed))

    what = f"{words:,}-word readout ({len(readout.points)} points, es+en)"
    goal = "<= 1.0 (share of a frame)"
    return [
        Row("checks", f"all checks, cold, {what}", best_of(cold, repeat=7) * 1000,
            "one frame", FRAME_MS, "ms", goal),
        Row("checks", f"all checks after a keystroke, {what}",
            best_of(typing, repeat=7, number=5) * 1000, "one frame", FRAME_MS, "ms", goal),
        _scaling_row(),
    ]  # fmt: skip


def many_points(readout: Readout, pair: DraftPair, points: int) -> tuple[Readout, DraftPair]:
    """``readout`` and its drafts with ``points`` numbered talking points (both languages)."""
    texts = {lang: [f"{p.get(lang)} [{n}]" for n, p in _cycle(readout, points)] for lang in LANGS}
    readout = dataclasses.replace(
        readout,
        points=[
            TalkingPoint(en=en, es=es) for en, es in zip(texts["en"], texts["es"], strict=True)
        ],
    )

    def grow(draft: Draft) -> Draft:
        head = [p for p in draft.parts if not p.is_body and p.key != "closing"]
        tail = [p for p in draft.parts if p.key == "closing"]
        body = [DraftPart(f"body.{n}", t, t) for n, t in enumerate(texts[draft.lang], start=1)]
        return dataclasses.replace(draft, parts=tuple(head + body + tail))

    return readout, DraftPair(grow(pair.es), grow(pair.en))


def _cycle(readout: Readout, points: int) -> list[tuple[int, TalkingPoint]]:
    return [(n, readout.points[n % len(readout.points)]) for n in range(1, points + 1)]


def _scaling_row() -> Row:
    example = load_example()
    pair = Renderer().render_pair(example)

    def measure(points: int) -> float:
        readout, long_pair = many_points(example, pair, points)
        return best_of(lambda: run_checks(readout, long_pair), repeat=1 if points > 10_000 else 3)

    return scaling_row("checks", "all checks, talking points", "point", SCALING_POINTS, measure)


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
