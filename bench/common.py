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
