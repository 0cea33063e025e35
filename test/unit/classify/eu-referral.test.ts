import { describe, expect, it } from 'vitest';
import { classifyChecked, evidenceFor } from './support.js';

// Invented stories: the companies, courts' cases and figures are made up.
const classify = classifyChecked;

describe('a preliminary ruling names the country whose court asked for it', () => {
  it('adds the referring court’s country to the EU, in German and in French', () => {
    const german = classify({
      title: 'EuGH: Auskunfteien dürfen Zahlungsdaten nicht unbegrenzt speichern',
      summary:
        'Der Europäische Gerichtshof hat entschieden, dass eine Auskunftei personenbezogene Daten nach der Datenschutz-Grundverordnung nur so lange speichern darf wie das öffentliche Register. Vorgelegt hatte das Verwaltungsgericht Kassel.',
    });
    expect(german.jurisdictions).toEqual(['EU', 'DE']);
    expect(evidenceFor(german, 'jurisdiction', 'DE').map((item) => item.rule)).toContain('referral:DE/place:eu-referral');
    const french = classify({
      title: 'La CJUE précise le droit d’accès aux données personnelles',
      summary:
        'Saisie par une juridiction de Lyon d’une question préjudicielle, la Cour de justice de l’Union européenne juge que la copie des données doit être complète.',
    });
    expect(french.jurisdictions).toEqual(['EU', 'FR']);
  });

  it('adds nothing when the story names two member states, or none', () => {
    const two = classify({
      title: 'EuGH: Schadenersatz nach der DSGVO auch ohne Bagatellgrenze',
      summary:
        'Der Europäische Gerichtshof beantwortete Fragen, die ihm Gerichte in Wien und in Kassel zur Vorabentscheidung vorgelegt hatten, zum Ersatz immaterieller Schäden bei personenbezogenen Daten.',
    });
    expect(two.jurisdictions).toEqual(['EU']);
    const none = classify({
      title: 'CJEU: a data subject may ask for the sources of their personal data',
      summary: 'In a preliminary ruling, the Court of Justice said controllers must name where they obtained personal data.',
    });
    expect(none.jurisdictions).toEqual(['EU']);
  });

  it('is not read as a class action: a referral places no story in the US', () => {
    const story = classify({
      title: 'Privacy complaint against Quillo referred by consumer group',
      summary: 'The group says the app shared members’ personal data with advertisers without their consent.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual([]);
  });
});
