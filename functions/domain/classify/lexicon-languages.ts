/**
 * The classifier's vocabulary in the languages besides English that Newsdesk reads: French,
 * German, Spanish, Italian, Dutch and Chinese in both scripts. Terms are listed under the id
 * of the cue they join in `lexicon.ts`, so each cue keeps one weight and one rule in every
 * language, and evidence names the same rule whatever the story's language.
 *
 * To add a language: add its terms under each cue id below (and its names of places,
 * regulators and laws in `functions/taxonomy/taxonomy.json`), its words for whose data and
 * for the link between data and AI in the word lists at the end, and a unit test with an
 * invented story in it. German runs words together: list the compounds the press uses
 * ("Datenleck", "Datenschutzbehörde"), since terms match whole words only. Chinese terms
 * match anywhere.
 */

/**
 * Training data is data for a model: with people's data in the same sentence ("个人信息 in
 * 训练数据") it is AI training on personal data, with no verb needed. They are AI words of
 * their own cue (`ai:training-data` in `lexicon.ts`), so the rule tells them by their cue.
 */
export const TRAINING_DATA_TERMS: readonly string[] = [
  'training data', '訓練數據', '训练数据', '訓練資料', '训练资料', 'Trainingsdaten', "données d'entraînement", 'datos de entrenamiento',
  'dati di addestramento', 'trainingsdata',
  // A training corpus is training data ("训练语料").
  '訓練語料', '训练语料', 'corpus d\'entraînement', 'Trainingskorpus',
  // Learning data, as French also says it ("bases de données d'apprentissage").
  "données d'apprentissage", "bases de données d'apprentissage", "base de données d'apprentissage", "jeux de données d'entraînement",
  "corpus d'apprentissage", 'corpus d’apprentissage', "bases d'apprentissage", 'bases d’apprentissage', "base d'apprentissage",
  'désapprentissage', 'machine unlearning',
  'training dataset', 'training datasets', 'training set', 'Trainingsdatensatz', 'Trainingsdatensätze', 'KI-Trainingsdatensatz',
  'datos de aprendizaje', "dati di apprendimento", 'Lerndaten',
  // An AI's learning, as Chinese renders Korean and Japanese reports ("AI学习过程中的个人信息").
  'AI学习', 'AI學習', '人工智能学习', '人工智慧學習', '人工智能學習',
];

/**
 * Selling and tracking people's data, as a family: each language's verbs of sale with the kinds
 * of data about people that are sold (where they are, how they drive, what they browse), so
 * "vender datos de ubicación", "Standortdaten verkauft", "出售定位數據" are cues without listing
 * each sentence. The kinds alone are profiling cues (`scope:profiling`).
 */
const SOLD_DATA_KINDS: Readonly<Record<string, { verbs: readonly string[]; kinds: readonly string[]; after?: boolean }>> = {
  en: {
    verbs: ['sell', 'sells', 'selling', 'sold', 'sale of', 'resell', 'reselling', 'resold'],
    kinds: ['location data', 'geolocation data', 'driving data', 'browsing data', 'precise location data', 'their location', 'their data'],
  },
  fr: {
    verbs: ['vendre', 'vend', 'vendait', 'vendu', 'revendre', 'revendu', 'vente de', 'vente des', 'vendre les', 'vendre des', 'vendu les', 'vendu des'],
    kinds: ['données de localisation', 'données de géolocalisation', 'données de conduite', 'données de navigation', 'leurs données'],
  },
  de: {
    verbs: ['verkauft', 'verkaufte', 'verkauften', 'verkaufen', 'weiterverkauft', 'angeboten'],
    kinds: ['Standortdaten', 'Bewegungsdaten', 'Fahrdaten', 'Browserdaten', 'Surfdaten', 'Ortungsdaten'],
    after: true,
  },
  es: {
    verbs: ['vender', 'vende', 'vendía', 'vendió', 'venta de', 'vender los', 'revender'],
    kinds: ['datos de ubicación', 'datos de localización', 'datos de geolocalización', 'datos de conducción', 'datos de navegación', 'sus datos'],
  },
  it: {
    verbs: ['vendere', 'vende', 'venduto', 'vendeva', 'vendita di', 'vendita dei', 'vendere i', 'venduto i'],
    kinds: ['dati di localizzazione', 'dati di geolocalizzazione', 'dati sulla posizione', 'dati di posizione', 'dati di guida', 'dati di navigazione', 'i loro dati'],
  },
  nl: {
    verbs: ['verkopen', 'verkocht', 'verkoopt', 'doorverkopen', 'doorverkocht', 'te verkopen'],
    kinds: ['locatiegegevens', 'rijgegevens', 'surfgegevens', 'browsegegevens', 'reisgegevens'],
    after: true,
  },
  zh: {
    verbs: ['出售', '售賣', '售卖', '販賣', '贩卖', '轉售', '转售', '兜售'],
    kinds: ['定位數據', '定位数据', '位置數據', '位置数据', '位置資料', '位置信息', '駕駛數據', '驾驶数据', '駕駛行為', '驾驶行为', '行蹤', '行踪', '個人信息', '个人信息', '用戶數據', '用户数据'],
  },
};
/** Kinds that name only whose data it is: they count with a verb of sale, never alone. */
const OWNERS_ONLY = new Set(['their location', 'their data', 'leurs données', 'sus datos', 'i loro dati']);
/** Every language's sale verb with every kind, in the order the language puts them (German and Dutch also after). */
const SOLD_DATA_TERMS: readonly string[] = Object.values(SOLD_DATA_KINDS).flatMap(({ verbs, kinds, after }) =>
  kinds.flatMap((kind) => verbs.flatMap((verb) => (after === true ? [`${verb} ${kind}`, `${kind} ${verb}`] : [`${verb}${/[\u4e00-\u9fff]/.test(verb) ? '' : ' '}${kind}`]))),
);
/** The kinds of data about people alone, in every language: where people go, how they drive, what they browse. */
const TRACKED_DATA_KINDS: readonly string[] = Object.values(SOLD_DATA_KINDS)
  .flatMap(({ kinds }) => kinds)
  .filter((kind) => !OWNERS_ONLY.has(kind));

/** Sending people's data to the wrong people, in the other languages: a privacy cue and a breach. */
const MISDIRECTED_LANGUAGE_TERMS = [
    'mauvais destinataire', 'mauvais destinataires', 'envoyé par erreur', 'envoyée par erreur', 'envoyés par erreur', 'envoyées par erreur',
    'transmis par erreur', 'adressé par erreur', 'adressés par erreur', 'envoie par erreur', 'envoient par erreur', 'sans copie cachée', 'falschen Empfänger', 'falsche Empfänger', 'falschen Adressaten',
    'versehentlich verschickt', 'versehentlich versandt', 'versehentlich versendet', 'offenen Verteiler', 'offener Verteiler',
    'destinatario equivocado', 'destinatarios equivocados', 'destinatario erróneo', 'enviado por error', 'enviada por error',
    'enviados por error', 'enviadas por error', 'envía por error', 'envían por error', 'envió por error', 'enviaron por error', 'sin copia oculta', 'destinatario sbagliato', 'destinatari sbagliati', 'destinatario errato',
    'destinatari errati', 'inviato per errore', 'inviata per errore', 'inviati per errore', 'inviate per errore', 'senza copia nascosta',
    'verkeerde ontvanger', 'verkeerde ontvangers', 'verkeerde adres', 'per ongeluk verstuurd', 'per abuis verstuurd',
    'per ongeluk gemaild', 'per abuis gemaild', 'verkeerde adressen', 'naar de verkeerde klant', 'falsche Adressen',
    'an den falschen Kunden', 'an falsche Kunden', 'mauvaises adresses', 'au mauvais client', 'direcciones equivocadas',
    'al cliente equivocado', 'indirizzi sbagliati', 'al cliente sbagliato', 'alla persona sbagliata',
    // Every address shown to every recipient, as "instead of bcc" in English.
    'copie cachée', 'adresses visibles', 'toutes les adresses visibles', 'offenem Verteiler', 'ins BCC', 'copia oculta', 'a la vista los correos',
    'copia nascosta', 'indirizzi in chiaro', 'zichtbaar voor alle ontvangers', 'in de cc', '密件副本', '密送', '收件人欄', '收件人栏',
    // Other users' data shown to users by a fault, as "other users' chats" in English.
    "conversations d'autres utilisateurs", 'conversations d’autres utilisateurs', "discussions d'inconnus", 'discussions d’inconnus',
    "données d'autres clients", 'données d’autres clients', 'Daten anderer Kunden', 'Daten anderer Nutzer', 'Unterhaltungen anderer',
    'conversaciones ajenas', 'datos de otros usuarios', 'datos de otros clientes', 'chat di altri utenti', 'conversazioni di sconosciuti',
    'dati di altri utenti', 'gesprekken van andere gebruikers', 'gegevens van andere klanten', '他人對話', '他人对话', '他人的對話',
    '其他用戶的', '其他用户的', '陌生人的對話', '陌生人的对话', 'stuurt per ongeluk', 'stuurde per ongeluk', 'invia per errore', 'inviano per errore', '寄錯', '寄错', '誤寄', '误寄', '錯誤發送', '错误发送', '發錯', '发错', '傳錯', '传错',
];

/** Terms per cue id (`lexicon.ts`), by language. */
export const TERMS_BY_CUE: Readonly<Record<string, readonly string[]>> = {
  'scope:personal-data': [
    // Sensitive data, as "sensitive data" in English.
    'données sensibles', 'sensible Daten', 'sensiblen Daten', 'sensibler Daten', 'heikle Daten', 'heiklen Daten', 'heikler Daten', 'datos sensibles', 'dati sensibili',
    'gevoelige gegevens', 'gevoelige persoonsgegevens', '敏感個人資料', '敏感个人信息', '敏感資料', '敏感数据', '敏感數據',
    // Europeans' data, as "Daten europäischer Nutzer" is in German.
    'gegevens van Europese gebruikers', 'données des utilisateurs européens', "données d'utilisateurs européens", 'datos de usuarios europeos',
    'datos de los usuarios europeos', 'dati degli utenti europei',
    // Customers' and residents' information, as mainland and Taiwanese outlets write it ("客户信息", "快递面单信息").
    '客户信息', '客戶資料', '客户资料', '业主信息', '業主資料', '患者信息', '學生資料', '学生信息', '面单信息', '快递信息',
    // fr
    'données personnelles', 'renseignements personnels', 'données à caractère personnel', 'informations personnelles', 'données de santé',
    // de
    'personenbezogene Daten', 'personenbezogenen Daten', 'personenbezogener Daten', 'Nutzerdaten', 'Kundendaten', 'personenbezogen',
    'Gesundheitsdaten', 'Beschäftigtendaten', 'persönliche Daten', 'persönlichen Daten',
    // es
    'datos personales', 'datos de carácter personal', 'información personal', 'datos de salud',
    // it
    'dati personali', 'dati sanitari', 'informazioni personali', 'dati anagrafici',
    // nl
    'persoonsgegevens', 'persoonlijke gegevens', 'persoonlijke informatie', 'gezondheidsgegevens', 'burgerservicenummer', 'burgerservicenummers',
    // Health records, as each language names them ("historias clínicas", "Patientenakten").
    'dossiers médicaux', 'dossier médical', 'Patientenakten', 'Krankenakten', 'historias clínicas', 'historia clínica',
    'historiales clínicos', 'historial clínico', 'historiales médicos', 'historial médico', 'historias clínicas', 'expedientes médicos',
    'cartelle cliniche', 'cartella clinica', 'medische dossiers', 'patiëntendossiers',
    'medisch dossier', 'patiëntendossier',
    // zh
    '個人資訊', '个人资讯', '用戶資料', '用户资料', '用戶數據', '用户数据', '用戶個人資料', '戶籍資料', '户籍资料',
  ],
  'scope:data-protection': [
    'protection des données', 'vie privée', 'Datenschutz', 'Datenschutzrecht', 'protección de datos',
    'protezione dei dati', 'riservatezza', 'gegevensbescherming', 'privacybescherming', '私隱保障', '隐私保护', '隱私保護',
    '個人信息保護', '个人信息保护', '個人資料保護', '个人资料保护', '資料保障', '数据安全', '數據安全', '個資保護', '个资保护',
    '隱私權', '隐私权', '資訊隱私', '信息隐私',
    // The constitutional right to one's own data, as courts name it.
    'informationelle Selbstbestimmung', 'informationellen Selbstbestimmung', 'autodétermination informationnelle',
    'autodeterminación informativa', 'autodeterminazione informativa', 'informationele zelfbeschikking', '信息自决权', '資訊自決權',
  ],
  'scope:privacy-authority': [
    'autorité de protection des données', 'autorités de protection des données', 'gendarme de la vie privée',
    // A commissioner by title, as Switzerland's French names its own.
    'préposé à la protection des données', 'préposé fédéral à la protection des données',
    'toezichthouder voor gegevensbescherming',
    'Datenschutzbehörde', 'Datenschutzbehörden', 'Datenschutzbeauftragte', 'Datenschutzbeauftragter', 'Datenschutzbeauftragten',
    'Datenschützer', 'Datenschutzaufsicht', 'Datenschutzaufsichtsbehörde', 'Aufsichtsbehörde', 'Aufsichtsbehörden',
    // A commission by its generic title, whoever's it is: the adjective or place before or after it says whose.
    'Datenschutzkommission', 'commission de protection des données', 'commission pour la protection des données',
    'comisión de protección de datos', 'commissione per la protezione dei dati', 'commissie voor gegevensbescherming',
    // German titles run "Beauftragte(r) für (den) Datenschutz" with the state before them, in every case ending.
    'Beauftragte für Datenschutz', 'Beauftragter für Datenschutz', 'Beauftragten für Datenschutz', 'Beauftragte für den Datenschutz',
    'Beauftragter für den Datenschutz', 'Beauftragten für den Datenschutz',
    'agencia de protección de datos', 'autoridad de protección de datos', 'autoridades de protección de datos',
    'autorità per la protezione dei dati', 'Garante privacy', 'autorità garante della privacy',
    // Italian names a privacy body "per la privacy" with its country between ("l'autorità svedese per la privacy").
    'per la privacy',
    'privacytoezichthouder', 'privacywaakhond', 'toezichthouder voor privacy',
    '私隱監管機構', '隐私监管机构', '數據保護機構', '数据保护机构', '資料保護機構', '個人資料保護監管機構',
    '个人数据保护机构', '數據保護委員會', '数据保护委员会',
  ],
  'scope:privacy-interest': [
    // No clear legal basis, as Taiwan's press says it ("缺乏法源", "法律依據不夠明確").
    '缺乏法源', '欠缺法源', '沒有法源', '法源不足', '法源依據不足', '法律依據不足', '法律依据不足', '法律依據不夠明確', '法律依据不够明确',
    // Privacy risks as one word, and the impact assessment data protection law asks for.
    'privacyrisico', "privacyrisico's", 'privacyrisico’s', 'Datenschutzrisiken', 'Datenschutzrisiko', 'risques pour la vie privée',
    'riesgos para la privacidad', 'rischi per la privacy', '隱私風險', '隐私风险', '私隱風險', 'gegevensbeschermingseffectbeoordeling',
    'Datenschutz-Folgenabschätzung', "analyse d'impact relative à la protection des données", 'AIPD', 'evaluación de impacto relativa a la protección de datos',
    "valutazione d'impatto sulla protezione dei dati", 'DPIA',
    // One's general personality right and intimacy, as courts in each language name privacy.
    'Persönlichkeitsrecht', 'Persönlichkeitsrechts', 'Persönlichkeitsrechte', 'allgemeines Persönlichkeitsrecht', 'droit à la vie privée',
    'derecho a la intimidad', 'diritto alla riservatezza', 'persoonlijke levenssfeer', 'recht op privacy',
    // Private life protected by law, as Spanish-speaking laws and courts name privacy ("ley de protección de la vida privada").
    'protección de la vida privada', 'derecho a la vida privada', 'protezione della vita privata', 'Schutz des Privatlebens',
    'bescherming van het privéleven',
    // Privacy concerns, as Chinese writes them.
    '隐私的担忧', '隱私的擔憂', '隐私担忧', '隱私擔憂', '隐私顾虑', '隱私顧慮', '私隱疑慮', '隱私疑慮', '对隐私的担忧', '對隱私的擔憂',
    'association de défense de la vie privée', 'défenseurs de la vie privée', 'Datenschutzorganisation', 'Datenschutzaktivisten',
    'Datenschutzverein', 'organización de defensa de la privacidad', 'associazione per la privacy', 'privacyorganisatie',
    // Processing without a legal basis, as data protection law puts it.
    'zonder wettelijke grondslag', 'zonder juridische grondslag', 'zonder grondslag', 'ohne Rechtsgrundlage', 'ohne gesetzliche Grundlage',
    'sans base légale', 'sans base juridique', 'sin base legal', 'sin base jurídica', 'senza base giuridica', 'senza una base giuridica',
    '缺乏法律依據', '缺乏法律依据', '沒有法律依據', '没有法律依据',
    'privacyactivisten', 'Recht auf Löschung', 'droit à l\'effacement', 'derecho de supresión', 'diritto alla cancellazione', 'recht op vergetelheid',
    // The secrecy of letters, calls and messages, which constitutions protect as privacy ("Fernmeldegeheimnis").
    'Fernmeldegeheimnis', 'Fernmeldegeheimnisses', 'Telekommunikationsgeheimnis', 'Briefgeheimnis', 'Post- und Fernmeldegeheimnis',
    'secret des correspondances', 'secret des communications', 'secreto de las comunicaciones', 'inviolabilidad de las comunicaciones',
    'segretezza della corrispondenza', 'segretezza delle comunicazioni', 'segreto delle comunicazioni', 'telefoongeheim',
    'briefgeheim', 'communicatiegeheim', '通訊秘密', '通信秘密', '秘密通訊', '通信自由和通信秘密',
    // Personality rights, which in Chinese law hold privacy and personal information, and a person's rights in their voice.
    '人格權', '人格权', '聲音權益', '声音权益', '聲音權', '声音权',
  ],
  'scope:privacy-law': [
    'loi informatique et libertés', 'Datenschutzgesetz', 'ley de protección de datos', 'legge sulla privacy', 'privacywet',
    '私隱條例', '私隐条例', '私隱法', '隐私法',
  ],
  'scope:privacy-harm': [
    'politique de confidentialité', 'Datenschutzerklärung', 'política de privacidad', 'informativa sulla privacy',
    'informativa privacy', 'privacyverklaring', 'privacybeleid', '私隱政策', '隐私政策', '私隱聲明', '隱私權政策',
    'atteinte à la vie privée', 'Datenschutzverstoß', 'Datenschutzverstöße', 'Datenschutzverstößen', 'violación de la privacidad',
    'violazione della privacy', 'privacyschending', 'privacyschendingen', '侵犯私隱', '侵犯隐私', '侵害用户权益', '侵害用戶權益',
    // A breach of the right to privacy alleged, as "violates the right to privacy" in English.
    'schendt het recht op privacy', 'schending van het recht op privacy', 'schending van de privacy', 'inbreuk op de privacy',
    'inbreuk op het recht op privacy', 'schendt de privacy', 'viole le droit à la vie privée', 'violation du droit à la vie privée',
    'atteinte au droit à la vie privée', 'verletzt das Recht auf Privatsphäre', 'Verletzung der Privatsphäre',
    'Eingriff in die Privatsphäre', 'verletzt die Privatsphäre', 'vulnera el derecho a la intimidad', 'vulneración del derecho a la intimidad',
    'vulnera la privacidad', 'viola el derecho a la privacidad', 'intromisión en la intimidad', 'viola il diritto alla privacy',
    'viola la privacy', 'violazione del diritto alla riservatezza', '侵犯隱私權', '侵犯隐私权', '侵害隱私', '侵害隐私',
  ],
  'scope:breach': [
    'fuite de données', 'fuites de données', 'violation de données', 'violations de données', 'Datenleck', 'Datenlecks',
    'Datenpanne', 'Datenpannen', 'Datendiebstahl', 'brecha de datos', 'brecha de seguridad', 'filtración de datos',
    'violación de datos', 'violazione dei dati', 'violazione di dati', 'furto di dati', 'datalek', 'datalekken',
    '個資外洩', '个资外泄', '資料洩漏', '数据泄漏', '數據泄露',
  ],
  'scope:leak': [
    'données exposées', 'données volées', 'Daten gestohlen', 'datos robados', 'dati rubati', 'gegevens gestolen',
    // Stolen data as the press words it: the verb with the data ("hackers stelen gegevens").
    'données dérobées', 'données piratées', 'dérobé des données', 'volé des données', 'Daten erbeutet', 'Daten abgegriffen',
    'Daten abgeflossen', 'datos sustraídos', 'robado datos', 'robar datos', 'dati sottratti', 'sottratto dati', 'dati trafugati',
    'rubati i dati', 'rubato i dati', 'sottratto i dati', 'dati sottratti',
    'gestolen gegevens', 'stelen gegevens', 'gegevens buitgemaakt', 'gegevens gestolen', 'gegevens gelekt', 'gelekte gegevens',
    'lekt gegevens', 'lekte gegevens', 'lekken gegevens', 'lekten gegevens',
    // Data taken in a scraping incident, and the loss of control over one's data that courts count as harm.
    'Scraping-Vorfall', 'Scraping-Vorfalls', 'Scraping-Vorfällen', 'Kontrollverlust über Daten', 'Kontrollverlust über ihre Daten',
    'Kontrollverlust über personenbezogene Daten', 'Kontrollverlust über die Daten', 'Kontrollverlusts über Daten',
    '外洩', '外泄', '泄露', '洩露', '洩漏', '泄漏',
  ],
  'scope:transfers': [
    'transfert de données', 'transferts de données', 'Datenübermittlung', 'Datenübermittlungen', 'transferencia de datos',
    'transferencias internacionales', 'trasferimento di dati', 'trasferimento dei dati', 'doorgifte', 'gegevensdoorgifte',
    '數據跨境', '数据跨境', '數據出境', '数据出境', '跨境提供', '向境外提供',
  ],
  'scope:biometric-word': [
    'biométrique', 'biométriques', 'biometrisch', 'biometrische', 'biometrischen', 'biométrico', 'biométricos', 'biometrico',
    'biometrici',
  ],
  'scope:biometrics': [
    'emotion recognition', 'reconocimiento de emociones', 'reconnaissance des émotions', 'Emotionserkennung',
    'riconoscimento delle emozioni', 'emotieherkenning', '情緒識別', '情绪识别',
    // Facial recognition as Taiwan writes it, and scans of faces.
    '人臉辨識', '人脸辨识', '臉部辨識', '脸部辨识', '面部辨識', '刷脸', '刷臉', 'face scans', 'facial scans', 'Gesichtsscans', 'Gesichtsscan',
    'scans du visage', 'escaneos faciales', 'scansioni del volto', 'gezichtsscans',
    // Scans of the eye and the iris, as "iris scans" in English.
    'irisscans', 'irisscan', 'oogscans', 'Irisscans', 'Iris-Scans', 'Augenscans', "scans de l'iris", "scans de l’iris",
    'escaneos de iris', 'escaneo del iris', 'escaneos del iris', "scansioni dell'iride", "scansione dell'iride", '虹膜掃描', '虹膜扫描',
    '虹膜資料', '虹膜数据', '虹膜數據',
    'reconnaissance faciale', 'données biométriques', 'Gesichtserkennung', 'biometrische Daten', 'biometrischen Daten',
    'reconocimiento facial', 'datos biométricos', 'riconoscimento facciale', 'dati biometrici', 'gezichtsherkenning',
    'biometrische gegevens', '人臉信息', '人脸信息', '人臉資料',
    // Compounds that put facial recognition first: software, systems, cameras built on it.
    'Gesichtserkennungssoftware', 'Gesichtserkennungssystem', 'Gesichtserkennungssysteme', 'Gesichtserkennungstechnologie',
    'gezichtsherkenningssoftware', 'gezichtsherkenningssysteem', 'gezichtsherkenningstechnologie', 'gezichtsherkenningscamera',
    "gezichtsherkenningscamera's",
  ],
  'scope:subject-data': [
    // Data about a person that is theirs alone, as "HIV status", "viewing habits" and "electoral register" in English.
    'statut VIH', 'statut sérologique', 'orientation sexuelle', 'données menstruelles', 'cycle menstruel', 'dates de cycle',
    'habitudes de visionnage', 'profils ADN', 'données ADN', 'profils génétiques', 'images médicales', 'imagerie médicale',
    'liste électorale', 'listes électorales', 'fichier électoral', 'coordonnées bancaires',
    // What people search for, as "web searches" in English.
    ...['élèves', 'utilisateurs', 'salariés', 'internautes'].flatMap((who) => [`recherches des ${who}`, `recherches de leurs ${who}`]),
    ...['Schülern', 'Nutzern', 'Mitarbeitern', 'Kunden'].flatMap((who) => [`Suchanfragen von ${who}`, `Suchanfragen der ${who}`]),
    ...['alumnos', 'usuarios', 'empleados', 'estudiantes'].flatMap((who) => [`búsquedas de sus ${who}`, `búsquedas de los ${who}`]),
    ...['studenti', 'utenti', 'dipendenti', 'alunni'].flatMap((who) => [`ricerche degli ${who}`, `ricerche dei ${who}`]),
    ...['leerlingen', 'gebruikers', 'werknemers'].flatMap((who) => [`zoekopdrachten van ${who}`, `zoekopdrachten van de ${who}`]),
    'CT-beelden', 'CT-scans', 'MRI-scans', 'Wahlberechtigten', 'Sozialdaten', 'Steuerdaten', 'datos fiscales', 'datos sanitarios',
    'dati tributari', 'dati sanitari', 'fascicolo sanitario', 'zorgdata', 'uitkeringsdata', 'belastinggegevens', 'controlar dónde estaba',
    'saber dónde estaba', 'image faciale', 'images faciales', 'photo du visage', 'gezichtsfoto', 'gezichtsscan', 'Gesichtsbild',
    'Gesichtsbilder', 'imagen facial', 'immagine del volto', '臉部影像', '臉部圖像', '面部图像', '人臉影像', '人脸图像',
    "données d'activité", 'nombre de pas', 'Schrittzahlen', 'Aktivitätsdaten', 'datos de actividad', "dati sull'attività fisica",
    'dati sull’attività fisica', 'stappentellergegevens', '步數', '步数', '心率', 'photos de profil', 'Profilbilder', 'fotos de perfil',
    'foto profilo', "profielfoto's", 'profielfoto’s', 'Krankenakte', 'Patientenakte', '电子病历', '電子病歷', 'datos de alumnos',
    'datos de estudiantes', 'datos de vecinos',
    'HIV-Status', 'sexuelle Orientierung', 'Zyklusdaten', 'Menstruationsdaten', 'Sehgewohnheiten', 'Sehverhalten', 'DNA-Profile',
    'DNA-Daten', 'Gesundheitsinformationen', 'MRT-Bilder', 'Patientenscans', 'Röntgenbilder', 'Wählerverzeichnis',
    'Wählerverzeichnisse', 'Wählerdaten', 'Bankverbindungen', 'Kontodaten',
    'estado serológico', 'orientación sexual', 'datos menstruales', 'ciclo menstrual', 'fechas de la regla', 'hábitos de visionado',
    'perfiles de ADN', 'datos de ADN', 'perfiles genéticos', 'imágenes médicas', 'padrón electoral', 'censo electoral', 'datos bancarios',
    'stato Hiv', 'stato sierologico', 'orientamento sessuale', 'ciclo mestruale', 'dati sul ciclo', 'abitudini di visione',
    'dati di visione', 'profili genetici', 'profili del Dna', 'dati del Dna', 'immagini mediche', 'liste elettorali', 'dati bancari',
    'hiv-status', 'seksuele geaardheid', 'menstruatiegegevens', 'menstruatiecyclus', 'kijkgedrag', 'kijkgegevens', 'DNA-profielen',
    'DNA-gegevens', 'medische beelden', 'MRI-beelden', 'kiezersregister', 'bankgegevens', 'rekeninggegevens',
    'HIV狀態', 'HIV状态', 'HIV感染狀態', 'HIV感染状态', '艾滋病感染状况', '愛滋病感染狀況', '性取向', '性傾向', '月經日期', '月经日期',
    '生理週期', '生理周期', '收視紀錄', '收视记录', '收視習慣', '收视习惯', '觀看紀錄', '观看记录', 'DNA資料', 'DNA数据', '醫療影像',
    '医疗影像', '醫學影像', '医学影像', '選民名冊', '选民名册', '選民資料', '选民信息', '銀行資料', '银行信息',
    // What people say and where they are, as "users' conversations" and "users' locations" in English.
    ...['conversations', 'localisations', 'contacts', 'messages', 'échanges', 'publications', 'photos'].flatMap((what) =>
      ['des utilisateurs', 'de leurs utilisateurs', 'de ses utilisateurs', 'des membres', 'de ses membres'].map((whose) => `${what} ${whose}`),
    ),
    ...['Gespräche', 'Standorte', 'Kontakte', 'Nachrichten', 'Chats', 'Beiträge', 'Fotos'].flatMap((what) => [`${what} der Nutzer`, `${what} ihrer Nutzer`, `${what} seiner Nutzer`]),
    ...['conversaciones', 'ubicación', 'ubicaciones', 'contactos', 'mensajes', 'publicaciones', 'fotos'].flatMap((what) => [`${what} de los usuarios`, `${what} de sus usuarios`]),
    ...['conversazioni', 'posizioni', 'posizione', 'contatti', 'messaggi', 'post', 'foto'].flatMap((what) => [`${what} degli utenti`, `${what} dei suoi utenti`]),
    ...['gesprekken', 'locaties', 'contacten', 'berichten', 'chats', "foto's"].flatMap((what) => [`${what} van gebruikers`, `${what} van de gebruikers`, `${what} van zijn gebruikers`]),
    '用戶的對話', '用户的对话', '用戶的位置', '用户的位置', '用戶的聯絡人', '用户的联系人', '用戶對話', '用户对话', '用戶的帖文', '用户的帖子',
    '用戶帖文', '用户帖子', '用戶的相片', '用户的照片', '用戶相片', '用户照片',
    'données cérébrales', 'neurodonnées', 'données neuronales', 'Gehirndaten', 'Neurodaten', 'neuronale Daten', 'datos cerebrales',
    'neurodatos', 'datos neuronales', 'neuroderechos', 'dati cerebrali', 'neurodati', 'dati neurali', 'hersendata', 'hersengegevens',
    '腦數據', '脑数据', '神經數據', '神经数据', '腦部數據', '脑部数据',
    // The special categories of data protection law, and the police files that hold them.
    'opinions politiques', 'convictions religieuses', 'convictions philosophiques', 'appartenance syndicale', 'politische Meinungen',
    'religiöse Überzeugungen', 'Gewerkschaftszugehörigkeit', 'opiniones políticas', 'convicciones religiosas', 'afiliación sindical',
    'opinioni politiche', 'convinzioni religiose', 'appartenenza sindacale', 'politieke opvattingen', 'religieuze overtuiging',
    'vakbondslidmaatschap', 'fichiers de police', 'fichiers de renseignement', 'fichage', 'Polizeidatenbank', 'Polizeidatenbanken',
    'base de datos policial', 'bases de datos policiales', 'banca dati della polizia', 'politiedatabank', 'politiebestanden',
    'Polizeicomputer', 'Polizeicomputern', 'Polizeirechner', 'Polizeisystemen', 'ordinateurs de la police', 'politiesystemen',
    ...['clientes', 'usuarios', 'pacientes', 'empleados', 'trabajadores', 'ciudadanos', 'menores', 'socios', 'abonados'].flatMap((who) => [`datos de ${who}`, `datos de los ${who}`, `datos de sus ${who}`, `información de ${who}`, `información de los ${who}`]),
    ...['utilisateurs', 'clients', 'patients', 'salariés', 'assurés', 'internautes', 'abonnés', 'usagers', 'élèves', 'candidats', 'agents', 'adhérents', 'bénéficiaires', 'administrés', 'habitants'].flatMap((who) => [`données des ${who}`, `données de ${who}`, `données de ses ${who}`, `informations des ${who}`]),
    ...['utenti', 'clienti', 'pazienti', 'dipendenti', 'cittadini', 'minori', 'lavoratori', 'abbonati', 'candidati', 'studenti', 'iscritti', 'correntisti', 'elettori', 'residenti', 'soci', 'viaggiatori', 'passeggeri', 'assicurati'].flatMap((who) => [`dati degli ${who}`, `dati dei ${who}`, `dati di ${who}`, `dati dei loro ${who}`, `dati dei suoi ${who}`]),
    ...['Nutzern', 'Kunden', 'Patienten', 'Beschäftigten', 'Mitarbeitern', 'Bürgern', 'Versicherten', 'Schülern', 'Schülerinnen', 'Eltern', 'Lehrern', 'Studierenden', 'Mitgliedern', 'Bewerbern', 'Mietern', 'Kindern', 'Einwohnern', 'Bewohnern', 'Fahrgästen', 'Prominenten'].flatMap((who) => [`Daten von ${who}`, `Daten der ${who}`]),
    // One person's data, as a court's case names it ("los datos de una paciente", "les données d'un client").
    ...['un paciente', 'una paciente', 'un cliente', 'una clienta', 'un usuario', 'una usuaria', 'un trabajador', 'una trabajadora', 'un empleado', 'una empleada'].map((who) => `datos de ${who}`),
    ...["d'un patient", "d'une patiente", "d'un client", "d'une cliente", "d'un utilisateur", "d'une utilisatrice", "d'un salarié", "d'une salariée"].map((who) => `données ${who}`),
    ...['un paziente', 'una paziente', 'un cliente', 'una cliente', 'un utente', "un'utente", 'un dipendente', 'una dipendente'].map((who) => `dati di ${who}`),
    'Patientendaten', 'Mitarbeiterdaten', 'Versichertendaten', 'Mitgliederdaten',
    // Women users by their own word, and users named with where they live ("Daten europäischer Nutzer").
    ...['usuarias', 'clientas'].flatMap((who) => [`datos de ${who}`, `datos de las ${who}`, `datos íntimos de ${who}`]),
    ...['utilisatrices', 'clientes', 'patientes', 'salariées'].flatMap((who) => [`données des ${who}`, `données de ${who}`]),
    ...['Nutzerinnen', 'Kundinnen', 'Patientinnen'].flatMap((who) => [`Daten von ${who}`, `Daten der ${who}`]),
    ...['europäischer', 'deutscher', 'österreichischer', 'Schweizer', 'amerikanischer', 'britischer', 'französischer'].flatMap((where) => [
      `Daten ${where} Nutzer`,
      `Daten ${where} Kunden`,
      `Daten ${where} Bürger`,
    ]),
    // The data of thousands or millions of anyone: a count of people ("gegevens van duizenden inwoners", "datos de millones de").
    ...[
      ['données de milliers de', 'données de millions de', 'données de centaines de', 'données personnelles de milliers de', 'données personnelles de millions de'],
      ['Daten von Tausenden', 'Daten von Millionen', 'Daten von Hunderttausenden', 'Daten Tausender', 'Daten Hunderttausender', 'Daten von mehreren Tausend'],
      ['datos de miles de', 'datos de millones de', 'datos de cientos de', 'datos personales de miles de', 'datos personales de millones de'],
      ['dati di migliaia di', 'dati di milioni di', 'dati di centinaia di', 'dati personali di migliaia di', 'dati personali di milioni di'],
      ['gegevens van duizenden', 'gegevens van miljoenen', 'gegevens van honderden', 'gegevens van tienduizenden', 'gegevens van honderdduizenden'],
    ].flat(),
    'datos íntimos', 'données intimes', 'dati intimi', 'intime Daten', 'intieme gegevens',
    ...['klanten', 'gebruikers', 'patiënten', 'werknemers', 'burgers', 'leden', 'kinderen', 'deelnemers', 'inwoners', 'studenten', 'medewerkers', 'slachtoffers', 'leerlingen', 'minderjarigen', 'cliënten'].flatMap((who) => [`gegevens van ${who}`, `gegevens van hun ${who}`]),
    // The victims of crimes, whose names and statements police and courts keep.
    'données des victimes', 'Daten von Opfern', 'Daten der Opfer', 'datos de las víctimas', 'datos de víctimas', 'dati delle vittime',
    'klantgegevens', 'patiëntgegevens', 'ledengegevens', 'gebruikersgegevens', 'medische gegevens',
    // What people post, the data AI-training stories are about.
    'publications publiques', 'öffentliche Beiträge', 'öffentlichen Beiträge', 'Nutzerbeiträge', 'Beiträge der Nutzer',
    'publicaciones públicas', 'post pubblici', 'contenuti pubblici', 'openbare berichten', 'referti', 'referti medici',
    '客戶資料', '客户资料', '客戶數據', '客户数据', '病人資料', '患者信息', '員工資料', '员工资料', '會員資料', '会员资料', '乘客資料',
  ],
  'scope:profiling': [
    // Where one person goes, followed, as "their movements" in English.
    'ses déplacements', 'seine Bewegungen', 'ihre Bewegungen', 'sus movimientos', 'ogni spostamento', 'haar bewegingen', '行蹤',
    // Scoring people's credit, as "credit scoring" in English.
    'score de solvabilité', 'agence de solvabilité', 'sistema de puntuación', 'agencia de solvencia', 'ficheros de morosos',
    'Schufa-Score', 'punteggio di credito', 'kredietregistratie',
    // Linking what the state holds on everyone, as "data matching" in English.
    'interconnexion des données', 'interconnexion des fichiers', 'croiser les fichiers', 'croisement des fichiers', 'gläserne Bürger',
    'gläsernen Bürger', 'gläsernen Bürgers', 'Zusammenführung von Daten', 'Daten verknüpfen', 'cruzar la información', 'cruce de datos',
    'cruzar datos', 'incrocio dei dati', 'incrociare i dati', 'banca dati unica', 'gegevens koppelen', 'koppelen van gegevens',
    'data koppelen', 'datakoppeling', '一库统管', '数据归集', '資料串接',
    // What people search for, as "search history" in English.
    'historique de recherche', 'Suchverlauf', 'historial de búsqueda', 'cronologia delle ricerche', 'zoekgeschiedenis', '搜尋紀錄',
    '搜索记录',
    // Search results about a person taken down, as "delisting" in English.
    'déréférencement', 'déréférencer', 'déréférencé', 'déréférencée', 'Auslistung', 'auslisten', 'ausgelistet', 'desindexación',
    'desindexar', 'desindexado', 'desindexada', 'deindicizzazione', 'deindicizzare', 'deindicizzato', 'deindicizzata', 'delisten',
    'gedelist', 'uit de zoekresultaten', '刪除搜尋結果', '删除搜索结果',
    // Scoring people's creditworthiness, and the bureaus that do it.
    'Bonitätsbewertung', 'Bonitätsbewertungen', 'Bonitätsentscheidungen', 'Bonitätsprüfung', 'Kreditscoring', 'Auskunfteien', 'Auskunftei',
    'notation de crédit', 'scoring de crédit', 'scoring crediticio', 'puntuación crediticia', 'merito creditizio', 'kredietscore',
    'kredietwaardigheid', '信用評分', '信用评分',
    // Decisions taken by machine about people, and people's right to see their data, as the GDPR words them.
    'automated decision-making', 'automated decisions', 'geautomatiseerde besluitvorming', 'geautomatiseerde beslissingen',
    'automatisierte Entscheidung', 'automatisierte Entscheidungen', 'automatisierte Einzelentscheidung', 'décision automatisée',
    'décisions automatisées', 'decisiones automatizadas', 'decisioni automatizzate', 'recht op inzage', 'inzageverzoek',
    'Auskunftsanspruch', '自動化決策', '自动化决策',
    // Genetic data, as "genetic data" in English.
    'données génétiques', 'genetische Daten', 'datos genéticos', 'dati genetici', 'genetische gegevens', '基因數據', '基因数据',
    '基因資料', '遺傳資料', '遗传信息',
    ...TRACKED_DATA_KINDS, 'driving behaviour', 'driving behavior', 'geolocation', 'comportement au volant', 'Fahrverhalten',
    'hábitos de conducción', 'stile di guida', 'rijgedrag', '追蹤用戶', '追踪用户', '追蹤其', '追踪其',
    'publicité ciblée', 'données de navigation', 'données de localisation', 'Standortdaten', 'Bewegungsdaten',
    // Following where people are, as "location tracking" in English.
    'suivi de localisation', 'suivi de la localisation', 'suivre leur localisation', 'Standortverlauf', 'Standortverfolgung',
    'rastrear la ubicación', 'rastreo de ubicación', 'rastreaba la ubicación', 'seguía su ubicación', 'su ubicación',
    'servicios de localización', 'cronologia delle posizioni', 'tracciamento della posizione', 'tracciare la posizione',
    'locatietracking', 'locatiegeschiedenis', '位置追蹤', '位置追踪', '追蹤其位置', '追踪其位置', '位置記錄', '位置记录',
    'datos de localización', 'dati di localizzazione', 'locatiegegevens',
    '位置信息', '位置資訊', '位置資料', '定位信息', '定位資料', '行蹤資料', '行踪信息',
    // People asking to have their data erased, as "right to erasure" in English.
    "droit à l'effacement", "droit à l'oubli", "demandes d'effacement", 'demandes de suppression de données',
    'demandes de suppression de leurs données', 'Recht auf Löschung', 'Recht auf Vergessenwerden', 'Löschanfragen', 'Löschanträge',
    'Löschersuchen', 'Löschbegehren', 'derecho de supresión', 'derecho al olvido', 'solicitudes de supresión',
    'solicitudes de borrado', 'peticiones de supresión', 'diritto alla cancellazione', "diritto all'oblio",
    'richieste di cancellazione', 'istanze di cancellazione', 'recht op vergetelheid', 'recht op verwijdering',
    'verwijderverzoeken', 'verzoeken om verwijdering', 'verzoeken om gegevens te wissen', 'verzoeken om gegevens te verwijderen',
    // The request with its people and their data between ("verzoeken van gebruikers om hun gegevens te wissen").
    'om hun gegevens te wissen', 'om hun gegevens te verwijderen', 'om hun gegevens te laten wissen', 'à effacer leurs données',
    'ihre Daten zu löschen', 'que borren sus datos', 'di cancellare i loro dati', '刪除其個人資料', '删除其个人信息',
    '被遺忘權', '被遗忘权', '刪除權', '删除权', '刪除資料的要求', '删除数据的请求', '刪除個人資料的要求', '删除个人信息的请求',
  ],
  'scope:identifiers': [
    // An IP address identifies the person behind it, and the photos kept on a phone are theirs.
    'IP-Adresse', 'IP-Adressen', 'adresse IP', 'adresses IP', 'dirección IP', 'direcciones IP', 'indirizzo IP', 'indirizzi IP',
    'IP-adres', 'IP-adressen', 'IP地址', 'IP位址', 'pellicule photo', 'Kamerarolle', 'carrete de fotos', 'rullino fotografico',
    'rullino', 'filmrol', '相簿', '相冊', '相册',
    'paspoortgegevens', 'Passdaten', 'données de passeport', 'datos de pasaporte', 'dati del passaporto',
    // Identity documents and their photos, as a breach lists them ("Ausweise, Reisepässe", "paspoorten en identiteitskaarten").
    'passeports', "cartes d'identité", "pièces d'identité", 'Reisepässe', 'Ausweise', 'Personalausweise', 'Ausweisdokumente',
    'Ausweiskopien', 'Führerscheine', 'Passfotos', 'pasaportes', 'documentos de identidad', 'passaporti', "carte d'identità",
    "documenti d'identità", 'paspoorten', 'identiteitskaarten', 'identiteitsbewijzen', "pasfoto's", 'documentfoto\'s', 'rijbewijzen',
    '護照', '护照', '身份證明文件', '身份证明文件',
    // The numbers each country gives its people, as its own press names them (see the places of the taxonomy).
    'burgerservicenummer', 'burgerservicenummers', 'BSN-nummers', 'BSN', 'BSN-nummer', 'rijksregisternummer', 'rijksregisternummers', 'Steuer-ID', 'Steuer-IDs',
    'Steueridentifikationsnummer', 'Krankenversichertennummer', 'Krankenversichertennummern', 'Versichertennummer',
    'Versichertennummern', 'Rentenversicherungsnummer', 'Rentenversicherungsnummern', 'Sozialversicherungsnummer',
    'Sozialversicherungsnummern', 'AHV-Nummer', 'AHV-Nummern', 'numéros AVS', 'numéro AVS', 'tessera sanitaria',
    'tessere sanitarie', 'CPR-numre', 'PESEL', '身分證字號',
    // Identity information, as Chinese rules name it.
    '身份信息', '身份資料', '身分資料', '明文身份信息',
    'números de identidad', 'censo electoral', 'padrón electoral',
    // The kinds of data a breach exposes, in the lists stories give ("namen, burgerservicenummers en uitslagen").
    'noms et adresses', 'adresses postales', 'coordonnées bancaires', 'IBAN', 'numéros de téléphone', 'adresses mail',
    'Namen und Adressen', 'Bankverbindungen', 'Bankdaten', 'Kontodaten', 'Geburtsdaten', 'E-Mail-Adressen', 'Adressdaten',
    'nombres y direcciones', 'datos bancarios', 'números de cuenta', 'DNI', 'fechas de nacimiento',
    'nomi e indirizzi', 'dati bancari', 'codici fiscali', 'codice fiscale', 'date di nascita',
    'namen en adressen', 'bankgegevens', 'rekeningnummers', 'geboortedata', 'geboortedatum', 'adresgegevens', 'contactgegevens',
    'numéros de sécurité sociale', 'numéro de sécurité sociale', 'dates de naissance', 'adresses électroniques',
    'Kontaktdaten', 'Telefonnummern', 'direcciones', 'números de teléfono', 'correos electrónicos', 'indirizzi email',
    'telefoonnummers', 'e-mailadressen', 'numeri di telefono', 'numeri di cellulare', 'indirizzi e-mail',
    'indirizzi di posta elettronica', 'números de celular', 'numéros de portable', 'adresses e-mail', 'Handynummern',
    'Mobilnummern', 'direcciones de correo', 'mobiele nummers', '身份證號碼', '身份证号码', '身分證字號', '身份證', '身份证', '住址', '電話號碼',
    '电话号码', '手機號碼', '手机号码', '病歷', '病历', '聊天記錄', '聊天紀錄', '聊天记录', '醫療紀錄', '醫療記錄', '医疗记录',
    '就診紀錄', '就诊记录',
    // What people browse and watch, and browsing they were told was private, as "browsing history" in English.
    'historique de navigation', 'historiques de visionnage', 'historique de visionnage', 'navigation privée', 'mode Incognito',
    'Surfverhalten', 'Browserverlauf', 'Sehverhalten', 'Inkognito-Modus', 'Inkognitomodus', 'historial de navegación',
    'registros de navegación', 'historial de visualización', 'modo incógnito', 'navegación privada', 'cronologia di navigazione',
    'navigazione in incognito', 'modalità in incognito', 'surfgedrag', 'kijkgedrag', 'surfgegevens', 'incognitomodus',
    '瀏覽紀錄', '瀏覽記錄', '浏览记录', '瀏覽資料', '浏览数据', '觀看紀錄', '观看记录', '無痕模式', '无痕模式', '隱身模式', '隐身模式',
  ],
  'scope:misdirected': MISDIRECTED_LANGUAGE_TERMS,
  'scope:intrusion': [
    // Employers watching their staff, as "employee monitoring" in English.
    'surveillance des salariés', 'surveillance des employés', 'surveillait ses salariés', 'surveiller les salariés',
    'Überwachung der Beschäftigten', 'Überwachung der Mitarbeiter', 'Überwachung von Mitarbeitern', 'Mitarbeiterüberwachung',
    'Beschäftigtenüberwachung', 'vigilancia de los trabajadores', 'vigilar a sus trabajadores', 'vigilar a los trabajadores',
    'vigilancia de los empleados', 'controllo a distanza dei lavoratori', 'controllo a distanza', 'monitoraggio dei dipendenti',
    'monitoraggio dei lavoratori', 'sorveglianza dei lavoratori', 'monitoren van werknemers', 'werknemers monitoren',
    'personeel monitoren', 'werknemers volgen', '監控員工', '监控员工', '員工監控', '员工监控',
    // Employers reading their staff's mail.
    'courriels des salariés', 'E-Mails der Mitarbeiter', 'E-Mails von Mitarbeitern', 'correos de los empleados',
    'correos electrónicos de los empleados', 'email dei dipendenti', 'posta elettronica dei dipendenti', 'e-mails van werknemers',
    '員工電郵', '员工邮件',
    // Surveillance cameras' footage handed on or shown.
    'camerabeelden', 'bewakingsbeelden', 'images de vidéosurveillance', 'Aufnahmen der Überwachungskameras', 'Videoüberwachungsaufnahmen',
    'imágenes de las cámaras de vigilancia', 'grabaciones de videovigilancia', 'immagini della videosorveglianza', 'filmati delle telecamere',
    '閉路電視片段', '监控录像', '監控錄像',
    // Without the people concerned knowing, or their parents agreeing.
    'sin que lo supieran', 'sin que lo sepan', 'à leur insu', "à l'insu des", 'à l’insu des', "all'insaputa", 'all’insaputa',
    'ohne Wissen der Eltern', 'zonder medeweten van ouders', '未經家長同意', '未经家长同意',
    // Children's data taken without their parents' or guardians' consent.
    "sans l'accord des parents", 'sans l’accord des parents', "sans l'accord de leurs parents", 'sans le consentement des parents',
    'sans le consentement de leurs parents', 'ohne Zustimmung der Eltern', 'ohne Einwilligung der Eltern', 'sin el consentimiento de los padres',
    'sin permiso de los padres', 'senza il consenso dei genitori', 'zonder toestemming van de ouders', 'zonder toestemming van ouders',
    '未取得監護人同意', '未取得监护人同意', '未經監護人同意', '未经监护人同意', '誘導同意', '诱导同意', '強制同意', '强制同意',
    // Patients not told or asked, as "without telling patients" in English.
    'sans en informer les patients', 'ohne die Patienten zu fragen', 'ohne die Patienten zu informieren', 'sin preguntar a los pacientes',
    'senza chiedere ai pazienti', 'zonder patiënten te vragen',
    // Spying on what users watch or do, as outlets say of devices and apps.
    'espiar a los usuarios', 'espiar lo que', 'espían a los usuarios', 'espionner les utilisateurs', 'espionnent les utilisateurs',
    'Nutzer auszuspionieren', 'spionieren Nutzer aus', 'spiare gli utenti', 'spiano gli utenti', 'gebruikers bespioneren',
    'bespioneren gebruikers', '監視用戶', '监视用户', '偷聽用戶', '偷听用户',
    // Without telling the people whose calls or data it is, as "without telling customers" in English.
    'sin avisar a los clientes', 'sin avisar a los usuarios', 'sin informar a los clientes', 'sin informar a los usuarios',
    'sans prévenir les clients', 'sans informer les clients', 'sans informer les utilisateurs', 'ohne die Kunden zu informieren',
    'ohne Wissen der Kunden', 'ohne Wissen der Nutzer', 'senza avvisare i clienti', 'senza informare i clienti', 'senza informare gli utenti',
    'zonder klanten te informeren', 'zonder medeweten van klanten', 'zonder medeweten van gebruikers', 'ley contra las escuchas',
    'escuchas ilegales', 'écoutes illégales', 'Eingriffe in die Privatsphäre', 'Bundestrojaner', 'Staatstrojaner',
    'sans leur consentement', 'sans consentement', 'ohne Einwilligung', 'ohne Zustimmung', 'sin consentimiento',
    'sin su consentimiento', 'senza consenso', 'zonder toestemming', 'private chats', 'private chat', 'private conversation',
    '未經同意', '未经同意', '未徵得同意', '未征得同意', '未徵得用戶同意', '未征得用户同意', '違法收集', '违法收集', '非法收集', '違規收集', '违规收集', '兜售',
    // Collecting more than a service needs, as mainland regulators word it.
    '過度收集', '过度收集', '超範圍收集', '超范围收集', '強制索取', '强制索取',
    // People's recordings and recorded conversations, as "voice recordings" in English.
    'enregistrements vocaux', 'conversations enregistrées', "enregistrements d'utilisateurs", 'enregistrements des utilisateurs',
    'Sprachaufnahmen', 'Gesprächsaufzeichnungen', 'Aufnahmen von Nutzern', 'grabaciones de voz', 'conversaciones grabadas',
    'grabaciones de usuarios', 'grabaciones de los usuarios', 'registrazioni vocali', 'conversazioni registrate',
    'registrazioni degli utenti', 'spraakopnames', 'opgenomen gesprekken', 'opnames van gebruikers',
    // Private conversations and intimate images, and scanning everyone's private messages ("Chatkontrolle").
    'conversazioni private', 'conversaciones privadas', 'conversations privées', 'private Gespräche', 'privégesprekken',
    'vídeos íntimos', 'imágenes íntimas', 'vidéos intimes', 'images intimes', 'intime Aufnahmen', 'intime Bilder', 'video intimi',
    'immagini intime', 'intieme beelden', 'Chatkontrolle', 'chatcontrole', 'contrôle des conversations', 'privater Chats',
    'privaten Chats', 'private Nachrichten', 'privater Nachrichten', 'messaggi privati', 'mensajes privados', 'messages privés',
    '私人訊息', '私人信息', '私人对话', '私人對話',
    // People paid to listen to and type out what others said to a device, and what it recorded by mistake.
    'Mitschnitte', 'Sprachmitschnitte', 'Audiomitschnitte', 'mitgehört', 'mithören', 'hören mit', 'versehentlich aufgezeichnet',
    'versehentlich aufgezeichnete', 'escuchar y transcribir', 'escuchan y transcriben', 'transcribir grabaciones',
    'fragmentos de audio', 'grabaciones accidentales', 'écouter des enregistrements', 'écoutent des enregistrements',
    'écouté des enregistrements', 'extraits audio', 'extraits sonores', 'enregistrés par erreur', 'ascoltare le registrazioni',
    'ascoltano le registrazioni', 'ascoltato le registrazioni', 'frammenti audio', 'registrazioni accidentali', 'meeluisteren',
    'luisteren mee', 'luistert mee', 'meegeluisterd', 'luisterden mee', 'uitgetikt', 'uitgetypt', 'uittypen', 'geluidsfragmenten', 'spraakfragmenten', 'audiofragmenten',
    'spraakopdrachten', 'per vergissing opgenomen', '語音片段', '语音片段', '錄音片段', '录音片段', '語音訊息', '语音消息',
    '人工聽取', '人工听取', '監聽', '监听', '人工審聽', '人工审听', '聽取用戶錄音', '听取用户录音', '聽取錄音', '听取录音', '收聽用戶錄音',
    '收听用户录音',
    // Hidden cameras filming people where they live, and the offences that name it.
    'caméra cachée', 'caméras cachées', 'voyeurisme', 'versteckte Kamera', 'versteckten Kamera', 'versteckte Kameras', 'heimlich gefilmt',
    'höchstpersönlichen Lebensbereichs', 'cámara oculta', 'cámaras ocultas', 'descubrimiento y revelación de secretos', 'telecamera nascosta',
    'telecamere nascoste', 'microcamera', 'interferenze illecite nella vita privata', 'verborgen camera', "verborgen camera's",
    'verborgen camera’s', 'heimelijk gefilmd', '針孔', '针孔', '妨害秘密', '隱藏攝影機', '隐藏摄像头', '微型摄像头', '微型攝影機',
    // A tracker hidden on someone's car, as "GPS tracker" in English.
    'balise GPS', 'Peilsender', 'GPS-Tracker', 'localizador GPS', 'dispositivo GPS', 'localizzatore GPS', 'Gps nascosto', 'gps-tracker',
    'GPS追蹤器', 'GPS追踪器', 'GPS定位器',
    // Staff looking into a person's file without reason, as "snooping" in English.
    'consultations illégitimes', 'consulté sans raison', 'ohne Behandlungsbezug', 'unbefugt eingesehen', 'unbefugten Zugriff',
    'accesos indebidos', 'acceso indebido', 'consultó sin motivo', 'accessi abusivi', 'accesso abusivo', 'consultato senza motivo',
    'onrechtmatig ingezien', 'zonder reden ingezien', 'ongeoorloofd ingezien', '無診療需要', '无诊疗需要', '違規查閱', '违规查阅', '窺探',
    '窥探',
    // Software that watches what people do on their devices.
    'logiciel de surveillance', 'software de vigilancia', 'programa de vigilancia', 'software di monitoraggio',
    'software di sorveglianza', 'monitoringsoftware', 'volgsoftware',
    // The state intercepting people's communications: wiretaps, bulk interception, the laws that allow them.
    'interception des communications', 'interceptions de communications', 'écoutes téléphoniques', 'écoutes administratives',
    'Telefonüberwachung', 'Telekommunikationsüberwachung', 'Quellen-TKÜ', 'Onlinedurchsuchung', 'abgehört', 'abhören', 'abzuhören',
    'Abhörbefugnisse', 'Lauschangriff',
    'intervención de las comunicaciones', 'interceptación de las comunicaciones', 'escuchas telefónicas', 'pinchazos telefónicos',
    'intercettazione delle comunicazioni', 'intercettazioni telefoniche', 'intercettazioni', 'aftappen', 'af te tappen',
    'afgetapt', 'tapbevoegdheid', 'tapbevoegdheden', 'sleepnet', 'sleepwet', 'ongerichte interceptie', '截取通訊', '截取通讯',
    '電話監聽', '电话监听', '竊聽', '窃听',
    // People who read what users typed to a chatbot, as "human reviewers" in English.
    'menschliche Prüfer', 'menschlichen Prüfern', 'menschliche Gutachter', 'menschlichen Gutachtern', 'von Menschen gelesen',
    'von Menschen ausgewertet', 'von Mitarbeitern gelesen', 'examinateurs humains', 'relecteurs humains', 'lues par des humains',
    'lus par des humains', 'revisores humanos', 'leídas por humanos', 'revisadas por humanos', 'revisori umani',
    'lette da esseri umani', 'letti da esseri umani', 'menselijke beoordelaars', 'door mensen gelezen', 'door mensen beoordeeld',
    '真人審閱', '真人审阅', '由人工審閱', '由人工审阅',
    // Selling people's data, as "sold personal data" in English.
    'vendu des données', 'revendu des données', 'vente de données', 'données revendues', 'données vendues', 'Daten verkauft',
    'Kundendaten verkauft', 'Verkauf von Daten', 'Datenverkauf', 'vendió datos', 'venta de datos', 'datos vendidos',
    'vendita di dati', 'dati venduti', 'venduto i dati', 'gegevens verkocht', 'gegevens doorverkocht', 'klantgegevens verkocht',
    'klantgegevens doorverkocht', 'verkoop van gegevens', '出售個人資料', '出售个人信息', '販賣個人資料', '贩卖个人信息',
    // Reselling customers' and citizens' information, the commonest data crime in mainland courts' reports.
    '倒卖个人信息', '倒賣個人資料', '倒卖公民个人信息', '倒賣公民個人信息', '倒卖客户信息', '倒賣客戶資料', '出售客户信息',
    '出售客戶資料', '贩卖客户信息', '出售公民个人信息', '出售公民個人信息', '非法获取公民个人信息', '非法獲取公民個人信息',
    // Recording people in secret, in each language.
    'heimlich aufgezeichnet', 'heimlich aufgenommen', 'heimlich mitgeschnitten', 'heimlich aufzeichnen', 'heimlich aufnehmen',
    'Abhörfunktion', 'Abhörfunktionen', 'Abhörgerät', 'Abhörgeräte', 'Abhörgeräten', 'enregistrés à leur insu', 'enregistré à leur insu',
    'grabó en secreto', 'grabadas en secreto', 'grabados en secreto', 'grabadas sin consentimiento', 'registrato di nascosto',
    'registrate di nascosto', 'registrati di nascosto', 'stiekem opgenomen', 'heimelijk opgenomen', '偷錄', '偷录', '秘密錄音', '秘密录音',
    'sans informer les patients', 'sin informar a los pacientes', 'senza informare i pazienti', 'ohne die Patienten zu informieren',
    'zonder patiënten te informeren',
    // Staff looking people up in records they may not look into, as "snooping" in English.
    'unberechtigt abgefragt', 'unbefugt abgefragt', 'unberechtigte Abfragen', 'unbefugte Abfragen', 'unberechtigte Datenabfragen',
    'Datenabfragen', 'unberechtigter Abfragen', 'unbefugter Abfragen', 'unberechtigten Abfragen', 'unbefugten Abfragen',
    'unzulässige Abfragen', 'unzulässiger Abfragen', 'consultations illégales', 'consulté illégalement', 'consultations abusives', 'consultations illicites',
    'accesos indebidos', 'accedió indebidamente', 'consultas indebidas', 'accessi abusivi', 'accesso abusivo', 'consultazioni abusive',
    'onrechtmatig geraadpleegd', 'ongeoorloofd ingezien', 'onbevoegd ingezien', 'keken onbevoegd', 'onbevoegd gekeken',
    'onbevoegd ingekeken', 'zonder reden ingekeken', 'onrechtmatig ingezien', 'gesnuffeld', 'snuffelen in', '違規查詢', '违规查询',
    '非法查詢', '非法查询', 'dossieraggio', 'accessi alle banche dati', 'accessi illeciti alle banche dati', 'consultato senza motivo',
    'consultati senza motivo', 'senza ragioni di servizio', 'ohne dienstlichen Anlass', 'ohne dienstlichen Grund', 'sans motif professionnel',
    'sin motivo justificado', 'zonder zakelijke reden', 'zonder geldige reden',
    // Without the consent of the people named ("ohne deren Einwilligung", "senza il loro consenso"), as "without their consent".
    'ohne deren Einwilligung', 'ohne ihre Einwilligung', 'ohne ihre Zustimmung', 'ohne deren Zustimmung', 'senza il loro consenso',
    'senza il consenso', 'sin el consentimiento', 'sans le consentement', 'zonder hun toestemming', '未經同意收集', '未经同意收集',
    // Without people's knowledge, or after they switched a setting off or objected.
    'à leur insu', 'à son insu', 'avaient désactivé', 'avait désactivé', 'malgré leur opposition', 'après leur opposition',
    'ohne ihr Wissen', 'ohne deren Wissen', 'ohne Wissen der', 'ausgeschaltet hatten', 'ausgeschaltet hatte', 'deaktiviert hatten',
    'trotz Widerspruchs', 'trotz Widerspruch', 'sin su conocimiento', 'sin conocimiento de', 'habían desactivado',
    'había desactivado', 'pese a su oposición', 'tras rechazar', 'tras la negativa', 'a loro insaputa', 'a sua insaputa',
    'avevano disattivato', 'aveva disattivato', "dopo l'opposizione", 'si erano opposti', 'zonder medeweten', 'zonder hun medeweten',
    'hadden uitgezet', 'had uitgezet', 'hadden uitgeschakeld', 'ondanks bezwaar', '不知情', '關閉後仍', '关闭后仍', '拒絕後仍', '拒绝后仍',
    '後仍收集', '后仍收集', '後仍然收集', '后仍然收集',
  ],
  // Data about people sold: its own cue, so it adds to the words around it (consent, the kind of data).
  'scope:data-sale': SOLD_DATA_TERMS,
  'scope:ad-tracking': [
    // The right to object to a use of one's data, as "right to object" and "opt out" in English.
    "droit d'opposition", "droit d’opposition", "s'opposer à l'utilisation", "s’opposer à l’utilisation", 'Widerspruchsrecht',
    'der Nutzung widersprechen', 'der Verwendung widersprechen', 'Widerspruch gegen die Nutzung', 'Widerspruch gegen die Verwendung',
    'derecho de oposición', 'oponerse al uso', 'oponerse al tratamiento', 'diritto di opposizione', "opporsi all'uso", 'opporsi all’uso',
    "opporsi all'utilizzo", 'opporsi all’utilizzo', 'opporsi al trattamento', 'recht van bezwaar', 'recht op bezwaar',
    'bezwaar maken tegen het gebruik', '拒絕權', '拒绝权', '選擇退出', '选择退出',
    // Watching everyone, as "mass surveillance" in English.
    'massasurveillance', 'massale surveillance', 'Massenüberwachung', 'vigilancia masiva', 'vigilancia masiva de', 'sorveglianza di massa',
    '大規模監控', '大规模监控', '全民監控', '全民监控',
    // Cookie banners, as "cookie banner" in English.
    'bandeau cookies', 'bandeau de cookies', 'bandeaux cookies', 'bandeaux de cookies', 'Cookie-Banner', 'Cookiebanner', 'Cookie-Hinweis',
    'banner de cookies', 'aviso de cookies', 'banner dei cookie', 'banner cookie', 'cookiemelding', 'cookiebanner', 'cookiewall',
    'trackingcookies', 'Tracking-Cookies', 'cookies de seguimiento', 'cookie di profilazione', 'Cookie弹窗', 'Cookie彈窗', 'Cookie橫幅',
    'Cookie横幅', 'Cookie提示框', '追蹤Cookie', '追踪Cookie',
    // Spyware, and apps that spy on the people who carry them, as "spyware" and "spy app" in English.
    'logiciel espion', 'logiciels espions', 'logiciel-espion', "outil d'espionnage", 'outil d’espionnage', 'application espionne',
    'Spähsoftware', 'Spionagesoftware', 'Staatstrojaner', 'Überwachungssoftware', 'Spionagewerkzeug', 'Spionage-App',
    'Spionagetool', 'software espía', 'programa espía', 'programas espía', 'programa de espionaje', 'herramienta de espionaje',
    'aplicación espía', 'software spia', 'strumento di spionaggio', 'app spia', 'spionagesoftware', 'spionagemiddel',
    'spionage-app', 'spionageapp', 'spionagetool', '間諜軟件', '间谍软件', '間諜軟體', '間諜程式', '间谍程序', '監控工具',
    '监控工具', '間諜工具', '间谍工具', '監控軟件', '监控软件',
    // Tracking pixels, and people's data handed to advertisers ("condiviso con gli inserzionisti").
    'pixels de suivi', 'pixel de suivi', 'Tracking-Pixel', 'Trackingpixel', 'píxeles de seguimiento', 'píxel de seguimiento',
    'pixel di tracciamento', 'trackingpixels', 'trackingpixel', '追蹤像素', '追踪像素', 'partagées avec des annonceurs',
    'partagé avec des annonceurs', 'an Werbetreibende weitergegeben', 'mit Werbetreibenden geteilt', 'compartidos con anunciantes',
    'compartió con anunciantes', 'condiviso con gli inserzionisti', 'condivisi con gli inserzionisti', 'gedeeld met adverteerders',
    'traceurs', 'témoins de connexion', 'rastreo', 'tracciamento', 'videosorveglianza', 'vidéosurveillance', 'Videoüberwachung',
    'videovigilancia', 'cameratoezicht',
    // Advertising aimed at people by what is known of them, as "targeted advertising" in English.
    'publicités ciblées', 'publicité personnalisée', 'publicités personnalisées', 'gezielte Werbung', 'personalisierte Werbung',
    'personalisierter Werbung', 'publicidad dirigida', 'publicidad personalizada', 'publicidad segmentada', 'anuncios personalizados',
    'pubblicità mirata', 'pubblicità personalizzata', 'annunci personalizzati', 'gerichte advertenties', 'gepersonaliseerde advertenties',
    'gerichte reclame', 'gepersonaliseerde reclame', '定向廣告', '定向广告', '精準廣告', '精准广告', '個人化廣告', '个性化广告',
  ],
  'scope:tracking': [
    // Data stripped of names or with names replaced, as "anonymised" and "pseudonymised" in English.
    'anonymisées', 'anonymisés', 'pseudonymisées', 'pseudonymisés', 'pseudonymisation', 'anonymisiert', 'anonymisierte',
    'anonymisierten', 'pseudonymisiert', 'pseudonymisierte', 'pseudonymisierten', 'Pseudonymisierung', 'anonimizados',
    'anonimizadas', 'seudonimizados', 'seudonimizadas', 'seudonimización', 'anonimizzati', 'anonimizzate', 'pseudonimizzati',
    'pseudonimizzate', 'pseudonimizzazione', 'geanonimiseerd', 'geanonimiseerde', 'gepseudonimiseerd', 'gepseudonimiseerde',
    'pseudonimisering', '去識別化', '去标识化', '假名化', '匿名化',
    // Keeping everyone's communications data, as "data retention" in English.
    'dataretentie', 'dataretentiewet', 'bewaarplicht', 'Vorratsdatenspeicherung', 'conservation des données de connexion',
    'conservación de datos de tráfico', 'conservazione dei dati di traffico', 'metagegevens', 'Verbindungsdaten', 'métadonnées',
    'metadatos', 'metadati',
    // Number plates, which cameras read to follow cars and their drivers.
    'kentekens', 'kentekenplaten', 'Autokennzeichen', 'Kfz-Kennzeichen', "plaques d'immatriculation", 'plaques d’immatriculation',
    'matrículas', 'targhe', '車牌', '车牌',
    // Reading every passing car's number plate.
    'Kennzeichenerfassung', 'Kennzeichenerkennung', 'reconnaissance automatique des plaques', 'lecture automatique des plaques',
    'lectura automática de matrículas', 'lettura automatica delle targhe', 'kentekenherkenning', 'ANPR-camera', "ANPR-camera's",
    'Datenerhebung', 'Datenerfassung',
    // Scraping and watching people, as verbs ("aspiré des profils", "überwachen Schüler").
    'aspiré', 'aspirer', 'aspirées', 'massenhaft abgegriffen', 'schraapte', 'geschraapt', 'scrapen', 'raccolto in massa', 'raccolte in massa',
    'überwachen', 'überwacht', 'überwachte', 'vigilan', 'vigila', 'vigilaba', 'épie', 'épient', 'Suchanfragen', 'zoekopdrachten',
    'búsquedas', 'ricerche online',
    // Scraping as French writes it, and the data of contact tracing.
    'moissonnage', 'moissonner', 'contact tracing', 'contact-tracing', '接触者追踪', '接觸者追蹤', 'traçage des contacts',
    'Kontaktverfolgung', 'rastreo de contactos', 'tracciamento dei contatti', 'contactonderzoek',
    // Fingerprints, as weak as "fingerprints" in English (a crime scene's are not people's data).
    'empreintes digitales', 'Fingerabdrücke', 'Fingerabdrücken', 'Fingerabdruck', 'huellas dactilares', 'impronte digitali',
    'vingerafdrukken', 'vingerafdruk', '指紋', '指纹', 'empreinte digitale', 'huella dactilar', 'impronta digitale',
    'surveillance de masse', 'Überwachung', 'vigilancia', 'sorveglianza', 'surveillance des salariés', 'toezicht op werknemers',
    // Collecting data, as "data collection" is in English (蒐集 is Taiwan's legal word for it).
    '蒐集', '收集數據', '收集数据', '收集資料', '收集资料', '數據收集', '数据收集', '資料收集', '資料蒐集', '收集個人', '收集个人',
    'collecte de données', 'collecte des données', 'collecté des données', 'Datensammlung', 'Daten gesammelt', 'Daten sammeln',
    'sammelte Daten', 'recopilación de datos', 'recogida de datos', 'recopilaba datos', 'raccolta di dati', 'raccolta dei dati',
    'verzamelen van gegevens', 'gegevens verzamelen', 'gegevens verzamelde', 'verzamelde gegevens', 'gegevensverzameling',
  ],
  'scope:authority': ['régulateur', 'Behörde', 'regulador', 'autorità', 'toezichthouder', '監管機構', '监管机构'],
  'scope:weak': [
    'privacidad', 'confidentialité', 'Privatsphäre',
    // Advertisers, as weak as "advertisers" in English.
    'annonceurs', 'Werbetreibende', 'Werbetreibenden', 'anunciantes', 'inserzionisti', 'adverteerders', '廣告商', '广告商',
    // Private life alone, as weak as "privacy" (a celebrity asks for it too).
    'vida privada', 'vita privata', 'Privatleben', 'privéleven',
    // Confidentiality, as weak as "confidentialité" is.
    'confidencialidad', 'confidenzialità', 'Vertraulichkeit', 'vertrouwelijkheid',
    // Consent, as weak as "consent" in English (a permit is consented to as well).
    'consentement', 'consentir', 'Einwilligung', 'einwilligen', 'Zustimmung', 'consentimiento', 'consenso', 'acconsentire', 'toestemming',
    // "without permission", as weak as in English.
    'sin permiso', 'sin su permiso', 'sin su autorización', 'sin autorización', 'sans autorisation', 'sans leur autorisation', 'senza autorizzazione', 'senza permesso',
    'ohne Erlaubnis',
  ],

  'negative:ai-business': [
    'puces', 'semi-conducteurs', 'Halbleiter', 'Chipfabrik', 'semiconductores', 'semiconduttori', 'chipmachines',
    'lithografiemachines', '晶片', '芯片', '半導體', '半导体', '出口管制',
  ],
  // Famous people asking to be left alone: "privacy" in the loose sense.
  'negative:celebrity': [
    'photographes', 'paparazzis', 'couple princier', 'famille royale', 'respect de sa vie privée', 'respecter sa vie privée',
    'respecter leur vie privée', 'Fotografen', 'Königshaus', 'Influencerin', 'Privatsphäre zu respektieren',
    'fotógrafos', 'casa real', 'respeten su privacidad', 'respetar su privacidad', 'fotografi', 'famiglia reale',
    'rispetto della privacy', 'rispettare la privacy', 'influencer', 'fotografen', 'koninklijk paar', 'koninklijke familie',
    'koningshuis', 'privacy te respecteren', '狗仔隊', '狗仔队',
  ],
  // "No personal data was taken", as Chinese says it: the data words inside do not make a breach.
  'negative:no-personal-data': [
    '未有資料外洩', '沒有資料外洩', '並無資料外洩', '未有個人資料外洩', '沒有個人資料外洩', '未涉及個人資料', '不涉及個人資料',
    '没有数据泄露', '未发生数据泄露', '并无数据泄露', '未涉及个人信息', '不涉及个人信息', '未造成数据泄露', '未有资料外泄',
    // "The data was not taken", as officials say it after an attack.
    'non sono stati sottratti', 'non sono stati rubati', 'nessun dato è stato sottratto', 'nessun dato sottratto',
    'no fueron robados', 'no se robaron datos', 'no han sido sustraídos', 'no se han visto comprometidos', 'sin robo de datos',
    "n'ont pas été dérobées", "n'ont pas été volées", "aucune donnée n'a été dérobée", "aucune donnée n'a été volée",
    'pas de vol de données', 'keine Daten abgeflossen', 'keine Daten gestohlen', 'nicht abgeflossen', 'keine Daten erbeutet',
    'geen gegevens gestolen', 'geen gegevens buitgemaakt', 'niet gestolen', 'geen gegevens gelekt', 'zijn er geen persoonsgegevens',
    'geen persoonsgegevens buitgemaakt', 'geen persoonsgegevens gestolen', 'keine personenbezogenen Daten abgeflossen',
  ],
  'negative:outage': ['阻斷服務', '阻断服务'],
  'negative:event-notice': [
    'séminaire', 'séminaires', 'webinaire', 'webinaires', 'Seminar', 'Seminare', 'Webinar', 'Webinare', 'Workshop', 'Workshops',
    'seminario', 'seminarios', 'seminari', 'taller', 'talleres', 'seminarie', 'seminaries', '研討會', '研讨会', '講座', '讲座', '工作坊',
  ],
  'negative:finance': ['levée de fonds', 'valorisation', 'Umsatz', 'ingresos', 'ricavi', 'omzet', '融資', '融资', '估值'],
  'negative:copyright': [
    "droit d'auteur", "droits d'auteur", 'Urheberrecht', 'urheberrechtlich', 'Urheberrechtsklage', 'derechos de autor',
    "diritto d'autore", 'auteursrecht', 'auteursrechtelijk', '版權', '版权', '著作權', '著作权',
    // The adjective in every ending, the rights holders, and the text-and-data-mining exception copyright law makes for training.
    'urheberrechtliche', 'urheberrechtlichen', 'urheberrechtlicher', 'auteursrechtelijke', 'Rechteinhaber', 'Rechteinhabern',
    'ayants droit', 'titulares de derechos', 'titolari dei diritti', 'rechthebbenden', 'rechthebbende', 'auteursrechtenorganisatie',
    'Text und Data Mining', 'Text- und Data-Mining', 'fouille de textes et de données', 'minería de textos y datos',
    'estrazione di testo e di dati', 'tekst- en datamining',
  ],
  'negative:ai-safety': ["sécurité de l'IA", 'KI-Sicherheit', 'seguridad de la IA', "sicurezza dell'IA", '人工智能安全峰會', '人工智能安全峰会', '安全峰會', '安全峰会'],
  'negative:algorithm-oversight': [
    'conseils de vote', 'Wahlempfehlung', 'Wahlempfehlungen', 'consejos de voto', 'consigli di voto', 'stemadvies', 'stemadviezen',
    'algoritmetoezichthouder', 'algoritmetoezicht', 'algoritmerisico', "algoritmerisico's", 'Algorithmenaufsicht', '投票建議', '投票建议',
  ],
  'negative:politics': ['sécurité nationale', 'nationale Sicherheit', 'seguridad nacional', 'sicurezza nazionale', 'nationale veiligheid', '國家安全', '国家安全'],

  'topic:enforcement/sanction': [
    'amende', 'amendes', 'sanctions', 'sanctionne', 'sanctionné', 'sanctionnée', 'inflige', 'mise en demeure', 'met en demeure',
    'mis en demeure', 'sommée', 'sommé',
    'enquête', 'contrôle', 'contrôles',
    'Bußgeld', 'Bussgeld', 'Bußgelder', 'Bußgeldes', 'verhängt', 'ahndet', 'geahndet', 'ahnden', 'Geldbuße', 'Geldbußen', 'Anordnung', 'ordnet', 'untersagen', 'untersagt', 'Verbot',
    'Ermittlungen', 'Dringlichkeitsverfahren', 'Prüfverfahren', 'Untersuchung', 'Untersuchungen', 'Bußgeldverfahren',
    'multa', 'multas', 'sanción', 'sanciones', 'sanciona', 'investigación', 'medida cautelar', 'ordena', 'expediente sancionador',
    'sanzione', 'sanzioni', 'sanziona', 'istruttoria', 'blocca', 'ordina', 'limitazione provvisoria', 'ammonimento',
    'provvedimento',
    'boete', 'boetes', 'beboet', 'dwangsom', 'last onder dwangsom', 'onderzoek', 'handhaving',
    '罰鍰', '處罰', '处罚', '下令', '責令', '责令', '通報', '通报', '整改', '執行通知', '执行通知', '約談', '约谈',
  ],
  'topic:enforcement/intervention': ['procédure de contrôle', 'actuaciones previas', 'ouvre une enquête', 'leitet ein Verfahren ein', 'avvia', 'start onderzoek', '去信', '循規審查', '合规审查'],
  'topic:enforcement/pressure': [
    'avertissement', 'rappelle', 'warnt', 'Warnung', 'advierte', 'avverte', 'avvertimento', 'waarschuwt', 'waarschuwing',
    'plainte', 'plaintes', 'Beschwerde', 'Beschwerden', 'reclamación', 'denuncia', 'reclamo', 'klacht', 'klachten',
    'suspendre', 'aussetzen', 'suspender', 'suspende', 'sospendere', 'opschorten', '提醒', '要求',
  ],
  'topic:breach/incident': [
    // Records thrown away without being destroyed.
    'nicht ordnungsgemäss entsorgt', 'nicht ordnungsgemäß entsorgt', 'unsachgemäss entsorgt', 'unsachgemäß entsorgt',
    'mal détruits', 'sans être détruits', 'pas été détruits', 'pas été détruites', 'sin destruir', 'senza essere distrutti', 'niet vernietigd',
    ...MISDIRECTED_LANGUAGE_TERMS,
    // Data put up for sale, as "for sale" in English.
    'à vendre', 'mises en vente', 'mis en vente', 'zum Verkauf', 'a la venta', 'en venta', 'puestos a la venta', 'in vendita',
    'messi in vendita', 'te koop', 'te koop aangeboden', '放售', '被兜售', '被出售', '被贩卖', '被販賣',
    // A device lost unencrypted, and a fault that showed people's data to others.
    'non chiffrée', 'non chiffré', 'clé USB', 'sin cifrar', 'pendrive', 'non cifrata', 'non cifrato', 'chiavetta', 'pennetta', 'Fehlers',
    'unverschlüsselt', 'unverschlüsselten', 'unverschlüsselte', 'USB-Stick', 'onversleuteld', 'onversleutelde', 'usb-stick',
    '未加密', 'USB手指', 'U盘', '隨身碟', 'bug', 'panne', 'Panne', 'Fehler', 'fallo', 'falla', 'fout', '漏洞', '程式錯誤', '程序错误',
    // Data left open to anyone, as "publicly accessible" and "misconfigured server" in English.
    'frei abrufbar', 'frei zugänglich', 'öffentlich zugänglich', 'ungeschützt', 'ungesichert', 'ungesicherten', 'librement accessibles',
    'librement accessible', 'accessibles à tous', 'en accès libre', 'mal configuré', 'non sécurisé', 'accesibles públicamente',
    'al alcance de cualquiera', 'sin protección', 'mal configurado', 'liberamente accessibili', 'accessibili a chiunque',
    'non protetto', 'senza protezione', 'vrij toegankelijk', 'openbaar toegankelijk', 'onbeveiligd', 'onbeveiligde', '公開可查',
    '任何人都可', '未設密碼', '未设密码', '無需密碼', '无需密码',
    // Stolen files published where buyers look for them, and the extortionists who publish them.
    'Darknet', 'Erpresser', 'Erpressern', 'extorsionadores', 'estorsori', 'afpersers', '暗網', '暗网',
    // The Dutch past of leaking, as headlines use it ("lekte paspoortgegevens").
    'lekte', 'lekten', 'lekken',
    'cyberattaque', 'piratage', 'piraté', 'pirates', 'rançongiciel', 'Hackerangriff', 'Cyberangriff', 'gehackt', 'Hacker',
    'ciberataque', 'hackeo', 'acceso no autorizado', 'attacco informatico', 'accesso non autorizzato', 'violati',
    'cyberaanval', 'buitgemaakt', 'gestolen', 'datalek', 'fuite', 'Datenleck', 'Datenpanne', 'brecha', 'violazione',
    '勒索軟件', '勒索软件', '網絡攻擊', '网络攻击', '遭入侵', '洩漏', '泄漏',
    // The verbs of theft and exposure in each language, past forms as headlines use them.
    'dérobé', 'dérobées', 'dérobés', 'volées', 'volés', 'exposé', 'exposées', 'hackean', 'hackearon', 'roban', 'robaron', 'robados',
    'expuestos', 'robado', 'robados', 'robadas', 'robó', 'rubato', 'rubata', 'rubati', 'rubate', 'trafugato', 'trafugati', 'trafugate', 'sottratto', 'sottratti', 'sottratte', 'esposti', 'gestohlen', 'gestohlene', 'gestohlenen', 'gestohlener', 'entwendet', 'entwendete', 'entwendeten', 'erbeutet', 'erbeutete', 'erbeuteten', 'abgeflossen', 'gelekt', 'gehackt', 'hack', '暴露', '竊取', '窃取',
    // Unlawful access and extraction, leaking, and data left open to anyone ("abrufbar", "accessibles", "公开访问").
    'accès frauduleux', 'accès illégal', 'accessibles', 'consultables', 'indexées', 'Leck', 'unbefugter Zugriff', 'unbefugte Zugriffe',
    'abrufbar', 'einsehbar', 'frei zugänglich', 'versehentlich veröffentlicht', 'publiées par erreur', 'publiés par erreur',
    'publicados por error', 'publicadas por error', 'publica por error', 'publicó por error', 'publicaron por error',
    'pubblica per errore', 'publie par erreur', 'a publié par erreur', 'publiceerde per ongeluk', 'accesible', 'accessibile',
    'consultabile', 'zichtbaar voor iedereen', 'openbaar zichtbaar', 'pubblicati per errore', 'pubblicate per errore', 'per ongeluk gepubliceerd',
    'per abuis gepubliceerd', 'filtran', 'filtraron', 'filtró', 'filtrado', 'filtrados', 'filtradas', 'filtración',
    'filtraciones', 'pirata informático', 'piratas informáticos', 'ciberdelincuentes', 'fuité', 'fuitées', 'trapelati', 'trapelate', 'acceso indebido',
    'accesos indebidos', 'expone', 'exponen', 'expuso', 'al descubierto', 'accesibles', 'accessi abusivi', 'accesso abusivo', 'estratto illegalmente', 'estratti illegalmente',
    'accessibili', 'consultabili', 'onbevoegde toegang', 'ongeautoriseerde toegang', 'inzichtelijk', 'openbaar toegankelijk',
    '公開存取', '公开访问', '公開瀏覽', '公开浏览', '遭駭', '遭黑客入侵',
    // Data taken by scraping or carried off: "abgegriffen", "abgesaugt", "Scraping-Vorfall".
    'abgegriffen', 'abgesaugt', 'abgeschöpft', 'Scraping-Vorfall', 'Scraping-Vorfalls', 'Scraping-Vorfällen',
    // Breaking into systems: "in die Datenbank eingedrungen", "intrusion dans le système".
    'eingedrungen', 'einzudringen', 'intrusion', 'intrusión', 'intrusione', 'binnengedrongen', 'ingebroken',
    // Exposing data in the other tenses: "esponeva i dati", "exponía datos", "exposait les données".
    'esponeva', 'esponevano', 'espone', 'esposto', 'esposte', 'exposait', 'exposés', 'exponía', 'exponían', 'offengelegt',
    'blootgesteld', 'blootgelegd', 'lag open', 'lagen open',
  ],
  'topic:legislation/law-making': [
    'loi', 'projet de loi', 'règlement', 'décret', 'recommandations', 'lignes directrices', 'entre en vigueur', 'fiches pratiques',
    'Gesetz', 'Gesetzentwurf', 'Verordnung', 'Orientierungshilfe', 'Leitlinien', 'tritt in Kraft', 'Diskussionspapier',
    'ley', 'reglamento', 'anteproyecto', 'entra en vigor', 'directrices', 'guía',
    'legge', 'decreto', 'linee guida', 'indicazioni', 'entra in vigore',
    'wet', 'wetsvoorstel', 'richtlijnen', 'treedt in werking',
    // A legislature passing a law, as "passed" and "adopted" in English.
    'adopte', 'adopté', 'adoptée', 'verabschiedet', 'verabschiedete', 'beschlossen', 'aprueba', 'aprobó', 'aprobada', 'approva',
    'approvato', 'approvata', 'aangenomen', 'neemt aan', '三讀通過', '三读通过', '表決通過', '表决通过', '立法會通過', '人大通过',
    '辦法', '办法', '規定', '规定', '施行', '國家標準', '国家标准', '三讀', '三读', '暫行', '暂行', '模範框架', '模范框架',
  ],
  'topic:litigation/lawsuit': [
    'procès', 'assigne', 'assignent', 'action collective', 'action de groupe', 'Klage', 'Sammelklage', 'Eilantrag', 'verklagt',
    'demandan', 'demanda colectiva', 'ricorso', 'rechtszaak', 'massaclaim', 'dagvaarding',
    // Class actions and juries in every language, as "class action" and "verdict" in English.
    'actions collectives', 'recours collectif', 'Sammelklagen', 'Musterfeststellungsklage', 'demandas colectivas',
    'azione collettiva', 'azioni collettive', 'azione di classe', 'class action', 'massaclaims', 'collectieve actie',
    '集體訴訟', '集体诉讼', '陪審團', '陪审团', 'jury', 'jurado', 'giuria',
    // Damages claimed under the GDPR: "Schadensersatz", "immaterieller Schaden".
    'Schadensersatz', 'Schadenersatz', 'immateriellen Schaden', 'immaterieller Schaden', 'immateriellen Schadens', 'Schmerzensgeld',
  ],
  'topic:litigation/court': [
    'cour', 'jugement', 'Gericht', 'Urteil', 'Oberlandesgericht', 'Landgericht', 'entscheidet', 'sentencia',
    'tribunale', 'sentenza', 'rechter', 'rechtbank', 'uitspraak', '法庭', '判決', '判决', '裁定',
    'tribunal', 'juge', 'Richter', 'Bundesgericht', 'juez', 'giudice', 'schikking', 'schikt', '和解',
  ],
  'topic:children/minors': [
    // Pupils and schoolchildren, as "pupils" in English.
    'élèves', 'écoliers', 'collégiens', 'lycéens', 'Schüler', 'Schülern', 'Schülerinnen', 'alumnos', 'escolares', 'alunni', 'scolari',
    'studenti delle scuole', 'leerlingen', 'scholieren', '學童', '学童', '小學生', '小学生', '中學生', '中学生', '中小學生', '中小学生',
    '學生', '学生', '家長', '家长',
    'enfants', 'mineurs', 'Kinder', 'Kindern', 'Minderjährige', 'Jugendliche', 'menores', 'niños', 'minori', 'bambini',
    'kinderen', 'minderjarigen', "vérification de l'âge", 'Altersverifikation', 'verificación de edad', "verifica dell'età",
    'leeftijdsverificatie', '年齡驗證', '年龄验证', '年齡核實', '年龄核实',
  ],
  'topic:biometrics/biometric-data': [
    '刷脸', '刷臉',
    'reconnaissance faciale', 'biométrique', 'biométriques', 'Gesichtserkennung', 'biometrisch', 'biometrische', 'biometrischen',
    'reconocimiento facial', 'biométricos', 'biométrico', 'riconoscimento facciale', 'biometrici', 'biometrico',
    'gezichtsherkenning', '人臉', '人脸', '虹膜', '指紋', '指纹',
    'empreintes digitales', 'Fingerabdrücke', 'Fingerabdrücken', 'huellas dactilares', 'impronte digitali', 'impronte', 'vingerafdrukken',
    'irisscans', 'irisscan', 'oogscans', 'Irisscans', 'Iris-Scans', 'Augenscans', "scans de l'iris", "scans de l’iris", 'escaneos de iris',
    'escaneo del iris', "scansioni dell'iride",
  ],
  'topic:biometrics/cameras': ['caméras', 'Kameras', 'cámaras', 'telecamere', "camera's", '鏡頭', '镜头', '攝像頭', '摄像头'],
  'topic:cross-border/transfers': [
    'transfert', 'transferts', 'Übermittlung', 'übermittelt', 'Drittland', 'Drittländer', 'transferencia', 'transferencias',
    'trasferimento', 'trasferimenti', 'doorgifte', 'derde landen', '境外', '傳送至', '传送至', '傳輸至', '传输至', '數據傳輸', '数据传输',
  ],
  'topic:consent/choice': [
    'consentement', "s'opposer", 'opposition', 'Einwilligung', 'Widerspruch', 'widersprechen', 'consentimiento', 'oponerse',
    'consenso', 'opporsi', 'toestemming', 'bezwaar', 'bezwaar maken', '單獨同意', '单独同意', '反對', '反对',
  ],

  'ai:train': [
    'entraîner', 'entraîne', 'entraînent', 'entraîné', 'entraînés', 'entraînement', 'entrainer', 'entrainement', 'entraînant',
    'trainieren', 'trainiert', 'trainierte', 'KI-Training', 'anlernen',
    // Feeding data into a model, and labelling it for one ("in KI-Modelle eingespeist", "annotierten die Aufnahmen").
    'eingespeist', 'einspeisen', 'gefüttert', 'füttern', 'annotiert', 'annotierten', 'annotieren', 'annoter', 'annotées',
    'geannoteerd', 'annoteren', 'gevoed', '標註', '标注', '餵給', '喂给', '投喂', '投餵', '「餵」', '「喂」', '餵AI', '喂AI',
    'entrenar', 'entrena', 'entrenado', 'entrenados', 'entrenamiento', 'entrenará', 'entrenan',
    'addestrare', 'addestra', 'addestrato', 'addestrati', 'addestramento', 'addestrando',
    'allenare', 'allena', 'allenato', 'allenata', 'allenati', 'allenamento', 'allenano',
    // Tenses and moods headlines use ("addestrino", "entrenaba", "entraînait").
    'addestrino', 'addestrano', 'addestrava', 'addestravano', 'addestrata', 'addestrate', 'entrenaba', 'entrenaban', 'entrenó',
    'entrenaron', 'entrene', 'entrenen', 'entraînait', 'entraînera', 'entraîneront', 'entraînerait',
    'addestreranno', 'addestrerà', 'addestrerebbe', 'entrenarán', 'entrenaría',
    // Feeding and refining a model, as the press also says it ("alimenteront ses modèles", "verfijnen", "affiner").
    // "Alimenter" a database is no training: only with its model named ("alimenteront ses modèles").
    ...['alimenter', 'alimente', 'alimentent', 'alimentera', 'alimenteront', 'alimentait'].flatMap((verb) =>
      ['ses modèles', 'les modèles', 'leurs modèles', 'son IA', "l'IA", 'l’IA', 'son intelligence artificielle', 'ses algorithmes'].map((model) => `${verb} ${model}`),
    ),
    'nourrissait', 'nourrir', 'nourrit', 'affiner', 'affiné', 'verfijnen', 'verfijnd', 'bijschaven', 'bij te schaven', '調教', '调教',
    'trainen', 'traint', 'getraind', 'trainde', 'trainden', 'trainieren', 'trainierten',
    '微調', '微调', '預訓練', '预训练', '語料', '语料',
    // Fine-tuning as Dutch, German, French, Spanish and Italian write it ("fine-tunet met persoonsgegevens").
    'fine-tunet', 'fine-tunen', 'finetunen', 'finetunet', 'gefinetuned', 'gefinetunet', 'fijnafstemmen', 'fijnafstemt', 'fijnafgestemd',
    'feinabgestimmt', 'feinabstimmen', 'Feinabstimmung', 'feintunen', 'affiner', 'affiné', 'affinés', 'afinar', 'afinado', 'afinados',
    'affinare', 'affinato', 'affinati',
  ],
  'ai:develop': [
    'développer', 'développement', 'développé', 'améliorer', 'amélioration', 'alimenter', 'alimente', 'constitution',
    'entwickeln', 'entwickelt', 'Entwicklung', 'verbessern', 'Verbesserung',
    'desarrollar', 'desarrollo', 'desarrollado', 'mejorar', 'mejora',
    // Participles in every gender and number, as orders and rulings use them ("los algoritmos desarrollados con").
    'desarrollados', 'desarrollada', 'desarrolladas', 'sviluppati', 'sviluppata', 'sviluppate', 'développés', 'développée',
    'développées', 'entwickelten', 'ontwikkelde', 'mejorados', 'migliorati',
    // Refining and optimising a model, in each language ("om zijn algoritme te verfijnen", "per perfezionare il suo algoritmo").
    'perfectionner', 'perfectionne', 'perfectionné', 'optimiser', 'optimise', 'optimisé', 'verfeinern', 'verfeinert',
    'optimieren', 'optimiert', 'perfeccionar', 'perfecciona', 'perfeccionado', 'optimizar', 'optimiza', 'optimizado', 'perfezionare',
    'perfeziona', 'perfezionato', 'ottimizzare', 'ottimizza', 'ottimizzato', 'verfijnen', 'verfijnt', 'verfijnd', 'optimaliseren',
    'optimaliseert', 'geoptimaliseerd',
    // Feeding a model, as French "alimenter" ("X alimenta a Grok con los tuits", "alimentare l'IA").
    'alimentar', 'alimenta', 'alimentan', 'alimentó', 'alimentaba', 'alimentare', 'alimentano', 'alimentato', 'alimentati',
    'alimenté', 'alimentée', 'alimentés', 'nourrir', 'nourri', 'nourrit', 'nourrissent', 'fütterte', 'fütterten', 'füttert', 'voeden',
    'voedde', 'voedden', 'voedt',
    'sviluppare', 'sviluppo', 'sviluppato', 'migliorare', 'miglioramento',
    'ontwikkelen', 'ontwikkeld', 'ontwikkeling', 'verbeteren', 'verbetering',
    // The present and past tenses headlines use ("verbessert Modelle", "améliore son modèle").
    'améliore', 'améliorent', 'développe', 'développent', 'verbessert', 'verbesserte', 'entwickelte', 'weiterentwickeln',
    'mejoró', 'mejorará', 'desarrolla', 'desarrollan', 'migliora', 'migliorano', 'sviluppa', 'sviluppano', 'verbetert', 'verbeterd',
    // The subjunctive of rules and guidance ("quienes desarrollen"), and designing a system as building it.
    'desarrollen', 'desarrolle', 'diseñen', 'diseñar', 'diseño', 'conception', 'concevoir', 'conçoivent', 'sviluppino', 'progettazione',
    'entwerfen', 'ontwerpen',
    'ontwikkelt',
    // Models made from the data, past participles as "algorithms created with it" ("los algoritmos creados con ellos").
    'créé', 'créés', 'créées', 'creado', 'creados', 'creadas', 'creato', 'creati',
    '開發', '开发', '研發', '研发', '改進', '改进', '優化', '优化', '改善', '提升',
  ],
  'ai:object': [
    'IA', 'intelligence artificielle', 'IA générative', 'modèle', 'modèles', 'algorithme', 'algorithmes', 'apprentissage automatique',
    'KI', 'künstliche Intelligenz', 'künstlichen Intelligenz', 'Modell', 'Modelle', 'Modellen', 'Sprachmodell', 'Sprachmodelle',
    'KI-Modelle', 'KI-Modell', 'Algorithmus', 'Algorithmen', 'maschinelles Lernen', 'maschinellen Lernens', 'maschinellem Lernen',
    'KI-System', 'KI-Systeme', 'KI-Systemen', 'KI-Anwendungen', 'KI-Entwicklung', 'Chatbots',
    // German declines the adjective with its noun: "für das Training künstlicher Intelligenz", "von KI-Modellen".
    'künstlicher Intelligenz', 'Sprachmodellen', 'Sprachmodells', 'KI-Modellen', 'KI-Modells', 'KI-Systems', 'generative KI',
    'generativer KI', 'generativen KI', 'großen Sprachmodellen', 'großer Sprachmodelle', 'große Sprachmodelle',
    'inteligencia artificial', 'modelo', 'modelos', 'algoritmo', 'algoritmos', 'aprendizaje automático',
    'intelligenza artificiale', 'modello', 'modelli', 'algoritmi', 'apprendimento automatico',
    'kunstmatige intelligentie', 'taalmodel', 'taalmodellen', 'algoritme', 'algoritmes',
    // A search engine for faces, trained on them.
    'moteur de recherche de visages', 'Gesichtersuchmaschine', 'Gesichtssuchmaschine', 'buscador de caras', 'buscador de rostros',
    'motore di ricerca dei volti', 'zoekmachine voor gezichten', '人臉搜尋', '人脸搜索',
    // Virtual tutors, coaches and agents, built on what their users did.
    'tutor virtual', 'entrenador virtual', 'tuteur virtuel', 'coach virtuel', 'virtueller Assistent', 'tutor virtuale', 'agente virtuale',
    // Software that diagnoses from the scans it was trained on.
    'Diagnose-Software', 'Diagnosesoftware', 'diagnosesoftware', 'logiciel de diagnostic', 'software de diagnóstico', 'software diagnostico',
    '生成式人工智能', '生成式人工智慧', '機器學習', '机器学习', '聊天機械人', '聊天機器人', '聊天机器人', '大語言模型', '大语言模型',
    '語言模型', '语言模型', '演算法',
    // Facial recognition as a system trained on faces, as in the other languages.
    '人臉辨識', '人脸识别', '人臉識別', '面部識別', '面部识别', '臉部辨識', '脸部识别',
    // Speech recognition, virtual assistants and language models in each language; chatbots by name.
    'reconnaissance vocale', 'assistant virtuel', 'modèle de langage', 'modèles de langage', 'Spracherkennung', 'Sprachassistent',
    'reconocimiento de voz', 'asistente virtual', 'modelo de lenguaje', 'modelos de lenguaje', 'riconoscimento vocale',
    'assistente virtuale', 'modello linguistico', 'modelli linguistici', 'spraakherkenning', 'virtuele assistent',
    '文心一言', '通义千问', '通義千問', '豆包', '語音識別', '语音识别', '語音辨識', '语音辨识', 'reconnaissance des commandes vocales',
    'reconnaissance de la parole', 'Machine-Learning-Modell', 'Machine-Learning-Modelle', 'KI-Modelle', 'KI-Modell',
    // Cars that drive themselves or assist the driver: systems trained on what their cameras record.
    'self-driving', 'driver-assistance system', 'Autopilot', 'conducción autónoma', 'conducción asistida', 'conduite autonome',
    'autonomes Fahren', 'guida autonoma', 'zelfrijdende',
    // Image generators and systems that recognise objects in pictures, trained on them.
    'Bildgenerator', 'Bildgeneratoren', 'générateur d\'images', 'générateurs d\'images', 'generador de imágenes', 'generadores de imágenes',
    'generatore di immagini', 'generatori di immagini', 'beeldgenerator', 'beeldgeneratoren', 'Objekterkennung', 'Bilderkennung',
    'reconnaissance d\'objets', 'reconocimiento de objetos', 'riconoscimento degli oggetti', 'objectherkenning', 'beeldherkenning',
    // Chatbots as French names them, and facial recognition as a system trained on faces.
    'robot conversationnel', 'robots conversationnels', 'agent conversationnel', 'agents conversationnels',
    'reconnaissance faciale', 'Gesichtserkennung', 'reconocimiento facial', 'riconoscimento facciale', 'gezichtsherkenning',
    // Systems that recommend what people see, learned from what they did ("algoritmo di raccomandazione").
    'algorithme de recommandation', 'algorithmes de recommandation', 'système de recommandation', 'Empfehlungsalgorithmus',
    'Empfehlungsalgorithmen', 'Empfehlungssystem', 'algoritmo de recomendación', 'algoritmos de recomendación',
    'sistema de recomendación', 'algoritmo di raccomandazione', 'algoritmi di raccomandazione', 'sistema di raccomandazione',
    'aanbevelingsalgoritme', 'aanbevelingsalgoritmes', 'aanbevelingssysteem', '推薦演算法', '推荐算法', '推薦系統', '推荐系统',
    // Chatbots and image generators by name, in every language.
    'Bard', 'DeepSeek', 'Midjourney', 'Stable Diffusion', 'DALL-E', 'Ernie Bot', 'Character.AI', 'Replika', 'Perplexity AI', 'Qwen',
    'Mistral AI', '混元', '文心', '千問', '千问', '深度求索', 'Kimi',
    // Voice assistants by name, as chatbots are named.
    'Siri', 'Alexa', 'Cortana', 'Google Assistant', 'Google Assistent', 'Bixby',
    // Voice assistants: listening to people's recordings "to improve the assistant" improves a model.
    'assistant vocal', 'assistants vocaux', 'Sprachassistenten', 'asistente de voz', 'asistentes de voz', 'assistente vocale',
    'assistenti vocali', 'spraakassistent', 'spraakassistenten', 'stemassistent', '語音助理', '語音助手', '语音助手', '智能語音助理',
  ],
  'ai:copyright': [
    "droit d'auteur", 'auteurs', 'éditeurs', 'livres', 'Urheberrecht', 'Urheberrechtsklage', 'Fotograf', 'autores', 'libros',
    "diritto d'autore", 'autori', 'editori', 'auteursrecht', 'auteursrechtelijk', 'boeken', '版權', '版权', '著作權', '著作权',
  ],
  'public:body': [
    'gouvernement', 'ministère', 'ministre', 'police', 'gendarmerie', 'mairie', 'commune', 'municipalité', 'hôpital', 'hôpitaux', 'CHU',
    'école', 'écoles', 'université', 'Assemblée', 'Sénat', 'préfecture', 'sécurité sociale', 'caisse nationale', 'institut national',
    'agence nationale', 'parquet',
    'Regierung', 'Bundesregierung', 'Landesregierung', 'Ministerium', 'Minister', 'Ministerin', 'Polizei', 'Bundespolizei', 'Landespolizei',
    'Gemeinde', 'Stadtverwaltung', 'Stadtrat', 'Klinik', 'Krankenhaus', 'Klinikum', 'Schule', 'Schulen', 'Universität', 'Behörde',
    'Behörden', 'Amt', 'Landkreis', 'Parlament', 'Bundesamt', 'Landesamt', 'Sozialversicherung', 'Staatsanwaltschaft', 'Verwaltung',
    'Gobierno', 'ministerio', 'ministro', 'ministra', 'policía', 'ayuntamiento', 'municipio', 'hospital', 'escuela', 'colegio',
    'universidad', 'Congreso', 'Senado', 'Asamblea', 'organismo', 'Seguridad Social', 'instituto nacional', 'Fiscalía', 'administración',
    'governo', 'ministero', 'polizia', 'carabinieri', 'comune', 'ospedale', 'Asl', 'scuola', 'università', 'Parlamento', 'Senato',
    'Regione', 'prefettura', 'procura', 'istituto nazionale', 'previdenza sociale',
    'regering', 'kabinet', 'ministerie', 'politie', 'gemeente', 'ziekenhuis', 'universiteit', 'Tweede Kamer', 'provincie', 'overheid',
    'Openbaar Ministerie',
    '政府', '當局', '当局', '部門', '部门', '警方', '警察', '醫院', '医院', '學校', '学校', '大學', '大学', '議會', '议会', '國會', '国会',
    '衞生署', '卫生部', '衛福部', '教育局', '教育部', '社會保險', '社会保险', '社保', '檢察', '检察',
  ],
  'handover:verb': [
    'revendaient', 'vendaient', 'partageaient', 'transmettaient', 'envoyaient', 'cédaient', 'livraient', 'partage', 'partageait', 'partagé', 'partagées', 'partagés', 'partager', 'transmet', 'transmettait', 'transmis', 'transmises',
    'transmettre', 'transmettent', 'vend', 'vendait', 'vendu', 'vendues', 'vendus', 'revend', 'revendait', 'revendu', 'revendues',
    'revendus', 'livrait', 'livré', 'livrées', 'cède', 'cédait', 'cédé', 'cédées', 'cédés', 'communiquait', 'fournit',
    'fournissait', 'fourni', 'envoie', 'envoyait', 'envoyé', 'envoyées',
    'teilt', 'teilte', 'geteilt', 'weitergegeben', 'weitergeben', 'gibt', 'gab', 'übermittelt', 'übermittelte', 'übermittelten',
    'verkauft', 'verkaufte', 'verkauften', 'verkaufen', 'weiterverkauft', 'geschickt', 'schickte', 'schickt', 'überlassen',
    'überließ', 'weitergeleitet', 'leitete', 'geliefert', 'lieferte',
    'vendían', 'vendieron', 'compartían', 'compartieron', 'enviaban', 'cedían', 'comparte', 'compartía', 'compartió', 'compartido', 'compartidos', 'compartidas', 'compartir', 'envía', 'enviaba', 'envió',
    'enviado', 'enviados', 'vendía', 'vendió', 'vendido', 'vendidos', 'vender', 'cede', 'cedía', 'cedió', 'cedido', 'cedidos',
    'cedidas', 'transmite', 'transmitía', 'transmitió', 'transmitido', 'entregaba', 'entregó', 'entregado', 'facilitaba', 'facilitó',
    'proporcionaba', 'proporcionó',
    'condivide', 'condivideva', 'condiviso', 'condivisi', 'condivise', 'condividere', 'trasmette', 'trasmetteva', 'trasmesso',
    'trasmessi', 'trasmesse', 'inviava', 'invia', 'inviato', 'inviati', 'vendeva', 'venduto', 'venduti', 'vendute', 'cedeva',
    'ceduto', 'ceduti', 'cedute', 'passava', 'passato', 'passati', 'fornisce', 'forniva', 'fornito', 'forniti', 'consegnato',
    'deelt', 'deelde', 'deelden', 'gedeeld', 'delen', 'stuurt', 'stuurde', 'stuurden', 'gestuurd', 'doorgestuurd', 'doorsturen',
    'verkoopt', 'verkocht', 'verkochten', 'verkopen', 'doorverkocht', 'gaf', 'geeft', 'gegeven', 'doorgegeven', 'doorgeven',
    'en manos de', 'entre les mains de', 'in die Hände', 'nelle mani di', 'in handen van', 'comercializó', 'comercializaba',
    'verstrekt', 'verstrekte', 'verstrekten', 'geleverd', 'leverde',
    '分享', '共享', '傳給', '传给', '傳送給', '传送给', '發送給', '发送给', '提供給', '提供给', '提供予', '賣給', '卖给', '出售', '轉賣',
    '转卖', '轉售', '转售', '交給', '交给', '轉交', '转交', '偷傳', '偷传',
  ],
  'handover:recipient': [
    'annonceurs', 'régies publicitaires', 'régie publicitaire', 'prestataires publicitaires', 'courtiers en données', 'tiers',
    'sociétés tierces', 'entreprises tierces', "sociétés d'analyse", 'assureurs', "compagnies d'assurance", 'escrocs', 'fraudeurs',
    'Werbetreibende', 'Werbetreibenden', 'Werbefirmen', 'Werbenetzwerke', 'Werbenetzwerken', 'Werbevermarkter', 'Werbedienstleister',
    'Werbepartner', 'Datenhändler', 'Datenhändlern', 'Dritte', 'Dritten', 'Drittfirmen', 'Drittanbieter', 'Drittanbietern',
    'Analysefirmen', 'Versicherer', 'Versicherungen', 'Betrüger', 'Betrügern', 'Kriminelle', 'Kriminellen',
    'anunciantes', 'empresas publicitarias', 'redes publicitarias', 'agencias de publicidad', 'terceros', 'empresas externas',
    'empresas de análisis', 'corredores de datos', 'aseguradoras', 'estafadores', 'delincuentes',
    'inserzionisti', 'agenzie pubblicitarie', 'società pubblicitarie', 'società di marketing', 'società di advertising', 'terzi',
    'società terze', 'aziende terze', 'broker di dati', 'assicurazioni', 'compagnie assicurative', 'truffatori', 'criminali',
    'adverteerders', 'advertentiebedrijven', 'reclamebedrijven', 'marketingbedrijven', 'databrokers', 'derden', 'derde partijen',
    'analysebedrijven', 'andere bedrijven', 'verzekeraars', 'oplichters', 'criminelen',
    'assureur', 'mutuelle', 'Krankenkasse', 'Krankenversicherung', 'aseguradora', 'empresas de publicidad', 'intermediarios de datos',
    'assicurazione', 'compagnia assicurativa', 'zorgverzekeraar', 'verzekeraar', '壽險公司', '寿险公司', '保險業者',
    '第三方', '廣告商', '广告商', '廣告業者', '广告业者', '廣告公司', '广告公司', '廣告平台', '广告平台', '分析公司', '數據分析', '数据分析',
    '保險公司', '保险公司', '詐騙集團', '诈骗集团', '騙徒', '骗子',
  ],
  'privacy:infringe': [
    'viole', 'violent', 'violé', 'violée', 'violer', 'violation de', 'violation du', 'violations de', 'atteinte à', 'atteinte au',
    'atteinte', 'atteintes', 'porte atteinte', 'portent atteinte', 'porter atteinte', 'portait atteinte', 'ingérence dans',
    'empiète sur', 'méconnaît', 'méconnaissent',
    'verletzt', 'verletzen', 'verletzte', 'verletzten', 'verletze', 'Verletzung', 'Verletzungen', 'Eingriff in', 'Eingriffe in',
    'greift in', 'greifen in', 'missachtet', 'missachten', 'beeinträchtigt', 'beeinträchtigen', 'verstößt gegen', 'verstoßen gegen',
    'vulnera', 'vulneran', 'vulneró', 'vulneraron', 'vulnerar', 'vulneración de', 'vulneración del', 'viola', 'violan', 'violó',
    'violar', 'violación de', 'violación del', 'intromisión en', 'invade', 'invaden', 'invasión de', 'atenta contra',
    'atentan contra', 'lesiona', 'lesionan',
    'violano', 'violato', 'violata', 'violare', 'violazione', 'violazioni', 'lede', 'ledono', 'leso', 'lesione', 'invadono',
    'invasione', 'intrusione',
    'schendt', 'schenden', 'schond', 'schonden', 'geschonden', 'schending', 'schendingen', 'inbreuk', 'inbreuken', 'aantasting van',
    'tast', 'tasten', 'aangetast',
    '侵犯', '侵害', '侵擾', '侵扰', '損害', '损害',
  ],
  'privacy:object': [
    'vie privée', 'droit au respect de la vie privée', 'droit à la vie privée', 'intimité', 'autodétermination informationnelle',
    'Privatsphäre', 'Recht auf Privatsphäre', 'informationelle Selbstbestimmung', 'Recht auf informationelle Selbstbestimmung',
    'Persönlichkeitsrecht', 'Persönlichkeitsrechte', 'Privatleben', 'Intimsphäre',
    'intimidad', 'privacidad', 'derecho a la intimidad', 'derecho a la privacidad', 'vida privada', 'autodeterminación informativa',
    'riservatezza', 'diritto alla riservatezza', 'diritto alla privacy', 'vita privata', 'autodeterminazione informativa',
    'persoonlijke levenssfeer', 'recht op privacy', 'privéleven',
    '私隱', '隱私', '隐私', '私隱權', '隱私權', '隐私权',
  ],
  'regulator:role': [
    'autorité', 'gendarme', 'régulateur', 'Behörde', 'Beauftragte', 'Beauftragter', 'Datenschutzbehörde',
    'Datenschutzbeauftragte', 'Datenschützer', 'Aufsichtsbehörde', 'agencia', 'autoridad', 'regulador', 'Garante',
    'autorità', 'toezichthouder', 'autoriteit', 'privacytoezichthouder', 'Datenschutzkommission', 'commissione', 'comisión',
    'commissie', '委員會', '委员会', '網信辦', '网信办', '工信部',
    '個資會', '部門', '部门',
  ],
};

/** Words for whose data a model learns from, in the languages above (see `PERSONAL_TRAINING_OBJECTS`). */
export const PERSONAL_OBJECT_WORDS: readonly string[] = [
  'personnelles', 'personnel', 'personnels', 'renseignements', 'coordonnées', 'profils', 'perfiles', 'profili', 'profielen', 'wahlberechtigten', 'utilisateurs', 'utilisateur', 'publications', 'personnes', 'internautes', 'abonnés', 'membres', 'clients',
  // Citizens, and the consent only people give ("le consentement pour entraîner", "il consenso per addestrare i modelli").
  'citoyens', 'ciudadanos', 'bürger', 'bürgern', 'bürgerinnen', 'burgers', 'consentement', 'einwilligung', 'consentimiento', 'consenso',
  'personenbezogene', 'personenbezogenen', 'personenbezogener', 'nutzer', 'nutzern', 'nutzerdaten', 'beiträge', 'beiträgen', 'kunden', 'personen',
  'personales', 'usuarios', 'usuario', 'publicaciones', 'personas', 'clientes', 'pacientes', 'empleados', 'mensajes',
  'conversaciones', 'interacciones', 'historiales',
  'personali', 'utenti', 'persone', 'clienti', 'pazienti', 'dipendenti', 'cittadini', 'assistiti', 'selfie',
  'persoonsgegevens', 'gebruikers', 'berichten', 'klanten', 'mensen', 'foto', 'gesprekken', 'opnames', 'opnamen', 'patiënten',
  'profielgegevens', 'usagers', 'salariés', 'mitglieder', 'patienten', 'gespräche', 'fotos',
  // Members, the insured, pupils and applicants, and what people say and record, in each language.
  'adhérents', 'assurés', 'candidats', 'élèves', 'patients', 'photos', 'conversations', 'échanges', 'enregistrements',
  'versicherte', 'versicherten', 'aufnahmen', 'sprachaufnahmen', 'bewerber', 'schüler', 'schülern', 'chats', 'befunde',
  'unterhaltungen', 'konversationen', 'chatverläufe', 'irisscans', 'oogscans', 'testgebruikers', 'augenscans', 'gesichtsbilder',
  // Viewers, drivers, players and the other people a device or service records.
  'téléspectateurs', 'spectateurs', 'utilisatrices', 'joueurs', 'conducteurs', 'automobilistes', 'zuschauer', 'zuschauern',
  'nutzerinnen', 'spieler', 'fahrer', 'autofahrer', 'espectadores', 'usuarias', 'jugadores', 'conductores', 'telespettatori',
  'spettatori', 'giocatori', 'automobilisti', 'correntisti', 'iscritti', 'kijkers', 'gebruiksters', 'spelers', 'bestuurders',
  'automobilisten', 'rekeninghouders', 'nutzerchats', 'patientenakten', 'patientendaten', 'behandlungsdaten', 'gesundheitsdaten',
  'klantdata', 'klantgegevens', 'klantmails', 'plantilla', 'nutzerinhalte', 'nutzerinhalten',
  'krankenakten', 'dossiers', 'cartelle', 'historias',
  // Faces and face scans, and the passers-by they were taken from.
  'visages', 'gesichter', 'gesichtsscans', 'rostros', 'caras', 'volti', 'gezichten', 'gezichtsscans', 'passants', 'passanten',
  'transeúntes', 'passanti', 'voorbijgangers',
  // Health and register records, and the residents and study participants they describe.
  'gesundheitsdaten', 'registerdaten', 'teilnehmenden', 'teilnehmende', 'einwohner', 'registergegevens', 'gezondheidsgegevens',
  'inwoners', 'deelnemers', 'habitants', 'participants', 'residentes', 'participantes', 'residenti', 'videoaufnahmen',
  'grabaciones', 'llamadas', 'conductores', 'vecinos', 'alumnos', 'candidatos', 'asegurados', 'perfiles',
  'registrazioni', 'conversazioni', 'partecipanti', 'correntisti', 'studenti', 'candidati', 'iscritti', 'assicurati',
  'sollicitanten', 'kandidaten', 'verzekerden', 'cv', 'chatgesprekken', 'cliënten', 'clienten', 'cliënt',
  // Messages, mail and attachments, in the languages that lacked them.
  'messaggi', 'allegati', 'email', 'e-mail', 'mails', 'courriels', 'correos', 'berichten', 'testpersonen',
  // People whose data a public body or a company's trainers gather: claimants, the homeless, students.
  'bijstandsgerechtigden', 'uitkeringsgerechtigden', 'aanvragers', 'obdachlose', 'obdachlosen', 'studierende',
  'studierenden', 'arbeitslose', 'arbeitslosen', 'antragsteller', 'menschen', 'allocataires', 'demandeurs', 'beneficiarios',
  'solicitantes', 'beneficiari', 'richiedenti',
  // What people said to a device, recorded: "Mitschnitte von Anfragen", "spraakopdrachten".
  'mitschnitte', 'mitschnitten', 'sprachbefehle', 'sprachbefehlen', 'spraakopdrachten', 'spraakfragmenten',
  // Compounds listed as terms keep their own word, so their people's sense is said here too (see compound-words.ts).
  'kundendaten', 'patientendaten', 'mitarbeiterdaten', 'versichertendaten', 'mitgliederdaten', 'klantgegevens', 'patiëntgegevens',
  'ledengegevens', 'gebruikersgegevens',
  // Riders, passengers and drivers, as "passengers" and "drivers" in English.
  'fahrgäste', 'fahrgästen', 'fahrer', 'fahrern', 'passagiers', 'chauffeurs', 'pasajeros', 'passeggeri', 'autisti', 'passagers',
  // Travellers, whose passports and bookings a border or travel company keeps.
  'reizigers', 'reisende', 'reisenden', 'voyageurs', 'viajeros', 'viaggiatori',
  // Employees, whose files an employer or its payroll provider keeps.
  'beschäftigte', 'beschäftigten', 'mitarbeiter', 'mitarbeitern', 'mitarbeitende', 'mitarbeitenden', 'werknemers', 'medewerkers',
  'employés', 'lavoratori', 'trabajadores', 'administrés',
  // Children and voters, as "children" and "voters" in English.
  'niños', 'niñas', 'enfants', 'kinder', 'kindern', 'kinderen', 'bambini', 'minderjarigen', 'elettori',
  'électeurs', 'electores', 'votantes', 'wähler', 'wählern', 'wählerinnen', 'kiezers',
  // People in prison and their calls, and private individuals, as "inmates", "calls" and "individuals" in English.
  'détenus', 'prisonniers', 'häftlinge', 'häftlingen', 'gefangene', 'gefangenen', 'insassen', 'presos', 'reclusos',
  'detenuti', 'carcerati', 'gedetineerden', 'gevangenen', 'anrufe', 'telefonate', 'telefongespräche', 'videochiamate', 'telefoongesprekken', 'particuliers', 'privatpersonen', 'particulares', 'privati', 'particulieren',
  // Members and their posts, as "members" and "tweets" in English.
  'leden', 'tuits', 'tweets',
];

/**
 * Words that tie people's data to an AI it is used for ("users' posts for generative AI",
 * "données personnelles pour entraîner"): the link the `data-for-ai` rule looks for between a
 * word for people's data and an AI word.
 */
export const DATA_FOR_AI_LINKS: readonly string[] = ['for', 'into', 'in', 'pour', 'dans', 'für', 'zum', 'zur', 'para', 'per', 'voor'];

/**
 * Nouns of purpose that tie data to the AI it is collected or processed for, like a preposition
 * ("personal data for the purposes of machine learning", "à des fins d'apprentissage
 * automatique", "zu Zwecken des maschinellen Lernens", "con fines de", "ten behoeve van").
 */
export const PURPOSE_LINKS: readonly string[] = [
  'purpose', 'purposes', 'fins', 'finalité', 'finalités', 'zweck', 'zwecke', 'zwecken', 'fines', 'fin', 'fini', 'scopi', 'scopo',
  'doeleinden', 'doeleinde', 'behoeve',
];

/** Words for data that could be anyone's, in the languages above (see `GENERIC_TRAINING_OBJECTS`). */
export const GENERIC_OBJECT_WORDS: readonly string[] = [
  'données', 'informations', 'contenus', 'daten', 'informationen', 'inhalte', 'bilder', 'datos', 'información', 'contenidos',
  'imágenes', 'dati', 'informazioni', 'contenuti', 'immagini', 'gegevens', 'informatie', 'inhoud', 'afbeeldingen', 'beelden',
];

/**
 * Chinese marks of purpose right before an AI word ("為機器學習而收集", "用于训练大模型"): with
 * people's data in the sentence, data gathered or used for an AI. `為`/`为` also end other words
 * ("認為": think, "成為": become, "作為": as), so the character before it must not make one of them.
 */
export const CHINESE_PURPOSE_MARKS: readonly string[] = ['用於', '用于', '用作', '以供', '供', '為', '为'];
export const CHINESE_NOT_PURPOSE_BEFORE: readonly string[] = [
  '認', '认', '成', '作', '因', '稱', '称', '視', '视', '以', '行', '更', '較', '较', '極', '极', '廣', '广',
  // "改为" (changed to), "变为" (became), "转为", "分为", "列为", "定为", "选为", "升为", "降为".
  '改', '變', '变', '轉', '转', '分', '列', '定', '選', '选', '升', '降',
];

/** Chinese: people's data and users, found by substring (see `CHINESE_PERSONAL_OBJECTS`). */
export const CHINESE_PERSONAL_WORDS: readonly string[] = [
  // Conversations as records people made ("對話紀錄"), not "對話" alone: a conversational model is no one's data.
  '個人', '个人', '帖文', '對話紀錄', '對話記錄', '对话记录', '對話內容', '对话内容', '人臉', '人脸', '會員', '会员', '私隱', '隐私',
  // Pupils and their work, children and parents.
  '學生', '学生', '作文', '作業', '作业', '兒童', '儿童', '孩子', '未成年人', '家長', '家长',
  // Faces scanned, and the passers-by they belong to; job seekers.
  '臉部', '面部', '路人', '求職者', '求职者', '應徵者', '应聘者',
  // Posts, photos and the netizens who put them online, as Hong Kong, Taiwan and mainland outlets write them.
  '帖子', '貼文', '贴文', '相片', '網民', '网民',
  // Recordings, photos and records of people, and the people themselves.
  '錄音', '录音', '聲音', '声音', '照片', '圖片', '图片', '病人', '患者', '員工', '员工', '客戶', '客户', '消費者', '消费者', '聊天記錄', '聊天紀錄', '聊天记录',
  // People living with a condition, whose records a health register holds.
  '感染者', '病患',
  // Voters.
  '選民', '选民',
  // Medical records and résumés, which are about one person each.
  '病歷', '病历', '醫療紀錄', '醫療記錄', '医疗记录', '就診紀錄', '就诊记录', '健康資料', '健康數據', '健康数据', '履歷', '履历', '簡歷', '简历',
  // People in prison, and their calls.
  '囚犯', '在押人員', '在押人员', '服刑人員', '服刑人员', '受刑人', '通話', '通话',
];
