import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories on invented sites: the outlets, bodies, people and figures are made up.
const classify = classifyChecked;

describe('a law another country is making under a home name', () => {
  it('is the country’s that amends it, not the home’s whose words name it', () => {
    const japan = classify({
      title: '日本擬修個資法 放寬AI開發使用個資',
      summary: '日本個人情報保護委員會提出修法方向，企業開發人工智慧時使用個人資料可免經本人同意。',
    });
    expect(japan.jurisdictions).toEqual(['JP']);
    const korea = classify({ title: '韓國國會通過個資法修正案', summary: '南韓國會通過修正案，強化對個人資料外洩的罰則。' });
    expect(korea.jurisdictions).toEqual(['KR']);
  });

  it('stays the home’s when the country before it does something else to it', () => {
    const result = classify({
      title: '日本業者違反個資法 遭個資會裁罰',
      summary: '一家日本電商業者在台灣營運期間外洩會員個人資料，被認定違反個資法，遭罰新台幣200萬元。',
    });
    expect(result.jurisdictions).toContain('TW');
  });
});

describe('a comma between words', () => {
  it('ends a name that has none there', () => {
    const result = classify({
      title: 'Hardware chain used facial recognition on shoppers without consent, Privacy Commissioner finds',
      summary:
        'The retailer ran the cameras in stores in Victoria and New South Wales, Privacy Commissioner Jane Doe found, capturing the face of every customer who walked in.',
      url: 'https://www.example.com.au/news/retailer-facial-recognition',
    });
    expect(result.jurisdictions).not.toContain('AU-NSW');
    expect(evidenceFor(result, 'jurisdiction', 'AU-NSW')).toEqual([]);
  });

  it('still joins a name written with one ("Reno, Nevada")', () => {
    const result = classify({
      title: 'Casino fined for selling guests’ data',
      summary: 'A casino in Reno, Nevada sold the personal data of 40,000 guests to data brokers, the state attorney general said.',
    });
    expect(evidenceFor(result, 'jurisdiction', 'US-NV').map((item) => item.term)).toContain('Reno, Nevada');
  });
});

describe('a global service’s own doings in a home outlet', () => {
  const zoom = {
    title: 'Empörung über Nutzungsbedingungen: Videodienst Zoom will Gespräche nicht ohne Zustimmung für KI-Training nutzen',
    summary:
      'Nach Kritik an geänderten Bedingungen hat Zoom klargestellt, dass Audio, Video und Chats seiner Kunden nicht ohne deren Zustimmung zum Training von KI-Modellen verwendet werden.',
  };

  it('are not placed in the outlet’s country', () => {
    const result = classify({ ...zoom, url: 'https://www.beispielzeitung.de/netzwelt/zoom-ki-training' });
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('ai-training');
    expect(result.jurisdictions).toEqual([]);
  });

  it('are, when the home’s regulator acts on them', () => {
    const result = classify({
      title: 'Datenschutzaufsicht verhängt Bußgeld gegen Zoom wegen KI-Training',
      summary: 'Die Behörde verhängte ein Bußgeld, weil der Dienst Gespräche seiner Kunden ohne Einwilligung zum Training von KI-Modellen verwendete.',
      url: 'https://www.beispielzeitung.de/netzwelt/zoom-bussgeld',
    });
    expect(result.jurisdictions).toEqual(['DE']);
  });
});
