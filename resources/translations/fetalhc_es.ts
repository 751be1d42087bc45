<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open ultrasound images (PNG, JPEG, BMP, TIFF, DICOM)</source>
        <translation>Abrir imágenes ecográficas (PNG, JPEG, BMP, TIFF, DICOM)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;carpeta…</translation>
    </message>
    <message>
        <source>Open every image in a folder</source>
        <translation>Abrir todas las imágenes de una carpeta</translation>
    </message>
    <message>
        <source>Open &amp;Measurements…</source>
        <translation>Abrir &amp;mediciones…</translation>
    </message>
    <message>
        <source>Open a measurement export (CSV or JSON) again: its images with their ellipses, to review or go on</source>
        <translation>Volver a abrir una exportación de mediciones (CSV o JSON): sus imágenes con sus elipses, para revisar o continuar</translation>
    </message>
    <message>
        <source>&amp;Export Measurements…</source>
        <translation>&amp;Exportar mediciones…</translation>
    </message>
    <message>
        <source>Save all measurements as CSV or JSON</source>
        <translation>Guardar todas las mediciones como CSV o JSON</translation>
    </message>
    <message>
        <source>Export Measurements &amp;without Identity…</source>
        <translation>Exportar mediciones &amp;sin identidad…</translation>
    </message>
    <message>
        <source>Save all measurements without the patients&apos; names, IDs and birth dates (for research sharing)</source>
        <translation>Guardar todas las mediciones sin nombres, identificadores ni fechas de nacimiento de las pacientes (para investigación)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;informe…</translation>
    </message>
    <message>
        <source>One PDF report per exam of the measured images</source>
        <translation>Un informe PDF por exploración con las imágenes medidas</translation>
    </message>
    <message>
        <source>Export Report without I&amp;dentity…</source>
        <translation>Exportar informe sin i&amp;dentidad…</translation>
    </message>
    <message>
        <source>One PDF report per exam without the patient&apos;s name, ID and birth date</source>
        <translation>Un informe PDF por exploración sin el nombre, el identificador ni la fecha de nacimiento de la paciente</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <source>Print the report of this image&apos;s exam</source>
        <translation>Imprimir el informe de la exploración de esta imagen</translation>
    </message>
    <message>
        <source>Export HC18 &amp;Submission…</source>
        <translation>Exportar envío &amp;HC18…</translation>
    </message>
    <message>
        <source>Save the HC18 challenge CSV (six columns)</source>
        <translation>Guardar el CSV del reto HC18 (seis columnas)</translation>
    </message>
    <message>
        <source>Export Image with &amp;Overlay…</source>
        <translation>Exportar imagen con &amp;superposición…</translation>
    </message>
    <message>
        <source>Save this image with its ellipse</source>
        <translation>Guardar esta imagen con su elipse</translation>
    </message>
    <message>
        <source>Remove from &amp;List</source>
        <translation>Quitar de la &amp;lista</translation>
    </message>
    <message>
        <source>Take the selected images and their measurements out of the list (their files stay where they are)</source>
        <translation>Quitar de la lista las imágenes elegidas y sus mediciones (sus archivos quedan donde están)</translation>
    </message>
    <message>
        <source>Delete &amp;Old Patient Data…</source>
        <translation>Borrar datos de pacientes &amp;antiguos…</translation>
    </message>
    <message>
        <source>Delete received, retrieved and sent images and results older than the retention period</source>
        <translation>Borrar las imágenes y resultados recibidos, recuperados y enviados más antiguos que el periodo de conservación</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close FetalHC (the session is saved)</source>
        <translation>Cerrar FetalHC (la sesión se guarda)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <source>Measure HC on this image with the model</source>
        <translation>Medir la CC en esta imagen con el modelo</translation>
    </message>
    <message>
        <source>Measure &amp;All</source>
        <translation>Medir &amp;todas</translation>
    </message>
    <message>
        <source>Measure every image in the list</source>
        <translation>Medir cada imagen de la lista</translation>
    </message>
    <message>
        <source>Measure on &amp;Open</source>
        <translation>Medir al &amp;abrir</translation>
    </message>
    <message>
        <source>Measure each image when it is first shown</source>
        <translation>Medir cada imagen la primera vez que se muestra</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Detener la medición</translation>
    </message>
    <message>
        <source>&amp;Draw Ellipse</source>
        <translation>&amp;Dibujar elipse</translation>
    </message>
    <message>
        <source>Drag a box over the head to draw an ellipse by hand</source>
        <translation>Arrastrar un recuadro sobre la cabeza para dibujar una elipse a mano</translation>
    </message>
    <message>
        <source>&amp;Restore Automatic Ellipse</source>
        <translation>&amp;Restaurar la elipse automática</translation>
    </message>
    <message>
        <source>Undo the hand correction</source>
        <translation>Deshacer la corrección a mano</translation>
    </message>
    <message>
        <source>Ca&amp;librate Pixel Size…</source>
        <translation>Ca&amp;librar el tamaño de píxel…</translation>
    </message>
    <message>
        <source>Draw a line over a known distance</source>
        <translation>Trazar una línea sobre una distancia conocida</translation>
    </message>
    <message>
        <source>Set &amp;Patient and Exam…</source>
        <translation>Indicar &amp;paciente y exploración…</translation>
    </message>
    <message>
        <source>Patient ID, name and exam date for the selected images whose files name none (PNG, JPEG, TIFF)</source>
        <translation>Identificador, nombre de la paciente y fecha de la exploración para las imágenes elegidas cuyos archivos no los indican (PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <source>Date This &amp;Exam…</source>
        <translation>Datar esta &amp;exploración…</translation>
    </message>
    <message>
        <source>The GA at this exam from the LMP, the EDD or a dating scan, for all its images&apos; centiles</source>
        <translation>La EG en esta exploración a partir de la FUR, la FPP o una ecografía de datación, para los percentiles de todas sus imágenes</translation>
    </message>
    <message>
        <source>Load Pixel-Size &amp;CSV…</source>
        <translation>Cargar &amp;CSV de tamaños de píxel…</translation>
    </message>
    <message>
        <source>Pixel sizes by file name for all open images</source>
        <translation>Tamaños de píxel por nombre de archivo para todas las imágenes abiertas</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Imagen &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous image</source>
        <translation>Ir a la imagen anterior</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Imagen &amp;siguiente</translation>
    </message>
    <message>
        <source>Go to the next image</source>
        <translation>Ir a la imagen siguiente</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar a la ventana</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Mostrar la imagen entera</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Tamaño real (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un píxel de imagen por píxel de pantalla</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;umentar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Red&amp;ucir</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>Mostrar &amp;máscara</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s head region</source>
        <translation>Mostrar u ocultar la región de la cabeza del modelo</translation>
    </message>
    <message>
        <source>Show &amp;Ellipse</source>
        <translation>Mostrar &amp;elipse</translation>
    </message>
    <message>
        <source>Show or hide the ellipse and its axes</source>
        <translation>Mostrar u ocultar la elipse y sus ejes</translation>
    </message>
    <message>
        <source>&amp;Reset Brightness/Contrast</source>
        <translation>&amp;Restablecer brillo/contraste</translation>
    </message>
    <message>
        <source>Back to the full gray range</source>
        <translation>Volver a toda la escala de grises</translation>
    </message>
    <message>
        <source>&amp;Choose Model Folder…</source>
        <translation>&amp;Elegir carpeta de modelo…</translation>
    </message>
    <message>
        <source>Measure with another trained model</source>
        <translation>Medir con otro modelo entrenado</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>En&amp;trenar modelo…</translation>
    </message>
    <message>
        <source>Train or fine-tune a model on annotated images</source>
        <translation>Entrenar o ajustar un modelo con imágenes anotadas</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Model</source>
        <translation>Usar el modelo &amp;incluido</translation>
    </message>
    <message>
        <source>Go back to the model that ships with FetalHC</source>
        <translation>Volver al modelo que se incluye con FetalHC</translation>
    </message>
    <message>
        <source>&amp;Receive Images</source>
        <translation>&amp;Recibir imágenes</translation>
    </message>
    <message>
        <source>Listen for images from the known peers (off until you turn it on)</source>
        <translation>Escuchar imágenes de los nodos conocidos (desactivado hasta que lo active)</translation>
    </message>
    <message>
        <source>Node &amp;Settings…</source>
        <translation>&amp;Ajustes del nodo…</translation>
    </message>
    <message>
        <source>AE title, port and the peers that may send</source>
        <translation>Título AE, puerto y nodos que pueden enviar</translation>
    </message>
    <message>
        <source>&amp;Open from PACS…</source>
        <translation>Abrir desde el PA&amp;CS…</translation>
    </message>
    <message>
        <source>Search a PACS by patient and date and open a study</source>
        <translation>Buscar en un PACS por paciente y fecha y abrir un estudio</translation>
    </message>
    <message>
        <source>Send &amp;Results to PACS…</source>
        <translation>Enviar &amp;resultados al PACS…</translation>
    </message>
    <message>
        <source>Send this image&apos;s measurement report and captured image to a peer, filed in its study</source>
        <translation>Enviar el informe de medición y la imagen capturada de esta imagen a un nodo, archivados en su estudio</translation>
    </message>
    <message>
        <source>Outgoing &amp;Queue…</source>
        <translation>Cola de &amp;salida…</translation>
    </message>
    <message>
        <source>Results waiting for a PACS: retry or drop them</source>
        <translation>Resultados a la espera de un PACS: reintentar o descartar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Listar todos los atajos</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>How to measure with FetalHC, task by task, with pictures</source>
        <translation>Cómo medir con FetalHC, tarea por tarea, con imágenes</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Show the folder of the crash and error logs</source>
        <translation>Mostrar la carpeta de registros de fallos y errores</translation>
    </message>
    <message>
        <source>&amp;About FetalHC</source>
        <translation>&amp;Acerca de FetalHC</translation>
    </message>
    <message>
        <source>Version, model card and data attribution</source>
        <translation>Versión, ficha del modelo y atribución de los datos</translation>
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
        <source>Open &amp;Recent</source>
        <translation>Abiertos &amp;recientemente</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>GA known from the {source}</source>
        <translation>EG conocida por: {source}</translation>
    </message>
    <message>
        <source>HC {hc} mm  BPD {bpd} mm  OFD {ofd} mm (outer-outer)  {maker}</source>
        <translation>CC {hc} mm  DBP {bpd} mm  DOF {ofd} mm (externo-externo)  {maker}</translation>
    </message>
    <message>
        <source>GA {ga} (Hadlock)</source>
        <translation>EG {ga} (Hadlock)</translation>
    </message>
    <message>
        <source>{ga} (INTERGROWTH-21st)</source>
        <translation>{ga} (INTERGROWTH-21st)</translation>
    </message>
    <message>
        <source>centile {centile} at {ga}</source>
        <translation>percentil {centile} para EG {ga}</translation>
    </message>
    <message>
        <source>centile withheld at {ga}: check dates, pixel size, plane</source>
        <translation>percentil no mostrado para EG {ga}: revise fechas, tamaño de píxel, plano</translation>
    </message>
    <message>
        <source>NOT CONFIRMED AS A HEAD PLANE</source>
        <translation>NO CONFIRMADO COMO PLANO DE LA CABEZA</translation>
    </message>
    <message>
        <source>DOUBTFUL: check the ellipse</source>
        <translation>DUDOSO: revise la elipse</translation>
    </message>
    <message>
        <source>ellipse edited by hand</source>
        <translation>elipse editada a mano</translation>
    </message>
</context>
<context>
    <name>CinePanel</name>
    <message>
        <source>Frame of a multi-frame file (the one shown is the one reported)</source>
        <translation>Fotograma de un archivo multiimagen (el que se muestra es el que se informa)</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>fotograma</translation>
    </message>
    <message>
        <source>HC of every frame; click a point to report that frame</source>
        <translation>CC de cada fotograma; haga clic en un punto para informar ese fotograma</translation>
    </message>
    <message>
        <source>frame {number} of {count}</source>
        <translation>fotograma {number} de {count}</translation>
    </message>
    <message>
        <source>HC ({unit})</source>
        <translation>CC ({unit})</translation>
    </message>
</context>
<context>
    <name>ClinicalWords</name>
    <message>
        <source>an abdomen</source>
        <extracomment>What the head-plane check says an image looks like, with its article (``inference.plane_check``).</extracomment>
        <translation>un abdomen</translation>
    </message>
    <message>
        <source>a femur</source>
        <translation>un fémur</translation>
    </message>
    <message>
        <source>a thorax</source>
        <translation>un tórax</translation>
    </message>
    <message>
        <source>from the DICOM file</source>
        <extracomment>``core.pixel_size.SOURCE_WORDS``: where a pixel size came from.</extracomment>
        <translation>del archivo DICOM</translation>
    </message>
    <message>
        <source>from the pixel-size CSV</source>
        <translation>del CSV de tamaños de píxel</translation>
    </message>
    <message>
        <source>entered by the user</source>
        <translation>introducido por el usuario</translation>
    </message>
    <message>
        <source>calibrated on the image</source>
        <translation>calibrado en la imagen</translation>
    </message>
    <message>
        <source>LMP</source>
        <extracomment>How a GA was dated (``core.dating.Dating.method``).</extracomment>
        <translation>FUR</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>FPP</translation>
    </message>
    <message>
        <source>dating scan</source>
        <translation>ecografía de datación</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <extracomment>Sentences written without figures, each its own form: doubt reasons and verdicts (core), the pixel size&apos;s refusals, the training settings&apos; and dataset&apos;s refusals (training), the retention summary (app), the node&apos;s TLS refusals (net).</extracomment>
        <translation>Elija una carpeta de salida.</translation>
    </message>
    <message>
        <source>The output folder must not be the bundled model&apos;s folder.</source>
        <translation>La carpeta de salida no debe ser la del modelo incluido.</translation>
    </message>
    <message>
        <source>Train at least one model.</source>
        <translation>Entrene al menos un modelo.</translation>
    </message>
    <message>
        <source>An ensemble needs a test fraction: its interval is calibrated on subjects no member saw.</source>
        <translation>Un conjunto necesita una fracción de prueba: su intervalo se calibra con sujetos que ningún miembro vio.</translation>
    </message>
    <message>
        <source>The validation and test fractions must lie between 0 and 1.</source>
        <translation>Las fracciones de validación y prueba deben estar entre 0 y 1.</translation>
    </message>
    <message>
        <source>Train at least one epoch.</source>
        <translation>Entrene al menos una época.</translation>
    </message>
    <message>
        <source>The second stage&apos;s epochs must be 0 or more (0: no second stage).</source>
        <translation>Las épocas de la segunda etapa deben ser 0 o más (0: sin segunda etapa).</translation>
    </message>
    <message>
        <source>No pixel-size CSV (like training_set_pixel_size_and_HC.csv) was found in or beside the folder.</source>
        <translation>No se encontró ningún CSV de tamaños de píxel (como training_set_pixel_size_and_HC.csv) en la carpeta ni junto a ella.</translation>
    </message>
    <message>
        <source>Fewer than two readable image/annotation pairs with a pixel size were found.</source>
        <translation>Se encontraron menos de dos pares imagen/anotación legibles con tamaño de píxel.</translation>
    </message>
    <message>
        <source>All images belong to one subject; at least two are needed to split training and validation.</source>
        <translation>Todas las imágenes son de un sujeto; se necesitan al menos dos para separar entrenamiento y validación.</translation>
    </message>
    <message>
        <source>nothing is past its retention</source>
        <translation>nada ha superado su periodo de conservación</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>List at least one calling AE title that may send images to FetalHC.</source>
        <translation>Indique al menos un título AE llamante que pueda enviar imágenes a FetalHC.</translation>
    </message>
    <message>
        <source>Receiving with TLS needs this node&apos;s certificate and private key.</source>
        <translation>Recibir con TLS necesita el certificado y la clave privada de este nodo.</translation>
    </message>
    <message>
        <source>Certificate names for senders need the CA of the peers (client certificates to check).</source>
        <translation>Los nombres de certificado de los emisores necesitan la CA de los nodos (certificados de cliente que comprobar).</translation>
    </message>
    <message>
        <source>Receiving with TLS needs the CA that certifies the peers, so that only senders with a certificate it signed can connect; to accept TLS clients without a certificate, allow it explicitly.</source>
        <translation>Recibir con TLS necesita la CA que certifica los nodos, para que solo puedan conectarse los emisores con un certificado firmado por ella; para aceptar clientes TLS sin certificado, permítalo expresamente.</translation>
    </message>
    <message>
        <source>this does not look like a fetal head plane (it looks like {what})</source>
        <extracomment>(a form the core writes: its English template, marked for translation; what each of its fields matches and how it is shown, where not ANY).</extracomment>
        <translation>esto no parece un plano de la cabeza fetal (parece {what})</translation>
    </message>
    <message>
        <source>this does not look like a fetal head plane</source>
        <translation>esto no parece un plano de la cabeza fetal</translation>
    </message>
    <message>
        <source>the header says this is not an obstetric exam ({cues})</source>
        <translation>la cabecera indica que no es una exploración obstétrica ({cues})</translation>
    </message>
    <message>
        <source>the ensemble members disagree (95% interval {low}-{high} mm, ±{half}% of HC)</source>
        <translation>los miembros del conjunto discrepan (intervalo del 95 % {low}-{high} mm, ±{half} % de la CC)</translation>
    </message>
    <message>
        <source>the ensemble members disagree (a wide 95% interval)</source>
        <translation>los miembros del conjunto discrepan (un intervalo del 95 % amplio)</translation>
    </message>
    <message>
        <source>results like this one (skull edge, head size, pixel size) are often off by more than 5 mm</source>
        <translation>los resultados como este (borde del cráneo, tamaño de la cabeza, tamaño de píxel) se desvían a menudo más de 5 mm</translation>
    </message>
    <message>
        <source>the head region is not elliptical (fit Dice {dice})</source>
        <translation>la región de la cabeza no es elíptica (Dice del ajuste {dice})</translation>
    </message>
    <message>
        <source>the outline departs from the ellipse ({percent}%)</source>
        <translation>el contorno se aparta de la elipse ({percent} %)</translation>
    </message>
    <message>
        <source>the model is unsure of the head region (confidence {confidence})</source>
        <translation>el modelo no está seguro de la región de la cabeza (confianza {confidence})</translation>
    </message>
    <message>
        <source>{size}, {source}{detail}</source>
        <translation>{size}, {source}{detail}</translation>
    </message>
    <message>
        <source>{across} x {down} mm/px (across x down), {source}{detail}</source>
        <translation>{across} x {down} mm/px (horizontal x vertical), {source}{detail}</translation>
    </message>
    <message>
        <source>not known: HC in pixels only</source>
        <translation>desconocido: CC solo en píxeles</translation>
    </message>
    <message>
        <source>GA entered: {source}.</source>
        <translation>EG indicada: {source}.</translation>
    </message>
    <message>
        <source>Pixel size from {detail}.</source>
        <translation>Tamaño de píxel desde {detail}.</translation>
    </message>
    <message>
        <source>not checked (the model has no head-plane check)</source>
        <translation>no comprobado (el modelo no tiene comprobación del plano de la cabeza)</translation>
    </message>
    <message>
        <source>a fetal head plane (head-plane check)</source>
        <translation>un plano de la cabeza fetal (comprobación del plano de la cabeza)</translation>
    </message>
    <message>
        <source>confirmed as a fetal head plane by {who} on {when}, against the check</source>
        <translation>confirmado como plano de la cabeza fetal por {who} el {when}, contra la comprobación</translation>
    </message>
    <message>
        <source>not confirmed as a head plane: {reason}</source>
        <translation>no confirmado como plano de la cabeza: {reason}</translation>
    </message>
    <message>
        <source>the ellipse was drawn or corrected by hand; its HC is the user&apos;s</source>
        <translation>la elipse se dibujó o corrigió a mano; su CC es la del usuario</translation>
    </message>
    <message>
        <source>Hadlock is defined for HC {low}-{high} cm; this HC is {hc} cm.</source>
        <translation>Hadlock está definido para CC de {low}-{high} cm; esta CC es de {hc} cm.</translation>
    </message>
    <message>
        <source>HC must be positive.</source>
        <translation>La CC debe ser positiva.</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st dating is valid for scans at 98-181 days (HC up to about 240 mm); this HC is {hc} mm.</source>
        <translation>La datación INTERGROWTH-21st es válida para ecografías de 98-181 días (CC hasta unos 240 mm); esta CC es de {hc} mm.</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st dating is valid for scans at {low}-{high} days; this HC dates to {days} days.</source>
        <translation>La datación INTERGROWTH-21st es válida para ecografías de {low}-{high} días; esta CC data de {days} días.</translation>
    </message>
    <message>
        <source>The INTERGROWTH-21st HC standard covers {low} to {high} weeks; the GA given is {ga} weeks.</source>
        <translation>El estándar INTERGROWTH-21st de la CC abarca de {low} a {high} semanas; la EG indicada es de {ga} semanas.</translation>
    </message>
    <message>
        <source>The HC is {sd} SD below the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the dates, the pixel size and the plane.</source>
        <translation>La CC está {sd} DE por debajo de la media INTERGROWTH-21st a las {ga}: puntuación z y percentil omitidos; revise las fechas, el tamaño de píxel y el plano.</translation>
    </message>
    <message>
        <source>The HC is {sd} SD above the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the dates, the pixel size and the plane.</source>
        <translation>La CC está {sd} DE por encima de la media INTERGROWTH-21st a las {ga}: puntuación z y percentil omitidos; revise las fechas, el tamaño de píxel y el plano.</translation>
    </message>
    <message>
        <source>No pixel size: HC is given in pixels only.</source>
        <translation>Sin tamaño de píxel: la CC se da solo en píxeles.</translation>
    </message>
    <message>
        <source>Non-square pixels ({size}): measured in millimetres, not pixels.</source>
        <translation>Píxeles no cuadrados ({size}): medido en milímetros, no en píxeles.</translation>
    </message>
    <message>
        <source>The LMP {date} is after the exam ({exam}).</source>
        <translation>La FUR {date} es posterior a la exploración ({exam}).</translation>
    </message>
    <message>
        <source>The dating scan {date} is after the exam ({exam}).</source>
        <translation>La ecografía de datación {date} es posterior a la exploración ({exam}).</translation>
    </message>
    <message>
        <source>This {method} gives {weeks} weeks {days} days on {exam}, outside 14-42 weeks: check the dates.</source>
        <translation>Este dato ({method}) da {weeks} semanas {days} días el {exam}, fuera de 14-42 semanas: revise las fechas.</translation>
    </message>
    <message>
        <source>A scan at {ga} does not date a pregnancy: dating scans are those up to {high} (crown-rump length to 13+6, head circumference from 14+0); use the LMP or the EDD the dating scan gave.</source>
        <translation>Una ecografía a las {ga} no data un embarazo: las ecografías de datación son las de hasta {high} (longitud cráneo-caudal hasta 13+6, circunferencia cefálica desde 14+0); use la FUR o la FPP que dio la ecografía de datación.</translation>
    </message>
    <message>
        <source>The pixel size &apos;{text}&apos; is not a number.</source>
        <translation>El tamaño de píxel &apos;{text}&apos; no es un número.</translation>
    </message>
    <message>
        <source>The pixel size must be a finite number of mm per pixel.</source>
        <translation>El tamaño de píxel debe ser un número finito de mm por píxel.</translation>
    </message>
    <message>
        <source>The pixel size must be positive; {value} mm/px was given.</source>
        <translation>El tamaño de píxel debe ser positivo; se indicó {value} mm/px.</translation>
    </message>
    <message>
        <source>A pixel size of {value} mm/px is implausible for ultrasound: it should lie between {low} and {high} mm/px.</source>
        <translation>Un tamaño de píxel de {value} mm/px no es plausible en ecografía: debería estar entre {low} y {high} mm/px.</translation>
    </message>
    <message>
        <source>The known distance &apos;{text}&apos; is not a number.</source>
        <translation>La distancia conocida &apos;{text}&apos; no es un número.</translation>
    </message>
    <message>
        <source>The known distance must be a positive number of millimetres.</source>
        <translation>La distancia conocida debe ser un número positivo de milímetros.</translation>
    </message>
    <message>
        <source>the model&apos;s 95% interval of the HC</source>
        <translation>el intervalo del 95 % de la CC según el modelo</translation>
    </message>
    <message>
        <source>The calibration line is too short: draw it over the known distance.</source>
        <translation>La línea de calibración es demasiado corta: trácela sobre la distancia conocida.</translation>
    </message>
    <message>
        <source>No head was found in this image.</source>
        <translation>No se encontró ninguna cabeza en esta imagen.</translation>
    </message>
    <message>
        <source>No head was found in this image: the largest region is too small.</source>
        <translation>No se encontró ninguna cabeza en esta imagen: la región mayor es demasiado pequeña.</translation>
    </message>
    <message>
        <source>The outline is too small to fit an ellipse.</source>
        <translation>El contorno es demasiado pequeño para ajustar una elipse.</translation>
    </message>
    <message>
        <source>No ellipse could be fitted to the outline.</source>
        <translation>No se pudo ajustar ninguna elipse al contorno.</translation>
    </message>
    <message>
        <source>The head outline is too small to measure.</source>
        <translation>El contorno de la cabeza es demasiado pequeño para medirlo.</translation>
    </message>
    <message>
        <source>The pixel-size file {file} is empty.</source>
        <translation>El archivo de tamaños de píxel {file} está vacío.</translation>
    </message>
    <message>
        <source>The pixel-size file {file} could not be read: {why}</source>
        <translation>No se pudo leer el archivo de tamaños de píxel {file}: {why}</translation>
    </message>
    <message>
        <source>{file}: this is not a readable DICOM file ({why}).</source>
        <translation>{file}: no es un archivo DICOM legible ({why}).</translation>
    </message>
    <message>
        <source>{file}: the DICOM file holds no image (no pixel data).</source>
        <translation>{file}: el archivo DICOM no contiene ninguna imagen (sin datos de píxeles).</translation>
    </message>
    <message>
        <source>{file}: the DICOM image could not be decoded ({why}).</source>
        <translation>{file}: no se pudo decodificar la imagen DICOM ({why}).</translation>
    </message>
    <message>
        <source>{file}: the file says {count} frames but its pixel data does not hold them.</source>
        <translation>{file}: el archivo indica {count} fotogramas pero sus datos de píxeles no los contienen.</translation>
    </message>
    <message>
        <source>{file}: not a deflated DICOM file.</source>
        <translation>{file}: no es un archivo DICOM comprimido (deflate).</translation>
    </message>
    <message>
        <source>{file}: frame {frame} does not exist (the file has {count}).</source>
        <translation>{file}: el fotograma {frame} no existe (el archivo tiene {count}).</translation>
    </message>
    <message>
        <source>{file}: the link leads nowhere or loops; there is no image to read.</source>
        <translation>{file}: el enlace no lleva a ningún sitio o forma un bucle; no hay imagen que leer.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: el archivo no existe.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: el archivo está vacío.</translation>
    </message>
    <message>
        <source>{file}: this is not an image format FetalHC can read ({why}).</source>
        <translation>{file}: no es un formato de imagen que FetalHC pueda leer ({why}).</translation>
    </message>
    <message>
        <source>{file}: the image is damaged or truncated ({why}).</source>
        <translation>{file}: la imagen está dañada o truncada ({why}).</translation>
    </message>
    <message>
        <source>{file}: an image of {cols} x {rows} pixels is not an ultrasound frame (each side must be {low} to {high} pixels, {mp} megapixels at most).</source>
        <translation>{file}: una imagen de {cols} x {rows} píxeles no es una imagen ecográfica (cada lado debe tener de {low} a {high} píxeles, {mp} megapíxeles como máximo).</translation>
    </message>
    <message>
        <source>The image size {rows}x{cols} must be a multiple of 16.</source>
        <translation>El tamaño de imagen {rows}x{cols} debe ser múltiplo de 16.</translation>
    </message>
    <message>
        <source>deleted {files} file(s), {mb} MB, and {rows} row(s) of results tables</source>
        <translation>borrados {files} archivo(s), {mb} MB y {rows} fila(s) de tablas de resultados</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a DICOM AE title: use 1 to 16 letters, digits or punctuation, no backslash.</source>
        <translation>&apos;{title}&apos; no es un título AE DICOM: use de 1 a 16 letras, cifras o signos de puntuación, sin barra invertida.</translation>
    </message>
    <message>
        <source>The port &apos;{port}&apos; is not a number.</source>
        <translation>El puerto &apos;{port}&apos; no es un número.</translation>
    </message>
    <message>
        <source>The port {port} is outside 1-65535.</source>
        <translation>El puerto {port} está fuera de 1-65535.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an identity: write AE_TITLE=CERTIFICATE_NAME.</source>
        <translation>&apos;{text}&apos; no es una identidad: escriba TITULO_AE=NOMBRE_DEL_CERTIFICADO.</translation>
    </message>
    <message>
        <source>The peer {ae} has no host.</source>
        <translation>El nodo {ae} no tiene host.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a peer: write AE_TITLE@HOST:PORT (or AE_TITLE@HOST:PORT+tls).</source>
        <translation>&apos;{text}&apos; no es un nodo: escriba TITULO_AE@HOST:PUERTO (o TITULO_AE@HOST:PUERTO+tls).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no host: write AE_TITLE or AE_TITLE@HOST.</source>
        <translation>&apos;{text}&apos; no indica host: escriba TITULO_AE o TITULO_AE@HOST.</translation>
    </message>
    <message>
        <source>{ae} has a certificate name but is not a peer allowed to send images.</source>
        <translation>{ae} tiene un nombre de certificado pero no es un nodo autorizado a enviar imágenes.</translation>
    </message>
    <message>
        <source>The certificate name for {ae} is empty.</source>
        <translation>El nombre de certificado de {ae} está vacío.</translation>
    </message>
    <message>
        <source>The host {host} is given for {ae}, which is not a peer allowed to send.</source>
        <translation>El host {host} se indica para {ae}, que no es un nodo autorizado a enviar.</translation>
    </message>
    <message>
        <source>The TLS private key {key} could not be read: {why}</source>
        <translation>No se pudo leer la clave privada TLS {key}: {why}</translation>
    </message>
    <message>
        <source>The TLS private key {key} can be read by other accounts (mode {mode}): make it private (chmod 600 {again}) and try again.</source>
        <translation>La clave privada TLS {key} la pueden leer otras cuentas (modo {mode}): hágala privada (chmod 600 {again}) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The TLS certificate or key could not be used: {why}</source>
        <translation>No se pudo usar el certificado o la clave TLS: {why}</translation>
    </message>
    <message>
        <source>The TLS certificate, key or CA could not be used: {why}</source>
        <translation>No se pudo usar el certificado, la clave o la CA TLS: {why}</translation>
    </message>
    <message>
        <source>{ae} could not search ({status}).</source>
        <translation>{ae} no pudo buscar ({status}).</translation>
    </message>
    <message>
        <source>{ae} could not send the study ({status}).</source>
        <translation>{ae} no pudo enviar el estudio ({status}).</translation>
    </message>
    <message>
        <source>The retrieval from {ae} was stopped.</source>
        <translation>Se detuvo la recuperación desde {ae}.</translation>
    </message>
    <message>
        <source>{peer}: TLS failed ({why}).</source>
        <translation>{peer}: falló TLS ({why}).</translation>
    </message>
    <message>
        <source>{ae} at {address} did not accept an association over TLS from {calling}.</source>
        <translation>{ae} en {address} no aceptó una asociación por TLS de {calling}.</translation>
    </message>
    <message>
        <source>{ae} at {address} did not accept an association from {calling}.</source>
        <translation>{ae} en {address} no aceptó una asociación de {calling}.</translation>
    </message>
    <message>
        <source>{ae} refused {what} ({status}).</source>
        <translation>{ae} rechazó {what} ({status}).</translation>
    </message>
    <message>
        <source>ultrasound region {number} of {count}, the one holding the head</source>
        <translation>región ecográfica {number} de {count}, la que contiene la cabeza</translation>
    </message>
    <message>
        <source>ultrasound region {number}</source>
        <translation>región ecográfica {number}</translation>
    </message>
    <message>
        <source>The file&apos;s {count} ultrasound region(s) give no usable pixel size (a zero or negative spacing, units other than cm, or no 2D tissue region); set the pixel size by hand or calibrate.</source>
        <translation>Las {count} región(es) ecográfica(s) del archivo no dan un tamaño de píxel utilizable (un espaciado nulo o negativo, unidades distintas de cm o ninguna región de tejido 2D); indique el tamaño de píxel a mano o calibre.</translation>
    </message>
    <message>
        <source>The {mode} image was rescaled to 8 bits for display and measurement.</source>
        <translation>La imagen {mode} se reescaló a 8 bits para la visualización y la medición.</translation>
    </message>
    <message>
        <source>No head was found.</source>
        <translation>No se encontró ninguna cabeza.</translation>
    </message>
    <message>
        <source>The measurement failed: {message}</source>
        <translation>La medición falló: {message}</translation>
    </message>
    <message>
        <source>No head was found in any frame.</source>
        <translation>No se encontró cabeza en ningún fotograma.</translation>
    </message>
    <message>
        <source>typed for this image</source>
        <translation>escrita para esta imagen</translation>
    </message>
    <message>
        <source>No head was found: the region found is not head-shaped (axis ratio {ratio}).</source>
        <translation>No se encontró ninguna cabeza: la región hallada no tiene forma de cabeza (relación de ejes {ratio}).</translation>
    </message>
    <message>
        <source>{dating}, exam {exam}</source>
        <translation>{dating}, exploración {exam}</translation>
    </message>
    <message>
        <source>dating scan {date} at {weeks}w{days}d</source>
        <translation>ecografía de datación {date} a las {weeks}+{days}</translation>
    </message>
    <message>
        <source>{method} {date}</source>
        <translation>{method} {date}</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: 1 day apart.</source>
        <translation>La CC da {hc} ({formula}), las fechas dan {dates}: 1 día de diferencia.</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart, more than the {threshold} days at which ACOG Committee Opinion 700 would redate at this GA: check the dates, the pixel size and the plane (FetalHC does not redate).</source>
        <translation>La CC da {hc} ({formula}), las fechas dan {dates}: {apart} días de diferencia, más que los {threshold} días a partir de los cuales la ACOG Committee Opinion 700 volvería a datar a esta EG: revise las fechas, el tamaño de píxel y el plano (FetalHC no vuelve a datar).</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart.</source>
        <translation>La CC da {hc} ({formula}), las fechas dan {dates}: {apart} días de diferencia.</translation>
    </message>
</context>
<context>
    <name>DatingDialog</name>
    <message>
        <source>Date This Exam</source>
        <translation>Datar esta exploración</translation>
    </message>
    <message>
        <source>LMP</source>
        <translation>FUR</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>FPP</translation>
    </message>
    <message>
        <source>Dating scan on</source>
        <translation>Ecografía de datación el</translation>
    </message>
    <message>
        <source>The GA the dating scan gave: {low} to {high}</source>
        <translation>La EG que dio la ecografía de datación: {low} a {high}</translation>
    </message>
    <message>
        <source>GA then</source>
        <translation>EG entonces</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Fecha de la exploración</translation>
    </message>
    <message>
        <source>The GA at this exam applies to its one image.</source>
        <translation>La EG en esta exploración se aplica a su única imagen.</translation>
    </message>
    <message>
        <source>The GA at this exam applies to its {n} images.</source>
        <translation>La EG en esta exploración se aplica a sus {n} imágenes.</translation>
    </message>
    <message>
        <source>enter the exam date</source>
        <translation>escriba la fecha de la exploración</translation>
    </message>
    <message>
        <source>enter the LMP</source>
        <translation>escriba la FUR</translation>
    </message>
    <message>
        <source>enter the EDD</source>
        <translation>escriba la FPP</translation>
    </message>
    <message>
        <source>enter the dating scan&apos;s date</source>
        <translation>escriba la fecha de la ecografía de datación</translation>
    </message>
    <message>
        <source>enter the GA at the dating scan</source>
        <translation>escriba la EG en la ecografía de datación</translation>
    </message>
    <message>
        <source>GA at the exam: {ga} ({dating})</source>
        <translation>EG en la exploración: {ga} ({dating})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Calibrate pixel size</source>
        <translation>Calibrar el tamaño de píxel</translation>
    </message>
    <message>
        <source>The line is {length} pixels long. Its length in millimetres:</source>
        <translation>La línea mide {length} píxeles. Su longitud en milímetros:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>About FetalHC</source>
        <translation>Acerca de FetalHC</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fetal head circumference on 2D ultrasound: a U-Net finds the skull, an ellipse is fitted and HC follows from the pixel size. Results are for review by a qualified sonographer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Circunferencia cefálica fetal en ecografía 2D: una U-Net encuentra el cráneo, se ajusta una elipse y la CC se obtiene del tamaño de píxel. Los resultados son para revisión por un ecografista cualificado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; Trained on the HC18 challenge training set: {citation}, licensed under Creative Commons Attribution 4.0 (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Datos.&lt;/b&gt; Entrenado con el conjunto de entrenamiento del desafío HC18: {citation}, con licencia Creative Commons Atribución 4.0 (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model card&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ficha del modelo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>No hay ningún modelo cargado.</translation>
    </message>
</context>
<context>
    <name>DicomCommands</name>
    <message>
        <source>DICOM node not started</source>
        <translation>Nodo DICOM no iniciado</translation>
    </message>
    <message>
        <source>Check DICOM &gt; Node Settings.</source>
        <translation>Revise DICOM &gt; Ajustes del nodo.</translation>
    </message>
    <message>
        <source>Received an image from {ae}</source>
        <translation>Imagen recibida de {ae}</translation>
    </message>
    <message>
        <source>1 result waiting for the PACS</source>
        <translation>1 resultado a la espera del PACS</translation>
    </message>
    <message>
        <source>{n} results waiting for the PACS</source>
        <translation>{n} resultados a la espera del PACS</translation>
    </message>
    <message>
        <source>{label}: report and captured image sent to {peer}</source>
        <translation>{label}: informe e imagen capturada enviados a {peer}</translation>
    </message>
    <message>
        <source>Sending to PACS failed</source>
        <translation>Falló el envío al PACS</translation>
    </message>
    <message>
        <source>The results of {label} stay in the outgoing queue and are sent again on their own (DICOM &gt; Outgoing Queue lists them).</source>
        <translation>Los resultados de {label} quedan en la cola de salida y se reenvían solos (DICOM &gt; Cola de salida los lista).</translation>
    </message>
    <message>
        <source>{label}: {peer} still does not take the results (try {attempts})</source>
        <translation>{label}: {peer} sigue sin aceptar los resultados (intento {attempts})</translation>
    </message>
    <message>
        <source>No DICOM peer</source>
        <translation>Ningún nodo DICOM</translation>
    </message>
    <message>
        <source>Add the PACS as a peer in DICOM &gt; Node Settings first.</source>
        <translation>Añada primero el PACS como nodo en DICOM &gt; Ajustes del nodo.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Send a fetal head report?</source>
        <translation>¿Enviar un informe de cabeza fetal?</translation>
    </message>
    <message>
        <source>Send a fetal head circumference report of it to the PACS all the same?</source>
        <translation>¿Enviar de todos modos al PACS un informe de circunferencia cefálica fetal de esta imagen?</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada que enviar</translation>
    </message>
    <message>
        <source>Measure the image first.</source>
        <translation>Mida primero la imagen.</translation>
    </message>
    <message>
        <source>No DICOM results</source>
        <translation>Sin resultados DICOM</translation>
    </message>
    <message>
        <source>Send Results to PACS</source>
        <translation>Enviar resultados al PACS</translation>
    </message>
    <message>
        <source>Sending the results to {peer} (kept in {folder})…</source>
        <translation>Enviando los resultados a {peer} (guardados en {folder})…</translation>
    </message>
</context>
<context>
    <name>DicomSettings</name>
    <message>
        <source>AE title</source>
        <translation>Título AE</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>Nombre del certificado</translation>
    </message>
    <message>
        <source>DICOM Node Settings</source>
        <translation>Ajustes del nodo DICOM</translation>
    </message>
    <message>
        <source>Receive images from the peers below (listen on the network)</source>
        <translation>Recibir imágenes de los nodos de abajo (escuchar en la red)</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts this computer only; 0.0.0.0 every network interface</source>
        <translation>127.0.0.1 acepta solo este equipo; 0.0.0.0 todas las interfaces de red</translation>
    </message>
    <message>
        <source>Receive with TLS only (needs the certificate and key below)</source>
        <translation>Recibir solo con TLS (necesita el certificado y la clave de abajo)</translation>
    </message>
    <message>
        <source>This node&apos;s certificate (PEM)</source>
        <translation>Certificado de este nodo (PEM)</translation>
    </message>
    <message>
        <source>This node&apos;s private key (PEM)</source>
        <translation>Clave privada de este nodo (PEM)</translation>
    </message>
    <message>
        <source>The CA certificate(s) of the peers (PEM)</source>
        <translation>El o los certificados de CA de los nodos (PEM)</translation>
    </message>
    <message>
        <source>Without a CA, accept TLS senders that present no certificate</source>
        <translation>Sin CA, aceptar emisores TLS que no presenten certificado</translation>
    </message>
    <message>
        <source>Off: only senders whose certificate the CA above signed can connect. On: any TLS client may connect (encrypted, but the AE title and its host are the only check).</source>
        <translation>Desactivado: solo pueden conectarse los emisores cuyo certificado firmó la CA de arriba. Activado: cualquier cliente TLS puede conectarse (cifrado, pero el título AE y su host son la única comprobación).</translation>
    </message>
    <message>
        <source>Accept deflate-compressed images (each inflated up to a size limit)</source>
        <translation>Aceptar imágenes comprimidas con deflate (cada una descomprimida hasta un tamaño límite)</translation>
    </message>
    <message>
        <source>Off: senders must send images uncompressed or with image compression (JPEG, JPEG 2000, RLE), whose size is checked before decoding. On: the deflated transfer syntax too; a dataset that inflates past {limit} MB is refused.</source>
        <translation>Desactivado: los emisores deben enviar las imágenes sin comprimir o con compresión de imagen (JPEG, JPEG 2000, RLE), cuyo tamaño se comprueba antes de decodificar. Activado: también la sintaxis de transferencia deflate; un conjunto de datos que supere {limit} MB al descomprimirse se rechaza.</translation>
    </message>
    <message>
        <source>Add Peer</source>
        <translation>Añadir nodo</translation>
    </message>
    <message>
        <source>Remove Peer</source>
        <translation>Quitar nodo</translation>
    </message>
    <message>
        <source>This node&apos;s AE title</source>
        <translation>Título AE de este nodo</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Escuchar en la dirección</translation>
    </message>
    <message>
        <source>Received images go to</source>
        <translation>Las imágenes recibidas van a</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clave privada TLS</translation>
    </message>
    <message>
        <source>CA of the peers</source>
        <translation>CA de los nodos</translation>
    </message>
    <message>
        <source>Known peers (scanners and archives; only these may send images). TLS: call this peer over TLS. Certificate name: with TLS and a CA, this sender&apos;s certificate must carry it.</source>
        <translation>Nodos conocidos (ecógrafos y archivos; solo estos pueden enviar imágenes). TLS: llamar a este nodo por TLS. Nombre del certificado: con TLS y una CA, el certificado de este emisor debe llevarlo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Peer on row {row}: {problem}</source>
        <translation>Nodo de la fila {row}: {problem}</translation>
    </message>
    <message>
        <source>Give the address to listen on (127.0.0.1 for this computer only).</source>
        <translation>Indique la dirección en la que escuchar (127.0.0.1 solo para este equipo).</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Brightness: the gray value shown mid-gray</source>
        <translation>Brillo: el valor de gris que se muestra como gris medio</translation>
    </message>
    <message>
        <source>Contrast: the range of gray values shown</source>
        <translation>Contraste: el rango de valores de gris mostrados</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Back to the full gray range</source>
        <translation>Volver a toda la escala de grises</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Show the model&apos;s head region (M)</source>
        <translation>Mostrar la región de la cabeza del modelo (M)</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <source>Show the fitted ellipse and its axes (E)</source>
        <translation>Mostrar la elipse ajustada y sus ejes (E)</translation>
    </message>
    <message>
        <source>Mask opacity</source>
        <translation>Opacidad de la máscara</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brillo</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
</context>
<context>
    <name>EllipseEditor</name>
    <message>
        <source>Drag this end alone (Shift: both ends); click it, then the arrow keys move it by a pixel</source>
        <translation>Arrastrar este extremo solo (Mayús: los dos); haga clic en él y las flechas lo mueven un píxel</translation>
    </message>
    <message>
        <source>Drag to move the ellipse; click it, then the arrow keys move it by a pixel</source>
        <translation>Arrastrar para mover la elipse; haga clic en ella y las flechas la mueven un píxel</translation>
    </message>
    <message>
        <source>Drag to rotate the ellipse</source>
        <translation>Arrastrar para girar la elipse</translation>
    </message>
</context>
<context>
    <name>ExamCommands</name>
    <message>
        <source>; 1 DICOM image keeps the patient its file names</source>
        <translation>; 1 imagen DICOM conserva la paciente que indica su archivo</translation>
    </message>
    <message>
        <source>; {n} DICOM images keep the patient their file names</source>
        <translation>; {n} imágenes DICOM conservan la paciente que indican sus archivos</translation>
    </message>
    <message>
        <source>Patient and exam set for 1 image</source>
        <translation>Paciente y exploración indicados para 1 imagen</translation>
    </message>
    <message>
        <source>Patient and exam set for {n} images</source>
        <translation>Paciente y exploración indicados para {n} imágenes</translation>
    </message>
    <message>
        <source>GA {ga} set for 1 image of this exam</source>
        <translation>EG {ga} indicada para 1 imagen de esta exploración</translation>
    </message>
    <message>
        <source>GA {ga} set for {n} images of this exam</source>
        <translation>EG {ga} indicada para {n} imágenes de esta exploración</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&apos;{text}&apos; has more than one decimal mark: type one, e.g. 0.0758 or 0,0758</source>
        <translation>&apos;{text}&apos; tiene más de un separador decimal: escriba uno, p. ej. 0,0758 o 0.0758</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type e.g. 0.0758 or 0,0758</source>
        <translation>&apos;{text}&apos; no es un número: escriba p. ej. 0,0758 o 0.0758</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a gestational age: type weeks+days, e.g. 20+3</source>
        <translation>&apos;{text}&apos; no es una edad gestacional: escriba semanas+días, p. ej. 20+3</translation>
    </message>
    <message>
        <source>A GA of {weeks}+{days} is outside {low}+0 to {high}+6</source>
        <translation>Una EG de {weeks}+{days} está fuera de {low}+0 a {high}+6</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as {form}</source>
        <translation>&apos;{text}&apos; no es una fecha: escríbala como {form}</translation>
    </message>
    <message>
        <source>DMY</source>
        <extracomment>The initials of the words day, month and year, in this order (three letters).</extracomment>
        <translation>DMA</translation>
    </message>
    <message>
        <source>weeks+days, e.g. 20+3</source>
        <translation>semanas+días, p. ej. 20+3</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Elegir la fecha en un calendario</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Open images</source>
        <translation>Abrir imágenes</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Abrir una carpeta de imágenes</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: no existe ese archivo ni esa carpeta</translation>
    </message>
    <message>
        <source>Some files were not opened</source>
        <translation>Algunos archivos no se abrieron</translation>
    </message>
    <message>
        <source>Pixel sizes found</source>
        <translation>Tamaños de píxel encontrados</translation>
    </message>
    <message>
        <source>{csv}, beside these images, gives the pixel size of one of them. Use it?</source>
        <translation>{csv}, junto a estas imágenes, da el tamaño de píxel de una de ellas. ¿Usarlo?</translation>
    </message>
    <message>
        <source>{csv}, beside these images, gives the pixel size of {n} of them. Use it?</source>
        <translation>{csv}, junto a estas imágenes, da el tamaño de píxel de {n} de ellas. ¿Usarlo?</translation>
    </message>
    <message>
        <source>Open measurements</source>
        <translation>Abrir mediciones</translation>
    </message>
    <message>
        <source>Measurements not opened</source>
        <translation>Mediciones no abiertas</translation>
    </message>
    <message>
        <source>1 measured image opened from {file}</source>
        <translation>1 imagen medida abierta desde {file}</translation>
    </message>
    <message>
        <source>{n} measured images opened from {file}</source>
        <translation>{n} imágenes medidas abiertas desde {file}</translation>
    </message>
    <message>
        <source>1 measurement written to {path}</source>
        <translation>1 medición escrita en {path}</translation>
    </message>
    <message>
        <source>{n} measurements written to {path}</source>
        <translation>{n} mediciones escritas en {path}</translation>
    </message>
    <message>
        <source>1 image removed from the list; its file is untouched</source>
        <translation>1 imagen quitada de la lista; su archivo no se toca</translation>
    </message>
    <message>
        <source>{n} images removed from the list; their files are untouched</source>
        <translation>{n} imágenes quitadas de la lista; sus archivos no se tocan</translation>
    </message>
    <message>
        <source>Some images were not opened</source>
        <translation>Algunas imágenes no se abrieron</translation>
    </message>
    <message>
        <source>Export HC18 submission</source>
        <translation>Exportar envío HC18</translation>
    </message>
    <message>
        <source>Export measurements</source>
        <translation>Exportar mediciones</translation>
    </message>
    <message>
        <source> without patient identity</source>
        <translation> sin la identidad de la paciente</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falló la exportación</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exportar imagen</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Midiendo</translation>
    </message>
    <message>
        <source>Wait for the measurement to end (or cancel it), then remove images.</source>
        <translation>Espere a que termine la medición (o cancélela) y luego quite imágenes.</translation>
    </message>
    <message>
        <source>Delete Old Patient Data</source>
        <translation>Borrar datos de pacientes antiguos</translation>
    </message>
    <message>
        <source>Delete the images this computer received or retrieved over DICOM, and the results it sent,
that are older than this many days (images you opened from elsewhere are not touched):</source>
        <translation>Borrar las imágenes que este equipo recibió o recuperó por DICOM, y los resultados que envió,
más antiguos que estos días (las imágenes abiertas de otro lugar no se tocan):</translation>
    </message>
    <message>
        <source>Old patient data not deleted</source>
        <translation>Datos de pacientes antiguos no borrados</translation>
    </message>
    <message>
        <source>Retention of {days} days: {report}</source>
        <translation>Conservación de {days} días: {report}</translation>
    </message>
</context>
<context>
    <name>GrowthChart</name>
    <message>
        <source>3rd</source>
        <extracomment>The centiles labelled on the window&apos;s chart (all five are drawn; the tooltip names them). The curves&apos; labels (``core.clinical.ordinal`` of the INTERGROWTH-21st centiles) marked for translation.</extracomment>
        <translation>P3</translation>
    </message>
    <message>
        <source>10th</source>
        <translation>P10</translation>
    </message>
    <message>
        <source>50th</source>
        <translation>P50</translation>
    </message>
    <message>
        <source>90th</source>
        <translation>P90</translation>
    </message>
    <message>
        <source>97th</source>
        <translation>P97</translation>
    </message>
    <message>
        <source>gestational age (weeks)</source>
        <translation>edad gestacional (semanas)</translation>
    </message>
    <message>
        <source>HC (mm)</source>
        <translation>CC (mm)</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st HC standard: the 3rd, 10th, 50th (blue), 90th and 97th centiles; the thin inner pair are the 10th and 90th</source>
        <translation>Estándar INTERGROWTH-21st de la CC: percentiles 3, 10, 50 (azul), 90 y 97; el par interior fino son el 10 y el 90</translation>
    </message>
    <message>
        <source>No HC in millimetres for this exam yet.</source>
        <translation>Aún no hay CC en milímetros para esta exploración.</translation>
    </message>
    <message>
        <source>The GA of this exam is not known: date the exam (Measure &gt; Date This Exam) to place it.</source>
        <translation>La EG de esta exploración no se conoce: date la exploración (Medir &gt; Datar esta exploración) para situarla.</translation>
    </message>
    <message>
        <source>Red: this exam (bars: the model&apos;s 95% interval); orange: the patient&apos;s other exams.</source>
        <translation>Rojo: esta exploración (barras: el intervalo del 95 % del modelo); naranja: las otras exploraciones de la paciente.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Set Patient and Exam</source>
        <translation>Indicar paciente y exploración</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identificador de paciente</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellido</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Fecha de la exploración</translation>
    </message>
    <message>
        <source>For the selected image:</source>
        <translation>Para la imagen elegida:</translation>
    </message>
    <message>
        <source>For the {n} selected images, which become one exam:</source>
        <translation>Para las {n} imágenes elegidas, que pasan a ser una exploración:</translation>
    </message>
    <message>
        <source>Give at least the patient ID or the family name.</source>
        <translation>Indique al menos el identificador o el apellido.</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <source>Images without a named patient</source>
        <translation>Imágenes sin paciente indicada</translation>
    </message>
    <message>
        <source>not measured</source>
        <extracomment>``app.session.Status`` values marked for translation (the application layer speaks English only).</extracomment>
        <translation>sin medir</translation>
    </message>
    <message>
        <source>measuring</source>
        <translation>midiendo</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>no head found</source>
        <translation>no se encontró cabeza</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>exam {date}</source>
        <translation>exploración {date}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacida el {date}</translation>
    </message>
    <message>
        <source>accession {number}</source>
        <translation>acceso {number}</translation>
    </message>
    <message>
        <source>Opened images by patient and exam; the arrow keys and Page Up/Down move through them</source>
        <translation>Imágenes abiertas por paciente y exploración; las flechas y Re Pág/Av Pág las recorren</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>As the System ({language})</source>
        <translation>Como el sistema ({language})</translation>
    </message>
    <message>
        <source>FetalHC will be in {language} from its next start.</source>
        <translation>FetalHC estará en {language} a partir del próximo inicio.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Language not available</source>
        <translation>Idioma no disponible</translation>
    </message>
    <message>
        <source>Unsupported Qt version</source>
        <translation>Versión de Qt no compatible</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sesión no guardada</translation>
    </message>
    <message>
        <source>Too many FetalHC windows are open: this one&apos;s work is not autosaved.</source>
        <translation>Hay demasiadas ventanas de FetalHC abiertas: el trabajo de esta no se guarda automáticamente.</translation>
    </message>
    <message>
        <source>A second window</source>
        <translation>Una segunda ventana</translation>
    </message>
    <message>
        <source>Session not restored</source>
        <translation>Sesión no restaurada</translation>
    </message>
    <message>
        <source>FetalHC did not close normally</source>
        <translation>FetalHC no se cerró con normalidad</translation>
    </message>
    <message>
        <source>The last session ended unexpectedly. Restored from the autosave: {images} images, {measured} of them measured.

Details of a crash, if any, are in {logs} (Help &gt; Open Log Folder).</source>
        <translation>La última sesión terminó de forma inesperada. Restaurado desde el guardado automático: {images} imágenes, {measured} de ellas medidas.

Los detalles de un fallo, si lo hubo, están en {logs} (Ayuda &gt; Abrir la carpeta de registros).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The patient and exam the file names</source>
        <translation>La paciente y la exploración que indica el archivo</translation>
    </message>
    <message>
        <source>Model: loading…</source>
        <translation>Modelo: cargando…</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>Curva de crecimiento</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>The logs are in {folder}</source>
        <translation>Los registros están en {folder}</translation>
    </message>
    <message>
        <source>User guide missing</source>
        <translation>Falta la guía del usuario</translation>
    </message>
    <message>
        <source>The user guide was not installed with this FetalHC.</source>
        <translation>La guía del usuario no se instaló con este FetalHC.</translation>
    </message>
    <message>
        <source>Model ready: {name}</source>
        <translation>Modelo listo: {name}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>Modelo: no cargado</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modelo no cargado</translation>
    </message>
    <message>
        <source>The model could not be loaded.</source>
        <translation>No se pudo cargar el modelo.</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Elegir una carpeta de modelo</translation>
    </message>
    <message>
        <source>Training is not installed</source>
        <translation>El entrenamiento no está instalado</translation>
    </message>
    <message>
        <source>Training in progress: measuring waits until it ends.</source>
        <translation>Entrenamiento en curso: la medición espera a que termine.</translation>
    </message>
    <message>
        <source>HC {hc} px</source>
        <translation>CC {hc} px</translation>
    </message>
    <message>
        <source>HC {hc} mm</source>
        <translation>CC {hc} mm</translation>
    </message>
    <message>
        <source>HC {hc} ± {half} mm</source>
        <translation>CC {hc} ± {half} mm</translation>
    </message>
    <message>
        <source>not a head plane</source>
        <translation>no es un plano de la cabeza</translation>
    </message>
    <message>
        <source>not obstetric</source>
        <translation>no obstétrica</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>dudoso</translation>
    </message>
    <message>
        <source>Measuring… (Esc cancels)</source>
        <translation>Midiendo… (Esc cancela)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Measurement</source>
        <translation>Medición</translation>
    </message>
    <message>
        <source>Head circumference (Ramanujan&apos;s ellipse perimeter)</source>
        <translation>Circunferencia cefálica (perímetro de la elipse según Ramanujan)</translation>
    </message>
    <message>
        <source>Biparietal diameter: the short axis of the ellipse, outer to outer. Hadlock&apos;s and many scanners&apos; BPD is outer to inner, about 2-3 mm less.</source>
        <translation>Diámetro biparietal: el eje corto de la elipse, externo-externo. El DBP de Hadlock y de muchos ecógrafos es externo-interno, unos 2-3 mm menos.</translation>
    </message>
    <message>
        <source>Occipitofrontal diameter: the long axis of the ellipse, outer to outer</source>
        <translation>Diámetro occipitofrontal: el eje largo de la elipse, externo-externo</translation>
    </message>
    <message>
        <source>Gestational age from HC by Hadlock (1984), valid for HC 6.8-36 cm</source>
        <translation>Edad gestacional a partir de la CC según Hadlock (1984), válida para CC de 6,8-36 cm</translation>
    </message>
    <message>
        <source>Gestational age from HC by INTERGROWTH-21st (2016), for scans at 14-26 weeks</source>
        <translation>Edad gestacional a partir de la CC según INTERGROWTH-21st (2016), para ecografías de 14-26 semanas</translation>
    </message>
    <message>
        <source>The model&apos;s 95% interval of the HC: the ensemble members&apos; disagreement, calibrated on images none of them trained on</source>
        <translation>El intervalo del 95 % de la CC según el modelo: el desacuerdo de los miembros del conjunto, calibrado con imágenes con las que ninguno se entrenó</translation>
    </message>
    <message>
        <source>HC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo del 95 %</translation>
    </message>
    <message>
        <source>BPD (outer-outer)</source>
        <translation>DBP (externo-externo)</translation>
    </message>
    <message>
        <source>OFD (outer-outer)</source>
        <translation>DOF (externo-externo)</translation>
    </message>
    <message>
        <source>Cephalic index</source>
        <translation>Índice cefálico</translation>
    </message>
    <message>
        <source>GA (Hadlock)</source>
        <translation>EG (Hadlock)</translation>
    </message>
    <message>
        <source>GA (INTERGROWTH)</source>
        <translation>EG (INTERGROWTH)</translation>
    </message>
    <message>
        <source>The GA known from dating (weeks+days), for the HC centile; empty until you type it. Measure &gt; Date This Exam dates every image of the exam from the LMP, EDD or a dating scan.</source>
        <translation>La EG conocida por la datación (semanas+días), para el percentil de la CC; vacía hasta que la escriba. Medir &gt; Datar esta exploración data todas las imágenes de la exploración a partir de la FUR, la FPP o una ecografía de datación.</translation>
    </message>
    <message>
        <source>Known GA</source>
        <translation>EG conocida</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st HC standard (2014), 14-40 weeks</source>
        <translation>Estándar INTERGROWTH-21st de la CC (2014), 14-40 semanas</translation>
    </message>
    <message>
        <source>z-score / centile</source>
        <translation>Puntuación z / percentil</translation>
    </message>
    <message>
        <source>Model confidence: 1 is a clean, elliptical, certain head outline</source>
        <translation>Confianza del modelo: 1 es un contorno de la cabeza nítido, elíptico y seguro</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>I confirm this is a fetal head plane</source>
        <translation>Confirmo que es un plano de la cabeza fetal</translation>
    </message>
    <message>
        <source>Overrule the head-plane check for this image: your name and the time go into the record and the report (Ctrl+Z undoes)</source>
        <translation>Anular la comprobación del plano de la cabeza para esta imagen: su nombre y la hora quedan en el registro y el informe (Ctrl+Z deshace)</translation>
    </message>
    <message>
        <source>Restore automatic ellipse</source>
        <translation>Restaurar la elipse automática</translation>
    </message>
    <message>
        <source>Discard the manual correction and use the model&apos;s ellipse</source>
        <translation>Descartar la corrección manual y usar la elipse del modelo</translation>
    </message>
    <message>
        <source>No pixel size: HC is shown in pixels. Set the pixel size to get millimetres.</source>
        <translation>Sin tamaño de píxel: la CC se muestra en píxeles. Indique el tamaño de píxel para obtener milímetros.</translation>
    </message>
    <message>
        <source>Withdraw my confirmation</source>
        <translation>Retirar mi confirmación</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>el usuario</translation>
    </message>
    <message>
        <source>Confirmed as a fetal head plane by {who} on {when}, against the check.</source>
        <translation>Confirmado como plano de la cabeza fetal por {who} el {when}, contra la comprobación.</translation>
    </message>
    <message>
        <source>Not confirmed as a head plane.</source>
        <translation>No confirmado como plano de la cabeza.</translation>
    </message>
    <message>
        <source>{weeks} w ({weeks_days})</source>
        <translation>{weeks} s ({weeks_days})</translation>
    </message>
    <message>
        <source>none (see below)</source>
        <translation>ninguna (ver abajo)</translation>
    </message>
    <message>
        <source>Check the ellipse on the skull&apos;s outer edge, the faint side walls above all.</source>
        <extracomment>What to check on a doubtful result: out of fold the measured ellipse parts from the annotators&apos; most on the side walls (horizontal extent sd 5.0 image pixels against 3.9 vertically).</extracomment>
        <translation>Compruebe la elipse en el borde externo del cráneo, sobre todo en las paredes laterales tenues.</translation>
    </message>
    <message>
        <source>Edited by hand: the HC is yours; the model&apos;s interval no longer applies</source>
        <translation>Editada a mano: la CC es suya; el intervalo del modelo ya no se aplica</translation>
    </message>
    <message>
        <source>Measure it by hand only if it is a fetal head plane of a pregnancy.</source>
        <translation>Mídala a mano solo si es un plano de la cabeza fetal de un embarazo.</translation>
    </message>
    <message>
        <source>The model&apos;s result was doubtful: </source>
        <translation>El resultado del modelo era dudoso: </translation>
    </message>
    <message>
        <source>Doubtful result: </source>
        <translation>Resultado dudoso: </translation>
    </message>
    <message>
        <source>z {z}, centile {centile} (at {ga})</source>
        <translation>z {z}, percentil {centile} (a las {ga})</translation>
    </message>
    <message>
        <source>none: edited by hand</source>
        <translation>ninguno: editada a mano</translation>
    </message>
    <message>
        <source>not given by this model</source>
        <translation>no lo da este modelo</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus in order: name -&gt; title (marked for translation).</extracomment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odelo</translation>
    </message>
    <message>
        <source>&amp;DICOM</source>
        <translation>DI&amp;COM</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>DICOM node off</source>
        <translation>Nodo DICOM apagado</translation>
    </message>
    <message>
        <source>DICOM node {ae} on {address}</source>
        <translation>Nodo DICOM {ae} en {address}</translation>
    </message>
</context>
<context>
    <name>OutgoingQueueDialog</name>
    <message>
        <source>Peer</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último error</translation>
    </message>
    <message>
        <source>Outgoing Queue</source>
        <translation>Cola de salida</translation>
    </message>
    <message>
        <source>Retry All Now</source>
        <translation>Reintentar todo ahora</translation>
    </message>
    <message>
        <source>Drop Selected</source>
        <translation>Descartar selección</translation>
    </message>
    <message>
        <source>1 result waits to be sent; it is tried again on its own, later each time.</source>
        <translation>1 resultado espera su envío; se reintenta solo, cada vez más tarde.</translation>
    </message>
    <message>
        <source>{n} results wait to be sent; each is tried again on its own, later each time.</source>
        <translation>{n} resultados esperan su envío; cada uno se reintenta solo, cada vez más tarde.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nada espera su envío.</translation>
    </message>
</context>
<context>
    <name>PacsDialog</name>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identificador de paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Open from PACS</source>
        <translation>Abrir desde el PACS</translation>
    </message>
    <message>
        <source>e.g. DOE^JANE or DOE*</source>
        <translation>p. ej. DOE^JANE o DOE*</translation>
    </message>
    <message>
        <source>Studies from</source>
        <translation>Estudios desde</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Open Study</source>
        <translation>Abrir estudio</translation>
    </message>
    <message>
        <source>Add the PACS as a peer in DICOM &gt; Node Settings first.</source>
        <translation>Añada primero el PACS como nodo en DICOM &gt; Ajustes del nodo.</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nombre de la paciente</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>1 study found.</source>
        <translation>1 estudio encontrado.</translation>
    </message>
    <message>
        <source>{n} studies found.</source>
        <translation>{n} estudios encontrados.</translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>Ningún estudio coincide.</translation>
    </message>
    <message>
        <source>Retrieving the study of {patient}…</source>
        <translation>Recuperando el estudio de {patient}…</translation>
    </message>
    <message>
        <source>The PACS sent no ultrasound image of this study.</source>
        <translation>El PACS no envió ninguna imagen ecográfica de este estudio.</translation>
    </message>
</context>
<context>
    <name>PixelSizeCommands</name>
    <message>
        <source>Pixel size refused</source>
        <translation>Tamaño de píxel rechazado</translation>
    </message>
    <message>
        <source>Change pixel size</source>
        <translation>Cambiar el tamaño de píxel</translation>
    </message>
    <message>
        <source>Pixel sizes (CSV)</source>
        <translation>Tamaños de píxel (CSV)</translation>
    </message>
    <message>
        <source>Pixel sizes not loaded</source>
        <translation>Tamaños de píxel no cargados</translation>
    </message>
    <message>
        <source>Pixel sizes set for {count} of {total} images</source>
        <translation>Tamaños de píxel indicados para {count} de {total} imágenes</translation>
    </message>
    <message>
        <source>Calibration refused</source>
        <translation>Calibración rechazada</translation>
    </message>
    <message>
        <source>Calibrate pixel size</source>
        <translation>Calibrar el tamaño de píxel</translation>
    </message>
</context>
<context>
    <name>PixelSizePanel</name>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Tamaño de píxel</translation>
    </message>
    <message>
        <source>Millimetres per image pixel (0.0758 or 0,0758), committed with Enter; every mm figure follows it</source>
        <translation>Milímetros por píxel de imagen (0,0758 o 0.0758), confirmados con Intro; cada cifra en mm depende de él</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>Cargar CSV…</translation>
    </message>
    <message>
        <source>Pixel sizes by file name (HC18 form: filename,pixel size(mm)) for every open image</source>
        <translation>Tamaños de píxel por nombre de archivo (forma HC18: filename,pixel size(mm)) para cada imagen abierta</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrar…</translation>
    </message>
    <message>
        <source>Draw a line over a known distance, such as the depth scale, and type its length</source>
        <translation>Trazar una línea sobre una distancia conocida, como la escala de profundidad, y escribir su longitud</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Non-square pixels: spacing across x down</source>
        <translation>Píxeles no cuadrados: espaciado horizontal x vertical</translation>
    </message>
    <message>
        <source>Set it, load a CSV or calibrate to get mm figures.</source>
        <translation>Indíquelo, cargue un CSV o calibre para obtener cifras en mm.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>gestational age (weeks)</source>
        <extracomment>The plotted ranges: gestational age in weeks and HC in mm.</extracomment>
        <translation>edad gestacional (semanas)</translation>
    </message>
    <message>
        <source>HC (mm)</source>
        <translation>CC (mm)</translation>
    </message>
    <message>
        <source>FetalHC measures the fetal head circumference on 2D ultrasound images to support a qualified user. Every figure in this report is a decision-support measurement: check each ellipse on its image before using it in care.</source>
        <translation>FetalHC mide la circunferencia cefálica fetal en imágenes ecográficas 2D como apoyo a un usuario cualificado. Cada cifra de este informe es una medición de apoyo a la decisión: compruebe cada elipse en su imagen antes de usarla en la atención.</translation>
    </message>
    <message>
        <source>Head plane</source>
        <extracomment>``core.verdicts.verdict_lines``&apos; labels marked for translation.</extracomment>
        <translation>Plano de la cabeza</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>image withheld: its header says text (which may name the patient) is burned into the pixels, and it gives no ultrasound region to keep</source>
        <extracomment>Why an anonymised report shows no image: the header says text is burned in and no region says where (the reason under it, and the words on the blank shown instead).</extracomment>
        <translation>imagen no mostrada: su cabecera indica texto (que puede nombrar a la paciente) grabado en los píxeles, y no da ninguna región de ultrasonido que conservar</translation>
    </message>
    <message>
        <source>image withheld (burned-in text)</source>
        <translation>imagen no mostrada (texto grabado)</translation>
    </message>
    <message>
        <source>FetalHC head circumference report</source>
        <translation>Informe FetalHC de circunferencia cefálica</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>withheld (anonymised report)</source>
        <translation>omitido (informe anonimizado)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identificador de paciente</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nacida</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exploración</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Número de acceso</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institución</translation>
    </message>
    <message>
        <source>Fetal head circumference</source>
        <translation>Circunferencia cefálica fetal</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mediciones</translation>
    </message>
    <message>
        <source>No pixel size is known for this exam: HC is given in pixels only, with no mm figures.</source>
        <translation>No se conoce el tamaño de píxel de esta exploración: la CC se da solo en píxeles, sin cifras en mm.</translation>
    </message>
    <message>
        <source>Growth chart (INTERGROWTH-21st)</source>
        <translation>Curva de crecimiento (INTERGROWTH-21st)</translation>
    </message>
    <message>
        <source>Image {number}: {file}</source>
        <translation>Imagen {number}: {file}</translation>
    </message>
    <message>
        <source>, frame {frame}</source>
        <translation>, fotograma {frame}</translation>
    </message>
    <message>
        <source>ellipse edited by hand</source>
        <translation>elipse editada a mano</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Tamaño de píxel</translation>
    </message>
    <message>
        <source>Made on {date} by FetalHC {version} with the model {model} (SHA-256 of its network file {sha}).</source>
        <translation>Hecho el {date} por FetalHC {version} con el modelo {model} (SHA-256 de su archivo de red {sha}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>Intended use.</source>
        <translation>Uso previsto.</translation>
    </message>
    <message>
        <source>HC (95%)</source>
        <extracomment>The figures table&apos;s column headings after &quot;#&quot;.</extracomment>
        <translation>CC (95 %)</translation>
    </message>
    <message>
        <source>BPD (outer-outer)</source>
        <translation>DBP (ext.-ext.)</translation>
    </message>
    <message>
        <source>OFD (outer-outer)</source>
        <translation>DOF (ext.-ext.)</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>IC</translation>
    </message>
    <message>
        <source>GA Hadlock</source>
        <translation>EG Hadlock</translation>
    </message>
    <message>
        <source>GA IG-21</source>
        <translation>EG IG-21</translation>
    </message>
    <message>
        <source>z / centile (at GA)</source>
        <translation>z / centil (a la EG)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Calidad</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{z} / {centile} (at {ga})</source>
        <translation>{z} / {centile} (a las {ga})</translation>
    </message>
    <message>
        <source>withheld (at {ga}: see notes)</source>
        <translation>omitido (a las {ga}: ver notas)</translation>
    </message>
    <message>
        <source>confirmed by user</source>
        <translation>confirmado por el usuario</translation>
    </message>
    <message>
        <source>yes: {reasons}</source>
        <translation>sí: {reasons}</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Folder for the reports</source>
        <translation>Carpeta para los informes</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nada que imprimir</translation>
    </message>
    <message>
        <source>Measure an image of this exam first.</source>
        <translation>Mida primero una imagen de esta exploración.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Sin informe</translation>
    </message>
    <message>
        <source>Measure at least one image first.</source>
        <translation>Mida primero al menos una imagen.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Informe no escrito</translation>
    </message>
    <message>
        <source>1 report written to {folder}</source>
        <translation>1 informe escrito en {folder}</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}</source>
        <translation>{n} informes escritos en {folder}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Previous/next image in the list</source>
        <translation>Imagen anterior/siguiente de la lista</translation>
    </message>
    <message>
        <source>Up/Down</source>
        <translation>Arriba/Abajo</translation>
    </message>
    <message>
        <source>Choose an ellipse handle (in the image)</source>
        <translation>Elegir un punto de control de la elipse (en la imagen)</translation>
    </message>
    <message>
        <source>Move the chosen handle by one pixel (ten)</source>
        <translation>Mover el punto elegido un píxel (diez)</translation>
    </message>
    <message>
        <source>Arrows (Shift+Arrows)</source>
        <translation>Flechas (Mayús+flechas)</translation>
    </message>
    <message>
        <source>Drag both ends of an axis about the centre</source>
        <translation>Arrastrar los dos extremos de un eje alrededor del centro</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Mayús+arrastrar</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Training ran out of memory. Choose a smaller image size or batch size.</source>
        <translation>El entrenamiento se quedó sin memoria. Elija un tamaño de imagen o de lote menor.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Loss</source>
        <translation>Pérdida</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Validation HC error (mm)</source>
        <translation>Error de CC en validación (mm)</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>Legend label and colour of each logged series; &quot;second:&quot; marks the second stage&apos;s (on crops).</extracomment>
        <translation>entrenamiento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validación</translation>
    </message>
    <message>
        <source>mean absolute</source>
        <translation>media absoluta</translation>
    </message>
    <message>
        <source>2nd stage training</source>
        <translation>entrenamiento 2.ª etapa</translation>
    </message>
    <message>
        <source>2nd stage validation</source>
        <translation>validación 2.ª etapa</translation>
    </message>
    <message>
        <source>{count} image/annotation pairs found.</source>
        <translation>{count} pares imagen/anotación encontrados.</translation>
    </message>
    <message>
        <source>Pixel sizes from {file}.</source>
        <translation>Tamaños de píxel desde {file}.</translation>
    </message>
    <message>
        <source>images without annotation</source>
        <translation>imágenes sin anotación</translation>
    </message>
    <message>
        <source>annotations without image</source>
        <translation>anotaciones sin imagen</translation>
    </message>
    <message>
        <source>unreadable files</source>
        <translation>archivos ilegibles</translation>
    </message>
    <message>
        <source>images missing from the CSV</source>
        <translation>imágenes que faltan en el CSV</translation>
    </message>
    <message>
        <source>Cannot train: </source>
        <translation>No se puede entrenar: </translation>
    </message>
    <message>
        <source>Split by subject: {test} test images ({test_subjects} subjects) that no member sees; each of the {members} members trains on about {train} images and validates on about {val} (one of {members} subject folds).</source>
        <translation>División por sujeto: {test} imágenes de prueba ({test_subjects} sujetos) que ningún miembro ve; cada uno de los {members} miembros entrena con unas {train} imágenes y valida con unas {val} (uno de {members} pliegues de sujetos).</translation>
    </message>
    <message>
        <source>Split by subject: {train} training images ({train_subjects} subjects), {val} validation images ({val_subjects} subjects).</source>
        <translation>División por sujeto: {train} imágenes de entrenamiento ({train_subjects} sujetos), {val} imágenes de validación ({val_subjects} sujetos).</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Entrenar un modelo</translation>
    </message>
    <message>
        <source>Dataset (HC18 layout: images, _Annotation masks, pixel-size CSV)</source>
        <translation>Conjunto de datos (formato HC18: imágenes, máscaras _Annotation, CSV de tamaños de píxel)</translation>
    </message>
    <message>
        <source>Folder with NNN_HC.png and NNN_HC_Annotation.png</source>
        <translation>Carpeta con NNN_HC.png y NNN_HC_Annotation.png</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Look at the folder and report what it holds</source>
        <translation>Mirar la carpeta e informar de lo que contiene</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Elija una carpeta.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Fine-tune the model in use</source>
        <translation>Ajustar el modelo en uso</translation>
    </message>
    <message>
        <source>Train from scratch</source>
        <translation>Entrenar desde cero</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Punto de partida</translation>
    </message>
    <message>
        <source>Passes over the training images</source>
        <translation>Pasadas por las imágenes de entrenamiento</translation>
    </message>
    <message>
        <source>Passes of the second stage, the network that delineates the head again on a crop around the first ellipse, as in the bundled model (the crop has as many pixels a side as the image size has rows); 0: a one-stage model</source>
        <translation>Pasadas de la segunda etapa, la red que vuelve a delimitar la cabeza en un recorte alrededor de la primera elipse, como en el modelo incluido (el recorte tiene tantos píxeles de lado como filas tiene el tamaño de imagen); 0: un modelo de una etapa</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Images per training step; lower it if memory runs out</source>
        <translation>Imágenes por paso de entrenamiento; redúzcalo si falta memoria</translation>
    </message>
    <message>
        <source>Initial learning rate (cosine decay)</source>
        <translation>Tasa de aprendizaje inicial (decaimiento coseno)</translation>
    </message>
    <message>
        <source>Model input in pixels (rows x cols); larger is slower and finer</source>
        <translation>Entrada del modelo en píxeles (filas x columnas); mayor es más lento y más fino</translation>
    </message>
    <message>
        <source>Share of subjects kept for validation</source>
        <translation>Proporción de sujetos reservados para validación</translation>
    </message>
    <message>
        <source>1: one model, the quick run. 2 or more: an ensemble of models, one per subject fold, whose disagreement gives every HC a 95% interval calibrated on the test subjects</source>
        <translation>1: un modelo, la ejecución rápida. 2 o más: un conjunto de modelos, uno por pliegue de sujetos, cuyo desacuerdo da a cada CC un intervalo del 95 % calibrado con los sujetos de prueba</translation>
    </message>
    <message>
        <source>Subjects no ensemble member sees; its interval is calibrated there</source>
        <translation>Sujetos que ningún miembro del conjunto ve; su intervalo se calibra ahí</translation>
    </message>
    <message>
        <source>Augmentation (flips, rotation, scale, gain, speckle, blur)</source>
        <translation>Aumento de datos (volteos, rotación, escala, ganancia, speckle, desenfoque)</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same split</source>
        <translation>Semilla aleatoria: la misma semilla da la misma división</translation>
    </message>
    <message>
        <source>Time per epoch: measured once training starts.</source>
        <translation>Tiempo por época: se mide al empezar el entrenamiento.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Second-stage epochs</source>
        <translation>Épocas de la 2.ª etapa</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamaño de lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
        <source>Ensemble members</source>
        <translation>Miembros del conjunto</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de imagen</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Fracción de validación</translation>
    </message>
    <message>
        <source>Test fraction (ensemble)</source>
        <translation>Fracción de prueba (conjunto)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <source>{members} ensemble members</source>
        <translation>{members} miembros del conjunto</translation>
    </message>
    <message>
        <source>one model</source>
        <translation>un modelo</translation>
    </message>
    <message>
        <source>both stages</source>
        <translation>las dos etapas</translation>
    </message>
    <message>
        <source>one stage</source>
        <translation>una etapa</translation>
    </message>
    <message>
        <source>Expected time for {what} ({stages}): about {duration} on a 2-core CPU; measured once training starts.</source>
        <translation>Tiempo previsto para {what} ({stages}): unos {duration} en una CPU de 2 núcleos; se mide al empezar el entrenamiento.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>No iniciado.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>época</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop within the current batch; the last finished epoch is kept</source>
        <translation>Detener en el lote actual; se conserva la última época terminada</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Continue from the last finished epoch in the output folder</source>
        <translation>Continuar desde la última época terminada en la carpeta de salida</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Carpeta del conjunto de datos</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>No se puede iniciar</translation>
    </message>
    <message>
        <source>Resuming training into {folder}</source>
        <translation>Reanudando el entrenamiento en {folder}</translation>
    </message>
    <message>
        <source>Starting training into {folder}</source>
        <translation>Iniciando el entrenamiento en {folder}</translation>
    </message>
    <message>
        <source>Preparing the data (the first run reads every image once)…</source>
        <translation>Preparando los datos (la primera ejecución lee cada imagen una vez)…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>, about {duration} left</source>
        <translation>, quedan unos {duration}</translation>
    </message>
    <message>
        <source>Member {member} of {members}</source>
        <translation>Miembro {member} de {members}</translation>
    </message>
    <message>
        <source>second stage</source>
        <translation>segunda etapa</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {steps}</source>
        <translation>época {epoch}, lote {batch} de {steps}</translation>
    </message>
    <message>
        <source>Time per second-stage epoch: about {duration} (measured).</source>
        <translation>Tiempo por época de la 2.ª etapa: unos {duration} (medido).</translation>
    </message>
    <message>
        <source>Time per epoch: about {duration} (measured).</source>
        <translation>Tiempo por época: unos {duration} (medido).</translation>
    </message>
    <message>
        <source>Stopped after epoch {epoch}; Resume continues from there.</source>
        <translation>Detenido tras la época {epoch}; Reanudar continúa desde ahí.</translation>
    </message>
    <message>
        <source>Finished: the model is in {folder}.</source>
        <translation>Terminado: el modelo está en {folder}.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>El entrenamiento falló.</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Falló el entrenamiento</translation>
    </message>
    <message>
        <source>New model on {count} test images (subjects no member saw): {figures}.</source>
        <translation>Modelo nuevo en {count} imágenes de prueba (sujetos que ningún miembro vio): {figures}.</translation>
    </message>
    <message>
        <source>New model on {count} validation images: {figures}.</source>
        <translation>Modelo nuevo en {count} imágenes de validación: {figures}.</translation>
    </message>
    <message>
        <source>Model in use on the same images: {figures}.</source>
        <translation>Modelo en uso en las mismas imágenes: {figures}.</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>¿Detener el entrenamiento?</translation>
    </message>
    <message>
        <source>Training is running. Stop it? The last finished epoch is kept and can be resumed.</source>
        <translation>El entrenamiento está en curso. ¿Detenerlo? Se conserva la última época terminada y se puede reanudar.</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>sin cifras</translation>
    </message>
    <message>
        <source>HC error {adf} mm mean absolute ({df} mm mean), p95 {p95} mm, {failures} failures</source>
        <translation>Error de CC {adf} mm media absoluta ({df} mm media), p95 {p95} mm, {failures} fallos</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>FetalHC User Guide</source>
        <extracomment>Room (logical pixels) left beside a picture for the page&apos;s margins and the scroll bar.</extracomment>
        <translation>Guía del usuario de FetalHC</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Edit ellipse</source>
        <extracomment>Where an entered GA came from when the user typed it in the panel (the record&apos;s ga_entered_source).</extracomment>
        <translation>Editar elipse</translation>
    </message>
    <message>
        <source>Restore automatic ellipse</source>
        <translation>Restaurar la elipse automática</translation>
    </message>
    <message>
        <source>Clear GA</source>
        <translation>Borrar EG</translation>
    </message>
    <message>
        <source>Enter GA {ga}</source>
        <translation>Indicar EG {ga}</translation>
    </message>
    <message>
        <source>Confirm head plane</source>
        <translation>Confirmar el plano de la cabeza</translation>
    </message>
    <message>
        <source>Withdraw head-plane confirmation</source>
        <translation>Retirar la confirmación del plano de la cabeza</translation>
    </message>
    <message>
        <source>Date exam ({dating})</source>
        <translation>Datar la exploración ({dating})</translation>
    </message>
    <message>
        <source>Pixel size from {file}</source>
        <translation>Tamaño de píxel desde {file}</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>No hay ninguna imagen que exportar.</translation>
    </message>
    <message>
        <source>The file was kept as {kept}; FetalHC starts with an empty session.</source>
        <translation>El archivo se conservó como {kept}; FetalHC empieza con una sesión vacía.</translation>
    </message>
</context>
</TS>
