import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../../functions/domain/classify/types.js';
import { storyReasons } from '../../../functions/domain/digest/story-reasons.js';

function named(rule: string, term: string, offset: number, field: Evidence['field'] = 'body'): Evidence {
  return { kind: 'jurisdiction', tag: rule.split(':')[1].split('/')[0], term, field, offset, rule };
}

describe('why a story is in a digest', () => {
  it('names a regulator by its acronym, the headline first, each once', () => {
    const reasons = storyReasons([
      named('regulator:HK/PCPD', 'Privacy Commissioner for Personal Data', 40),
      named('law:HK/PDPO', 'Personal Data (Privacy) Ordinance', 10),
      named('regulator:FR/CNIL', 'Commission nationale de l’informatique et des libertés', 5, 'title'),
      named('regulator:HK/PCPD', '私隱專員公署', 90),
    ]);
    expect(reasons).toEqual(['CNIL', 'Personal Data (Privacy) Ordinance', 'PCPD']);
  });

  it('keeps the words a story used for a regulator whose acronym means something else too', () => {
    // "AP" is also a news agency: the Dutch regulator is named as the story names it.
    expect(storyReasons([named('regulator:NL/AP', 'Autoriteit Persoonsgegevens', 0)])).toEqual(['Autoriteit Persoonsgegevens']);
  });

  it('leaves out places, topics and an editor’s removals, and stops at three', () => {
    const reasons = storyReasons([
      { kind: 'jurisdiction', tag: 'HK', term: 'Hong Kong', field: 'title', offset: 0, rule: 'name:HK/hong-kong' },
      { ...named('regulator:HK/PCPD', 'PCPD', 3), effect: 'removes' },
      named('regulator:IE/DPC', 'Data Protection Commission', 1),
      named('regulator:IT/GPDP', 'Garante', 2),
      named('law:EU/GDPR', 'GDPR', 3),
      named('regulator:DE/BfDI', 'BfDI', 4),
    ]);
    expect(reasons).toHaveLength(3);
    expect(reasons).not.toContain('Hong Kong');
    expect(reasons).not.toContain('PCPD');
    expect(reasons[0]).toBe('DPC');
  });
});
