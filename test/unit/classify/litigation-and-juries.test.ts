import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, people and figures are made up.
const classify = classifyChecked;

describe('privacy litigation that names no court or place', () => {
  it('places an English or French class action in the US, with the class action as evidence', () => {
    const stories: [string, string][] = [
      [
        'Pellmark agrees to pay $40 million to settle claims it sold people’s data',
        'The proposed class action accused the analytics firm of selling profiles of millions of people to marketers without their consent.',
      ],
      [
        'Vistrello faces putative class action over shared viewing histories',
        'Subscribers say the streaming app passed their viewing histories to advertisers.',
      ],
      [
        'Navigation privée : Vistrello accepte d’effacer des milliards de données pour clore une action collective',
        'Les plaignants reprochaient au groupe de suivre les internautes en mode Incognito.',
      ],
    ];
    for (const [title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual(['US']);
      expect(story.topics, title).toContain('litigation');
      expect(
        evidenceFor(story, 'jurisdiction', 'US').map((item) => item.rule),
        title,
      ).toContain('litigation:US/place:class-action');
    }
  });

  it('places a class action in the other languages only with an amount in US dollars', () => {
    const withDollars: [string, string][] = [
      [
        'Sammelklage: Pellmark zahlt 25 Millionen Dollar',
        'Kläger warfen der App vor, Gesundheitsdaten ihrer Nutzer ohne Zustimmung an Werbefirmen weitergegeben zu haben.',
      ],
      [
        'Pellmark pagará 30 millones de dólares por una demanda colectiva',
        'Los demandantes acusaban a la empresa de compartir sin permiso los datos de ubicación de sus usuarios.',
      ],
      [
        'Pellmark, accordo da 12 milioni di dollari per la class action sui dati personali',
        'Gli utenti accusavano l’app di vendere i loro dati senza consenso.',
      ],
      [
        'Pellmark schikt class action voor 9 miljoen dollar',
        'Gebruikers verweten het bedrijf dat het zonder toestemming hun persoonsgegevens deelde met adverteerders.',
      ],
      ['Pellmark以2000萬美元和解集體訴訟', '訴訟指該公司未經同意把用戶的個人資料提供予廣告商。'],
      ['Pellmark同意支付2000万美元和解集体诉讼', '诉讼指该公司未经同意与广告商分享用户数据。'],
    ];
    for (const [title, summary] of withDollars) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual(['US']);
    }
    // The same words are used at home: with no dollars they place nothing.
    const atHome = classify({
      title: 'Stichting begint massaclaim tegen Pellmark',
      summary: 'Gebruikers verwijten het bedrijf dat het zonder toestemming hun persoonsgegevens deelde met adverteerders.',
    });
    expect(atHome.inScope).toBe(true);
    expect(atHome.jurisdictions).toEqual([]);
  });

  it('places a jury in privacy litigation in the US, in every language', () => {
    const stories: [string, string][] = [
      [
        'Jury finds Pellmark liable for collecting users’ app data',
        'Jurors said the company gathered the personal data of millions of users without their consent.',
      ],
      [
        'Un jury condamne Pellmark pour la collecte des données de ses utilisateurs',
        'L’application collectait les données personnelles de ses utilisateurs sans leur consentement.',
      ],
      ['Jury verurteilt Pellmark wegen gesammelter Nutzerdaten', 'Die App sammelte personenbezogene Daten ihrer Nutzer ohne Einwilligung.'],
      ['Un jurado declara a Pellmark responsable de recopilar datos de sus usuarios', 'La aplicación recopilaba datos personales sin consentimiento.'],
      ['Una giuria condanna Pellmark per la raccolta dei dati degli utenti', 'L’app raccoglieva dati personali senza consenso.'],
      ['陪審團裁定Pellmark非法收集用戶個人資料', '陪審團指該公司未經同意收集數百萬名用戶的個人資料。'],
      ['陪审团裁定Pellmark非法收集用户个人信息', '陪审团称该公司未经同意收集数百万用户的个人信息。'],
    ];
    for (const [title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual(['US']);
      expect(
        evidenceFor(story, 'jurisdiction', 'US').map((item) => item.rule),
        title,
      ).toContain('litigation:US/place:jury');
    }
  });

  it('lets a named country win: an Australian, Canadian or Dutch collective action keeps its place', () => {
    const stories: [string, string, string][] = [
      [
        'AU',
        'Pellmark faces class action over breach of 2 million Australians’ data',
        'Customers whose passport and licence numbers were exposed joined the action.',
      ],
      [
        'CA',
        'Canadians settle class action over Pellmark app tracking',
        'Privacy commissioners found the app tracked users’ movements even when it was closed.',
      ],
      [
        'NL',
        'Niederländisches Gericht lässt Sammelklage gegen Pellmark zu',
        'Stiftungen werfen der Plattform vor, personenbezogene Daten von Kindern ohne Einwilligung zu verarbeiten.',
      ],
      [
        'NL',
        'Rechtbank Amsterdam: Pellmark verwerkte persoonsgegevens onrechtmatig',
        'In de massaclaim oordeelde de rechter dat het bedrijf gegevens zonder grondslag gebruikte.',
      ],
    ];
    for (const [code, title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('never takes a company’s American seat for the story’s place', () => {
    const story = classify({
      title: 'Irish regulator fines Seattle-based Pellmark 50 million euros',
      summary: 'The Data Protection Commission said the company stored users’ passwords in plain text.',
    });
    expect(story.jurisdictions).not.toContain('US');
    expect(story.jurisdictions).not.toContain('US-WA');
  });

  it('leaves a class action about anything but people’s data out of scope', () => {
    for (const [title, summary] of [
      ['Pellmark sued in class action over delayed phone features', 'Buyers accuse the company of advertising features that had not shipped.'],
      ['Verbraucher reichen Sammelklage gegen Autobauer ein', 'Sie verlangen Schadenersatz für manipulierte Abgaswerte.'],
    ]) {
      expect(classify({ title, summary }).inScope, title).toBe(false);
    }
    // Consent to a subscription or to copying articles is not consent to the use of anyone's data.
    const subscription = classify({
      title: 'Shoppers sue Pellmark over subscription sign-ups',
      summary: 'They say the retailer enrolled them in its subscription without their consent.',
    });
    expect(subscription.inScope).toBe(false);
  });
});

describe('a class action about people’s data, in every language', () => {
  it('is a privacy story about litigation, placed where the story says', () => {
    const stories: [string, string][] = [
      [
        'Sammelklage in den USA: Pellmark soll Gesundheitsdaten an Werbefirmen weitergegeben haben',
        'Nutzer werfen der App vor, ihre Daten ohne Einwilligung geteilt zu haben.',
      ],
      [
        'Demanda colectiva en Estados Unidos contra Pellmark por compartir datos de salud',
        'Los usuarios acusan a la aplicación de ceder sus datos a anunciantes sin su consentimiento.',
      ],
      [
        'Action collective aux États-Unis contre Pellmark pour le partage de données de santé',
        'Des utilisateurs accusent l’application d’avoir transmis leurs données à des annonceurs sans leur consentement.',
      ],
      [
        'Azione collettiva negli Stati Uniti contro Pellmark per i dati sanitari',
        'Gli utenti accusano l’app di aver ceduto i loro dati agli inserzionisti senza consenso.',
      ],
      [
        'Massaclaim in de Verenigde Staten tegen Pellmark om gezondheidsgegevens',
        'Gebruikers verwijten de app dat hij hun gegevens zonder toestemming met adverteerders deelde.',
      ],
      ['美國用戶集體訴訟Pellmark 指其向廣告商提供健康資料', '用戶指該應用程式未經同意把他們的個人資料提供予廣告商。'],
    ];
    for (const [title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual(['US']);
      expect(story.topics, title).toContain('litigation');
    }
  });
});

describe('a federal court in a state, named in another language', () => {
  it('tags the country, since a federal court applies national law', () => {
    const stories: [string, string][] = [
      ['美國加州聯邦法院批准Pellmark無痕模式集體訴訟和解', 'Pellmark同意銷毀用戶在無痕模式下的瀏覽紀錄。'],
      ['美国加州联邦法院批准Pellmark无痕模式集体诉讼和解', 'Pellmark同意删除用户在无痕模式下的浏览记录。'],
      ['Ein Bundesgericht in Kalifornien billigt Pellmarks Vergleich', 'Der Konzern muss Daten über das Surfverhalten seiner Nutzer löschen.'],
      ['Un tribunal federal de California aprueba el acuerdo de Pellmark', 'La empresa borrará los registros de navegación de sus usuarios.'],
      ['Un tribunale federale dell’Illinois approva l’accordo con Pellmark', 'La società raccoglieva senza consenso le impronte digitali dei dipendenti.'],
    ];
    for (const [title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toContain('US');
    }
  });

  it('keeps a state’s own regulator and law to the state', () => {
    const story = classify({
      title: '加州總檢察長與Pellmark和解 罰款155萬美元',
      summary: '總檢察長指該網站在讀者選擇退出後仍與廣告商分享其瀏覽資料，違反加州消費者私隱法。',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['US-CA']);
  });
});

describe('a mainland story that names no place', () => {
  it('is placed by the mainland’s own criminal-procedure words', () => {
    const story = classify({ title: '快递公司员工出售30万条个人信息 多人被刑事拘留', summary: '警方通报称，涉案人员导出客户面单信息并转卖牟利。' });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['CN']);
    expect(evidenceFor(story, 'jurisdiction', 'CN').map((item) => item.term)).toContain('刑事拘留');
  });

  it('does not take the police of a Singapore or Hong Kong story written in Simplified Chinese for the mainland’s', () => {
    const singapore = classify({ title: '新加坡卫生部：数千名患者资料遭泄露', summary: '卫生部称警方正在调查。' });
    expect(singapore.jurisdictions).toEqual(['SG']);
    const hongKong = classify({ title: '香港Pellmark遭勒索软件攻击 员工个人资料外泄', summary: '公司已向警方报案，并通知个人资料私隐专员公署。' });
    expect(hongKong.jurisdictions).toEqual(['HK']);
  });
});

describe('one person’s nationality in Chinese', () => {
  it('is background, while many people of a country are the people at stake', () => {
    const one = classify({ title: '新加坡卫生部：数千名患者资料遭泄露', summary: '卫生部称资料由一名曾被判刑的美国人在网上公开。' });
    expect(one.jurisdictions).toEqual(['SG']);
    expect(one.mentions).toContain('US');
    const many = classify({ title: 'Pellmark外洩數百萬美國人的個人資料', summary: '公司指黑客取得用戶的姓名及地址。' });
    expect(many.jurisdictions).toEqual(['US']);
  });
});

describe('location tracking, and a state’s people named in another language', () => {
  it('makes following where people are a privacy story in every language', () => {
    const stories: [string, string][] = [
      ['Pellmark agrees to settle location-tracking class action', 'Users said the app tracked their locations after they had turned location services off.'],
      [
        'Pellmark pagará 5 millones de dólares para cerrar una demanda colectiva por rastrear la ubicación de sus usuarios',
        'La app seguía su ubicación aunque hubieran desactivado los servicios de localización.',
      ],
      ['Sammelklage wegen Standortverlauf: Pellmark zahlt 5 Millionen Dollar', 'Die App speicherte den Standortverlauf der Nutzer auch nach dem Abschalten.'],
      ['Pellmark以500萬美元和解位置追蹤集體訴訟', '用戶指該應用程式在他們關閉定位服務後仍追蹤其位置。'],
    ];
    for (const [title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual(['US']);
    }
  });

  it('does not take a possessive alone for a kind of data', () => {
    const story = classify({
      title: 'Pellmark publica sus datos de ventas del trimestre',
      summary: 'La empresa presentó sus datos financieros a los inversores.',
    });
    expect(story.inScope).toBe(false);
  });

  it('places a story about Californians in California, and so a jury there adds no country', () => {
    const story = classify({
      title: 'Un jury condamne Pellmark à payer 20 millions de dollars',
      summary: 'Les jurés ont estimé que l’application utilisait à leur insu les données des utilisateurs californiens.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['US-CA']);
  });
});
