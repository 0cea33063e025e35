import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies, decrees and figures are made up.
const classify = classifyChecked;

describe('the special categories of data protection law, and police files', () => {
  it('makes decrees letting police files hold political opinions a privacy story', () => {
    const story = classify({
      title: 'Fichiers de police : trois décrets élargis devant le juge',
      summary: 'Les textes permettent d’y enregistrer les opinions politiques, les convictions religieuses et l’appartenance syndicale des personnes suivies.',
    });
    expect(story.inScope).toBe(true);
  });

  it('reads the same in German', () => {
    const story = classify({
      title: 'Neue Polizeidatenbank soll politische Meinungen speichern dürfen',
      summary: 'Der Entwurf erlaubt es, auch religiöse Überzeugungen von Verdächtigen zu erfassen.',
    });
    expect(story.inScope).toBe(true);
  });
});

describe('surveillance by state spyware and number-plate readers', () => {
  it('puts a constitutional court striking them down in scope, placed by its country', () => {
    const story = classify({
      title: 'Österreich: Höchstgericht kippt Staatstrojaner und Kennzeichenerfassung',
      summary: 'Die Eingriffe in die Privatsphäre seien unverhältnismäßig, befanden die Richter.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['AT']);
  });

  it('reads Austria’s constitutional court by its acronym', () => {
    const story = classify({
      title: 'VfGH hebt Speicherung von Fluggastdaten auf',
      summary: 'Die Speicherung personenbezogener Daten aller Reisenden für fünf Jahre sei ein unverhältnismäßiger Eingriff in die Privatsphäre.',
    });
    expect(story.jurisdictions).toEqual(['AT']);
  });
});

describe('calls recorded and analysed without telling customers', () => {
  it('makes a Spanish class action against a retailer privacy litigation placed in its state', () => {
    const story = classify({
      title: 'Demandan a una cadena de tiendas por dejar que una IA escuche las llamadas de sus clientes',
      summary:
        'Una demanda colectiva presentada en California acusa a la empresa de grabar las llamadas sin avisar a los clientes, y de que esos datos se usen para entrenar los modelos de su proveedor, en violación de la ley californiana contra las escuchas.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['US-CA']);
  });
});

describe('privacy risks as one Dutch word, and an impact assessment', () => {
  it('puts an education body advising against an assistant in scope, placed by its own name', () => {
    const story = classify({
      title: 'SURF raadt scholen af een AI-assistent te gebruiken',
      summary:
        'Uit een gegevensbeschermingseffectbeoordeling blijkt dat de dienst hoge privacyrisico’s oplevert: de leverancier zegt niet welke persoonsgegevens hij bewaart.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['NL']);
  });
});

describe('a university’s place is its seat, not the story’s', () => {
  it('leaves a study by a Californian university to the country whose law it asks for', () => {
    const story = classify({
      title: 'Le chat con gli assistenti servono ad addestrare l’IA: lo studio',
      summary:
        'I ricercatori di un’università californiana hanno concluso che sei sviluppatori usano le chat degli utenti per addestrare i propri modelli, e chiedono una legge federale sulla privacy negli Stati Uniti.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['US']);
  });
});

describe('Malaysia, as its Chinese-language press writes it', () => {
  it('places a law amendment with fines in ringgit, and no longer reads 个资法 as Taiwan’s', () => {
    const story = classify({
      title: '国会通过个资法修正案 罚款提高至100万令吉',
      summary: '修正案规定资料使用者发生数据泄露时须向个人资料保护专员通报。',
    });
    expect(story.jurisdictions).toEqual(['MY']);
  });

  it('still reads Taiwan’s law by its Traditional Chinese name', () => {
    const story = classify({
      title: '個資法修正草案三讀 企業外洩須通報',
      summary: '新法要求企業發生個資外洩時須於72小時內通報主管機關。',
    });
    expect(story.jurisdictions).toEqual(['TW']);
  });
});

describe('a leak not yet confirmed, in Chinese', () => {
  it('leaves a brewer’s cyber attack out of scope when no personal data is confirmed taken', () => {
    const story = classify({
      title: '啤酒集團遭網絡攻擊 工廠暫停生產',
      summary: '集團表示系統遭攻擊後訂單及出貨暫停，目前未確認有個人資料外洩。',
    });
    expect(story.inScope).toBe(false);
  });
});
