"""Rewrite the bundled examples' expected drafts from the current renderer.

    python tools/update_example_fixtures.py            # write, then review `git diff`
    python tools/update_example_fixtures.py --check    # say what differs; write nothing

Every bundled example (resources/examples/*.readout) has its expected Spanish and English
texts in tests/core/fixtures/examples/<name>.{es,en}.txt, which
tests/core/test_shape_examples.py compares exactly. When a change to the wording rules
(a lead verb, a list, a title form) changes what an example says, run this tool and read
the diff as a press officer would before committing it: the fixtures are the texts the
office would publish.

A fixture named in tests/core/fixtures/examples/known-wrong.json holds the text as it
SHOULD read, which today's renderer does not produce yet (the test marks it xfail, strict,
with the reason). This tool leaves those files alone and says when the renderer has caught
up: then delete the entry from known-wrong.json so the test holds the text for good.
``--force`` rewrites them too (only when the entry's text was itself wrong).

Exit status: 0 all written or all matching, 1 (--check) some fixture differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor_app.core.draft import Lang  # noqa: E402
from editor_app.core.render import Renderer  # noqa: E402
from editor_app.core.store import example_names, example_text, parse_text  # noqa: E402

FIXTURES = ROOT / "tests" / "core" / "fixtures" / "examples"
KNOWN_WRONG = FIXTURES / "known-wrong.json"
LANGS: tuple[Lang, ...] = ("es", "en")


def known_wrong() -> dict[str, str]:
    """``{"<example>.<lang>": reason}``: fixtures that hold the text as it should read."""
    if not KNOWN_WRONG.is_file():
        return {}
    data: dict[str, str] = json.loads(KNOWN_WRONG.read_text("utf-8"))
    return {key: why for key, why in data.items() if not key.startswith("_")}


def rendered() -> dict[str, str]:
    """``{"<example>.<lang>": text}`` for every bundled example, from today's renderer."""
    renderer = Renderer()
    texts: dict[str, str] = {}
    for file_name in example_names():
        name = Path(file_name).stem
        parsed = parse_text(example_text(file_name), file_name)
        if parsed.problems:
            raise SystemExit(f"{file_name}: {parsed.problems}")
        for lang in LANGS:
            texts[f"{name}.{lang}"] = renderer.render(parsed.readout, lang).as_text()
    return texts


def main(argv: list[str] | None = None) -> int:
    """Compare (and unless --check, write) every example fixture; print what changed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 on a diff")
    parser.add_argument("--force", action="store_true", help="rewrite known-wrong ones too")
    args = parser.parse_args(argv)
    wrong = known_wrong()
    differs = False
    for key, text in rendered().items():
        path = FIXTURES / f"{key}.txt"
        old = path.read_text("utf-8") if path.is_file() else None
        if key in wrong and not args.force:
            state = "still wrong" if old != text else "NOW RIGHT: drop it from known-wrong.json"
            print(f"kept     {path.name} (known wrong: {state})")
            continue
        if old == text:
            continue
        differs = True
        if args.check:
            print(f"differs  {path.name}")
        else:
            path.write_text(text, "utf-8")
            print(f"{'new' if old is None else 'written':8} {path.name}")
    return 1 if differs and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
