"""Run risky code in a child process with a time and memory ceiling.

A regression in a test of a hostile input must fail the test, not take the shared
machine down: the child gets an address-space limit and is killed at the timeout.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEMORY_LIMIT = 1_500_000_000


def run_bounded(
    script: str,
    *,
    args: Sequence[str] = (),
    timeout: float = 60,
    memory: int = MEMORY_LIMIT,
) -> subprocess.CompletedProcess[str]:
    """Run ``script`` with ``python -c`` and ``args``; fail the test if it outlives
    ``timeout`` seconds."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    try:
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(script), *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            preexec_fn=limit,
            cwd=ROOT,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {timeout:g} s (the work grows too fast)")
