"""The `readout` command: output, exit statuses (0 ok, 1 findings, 2 bad input)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor_app.cli import main
from editor_app.core.model import SCHEMA_VERSION, Override, Readout
from editor_app.core.store import example_text, save_file


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(args), out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def example_file(tmp_path: Path) -> Path:
    path = tmp_path / "example.readout"
    path.write_text(example_text(), "utf-8")
    return path


def test_render_prints_spanish_then_english(example_file: Path) -> None:
    code, out, err = run("render", str(example_file))
    assert code == 0 and err == ""
    assert out.index("Llamada del subsecretario Landau") < out.index("Deputy Secretary Landau’s")


def test_render_one_language_and_json(example_file: Path) -> None:
    code, out, _ = run("render", str(example_file), "--lang", "en")
    assert code == 0 and "Llamada" not in out and out.startswith("Deputy Secretary")
    code, out, _ = run("render", str(example_file), "--json")
    drafts = json.loads(out)
    assert [d["lang"] for d in drafts] == ["es", "en"]
    assert drafts[1]["parts"][1] == {
        "key": "release_date",
        "text": "March 26, 2025",
        "overridden": False,
        "stale": False,
    }


def test_render_with_user_templates(example_file: Path, tmp_path: Path) -> None:
    folder = tmp_path / "house"
    folder.mkdir()
    (folder / "bilateral_call.en.j2").write_text(
        '{% extends "base.en.j2" %}{% block title %}HOUSE{% endblock %}', "utf-8"
    )
    code, out, _ = run("render", str(example_file), "--lang", "en", "--templates", str(folder))
    assert code == 0 and out.startswith("HOUSE")
    code, _, err = run("render", str(example_file), "--templates", str(tmp_path / "none"))
    assert code == 2 and "no such templates folder" in err


def test_bad_input_exits_2_with_message_on_stderr(tmp_path: Path) -> None:
    bad = tmp_path / "bad.readout"
    bad.write_text("{oops", "utf-8")
    code, out, err = run("render", str(bad))
    assert (code, out) == (2, "")
    assert err.startswith(f"readout: {bad}: not valid JSON at line 1, column 2")


def test_semantic_errors_exit_2_for_render_and_are_findings_for_check(tmp_path: Path) -> None:
    data = json.loads(example_text())
    data["counterparts"][0]["title"] = "foreing_minister"
    path = tmp_path / "typo.readout"
    path.write_text(json.dumps(data), "utf-8")
    code, _, err = run("render", str(path))
    assert code == 2 and "did you mean 'foreign_minister'?" in err
    code, out, _ = run("check", str(path))
    assert code == 1 and "counterparts[0].title: unknown title" in out


def test_check_clean_example_exits_0(example_file: Path) -> None:
    code, out, _ = run("check", str(example_file))
    assert code == 0 and "no findings" in out


def test_check_reports_stale_hand_edit_as_json(example: Readout, tmp_path: Path) -> None:
    example.overrides["en"]["title"] = Override("Old title", "An older generated title")
    path = tmp_path / "stale.readout"
    save_file(example, path)
    code, out, _ = run("check", str(path), "--json")
    assert code == 1
    checks = json.loads(out)["checks"]
    stale = [f for f in checks if f["check_id"] == "edit.stale"]
    assert [(f["lang"], f["part"]) for f in stale] == [("en", "title")]
    # "Old title" no longer names the officials: parity notices that too.
    assert {f["check_id"] for f in checks} - {"edit.stale"} <= {"parity.name", "parity.country"}
    code, out, _ = run("check", str(path), "--ui-lang", "es")
    assert "Título" in out and "[edit.stale]" in out


def test_new_writes_a_starter_and_refuses_to_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "new.readout"
    code, _, err = run("new", "--kind", "multilateral_meeting", "-o", str(path))
    assert code == 0 and "wrote" in err
    assert json.loads(path.read_text("utf-8"))["kind"] == "multilateral_meeting"
    code, _, err = run("new", "--kind", "bilateral_call", "-o", str(path))
    assert code == 2 and "already exists" in err
    # The starter opens; check lists what the officer still has to fill in.
    code, out, _ = run("check", str(path))
    assert code == 1 and "principal: a name is needed" in out


def test_new_to_stdout() -> None:
    code, out, _ = run("new", "--kind", "bilateral_call")
    assert code == 0 and json.loads(out)["schema_version"] == SCHEMA_VERSION


def test_installed_command_runs_as_a_process(example_file: Path) -> None:
    readout = Path(sys.executable).with_name("readout")
    result = subprocess.run(
        [str(readout), "render", str(example_file), "--lang", "es"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "26 de marzo de 2025" in result.stdout
    missing = subprocess.run(
        [str(readout), "check", "/nonexistent.readout"], capture_output=True, text=True
    )
    assert missing.returncode == 2
    assert "Traceback" not in missing.stderr and "no such file" in missing.stderr


def test_check_reports_misspellings_per_language_with_suggestions(
    example: Readout, tmp_path: Path
) -> None:
    example.points[1].es = example.points[1].es.replace("cárteles", "cártelez")
    example.purpose.en = "affirm the U.S. commitment to goverment cooperation"
    path = tmp_path / "typos.readout"
    save_file(example, path)
    code, out, _ = run("check", str(path))
    assert code == 1
    assert "es  Point 2" in out and "cártelez  → cárteles" in out
    assert "en  Lead" in out and "goverment" in out
    code, out, _ = run("check", str(path), "--json")
    spelling = json.loads(out)["spelling"]
    assert {(s["lang"], s["part"], s["word"]) for s in spelling} == {
        ("es", "body.2", "cártelez"),
        ("en", "lead", "goverment"),
    }
    assert "government" in next(s for s in spelling if s["lang"] == "en")["suggestions"]


def test_check_without_enchant_says_so_on_stderr(example_file: Path) -> None:
    script = (
        "import sys; sys.modules['enchant'] = None\n"
        "from editor_app.cli import main\n"
        f"sys.exit(main(['check', {str(example_file)!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "spelling not checked: Spanish: unchecked" in result.stderr
    assert "spelling not checked: English: unchecked" in result.stderr
    assert "Traceback" not in result.stderr


def test_export_writes_docx_and_prints_the_path(example_file: Path, tmp_path: Path) -> None:
    from docx import Document

    out_path = tmp_path / "readout.docx"
    code, out, err = run("export", str(example_file), "-o", str(out_path), "--order", "en,es")
    assert code == 0, err
    assert out.strip() == str(out_path)
    header = Document(str(out_path)).tables[0].rows[0].cells
    assert [c.text for c in header] == ["English", "Español"]


def test_export_formats_from_suffix_and_aliases(example_file: Path, tmp_path: Path) -> None:
    code, out, _ = run("export", str(example_file), "-o", str(tmp_path / "post.markdown"))
    assert code == 0
    assert [Path(p).name for p in out.split()] == ["post-es.markdown", "post-en.markdown"]
    assert "# Llamada del subsecretario" in (tmp_path / "post-es.markdown").read_text("utf-8")


def test_export_bad_requests_exit_2_with_a_message(example_file: Path, tmp_path: Path) -> None:
    code, _, err = run("export", str(example_file), "-o", str(tmp_path / "x.pdf"))
    assert code == 2 and "unknown export format 'pdf'" in err
    code, _, err = run("export", str(example_file), "-o", str(tmp_path / "no" / "x.docx"))
    assert code == 2 and "does not exist" in err
    code, _, err = run("export", str(example_file), "-o", str(tmp_path / "x.docx"), "--order", "fr")
    assert code == 2 and "--order" in err


def test_check_flags_the_seed_date_with_the_suggestion(example: Readout, tmp_path: Path) -> None:
    example.overrides["es"]["release_date"] = Override("Marzo 26, 2025", "")
    path = tmp_path / "seed-date.readout"
    save_file(example, path)
    code, out, _ = run("check", str(path))
    assert code == 1
    assert "es  Release date  0-14" in out and "26 de marzo de 2025" in out
    assert "[es.date-order]" in out


def test_check_with_house_config(example: Readout, tmp_path: Path) -> None:
    example.overrides["es"]["release_date"] = Override("Marzo 26, 2025", "")
    path = tmp_path / "seed-date.readout"
    save_file(example, path)
    config = tmp_path / "house.json"
    config.write_text(json.dumps({"disabled": ["es.*"]}), "utf-8")
    code, out, _ = run("check", str(path), "--config", str(config))
    assert "[es.date-order]" not in out
    config.write_text("{broken", "utf-8")
    code, _, err = run("check", str(path), "--config", str(config))
    assert code == 2 and "house.json" in err


def test_check_with_spanish_ui_labels_spelling_lines_in_spanish(
    example: Readout, tmp_path: Path
) -> None:
    example.points[1].es = example.points[1].es.replace("cárteles", "cártelez")
    example.purpose.en = "affirm the U.S. commitment to goverment cooperation"
    path = tmp_path / "typos.readout"
    save_file(example, path)
    code, out, _ = run("check", str(path), "--ui-lang", "es")
    assert code == 1
    assert "es  Punto 2" in out and "cártelez  → cárteles" in out
    assert "en  Entradilla" in out and "goverment" in out
    assert "Point 2" not in out and "Lead" not in out


def test_check_in_spanish_says_the_problems_in_spanish(tmp_path: Path) -> None:
    path = tmp_path / "new.readout"
    assert run("new", "--kind", "bilateral_call", "-o", str(path))[0] == 0
    code, out, _ = run("check", str(path), "--ui-lang", "es")
    assert code == 1
    assert f"{path}: error: principal: faltan el nombre y el apellido" in out
    assert "a name is needed" not in out
    code, out, _ = run("check", str(path), "--json", "--ui-lang", "es")
    problems = json.loads(out)["problems"]
    assert {
        "where": "principal",
        "severity": "error",
        "message": "faltan el nombre y el apellido",
    } in problems
    code, out, _ = run("check", str(path))
    assert f"{path}: error: principal: a name is needed (given names and surname)" in out
