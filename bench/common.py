"""Shared pieces of the benchmarks: a result row and a timer."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One measured comparison: ours against a peer, both measured in this run.

    ``ratio`` is ours / peer (lower is better) unless the row says otherwise in ``unit``;
    ``goal`` is the target in words, e.g. "<= 1.0".
    """

    area: str
    what: str
    ours: float
    peer_name: str
    peer: float
    unit: str
    goal: str

    @property
    def ratio(self) -> float:
        """ours / peer; inf when the peer took no measurable time."""
        return self.ours / self.peer if self.peer else float("inf")


def best_of(func: Callable[[], object], repeat: int = 5, number: int = 1) -> float:
    """The best wall time, in seconds per call, of ``repeat`` rounds of ``number`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            func()
        best = min(best, (time.perf_counter() - start) / number)
    return best


def scaling_row(
    area: str,
    what: str,
    unit: str,
    sizes: tuple[int, int],
    measure: Callable[[int], float],
) -> Row:
    """Cost per item at the large size against the same at the small one (goal <= 1.5).

    ``measure(n)`` returns the seconds one run takes with ``n`` items; the row shows
    milliseconds per item, so a ratio near 1 means the work grows as the input does.
    """
    small, large = sizes
    per_item = {n: measure(n) * 1000 / n for n in sizes}
    return Row(
        area=area,
        what=f"{what}, per {unit}: {large:,} vs {small:,}",
        ours=per_item[large],
        peer_name=f"same at {small:,}",
        peer=per_item[small],
        unit=f"ms/{unit}",
        goal="<= 1.5",
    )
