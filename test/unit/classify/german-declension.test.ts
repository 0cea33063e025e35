import { describe, expect, it } from 'vitest';
import { withGermanDeclensions } from '../../../functions/domain/classify/lexicon.js';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies and figures are made up.

describe('German adjectives before data, in every case', () => {
  it('adds the forms a lexicon does not list, and nothing for other words', () => {
    const terms = withGermanDeclensions(['biometrische Daten', 'personenbezogenen Daten', 'Gesundheitsdaten', 'données génétiques']);
    expect(terms).toEqual(expect.arrayContaining(['biometrischen Daten', 'biometrischer Daten', 'personenbezogene Daten', 'personenbezogener Daten']));
    expect(terms.filter((term) => term.startsWith('Gesundheits') || term.includes('génétique'))).toEqual(['Gesundheitsdaten', 'données génétiques']);
    expect(new Set(terms).size).toBe(terms.length);
  });

  it('reads the genitive of biometric data as a privacy story', () => {
    const story = {
      title: 'Fitnessstudio-Kette Kraftwerk Fit muss Gesichtsscanner am Eingang abschalten',
      summary:
        'Bei der Verarbeitung biometrischer Daten ihrer Mitglieder habe die Kette gegen die DSGVO verstoßen, erklärte die Berliner Datenschutzbeauftragte.',
    };
    const result = classifyChecked(story);
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('biometrics');
    expect(evidenceFor(result, 'scope', 'in-scope').map((item) => item.term)).toContain('biometrischer Daten');
  });

  it('reads photos sold with their genitive biometric data to train AI as AI training', () => {
    const result = classifyChecked({
      title: 'Fotodienst Bildarchiv24 soll alte Nutzerfotos an KI-Firmen verkaufen',
      summary: 'Das Unternehmen wolle Milliarden Nutzerfotos samt biometrischer Daten an KI-Firmen zum Training verkaufen, werfen ihm Kläger vor.',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toEqual(expect.arrayContaining(['privacy', 'ai-training']));
  });

  it('knows genetic data in the genitive too', () => {
    const result = classifyChecked({
      title: 'Gentest-Anbieter Helixa meldet Datenleck',
      summary: 'Unbekannte hätten bei einem Angriff Zugriff auf Erbgutanalysen erhalten; betroffen sei die Verarbeitung genetischer Daten von Kunden.',
    });
    expect(evidenceFor(result, 'scope', 'in-scope').map((item) => item.term)).toContain('genetischer Daten');
    expect(result.inScope).toBe(true);
  });
});
