import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, people and figures are made up.
const classify = classifyChecked;

describe('foreign regulators named in Chinese', () => {
  it('places the story in the country named with the title, in both scripts, and a later bare title adds no home', () => {
    const stories: [string, string, string][] = [
      ['US', '美國聯邦貿易委員會向數據公司Kivra罰款', '委員會指該公司未經同意出售用戶的定位數據。'],
      ['US', '美国联邦贸易委员会对Kivra处以罚款', '委员会称该公司未经同意出售用户的位置数据。'],
      ['FR', '法國國家資訊與自由委員會向Kivra罰款', '委員會指該公司未經同意收集用戶個人資料。'],
      ['FR', '法国国家信息与自由委员会对Kivra处以罚款', '委员会称该公司未经同意收集用户个人信息。'],
      ['IE', '愛爾蘭數據保護委員會向Kivra罰款', '委員會指該公司外洩用戶個人資料。'],
      ['IT', '意大利个人数据保护局对Kivra处以罚款', '该局称该公司未经同意收集用户个人信息。'],
      ['JP', '日本個人情報保護委員會向Kivra發出行政指導', '委員會指該公司外洩用戶個人資料。'],
      ['AU', '澳洲資訊專員辦公室裁定Kivra違反私隱法', '私隱專員指該公司未經同意收集顧客個人資料。'],
      ['CA', '加拿大私隱專員裁定Kivra違反私隱法', '私隱專員指該公司未經同意收集用戶個人資料。'],
      ['EU', '歐洲數據保護委員會發表人工智能模型意見', '委員會討論開發模型時處理個人資料的法律依據。'],
    ];
    for (const [code, title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
    }
  });

  it('keeps a bare title in the placed regulator’s own sentence: it is a body of its own', () => {
    const joint = classify({ title: '美國聯邦貿易委員會與私隱專員公署聯合調查Kivra', summary: '私隱專員指該公司未經同意收集用戶個人資料。' });
    expect([...joint.jurisdictions].sort()).toEqual(['HK', 'US']);
    // The same bare title only in a later sentence refers back to the American regulator.
    const alone = classify({ title: '美國聯邦貿易委員會調查Kivra', summary: '私隱專員指該公司未經同意收集用戶個人資料。' });
    expect(alone.jurisdictions).toEqual(['US']);
  });

  it('keeps a bare title’s home when the story places no other regulator', () => {
    const hongKong = classify({ title: '私隱專員公署向Kivra發出執行通知', summary: '私隱專員指該公司未經同意收集用戶個人資料。' });
    expect(hongKong.jurisdictions).toEqual(['HK']);
    const hongKongHans = classify({ title: '香港私隐专员公署公布Kivra调查报告', summary: '私隐专员指该公司未经同意收集顾客的个人资料。' });
    expect(hongKongHans.jurisdictions).toEqual(['HK']);
  });
});

describe('people’s data sold or tracked', () => {
  it('is a privacy story in every language, and a regulator’s ban on it is enforcement', () => {
    const stories: [string, string, string][] = [
      ['FR', 'La CNIL sanctionne Kivra pour avoir vendu des données de localisation', 'L’entreprise revendait la localisation de ses clients.'],
      ['IT', 'Il Garante multa Kivra per vendere i dati di localizzazione', 'La società cedeva a terzi la posizione degli utenti.'],
      ['ES', 'La AEPD multa a Kivra por vender datos de ubicación', 'La empresa cedía a anunciantes la ubicación de sus clientes.'],
      ['NL', 'AP beboet Kivra voor het verkopen van locatiegegevens', 'Het bedrijf verkocht locatiegegevens van klanten aan adverteerders.'],
      ['US', 'FTC bans Kivra from selling drivers’ location and driving data', 'The Federal Trade Commission said the carmaker passed the data to insurers.'],
    ];
    for (const [code, title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
      expect(story.topics, title).toContain('enforcement');
    }
  });

  it('counts the sale of a kind of data about people on its own, with no regulator named', () => {
    const german = classify({ title: 'Datenhändler Kivra verkaufte Standortdaten von Millionen Deutschen', summary: 'Die Daten stammten aus Apps.' });
    expect(german.inScope).toBe(true);
    expect(evidenceFor(german, 'scope', 'in-scope').map((item) => item.term)).toContain('verkaufte Standortdaten');
    const chinese = classify({ title: '數據公司被揭出售司機駕駛數據', summary: '報道指該公司把行車紀錄賣給保險公司。' });
    expect(chinese.inScope).toBe(true);
  });

  it('leaves a sale with no data about people out', () => {
    const story = classify({
      title: 'Kivra sells its logistics arm for 2 billion euros',
      summary: 'The buyer will take over the company’s warehouses and trucks.',
    });
    expect(story.inScope).toBe(false);
  });
});

describe('a country in the headline and a generic regulator title in the story', () => {
  it('is that country’s regulator when no regulator is named in full', () => {
    const stories: [string, string, string][] = [
      ['AT', 'Österreichische Versicherung muss Strafe zahlen', 'Die Datenschutzbehörde bemängelt, dass Kunden ihre Daten nicht einsehen konnten.'],
      ['BE', 'Belgische bank krijgt boete van de toezichthouder', 'De toezichthouder stelt dat de bank persoonsgegevens zonder toestemming gebruikte.'],
      [
        'AT',
        'Austrian insurer fined over how customers ask for their data',
        'The data protection authority said the firm ignored people’s requests for copies of their personal data.',
      ],
    ];
    for (const [code, title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([code]);
      expect(evidenceFor(story, 'jurisdiction', code)[0]?.rule, title).toContain('+generic-title');
    }
  });

  it('reads an Italian privacy body with its country between noun and "per la privacy"', () => {
    const story = classify({
      title: 'L’autorità svedese per la privacy multa la farmacia Kivra',
      summary: 'Le informazioni sugli acquisti dei clienti finivano a un inserzionista.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['SE']);
  });

  it('keeps a regulator named in full in its own country, whoever’s company it fines', () => {
    const story = classify({
      title: 'Une banque irlandaise sanctionnée par la CNIL',
      summary: 'La CNIL reproche à la banque d’avoir conservé des données personnelles trop longtemps.',
    });
    expect(story.jurisdictions).toEqual(['FR']);
  });

  it('lets a country’s adjective on a regulator win over the story language’s home sense of a title elsewhere', () => {
    const story = classify({
      title: 'Litouwse toezichthouder beboet webwinkel Kivra',
      summary: 'De privacytoezichthouder zegt dat de winkel persoonsgegevens van klanten te lang bewaarde.',
    });
    expect(story.jurisdictions).toEqual(['LT']);
    // The same title alone is the Dutch regulator's.
    const dutch = classify({ title: 'Privacytoezichthouder beboet webwinkel Kivra', summary: 'De winkel bewaarde persoonsgegevens van klanten te lang.' });
    expect(dutch.jurisdictions).toEqual(['NL']);
  });
});

describe('mainland stories that name no place', () => {
  it('are placed by mainland-only bodies, laws and events', () => {
    const stories: [string, string][] = [
      ['省网信办约谈Kivra', '网信办要求该公司停止违规收集个人信息。'],
      ['市场监管总局对Kivra处以罚款', '该公司未经同意收集消费者个人信息。'],
      ['Kivra违反个保法被处罚', '该公司未经同意收集用户个人信息。'],
      ['《网络数据安全管理条例》明年起施行', '条例对处理个人信息的企业提出新要求。'],
      ['315晚会曝光Kivra偷采人脸信息', '该公司在顾客不知情的情况下采集人脸信息。'],
      ['市网信办约谈外卖平台Kivra', '平台被指过度收集骑手和用户的位置信息。'],
    ];
    for (const [title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual(['CN']);
    }
  });
});

describe('a court or jury of no stated kind sitting in a city', () => {
  it('places the story in the city’s country as well as its state, in each language and script', () => {
    const stories: [string, string][] = [
      [
        'A jury in San Francisco finds Kivra liable for tracking users',
        'The jurors found the app collected location data after users had turned off tracking.',
      ],
      [
        'Un jurado de San Francisco condena a Kivra por rastrear a usuarios',
        'El jurado concluyó que la aplicación recopiló datos de ubicación sin su consentimiento.',
      ],
      ['Eine Jury in San Francisco verurteilt Kivra', 'Die Geschworenen befanden, dass die App Standortdaten ohne Einwilligung sammelte.'],
      ['Un jurado de Los Ángeles condena a Kivra', 'La aplicación vendió datos de ubicación de usuarios sin su consentimiento.'],
      ['旧金山陪审团裁定Kivra侵犯用户隐私', '陪审团认定该公司未经同意收集用户的位置数据。'],
      ['三藩市陪審團裁定Kivra侵犯用戶私隱', '陪審團認為該公司未經同意收集用戶的位置資料。'],
    ];
    for (const [title, summary] of stories) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect([...story.jurisdictions].sort(), title).toEqual(['US', 'US-CA']);
      expect(evidenceFor(story, 'jurisdiction', 'US')[0]?.rule, title).toMatch(/\+court$/);
    }
  });

  it('adds no country for a court named with a country that is no state’s', () => {
    const story = classify({
      title: 'Un juge de Lyon condamne Kivra',
      summary: 'La société avait vendu des données de localisation de ses clients sans leur consentement.',
    });
    expect(story.jurisdictions).toEqual(['FR']);
  });
});
