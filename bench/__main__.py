"""Run every ``bench/bench_*.py`` module and print one table of ratios.

Each module exposes ``run() -> list[Row]``. A module whose peer is missing on this machine
returns no rows (and may print why); the table then says so.
"""

from __future__ import annotations

import compileall
import importlib
import pkgutil
import sys
from pathlib import Path

from bench.common import Row


def main() -> int:
    """Discover and run the benchmarks, then print the table."""
    rows: list[Row] = []
    folder = Path(__file__).parent
    # The app's modules load from bytecode, as from an installed wheel, even where
    # PYTHONDONTWRITEBYTECODE is set: every child process would compile them again.
    compileall.compile_dir(folder.parent / "editor_app", quiet=1)
    for info in sorted(pkgutil.iter_modules([str(folder)]), key=lambda i: i.name):
        if not info.name.startswith("bench_"):
            continue
        module = importlib.import_module(f"bench.{info.name}")
        print(f"running {info.name} ...", file=sys.stderr, flush=True)
        rows.extend(module.run())
    print_table(rows)
    return 0


def print_table(rows: list[Row]) -> None:
    """Print the rows as an aligned text table."""
    header = ("area", "what", "ours", "peer", "peer value", "ratio", "goal")
    lines = [header]
    for row in rows:
        lines.append(
            (
                row.area,
                row.what,
                f"{row.ours:.4g} {row.unit}",
                row.peer_name,
                f"{row.peer:.4g} {row.unit}",
                f"{row.ratio:.2f}x",
                row.goal,
            )
        )
    if not rows:
        print("(no benchmarks measured yet)")
        return
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for n, line in enumerate(lines):
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(line)))
        if n == 0:
            print("  ".join("-" * w for w in widths))


if __name__ == "__main__":
    raise SystemExit(main())
