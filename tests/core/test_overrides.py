"""Hand edits: kept as overrides, marked, flagged stale when their inputs change."""

from __future__ import annotations

import datetime as dt

from editor_app.core.model import Override, Readout
from editor_app.core.render import Renderer


def test_override_replaces_the_part_and_is_marked(example: Readout, renderer: Renderer) -> None:
    generated = renderer.render(example, "es").title
    example.overrides["es"]["title"] = Override("Llamada con el canciller", generated)
    part = renderer.render(example, "es").get("title")
    assert part is not None
    assert (part.text, part.generated, part.overridden, part.stale) == (
        "Llamada con el canciller",
        generated,
        True,
        False,
    )
    assert renderer.render(example, "en").get("title").overridden is False  # type: ignore[union-attr]


def test_override_goes_stale_when_the_form_changes(example: Readout, renderer: Renderer) -> None:
    lead = renderer.render(example, "en").lead
    example.overrides["en"]["lead"] = Override("My own lead.", lead)
    example.event_date = dt.date(2025, 3, 25)
    part = renderer.render(example, "en").get("lead")
    assert part is not None and part.stale
    assert part.text == "My own lead."  # never silently replaced
    assert part.generated.startswith("Yesterday")


def test_override_of_a_talking_point(example: Readout, renderer: Renderer) -> None:
    example.overrides["es"]["body.2"] = Override("Punto reescrito.", "")
    draft = renderer.render(example, "es")
    assert draft.body[1] == "Punto reescrito."
    assert draft.get("body.2").stale is False  # type: ignore[union-attr]


def test_override_can_add_a_part_the_form_leaves_empty(
    example: Readout, renderer: Renderer
) -> None:
    example.overrides["en"]["closing"] = Override("Courtesy notice.", "")
    assert renderer.render(example, "en").closing == "Courtesy notice."
