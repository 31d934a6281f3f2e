"""What Word writes and LibreOffice never does: rsid-split runs, moves, formatting and
paragraph-mark changes, nested insert/delete, comments across paragraphs, lost marks;
and LibreOffice's own quirks (empty insertions)."""

from __future__ import annotations

from pathlib import Path

from editor_app.core.clearance.reader import ClearedCopy, read_cleared_copy
from editor_app.core.clearance.revisions import (
    DELETION,
    FORMATTING,
    INSERTION,
    MOVED_FROM,
    MOVED_TO,
    PARAGRAPH_DELETED,
    PARAGRAPH_INSERTED,
)
from editor_app.core.model import Readout
from tests.builders import english_pair
from tests.core.clearance.word_files import (
    change,
    comments_xml,
    deleted_run,
    document_xml,
    marked,
    run,
    write_docx,
)

POINTS = {"body.1": "They discussed the border.", "body.2": "They agreed to meet."}


def _read(tmp_path: Path, body: str, comments: str | None = None) -> ClearedCopy:
    path = write_docx(tmp_path / "cleared.docx", document_xml(body), comments)
    return read_cleared_copy(path, Readout(), english_pair(POINTS))


def _by_part(copy: ClearedCopy) -> dict[str, list[tuple[str, str, str]]]:
    return {p.key: [(c.kind, c.author, c.text) for c in p.changes] for p in copy.changed_parts()}


def test_runs_split_mid_word_by_editing_sessions_read_as_one_text(tmp_path: Path) -> None:
    split = run("They discussed the bor", "00A1") + run("der.", "00B2")
    copy = _read(
        tmp_path, marked("en_point_1", split, 1) + marked("en_point_2", run(POINTS["body.2"]), 2)
    )
    assert copy.changed_parts() == []
    assert copy.parts[0].accepted == POINTS["body.1"]


def test_a_move_is_listed_from_and_to(tmp_path: Path) -> None:
    first = run("They discussed ") + change("moveFrom", "Dee", deleted_run("the border")) + run(".")
    second = run("They agreed to meet") + change("moveTo", "Dee", run(" at the border")) + run(".")
    copy = _read(tmp_path, marked("en_point_1", first, 1) + marked("en_point_2", second, 2))
    assert _by_part(copy) == {
        "body.1": [(MOVED_FROM, "Dee", "the border")],
        "body.2": [(MOVED_TO, "Dee", " at the border")],
    }
    assert copy.parts[0].accepted == "They discussed ."
    assert copy.parts[1].accepted == "They agreed to meet at the border."


def test_a_formatting_change_is_listed_and_leaves_the_text(tmp_path: Path) -> None:
    bold = (
        '<w:r><w:rPr><w:b/><w:rPrChange w:id="7" w:author="Eve" w:date="2025-03-27T09:00:00Z">'
        "<w:rPr/></w:rPrChange></w:rPr><w:t>They discussed the border.</w:t></w:r>"
    )
    copy = _read(
        tmp_path, marked("en_point_1", bold, 1) + marked("en_point_2", run(POINTS["body.2"]), 2)
    )
    assert _by_part(copy) == {"body.1": [(FORMATTING, "Eve", "")]}
    assert copy.parts[0].accepted == POINTS["body.1"]


def test_paragraph_mark_changes_split_and_join_paragraphs(tmp_path: Path) -> None:
    inserted_mark = (
        '<w:p><w:pPr><w:rPr><w:ins w:id="3" w:author="Fay" w:date="2025-03-27T09:00:00Z"/>'
        '</w:rPr></w:pPr><w:bookmarkStart w:id="1" w:name="en_point_1"/>'
        + run("They discussed")
        + "</w:p><w:p>"
        + change("ins", "Fay", run("the border."))
        + "</w:p>"
    )
    deleted_mark = (
        '<w:p><w:pPr><w:rPr><w:del w:id="4" w:author="Gus" w:date="2025-03-27T09:00:00Z"/>'
        '</w:rPr></w:pPr><w:bookmarkStart w:id="2" w:name="en_point_2"/>'
        + run("They agreed to meet.")
        + "</w:p>"
    )
    copy = _read(tmp_path, inserted_mark + deleted_mark)
    kinds = _by_part(copy)
    assert kinds["body.1"] == [(PARAGRAPH_INSERTED, "Fay", "\n"), (INSERTION, "Fay", "the border.")]
    assert kinds["body.2"] == [(PARAGRAPH_DELETED, "Gus", "\n")]
    assert copy.parts[0].exported == "They discussed"
    assert copy.parts[0].accepted == "They discussed\nthe border."


def test_one_author_deleting_another_authors_insertion(tmp_path: Path) -> None:
    nested = (
        run("They discussed the border")
        + change("ins", "Hal", change("del", "Ida", deleted_run(" at length"), 2))
        + run(".")
    )
    copy = _read(
        tmp_path, marked("en_point_1", nested, 1) + marked("en_point_2", run(POINTS["body.2"]), 2)
    )
    assert _by_part(copy) == {
        "body.1": [(INSERTION, "Hal", " at length"), (DELETION, "Ida", " at length")]
    }
    assert copy.parts[0].exported == copy.parts[0].accepted == POINTS["body.1"]


def test_a_comment_spanning_two_paragraphs_is_anchored_to_both_texts(tmp_path: Path) -> None:
    first = run("They discussed ") + '<w:commentRangeStart w:id="5"/>' + run("the border.")
    second = run("They agreed") + '<w:commentRangeEnd w:id="5"/>' + run(" to meet.")
    copy = _read(
        tmp_path,
        marked("en_point_1", first, 1) + marked("en_point_2", second, 2),
        comments_xml((5, "Jo", "Cleared – WHA/MEX")),
    )
    [comment] = copy.comments
    assert (comment.author, comment.text, comment.part) == (
        "Jo",
        "Cleared – WHA/MEX",
        ("en", "body.1"),
    )
    assert comment.anchored == "the border.\nThey agreed"
    assert copy.changed_parts() == []


def test_a_part_whose_mark_was_deleted_is_named_and_reads_with_the_part_before(
    tmp_path: Path,
) -> None:
    body = marked("en_point_1", run(POINTS["body.1"]), 1) + f"<w:p>{run(POINTS['body.2'])}</w:p>"
    copy = _read(tmp_path, body)
    assert copy.missing == (("en", "body.2"),)
    assert copy.parts[0].accepted == POINTS["body.1"] + "\n" + POINTS["body.2"]


def test_libreoffice_quirks_empty_insertions_and_shared_ids(tmp_path: Path) -> None:
    quirky = (
        run("They discussed the border.")
        + '<w:ins w:id="1" w:author="Kim" w:date="2025-03-27T09:00:00Z"/>'
        + change("del", "Kim", deleted_run(" twice"), 1)
    )
    copy = _read(
        tmp_path, marked("en_point_1", quirky, 1) + marked("en_point_2", run(POINTS["body.2"]), 2)
    )
    assert _by_part(copy) == {"body.1": [(DELETION, "Kim", " twice")]}


def test_text_inside_links_and_content_controls_is_read(tmp_path: Path) -> None:
    linked = (
        run("They discussed ")
        + f'<w:hyperlink w:anchor="x">{run("the border")}</w:hyperlink>'
        + f"<w:sdt><w:sdtContent>{run('.')}</w:sdtContent></w:sdt>"
    )
    copy = _read(
        tmp_path, marked("en_point_1", linked, 1) + marked("en_point_2", run(POINTS["body.2"]), 2)
    )
    assert copy.parts[0].accepted == POINTS["body.1"]
