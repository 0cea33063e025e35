import { describe, expect, it } from 'vitest';
import { classifyChecked } from './support.js';

// Invented stories: the companies, agencies and figures are made up.
const classify = classifyChecked;

describe('scans of the eye are biometrics, and a model trained on them is ai-training', () => {
  it('reads iris scans in Dutch, with the test users they came from', () => {
    const story = classify({
      title: 'Start-up gebruikte irisscans van testgebruikers om zijn AI te trainen',
      summary: 'Het bedrijf verzamelde oogscans van duizenden mensen in ruil voor tegoedbonnen en gebruikte ze om zijn algoritmen te trainen.',
    });
    expect(story.inScope).toBe(true);
    expect(story.topics).toEqual(expect.arrayContaining(['biometrics', 'ai-training']));
  });

  it('reads iris scans in German and in Spanish', () => {
    for (const [title, summary] of [
      ['Kryptofirma sammelte Irisscans gegen Gutscheine', 'Die Daten von 8.000 Menschen seien ohne ausreichende Aufklärung gespeichert worden.'],
      ['Una empresa ofrecía dinero a cambio de escaneos del iris', 'La compañía guardó los datos de miles de personas sin informarles del uso posterior.'],
    ]) {
      const story = classify({ title, summary });
      expect(story.inScope, title).toBe(true);
      expect(story.topics, title).toContain('biometrics');
    }
  });
});

describe('processing without a legal basis', () => {
  it('makes a benefits agency that tracked claimants’ log-ins a privacy story, placed by its regulator', () => {
    const story = classify({
      title: 'Uitkeringsinstantie hield onrechtmatig bij waar cliënten inlogden',
      summary:
        'De instantie gebruikte jarenlang gegevens over inlogpogingen om te controleren of cliënten in het buitenland waren, zonder wettelijke grondslag. De zaak is gemeld bij de Autoriteit Persoonsgegevens.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['NL']);
  });
});

describe('a Land’s data protection commissioner in every case', () => {
  it('places a court overturning Hamburg’s commissioner in Germany', () => {
    const story = classify({
      title: 'Verwaltungsgericht: Polizei darf Gesichtsdatenbank behalten',
      summary:
        'Das Gericht hob die Anordnung des Hamburgischen Datenschutzbeauftragten auf, wonach die Polizei ihre biometrische Datenbank mit Gesichtern aus Videos löschen sollte.',
    });
    expect(story.inScope).toBe(true);
    expect(story.jurisdictions).toEqual(['DE']);
  });
});
