import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, people, places' institutions and figures are made up.
const classify = classifyChecked;

describe('a breach told by what was broken into, not by the word "data"', () => {
  it('reads chats, databases and case files as the data a break-in takes', () => {
    const story = classify({
      title: 'Recruiting chatbot Hirely exposed applicants’ chats behind a default password',
      summary: 'Researchers logged in to the administration page and could read every conversation.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('breach');
    expect(evidenceFor(story, 'scope', 'in-scope').map((item) => item.rule)).toContain('scope:breach-of-peoples-data');
  });

  it('counts a headline that retells the theft in fewer words', () => {
    const story = classify({
      title: 'Hacker who extorted clinic patients jailed',
      summary: 'The man broke into the Ostwick clinic’s patient database and sent ransom demands to its patients.',
    });
    expect(story.inScope).toBe(true);
    const breachRules = evidenceFor(story, 'scope', 'in-scope').filter((item) => item.rule === 'scope:breach-of-peoples-data');
    expect(breachRules.map((item) => item.field).sort()).toEqual(['summary', 'title']);
  });

  it('reads leaking, unlawful access and open records in the other languages', () => {
    expect(classify({ title: 'Filtran datos de miles de conductores', summary: 'Un foro ofrece nombres y matrículas.' }).inScope).toBe(true);
    expect(
      classify({
        title: 'Accessi abusivi alle banche dati di un comune',
        summary: 'Gli indagati hanno estratto illegalmente dati riservati di centinaia di persone.',
      }).inScope,
    ).toBe(true);
    expect(
      classify({
        title: 'Leck bei Praxissoftware Medisoft: Daten von Patienten im Netz',
        summary: 'Diagnosen von Patienten waren über eine Schnittstelle abrufbar.',
      }).inScope,
    ).toBe(true);
    expect(
      classify({
        title: 'Des conversations avec un assistant en ligne indexées par les moteurs de recherche',
        summary: 'Des échanges contenant des informations personnelles sont devenus accessibles à tous.',
      }).inScope,
    ).toBe(true);
  });

  it('keeps a cyber attack that took nobody’s data out, in Chinese as in English', () => {
    const story = classify({
      title: '物流公司網站遭分散式阻斷服務攻擊',
      summary: '公司表示,網站中斷約三小時,未有資料外洩。',
    });
    expect(story.inScope).toBe(false);
  });
});

describe('a data protection authority named in words that do not say whose', () => {
  it('makes a privacy story of a generic authority title in the headline', () => {
    const story = classify({
      title: 'Datenschutzbehörde: Lernplattform Tafelwerk verletzt Rechte von Schülern',
      summary: 'Die Behörde gab einer Beschwerde von Eltern statt.',
    });
    expect(story.inScope).toBe(true);
    expect(evidenceFor(story, 'scope', 'in-scope').map((item) => item.rule)).toContain('scope:privacy-authority');
    // Nothing says whose authority it is, so no jurisdiction is claimed.
    expect(story.jurisdictions).toEqual([]);
  });

  it('never takes a clashing acronym for an authority', () => {
    const story = classify({ title: 'AP reports on a shop’s new prices', summary: 'The shop raised prices by 4 per cent.' });
    expect(story.inScope).toBe(false);
    expect(story.jurisdictions).toEqual([]);
  });
});

describe('national and regional bodies that place a domestic story', () => {
  it('places a story by a national health service, a federal court, a procuratorate or a health agency', () => {
    expect(
      classify({
        title: 'NHS trust pauses plan to share patients’ scans with a start-up',
        summary: 'The trust said patients’ data would not be used to develop the diagnostic model without consultation.',
      }).jurisdictions,
    ).toEqual(['GB']);
    expect(
      classify({
        title: 'BAG: Arbeitgeber haftet für Weitergabe von Beschäftigtendaten',
        summary: 'Das Bundesarbeitsgericht sprach einer Mitarbeiterin Schadensersatz zu.',
      }).jurisdictions,
    ).toEqual(['DE']);
    expect(classify({ title: '最高检发布侵犯个人信息犯罪典型案例', summary: '案例涉及倒卖个人信息和违法采集人脸信息。' }).jurisdictions).toEqual(['CN']);
    expect(classify({ title: '健保署擬以就醫資料訓練人工智能模型', summary: '學者質疑民眾的個人資料無法退出。' }).jurisdictions).toEqual(['TW']);
  });

  it('places a story by a public service only one country has', () => {
    expect(
      classify({ title: 'Medewerkers van de GGD verkochten gegevens van patiënten', summary: 'Het ging om adressen en testuitslagen.' }).jurisdictions,
    ).toEqual(['NL']);
    expect(
      classify({
        title: 'Violazione dei dati all’INPS: esposti i dati personali di migliaia di utenti',
        summary: 'Un errore ha reso visibili i dati personali degli iscritti.',
      }).jurisdictions,
    ).toEqual(['IT']);
    expect(
      classify({ title: 'HMRC reports data breach after staff looked up taxpayers’ records', summary: 'The personal data of 300 people was viewed.' })
        .jurisdictions,
    ).toEqual(['GB']);
  });

  it('places a story by a national law named alone', () => {
    const story = classify({
      title: 'Krankenkasse Lindwurm will Versichertendaten für KI-Entwicklung nutzen',
      summary: 'Das Gesundheitsdatennutzungsgesetz erlaubt die Auswertung von Abrechnungsdaten.',
    });
    expect(story.jurisdictions).toEqual(['DE']);
  });

  it('knows regional and police data protection bodies by their home names and acronyms', () => {
    expect(
      classify({ title: 'Vlaamse Toezichtcommissie tikt gemeente op de vingers', summary: 'De gemeente volgde bezoekers met camera’s.' }).jurisdictions,
    ).toEqual(['BE']);
    expect(classify({ title: 'GBA beboet webwinkel', summary: 'Klanten konden hun account niet verwijderen.' }).jurisdictions).toEqual(['BE']);
  });

  it('reads "EE UU" and a capitalised "Usa" as the United States, never the verb "usa"', () => {
    expect(
      classify({
        title: 'Class action negli Usa contro un’app di trascrizione',
        summary: 'Gli utenti accusano la società di aver usato le registrazioni per addestrare i modelli senza consenso.',
      }).jurisdictions,
    ).toEqual(['US']);
    const verb = classify({
      title: 'Una red social usa tus publicaciones para entrenar su IA',
      summary: 'La opción se puede desactivar en los ajustes de privacidad.',
    });
    expect(verb.jurisdictions).toEqual([]);
    expect(verb.topics).toContain('ai-training');
  });
});

describe('AI training words each language lacked', () => {
  it('reads tenses, chatbots by name and speech recognition as training', () => {
    expect(classify({ title: 'Gli utenti possono impedire che i loro post addestrino Grok', summary: 'Basta cambiare le impostazioni.' }).topics).toContain(
      'ai-training',
    );
    expect(
      classify({
        title: 'La app Cupido entrenaba su algoritmo con fotos de usuarios',
        summary: 'La agencia investiga si informó a los afectados.',
      }).topics,
    ).toContain('ai-training');
    expect(classify({ title: '聊天服務修改條款 用戶對話將用於訓練Claude', summary: '用戶可在設定中選擇退出。' }).topics).toContain('ai-training');
    expect(
      classify({
        title: 'Uitzendbureau Flex trainde algoritme met cv’s van sollicitanten',
        summary: 'De toezichthouder onderzoekt de zaak.',
      }).topics,
    ).toContain('ai-training');
    expect(
      classify({
        title: 'Una banca usava le chat dei clienti per addestrare l’assistente virtuale',
        summary: 'I correntisti non erano stati informati.',
      }).topics,
    ).toContain('ai-training');
  });
});

describe('celebrities asking for privacy, in the other languages', () => {
  it('keeps a royal couple’s and an influencer’s request for privacy out', () => {
    expect(
      classify({
        title: 'Le couple princier demande le respect de sa vie privée',
        summary: 'Le palais prie les photographes de laisser la famille en paix.',
      }).inScope,
    ).toBe(false);
    expect(classify({ title: 'Influencer chiede rispetto della privacy', summary: 'Ha chiesto ai fotografi di non seguire i figli.' }).inScope).toBe(false);
  });
});

describe('words a second unseen batch showed missing', () => {
  it('reads the present and past of develop and improve as training with people’s data', () => {
    const story = classify({
      title: 'Chatbot-Anbieter Plauder verbessert Modelle mit Gesprächen der Nutzer',
      summary: 'Ein Widerspruch ist nur per E-Mail möglich.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });

  it('reads conversations and recordings inside a compound as people’s data', () => {
    const story = classify({
      title: 'Telecombedrijf Belnet wil klantgesprekken gebruiken om AI-assistent te trainen',
      summary: 'Klanten krijgen een bericht en kunnen bezwaar maken via de app.',
    });
    expect(story.topics).toContain('ai-training');
    expect(evidenceFor(story, 'topic', 'ai-training').length).toBeGreaterThan(0);
  });

  it('places a story by a plural demonym ("patients suisses", "Belgen")', () => {
    expect(
      classify({
        title: 'Des données de patients suisses exposées après une cyberattaque contre le laboratoire Alpilab',
        summary: 'Les pirates ont publié des résultats d’analyses.',
      }).jurisdictions,
    ).toEqual(['CH']);
  });
});

describe('a national identity registry names its country', () => {
  it('places a leak from the registry by the registry alone, in its own language', () => {
    const argentina = classify({
      title: 'Un pirata informático filtró datos de ciudadanos del Renaper',
      summary: 'El vendedor publicó en un foro fotos y números de documento y dijo tener los de toda la población.',
    });
    expect(argentina.inScope).toBe(true);
    expect(argentina.jurisdictions).toEqual(['AR']);
    expect(evidenceFor(argentina, 'jurisdiction', 'AR').map((item) => item.term)).toContain('Renaper');
    const peru = classify({
      title: 'Filtran datos personales de millones de ciudadanos del Reniec',
      summary: 'Los archivos incluyen nombres, direcciones y fotografías de ciudadanos, según una empresa de ciberseguridad.',
    });
    expect(peru.jurisdictions).toEqual(['PE']);
  });

  it('does not make a privacy story of the registry alone', () => {
    const story = classify({
      title: 'El Registro Nacional de las Personas abre nuevas oficinas',
      summary: 'Las sedes atenderán trámites de documentos durante el fin de semana.',
    });
    expect(story.inScope).toBe(false);
  });
});

describe('a department of justice is the country’s the story is about', () => {
  it('reads Hong Kong’s Department of Justice as Hong Kong’s, not the US’s', () => {
    const story = classify({
      title: 'Department of Justice drops doxxing case against online forum user',
      summary: 'The Department of Justice said it would not prosecute after the Privacy Commissioner for Personal Data referred the complaint.',
    });
    expect(story.jurisdictions).toEqual(['HK']);
  });

  it('still reads the US Justice Department where the story is American', () => {
    const story = classify({
      title: 'Justice Department sues app maker Zappa over children’s data',
      summary:
        'The complaint, filed in federal court on behalf of the Federal Trade Commission, says the app collected children’s personal data without parental consent under COPPA.',
    });
    expect(story.jurisdictions).toContain('US');
  });

  it('names South Africa’s department by its full name', () => {
    const story = classify({
      title: 'Information Regulator fines Department of Justice and Constitutional Development',
      summary: 'The regulator said the department let its antivirus licences lapse before a ransomware attack exposed personal information.',
    });
    expect(story.jurisdictions).toEqual(['ZA']);
  });
});
