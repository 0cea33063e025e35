import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, people, places' institutions and figures are made up.
const classify = classifyChecked;

describe('a provincial commissioner and provincial law', () => {
  it('tags Ontario for its own commissioner, as the other provinces are tagged', () => {
    const story = classify({
      title: 'College’s exam monitoring software fell short on privacy, Ontario commissioner finds',
      summary:
        'Ontario’s Information and Privacy Commissioner found the college did not tell students how their webcam recordings would be used, and asked it to obtain their consent.',
    });
    expect(story.jurisdictions).toEqual(['CA-ON']);
  });
});

describe('a headline’s home name that the lead sentence says is another country’s regulator', () => {
  it('gives the story to the regulator named in the lead, not to the home name’s country', () => {
    const story = classify({
      title: 'Privacywaakhond legt zoekmachine boete op om recht op vergetelheid',
      summary: 'De Belgische Gegevensbeschermingsautoriteit beboet de zoekmachine omdat die weigerde resultaten over een inwoner te verwijderen.',
    });
    expect(story.jurisdictions).toEqual(['BE']);
  });
});

describe('words the third set showed missing', () => {
  it('reads facial recognition as Taiwan writes it', () => {
    const story = classify({
      title: '車站以人臉辨識偵測可疑人士 遭批侵犯私隱',
      summary: '東京多個車站啟用人臉辨識系統，鐵路公司其後撤回部分措施。',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('biometrics');
  });

  it('places a contact-tracing app’s data in its country, and reads privacy concerns in Chinese', () => {
    const story = classify({
      title: '国会通过法案 限制警方调用“合力追踪”数据',
      summary: '法案规定警方只能在调查严重罪行时调用接触者追踪数据。此前政府承认警方可根据刑事诉讼法取得这些数据，引发公众对隐私的担忧。',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['SG']);
  });

  it('reads guidance for those who develop AI that processes personal data as AI training', () => {
    const story = classify({
      title: 'La SIC fija reglas para la inteligencia artificial',
      summary: 'La circular aplica a quienes desarrollen sistemas de inteligencia artificial que traten datos personales.',
    });
    expect(story.topics).toContain('ai-training');
  });

  it('reads people paid for face scans to train a phone’s recognition as AI training', () => {
    const story = classify({
      title: 'Hersteller soll Obdachlosen Gutscheine für Gesichtsscans angeboten haben',
      summary: 'Um die Gesichtserkennung seines neuen Telefons zu trainieren, sollen Auftragnehmer Obdachlose und Studierende angesprochen haben.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
  });
});

describe('a federal administrative court that both Germany and Austria have', () => {
  it('is Austria’s in a story about Austria’s employment service, Germany’s in a story about Berlin', () => {
    const austrian = classify({
      title: 'Datenschutzbehörde untersagt AMS-Algorithmus',
      summary:
        'Dem Arbeitsmarktservice fehle für die Verarbeitung der Daten von Arbeitslosen eine gesetzliche Grundlage; das AMS kündigte Beschwerde beim Bundesverwaltungsgericht an.',
    });
    expect(austrian.jurisdictions).toEqual(['AT']);
    const german = classify({
      title: 'Bundesverwaltungsgericht bestätigt Bußgeld gegen Wohnungsgesellschaft',
      summary: 'Das Gericht in Leipzig bestätigte die Entscheidung der Berliner Datenschutzbeauftragten zur Speicherung von Mieterdaten.',
    });
    expect(german.jurisdictions).toEqual(['DE']);
  });
});

describe('a US city as the story’s only place', () => {
  it('brings the country with the city’s state, with the city as evidence', () => {
    const story = classify({
      title: 'Hackers post stolen Pittsburgh clinic files, including patient records',
      summary: 'A ransomware gang published files taken from a Pittsburgh clinic, including patients’ names and diagnoses.',
    });
    expect([...story.jurisdictions].sort()).toEqual(['US', 'US-PA']);
    expect(evidenceFor(story, 'jurisdiction', 'US').map((item) => item.term)).toEqual(['Pittsburgh']);
  });

  it('leaves a state’s own law the state’s', () => {
    const story = classify({
      title: 'California attorney general fines Los Angeles app maker under the CCPA',
      summary: 'The attorney general said the company sold users’ personal information without letting them opt out.',
    });
    expect(story.jurisdictions).toEqual(['US-CA']);
  });
});
