import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, people and figures are made up.
const classify = classifyChecked;

function sorted(codes: readonly string[]): string[] {
  return [...codes].sort();
}

describe('a lead authority decides for every EU user', () => {
  const stories: [string, string, string, string][] = [
    [
      'IE',
      'en',
      'Irish regulator orders Quillo to pause training its models on posts',
      "The Data Protection Commission, the company's lead authority in the EU, asked Quillo to stop using members' posts to train its AI.",
    ],
    [
      'FR',
      'fr',
      'La CNIL inflige 20 millions d’euros à Quillo',
      'Autorité chef de file, la CNIL reproche à la plateforme la conservation excessive des données personnelles de ses membres.',
    ],
    [
      'IE',
      'de',
      'Irische Datenschutzbehörde verhängt Bußgeld gegen Quillo',
      'Die DPC, federführende Aufsichtsbehörde für das Unternehmen, rügt die Verarbeitung personenbezogener Daten.',
    ],
    [
      'IE',
      'es',
      'Irlanda multa a Quillo con 12 millones',
      'La Comisión de Protección de Datos de Irlanda, autoridad principal de la empresa, concluye que trató datos personales sin base legal.',
    ],
    [
      'IE',
      'it',
      'Quillo, multa dal Garante irlandese',
      "La Data Protection Commission, autorità capofila per l'azienda, contesta il trattamento dei dati personali degli iscritti.",
    ],
    [
      'NL',
      'nl',
      'Autoriteit Persoonsgegevens beboet Quillo',
      'De AP, leidende toezichthouder voor het bedrijf, stelt dat Quillo persoonsgegevens van chauffeurs zonder waarborgen doorgaf.',
    ],
    ['IE', 'zh-Hant', '愛爾蘭數據保護委員會向Quillo罰款', '作為該公司的牽頭監管機構，委員會指Quillo未經同意處理用戶個人資料。'],
    ['IE', 'zh-Hans', '爱尔兰数据保护委员会对Quillo处以罚款', '作为该公司的牵头监管机构，委员会称Quillo未经同意处理用户个人数据。'],
  ];
  for (const [home, language, title, summary] of stories) {
    it(`tags ${home} and the EU (${language})`, () => {
      const story = classify({ title, summary });
      expect(story.language).toBe(language);
      expect(story.inScope).toBe(true);
      expect(sorted(story.jurisdictions)).toEqual(sorted([home, 'EU']));
      expect(evidenceFor(story, 'jurisdiction', 'EU').map((item) => item.rule)).toContain('regulator:EU/lead-authority+population');
    });
  }

  it('counts the lead authority as a privacy regulator even where its name is not known', () => {
    const story = classify({
      title: 'Irlanda multa a Quillo con 12 millones',
      summary: 'La comisión irlandesa, autoridad principal de la empresa en la UE, concluye que Quillo trató datos personales sin base legal.',
    });
    expect(story.inScope).toBe(true);
    expect(sorted(story.jurisdictions)).toEqual(['EU', 'IE']);
    expect(evidenceFor(story, 'scope', 'in-scope').map((item) => item.term)).toContain('autoridad principal');
  });

  it('finds a lead authority in a headline written in title case', () => {
    const result = classify({
      title: 'Irish DPC, Quillo’s Lead Authority, Orders a Pause on AI Training',
      summary: 'The Data Protection Commission told Quillo to stop using members’ posts to train its models.',
    });
    expect(sorted(result.jurisdictions)).toEqual(['EU', 'IE']);
  });

  it('keeps a national regulator applying the GDPR to its own residents national', () => {
    const stories = [
      {
        title: 'La CNIL sanctionne un hôpital lyonnais',
        summary: "Le gendarme des données personnelles reproche à l'établissement d'avoir exposé les dossiers de ses patients, en violation du RGPD.",
      },
      {
        title: 'Datatilsynet fines Danish pharmacy chain under the GDPR',
        summary: 'The Danish regulator said the chain kept customers’ prescriptions far longer than needed.',
      },
      {
        title: 'AEPD multa a una clínica de Sevilla',
        summary: 'La Agencia Española de Protección de Datos sanciona a la clínica por enviar historiales clínicos a otro paciente, según el RGPD.',
      },
    ];
    for (const input of stories) expect(classify(input).jurisdictions, input.title).not.toContain('EU');
  });
});

describe('Europe’s people and many European countries', () => {
  it('tags the EU when the lead says Europe’s users are at stake, in each language', () => {
    const stories: [string, string, string][] = [
      ['IE', 'Irische Datenschutzbehörde prüft Quillo', 'Die DPC prüft, ob Quillo Daten europäischer Nutzer ohne Einwilligung verarbeitet.'],
      ['IE', 'La DPC irlandaise enquête sur Quillo', 'Le régulateur vérifie si Quillo traite les données des utilisateurs européens sans consentement.'],
      ['IE', 'Il Garante irlandese indaga su Quillo', 'La Data Protection Commission verifica se Quillo tratta i dati degli utenti europei senza consenso.'],
      [
        'IE',
        'De Ierse privacytoezichthouder onderzoekt Quillo',
        'De Data Protection Commission onderzoekt of Quillo gegevens van Europese gebruikers zonder toestemming verwerkt.',
      ],
      ['IE', '愛爾蘭數據保護委員會調查Quillo', '委員會調查Quillo是否未經同意處理歐洲用戶的個人資料。'],
    ];
    for (const [home, title, summary] of stories) {
      const story = classify({ title, summary });
      expect(sorted(story.jurisdictions), title).toEqual(sorted([home, 'EU']));
    }
  });

  it('does not read people spared in a later sentence as the story’s', () => {
    const story = classify({
      title: 'Hong Kong watchdog questions Quillo over AI training on members’ posts',
      summary:
        'The Privacy Commissioner for Personal Data said Quillo used Hong Kong members’ posts to train its models. The company says it does not use the data of users in the EU.',
    });
    expect(story.jurisdictions).toEqual(['HK']);
  });

  it('tags a campaign before regulators in many European countries, none named, as the EU', () => {
    const stories = [
      {
        title: 'Privacy group files complaints against Quillo’s AI plans',
        summary: 'The group lodged complaints with data protection authorities in eleven European countries over the use of personal data.',
      },
      {
        title: 'Datenschützer legen Beschwerden gegen Quillo ein',
        summary: 'Die Organisation reicht in zehn europäischen Ländern Beschwerden wegen der Verarbeitung personenbezogener Daten ein.',
      },
      { title: '私隱組織投訴Quillo', summary: '該組織向12個歐洲國家的數據保護機構投訴Quillo處理用戶個人資料。' },
    ];
    for (const input of stories) {
      const story = classify(input);
      expect(story.inScope, input.title).toBe(true);
      expect(story.jurisdictions, input.title).toContain('EU');
    }
  });
});

describe('Brussels as the EU', () => {
  it('tags the EU, not Belgium, when Brussels stands for the EU’s institutions, in every language', () => {
    const stories: [string, string][] = [
      ['Brussels wants to loosen the GDPR for AI developers', 'The European Commission proposed letting firms train AI models on personal data.'],
      ['Bruxelles veut assouplir le RGPD', "La Commission européenne propose d'autoriser l'entraînement de modèles d'IA sur des données personnelles."],
      ['Brüssel will die DSGVO lockern', 'Die EU-Kommission schlägt vor, personenbezogene Daten für das Training künstlicher Intelligenz freizugeben.'],
      ['Bruselas propone modificar el RGPD', 'La Comisión Europea presentó un plan para usar datos personales en el entrenamiento de modelos de IA.'],
      ['Bruxelles propone di modificare il GDPR', "La Commissione europea vuole consentire l'uso di dati personali per addestrare modelli di IA."],
      ['Brussel wil de AVG versoepelen', 'De Europese Commissie stelt voor dat bedrijven persoonsgegevens mogen gebruiken om AI-modellen te trainen.'],
      ['布魯塞爾擬修改《通用數據保護條例》', '歐盟委員會建議容許企業使用個人資料訓練人工智能模型。'],
      ['布鲁塞尔拟修改《通用数据保护条例》', '欧盟委员会建议允许企业使用个人数据训练人工智能模型。'],
    ];
    for (const [title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual(['EU']);
      expect(story.topics, title).toContain('ai-training');
    }
  });

  it('keeps Belgium for its own regulator, its own companies and a court in Brussels', () => {
    const belgian = [
      {
        title: 'Bruxelles : l’APD sanctionne une mutuelle',
        summary: "L'Autorité de protection des données reproche à la mutuelle belge d'avoir partagé les données de ses membres, en violation du RGPD.",
      },
      {
        title: 'Rechtbank in Brussel verbiedt datadeling door Quillo',
        summary:
          'De rechter oordeelt dat Quillo persoonsgegevens van klanten zonder toestemming deelde, een schending van de privacy volgens de Europese Commissie.',
      },
      {
        title: 'Brussels hospital exposed patients’ records, breaching the GDPR',
        summary: 'The hospital left the personal data of 4,000 patients open online for a month.',
      },
      {
        title: 'Brussels court rules Quillo’s consent banner unlawful',
        summary: 'The Market Court found that the banner collected visitors’ personal data without valid consent under the GDPR.',
      },
    ];
    for (const input of belgian) {
      const story = classify(input);
      expect(story.jurisdictions, input.title).toContain('BE');
    }
  });
});

describe('German wordings and the top courts', () => {
  it('reads every German case of artificial intelligence, language models and AI models as AI training', () => {
    const sentences = [
      'Quillo will personenbezogene Daten seiner Kunden für das Training künstlicher Intelligenz nutzen.',
      'Quillo nutzt Beiträge seiner Nutzer zum Training von KI-Modellen.',
      'Quillo will Daten seiner Kunden zum Trainieren großer Sprachmodelle verwenden.',
      'Die Datenschutzbehörde prüft das Training generativer KI mit den Beiträgen der Nutzer.',
    ];
    for (const summary of sentences) {
      const story = classify({ title: 'Datenschützer prüfen Quillo', summary });
      expect(story.topics, summary).toContain('ai-training');
    }
  });

  it('reads data taken in a scraping incident as a breach, and GDPR damages as litigation, before a German top court', () => {
    const story = classify({
      title: 'Karlsruher Richter stärken Nutzer nach Scraping-Vorfall',
      summary: 'Wer seine Daten bei einem Scraping-Vorfall verloren hat, kann nach der DSGVO Schadensersatz für den Kontrollverlust über Daten verlangen.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
    expect(story.topics).toEqual(expect.arrayContaining(['breach', 'litigation']));
  });

  it('places each country’s top court and reads informational self-determination as privacy', () => {
    const stories: [string, string, string][] = [
      [
        'DE',
        'Bundesverfassungsgericht kippt Speicherregeln für Quillo-Software',
        'Die Speicherung personenbezogener Daten verletze das Recht auf informationelle Selbstbestimmung, urteilen die Richter.',
      ],
      [
        'FR',
        "Le Conseil d'État confirme la sanction de la CNIL contre Quillo",
        'La juridiction rejette le recours de Quillo contre l’amende pour collecte de données personnelles sans consentement.',
      ],
      ['ES', 'El Tribunal Supremo avala la multa a Quillo', 'El tribunal confirma que Quillo trató datos personales de sus clientes sin consentimiento.'],
      ['IT', 'La Cassazione dà ragione al Garante su Quillo', 'I giudici confermano che Quillo trattava i dati personali dei clienti senza consenso.'],
      [
        'NL',
        'Hoge Raad: Quillo mocht klantgegevens niet delen',
        'De hoogste rechter oordeelt dat Quillo persoonsgegevens van klanten zonder toestemming deelde.',
      ],
    ];
    for (const [code, title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });
});

describe('near misses stay out', () => {
  it('leaves out a privacy regulator testing chatbots’ voting advice or overseeing algorithms, DSA fines and general AI Act rules', () => {
    const stories = [
      {
        title: 'Privacy watchdog warns chatbots give skewed voting advice',
        summary: 'The Autoriteit Persoonsgegevens tested three chatbots before the vote and found they favoured two parties.',
      },
      {
        title: 'AP: chatbots geven eenzijdig stemadvies',
        summary: 'De Autoriteit Persoonsgegevens raadt kiezers af AI-chatbots voor stemadvies te gebruiken.',
      },
      {
        title: 'Brussels fines Quillo 90 million euros under the Digital Services Act',
        summary: 'The European Commission said the platform failed to give researchers access and hid how its ads are targeted at no one in particular.',
      },
      {
        title: 'La Comisión Europea aplaza las normas de alto riesgo de la ley de IA',
        summary: 'Bruselas propone retrasar un año las obligaciones para los sistemas de inteligencia artificial de alto riesgo.',
      },
    ];
    for (const input of stories) expect(classify(input).inScope, input.title).toBe(false);
  });
});
