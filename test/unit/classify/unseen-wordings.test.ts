import { describe, expect, it } from 'vitest';
import type { ClassifyInput } from '../../../functions/domain/classify/types.js';
import { classifyChecked } from './support.js';

// Invented stories: the companies, people and figures are made up.
const classify = classifyChecked;

describe('a national regulator named only by how its home press describes it', () => {
  it('places a Dutch story about "de privacytoezichthouder" in the Netherlands', () => {
    const story = classify({
      title: 'Privacytoezichthouder legt webwinkel Kralenhuis een boete op',
      summary: 'De toezichthouder zegt dat de klantgegevens van 40.000 mensen onvoldoende waren beveiligd.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['NL']);
  });

  it('places a French story about "le gendarme des données personnelles" in France', () => {
    const story = classify({
      title: 'Le gendarme des données personnelles sanctionne l’assureur Mutalys',
      summary: 'L’assureur conservait les données de ses clients bien trop longtemps.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['FR']);
  });

  it('does the same for Spanish, Italian, German and mainland Chinese descriptions', () => {
    expect(
      classify({ title: 'El regulador de la privacidad multa a la cadena Zapatería Lumo', summary: 'La empresa grababa a sus clientes sin informarles.' })
        .jurisdictions,
    ).toEqual(['ES']);
    expect(
      classify({ title: 'L’autorità per la privacy ferma l’app Vicini', summary: 'L’app raccoglieva dati personali degli utenti senza consenso.' })
        .jurisdictions,
    ).toEqual(['IT']);
    expect(
      classify({ title: 'Landesdatenschützerin verhängt Bußgeld gegen Klinikverbund', summary: 'Patientendaten lagen ungeschützt auf einem Server.' })
        .jurisdictions,
    ).toEqual(['DE']);
    expect(classify({ title: '网信部门约谈一家外卖平台', summary: '该平台违规收集用户个人信息。' }).jurisdictions).toEqual(['CN']);
  });

  it('leaves the home country out when a nationality says whose regulator it is', () => {
    const irish = classify({
      title: 'De Ierse privacytoezichthouder beboet sociaal netwerk Kwetter',
      summary: 'Het netwerk verwerkte persoonsgegevens zonder toestemming.',
    });
    expect(irish.jurisdictions).not.toContain('NL');
  });

  it('takes the description as the home regulator only in the home language', () => {
    // In an English story "privacytoezichthouder" alone says nothing of whose it is.
    const english = classify({ title: 'A privacytoezichthouder fines a shop', summary: 'The shop kept customers’ data too long.' });
    expect(english.jurisdictions).not.toContain('NL');
  });
});

describe('data collected or processed for an AI, in every language', () => {
  const cases: Array<[string, ClassifyInput]> = [
    ['en', { title: 'Lumen Labs collected personal data for the purposes of machine learning', summary: 'The regulator said users were not told.' }],
    ['fr', { title: 'Une start-up collecte des données personnelles à des fins d’apprentissage automatique', summary: 'La CNIL ouvre une enquête.' }],
    ['de', { title: 'Start-up sammelt personenbezogene Daten zu Zwecken des maschinellen Lernens', summary: 'Die Aufsichtsbehörde prüft den Fall.' }],
    ['es', { title: 'Una empresa trata datos personales con fines de inteligencia artificial', summary: 'La AEPD abre una investigación.' }],
    ['it', { title: 'Una società tratta i dati personali degli utenti a fini di intelligenza artificiale', summary: 'Il Garante avvia un’istruttoria.' }],
    ['nl', { title: 'Bedrijf verzamelde persoonsgegevens ten behoeve van kunstmatige intelligentie', summary: 'De privacytoezichthouder onderzoekt het.' }],
    ['zh-Hant', { title: '一家公司為機器學習而收集用戶的個人資料', summary: '私隱專員公署表示將展開調查。' }],
    ['zh-Hans', { title: '一家公司为机器学习而收集用户的个人信息', summary: '网信部门表示将开展调查。' }],
    ['zh-Hans', { title: '某平台将用户对话用于大模型', summary: '监管部门要求整改。' }],
  ];
  for (const [language, input] of cases) {
    it(`tags ai-training: ${language} "${input.title}"`, () => {
      const story = classify(input);
      expect(story.inScope).toBe(true);
      expect(story.topics).toContain('ai-training');
    });
  }

  it('reads data with no owner named as enough for a training verb in French', () => {
    const story = classify({
      title: 'La CNIL enquête sur les données personnelles chez Lumo',
      summary: 'L’entreprise utilise des données pour entraîner son IA.',
    });
    expect(story.topics).toContain('ai-training');
  });

  it('keeps Chinese words that end in 為 from reading as a purpose', () => {
    // 認為 (considers) before an AI word: a breach story, not AI training.
    const breach = classify({ title: '監管機構認為人工智能公司洩露了客戶個人資料', summary: '私隱專員公署展開調查。' });
    expect(breach.topics).not.toContain('ai-training');
    expect(breach.topics).toContain('breach');
    const become = classify({ title: '该公司成为人工智能龙头后泄露用户个人信息', summary: '网信部门已约谈该公司。' });
    expect(become.topics).not.toContain('ai-training');
  });
});

describe('a domestic breach told in the home language, with the data it exposed', () => {
  it('takes stolen data and the kinds of data listed as a privacy story in Dutch and French', () => {
    const dutch = classify({
      title: 'Hackers stelen gegevens van deelnemers aan een leesclub',
      summary: 'Bij de aanval zijn namen en adressen, geboortedata en rekeningnummers van 8.000 leden buitgemaakt.',
    });
    expect(dutch.inScope).toBe(true);
    expect(dutch.topics).toContain('breach');
    const french = classify({
      title: 'La mutuelle Orvalis victime d’une cyberattaque',
      summary: 'Des pirates ont dérobé des données : noms et adresses, coordonnées bancaires et IBAN de 30 000 adhérents.',
    });
    expect(french.inScope).toBe(true);
    expect(french.topics).toContain('breach');
  });

  it('keeps a cyberattack with no personal data out', () => {
    const story = classify({
      title: 'Un opérateur victime d’une cyberattaque',
      summary: 'Des pirates ont bloqué des serveurs internes pendant deux jours, selon l’entreprise.',
    });
    expect(story.inScope).toBe(false);
  });
});

describe('names and words the European languages use for what English already had', () => {
  it('knows Austria and Switzerland by their names in the other languages', () => {
    expect(
      classify({
        title: 'La Suiza endurece su ley de protección de datos',
        summary: 'Las empresas deberán notificar las brechas de datos personales al regulador en Suiza.',
      }).jurisdictions,
    ).toContain('CH');
    expect(
      classify({
        title: 'Beschwerde bei der österreichischen Datenschutzbehörde gegen Lumo',
        summary: 'Eine Datenschutzorganisation wirft der App vor, personenbezogene Daten nicht zu löschen.',
      }).jurisdictions,
    ).toEqual(['AT']);
  });

  it('reads a German state commissioner’s title and "ahndet" as a regulator sanctioning', () => {
    const story = classify({
      title: 'Modehaus Lindqvist muss Bußgeld zahlen',
      summary: 'Der Hamburgische Beauftragte für Datenschutz ahndet die Erfassung privater Lebensumstände von Beschäftigten.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
    expect(story.topics).toContain('enforcement');
  });

  it('takes personal data in training data as AI training', () => {
    const story = classify({ title: '某平台被指训练数据含用户个人信息', summary: '监管部门要求该平台说明训练数据中个人信息的来源。' });
    expect(story.topics).toContain('ai-training');
    const english = classify({
      title: 'Regulator asks Lumen Labs where its training data came from',
      summary: 'The regulator said the training data held users’ personal data scraped from forums.',
    });
    expect(english.topics).toContain('ai-training');
  });

  it('takes exposed chat logs as a breach of personal data, not as AI training', () => {
    const story = classify({
      title: 'Chatbot maker left users’ chat logs open online',
      summary: 'Researchers found an unprotected database with chat histories; the company closed it the same day.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).not.toContain('ai-training');
  });
});
