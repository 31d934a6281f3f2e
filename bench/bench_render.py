"""Render benchmark: placeholders in one talking point, and whether their cost is linear.

Row: rendering the example with one talking point holding 20,000 placeholders
(``{principal}``, ``{counterpart:first}``... in both languages) against the same with 2,000,
per placeholder (goal <= 1.5: each placeholder costs the same however many there are).
"""

from __future__ import annotations

from functools import partial

from bench.common import Row, best_of, scaling_row
from editor_app.core.model import Readout, TalkingPoint
from editor_app.core.render import Renderer
from editor_app.core.store import load_example

SIZES = (2_000, 20_000)


def _with_placeholders(readout: Readout, count: int) -> Readout:
    en = "We thank {principal} and {counterpart:first}. " * (count // 2)
    es = "Gracias a {principal} y a {counterpart:first}. " * (count // 2)
    readout.points = [TalkingPoint(en=en, es=es)]
    return readout


def run() -> list[Row]:
    """Measure and return the row."""
    renderer = Renderer(time_limit=600)

    def measure(count: int) -> float:
        readout = _with_placeholders(load_example(), count)
        return best_of(partial(renderer.render_pair, readout), repeat=3)

    return [
        scaling_row("render", "placeholders in one point, es+en", "placeholder", SIZES, measure)
    ]


if __name__ == "__main__":
    from bench.__main__ import print_table

    print_table(run())
