<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open ultrasound images (PNG, JPEG, BMP, TIFF, DICOM)</source>
        <translation>Ultraschallbilder öffnen (PNG, JPEG, BMP, TIFF, DICOM)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>O&amp;rdner öffnen…</translation>
    </message>
    <message>
        <source>Open every image in a folder</source>
        <translation>Alle Bilder eines Ordners öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Measurements…</source>
        <translation>&amp;Messungen öffnen…</translation>
    </message>
    <message>
        <source>Open a measurement export (CSV or JSON) again: its images with their ellipses, to review or go on</source>
        <translation>Einen Messungsexport (CSV oder JSON) wieder öffnen: seine Bilder mit ihren Ellipsen, zur Durchsicht oder zum Weiterarbeiten</translation>
    </message>
    <message>
        <source>&amp;Export Measurements…</source>
        <translation>Messungen &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save all measurements as CSV or JSON</source>
        <translation>Alle Messungen als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Export Measurements &amp;without Identity…</source>
        <translation>Messungen &amp;ohne Identität exportieren…</translation>
    </message>
    <message>
        <source>Save all measurements without the patients&apos; names, IDs and birth dates (for research sharing)</source>
        <translation>Alle Messungen ohne Namen, IDs und Geburtsdaten der Patientinnen speichern (zur Weitergabe für die Forschung)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>One PDF report per exam of the measured images</source>
        <translation>Ein PDF-Bericht je Untersuchung mit den gemessenen Bildern</translation>
    </message>
    <message>
        <source>Export Report without I&amp;dentity…</source>
        <translation>Bericht ohne I&amp;dentität exportieren…</translation>
    </message>
    <message>
        <source>One PDF report per exam without the patient&apos;s name, ID and birth date</source>
        <translation>Ein PDF-Bericht je Untersuchung ohne Namen, ID und Geburtsdatum der Patientin</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the report of this image&apos;s exam</source>
        <translation>Den Bericht der Untersuchung dieses Bildes drucken</translation>
    </message>
    <message>
        <source>Export HC18 &amp;Submission…</source>
        <translation>HC18-&amp;Einreichung exportieren…</translation>
    </message>
    <message>
        <source>Save the HC18 challenge CSV (six columns)</source>
        <translation>Die CSV der HC18-Challenge speichern (sechs Spalten)</translation>
    </message>
    <message>
        <source>Export Image with &amp;Overlay…</source>
        <translation>Bild mit &amp;Überlagerung exportieren…</translation>
    </message>
    <message>
        <source>Save this image with its ellipse</source>
        <translation>Dieses Bild mit seiner Ellipse speichern</translation>
    </message>
    <message>
        <source>Remove from &amp;List</source>
        <translation>Aus der &amp;Liste entfernen</translation>
    </message>
    <message>
        <source>Take the selected images and their measurements out of the list (their files stay where they are)</source>
        <translation>Die gewählten Bilder und ihre Messungen aus der Liste nehmen (ihre Dateien bleiben, wo sie sind)</translation>
    </message>
    <message>
        <source>Delete &amp;Old Patient Data…</source>
        <translation>&amp;Alte Patientendaten löschen…</translation>
    </message>
    <message>
        <source>Delete received, retrieved and sent images and results older than the retention period</source>
        <translation>Empfangene, abgerufene und gesendete Bilder und Ergebnisse löschen, die älter als die Aufbewahrungsfrist sind</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close FetalHC (the session is saved)</source>
        <translation>FetalHC schließen (die Sitzung wird gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <source>Measure HC on this image with the model</source>
        <translation>KU auf diesem Bild mit dem Modell messen</translation>
    </message>
    <message>
        <source>Measure &amp;All</source>
        <translation>&amp;Alle messen</translation>
    </message>
    <message>
        <source>Measure every image in the list</source>
        <translation>Jedes Bild der Liste messen</translation>
    </message>
    <message>
        <source>Measure on &amp;Open</source>
        <translation>Beim Ö&amp;ffnen messen</translation>
    </message>
    <message>
        <source>Measure each image when it is first shown</source>
        <translation>Jedes Bild messen, sobald es zum ersten Mal angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Messen beenden</translation>
    </message>
    <message>
        <source>&amp;Draw Ellipse</source>
        <translation>Ellipse &amp;zeichnen</translation>
    </message>
    <message>
        <source>Drag a box over the head to draw an ellipse by hand</source>
        <translation>Einen Rahmen über den Kopf ziehen, um eine Ellipse von Hand zu zeichnen</translation>
    </message>
    <message>
        <source>&amp;Restore Automatic Ellipse</source>
        <translation>Automatische Ellipse &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Undo the hand correction</source>
        <translation>Die Korrektur von Hand rückgängig machen</translation>
    </message>
    <message>
        <source>Ca&amp;librate Pixel Size…</source>
        <translation>Pixelgröße &amp;kalibrieren…</translation>
    </message>
    <message>
        <source>Draw a line over a known distance</source>
        <translation>Eine Linie über eine bekannte Strecke ziehen</translation>
    </message>
    <message>
        <source>Set &amp;Patient and Exam…</source>
        <translation>&amp;Patientin und Untersuchung festlegen…</translation>
    </message>
    <message>
        <source>Patient ID, name and exam date for the selected images whose files name none (PNG, JPEG, TIFF)</source>
        <translation>Patienten-ID, Name und Untersuchungsdatum für die gewählten Bilder, deren Dateien keine nennen (PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <source>Date This &amp;Exam…</source>
        <translation>Diese &amp;Untersuchung datieren…</translation>
    </message>
    <message>
        <source>The GA at this exam from the LMP, the EDD or a dating scan, for all its images&apos; centiles</source>
        <translation>Das GA bei dieser Untersuchung aus LMP, ET oder einem Ultraschall zur Terminbestimmung, für die Perzentilen aller ihrer Bilder</translation>
    </message>
    <message>
        <source>Load Pixel-Size &amp;CSV…</source>
        <translation>Pixelgrößen-&amp;CSV laden…</translation>
    </message>
    <message>
        <source>Pixel sizes by file name for all open images</source>
        <translation>Pixelgrößen nach Dateiname für alle offenen Bilder</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>Go to the previous image</source>
        <translation>Zum vorherigen Bild gehen</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>Go to the next image</source>
        <translation>Zum nächsten Bild gehen</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An Fenster an&amp;passen</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Das ganze Bild zeigen</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Originalgröße (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Ein Bildpixel je Bildschirmpixel</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>&amp;Maske zeigen</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s head region</source>
        <translation>Die Kopfregion des Modells zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show &amp;Ellipse</source>
        <translation>&amp;Ellipse zeigen</translation>
    </message>
    <message>
        <source>Show or hide the ellipse and its axes</source>
        <translation>Die Ellipse und ihre Achsen zeigen oder verbergen</translation>
    </message>
    <message>
        <source>&amp;Reset Brightness/Contrast</source>
        <translation>Helligkeit/Kontrast &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the full gray range</source>
        <translation>Zurück zum vollen Graubereich</translation>
    </message>
    <message>
        <source>&amp;Choose Model Folder…</source>
        <translation>Modell&amp;ordner wählen…</translation>
    </message>
    <message>
        <source>Measure with another trained model</source>
        <translation>Mit einem anderen trainierten Modell messen</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>Modell &amp;trainieren…</translation>
    </message>
    <message>
        <source>Train or fine-tune a model on annotated images</source>
        <translation>Ein Modell auf annotierten Bildern trainieren oder nachtrainieren</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Model</source>
        <translation>&amp;Mitgeliefertes Modell verwenden</translation>
    </message>
    <message>
        <source>Go back to the model that ships with FetalHC</source>
        <translation>Zurück zum Modell, das mit FetalHC geliefert wird</translation>
    </message>
    <message>
        <source>&amp;Receive Images</source>
        <translation>Bilder &amp;empfangen</translation>
    </message>
    <message>
        <source>Listen for images from the known peers (off until you turn it on)</source>
        <translation>Auf Bilder der bekannten Partner warten (aus, bis Sie es einschalten)</translation>
    </message>
    <message>
        <source>Node &amp;Settings…</source>
        <translation>Knoten&amp;einstellungen…</translation>
    </message>
    <message>
        <source>AE title, port and the peers that may send</source>
        <translation>AE-Titel, Port und die Partner, die senden dürfen</translation>
    </message>
    <message>
        <source>&amp;Open from PACS…</source>
        <translation>Aus PACS ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Search a PACS by patient and date and open a study</source>
        <translation>Ein PACS nach Patientin und Datum durchsuchen und eine Studie öffnen</translation>
    </message>
    <message>
        <source>Send &amp;Results to PACS…</source>
        <translation>&amp;Ergebnisse an PACS senden…</translation>
    </message>
    <message>
        <source>Send this image&apos;s measurement report and captured image to a peer, filed in its study</source>
        <translation>Den Messbericht und das erfasste Bild dieses Bildes an einen Partner senden, in seiner Studie abgelegt</translation>
    </message>
    <message>
        <source>Outgoing &amp;Queue…</source>
        <translation>Ausgangs&amp;warteschlange…</translation>
    </message>
    <message>
        <source>Results waiting for a PACS: retry or drop them</source>
        <translation>Ergebnisse, die auf ein PACS warten: erneut versuchen oder verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to measure with FetalHC, task by task, with pictures</source>
        <translation>Wie man mit FetalHC misst, Schritt für Schritt, mit Bildern</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>Show the folder of the crash and error logs</source>
        <translation>Den Ordner der Absturz- und Fehlerprotokolle zeigen</translation>
    </message>
    <message>
        <source>&amp;About FetalHC</source>
        <translation>Ü&amp;ber FetalHC</translation>
    </message>
    <message>
        <source>Version, model card and data attribution</source>
        <translation>Version, Modellkarte und Quellenangabe der Daten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>GA known from the {source}</source>
        <translation>GA bekannt aus: {source}</translation>
    </message>
    <message>
        <source>HC {hc} mm  BPD {bpd} mm  OFD {ofd} mm (outer-outer)  {maker}</source>
        <translation>KU {hc} mm  BPD {bpd} mm  FOD {ofd} mm (außen-außen)  {maker}</translation>
    </message>
    <message>
        <source>GA {ga} (Hadlock)</source>
        <translation>GA {ga} (Hadlock)</translation>
    </message>
    <message>
        <source>{ga} (INTERGROWTH-21st)</source>
        <translation>{ga} (INTERGROWTH-21st)</translation>
    </message>
    <message>
        <source>centile {centile} at {ga}</source>
        <translation>Perzentile {centile} bei GA {ga}</translation>
    </message>
    <message>
        <source>centile withheld at {ga}: check dates, pixel size, plane</source>
        <translation>Perzentile bei GA {ga} zurückgehalten: Daten, Pixelgröße, Ebene prüfen</translation>
    </message>
    <message>
        <source>NOT CONFIRMED AS A HEAD PLANE</source>
        <translation>NICHT ALS KOPFEBENE BESTÄTIGT</translation>
    </message>
    <message>
        <source>DOUBTFUL: check the ellipse</source>
        <translation>FRAGLICH: Ellipse prüfen</translation>
    </message>
    <message>
        <source>ellipse edited by hand</source>
        <translation>Ellipse von Hand bearbeitet</translation>
    </message>
</context>
<context>
    <name>CinePanel</name>
    <message>
        <source>Frame of a multi-frame file (the one shown is the one reported)</source>
        <translation>Bild einer Mehrbilddatei (das gezeigte ist das berichtete)</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>HC of every frame; click a point to report that frame</source>
        <translation>KU jedes Bildes; einen Punkt anklicken, um dieses Bild zu berichten</translation>
    </message>
    <message>
        <source>frame {number} of {count}</source>
        <translation>Bild {number} von {count}</translation>
    </message>
    <message>
        <source>HC ({unit})</source>
        <translation>KU ({unit})</translation>
    </message>
</context>
<context>
    <name>ClinicalWords</name>
    <message>
        <source>an abdomen</source>
        <extracomment>What the head-plane check says an image looks like, with its article (``inference.plane_check``).</extracomment>
        <translation>ein Abdomen</translation>
    </message>
    <message>
        <source>a femur</source>
        <translation>ein Femur</translation>
    </message>
    <message>
        <source>a thorax</source>
        <translation>ein Thorax</translation>
    </message>
    <message>
        <source>from the DICOM file</source>
        <extracomment>``core.pixel_size.SOURCE_WORDS``: where a pixel size came from.</extracomment>
        <translation>aus der DICOM-Datei</translation>
    </message>
    <message>
        <source>from the pixel-size CSV</source>
        <translation>aus der Pixelgrößen-CSV</translation>
    </message>
    <message>
        <source>entered by the user</source>
        <translation>von der Benutzerin oder dem Benutzer eingegeben</translation>
    </message>
    <message>
        <source>calibrated on the image</source>
        <translation>am Bild kalibriert</translation>
    </message>
    <message>
        <source>LMP</source>
        <extracomment>How a GA was dated (``core.dating.Dating.method``).</extracomment>
        <translation>LMP</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>ET</translation>
    </message>
    <message>
        <source>dating scan</source>
        <translation>Ultraschall zur Terminbestimmung</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <extracomment>Sentences written without figures, each its own form: doubt reasons and verdicts (core), the pixel size&apos;s refusals, the training settings&apos; and dataset&apos;s refusals (training), the retention summary (app), the node&apos;s TLS refusals (net).</extracomment>
        <translation>Wählen Sie einen Ausgabeordner.</translation>
    </message>
    <message>
        <source>The output folder must not be the bundled model&apos;s folder.</source>
        <translation>Der Ausgabeordner darf nicht der Ordner des mitgelieferten Modells sein.</translation>
    </message>
    <message>
        <source>Train at least one model.</source>
        <translation>Trainieren Sie mindestens ein Modell.</translation>
    </message>
    <message>
        <source>An ensemble needs a test fraction: its interval is calibrated on subjects no member saw.</source>
        <translation>Ein Ensemble braucht einen Testanteil: sein Intervall wird auf Personen kalibriert, die kein Mitglied sah.</translation>
    </message>
    <message>
        <source>The validation and test fractions must lie between 0 and 1.</source>
        <translation>Validierungs- und Testanteil müssen zwischen 0 und 1 liegen.</translation>
    </message>
    <message>
        <source>Train at least one epoch.</source>
        <translation>Trainieren Sie mindestens eine Epoche.</translation>
    </message>
    <message>
        <source>The second stage&apos;s epochs must be 0 or more (0: no second stage).</source>
        <translation>Die Epochen der zweiten Stufe müssen 0 oder mehr sein (0: keine zweite Stufe).</translation>
    </message>
    <message>
        <source>No pixel-size CSV (like training_set_pixel_size_and_HC.csv) was found in or beside the folder.</source>
        <translation>Im oder neben dem Ordner wurde keine Pixelgrößen-CSV (wie training_set_pixel_size_and_HC.csv) gefunden.</translation>
    </message>
    <message>
        <source>Fewer than two readable image/annotation pairs with a pixel size were found.</source>
        <translation>Es wurden weniger als zwei lesbare Bild/Annotation-Paare mit Pixelgröße gefunden.</translation>
    </message>
    <message>
        <source>All images belong to one subject; at least two are needed to split training and validation.</source>
        <translation>Alle Bilder gehören zu einer Person; für die Aufteilung in Training und Validierung braucht es mindestens zwei.</translation>
    </message>
    <message>
        <source>nothing is past its retention</source>
        <translation>nichts hat seine Aufbewahrungsfrist überschritten</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>List at least one calling AE title that may send images to FetalHC.</source>
        <translation>Geben Sie mindestens einen rufenden AE-Titel an, der Bilder an FetalHC senden darf.</translation>
    </message>
    <message>
        <source>Receiving with TLS needs this node&apos;s certificate and private key.</source>
        <translation>Empfangen mit TLS braucht das Zertifikat und den privaten Schlüssel dieses Knotens.</translation>
    </message>
    <message>
        <source>Certificate names for senders need the CA of the peers (client certificates to check).</source>
        <translation>Zertifikatsnamen für Sender brauchen die CA der Partner (zu prüfende Client-Zertifikate).</translation>
    </message>
    <message>
        <source>Receiving with TLS needs the CA that certifies the peers, so that only senders with a certificate it signed can connect; to accept TLS clients without a certificate, allow it explicitly.</source>
        <translation>Empfangen mit TLS braucht die CA, die die Partner zertifiziert, damit sich nur Sender mit einem von ihr signierten Zertifikat verbinden können; um TLS-Clients ohne Zertifikat anzunehmen, erlauben Sie es ausdrücklich.</translation>
    </message>
    <message>
        <source>this does not look like a fetal head plane (it looks like {what})</source>
        <extracomment>(a form the core writes: its English template, marked for translation; what each of its fields matches and how it is shown, where not ANY).</extracomment>
        <translation>dies sieht nicht wie eine fetale Kopfebene aus (es sieht aus wie {what})</translation>
    </message>
    <message>
        <source>this does not look like a fetal head plane</source>
        <translation>dies sieht nicht wie eine fetale Kopfebene aus</translation>
    </message>
    <message>
        <source>the header says this is not an obstetric exam ({cues})</source>
        <translation>laut Header ist dies keine geburtshilfliche Untersuchung ({cues})</translation>
    </message>
    <message>
        <source>the ensemble members disagree (95% interval {low}-{high} mm, ±{half}% of HC)</source>
        <translation>die Ensemblemitglieder sind sich uneinig (95-%-Intervall {low}-{high} mm, ±{half} % des KU)</translation>
    </message>
    <message>
        <source>the ensemble members disagree (a wide 95% interval)</source>
        <translation>die Ensemblemitglieder sind sich uneinig (ein weites 95-%-Intervall)</translation>
    </message>
    <message>
        <source>results like this one (skull edge, head size, pixel size) are often off by more than 5 mm</source>
        <translation>Ergebnisse wie dieses (Schädelrand, Kopfgröße, Pixelgröße) weichen oft um mehr als 5 mm ab</translation>
    </message>
    <message>
        <source>the head region is not elliptical (fit Dice {dice})</source>
        <translation>die Kopfregion ist nicht elliptisch (Anpassungs-Dice {dice})</translation>
    </message>
    <message>
        <source>the outline departs from the ellipse ({percent}%)</source>
        <translation>der Umriss weicht von der Ellipse ab ({percent} %)</translation>
    </message>
    <message>
        <source>the model is unsure of the head region (confidence {confidence})</source>
        <translation>das Modell ist sich der Kopfregion unsicher (Sicherheit {confidence})</translation>
    </message>
    <message>
        <source>{size}, {source}{detail}</source>
        <translation>{size}, {source}{detail}</translation>
    </message>
    <message>
        <source>{across} x {down} mm/px (across x down), {source}{detail}</source>
        <translation>{across} x {down} mm/px (quer x längs), {source}{detail}</translation>
    </message>
    <message>
        <source>not known: HC in pixels only</source>
        <translation>nicht bekannt: KU nur in Pixeln</translation>
    </message>
    <message>
        <source>GA entered: {source}.</source>
        <translation>Eingegebenes GA: {source}.</translation>
    </message>
    <message>
        <source>Pixel size from {detail}.</source>
        <translation>Pixelgröße aus {detail}.</translation>
    </message>
    <message>
        <source>not checked (the model has no head-plane check)</source>
        <translation>nicht geprüft (das Modell hat keine Kopfebenen-Prüfung)</translation>
    </message>
    <message>
        <source>a fetal head plane (head-plane check)</source>
        <translation>eine fetale Kopfebene (Kopfebenen-Prüfung)</translation>
    </message>
    <message>
        <source>confirmed as a fetal head plane by {who} on {when}, against the check</source>
        <translation>als fetale Kopfebene bestätigt von {who} am {when}, gegen die Prüfung</translation>
    </message>
    <message>
        <source>not confirmed as a head plane: {reason}</source>
        <translation>nicht als Kopfebene bestätigt: {reason}</translation>
    </message>
    <message>
        <source>the ellipse was drawn or corrected by hand; its HC is the user&apos;s</source>
        <translation>die Ellipse wurde von Hand gezeichnet oder korrigiert; ihr KU ist der des Benutzers</translation>
    </message>
    <message>
        <source>Hadlock is defined for HC {low}-{high} cm; this HC is {hc} cm.</source>
        <translation>Hadlock ist für KU {low}-{high} cm definiert; dieser KU ist {hc} cm.</translation>
    </message>
    <message>
        <source>HC must be positive.</source>
        <translation>Der KU muss positiv sein.</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st dating is valid for scans at 98-181 days (HC up to about 240 mm); this HC is {hc} mm.</source>
        <translation>Die Datierung nach INTERGROWTH-21st gilt für Untersuchungen mit 98-181 Tagen (KU bis etwa 240 mm); dieser KU ist {hc} mm.</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st dating is valid for scans at {low}-{high} days; this HC dates to {days} days.</source>
        <translation>Die Datierung nach INTERGROWTH-21st gilt für Untersuchungen mit {low}-{high} Tagen; dieser KU datiert auf {days} Tage.</translation>
    </message>
    <message>
        <source>The INTERGROWTH-21st HC standard covers {low} to {high} weeks; the GA given is {ga} weeks.</source>
        <translation>Der INTERGROWTH-21st-KU-Standard umfasst {low} bis {high} Wochen; das angegebene GA ist {ga} Wochen.</translation>
    </message>
    <message>
        <source>The HC is {sd} SD below the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the dates, the pixel size and the plane.</source>
        <translation>Der KU liegt {sd} SD unter dem INTERGROWTH-21st-Mittel bei {ga}: z-Wert und Perzentile zurückgehalten; prüfen Sie die Daten, die Pixelgröße und die Ebene.</translation>
    </message>
    <message>
        <source>The HC is {sd} SD above the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the dates, the pixel size and the plane.</source>
        <translation>Der KU liegt {sd} SD über dem INTERGROWTH-21st-Mittel bei {ga}: z-Wert und Perzentile zurückgehalten; prüfen Sie die Daten, die Pixelgröße und die Ebene.</translation>
    </message>
    <message>
        <source>No pixel size: HC is given in pixels only.</source>
        <translation>Keine Pixelgröße: der KU wird nur in Pixeln angegeben.</translation>
    </message>
    <message>
        <source>Non-square pixels ({size}): measured in millimetres, not pixels.</source>
        <translation>Nicht quadratische Pixel ({size}): in Millimetern gemessen, nicht in Pixeln.</translation>
    </message>
    <message>
        <source>The LMP {date} is after the exam ({exam}).</source>
        <translation>Die LMP {date} liegt nach der Untersuchung ({exam}).</translation>
    </message>
    <message>
        <source>The dating scan {date} is after the exam ({exam}).</source>
        <translation>Der Ultraschall zur Terminbestimmung {date} liegt nach der Untersuchung ({exam}).</translation>
    </message>
    <message>
        <source>This {method} gives {weeks} weeks {days} days on {exam}, outside 14-42 weeks: check the dates.</source>
        <translation>Diese Angabe ({method}) ergibt {weeks} Wochen {days} Tage am {exam}, außerhalb von 14-42 Wochen: prüfen Sie die Daten.</translation>
    </message>
    <message>
        <source>A scan at {ga} does not date a pregnancy: dating scans are those up to {high} (crown-rump length to 13+6, head circumference from 14+0); use the LMP or the EDD the dating scan gave.</source>
        <translation>Ein Ultraschall bei {ga} datiert keine Schwangerschaft: Ultraschalle zur Terminbestimmung sind die bis {high} (Scheitel-Steiß-Länge bis 13+6, Kopfumfang ab 14+0); verwenden Sie die LMP oder den ET, den der Ultraschall zur Terminbestimmung ergab.</translation>
    </message>
    <message>
        <source>The pixel size &apos;{text}&apos; is not a number.</source>
        <translation>Die Pixelgröße &apos;{text}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>The pixel size must be a finite number of mm per pixel.</source>
        <translation>Die Pixelgröße muss eine endliche Zahl von mm je Pixel sein.</translation>
    </message>
    <message>
        <source>The pixel size must be positive; {value} mm/px was given.</source>
        <translation>Die Pixelgröße muss positiv sein; angegeben wurde {value} mm/px.</translation>
    </message>
    <message>
        <source>A pixel size of {value} mm/px is implausible for ultrasound: it should lie between {low} and {high} mm/px.</source>
        <translation>Eine Pixelgröße von {value} mm/px ist für Ultraschall unplausibel: sie sollte zwischen {low} und {high} mm/px liegen.</translation>
    </message>
    <message>
        <source>The known distance &apos;{text}&apos; is not a number.</source>
        <translation>Die bekannte Strecke &apos;{text}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>The known distance must be a positive number of millimetres.</source>
        <translation>Die bekannte Strecke muss eine positive Zahl von Millimetern sein.</translation>
    </message>
    <message>
        <source>the model&apos;s 95% interval of the HC</source>
        <translation>das 95-%-Intervall des KU nach dem Modell</translation>
    </message>
    <message>
        <source>The calibration line is too short: draw it over the known distance.</source>
        <translation>Die Kalibrierlinie ist zu kurz: ziehen Sie sie über die bekannte Strecke.</translation>
    </message>
    <message>
        <source>No head was found in this image.</source>
        <translation>In diesem Bild wurde kein Kopf gefunden.</translation>
    </message>
    <message>
        <source>No head was found in this image: the largest region is too small.</source>
        <translation>In diesem Bild wurde kein Kopf gefunden: die größte Region ist zu klein.</translation>
    </message>
    <message>
        <source>The outline is too small to fit an ellipse.</source>
        <translation>Der Umriss ist zu klein, um eine Ellipse anzupassen.</translation>
    </message>
    <message>
        <source>No ellipse could be fitted to the outline.</source>
        <translation>An den Umriss ließ sich keine Ellipse anpassen.</translation>
    </message>
    <message>
        <source>The head outline is too small to measure.</source>
        <translation>Der Kopfumriss ist zu klein zum Messen.</translation>
    </message>
    <message>
        <source>The pixel-size file {file} is empty.</source>
        <translation>Die Pixelgrößen-Datei {file} ist leer.</translation>
    </message>
    <message>
        <source>The pixel-size file {file} could not be read: {why}</source>
        <translation>Die Pixelgrößen-Datei {file} konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>{file}: this is not a readable DICOM file ({why}).</source>
        <translation>{file}: dies ist keine lesbare DICOM-Datei ({why}).</translation>
    </message>
    <message>
        <source>{file}: the DICOM file holds no image (no pixel data).</source>
        <translation>{file}: die DICOM-Datei enthält kein Bild (keine Pixeldaten).</translation>
    </message>
    <message>
        <source>{file}: the DICOM image could not be decoded ({why}).</source>
        <translation>{file}: das DICOM-Bild konnte nicht dekodiert werden ({why}).</translation>
    </message>
    <message>
        <source>{file}: the file says {count} frames but its pixel data does not hold them.</source>
        <translation>{file}: die Datei nennt {count} Bilder, aber ihre Pixeldaten enthalten sie nicht.</translation>
    </message>
    <message>
        <source>{file}: not a deflated DICOM file.</source>
        <translation>{file}: keine komprimierte (Deflate-)DICOM-Datei.</translation>
    </message>
    <message>
        <source>{file}: frame {frame} does not exist (the file has {count}).</source>
        <translation>{file}: Bild {frame} existiert nicht (die Datei hat {count}).</translation>
    </message>
    <message>
        <source>{file}: the link leads nowhere or loops; there is no image to read.</source>
        <translation>{file}: die Verknüpfung führt ins Leere oder im Kreis; es gibt kein Bild zu lesen.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: die Datei ist leer.</translation>
    </message>
    <message>
        <source>{file}: this is not an image format FetalHC can read ({why}).</source>
        <translation>{file}: dies ist kein Bildformat, das FetalHC lesen kann ({why}).</translation>
    </message>
    <message>
        <source>{file}: the image is damaged or truncated ({why}).</source>
        <translation>{file}: das Bild ist beschädigt oder abgeschnitten ({why}).</translation>
    </message>
    <message>
        <source>{file}: an image of {cols} x {rows} pixels is not an ultrasound frame (each side must be {low} to {high} pixels, {mp} megapixels at most).</source>
        <translation>{file}: ein Bild von {cols} x {rows} Pixeln ist kein Ultraschallbild (jede Seite muss {low} bis {high} Pixel haben, höchstens {mp} Megapixel).</translation>
    </message>
    <message>
        <source>The image size {rows}x{cols} must be a multiple of 16.</source>
        <translation>Die Bildgröße {rows}x{cols} muss ein Vielfaches von 16 sein.</translation>
    </message>
    <message>
        <source>deleted {files} file(s), {mb} MB, and {rows} row(s) of results tables</source>
        <translation>{files} Datei(en), {mb} MB und {rows} Zeile(n) von Ergebnistabellen gelöscht</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a DICOM AE title: use 1 to 16 letters, digits or punctuation, no backslash.</source>
        <translation>&apos;{title}&apos; ist kein DICOM-AE-Titel: verwenden Sie 1 bis 16 Buchstaben, Ziffern oder Satzzeichen, keinen Backslash.</translation>
    </message>
    <message>
        <source>The port &apos;{port}&apos; is not a number.</source>
        <translation>Der Port &apos;{port}&apos; ist keine Zahl.</translation>
    </message>
    <message>
        <source>The port {port} is outside 1-65535.</source>
        <translation>Der Port {port} liegt außerhalb von 1-65535.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an identity: write AE_TITLE=CERTIFICATE_NAME.</source>
        <translation>&apos;{text}&apos; ist keine Identität: schreiben Sie AE_TITEL=ZERTIFIKATSNAME.</translation>
    </message>
    <message>
        <source>The peer {ae} has no host.</source>
        <translation>Der Partner {ae} hat keinen Host.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a peer: write AE_TITLE@HOST:PORT (or AE_TITLE@HOST:PORT+tls).</source>
        <translation>&apos;{text}&apos; ist kein Partner: schreiben Sie AE_TITEL@HOST:PORT (oder AE_TITEL@HOST:PORT+tls).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no host: write AE_TITLE or AE_TITLE@HOST.</source>
        <translation>&apos;{text}&apos; nennt keinen Host: schreiben Sie AE_TITEL oder AE_TITEL@HOST.</translation>
    </message>
    <message>
        <source>{ae} has a certificate name but is not a peer allowed to send images.</source>
        <translation>{ae} hat einen Zertifikatsnamen, ist aber kein Partner, der Bilder senden darf.</translation>
    </message>
    <message>
        <source>The certificate name for {ae} is empty.</source>
        <translation>Der Zertifikatsname für {ae} ist leer.</translation>
    </message>
    <message>
        <source>The host {host} is given for {ae}, which is not a peer allowed to send.</source>
        <translation>Der Host {host} ist für {ae} angegeben, der kein Partner ist, der senden darf.</translation>
    </message>
    <message>
        <source>The TLS private key {key} could not be read: {why}</source>
        <translation>Der private TLS-Schlüssel {key} konnte nicht gelesen werden: {why}</translation>
    </message>
    <message>
        <source>The TLS private key {key} can be read by other accounts (mode {mode}): make it private (chmod 600 {again}) and try again.</source>
        <translation>Der private TLS-Schlüssel {key} ist für andere Konten lesbar (Modus {mode}): machen Sie ihn privat (chmod 600 {again}) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The TLS certificate or key could not be used: {why}</source>
        <translation>Das TLS-Zertifikat oder der Schlüssel konnte nicht verwendet werden: {why}</translation>
    </message>
    <message>
        <source>The TLS certificate, key or CA could not be used: {why}</source>
        <translation>TLS-Zertifikat, Schlüssel oder CA konnten nicht verwendet werden: {why}</translation>
    </message>
    <message>
        <source>{ae} could not search ({status}).</source>
        <translation>{ae} konnte nicht suchen ({status}).</translation>
    </message>
    <message>
        <source>{ae} could not send the study ({status}).</source>
        <translation>{ae} konnte die Studie nicht senden ({status}).</translation>
    </message>
    <message>
        <source>The retrieval from {ae} was stopped.</source>
        <translation>Der Abruf von {ae} wurde angehalten.</translation>
    </message>
    <message>
        <source>{peer}: TLS failed ({why}).</source>
        <translation>{peer}: TLS fehlgeschlagen ({why}).</translation>
    </message>
    <message>
        <source>{ae} at {address} did not accept an association over TLS from {calling}.</source>
        <translation>{ae} auf {address} hat keine TLS-Assoziation von {calling} angenommen.</translation>
    </message>
    <message>
        <source>{ae} at {address} did not accept an association from {calling}.</source>
        <translation>{ae} auf {address} hat keine Assoziation von {calling} angenommen.</translation>
    </message>
    <message>
        <source>{ae} refused {what} ({status}).</source>
        <translation>{ae} hat {what} abgelehnt ({status}).</translation>
    </message>
    <message>
        <source>ultrasound region {number} of {count}, the one holding the head</source>
        <translation>Ultraschallregion {number} von {count}, die den Kopf enthält</translation>
    </message>
    <message>
        <source>ultrasound region {number}</source>
        <translation>Ultraschallregion {number}</translation>
    </message>
    <message>
        <source>The file&apos;s {count} ultrasound region(s) give no usable pixel size (a zero or negative spacing, units other than cm, or no 2D tissue region); set the pixel size by hand or calibrate.</source>
        <translation>Die {count} Ultraschallregion(en) der Datei geben keine brauchbare Pixelgröße an (ein Abstand von null oder negativ, andere Einheiten als cm oder keine 2D-Gewebe-Region); setzen Sie die Pixelgröße von Hand oder kalibrieren Sie.</translation>
    </message>
    <message>
        <source>The {mode} image was rescaled to 8 bits for display and measurement.</source>
        <translation>Das {mode}-Bild wurde für Anzeige und Messung auf 8 Bit umgerechnet.</translation>
    </message>
    <message>
        <source>No head was found.</source>
        <translation>Es wurde kein Kopf gefunden.</translation>
    </message>
    <message>
        <source>The measurement failed: {message}</source>
        <translation>Die Messung ist fehlgeschlagen: {message}</translation>
    </message>
    <message>
        <source>No head was found in any frame.</source>
        <translation>In keinem Bild wurde ein Kopf gefunden.</translation>
    </message>
    <message>
        <source>typed for this image</source>
        <translation>für dieses Bild eingegeben</translation>
    </message>
    <message>
        <source>No head was found: the region found is not head-shaped (axis ratio {ratio}).</source>
        <translation>Es wurde kein Kopf gefunden: die gefundene Region ist nicht kopfförmig (Achsenverhältnis {ratio}).</translation>
    </message>
    <message>
        <source>{dating}, exam {exam}</source>
        <translation>{dating}, Untersuchung {exam}</translation>
    </message>
    <message>
        <source>dating scan {date} at {weeks}w{days}d</source>
        <translation>Ultraschall zur Terminbestimmung {date} bei {weeks}+{days}</translation>
    </message>
    <message>
        <source>{method} {date}</source>
        <translation>{method} {date}</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: 1 day apart.</source>
        <translation>Der KU ergibt {hc} ({formula}), die Daten ergeben {dates}: 1 Tag Unterschied.</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart, more than the {threshold} days at which ACOG Committee Opinion 700 would redate at this GA: check the dates, the pixel size and the plane (FetalHC does not redate).</source>
        <translation>Der KU ergibt {hc} ({formula}), die Daten ergeben {dates}: {apart} Tage Unterschied, mehr als die {threshold} Tage, ab denen ACOG Committee Opinion 700 bei diesem GA neu datieren würde: prüfen Sie die Daten, die Pixelgröße und die Ebene (FetalHC datiert nicht neu).</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart.</source>
        <translation>Der KU ergibt {hc} ({formula}), die Daten ergeben {dates}: {apart} Tage Unterschied.</translation>
    </message>
</context>
<context>
    <name>DatingDialog</name>
    <message>
        <source>Date This Exam</source>
        <translation>Diese Untersuchung datieren</translation>
    </message>
    <message>
        <source>LMP</source>
        <translation>LMP</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>ET</translation>
    </message>
    <message>
        <source>Dating scan on</source>
        <translation>Ultraschall zur Terminbestimmung am</translation>
    </message>
    <message>
        <source>The GA the dating scan gave: {low} to {high}</source>
        <translation>Das GA, das der Ultraschall zur Terminbestimmung ergab: {low} bis {high}</translation>
    </message>
    <message>
        <source>GA then</source>
        <translation>GA damals</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Untersuchungsdatum</translation>
    </message>
    <message>
        <source>The GA at this exam applies to its one image.</source>
        <translation>Das GA bei dieser Untersuchung gilt für ihr einziges Bild.</translation>
    </message>
    <message>
        <source>The GA at this exam applies to its {n} images.</source>
        <translation>Das GA bei dieser Untersuchung gilt für ihre {n} Bilder.</translation>
    </message>
    <message>
        <source>enter the exam date</source>
        <translation>Untersuchungsdatum eingeben</translation>
    </message>
    <message>
        <source>enter the LMP</source>
        <translation>LMP eingeben</translation>
    </message>
    <message>
        <source>enter the EDD</source>
        <translation>ET eingeben</translation>
    </message>
    <message>
        <source>enter the dating scan&apos;s date</source>
        <translation>Datum des Ultraschalls zur Terminbestimmung eingeben</translation>
    </message>
    <message>
        <source>enter the GA at the dating scan</source>
        <translation>GA beim Ultraschall zur Terminbestimmung eingeben</translation>
    </message>
    <message>
        <source>GA at the exam: {ga} ({dating})</source>
        <translation>GA bei der Untersuchung: {ga} ({dating})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Calibrate pixel size</source>
        <translation>Pixelgröße kalibrieren</translation>
    </message>
    <message>
        <source>The line is {length} pixels long. Its length in millimetres:</source>
        <translation>Die Linie ist {length} Pixel lang. Ihre Länge in Millimetern:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About FetalHC</source>
        <translation>Über FetalHC</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fetal head circumference on 2D ultrasound: a U-Net finds the skull, an ellipse is fitted and HC follows from the pixel size. Results are for review by a qualified sonographer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fetaler Kopfumfang im 2D-Ultraschall: ein U-Net findet den Schädel, eine Ellipse wird angepasst und der KU folgt aus der Pixelgröße. Die Ergebnisse sind zur Prüfung durch qualifiziertes Ultraschallpersonal bestimmt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; Trained on the HC18 challenge training set: {citation}, licensed under Creative Commons Attribution 4.0 (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Daten.&lt;/b&gt; Trainiert mit dem Trainingsdatensatz der HC18-Challenge: {citation}, lizenziert unter Creative Commons Namensnennung 4.0 (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model card&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modellkarte&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Kein Modell geladen.</translation>
    </message>
</context>
<context>
    <name>DicomCommands</name>
    <message>
        <source>DICOM node not started</source>
        <translation>DICOM-Knoten nicht gestartet</translation>
    </message>
    <message>
        <source>Check DICOM &gt; Node Settings.</source>
        <translation>Prüfen Sie DICOM &gt; Knoteneinstellungen.</translation>
    </message>
    <message>
        <source>Received an image from {ae}</source>
        <translation>Ein Bild von {ae} empfangen</translation>
    </message>
    <message>
        <source>1 result waiting for the PACS</source>
        <translation>1 Ergebnis wartet auf das PACS</translation>
    </message>
    <message>
        <source>{n} results waiting for the PACS</source>
        <translation>{n} Ergebnisse warten auf das PACS</translation>
    </message>
    <message>
        <source>{label}: report and captured image sent to {peer}</source>
        <translation>{label}: Bericht und erfasstes Bild an {peer} gesendet</translation>
    </message>
    <message>
        <source>Sending to PACS failed</source>
        <translation>Senden an das PACS fehlgeschlagen</translation>
    </message>
    <message>
        <source>The results of {label} stay in the outgoing queue and are sent again on their own (DICOM &gt; Outgoing Queue lists them).</source>
        <translation>Die Ergebnisse von {label} bleiben in der Ausgangswarteschlange und werden von selbst erneut gesendet (DICOM &gt; Ausgangswarteschlange listet sie).</translation>
    </message>
    <message>
        <source>{label}: {peer} still does not take the results (try {attempts})</source>
        <translation>{label}: {peer} nimmt die Ergebnisse weiterhin nicht an (Versuch {attempts})</translation>
    </message>
    <message>
        <source>No DICOM peer</source>
        <translation>Kein DICOM-Partner</translation>
    </message>
    <message>
        <source>Add the PACS as a peer in DICOM &gt; Node Settings first.</source>
        <translation>Fügen Sie das PACS zuerst unter DICOM &gt; Knoteneinstellungen als Partner hinzu.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Send a fetal head report?</source>
        <translation>Einen fetalen Kopfbericht senden?</translation>
    </message>
    <message>
        <source>Send a fetal head circumference report of it to the PACS all the same?</source>
        <translation>Trotzdem einen Bericht über den fetalen Kopfumfang dieses Bildes an das PACS senden?</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nichts zu senden</translation>
    </message>
    <message>
        <source>Measure the image first.</source>
        <translation>Messen Sie das Bild zuerst.</translation>
    </message>
    <message>
        <source>No DICOM results</source>
        <translation>Keine DICOM-Ergebnisse</translation>
    </message>
    <message>
        <source>Send Results to PACS</source>
        <translation>Ergebnisse an PACS senden</translation>
    </message>
    <message>
        <source>Sending the results to {peer} (kept in {folder})…</source>
        <translation>Die Ergebnisse werden an {peer} gesendet (aufbewahrt in {folder})…</translation>
    </message>
</context>
<context>
    <name>DicomSettings</name>
    <message>
        <source>AE title</source>
        <translation>AE-Titel</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>Zertifikatsname</translation>
    </message>
    <message>
        <source>DICOM Node Settings</source>
        <translation>DICOM-Knoteneinstellungen</translation>
    </message>
    <message>
        <source>Receive images from the peers below (listen on the network)</source>
        <translation>Bilder von den unten stehenden Partnern empfangen (im Netzwerk lauschen)</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts this computer only; 0.0.0.0 every network interface</source>
        <translation>127.0.0.1 nimmt nur diesen Rechner an; 0.0.0.0 jede Netzwerkschnittstelle</translation>
    </message>
    <message>
        <source>Receive with TLS only (needs the certificate and key below)</source>
        <translation>Nur mit TLS empfangen (braucht das Zertifikat und den Schlüssel unten)</translation>
    </message>
    <message>
        <source>This node&apos;s certificate (PEM)</source>
        <translation>Zertifikat dieses Knotens (PEM)</translation>
    </message>
    <message>
        <source>This node&apos;s private key (PEM)</source>
        <translation>Privater Schlüssel dieses Knotens (PEM)</translation>
    </message>
    <message>
        <source>The CA certificate(s) of the peers (PEM)</source>
        <translation>Das oder die CA-Zertifikate der Partner (PEM)</translation>
    </message>
    <message>
        <source>Without a CA, accept TLS senders that present no certificate</source>
        <translation>Ohne CA TLS-Sender annehmen, die kein Zertifikat vorweisen</translation>
    </message>
    <message>
        <source>Off: only senders whose certificate the CA above signed can connect. On: any TLS client may connect (encrypted, but the AE title and its host are the only check).</source>
        <translation>Aus: nur Sender, deren Zertifikat die obige CA signiert hat, können sich verbinden. Ein: jeder TLS-Client kann sich verbinden (verschlüsselt, aber AE-Titel und Host sind die einzige Prüfung).</translation>
    </message>
    <message>
        <source>Accept deflate-compressed images (each inflated up to a size limit)</source>
        <translation>Deflate-komprimierte Bilder annehmen (jedes nur bis zu einer Größengrenze entpackt)</translation>
    </message>
    <message>
        <source>Off: senders must send images uncompressed or with image compression (JPEG, JPEG 2000, RLE), whose size is checked before decoding. On: the deflated transfer syntax too; a dataset that inflates past {limit} MB is refused.</source>
        <translation>Aus: Absender müssen Bilder unkomprimiert oder mit Bildkompression (JPEG, JPEG 2000, RLE) senden, deren Größe vor dem Dekodieren geprüft wird. An: auch die Deflate-Transfersyntax; ein Datensatz, der entpackt größer als {limit} MB wird, wird abgelehnt.</translation>
    </message>
    <message>
        <source>Add Peer</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Remove Peer</source>
        <translation>Partner entfernen</translation>
    </message>
    <message>
        <source>This node&apos;s AE title</source>
        <translation>AE-Titel dieses Knotens</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Lauschen auf Adresse</translation>
    </message>
    <message>
        <source>Received images go to</source>
        <translation>Empfangene Bilder gehen nach</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>CA of the peers</source>
        <translation>CA der Partner</translation>
    </message>
    <message>
        <source>Known peers (scanners and archives; only these may send images). TLS: call this peer over TLS. Certificate name: with TLS and a CA, this sender&apos;s certificate must carry it.</source>
        <translation>Bekannte Partner (Ultraschallgeräte und Archive; nur diese dürfen Bilder senden). TLS: diesen Partner über TLS anrufen. Zertifikatsname: mit TLS und CA muss das Zertifikat dieses Senders ihn tragen.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Peer on row {row}: {problem}</source>
        <translation>Partner in Zeile {row}: {problem}</translation>
    </message>
    <message>
        <source>Give the address to listen on (127.0.0.1 for this computer only).</source>
        <translation>Geben Sie die Adresse an, auf der gelauscht wird (127.0.0.1 nur für diesen Rechner).</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>Brightness: the gray value shown mid-gray</source>
        <translation>Helligkeit: der Grauwert, der als mittleres Grau erscheint</translation>
    </message>
    <message>
        <source>Contrast: the range of gray values shown</source>
        <translation>Kontrast: der Bereich der gezeigten Grauwerte</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to the full gray range</source>
        <translation>Zurück zum vollen Graubereich</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Show the model&apos;s head region (M)</source>
        <translation>Die Kopfregion des Modells zeigen (M)</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Show the fitted ellipse and its axes (E)</source>
        <translation>Die angepasste Ellipse und ihre Achsen zeigen (E)</translation>
    </message>
    <message>
        <source>Mask opacity</source>
        <translation>Deckkraft der Maske</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Helligkeit</translation>
    </message>
    <message>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
</context>
<context>
    <name>EllipseEditor</name>
    <message>
        <source>Drag this end alone (Shift: both ends); click it, then the arrow keys move it by a pixel</source>
        <translation>Dieses Ende allein ziehen (Umschalt: beide Enden); anklicken, dann verschieben die Pfeiltasten es um ein Pixel</translation>
    </message>
    <message>
        <source>Drag to move the ellipse; click it, then the arrow keys move it by a pixel</source>
        <translation>Ziehen, um die Ellipse zu verschieben; anklicken, dann verschieben die Pfeiltasten sie um ein Pixel</translation>
    </message>
    <message>
        <source>Drag to rotate the ellipse</source>
        <translation>Ziehen, um die Ellipse zu drehen</translation>
    </message>
</context>
<context>
    <name>ExamCommands</name>
    <message>
        <source>; 1 DICOM image keeps the patient its file names</source>
        <translation>; 1 DICOM-Bild behält die Patientin seiner Datei</translation>
    </message>
    <message>
        <source>; {n} DICOM images keep the patient their file names</source>
        <translation>; {n} DICOM-Bilder behalten die Patientin ihrer Dateien</translation>
    </message>
    <message>
        <source>Patient and exam set for 1 image</source>
        <translation>Patientin und Untersuchung für 1 Bild festgelegt</translation>
    </message>
    <message>
        <source>Patient and exam set for {n} images</source>
        <translation>Patientin und Untersuchung für {n} Bilder festgelegt</translation>
    </message>
    <message>
        <source>GA {ga} set for 1 image of this exam</source>
        <translation>GA {ga} für 1 Bild dieser Untersuchung gesetzt</translation>
    </message>
    <message>
        <source>GA {ga} set for {n} images of this exam</source>
        <translation>GA {ga} für {n} Bilder dieser Untersuchung gesetzt</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&apos;{text}&apos; has more than one decimal mark: type one, e.g. 0.0758 or 0,0758</source>
        <translation>&apos;{text}&apos; hat mehr als ein Dezimalzeichen: geben Sie eines ein, z. B. 0,0758 oder 0.0758</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type e.g. 0.0758 or 0,0758</source>
        <translation>&apos;{text}&apos; ist keine Zahl: geben Sie z. B. 0,0758 oder 0.0758 ein</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a gestational age: type weeks+days, e.g. 20+3</source>
        <translation>&apos;{text}&apos; ist kein Gestationsalter: geben Sie Wochen+Tage ein, z. B. 20+3</translation>
    </message>
    <message>
        <source>A GA of {weeks}+{days} is outside {low}+0 to {high}+6</source>
        <translation>Ein GA von {weeks}+{days} liegt außerhalb von {low}+0 bis {high}+6</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as {form}</source>
        <translation>&apos;{text}&apos; ist kein Datum: geben Sie es als {form} ein</translation>
    </message>
    <message>
        <source>DMY</source>
        <extracomment>The initials of the words day, month and year, in this order (three letters).</extracomment>
        <translation>TMJ</translation>
    </message>
    <message>
        <source>weeks+days, e.g. 20+3</source>
        <translation>Wochen+Tage, z. B. 20+3</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Das Datum aus einem Kalender wählen</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Open images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Einen Ordner mit Bildern öffnen</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>Some files were not opened</source>
        <translation>Einige Dateien wurden nicht geöffnet</translation>
    </message>
    <message>
        <source>Pixel sizes found</source>
        <translation>Pixelgrößen gefunden</translation>
    </message>
    <message>
        <source>{csv}, beside these images, gives the pixel size of one of them. Use it?</source>
        <translation>{csv} neben diesen Bildern gibt die Pixelgröße eines von ihnen an. Verwenden?</translation>
    </message>
    <message>
        <source>{csv}, beside these images, gives the pixel size of {n} of them. Use it?</source>
        <translation>{csv} neben diesen Bildern gibt die Pixelgröße von {n} von ihnen an. Verwenden?</translation>
    </message>
    <message>
        <source>Open measurements</source>
        <translation>Messungen öffnen</translation>
    </message>
    <message>
        <source>Measurements not opened</source>
        <translation>Messungen nicht geöffnet</translation>
    </message>
    <message>
        <source>1 measured image opened from {file}</source>
        <translation>1 gemessenes Bild aus {file} geöffnet</translation>
    </message>
    <message>
        <source>{n} measured images opened from {file}</source>
        <translation>{n} gemessene Bilder aus {file} geöffnet</translation>
    </message>
    <message>
        <source>1 measurement written to {path}</source>
        <translation>1 Messung nach {path} geschrieben</translation>
    </message>
    <message>
        <source>{n} measurements written to {path}</source>
        <translation>{n} Messungen nach {path} geschrieben</translation>
    </message>
    <message>
        <source>1 image removed from the list; its file is untouched</source>
        <translation>1 Bild aus der Liste entfernt; seine Datei bleibt unberührt</translation>
    </message>
    <message>
        <source>{n} images removed from the list; their files are untouched</source>
        <translation>{n} Bilder aus der Liste entfernt; ihre Dateien bleiben unberührt</translation>
    </message>
    <message>
        <source>Some images were not opened</source>
        <translation>Einige Bilder wurden nicht geöffnet</translation>
    </message>
    <message>
        <source>Export HC18 submission</source>
        <translation>HC18-Einreichung exportieren</translation>
    </message>
    <message>
        <source>Export measurements</source>
        <translation>Messungen exportieren</translation>
    </message>
    <message>
        <source> without patient identity</source>
        <translation> ohne Identität der Patientin</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Messen läuft</translation>
    </message>
    <message>
        <source>Wait for the measurement to end (or cancel it), then remove images.</source>
        <translation>Warten Sie das Ende der Messung ab (oder brechen Sie sie ab) und entfernen Sie dann Bilder.</translation>
    </message>
    <message>
        <source>Delete Old Patient Data</source>
        <translation>Alte Patientendaten löschen</translation>
    </message>
    <message>
        <source>Delete the images this computer received or retrieved over DICOM, and the results it sent,
that are older than this many days (images you opened from elsewhere are not touched):</source>
        <translation>Die Bilder löschen, die dieser Rechner über DICOM empfangen oder abgerufen hat, und die gesendeten Ergebnisse,
die älter als so viele Tage sind (anderswo geöffnete Bilder bleiben unberührt):</translation>
    </message>
    <message>
        <source>Old patient data not deleted</source>
        <translation>Alte Patientendaten nicht gelöscht</translation>
    </message>
    <message>
        <source>Retention of {days} days: {report}</source>
        <translation>Aufbewahrung von {days} Tagen: {report}</translation>
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
        <translation>Gestationsalter (Wochen)</translation>
    </message>
    <message>
        <source>HC (mm)</source>
        <translation>KU (mm)</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st HC standard: the 3rd, 10th, 50th (blue), 90th and 97th centiles; the thin inner pair are the 10th and 90th</source>
        <translation>INTERGROWTH-21st-KU-Standard: die 3., 10., 50. (blau), 90. und 97. Perzentile; das dünne innere Paar sind die 10. und 90.</translation>
    </message>
    <message>
        <source>No HC in millimetres for this exam yet.</source>
        <translation>Noch kein KU in Millimetern für diese Untersuchung.</translation>
    </message>
    <message>
        <source>The GA of this exam is not known: date the exam (Measure &gt; Date This Exam) to place it.</source>
        <translation>Das GA dieser Untersuchung ist nicht bekannt: datieren Sie die Untersuchung (Messen &gt; Diese Untersuchung datieren), um sie einzutragen.</translation>
    </message>
    <message>
        <source>Red: this exam (bars: the model&apos;s 95% interval); orange: the patient&apos;s other exams.</source>
        <translation>Rot: diese Untersuchung (Balken: das 95-%-Intervall des Modells); orange: die anderen Untersuchungen der Patientin.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Set Patient and Exam</source>
        <translation>Patientin und Untersuchung festlegen</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Untersuchungsdatum</translation>
    </message>
    <message>
        <source>For the selected image:</source>
        <translation>Für das gewählte Bild:</translation>
    </message>
    <message>
        <source>For the {n} selected images, which become one exam:</source>
        <translation>Für die {n} gewählten Bilder, die eine Untersuchung werden:</translation>
    </message>
    <message>
        <source>Give at least the patient ID or the family name.</source>
        <translation>Geben Sie mindestens die Patienten-ID oder den Nachnamen an.</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <source>Images without a named patient</source>
        <translation>Bilder ohne benannte Patientin</translation>
    </message>
    <message>
        <source>not measured</source>
        <extracomment>``app.session.Status`` values marked for translation (the application layer speaks English only).</extracomment>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>measuring</source>
        <translation>wird gemessen</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>gemessen</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>no head found</source>
        <translation>kein Kopf gefunden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patientin</translation>
    </message>
    <message>
        <source>exam {date}</source>
        <translation>Untersuchung {date}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geb. {date}</translation>
    </message>
    <message>
        <source>accession {number}</source>
        <translation>Auftrag {number}</translation>
    </message>
    <message>
        <source>Opened images by patient and exam; the arrow keys and Page Up/Down move through them</source>
        <translation>Geöffnete Bilder nach Patientin und Untersuchung; die Pfeiltasten und Bild auf/ab bewegen sich durch sie</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>As the System ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>FetalHC will be in {language} from its next start.</source>
        <translation>FetalHC erscheint ab dem nächsten Start auf {language}.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Language not available</source>
        <translation>Sprache nicht verfügbar</translation>
    </message>
    <message>
        <source>Unsupported Qt version</source>
        <translation>Nicht unterstützte Qt-Version</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sitzung nicht gespeichert</translation>
    </message>
    <message>
        <source>Too many FetalHC windows are open: this one&apos;s work is not autosaved.</source>
        <translation>Zu viele FetalHC-Fenster sind offen: die Arbeit dieses Fensters wird nicht automatisch gespeichert.</translation>
    </message>
    <message>
        <source>A second window</source>
        <translation>Ein zweites Fenster</translation>
    </message>
    <message>
        <source>Session not restored</source>
        <translation>Sitzung nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>FetalHC did not close normally</source>
        <translation>FetalHC wurde nicht normal beendet</translation>
    </message>
    <message>
        <source>The last session ended unexpectedly. Restored from the autosave: {images} images, {measured} of them measured.

Details of a crash, if any, are in {logs} (Help &gt; Open Log Folder).</source>
        <translation>Die letzte Sitzung endete unerwartet. Aus der automatischen Speicherung wiederhergestellt: {images} Bilder, {measured} davon gemessen.

Einzelheiten eines Absturzes, falls es einen gab, stehen in {logs} (Hilfe &gt; Protokollordner öffnen).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The patient and exam the file names</source>
        <translation>Die Patientin und Untersuchung, die die Datei nennt</translation>
    </message>
    <message>
        <source>Model: loading…</source>
        <translation>Modell: wird geladen…</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>Wachstumskurve</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modell: {name}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>The logs are in {folder}</source>
        <translation>Die Protokolle liegen in {folder}</translation>
    </message>
    <message>
        <source>User guide missing</source>
        <translation>Benutzerhandbuch fehlt</translation>
    </message>
    <message>
        <source>The user guide was not installed with this FetalHC.</source>
        <translation>Das Benutzerhandbuch wurde mit diesem FetalHC nicht installiert.</translation>
    </message>
    <message>
        <source>Model ready: {name}</source>
        <translation>Modell bereit: {name}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>Modell: nicht geladen</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modell nicht geladen</translation>
    </message>
    <message>
        <source>The model could not be loaded.</source>
        <translation>Das Modell konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Einen Modellordner wählen</translation>
    </message>
    <message>
        <source>Training is not installed</source>
        <translation>Training ist nicht installiert</translation>
    </message>
    <message>
        <source>Training in progress: measuring waits until it ends.</source>
        <translation>Training läuft: das Messen wartet, bis es endet.</translation>
    </message>
    <message>
        <source>HC {hc} px</source>
        <translation>KU {hc} px</translation>
    </message>
    <message>
        <source>HC {hc} mm</source>
        <translation>KU {hc} mm</translation>
    </message>
    <message>
        <source>HC {hc} ± {half} mm</source>
        <translation>KU {hc} ± {half} mm</translation>
    </message>
    <message>
        <source>not a head plane</source>
        <translation>keine Kopfebene</translation>
    </message>
    <message>
        <source>not obstetric</source>
        <translation>nicht geburtshilflich</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>fraglich</translation>
    </message>
    <message>
        <source>Measuring… (Esc cancels)</source>
        <translation>Messen… (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Head circumference (Ramanujan&apos;s ellipse perimeter)</source>
        <translation>Kopfumfang (Ellipsenumfang nach Ramanujan)</translation>
    </message>
    <message>
        <source>Biparietal diameter: the short axis of the ellipse, outer to outer. Hadlock&apos;s and many scanners&apos; BPD is outer to inner, about 2-3 mm less.</source>
        <translation>Biparietaler Durchmesser: die kurze Achse der Ellipse, außen-außen. Der BPD nach Hadlock und vieler Ultraschallgeräte ist außen-innen, etwa 2-3 mm kleiner.</translation>
    </message>
    <message>
        <source>Occipitofrontal diameter: the long axis of the ellipse, outer to outer</source>
        <translation>Frontookzipitaler Durchmesser: die lange Achse der Ellipse, außen-außen</translation>
    </message>
    <message>
        <source>Gestational age from HC by Hadlock (1984), valid for HC 6.8-36 cm</source>
        <translation>Gestationsalter aus dem KU nach Hadlock (1984), gültig für KU 6,8-36 cm</translation>
    </message>
    <message>
        <source>Gestational age from HC by INTERGROWTH-21st (2016), for scans at 14-26 weeks</source>
        <translation>Gestationsalter aus dem KU nach INTERGROWTH-21st (2016), für Untersuchungen mit 14-26 Wochen</translation>
    </message>
    <message>
        <source>The model&apos;s 95% interval of the HC: the ensemble members&apos; disagreement, calibrated on images none of them trained on</source>
        <translation>Das 95-%-Intervall des KU nach dem Modell: die Uneinigkeit der Ensemblemitglieder, kalibriert auf Bildern, mit denen keines trainiert wurde</translation>
    </message>
    <message>
        <source>HC</source>
        <translation>KU</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>BPD (outer-outer)</source>
        <translation>BPD (außen-außen)</translation>
    </message>
    <message>
        <source>OFD (outer-outer)</source>
        <translation>FOD (außen-außen)</translation>
    </message>
    <message>
        <source>Cephalic index</source>
        <translation>Kopfindex</translation>
    </message>
    <message>
        <source>GA (Hadlock)</source>
        <translation>GA (Hadlock)</translation>
    </message>
    <message>
        <source>GA (INTERGROWTH)</source>
        <translation>GA (INTERGROWTH)</translation>
    </message>
    <message>
        <source>The GA known from dating (weeks+days), for the HC centile; empty until you type it. Measure &gt; Date This Exam dates every image of the exam from the LMP, EDD or a dating scan.</source>
        <translation>Das aus der Datierung bekannte GA (Wochen+Tage), für die KU-Perzentile; leer, bis Sie es eingeben. Messen &gt; Diese Untersuchung datieren datiert alle Bilder der Untersuchung aus LMP, ET oder einem Ultraschall zur Terminbestimmung.</translation>
    </message>
    <message>
        <source>Known GA</source>
        <translation>Bekanntes GA</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st HC standard (2014), 14-40 weeks</source>
        <translation>INTERGROWTH-21st-KU-Standard (2014), 14-40 Wochen</translation>
    </message>
    <message>
        <source>z-score / centile</source>
        <translation>z-Wert / Perzentile</translation>
    </message>
    <message>
        <source>Model confidence: 1 is a clean, elliptical, certain head outline</source>
        <translation>Sicherheit des Modells: 1 ist ein klarer, elliptischer, sicherer Kopfumriss</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>I confirm this is a fetal head plane</source>
        <translation>Ich bestätige, dass dies eine fetale Kopfebene ist</translation>
    </message>
    <message>
        <source>Overrule the head-plane check for this image: your name and the time go into the record and the report (Ctrl+Z undoes)</source>
        <translation>Die Kopfebenen-Prüfung für dieses Bild überstimmen: Ihr Name und die Uhrzeit gehen in den Datensatz und den Bericht (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Restore automatic ellipse</source>
        <translation>Automatische Ellipse wiederherstellen</translation>
    </message>
    <message>
        <source>Discard the manual correction and use the model&apos;s ellipse</source>
        <translation>Die Korrektur von Hand verwerfen und die Ellipse des Modells verwenden</translation>
    </message>
    <message>
        <source>No pixel size: HC is shown in pixels. Set the pixel size to get millimetres.</source>
        <translation>Keine Pixelgröße: der KU wird in Pixeln gezeigt. Setzen Sie die Pixelgröße, um Millimeter zu erhalten.</translation>
    </message>
    <message>
        <source>Withdraw my confirmation</source>
        <translation>Meine Bestätigung zurückziehen</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>die Benutzerin oder der Benutzer</translation>
    </message>
    <message>
        <source>Confirmed as a fetal head plane by {who} on {when}, against the check.</source>
        <translation>Als fetale Kopfebene bestätigt von {who} am {when}, gegen die Prüfung.</translation>
    </message>
    <message>
        <source>Not confirmed as a head plane.</source>
        <translation>Nicht als Kopfebene bestätigt.</translation>
    </message>
    <message>
        <source>{weeks} w ({weeks_days})</source>
        <translation>{weeks} SSW ({weeks_days})</translation>
    </message>
    <message>
        <source>none (see below)</source>
        <translation>keins (siehe unten)</translation>
    </message>
    <message>
        <source>Check the ellipse on the skull&apos;s outer edge, the faint side walls above all.</source>
        <extracomment>What to check on a doubtful result: out of fold the measured ellipse parts from the annotators&apos; most on the side walls (horizontal extent sd 5.0 image pixels against 3.9 vertically).</extracomment>
        <translation>Prüfen Sie die Ellipse am äußeren Schädelrand, vor allem an den schwachen Seitenwänden.</translation>
    </message>
    <message>
        <source>Edited by hand: the HC is yours; the model&apos;s interval no longer applies</source>
        <translation>Von Hand bearbeitet: der KU ist Ihrer; das Intervall des Modells gilt nicht mehr</translation>
    </message>
    <message>
        <source>Measure it by hand only if it is a fetal head plane of a pregnancy.</source>
        <translation>Messen Sie es nur dann von Hand, wenn es die fetale Kopfebene einer Schwangerschaft ist.</translation>
    </message>
    <message>
        <source>The model&apos;s result was doubtful: </source>
        <translation>Das Ergebnis des Modells war fraglich: </translation>
    </message>
    <message>
        <source>Doubtful result: </source>
        <translation>Fragliches Ergebnis: </translation>
    </message>
    <message>
        <source>z {z}, centile {centile} (at {ga})</source>
        <translation>z {z}, Perzentile {centile} (bei {ga})</translation>
    </message>
    <message>
        <source>none: edited by hand</source>
        <translation>keins: von Hand bearbeitet</translation>
    </message>
    <message>
        <source>not given by this model</source>
        <translation>von diesem Modell nicht angegeben</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus in order: name -&gt; title (marked for translation).</extracomment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Messen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odell</translation>
    </message>
    <message>
        <source>&amp;DICOM</source>
        <translation>DI&amp;COM</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>DICOM node off</source>
        <translation>DICOM-Knoten aus</translation>
    </message>
    <message>
        <source>DICOM node {ae} on {address}</source>
        <translation>DICOM-Knoten {ae} auf {address}</translation>
    </message>
</context>
<context>
    <name>OutgoingQueueDialog</name>
    <message>
        <source>Peer</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Outgoing Queue</source>
        <translation>Ausgangswarteschlange</translation>
    </message>
    <message>
        <source>Retry All Now</source>
        <translation>Alle jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Drop Selected</source>
        <translation>Gewählte verwerfen</translation>
    </message>
    <message>
        <source>1 result waits to be sent; it is tried again on its own, later each time.</source>
        <translation>1 Ergebnis wartet auf das Senden; es wird von selbst erneut versucht, jedes Mal später.</translation>
    </message>
    <message>
        <source>{n} results wait to be sent; each is tried again on its own, later each time.</source>
        <translation>{n} Ergebnisse warten auf das Senden; jedes wird von selbst erneut versucht, jedes Mal später.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nichts wartet auf das Senden.</translation>
    </message>
</context>
<context>
    <name>PacsDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patientin</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Open from PACS</source>
        <translation>Aus PACS öffnen</translation>
    </message>
    <message>
        <source>e.g. DOE^JANE or DOE*</source>
        <translation>z. B. DOE^JANE oder DOE*</translation>
    </message>
    <message>
        <source>Studies from</source>
        <translation>Studien vom</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Open Study</source>
        <translation>Studie öffnen</translation>
    </message>
    <message>
        <source>Add the PACS as a peer in DICOM &gt; Node Settings first.</source>
        <translation>Fügen Sie das PACS zuerst unter DICOM &gt; Knoteneinstellungen als Partner hinzu.</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name der Patientin</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>1 study found.</source>
        <translation>1 Studie gefunden.</translation>
    </message>
    <message>
        <source>{n} studies found.</source>
        <translation>{n} Studien gefunden.</translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>Keine Studie passt.</translation>
    </message>
    <message>
        <source>Retrieving the study of {patient}…</source>
        <translation>Die Studie von {patient} wird abgerufen…</translation>
    </message>
    <message>
        <source>The PACS sent no ultrasound image of this study.</source>
        <translation>Das PACS hat kein Ultraschallbild dieser Studie gesendet.</translation>
    </message>
</context>
<context>
    <name>PixelSizeCommands</name>
    <message>
        <source>Pixel size refused</source>
        <translation>Pixelgröße abgelehnt</translation>
    </message>
    <message>
        <source>Change pixel size</source>
        <translation>Pixelgröße ändern</translation>
    </message>
    <message>
        <source>Pixel sizes (CSV)</source>
        <translation>Pixelgrößen (CSV)</translation>
    </message>
    <message>
        <source>Pixel sizes not loaded</source>
        <translation>Pixelgrößen nicht geladen</translation>
    </message>
    <message>
        <source>Pixel sizes set for {count} of {total} images</source>
        <translation>Pixelgrößen für {count} von {total} Bildern gesetzt</translation>
    </message>
    <message>
        <source>Calibration refused</source>
        <translation>Kalibrierung abgelehnt</translation>
    </message>
    <message>
        <source>Calibrate pixel size</source>
        <translation>Pixelgröße kalibrieren</translation>
    </message>
</context>
<context>
    <name>PixelSizePanel</name>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Pixelgröße</translation>
    </message>
    <message>
        <source>Millimetres per image pixel (0.0758 or 0,0758), committed with Enter; every mm figure follows it</source>
        <translation>Millimeter je Bildpixel (0,0758 oder 0.0758), mit Enter übernommen; jeder mm-Wert folgt ihr</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>CSV laden…</translation>
    </message>
    <message>
        <source>Pixel sizes by file name (HC18 form: filename,pixel size(mm)) for every open image</source>
        <translation>Pixelgrößen nach Dateiname (HC18-Form: filename,pixel size(mm)) für jedes offene Bild</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Kalibrieren…</translation>
    </message>
    <message>
        <source>Draw a line over a known distance, such as the depth scale, and type its length</source>
        <translation>Eine Linie über eine bekannte Strecke ziehen, etwa die Tiefenskala, und ihre Länge eingeben</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Non-square pixels: spacing across x down</source>
        <translation>Nicht quadratische Pixel: Abstand quer x längs</translation>
    </message>
    <message>
        <source>Set it, load a CSV or calibrate to get mm figures.</source>
        <translation>Setzen Sie sie, laden Sie eine CSV oder kalibrieren Sie, um mm-Werte zu erhalten.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>gestational age (weeks)</source>
        <extracomment>The plotted ranges: gestational age in weeks and HC in mm.</extracomment>
        <translation>Gestationsalter (Wochen)</translation>
    </message>
    <message>
        <source>HC (mm)</source>
        <translation>KU (mm)</translation>
    </message>
    <message>
        <source>FetalHC measures the fetal head circumference on 2D ultrasound images to support a qualified user. Every figure in this report is a decision-support measurement: check each ellipse on its image before using it in care.</source>
        <translation>FetalHC misst den fetalen Kopfumfang auf 2D-Ultraschallbildern zur Unterstützung qualifizierten Personals. Jeder Wert in diesem Bericht ist eine Messung zur Entscheidungsunterstützung: prüfen Sie jede Ellipse auf ihrem Bild, bevor Sie sie in der Versorgung verwenden.</translation>
    </message>
    <message>
        <source>Head plane</source>
        <extracomment>``core.verdicts.verdict_lines``&apos; labels marked for translation.</extracomment>
        <translation>Kopfebene</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Fraglich</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>image withheld: its header says text (which may name the patient) is burned into the pixels, and it gives no ultrasound region to keep</source>
        <extracomment>Why an anonymised report shows no image: the header says text is burned in and no region says where (the reason under it, and the words on the blank shown instead).</extracomment>
        <translation>Bild zurückgehalten: laut seinem Header ist Text (der die Patientin nennen kann) in die Pixel eingebrannt, und er gibt keine Ultraschallregion an, die erhalten bleiben kann</translation>
    </message>
    <message>
        <source>image withheld (burned-in text)</source>
        <translation>Bild zurückgehalten (eingebrannter Text)</translation>
    </message>
    <message>
        <source>FetalHC head circumference report</source>
        <translation>FetalHC-Bericht zum Kopfumfang</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>withheld (anonymised report)</source>
        <translation>zurückgehalten (anonymisierter Bericht)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patientin</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Untersuchung</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Auftragsnummer</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Fetal head circumference</source>
        <translation>Fetaler Kopfumfang</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Messungen</translation>
    </message>
    <message>
        <source>No pixel size is known for this exam: HC is given in pixels only, with no mm figures.</source>
        <translation>Für diese Untersuchung ist keine Pixelgröße bekannt: der KU wird nur in Pixeln angegeben, ohne mm-Werte.</translation>
    </message>
    <message>
        <source>Growth chart (INTERGROWTH-21st)</source>
        <translation>Wachstumskurve (INTERGROWTH-21st)</translation>
    </message>
    <message>
        <source>Image {number}: {file}</source>
        <translation>Bild {number}: {file}</translation>
    </message>
    <message>
        <source>, frame {frame}</source>
        <translation>, Bild {frame}</translation>
    </message>
    <message>
        <source>ellipse edited by hand</source>
        <translation>Ellipse von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Pixelgröße</translation>
    </message>
    <message>
        <source>Made on {date} by FetalHC {version} with the model {model} (SHA-256 of its network file {sha}).</source>
        <translation>Erstellt am {date} von FetalHC {version} mit dem Modell {model} (SHA-256 seiner Netzdatei {sha}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source>Intended use.</source>
        <translation>Zweckbestimmung.</translation>
    </message>
    <message>
        <source>HC (95%)</source>
        <extracomment>The figures table&apos;s column headings after &quot;#&quot;.</extracomment>
        <translation>KU (95 %)</translation>
    </message>
    <message>
        <source>BPD (outer-outer)</source>
        <translation>BPD (außen-außen)</translation>
    </message>
    <message>
        <source>OFD (outer-outer)</source>
        <translation>FOD (außen-außen)</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>KI</translation>
    </message>
    <message>
        <source>GA Hadlock</source>
        <translation>GA Hadlock</translation>
    </message>
    <message>
        <source>GA IG-21</source>
        <translation>GA IG-21</translation>
    </message>
    <message>
        <source>z / centile (at GA)</source>
        <translation>z / Perz. (bei GA)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>{z} / {centile} (at {ga})</source>
        <translation>{z} / {centile} (bei {ga})</translation>
    </message>
    <message>
        <source>withheld (at {ga}: see notes)</source>
        <translation>zurückgehalten (bei {ga}: siehe Hinweise)</translation>
    </message>
    <message>
        <source>confirmed by user</source>
        <translation>vom Benutzer bestätigt</translation>
    </message>
    <message>
        <source>yes: {reasons}</source>
        <translation>ja: {reasons}</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Folder for the reports</source>
        <translation>Ordner für die Berichte</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nichts zu drucken</translation>
    </message>
    <message>
        <source>Measure an image of this exam first.</source>
        <translation>Messen Sie zuerst ein Bild dieser Untersuchung.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Kein Bericht</translation>
    </message>
    <message>
        <source>Measure at least one image first.</source>
        <translation>Messen Sie zuerst mindestens ein Bild.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
    <message>
        <source>1 report written to {folder}</source>
        <translation>1 Bericht nach {folder} geschrieben</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}</source>
        <translation>{n} Berichte nach {folder} geschrieben</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Previous/next image in the list</source>
        <translation>Vorheriges/nächstes Bild der Liste</translation>
    </message>
    <message>
        <source>Up/Down</source>
        <translation>Auf/Ab</translation>
    </message>
    <message>
        <source>Choose an ellipse handle (in the image)</source>
        <translation>Einen Griff der Ellipse wählen (im Bild)</translation>
    </message>
    <message>
        <source>Move the chosen handle by one pixel (ten)</source>
        <translation>Den gewählten Griff um ein Pixel (zehn) verschieben</translation>
    </message>
    <message>
        <source>Arrows (Shift+Arrows)</source>
        <translation>Pfeiltasten (Umschalt+Pfeiltasten)</translation>
    </message>
    <message>
        <source>Drag both ends of an axis about the centre</source>
        <translation>Beide Enden einer Achse um den Mittelpunkt ziehen</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Umschalt+Ziehen</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Training ran out of memory. Choose a smaller image size or batch size.</source>
        <translation>Dem Training ging der Speicher aus. Wählen Sie eine kleinere Bildgröße oder Batchgröße.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Validation HC error (mm)</source>
        <translation>KU-Fehler der Validierung (mm)</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>Legend label and colour of each logged series; &quot;second:&quot; marks the second stage&apos;s (on crops).</extracomment>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>mean absolute</source>
        <translation>mittlerer absoluter</translation>
    </message>
    <message>
        <source>2nd stage training</source>
        <translation>Training 2. Stufe</translation>
    </message>
    <message>
        <source>2nd stage validation</source>
        <translation>Validierung 2. Stufe</translation>
    </message>
    <message>
        <source>{count} image/annotation pairs found.</source>
        <translation>{count} Bild/Annotation-Paare gefunden.</translation>
    </message>
    <message>
        <source>Pixel sizes from {file}.</source>
        <translation>Pixelgrößen aus {file}.</translation>
    </message>
    <message>
        <source>images without annotation</source>
        <translation>Bilder ohne Annotation</translation>
    </message>
    <message>
        <source>annotations without image</source>
        <translation>Annotationen ohne Bild</translation>
    </message>
    <message>
        <source>unreadable files</source>
        <translation>unlesbare Dateien</translation>
    </message>
    <message>
        <source>images missing from the CSV</source>
        <translation>in der CSV fehlende Bilder</translation>
    </message>
    <message>
        <source>Cannot train: </source>
        <translation>Training nicht möglich: </translation>
    </message>
    <message>
        <source>Split by subject: {test} test images ({test_subjects} subjects) that no member sees; each of the {members} members trains on about {train} images and validates on about {val} (one of {members} subject folds).</source>
        <translation>Aufteilung nach Person: {test} Testbilder ({test_subjects} Personen), die kein Mitglied sieht; jedes der {members} Mitglieder trainiert auf etwa {train} Bildern und validiert auf etwa {val} (eine von {members} Personen-Faltungen).</translation>
    </message>
    <message>
        <source>Split by subject: {train} training images ({train_subjects} subjects), {val} validation images ({val_subjects} subjects).</source>
        <translation>Aufteilung nach Person: {train} Trainingsbilder ({train_subjects} Personen), {val} Validierungsbilder ({val_subjects} Personen).</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Ein Modell trainieren</translation>
    </message>
    <message>
        <source>Dataset (HC18 layout: images, _Annotation masks, pixel-size CSV)</source>
        <translation>Datensatz (HC18-Aufbau: Bilder, _Annotation-Masken, Pixelgrößen-CSV)</translation>
    </message>
    <message>
        <source>Folder with NNN_HC.png and NNN_HC_Annotation.png</source>
        <translation>Ordner mit NNN_HC.png und NNN_HC_Annotation.png</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Look at the folder and report what it holds</source>
        <translation>Den Ordner ansehen und sagen, was er enthält</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Fine-tune the model in use</source>
        <translation>Das verwendete Modell nachtrainieren</translation>
    </message>
    <message>
        <source>Train from scratch</source>
        <translation>Von Grund auf trainieren</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ausgangspunkt</translation>
    </message>
    <message>
        <source>Passes over the training images</source>
        <translation>Durchläufe über die Trainingsbilder</translation>
    </message>
    <message>
        <source>Passes of the second stage, the network that delineates the head again on a crop around the first ellipse, as in the bundled model (the crop has as many pixels a side as the image size has rows); 0: a one-stage model</source>
        <translation>Durchläufe der zweiten Stufe, des Netzes, das den Kopf auf einem Ausschnitt um die erste Ellipse erneut abgrenzt, wie im mitgelieferten Modell (der Ausschnitt hat so viele Pixel Seitenlänge, wie die Bildgröße Zeilen hat); 0: ein einstufiges Modell</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Images per training step; lower it if memory runs out</source>
        <translation>Bilder je Trainingsschritt; senken Sie ihn, wenn der Speicher ausgeht</translation>
    </message>
    <message>
        <source>Initial learning rate (cosine decay)</source>
        <translation>Anfängliche Lernrate (Kosinus-Abfall)</translation>
    </message>
    <message>
        <source>Model input in pixels (rows x cols); larger is slower and finer</source>
        <translation>Modelleingabe in Pixeln (Zeilen x Spalten); größer ist langsamer und feiner</translation>
    </message>
    <message>
        <source>Share of subjects kept for validation</source>
        <translation>Anteil der Personen für die Validierung</translation>
    </message>
    <message>
        <source>1: one model, the quick run. 2 or more: an ensemble of models, one per subject fold, whose disagreement gives every HC a 95% interval calibrated on the test subjects</source>
        <translation>1: ein Modell, der schnelle Lauf. 2 oder mehr: ein Ensemble von Modellen, eines je Personen-Faltung, dessen Uneinigkeit jedem KU ein auf den Testpersonen kalibriertes 95-%-Intervall gibt</translation>
    </message>
    <message>
        <source>Subjects no ensemble member sees; its interval is calibrated there</source>
        <translation>Personen, die kein Ensemblemitglied sieht; dort wird sein Intervall kalibriert</translation>
    </message>
    <message>
        <source>Augmentation (flips, rotation, scale, gain, speckle, blur)</source>
        <translation>Augmentierung (Spiegelung, Drehung, Skalierung, Verstärkung, Speckle, Unschärfe)</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same split</source>
        <translation>Zufallsstartwert: derselbe Startwert ergibt dieselbe Aufteilung</translation>
    </message>
    <message>
        <source>Time per epoch: measured once training starts.</source>
        <translation>Zeit je Epoche: gemessen, sobald das Training beginnt.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Second-stage epochs</source>
        <translation>Epochen der 2. Stufe</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Ensemble members</source>
        <translation>Ensemblemitglieder</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Test fraction (ensemble)</source>
        <translation>Testanteil (Ensemble)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>{members} ensemble members</source>
        <translation>{members} Ensemblemitglieder</translation>
    </message>
    <message>
        <source>one model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>both stages</source>
        <translation>beide Stufen</translation>
    </message>
    <message>
        <source>one stage</source>
        <translation>eine Stufe</translation>
    </message>
    <message>
        <source>Expected time for {what} ({stages}): about {duration} on a 2-core CPU; measured once training starts.</source>
        <translation>Erwartete Zeit für {what} ({stages}): etwa {duration} auf einer 2-Kern-CPU; gemessen, sobald das Training beginnt.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Nicht gestartet.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop within the current batch; the last finished epoch is kept</source>
        <translation>Im laufenden Batch anhalten; die letzte fertige Epoche bleibt erhalten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue from the last finished epoch in the output folder</source>
        <translation>Ab der letzten fertigen Epoche im Ausgabeordner weitermachen</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Dieses Modell verwenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Datensatzordner</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Start nicht möglich</translation>
    </message>
    <message>
        <source>Resuming training into {folder}</source>
        <translation>Training wird in {folder} fortgesetzt</translation>
    </message>
    <message>
        <source>Starting training into {folder}</source>
        <translation>Training in {folder} wird gestartet</translation>
    </message>
    <message>
        <source>Preparing the data (the first run reads every image once)…</source>
        <translation>Die Daten werden vorbereitet (der erste Lauf liest jedes Bild einmal)…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Anhalten nach dem laufenden Batch…</translation>
    </message>
    <message>
        <source>, about {duration} left</source>
        <translation>, noch etwa {duration}</translation>
    </message>
    <message>
        <source>Member {member} of {members}</source>
        <translation>Mitglied {member} von {members}</translation>
    </message>
    <message>
        <source>second stage</source>
        <translation>zweite Stufe</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {steps}</source>
        <translation>Epoche {epoch}, Batch {batch} von {steps}</translation>
    </message>
    <message>
        <source>Time per second-stage epoch: about {duration} (measured).</source>
        <translation>Zeit je Epoche der 2. Stufe: etwa {duration} (gemessen).</translation>
    </message>
    <message>
        <source>Time per epoch: about {duration} (measured).</source>
        <translation>Zeit je Epoche: etwa {duration} (gemessen).</translation>
    </message>
    <message>
        <source>Stopped after epoch {epoch}; Resume continues from there.</source>
        <translation>Nach Epoche {epoch} angehalten; Fortsetzen macht dort weiter.</translation>
    </message>
    <message>
        <source>Finished: the model is in {folder}.</source>
        <translation>Fertig: das Modell liegt in {folder}.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Training fehlgeschlagen.</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>New model on {count} test images (subjects no member saw): {figures}.</source>
        <translation>Neues Modell auf {count} Testbildern (Personen, die kein Mitglied sah): {figures}.</translation>
    </message>
    <message>
        <source>New model on {count} validation images: {figures}.</source>
        <translation>Neues Modell auf {count} Validierungsbildern: {figures}.</translation>
    </message>
    <message>
        <source>Model in use on the same images: {figures}.</source>
        <translation>Verwendetes Modell auf denselben Bildern: {figures}.</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>Training anhalten?</translation>
    </message>
    <message>
        <source>Training is running. Stop it? The last finished epoch is kept and can be resumed.</source>
        <translation>Das Training läuft. Anhalten? Die letzte fertige Epoche bleibt erhalten und kann fortgesetzt werden.</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>keine Werte</translation>
    </message>
    <message>
        <source>HC error {adf} mm mean absolute ({df} mm mean), p95 {p95} mm, {failures} failures</source>
        <translation>KU-Fehler {adf} mm mittlerer absoluter ({df} mm Mittel), p95 {p95} mm, {failures} Ausfälle</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>FetalHC User Guide</source>
        <extracomment>Room (logical pixels) left beside a picture for the page&apos;s margins and the scroll bar.</extracomment>
        <translation>FetalHC-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Edit ellipse</source>
        <extracomment>Where an entered GA came from when the user typed it in the panel (the record&apos;s ga_entered_source).</extracomment>
        <translation>Ellipse bearbeiten</translation>
    </message>
    <message>
        <source>Restore automatic ellipse</source>
        <translation>Automatische Ellipse wiederherstellen</translation>
    </message>
    <message>
        <source>Clear GA</source>
        <translation>GA löschen</translation>
    </message>
    <message>
        <source>Enter GA {ga}</source>
        <translation>GA {ga} eingeben</translation>
    </message>
    <message>
        <source>Confirm head plane</source>
        <translation>Kopfebene bestätigen</translation>
    </message>
    <message>
        <source>Withdraw head-plane confirmation</source>
        <translation>Bestätigung der Kopfebene zurückziehen</translation>
    </message>
    <message>
        <source>Date exam ({dating})</source>
        <translation>Untersuchung datieren ({dating})</translation>
    </message>
    <message>
        <source>Pixel size from {file}</source>
        <translation>Pixelgröße aus {file}</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>Es gibt kein Bild zum Exportieren.</translation>
    </message>
    <message>
        <source>The file was kept as {kept}; FetalHC starts with an empty session.</source>
        <translation>Die Datei wurde als {kept} aufbewahrt; FetalHC beginnt mit einer leeren Sitzung.</translation>
    </message>
</context>
</TS>
