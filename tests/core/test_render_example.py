"""Golden tests: the bundled example renders to the seed readout, in correct Spanish.

Paragraphs as the seed sets them: the lead runs on with the first point in both
languages, and the Spanish joins the last two points into one paragraph.
"""

from __future__ import annotations

from editor_app.core.model import Readout
from editor_app.core.render import Renderer

SPANISH = """\
Llamada del subsecretario Landau con el canciller mexicano De la Fuente

26 de marzo de 2025

Las declaraciones a continuación deben atribuirse a la portavoz Tammy Bruce:

Oaxaca de Juárez, 26 de marzo. Hoy, el subsecretario de Estado, Christopher Landau, \
conversó con el secretario de Relaciones Exteriores de México, Juan Ramón de la Fuente, \
para reafirmar el compromiso de Estados Unidos con la construcción de una nueva era de \
cooperación en seguridad entre Estados Unidos y México. Esta fue la primera llamada \
oficial del subsecretario Landau tras su toma de posesión el 25 de marzo.

Hablaron sobre los esfuerzos conjuntos que se están realizando para asegurar nuestras \
fronteras, desmantelar cárteles y detener el flujo de drogas ilícitas, armas de fuego y \
migrantes indocumentados. El canciller De la Fuente enfatizó la determinación de México de \
abordar las preocupaciones de seguridad y cooperar con Estados Unidos. También abordaron la \
necesidad de fortalecer los lazos comerciales y las oportunidades de inversión. El \
subsecretario Landau, quien se desempeñó como embajador de Estados Unidos en México de \
2019 a 2021, habló sobre la relación especial entre Estados Unidos y México y el fuerte \
impacto que tiene en la vida de las personas en ambos lados de la frontera. El \
subsecretario expresó su reconocimiento por los mayores esfuerzos de México para frenar la \
inmigración ilegal, al recibir más vuelos de deportación y repatriar a un mayor número de \
inmigrantes indocumentados a sus países de origen.

Esta traducción se ofrece como cortesía y solo el texto original en inglés debe \
considerarse fuente autorizada.
"""

ENGLISH = """\
Deputy Secretary Landau’s Call with Mexican Foreign Secretary de la Fuente

March 26, 2025

The below is attributable to Spokesperson Tammy Bruce:

Today Deputy Secretary of State Christopher Landau spoke with Mexican Foreign Secretary \
Juan Ramón de la Fuente to affirm the U.S. commitment to building a new era of U.S.-Mexico \
security cooperation. This was Deputy Secretary Landau’s first official call following \
his swearing in on March 25.

They discussed ongoing joint efforts to secure our borders, dismantle cartels, and stop \
the flow of illicit drugs, firearms, and illegal aliens. Foreign Secretary de la Fuente \
emphasized Mexico’s determination to address security concerns and cooperate with the \
United States. They also discussed the need for strengthening commercial ties and \
investment opportunities.

Deputy Secretary Landau, who served as the United States Ambassador to Mexico from 2019 \
to 2021, spoke about the special U.S.-Mexico relationship and the strong impact it has on \
the lives of those on both sides of the border. The Deputy Secretary expressed \
appreciation for Mexico’s increased efforts to stop illegal immigration by receiving \
more deportation flights and repatriating a larger number of illegal immigrants to their \
home countries.
"""


def test_spanish_draft_is_the_seed_in_correct_spanish(example: Readout, renderer: Renderer) -> None:
    assert renderer.render(example, "es").as_text() == SPANISH


def test_english_draft_is_the_seed(example: Readout, renderer: Renderer) -> None:
    assert renderer.render(example, "en").as_text() == ENGLISH


def test_parts_are_structured_not_one_string(example: Readout, renderer: Renderer) -> None:
    draft = renderer.render(example, "en")
    assert [p.key for p in draft] == [
        "title",
        "release_date",
        "attribution",
        "lead",
        "body.1",
        "body.2",
        "body.3",
    ]
    es = renderer.render(example, "es")
    assert es.dateline == "Oaxaca de Juárez, 26 de marzo."
    assert es.lead.startswith("Hoy, el subsecretario de Estado, Christopher Landau, conversó")
    assert es.closing.startswith("Esta traducción")
    assert es.locale == "es_MX" and draft.locale == "en_US"


def test_seed_mistake_is_not_reproduced(example: Readout, renderer: Renderer) -> None:
    # The seed's Spanish date "Marzo 26, 2025" is the English order with a capital.
    text = renderer.render(example, "es").as_text()
    assert "Marzo" not in text
    assert "26 de marzo de 2025" in text
