import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, agencies, people and figures are made up.
const classify = classifyChecked;

describe('a privacy regulator looking into how an AI is trained', () => {
  it('is AI training on personal data though no sentence names the data, in each language', () => {
    const cases: [string, string][] = [
      [
        'Il Garante privacy multa l’app di compagnia virtuale e indaga sull’addestramento dell’IA',
        'L’Autorità ha inoltre avviato un’istruttoria sulle modalità con cui viene addestrato il modello alla base del servizio.',
      ],
      [
        'La CNIL enquête sur l’entraînement de l’IA d’un assistant vocal',
        'La CNIL a ouvert une procédure sur la manière dont le modèle d’IA générative est entraîné.',
      ],
      [
        'Garante opens probe into how companion app trains its AI',
        'The Italian regulator said it would examine how the generative model behind the service is trained.',
      ],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.topics, title).toContain('ai-training');
      expect(
        evidenceFor(result, 'topic', 'ai-training').map((item) => item.rule),
        title,
      ).toContain('topic:ai-training/regulator-on-training');
    }
  });

  it('is not when no privacy regulator is there', () => {
    const result = classify({
      title: 'Chip maker says its new accelerator trains AI models twice as fast',
      summary: 'The company said a model that took a month to train can now be trained in two weeks.',
    });
    expect(result.topics).not.toContain('ai-training');
  });
});

describe('copyright over a training dataset', () => {
  it('keeps a ruling or a takedown about works in a dataset out of scope', () => {
    const cases: [string, string][] = [
      [
        'LG Köln: Verein durfte Foto für KI-Trainingsdatensatz nutzen',
        'Das Landgericht hat die Klage einer Fotografin abgewiesen; die Vervielfältigung sei von der urheberrechtlichen Schranke für Text und Data Mining gedeckt.',
      ],
      [
        'Stichting laat dataset voor AI-training offline halen',
        'De dataset, bedoeld om taalmodellen te trainen, bevatte zonder toestemming van de rechthebbenden duizenden boeken.',
      ],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).inScope, title).toBe(false);
  });
});

describe('medical records stolen, in each language', () => {
  it('makes a breach story under a headline that says only “cyber attack”', () => {
    const cases: [string, string][] = [
      ['Ciberataque contra una clínica', 'Los piratas robaron los historiales médicos de 5.000 pacientes, informó la clínica.'],
      ['Attacco hacker a una clinica', 'I pirati hanno rubato le cartelle cliniche di 5.000 pazienti, ha comunicato la clinica.'],
      ['診所遭黑客攻擊', '黑客盜取了五千名病人的醫療紀錄，診所周一表示。'],
      ['诊所遭黑客攻击', '黑客窃取了五千名患者的医疗记录，诊所周一表示。'],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('breach');
    }
  });

  it('leaves an attack that took no one’s data out', () => {
    expect(
      classify({ title: 'Attacco hacker a un’azienda', summary: 'Il sito è rimasto irraggiungibile per due giorni; nessun dato è stato rubato.' }).inScope,
    ).toBe(false);
  });
});

describe('feeding an algorithm with people’s data, and using an AI on it', () => {
  it('reads feeding or building an algorithm with policyholders’ data as AI training, in each language', () => {
    const cases: [string, string][] = [
      [
        'Insurer feeds claims histories into algorithm that sets premiums',
        'The insurer used the claims data of 2 million policyholders to build the pricing algorithm, the regulator found.',
      ],
      [
        'L’assureur a nourri son algorithme avec l’historique des sinistres de ses assurés',
        'Les données de deux millions d’assurés ont servi à concevoir l’algorithme de tarification.',
      ],
      [
        'Versicherer fütterte Algorithmus mit Schadensdaten seiner Kunden',
        'Mit den Daten von zwei Millionen Versicherten wurde der Tarifalgorithmus entwickelt.',
      ],
      ['Verzekeraar voedde algoritme met schadegegevens van klanten', 'Met de gegevens van twee miljoen verzekerden werd het tariefalgoritme ontwikkeld.'],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('ai-training');
    }
  });

  it('does not read an AI analysing customers’ data as training it', () => {
    const cases: [string, string][] = [
      [
        'Bank uses AI to scan customer transactions for fraud',
        'The bank said its artificial intelligence system analyses the personal data of millions of customers to flag suspicious payments.',
      ],
      [
        'Bank setzt KI ein, um Kundendaten auf Betrug zu prüfen',
        'Das KI-System analysiert die personenbezogenen Daten von Millionen Kunden, um verdächtige Zahlungen zu erkennen.',
      ],
      ['银行用人工智能分析客户交易', '人工智能系统分析数百万客户的个人信息以识别可疑交易。'],
    ];
    for (const [title, summary] of cases) expect(classify({ title, summary }).topics, title).not.toContain('ai-training');
  });
});

describe('feeding an AI people’s posts and photos, as Chinese outlets write it', () => {
  it('reads 餵 and 投喂 with posts, photos and netizens as AI training on people’s data', () => {
    const cases: [string, string][] = [
      ['社交平台被指擅用用戶相片「餵」AI', '有用戶發現平台更新條款，容許以公開相片及貼文訓練其生成式人工智能模型。'],
      ['某大模型被曝用网民帖子投喂训练', '调查发现，该公司爬取了数百万条社交媒体用户帖子作为训练语料。'],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect(result.topics, title).toContain('ai-training');
    }
  });
});
