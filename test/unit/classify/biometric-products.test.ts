import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies and products are made up.

describe('a biometric product is not a privacy story by that word alone', () => {
  it.each([
    [
      'en',
      'Chemists at Tidewell build new biometric sensors for sports watches',
      'The sensors measure pulse more precisely than earlier models, the maker said.',
    ],
    ['en', 'Harbour Savings adds biometric login to its banking app', 'Customers can now sign in with a fingerprint instead of a password.'],
    ['de', 'Neue biometrische Sensoren für Sportuhren', 'Die Sensoren von Tidewell messen den Puls genauer als bisherige Modelle, teilte der Hersteller mit.'],
    [
      'fr',
      'Une montre connectée aux capteurs biométriques plus précis',
      'Le fabricant Tidewell promet une mesure du pouls plus fiable que ses modèles précédents.',
    ],
  ])('leaves out a %s product story', (_language, title, summary) => {
    expect(classifyChecked({ title, summary }).inScope).toBe(false);
  });

  it('keeps a story where people’s biometric data is the point', () => {
    const result = classifyChecked({
      title: 'Gym chain Kraftwerk Fit scans members’ fingerprints at the door',
      summary: 'Members say they were never told how long their biometric templates are kept.',
    });
    expect(result.inScope).toBe(true);
    expect(result.topics).toContain('biometrics');
  });

  it('keeps facial recognition in scope on its own', () => {
    const result = classifyChecked({
      title: 'Supermarket chain Greengate trials facial recognition at its tills',
      summary: 'Shoppers are filmed and matched against a list of people the chain has banned.',
    });
    expect(result.inScope).toBe(true);
  });
});
