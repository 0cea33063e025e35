import { describe, expect, it } from 'vitest';
import type { ClassifyInput } from '../../../functions/domain/classify/types.js';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, people and figures are made up.
const classify = classifyChecked;

function trainingRules(input: ClassifyInput): string[] {
  return evidenceFor(classify(input), 'topic', 'ai-training').map((item) => item.rule);
}

describe('ai-training, however it is worded', () => {
  it('takes the noun and past forms of developing, with the model before them', () => {
    expect(
      classify({
        title: 'Quill Social halts model improvement with members’ data',
        summary: 'The network said it would stop while regulators look at the setting.',
      }).topics,
    ).toContain('ai-training');
    expect(
      classify({
        title: 'Regulator orders Snapwell to delete algorithms built with users’ photos',
        summary: 'Snapwell collected the photos without consent, the regulator said.',
      }).topics,
    ).toContain('ai-training');
    expect(trainingRules({ title: 'Quill Social halts model improvement with members’ data', summary: '' })).toEqual(['topic:ai-training/develop-models']);
  });

  it('ties people’s data to an AI by a preposition, with no verb', () => {
    const posts = {
      title: 'Watchdog tells Quill Social to stop using members’ posts for generative AI',
      summary: 'The watchdog said members had not been told.',
    };
    expect(classify(posts).topics).toContain('ai-training');
    expect(trainingRules(posts)).toContain('topic:ai-training/data-for-ai');
    const pairing = {
      title: 'Regulators adopt a joint opinion on AI models and personal data',
      summary: 'The opinion covers anonymity and legitimate interest.',
    };
    expect(classify(pairing).topics).toContain('ai-training');
    const sensitive = {
      title: 'Commission warns chatbot maker',
      summary: 'The commission told Lumen Labs not to collect sensitive personal information for machine learning without permission.',
    };
    expect(classify(sensitive).topics).toContain('ai-training');
  });

  it('keeps copyright, launches, chips and a chatbot’s breach out of ai-training', () => {
    const copyright = classify({
      title: 'Novelists sue Lumen Labs for training its model on their books',
      summary: 'The authors say the copyrighted books were copied without a licence.',
    });
    expect(copyright.topics).not.toContain('ai-training');
    expect(copyright.inScope).toBe(false);
    const launch = classify({ title: 'Lumen Labs unveils a faster chatbot model', summary: 'The company says the new model answers in half the time.' });
    expect(launch.inScope).toBe(false);
    const chips = classify({ title: 'New export controls hit AI chips', summary: 'Chipmakers say the rules on GPUs for training models will cut sales.' });
    expect(chips.inScope).toBe(false);
    const breach = classify({
      title: 'Chatbot bug exposed users’ email addresses',
      summary: 'A data breach at Lumen Labs exposed the personal data of 4,000 users of its chatbot, the regulator said.',
    });
    expect(breach.inScope).toBe(true);
    expect(breach.topics).toContain('breach');
    expect(breach.topics).not.toContain('ai-training');
  });

  it('does not read a feed named after an AI as training', () => {
    const result = classify({
      title: 'Quill AI app’s discovery feed shows users’ private chats',
      summary: 'Users found their conversations listed in public.',
    });
    expect(result.topics).not.toContain('ai-training');
  });
});

describe('the languages of Europe’s regulators', () => {
  it('French: the CNIL, a fine and people’s data', () => {
    const result = classify({
      title: 'La CNIL inflige une amende de 3 millions d’euros à Orchard Telecom',
      summary: 'La Commission reproche à l’opérateur d’avoir conservé les données personnelles de ses abonnés sans limite de durée.',
    });
    expect(result).toMatchObject({ inScope: true, jurisdictions: ['FR'], language: 'fr' });
    expect(result.topics).toContain('enforcement');
    expect(evidenceFor(result, 'scope', 'in-scope').map((item) => item.term)).toContain('données personnelles');
  });

  it('French: training a model on users’ posts', () => {
    const result = classify({
      title: 'Quill Social veut entraîner son IA avec les publications des utilisateurs européens',
      summary: 'Les utilisateurs de l’Union européenne peuvent s’opposer à l’utilisation de leurs données personnelles.',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toEqual(expect.arrayContaining(['ai-training', 'consent']));
    expect(result.jurisdictions).toContain('EU');
  });

  it('German: a Land’s commissioner, a fine, and compounds', () => {
    const result = classify({
      title: 'Hamburger Datenschutzbeauftragter verhängt Bußgeld gegen Versandhaus',
      summary: 'Der Hamburgische Beauftragte für Datenschutz und Informationsfreiheit ahndet die Speicherung von Kundendaten ohne Einwilligung.',
    });
    expect(result).toMatchObject({ inScope: true, jurisdictions: ['DE'], language: 'de' });
    expect(result.topics).toEqual(expect.arrayContaining(['enforcement', 'consent']));
  });

  it('German: a regulator’s sanction alone makes a privacy story', () => {
    const result = classify({ title: 'Berliner Datenschutzbehörde verhängt Bußgeld gegen Wohnungsfirma', summary: 'Die Firma muss 40.000 Euro zahlen.' });
    expect(result.inScope).toBe(true);
    expect(result.evidence.some((item) => item.rule === 'scope:regulator-sanction')).toBe(true);
  });

  it('German: a data leak, and Datenschutzbehörde is no Austrian news', () => {
    const result = classify({
      title: 'Datenleck bei Stadtwerke-Tochter: Kundendaten offen im Netz',
      summary: 'Die Datenschutzbehörde in Baden-Württemberg prüft den Fall.',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('breach');
    expect(result.jurisdictions).toEqual(['DE']);
  });

  it('Spanish: the AEPD and customers’ data', () => {
    const result = classify({
      title: 'La AEPD multa a una aseguradora por una brecha de datos',
      summary: 'La Agencia Española de Protección de Datos sanciona a la empresa por exponer datos de clientes en internet.',
    });
    expect(result).toMatchObject({ inScope: true, jurisdictions: ['ES'], language: 'es' });
    expect(result.topics).toEqual(expect.arrayContaining(['enforcement', 'breach']));
  });

  it('Italian: the Garante and training without a legal basis', () => {
    const result = classify({
      title: 'Il Garante privacy sanziona Lumen Labs',
      summary: 'Secondo il Garante la società ha addestrato il suo modello con i dati personali degli utenti senza base giuridica.',
    });
    expect(result).toMatchObject({ inScope: true, jurisdictions: ['IT'], language: 'it' });
    expect(result.topics).toEqual(expect.arrayContaining(['ai-training', 'enforcement']));
    expect(evidenceFor(result, 'topic', 'ai-training')[0].term).toMatch(/addestrato/);
  });

  it('Italian: the competition authority is not the privacy Garante', () => {
    const result = classify({
      title: 'L’Autorità garante della concorrenza e del mercato indaga su Lumen Labs',
      summary: 'L’istruttoria riguarda un possibile abuso di posizione dominante.',
    });
    expect(result.inScope).toBe(false);
  });

  it('Dutch: AP means the Autoriteit Persoonsgegevens in Dutch, not in English', () => {
    const dutch = classify({ title: 'AP legt webwinkel boete op', summary: 'De AP beboet de webwinkel omdat klantgegevens onbeveiligd online stonden.' });
    expect(dutch).toMatchObject({ inScope: true, jurisdictions: ['NL'], language: 'nl' });
    expect(evidenceFor(dutch, 'scope', 'in-scope').map((item) => item.rule)).toContain('scope:regulator:NL/AP');
    // In English, AP is as likely the news agency: it makes no privacy story.
    const english = classify({ title: 'Shop fined over exposed customer records, AP reports', summary: 'The shop left customer records online, AP reported.' });
    expect(evidenceFor(english, 'scope', 'in-scope').map((item) => item.rule)).not.toContain('scope:regulator:NL/AP');
  });
});

describe('Chinese stories in both scripts', () => {
  it('Traditional: training a generative AI on users’ data, with evidence in the original script', () => {
    const input = { title: '私隱專員公署關注社交平台以用戶資料訓練生成式人工智能', summary: '公署表示已去信平台了解，並提醒香港用戶可在設定中選擇退出。' };
    const result = classify(input);
    expect(result).toMatchObject({ inScope: true, jurisdictions: ['HK'], language: 'zh-Hant' });
    expect(result.topics).toContain('ai-training');
    expect(evidenceFor(result, 'topic', 'ai-training')[0].term).toMatch(/訓練/);
  });

  it('Simplified: the CAC’s measures on training data', () => {
    const result = classify({
      title: '网信办发布生成式人工智能训练数据管理办法',
      summary: '办法要求服务提供者使用含有个人信息的数据训练大模型前取得个人同意。',
    });
    expect(result).toMatchObject({ inScope: true, jurisdictions: ['CN'], language: 'zh-Hans' });
    expect(result.topics).toEqual(expect.arrayContaining(['ai-training', 'legislation', 'consent']));
  });

  it('reads the characters around a place: users at stake, a company, a transfer destination', () => {
    const users = classify({ title: '监管机构就欧盟用户数据向平台罚款', summary: '爱尔兰数据保护委员会指平台处理欧盟用户个人数据违反《通用数据保护条例》。' });
    expect(users.jurisdictions).toEqual(expect.arrayContaining(['IE', 'EU']));
    const transfer = classify({ title: '南韓暫停聊天應用新下載', summary: '南韓個人信息保護委員會指該應用將用戶資料傳送至中國公司，違反當地法例。' });
    expect(transfer.jurisdictions).toEqual(['KR']);
  });

  it('counts a leak in either script', () => {
    for (const title of ['網上論壇兜售戶籍資料 當局調查外洩來源', '网上论坛兜售户籍资料 当局调查泄露来源']) {
      const result = classify({ title, summary: '' });
      expect(result.inScope).toBe(true);
      expect(result.topics).toContain('breach');
    }
  });
});

describe('the story’s language', () => {
  it.each([
    ['en', 'Regulator fines retailer over the loss of customer records', 'The retailer said it has contacted those affected.'],
    ['fr', 'Le régulateur sanctionne un détaillant pour la perte des données de ses clients', 'Le détaillant a contacté les personnes concernées.'],
    ['de', 'Behörde verhängt Bußgeld gegen Händler wegen verlorener Kundendaten', 'Der Händler hat die Betroffenen informiert.'],
    ['es', 'El regulador multa a un minorista por la pérdida de datos de clientes', 'La empresa ha contactado con los afectados.'],
    ['it', 'Il regolatore sanziona un rivenditore per la perdita dei dati dei clienti', 'La società ha contattato le persone coinvolte.'],
    ['nl', 'Toezichthouder beboet winkelketen voor verlies van klantgegevens', 'De winkel heeft de getroffen klanten op de hoogte gebracht.'],
    ['zh-Hant', '監管機構就客戶資料外洩向零售商罰款', '零售商表示已聯絡受影響的客戶。'],
    ['zh-Hans', '监管机构就客户资料泄露向零售商罚款', '零售商表示已联络受影响的客户。'],
  ])('%s', (language, title, summary) => {
    expect(classify({ title, summary }).language).toBe(language);
  });

  it('says und when there is nothing to tell by, or the feed’s language if it declares one', () => {
    expect(classify({ title: '', summary: '' }).language).toBe('und');
    expect(classify({ title: 'Weather', summary: '', feed: { language: 'en-GB' } }).language).toBe('en-GB');
    expect(
      classify({ title: 'Le régulateur sanctionne un détaillant pour la perte des données de ses clients', summary: '', feed: { language: 'en' } }).language,
    ).toBe('fr');
  });
});
