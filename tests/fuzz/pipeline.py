"""One fuzz case through everything a file meets: read → validate → render (the drafts
printed as UTF-8, as ``readout render`` does) → checks → spelling → export, the Word file
reopened with python-docx → save and reopen, which must give the same readout.

Only the documented errors may come out: ReadoutFileError from reading (a clear message
naming the file) and RenderError from rendering. Anything else is a failure.
"""

from __future__ import annotations

import io
import resource
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from docx import Document

from editor_app.core.checks.run import run_checks
from editor_app.core.export.writer import export
from editor_app.core.model import Kind
from editor_app.core.render import Renderer, RenderError
from editor_app.core.spelling.checker import SpellChecker, check_pair, names_from_readout
from editor_app.core.starter import starter
from editor_app.core.store import ReadoutFileError, dumps, load_file, save_file

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


def seeds() -> list[bytes]:
    """The files mutations start from: the bundled examples and a starter of every kind."""
    found = [path.read_bytes() for path in sorted(EXAMPLES.glob("*.readout"))]
    return found + [dumps(starter(kind)).encode("utf-8") for kind in Kind]


@dataclass
class Outcome:
    """What a run of cases gave: counts per stage, the slowest case, the failures."""

    cases: int = 0
    refused: int = 0
    invalid: int = 0
    rendered: int = 0
    render_errors: int = 0
    exported: int = 0
    slowest: float = 0.0
    slowest_case: int = -1
    failures: list[str] = field(default_factory=list)

    def peak_rss_mb(self) -> float:
        """The process's peak resident memory so far, in MB (Linux reports KB)."""
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Pipeline:
    """The components a case runs through, built once and shared by every case."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="readout-fuzz-"))
        self.renderer = Renderer()
        self.checker = SpellChecker({"es": "es_MX", "en": "en_US"}, user_dir=self.folder / "words")

    def run(self, case: int, raw: bytes, full: bool, outcome: Outcome) -> None:
        """Run one case; record a failure (with its case number) instead of raising."""
        start = time.perf_counter()
        try:
            self._run(raw, full, outcome)
        except Exception as exc:
            outcome.failures.append(f"case {case}: {type(exc).__name__}: {str(exc)[:300]}")
        took = time.perf_counter() - start
        outcome.cases += 1
        if took > outcome.slowest:
            outcome.slowest, outcome.slowest_case = took, case

    def _run(self, raw: bytes, full: bool, outcome: Outcome) -> None:
        path = self.folder / "case.readout"
        path.write_bytes(raw)
        try:
            parsed = load_file(path)
        except ReadoutFileError as exc:
            assert str(exc).startswith(f"{path}: "), "the message names the file"
            outcome.refused += 1
            return
        for problem in parsed.problems:
            assert problem.text("en") and problem.text("es")
        if parsed.errors:
            outcome.invalid += 1
            return
        try:
            pair = self.renderer.render_pair(parsed.readout)
        except RenderError as exc:
            assert str(exc)
            outcome.render_errors += 1
            return
        outcome.rendered += 1
        for lang in ("es", "en"):
            pair.get(lang).as_text().encode("utf-8")  # what `readout render` prints
        if not full:
            return
        for finding in run_checks(parsed.readout, pair, ui_lang="es"):
            assert finding.check_id and finding.message
        self.checker.set_names(names_from_readout(parsed.readout))
        for miss in check_pair(pair, self.checker):
            text = pair.get(miss.lang).text_of(miss.part)  # type: ignore[arg-type]
            assert text[miss.start : miss.end] == miss.word
        [docx] = export(parsed.readout, pair, self.folder / "case.docx", fmt="docx")
        Document(io.BytesIO(docx.read_bytes()))
        outcome.exported += 1
        saved = self.folder / "saved.readout"
        save_file(parsed.readout, saved, backups=0)
        assert load_file(saved).readout == parsed.readout, "saving and reopening changed it"
