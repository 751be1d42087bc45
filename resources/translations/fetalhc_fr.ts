<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open ultrasound images (PNG, JPEG, BMP, TIFF, DICOM)</source>
        <translation>Ouvrir des images échographiques (PNG, JPEG, BMP, TIFF, DICOM)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Ouvrir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Open every image in a folder</source>
        <translation>Ouvrir toutes les images d&apos;un dossier</translation>
    </message>
    <message>
        <source>Open &amp;Measurements…</source>
        <translation>Ouvrir des &amp;mesures…</translation>
    </message>
    <message>
        <source>Open a measurement export (CSV or JSON) again: its images with their ellipses, to review or go on</source>
        <translation>Rouvrir un export de mesures (CSV ou JSON) : ses images avec leurs ellipses, pour relire ou continuer</translation>
    </message>
    <message>
        <source>&amp;Export Measurements…</source>
        <translation>&amp;Exporter les mesures…</translation>
    </message>
    <message>
        <source>Save all measurements as CSV or JSON</source>
        <translation>Enregistrer toutes les mesures en CSV ou JSON</translation>
    </message>
    <message>
        <source>Export Measurements &amp;without Identity…</source>
        <translation>Exporter les mesures &amp;sans identité…</translation>
    </message>
    <message>
        <source>Save all measurements without the patients&apos; names, IDs and birth dates (for research sharing)</source>
        <translation>Enregistrer toutes les mesures sans les noms, identifiants et dates de naissance des patientes (pour la recherche)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exporter le &amp;rapport…</translation>
    </message>
    <message>
        <source>One PDF report per exam of the measured images</source>
        <translation>Un rapport PDF par examen avec les images mesurées</translation>
    </message>
    <message>
        <source>Export Report without I&amp;dentity…</source>
        <translation>Exporter le rapport sans i&amp;dentité…</translation>
    </message>
    <message>
        <source>One PDF report per exam without the patient&apos;s name, ID and birth date</source>
        <translation>Un rapport PDF par examen sans le nom, l&apos;identifiant ni la date de naissance de la patiente</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primer le rapport…</translation>
    </message>
    <message>
        <source>Print the report of this image&apos;s exam</source>
        <translation>Imprimer le rapport de l&apos;examen de cette image</translation>
    </message>
    <message>
        <source>Export HC18 &amp;Submission…</source>
        <translation>Exporter la soumission &amp;HC18…</translation>
    </message>
    <message>
        <source>Save the HC18 challenge CSV (six columns)</source>
        <translation>Enregistrer le CSV du challenge HC18 (six colonnes)</translation>
    </message>
    <message>
        <source>Export Image with &amp;Overlay…</source>
        <translation>Exporter l&apos;image avec la &amp;superposition…</translation>
    </message>
    <message>
        <source>Save this image with its ellipse</source>
        <translation>Enregistrer cette image avec son ellipse</translation>
    </message>
    <message>
        <source>Remove from &amp;List</source>
        <translation>Retirer de la &amp;liste</translation>
    </message>
    <message>
        <source>Take the selected images and their measurements out of the list (their files stay where they are)</source>
        <translation>Retirer de la liste les images choisies et leurs mesures (leurs fichiers restent où ils sont)</translation>
    </message>
    <message>
        <source>Delete &amp;Old Patient Data…</source>
        <translation>Supprimer les &amp;anciennes données patient…</translation>
    </message>
    <message>
        <source>Delete received, retrieved and sent images and results older than the retention period</source>
        <translation>Supprimer les images et résultats reçus, récupérés et envoyés plus anciens que la durée de conservation</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close FetalHC (the session is saved)</source>
        <translation>Fermer FetalHC (la session est enregistrée)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesurer</translation>
    </message>
    <message>
        <source>Measure HC on this image with the model</source>
        <translation>Mesurer le PC sur cette image avec le modèle</translation>
    </message>
    <message>
        <source>Measure &amp;All</source>
        <translation>Mesurer &amp;tout</translation>
    </message>
    <message>
        <source>Measure every image in the list</source>
        <translation>Mesurer chaque image de la liste</translation>
    </message>
    <message>
        <source>Measure on &amp;Open</source>
        <translation>Mesurer à l&apos;&amp;ouverture</translation>
    </message>
    <message>
        <source>Measure each image when it is first shown</source>
        <translation>Mesurer chaque image dès son premier affichage</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Arrêter la mesure</translation>
    </message>
    <message>
        <source>&amp;Draw Ellipse</source>
        <translation>&amp;Dessiner une ellipse</translation>
    </message>
    <message>
        <source>Drag a box over the head to draw an ellipse by hand</source>
        <translation>Tracer un cadre sur la tête pour dessiner une ellipse à la main</translation>
    </message>
    <message>
        <source>&amp;Restore Automatic Ellipse</source>
        <translation>&amp;Rétablir l&apos;ellipse automatique</translation>
    </message>
    <message>
        <source>Undo the hand correction</source>
        <translation>Annuler la correction à la main</translation>
    </message>
    <message>
        <source>Ca&amp;librate Pixel Size…</source>
        <translation>Éta&amp;lonner la taille du pixel…</translation>
    </message>
    <message>
        <source>Draw a line over a known distance</source>
        <translation>Tracer une ligne sur une distance connue</translation>
    </message>
    <message>
        <source>Set &amp;Patient and Exam…</source>
        <translation>Définir la &amp;patiente et l&apos;examen…</translation>
    </message>
    <message>
        <source>Patient ID, name and exam date for the selected images whose files name none (PNG, JPEG, TIFF)</source>
        <translation>Identifiant, nom de la patiente et date d&apos;examen pour les images choisies dont les fichiers n&apos;en donnent pas (PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <source>Date This &amp;Exam…</source>
        <translation>Dater cet &amp;examen…</translation>
    </message>
    <message>
        <source>The GA at this exam from the LMP, the EDD or a dating scan, for all its images&apos; centiles</source>
        <translation>L&apos;AG à cet examen d&apos;après la DDR, la DPA ou une échographie de datation, pour les percentiles de toutes ses images</translation>
    </message>
    <message>
        <source>Load Pixel-Size &amp;CSV…</source>
        <translation>Charger le &amp;CSV des tailles de pixel…</translation>
    </message>
    <message>
        <source>Pixel sizes by file name for all open images</source>
        <translation>Tailles de pixel par nom de fichier pour toutes les images ouvertes</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Image &amp;précédente</translation>
    </message>
    <message>
        <source>Go to the previous image</source>
        <translation>Aller à l&apos;image précédente</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>Image &amp;suivante</translation>
    </message>
    <message>
        <source>Go to the next image</source>
        <translation>Aller à l&apos;image suivante</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;juster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Afficher toute l&apos;image</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Taille réelle (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Un pixel d&apos;image par pixel d&apos;écran</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>Afficher le &amp;masque</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s head region</source>
        <translation>Afficher ou masquer la région de la tête selon le modèle</translation>
    </message>
    <message>
        <source>Show &amp;Ellipse</source>
        <translation>Afficher l&apos;&amp;ellipse</translation>
    </message>
    <message>
        <source>Show or hide the ellipse and its axes</source>
        <translation>Afficher ou masquer l&apos;ellipse et ses axes</translation>
    </message>
    <message>
        <source>&amp;Reset Brightness/Contrast</source>
        <translation>&amp;Réinitialiser luminosité/contraste</translation>
    </message>
    <message>
        <source>Back to the full gray range</source>
        <translation>Retour à toute la gamme de gris</translation>
    </message>
    <message>
        <source>&amp;Choose Model Folder…</source>
        <translation>&amp;Choisir le dossier du modèle…</translation>
    </message>
    <message>
        <source>Measure with another trained model</source>
        <translation>Mesurer avec un autre modèle entraîné</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>&amp;Entraîner un modèle…</translation>
    </message>
    <message>
        <source>Train or fine-tune a model on annotated images</source>
        <translation>Entraîner ou affiner un modèle sur des images annotées</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Model</source>
        <translation>Utiliser le modèle &amp;fourni</translation>
    </message>
    <message>
        <source>Go back to the model that ships with FetalHC</source>
        <translation>Revenir au modèle livré avec FetalHC</translation>
    </message>
    <message>
        <source>&amp;Receive Images</source>
        <translation>&amp;Recevoir des images</translation>
    </message>
    <message>
        <source>Listen for images from the known peers (off until you turn it on)</source>
        <translation>Attendre les images des correspondants connus (désactivé jusqu&apos;à ce que vous l&apos;activiez)</translation>
    </message>
    <message>
        <source>Node &amp;Settings…</source>
        <translation>&amp;Paramètres du nœud…</translation>
    </message>
    <message>
        <source>AE title, port and the peers that may send</source>
        <translation>Titre AE, port et correspondants autorisés à envoyer</translation>
    </message>
    <message>
        <source>&amp;Open from PACS…</source>
        <translation>Ouvrir depuis le PA&amp;CS…</translation>
    </message>
    <message>
        <source>Search a PACS by patient and date and open a study</source>
        <translation>Chercher dans un PACS par patiente et date et ouvrir une étude</translation>
    </message>
    <message>
        <source>Send &amp;Results to PACS…</source>
        <translation>Envoyer les &amp;résultats au PACS…</translation>
    </message>
    <message>
        <source>Send this image&apos;s measurement report and captured image to a peer, filed in its study</source>
        <translation>Envoyer le rapport de mesure et l&apos;image capturée de cette image à un correspondant, classés dans son étude</translation>
    </message>
    <message>
        <source>Outgoing &amp;Queue…</source>
        <translation>File d&apos;&amp;attente d&apos;envoi…</translation>
    </message>
    <message>
        <source>Results waiting for a PACS: retry or drop them</source>
        <translation>Résultats en attente d&apos;un PACS : réessayer ou abandonner</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Lister tous les raccourcis</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <source>How to measure with FetalHC, task by task, with pictures</source>
        <translation>Comment mesurer avec FetalHC, tâche par tâche, en images</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>Show the folder of the crash and error logs</source>
        <translation>Afficher le dossier des journaux de plantage et d&apos;erreurs</translation>
    </message>
    <message>
        <source>&amp;About FetalHC</source>
        <translation>À &amp;propos de FetalHC</translation>
    </message>
    <message>
        <source>Version, model card and data attribution</source>
        <translation>Version, fiche du modèle et attribution des données</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouverts &amp;récemment</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>GA known from the {source}</source>
        <translation>AG connu par : {source}</translation>
    </message>
    <message>
        <source>HC {hc} mm  BPD {bpd} mm  OFD {ofd} mm (outer-outer)  {maker}</source>
        <translation>PC {hc} mm  BIP {bpd} mm  DFO {ofd} mm (externe-externe)  {maker}</translation>
    </message>
    <message>
        <source>GA {ga} (Hadlock)</source>
        <translation>AG {ga} (Hadlock)</translation>
    </message>
    <message>
        <source>{ga} (INTERGROWTH-21st)</source>
        <translation>{ga} (INTERGROWTH-21st)</translation>
    </message>
    <message>
        <source>centile {centile} at {ga}</source>
        <translation>percentile {centile} pour AG {ga}</translation>
    </message>
    <message>
        <source>centile withheld at {ga}: check dates, pixel size, plane</source>
        <translation>percentile non donné pour AG {ga} : vérifier dates, taille du pixel, plan</translation>
    </message>
    <message>
        <source>NOT CONFIRMED AS A HEAD PLANE</source>
        <translation>NON CONFIRMÉ COMME PLAN CÉPHALIQUE</translation>
    </message>
    <message>
        <source>DOUBTFUL: check the ellipse</source>
        <translation>DOUTEUX : vérifier l&apos;ellipse</translation>
    </message>
    <message>
        <source>ellipse edited by hand</source>
        <translation>ellipse modifiée à la main</translation>
    </message>
</context>
<context>
    <name>CinePanel</name>
    <message>
        <source>Frame of a multi-frame file (the one shown is the one reported)</source>
        <translation>Image d&apos;un fichier multi-images (celle affichée est celle du rapport)</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>image</translation>
    </message>
    <message>
        <source>HC of every frame; click a point to report that frame</source>
        <translation>PC de chaque image ; cliquer sur un point pour mettre cette image au rapport</translation>
    </message>
    <message>
        <source>frame {number} of {count}</source>
        <translation>image {number} sur {count}</translation>
    </message>
    <message>
        <source>HC ({unit})</source>
        <translation>PC ({unit})</translation>
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
        <translation>un thorax</translation>
    </message>
    <message>
        <source>from the DICOM file</source>
        <extracomment>``core.pixel_size.SOURCE_WORDS``: where a pixel size came from.</extracomment>
        <translation>du fichier DICOM</translation>
    </message>
    <message>
        <source>from the pixel-size CSV</source>
        <translation>du CSV des tailles de pixel</translation>
    </message>
    <message>
        <source>entered by the user</source>
        <translation>saisie par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>calibrated on the image</source>
        <translation>étalonnée sur l&apos;image</translation>
    </message>
    <message>
        <source>LMP</source>
        <extracomment>How a GA was dated (``core.dating.Dating.method``).</extracomment>
        <translation>DDR</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>DPA</translation>
    </message>
    <message>
        <source>dating scan</source>
        <translation>échographie de datation</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <extracomment>Sentences written without figures, each its own form: doubt reasons and verdicts (core), the pixel size&apos;s refusals, the training settings&apos; and dataset&apos;s refusals (training), the retention summary (app), the node&apos;s TLS refusals (net).</extracomment>
        <translation>Choisissez un dossier de sortie.</translation>
    </message>
    <message>
        <source>The output folder must not be the bundled model&apos;s folder.</source>
        <translation>Le dossier de sortie ne doit pas être celui du modèle fourni.</translation>
    </message>
    <message>
        <source>Train at least one model.</source>
        <translation>Entraînez au moins un modèle.</translation>
    </message>
    <message>
        <source>An ensemble needs a test fraction: its interval is calibrated on subjects no member saw.</source>
        <translation>Un ensemble a besoin d&apos;une fraction de test : son intervalle est étalonné sur des sujets qu&apos;aucun membre n&apos;a vus.</translation>
    </message>
    <message>
        <source>The validation and test fractions must lie between 0 and 1.</source>
        <translation>Les fractions de validation et de test doivent être entre 0 et 1.</translation>
    </message>
    <message>
        <source>Train at least one epoch.</source>
        <translation>Entraînez au moins une époque.</translation>
    </message>
    <message>
        <source>The second stage&apos;s epochs must be 0 or more (0: no second stage).</source>
        <translation>Les époques de la deuxième étape doivent être 0 ou plus (0 : pas de deuxième étape).</translation>
    </message>
    <message>
        <source>No pixel-size CSV (like training_set_pixel_size_and_HC.csv) was found in or beside the folder.</source>
        <translation>Aucun CSV des tailles de pixel (comme training_set_pixel_size_and_HC.csv) n&apos;a été trouvé dans le dossier ou à côté.</translation>
    </message>
    <message>
        <source>Fewer than two readable image/annotation pairs with a pixel size were found.</source>
        <translation>Moins de deux paires image/annotation lisibles avec une taille de pixel ont été trouvées.</translation>
    </message>
    <message>
        <source>All images belong to one subject; at least two are needed to split training and validation.</source>
        <translation>Toutes les images appartiennent à un sujet ; il en faut au moins deux pour séparer entraînement et validation.</translation>
    </message>
    <message>
        <source>nothing is past its retention</source>
        <translation>rien n&apos;a dépassé sa durée de conservation</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>List at least one calling AE title that may send images to FetalHC.</source>
        <translation>Indiquez au moins un titre AE appelant autorisé à envoyer des images à FetalHC.</translation>
    </message>
    <message>
        <source>Receiving with TLS needs this node&apos;s certificate and private key.</source>
        <translation>Recevoir en TLS nécessite le certificat et la clé privée de ce nœud.</translation>
    </message>
    <message>
        <source>Certificate names for senders need the CA of the peers (client certificates to check).</source>
        <translation>Les noms de certificat des émetteurs nécessitent l&apos;AC des correspondants (certificats clients à vérifier).</translation>
    </message>
    <message>
        <source>Receiving with TLS needs the CA that certifies the peers, so that only senders with a certificate it signed can connect; to accept TLS clients without a certificate, allow it explicitly.</source>
        <translation>Recevoir en TLS nécessite l&apos;AC qui certifie les correspondants, pour que seuls les émetteurs dont elle a signé le certificat puissent se connecter ; pour accepter des clients TLS sans certificat, autorisez-le explicitement.</translation>
    </message>
    <message>
        <source>this does not look like a fetal head plane (it looks like {what})</source>
        <extracomment>(a form the core writes: its English template, marked for translation; what each of its fields matches and how it is shown, where not ANY).</extracomment>
        <translation>ceci ne ressemble pas à un plan céphalique fœtal (cela ressemble à {what})</translation>
    </message>
    <message>
        <source>this does not look like a fetal head plane</source>
        <translation>ceci ne ressemble pas à un plan céphalique fœtal</translation>
    </message>
    <message>
        <source>the header says this is not an obstetric exam ({cues})</source>
        <translation>l&apos;en-tête indique que ce n&apos;est pas un examen obstétrical ({cues})</translation>
    </message>
    <message>
        <source>the ensemble members disagree (95% interval {low}-{high} mm, ±{half}% of HC)</source>
        <translation>les membres de l&apos;ensemble divergent (intervalle à 95 % {low}-{high} mm, ±{half} % du PC)</translation>
    </message>
    <message>
        <source>the ensemble members disagree (a wide 95% interval)</source>
        <translation>les membres de l&apos;ensemble divergent (un intervalle à 95 % large)</translation>
    </message>
    <message>
        <source>results like this one (skull edge, head size, pixel size) are often off by more than 5 mm</source>
        <translation>les résultats comme celui-ci (bord du crâne, taille de la tête, taille du pixel) s&apos;écartent souvent de plus de 5 mm</translation>
    </message>
    <message>
        <source>the head region is not elliptical (fit Dice {dice})</source>
        <translation>la région de la tête n&apos;est pas elliptique (Dice de l&apos;ajustement {dice})</translation>
    </message>
    <message>
        <source>the outline departs from the ellipse ({percent}%)</source>
        <translation>le contour s&apos;écarte de l&apos;ellipse ({percent} %)</translation>
    </message>
    <message>
        <source>the model is unsure of the head region (confidence {confidence})</source>
        <translation>le modèle n&apos;est pas sûr de la région de la tête (confiance {confidence})</translation>
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
        <translation>inconnue : PC en pixels seulement</translation>
    </message>
    <message>
        <source>GA entered: {source}.</source>
        <translation>AG saisi : {source}.</translation>
    </message>
    <message>
        <source>Pixel size from {detail}.</source>
        <translation>Taille du pixel depuis {detail}.</translation>
    </message>
    <message>
        <source>not checked (the model has no head-plane check)</source>
        <translation>non vérifié (le modèle n&apos;a pas de vérification du plan céphalique)</translation>
    </message>
    <message>
        <source>a fetal head plane (head-plane check)</source>
        <translation>un plan céphalique fœtal (vérification du plan céphalique)</translation>
    </message>
    <message>
        <source>confirmed as a fetal head plane by {who} on {when}, against the check</source>
        <translation>confirmé comme plan céphalique fœtal par {who} le {when}, contre la vérification</translation>
    </message>
    <message>
        <source>not confirmed as a head plane: {reason}</source>
        <translation>non confirmé comme plan céphalique : {reason}</translation>
    </message>
    <message>
        <source>the ellipse was drawn or corrected by hand; its HC is the user&apos;s</source>
        <translation>l&apos;ellipse a été tracée ou corrigée à la main ; son PC est celui de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Hadlock is defined for HC {low}-{high} cm; this HC is {hc} cm.</source>
        <translation>Hadlock est défini pour un PC de {low} à {high} cm ; ce PC mesure {hc} cm.</translation>
    </message>
    <message>
        <source>HC must be positive.</source>
        <translation>Le PC doit être positif.</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st dating is valid for scans at 98-181 days (HC up to about 240 mm); this HC is {hc} mm.</source>
        <translation>La datation INTERGROWTH-21st vaut pour les échographies de 98 à 181 jours (PC jusqu&apos;à environ 240 mm) ; ce PC mesure {hc} mm.</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st dating is valid for scans at {low}-{high} days; this HC dates to {days} days.</source>
        <translation>La datation INTERGROWTH-21st vaut pour les échographies de {low} à {high} jours ; ce PC date de {days} jours.</translation>
    </message>
    <message>
        <source>The INTERGROWTH-21st HC standard covers {low} to {high} weeks; the GA given is {ga} weeks.</source>
        <translation>Le standard INTERGROWTH-21st du PC couvre {low} à {high} semaines ; l&apos;AG donné est de {ga} semaines.</translation>
    </message>
    <message>
        <source>The HC is {sd} SD below the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the dates, the pixel size and the plane.</source>
        <translation>Le PC est à {sd} ET sous la moyenne INTERGROWTH-21st à {ga} : score z et percentile masqués ; vérifiez les dates, la taille du pixel et le plan.</translation>
    </message>
    <message>
        <source>The HC is {sd} SD above the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the dates, the pixel size and the plane.</source>
        <translation>Le PC est à {sd} ET au-dessus de la moyenne INTERGROWTH-21st à {ga} : score z et percentile masqués ; vérifiez les dates, la taille du pixel et le plan.</translation>
    </message>
    <message>
        <source>No pixel size: HC is given in pixels only.</source>
        <translation>Pas de taille de pixel : le PC n&apos;est donné qu&apos;en pixels.</translation>
    </message>
    <message>
        <source>Non-square pixels ({size}): measured in millimetres, not pixels.</source>
        <translation>Pixels non carrés ({size}) : mesure en millimètres, pas en pixels.</translation>
    </message>
    <message>
        <source>The LMP {date} is after the exam ({exam}).</source>
        <translation>La DDR {date} est postérieure à l&apos;examen ({exam}).</translation>
    </message>
    <message>
        <source>The dating scan {date} is after the exam ({exam}).</source>
        <translation>L&apos;échographie de datation {date} est postérieure à l&apos;examen ({exam}).</translation>
    </message>
    <message>
        <source>This {method} gives {weeks} weeks {days} days on {exam}, outside 14-42 weeks: check the dates.</source>
        <translation>Cette donnée ({method}) donne {weeks} semaines {days} jours le {exam}, hors de 14 à 42 semaines : vérifiez les dates.</translation>
    </message>
    <message>
        <source>A scan at {ga} does not date a pregnancy: dating scans are those up to {high} (crown-rump length to 13+6, head circumference from 14+0); use the LMP or the EDD the dating scan gave.</source>
        <translation>Une échographie à {ga} ne date pas une grossesse : les échographies de datation vont jusqu&apos;à {high} (longueur cranio-caudale jusqu&apos;à 13+6, périmètre céphalique dès 14+0) ; utilisez la DDR ou la DPA qu&apos;a donnée l&apos;échographie de datation.</translation>
    </message>
    <message>
        <source>The pixel size &apos;{text}&apos; is not a number.</source>
        <translation>La taille du pixel &apos;{text}&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The pixel size must be a finite number of mm per pixel.</source>
        <translation>La taille du pixel doit être un nombre fini de mm par pixel.</translation>
    </message>
    <message>
        <source>The pixel size must be positive; {value} mm/px was given.</source>
        <translation>La taille du pixel doit être positive ; {value} mm/px a été donné.</translation>
    </message>
    <message>
        <source>A pixel size of {value} mm/px is implausible for ultrasound: it should lie between {low} and {high} mm/px.</source>
        <translation>Une taille de pixel de {value} mm/px n&apos;est pas plausible en échographie : elle devrait être entre {low} et {high} mm/px.</translation>
    </message>
    <message>
        <source>The known distance &apos;{text}&apos; is not a number.</source>
        <translation>La distance connue &apos;{text}&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The known distance must be a positive number of millimetres.</source>
        <translation>La distance connue doit être un nombre positif de millimètres.</translation>
    </message>
    <message>
        <source>the model&apos;s 95% interval of the HC</source>
        <translation>l&apos;intervalle à 95 % du PC selon le modèle</translation>
    </message>
    <message>
        <source>The calibration line is too short: draw it over the known distance.</source>
        <translation>La ligne d&apos;étalonnage est trop courte : tracez-la sur la distance connue.</translation>
    </message>
    <message>
        <source>No head was found in this image.</source>
        <translation>Aucune tête n&apos;a été trouvée dans cette image.</translation>
    </message>
    <message>
        <source>No head was found in this image: the largest region is too small.</source>
        <translation>Aucune tête n&apos;a été trouvée dans cette image : la plus grande région est trop petite.</translation>
    </message>
    <message>
        <source>The outline is too small to fit an ellipse.</source>
        <translation>Le contour est trop petit pour y ajuster une ellipse.</translation>
    </message>
    <message>
        <source>No ellipse could be fitted to the outline.</source>
        <translation>Aucune ellipse n&apos;a pu être ajustée au contour.</translation>
    </message>
    <message>
        <source>The head outline is too small to measure.</source>
        <translation>Le contour de la tête est trop petit pour être mesuré.</translation>
    </message>
    <message>
        <source>The pixel-size file {file} is empty.</source>
        <translation>Le fichier des tailles de pixel {file} est vide.</translation>
    </message>
    <message>
        <source>The pixel-size file {file} could not be read: {why}</source>
        <translation>Le fichier des tailles de pixel {file} n&apos;a pas pu être lu : {why}</translation>
    </message>
    <message>
        <source>{file}: this is not a readable DICOM file ({why}).</source>
        <translation>{file} : ce n&apos;est pas un fichier DICOM lisible ({why}).</translation>
    </message>
    <message>
        <source>{file}: the DICOM file holds no image (no pixel data).</source>
        <translation>{file} : le fichier DICOM ne contient pas d&apos;image (pas de données de pixels).</translation>
    </message>
    <message>
        <source>{file}: the DICOM image could not be decoded ({why}).</source>
        <translation>{file} : l&apos;image DICOM n&apos;a pas pu être décodée ({why}).</translation>
    </message>
    <message>
        <source>{file}: the file says {count} frames but its pixel data does not hold them.</source>
        <translation>{file} : le fichier annonce {count} images mais ses données de pixels ne les contiennent pas.</translation>
    </message>
    <message>
        <source>{file}: not a deflated DICOM file.</source>
        <translation>{file} : ce n&apos;est pas un fichier DICOM compressé (deflate).</translation>
    </message>
    <message>
        <source>{file}: frame {frame} does not exist (the file has {count}).</source>
        <translation>{file} : l&apos;image {frame} n&apos;existe pas (le fichier en a {count}).</translation>
    </message>
    <message>
        <source>{file}: the link leads nowhere or loops; there is no image to read.</source>
        <translation>{file} : le lien ne mène nulle part ou boucle ; il n&apos;y a pas d&apos;image à lire.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file} : le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file} : le fichier est vide.</translation>
    </message>
    <message>
        <source>{file}: this is not an image format FetalHC can read ({why}).</source>
        <translation>{file} : ce n&apos;est pas un format d&apos;image que FetalHC sait lire ({why}).</translation>
    </message>
    <message>
        <source>{file}: the image is damaged or truncated ({why}).</source>
        <translation>{file} : l&apos;image est endommagée ou tronquée ({why}).</translation>
    </message>
    <message>
        <source>{file}: an image of {cols} x {rows} pixels is not an ultrasound frame (each side must be {low} to {high} pixels, {mp} megapixels at most).</source>
        <translation>{file} : une image de {cols} x {rows} pixels n&apos;est pas une image échographique (chaque côté doit faire de {low} à {high} pixels, {mp} mégapixels au plus).</translation>
    </message>
    <message>
        <source>The image size {rows}x{cols} must be a multiple of 16.</source>
        <translation>La taille d&apos;image {rows}x{cols} doit être un multiple de 16.</translation>
    </message>
    <message>
        <source>deleted {files} file(s), {mb} MB, and {rows} row(s) of results tables</source>
        <translation>{files} fichier(s), {mb} Mo et {rows} ligne(s) de tableaux de résultats supprimés</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a DICOM AE title: use 1 to 16 letters, digits or punctuation, no backslash.</source>
        <translation>&apos;{title}&apos; n&apos;est pas un titre AE DICOM : utilisez 1 à 16 lettres, chiffres ou signes de ponctuation, sans barre oblique inverse.</translation>
    </message>
    <message>
        <source>The port &apos;{port}&apos; is not a number.</source>
        <translation>Le port &apos;{port}&apos; n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The port {port} is outside 1-65535.</source>
        <translation>Le port {port} est hors de 1-65535.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an identity: write AE_TITLE=CERTIFICATE_NAME.</source>
        <translation>&apos;{text}&apos; n&apos;est pas une identité : écrivez TITRE_AE=NOM_DU_CERTIFICAT.</translation>
    </message>
    <message>
        <source>The peer {ae} has no host.</source>
        <translation>Le correspondant {ae} n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a peer: write AE_TITLE@HOST:PORT (or AE_TITLE@HOST:PORT+tls).</source>
        <translation>&apos;{text}&apos; n&apos;est pas un correspondant : écrivez TITRE_AE@HÔTE:PORT (ou TITRE_AE@HÔTE:PORT+tls).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no host: write AE_TITLE or AE_TITLE@HOST.</source>
        <translation>&apos;{text}&apos; ne nomme pas d&apos;hôte : écrivez TITRE_AE ou TITRE_AE@HÔTE.</translation>
    </message>
    <message>
        <source>{ae} has a certificate name but is not a peer allowed to send images.</source>
        <translation>{ae} a un nom de certificat mais n&apos;est pas un correspondant autorisé à envoyer des images.</translation>
    </message>
    <message>
        <source>The certificate name for {ae} is empty.</source>
        <translation>Le nom de certificat de {ae} est vide.</translation>
    </message>
    <message>
        <source>The host {host} is given for {ae}, which is not a peer allowed to send.</source>
        <translation>L&apos;hôte {host} est donné pour {ae}, qui n&apos;est pas un correspondant autorisé à envoyer.</translation>
    </message>
    <message>
        <source>The TLS private key {key} could not be read: {why}</source>
        <translation>La clé privée TLS {key} n&apos;a pas pu être lue : {why}</translation>
    </message>
    <message>
        <source>The TLS private key {key} can be read by other accounts (mode {mode}): make it private (chmod 600 {again}) and try again.</source>
        <translation>La clé privée TLS {key} est lisible par d&apos;autres comptes (mode {mode}) : rendez-la privée (chmod 600 {again}) et réessayez.</translation>
    </message>
    <message>
        <source>The TLS certificate or key could not be used: {why}</source>
        <translation>Le certificat ou la clé TLS n&apos;a pas pu être utilisé : {why}</translation>
    </message>
    <message>
        <source>The TLS certificate, key or CA could not be used: {why}</source>
        <translation>Le certificat, la clé ou l&apos;AC TLS n&apos;a pas pu être utilisé : {why}</translation>
    </message>
    <message>
        <source>{ae} could not search ({status}).</source>
        <translation>{ae} n&apos;a pas pu chercher ({status}).</translation>
    </message>
    <message>
        <source>{ae} could not send the study ({status}).</source>
        <translation>{ae} n&apos;a pas pu envoyer l&apos;étude ({status}).</translation>
    </message>
    <message>
        <source>The retrieval from {ae} was stopped.</source>
        <translation>La récupération depuis {ae} a été arrêtée.</translation>
    </message>
    <message>
        <source>{peer}: TLS failed ({why}).</source>
        <translation>{peer} : échec TLS ({why}).</translation>
    </message>
    <message>
        <source>{ae} at {address} did not accept an association over TLS from {calling}.</source>
        <translation>{ae} sur {address} n&apos;a pas accepté d&apos;association TLS de {calling}.</translation>
    </message>
    <message>
        <source>{ae} at {address} did not accept an association from {calling}.</source>
        <translation>{ae} sur {address} n&apos;a pas accepté d&apos;association de {calling}.</translation>
    </message>
    <message>
        <source>{ae} refused {what} ({status}).</source>
        <translation>{ae} a refusé {what} ({status}).</translation>
    </message>
    <message>
        <source>ultrasound region {number} of {count}, the one holding the head</source>
        <translation>région échographique {number} sur {count}, celle qui contient la tête</translation>
    </message>
    <message>
        <source>ultrasound region {number}</source>
        <translation>région échographique {number}</translation>
    </message>
    <message>
        <source>The file&apos;s {count} ultrasound region(s) give no usable pixel size (a zero or negative spacing, units other than cm, or no 2D tissue region); set the pixel size by hand or calibrate.</source>
        <translation>Les {count} région(s) échographique(s) du fichier ne donnent pas de taille de pixel utilisable (un espacement nul ou négatif, des unités autres que le cm, ou pas de région tissulaire 2D) ; indiquez la taille du pixel à la main ou étalonnez.</translation>
    </message>
    <message>
        <source>The {mode} image was rescaled to 8 bits for display and measurement.</source>
        <translation>L&apos;image {mode} a été ramenée à 8 bits pour l&apos;affichage et la mesure.</translation>
    </message>
    <message>
        <source>No head was found.</source>
        <translation>Aucune tête n&apos;a été trouvée.</translation>
    </message>
    <message>
        <source>The measurement failed: {message}</source>
        <translation>La mesure a échoué : {message}</translation>
    </message>
    <message>
        <source>No head was found in any frame.</source>
        <translation>Aucune tête n&apos;a été trouvée dans aucune image.</translation>
    </message>
    <message>
        <source>typed for this image</source>
        <translation>saisi pour cette image</translation>
    </message>
    <message>
        <source>No head was found: the region found is not head-shaped (axis ratio {ratio}).</source>
        <translation>Aucune tête n&apos;a été trouvée : la région trouvée n&apos;a pas la forme d&apos;une tête (rapport des axes {ratio}).</translation>
    </message>
    <message>
        <source>{dating}, exam {exam}</source>
        <translation>{dating}, examen {exam}</translation>
    </message>
    <message>
        <source>dating scan {date} at {weeks}w{days}d</source>
        <translation>échographie de datation {date} à {weeks}+{days}</translation>
    </message>
    <message>
        <source>{method} {date}</source>
        <translation>{method} {date}</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: 1 day apart.</source>
        <translation>Le PC donne {hc} ({formula}), les dates donnent {dates} : 1 jour d&apos;écart.</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart, more than the {threshold} days at which ACOG Committee Opinion 700 would redate at this GA: check the dates, the pixel size and the plane (FetalHC does not redate).</source>
        <translation>Le PC donne {hc} ({formula}), les dates donnent {dates} : {apart} jours d&apos;écart, plus que les {threshold} jours au-delà desquels l&apos;ACOG Committee Opinion 700 redaterait à cet AG : vérifiez les dates, la taille du pixel et le plan (FetalHC ne redate pas).</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart.</source>
        <translation>Le PC donne {hc} ({formula}), les dates donnent {dates} : {apart} jours d&apos;écart.</translation>
    </message>
</context>
<context>
    <name>DatingDialog</name>
    <message>
        <source>Date This Exam</source>
        <translation>Dater cet examen</translation>
    </message>
    <message>
        <source>LMP</source>
        <translation>DDR</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>DPA</translation>
    </message>
    <message>
        <source>Dating scan on</source>
        <translation>Échographie de datation le</translation>
    </message>
    <message>
        <source>The GA the dating scan gave: {low} to {high}</source>
        <translation>L&apos;AG donné par l&apos;échographie de datation : {low} à {high}</translation>
    </message>
    <message>
        <source>GA then</source>
        <translation>AG alors</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>The GA at this exam applies to its one image.</source>
        <translation>L&apos;AG à cet examen s&apos;applique à sa seule image.</translation>
    </message>
    <message>
        <source>The GA at this exam applies to its {n} images.</source>
        <translation>L&apos;AG à cet examen s&apos;applique à ses {n} images.</translation>
    </message>
    <message>
        <source>enter the exam date</source>
        <translation>saisissez la date de l&apos;examen</translation>
    </message>
    <message>
        <source>enter the LMP</source>
        <translation>saisissez la DDR</translation>
    </message>
    <message>
        <source>enter the EDD</source>
        <translation>saisissez la DPA</translation>
    </message>
    <message>
        <source>enter the dating scan&apos;s date</source>
        <translation>saisissez la date de l&apos;échographie de datation</translation>
    </message>
    <message>
        <source>enter the GA at the dating scan</source>
        <translation>saisissez l&apos;AG à l&apos;échographie de datation</translation>
    </message>
    <message>
        <source>GA at the exam: {ga} ({dating})</source>
        <translation>AG à l&apos;examen : {ga} ({dating})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Calibrate pixel size</source>
        <translation>Étalonner la taille du pixel</translation>
    </message>
    <message>
        <source>The line is {length} pixels long. Its length in millimetres:</source>
        <translation>La ligne mesure {length} pixels. Sa longueur en millimètres :</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>About FetalHC</source>
        <translation>À propos de FetalHC</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fetal head circumference on 2D ultrasound: a U-Net finds the skull, an ellipse is fitted and HC follows from the pixel size. Results are for review by a qualified sonographer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Périmètre céphalique fœtal en échographie 2D : un U-Net trouve le crâne, une ellipse est ajustée et le PC découle de la taille du pixel. Les résultats sont destinés à la relecture par un échographiste qualifié.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; Trained on the HC18 challenge training set: {citation}, licensed under Creative Commons Attribution 4.0 (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Données.&lt;/b&gt; Entraîné sur le jeu d&apos;entraînement du challenge HC18 : {citation}, sous licence Creative Commons Attribution 4.0 (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model card&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fiche du modèle&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Aucun modèle n&apos;est chargé.</translation>
    </message>
</context>
<context>
    <name>DicomCommands</name>
    <message>
        <source>DICOM node not started</source>
        <translation>Nœud DICOM non démarré</translation>
    </message>
    <message>
        <source>Check DICOM &gt; Node Settings.</source>
        <translation>Vérifiez DICOM &gt; Paramètres du nœud.</translation>
    </message>
    <message>
        <source>Received an image from {ae}</source>
        <translation>Image reçue de {ae}</translation>
    </message>
    <message>
        <source>1 result waiting for the PACS</source>
        <translation>1 résultat en attente du PACS</translation>
    </message>
    <message>
        <source>{n} results waiting for the PACS</source>
        <translation>{n} résultats en attente du PACS</translation>
    </message>
    <message>
        <source>{label}: report and captured image sent to {peer}</source>
        <translation>{label} : rapport et image capturée envoyés à {peer}</translation>
    </message>
    <message>
        <source>Sending to PACS failed</source>
        <translation>Échec de l&apos;envoi au PACS</translation>
    </message>
    <message>
        <source>The results of {label} stay in the outgoing queue and are sent again on their own (DICOM &gt; Outgoing Queue lists them).</source>
        <translation>Les résultats de {label} restent dans la file d&apos;attente d&apos;envoi et sont renvoyés d&apos;eux-mêmes (DICOM &gt; File d&apos;attente d&apos;envoi les liste).</translation>
    </message>
    <message>
        <source>{label}: {peer} still does not take the results (try {attempts})</source>
        <translation>{label} : {peer} ne prend toujours pas les résultats (essai {attempts})</translation>
    </message>
    <message>
        <source>No DICOM peer</source>
        <translation>Aucun correspondant DICOM</translation>
    </message>
    <message>
        <source>Add the PACS as a peer in DICOM &gt; Node Settings first.</source>
        <translation>Ajoutez d&apos;abord le PACS comme correspondant dans DICOM &gt; Paramètres du nœud.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Send a fetal head report?</source>
        <translation>Envoyer un rapport de tête fœtale ?</translation>
    </message>
    <message>
        <source>Send a fetal head circumference report of it to the PACS all the same?</source>
        <translation>Envoyer quand même au PACS un rapport de périmètre céphalique fœtal pour cette image ?</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Rien à envoyer</translation>
    </message>
    <message>
        <source>Measure the image first.</source>
        <translation>Mesurez d&apos;abord l&apos;image.</translation>
    </message>
    <message>
        <source>No DICOM results</source>
        <translation>Pas de résultats DICOM</translation>
    </message>
    <message>
        <source>Send Results to PACS</source>
        <translation>Envoyer les résultats au PACS</translation>
    </message>
    <message>
        <source>Sending the results to {peer} (kept in {folder})…</source>
        <translation>Envoi des résultats à {peer} (conservés dans {folder})…</translation>
    </message>
</context>
<context>
    <name>DicomSettings</name>
    <message>
        <source>AE title</source>
        <translation>Titre AE</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
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
        <translation>Nom du certificat</translation>
    </message>
    <message>
        <source>DICOM Node Settings</source>
        <translation>Paramètres du nœud DICOM</translation>
    </message>
    <message>
        <source>Receive images from the peers below (listen on the network)</source>
        <translation>Recevoir des images des correspondants ci-dessous (écouter sur le réseau)</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts this computer only; 0.0.0.0 every network interface</source>
        <translation>127.0.0.1 n&apos;accepte que cet ordinateur ; 0.0.0.0 toutes les interfaces réseau</translation>
    </message>
    <message>
        <source>Receive with TLS only (needs the certificate and key below)</source>
        <translation>Recevoir uniquement en TLS (nécessite le certificat et la clé ci-dessous)</translation>
    </message>
    <message>
        <source>This node&apos;s certificate (PEM)</source>
        <translation>Certificat de ce nœud (PEM)</translation>
    </message>
    <message>
        <source>This node&apos;s private key (PEM)</source>
        <translation>Clé privée de ce nœud (PEM)</translation>
    </message>
    <message>
        <source>The CA certificate(s) of the peers (PEM)</source>
        <translation>Le ou les certificats d&apos;AC des correspondants (PEM)</translation>
    </message>
    <message>
        <source>Without a CA, accept TLS senders that present no certificate</source>
        <translation>Sans AC, accepter les émetteurs TLS sans certificat</translation>
    </message>
    <message>
        <source>Off: only senders whose certificate the CA above signed can connect. On: any TLS client may connect (encrypted, but the AE title and its host are the only check).</source>
        <translation>Désactivé : seuls les émetteurs dont l&apos;AC ci-dessus a signé le certificat peuvent se connecter. Activé : tout client TLS peut se connecter (chiffré, mais le titre AE et son hôte sont la seule vérification).</translation>
    </message>
    <message>
        <source>Accept deflate-compressed images (each inflated up to a size limit)</source>
        <translation>Accepter les images compressées en deflate (chacune décompressée jusqu&apos;à une taille limite)</translation>
    </message>
    <message>
        <source>Off: senders must send images uncompressed or with image compression (JPEG, JPEG 2000, RLE), whose size is checked before decoding. On: the deflated transfer syntax too; a dataset that inflates past {limit} MB is refused.</source>
        <translation>Désactivé : les émetteurs doivent envoyer les images non compressées ou avec une compression d&apos;image (JPEG, JPEG 2000, RLE), dont la taille est vérifiée avant le décodage. Activé : aussi la syntaxe de transfert deflate ; un jeu de données qui dépasse {limit} Mo une fois décompressé est refusé.</translation>
    </message>
    <message>
        <source>Add Peer</source>
        <translation>Ajouter un correspondant</translation>
    </message>
    <message>
        <source>Remove Peer</source>
        <translation>Retirer le correspondant</translation>
    </message>
    <message>
        <source>This node&apos;s AE title</source>
        <translation>Titre AE de ce nœud</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <source>Received images go to</source>
        <translation>Les images reçues vont dans</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clé privée TLS</translation>
    </message>
    <message>
        <source>CA of the peers</source>
        <translation>AC des correspondants</translation>
    </message>
    <message>
        <source>Known peers (scanners and archives; only these may send images). TLS: call this peer over TLS. Certificate name: with TLS and a CA, this sender&apos;s certificate must carry it.</source>
        <translation>Correspondants connus (échographes et archives ; eux seuls peuvent envoyer des images). TLS : appeler ce correspondant en TLS. Nom du certificat : avec TLS et une AC, le certificat de cet émetteur doit le porter.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Peer on row {row}: {problem}</source>
        <translation>Correspondant de la ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>Give the address to listen on (127.0.0.1 for this computer only).</source>
        <translation>Indiquez l&apos;adresse d&apos;écoute (127.0.0.1 pour cet ordinateur seulement).</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Brightness: the gray value shown mid-gray</source>
        <translation>Luminosité : la valeur de gris affichée en gris moyen</translation>
    </message>
    <message>
        <source>Contrast: the range of gray values shown</source>
        <translation>Contraste : la plage des valeurs de gris affichées</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the full gray range</source>
        <translation>Retour à toute la gamme de gris</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Masque</translation>
    </message>
    <message>
        <source>Show the model&apos;s head region (M)</source>
        <translation>Afficher la région de la tête selon le modèle (M)</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Ellipse</translation>
    </message>
    <message>
        <source>Show the fitted ellipse and its axes (E)</source>
        <translation>Afficher l&apos;ellipse ajustée et ses axes (E)</translation>
    </message>
    <message>
        <source>Mask opacity</source>
        <translation>Opacité du masque</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Luminosité</translation>
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
        <translation>Faire glisser cette extrémité seule (Maj : les deux) ; cliquer dessus, puis les flèches la déplacent d&apos;un pixel</translation>
    </message>
    <message>
        <source>Drag to move the ellipse; click it, then the arrow keys move it by a pixel</source>
        <translation>Faire glisser pour déplacer l&apos;ellipse ; cliquer dessus, puis les flèches la déplacent d&apos;un pixel</translation>
    </message>
    <message>
        <source>Drag to rotate the ellipse</source>
        <translation>Faire glisser pour tourner l&apos;ellipse</translation>
    </message>
</context>
<context>
    <name>ExamCommands</name>
    <message>
        <source>; 1 DICOM image keeps the patient its file names</source>
        <translation>; 1 image DICOM garde la patiente que nomme son fichier</translation>
    </message>
    <message>
        <source>; {n} DICOM images keep the patient their file names</source>
        <translation>; {n} images DICOM gardent la patiente que nomment leurs fichiers</translation>
    </message>
    <message>
        <source>Patient and exam set for 1 image</source>
        <translation>Patiente et examen définis pour 1 image</translation>
    </message>
    <message>
        <source>Patient and exam set for {n} images</source>
        <translation>Patiente et examen définis pour {n} images</translation>
    </message>
    <message>
        <source>GA {ga} set for 1 image of this exam</source>
        <translation>AG {ga} défini pour 1 image de cet examen</translation>
    </message>
    <message>
        <source>GA {ga} set for {n} images of this exam</source>
        <translation>AG {ga} défini pour {n} images de cet examen</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&apos;{text}&apos; has more than one decimal mark: type one, e.g. 0.0758 or 0,0758</source>
        <translation>&apos;{text}&apos; a plus d&apos;un séparateur décimal : n&apos;en saisissez qu&apos;un, p. ex. 0,0758 ou 0.0758</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type e.g. 0.0758 or 0,0758</source>
        <translation>&apos;{text}&apos; n&apos;est pas un nombre : saisissez p. ex. 0,0758 ou 0.0758</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a gestational age: type weeks+days, e.g. 20+3</source>
        <translation>&apos;{text}&apos; n&apos;est pas un âge gestationnel : saisissez semaines+jours, p. ex. 20+3</translation>
    </message>
    <message>
        <source>A GA of {weeks}+{days} is outside {low}+0 to {high}+6</source>
        <translation>Un AG de {weeks}+{days} est hors de {low}+0 à {high}+6</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as {form}</source>
        <translation>&apos;{text}&apos; n&apos;est pas une date : saisissez-la sous la forme {form}</translation>
    </message>
    <message>
        <source>DMY</source>
        <extracomment>The initials of the words day, month and year, in this order (three letters).</extracomment>
        <translation>JMA</translation>
    </message>
    <message>
        <source>weeks+days, e.g. 20+3</source>
        <translation>semaines+jours, p. ex. 20+3</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Open images</source>
        <translation>Ouvrir des images</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Ouvrir un dossier d&apos;images</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path} : fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>Some files were not opened</source>
        <translation>Certains fichiers n&apos;ont pas été ouverts</translation>
    </message>
    <message>
        <source>Pixel sizes found</source>
        <translation>Tailles de pixel trouvées</translation>
    </message>
    <message>
        <source>{csv}, beside these images, gives the pixel size of one of them. Use it?</source>
        <translation>{csv}, à côté de ces images, donne la taille du pixel de l&apos;une d&apos;elles. L&apos;utiliser ?</translation>
    </message>
    <message>
        <source>{csv}, beside these images, gives the pixel size of {n} of them. Use it?</source>
        <translation>{csv}, à côté de ces images, donne la taille du pixel de {n} d&apos;entre elles. L&apos;utiliser ?</translation>
    </message>
    <message>
        <source>Open measurements</source>
        <translation>Ouvrir des mesures</translation>
    </message>
    <message>
        <source>Measurements not opened</source>
        <translation>Mesures non ouvertes</translation>
    </message>
    <message>
        <source>1 measured image opened from {file}</source>
        <translation>1 image mesurée ouverte depuis {file}</translation>
    </message>
    <message>
        <source>{n} measured images opened from {file}</source>
        <translation>{n} images mesurées ouvertes depuis {file}</translation>
    </message>
    <message>
        <source>1 measurement written to {path}</source>
        <translation>1 mesure écrite dans {path}</translation>
    </message>
    <message>
        <source>{n} measurements written to {path}</source>
        <translation>{n} mesures écrites dans {path}</translation>
    </message>
    <message>
        <source>1 image removed from the list; its file is untouched</source>
        <translation>1 image retirée de la liste ; son fichier n&apos;est pas touché</translation>
    </message>
    <message>
        <source>{n} images removed from the list; their files are untouched</source>
        <translation>{n} images retirées de la liste ; leurs fichiers ne sont pas touchés</translation>
    </message>
    <message>
        <source>Some images were not opened</source>
        <translation>Certaines images n&apos;ont pas été ouvertes</translation>
    </message>
    <message>
        <source>Export HC18 submission</source>
        <translation>Exporter la soumission HC18</translation>
    </message>
    <message>
        <source>Export measurements</source>
        <translation>Exporter les mesures</translation>
    </message>
    <message>
        <source> without patient identity</source>
        <translation> sans l&apos;identité de la patiente</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exporter l&apos;image</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Mesure en cours</translation>
    </message>
    <message>
        <source>Wait for the measurement to end (or cancel it), then remove images.</source>
        <translation>Attendez la fin de la mesure (ou annulez-la), puis retirez les images.</translation>
    </message>
    <message>
        <source>Delete Old Patient Data</source>
        <translation>Supprimer les anciennes données patient</translation>
    </message>
    <message>
        <source>Delete the images this computer received or retrieved over DICOM, and the results it sent,
that are older than this many days (images you opened from elsewhere are not touched):</source>
        <translation>Supprimer les images que cet ordinateur a reçues ou récupérées par DICOM, et les résultats envoyés,
plus anciens que ce nombre de jours (les images ouvertes d&apos;ailleurs ne sont pas touchées) :</translation>
    </message>
    <message>
        <source>Old patient data not deleted</source>
        <translation>Anciennes données patient non supprimées</translation>
    </message>
    <message>
        <source>Retention of {days} days: {report}</source>
        <translation>Conservation de {days} jours : {report}</translation>
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
        <translation>âge gestationnel (SA)</translation>
    </message>
    <message>
        <source>HC (mm)</source>
        <translation>PC (mm)</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st HC standard: the 3rd, 10th, 50th (blue), 90th and 97th centiles; the thin inner pair are the 10th and 90th</source>
        <translation>Standard INTERGROWTH-21st du PC : 3e, 10e, 50e (bleu), 90e et 97e percentiles ; la paire intérieure fine est le 10e et le 90e</translation>
    </message>
    <message>
        <source>No HC in millimetres for this exam yet.</source>
        <translation>Pas encore de PC en millimètres pour cet examen.</translation>
    </message>
    <message>
        <source>The GA of this exam is not known: date the exam (Measure &gt; Date This Exam) to place it.</source>
        <translation>L&apos;AG de cet examen n&apos;est pas connu : datez l&apos;examen (Mesurer &gt; Dater cet examen) pour le placer.</translation>
    </message>
    <message>
        <source>Red: this exam (bars: the model&apos;s 95% interval); orange: the patient&apos;s other exams.</source>
        <translation>Rouge : cet examen (barres : l&apos;intervalle à 95 % du modèle) ; orange : les autres examens de la patiente.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Set Patient and Exam</source>
        <translation>Définir la patiente et l&apos;examen</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identifiant patient</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Date de l&apos;examen</translation>
    </message>
    <message>
        <source>For the selected image:</source>
        <translation>Pour l&apos;image choisie :</translation>
    </message>
    <message>
        <source>For the {n} selected images, which become one exam:</source>
        <translation>Pour les {n} images choisies, qui deviennent un examen :</translation>
    </message>
    <message>
        <source>Give at least the patient ID or the family name.</source>
        <translation>Indiquez au moins l&apos;identifiant ou le nom de famille.</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <source>Images without a named patient</source>
        <translation>Images sans patiente nommée</translation>
    </message>
    <message>
        <source>not measured</source>
        <extracomment>``app.session.Status`` values marked for translation (the application layer speaks English only).</extracomment>
        <translation>non mesurée</translation>
    </message>
    <message>
        <source>measuring</source>
        <translation>mesure en cours</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>mesurée</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>no head found</source>
        <translation>aucune tête trouvée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiente</translation>
    </message>
    <message>
        <source>exam {date}</source>
        <translation>examen {date}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>née le {date}</translation>
    </message>
    <message>
        <source>accession {number}</source>
        <translation>accès {number}</translation>
    </message>
    <message>
        <source>Opened images by patient and exam; the arrow keys and Page Up/Down move through them</source>
        <translation>Images ouvertes par patiente et examen ; les flèches et Page préc./suiv. les parcourent</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>As the System ({language})</source>
        <translation>Comme le système ({language})</translation>
    </message>
    <message>
        <source>FetalHC will be in {language} from its next start.</source>
        <translation>FetalHC sera en {language} à partir du prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Language not available</source>
        <translation>Langue non disponible</translation>
    </message>
    <message>
        <source>Unsupported Qt version</source>
        <translation>Version de Qt non prise en charge</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Session non enregistrée</translation>
    </message>
    <message>
        <source>Too many FetalHC windows are open: this one&apos;s work is not autosaved.</source>
        <translation>Trop de fenêtres FetalHC sont ouvertes : le travail de celle-ci n&apos;est pas enregistré automatiquement.</translation>
    </message>
    <message>
        <source>A second window</source>
        <translation>Une deuxième fenêtre</translation>
    </message>
    <message>
        <source>Session not restored</source>
        <translation>Session non restaurée</translation>
    </message>
    <message>
        <source>FetalHC did not close normally</source>
        <translation>FetalHC ne s&apos;est pas fermé normalement</translation>
    </message>
    <message>
        <source>The last session ended unexpectedly. Restored from the autosave: {images} images, {measured} of them measured.

Details of a crash, if any, are in {logs} (Help &gt; Open Log Folder).</source>
        <translation>La dernière session s&apos;est terminée de façon inattendue. Restauré depuis l&apos;enregistrement automatique : {images} images, dont {measured} mesurées.

Les détails d&apos;un éventuel plantage sont dans {logs} (Aide &gt; Ouvrir le dossier des journaux).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The patient and exam the file names</source>
        <translation>La patiente et l&apos;examen que nomme le fichier</translation>
    </message>
    <message>
        <source>Model: loading…</source>
        <translation>Modèle : chargement…</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>Courbe de croissance</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modèle : {name}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>The logs are in {folder}</source>
        <translation>Les journaux sont dans {folder}</translation>
    </message>
    <message>
        <source>User guide missing</source>
        <translation>Guide d&apos;utilisation absent</translation>
    </message>
    <message>
        <source>The user guide was not installed with this FetalHC.</source>
        <translation>Le guide d&apos;utilisation n&apos;a pas été installé avec ce FetalHC.</translation>
    </message>
    <message>
        <source>Model ready: {name}</source>
        <translation>Modèle prêt : {name}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>Modèle : non chargé</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modèle non chargé</translation>
    </message>
    <message>
        <source>The model could not be loaded.</source>
        <translation>Le modèle n&apos;a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Choisir un dossier de modèle</translation>
    </message>
    <message>
        <source>Training is not installed</source>
        <translation>L&apos;entraînement n&apos;est pas installé</translation>
    </message>
    <message>
        <source>Training in progress: measuring waits until it ends.</source>
        <translation>Entraînement en cours : la mesure attend qu&apos;il se termine.</translation>
    </message>
    <message>
        <source>HC {hc} px</source>
        <translation>PC {hc} px</translation>
    </message>
    <message>
        <source>HC {hc} mm</source>
        <translation>PC {hc} mm</translation>
    </message>
    <message>
        <source>HC {hc} ± {half} mm</source>
        <translation>PC {hc} ± {half} mm</translation>
    </message>
    <message>
        <source>not a head plane</source>
        <translation>pas un plan céphalique</translation>
    </message>
    <message>
        <source>not obstetric</source>
        <translation>pas obstétrical</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>douteux</translation>
    </message>
    <message>
        <source>Measuring… (Esc cancels)</source>
        <translation>Mesure… (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Head circumference (Ramanujan&apos;s ellipse perimeter)</source>
        <translation>Périmètre céphalique (périmètre de l&apos;ellipse selon Ramanujan)</translation>
    </message>
    <message>
        <source>Biparietal diameter: the short axis of the ellipse, outer to outer. Hadlock&apos;s and many scanners&apos; BPD is outer to inner, about 2-3 mm less.</source>
        <translation>Diamètre bipariétal : le petit axe de l&apos;ellipse, externe-externe. Le BIP de Hadlock et de nombreux échographes est externe-interne, environ 2-3 mm de moins.</translation>
    </message>
    <message>
        <source>Occipitofrontal diameter: the long axis of the ellipse, outer to outer</source>
        <translation>Diamètre fronto-occipital : le grand axe de l&apos;ellipse, externe-externe</translation>
    </message>
    <message>
        <source>Gestational age from HC by Hadlock (1984), valid for HC 6.8-36 cm</source>
        <translation>Âge gestationnel d&apos;après le PC selon Hadlock (1984), valable pour un PC de 6,8 à 36 cm</translation>
    </message>
    <message>
        <source>Gestational age from HC by INTERGROWTH-21st (2016), for scans at 14-26 weeks</source>
        <translation>Âge gestationnel d&apos;après le PC selon INTERGROWTH-21st (2016), pour les échographies de 14 à 26 semaines</translation>
    </message>
    <message>
        <source>The model&apos;s 95% interval of the HC: the ensemble members&apos; disagreement, calibrated on images none of them trained on</source>
        <translation>L&apos;intervalle à 95 % du PC selon le modèle : le désaccord des membres de l&apos;ensemble, étalonné sur des images sur lesquelles aucun n&apos;a été entraîné</translation>
    </message>
    <message>
        <source>HC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>BPD (outer-outer)</source>
        <translation>BIP (externe-externe)</translation>
    </message>
    <message>
        <source>OFD (outer-outer)</source>
        <translation>DFO (externe-externe)</translation>
    </message>
    <message>
        <source>Cephalic index</source>
        <translation>Index céphalique</translation>
    </message>
    <message>
        <source>GA (Hadlock)</source>
        <translation>AG (Hadlock)</translation>
    </message>
    <message>
        <source>GA (INTERGROWTH)</source>
        <translation>AG (INTERGROWTH)</translation>
    </message>
    <message>
        <source>The GA known from dating (weeks+days), for the HC centile; empty until you type it. Measure &gt; Date This Exam dates every image of the exam from the LMP, EDD or a dating scan.</source>
        <translation>L&apos;AG connu par la datation (semaines+jours), pour le percentile du PC ; vide tant que vous ne le saisissez pas. Mesurer &gt; Dater cet examen date toutes les images de l&apos;examen d&apos;après la DDR, la DPA ou une échographie de datation.</translation>
    </message>
    <message>
        <source>Known GA</source>
        <translation>AG connu</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st HC standard (2014), 14-40 weeks</source>
        <translation>Standard INTERGROWTH-21st du PC (2014), 14-40 semaines</translation>
    </message>
    <message>
        <source>z-score / centile</source>
        <translation>Score z / percentile</translation>
    </message>
    <message>
        <source>Model confidence: 1 is a clean, elliptical, certain head outline</source>
        <translation>Confiance du modèle : 1 est un contour de tête net, elliptique et certain</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>I confirm this is a fetal head plane</source>
        <translation>Je confirme qu&apos;il s&apos;agit d&apos;un plan céphalique fœtal</translation>
    </message>
    <message>
        <source>Overrule the head-plane check for this image: your name and the time go into the record and the report (Ctrl+Z undoes)</source>
        <translation>Passer outre la vérification du plan céphalique pour cette image : votre nom et l&apos;heure sont inscrits dans l&apos;enregistrement et le rapport (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>Restore automatic ellipse</source>
        <translation>Rétablir l&apos;ellipse automatique</translation>
    </message>
    <message>
        <source>Discard the manual correction and use the model&apos;s ellipse</source>
        <translation>Abandonner la correction manuelle et utiliser l&apos;ellipse du modèle</translation>
    </message>
    <message>
        <source>No pixel size: HC is shown in pixels. Set the pixel size to get millimetres.</source>
        <translation>Pas de taille de pixel : le PC est affiché en pixels. Indiquez la taille du pixel pour obtenir des millimètres.</translation>
    </message>
    <message>
        <source>Withdraw my confirmation</source>
        <translation>Retirer ma confirmation</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Confirmed as a fetal head plane by {who} on {when}, against the check.</source>
        <translation>Confirmé comme plan céphalique fœtal par {who} le {when}, contre la vérification.</translation>
    </message>
    <message>
        <source>Not confirmed as a head plane.</source>
        <translation>Non confirmé comme plan céphalique.</translation>
    </message>
    <message>
        <source>{weeks} w ({weeks_days})</source>
        <translation>{weeks} SA ({weeks_days})</translation>
    </message>
    <message>
        <source>none (see below)</source>
        <translation>aucun (voir ci-dessous)</translation>
    </message>
    <message>
        <source>Check the ellipse on the skull&apos;s outer edge, the faint side walls above all.</source>
        <extracomment>What to check on a doubtful result: out of fold the measured ellipse parts from the annotators&apos; most on the side walls (horizontal extent sd 5.0 image pixels against 3.9 vertically).</extracomment>
        <translation>Vérifiez l&apos;ellipse sur le bord externe du crâne, surtout sur les parois latérales peu visibles.</translation>
    </message>
    <message>
        <source>Edited by hand: the HC is yours; the model&apos;s interval no longer applies</source>
        <translation>Modifié à la main : le PC est le vôtre ; l&apos;intervalle du modèle ne s&apos;applique plus</translation>
    </message>
    <message>
        <source>Measure it by hand only if it is a fetal head plane of a pregnancy.</source>
        <translation>Ne la mesurez à la main que s&apos;il s&apos;agit d&apos;un plan céphalique fœtal d&apos;une grossesse.</translation>
    </message>
    <message>
        <source>The model&apos;s result was doubtful: </source>
        <translation>Le résultat du modèle était douteux : </translation>
    </message>
    <message>
        <source>Doubtful result: </source>
        <translation>Résultat douteux : </translation>
    </message>
    <message>
        <source>z {z}, centile {centile} (at {ga})</source>
        <translation>z {z}, percentile {centile} (à {ga})</translation>
    </message>
    <message>
        <source>none: edited by hand</source>
        <translation>aucun : modifié à la main</translation>
    </message>
    <message>
        <source>not given by this model</source>
        <translation>non fourni par ce modèle</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus in order: name -&gt; title (marked for translation).</extracomment>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesurer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>M&amp;odel</source>
        <translation>M&amp;odèle</translation>
    </message>
    <message>
        <source>&amp;DICOM</source>
        <translation>DI&amp;COM</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>DICOM node off</source>
        <translation>Nœud DICOM désactivé</translation>
    </message>
    <message>
        <source>DICOM node {ae} on {address}</source>
        <translation>Nœud DICOM {ae} sur {address}</translation>
    </message>
</context>
<context>
    <name>OutgoingQueueDialog</name>
    <message>
        <source>Peer</source>
        <translation>Correspondant</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Prochain essai</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Outgoing Queue</source>
        <translation>File d&apos;attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Retry All Now</source>
        <translation>Tout réessayer maintenant</translation>
    </message>
    <message>
        <source>Drop Selected</source>
        <translation>Abandonner la sélection</translation>
    </message>
    <message>
        <source>1 result waits to be sent; it is tried again on its own, later each time.</source>
        <translation>1 résultat attend d&apos;être envoyé ; il est réessayé de lui-même, chaque fois plus tard.</translation>
    </message>
    <message>
        <source>{n} results wait to be sent; each is tried again on its own, later each time.</source>
        <translation>{n} résultats attendent d&apos;être envoyés ; chacun est réessayé de lui-même, chaque fois plus tard.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Rien n&apos;attend d&apos;être envoyé.</translation>
    </message>
</context>
<context>
    <name>PacsDialog</name>
    <message>
        <source>Patient</source>
        <translation>Patiente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identifiant patient</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Open from PACS</source>
        <translation>Ouvrir depuis le PACS</translation>
    </message>
    <message>
        <source>e.g. DOE^JANE or DOE*</source>
        <translation>p. ex. DOE^JANE ou DOE*</translation>
    </message>
    <message>
        <source>Studies from</source>
        <translation>Études depuis le</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Open Study</source>
        <translation>Ouvrir l&apos;étude</translation>
    </message>
    <message>
        <source>Add the PACS as a peer in DICOM &gt; Node Settings first.</source>
        <translation>Ajoutez d&apos;abord le PACS comme correspondant dans DICOM &gt; Paramètres du nœud.</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom de la patiente</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>1 study found.</source>
        <translation>1 étude trouvée.</translation>
    </message>
    <message>
        <source>{n} studies found.</source>
        <translation>{n} études trouvées.</translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>Aucune étude ne correspond.</translation>
    </message>
    <message>
        <source>Retrieving the study of {patient}…</source>
        <translation>Récupération de l&apos;étude de {patient}…</translation>
    </message>
    <message>
        <source>The PACS sent no ultrasound image of this study.</source>
        <translation>Le PACS n&apos;a envoyé aucune image échographique de cette étude.</translation>
    </message>
</context>
<context>
    <name>PixelSizeCommands</name>
    <message>
        <source>Pixel size refused</source>
        <translation>Taille du pixel refusée</translation>
    </message>
    <message>
        <source>Change pixel size</source>
        <translation>Changer la taille du pixel</translation>
    </message>
    <message>
        <source>Pixel sizes (CSV)</source>
        <translation>Tailles de pixel (CSV)</translation>
    </message>
    <message>
        <source>Pixel sizes not loaded</source>
        <translation>Tailles de pixel non chargées</translation>
    </message>
    <message>
        <source>Pixel sizes set for {count} of {total} images</source>
        <translation>Tailles de pixel définies pour {count} images sur {total}</translation>
    </message>
    <message>
        <source>Calibration refused</source>
        <translation>Étalonnage refusé</translation>
    </message>
    <message>
        <source>Calibrate pixel size</source>
        <translation>Étalonner la taille du pixel</translation>
    </message>
</context>
<context>
    <name>PixelSizePanel</name>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Taille du pixel</translation>
    </message>
    <message>
        <source>Millimetres per image pixel (0.0758 or 0,0758), committed with Enter; every mm figure follows it</source>
        <translation>Millimètres par pixel d&apos;image (0,0758 ou 0.0758), validés par Entrée ; chaque valeur en mm en découle</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>Charger un CSV…</translation>
    </message>
    <message>
        <source>Pixel sizes by file name (HC18 form: filename,pixel size(mm)) for every open image</source>
        <translation>Tailles de pixel par nom de fichier (forme HC18 : filename,pixel size(mm)) pour chaque image ouverte</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Étalonner…</translation>
    </message>
    <message>
        <source>Draw a line over a known distance, such as the depth scale, and type its length</source>
        <translation>Tracer une ligne sur une distance connue, comme l&apos;échelle de profondeur, et saisir sa longueur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Non-square pixels: spacing across x down</source>
        <translation>Pixels non carrés : espacement horizontal x vertical</translation>
    </message>
    <message>
        <source>Set it, load a CSV or calibrate to get mm figures.</source>
        <translation>Indiquez-la, chargez un CSV ou étalonnez pour obtenir des valeurs en mm.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>gestational age (weeks)</source>
        <extracomment>The plotted ranges: gestational age in weeks and HC in mm.</extracomment>
        <translation>âge gestationnel (SA)</translation>
    </message>
    <message>
        <source>HC (mm)</source>
        <translation>PC (mm)</translation>
    </message>
    <message>
        <source>FetalHC measures the fetal head circumference on 2D ultrasound images to support a qualified user. Every figure in this report is a decision-support measurement: check each ellipse on its image before using it in care.</source>
        <translation>FetalHC mesure le périmètre céphalique fœtal sur des images échographiques 2D pour aider un utilisateur qualifié. Chaque valeur de ce rapport est une mesure d&apos;aide à la décision : vérifiez chaque ellipse sur son image avant de l&apos;utiliser pour les soins.</translation>
    </message>
    <message>
        <source>Head plane</source>
        <extracomment>``core.verdicts.verdict_lines``&apos; labels marked for translation.</extracomment>
        <translation>Plan céphalique</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteux</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>image withheld: its header says text (which may name the patient) is burned into the pixels, and it gives no ultrasound region to keep</source>
        <extracomment>Why an anonymised report shows no image: the header says text is burned in and no region says where (the reason under it, and the words on the blank shown instead).</extracomment>
        <translation>image non montrée : son en-tête indique du texte (qui peut nommer la patiente) incrusté dans les pixels, et il ne donne aucune région échographique à conserver</translation>
    </message>
    <message>
        <source>image withheld (burned-in text)</source>
        <translation>image non montrée (texte incrusté)</translation>
    </message>
    <message>
        <source>FetalHC head circumference report</source>
        <translation>Rapport FetalHC de périmètre céphalique</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>withheld (anonymised report)</source>
        <translation>masqué (rapport anonymisé)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patiente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identifiant patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Née le</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Examen</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Numéro d&apos;accès</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Fetal head circumference</source>
        <translation>Périmètre céphalique fœtal</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>No pixel size is known for this exam: HC is given in pixels only, with no mm figures.</source>
        <translation>Aucune taille de pixel n&apos;est connue pour cet examen : le PC n&apos;est donné qu&apos;en pixels, sans valeurs en mm.</translation>
    </message>
    <message>
        <source>Growth chart (INTERGROWTH-21st)</source>
        <translation>Courbe de croissance (INTERGROWTH-21st)</translation>
    </message>
    <message>
        <source>Image {number}: {file}</source>
        <translation>Image {number} : {file}</translation>
    </message>
    <message>
        <source>, frame {frame}</source>
        <translation>, image {frame}</translation>
    </message>
    <message>
        <source>ellipse edited by hand</source>
        <translation>ellipse modifiée à la main</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Taille du pixel</translation>
    </message>
    <message>
        <source>Made on {date} by FetalHC {version} with the model {model} (SHA-256 of its network file {sha}).</source>
        <translation>Établi le {date} par FetalHC {version} avec le modèle {model} (SHA-256 de son fichier de réseau {sha}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <source>Intended use.</source>
        <translation>Usage prévu.</translation>
    </message>
    <message>
        <source>HC (95%)</source>
        <extracomment>The figures table&apos;s column headings after &quot;#&quot;.</extracomment>
        <translation>PC (95 %)</translation>
    </message>
    <message>
        <source>BPD (outer-outer)</source>
        <translation>BIP (ext.-ext.)</translation>
    </message>
    <message>
        <source>OFD (outer-outer)</source>
        <translation>DFO (ext.-ext.)</translation>
    </message>
    <message>
        <source>CI</source>
        <translation>IC</translation>
    </message>
    <message>
        <source>GA Hadlock</source>
        <translation>AG Hadlock</translation>
    </message>
    <message>
        <source>GA IG-21</source>
        <translation>AG IG-21</translation>
    </message>
    <message>
        <source>z / centile (at GA)</source>
        <translation>z / centile (à l&apos;AG)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{z} / {centile} (at {ga})</source>
        <translation>{z} / {centile} (à {ga})</translation>
    </message>
    <message>
        <source>withheld (at {ga}: see notes)</source>
        <translation>masqué (à {ga} : voir les notes)</translation>
    </message>
    <message>
        <source>confirmed by user</source>
        <translation>confirmé par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>yes: {reasons}</source>
        <translation>oui : {reasons}</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Folder for the reports</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <source>Measure an image of this exam first.</source>
        <translation>Mesurez d&apos;abord une image de cet examen.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Pas de rapport</translation>
    </message>
    <message>
        <source>Measure at least one image first.</source>
        <translation>Mesurez d&apos;abord au moins une image.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Rapport non écrit</translation>
    </message>
    <message>
        <source>1 report written to {folder}</source>
        <translation>1 rapport écrit dans {folder}</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}</source>
        <translation>{n} rapports écrits dans {folder}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Previous/next image in the list</source>
        <translation>Image précédente/suivante de la liste</translation>
    </message>
    <message>
        <source>Up/Down</source>
        <translation>Haut/Bas</translation>
    </message>
    <message>
        <source>Choose an ellipse handle (in the image)</source>
        <translation>Choisir une poignée de l&apos;ellipse (dans l&apos;image)</translation>
    </message>
    <message>
        <source>Move the chosen handle by one pixel (ten)</source>
        <translation>Déplacer la poignée choisie d&apos;un pixel (dix)</translation>
    </message>
    <message>
        <source>Arrows (Shift+Arrows)</source>
        <translation>Flèches (Maj+flèches)</translation>
    </message>
    <message>
        <source>Drag both ends of an axis about the centre</source>
        <translation>Faire glisser les deux extrémités d&apos;un axe autour du centre</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Maj+glisser</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Training ran out of memory. Choose a smaller image size or batch size.</source>
        <translation>L&apos;entraînement a manqué de mémoire. Choisissez une taille d&apos;image ou de lot plus petite.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Loss</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Validation HC error (mm)</source>
        <translation>Erreur de PC en validation (mm)</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>Legend label and colour of each logged series; &quot;second:&quot; marks the second stage&apos;s (on crops).</extracomment>
        <translation>entraînement</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>mean absolute</source>
        <translation>moyenne absolue</translation>
    </message>
    <message>
        <source>2nd stage training</source>
        <translation>entraînement 2e étape</translation>
    </message>
    <message>
        <source>2nd stage validation</source>
        <translation>validation 2e étape</translation>
    </message>
    <message>
        <source>{count} image/annotation pairs found.</source>
        <translation>{count} paires image/annotation trouvées.</translation>
    </message>
    <message>
        <source>Pixel sizes from {file}.</source>
        <translation>Tailles de pixel depuis {file}.</translation>
    </message>
    <message>
        <source>images without annotation</source>
        <translation>images sans annotation</translation>
    </message>
    <message>
        <source>annotations without image</source>
        <translation>annotations sans image</translation>
    </message>
    <message>
        <source>unreadable files</source>
        <translation>fichiers illisibles</translation>
    </message>
    <message>
        <source>images missing from the CSV</source>
        <translation>images absentes du CSV</translation>
    </message>
    <message>
        <source>Cannot train: </source>
        <translation>Entraînement impossible : </translation>
    </message>
    <message>
        <source>Split by subject: {test} test images ({test_subjects} subjects) that no member sees; each of the {members} members trains on about {train} images and validates on about {val} (one of {members} subject folds).</source>
        <translation>Répartition par sujet : {test} images de test ({test_subjects} sujets) qu&apos;aucun membre ne voit ; chacun des {members} membres s&apos;entraîne sur environ {train} images et se valide sur environ {val} (un des {members} plis de sujets).</translation>
    </message>
    <message>
        <source>Split by subject: {train} training images ({train_subjects} subjects), {val} validation images ({val_subjects} subjects).</source>
        <translation>Répartition par sujet : {train} images d&apos;entraînement ({train_subjects} sujets), {val} images de validation ({val_subjects} sujets).</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Entraîner un modèle</translation>
    </message>
    <message>
        <source>Dataset (HC18 layout: images, _Annotation masks, pixel-size CSV)</source>
        <translation>Jeu de données (format HC18 : images, masques _Annotation, CSV des tailles de pixel)</translation>
    </message>
    <message>
        <source>Folder with NNN_HC.png and NNN_HC_Annotation.png</source>
        <translation>Dossier avec NNN_HC.png et NNN_HC_Annotation.png</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Look at the folder and report what it holds</source>
        <translation>Examiner le dossier et indiquer ce qu&apos;il contient</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Fine-tune the model in use</source>
        <translation>Affiner le modèle utilisé</translation>
    </message>
    <message>
        <source>Train from scratch</source>
        <translation>Entraîner depuis zéro</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <source>Passes over the training images</source>
        <translation>Passages sur les images d&apos;entraînement</translation>
    </message>
    <message>
        <source>Passes of the second stage, the network that delineates the head again on a crop around the first ellipse, as in the bundled model (the crop has as many pixels a side as the image size has rows); 0: a one-stage model</source>
        <translation>Passages de la deuxième étape, le réseau qui délimite à nouveau la tête sur un recadrage autour de la première ellipse, comme dans le modèle fourni (le recadrage a autant de pixels de côté que la taille d&apos;image a de lignes) ; 0 : un modèle à une étape</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Images per training step; lower it if memory runs out</source>
        <translation>Images par pas d&apos;entraînement ; réduisez-le si la mémoire manque</translation>
    </message>
    <message>
        <source>Initial learning rate (cosine decay)</source>
        <translation>Taux d&apos;apprentissage initial (décroissance cosinus)</translation>
    </message>
    <message>
        <source>Model input in pixels (rows x cols); larger is slower and finer</source>
        <translation>Entrée du modèle en pixels (lignes x colonnes) ; plus grand est plus lent et plus fin</translation>
    </message>
    <message>
        <source>Share of subjects kept for validation</source>
        <translation>Part des sujets gardés pour la validation</translation>
    </message>
    <message>
        <source>1: one model, the quick run. 2 or more: an ensemble of models, one per subject fold, whose disagreement gives every HC a 95% interval calibrated on the test subjects</source>
        <translation>1 : un modèle, l&apos;essai rapide. 2 ou plus : un ensemble de modèles, un par pli de sujets, dont le désaccord donne à chaque PC un intervalle à 95 % étalonné sur les sujets de test</translation>
    </message>
    <message>
        <source>Subjects no ensemble member sees; its interval is calibrated there</source>
        <translation>Sujets qu&apos;aucun membre de l&apos;ensemble ne voit ; son intervalle y est étalonné</translation>
    </message>
    <message>
        <source>Augmentation (flips, rotation, scale, gain, speckle, blur)</source>
        <translation>Augmentation (retournements, rotation, échelle, gain, speckle, flou)</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same split</source>
        <translation>Graine aléatoire : la même graine donne la même répartition</translation>
    </message>
    <message>
        <source>Time per epoch: measured once training starts.</source>
        <translation>Durée par époque : mesurée dès le début de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <source>Second-stage epochs</source>
        <translation>Époques de la 2e étape</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <source>Ensemble members</source>
        <translation>Membres de l&apos;ensemble</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille d&apos;image</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Fraction de validation</translation>
    </message>
    <message>
        <source>Test fraction (ensemble)</source>
        <translation>Fraction de test (ensemble)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Dossier de sortie</translation>
    </message>
    <message>
        <source>{members} ensemble members</source>
        <translation>{members} membres d&apos;ensemble</translation>
    </message>
    <message>
        <source>one model</source>
        <translation>un modèle</translation>
    </message>
    <message>
        <source>both stages</source>
        <translation>les deux étapes</translation>
    </message>
    <message>
        <source>one stage</source>
        <translation>une étape</translation>
    </message>
    <message>
        <source>Expected time for {what} ({stages}): about {duration} on a 2-core CPU; measured once training starts.</source>
        <translation>Durée prévue pour {what} ({stages}) : environ {duration} sur un processeur à 2 cœurs ; mesurée dès le début de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non démarré.</translation>
    </message>
    <message>
        <source>epoch</source>
        <translation>époque</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop within the current batch; the last finished epoch is kept</source>
        <translation>Arrêter dans le lot en cours ; la dernière époque terminée est conservée</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Continue from the last finished epoch in the output folder</source>
        <translation>Continuer depuis la dernière époque terminée dans le dossier de sortie</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Utiliser ce modèle</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Dossier du jeu de données</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Démarrage impossible</translation>
    </message>
    <message>
        <source>Resuming training into {folder}</source>
        <translation>Reprise de l&apos;entraînement dans {folder}</translation>
    </message>
    <message>
        <source>Starting training into {folder}</source>
        <translation>Démarrage de l&apos;entraînement dans {folder}</translation>
    </message>
    <message>
        <source>Preparing the data (the first run reads every image once)…</source>
        <translation>Préparation des données (le premier essai lit chaque image une fois)…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>, about {duration} left</source>
        <translation>, environ {duration} restant</translation>
    </message>
    <message>
        <source>Member {member} of {members}</source>
        <translation>Membre {member} sur {members}</translation>
    </message>
    <message>
        <source>second stage</source>
        <translation>deuxième étape</translation>
    </message>
    <message>
        <source>epoch {epoch}, batch {batch} of {steps}</source>
        <translation>époque {epoch}, lot {batch} sur {steps}</translation>
    </message>
    <message>
        <source>Time per second-stage epoch: about {duration} (measured).</source>
        <translation>Durée par époque de la 2e étape : environ {duration} (mesurée).</translation>
    </message>
    <message>
        <source>Time per epoch: about {duration} (measured).</source>
        <translation>Durée par époque : environ {duration} (mesurée).</translation>
    </message>
    <message>
        <source>Stopped after epoch {epoch}; Resume continues from there.</source>
        <translation>Arrêté après l&apos;époque {epoch} ; Reprendre continue de là.</translation>
    </message>
    <message>
        <source>Finished: the model is in {folder}.</source>
        <translation>Terminé : le modèle est dans {folder}.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>L&apos;entraînement a échoué.</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>erreur : {message}</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Échec de l&apos;entraînement</translation>
    </message>
    <message>
        <source>New model on {count} test images (subjects no member saw): {figures}.</source>
        <translation>Nouveau modèle sur {count} images de test (sujets qu&apos;aucun membre n&apos;a vus) : {figures}.</translation>
    </message>
    <message>
        <source>New model on {count} validation images: {figures}.</source>
        <translation>Nouveau modèle sur {count} images de validation : {figures}.</translation>
    </message>
    <message>
        <source>Model in use on the same images: {figures}.</source>
        <translation>Modèle utilisé sur les mêmes images : {figures}.</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>Arrêter l&apos;entraînement ?</translation>
    </message>
    <message>
        <source>Training is running. Stop it? The last finished epoch is kept and can be resumed.</source>
        <translation>L&apos;entraînement est en cours. L&apos;arrêter ? La dernière époque terminée est conservée et peut être reprise.</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>aucune valeur</translation>
    </message>
    <message>
        <source>HC error {adf} mm mean absolute ({df} mm mean), p95 {p95} mm, {failures} failures</source>
        <translation>Erreur de PC {adf} mm en moyenne absolue ({df} mm en moyenne), p95 {p95} mm, {failures} échecs</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>FetalHC User Guide</source>
        <extracomment>Room (logical pixels) left beside a picture for the page&apos;s margins and the scroll bar.</extracomment>
        <translation>Guide d&apos;utilisation de FetalHC</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Edit ellipse</source>
        <extracomment>Where an entered GA came from when the user typed it in the panel (the record&apos;s ga_entered_source).</extracomment>
        <translation>Modifier l&apos;ellipse</translation>
    </message>
    <message>
        <source>Restore automatic ellipse</source>
        <translation>Rétablir l&apos;ellipse automatique</translation>
    </message>
    <message>
        <source>Clear GA</source>
        <translation>Effacer l&apos;AG</translation>
    </message>
    <message>
        <source>Enter GA {ga}</source>
        <translation>Saisir l&apos;AG {ga}</translation>
    </message>
    <message>
        <source>Confirm head plane</source>
        <translation>Confirmer le plan céphalique</translation>
    </message>
    <message>
        <source>Withdraw head-plane confirmation</source>
        <translation>Retirer la confirmation du plan céphalique</translation>
    </message>
    <message>
        <source>Date exam ({dating})</source>
        <translation>Dater l&apos;examen ({dating})</translation>
    </message>
    <message>
        <source>Pixel size from {file}</source>
        <translation>Taille du pixel depuis {file}</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>Il n&apos;y a pas d&apos;image à exporter.</translation>
    </message>
    <message>
        <source>The file was kept as {kept}; FetalHC starts with an empty session.</source>
        <translation>Le fichier a été conservé sous {kept} ; FetalHC démarre avec une session vide.</translation>
    </message>
</context>
</TS>
