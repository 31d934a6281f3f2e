"""Mutation fuzzing of .readout files through the whole pipeline (see pipeline.py).

The normal test run takes a fixed sample of FUZZ_CASES (2,000) cases: every case is
read, validated and rendered, one in FUZZ_FULL_EVERY (5) also goes through the checks,
spelling and the Word export. ``make fuzz`` runs 100,000. Cases run in-process in
chunks; each chunk reports its slowest case and the peak memory so far.
"""

from __future__ import annotations

import os

import pytest

from tests.fuzz.mutate import mutant
from tests.fuzz.pipeline import Outcome, Pipeline, seeds

CASES = int(os.environ.get("FUZZ_CASES", "2000"))
FIRST = int(os.environ.get("FUZZ_FIRST", "0"))
FULL_EVERY = int(os.environ.get("FUZZ_FULL_EVERY", "5"))
CHUNK = 500
PEAK_RSS_MB = 2048
"""Peak memory allowed for the whole run: the limits keep each case far below this."""
CASE_SECONDS = 10.0
"""A bound, not a speed target: a case this slow means a stall (the slowest take ~1 s)."""

SEEDS = seeds()
PIPELINE = Pipeline()
TOTAL = Outcome()


# A chunk takes 7-60 s; the slowest cases take about 1 s each.
@pytest.mark.timeout(CHUNK * 1.2)
@pytest.mark.parametrize("chunk", range(FIRST, FIRST + CASES, CHUNK))
def test_mutated_files_give_only_documented_errors(chunk: int) -> None:
    outcome = Outcome()
    for case in range(chunk, min(chunk + CHUNK, FIRST + CASES)):
        PIPELINE.run(case, mutant(SEEDS, case), case % FULL_EVERY == 0, outcome)
    for name in ("cases", "refused", "invalid", "rendered", "render_errors", "exported"):
        setattr(TOTAL, name, getattr(TOTAL, name) + getattr(outcome, name))
    if outcome.slowest > TOTAL.slowest:
        TOTAL.slowest, TOTAL.slowest_case = outcome.slowest, outcome.slowest_case
    print(
        f"\nfuzz cases {chunk}-{chunk + outcome.cases - 1}: {TOTAL.cases} so far, "
        f"{TOTAL.refused} refused, {TOTAL.invalid} with errors to fix, {TOTAL.rendered} "
        f"rendered, {TOTAL.render_errors} render errors, "
        f"{TOTAL.exported} exported; slowest case {TOTAL.slowest_case} "
        f"{TOTAL.slowest:.2f} s; peak memory {outcome.peak_rss_mb():.0f} MB"
    )
    assert not outcome.failures, "\n".join(outcome.failures[:20])
    assert outcome.peak_rss_mb() < PEAK_RSS_MB
    assert outcome.slowest < CASE_SECONDS, f"case {outcome.slowest_case} stalled"
