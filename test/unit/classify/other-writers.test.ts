import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, people and figures are made up.
const classify = classifyChecked;

describe('a generic regulator title qualified by a country', () => {
  it('places the story in the country whose adjective stands before or after the title, in every case ending', () => {
    const stories: [string, string, string][] = [
      [
        'IE',
        'Die irische Datenschutzkommission verhängt Bußgeld gegen Plattform Kivra',
        'Die Behörde wirft dem Dienst vor, Passwörter unverschlüsselt gespeichert zu haben.',
      ],
      ['IE', 'Bußgeld der irischen Datenschutzkommission gegen Kivra', 'Passwörter der Nutzer lagen unverschlüsselt auf den Servern.'],
      ['KR', 'Südkoreanische Datenschutzbehörde verhängt Bußgeld gegen Kivra', 'Der Dienst habe sensible Daten von Nutzern an Werbekunden weitergegeben.'],
      ['IE', 'La Commissione irlandese per la protezione dei dati multa Kivra', 'Secondo l’autorità, le password degli utenti erano conservate in chiaro.'],
      ['IE', 'La Comisión de Protección de Datos irlandesa multa a Kivra', 'El organismo concluye que la empresa guardó contraseñas de usuarios sin cifrar.'],
      ['IE', 'La Commission irlandaise de protection des données sanctionne Kivra', 'Des mots de passe d’utilisateurs étaient stockés en clair.'],
      [
        'BE',
        'Une clinique sanctionnée par l’autorité belge',
        'L’autorité belge de protection des données reproche à la clinique d’avoir exposé les données personnelles de patients.',
      ],
      ['KR', 'L’autorità sudcoreana multa Kivra', 'Il servizio ha condiviso dati personali degli utenti con inserzionisti.'],
      ['KR', 'Zuid-Koreaanse toezichthouder beboet Kivra', 'De dienst deelde persoonsgegevens van gebruikers met adverteerders.'],
      ['AU', 'La autoridad australiana multa a Kivra', 'La empresa sufrió una filtración de datos personales de sus clientes.'],
    ];
    for (const [code, title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
      expect(evidenceFor(story, 'jurisdiction', code)[0]?.rule, title).toMatch(/^regulator:|\+regulator$/);
    }
  });

  it('gives a Chinese regulator title to the country before it, not to its home jurisdiction', () => {
    const korea = classify({ title: '南韓個人資料保護委員會向Kivra開罰', summary: '委員會指該公司未經同意把用戶資料提供給廣告商。' });
    expect(korea.jurisdictions).toEqual(['KR']);
    const koreaHans = classify({ title: '韩国个人信息保护委员会对Kivra处以罚款', summary: '委员会称该公司泄露了用户的个人信息。' });
    expect(koreaHans.jurisdictions).toEqual(['KR']);
    const australia = classify({ title: '澳洲私隱專員裁定Kivra違反私隱法', summary: '專員指該公司收集顧客臉部影像未有取得同意。' });
    expect(australia.jurisdictions).toEqual(['AU']);
    // With no country before them, the bare titles keep their home sense.
    expect(classify({ title: '私隱專員就Kivra資料外洩展開調查', summary: '公署指數千名客戶的個人資料外洩。' }).jurisdictions).toEqual(['HK']);
    expect(classify({ title: '個人資料保護委員會要求Kivra說明外洩事件', summary: '委員會指數千名會員的個人資料外洩。' }).jurisdictions).toEqual(['TW']);
  });

  it('knows every European country by its Chinese name in both scripts', () => {
    const cases: [string, string][] = [
      ['BE', '比利時'],
      ['SE', '瑞典'],
      ['DK', '丹麦'],
      ['PL', '波蘭'],
      ['PT', '葡萄牙'],
      ['FI', '芬兰'],
      ['GR', '希臘'],
      ['LU', '盧森堡'],
    ];
    for (const [code, name] of cases) {
      const story = classify({ title: `${name}資料保護機構向Kivra罰款`, summary: '該公司洩露了數千名用戶的個人資料。' });
      expect(story.jurisdictions, name).toEqual([code]);
    }
  });

  it('leaves a country adjective that names no regulator as it was', () => {
    const story = classify({
      title: 'Die Datenschutzbehörde prüft Kivra',
      summary: 'Das irische Unternehmen soll Kundendaten ohne Einwilligung weitergegeben haben.',
    });
    expect(story.jurisdictions).not.toContain('IE');
    const romance = classify({ title: 'La CNIL sanctionne Kivra', summary: 'L’entreprise irlandaise a transmis des données de clients sans consentement.' });
    expect(romance.jurisdictions).toEqual(['FR']);
  });
});

describe('a regulator’s own name in another language', () => {
  it('knows the Swiss commissioner in French, German and Italian and Australia’s in Spanish and Chinese', () => {
    const cases: [string, string, string][] = [
      [
        'CH',
        'Le Préposé fédéral à la protection des données et à la transparence enquête sur Kivra',
        'Les clients n’étaient pas informés de l’analyse de leurs achats.',
      ],
      ['CH', 'Der Eidgenössische Datenschutz- und Öffentlichkeitsbeauftragte prüft Kivra', 'Kundendaten seien ohne Information ausgewertet worden.'],
      ['CH', 'L’IFPDT chiude l’inchiesta su Kivra', 'L’Incaricato federale della protezione dei dati e della trasparenza ha constatato violazioni.'],
      [
        'AU',
        'La Oficina del Comisionado de Información de Australia demanda a Kivra',
        'El regulador sostiene que la empresa no protegió los datos personales de sus clientes.',
      ],
      ['AU', '澳洲資訊專員辦公室起訴Kivra', '辦公室指該公司未有保護客戶的個人資料。'],
    ];
    for (const [code, title, summary] of cases) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });
});

describe('a federal court, jury or judge sitting in a state', () => {
  it('places the story in the country, however the court and "federal" are ordered', () => {
    const cases: [string, string][] = [
      ['Privacy verdict against Kivra', 'A federal jury in San Francisco found Kivra shared users’ health data without consent.'],
      ['Données de santé : Kivra condamnée', 'Un jury fédéral de San Francisco estime que Kivra a collecté sans consentement des données personnelles.'],
      ['Kivra, condenada por datos de salud', 'Un jurado federal de San Francisco concluye que Kivra recogió datos personales sin permiso.'],
      ['Uitspraak over Kivra', 'Een federale jury in San Francisco oordeelt dat Kivra persoonsgegevens zonder toestemming verzamelde.'],
      ['Urteil gegen Kivra', 'Ein Bundesgericht in Kalifornien entschied, dass Kivra personenbezogene Daten ohne Einwilligung weitergab.'],
    ];
    for (const [title, summary] of cases) {
      const story = classify({ title, summary });
      expect(story.inScope, summary).toBe(true);
      expect(story.jurisdictions, summary).toEqual(['US']);
      expect(evidenceFor(story, 'jurisdiction', 'US')[0]?.rule, summary).toMatch(/\+federal$/);
    }
  });

  it('counts a jury of no stated kind for the state and the country: it may be either’s court', () => {
    const story = classify({
      title: 'Privacy verdict against Kivra',
      summary: 'A jury in San Francisco found Kivra shared users’ health data without consent.',
    });
    expect([...story.jurisdictions].sort()).toEqual(['US', 'US-CA']);
  });
});

describe('a transfer’s destination', () => {
  it('is never the story’s jurisdiction, in any language', () => {
    const cases: [string, string, string][] = [
      [
        'IE',
        'La Commissione irlandese per la protezione dei dati multa Kivra',
        'La piattaforma ha effettuato trasferimenti di dati degli utenti in Cina senza garanzie.',
      ],
      ['KR', 'Zuid-Koreaanse toezichthouder beboet Kivra', 'De app stuurde gegevens van gebruikers naar China zonder toestemming.'],
      [
        'DE',
        'Der Hamburgische Beauftragte für Datenschutz prüft Kivra',
        'Es geht um die Datenübermittlung nach China ohne ausreichende Garantien für Kundendaten.',
      ],
      ['FR', 'La CNIL sanctionne Kivra', 'Les données des clients ont été transférées vers la Chine sans garanties.'],
      ['KR', '韩国个人信息保护委员会对Kivra处以罚款', '该公司将韩国用户的个人信息传往中国。'],
      ['KR', '南韓個人資料保護委員會向Kivra開罰', '該公司將用戶資料傳往中國和美國。'],
      ['HK', '私隱專員公署調查Kivra', '公署指該公司將香港用戶的個人資料傳往中國、新加坡和美國。'],
    ];
    for (const [code, title, summary] of cases) {
      const story = classify({ title, summary });
      expect(story.jurisdictions, summary).toEqual([code]);
      expect(story.jurisdictions, summary).not.toContain('CN');
    }
  });
});

describe('collecting or listening on after people said no', () => {
  it('makes a privacy story of data taken after a setting was switched off, an objection, or without people knowing', () => {
    const cases: [string, string][] = [
      ['Kivra kept collecting app activity after users switched tracking off', 'The company said the data was anonymised.'],
      ['Kivra muss zahlen', 'Das Unternehmen sammelte weiter Daten von Nutzern, obwohl diese die Aufzeichnung ausgeschaltet hatten.'],
      ['Kivra moet betalen', 'Het bedrijf bleef gegevens verzamelen van gebruikers die de instelling hadden uitgezet.'],
      ['Kivra sanctionnée', 'L’application continuait la collecte de données des utilisateurs qui avaient désactivé l’option.'],
      ['Multa a Kivra', 'La web instalaba cookies de seguimiento tras la negativa del usuario.'],
      ['Multa a Kivra', 'L’azienda continuava a usare i dati personali di clienti che si erano opposti al trattamento.'],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).inScope, summary).toBe(true);
  });

  it('leaves a setting switched off with no one’s data at stake out of scope', () => {
    expect(classify({ title: 'Kivra turns off its old music app', summary: 'Users had switched off notifications long ago, the company said.' }).inScope).toBe(
      false,
    );
  });
});

describe('listening to people’s recordings to improve a voice assistant', () => {
  it('is AI training (model improvement) in every language, and places the story by the capital’s prosecutor', () => {
    const cases: [string | undefined, string, string][] = [
      [
        undefined,
        'Contractors heard Kivra users’ recordings',
        'Contractors listened to users’ recordings captured without their knowledge to improve the voice assistant.',
      ],
      [
        'FR',
        'Kivra : le parquet de Paris ouvre une enquête',
        'Des enregistrements d’utilisateurs, captés à leur insu, ont été écoutés pour améliorer l’assistant vocal.',
      ],
      [
        'FR',
        'La Fiscalía de París investiga a Kivra',
        'Subcontratistas escuchaban grabaciones de usuarios captadas sin su conocimiento para mejorar el asistente de voz.',
      ],
      [
        'FR',
        'Kivra, la procura di Parigi apre un’indagine',
        'Le registrazioni degli utenti, raccolte a loro insaputa, venivano ascoltate per migliorare l’assistente vocale.',
      ],
      [
        undefined,
        'Kivra ließ Aufnahmen auswerten',
        'Dienstleister hörten Sprachaufnahmen von Nutzern ohne ihr Wissen ab, um den Sprachassistenten zu verbessern.',
      ],
      [undefined, 'Kivra liet opnames beluisteren', 'Medewerkers luisterden zonder medeweten opnames van gebruikers af om de spraakassistent te verbeteren.'],
      [undefined, 'Kivra外判商聽取用戶錄音', '外判人員在用戶不知情下聽取錄音，以改進語音助理。'],
    ];
    for (const [code, title, summary] of cases) {
      const story = classify({ title, summary });
      expect(story.inScope, summary).toBe(true);
      expect(story.topics, summary).toContain('ai-training');
      if (code !== undefined) expect(story.jurisdictions, summary).toEqual([code]);
    }
  });

  it('leaves a voice assistant’s launch with no one’s recordings out of AI training', () => {
    const story = classify({ title: 'Kivra improves its voice assistant', summary: 'The new version answers faster and speaks twelve languages.' });
    expect(story.topics).not.toContain('ai-training');
    expect(story.inScope).toBe(false);
  });
});

describe('a capital’s prosecutor or court', () => {
  it('places the story in the country, with the capital spelt as each language spells it', () => {
    const cases: [string, string, string][] = [
      ['FR', 'La Fiscalía de París investiga a Kivra', 'La empresa habría compartido datos personales de sus clientes sin consentimiento.'],
      ['FR', 'La procura di Parigi indaga su Kivra', 'La società avrebbe ceduto dati personali dei clienti senza consenso.'],
      ['GB', 'Un tribunal de Londres condena a Kivra', 'La empresa vendió datos personales de sus clientes.'],
      [
        'NL',
        'Het OM in Amsterdam vervolgt Kivra-medewerker die klantgegevens verkocht',
        'De man verkocht persoonsgegevens van duizenden klanten aan oplichters.',
      ],
      ['NL', 'Het OM vervolgt Kivra-medewerker die klantgegevens verkocht', 'De man verkocht persoonsgegevens van duizenden klanten aan oplichters.'],
    ];
    for (const [code, title, summary] of cases) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('reads the Dutch prosecutor’s acronym only in a Dutch story', () => {
    const story = classify({ title: 'OM wins chess title', summary: 'The club said members’ personal data was never shared.' });
    expect(story.jurisdictions).not.toContain('NL');
  });
});

describe('collecting location data after it was switched off, in Chinese', () => {
  it('makes a privacy story of an app that still collects after people turned location off', () => {
    const story = classify({ title: '用户关闭定位后仍收集位置信息 Kivra被通报', summary: '国家网信办通报称，该应用在用户关闭定位权限后仍收集其位置信息。' });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['CN']);
  });
});
