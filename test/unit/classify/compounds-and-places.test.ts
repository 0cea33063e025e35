import { describe, expect, it } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import type { ClassifyInput } from '../../../functions/domain/classify/types.js';
import { evidenceFor, expectEvidenceInText } from './support.js';

// Invented stories: the companies, places' institutions, people and figures are made up.
function classify(input: ClassifyInput) {
  const result = classifyStory(input);
  expectEvidenceInText(input, result);
  return result;
}

describe('German and Dutch compounds read by their last part', () => {
  it('reads data named by whose it is ("Fahrgastdaten") as people\'s data for AI training', () => {
    const story = classify({ title: 'Reiseportal Fernweh trainierte KI-Modell mit Fahrgastdaten', summary: 'Die Landesdatenschutzbeauftragte prüft den Fall.' });
    expect(story.inScope).toBe(true);
    expect(story.topics).toContain('ai-training');
    // Evidence quotes the compound as written.
    expect(evidenceFor(story, 'scope', 'in-scope').map((item) => item.term)).toContain('Fahrgastdaten');
  });

  it('reads Dutch data named by whose it is ("reizigersgegevens") as people\'s data', () => {
    const story = classify({ title: 'AI-model van vervoerder Spoorlijn getraind met reizigersgegevens', summary: 'De privacytoezichthouder onderzoekt de zaak.' });
    expect(story.topics).toContain('ai-training');
  });

  it('reads an inflected compound model noun ("Sprachmodells") as a model', () => {
    const story = classify({ title: 'Versicherer Halm nutzte Schadensmeldungen von Kunden zum Training eines Sprachmodells', summary: 'Die Landesdatenschutzbeauftragte prüft den Fall.' });
    expect(story.topics).toContain('ai-training');
  });

  it('does not make a business model an AI', () => {
    const story = classify({ title: 'Datenschutzbehörde prüft Geschäftsmodell des Portals Fernweh', summary: 'Das Portal trainiert sein Geschäftsmodell mit Kundendaten, sagt die Behörde.' });
    expect(story.topics).not.toContain('ai-training');
  });

  it('leaves English words alone: an English story is not read as compounds', () => {
    // "Goldmodel" would be read as a model in a German story; in English it is an unknown word.
    const story = classify({ title: 'Startup Goldmodel trained on its customers', summary: 'The firm says the fitness customers agreed.' });
    expect(story.topics).not.toContain('ai-training');
  });
});
