import { describe, expect, it } from 'vitest';
import { changeCuration, CurationError, EMPTY_CURATION, type Curation } from '../../../functions/domain/digest/curation.js';
import { recomposeDraft } from '../../../functions/domain/digest/edition.js';
import { assembleDigest } from '../../../functions/domain/digest/personal-digest.js';
import { planDigest, refreshDraft } from '../../../functions/domain/digest/plan-digest.js';
import { personalise, renderDigest } from '../../../functions/web/email/digest-email.js';
import { findRegion } from '../../../functions/taxonomy/regions.js';
import { aStory, aSubscriber, MemoryEditions, MemoryQueue, MemorySubscribers } from '../../support/digest-fixtures.js';
import { englishMessages } from '../../../functions/i18n/messages.js';

const HK = findRegion('hk')!;
const NOW = new Date('2026-11-30T00:00:00Z');
const OPTIONS = { maxItems: 3, now: NOW };
const LINKS = { preferences: 'https://newsdesk.example/p', unsubscribe: 'https://newsdesk.example/u' };

function curate(curation: Curation, ...changes: Parameters<typeof changeCuration>[2][]): { curation: Curation; note?: string } {
  let state: { curation: Curation; note?: string } = { curation, note: undefined };
  for (const change of changes) {
    const shown = recomposeDraft(HK, { ...emptyDraft(), curation: state.curation }, 'W', STORIES, OPTIONS).items.map((i) => i.storyId);
    state = changeCuration(state.curation, state.note, change, shown);
  }
  return state;
}

/** Stories about unrelated events, so that none is folded into another as the same event. */
function event(storyId: string, title: string, score: number, overrides: Parameters<typeof aStory>[0] = {}) {
  return aStory({ storyId, title, summary: `${title}, in detail.`, score, ...overrides });
}

const STORIES = [
  event('a', 'Watchdog fines ferry operator over passenger records', 0.95),
  event('b', 'Hospital group reports ransomware theft of scans', 0.9),
  event('c', 'Lawmakers debate biometric gates at border crossings', 0.85),
  event('d', 'School app shared pupils locations with advertisers', 0.8),
  event('out', 'Bakery opens third branch in Kowloon', 0.1, { inScope: false, jurisdictions: [], topics: [] }),
];

/** An edition nobody has curated yet, with no stories. */
function emptyDraft() {
  return recomposeDraft(HK, undefined, '2026-W49', [], OPTIONS);
}

function idsOf(curation: Curation): string[] {
  return recomposeDraft(HK, { ...emptyDraft(), curation }, '2026-W49', STORIES, OPTIONS).items.map((item) => item.storyId);
}

describe('curating an edition', () => {
  it('ranks by score and cuts at the limit when nobody has curated it', () => {
    expect(idsOf(EMPTY_CURATION)).toEqual(['a', 'b', 'c']);
  });

  it('pins a story left out (even one the classifier put out of scope) to the top, past the limit', () => {
    const { curation } = curate(EMPTY_CURATION, { kind: 'pin', storyId: 'out' }, { kind: 'pin', storyId: 'd' });
    expect(idsOf(curation)).toEqual(['out', 'd', 'a']);
  });

  it('drops a story and lets the next one in, and restores it', () => {
    const dropped = curate(EMPTY_CURATION, { kind: 'drop', storyId: 'a' }).curation;
    expect(idsOf(dropped)).toEqual(['b', 'c', 'd']);
    expect(idsOf(curate(dropped, { kind: 'restore', storyId: 'a' }).curation)).toEqual(['a', 'b', 'c']);
  });

  it('moves a story up and down, and takes a whole new order from a drag', () => {
    const moved = curate(EMPTY_CURATION, { kind: 'move', storyId: 'c', direction: 'up' }).curation;
    expect(idsOf(moved)).toEqual(['a', 'c', 'b']);
    expect(idsOf(curate(moved, { kind: 'reorder', order: ['b', 'a', 'c'] }).curation)).toEqual(['b', 'a', 'c']);
    expect(() => curate(EMPTY_CURATION, { kind: 'move', storyId: 'a', direction: 'up' })).toThrow('already at the top');
    expect(() => curate(EMPTY_CURATION, { kind: 'reorder', order: ['a', 'b'] })).toThrow(CurationError);
  });

  it('undoes changes one at a time, the note included', () => {
    const state = curate(EMPTY_CURATION, { kind: 'drop', storyId: 'a' }, { kind: 'note', text: 'A quiet week.' }, { kind: 'undo' });
    expect(state.note).toBeUndefined();
    expect(idsOf(state.curation)).toEqual(['b', 'c', 'd']);
    const back = changeCuration(state.curation, state.note, { kind: 'undo' }, []);
    expect(idsOf(back.curation)).toEqual(['a', 'b', 'c']);
    expect(() => changeCuration(back.curation, back.note, { kind: 'undo' }, [])).toThrow('nothing to undo');
  });

  it('refuses an over-long blurb with its length', () => {
    expect(() => curate(EMPTY_CURATION, { kind: 'blurb', storyId: 'a', text: 'x'.repeat(601) })).toThrow('this one has 601');
  });

  it('keeps the decisions when newer stories arrive: the draft is live all week', () => {
    const { curation } = curate(EMPTY_CURATION, { kind: 'drop', storyId: 'b' }, { kind: 'blurb', storyId: 'c', text: 'Why it matters.' });
    const later = [...STORIES, event('e', 'Telecom regulator orders deletion of call logs', 0.99)];
    const items = recomposeDraft(HK, { ...emptyDraft(), curation }, '2026-W49', later, OPTIONS).items;
    expect(items.map((i) => i.storyId)).toEqual(['e', 'a', 'c']);
    expect(items[2].blurb).toBe('Why it matters.');
  });

  it('renders the blurb and the note, escaped, in the HTML and the text of the email', () => {
    const { curation, note } = curate(
      EMPTY_CURATION,
      { kind: 'blurb', storyId: 'a', text: 'Read <b>this</b> first.' },
      { kind: 'note', text: 'Editor says: a busy week.' },
    );
    const edition = { ...recomposeDraft(HK, { ...emptyDraft(), curation }, '2026-W49', STORIES, OPTIONS), blurb: note };
    const email = personalise(
      renderDigest(assembleDigest('2026-W49', [edition], []), { publicBaseUrl: 'https://newsdesk.example', messages: englishMessages }),
      LINKS,
    );
    expect(email.html).toContain('Read &lt;b&gt;this&lt;/b&gt; first.');
    expect(email.html).toContain('Editor says: a busy week.');
    expect(email.text).toContain('> Read <b>this</b> first.');
    expect(email.text).toContain('Editor says: a busy week.');
  });
});

describe('refreshing a draft before it is sent', () => {
  it('recomposes a curated draft from the latest stories, and yields to an editor who changed it meanwhile', async () => {
    const editions = new MemoryEditions();
    const { curation } = curate(EMPTY_CURATION, { kind: 'drop', storyId: 'a' });
    const draft = { ...recomposeDraft(HK, undefined, '2026-W49', [], OPTIONS), curation, version: 1 };
    editions.items.set(draft.editionId, draft);
    const refreshed = await refreshDraft(editions, HK, draft, STORIES, OPTIONS);
    expect(refreshed.items.map((i) => i.storyId)).toEqual(['b', 'c', 'd']);

    const editorsVersion = { ...refreshed, version: 2, blurb: 'Newer' };
    editions.items.set(draft.editionId, editorsVersion);
    expect(await refreshDraft(editions, HK, refreshed, STORIES, OPTIONS)).toEqual(editorsVersion);
  });
});

describe('the planner and a curated draft', () => {
  it('sends the draft recomposed from the latest stories with the curation applied, not the draft as first stored', async () => {
    const editions = new MemoryEditions();
    // Curated on Wednesday, when only two stories were in.
    const { curation, note } = curate(EMPTY_CURATION, { kind: 'drop', storyId: 'b' }, { kind: 'note', text: 'Our pick of the week.' });
    const wednesday = { ...recomposeDraft(HK, undefined, '2026-W49', STORIES.slice(0, 2), OPTIONS), curation, blurb: note, version: 2 };
    editions.items.set(wednesday.editionId, wednesday);
    const later = [...STORIES, event('e', 'Telecom regulator orders deletion of call logs', 0.99)].map((s) => ({ ...s, storedAt: '2026-11-28T00:00:00.000Z' }));
    await planDigest(
      {
        stories: { getStory: async () => undefined, listStoredBetween: async () => later },
        editions,
        subscribers: new MemorySubscribers([aSubscriber({ regions: ['hk'] })]),
        sendQueue: new MemoryQueue(),
        maxItemsPerEdition: 3,
        autoSendRegion: () => true,
      },
      new Date('2026-11-30T00:30:00Z'),
    );
    const sent = editions.items.get(wednesday.editionId)!;
    expect(sent.status).toBe('sending');
    expect(sent.items.map((i) => i.storyId)).toEqual(['e', 'a', 'c']);
    expect(sent.blurb).toBe('Our pick of the week.');
  });
});
