import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories on invented sites: the outlets, bodies, people and figures are made up.
const classify = classifyChecked;

describe('a region of Europe', () => {
  it('is not the European Union, in each language', () => {
    const cases: [string, string][] = [
      [
        'Police camera experiment scores drivers by their number plates',
        'Cameras register every car entering the town and an algorithm flags cars with Eastern European number plates, processing the data of thousands of innocent motorists.',
      ],
      [
        'Politie-experiment met camera’s is massasurveillance',
        'Camera’s registreren alle auto’s die de stad binnenrijden; een algoritme richt zich vooral op Oost-Europese kentekens en verwerkt gegevens van duizenden onschuldige automobilisten.',
      ],
      [
        'Polizei-Experiment ist Massenüberwachung',
        'Ein Algorithmus markiert vor allem Autos mit osteuropäischen Kennzeichen; dabei werden Daten tausender unschuldiger Autofahrer verarbeitet.',
      ],
    ];
    for (const [title, summary] of cases) {
      const result = classify({ title, summary });
      expect(result.inScope, title).toBe(true);
      expect([...result.jurisdictions, ...result.mentions], title).not.toContain('EU');
    }
  });

  it('leaves a home outlet’s story to its home', () => {
    const result = classify({
      title: 'Politie-experiment met camera’s is massasurveillance',
      summary:
        'Camera’s registreren alle auto’s die de stad binnenrijden; een algoritme richt zich vooral op Oost-Europese kentekens en verwerkt gegevens van duizenden onschuldige automobilisten.',
      url: 'https://www.voorbeeldkrant.nl/binnenland/camera-experiment',
    });
    expect(result.jurisdictions).toEqual(['NL']);
  });
});
