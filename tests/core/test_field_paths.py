"""Field paths are built and read in one place: every field a readout file holds has a
path that reads back to itself and that the officer sees named; odd text is no path."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from editor_app.core.field_labels import field_label
from editor_app.core.field_paths import (
    MAX_INDEX,
    FieldPath,
    OverridePath,
    Step,
    bilingual_path,
    counterpart_path,
    field_path,
    override_path,
    part_source_path,
    point_path,
    principal_path,
    split_override_path,
)
from editor_app.core.model import (
    Clearer,
    Official,
    Override,
    Readout,
    TalkingPoint,
    TitleText,
)
from editor_app.core.parse import ReadoutInvalid, readout_from_dict, readout_to_dict


def _full_readout() -> Readout:
    """A readout with an entry in every list and every optional part filled."""
    readout = Readout()
    custom = TitleText("Envoy", "the Envoy", "enviado", "el enviado")
    readout.principal = Official("Ana", "Ruiz", custom_title=custom)
    readout.counterparts = [Official("Juan", "Pérez", custom_title=custom)]
    readout.points = [TalkingPoint("one", "uno")]
    readout.clearance.clearers = [Clearer("WHA", "Lee", date=dt.date(2025, 3, 26))]
    readout.clearance.drafter.date = dt.date(2025, 3, 26)
    readout.clearance.approver.date = dt.date(2025, 3, 26)
    readout.overrides["es"]["body.1"] = Override("Uno.", "uno")
    return readout


def _leaf_paths(data: Any, path: str = "") -> Iterator[str]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _leaf_paths(value, f"{path}.{key}" if path else key)
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from _leaf_paths(value, f"{path}[{i}]")
    else:
        yield path


def _file_paths() -> list[str]:
    data = readout_to_dict(_full_readout())
    overrides = data.pop("overrides")
    assert overrides["es"], "the full readout must hold a hand edit"
    return sorted(_leaf_paths(data))


FILE_PATHS = _file_paths()


def test_the_file_holds_the_fields_the_form_fills() -> None:
    # The walk found the lists' entries and the nested fields, not just the top level.
    for path in (
        "points[0].es",
        "counterparts[0].custom_title.en_full",
        "clearance.clearers[0].status",
        "principal.surname",
        "settings.first_of_month",
        "locales.en",
    ):
        assert path in FILE_PATHS


@pytest.mark.parametrize("path", FILE_PATHS)
def test_every_field_of_a_readout_file_has_a_path_that_reads_back(path: str) -> None:
    parsed = FieldPath.parse(path)
    assert parsed is not None
    assert parsed.format() == path
    assert str(parsed) == path


@pytest.mark.parametrize("path", FILE_PATHS)
def test_every_field_of_a_readout_file_is_named_for_the_officer(path: str) -> None:
    assert field_label(path, "en") != path
    assert field_label(path, "es") != path


def test_reading_a_file_names_each_bad_field_by_the_same_path() -> None:
    data = readout_to_dict(_full_readout())
    data["counterparts"][0]["custom_title"]["en_full"] = ["not", "text"]
    data["clearance"]["clearers"][0]["date"] = "someday"
    data["points"][0]["es"] = 3
    with pytest.raises(ReadoutInvalid) as caught:
        readout_from_dict(data)
    paths = {problem.path for problem in caught.value.problems}
    assert paths == {
        counterpart_path(0, "custom_title") + ".en_full",
        "clearance.clearers[0].date",
        point_path(0, "es"),
    }
    for path in paths:
        parsed = FieldPath.parse(path)
        assert parsed is not None and parsed.format() == path


def test_parse_reads_names_and_indexes() -> None:
    parsed = FieldPath.parse("clearance.clearers[1].status")
    assert parsed == FieldPath((Step("clearance"), Step("clearers", 1), Step("status")))
    assert parsed.head == Step("clearance")
    assert parsed.field == "clearers"
    point = FieldPath.parse("points[2].es")
    assert point is not None
    assert point.entry_of("points") == 2
    assert point.entry_of("counterparts") is None
    assert point.field == "es"
    principal = FieldPath.parse("principal")
    assert (
        principal is not None and principal.field == "" and principal.entry_of("principal") is None
    )


def test_builders_write_the_paths_validation_and_checks_name() -> None:
    assert point_path(2, "es") == "points[2].es"
    assert point_path(0) == "points[0]"
    assert counterpart_path(0, "surname") == "counterparts[0].surname"
    assert counterpart_path(11) == "counterparts[11]"
    assert principal_path("title") == "principal.title"
    assert principal_path() == "principal"
    assert bilingual_path("purpose", "en") == "purpose.en"
    assert bilingual_path("locales", "es") == "locales.es"
    assert field_path("clearance", "drafter", "date") == "clearance.drafter.date"
    assert field_path("points", "", index=4) == "points[4]"


@pytest.mark.parametrize(
    ("name", "index"),
    [("Points", 0), ("points", -1), ("points", MAX_INDEX + 1), ("", None), ("a.", None)],
)
def test_builders_refuse_what_would_not_read_back(name: str, index: int | None) -> None:
    with pytest.raises(ValueError, match="not a field path"):
        field_path(name, index=index)


@pytest.mark.parametrize("field", ["Title", "x y", "title\n", "."])
def test_builders_refuse_a_field_that_is_no_name(field: str) -> None:
    with pytest.raises(ValueError, match="not a field path"):
        field_path("principal", field)


def test_a_part_is_traced_to_the_field_it_is_written_from() -> None:
    assert part_source_path("body.3", "es") == "points[2].es"
    assert part_source_path("body.1", "en") == "points[0].en"
    assert part_source_path("lead", "es") == "purpose.es"
    for key in ("title", "closing", "body.0", "body.x", "body.1234567", "body.٣", "body.3\n"):
        assert part_source_path(key, "es") == ""


def test_hand_edit_paths_keep_the_part_key_whole() -> None:
    path = override_path("es", "body.2")
    assert path == "overrides.es.body.2"
    assert split_override_path(path) == OverridePath("es", "body.2", True)
    assert split_override_path("overrides.en") == OverridePath("en", "", False)
    assert split_override_path("overrides.fr.title") == OverridePath("fr", "title", True)
    assert split_override_path("overrides") is None
    assert split_override_path("points[0].es") is None


@pytest.mark.parametrize(
    "text",
    [
        "",
        ".",
        "points.",
        ".points",
        "principal..title",
        "points[]",
        "points[-1].es",
        "points[01].es",  # one path, one spelling
        "points[1e3]",
        "points[٣].es",  # not an ASCII digit
        "points[1234567]",
        "counterparts[" + "9" * 5000 + "].country",  # too long to be read as a number
        "points[2]x.es",
        "points [2]",
        "Principal.title",
        "principal.title\n",
        "principal.\x00title",
        "\x1b[31mred\x1b[0m",
        "overrides.es.body.2",  # a part key is no field name: see split_override_path
        "x" * 100_000 + "[",
    ],
)
def test_hostile_text_is_no_path(text: str) -> None:
    assert FieldPath.parse(text) is None


@given(st.text(max_size=200))
def test_any_text_either_is_no_path_or_reads_back_to_itself(text: str) -> None:
    parsed = FieldPath.parse(text)
    assert parsed is None or parsed.format() == text


@given(
    st.lists(
        st.tuples(
            st.from_regex(r"[a-z_]{1,12}", fullmatch=True),
            st.none() | st.integers(min_value=0, max_value=MAX_INDEX),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_any_path_built_reads_back(steps: list[tuple[str, int | None]]) -> None:
    built = FieldPath(tuple(Step(name, index) for name, index in steps))
    assert FieldPath.parse(built.format()) == built
