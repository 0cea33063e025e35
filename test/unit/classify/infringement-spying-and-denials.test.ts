import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

function scopeRules(result: ReturnType<typeof classify>): string[] {
  return result.evidence.filter((item) => item.kind === 'scope').map((item) => item.rule);
}

describe('a privacy regulator named by its role', () => {
  it('opening an investigation makes a story of a leak it looks into, in each language', () => {
    const cases: [string, string][] = [
      [
        'Ransomware gang leaks government files on dark web',
        'Files stolen from a software supplier to several ministries have appeared on the dark web. The data protection commissioner has opened an investigation into the supplier and the ministries.',
      ],
      [
        'Rançongiciel : des fichiers de l’administration publiés sur le darknet',
        'Des fichiers volés chez un prestataire informatique de plusieurs ministères sont apparus sur le darknet. Le préposé à la protection des données a ouvert une enquête contre le prestataire et les ministères.',
      ],
      [
        'Ransomware: Dateien der Verwaltung im Darknet',
        'Bei einem IT-Dienstleister mehrerer Ministerien gestohlene Dateien sind im Darknet aufgetaucht. Der Datenschutzbeauftragte hat eine Untersuchung gegen den Dienstleister und die Ministerien eröffnet.',
      ],
      [
        'Ransomware: archivos de la administración aparecen en la dark web',
        'Archivos robados a un proveedor informático de varios ministerios han aparecido en la dark web. La autoridad de protección de datos ha abierto una investigación contra el proveedor y los ministerios.',
      ],
      ['勒索软件攻击 政府文件现身暗网', '多个部委的IT供应商遭勒索软件攻击，被窃文件出现在暗网。数据保护机构已对供应商和相关部委展开调查。'],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(scopeRules(result), title).toContain('scope:regulator-sanction');
    }
  });

  it('does not act by being named beside an investigation that is not its own sentence', () => {
    const result = classify({
      title: 'Police investigate break-in at software supplier',
      summary: 'Officers are investigating a burglary at the firm’s offices. Separately, a data protection commissioner spoke at a conference.',
    });
    expect(scopeRules(result)).not.toContain('scope:regulator-sanction');
  });
});

describe('privacy infringed, however the sentence runs', () => {
  it('counts the act and the right a few words apart, in each language', () => {
    const cases: [string, string][] = [
      [
        'Constitutional court strikes down police data-mining law',
        'The court ruled that rules allowing police to analyse large databases automatically violate the right to informational self-determination and must be rewritten.',
      ],
      [
        'Le Conseil constitutionnel censure l’analyse automatisée des données par la police',
        'Les juges estiment que les dispositions permettant à la police d’analyser automatiquement de grandes bases de données portent une atteinte disproportionnée au droit au respect de la vie privée.',
      ],
      [
        'Mensenrechtenorganisatie: politie-experiment is massasurveillance',
        'Camera’s registreren alle auto’s die de stad binnenrijden. Daarbij worden gegevens van duizenden onschuldige automobilisten verwerkt, een inbreuk op hun privacy.',
      ],
      [
        'La Consulta boccia la legge sull’analisi automatizzata dei dati da parte della polizia',
        'Secondo la Corte costituzionale le norme che consentono alla polizia di analizzare in modo automatizzato grandi banche dati violano il diritto alla riservatezza.',
      ],
      ['人權組織批警方車牌實驗屬大規模監控', '鏡頭記錄所有入城車輛，再由演算法評分。組織指數以千計無辜司機的資料被處理，侵犯他們的私隱。'],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(scopeRules(result), title).toContain('scope:privacy-infringed');
    }
  });

  it('leaves a celebrity’s privacy, and privacy as a ground for refusing documents, out', () => {
    const cases: [string, string][] = [
      ['Une actrice attaque un magazine pour atteinte à sa vie privée', 'La célébrité reproche aux paparazzi d’avoir photographié sa maison de vacances.'],
      ['Schauspielerin verklagt Boulevardblatt wegen Verletzung ihrer Privatsphäre', 'Die Prominente wirft den Paparazzi vor, ihr Haus fotografiert zu haben.'],
      ['Prince sues tabloid over invasion of privacy', 'The royal says photographers violated his privacy by following his children to school.'],
      [
        'Le Tribunal de l’UE désavoue la Commission sur l’accès aux documents',
        'La Commission n’a pas démontré que divulguer les noms des négociateurs porterait atteinte à leur vie privée.',
      ],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).inScope, title).toBe(false);
  });

  it('does not reach a privacy word far down the sentence', () => {
    const result = classify({
      title: 'Company violated export rules, regulator says',
      summary: 'The firm violated the rules on shipping chips to three countries over two years, while its privacy team was being reorganised.',
    });
    expect(scopeRules(result)).not.toContain('scope:privacy-infringed');
  });
});

describe('consenting to the processing of one’s data', () => {
  it('is a privacy story in each language, as “consent” is in English', () => {
    const cases: [string, string][] = [
      [
        'Le gouvernement adopte un projet de loi relevant à 16 ans la majorité numérique',
        'Le texte relève de 13 à 16 ans l’âge à partir duquel un mineur peut consentir seul au traitement de ses données personnelles.',
      ],
      [
        'Kabinett beschließt Gesetz: Einwilligung in Datenverarbeitung erst ab 16',
        'Der Entwurf hebt das Alter, ab dem Minderjährige selbst in die Verarbeitung ihrer personenbezogenen Daten einwilligen können, von 14 auf 16 Jahre an.',
      ],
      [
        'El Gobierno aprueba elevar a 16 años la edad para consentir el uso de datos',
        'El proyecto de ley eleva de 14 a 16 años la edad mínima a partir de la cual un menor puede consentir el tratamiento de sus datos personales.',
      ],
      [
        'Kabinet stemt in met wet: toestemming voor gegevensverwerking pas vanaf 16',
        'Het wetsvoorstel verhoogt de leeftijd waarop minderjarigen zelf toestemming kunnen geven voor de verwerking van hun persoonsgegevens van 14 naar 16 jaar.',
      ],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).inScope, title).toBe(true);
  });
});

describe('spyware and apps that spy on people', () => {
  it('are privacy stories in each language', () => {
    const cases: [string, string][] = [
      [
        'Popular chat app turns out to be a government spying tool',
        'Through the app, downloaded by millions, the government could follow users’ conversations, contacts and locations.',
      ],
      [
        'Beliebte Chat-App ist Spionagewerkzeug einer Regierung',
        'Über die millionenfach heruntergeladene App konnte die Regierung Gespräche, Kontakte und Standorte der Nutzer verfolgen.',
      ],
      [
        'Populaire chatapp blijkt spionagemiddel van regering',
        'Via de app, die door miljoenen mensen werd gedownload, kon de overheid gesprekken, contacten en locaties van gebruikers volgen.',
      ],
      [
        'Des journalistes visés par le logiciel espion Pegasus',
        'Des chercheurs ont établi que des reporters et des militants ont reçu des liens destinés à infecter leur téléphone avec un logiciel espion vendu aux seuls gouvernements.',
      ],
      [
        'Periodistas y activistas, blanco del software espía Pegasus',
        'Una investigación documentó que periodistas y activistas recibieron mensajes con enlaces para infectar sus teléfonos con un programa de espionaje.',
      ],
      ['記者及社運人士遭Pegasus間諜軟件入侵手機', '研究人員發現，記者及人權捍衛者收到帶有連結的訊息，一旦點擊手機即被植入只售予政府的間諜軟件。'],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).inScope, title).toBe(true);
  });
});

describe('an attack that took no one’s data', () => {
  it('stays out when the company denies the data was taken, in each language', () => {
    const cases: [string, string][] = [
      [
        'Banken von DDoS-Angriffen getroffen',
        'Kunden konnten stundenlang kein Onlinebanking nutzen. Die Banken betonen, dass keine Kundendaten abgeflossen seien.',
      ],
      [
        'Storingen bij banken door DDoS-aanvallen',
        'Klanten konden urenlang niet internetbankieren. De banken benadrukken dat er geen klantgegevens zijn buitgemaakt.',
      ],
      ['银行遭DDoS攻击 网银服务中断', '客户数小时无法使用网银。银行强调没有客户数据被窃取。'],
      ['Cyberangriff legt Stadtverwaltung lahm', 'Nach Angaben der Stadt seien keine personenbezogenen Daten betroffen.'],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).inScope, title).toBe(false);
  });

  it('is a breach when the data was taken', () => {
    const cases: [string, string][] = [
      [
        'Hacker erbeuten Kundendaten von Onlinehändler',
        'Namen, Adressen und Bankverbindungen von 200.000 Kunden seien abgeflossen, teilte das Unternehmen mit.',
      ],
      ['Hackers stelen klantgegevens van webwinkel', 'Van 200.000 klanten zijn namen, adressen en rekeningnummers buitgemaakt.'],
      ['網購平台遭入侵 20萬客戶資料外洩', '公司表示，客戶的姓名、地址及銀行資料被盜。'],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('breach');
    }
  });
});
