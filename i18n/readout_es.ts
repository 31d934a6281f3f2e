<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="vanished">&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;New readout…</source>
        <translation>&amp;Nuevo comunicado…</translation>
    </message>
    <message>
        <source>New &amp;blank</source>
        <translation>Nuevo en &amp;blanco</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Import cleared copy…</source>
        <translation>&amp;Importar copia aprobada…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Next &amp;pane</source>
        <translation>&amp;Panel siguiente</translation>
    </message>
    <message>
        <source>Pre&amp;vious pane</source>
        <translation>Panel an&amp;terior</translation>
    </message>
    <message>
        <source>Copy &amp;Spanish draft</source>
        <translation>Copiar borrador en &amp;español</translation>
    </message>
    <message>
        <source>Copy E&amp;nglish draft</source>
        <translation>Copiar borrador en in&amp;glés</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Clearance sheet</source>
        <translation>&amp;Hoja de autorización</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;Placeholders</source>
        <translation>&amp;Marcadores de posición</translation>
    </message>
    <message>
        <source>&amp;House rules</source>
        <translation>Reglas de la &amp;casa</translation>
    </message>
    <message>
        <source>&amp;Tour of the panes</source>
        <translation>Recorrido por los &amp;paneles</translation>
    </message>
    <message>
        <source>&amp;About Readout Editor</source>
        <translation>Acerca &amp;de Readout Editor</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
</context>
<context>
    <name>AutosaveTimer</name>
    <message>
        <source>Autosave failed: {error}</source>
        <translation>No se pudo guardar la copia automática: {error}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>To fill in</source>
        <translation>Por completar</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Ortografía</translation>
    </message>
    <message>
        <source>Double-click to go to the field</source>
        <translation>Doble clic para ir al campo</translation>
    </message>
</context>
<context>
    <name>ClearanceController</name>
    <message>
        <source>Import cleared copy</source>
        <translation>Importar copia aprobada</translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The drafts must render before a cleared copy can be imported.</source>
        <translation>Los borradores deben generarse antes de importar una copia aprobada.</translation>
    </message>
    <message>
        <source>{name}: no changes and no comments.</source>
        <translation>{name}: sin cambios ni comentarios.</translation>
    </message>
    <message>
        <source>Took the changes from {name}: one Undo takes them back.</source>
        <translation>Se tomaron los cambios de {name}: un Deshacer los revierte.</translation>
    </message>
</context>
<context>
    <name>ClearancePanel</name>
    <message>
        <source>Clearing offices</source>
        <translation>Oficinas que autorizan</translation>
    </message>
    <message>
        <source>Proposed statuses</source>
        <translation>Estados propuestos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Header &amp;marking</source>
        <translation>&amp;Marca del encabezado</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>En inglés</translation>
    </message>
    <message>
        <source>In Spanish</source>
        <translation>En español</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Redactado por</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>&amp;Add office</source>
        <translation>&amp;Añadir oficina</translation>
    </message>
    <message>
        <source>&amp;Remove office</source>
        <translation>&amp;Quitar oficina</translation>
    </message>
    <message>
        <source>Proposed by comments</source>
        <translation>Propuestos en comentarios</translation>
    </message>
    <message>
        <source>Statuses that comments in a cleared copy propose. Confirm them to put them on the sheet.</source>
        <translation>Estados que proponen los comentarios de una copia aprobada. Confírmelos para ponerlos en la hoja.</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <source>Nam&amp;e</source>
        <translation>Nom&amp;bre</translation>
    </message>
</context>
<context>
    <name>ClearancePanelController</name>
    <message>
        <source>Clearance sheet</source>
        <translation>Hoja de autorización</translation>
    </message>
</context>
<context>
    <name>CustomTitleDialog</name>
    <message>
        <source>Custom title of office</source>
        <translation>Cargo personalizado</translation>
    </message>
    <message>
        <source>For a title the glossary lacks. Spanish titles of office are lowercase; institutions keep capitals.</source>
        <translation>Para un cargo que falta en el glosario. Los cargos en español van en minúscula; las instituciones conservan la mayúscula.</translation>
    </message>
    <message>
        <source>English, full</source>
        <translation>Inglés, completo</translation>
    </message>
    <message>
        <source>English, short</source>
        <translation>Inglés, corto</translation>
    </message>
    <message>
        <source>Español, completo</source>
        <translation>Español, completo</translation>
    </message>
    <message>
        <source>Español, corto</source>
        <translation>Español, corto</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Recovered readout</source>
        <translation>Comunicado recuperado</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>{name} (example)</source>
        <translation>{name} (ejemplo)</translation>
    </message>
    <message>
        <source>Could not open the readout. {error}</source>
        <translation>No se pudo abrir el comunicado. {error}</translation>
    </message>
    <message>
        <source>Opened {name}: {note}</source>
        <translation>Abierto {name}: {note}</translation>
    </message>
    <message>
        <source>Could not save the readout. {error}</source>
        <translation>No se pudo guardar el comunicado. {error}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
</context>
<context>
    <name>DraftPaneSpelling</name>
    <message>
        <source>“{word}” is not typed in the form (it comes from the glossary or a template): edit the part by hand to change it.</source>
        <translation>«{word}» no está escrito en el formulario (viene del glosario o de una plantilla): edite la parte a mano para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Form state</source>
        <translation type="vanished">Estado del formulario</translation>
    </message>
    <message>
        <source>Spelling dictionaries</source>
        <translation type="vanished">Diccionarios de ortografía</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <source>The roster could not be read: {problem}</source>
        <translation>No se pudo leer la lista de funcionarios: {problem}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="vanished">&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="vanished">&amp;Rehacer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Comprobaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation type="vanished">&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="vanished">Como el sistema</translation>
    </message>
    <message>
        <source>The interface language changes when Readout Editor next starts.</source>
        <translation>El idioma de la interfaz cambia la próxima vez que se inicie Readout Editor.</translation>
    </message>
    <message>
        <source>The drafts could not be rendered: {error}</source>
        <translation>No se pudieron generar los borradores: {error}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks ({count})&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Comprobaciones ({count})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; · nothing to report</source>
        <translation type="vanished">&lt;b&gt;Comprobaciones&lt;/b&gt; · nada que señalar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation type="vanished">
            <numerusform>%n problema por resolver</numerusform>
            <numerusform>%n problemas por resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="vanished">Listo</translation>
    </message>
    <message>
        <source>Edit by hand: {part}</source>
        <translation type="vanished">Editar a mano: {part}</translation>
    </message>
    <message>
        <source>Editing “{part}” by hand: Enter keeps it, Esc cancels.</source>
        <translation type="vanished">Editando «{part}» a mano: Intro lo conserva, Esc lo descarta.</translation>
    </message>
    <message>
        <source>Cleaned the pasted text. {changes}</source>
        <translation>Se limpió el texto pegado. {changes}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>&amp;Export…</source>
        <translation type="vanished">&amp;Exportar…</translation>
    </message>
    <message>
        <source>Copy &amp;Spanish draft</source>
        <translation type="vanished">Copiar borrador en &amp;español</translation>
    </message>
    <message>
        <source>Copy E&amp;nglish draft</source>
        <translation type="vanished">Copiar borrador en in&amp;glés</translation>
    </message>
    <message>
        <source>Draft copied</source>
        <translation>Borrador copiado</translation>
    </message>
    <message>
        <source>Fix the problems listed before exporting.</source>
        <translation>Resuelva los problemas señalados antes de exportar.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exported {path}</source>
        <translation>Exportado {path}</translation>
    </message>
    <message>
        <source>Could not export. {message}</source>
        <translation>No se pudo exportar. {message}</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export for clearance</source>
        <translation>Exportar para autorización</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Side by side (two columns)</source>
        <translation>En paralelo (dos columnas)</translation>
    </message>
    <message>
        <source>One language after the other</source>
        <translation>Un idioma tras otro</translation>
    </message>
    <message>
        <source>One file per language</source>
        <translation>Un archivo por idioma</translation>
    </message>
    <message>
        <source>Spanish first</source>
        <translation>Español primero</translation>
    </message>
    <message>
        <source>English first</source>
        <translation>Inglés primero</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Formato</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Disposición</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Orden de los idiomas</translation>
    </message>
    <message>
        <source>Export &amp;to</source>
        <translation>Exportar &amp;a</translation>
    </message>
    <message>
        <source>Changes since a cleared copy</source>
        <translation>Cambios desde una copia aprobada</translation>
    </message>
    <message>
        <source>&amp;Show as tracked changes what changed since:</source>
        <translation>&amp;Mostrar con control de cambios lo que cambió desde:</translation>
    </message>
    <message>
        <source>Cleared copy</source>
        <translation>Copia aprobada</translation>
    </message>
    <message>
        <source>the cleared copy (.docx) the offices returned</source>
        <translation>la copia aprobada (.docx) que devolvieron las oficinas</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>Edit the &amp;clearance sheet…</source>
        <translation>Editar la &amp;hoja de autorización…</translation>
    </message>
    <message>
        <source>Closes this dialog and opens the clearance panel</source>
        <translation>Cierra este cuadro de diálogo y abre el panel de la hoja de autorización</translation>
    </message>
    <message>
        <source>Marking: {marking}</source>
        <translation>Marca: {marking}</translation>
    </message>
    <message numerus="yes">
        <source>%n clearing office(s), {cleared} cleared</source>
        <translation>
            <numerusform>%n oficina de autorización, {cleared} con autorización</numerusform>
            <numerusform>%n oficinas de autorización, {cleared} con autorización</numerusform>
        </translation>
    </message>
    <message>
        <source>no clearing offices yet</source>
        <translation>aún sin oficinas de autorización</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed status(es) to confirm</source>
        <translation>
            <numerusform>%n estado propuesto por confirmar</numerusform>
            <numerusform>%n estados propuestos por confirmar</numerusform>
        </translation>
    </message>
    <message>
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose where to export: “Export to” is empty.</source>
        <translation>Elija dónde exportar: «Exportar a» está vacío.</translation>
    </message>
    <message>
        <source>Give the full folder of the file to export to (or use Browse…).</source>
        <translation>Indique la carpeta completa del archivo al que exportar (o use Examinar…).</translation>
    </message>
    <message>
        <source>Choose the cleared copy (.docx) to show the changes since.</source>
        <translation>Elija la copia aprobada (.docx) desde la que mostrar los cambios.</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="vanished">Archivo exportado</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="vanished">Examinar…</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="vanished">Disposición</translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="vanished">Orden</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="vanished">Guardar como</translation>
    </message>
    <message>
        <source>Clearance sheet</source>
        <translation>Hoja de autorización</translation>
    </message>
    <message>
        <source>Header marking</source>
        <translation type="vanished">Marca del encabezado</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation type="vanished">Redactado por</translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="vanished">Oficina</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="vanished">Teléfono</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Fecha</translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="vanished">Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">Estado</translation>
    </message>
    <message>
        <source>Clearing offices</source>
        <translation type="vanished">Oficinas que autorizan</translation>
    </message>
    <message>
        <source>Add office</source>
        <translation type="vanished">Añadir oficina</translation>
    </message>
    <message>
        <source>Remove office</source>
        <translation type="vanished">Quitar oficina</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation type="vanished">Aprobado por</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation type="vanished">Autorizado</translation>
    </message>
    <message>
        <source>Cleared with edits</source>
        <translation type="vanished">Autorizado con cambios</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation type="vanished">Informado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="vanished">Pendiente</translation>
    </message>
    <message>
        <source>Export as</source>
        <translation type="vanished">Exportar como</translation>
    </message>
    <message>
        <source>Choose where to export: the export file is empty.</source>
        <translation type="vanished">Elija dónde exportar: el archivo de exportación está vacío.</translation>
    </message>
    <message>
        <source>Give the export file&apos;s full folder (or use Browse…).</source>
        <translation type="vanished">Indique la carpeta completa del archivo de exportación (o use Examinar…).</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>{path}: export failed: {error}</source>
        <translation>{path}: la exportación falló: {error}</translation>
    </message>
</context>
<context>
    <name>HandEditController</name>
    <message>
        <source>Edit by hand: {part}</source>
        <translation>Editar a mano: {part}</translation>
    </message>
    <message>
        <source>Editing “{part}” by hand: Enter keeps it, Esc cancels.</source>
        <translation>Editando «{part}» a mano: Intro lo conserva, Esc lo descarta.</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>About Readout Editor</source>
        <translation>Acerca de Readout Editor</translation>
    </message>
    <message>
        <source>Readout Editor {version}</source>
        <translation>Readout Editor {version}</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(versión desconocida)</translation>
    </message>
    <message>
        <source>Matched Spanish and English readout drafts from one form.</source>
        <translation>Borradores de comunicados en español e inglés a la par, desde un solo formulario.</translation>
    </message>
    <message>
        <source>Free software under the {licence} licence.</source>
        <translation>Software libre bajo la licencia {licence}.</translation>
    </message>
    <message>
        <source>Bundled data and their licences (texts in the package&apos;s resources):</source>
        <translation>Datos incluidos y sus licencias (los textos están en los recursos del paquete):</translation>
    </message>
    <message>
        <source>Could not create the log folder {folder}: {error}</source>
        <translation>No se pudo crear la carpeta de registros {folder}: {error}</translation>
    </message>
    <message>
        <source>No application could open the log folder {folder}.</source>
        <translation>Ninguna aplicación pudo abrir la carpeta de registros {folder}.</translation>
    </message>
</context>
<context>
    <name>HouseRulesDialog</name>
    <message>
        <source>House rules</source>
        <translation>Reglas de la casa</translation>
    </message>
    <message>
        <source>What it looks for</source>
        <translation>Qué busca</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Check id</source>
        <translation>Identificador</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comprobaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Form state</source>
        <translation>Estado del formulario</translation>
    </message>
    <message>
        <source>Spelling dictionaries</source>
        <translation>Diccionarios de ortografía</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks ({count})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comprobaciones ({count})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checks&lt;/b&gt; · nothing to report</source>
        <translation type="vanished">&lt;b&gt;Comprobaciones&lt;/b&gt; · nada que señalar</translation>
    </message>
    <message>
        <source>Double-click to go to the field</source>
        <translation type="vanished">Doble clic para ir al campo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems ({count})&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Problemas ({count})&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt; · none</source>
        <translation type="vanished">&lt;b&gt;Problemas&lt;/b&gt; · ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problema por resolver</numerusform>
            <numerusform>%n problemas por resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>This readout has changes that are not saved. Save them first?</source>
        <translation>Este comunicado tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Export with gaps?</source>
        <translation>¿Exportar con huecos?</translation>
    </message>
    <message>
        <source>The drafts still have gaps (⟨…⟩) where these fields are missing:
{fields}</source>
        <translation>Los borradores aún tienen huecos (⟨…⟩) donde faltan estos campos:
{fields}</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Exportar de todos modos</translation>
    </message>
    <message>
        <source>Replace files?</source>
        <translation>¿Reemplazar los archivos?</translation>
    </message>
    <message>
        <source>These files exist and would be replaced:
{names}</source>
        <translation>Estos archivos ya existen y se reemplazarían:
{names}</translation>
    </message>
    <message>
        <source>Readouts (*{suffix});;All files (*)</source>
        <translation>Comunicados (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open readout</source>
        <translation>Abrir comunicado</translation>
    </message>
    <message>
        <source>Save readout</source>
        <translation>Guardar comunicado</translation>
    </message>
    <message>
        <source>Readout Editor</source>
        <translation>Readout Editor</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <translation>&lt;b&gt;English&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Spanish&lt;/b&gt;</source>
        <translation>&lt;b&gt;Español&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Español&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Español&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation type="vanished">&lt;b&gt;Problemas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="vanished">&amp;Nuevo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="vanished">Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="vanished">&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="vanished">&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation type="vanished">Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="vanished">&amp;Salir</translation>
    </message>
</context>
<context>
    <name>NewReadoutDialog</name>
    <message>
        <source>New readout</source>
        <translation>Comunicado nuevo</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Empezar desde:</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Empezar desde</translation>
    </message>
    <message>
        <source>Example: {name}</source>
        <translation>Ejemplo: {name}</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>Em&amp;pezar</translation>
    </message>
</context>
<context>
    <name>OfficialEditor</name>
    <message>
        <source>Custom title…</source>
        <translation>Cargo personalizado…</translation>
    </message>
    <message>
        <source>Posted to…</source>
        <translation>Destino…</translation>
    </message>
    <message>
        <source>Later: {name}</source>
        <translation>Después: {name}</translation>
    </message>
    <message>
        <source>Spanish later: {name}</source>
        <translation>Después, en español: {name}</translation>
    </message>
    <message>
        <source>Choose a country</source>
        <translation>Elija un país</translation>
    </message>
    <message>
        <source>Custom: {title}</source>
        <translation>Personalizado: {title}</translation>
    </message>
    <message>
        <source>Given names (type to search the roster)</source>
        <translation>Nombre (escriba para buscar en la lista)</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Grammatical gender of the title (Spanish agreement)</source>
        <translation>Género gramatical del cargo (concordancia en español)</translation>
    </message>
    <message>
        <source>Title of office (type to search)</source>
        <translation>Cargo (escriba para buscar)</translation>
    </message>
    <message>
        <source>Country (type to search)</source>
        <translation>País (escriba para buscar)</translation>
    </message>
    <message>
        <source>More of the name: Spanish spelling, honorific, later references</source>
        <translation>Más del nombre: grafía en español, tratamiento, referencias posteriores</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Where the ambassador or chargé serves (type to search)</source>
        <translation>Dónde está destinado el embajador o el encargado de negocios (escriba para buscar)</translation>
    </message>
    <message>
        <source>The given names as Spanish writes them, when they differ (Serguéi)</source>
        <translation>El nombre como lo escribe el español, si difiere (Serguéi)</translation>
    </message>
    <message>
        <source>Given names in Spanish</source>
        <translation>Nombre en español</translation>
    </message>
    <message>
        <source>The surname as Spanish writes it, when it differs (Sibiga)</source>
        <translation>El apellido como lo escribe el español, si difiere (Sibiga)</translation>
    </message>
    <message>
        <source>Surname in Spanish</source>
        <translation>Apellido en español</translation>
    </message>
    <message>
        <source>Honorific before the name (Prince, Sheikh, Dr.)</source>
        <translation>Tratamiento antes del nombre (príncipe, jeque, doctor)</translation>
    </message>
    <message>
        <source>The name of later references (Lula); empty: chosen from the name&apos;s parts</source>
        <translation>El nombre de las referencias posteriores (Lula); vacío: se elige entre las partes del nombre</translation>
    </message>
    <message>
        <source>The name of later references in Spanish; empty: as in English</source>
        <translation>El nombre de las referencias posteriores en español; vacío: como en inglés</translation>
    </message>
    <message>
        <source>How the name is ordered and which part later references take</source>
        <translation>Cómo se ordena el nombre y qué parte toman las referencias posteriores</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Remove this counterpart</source>
        <translation>Quitar este interlocutor</translation>
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <source>Enter keeps your text · Shift+Enter starts a new line · Esc cancels</source>
        <translation>Intro conserva el texto · Mayús+Intro abre una línea nueva · Esc descarta</translation>
    </message>
</context>
<context>
    <name>PlaceholderMenu</name>
    <message>
        <source>Insert placeholder</source>
        <translation>Insertar marcador</translation>
    </message>
    <message>
        <source>&amp;Principal</source>
        <translation>&amp;Funcionario principal</translation>
    </message>
    <message>
        <source>&amp;Counterpart</source>
        <translation>&amp;Interlocutor</translation>
    </message>
    <message>
        <source>Counterpart &amp;{number}</source>
        <translation>Interlocutor &amp;{number}</translation>
    </message>
</context>
<context>
    <name>PlaceholdersDialog</name>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores de posición</translation>
    </message>
    <message>
        <source>Type a placeholder in a talking point, or press {keys} there to choose one; the drafts name the official in each language. Every official takes every form: {principal:first}, {counterpart2:them}. The examples are Secretary Rubio&apos;s call with Foreign Minister Sybiha.</source>
        <translation>Escriba un marcador en un punto, o pulse {keys} allí para elegir uno; los borradores nombran al funcionario en cada idioma. Cada funcionario admite todas las formas: {principal:first}, {counterpart2:them}. Los ejemplos son de la llamada del secretario Rubio con el canciller Sybiha.</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Gives</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <source>Move this point up</source>
        <translation>Subir este punto</translation>
    </message>
    <message>
        <source>Move this point down</source>
        <translation>Bajar este punto</translation>
    </message>
    <message>
        <source>Remove this point</source>
        <translation>Quitar este punto</translation>
    </message>
    <message>
        <source>Insert a name, title or pronoun that follows the form (Ctrl+Shift+P in the point)</source>
        <translation>Insertar un nombre, cargo o pronombre que sigue al formulario (Control+Mayúsculas+P en el punto)</translation>
    </message>
    <message>
        <source>The point in English</source>
        <translation>El punto en inglés</translation>
    </message>
    <message>
        <source>New paragraph</source>
        <translation>Párrafo nuevo</translation>
    </message>
    <message>
        <source>Starts a new paragraph in the English draft (unticked: runs on after the part above)</source>
        <translation>Abre un párrafo nuevo en la versión inglesa (sin marcar: sigue tras la parte anterior)</translation>
    </message>
    <message>
        <source>El punto en español</source>
        <translation>El punto en español</translation>
    </message>
    <message>
        <source>Starts a new paragraph in the Spanish draft (unticked: runs on after the part above)</source>
        <translation>Abre un párrafo nuevo en la versión española (sin marcar: sigue tras la parte anterior)</translation>
    </message>
</context>
<context>
    <name>ReadoutForm</name>
    <message>
        <source>The event</source>
        <translation>El evento</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>Event / release</source>
        <translation>Evento / publicación</translation>
    </message>
    <message>
        <source>When the call or meeting took place</source>
        <translation>Cuándo tuvo lugar la llamada o reunión</translation>
    </message>
    <message>
        <source>When the readout is published</source>
        <translation>Cuándo se publica el comunicado</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <source>Dateline city</source>
        <translation>Ciudad de la data</translation>
    </message>
    <message>
        <source>English (empty: none)</source>
        <translation>Inglés (vacío: ninguna)</translation>
    </message>
    <message>
        <source>Español (vacío: ninguna)</source>
        <translation>Español (vacío: ninguna)</translation>
    </message>
    <message>
        <source>Locales</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>English variant: dates and lists follow it</source>
        <translation>Variante del inglés: fechas y listas la siguen</translation>
    </message>
    <message>
        <source>Spanish variant: dates and lists follow it</source>
        <translation>Variante del español: fechas y listas la siguen</translation>
    </message>
    <message>
        <source>Officials</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <source>&lt;b&gt;Principal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Funcionario principal&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Counterparts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Interlocutores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Group (multilateral), e.g. the G7 foreign ministers</source>
        <translation>Grupo (multilateral) en inglés, p. ej. the G7 foreign ministers</translation>
    </message>
    <message>
        <source>Grupo, p. ej. los cancilleres del G7</source>
        <translation>Grupo, p. ej. los cancilleres del G7</translation>
    </message>
    <message>
        <source>Add counterpart</source>
        <translation>Añadir interlocutor</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <source>Name (type to search the roster)</source>
        <translation>Nombre (escriba para buscar en la lista)</translation>
    </message>
    <message>
        <source>Role (type to search)</source>
        <translation>Cargo (escriba para buscar)</translation>
    </message>
    <message>
        <source>How the attribution line is worded</source>
        <translation>Cómo se redacta la línea de atribución</translation>
    </message>
    <message>
        <source>State’s header: “Readout”, “Office of the Spokesperson”</source>
        <translation>Encabezado del Departamento: «Síntesis», «Oficina del Portavoz»</translation>
    </message>
    <message>
        <source>House style: print the header as State does, above the release date</source>
        <translation>Estilo de la casa: imprimir el encabezado como el Departamento de Estado, sobre la fecha de publicación</translation>
    </message>
    <message>
        <source>Link to the original English text (Spanish courtesy note)</source>
        <translation>Enlace al texto original en inglés (nota de cortesía en español)</translation>
    </message>
    <message>
        <source>The lead</source>
        <translation>La entradilla</translation>
    </message>
    <message>
        <source>&amp;Verb</source>
        <translation>&amp;Verbo</translation>
    </message>
    <message>
        <source>How the lead says they met or spoke</source>
        <translation>Cómo dice la entradilla que se reunieron o hablaron</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <source>Time word</source>
        <translation>Palabra de tiempo</translation>
    </message>
    <message>
        <source>House style: where the lead says when</source>
        <translation>Estilo de la casa: dónde dice la entradilla cuándo</translation>
    </message>
    <message>
        <source>Their request</source>
        <translation>Su petición</translation>
    </message>
    <message>
        <source>House style: how the lead says the other side asked for it</source>
        <translation>Estilo de la casa: cómo dice la entradilla que lo pidió la otra parte</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>English, e.g. in Washington, D.C.</source>
        <translation>Inglés, p. ej. in Washington, D.C.</translation>
    </message>
    <message>
        <source>Español, p. ej. en Washington D.C.</source>
        <translation>Español, p. ej. en Washington D.C.</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>How the meeting stands to the event</source>
        <translation>Cómo se sitúa la reunión respecto del evento</translation>
    </message>
    <message>
        <source>English, e.g. the United Nations General Assembly</source>
        <translation>Inglés, p. ej. the United Nations General Assembly</translation>
    </message>
    <message>
        <source>Español, p. ej. la Asamblea General de las Naciones Unidas</source>
        <translation>Español, p. ej. la Asamblea General de las Naciones Unidas</translation>
    </message>
    <message>
        <source>Purpose as</source>
        <translation>Propósito como</translation>
    </message>
    <message>
        <source>How the purpose joins the lead</source>
        <translation>Cómo se une el propósito a la entradilla</translation>
    </message>
    <message>
        <source>Quotation marks</source>
        <translation>Comillas</translation>
    </message>
    <message>
        <source>House style: typographic or straight apostrophes and quotation marks</source>
        <translation>Estilo de la casa: apóstrofos y comillas tipográficos o rectos</translation>
    </message>
    <message>
        <source>Spanish titles</source>
        <translation>Cargos en español</translation>
    </message>
    <message>
        <source>House style: Spanish titles of office in lowercase (RAE) or capitalised as State’s translations write them</source>
        <translation>Estilo de la casa: cargos en español con minúscula (RAE) o con mayúscula, como los escriben las traducciones del Departamento de Estado</translation>
    </message>
    <message>
        <source>Spanish tense</source>
        <translation>Tiempo verbal</translation>
    </message>
    <message>
        <source>House style: how the Spanish lead tells today’s events</source>
        <translation>Estilo de la casa: cómo cuenta la entradilla en español lo ocurrido hoy</translation>
    </message>
    <message>
        <source>Titles at first reference</source>
        <translation>Cargos en la primera mención</translation>
    </message>
    <message>
        <source>House style: the title as State&apos;s readouts write it, or the office&apos;s official name</source>
        <translation>Estilo de la casa: el cargo como lo escriben los comunicados del Departamento de Estado, o el nombre oficial del cargo</translation>
    </message>
    <message>
        <source>Purpose (a verb phrase: “affirm …” / “reafirmar …”)</source>
        <translation>Propósito (una frase verbal: “affirm …” / “reafirmar …”)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Talking points (English | Español)</source>
        <translation>Puntos (English | Español)</translation>
    </message>
    <message>
        <source>Add talking point</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <source>Attribution: gender</source>
        <translation>Atribución: género</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <source>Readout Editor closed without saving these readouts. Restore them, or discard what you no longer need.</source>
        <translation>Readout Editor se cerró sin guardar estos comunicados. Restáurelos o descarte lo que ya no necesite.</translation>
    </message>
    <message>
        <source>Recoverable readouts</source>
        <translation>Comunicados recuperables</translation>
    </message>
    <message>
        <source>Close opens what you restored. What you neither restored nor discarded is kept, and offered again the next time Readout Editor starts.</source>
        <translation>Cerrar abre lo que restauró. Lo que no restauró ni descartó se conserva y se ofrece de nuevo la próxima vez que se inicie Readout Editor.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore &amp;all</source>
        <translation>Restaurar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>New readout, never saved</source>
        <translation>Comunicado nuevo, nunca guardado</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(aún sin título)</translation>
    </message>
    <message>
        <source>{kind} · {name} · autosaved {when}</source>
        <translation>{kind} · {name} · guardado automáticamente {when}</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="vanished">Restaurar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">Descartar</translation>
    </message>
    <message>
        <source>New readout</source>
        <translation type="vanished">Comunicado nuevo</translation>
    </message>
    <message>
        <source>{name} — unreadable: {error}</source>
        <translation>{name} — ilegible: {error}</translation>
    </message>
    <message>
        <source>{name} — autosaved {when}</source>
        <translation type="vanished">{name} — guardado automáticamente {when}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Review the cleared copy: {name}</source>
        <translation>Revisar la copia aprobada: {name}</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Changed parts and their changes</source>
        <translation>Partes cambiadas y sus cambios</translation>
    </message>
    <message>
        <source>The part as a redline</source>
        <translation>La parte con los cambios marcados</translation>
    </message>
    <message>
        <source>The same part in the other language</source>
        <translation>La misma parte en el otro idioma</translation>
    </message>
    <message>
        <source>Proposed clearance statuses</source>
        <translation>Estados de autorización propuestos</translation>
    </message>
    <message>
        <source>Clearance statuses the comments propose (confirm them in the clearance panel):</source>
        <translation>Estados de autorización que proponen los comentarios (confírmelos en el panel de la hoja de autorización):</translation>
    </message>
    <message>
        <source>Clearance statuses the comments propose:</source>
        <translation type="vanished">Estados de autorización que proponen los comentarios:</translation>
    </message>
    <message>
        <source>Take &amp;all</source>
        <translation>Tomar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Leave all</source>
        <translation>&amp;Dejar todo</translation>
    </message>
    <message>
        <source>&amp;Take checked</source>
        <translation>&amp;Tomar lo marcado</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Recovered from the autosave of {when}. This text is not saved yet: save it (Ctrl+S) to keep it.</source>
        <translation>Recuperado del guardado automático de {when}. Este texto aún no está guardado: guárdelo (Ctrl+S) para conservarlo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <source>Spelling: {tags}</source>
        <translation>Ortografía: {tags}</translation>
    </message>
    <message>
        <source>Spelling: not checked</source>
        <translation>Ortografía: sin revisar</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <source>Tour of Readout Editor</source>
        <translation>Recorrido por Readout Editor</translation>
    </message>
    <message>
        <source>&amp;Skip tour</source>
        <translation>&amp;Saltar el recorrido</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>The form</source>
        <translation>El formulario</translation>
    </message>
    <message>
        <source>Fill in the readout once: the event, the officials, the attribution and the talking points. Tab goes from field to field.</source>
        <translation>Complete el comunicado una sola vez: el evento, los funcionarios, la atribución y los puntos. Tab pasa de un campo al siguiente.</translation>
    </message>
    <message>
        <source>The Spanish draft</source>
        <translation>El borrador en español</translation>
    </message>
    <message>
        <source>The Spanish version, written from the form as you type. Click “edit” over a part to rewrite it by hand.</source>
        <translation>La versión en español, redactada a partir del formulario mientras escribe. Pulse «editar» sobre una parte para reescribirla a mano.</translation>
    </message>
    <message>
        <source>The English draft</source>
        <translation>El borrador en inglés</translation>
    </message>
    <message>
        <source>The English version of the same readout, point for point. A gap such as ⟨surname⟩ shows a field still to fill.</source>
        <translation>La versión en inglés del mismo comunicado, punto por punto. Un hueco como ⟨apellido⟩ señala un campo por completar.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>What the form still lacks, what the checks found and the misspellings are listed here; F6 moves from pane to pane.</source>
        <translation>Aquí se listan lo que aún falta en el formulario, lo que encontraron las revisiones y las faltas de ortografía; F6 pasa de un panel a otro.</translation>
    </message>
    <message>
        <source>Export and help</source>
        <translation>Exportar y ayuda</translation>
    </message>
    <message>
        <source>File ▸ Export… (Ctrl+E) writes the Word file with its clearance sheet. Help ▸ House rules says what each check looks for; Help ▸ Tour shows this tour again.</source>
        <translation>Archivo ▸ Exportar… (Ctrl+E) escribe el archivo de Word con su hoja de aprobación. Ayuda ▸ Reglas de la casa explica qué busca cada revisión; Ayuda ▸ Recorrido por los paneles lo muestra de nuevo.</translation>
    </message>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminar</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <source>Bilateral call</source>
        <translation>Llamada bilateral</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Reunión bilateral</translation>
    </message>
    <message>
        <source>Multilateral call</source>
        <translation>Llamada multilateral</translation>
    </message>
    <message>
        <source>Multilateral meeting</source>
        <translation>Reunión multilateral</translation>
    </message>
    <message>
        <source>Masculine</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Feminine</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Gender not set</source>
        <translation>Género sin indicar</translation>
    </message>
    <message>
        <source>“The below is attributable to …”</source>
        <translation>“Las declaraciones a continuación deben atribuirse a …”</translation>
    </message>
    <message>
        <source>“The following is attributable to …”</source>
        <translation>“Lo siguiente debe atribuirse a …”</translation>
    </message>
    <message>
        <source>“As stated by …”</source>
        <translation>“Según lo declarado por …”</translation>
    </message>
    <message>
        <source>No attribution line</source>
        <translation>Sin línea de atribución</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>No consta</translation>
    </message>
    <message>
        <source>We did</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <source>The counterpart did</source>
        <translation>El interlocutor</translation>
    </message>
    <message>
        <source>Name order: from the name and country</source>
        <translation>Orden del nombre: según el nombre y el país</translation>
    </message>
    <message>
        <source>Given names first</source>
        <translation>Nombre primero</translation>
    </message>
    <message>
        <source>Family name first (Wang Yi)</source>
        <translation>Apellido primero (Wang Yi)</translation>
    </message>
    <message>
        <source>Arabic (Faisal bin Farhan)</source>
        <translation>Árabe (Faisal bin Farhan)</translation>
    </message>
    <message>
        <source>Two surnames (López Obrador)</source>
        <translation>Dos apellidos (López Obrador)</translation>
    </message>
    <message>
        <source>No honorific</source>
        <translation>Sin tratamiento</translation>
    </message>
    <message>
        <source>As State writes them: “Spanish Foreign Minister”</source>
        <translation>Como los escribe el Departamento de Estado: «el ministro de Asuntos Exteriores de España»</translation>
    </message>
    <message>
        <source>Official names: “Minister of Foreign Affairs, European Union and Cooperation”</source>
        <translation>Nombres oficiales: «ministro de Asuntos Exteriores, Unión Europea y Cooperación»</translation>
    </message>
    <message>
        <source>First: “Today Secretary X spoke with …”</source>
        <translation>Al principio: «Hoy, el secretario X conversó con…»</translation>
    </message>
    <message>
        <source>After the verb: “spoke today with …”</source>
        <translation>Tras el verbo: «conversó hoy con…»</translation>
    </message>
    <message>
        <source>After the counterpart: “spoke with Y today …”</source>
        <translation>Tras el interlocutor: «spoke with Y today…» (en español, tras el verbo)</translation>
    </message>
    <message>
        <source>No time word</source>
        <translation>Sin palabra de tiempo</translation>
    </message>
    <message>
        <source>“received a call from …”</source>
        <translation>«recibió una llamada de…»</translation>
    </message>
    <message>
        <source>The country: “at Ukraine’s request”</source>
        <translation>El país: «a petición de Ucrania»</translation>
    </message>
    <message>
        <source>The official: “at Foreign Minister Sybiha’s request”</source>
        <translation>El funcionario: «a petición del canciller Sybiha»</translation>
    </message>
    <message>
        <source>The surname: “at Sybiha’s request”</source>
        <translation>El apellido: «a petición de Sybiha»</translation>
    </message>
    <message>
        <source>“to …” / “para …”</source>
        <translation>«para…» / «to…»</translation>
    </message>
    <message>
        <source>A second verb: “and congratulated …”</source>
        <translation>Un segundo verbo: «y felicitó…»</translation>
    </message>
    <message>
        <source>on the sidelines of</source>
        <translation>al margen de («on the sidelines of»)</translation>
    </message>
    <message>
        <source>on the margins of</source>
        <translation>al margen de («on the margins of»)</translation>
    </message>
    <message>
        <source>during</source>
        <translation>en el marco de («during»)</translation>
    </message>
    <message>
        <source>Typographic: Landau’s “…”</source>
        <translation>Tipográficos: Landau’s “…”</translation>
    </message>
    <message>
        <source>Straight: Landau&apos;s &quot;…&quot;</source>
        <translation>Rectos: Landau&apos;s &quot;…&quot;</translation>
    </message>
    <message>
        <source>Lowercase (RAE): “el secretario de Estado”</source>
        <translation>Minúscula (RAE): «el secretario de Estado»</translation>
    </message>
    <message>
        <source>Capitalised as State writes them: “el Secretario de Estado”</source>
        <translation>Mayúscula, como el Departamento de Estado: «el Secretario de Estado»</translation>
    </message>
    <message>
        <source>By the Spanish locale (Spain: “ha conversado”)</source>
        <translation>Según la variante del español (España: «ha conversado»)</translation>
    </message>
    <message>
        <source>Preterite: “conversó hoy”</source>
        <translation>Pretérito perfecto simple: «conversó hoy»</translation>
    </message>
    <message>
        <source>Present perfect: “ha conversado hoy”</source>
        <translation>Pretérito perfecto compuesto: «ha conversado hoy»</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Sensitive but unclassified</source>
        <translation>Sensible pero no clasificado</translation>
    </message>
    <message>
        <source>Draft, sensitive but unclassified</source>
        <translation>Borrador, sensible pero no clasificado</translation>
    </message>
    <message>
        <source>No marking</source>
        <translation>Sin marca</translation>
    </message>
    <message>
        <source>Own words in each language</source>
        <translation>Texto propio en cada idioma</translation>
    </message>
    <message>
        <source>Cleared</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <source>Cleared with edits</source>
        <translation>Autorizado con cambios</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <source>READOUT_UI_LANGUAGE</source>
        <extracomment>Not shown anywhere: translate it as the code of this translation&apos;s language (&quot;es&quot;).</extracomment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <source>Personal dictionary not saved</source>
        <translation>Diccionario personal sin guardar</translation>
    </message>
    <message>
        <source>“{word}” is accepted until Readout Editor closes, but your personal dictionary could not be saved: {error}</source>
        <translation>«{word}» se acepta hasta que se cierre Readout Editor, pero no se pudo guardar su diccionario personal: {error}</translation>
    </message>
    <message>
        <source>Add to dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
</context>
</TS>
