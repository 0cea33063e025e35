import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, bills and figures are made up.
const classify = classifyChecked;

describe('a parliament or a seat of government places the story, as home outlets name them', () => {
  it('reads a legislature by its own name in each language', () => {
    const cases = [
      {
        expected: 'DE',
        title: 'Bundestag beschließt Gesetz zur Weitergabe von Gesundheitsdaten',
        summary:
          'Das Parlament erlaubt Krankenkassen, pseudonymisierte Gesundheitsdaten an Forschende zu geben. Datenschützer kritisieren fehlende Widerspruchsrechte.',
      },
      {
        expected: 'NL',
        title: 'Tweede Kamer wil verbod op gezichtsherkenning in winkels',
        summary: 'Een meerderheid steunt een motie die supermarkten verbiedt camera’s met gezichtsherkenning op klanten te richten.',
      },
      {
        expected: 'IE',
        title: 'Dáil committee questions health service over patient data leak',
        summary: 'TDs asked why the personal data of 4,000 patients was emailed to the wrong clinic.',
      },
      {
        expected: 'ES',
        title: 'El Congreso de los Diputados aprueba limitar el reconocimiento facial',
        summary: 'La reforma prohíbe el uso de datos biométricos de los clientes en tiendas sin su consentimiento.',
      },
      {
        expected: 'IT',
        title: 'Palazzo Chigi prepara una stretta sui dati biometrici negli stadi',
        summary: 'Il decreto vieta il riconoscimento facciale dei tifosi senza il consenso degli interessati.',
      },
      {
        expected: 'IL',
        title: 'Knesset passes bill on biometric database',
        summary: 'Lawmakers voted to keep citizens’ fingerprints in the national database for ten more years, over privacy objections.',
      },
      {
        expected: 'IN',
        title: 'Lok Sabha clears amendment on children’s personal data',
        summary: 'Platforms will need verifiable parental consent before processing the personal data of users under 18.',
      },
    ];
    for (const { expected, title, summary } of cases) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.jurisdictions, title).toEqual([expected]);
    }
  });

  it('reads a Japanese ministry written in Chinese as Japan, and its own name is the evidence', () => {
    const story = classify({
      title: '總務省對通訊商發出行政指導 要求說明用戶個資外洩',
      summary: '總務省指出，該公司外包商的伺服器遭入侵，約30萬名用戶的個人資料可能外洩。',
    });
    expect(story.jurisdictions).toEqual(['JP']);
    expect(evidenceFor(story, 'jurisdiction', 'JP').map((item) => item.term)).toContain('總務省');
  });

  it('leaves a story that only compares itself with a foreign parliament to its own place', () => {
    const story = classify({
      title: 'ICO fines retailer over loyalty card data',
      summary:
        'The UK Information Commissioner’s Office fined the chain £900,000 for selling shoppers’ purchase histories to data brokers. A similar bill is before the Bundestag.',
    });
    expect(story.jurisdictions).toEqual(['GB']);
  });
});
