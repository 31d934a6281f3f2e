"""Every language rule of DESIGN.md, from data: titles, gender, contractions, particles."""

from __future__ import annotations

from editor_app.core.glossary import load_glossary
from editor_app.core.language import (
    References,
    capitalize_first,
    possessive,
    surname_alone,
    with_preposition,
)
from editor_app.core.model import (
    Gender,
    Kind,
    Official,
    Phrasing,
    PossessiveS,
    Readout,
    RequestedBy,
    Settings,
    TitleText,
)
from editor_app.core.placeholders import expand_placeholders
from editor_app.core.render import Renderer


def feminine(readout: Readout) -> Readout:
    readout.principal = Official("Alison", "Hooker", Gender.FEMININE, "deputy_secretary_of_state")
    readout.counterparts = [
        Official("Alicia", "Bárcena", Gender.FEMININE, "foreign_minister", country="MX")
    ]
    readout.attribution.gender = Gender.MASCULINE
    readout.attribution.name = "Tommy Pigott"
    return readout


def test_feminine_officials_agree_in_title_and_article(
    example: Readout, renderer: Renderer
) -> None:
    es = renderer.render(feminine(example), "es")
    assert es.title == "Llamada de la subsecretaria Hooker con la canciller mexicana Bárcena"
    assert es.lead.startswith(
        "Hoy, la subsecretaria de Estado, Alison Hooker, conversó con la secretaria de "
        "Relaciones Exteriores de México, Alicia Bárcena, para reafirmar"
    )
    # "de {principal}" in a point: "de la subsecretaria", no contraction for "la".
    assert es.body[0].startswith("Esta fue la primera llamada oficial de la subsecretaria Hooker")
    # A masculine spokesperson: "a + el portavoz" contracts to "al portavoz".
    assert es.attribution == (
        "Las declaraciones a continuación deben atribuirse al portavoz Tommy Pigott:"
    )
    en = renderer.render(example, "en")
    assert en.title == "Deputy Secretary Hooker’s Call with Mexican Foreign Secretary Bárcena"


def test_spanish_titles_are_lowercase_institutions_keep_capitals(
    example: Readout, renderer: Renderer
) -> None:
    es = renderer.render(example, "es")
    assert "el subsecretario de Estado" in es.lead
    assert "secretario de Relaciones Exteriores de México" in es.lead
    assert "Subsecretario" not in es.as_text().replace("El subsecretario", "")


def test_particles_capitalised_alone_in_spanish_only() -> None:
    assert surname_alone("de la Fuente", "es") == "De la Fuente"
    assert surname_alone("de la Fuente", "en") == "de la Fuente"
    assert surname_alone("van der Berg", "es") == "Van der Berg"


def test_apposition_commas_in_spanish_none_in_english(example: Readout, renderer: Renderer) -> None:
    assert (
        "el subsecretario de Estado, Christopher Landau, conversó"
        in renderer.render(example, "es").lead
    )
    assert (
        "Deputy Secretary of State Christopher Landau spoke" in renderer.render(example, "en").lead
    )


def test_contractions_only_for_the_lowercase_article() -> None:
    assert with_preposition("de", "el subsecretario Landau") == "del subsecretario Landau"
    assert with_preposition("a", "el portavoz") == "al portavoz"
    assert with_preposition("de", "la canciller") == "de la canciller"
    assert with_preposition("de", "El Salvador") == "de El Salvador"
    assert with_preposition("a", "El Salvador") == "a El Salvador"


def test_country_with_article_contracts(example: Readout, renderer: Renderer) -> None:
    example.counterparts = [
        Official("David", "Lammy", Gender.MASCULINE, "foreign_minister", country="GB")
    ]
    es = renderer.render(example, "es")
    # The UK Foreign Secretary is a "ministro" in Spanish (Fundéu, EFE): "secretario de
    # Estado" is a junior rank in Spain and reads as the U.S. Secretary's own title.
    assert "el ministro de Asuntos Exteriores del Reino Unido, David Lammy," in es.lead
    # The headline's demonym follows the head of the title, as the press writes it.
    assert es.title.endswith("con el ministro británico de Exteriores Lammy")
    assert renderer.render(example, "en").title.endswith("with British Foreign Secretary Lammy")


def test_english_possessive_house_setting() -> None:
    assert possessive("Secretary Ross", Settings()) == "Secretary Ross's"
    assert (
        possessive("Secretary Ross", Settings(possessive_s=PossessiveS.APOSTROPHE))
        == "Secretary Ross'"
    )
    assert possessive("Secretary Landau", Settings(apostrophe="’")) == "Secretary Landau’s"


def test_two_counterparts_in_both_languages(example: Readout, renderer: Renderer) -> None:
    example.counterparts.append(
        Official("Rosa Icela", "Rodríguez", Gender.FEMININE, "interior_minister", country="MX")
    )
    es = renderer.render(example, "es")
    assert (
        "conversó con el secretario de Relaciones Exteriores de México, Juan Ramón de la "
        "Fuente, y la secretaria de Gobernación de México, Rosa Icela Rodríguez, para"
    ) in es.lead
    en = renderer.render(example, "en")
    assert (
        "spoke with Mexican Foreign Secretary Juan Ramón de la Fuente and Mexican Secretary "
        "of the Interior Rosa Icela Rodríguez to affirm"
    ) in en.lead


def test_first_and_later_references() -> None:
    refs = References(load_glossary(), "es", "es_MX", issuer="US")
    landau = Official("Christopher", "Landau", Gender.MASCULINE, "deputy_secretary_of_state")
    person = refs.person(landau)
    assert person.first == "el subsecretario de Estado, Christopher Landau"
    assert person.later == "el subsecretario Landau"
    assert person.title_ref == "el subsecretario"
    en = References(load_glossary(), "en", "en_US", issuer="US").person(landau)
    assert (en.first, en.later, en.title_ref) == (
        "Deputy Secretary of State Christopher Landau",
        "Deputy Secretary Landau",
        "the Deputy Secretary",
    )


def test_placeholders_contract_and_capitalise() -> None:
    refs = References(load_glossary(), "es", "es_MX", issuer="US")
    people = {
        "principal": refs.person(
            Official("Christopher", "Landau", Gender.MASCULINE, "deputy_secretary_of_state")
        )
    }
    text = (
        "Habló {principal}. {principal:title} agradeció. La visita de {principal} y a {principal}."
    )
    assert expand_placeholders(text, people, "es") == (
        "Habló el subsecretario Landau. El subsecretario agradeció. La visita del "
        "subsecretario Landau y al subsecretario Landau."
    )
    assert expand_placeholders("{nobody} stays", people, "es") == "{nobody} stays"


def test_custom_title_in_both_languages(example: Readout, renderer: Renderer) -> None:
    example.counterparts[0].title = ""
    example.counterparts[0].custom_title = TitleText(
        en_full="Undersecretary for North America",
        en_short="Undersecretary",
        es_full="subsecretario para América del Norte",
        es_short="subsecretario",
    )
    assert "con el subsecretario mexicano De la Fuente" in renderer.render(example, "es").title
    assert (
        "Mexican Undersecretary for North America Juan Ramón de la Fuente"
        in renderer.render(example, "en").lead
    )


def test_requested_by_counterpart(example: Readout, renderer: Renderer) -> None:
    example.requested_by = RequestedBy.COUNTERPART
    assert (
        "recibió una llamada del secretario de Relaciones Exteriores"
        in renderer.render(example, "es").lead
    )
    assert "received a call from Mexican Foreign Secretary" in renderer.render(example, "en").lead


def test_attribution_phrasings(example: Readout, renderer: Renderer) -> None:
    example.attribution.phrasing = Phrasing.FOLLOWING
    assert renderer.render(example, "en").attribution == (
        "The following is attributable to Spokesperson Tammy Bruce:"
    )
    assert renderer.render(example, "es").attribution == (
        "Lo siguiente debe atribuirse a la portavoz Tammy Bruce:"
    )
    example.attribution.phrasing = Phrasing.AS_STATED
    assert renderer.render(example, "en").attribution == "As stated by Spokesperson Tammy Bruce:"
    assert renderer.render(example, "es").attribution == (
        "Según lo declarado por la portavoz Tammy Bruce:"
    )
    example.attribution.phrasing = Phrasing.NONE
    assert renderer.render(example, "en").get("attribution") is None


def test_multilateral_call(example: Readout, renderer: Renderer) -> None:
    example.kind = Kind.MULTILATERAL_CALL
    example.principal = Official("Marco", "Rubio", Gender.MASCULINE, "secretary_of_state")
    example.counterparts = []
    example.group.en = "G7 foreign ministers"
    example.group.es = "los ministros de Relaciones Exteriores del G7"
    example.purpose.en = "discuss support for Ukraine"
    example.purpose.es = "conversar sobre el apoyo a Ucrania"
    en = renderer.render(example, "en")
    es = renderer.render(example, "es")
    assert en.title == "Secretary Rubio’s Call with G7 Foreign Ministers"
    assert en.lead == (
        "Today Secretary of State Marco Rubio participated in a call with G7 foreign "
        "ministers to discuss support for Ukraine."
    )
    assert (
        es.title == "Llamada del secretario Rubio con los ministros de Relaciones Exteriores del G7"
    )
    assert es.lead == (
        "Hoy, el secretario de Estado, Marco Rubio, participó en una llamada con los "
        "ministros de Relaciones Exteriores del G7 para conversar sobre el apoyo a Ucrania."
    )


def test_multilateral_meeting_names_counterparts_without_group(
    example: Readout, renderer: Renderer
) -> None:
    example.kind = Kind.MULTILATERAL_MEETING
    example.counterparts.append(
        Official("Mélanie", "Joly", Gender.FEMININE, "foreign_minister", country="CA")
    )
    en = renderer.render(example, "en")
    assert en.title == (
        "Deputy Secretary Landau’s Meeting with Mexican Foreign Secretary de la Fuente and "
        "Canadian Foreign Minister Joly"
    )
    es = renderer.render(example, "es")
    assert "se reunió con el secretario de Relaciones Exteriores de México" in es.lead
    assert "y la ministra de Asuntos Exteriores de Canadá, Mélanie Joly, para" in es.lead


def test_bilateral_meeting(example: Readout, renderer: Renderer) -> None:
    example.kind = Kind.BILATERAL_MEETING
    assert renderer.render(example, "es").title.startswith("Reunión del subsecretario Landau")
    assert "met with Mexican Foreign Secretary" in renderer.render(example, "en").lead


def test_capitalize_first_skips_punctuation() -> None:
    assert capitalize_first("¿el subsecretario?") == "¿El subsecretario?"
    assert capitalize_first("") == ""
