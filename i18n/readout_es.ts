<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es_ES">
<context>
    <name>Actions</name>
    <message>
        <location filename="../editor_app/gui/actions.py" line="43" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="44" />
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="52" />
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="53" />
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="56" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="57" />
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="59" />
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="61" />
        <source>&amp;Import cleared copy…</source>
        <translation>&amp;Importar copia aprobada…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="64" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="66" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="67" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="68" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="69" />
        <source>Interface &amp;language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="74" />
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="82" />
        <source>Copy &amp;Spanish draft</source>
        <translation>Copiar borrador en &amp;español</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="83" />
        <source>Copy E&amp;nglish draft</source>
        <translation>Copiar borrador en in&amp;glés</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="86" />
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="87" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="88" />
        <source>&amp;About Readout Editor</source>
        <translation>Acerca &amp;de Readout Editor</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/actions.py" line="89" />
        <source>Open &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
</context>
<context>
    <name>AutosaveTimer</name>
    <message>
        <location filename="../editor_app/gui/autosave_timer.py" line="74" />
        <source>Autosave failed: {error}</source>
        <translation>No se pudo guardar la copia automática: {error}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../editor_app/gui/checks_panel.py" line="29" />
        <source>Finding</source>
        <translation>Hallazgo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/checks_panel.py" line="29" />
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/checks_panel.py" line="30" />
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/checks_panel.py" line="43" />
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/checks_panel.py" line="44" />
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/checks_panel.py" line="45" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>ClearanceController</name>
    <message>
        <location filename="../editor_app/gui/clearance_controller.py" line="60" />
        <source>Import cleared copy</source>
        <translation>Importar copia aprobada</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/clearance_controller.py" line="62" />
        <source>Word documents (*.docx);;All files (*)</source>
        <translation>Documentos de Word (*.docx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/clearance_controller.py" line="79" />
        <source>The drafts must render before a cleared copy can be imported.</source>
        <translation>Los borradores deben generarse antes de importar una copia aprobada.</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/clearance_controller.py" line="95" />
        <source>{name}: no changes and no comments.</source>
        <translation>{name}: sin cambios ni comentarios.</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/clearance_controller.py" line="117" />
        <source>Took the changes from {name}: one Undo takes them back.</source>
        <translation>Se tomaron los cambios de {name}: un Deshacer los revierte.</translation>
    </message>
</context>
<context>
    <name>CustomTitleDialog</name>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="6" />
        <source>Custom title of office</source>
        <translation>Cargo personalizado</translation>
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="12" />
        <source>For a title the glossary lacks. Spanish titles of office are lowercase; institutions keep capitals.</source>
        <translation>Para un cargo que falta en el glosario. Los cargos en español van en minúscula; las instituciones conservan la mayúscula.</translation>
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="24" />
        <source>English, full</source>
        <translation>Inglés, completo</translation>
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="34" />
        <source>Minister of Foreign Affairs and Worship</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="41" />
        <source>English, short</source>
        <translation>Inglés, corto</translation>
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="51" />
        <source>Foreign Minister</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="58" />
        <source>Español, completo</source>
        <translation>Español, completo</translation>
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="68" />
        <source>ministro de Relaciones Exteriores y Culto</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="75" />
        <source>Español, corto</source>
        <translation>Español, corto</translation>
    </message>
    <message>
        <location filename="../ui/custom_title_dialog.ui" line="85" />
        <source>canciller</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../editor_app/gui/documents.py" line="99" />
        <source>Recovered readout</source>
        <translation>Comunicado recuperado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/documents.py" line="115" />
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/documents.py" line="119" />
        <source>{name} (example)</source>
        <translation>{name} (ejemplo)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/documents.py" line="138" />
        <source>Could not open the readout. {error}</source>
        <translation>No se pudo abrir el comunicado. {error}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/documents.py" line="148" />
        <source>Opened {name}: {note}</source>
        <translation>Abierto {name}: {note}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/documents.py" line="183" />
        <source>Could not save the readout. {error}</source>
        <translation>No se pudo guardar el comunicado. {error}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/documents.py" line="193" />
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/documents.py" line="208" />
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
</context>
<context>
    <name>DraftPaneSpelling</name>
    <message>
        <location filename="../editor_app/gui/pane_spelling.py" line="200" />
        <source>“{word}” is not typed in the form (it comes from the glossary or a template): edit the part by hand to change it.</source>
        <translation>«{word}» no está escrito en el formulario (viene del glosario o de una plantilla): edite la parte a mano para cambiarlo.</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <location filename="../editor_app/gui/editor.py" line="116" />
        <source>Rendering…</source>
        <translation>Generando…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/editor.py" line="130" />
        <source>The roster could not be read: {problem}</source>
        <translation>No se pudo leer la lista de funcionarios: {problem}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/editor.py" line="173" />
        <source>The interface language changes when Readout Editor next starts.</source>
        <translation>El idioma de la interfaz cambia la próxima vez que se inicie Readout Editor.</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/editor.py" line="228" />
        <source>The drafts could not be rendered: {error}</source>
        <translation>No se pudieron generar los borradores: {error}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/editor.py" line="280" />
        <source>Cleaned the pasted text. {changes}</source>
        <translation>Se limpió el texto pegado. {changes}</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <location filename="../editor_app/gui/export_controller.py" line="70" />
        <source>Draft copied</source>
        <translation>Borrador copiado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_controller.py" line="110" />
        <source>Fix the problems listed before exporting.</source>
        <translation>Resuelva los problemas señalados antes de exportar.</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_controller.py" line="143" />
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_controller.py" line="149" />
        <source>Exported {path}</source>
        <translation>Exportado {path}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_controller.py" line="156" />
        <source>Could not export. {message}</source>
        <translation>No se pudo exportar. {message}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_controller.py" line="161" />
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_controller.py" line="163" />
        <source>Open file</source>
        <translation>Abrir archivo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_controller.py" line="164" />
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="69" />
        <source>Export for clearance</source>
        <translation>Exportar para autorización</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="77" />
        <location filename="../editor_app/gui/export_dialog.py" line="229" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="83" />
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="89" />
        <location filename="../editor_app/gui/export_dialog.py" line="110" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="92" />
        <source>Side by side (two columns)</source>
        <translation>En paralelo (dos columnas)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="93" />
        <source>One language after the other</source>
        <translation>Un idioma tras otro</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="94" />
        <source>One file per language</source>
        <translation>Un archivo por idioma</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="100" />
        <source>Spanish first</source>
        <translation>Español primero</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="101" />
        <source>English first</source>
        <translation>Inglés primero</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="104" />
        <source>Export file</source>
        <translation>Archivo exportado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="105" />
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="111" />
        <source>Layout</source>
        <translation>Disposición</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="112" />
        <source>Order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="113" />
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="118" />
        <source>Clearance sheet</source>
        <translation>Hoja de autorización</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="129" />
        <source>Header marking</source>
        <translation>Marca del encabezado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="130" />
        <source>Drafted by</source>
        <translation>Redactado por</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="131" />
        <location filename="../editor_app/gui/export_dialog.py" line="137" />
        <location filename="../editor_app/gui/export_dialog.py" line="157" />
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="132" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="133" />
        <location filename="../editor_app/gui/export_dialog.py" line="137" />
        <location filename="../editor_app/gui/export_dialog.py" line="158" />
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="137" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="137" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="140" />
        <source>Clearing offices</source>
        <translation>Oficinas que autorizan</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="145" />
        <source>Add office</source>
        <translation>Añadir oficina</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="147" />
        <source>Remove office</source>
        <translation>Quitar oficina</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="156" />
        <source>Approved by</source>
        <translation>Aprobado por</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="165" />
        <source>Cleared</source>
        <translation>Autorizado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="166" />
        <source>Cleared with edits</source>
        <translation>Autorizado con cambios</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="167" />
        <source>Informed</source>
        <translation>Informado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="168" />
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="212" />
        <source>Export as</source>
        <translation>Exportar como</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="221" />
        <source>Choose where to export: the export file is empty.</source>
        <translation>Elija dónde exportar: el archivo de exportación está vacío.</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/export_dialog.py" line="223" />
        <source>Give the export file's full folder (or use Browse…).</source>
        <translation>Indique la carpeta completa del archivo de exportación (o use Examinar…).</translation>
    </message>
</context>
<context>
    <name>HandEditController</name>
    <message>
        <location filename="../editor_app/gui/hand_edit_controller.py" line="71" />
        <source>Edit by hand: {part}</source>
        <translation>Editar a mano: {part}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/hand_edit_controller.py" line="77" />
        <source>Editing “{part}” by hand: Enter keeps it, Esc cancels.</source>
        <translation>Editando «{part}» a mano: Intro lo conserva, Esc lo descarta.</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <location filename="../editor_app/gui/help_controller.py" line="74" />
        <source>About Readout Editor</source>
        <translation>Acerca de Readout Editor</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/help_controller.py" line="81" />
        <source>Readout Editor {version}</source>
        <translation>Readout Editor {version}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/help_controller.py" line="82" />
        <source>(version unknown)</source>
        <translation>(versión desconocida)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/help_controller.py" line="85" />
        <source>Matched Spanish and English readout drafts from one form.</source>
        <translation>Borradores de comunicados en español e inglés a la par, desde un solo formulario.</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/help_controller.py" line="88" />
        <source>Free software under the {licence} licence.</source>
        <translation>Software libre bajo la licencia {licence}.</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/help_controller.py" line="104" />
        <source>Could not create the log folder {folder}: {error}</source>
        <translation>No se pudo crear la carpeta de registros {folder}: {error}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/help_controller.py" line="112" />
        <source>No application could open the log folder {folder}.</source>
        <translation>Ninguna aplicación pudo abrir la carpeta de registros {folder}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="84" />
        <location filename="../editor_app/gui/main_window.py" line="176" />
        <source>&lt;b&gt;Checks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comprobaciones&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="89" />
        <source>Form state</source>
        <translation>Estado del formulario</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="93" />
        <source>Spelling dictionaries</source>
        <translation>Diccionarios de ortografía</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="178" />
        <source>&lt;b&gt;Checks ({count})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comprobaciones ({count})&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="180" />
        <source>&lt;b&gt;Checks&lt;/b&gt; · nothing to report</source>
        <translation>&lt;b&gt;Comprobaciones&lt;/b&gt; · nada que señalar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="190" />
        <source>Double-click to go to the field</source>
        <translation>Doble clic para ir al campo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="194" />
        <source>&lt;b&gt;Problems ({count})&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problemas ({count})&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="196" />
        <source>&lt;b&gt;Problems&lt;/b&gt; · none</source>
        <translation>&lt;b&gt;Problemas&lt;/b&gt; · ninguno</translation>
    </message>
    <message numerus="yes">
        <location filename="../editor_app/gui/main_window.py" line="199" />
        <source>%n problem(s) to fix</source>
        <translation>
            <numerusform>%n problema(s) por resolver</numerusform><numerusform>%n problema(s) por resolver</numerusform></translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="199" />
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="220" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="221" />
        <source>This readout has changes that are not saved. Save them first?</source>
        <translation>Este comunicado tiene cambios sin guardar. ¿Guardarlos primero?</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="231" />
        <source>File changed on disk</source>
        <translation>El archivo cambió en el disco</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="233" />
        <source>Overwrite</source>
        <translation>Sobrescribir</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="234" />
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="271" />
        <source>Replace files?</source>
        <translation>¿Reemplazar los archivos?</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="272" />
        <source>These files exist and would be replaced:
{names}</source>
        <translation>Estos archivos ya existen y se reemplazarían:
{names}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="280" />
        <source>Readouts (*{suffix});;All files (*)</source>
        <translation>Comunicados (*{suffix});;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="285" />
        <source>Open readout</source>
        <translation>Abrir comunicado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/main_window.py" line="292" />
        <source>Save readout</source>
        <translation>Guardar comunicado</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="14" />
        <source>Readout Editor</source>
        <translation>Readout Editor</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="58" />
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="61" />
        <source>✕</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="140" />
        <source>&lt;b&gt;English&lt;/b&gt;</source>
        <translation>&lt;b&gt;English&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="173" />
        <source>&lt;b&gt;Español&lt;/b&gt;</source>
        <translation>&lt;b&gt;Español&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/main_window.ui" line="207" />
        <source>&lt;b&gt;Problems&lt;/b&gt;</source>
        <translation>&lt;b&gt;Problemas&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>OfficialEditor</name>
    <message>
        <location filename="../editor_app/gui/official_editor.py" line="34" />
        <source>Custom title…</source>
        <translation>Cargo personalizado…</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/official_editor.py" line="107" />
        <source>Choose a country</source>
        <translation>Elija un país</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/official_editor.py" line="115" />
        <source>Custom: {title}</source>
        <translation>Personalizado: {title}</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="30" />
        <source>Given names (type to search the roster)</source>
        <translation>Nombre (escriba para buscar en la lista)</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="37" />
        <source>Surname</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="44" />
        <source>Grammatical gender of the title (Spanish agreement)</source>
        <translation>Género gramatical del cargo (concordancia en español)</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="51" />
        <source>Title of office (type to search)</source>
        <translation>Cargo (escriba para buscar)</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="64" />
        <source>Country (type to search)</source>
        <translation>País (escriba para buscar)</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="95" />
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="98" />
        <source>▲</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="108" />
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="111" />
        <source>▼</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="121" />
        <source>Remove this counterpart</source>
        <translation>Quitar este interlocutor</translation>
    </message>
    <message>
        <location filename="../ui/official_editor.ui" line="124" />
        <source>✕</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartEditor</name>
    <message>
        <location filename="../editor_app/gui/part_editor.py" line="89" />
        <source>Enter keeps your text · Shift+Enter starts a new line · Esc cancels</source>
        <translation>Intro conserva el texto · Mayús+Intro abre una línea nueva · Esc descarta</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <location filename="../ui/point_editor.ui" line="32" />
        <source>1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="42" />
        <source>Move this point up</source>
        <translation>Subir este punto</translation>
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="45" />
        <source>▲</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="55" />
        <source>Move this point down</source>
        <translation>Bajar este punto</translation>
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="58" />
        <source>▼</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="68" />
        <source>Remove this point</source>
        <translation>Quitar este punto</translation>
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="71" />
        <source>✕</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="107" />
        <source>The point in English</source>
        <translation>El punto en inglés</translation>
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="114" />
        <location filename="../ui/point_editor.ui" line="144" />
        <source>New paragraph</source>
        <translation>Párrafo nuevo</translation>
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="117" />
        <source>Starts a new paragraph in the English draft (unticked: runs on after the part above)</source>
        <translation>Abre un párrafo nuevo en la versión inglesa (sin marcar: sigue tras la parte anterior)</translation>
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="137" />
        <source>El punto en español</source>
        <translation>El punto en español</translation>
    </message>
    <message>
        <location filename="../ui/point_editor.ui" line="147" />
        <source>Starts a new paragraph in the Spanish draft (unticked: runs on after the part above)</source>
        <translation>Abre un párrafo nuevo en la versión española (sin marcar: sigue tras la parte anterior)</translation>
    </message>
</context>
<context>
    <name>ReadoutForm</name>
    <message>
        <location filename="../ui/readout_form.ui" line="12" />
        <source>The event</source>
        <translation>El evento</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="21" />
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="34" />
        <source>Event / release</source>
        <translation>Evento / publicación</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="46" />
        <source>When the call or meeting took place</source>
        <translation>Cuándo tuvo lugar la llamada o reunión</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="56" />
        <source>When the readout is published</source>
        <translation>Cuándo se publica el comunicado</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="68" />
        <source>Requested by</source>
        <translation>Solicitada por</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="81" />
        <source>Dateline city</source>
        <translation>Ciudad de la data</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="93" />
        <source>English (empty: none)</source>
        <translation>Inglés (vacío: ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="100" />
        <source>Español (vacío: ninguna)</source>
        <translation>Español (vacío: ninguna)</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="109" />
        <source>Locales</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="121" />
        <source>English variant: dates and lists follow it</source>
        <translation>Variante del inglés: fechas y listas la siguen</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="128" />
        <source>Spanish variant: dates and lists follow it</source>
        <translation>Variante del español: fechas y listas la siguen</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="140" />
        <source>Officials</source>
        <translation>Funcionarios</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="146" />
        <source>&lt;b&gt;Principal&lt;/b&gt;</source>
        <translation>&lt;b&gt;Funcionario principal&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="156" />
        <source>&lt;b&gt;Counterparts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Interlocutores&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="168" />
        <source>Group (multilateral), e.g. G7 foreign ministers</source>
        <translation>Grupo (multilateral), p. ej. G7 foreign ministers</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="175" />
        <source>Grupo, p. ej. cancilleres del G7</source>
        <translation>Grupo, p. ej. cancilleres del G7</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="184" />
        <source>Add counterpart</source>
        <translation>Añadir interlocutor</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="194" />
        <source>Attribution</source>
        <translation>Atribución</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="200" />
        <source>Name (type to search the roster)</source>
        <translation>Nombre (escriba para buscar en la lista)</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="210" />
        <source>Role (type to search)</source>
        <translation>Cargo (escriba para buscar)</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="223" />
        <source>How the attribution line is worded</source>
        <translation>Cómo se redacta la línea de atribución</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="233" />
        <source>The lead</source>
        <translation>La entradilla</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="239" />
        <source>&amp;Verb</source>
        <translation>&amp;Verbo</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="251" />
        <source>How the lead says they met or spoke</source>
        <translation>Cómo dice la entradilla que se reunieron o hablaron</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="258" />
        <source>By phone</source>
        <translation>Por teléfono</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="267" />
        <source>Time word</source>
        <translation>Palabra de tiempo</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="277" />
        <source>House style: where the lead says when</source>
        <translation>Estilo de la casa: dónde dice la entradilla cuándo</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="284" />
        <source>Their request</source>
        <translation>Su petición</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="294" />
        <source>House style: how the lead says the other side asked for it</source>
        <translation>Estilo de la casa: cómo dice la entradilla que lo pidió la otra parte</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="301" />
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="313" />
        <source>English, e.g. in Washington, D.C.</source>
        <translation>Inglés, p. ej. in Washington, D.C.</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="320" />
        <source>Español, p. ej. en Washington D.C.</source>
        <translation>Español, p. ej. en Washington D.C.</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="329" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="341" />
        <source>How the meeting stands to the event</source>
        <translation>Cómo se sitúa la reunión respecto del evento</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="348" />
        <source>English, e.g. the United Nations General Assembly</source>
        <translation>Inglés, p. ej. the United Nations General Assembly</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="355" />
        <source>Español, p. ej. la Asamblea General de las Naciones Unidas</source>
        <translation>Español, p. ej. la Asamblea General de las Naciones Unidas</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="364" />
        <source>Purpose as</source>
        <translation>Propósito como</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="374" />
        <source>How the purpose joins the lead</source>
        <translation>Cómo se une el propósito a la entradilla</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="381" />
        <source>Quotation marks</source>
        <translation>Comillas</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="391" />
        <source>House style: typographic or straight apostrophes and quotation marks</source>
        <translation>Estilo de la casa: apóstrofos y comillas tipográficos o rectos</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="401" />
        <source>Purpose (a verb phrase: “affirm …” / “reafirmar …”)</source>
        <translation>Propósito (una frase verbal: “affirm …” / “reafirmar …”)</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="422" />
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="444" />
        <source>Español</source>
        <translation>Español</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="454" />
        <source>Talking points (English | Español)</source>
        <translation>Puntos (English | Español)</translation>
    </message>
    <message>
        <location filename="../ui/readout_form.ui" line="463" />
        <source>Add talking point</source>
        <translation>Añadir punto</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/readout_form.py" line="109" />
        <source>Attribution: gender</source>
        <translation>Atribución: género</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../editor_app/gui/recovery_dialog.py" line="32" />
        <source>Recover unsaved work</source>
        <translation>Recuperar trabajo sin guardar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/recovery_dialog.py" line="37" />
        <source>Readout Editor closed without saving these readouts. Restore them, or discard what you no longer need.</source>
        <translation>Readout Editor se cerró sin guardar estos comunicados. Restáurelos o descarte lo que ya no necesite.</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/recovery_dialog.py" line="43" />
        <source>Recoverable readouts</source>
        <translation>Comunicados recuperables</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/recovery_dialog.py" line="53" />
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/recovery_dialog.py" line="54" />
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/recovery_dialog.py" line="66" />
        <source>New readout</source>
        <translation>Comunicado nuevo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/recovery_dialog.py" line="69" />
        <source>{name} — unreadable: {error}</source>
        <translation>{name} — ilegible: {error}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/recovery_dialog.py" line="70" />
        <source>{name} — autosaved {when}</source>
        <translation>{name} — guardado automáticamente {when}</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="62" />
        <source>Review the cleared copy: {name}</source>
        <translation>Revisar la copia aprobada: {name}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="67" />
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="67" />
        <source>By</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="68" />
        <source>Changed parts and their changes</source>
        <translation>Partes cambiadas y sus cambios</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="70" />
        <source>The part as a redline</source>
        <translation>La parte con los cambios marcados</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="72" />
        <source>The same part in the other language</source>
        <translation>La misma parte en el otro idioma</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="76" />
        <source>Proposed clearance statuses</source>
        <translation>Estados de autorización propuestos</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="89" />
        <source>Clearance statuses the comments propose:</source>
        <translation>Estados de autorización que proponen los comentarios:</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="96" />
        <source>Take &amp;all</source>
        <translation>Tomar &amp;todo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="97" />
        <source>&amp;Leave all</source>
        <translation>&amp;Dejar todo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/review_dialog.py" line="103" />
        <source>&amp;Take checked</source>
        <translation>&amp;Tomar lo marcado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../editor_app/gui/shortcuts_dialog.py" line="22" />
        <location filename="../editor_app/gui/shortcuts_dialog.py" line="25" />
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/shortcuts_dialog.py" line="27" />
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/shortcuts_dialog.py" line="27" />
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/shortcuts_dialog.py" line="27" />
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
</context>
<context>
    <name>SpellingController</name>
    <message>
        <location filename="../editor_app/gui/spelling_controller.py" line="181" />
        <source>Spelling: {tags}</source>
        <translation>Ortografía: {tags}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/spelling_controller.py" line="187" />
        <source>Spelling: not checked</source>
        <translation>Ortografía: sin revisar</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../editor_app/gui/choices.py" line="31" />
        <source>Bilateral call</source>
        <translation>Llamada bilateral</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="32" />
        <source>Bilateral meeting</source>
        <translation>Reunión bilateral</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="33" />
        <source>Multilateral call</source>
        <translation>Llamada multilateral</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="34" />
        <source>Multilateral meeting</source>
        <translation>Reunión multilateral</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="37" />
        <source>Masculine</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="38" />
        <source>Feminine</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="39" />
        <source>Gender not set</source>
        <translation>Género sin indicar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="42" />
        <source>“The below is attributable to …”</source>
        <translation>“Las declaraciones a continuación deben atribuirse a …”</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="43" />
        <source>“The following is attributable to …”</source>
        <translation>“Lo siguiente debe atribuirse a …”</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="44" />
        <source>“As stated by …”</source>
        <translation>“Según lo declarado por …”</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="45" />
        <source>No attribution line</source>
        <translation>Sin línea de atribución</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="48" />
        <source>Not said</source>
        <translation>No consta</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="49" />
        <source>We did</source>
        <translation>Nosotros</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/choices.py" line="50" />
        <source>The counterpart did</source>
        <translation>El interlocutor</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="16" />
        <source>First: “Today Secretary X spoke with …”</source>
        <translation>Al principio: «Hoy, el secretario X conversó con…»</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="17" />
        <source>After the verb: “spoke today with …”</source>
        <translation>Tras el verbo: «conversó hoy con…»</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="18" />
        <source>After the counterpart: “spoke with Y today …”</source>
        <translation>Tras el interlocutor: «spoke with Y today…» (en español, tras el verbo)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="19" />
        <source>No time word</source>
        <translation>Sin palabra de tiempo</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="22" />
        <source>“received a call from …”</source>
        <translation>«recibió una llamada de…»</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="23" />
        <source>The country: “at Ukraine’s request”</source>
        <translation>El país: «a petición de Ucrania»</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="24" />
        <source>The official: “at Foreign Minister Sybiha’s request”</source>
        <translation>El funcionario: «a petición del canciller Sybiha»</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="27" />
        <source>The surname: “at Sybiha’s request”</source>
        <translation>El apellido: «a petición de Sybiha»</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="30" />
        <source>“to …” / “para …”</source>
        <translation>«para…» / «to…»</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="31" />
        <source>A second verb: “and congratulated …”</source>
        <translation>Un segundo verbo: «y felicitó…»</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="34" />
        <source>on the sidelines of</source>
        <translation>al margen de («on the sidelines of»)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="35" />
        <source>on the margins of</source>
        <translation>al margen de («on the margins of»)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="36" />
        <source>during</source>
        <translation>en el marco de («during»)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="39" />
        <source>Typographic: Landau’s “…”</source>
        <translation>Tipográficos: Landau’s “…”</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/lead_choices.py" line="40" />
        <source>Straight: Landau's "…"</source>
        <translation>Rectos: Landau's "…"</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../editor_app/gui/i18n.py" line="25" />
        <source>READOUT_UI_LANGUAGE</source>
        <extracomment>Not shown anywhere: translate it as the code of this translation's language ("es").</extracomment>
        <translation>es</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <location filename="../editor_app/gui/spell_highlighter.py" line="206" />
        <source>(no suggestions)</source>
        <translation>(sin sugerencias)</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/spell_highlighter.py" line="221" />
        <source>Personal dictionary not saved</source>
        <translation>Diccionario personal sin guardar</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/spell_highlighter.py" line="223" />
        <source>“{word}” is accepted until Readout Editor closes, but your personal dictionary could not be saved: {error}</source>
        <translation>«{word}» se acepta hasta que se cierre Readout Editor, pero no se pudo guardar su diccionario personal: {error}</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/spell_highlighter.py" line="233" />
        <source>Add to dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
    <message>
        <location filename="../editor_app/gui/spell_highlighter.py" line="235" />
        <source>Ignore</source>
        <translation>Ignorar</translation>
    </message>
</context>
</TS>