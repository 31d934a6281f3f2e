"""Keep the Spanish UI translation in step: extract strings, fill known ones, compile.

    python tools/translations.py   # lupdate → fill i18n/readout_es.ts from ES below → lrelease

The .ts file is the source of truth for translators (open it in pyside6-linguist); the
table below fills the entries this project ships, and the compiled .qm lands in
resources/i18n/ where the app loads it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "i18n" / "readout_es.ts"
QM = ROOT / "resources" / "i18n" / "readout_es.qm"
BIN = Path(sys.executable).parent

ES: dict[str, str] = {
    "&Import cleared copy…": "&Importar copia aprobada…",
    "Import cleared copy": "Importar copia aprobada",
    "Word documents (*.docx);;All files (*)": "Documentos de Word (*.docx);;Todos los archivos (*)",
    "The drafts must render before a cleared copy can be imported.": "Los borradores deben generarse antes de importar una copia aprobada.",
    "{name}: no changes and no comments.": "{name}: sin cambios ni comentarios.",
    "Took the changes from {name}: one Undo takes them back.": "Se tomaron los cambios de {name}: un Deshacer los revierte.",
    "Review the cleared copy: {name}": "Revisar la copia aprobada: {name}",
    "Change": "Cambio",
    "By": "Autor",
    "Changed parts and their changes": "Partes cambiadas y sus cambios",
    "The part as a redline": "La parte con los cambios marcados",
    "The same part in the other language": "La misma parte en el otro idioma",
    "Proposed clearance statuses": "Estados de autorización propuestos",
    "Clearance statuses the comments propose:": "Estados de autorización que proponen los comentarios:",
    "Take &all": "Tomar &todo",
    "&Leave all": "&Dejar todo",
    "&Take checked": "&Tomar lo marcado",
    "%n problem(s) to fix": "%n problema(s) por resolver",
    "&Edit": "&Edición",
    "&Export…": "&Exportar…",
    "&File": "&Archivo",
    "&Kind": "&Tipo",
    "&New": "&Nuevo",
    "&Open…": "&Abrir…",
    "&Quit": "&Salir",
    "&Redo": "&Rehacer",
    "&Save": "&Guardar",
    "&Undo": "&Deshacer",
    "<b>Checks ({count})</b>": "<b>Comprobaciones ({count})</b>",
    "<b>Checks</b>": "<b>Comprobaciones</b>",
    "<b>Checks</b> · nothing to report": "<b>Comprobaciones</b> · nada que señalar",
    "<b>Counterparts</b>": "<b>Interlocutores</b>",
    "<b>English</b>": "<b>English</b>",
    "<b>Español</b>": "<b>Español</b>",
    "<b>Principal</b>": "<b>Funcionario principal</b>",
    "<b>Problems ({count})</b>": "<b>Problemas ({count})</b>",
    "<b>Problems</b>": "<b>Problemas</b>",
    "<b>Problems</b> · none": "<b>Problemas</b> · ninguno",
    "(no suggestions)": "(sin sugerencias)",
    "Add counterpart": "Añadir interlocutor",
    "Add office": "Añadir oficina",
    "Add talking point": "Añadir punto",
    "Add to dictionary": "Añadir al diccionario",
    "Approved by": "Aprobado por",
    "Attribution": "Atribución",
    "Attribution: gender": "Atribución: género",
    "Bilateral call": "Llamada bilateral",
    "Bilateral meeting": "Reunión bilateral",
    "Browse…": "Examinar…",
    "Checks": "Comprobaciones",
    "Choose a country": "Elija un país",
    "Clearance sheet": "Hoja de autorización",
    "Cleared": "Autorizado",
    "Cleared with edits": "Autorizado con cambios",
    "Cleaned the pasted text. {changes}": "Se limpió el texto pegado. {changes}",
    "Clearing offices": "Oficinas que autorizan",
    "“{word}” is not typed in the form (it comes from the glossary or a template): "
    "edit the part by hand to change it.": (
        "«{word}» no está escrito en el formulario (viene del glosario o de una plantilla): "
        "edite la parte a mano para cambiarlo."
    ),
    "Form state": "Estado del formulario",
    "Choose where to export: the export file is empty.": (
        "Elija dónde exportar: el archivo de exportación está vacío."
    ),
    "Give the export file's full folder (or use Browse…).": (
        "Indique la carpeta completa del archivo de exportación (o use Examinar…)."
    ),
    "Replace files?": "¿Reemplazar los archivos?",
    "These files exist and would be replaced:\n{names}": (
        "Estos archivos ya existen y se reemplazarían:\n{names}"
    ),
    "{name} (example)": "{name} (ejemplo)",
    "Autosave failed: {error}": "No se pudo guardar la copia automática: {error}",
    "Personal dictionary not saved": "Diccionario personal sin guardar",
    "“{word}” is accepted until Readout Editor closes, but your personal dictionary could "
    "not be saved: {error}": (
        "«{word}» se acepta hasta que se cierre Readout Editor, pero no se pudo guardar su "
        "diccionario personal: {error}"
    ),
    "Editing “{part}” by hand: Enter keeps it, Esc cancels.": (
        "Editando «{part}» a mano: Intro lo conserva, Esc lo descarta."
    ),
    "Enter keeps your text · Shift+Enter starts a new line · Esc cancels": (
        "Intro conserva el texto · Mayús+Intro abre una línea nueva · Esc descarta"
    ),
    "Copy &Spanish draft": "Copiar borrador en &español",
    "Copy E&nglish draft": "Copiar borrador en in&glés",  # "&Idioma" has the I
    "Could not export. {message}": "No se pudo exportar. {message}",
    "Could not open the readout. {error}": "No se pudo abrir el comunicado. {error}",
    "Could not save the readout. {error}": "No se pudo guardar el comunicado. {error}",
    "Country (type to search)": "País (escriba para buscar)",
    "Custom title of office": "Cargo personalizado",
    "Custom title…": "Cargo personalizado…",
    "Custom: {title}": "Personalizado: {title}",
    "Date": "Fecha",
    "Dateline city": "Ciudad de la data",
    "Discard": "Descartar",
    "Dismiss": "Cerrar",
    "Double-click to go to the field": "Doble clic para ir al campo",
    "Draft copied": "Borrador copiado",
    "Drafted by": "Redactado por",
    "Edit by hand: {part}": "Editar a mano: {part}",
    "El punto en español": "El punto en español",
    "English": "Inglés",
    "English (empty: none)": "Inglés (vacío: ninguna)",
    "English first": "Inglés primero",
    "English variant: dates and lists follow it": "Variante del inglés: fechas y listas la siguen",
    "English, full": "Inglés, completo",
    "English, short": "Inglés, corto",
    "Errors": "Errores",
    "Español": "Español",
    "Español (vacío: ninguna)": "Español (vacío: ninguna)",
    "Español, completo": "Español, completo",
    "Español, corto": "Español, corto",
    "Event / release": "Evento / publicación",
    "Export": "Exportar",
    "Export as": "Exportar como",
    "Export file": "Archivo exportado",
    "Export finished": "Exportación terminada",
    "Export for clearance": "Exportar para autorización",
    "Exported {path}": "Exportado {path}",
    "Exporting…": "Exportando…",
    "Feminine": "Femenino",
    "File": "Archivo",
    "File changed on disk": "El archivo cambió en el disco",
    "Finding": "Hallazgo",
    "Fix the problems listed before exporting.": "Resuelva los problemas señalados antes de exportar.",
    "For a title the glossary lacks. Spanish titles of office are lowercase; institutions keep capitals.": "Para un cargo que falta en el glosario. Los cargos en español van en minúscula; las instituciones conservan la mayúscula.",
    "Format": "Formato",
    "Gender not set": "Género sin indicar",
    "Given names (type to search the roster)": "Nombre (escriba para buscar en la lista)",
    "Grammatical gender of the title (Spanish agreement)": "Género gramatical del cargo (concordancia en español)",
    "Group (multilateral), e.g. G7 foreign ministers": "Grupo (multilateral), p. ej. G7 foreign ministers",
    "Grupo, p. ej. cancilleres del G7": "Grupo, p. ej. cancilleres del G7",
    "Header marking": "Marca del encabezado",
    "How the attribution line is worded": "Cómo se redacta la línea de atribución",
    "Ignore": "Ignorar",
    "Informed": "Informado",
    "Layout": "Disposición",
    "Interface &language": "&Idioma de la interfaz",
    "As the system": "Como el sistema",
    "The interface language changes when Readout Editor next starts.": "El idioma de la interfaz cambia la próxima vez que se inicie Readout Editor.",
    "Locales": "Variantes",
    "Masculine": "Masculino",
    "Move down": "Bajar",
    "Move this point down": "Bajar este punto",
    "Move this point up": "Subir este punto",
    "Move up": "Subir",
    "Multilateral call": "Llamada multilateral",
    "Multilateral meeting": "Reunión multilateral",
    "Name": "Nombre",
    "Name (type to search the roster)": "Nombre (escriba para buscar en la lista)",
    "New readout": "Comunicado nuevo",
    "No attribution line": "Sin línea de atribución",
    "No recent files": "No hay archivos recientes",
    "Notes": "Notas",
    "Office": "Oficina",
    "Officials": "Funcionarios",
    "One file per language": "Un archivo por idioma",
    "One language after the other": "Un idioma tras otro",
    "Open &Recent": "Abrir &reciente",
    "Open file": "Abrir archivo",
    "Open folder": "Abrir carpeta",
    "Open readout": "Abrir comunicado",
    "Opened {name}: {note}": "Abierto {name}: {note}",
    "Order": "Orden",
    "Overwrite": "Sobrescribir",
    "Pending": "Pendiente",
    "Phone": "Teléfono",
    # Not shown: the code of this translation's language (editor_app.gui.i18n).
    "READOUT_UI_LANGUAGE": "es",
    "Purpose (a verb phrase: “affirm …” / “reafirmar …”)": "Propósito (una frase verbal: “affirm …” / “reafirmar …”)",
    "Readout Editor": "Readout Editor",
    "&Help": "Ay&uda",
    "&Keyboard shortcuts": "&Atajos de teclado",
    "&About Readout Editor": "Acerca &de Readout Editor",
    "Open &log folder": "Abrir la carpeta de &registros",
    "Keyboard shortcuts": "Atajos de teclado",
    "Menu": "Menú",
    "Command": "Comando",
    "Shortcut": "Atajo",
    "About Readout Editor": "Acerca de Readout Editor",
    "Readout Editor {version}": "Readout Editor {version}",
    "(version unknown)": "(versión desconocida)",
    "Matched Spanish and English readout drafts from one form.": "Borradores de comunicados en español e inglés a la par, desde un solo formulario.",
    "Free software under the {licence} licence.": "Software libre bajo la licencia {licence}.",
    "Could not create the log folder {folder}: {error}": "No se pudo crear la carpeta de registros {folder}: {error}",
    "No application could open the log folder {folder}.": "Ninguna aplicación pudo abrir la carpeta de registros {folder}.",
    "Readout Editor closed without saving these readouts. Restore them, or discard what you no longer need.": "Readout Editor se cerró sin guardar estos comunicados. Restáurelos o descarte lo que ya no necesite.",
    "Readouts (*{suffix});;All files (*)": "Comunicados (*{suffix});;Todos los archivos (*)",
    "Ready": "Listo",
    "Recover unsaved work": "Recuperar trabajo sin guardar",
    "Recoverable readouts": "Comunicados recuperables",
    "Recovered readout": "Comunicado recuperado",
    "Remove office": "Quitar oficina",
    "Remove this counterpart": "Quitar este interlocutor",
    "Remove this point": "Quitar este punto",
    "Rendering…": "Generando…",
    "Requested by": "Solicitada por",
    "Restore": "Restaurar",
    "Role (type to search)": "Cargo (escriba para buscar)",
    "Save &As…": "Guardar &como…",
    "Save As…": "Guardar como…",
    "Save as": "Guardar como",
    "Save readout": "Guardar comunicado",
    "Saved {path}": "Guardado {path}",
    "Side by side (two columns)": "En paralelo (dos columnas)",
    "Spanish first": "Español primero",
    "Spanish variant: dates and lists follow it": "Variante del español: fechas y listas la siguen",
    "Spelling dictionaries": "Diccionarios de ortografía",
    "Spelling: not checked": "Ortografía: sin revisar",
    "Spelling: {tags}": "Ortografía: {tags}",
    "Status": "Estado",
    "Surname": "Apellido",
    "Talking points (English | Español)": "Puntos (English | Español)",
    "The counterpart did": "El interlocutor",
    "The drafts could not be rendered: {error}": "No se pudieron generar los borradores: {error}",
    "The event": "El evento",
    "The point in English": "El punto en inglés",
    "The roster could not be read: {problem}": "No se pudo leer la lista de funcionarios: {problem}",
    "This readout has changes that are not saved. Save them first?": "Este comunicado tiene cambios sin guardar. ¿Guardarlos primero?",
    "Title of office (type to search)": "Cargo (escriba para buscar)",
    "Unsaved changes": "Cambios sin guardar",
    "Untitled": "Sin título",
    "Warnings": "Advertencias",
    "We did": "Nosotros",
    "When the call or meeting took place": "Cuándo tuvo lugar la llamada o reunión",
    "When the readout is published": "Cuándo se publica el comunicado",
    "Where": "Dónde",
    "{name} — autosaved {when}": "{name} — guardado automáticamente {when}",
    "{name} — unreadable: {error}": "{name} — ilegible: {error}",
    "“As stated by …”": "“Según lo declarado por …”",
    "“The below is attributable to …”": "“Las declaraciones a continuación deben atribuirse a …”",
    "“The following is attributable to …”": "“Lo siguiente debe atribuirse a …”",
    # The lead's shape (issue 15).
    "Not said": "No consta",
    "The lead": "La entradilla",
    "&Verb": "&Verbo",
    "How the lead says they met or spoke": "Cómo dice la entradilla que se reunieron o hablaron",
    "By phone": "Por teléfono",
    "Time word": "Palabra de tiempo",
    "House style: where the lead says when": "Estilo de la casa: dónde dice la entradilla cuándo",
    "Their request": "Su petición",
    "House style: how the lead says the other side asked for it": "Estilo de la casa: cómo dice la entradilla que lo pidió la otra parte",
    "Place": "Lugar",
    "English, e.g. in Washington, D.C.": "Inglés, p. ej. in Washington, D.C.",
    "Español, p. ej. en Washington D.C.": "Español, p. ej. en Washington D.C.",
    "Event": "Evento",
    "How the meeting stands to the event": "Cómo se sitúa la reunión respecto del evento",
    "English, e.g. the United Nations General Assembly": "Inglés, p. ej. the United Nations General Assembly",
    "Español, p. ej. la Asamblea General de las Naciones Unidas": "Español, p. ej. la Asamblea General de las Naciones Unidas",
    "Purpose as": "Propósito como",
    "How the purpose joins the lead": "Cómo se une el propósito a la entradilla",
    "Quotation marks": "Comillas",
    "House style: typographic or straight apostrophes and quotation marks": "Estilo de la casa: apóstrofos y comillas tipográficos o rectos",
    "New paragraph": "Párrafo nuevo",
    "Starts a new paragraph in the English draft (unticked: runs on after the part above)": "Abre un párrafo nuevo en la versión inglesa (sin marcar: sigue tras la parte anterior)",
    "Starts a new paragraph in the Spanish draft (unticked: runs on after the part above)": "Abre un párrafo nuevo en la versión española (sin marcar: sigue tras la parte anterior)",
    "First: “Today Secretary X spoke with …”": "Al principio: «Hoy, el secretario X conversó con…»",
    "After the verb: “spoke today with …”": "Tras el verbo: «conversó hoy con…»",
    "After the counterpart: “spoke with Y today …”": "Tras el interlocutor: «spoke with Y today…» (en español, tras el verbo)",
    "No time word": "Sin palabra de tiempo",
    "“received a call from …”": "«recibió una llamada de…»",
    "The country: “at Ukraine’s request”": "El país: «a petición de Ucrania»",
    "The official: “at Foreign Minister Sybiha’s request”": "El funcionario: «a petición del canciller Sybiha»",
    "The surname: “at Sybiha’s request”": "El apellido: «a petición de Sybiha»",
    "“to …” / “para …”": "«para…» / «to…»",
    "A second verb: “and congratulated …”": "Un segundo verbo: «y felicitó…»",
    "on the sidelines of": "al margen de («on the sidelines of»)",
    "on the margins of": "al margen de («on the margins of»)",
    "during": "en el marco de («during»)",
    "Typographic: Landau’s “…”": "Tipográficos: Landau’s “…”",
    'Straight: Landau\'s "…"': 'Rectos: Landau\'s "…"',
}


def update() -> None:
    """Extract the UI strings into the .ts file (existing translations are kept)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "editor_app" / "gui").glob("*.py"))
    sources += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").glob("*.ui"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", str(TS)],
        cwd=ROOT,
        check=True,
    )


def fill() -> list[str]:
    """Fill untranslated entries from ES; return the sources still without a translation."""
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            continue
        if source in ES:
            if message.get("numerus") == "yes":
                for form in list(translation):
                    translation.remove(form)
                for _ in range(2):
                    ET.SubElement(translation, "numerusform").text = ES[source]
            else:
                translation.text = ES[source]
            translation.attrib.pop("type", None)
        elif (
            translation.get("type") == "unfinished"
            and source.strip("▲▼✕0123456789+ ")
            and not source.startswith("Ctrl")
        ):
            missing.append(source)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def compile_qm() -> None:
    """Compile the .ts into the .qm the app loads."""
    QM.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True)


if __name__ == "__main__":
    update()
    for source in fill():
        print(f"untranslated: {source!r}")
    compile_qm()
