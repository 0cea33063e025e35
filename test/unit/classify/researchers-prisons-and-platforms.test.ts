import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('prefectures and provinces place a story in their country', () => {
  it('places a lost memory stick by its Japanese prefecture, in Chinese and in English', () => {
    const chinese = classify({
      title: '靜岡縣某市承包商遺失存有市民個資的隨身碟',
      summary: '市政府表示，隨身碟內有約三萬名市民的姓名、住址及出生日期，暫未發現外洩。',
    });
    expect(chinese.inScope).toBe(true);
    expect(chinese.jurisdictions).toEqual(['JP']);
    const english = classify({
      title: 'Hospital in Gifu Prefecture says ransomware exposed patient records',
      summary: 'Names, addresses and treatment histories of 12,000 patients may have been copied, the hospital said.',
    });
    expect(english.jurisdictions).toEqual(['JP']);
  });

  it('places a breach by its Korean province', () => {
    const story = classify({
      title: '京畿道一家醫院患者個人資料外洩',
      summary: '院方表示，駭客入侵系統後取得約兩萬名患者的姓名及病歷。',
    });
    expect(story.jurisdictions).toEqual(['KR']);
  });
});

describe('the researchers’ country and the outlet’s country are not the story’s place', () => {
  it('does not place a study where its researchers work', () => {
    for (const [title, summary] of [
      [
        'American researchers find thousands of passport scans in an open AI training dataset',
        'The team audited a sample of the images and estimates that the full set holds millions of pictures with personal information.',
      ],
      [
        'Des chercheurs extraient des données personnelles d’un modèle de langage',
        'Des chercheurs de plusieurs universités américaines ont obtenu du modèle des noms et adresses électroniques de particuliers présents dans ses données d’entraînement.',
      ],
      ['研究发现开源AI训练数据集含大量个人信息', '美国一所大学的研究人员审计了该数据集的部分图片，发现其中有数千张身份证件和含个人信息的简历。'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([]);
      expect(story.topics, title).toContain('ai-training');
    }
  });

  it('still places a study of one country’s people', () => {
    const story = classify({
      title: 'Danish researchers find school apps sent pupils’ data to advertisers',
      summary: 'The study of 40 apps used by Danish schoolchildren found that most shared personal data without consent.',
    });
    expect(story.jurisdictions).toEqual(['DK']);
  });

  it('does not place a story where the broadcaster that reported it is', () => {
    const chinese = classify({
      title: '扫地机器人被曝收集家中照片训练AI',
      summary: '据澳大利亚广播公司报道，一家厂商的隐私政策允许其收集用户家中的照片和录音，用于训练人工智能模型。',
    });
    expect(chinese.inScope).toBe(true);
    expect(chinese.jurisdictions).toEqual([]);
    const english = classify({
      title: 'Robot vacuum maker used home photos to train its AI, report says',
      summary: 'The Australian Broadcasting Corporation reported that the company’s privacy policy lets it collect photos and recordings from users’ homes.',
    });
    expect(english.jurisdictions).toEqual([]);
  });
});

describe('AI trained on the data of people in prison, of a platform’s users, and models made from it', () => {
  it('finds a model trained on inmates’ calls, in Italian and in English', () => {
    const italian = classify({
      title: 'Un’IA addestrata sulle telefonate dei detenuti',
      summary: 'Un fornitore di servizi telefonici per le carceri usa il modello per segnalare le conversazioni sospette.',
    });
    expect(italian.inScope).toBe(true);
    expect(italian.topics).toContain('ai-training');
    const english = classify({
      title: 'Prison phone company trained an AI model on inmates’ calls',
      summary: 'Families say they never agreed to have the recordings used.',
    });
    expect(english.topics).toContain('ai-training');
  });

  it('reads a service’s data as its users’ data', () => {
    for (const [title, summary] of [
      [
        '¿Entrenaron su chatbot con datos de Instagram?',
        'La empresa negó haber usado esa información para el modelo después de que una investigadora publicara una respuesta del propio sistema.',
      ],
      ['Chatbot addestrato con i dati di Gmail? L’azienda smentisce', 'Una ricercatrice aveva pubblicato una risposta del sistema che lo sosteneva.'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.topics, title).toContain('ai-training');
    }
  });

  it('finds algorithms made from harvested data, but not images an AI made', () => {
    const made = classify({
      title: 'El regulador ordena borrar los datos de Facebook y los algoritmos creados con ellos',
      summary: 'La consultora recopiló la información de millones de perfiles mediante un test de personalidad.',
    });
    expect(made.inScope).toBe(true);
    expect(made.topics).toContain('ai-training');
    const generated = classify({
      title: 'Falsi nudi creati dall’intelligenza artificiale con le foto delle studentesse',
      summary: 'Le immagini, diffuse senza consenso in un gruppo Telegram, ritraggono ragazze di un liceo: la polizia indaga.',
    });
    expect(generated.topics).not.toContain('ai-training');
  });

  it('does not read a data centre as people’s data', () => {
    const story = classify({
      title: 'Facebook data centre in the north gets planning approval',
      summary: 'The council approved the building after a row over its water and power use.',
    });
    expect(story.inScope).toBe(false);
  });
});

describe('targeted advertising, secret communications and looking people up', () => {
  it('counts advertising aimed at people in every language', () => {
    const story = classify({
      title: 'El fiscal general de Texas investiga dos aplicaciones de chatbots',
      summary: 'Sostiene que las conversaciones de los usuarios se aprovechan para publicidad dirigida y para desarrollar sus algoritmos.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['US-TX']);
  });

  it('reads a surveillance ruling on the secrecy of telecommunications as a privacy story', () => {
    const story = classify({
      title: 'Karlsruhe: Massenüberwachung durch den Geheimdienst verfassungswidrig',
      summary: 'Das Bundesverfassungsgericht entschied, dass die Regelungen das Fernmeldegeheimnis verletzen; der Gesetzgeber muss nachbessern.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
  });

  it('reads an officer’s lookup of someone’s data in police computers as a privacy story', () => {
    const story = classify({
      title: 'Daten einer Journalistin an Polizeicomputern abgefragt',
      summary: 'Persönliche Daten der Frau waren vor den Drohschreiben von einem Rechner eines Reviers in Kassel aufgerufen worden.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
  });
});

describe('feeding a model, members and their posts', () => {
  it('finds a model fed with people’s posts and pictures, in Spanish, Dutch and English', () => {
    for (const [title, summary] of [
      ['Una red social alimenta a su chatbot con los tuits de sus usuarios', 'La plataforma cambió su política de privacidad para permitirlo.'],
      ['Zakelijk netwerk gebruikt gegevens van leden voor zijn AI zonder dat te melden', 'De optie staat standaard aan, ontdekten gebruikers.'],
      ['Photo app quietly fed users’ pictures to its face-matching system', 'The regulator ordered it to delete the algorithms built from them.'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.topics, title).toContain('ai-training');
    }
  });
});

describe('pictures from social networks', () => {
  it('reads images gathered from social networks for an algorithm as people’s data for AI', () => {
    const story = classify({
      title: 'Una empresa de reconocimiento facial recopiló miles de millones de imágenes de redes sociales para su algoritmo',
      summary: 'El regulador le impuso una multa y le ordenó borrar las imágenes.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });
});

describe('medical records in Chinese', () => {
  it('finds a model trained on a hospital’s medical records', () => {
    const story = classify({ title: '台灣某醫院將病歷提供給新創公司訓練AI 衛福部介入', summary: '病人並不知情，院方稱資料已去識別化。' });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['TW']);
    expect(story.topics).toContain('ai-training');
  });
});

describe('the Garante of another country', () => {
  it('gives an Italian story about a foreign privacy authority that authority’s country alone', () => {
    for (const [title, summary, code] of [
      ['Il Garante privacy greco multa un ospedale di Salonicco', 'Le cartelle cliniche di migliaia di pazienti erano accessibili online.', 'GR'],
      ['Il Garante privacy olandese sanziona una catena di palestre', 'I dati biometrici dei clienti erano raccolti senza consenso.', 'NL'],
      ['Spagna, il Garante privacy multa una banca per le telefonate pubblicitarie', 'La banca non aveva il consenso dei clienti.', 'ES'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('still reads the Garante alone as Italy’s, in Italian and in English', () => {
    const italian = classify({
      title: 'Il Garante della privacy blocca un’app di incontri',
      summary: 'Secondo l’autorità i dati degli utenti erano trattati senza consenso.',
    });
    expect(italian.jurisdictions).toEqual(['IT']);
    const english = classify({
      title: 'Garante fines chatbot maker €15 million over training data',
      summary: 'The data protection authority said the company processed users’ personal data to train its model without a legal basis.',
    });
    expect(english.jurisdictions).toEqual(['IT']);
  });
});

describe('nationalities in every language, more cities, and the data of thousands', () => {
  it('places a story by a nationality written in French, German, Spanish, Italian or Dutch', () => {
    for (const [title, summary, code] of [
      ['Filtran datos personales de millones de mexicanos desde una base electoral', 'El organismo negó que su sistema haya sido vulnerado.', 'MX'],
      ['Une banque péruvienne victime d’une fuite de données de clients', 'Les numéros de carte de milliers de personnes ont été publiés.', 'PE'],
      ['Ukrainische Behörde: Daten von Millionen Bürgern im Netz aufgetaucht', 'Namen und Adressen wurden in einem Forum angeboten.', 'UA'],
      ['Una compagnia telefonica egiziana espone i dati dei clienti', 'Nomi e numeri di telefono erano accessibili online.', 'EG'],
      ['Turkse zorgverzekeraar lekt gegevens van patiënten', 'De gegevens stonden dagenlang open online.', 'TR'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('places a story by a French city or an Austrian state, and reads a town hall’s residents as people', () => {
    const cannes = classify({
      title: 'Un hôpital de Cannes visé par un rançongiciel, des données de patients publiées',
      summary: 'Le groupe de pirates a diffusé des documents médicaux.',
    });
    expect(cannes.jurisdictions).toEqual(['FR']);
    const lille = classify({
      title: 'La mairie de Lille victime d’une cyberattaque, des données d’administrés dérobées',
      summary: 'Les noms et adresses de milliers d’habitants ont été publiés.',
    });
    expect(lille.inScope).toBe(true);
    expect(lille.jurisdictions).toEqual(['FR']);
    const tirol = classify({
      title: 'Gemeinde in Tirol verschickt Daten von Bürgern an falsche Adresse',
      summary: 'Die Datenschutzbehörde wurde informiert.',
    });
    expect(tirol.jurisdictions).toEqual(['AT']);
  });

  it('reads the data of thousands as people’s data, and a city that leaks it as a breach', () => {
    const story = classify({ title: 'Stad Gent lekt gegevens van duizenden inwoners', summary: 'De stad heeft de toezichthouder op de hoogte gebracht.' });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['BE']);
  });
});

describe('another country’s regulator in Chinese, and a ministry with a longer title', () => {
  it('reads an unplaced Chinese title as the regulator of the headline’s country', () => {
    const story = classify({
      title: '南韓用戶團體向個資委檢舉一家社群平台以貼文訓練AI',
      summary: '團體指該平台未取得同意便把用戶貼文用作模型訓練數據，要求個人資料保護委員會依《個人資料保護法》調查。',
    });
    expect(story.jurisdictions).toEqual(['KR']);
  });

  it('keeps the home regulator when the other country is the company’s', () => {
    const story = classify({
      title: '個人資料保護委員會對南韓電商開罰 指其外洩台灣用戶個資',
      summary: '委員會表示，該公司未依《個人資料保護法》通報。',
    });
    expect(story.jurisdictions).toEqual(['TW']);
  });

  it('gives a ministry’s longer title to the country that opens it', () => {
    const story = classify({ title: '印尼暫停一項虹膜掃描服務', summary: '印尼通訊及數位部要求營運公司說明如何收集用戶的生物特徵資料。' });
    expect(story.jurisdictions).toEqual(['ID']);
  });
});

describe('pseudonymised data, children, voters, consumer groups and an AI’s learning', () => {
  it('reads a ruling on pseudonymised data as a privacy story', () => {
    const story = classify({
      title: 'EuGH: Pseudonymisierte Daten nicht immer personenbezogen',
      summary: 'Das Gericht entschied, dass es darauf ankommt, ob der Empfänger die Betroffenen identifizieren kann.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['EU']);
  });

  it('finds algorithms developed with children’s data', () => {
    const story = classify({
      title: 'El regulador obliga a una plataforma escolar a borrar los algoritmos desarrollados con datos de niños',
      summary: 'La empresa recopiló información de alumnos sin el consentimiento de sus padres.',
    });
    expect(story.topics).toContain('ai-training');
  });

  it('reads voters’ exposed data as a breach', () => {
    const story = classify({
      title: 'Malta, esposti online i dati di 300mila elettori',
      summary: 'Il commissario maltese ha multato la società che gestiva la banca dati.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['MT']);
  });

  it('places a consumer group’s complaint in its country', () => {
    const story = classify({
      title: 'Altroconsumo: un social usa i dati degli utenti per addestrare l’IA',
      summary: 'L’associazione chiede chiarezza sulla base giuridica del trattamento.',
    });
    expect(story.jurisdictions).toEqual(['IT']);
  });

  it('finds personal data in an AI’s learning, as Chinese renders it', () => {
    const story = classify({
      title: '韩国监管机构检查AI服务',
      summary: '个人信息保护委员会核查了多家企业在AI学习过程中的个人信息处理情况。',
    });
    expect(story.topics).toContain('ai-training');
  });
});

describe('states and provinces abroad, private life, one person’s data, and data published by mistake', () => {
  it('places a story by an Australian state in Chinese, or a South African province', () => {
    const victoria = classify({ title: '維多利亞州一家醫院遭網絡攻擊 病人資料外洩', summary: '州政府表示已通知受影響人士。' });
    expect(victoria.jurisdictions).toEqual(['AU']);
    const gauteng = classify({ title: 'Gauteng health department suffers data breach', summary: 'Patient records were accessed by hackers.' });
    expect(gauteng.jurisdictions).toEqual(['ZA']);
  });

  it('reads a provincial privacy commissioner in Chinese as the province’s, not Hong Kong’s', () => {
    const story = classify({ title: '安大略省一間學校委員會學生資料外洩', summary: '省私隱專員已展開調查。' });
    expect(story.jurisdictions).toEqual(['CA-ON']);
  });

  it('reads a court protecting one patient’s private life as a privacy story', () => {
    const story = classify({
      title: 'Un tribunal ordena a una clínica borrar los datos de una paciente',
      summary: 'El fallo cita la ley de protección de la vida privada.',
    });
    expect(story.inScope).toBe(true);
  });

  it('does not read a famous person’s private life as a privacy story', () => {
    for (const [title, summary] of [
      ['Schauspieler klagt gegen Berichte über sein Privatleben', 'Das Gericht gab der Zeitung teilweise recht.'],
      ['La cantante pide respeto a su vida privada tras su divorcio', 'Los fotógrafos la siguieron durante semanas.'],
    ] as const) {
      expect(classify({ title, summary }).inScope, title).toBe(false);
    }
  });

  it('reads pupils’ data published by mistake as a privacy story', () => {
    const story = classify({ title: 'Berliner Senat: Daten von Schülern versehentlich veröffentlicht', summary: 'Namen und Noten waren online einsehbar.' });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
  });
});

describe('refining, optimising and recommending', () => {
  it('finds people’s data used to refine or optimise an algorithm, or to improve a recommendation engine', () => {
    for (const [title, summary] of [
      ['Regulator orders app to stop using members’ chats to improve its recommendation engine', 'The watchdog said users were never told.'],
      ['Versicherer nutzte Kundendaten, um seinen Algorithmus zu optimieren', 'Der Datenschutzbeauftragte prüft den Fall.'],
      ['Una banca ha usato i dati dei correntisti per perfezionare il suo algoritmo antifrode', 'Il Garante ha chiesto chiarimenti.'],
      ['Verzekeraar gebruikte klantgegevens om zijn algoritme te verfijnen', 'De Autoriteit Persoonsgegevens doet onderzoek.'],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.topics, title).toContain('ai-training');
    }
  });
});

describe('European bodies by their names in each language, German genitives, Moscow, and workers hired abroad', () => {
  it('reads the European Data Protection Supervisor in Italian as the EU’s, not Italy’s Garante', () => {
    const story = classify({
      title: 'IA generativa, il Garante europeo aggiorna le linee guida',
      summary: 'Il Garante europeo della protezione dei dati ha chiarito le responsabilità delle istituzioni quando addestrano modelli con dati personali.',
    });
    expect(story.jurisdictions).toEqual(['EU']);
  });

  it('does not read the European Court of Human Rights as the EU, and places Moscow', () => {
    const story = classify({
      title: 'Menschenrechtsgerichtshof: Gesichtserkennung in der Moskauer Metro verletzte Privatsphäre',
      summary: 'Der Europäische Gerichtshof für Menschenrechte gab einem Demonstranten recht, den die Polizei per Gesichtserkennung identifiziert hatte.',
    });
    expect(story.jurisdictions).toEqual(['RU']);
  });

  it('places a story by a German Land in the genitive', () => {
    const story = classify({
      title: 'Bayerns Datenschützer: DSGVO gilt schon beim Training mit personenbezogenen Daten',
      summary: 'Der Landesbeauftragte stellt klar, dass der Datenschutz nicht erst bei der Eingabe greift.',
    });
    expect(story.jurisdictions).toEqual(['DE']);
  });

  it('does not place a story where gig workers were hired to label its data', () => {
    const story = classify({
      title: '美国一家车牌识别公司被曝雇零工标注监控画面训练AI',
      summary: '据报道，该公司通过外包平台雇用菲律宾等地的零工，审看并标注美国各地摄像头拍下的车辆和行人，用于训练其机器学习算法，引发隐私担忧。',
    });
    expect(story.jurisdictions).toEqual(['US']);
  });
});

describe('learning from people’s data, recording in secret, and advertisers', () => {
  it('finds an AI that learns from customers’ calls, but not people who learn from an AI', () => {
    const calls = classify({
      title: 'Retailer sued over AI that listens to customer service calls',
      summary: 'The suit says the vendor’s AI could record and learn from the contents of customers’ calls without their consent.',
    });
    expect(calls.topics).toContain('ai-training');
    const tutors = classify({
      title: 'Students learn from AI tutors in a new school pilot',
      summary: 'The district says pupils’ data stays on its own servers.',
    });
    expect(tutors.topics).not.toContain('ai-training');
  });

  it('reads patients recorded in secret as a privacy story', () => {
    const story = classify({
      title: 'Lawsuit claims hospital secretly recorded exam-room conversations with an AI note-taker',
      summary: 'The suit says audio went to the vendor without telling patients.',
    });
    expect(story.inScope).toBe(true);
  });

  it('reads patients’ data shared with advertisers through tracking pixels as a privacy story, in Italian', () => {
    const story = classify({
      title: 'Usa, un gruppo sanitario ha condiviso con gli inserzionisti i dati di 13 milioni di pazienti',
      summary: 'I pixel di tracciamento sul sito hanno inviato le pagine consultate a piattaforme pubblicitarie.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toContain('US');
  });
});

describe('a province’s people named with a hyphen', () => {
  it('reads Britanno-Colombiens as British Columbia’s people, not Colombia’s', () => {
    const story = classify({
      title: 'La Cour suprême de la Colombie-Britannique confirme l’ordonnance du commissaire',
      summary: 'L’entreprise devra cesser de recueillir les images de visages de Britanno-Colombiens collectées sans consentement.',
    });
    expect(story.jurisdictions).toEqual(['CA-BC']);
  });
});

describe('police forces and courts that only one country has', () => {
  it('places a story by its police force or court alone', () => {
    for (const [title, summary, code] of [
      [
        'NYPD officers used facial recognition on protesters, records show',
        'Civil liberties groups say the searches broke the department’s own privacy policy.',
        'US-NY',
      ],
      ['RCMP broke privacy law by using a facial recognition service, commissioner finds', 'The force ran searches of images scraped from the internet.', 'CA'],
      ['Kantonspolizei speicherte Daten von Demonstranten ohne Rechtsgrundlage', 'Die Datenschutzbeauftragte verlangt die Löschung.', 'CH'],
      [
        'La Corte costituzionale boccia la raccolta dei dati sanitari senza garanzie',
        'Secondo i giudici la norma violava la protezione dei dati personali.',
        'IT',
      ],
      [
        'Le Conseil constitutionnel censure la collecte automatisée des données des internautes',
        'Les Sages estiment que la vie privée n’était pas assez protégée.',
        'FR',
      ],
    ] as const) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      // A US state's story may carry the country too, as the labelling rules allow.
      expect(
        story.jurisdictions.filter((found) => found !== 'US'),
        title,
      ).toEqual([code]);
    }
  });
});
