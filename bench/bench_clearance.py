"""Clearance import: a returned copy with 100 tracked changes and 20 comments.

Rows:
- ``readout import`` of that copy as a whole process (start, load and render the readout,
  read every part, change and comment, print the JSON) against LibreOffice opening the
  same file headless (``soffice --convert-to txt``, its own whole process), both timed
  here; goal: under one second, and no slower than LibreOffice;
- the reading alone, in process, per change at 1,000 changes against at 100 (linear;
  goal <= 1.5).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from bench.common import Row, best_of
from editor_app.core.clearance.reader import read_cleared_copy
from editor_app.core.export.writer import export
from editor_app.core.model import Readout, TalkingPoint
from editor_app.core.render import render_pair
from editor_app.core.store import load_example, save_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _readout(points: int) -> Readout:
    readout = load_example()
    readout.points = [
        TalkingPoint(
            en=f"They discussed the border, trade and security in detail (point {n}).",
            es=f"Hablaron de la frontera, el comercio y la seguridad en detalle (punto {n}).",
        )
        for n in range(points)
    ]
    return readout


def _returned_copy(readout: Readout, folder: Path, changes: int, comments: int) -> Path:
    """The readout exported, then edited as a reviewer would: ``changes`` tracked changes
    (a word replaced: one deletion and one insertion count as two) and ``comments``."""
    [sent] = export(readout, render_pair(readout), folder / "sent.docx", layout="sequential")
    with zipfile.ZipFile(sent) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    edit = (
        "<w:t></w:t></w:r>"
        '<w:del w:id="{n}" w:author="Rev" w:date="2025-03-27T10:00:00Z"><w:r><w:delText>'
        "They</w:delText></w:r></w:del>"
        '<w:ins w:id="{m}" w:author="Rev" w:date="2025-03-27T10:00:00Z"><w:r><w:t>Both sides'
        '</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> discussed the border'
    )
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        if count >= changes // 2:
            return match.group(0)
        count += 1
        return edit.format(n=5000 + count * 2, m=5001 + count * 2)

    xml = re.sub(r"<w:t(?: [^>]*)?>They discussed the border", replace, xml)
    body_end = xml.rindex("</w:t></w:r>")
    starts = "".join(f'<w:commentRangeStart w:id="{i}"/>' for i in range(comments))
    ends = "".join(f'<w:commentRangeEnd w:id="{i}"/>' for i in range(comments))
    xml = xml.replace("<w:body>", "<w:body>", 1)
    first_run = xml.index("<w:r>", xml.index("<w:body>"))
    xml = (
        xml[:first_run]
        + starts
        + xml[first_run:body_end]
        + "</w:t></w:r>"
        + ends
        + xml[body_end + len("</w:t></w:r>") :]
    )
    parts["word/document.xml"] = xml.encode("utf-8")
    notes = "".join(
        f'<w:comment w:id="{i}" w:author="Rev" w:date="2025-03-27T11:00:00Z"><w:p><w:r>'
        f"<w:t>Cleared – OFFICE{i}</w:t></w:r></w:p></w:comment>"
        for i in range(comments)
    )
    parts["word/comments.xml"] = f'<w:comments xmlns:w="{W}">{notes}</w:comments>'.encode()
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/comments" Target="comments.xml"/></Relationships>',
    ).encode("utf-8")
    returned = folder / "returned.docx"
    with zipfile.ZipFile(returned, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return returned


def run() -> list[Row]:
    """Measure and return the rows (the LibreOffice row is left out when it is missing)."""
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        readout = _readout(60)
        returned = _returned_copy(readout, work, changes=100, comments=20)
        readout_file = work / "call.readout"
        save_file(readout, readout_file)
        check = json.loads(
            subprocess.run(
                [*_readout_command(), "import", str(readout_file), str(returned), "--json"],
                capture_output=True,
                text=True,
                check=False,
            ).stdout
        )
        found = sum(len(p["changes"]) for p in check["parts"])
        assert found == 100 and len(check["proposals"]) == 20, (found, len(check["proposals"]))
        ours = best_of(
            lambda: subprocess.run(
                [*_readout_command(), "import", str(readout_file), str(returned), "--json"],
                capture_output=True,
                check=False,
            ),
            repeat=3,
        )
        soffice = shutil.which("soffice")
        if soffice:
            profile = work / "lo-profile"
            peer = best_of(
                lambda: subprocess.run(
                    [
                        soffice,
                        f"-env:UserInstallation=file://{profile}",
                        "--headless",
                        "--convert-to",
                        "txt",
                        "--outdir",
                        str(work / "txt"),
                        str(returned),
                    ],
                    capture_output=True,
                    check=False,
                ),
                repeat=3,
            )
            rows.append(
                Row(
                    "clearance",
                    "import a copy with 100 changes, 20 comments (process)",
                    ours,
                    "soffice opens it",
                    peer,
                    "s",
                    "<= 1.0 and < 1 s",
                )
            )
        else:
            print("bench_clearance: soffice not found, LibreOffice row left out", file=sys.stderr)
        rows.append(_scaling_row(work))
    return rows


def _readout_command() -> list[str]:
    script = Path(sys.executable).with_name("readout")
    return [str(script)] if script.exists() else [sys.executable, "-m", "editor_app.cli"]


def _per_change(work: Path, points: int, changes: int) -> float:
    folder = work / f"scale-{changes}"
    folder.mkdir()
    readout = _readout(points)
    returned = _returned_copy(readout, folder, changes=changes, comments=0)
    pair = render_pair(readout)
    return best_of(lambda: read_cleared_copy(returned, readout, pair), repeat=3) / changes


def _scaling_row(work: Path) -> Row:
    small = _per_change(work, 60, 100)
    large = _per_change(work, 600, 1000)
    return Row(
        "clearance",
        "read per change, 1,000 vs 100 changes",
        large * 1000,
        "same at 100",
        small * 1000,
        "ms",
        "<= 1.5",
    )
