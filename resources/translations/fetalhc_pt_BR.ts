<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open ultrasound images (PNG, JPEG, BMP, TIFF, DICOM)</source>
        <translation>Abrir imagens de ultrassom (PNG, JPEG, BMP, TIFF, DICOM)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>Abrir &amp;pasta…</translation>
    </message>
    <message>
        <source>Open every image in a folder</source>
        <translation>Abrir todas as imagens de uma pasta</translation>
    </message>
    <message>
        <source>Open &amp;Measurements…</source>
        <translation>Abrir &amp;medidas…</translation>
    </message>
    <message>
        <source>Open a measurement export (CSV or JSON) again: its images with their ellipses, to review or go on</source>
        <translation>Abrir de novo uma exportação de medidas (CSV ou JSON): suas imagens com as elipses, para revisar ou continuar</translation>
    </message>
    <message>
        <source>&amp;Export Measurements…</source>
        <translation>&amp;Exportar medidas…</translation>
    </message>
    <message>
        <source>Save all measurements as CSV or JSON</source>
        <translation>Salvar todas as medidas como CSV ou JSON</translation>
    </message>
    <message>
        <source>Export Measurements &amp;without Identity…</source>
        <translation>Exportar medidas &amp;sem identidade…</translation>
    </message>
    <message>
        <source>Save all measurements without the patients&apos; names, IDs and birth dates (for research sharing)</source>
        <translation>Salvar todas as medidas sem nomes, identificadores e datas de nascimento das pacientes (para pesquisa)</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Exportar &amp;laudo…</translation>
    </message>
    <message>
        <source>One PDF report per exam of the measured images</source>
        <translation>Um laudo em PDF por exame com as imagens medidas</translation>
    </message>
    <message>
        <source>Export Report without I&amp;dentity…</source>
        <translation>Exportar laudo sem i&amp;dentidade…</translation>
    </message>
    <message>
        <source>One PDF report per exam without the patient&apos;s name, ID and birth date</source>
        <translation>Um laudo em PDF por exame sem o nome, o identificador e a data de nascimento da paciente</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Im&amp;primir laudo…</translation>
    </message>
    <message>
        <source>Print the report of this image&apos;s exam</source>
        <translation>Imprimir o laudo do exame desta imagem</translation>
    </message>
    <message>
        <source>Export HC18 &amp;Submission…</source>
        <translation>Exportar envio &amp;HC18…</translation>
    </message>
    <message>
        <source>Save the HC18 challenge CSV (six columns)</source>
        <translation>Salvar o CSV do desafio HC18 (seis colunas)</translation>
    </message>
    <message>
        <source>Export Image with &amp;Overlay…</source>
        <translation>Exportar imagem com &amp;sobreposição…</translation>
    </message>
    <message>
        <source>Save this image with its ellipse</source>
        <translation>Salvar esta imagem com sua elipse</translation>
    </message>
    <message>
        <source>Remove from &amp;List</source>
        <translation>Remover da &amp;lista</translation>
    </message>
    <message>
        <source>Take the selected images and their measurements out of the list (their files stay where they are)</source>
        <translation>Remover da lista as imagens escolhidas e suas medidas (os arquivos ficam onde estão)</translation>
    </message>
    <message>
        <source>Delete &amp;Old Patient Data…</source>
        <translation>Apagar dados &amp;antigos de pacientes…</translation>
    </message>
    <message>
        <source>Delete received, retrieved and sent images and results older than the retention period</source>
        <translation>Apagar imagens e resultados recebidos, recuperados e enviados mais antigos que o prazo de retenção</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close FetalHC (the session is saved)</source>
        <translation>Fechar o FetalHC (a sessão é salva)</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Medir</translation>
    </message>
    <message>
        <source>Measure HC on this image with the model</source>
        <translation>Medir a CC nesta imagem com o modelo</translation>
    </message>
    <message>
        <source>Measure &amp;All</source>
        <translation>Medir &amp;todas</translation>
    </message>
    <message>
        <source>Measure every image in the list</source>
        <translation>Medir cada imagem da lista</translation>
    </message>
    <message>
        <source>Measure on &amp;Open</source>
        <translation>Medir ao &amp;abrir</translation>
    </message>
    <message>
        <source>Measure each image when it is first shown</source>
        <translation>Medir cada imagem na primeira vez em que é mostrada</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Stop measuring</source>
        <translation>Parar a medição</translation>
    </message>
    <message>
        <source>&amp;Draw Ellipse</source>
        <translation>&amp;Desenhar elipse</translation>
    </message>
    <message>
        <source>Drag a box over the head to draw an ellipse by hand</source>
        <translation>Arrastar um retângulo sobre a cabeça para desenhar uma elipse à mão</translation>
    </message>
    <message>
        <source>&amp;Restore Automatic Ellipse</source>
        <translation>&amp;Restaurar a elipse automática</translation>
    </message>
    <message>
        <source>Undo the hand correction</source>
        <translation>Desfazer a correção à mão</translation>
    </message>
    <message>
        <source>Ca&amp;librate Pixel Size…</source>
        <translation>Ca&amp;librar o tamanho do pixel…</translation>
    </message>
    <message>
        <source>Draw a line over a known distance</source>
        <translation>Traçar uma linha sobre uma distância conhecida</translation>
    </message>
    <message>
        <source>Set &amp;Patient and Exam…</source>
        <translation>Definir &amp;paciente e exame…</translation>
    </message>
    <message>
        <source>Patient ID, name and exam date for the selected images whose files name none (PNG, JPEG, TIFF)</source>
        <translation>Identificador, nome da paciente e data do exame para as imagens escolhidas cujos arquivos não os informam (PNG, JPEG, TIFF)</translation>
    </message>
    <message>
        <source>Date This &amp;Exam…</source>
        <translation>Datar este &amp;exame…</translation>
    </message>
    <message>
        <source>The GA at this exam from the LMP, the EDD or a dating scan, for all its images&apos; centiles</source>
        <translation>A IG neste exame a partir da DUM, da DPP ou de uma ultrassonografia de datação, para os percentis de todas as suas imagens</translation>
    </message>
    <message>
        <source>Load Pixel-Size &amp;CSV…</source>
        <translation>Carregar &amp;CSV de tamanhos de pixel…</translation>
    </message>
    <message>
        <source>Pixel sizes by file name for all open images</source>
        <translation>Tamanhos de pixel por nome de arquivo para todas as imagens abertas</translation>
    </message>
    <message>
        <source>&amp;Previous Image</source>
        <translation>Imagem &amp;anterior</translation>
    </message>
    <message>
        <source>Go to the previous image</source>
        <translation>Ir para a imagem anterior</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Próxima imagem</translation>
    </message>
    <message>
        <source>Go to the next image</source>
        <translation>Ir para a próxima imagem</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>A&amp;justar à janela</translation>
    </message>
    <message>
        <source>Show the whole image</source>
        <translation>Mostrar a imagem inteira</translation>
    </message>
    <message>
        <source>&amp;Actual Size (1:1)</source>
        <translation>&amp;Tamanho real (1:1)</translation>
    </message>
    <message>
        <source>One image pixel per screen pixel</source>
        <translation>Um pixel da imagem por pixel da tela</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>A&amp;umentar zoom</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Aumentar o zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Red&amp;uzir zoom</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Reduzir o zoom</translation>
    </message>
    <message>
        <source>Show &amp;Mask</source>
        <translation>Mostrar &amp;máscara</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s head region</source>
        <translation>Mostrar ou ocultar a região da cabeça do modelo</translation>
    </message>
    <message>
        <source>Show &amp;Ellipse</source>
        <translation>Mostrar &amp;elipse</translation>
    </message>
    <message>
        <source>Show or hide the ellipse and its axes</source>
        <translation>Mostrar ou ocultar a elipse e seus eixos</translation>
    </message>
    <message>
        <source>&amp;Reset Brightness/Contrast</source>
        <translation>&amp;Redefinir brilho/contraste</translation>
    </message>
    <message>
        <source>Back to the full gray range</source>
        <translation>Voltar à escala de cinza completa</translation>
    </message>
    <message>
        <source>&amp;Choose Model Folder…</source>
        <translation>&amp;Escolher pasta do modelo…</translation>
    </message>
    <message>
        <source>Measure with another trained model</source>
        <translation>Medir com outro modelo treinado</translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation>&amp;Treinar modelo…</translation>
    </message>
    <message>
        <source>Train or fine-tune a model on annotated images</source>
        <translation>Treinar ou ajustar um modelo com imagens anotadas</translation>
    </message>
    <message>
        <source>Use &amp;Bundled Model</source>
        <translation>Usar o modelo &amp;incluído</translation>
    </message>
    <message>
        <source>Go back to the model that ships with FetalHC</source>
        <translation>Voltar ao modelo que acompanha o FetalHC</translation>
    </message>
    <message>
        <source>&amp;Receive Images</source>
        <translation>&amp;Receber imagens</translation>
    </message>
    <message>
        <source>Listen for images from the known peers (off until you turn it on)</source>
        <translation>Aguardar imagens dos nós conhecidos (desligado até você ligar)</translation>
    </message>
    <message>
        <source>Node &amp;Settings…</source>
        <translation>&amp;Configurações do nó…</translation>
    </message>
    <message>
        <source>AE title, port and the peers that may send</source>
        <translation>Título AE, porta e nós que podem enviar</translation>
    </message>
    <message>
        <source>&amp;Open from PACS…</source>
        <translation>Abrir do PA&amp;CS…</translation>
    </message>
    <message>
        <source>Search a PACS by patient and date and open a study</source>
        <translation>Buscar em um PACS por paciente e data e abrir um estudo</translation>
    </message>
    <message>
        <source>Send &amp;Results to PACS…</source>
        <translation>Enviar &amp;resultados ao PACS…</translation>
    </message>
    <message>
        <source>Send this image&apos;s measurement report and captured image to a peer, filed in its study</source>
        <translation>Enviar o relatório de medida e a imagem capturada desta imagem a um nó, arquivados em seu estudo</translation>
    </message>
    <message>
        <source>Outgoing &amp;Queue…</source>
        <translation>Fila de &amp;saída…</translation>
    </message>
    <message>
        <source>Results waiting for a PACS: retry or drop them</source>
        <translation>Resultados aguardando um PACS: tentar de novo ou descartar</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Listar todos os atalhos</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guia do usuário</translation>
    </message>
    <message>
        <source>How to measure with FetalHC, task by task, with pictures</source>
        <translation>Como medir com o FetalHC, tarefa por tarefa, com imagens</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir a pasta de &amp;registros</translation>
    </message>
    <message>
        <source>Show the folder of the crash and error logs</source>
        <translation>Mostrar a pasta dos registros de falhas e erros</translation>
    </message>
    <message>
        <source>&amp;About FetalHC</source>
        <translation>&amp;Sobre o FetalHC</translation>
    </message>
    <message>
        <source>Version, model card and data attribution</source>
        <translation>Versão, ficha do modelo e atribuição dos dados</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abertos &amp;recentemente</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Ferramentas</translation>
    </message>
</context>
<context>
    <name>Capture</name>
    <message>
        <source>GA known from the {source}</source>
        <translation>IG conhecida por: {source}</translation>
    </message>
    <message>
        <source>HC {hc} mm  BPD {bpd} mm  OFD {ofd} mm (outer-outer)  {maker}</source>
        <translation>CC {hc} mm  DBP {bpd} mm  DOF {ofd} mm (externo-externo)  {maker}</translation>
    </message>
    <message>
        <source>GA {ga} (Hadlock)</source>
        <translation>IG {ga} (Hadlock)</translation>
    </message>
    <message>
        <source>{ga} (INTERGROWTH-21st)</source>
        <translation>{ga} (INTERGROWTH-21st)</translation>
    </message>
    <message>
        <source>centile {centile} at {ga}</source>
        <translation>percentil {centile} para IG {ga}</translation>
    </message>
    <message>
        <source>centile withheld at {ga}: check dates, pixel size, plane</source>
        <translation>percentil não mostrado para IG {ga}: verifique datas, tamanho do pixel, plano</translation>
    </message>
    <message>
        <source>NOT CONFIRMED AS A HEAD PLANE</source>
        <translation>NÃO CONFIRMADO COMO PLANO CEFÁLICO</translation>
    </message>
    <message>
        <source>DOUBTFUL: check the ellipse</source>
        <translation>DUVIDOSO: verifique a elipse</translation>
    </message>
    <message>
        <source>ellipse edited by hand</source>
        <translation>elipse editada à mão</translation>
    </message>
</context>
<context>
    <name>CinePanel</name>
    <message>
        <source>Frame of a multi-frame file (the one shown is the one reported)</source>
        <translation>Quadro de um arquivo com vários quadros (o mostrado é o que vai para o laudo)</translation>
    </message>
    <message>
        <source>frame</source>
        <translation>quadro</translation>
    </message>
    <message>
        <source>HC of every frame; click a point to report that frame</source>
        <translation>CC de cada quadro; clique em um ponto para usar esse quadro no laudo</translation>
    </message>
    <message>
        <source>frame {number} of {count}</source>
        <translation>quadro {number} de {count}</translation>
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
        <translation>um abdome</translation>
    </message>
    <message>
        <source>a femur</source>
        <translation>um fêmur</translation>
    </message>
    <message>
        <source>a thorax</source>
        <translation>um tórax</translation>
    </message>
    <message>
        <source>from the DICOM file</source>
        <extracomment>``core.pixel_size.SOURCE_WORDS``: where a pixel size came from.</extracomment>
        <translation>do arquivo DICOM</translation>
    </message>
    <message>
        <source>from the pixel-size CSV</source>
        <translation>do CSV de tamanhos de pixel</translation>
    </message>
    <message>
        <source>entered by the user</source>
        <translation>informado pelo usuário</translation>
    </message>
    <message>
        <source>calibrated on the image</source>
        <translation>calibrado na imagem</translation>
    </message>
    <message>
        <source>LMP</source>
        <extracomment>How a GA was dated (``core.dating.Dating.method``).</extracomment>
        <translation>DUM</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>DPP</translation>
    </message>
    <message>
        <source>dating scan</source>
        <translation>ultrassonografia de datação</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <extracomment>Sentences written without figures, each its own form: doubt reasons and verdicts (core), the pixel size&apos;s refusals, the training settings&apos; and dataset&apos;s refusals (training), the retention summary (app), the node&apos;s TLS refusals (net).</extracomment>
        <translation>Escolha uma pasta de saída.</translation>
    </message>
    <message>
        <source>The output folder must not be the bundled model&apos;s folder.</source>
        <translation>A pasta de saída não pode ser a do modelo incluído.</translation>
    </message>
    <message>
        <source>Train at least one model.</source>
        <translation>Treine pelo menos um modelo.</translation>
    </message>
    <message>
        <source>An ensemble needs a test fraction: its interval is calibrated on subjects no member saw.</source>
        <translation>Um conjunto precisa de uma fração de teste: seu intervalo é calibrado em sujeitos que nenhum membro viu.</translation>
    </message>
    <message>
        <source>The validation and test fractions must lie between 0 and 1.</source>
        <translation>As frações de validação e teste devem ficar entre 0 e 1.</translation>
    </message>
    <message>
        <source>Train at least one epoch.</source>
        <translation>Treine pelo menos uma época.</translation>
    </message>
    <message>
        <source>The second stage&apos;s epochs must be 0 or more (0: no second stage).</source>
        <translation>As épocas da segunda etapa devem ser 0 ou mais (0: sem segunda etapa).</translation>
    </message>
    <message>
        <source>No pixel-size CSV (like training_set_pixel_size_and_HC.csv) was found in or beside the folder.</source>
        <translation>Nenhum CSV de tamanhos de pixel (como training_set_pixel_size_and_HC.csv) foi encontrado na pasta ou ao lado dela.</translation>
    </message>
    <message>
        <source>Fewer than two readable image/annotation pairs with a pixel size were found.</source>
        <translation>Foram encontrados menos de dois pares imagem/anotação legíveis com tamanho de pixel.</translation>
    </message>
    <message>
        <source>All images belong to one subject; at least two are needed to split training and validation.</source>
        <translation>Todas as imagens são de um sujeito; são necessários pelo menos dois para separar treinamento e validação.</translation>
    </message>
    <message>
        <source>nothing is past its retention</source>
        <translation>nada passou do prazo de retenção</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sem resposta</translation>
    </message>
    <message>
        <source>List at least one calling AE title that may send images to FetalHC.</source>
        <translation>Informe pelo menos um título AE chamador que possa enviar imagens ao FetalHC.</translation>
    </message>
    <message>
        <source>Receiving with TLS needs this node&apos;s certificate and private key.</source>
        <translation>Receber com TLS precisa do certificado e da chave privada deste nó.</translation>
    </message>
    <message>
        <source>Certificate names for senders need the CA of the peers (client certificates to check).</source>
        <translation>Nomes de certificado dos remetentes precisam da AC dos nós (certificados de cliente a verificar).</translation>
    </message>
    <message>
        <source>Receiving with TLS needs the CA that certifies the peers, so that only senders with a certificate it signed can connect; to accept TLS clients without a certificate, allow it explicitly.</source>
        <translation>Receber com TLS precisa da AC que certifica os nós, para que só remetentes com certificado assinado por ela possam se conectar; para aceitar clientes TLS sem certificado, permita-o explicitamente.</translation>
    </message>
    <message>
        <source>this does not look like a fetal head plane (it looks like {what})</source>
        <extracomment>(a form the core writes: its English template, marked for translation; what each of its fields matches and how it is shown, where not ANY).</extracomment>
        <translation>isto não parece um plano cefálico fetal (parece {what})</translation>
    </message>
    <message>
        <source>this does not look like a fetal head plane</source>
        <translation>isto não parece um plano cefálico fetal</translation>
    </message>
    <message>
        <source>the header says this is not an obstetric exam ({cues})</source>
        <translation>o cabeçalho indica que não é um exame obstétrico ({cues})</translation>
    </message>
    <message>
        <source>the ensemble members disagree (95% interval {low}-{high} mm, ±{half}% of HC)</source>
        <translation>os membros do conjunto discordam (intervalo de 95% {low}-{high} mm, ±{half}% da CC)</translation>
    </message>
    <message>
        <source>the ensemble members disagree (a wide 95% interval)</source>
        <translation>os membros do conjunto discordam (um intervalo de 95% largo)</translation>
    </message>
    <message>
        <source>results like this one (skull edge, head size, pixel size) are often off by more than 5 mm</source>
        <translation>resultados como este (borda do crânio, tamanho da cabeça, tamanho do pixel) muitas vezes erram por mais de 5 mm</translation>
    </message>
    <message>
        <source>the head region is not elliptical (fit Dice {dice})</source>
        <translation>a região da cabeça não é elíptica (Dice do ajuste {dice})</translation>
    </message>
    <message>
        <source>the outline departs from the ellipse ({percent}%)</source>
        <translation>o contorno se afasta da elipse ({percent}%)</translation>
    </message>
    <message>
        <source>the model is unsure of the head region (confidence {confidence})</source>
        <translation>o modelo não tem certeza da região da cabeça (confiança {confidence})</translation>
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
        <translation>desconhecido: CC só em pixels</translation>
    </message>
    <message>
        <source>GA entered: {source}.</source>
        <translation>IG informada: {source}.</translation>
    </message>
    <message>
        <source>Pixel size from {detail}.</source>
        <translation>Tamanho do pixel de {detail}.</translation>
    </message>
    <message>
        <source>not checked (the model has no head-plane check)</source>
        <translation>não verificado (o modelo não tem verificação do plano cefálico)</translation>
    </message>
    <message>
        <source>a fetal head plane (head-plane check)</source>
        <translation>um plano cefálico fetal (verificação do plano cefálico)</translation>
    </message>
    <message>
        <source>confirmed as a fetal head plane by {who} on {when}, against the check</source>
        <translation>confirmado como plano cefálico fetal por {who} em {when}, contra a verificação</translation>
    </message>
    <message>
        <source>not confirmed as a head plane: {reason}</source>
        <translation>não confirmado como plano cefálico: {reason}</translation>
    </message>
    <message>
        <source>the ellipse was drawn or corrected by hand; its HC is the user&apos;s</source>
        <translation>a elipse foi desenhada ou corrigida à mão; sua CC é a do usuário</translation>
    </message>
    <message>
        <source>Hadlock is defined for HC {low}-{high} cm; this HC is {hc} cm.</source>
        <translation>Hadlock é definido para CC de {low}-{high} cm; esta CC é de {hc} cm.</translation>
    </message>
    <message>
        <source>HC must be positive.</source>
        <translation>A CC deve ser positiva.</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st dating is valid for scans at 98-181 days (HC up to about 240 mm); this HC is {hc} mm.</source>
        <translation>A datação INTERGROWTH-21st vale para exames de 98-181 dias (CC até cerca de 240 mm); esta CC é de {hc} mm.</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st dating is valid for scans at {low}-{high} days; this HC dates to {days} days.</source>
        <translation>A datação INTERGROWTH-21st vale para exames de {low}-{high} dias; esta CC data de {days} dias.</translation>
    </message>
    <message>
        <source>The INTERGROWTH-21st HC standard covers {low} to {high} weeks; the GA given is {ga} weeks.</source>
        <translation>O padrão INTERGROWTH-21st da CC abrange de {low} a {high} semanas; a IG informada é de {ga} semanas.</translation>
    </message>
    <message>
        <source>The HC is {sd} SD below the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the dates, the pixel size and the plane.</source>
        <translation>A CC está {sd} DP abaixo da média INTERGROWTH-21st com {ga}: escore z e percentil omitidos; verifique as datas, o tamanho do pixel e o plano.</translation>
    </message>
    <message>
        <source>The HC is {sd} SD above the INTERGROWTH-21st mean at {ga}: z-score and centile withheld; check the dates, the pixel size and the plane.</source>
        <translation>A CC está {sd} DP acima da média INTERGROWTH-21st com {ga}: escore z e percentil omitidos; verifique as datas, o tamanho do pixel e o plano.</translation>
    </message>
    <message>
        <source>No pixel size: HC is given in pixels only.</source>
        <translation>Sem tamanho de pixel: a CC é dada só em pixels.</translation>
    </message>
    <message>
        <source>Non-square pixels ({size}): measured in millimetres, not pixels.</source>
        <translation>Pixels não quadrados ({size}): medido em milímetros, não em pixels.</translation>
    </message>
    <message>
        <source>The LMP {date} is after the exam ({exam}).</source>
        <translation>A DUM {date} é posterior ao exame ({exam}).</translation>
    </message>
    <message>
        <source>The dating scan {date} is after the exam ({exam}).</source>
        <translation>A ultrassonografia de datação {date} é posterior ao exame ({exam}).</translation>
    </message>
    <message>
        <source>This {method} gives {weeks} weeks {days} days on {exam}, outside 14-42 weeks: check the dates.</source>
        <translation>Este dado ({method}) dá {weeks} semanas {days} dias em {exam}, fora de 14-42 semanas: verifique as datas.</translation>
    </message>
    <message>
        <source>A scan at {ga} does not date a pregnancy: dating scans are those up to {high} (crown-rump length to 13+6, head circumference from 14+0); use the LMP or the EDD the dating scan gave.</source>
        <translation>Uma ultrassonografia com {ga} não data uma gestação: as de datação são as até {high} (comprimento cabeça-nádega até 13+6, circunferência cefálica a partir de 14+0); use a DUM ou a DPP que a ultrassonografia de datação deu.</translation>
    </message>
    <message>
        <source>The pixel size &apos;{text}&apos; is not a number.</source>
        <translation>O tamanho do pixel &apos;{text}&apos; não é um número.</translation>
    </message>
    <message>
        <source>The pixel size must be a finite number of mm per pixel.</source>
        <translation>O tamanho do pixel deve ser um número finito de mm por pixel.</translation>
    </message>
    <message>
        <source>The pixel size must be positive; {value} mm/px was given.</source>
        <translation>O tamanho do pixel deve ser positivo; foi informado {value} mm/px.</translation>
    </message>
    <message>
        <source>A pixel size of {value} mm/px is implausible for ultrasound: it should lie between {low} and {high} mm/px.</source>
        <translation>Um tamanho de pixel de {value} mm/px não é plausível em ultrassom: deveria estar entre {low} e {high} mm/px.</translation>
    </message>
    <message>
        <source>The known distance &apos;{text}&apos; is not a number.</source>
        <translation>A distância conhecida &apos;{text}&apos; não é um número.</translation>
    </message>
    <message>
        <source>The known distance must be a positive number of millimetres.</source>
        <translation>A distância conhecida deve ser um número positivo de milímetros.</translation>
    </message>
    <message>
        <source>the model&apos;s 95% interval of the HC</source>
        <translation>o intervalo de 95% da CC segundo o modelo</translation>
    </message>
    <message>
        <source>The calibration line is too short: draw it over the known distance.</source>
        <translation>A linha de calibração é curta demais: trace-a sobre a distância conhecida.</translation>
    </message>
    <message>
        <source>No head was found in this image.</source>
        <translation>Nenhuma cabeça foi encontrada nesta imagem.</translation>
    </message>
    <message>
        <source>No head was found in this image: the largest region is too small.</source>
        <translation>Nenhuma cabeça foi encontrada nesta imagem: a maior região é pequena demais.</translation>
    </message>
    <message>
        <source>The outline is too small to fit an ellipse.</source>
        <translation>O contorno é pequeno demais para ajustar uma elipse.</translation>
    </message>
    <message>
        <source>No ellipse could be fitted to the outline.</source>
        <translation>Não foi possível ajustar uma elipse ao contorno.</translation>
    </message>
    <message>
        <source>The head outline is too small to measure.</source>
        <translation>O contorno da cabeça é pequeno demais para medir.</translation>
    </message>
    <message>
        <source>The pixel-size file {file} is empty.</source>
        <translation>O arquivo de tamanhos de pixel {file} está vazio.</translation>
    </message>
    <message>
        <source>The pixel-size file {file} could not be read: {why}</source>
        <translation>Não foi possível ler o arquivo de tamanhos de pixel {file}: {why}</translation>
    </message>
    <message>
        <source>{file}: this is not a readable DICOM file ({why}).</source>
        <translation>{file}: não é um arquivo DICOM legível ({why}).</translation>
    </message>
    <message>
        <source>{file}: the DICOM file holds no image (no pixel data).</source>
        <translation>{file}: o arquivo DICOM não contém imagem (sem dados de pixels).</translation>
    </message>
    <message>
        <source>{file}: the DICOM image could not be decoded ({why}).</source>
        <translation>{file}: não foi possível decodificar a imagem DICOM ({why}).</translation>
    </message>
    <message>
        <source>{file}: the file says {count} frames but its pixel data does not hold them.</source>
        <translation>{file}: o arquivo indica {count} quadros, mas seus dados de pixels não os contêm.</translation>
    </message>
    <message>
        <source>{file}: not a deflated DICOM file.</source>
        <translation>{file}: não é um arquivo DICOM comprimido (deflate).</translation>
    </message>
    <message>
        <source>{file}: frame {frame} does not exist (the file has {count}).</source>
        <translation>{file}: o quadro {frame} não existe (o arquivo tem {count}).</translation>
    </message>
    <message>
        <source>{file}: the link leads nowhere or loops; there is no image to read.</source>
        <translation>{file}: o link não leva a lugar algum ou forma um laço; não há imagem para ler.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: o arquivo não existe.</translation>
    </message>
    <message>
        <source>{file}: the file is empty.</source>
        <translation>{file}: o arquivo está vazio.</translation>
    </message>
    <message>
        <source>{file}: this is not an image format FetalHC can read ({why}).</source>
        <translation>{file}: não é um formato de imagem que o FetalHC consiga ler ({why}).</translation>
    </message>
    <message>
        <source>{file}: the image is damaged or truncated ({why}).</source>
        <translation>{file}: a imagem está danificada ou truncada ({why}).</translation>
    </message>
    <message>
        <source>{file}: an image of {cols} x {rows} pixels is not an ultrasound frame (each side must be {low} to {high} pixels, {mp} megapixels at most).</source>
        <translation>{file}: uma imagem de {cols} x {rows} pixels não é um quadro de ultrassom (cada lado deve ter de {low} a {high} pixels, no máximo {mp} megapixels).</translation>
    </message>
    <message>
        <source>The image size {rows}x{cols} must be a multiple of 16.</source>
        <translation>O tamanho da imagem {rows}x{cols} deve ser múltiplo de 16.</translation>
    </message>
    <message>
        <source>deleted {files} file(s), {mb} MB, and {rows} row(s) of results tables</source>
        <translation>apagados {files} arquivo(s), {mb} MB e {rows} linha(s) de tabelas de resultados</translation>
    </message>
    <message>
        <source>&apos;{title}&apos; is not a DICOM AE title: use 1 to 16 letters, digits or punctuation, no backslash.</source>
        <translation>&apos;{title}&apos; não é um título AE DICOM: use de 1 a 16 letras, dígitos ou pontuação, sem barra invertida.</translation>
    </message>
    <message>
        <source>The port &apos;{port}&apos; is not a number.</source>
        <translation>A porta &apos;{port}&apos; não é um número.</translation>
    </message>
    <message>
        <source>The port {port} is outside 1-65535.</source>
        <translation>A porta {port} está fora de 1-65535.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an identity: write AE_TITLE=CERTIFICATE_NAME.</source>
        <translation>&apos;{text}&apos; não é uma identidade: escreva TITULO_AE=NOME_DO_CERTIFICADO.</translation>
    </message>
    <message>
        <source>The peer {ae} has no host.</source>
        <translation>O nó {ae} não tem host.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a peer: write AE_TITLE@HOST:PORT (or AE_TITLE@HOST:PORT+tls).</source>
        <translation>&apos;{text}&apos; não é um nó: escreva TITULO_AE@HOST:PORTA (ou TITULO_AE@HOST:PORTA+tls).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; names no host: write AE_TITLE or AE_TITLE@HOST.</source>
        <translation>&apos;{text}&apos; não indica host: escreva TITULO_AE ou TITULO_AE@HOST.</translation>
    </message>
    <message>
        <source>{ae} has a certificate name but is not a peer allowed to send images.</source>
        <translation>{ae} tem um nome de certificado, mas não é um nó autorizado a enviar imagens.</translation>
    </message>
    <message>
        <source>The certificate name for {ae} is empty.</source>
        <translation>O nome do certificado de {ae} está vazio.</translation>
    </message>
    <message>
        <source>The host {host} is given for {ae}, which is not a peer allowed to send.</source>
        <translation>O host {host} foi indicado para {ae}, que não é um nó autorizado a enviar.</translation>
    </message>
    <message>
        <source>The TLS private key {key} could not be read: {why}</source>
        <translation>Não foi possível ler a chave privada TLS {key}: {why}</translation>
    </message>
    <message>
        <source>The TLS private key {key} can be read by other accounts (mode {mode}): make it private (chmod 600 {again}) and try again.</source>
        <translation>A chave privada TLS {key} pode ser lida por outras contas (modo {mode}): torne-a privada (chmod 600 {again}) e tente de novo.</translation>
    </message>
    <message>
        <source>The TLS certificate or key could not be used: {why}</source>
        <translation>Não foi possível usar o certificado ou a chave TLS: {why}</translation>
    </message>
    <message>
        <source>The TLS certificate, key or CA could not be used: {why}</source>
        <translation>Não foi possível usar o certificado, a chave ou a AC TLS: {why}</translation>
    </message>
    <message>
        <source>{ae} could not search ({status}).</source>
        <translation>{ae} não conseguiu buscar ({status}).</translation>
    </message>
    <message>
        <source>{ae} could not send the study ({status}).</source>
        <translation>{ae} não conseguiu enviar o estudo ({status}).</translation>
    </message>
    <message>
        <source>The retrieval from {ae} was stopped.</source>
        <translation>A recuperação de {ae} foi interrompida.</translation>
    </message>
    <message>
        <source>{peer}: TLS failed ({why}).</source>
        <translation>{peer}: falha de TLS ({why}).</translation>
    </message>
    <message>
        <source>{ae} at {address} did not accept an association over TLS from {calling}.</source>
        <translation>{ae} em {address} não aceitou uma associação por TLS de {calling}.</translation>
    </message>
    <message>
        <source>{ae} at {address} did not accept an association from {calling}.</source>
        <translation>{ae} em {address} não aceitou uma associação de {calling}.</translation>
    </message>
    <message>
        <source>{ae} refused {what} ({status}).</source>
        <translation>{ae} recusou {what} ({status}).</translation>
    </message>
    <message>
        <source>ultrasound region {number} of {count}, the one holding the head</source>
        <translation>região de ultrassom {number} de {count}, a que contém a cabeça</translation>
    </message>
    <message>
        <source>ultrasound region {number}</source>
        <translation>região de ultrassom {number}</translation>
    </message>
    <message>
        <source>The file&apos;s {count} ultrasound region(s) give no usable pixel size (a zero or negative spacing, units other than cm, or no 2D tissue region); set the pixel size by hand or calibrate.</source>
        <translation>As {count} região(ões) de ultrassom do arquivo não dão tamanho de pixel utilizável (espaçamento zero ou negativo, unidades que não cm, ou nenhuma região de tecido 2D); informe o tamanho do pixel à mão ou calibre.</translation>
    </message>
    <message>
        <source>The {mode} image was rescaled to 8 bits for display and measurement.</source>
        <translation>A imagem {mode} foi reescalada para 8 bits para exibição e medição.</translation>
    </message>
    <message>
        <source>No head was found.</source>
        <translation>Nenhuma cabeça foi encontrada.</translation>
    </message>
    <message>
        <source>The measurement failed: {message}</source>
        <translation>A medição falhou: {message}</translation>
    </message>
    <message>
        <source>No head was found in any frame.</source>
        <translation>Nenhuma cabeça foi encontrada em nenhum quadro.</translation>
    </message>
    <message>
        <source>typed for this image</source>
        <translation>digitada para esta imagem</translation>
    </message>
    <message>
        <source>No head was found: the region found is not head-shaped (axis ratio {ratio}).</source>
        <translation>Nenhuma cabeça foi encontrada: a região encontrada não tem forma de cabeça (razão dos eixos {ratio}).</translation>
    </message>
    <message>
        <source>{dating}, exam {exam}</source>
        <translation>{dating}, exame {exam}</translation>
    </message>
    <message>
        <source>dating scan {date} at {weeks}w{days}d</source>
        <translation>ultrassonografia de datação {date} com {weeks}+{days}</translation>
    </message>
    <message>
        <source>{method} {date}</source>
        <translation>{method} {date}</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: 1 day apart.</source>
        <translation>A CC dá {hc} ({formula}), as datas dão {dates}: 1 dia de diferença.</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart, more than the {threshold} days at which ACOG Committee Opinion 700 would redate at this GA: check the dates, the pixel size and the plane (FetalHC does not redate).</source>
        <translation>A CC dá {hc} ({formula}), as datas dão {dates}: {apart} dias de diferença, mais que os {threshold} dias a partir dos quais a ACOG Committee Opinion 700 redataria nesta IG: verifique as datas, o tamanho do pixel e o plano (o FetalHC não redata).</translation>
    </message>
    <message>
        <source>HC gives {hc} ({formula}), the dates give {dates}: {apart} days apart.</source>
        <translation>A CC dá {hc} ({formula}), as datas dão {dates}: {apart} dias de diferença.</translation>
    </message>
</context>
<context>
    <name>DatingDialog</name>
    <message>
        <source>Date This Exam</source>
        <translation>Datar este exame</translation>
    </message>
    <message>
        <source>LMP</source>
        <translation>DUM</translation>
    </message>
    <message>
        <source>EDD</source>
        <translation>DPP</translation>
    </message>
    <message>
        <source>Dating scan on</source>
        <translation>Ultrassonografia de datação em</translation>
    </message>
    <message>
        <source>The GA the dating scan gave: {low} to {high}</source>
        <translation>A IG dada pela ultrassonografia de datação: {low} a {high}</translation>
    </message>
    <message>
        <source>GA then</source>
        <translation>IG então</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Data do exame</translation>
    </message>
    <message>
        <source>The GA at this exam applies to its one image.</source>
        <translation>A IG neste exame vale para sua única imagem.</translation>
    </message>
    <message>
        <source>The GA at this exam applies to its {n} images.</source>
        <translation>A IG neste exame vale para suas {n} imagens.</translation>
    </message>
    <message>
        <source>enter the exam date</source>
        <translation>informe a data do exame</translation>
    </message>
    <message>
        <source>enter the LMP</source>
        <translation>informe a DUM</translation>
    </message>
    <message>
        <source>enter the EDD</source>
        <translation>informe a DPP</translation>
    </message>
    <message>
        <source>enter the dating scan&apos;s date</source>
        <translation>informe a data da ultrassonografia de datação</translation>
    </message>
    <message>
        <source>enter the GA at the dating scan</source>
        <translation>informe a IG na ultrassonografia de datação</translation>
    </message>
    <message>
        <source>GA at the exam: {ga} ({dating})</source>
        <translation>IG no exame: {ga} ({dating})</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Calibrate pixel size</source>
        <translation>Calibrar o tamanho do pixel</translation>
    </message>
    <message>
        <source>The line is {length} pixels long. Its length in millimetres:</source>
        <translation>A linha tem {length} pixels. Seu comprimento em milímetros:</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>About FetalHC</source>
        <translation>Sobre o FetalHC</translation>
    </message>
    <message>
        <source>&lt;p&gt;Fetal head circumference on 2D ultrasound: a U-Net finds the skull, an ellipse is fitted and HC follows from the pixel size. Results are for review by a qualified sonographer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Circunferência cefálica fetal em ultrassom 2D: uma U-Net encontra o crânio, uma elipse é ajustada e a CC resulta do tamanho do pixel. Os resultados devem ser revisados por um ultrassonografista qualificado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Data.&lt;/b&gt; Trained on the HC18 challenge training set: {citation}, licensed under Creative Commons Attribution 4.0 (CC BY 4.0).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dados.&lt;/b&gt; Treinado com o conjunto de treinamento do desafio HC18: {citation}, licenciado sob Creative Commons Atribuição 4.0 (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Model card&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ficha do modelo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No model is loaded.</source>
        <translation>Nenhum modelo carregado.</translation>
    </message>
</context>
<context>
    <name>DicomCommands</name>
    <message>
        <source>DICOM node not started</source>
        <translation>Nó DICOM não iniciado</translation>
    </message>
    <message>
        <source>Check DICOM &gt; Node Settings.</source>
        <translation>Verifique DICOM &gt; Configurações do nó.</translation>
    </message>
    <message>
        <source>Received an image from {ae}</source>
        <translation>Imagem recebida de {ae}</translation>
    </message>
    <message>
        <source>1 result waiting for the PACS</source>
        <translation>1 resultado aguardando o PACS</translation>
    </message>
    <message>
        <source>{n} results waiting for the PACS</source>
        <translation>{n} resultados aguardando o PACS</translation>
    </message>
    <message>
        <source>{label}: report and captured image sent to {peer}</source>
        <translation>{label}: relatório e imagem capturada enviados a {peer}</translation>
    </message>
    <message>
        <source>Sending to PACS failed</source>
        <translation>Falha no envio ao PACS</translation>
    </message>
    <message>
        <source>The results of {label} stay in the outgoing queue and are sent again on their own (DICOM &gt; Outgoing Queue lists them).</source>
        <translation>Os resultados de {label} ficam na fila de saída e são reenviados sozinhos (DICOM &gt; Fila de saída os lista).</translation>
    </message>
    <message>
        <source>{label}: {peer} still does not take the results (try {attempts})</source>
        <translation>{label}: {peer} ainda não aceita os resultados (tentativa {attempts})</translation>
    </message>
    <message>
        <source>No DICOM peer</source>
        <translation>Nenhum nó DICOM</translation>
    </message>
    <message>
        <source>Add the PACS as a peer in DICOM &gt; Node Settings first.</source>
        <translation>Adicione primeiro o PACS como nó em DICOM &gt; Configurações do nó.</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Send a fetal head report?</source>
        <translation>Enviar um relatório de cabeça fetal?</translation>
    </message>
    <message>
        <source>Send a fetal head circumference report of it to the PACS all the same?</source>
        <translation>Enviar mesmo assim ao PACS um relatório de circunferência cefálica fetal desta imagem?</translation>
    </message>
    <message>
        <source>Nothing to send</source>
        <translation>Nada a enviar</translation>
    </message>
    <message>
        <source>Measure the image first.</source>
        <translation>Meça a imagem primeiro.</translation>
    </message>
    <message>
        <source>No DICOM results</source>
        <translation>Sem resultados DICOM</translation>
    </message>
    <message>
        <source>Send Results to PACS</source>
        <translation>Enviar resultados ao PACS</translation>
    </message>
    <message>
        <source>Sending the results to {peer} (kept in {folder})…</source>
        <translation>Enviando os resultados a {peer} (guardados em {folder})…</translation>
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
        <translation>Porta</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>Nome do certificado</translation>
    </message>
    <message>
        <source>DICOM Node Settings</source>
        <translation>Configurações do nó DICOM</translation>
    </message>
    <message>
        <source>Receive images from the peers below (listen on the network)</source>
        <translation>Receber imagens dos nós abaixo (escutar na rede)</translation>
    </message>
    <message>
        <source>127.0.0.1 accepts this computer only; 0.0.0.0 every network interface</source>
        <translation>127.0.0.1 aceita só este computador; 0.0.0.0 todas as interfaces de rede</translation>
    </message>
    <message>
        <source>Receive with TLS only (needs the certificate and key below)</source>
        <translation>Receber só com TLS (precisa do certificado e da chave abaixo)</translation>
    </message>
    <message>
        <source>This node&apos;s certificate (PEM)</source>
        <translation>Certificado deste nó (PEM)</translation>
    </message>
    <message>
        <source>This node&apos;s private key (PEM)</source>
        <translation>Chave privada deste nó (PEM)</translation>
    </message>
    <message>
        <source>The CA certificate(s) of the peers (PEM)</source>
        <translation>O(s) certificado(s) de AC dos nós (PEM)</translation>
    </message>
    <message>
        <source>Without a CA, accept TLS senders that present no certificate</source>
        <translation>Sem AC, aceitar remetentes TLS que não apresentem certificado</translation>
    </message>
    <message>
        <source>Off: only senders whose certificate the CA above signed can connect. On: any TLS client may connect (encrypted, but the AE title and its host are the only check).</source>
        <translation>Desligado: só se conectam remetentes cujo certificado a AC acima assinou. Ligado: qualquer cliente TLS pode se conectar (criptografado, mas o título AE e o host são a única verificação).</translation>
    </message>
    <message>
        <source>Accept deflate-compressed images (each inflated up to a size limit)</source>
        <translation>Aceitar imagens comprimidas com deflate (cada uma descompactada até um tamanho limite)</translation>
    </message>
    <message>
        <source>Off: senders must send images uncompressed or with image compression (JPEG, JPEG 2000, RLE), whose size is checked before decoding. On: the deflated transfer syntax too; a dataset that inflates past {limit} MB is refused.</source>
        <translation>Desativado: os remetentes devem enviar as imagens sem compressão ou com compressão de imagem (JPEG, JPEG 2000, RLE), cujo tamanho é verificado antes da decodificação. Ativado: também a sintaxe de transferência deflate; um conjunto de dados que ultrapasse {limit} MB ao ser descompactado é recusado.</translation>
    </message>
    <message>
        <source>Add Peer</source>
        <translation>Adicionar nó</translation>
    </message>
    <message>
        <source>Remove Peer</source>
        <translation>Remover nó</translation>
    </message>
    <message>
        <source>This node&apos;s AE title</source>
        <translation>Título AE deste nó</translation>
    </message>
    <message>
        <source>Listen on address</source>
        <translation>Escutar no endereço</translation>
    </message>
    <message>
        <source>Received images go to</source>
        <translation>As imagens recebidas vão para</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificado TLS</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Chave privada TLS</translation>
    </message>
    <message>
        <source>CA of the peers</source>
        <translation>AC dos nós</translation>
    </message>
    <message>
        <source>Known peers (scanners and archives; only these may send images). TLS: call this peer over TLS. Certificate name: with TLS and a CA, this sender&apos;s certificate must carry it.</source>
        <translation>Nós conhecidos (aparelhos e arquivos; só estes podem enviar imagens). TLS: chamar este nó por TLS. Nome do certificado: com TLS e uma AC, o certificado deste remetente deve contê-lo.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Peer on row {row}: {problem}</source>
        <translation>Nó da linha {row}: {problem}</translation>
    </message>
    <message>
        <source>Give the address to listen on (127.0.0.1 for this computer only).</source>
        <translation>Informe o endereço em que escutar (127.0.0.1 só para este computador).</translation>
    </message>
</context>
<context>
    <name>DisplayPanel</name>
    <message>
        <source>Display</source>
        <translation>Exibição</translation>
    </message>
    <message>
        <source>Brightness: the gray value shown mid-gray</source>
        <translation>Brilho: o valor de cinza mostrado como cinza médio</translation>
    </message>
    <message>
        <source>Contrast: the range of gray values shown</source>
        <translation>Contraste: a faixa de valores de cinza mostrados</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Redefinir</translation>
    </message>
    <message>
        <source>Back to the full gray range</source>
        <translation>Voltar à escala de cinza completa</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Máscara</translation>
    </message>
    <message>
        <source>Show the model&apos;s head region (M)</source>
        <translation>Mostrar a região da cabeça do modelo (M)</translation>
    </message>
    <message>
        <source>Ellipse</source>
        <translation>Elipse</translation>
    </message>
    <message>
        <source>Show the fitted ellipse and its axes (E)</source>
        <translation>Mostrar a elipse ajustada e seus eixos (E)</translation>
    </message>
    <message>
        <source>Mask opacity</source>
        <translation>Opacidade da máscara</translation>
    </message>
    <message>
        <source>Brightness</source>
        <translation>Brilho</translation>
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
        <translation>Arrastar esta ponta sozinha (Shift: as duas); clique nela e as setas a movem um pixel</translation>
    </message>
    <message>
        <source>Drag to move the ellipse; click it, then the arrow keys move it by a pixel</source>
        <translation>Arrastar para mover a elipse; clique nela e as setas a movem um pixel</translation>
    </message>
    <message>
        <source>Drag to rotate the ellipse</source>
        <translation>Arrastar para girar a elipse</translation>
    </message>
</context>
<context>
    <name>ExamCommands</name>
    <message>
        <source>; 1 DICOM image keeps the patient its file names</source>
        <translation>; 1 imagem DICOM mantém a paciente que seu arquivo informa</translation>
    </message>
    <message>
        <source>; {n} DICOM images keep the patient their file names</source>
        <translation>; {n} imagens DICOM mantêm a paciente que seus arquivos informam</translation>
    </message>
    <message>
        <source>Patient and exam set for 1 image</source>
        <translation>Paciente e exame definidos para 1 imagem</translation>
    </message>
    <message>
        <source>Patient and exam set for {n} images</source>
        <translation>Paciente e exame definidos para {n} imagens</translation>
    </message>
    <message>
        <source>GA {ga} set for 1 image of this exam</source>
        <translation>IG {ga} definida para 1 imagem deste exame</translation>
    </message>
    <message>
        <source>GA {ga} set for {n} images of this exam</source>
        <translation>IG {ga} definida para {n} imagens deste exame</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>&apos;{text}&apos; has more than one decimal mark: type one, e.g. 0.0758 or 0,0758</source>
        <translation>&apos;{text}&apos; tem mais de um separador decimal: digite um, p. ex. 0,0758 ou 0.0758</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number: type e.g. 0.0758 or 0,0758</source>
        <translation>&apos;{text}&apos; não é um número: digite p. ex. 0,0758 ou 0.0758</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a gestational age: type weeks+days, e.g. 20+3</source>
        <translation>&apos;{text}&apos; não é uma idade gestacional: digite semanas+dias, p. ex. 20+3</translation>
    </message>
    <message>
        <source>A GA of {weeks}+{days} is outside {low}+0 to {high}+6</source>
        <translation>Uma IG de {weeks}+{days} está fora de {low}+0 a {high}+6</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date: type it as {form}</source>
        <translation>&apos;{text}&apos; não é uma data: digite-a como {form}</translation>
    </message>
    <message>
        <source>DMY</source>
        <extracomment>The initials of the words day, month and year, in this order (three letters).</extracomment>
        <translation>DMA</translation>
    </message>
    <message>
        <source>weeks+days, e.g. 20+3</source>
        <translation>semanas+dias, p. ex. 20+3</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Escolher a data em um calendário</translation>
    </message>
</context>
<context>
    <name>FileCommands</name>
    <message>
        <source>Open images</source>
        <translation>Abrir imagens</translation>
    </message>
    <message>
        <source>Open a folder of images</source>
        <translation>Abrir uma pasta de imagens</translation>
    </message>
    <message>
        <source>{path}: no such file or folder</source>
        <translation>{path}: arquivo ou pasta inexistente</translation>
    </message>
    <message>
        <source>Some files were not opened</source>
        <translation>Alguns arquivos não foram abertos</translation>
    </message>
    <message>
        <source>Pixel sizes found</source>
        <translation>Tamanhos de pixel encontrados</translation>
    </message>
    <message>
        <source>{csv}, beside these images, gives the pixel size of one of them. Use it?</source>
        <translation>{csv}, ao lado destas imagens, dá o tamanho do pixel de uma delas. Usar?</translation>
    </message>
    <message>
        <source>{csv}, beside these images, gives the pixel size of {n} of them. Use it?</source>
        <translation>{csv}, ao lado destas imagens, dá o tamanho do pixel de {n} delas. Usar?</translation>
    </message>
    <message>
        <source>Open measurements</source>
        <translation>Abrir medidas</translation>
    </message>
    <message>
        <source>Measurements not opened</source>
        <translation>Medidas não abertas</translation>
    </message>
    <message>
        <source>1 measured image opened from {file}</source>
        <translation>1 imagem medida aberta de {file}</translation>
    </message>
    <message>
        <source>{n} measured images opened from {file}</source>
        <translation>{n} imagens medidas abertas de {file}</translation>
    </message>
    <message>
        <source>1 measurement written to {path}</source>
        <translation>1 medida gravada em {path}</translation>
    </message>
    <message>
        <source>{n} measurements written to {path}</source>
        <translation>{n} medidas gravadas em {path}</translation>
    </message>
    <message>
        <source>1 image removed from the list; its file is untouched</source>
        <translation>1 imagem removida da lista; seu arquivo não é alterado</translation>
    </message>
    <message>
        <source>{n} images removed from the list; their files are untouched</source>
        <translation>{n} imagens removidas da lista; seus arquivos não são alterados</translation>
    </message>
    <message>
        <source>Some images were not opened</source>
        <translation>Algumas imagens não foram abertas</translation>
    </message>
    <message>
        <source>Export HC18 submission</source>
        <translation>Exportar envio HC18</translation>
    </message>
    <message>
        <source>Export measurements</source>
        <translation>Exportar medidas</translation>
    </message>
    <message>
        <source> without patient identity</source>
        <translation> sem a identidade da paciente</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Falha na exportação</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Exportar imagem</translation>
    </message>
    <message>
        <source>Measuring</source>
        <translation>Medindo</translation>
    </message>
    <message>
        <source>Wait for the measurement to end (or cancel it), then remove images.</source>
        <translation>Aguarde o fim da medição (ou cancele-a) e depois remova imagens.</translation>
    </message>
    <message>
        <source>Delete Old Patient Data</source>
        <translation>Apagar dados antigos de pacientes</translation>
    </message>
    <message>
        <source>Delete the images this computer received or retrieved over DICOM, and the results it sent,
that are older than this many days (images you opened from elsewhere are not touched):</source>
        <translation>Apagar as imagens que este computador recebeu ou recuperou por DICOM, e os resultados enviados,
mais antigos que estes dias (imagens abertas de outros lugares não são alteradas):</translation>
    </message>
    <message>
        <source>Old patient data not deleted</source>
        <translation>Dados antigos de pacientes não apagados</translation>
    </message>
    <message>
        <source>Retention of {days} days: {report}</source>
        <translation>Retenção de {days} dias: {report}</translation>
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
        <translation>idade gestacional (semanas)</translation>
    </message>
    <message>
        <source>HC (mm)</source>
        <translation>CC (mm)</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st HC standard: the 3rd, 10th, 50th (blue), 90th and 97th centiles; the thin inner pair are the 10th and 90th</source>
        <translation>Padrão INTERGROWTH-21st da CC: percentis 3, 10, 50 (azul), 90 e 97; o par interno fino são o 10 e o 90</translation>
    </message>
    <message>
        <source>No HC in millimetres for this exam yet.</source>
        <translation>Ainda não há CC em milímetros para este exame.</translation>
    </message>
    <message>
        <source>The GA of this exam is not known: date the exam (Measure &gt; Date This Exam) to place it.</source>
        <translation>A IG deste exame não é conhecida: date o exame (Medir &gt; Datar este exame) para posicioná-lo.</translation>
    </message>
    <message>
        <source>Red: this exam (bars: the model&apos;s 95% interval); orange: the patient&apos;s other exams.</source>
        <translation>Vermelho: este exame (barras: o intervalo de 95% do modelo); laranja: os outros exames da paciente.</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <source>Set Patient and Exam</source>
        <translation>Definir paciente e exame</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identificador da paciente</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Sobrenome</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Exam date</source>
        <translation>Data do exame</translation>
    </message>
    <message>
        <source>For the selected image:</source>
        <translation>Para a imagem escolhida:</translation>
    </message>
    <message>
        <source>For the {n} selected images, which become one exam:</source>
        <translation>Para as {n} imagens escolhidas, que passam a ser um exame:</translation>
    </message>
    <message>
        <source>Give at least the patient ID or the family name.</source>
        <translation>Informe pelo menos o identificador ou o sobrenome.</translation>
    </message>
</context>
<context>
    <name>ImageList</name>
    <message>
        <source>Images without a named patient</source>
        <translation>Imagens sem paciente identificada</translation>
    </message>
    <message>
        <source>not measured</source>
        <extracomment>``app.session.Status`` values marked for translation (the application layer speaks English only).</extracomment>
        <translation>não medida</translation>
    </message>
    <message>
        <source>measuring</source>
        <translation>medindo</translation>
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
        <translation>nenhuma cabeça encontrada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falhou</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>exam {date}</source>
        <translation>exame {date}</translation>
    </message>
    <message>
        <source>ID {id}</source>
        <translation>ID {id}</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nascida em {date}</translation>
    </message>
    <message>
        <source>accession {number}</source>
        <translation>acesso {number}</translation>
    </message>
    <message>
        <source>Opened images by patient and exam; the arrow keys and Page Up/Down move through them</source>
        <translation>Imagens abertas por paciente e exame; as setas e Page Up/Down as percorrem</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>As the System ({language})</source>
        <translation>Como o sistema ({language})</translation>
    </message>
    <message>
        <source>FetalHC will be in {language} from its next start.</source>
        <translation>O FetalHC estará em {language} a partir da próxima inicialização.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>Language not available</source>
        <translation>Idioma não disponível</translation>
    </message>
    <message>
        <source>Unsupported Qt version</source>
        <translation>Versão do Qt não suportada</translation>
    </message>
    <message>
        <source>Session not saved</source>
        <translation>Sessão não salva</translation>
    </message>
    <message>
        <source>Too many FetalHC windows are open: this one&apos;s work is not autosaved.</source>
        <translation>Há janelas demais do FetalHC abertas: o trabalho desta não é salvo automaticamente.</translation>
    </message>
    <message>
        <source>A second window</source>
        <translation>Uma segunda janela</translation>
    </message>
    <message>
        <source>Session not restored</source>
        <translation>Sessão não restaurada</translation>
    </message>
    <message>
        <source>FetalHC did not close normally</source>
        <translation>O FetalHC não foi fechado normalmente</translation>
    </message>
    <message>
        <source>The last session ended unexpectedly. Restored from the autosave: {images} images, {measured} of them measured.

Details of a crash, if any, are in {logs} (Help &gt; Open Log Folder).</source>
        <translation>A última sessão terminou inesperadamente. Restaurado do salvamento automático: {images} imagens, {measured} delas medidas.

Detalhes de uma falha, se houve, estão em {logs} (Ajuda &gt; Abrir a pasta de registros).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The patient and exam the file names</source>
        <translation>A paciente e o exame que o arquivo informa</translation>
    </message>
    <message>
        <source>Model: loading…</source>
        <translation>Modelo: carregando…</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Growth chart</source>
        <translation>Curva de crescimento</translation>
    </message>
    <message>
        <source>Model: {name}</source>
        <translation>Modelo: {name}</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Pasta de registros</translation>
    </message>
    <message>
        <source>The logs are in {folder}</source>
        <translation>Os registros estão em {folder}</translation>
    </message>
    <message>
        <source>User guide missing</source>
        <translation>Guia do usuário ausente</translation>
    </message>
    <message>
        <source>The user guide was not installed with this FetalHC.</source>
        <translation>O guia do usuário não foi instalado com este FetalHC.</translation>
    </message>
    <message>
        <source>Model ready: {name}</source>
        <translation>Modelo pronto: {name}</translation>
    </message>
    <message>
        <source>Model: not loaded</source>
        <translation>Modelo: não carregado</translation>
    </message>
    <message>
        <source>Model not loaded</source>
        <translation>Modelo não carregado</translation>
    </message>
    <message>
        <source>The model could not be loaded.</source>
        <translation>Não foi possível carregar o modelo.</translation>
    </message>
    <message>
        <source>Choose a model folder</source>
        <translation>Escolher uma pasta de modelo</translation>
    </message>
    <message>
        <source>Training is not installed</source>
        <translation>O treinamento não está instalado</translation>
    </message>
    <message>
        <source>Training in progress: measuring waits until it ends.</source>
        <translation>Treinamento em andamento: a medição aguarda o fim.</translation>
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
        <translation>não é um plano cefálico</translation>
    </message>
    <message>
        <source>not obstetric</source>
        <translation>não obstétrica</translation>
    </message>
    <message>
        <source>doubtful</source>
        <translation>duvidoso</translation>
    </message>
    <message>
        <source>Measuring… (Esc cancels)</source>
        <translation>Medindo… (Esc cancela)</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
</context>
<context>
    <name>MeasurementPanel</name>
    <message>
        <source>Measurement</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Head circumference (Ramanujan&apos;s ellipse perimeter)</source>
        <translation>Circunferência cefálica (perímetro da elipse de Ramanujan)</translation>
    </message>
    <message>
        <source>Biparietal diameter: the short axis of the ellipse, outer to outer. Hadlock&apos;s and many scanners&apos; BPD is outer to inner, about 2-3 mm less.</source>
        <translation>Diâmetro biparietal: o eixo curto da elipse, externo-externo. O DBP de Hadlock e de muitos aparelhos é externo-interno, cerca de 2-3 mm menor.</translation>
    </message>
    <message>
        <source>Occipitofrontal diameter: the long axis of the ellipse, outer to outer</source>
        <translation>Diâmetro occipitofrontal: o eixo longo da elipse, externo-externo</translation>
    </message>
    <message>
        <source>Gestational age from HC by Hadlock (1984), valid for HC 6.8-36 cm</source>
        <translation>Idade gestacional pela CC segundo Hadlock (1984), válida para CC de 6,8-36 cm</translation>
    </message>
    <message>
        <source>Gestational age from HC by INTERGROWTH-21st (2016), for scans at 14-26 weeks</source>
        <translation>Idade gestacional pela CC segundo INTERGROWTH-21st (2016), para exames com 14-26 semanas</translation>
    </message>
    <message>
        <source>The model&apos;s 95% interval of the HC: the ensemble members&apos; disagreement, calibrated on images none of them trained on</source>
        <translation>O intervalo de 95% da CC segundo o modelo: a discordância dos membros do conjunto, calibrada em imagens com que nenhum foi treinado</translation>
    </message>
    <message>
        <source>HC</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalo de 95%</translation>
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
        <translation>IG (Hadlock)</translation>
    </message>
    <message>
        <source>GA (INTERGROWTH)</source>
        <translation>IG (INTERGROWTH)</translation>
    </message>
    <message>
        <source>The GA known from dating (weeks+days), for the HC centile; empty until you type it. Measure &gt; Date This Exam dates every image of the exam from the LMP, EDD or a dating scan.</source>
        <translation>A IG conhecida pela datação (semanas+dias), para o percentil da CC; vazia até você digitá-la. Medir &gt; Datar este exame data todas as imagens do exame pela DUM, pela DPP ou por uma ultrassonografia de datação.</translation>
    </message>
    <message>
        <source>Known GA</source>
        <translation>IG conhecida</translation>
    </message>
    <message>
        <source>INTERGROWTH-21st HC standard (2014), 14-40 weeks</source>
        <translation>Padrão INTERGROWTH-21st da CC (2014), 14-40 semanas</translation>
    </message>
    <message>
        <source>z-score / centile</source>
        <translation>Escore z / percentil</translation>
    </message>
    <message>
        <source>Model confidence: 1 is a clean, elliptical, certain head outline</source>
        <translation>Confiança do modelo: 1 é um contorno da cabeça nítido, elíptico e seguro</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>I confirm this is a fetal head plane</source>
        <translation>Confirmo que este é um plano cefálico fetal</translation>
    </message>
    <message>
        <source>Overrule the head-plane check for this image: your name and the time go into the record and the report (Ctrl+Z undoes)</source>
        <translation>Sobrepor a verificação do plano cefálico para esta imagem: seu nome e o horário entram no registro e no laudo (Ctrl+Z desfaz)</translation>
    </message>
    <message>
        <source>Restore automatic ellipse</source>
        <translation>Restaurar a elipse automática</translation>
    </message>
    <message>
        <source>Discard the manual correction and use the model&apos;s ellipse</source>
        <translation>Descartar a correção manual e usar a elipse do modelo</translation>
    </message>
    <message>
        <source>No pixel size: HC is shown in pixels. Set the pixel size to get millimetres.</source>
        <translation>Sem tamanho de pixel: a CC é mostrada em pixels. Informe o tamanho do pixel para obter milímetros.</translation>
    </message>
    <message>
        <source>Withdraw my confirmation</source>
        <translation>Retirar minha confirmação</translation>
    </message>
    <message>
        <source>the user</source>
        <translation>o usuário</translation>
    </message>
    <message>
        <source>Confirmed as a fetal head plane by {who} on {when}, against the check.</source>
        <translation>Confirmado como plano cefálico fetal por {who} em {when}, contra a verificação.</translation>
    </message>
    <message>
        <source>Not confirmed as a head plane.</source>
        <translation>Não confirmado como plano cefálico.</translation>
    </message>
    <message>
        <source>{weeks} w ({weeks_days})</source>
        <translation>{weeks} sem ({weeks_days})</translation>
    </message>
    <message>
        <source>none (see below)</source>
        <translation>nenhuma (ver abaixo)</translation>
    </message>
    <message>
        <source>Check the ellipse on the skull&apos;s outer edge, the faint side walls above all.</source>
        <extracomment>What to check on a doubtful result: out of fold the measured ellipse parts from the annotators&apos; most on the side walls (horizontal extent sd 5.0 image pixels against 3.9 vertically).</extracomment>
        <translation>Verifique a elipse na borda externa do crânio, sobretudo nas paredes laterais pouco visíveis.</translation>
    </message>
    <message>
        <source>Edited by hand: the HC is yours; the model&apos;s interval no longer applies</source>
        <translation>Editada à mão: a CC é sua; o intervalo do modelo não se aplica mais</translation>
    </message>
    <message>
        <source>Measure it by hand only if it is a fetal head plane of a pregnancy.</source>
        <translation>Meça à mão somente se for um plano cefálico fetal de uma gestação.</translation>
    </message>
    <message>
        <source>The model&apos;s result was doubtful: </source>
        <translation>O resultado do modelo era duvidoso: </translation>
    </message>
    <message>
        <source>Doubtful result: </source>
        <translation>Resultado duvidoso: </translation>
    </message>
    <message>
        <source>z {z}, centile {centile} (at {ga})</source>
        <translation>z {z}, percentil {centile} (com {ga})</translation>
    </message>
    <message>
        <source>none: edited by hand</source>
        <translation>nenhum: editada à mão</translation>
    </message>
    <message>
        <source>not given by this model</source>
        <translation>não fornecido por este modelo</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <extracomment>The menus in order: name -&gt; title (marked for translation).</extracomment>
        <translation>&amp;Arquivo</translation>
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
        <translation>E&amp;xibir</translation>
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
        <translation>Aj&amp;uda</translation>
    </message>
</context>
<context>
    <name>NodeService</name>
    <message>
        <source>DICOM node off</source>
        <translation>Nó DICOM desligado</translation>
    </message>
    <message>
        <source>DICOM node {ae} on {address}</source>
        <translation>Nó DICOM {ae} em {address}</translation>
    </message>
</context>
<context>
    <name>OutgoingQueueDialog</name>
    <message>
        <source>Peer</source>
        <translation>Nó</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Na fila</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Tentativas</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Próxima tentativa</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Último erro</translation>
    </message>
    <message>
        <source>Outgoing Queue</source>
        <translation>Fila de saída</translation>
    </message>
    <message>
        <source>Retry All Now</source>
        <translation>Tentar tudo de novo agora</translation>
    </message>
    <message>
        <source>Drop Selected</source>
        <translation>Descartar selecionados</translation>
    </message>
    <message>
        <source>1 result waits to be sent; it is tried again on its own, later each time.</source>
        <translation>1 resultado aguarda envio; é tentado de novo sozinho, cada vez mais tarde.</translation>
    </message>
    <message>
        <source>{n} results wait to be sent; each is tried again on its own, later each time.</source>
        <translation>{n} resultados aguardam envio; cada um é tentado de novo sozinho, cada vez mais tarde.</translation>
    </message>
    <message>
        <source>Nothing waits to be sent.</source>
        <translation>Nada aguarda envio.</translation>
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
        <translation>Identificador da paciente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Open from PACS</source>
        <translation>Abrir do PACS</translation>
    </message>
    <message>
        <source>e.g. DOE^JANE or DOE*</source>
        <translation>p. ex. DOE^JANE ou DOE*</translation>
    </message>
    <message>
        <source>Studies from</source>
        <translation>Estudos desde</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Open Study</source>
        <translation>Abrir estudo</translation>
    </message>
    <message>
        <source>Add the PACS as a peer in DICOM &gt; Node Settings first.</source>
        <translation>Adicione primeiro o PACS como nó em DICOM &gt; Configurações do nó.</translation>
    </message>
    <message>
        <source>PACS</source>
        <translation>PACS</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nome da paciente</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>1 study found.</source>
        <translation>1 estudo encontrado.</translation>
    </message>
    <message>
        <source>{n} studies found.</source>
        <translation>{n} estudos encontrados.</translation>
    </message>
    <message>
        <source>No study matches.</source>
        <translation>Nenhum estudo corresponde.</translation>
    </message>
    <message>
        <source>Retrieving the study of {patient}…</source>
        <translation>Recuperando o estudo de {patient}…</translation>
    </message>
    <message>
        <source>The PACS sent no ultrasound image of this study.</source>
        <translation>O PACS não enviou nenhuma imagem de ultrassom deste estudo.</translation>
    </message>
</context>
<context>
    <name>PixelSizeCommands</name>
    <message>
        <source>Pixel size refused</source>
        <translation>Tamanho do pixel recusado</translation>
    </message>
    <message>
        <source>Change pixel size</source>
        <translation>Alterar o tamanho do pixel</translation>
    </message>
    <message>
        <source>Pixel sizes (CSV)</source>
        <translation>Tamanhos de pixel (CSV)</translation>
    </message>
    <message>
        <source>Pixel sizes not loaded</source>
        <translation>Tamanhos de pixel não carregados</translation>
    </message>
    <message>
        <source>Pixel sizes set for {count} of {total} images</source>
        <translation>Tamanhos de pixel definidos para {count} de {total} imagens</translation>
    </message>
    <message>
        <source>Calibration refused</source>
        <translation>Calibração recusada</translation>
    </message>
    <message>
        <source>Calibrate pixel size</source>
        <translation>Calibrar o tamanho do pixel</translation>
    </message>
</context>
<context>
    <name>PixelSizePanel</name>
    <message>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Tamanho do pixel</translation>
    </message>
    <message>
        <source>Millimetres per image pixel (0.0758 or 0,0758), committed with Enter; every mm figure follows it</source>
        <translation>Milímetros por pixel da imagem (0,0758 ou 0.0758), confirmados com Enter; cada valor em mm depende dele</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>Carregar CSV…</translation>
    </message>
    <message>
        <source>Pixel sizes by file name (HC18 form: filename,pixel size(mm)) for every open image</source>
        <translation>Tamanhos de pixel por nome de arquivo (forma HC18: filename,pixel size(mm)) para cada imagem aberta</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrar…</translation>
    </message>
    <message>
        <source>Draw a line over a known distance, such as the depth scale, and type its length</source>
        <translation>Traçar uma linha sobre uma distância conhecida, como a escala de profundidade, e digitar seu comprimento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Non-square pixels: spacing across x down</source>
        <translation>Pixels não quadrados: espaçamento horizontal x vertical</translation>
    </message>
    <message>
        <source>Set it, load a CSV or calibrate to get mm figures.</source>
        <translation>Informe-o, carregue um CSV ou calibre para obter valores em mm.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>gestational age (weeks)</source>
        <extracomment>The plotted ranges: gestational age in weeks and HC in mm.</extracomment>
        <translation>idade gestacional (semanas)</translation>
    </message>
    <message>
        <source>HC (mm)</source>
        <translation>CC (mm)</translation>
    </message>
    <message>
        <source>FetalHC measures the fetal head circumference on 2D ultrasound images to support a qualified user. Every figure in this report is a decision-support measurement: check each ellipse on its image before using it in care.</source>
        <translation>O FetalHC mede a circunferência cefálica fetal em imagens de ultrassom 2D para apoiar um usuário qualificado. Cada valor deste laudo é uma medida de apoio à decisão: verifique cada elipse em sua imagem antes de usá-la no atendimento.</translation>
    </message>
    <message>
        <source>Head plane</source>
        <extracomment>``core.verdicts.verdict_lines``&apos; labels marked for translation.</extracomment>
        <translation>Plano cefálico</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Duvidoso</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editado</translation>
    </message>
    <message>
        <source>image withheld: its header says text (which may name the patient) is burned into the pixels, and it gives no ultrasound region to keep</source>
        <extracomment>Why an anonymised report shows no image: the header says text is burned in and no region says where (the reason under it, and the words on the blank shown instead).</extracomment>
        <translation>imagem não mostrada: seu cabeçalho indica texto (que pode identificar a paciente) gravado nos pixels, e não informa nenhuma região de ultrassom a manter</translation>
    </message>
    <message>
        <source>image withheld (burned-in text)</source>
        <translation>imagem não mostrada (texto gravado)</translation>
    </message>
    <message>
        <source>FetalHC head circumference report</source>
        <translation>Laudo FetalHC de circunferência cefálica</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>não informado</translation>
    </message>
    <message>
        <source>withheld (anonymised report)</source>
        <translation>omitido (laudo anonimizado)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Patient ID</source>
        <translation>Identificador da paciente</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Nascida em</translation>
    </message>
    <message>
        <source>withheld</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Exam</source>
        <translation>Exame</translation>
    </message>
    <message>
        <source>Accession</source>
        <translation>Número de acesso</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instituição</translation>
    </message>
    <message>
        <source>Fetal head circumference</source>
        <translation>Circunferência cefálica fetal</translation>
    </message>
    <message>
        <source>Measurements</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>No pixel size is known for this exam: HC is given in pixels only, with no mm figures.</source>
        <translation>Nenhum tamanho de pixel é conhecido para este exame: a CC é dada só em pixels, sem valores em mm.</translation>
    </message>
    <message>
        <source>Growth chart (INTERGROWTH-21st)</source>
        <translation>Curva de crescimento (INTERGROWTH-21st)</translation>
    </message>
    <message>
        <source>Image {number}: {file}</source>
        <translation>Imagem {number}: {file}</translation>
    </message>
    <message>
        <source>, frame {frame}</source>
        <translation>, quadro {frame}</translation>
    </message>
    <message>
        <source>ellipse edited by hand</source>
        <translation>elipse editada à mão</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Pixel size</source>
        <translation>Tamanho do pixel</translation>
    </message>
    <message>
        <source>Made on {date} by FetalHC {version} with the model {model} (SHA-256 of its network file {sha}).</source>
        <translation>Feito em {date} pelo FetalHC {version} com o modelo {model} (SHA-256 do seu arquivo de rede {sha}).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Sobre este laudo</translation>
    </message>
    <message>
        <source>Intended use.</source>
        <translation>Uso pretendido.</translation>
    </message>
    <message>
        <source>HC (95%)</source>
        <extracomment>The figures table&apos;s column headings after &quot;#&quot;.</extracomment>
        <translation>CC (95%)</translation>
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
        <translation>IG Hadlock</translation>
    </message>
    <message>
        <source>GA IG-21</source>
        <translation>IG IG-21</translation>
    </message>
    <message>
        <source>z / centile (at GA)</source>
        <translation>z / centil (na IG)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualidade</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>{z} / {centile} (at {ga})</source>
        <translation>{z} / {centile} (com {ga})</translation>
    </message>
    <message>
        <source>withheld (at {ga}: see notes)</source>
        <translation>omitido (com {ga}: ver notas)</translation>
    </message>
    <message>
        <source>confirmed by user</source>
        <translation>confirmado pelo usuário</translation>
    </message>
    <message>
        <source>yes: {reasons}</source>
        <translation>sim: {reasons}</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Folder for the reports</source>
        <translation>Pasta para os laudos</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Nada a imprimir</translation>
    </message>
    <message>
        <source>Measure an image of this exam first.</source>
        <translation>Meça primeiro uma imagem deste exame.</translation>
    </message>
    <message>
        <source>No report</source>
        <translation>Sem laudo</translation>
    </message>
    <message>
        <source>Measure at least one image first.</source>
        <translation>Meça primeiro pelo menos uma imagem.</translation>
    </message>
    <message>
        <source>Report not written</source>
        <translation>Laudo não gravado</translation>
    </message>
    <message>
        <source>1 report written to {folder}</source>
        <translation>1 laudo gravado em {folder}</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}</source>
        <translation>{n} laudos gravados em {folder}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refazer</translation>
    </message>
    <message>
        <source>Previous/next image in the list</source>
        <translation>Imagem anterior/seguinte da lista</translation>
    </message>
    <message>
        <source>Up/Down</source>
        <translation>Cima/Baixo</translation>
    </message>
    <message>
        <source>Choose an ellipse handle (in the image)</source>
        <translation>Escolher uma alça da elipse (na imagem)</translation>
    </message>
    <message>
        <source>Move the chosen handle by one pixel (ten)</source>
        <translation>Mover a alça escolhida um pixel (dez)</translation>
    </message>
    <message>
        <source>Arrows (Shift+Arrows)</source>
        <translation>Setas (Shift+setas)</translation>
    </message>
    <message>
        <source>Drag both ends of an axis about the centre</source>
        <translation>Arrastar as duas pontas de um eixo em torno do centro</translation>
    </message>
    <message>
        <source>Shift+drag</source>
        <translation>Shift+arrastar</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>Training ran out of memory. Choose a smaller image size or batch size.</source>
        <translation>O treinamento ficou sem memória. Escolha um tamanho de imagem ou de lote menor.</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Loss</source>
        <translation>Perda</translation>
    </message>
    <message>
        <source>Dice</source>
        <translation>Dice</translation>
    </message>
    <message>
        <source>Validation HC error (mm)</source>
        <translation>Erro de CC na validação (mm)</translation>
    </message>
    <message>
        <source>training</source>
        <extracomment>Legend label and colour of each logged series; &quot;second:&quot; marks the second stage&apos;s (on crops).</extracomment>
        <translation>treinamento</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validação</translation>
    </message>
    <message>
        <source>mean absolute</source>
        <translation>média absoluta</translation>
    </message>
    <message>
        <source>2nd stage training</source>
        <translation>treinamento 2ª etapa</translation>
    </message>
    <message>
        <source>2nd stage validation</source>
        <translation>validação 2ª etapa</translation>
    </message>
    <message>
        <source>{count} image/annotation pairs found.</source>
        <translation>{count} pares imagem/anotação encontrados.</translation>
    </message>
    <message>
        <source>Pixel sizes from {file}.</source>
        <translation>Tamanhos de pixel de {file}.</translation>
    </message>
    <message>
        <source>images without annotation</source>
        <translation>imagens sem anotação</translation>
    </message>
    <message>
        <source>annotations without image</source>
        <translation>anotações sem imagem</translation>
    </message>
    <message>
        <source>unreadable files</source>
        <translation>arquivos ilegíveis</translation>
    </message>
    <message>
        <source>images missing from the CSV</source>
        <translation>imagens ausentes do CSV</translation>
    </message>
    <message>
        <source>Cannot train: </source>
        <translation>Não é possível treinar: </translation>
    </message>
    <message>
        <source>Split by subject: {test} test images ({test_subjects} subjects) that no member sees; each of the {members} members trains on about {train} images and validates on about {val} (one of {members} subject folds).</source>
        <translation>Divisão por sujeito: {test} imagens de teste ({test_subjects} sujeitos) que nenhum membro vê; cada um dos {members} membros treina com cerca de {train} imagens e valida com cerca de {val} (uma de {members} dobras de sujeitos).</translation>
    </message>
    <message>
        <source>Split by subject: {train} training images ({train_subjects} subjects), {val} validation images ({val_subjects} subjects).</source>
        <translation>Divisão por sujeito: {train} imagens de treinamento ({train_subjects} sujeitos), {val} imagens de validação ({val_subjects} sujeitos).</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Treinar um modelo</translation>
    </message>
    <message>
        <source>Dataset (HC18 layout: images, _Annotation masks, pixel-size CSV)</source>
        <translation>Conjunto de dados (formato HC18: imagens, máscaras _Annotation, CSV de tamanhos de pixel)</translation>
    </message>
    <message>
        <source>Folder with NNN_HC.png and NNN_HC_Annotation.png</source>
        <translation>Pasta com NNN_HC.png e NNN_HC_Annotation.png</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Look at the folder and report what it holds</source>
        <translation>Examinar a pasta e informar o que ela contém</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Escolha uma pasta.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Fine-tune the model in use</source>
        <translation>Ajustar o modelo em uso</translation>
    </message>
    <message>
        <source>Train from scratch</source>
        <translation>Treinar do zero</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Ponto de partida</translation>
    </message>
    <message>
        <source>Passes over the training images</source>
        <translation>Passagens pelas imagens de treinamento</translation>
    </message>
    <message>
        <source>Passes of the second stage, the network that delineates the head again on a crop around the first ellipse, as in the bundled model (the crop has as many pixels a side as the image size has rows); 0: a one-stage model</source>
        <translation>Passagens da segunda etapa, a rede que delimita de novo a cabeça em um recorte em torno da primeira elipse, como no modelo incluído (o recorte tem tantos pixels de lado quanto o tamanho da imagem tem linhas); 0: um modelo de uma etapa</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <source>Images per training step; lower it if memory runs out</source>
        <translation>Imagens por passo de treinamento; reduza se faltar memória</translation>
    </message>
    <message>
        <source>Initial learning rate (cosine decay)</source>
        <translation>Taxa de aprendizado inicial (decaimento cosseno)</translation>
    </message>
    <message>
        <source>Model input in pixels (rows x cols); larger is slower and finer</source>
        <translation>Entrada do modelo em pixels (linhas x colunas); maior é mais lento e mais fino</translation>
    </message>
    <message>
        <source>Share of subjects kept for validation</source>
        <translation>Proporção de sujeitos reservados para validação</translation>
    </message>
    <message>
        <source>1: one model, the quick run. 2 or more: an ensemble of models, one per subject fold, whose disagreement gives every HC a 95% interval calibrated on the test subjects</source>
        <translation>1: um modelo, a execução rápida. 2 ou mais: um conjunto de modelos, um por dobra de sujeitos, cuja discordância dá a cada CC um intervalo de 95% calibrado nos sujeitos de teste</translation>
    </message>
    <message>
        <source>Subjects no ensemble member sees; its interval is calibrated there</source>
        <translation>Sujeitos que nenhum membro do conjunto vê; seu intervalo é calibrado ali</translation>
    </message>
    <message>
        <source>Augmentation (flips, rotation, scale, gain, speckle, blur)</source>
        <translation>Aumento de dados (espelhamentos, rotação, escala, ganho, speckle, desfoque)</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same split</source>
        <translation>Semente aleatória: a mesma semente dá a mesma divisão</translation>
    </message>
    <message>
        <source>Time per epoch: measured once training starts.</source>
        <translation>Tempo por época: medido quando o treinamento começa.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Épocas</translation>
    </message>
    <message>
        <source>Second-stage epochs</source>
        <translation>Épocas da 2ª etapa</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Tamanho do lote</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Taxa de aprendizado</translation>
    </message>
    <message>
        <source>Ensemble members</source>
        <translation>Membros do conjunto</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamanho da imagem</translation>
    </message>
    <message>
        <source>Validation fraction</source>
        <translation>Fração de validação</translation>
    </message>
    <message>
        <source>Test fraction (ensemble)</source>
        <translation>Fração de teste (conjunto)</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semente</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Pasta de saída</translation>
    </message>
    <message>
        <source>{members} ensemble members</source>
        <translation>{members} membros do conjunto</translation>
    </message>
    <message>
        <source>one model</source>
        <translation>um modelo</translation>
    </message>
    <message>
        <source>both stages</source>
        <translation>as duas etapas</translation>
    </message>
    <message>
        <source>one stage</source>
        <translation>uma etapa</translation>
    </message>
    <message>
        <source>Expected time for {what} ({stages}): about {duration} on a 2-core CPU; measured once training starts.</source>
        <translation>Tempo previsto para {what} ({stages}): cerca de {duration} em uma CPU de 2 núcleos; medido quando o treinamento começa.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Não iniciado.</translation>
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
        <translation>Parar no lote atual; a última época concluída é mantida</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Continue from the last finished epoch in the output folder</source>
        <translation>Continuar da última época concluída na pasta de saída</translation>
    </message>
    <message>
        <source>Use this model</source>
        <translation>Usar este modelo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Dataset folder</source>
        <translation>Pasta do conjunto de dados</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} não é uma pasta.</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translation>Não é possível iniciar</translation>
    </message>
    <message>
        <source>Resuming training into {folder}</source>
        <translation>Retomando o treinamento em {folder}</translation>
    </message>
    <message>
        <source>Starting training into {folder}</source>
        <translation>Iniciando o treinamento em {folder}</translation>
    </message>
    <message>
        <source>Preparing the data (the first run reads every image once)…</source>
        <translation>Preparando os dados (a primeira execução lê cada imagem uma vez)…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Parando após o lote atual…</translation>
    </message>
    <message>
        <source>, about {duration} left</source>
        <translation>, faltam cerca de {duration}</translation>
    </message>
    <message>
        <source>Member {member} of {members}</source>
        <translation>Membro {member} de {members}</translation>
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
        <translation>Tempo por época da 2ª etapa: cerca de {duration} (medido).</translation>
    </message>
    <message>
        <source>Time per epoch: about {duration} (measured).</source>
        <translation>Tempo por época: cerca de {duration} (medido).</translation>
    </message>
    <message>
        <source>Stopped after epoch {epoch}; Resume continues from there.</source>
        <translation>Parado após a época {epoch}; Retomar continua dali.</translation>
    </message>
    <message>
        <source>Finished: the model is in {folder}.</source>
        <translation>Concluído: o modelo está em {folder}.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>O treinamento falhou.</translation>
    </message>
    <message>
        <source>error: {message}</source>
        <translation>erro: {message}</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Falha no treinamento</translation>
    </message>
    <message>
        <source>New model on {count} test images (subjects no member saw): {figures}.</source>
        <translation>Novo modelo em {count} imagens de teste (sujeitos que nenhum membro viu): {figures}.</translation>
    </message>
    <message>
        <source>New model on {count} validation images: {figures}.</source>
        <translation>Novo modelo em {count} imagens de validação: {figures}.</translation>
    </message>
    <message>
        <source>Model in use on the same images: {figures}.</source>
        <translation>Modelo em uso nas mesmas imagens: {figures}.</translation>
    </message>
    <message>
        <source>Stop training?</source>
        <translation>Parar o treinamento?</translation>
    </message>
    <message>
        <source>Training is running. Stop it? The last finished epoch is kept and can be resumed.</source>
        <translation>O treinamento está em andamento. Parar? A última época concluída é mantida e pode ser retomada.</translation>
    </message>
    <message>
        <source>no figures</source>
        <translation>sem valores</translation>
    </message>
    <message>
        <source>HC error {adf} mm mean absolute ({df} mm mean), p95 {p95} mm, {failures} failures</source>
        <translation>Erro de CC {adf} mm média absoluta ({df} mm média), p95 {p95} mm, {failures} falhas</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>FetalHC User Guide</source>
        <extracomment>Room (logical pixels) left beside a picture for the page&apos;s margins and the scroll bar.</extracomment>
        <translation>Guia do usuário do FetalHC</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avançar</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Conteúdo</translation>
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
        <translation>Restaurar a elipse automática</translation>
    </message>
    <message>
        <source>Clear GA</source>
        <translation>Apagar IG</translation>
    </message>
    <message>
        <source>Enter GA {ga}</source>
        <translation>Informar IG {ga}</translation>
    </message>
    <message>
        <source>Confirm head plane</source>
        <translation>Confirmar o plano cefálico</translation>
    </message>
    <message>
        <source>Withdraw head-plane confirmation</source>
        <translation>Retirar a confirmação do plano cefálico</translation>
    </message>
    <message>
        <source>Date exam ({dating})</source>
        <translation>Datar o exame ({dating})</translation>
    </message>
    <message>
        <source>Pixel size from {file}</source>
        <translation>Tamanho do pixel de {file}</translation>
    </message>
    <message>
        <source>There is no image to export.</source>
        <translation>Não há imagem para exportar.</translation>
    </message>
    <message>
        <source>The file was kept as {kept}; FetalHC starts with an empty session.</source>
        <translation>O arquivo foi mantido como {kept}; o FetalHC começa com uma sessão vazia.</translation>
    </message>
</context>
</TS>
