/** A regulator's own release leads the reports of the same event, and the digest says what it is. */
import { describe, expect, it } from 'vitest';
import { composeEdition } from '../../../functions/domain/digest/edition.js';
import { assembleDigest } from '../../../functions/domain/digest/personal-digest.js';
import { personalise, renderDigest } from '../../../functions/web/email/digest-email.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { aStory } from '../../support/digest-fixtures.js';
import { englishMessages } from '../../../functions/i18n/messages.js';

const NOW = new Date('2026-11-30T00:00:00Z');
const hongKong = findRegion('hk')!;
const LINKS = { preferences: 'https://newsdesk.example/p', unsubscribe: 'https://newsdesk.example/u' };
const LEAD = 'The privacy commissioner ordered a ride-hailing app to stop keeping the trip histories of 200,000 riders.';

describe('a regulator’s statement in a digest', () => {
  it('leads its event even when a newspaper’s report ranks higher, with the report listed under it', () => {
    const report = aStory({
      storyId: 'report',
      title: 'Privacy commissioner orders ride-hailing app to delete trip histories',
      summary: LEAD,
      source: 'Harbour Daily',
      score: 0.95,
      kind: 'news',
    });
    const statement = aStory({
      storyId: 'statement',
      title: 'Commissioner orders ride-hailing app to delete riders’ trip histories',
      summary: LEAD,
      source: 'Data Commissioner',
      score: 0.7,
      kind: 'press-release',
    });
    const other = aStory({
      storyId: 'other',
      title: 'Court hears appeal over biometric time clocks',
      summary: 'Workers challenge fingerprint scanners at a factory.',
      score: 0.9,
    });

    const edition = composeEdition(hongKong, '2026-W49', [report, other, statement], { maxItems: 10, now: NOW });

    expect(edition.items.map((i) => [i.storyId, i.source, i.kind, i.alsoReportedBy.map((o) => o.source)])).toEqual([
      ['statement', 'Data Commissioner', 'press-release', ['Harbour Daily']],
      ['other', expect.any(String), undefined, []],
    ]);
  });

  it('marks the statement as the regulator’s own in the HTML and text email', () => {
    const statement = aStory({
      title: 'Commissioner <b>orders</b> app to delete trip histories',
      summary: LEAD,
      source: 'Data Commissioner',
      kind: 'press-release',
    });
    const report = aStory({ title: 'Privacy commissioner orders app to delete trip histories', summary: LEAD, source: 'Harbour Daily', kind: 'news' });
    const edition = composeEdition(hongKong, '2026-W49', [statement, report], { maxItems: 10, now: NOW });
    const email = personalise(
      renderDigest(assembleDigest('2026-W49', [edition], []), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }),
      LINKS,
    );
    expect(email.html).toMatch(/Data Commissioner · Published [^<]+ · <strong>The regulator&#39;s own statement<\/strong>/);
    expect(email.html).toContain('Also reported by Harbour Daily');
    expect(email.html).not.toContain('<b>orders</b>');
    expect(email.text).toMatch(/Data Commissioner · Published [^\n]+ · The regulator's own statement · Hong Kong/);
  });

  it('marks nothing when no story of the event is a statement', () => {
    const report = aStory({ summary: LEAD, source: 'Harbour Daily' });
    const edition = composeEdition(hongKong, '2026-W49', [report], { maxItems: 10, now: NOW });
    const email = personalise(
      renderDigest(assembleDigest('2026-W49', [edition], []), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }),
      LINKS,
    );
    expect(email.text).not.toContain('own statement');
  });
});
