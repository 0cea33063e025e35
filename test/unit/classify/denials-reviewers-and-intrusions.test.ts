import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, places and figures are made up.
const classify = classifyChecked;

describe('a leak denied in Chinese is no breach of people’s data', () => {
  it('reads a denial that lists what was not found, in either script', () => {
    const traditional = classify({
      title: '航空公司遭網絡攻擊 多班航班延誤',
      summary: '公司表示，系統受到大量數據傳送的攻擊，行李系統一度故障；公司指未發現病毒感染或客戶資料外洩。',
    });
    expect(traditional.inScope).toBe(false);
    const simplified = classify({
      title: '物流平台遭网络攻击 服务中断数小时',
      summary: '平台称攻击导致下单系统瘫痪，目前没有发现用户信息泄露，已向警方报案。',
    });
    expect(simplified.inScope).toBe(false);
  });

  it('reads 未 right before the leak word as a denial', () => {
    const story = classify({
      title: '連鎖超市系統故障 收銀暫停兩小時',
      summary: '超市表示事件由硬件故障引起，顧客資料未外洩。',
    });
    expect(story.inScope).toBe(false);
  });

  it('keeps a leak that a denial in another clause does not reach', () => {
    const story = classify({
      title: '網購平台客戶資料外洩 涉及12萬人',
      summary: '平台初時未有通報，其後證實12萬名客戶的姓名、電話號碼及地址外洩，私隱專員公署已展開調查。',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('breach');
    expect(story.jurisdictions).toEqual(['HK']);
  });
});

describe('people reading what users typed to a chatbot, in each language', () => {
  it('puts human reviewers who read conversations to improve the models in scope as ai-training', () => {
    const cases = [
      {
        title: 'Chatbot-Anbieter: Unterhaltungen werden von Menschen gelesen',
        summary:
          'Ein Teil der Unterhaltungen werde von menschlichen Prüfern ausgewertet, um die KI-Modelle zu verbessern, heißt es in den Datenschutzhinweisen.',
      },
      {
        title: 'Assistant IA : des conversations relues par des examinateurs humains',
        summary:
          'Une partie des échanges des utilisateurs est lue par des examinateurs humains afin d’améliorer les modèles, indique la politique de l’entreprise.',
      },
      {
        title: 'Conversaciones con el asistente, leídas por revisores humanos',
        summary:
          'La empresa admite que revisores humanos leen parte de las conversaciones de los usuarios para mejorar sus modelos de inteligencia artificial.',
      },
    ];
    for (const { title, summary } of cases) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.topics, title).toContain('ai-training');
    }
  });
});

describe('breaking into a system, and exposing data in other tenses', () => {
  it('reads a break-in to a clinic’s database with patients’ notes as a breach, in German', () => {
    const story = classify({
      title: 'Klinik-Hack: Angeklagter muss fünf Jahre in Haft',
      summary:
        'Das Landgericht Graz sprach einen 31-Jährigen schuldig, in die Datenbank einer Privatklinik eingedrungen zu sein und Patientinnen und Patienten mit der Veröffentlichung ihrer Befunde erpresst zu haben.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('breach');
    expect(story.jurisdictions).toEqual(['AT']);
    expect(evidenceFor(story, 'topic', 'breach').map((item) => item.term)).toContain('eingedrungen');
  });

  it('reads an Italian platform that exposed applicants’ phone numbers as a breach', () => {
    const story = classify({
      title: 'Piattaforma di selezione esponeva i dati di migliaia di candidati',
      summary: 'Un ricercatore ha scoperto che il pannello era accessibile con una password banale, mettendo a rischio nomi, email e numeri di telefono.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('breach');
  });
});

describe('the right to privacy said to be violated', () => {
  it('makes surveillance cameras a privacy story, in English and in French', () => {
    const english = classify({
      title: 'Rights group says town’s number-plate cameras violate the right to privacy',
      summary: 'The cameras record every car entering the centre and keep the plates for a year, the group said.',
    });
    expect(english.inScope).toBe(true);
    const french = classify({
      title: 'Caméras de la mairie : une association dénonce une atteinte au droit à la vie privée',
      summary: 'Les caméras enregistrent les plaques de toutes les voitures et les conservent un an.',
    });
    expect(french.inScope).toBe(true);
  });
});

describe('Panama', () => {
  it('is placed by its data protection law and its authority, named in Spanish', () => {
    const story = classify({
      title: 'Entra en vigor la reglamentación de la Ley 81 de 2019',
      summary: 'La Autoridad Nacional de Transparencia y Acceso a la Información supervisará el consentimiento para tratar datos personales.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['PA']);
  });
});
