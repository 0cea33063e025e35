import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, schools, agencies, people and figures are made up.
const classify = classifyChecked;

interface Case {
  readonly title: string;
  readonly summary: string;
}

describe('people watched: hidden cameras, trackers, monitoring software, staff looking into files', () => {
  it('is a privacy story in each language', () => {
    const cases: Case[] = [
      {
        title: 'Landlord hid cameras in smoke alarms of rented flat',
        summary:
          'A tenant in Harlow found two tiny cameras inside the smoke detectors of her one-bedroom flat. Police have arrested her 54-year-old landlord on suspicion of voyeurism.',
      },
      {
        title: '房東在出租套房裝針孔 女房客驚嚇報警',
        summary: '台中一名女大學生發現租屋處浴室排風扇內藏有針孔攝影機，警方循線查出是55歲陳姓房東所裝，全案依妨害秘密罪移送偵辦。',
      },
      {
        title: 'Des caméras cachées dans un studio loué : le propriétaire en garde à vue',
        summary:
          "À Villeurbanne, une locataire a découvert un objectif dissimulé dans le détecteur de fumée de sa chambre. Son bailleur, 61 ans, est soupçonné d'atteinte à l'intimité de la vie privée.",
      },
      {
        title: 'Detenido un casero por instalar cámaras ocultas en el piso que alquilaba',
        summary:
          'Una inquilina de Valencia encontró dos cámaras camufladas en un cargador de enchufe y en el salón. La Policía Nacional ha arrestado al propietario por un presunto delito de descubrimiento y revelación de secretos.',
      },
      {
        title: "Telecamere nascoste nell'appartamento in affitto, denunciato il proprietario",
        summary:
          'Una studentessa fuorisede a Bologna ha trovato una microcamera nel rilevatore di fumo della sua stanza. Il padrone di casa, 58 anni, è indagato per interferenze illecite nella vita privata.',
      },
      {
        title: "Verhuurder hing verborgen camera's op in huurwoning",
        summary: 'Een huurster in Utrecht ontdekte een cameraatje in de rookmelder van haar slaapkamer. De politie heeft de 47-jarige verhuurder aangehouden.',
      },
      {
        title: "Man who hid GPS tracker on ex's car convicted of stalking",
        summary:
          "Gareth Pollard, 39, secretly fixed a tracking device under his former partner's car and monitored her movements for three months, Norwich Crown Court heard. He was handed a suspended sentence and a restraining order.",
      },
      {
        title: 'Il pistait son ex-compagne grâce à une balise GPS : six mois ferme',
        summary:
          'Le tribunal correctionnel de Rennes a condamné un homme de 44 ans qui avait caché un traceur sous la voiture de son ancienne compagne pour connaître en permanence ses déplacements.',
      },
      {
        title: 'Peilsender am Auto der Ex-Freundin: Bewährungsstrafe',
        summary:
          'Das Amtsgericht Bielefeld hat einen 36-Jährigen wegen Nachstellung verurteilt. Er hatte monatelang einen GPS-Tracker unter dem Wagen seiner früheren Partnerin versteckt.',
      },
      {
        title: 'Condenado por colocar un localizador en el coche de su expareja',
        summary:
          'Un juzgado de Zaragoza ha impuesto un año de prisión a un hombre que ocultó un dispositivo GPS en el vehículo de su exmujer para controlar dónde estaba en cada momento.',
      },
      {
        title: "Gps nascosto sull'auto dell'ex, condannato per stalking",
        summary:
          'Il tribunale di Brescia ha inflitto un anno e otto mesi a un 41enne che aveva piazzato un localizzatore sotto la vettura della ex compagna per seguirne ogni spostamento.',
      },
      {
        title: 'Man verstopte gps-tracker onder auto van ex: taakstraf en contactverbod',
        summary:
          'De rechtbank in Arnhem veroordeelde een 33-jarige man voor belaging. Hij volgde zijn ex-vriendin maandenlang via een tracker die hij onder haar auto had geplakt.',
      },
      {
        title: "Schools monitoring pupils' laptops and web searches",
        summary:
          "Dozens of secondary schools use software that logs every search and flags keywords on pupils' school laptops, even at home in the evening, a parents' group has found.",
      },
      {
        title: '學習平板暗藏監控 學生搜尋紀錄全被看光',
        summary: '教育局發放的學習平板預裝管理軟體，可即時查看學生瀏覽網頁與搜尋關鍵字，連放學後在家使用也會留下紀錄，家長質疑侵犯隱私。',
      },
      {
        title: 'Ordinateurs scolaires : un logiciel épie les recherches des élèves',
        summary:
          'Plusieurs lycées ont installé sur les ordinateurs prêtés aux élèves un programme qui enregistre leurs recherches et signale des mots-clés, y compris le soir et le week-end.',
      },
      {
        title: 'Schulen überwachen Laptops und Suchanfragen von Schülern',
        summary:
          'An mehreren Gesamtschulen protokolliert eine Software alle Suchbegriffe auf den Leihgeräten der Schüler und meldet auffällige Wörter an die Lehrkräfte.',
      },
      {
        title: 'Colegios vigilan los portátiles y las búsquedas de sus alumnos',
        summary:
          'Un programa instalado en los ordenadores escolares registra cada búsqueda de los estudiantes y avisa al centro si detecta palabras sospechosas, incluso fuera del horario lectivo.',
      },
      {
        title: 'Scuole, un software controlla pc e ricerche degli studenti',
        summary:
          'In diversi istituti i portatili dati in comodato agli alunni registrano le ricerche online e segnalano parole chiave ai docenti. I genitori protestano.',
      },
      {
        title: 'Scholen kijken mee op laptops van leerlingen',
        summary:
          "Tientallen middelbare scholen gebruiken monitoringsoftware die zoekopdrachten van leerlingen vastlegt en verdachte woorden doorgeeft aan mentoren, ook 's avonds thuis.",
      },
      {
        title: '明星就诊信息遭窥探 医院6名员工被处分',
        summary: '江城市第三人民医院通报，6名工作人员在无诊疗需要的情况下查阅了某知名演员的电子病历，涉事人员已停职，院方表示将收紧系统访问权限。',
      },
      {
        title: 'Unbefugte Blicke in die Krankenakte eines Bundesliga-Trainers',
        summary:
          'Am Klinikum Hellersdorf-Süd haben mindestens neun Beschäftigte ohne Behandlungsbezug die Patientenakte von Marco Lindqvist aufgerufen. Die Klinik hat den Vorfall der Datenschutzaufsicht gemeldet.',
      },
      {
        title: '入境新制明年上路 旅客須按指紋、拍臉部影像',
        summary: '移民署宣布，明年起外籍旅客入境須留存指紋及臉部影像，資料將保存五年，隱私團體關切保存期限過長。',
      },
      {
        title: 'Aux frontières, empreintes digitales et photo du visage deviennent obligatoires',
        summary:
          "Le nouveau système d'enregistrement des entrées et sorties impose aux voyageurs extra-européens de fournir leurs empreintes et une image faciale, conservées trois ans.",
      },
      {
        title: 'Reizigers moeten vingerafdrukken en gezichtsscan afgeven aan de grens',
        summary:
          'Vanaf volgend jaar legt de marechaussee van reizigers van buiten de EU vingerafdrukken en een gezichtsfoto vast. Privacyorganisaties maken zich zorgen over de bewaartermijn.',
      },
      {
        title: 'Una operadora vendió la ubicación de sus clientes a intermediarios de datos',
        summary:
          'Telmovil comercializó durante años la geolocalización de sus abonados, según una investigación periodística. Los datos acababan en manos de empresas de publicidad.',
      },
    ];
    for (const { title, summary } of cases) expect(classify({ title, summary }).inScope, title).toBe(true);
  });
});

describe('people’s data lost, shown to others, linked or scored', () => {
  it('is a privacy story in each language', () => {
    const cases: Case[] = [
      {
        title: '區公所寄信忘了用密件副本 數百名居民電郵外洩',
        summary: '新北某區公所寄送都更說明會通知時，把480名居民的電子郵件地址全部列在收件人欄，公所坦承作業疏失並公開致歉。',
      },
      {
        title: 'La mairie écrit à 800 habitants… en laissant toutes les adresses visibles',
        summary:
          "Un agent de la mairie de Saint-Aubin-des-Prés a oublié la copie cachée : les adresses électroniques de 800 administrés ont été dévoilées à l'ensemble des destinataires.",
      },
      {
        title: 'Stadtverwaltung verschickt Rundmail mit offenem Verteiler',
        summary:
          'Die Stadt Lindenau hat eine E-Mail an rund 450 Bürgerinnen und Bürger verschickt, ohne die Adressen ins BCC zu setzen. Die Panne wurde der Datenschutzbehörde gemeldet.',
      },
      {
        title: 'Un ayuntamiento deja a la vista los correos de 700 vecinos',
        summary:
          'El Ayuntamiento de Villanueva del Prado envió un aviso sobre las obras del barrio con todas las direcciones en el campo de destinatarios en lugar de en copia oculta.',
      },
      {
        title: 'Email ai cittadini con tutti gli indirizzi in chiaro, il Comune si scusa',
        summary:
          'Il Comune di Castelverde ha inviato una comunicazione sulla raccolta differenziata a 530 residenti senza usare la copia nascosta, rendendo visibili gli indirizzi di tutti.',
      },
      {
        title: "Pupils' records lost on train on unencrypted memory stick",
        summary:
          'A teacher at Holloway Park Academy left a USB stick holding the names, addresses and special needs details of 1,200 pupils on a commuter train. It has not been recovered.',
      },
      {
        title: 'Une clé USB contenant les dossiers de 900 élèves perdue dans un TER',
        summary:
          "Un enseignant d'un collège de Besançon a égaré dans le train une clé non chiffrée où figuraient noms, adresses et bulletins d'élèves. Le rectorat a prévenu les familles.",
      },
      {
        title: 'Una profesora pierde en el tren un pendrive con datos de 600 alumnos',
        summary:
          'El dispositivo, sin cifrar, contenía nombres, notas e informes de salud de estudiantes de un instituto de Getafe. La consejería ha abierto una investigación.',
      },
      {
        title: 'Perde in treno una chiavetta con i dati di 800 studenti',
        summary:
          'Un docente di un istituto tecnico di Pavia ha smarrito sul regionale una pennetta non cifrata con nomi, voti e certificati medici degli alunni. La scuola ha notificato la violazione.',
      },
      {
        title: "Chatbot bug showed users other people's conversation titles",
        summary:
          "A fault in the AssistMe chatbot briefly displayed the titles of other users' chats in the sidebar. The company says message content was not exposed and the bug has been fixed.",
      },
      {
        title: '聊天機器人出包 用戶看見他人對話標題',
        summary: 'AI聊天服務「問問」因程式錯誤，部分用戶側邊欄短暫出現陌生人的對話標題，業者表示已修復，對話內容未外洩。',
      },
      {
        title: 'AI聊天助手出现漏洞 用户能看到他人对话标题',
        summary: '某AI聊天应用因系统故障，部分用户在历史记录栏中看到了其他用户的对话标题。公司称已紧急修复，对话正文未受影响。',
      },
      {
        title: "Un bug du chatbot affiche les titres des conversations d'autres utilisateurs",
        summary:
          "Pendant plusieurs heures, des utilisateurs de Causeo ont vu apparaître dans leur historique les intitulés de discussions d'inconnus. L'éditeur assure que le contenu des échanges n'a pas fuité.",
      },
      {
        title: 'Un fallo del chatbot muestra a los usuarios títulos de conversaciones ajenas',
        summary:
          'Un error en el asistente Charla permitió durante unas horas ver los títulos del historial de otros usuarios. La empresa asegura que el contenido de los mensajes no quedó expuesto.',
      },
      {
        title: 'Falla nel chatbot, visibili i titoli delle chat di altri utenti',
        summary:
          "Per un errore tecnico, alcuni utenti dell'assistente Chiacchiera hanno visto nella cronologia i titoli delle conversazioni di sconosciuti. L'azienda ha corretto il problema.",
      },
      {
        title: 'Fout in chatbot toonde titels van gesprekken van anderen',
        summary:
          'Door een bug zagen gebruikers van ChatMaatje korte tijd de titels van gesprekken van andere gebruikers in hun zijbalk. Volgens het bedrijf is de inhoud niet gelekt.',
      },
      {
        title: 'Government plans single database linking tax, health and benefits records',
        summary:
          'Ministers want to merge data held by the tax office, the health service and the benefits agency into one system to fight fraud, alarming privacy campaigners.',
      },
      {
        title: '政府擬串接稅務、健保與社福資料庫 學者憂全民監控',
        summary: '行政院規劃建立跨部會資料平台，整合稅籍、就醫與社福補助資料以防堵詐領，隱私團體擔心資料集中後遭濫用。',
      },
      {
        title: '税务、医保、社保数据拟“一库统管”',
        summary: '某省公布方案，计划将税务、医保和社会救助数据库统一归集至省级平台，专家提醒需明确个人信息的使用边界和访问权限。',
      },
      {
        title: 'Le gouvernement veut croiser les fichiers fiscaux, sociaux et de santé',
        summary:
          "Un projet de décret prévoit l'interconnexion des données du fisc, de l'assurance maladie et des caisses d'allocations pour lutter contre la fraude. Les défenseurs des libertés s'alarment.",
      },
      {
        title: 'Bund plant Zusammenführung von Steuer-, Gesundheits- und Sozialdaten',
        summary:
          'Das Finanzministerium will Daten von Finanzämtern, Krankenkassen und Jobcentern auf einer zentralen Plattform verknüpfen. Kritiker warnen vor dem gläsernen Bürger.',
      },
      {
        title: 'El Gobierno quiere unir en una sola base los datos fiscales, sanitarios y de prestaciones',
        summary:
          'El anteproyecto permitiría cruzar la información de Hacienda, la sanidad pública y la Seguridad Social. Juristas alertan del riesgo para la intimidad.',
      },
      {
        title: "Fisco, sanità e welfare in un'unica banca dati: il piano del governo",
        summary:
          'Il ministero punta a collegare i dati tributari, il fascicolo sanitario e gli archivi previdenziali per contrastare le frodi. Gli esperti di privacy chiedono cautela.',
      },
      {
        title: 'Kabinet wil belasting-, zorg- en uitkeringsdata koppelen',
        summary:
          'Een wetsvoorstel moet het mogelijk maken gegevens van de Belastingdienst, zorgverzekeraars en uitkeringsinstanties in één systeem samen te brengen. Privacydeskundigen waarschuwen voor een nieuwe toeslagenaffaire.',
      },
      {
        title: "Court rules credit bureau's scoring of consumers unlawful",
        summary:
          "The High Court found that ScoreRight built credit scores from people's postcodes and payment histories without a proper legal basis, and ordered it to stop.",
      },
      {
        title: "Le score de solvabilité d'une agence jugé illégal",
        summary:
          'Le tribunal a estimé que la société Solvabilis notait les particuliers à partir de données collectées sans base légale et lui a ordonné de cesser cette pratique.',
      },
      {
        title: 'Un tribunal declara ilegal el sistema de puntuación de una agencia de solvencia',
        summary:
          'La sentencia concluye que Solvencia Plus calificaba a los ciudadanos con datos de impagos sin verificar y sin informarles. Deberá borrar las puntuaciones afectadas.',
      },
      {
        title: "Fitness app passed users' step counts to health insurer",
        summary:
          'Users of the StrideUp app have discovered that their daily activity data was being shared with Meridian Health, which used it to adjust premiums. Campaigners say consent was buried in the small print.',
      },
      {
        title: '運動App步數傳給保險公司 竟用來調整保費',
        summary: '「走走樂」App被揭露將用戶每日步數與心率資料提供給合作壽險公司，作為保費折扣或加價的依據，消保團體批評告知不足。',
      },
      {
        title: '健身App把用户步数交给保险公司定保费',
        summary: '媒体调查发现，一款热门运动App将用户步数、睡眠等数据共享给合作保险公司，后者据此调整健康险保费，不少用户表示从未明确同意。',
      },
      {
        title: 'Vos pas comptés par votre assureur : une appli de fitness dans la tourmente',
        summary:
          "L'application FitMouv transmettait le nombre de pas quotidiens de ses utilisateurs à la mutuelle Santéa, qui s'en servait pour moduler les cotisations.",
      },
      {
        title: 'Una app de ejercicio cedía los pasos de sus usuarios a una aseguradora',
        summary:
          'Salud Vital utilizaba los datos de actividad de la aplicación MueveT para fijar el precio de sus pólizas, según ha denunciado una asociación de consumidores.',
      },
      {
        title: "I passi contati dall'app finiscono all'assicurazione",
        summary:
          "L'app di fitness PassoPasso condivideva i dati sull'attività fisica degli utenti con una compagnia assicurativa, che li usava per calcolare i premi delle polizze sanitarie.",
      },
      {
        title: 'Fitnessapp deelde stappen van gebruikers met zorgverzekeraar',
        summary:
          'Verzekeraar Zekerzorg gebruikte stappentellergegevens uit de app StapFit om premies te bepalen. Gebruikers zeggen daar nooit bewust toestemming voor te hebben gegeven.',
      },
      {
        title: 'AI篩履歷、看面試影片 主管機關要求業者說明',
        summary: '人力平台「職快配」導入AI分析求職者履歷與視訊面試表情並自動評分，遭質疑未充分告知，個資主管機關已發函要求說明蒐集與判斷機制。',
      },
    ];
    for (const { title, summary } of cases) expect(classify({ title, summary }).inScope, title).toBe(true);
  });
});

describe('people’s photos, records and posts used to train AI', () => {
  it('is AI training on personal data in each language', () => {
    const cases: Case[] = [
      {
        title: "Une appli photo s'octroie le droit d'entraîner son IA avec vos clichés",
        summary:
          "Les nouvelles conditions d'utilisation de Photalia autorisent l'entreprise à exploiter les photos de ses utilisateurs, visages compris, pour perfectionner son intelligence artificielle.",
      },
      {
        title: "L'app di foto cambia le regole: le immagini degli utenti addestreranno l'IA",
        summary:
          "Con l'aggiornamento dei termini di servizio, ScattoLibero potrà usare le foto caricate dagli iscritti per allenare i propri algoritmi di intelligenza artificiale.",
      },
      {
        title: 'Tech-Konzern trainierte Vorhersage-KI mit Millionen Patientenakten',
        summary:
          'DataMed nutzte Behandlungsdaten von rund vier Millionen Patienten aus Partnerkliniken, um ein Modell zur Vorhersage von Herzinfarkten zu entwickeln.',
      },
      {
        title: 'Start-up scraped social media profiles to build face search engine',
        summary:
          "FaceTrace harvested billions of public profile pictures to train a tool that lets anyone upload a photo and find a stranger's accounts. Regulators in three countries are investigating.",
      },
      {
        title: 'Une start-up a aspiré des profils publics pour créer un moteur de recherche de visages',
        summary:
          "VisaTrace a collecté des milliards de photos sur les réseaux sociaux pour entraîner un outil capable de retrouver n'importe qui à partir d'un simple cliché.",
      },
      {
        title: 'Una start-up rastreó perfiles de redes sociales para crear un buscador de caras',
        summary:
          'RostroID descargó millones de fotos públicas para entrenar un sistema que identifica a cualquier persona a partir de una imagen. Varias autoridades europeas investigan.',
      },
      {
        title: 'Foto dei social usate per un motore di ricerca dei volti',
        summary:
          'La startup VoltoScan ha raccolto in massa immagini dai profili pubblici per addestrare un sistema che riconosce chiunque da una sola foto. Indagano le autorità per la privacy.',
      },
    ];
    for (const { title, summary } of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('ai-training');
    }
  });
});
