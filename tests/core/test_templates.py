"""Templates: user folders override, errors name file and line, the sandbox holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor_app.core.model import Readout
from editor_app.core.render import Renderer, RenderError


def write(folder: Path, name: str, text: str) -> None:
    (folder / name).write_text(text, "utf-8")


def test_user_template_overrides_a_block(example: Readout, tmp_path: Path) -> None:
    write(
        tmp_path,
        "bilateral_call.en.j2",
        '{% extends "base.en.j2" %}{% block title %}Readout: {{ principal.later|possessive }} '
        "Call{% endblock %}{% block lead %}{{ opening }} {{ principal.first }} called."
        "{% endblock %}",
    )
    draft = Renderer(tmp_path).render(example, "en")
    assert draft.title == "Readout: Deputy Secretary Landau’s Call"
    assert draft.lead == "Today Deputy Secretary of State Christopher Landau called."
    # Blocks the user did not override come from the bundled base template.
    assert draft.release_date == "March 26, 2025"
    # The Spanish template is still the bundled one.
    assert Renderer(tmp_path).render(example, "es").title.startswith("Llamada del")


def test_user_template_for_a_house_variant(example: Readout, tmp_path: Path) -> None:
    write(
        tmp_path, "embassy.es.j2", '{% extends "base.es.j2" %}{% block title %}Nota{% endblock %}'
    )
    example.kind_template = "embassy"
    assert Renderer(tmp_path).render(example, "es").title == "Nota"
    with pytest.raises(RenderError, match=r"template 'embassy\.en\.j2' not found"):
        Renderer(tmp_path).render(example, "en")


def test_syntax_error_names_file_and_line(example: Readout, tmp_path: Path) -> None:
    write(tmp_path, "bilateral_call.en.j2", "{% extends 'base.en.j2' %}\n\n{% block title %}{{ x }")
    with pytest.raises(RenderError) as info:
        Renderer(tmp_path).render(example, "en")
    message = str(info.value)
    assert "bilateral_call.en.j2:3" in message


def test_undefined_name_names_file_and_line(example: Readout, tmp_path: Path) -> None:
    write(
        tmp_path,
        "bilateral_call.en.j2",
        '{% extends "base.en.j2" %}\n{% block title %}\n{{ principal.nickname }}{% endblock %}',
    )
    with pytest.raises(RenderError) as info:
        Renderer(tmp_path).render(example, "en")
    assert "bilateral_call.en.j2:3" in str(info.value)
    assert "nickname" in str(info.value)


@pytest.mark.parametrize(
    "expression",
    [
        "principal.__class__.__mro__",
        "principal.first.__class__.__base__.__subclasses__()",
        "lang.__class__",
        "cycler.__init__.__globals__",
        "''.format.__globals__",
        "range.__self__",
    ],
)
def test_sandbox_refuses_private_attributes(
    example: Readout, tmp_path: Path, expression: str
) -> None:
    write(
        tmp_path,
        "bilateral_call.en.j2",
        '{% extends "base.en.j2" %}{% block title %}{{ ' + expression + " }}{% endblock %}",
    )
    with pytest.raises(RenderError) as info:
        Renderer(tmp_path).render(example, "en")
    assert "bilateral_call.en.j2" in str(info.value)


def test_template_name_cannot_escape_the_folders(example: Readout, tmp_path: Path) -> None:
    secret = tmp_path / "secret.en.j2"
    secret.write_text("SECRET", "utf-8")
    inner = tmp_path / "user"
    inner.mkdir()
    example.kind_template = "../secret"
    with pytest.raises(RenderError, match="not found"):
        Renderer(inner).render(example, "en")
    example.kind_template = "../templates/bilateral_call"
    with pytest.raises(RenderError, match="not found"):
        Renderer(None).render(example, "en")


def test_talking_points_are_text_never_templates(example: Readout, renderer: Renderer) -> None:
    example.points[0].en = "{{ 7 * 7 }} {% if true %}x{% endif %} {principal}"
    assert renderer.render(example, "en").body[0] == (
        "{{ 7 * 7 }} {% if true %}x{% endif %} Deputy Secretary Landau"
    )
