/** How the domain decides to save a story, over plain objects: no table, no SDK. */
import { describe, expect, it } from 'vitest';
import type { Correction } from '../../../functions/domain/classify/corrections.js';
import { ConcurrentEditError, StoryNotFoundError } from '../../../functions/domain/classify/errors.js';
import type { StoredStory, StoryRepository } from '../../../functions/domain/ports.js';
import type { Story } from '../../../functions/domain/stories.js';
import { STORY_WRITE_ATTEMPTS, contentHashOf, correctStoredStory, decideStorySave, saveIngestedStory } from '../../../functions/domain/stories/save-story.js';
import { aStory } from '../../support/digest-fixtures.js';

const FIRST_STORED = '2026-11-25T09:00:00.000Z';
const FETCHED_AGAIN = '2026-11-29T10:00:00.000Z';

const ADD_NJ: Correction = {
  storyId: 'shore',
  editor: 'mei',
  at: '2026-11-26T10:00:00.000Z',
  action: 'add-jurisdiction',
  jurisdiction: 'US-NJ',
  term: 'Jersey Shore',
};
const REMOVE_JE: Correction = {
  storyId: 'shore',
  editor: 'mei',
  at: '2026-11-26T10:00:00.000Z',
  action: 'remove-jurisdiction',
  jurisdiction: 'JE',
  term: 'Jersey',
};

function shore(overrides: Partial<Story> = {}): Story {
  return aStory({
    storyId: 'shore',
    title: 'Jersey Shore towns adopt plate readers',
    summary: 'Cameras will read plates.',
    jurisdictions: ['JE'],
    storedAt: FIRST_STORED,
    ...overrides,
  });
}

function stored(story: Story, extra: Partial<StoredStory> = {}): StoredStory {
  return { story, contentHash: contentHashOf(story), corrections: [], ...extra };
}

/** A maker that counts how often it classified. */
function maker(story: Story) {
  const calls = { count: 0 };
  return { calls, make: () => ((calls.count += 1), story) };
}

describe('deciding how to save a fetched story', () => {
  it('writes nothing and classifies nothing when the text a reader sees is the same', async () => {
    const existing = stored(shore());
    const { calls, make } = maker(shore({ storedAt: FETCHED_AGAIN, inScope: false }));
    expect(await decideStorySave(existing, contentHashOf(shore()), make)).toEqual({ kind: 'unchanged' });
    expect(calls.count).toBe(0);
  });

  it('creates a story not stored yet at revision 0', async () => {
    const { calls, make } = maker(shore({ revision: 7 }));
    const decision = await decideStorySave(undefined, contentHashOf(shore()), make);
    expect(decision.kind).toBe('new');
    expect(decision.kind !== 'unchanged' && decision.stored).toMatchObject({
      story: { storyId: 'shore', revision: 0, storedAt: FIRST_STORED },
      corrections: [],
    });
    expect(calls.count).toBe(1);
  });

  it('reclassifies an edited story, keeping when it was first stored and the editor’s alert flag', async () => {
    const existing = stored(shore({ revision: 2, alertFlag: 'flag', lateAlertAt: '2026-11-27T00:00:00.000Z' }));
    const edited = shore({ summary: 'Cameras will read plates for years.', storedAt: FETCHED_AGAIN, jurisdictions: ['US-NJ'], revision: 0 });
    const decision = await decideStorySave(existing, contentHashOf(edited), () => edited);
    expect(decision.kind).toBe('edited');
    if (decision.kind !== 'edited') return;
    expect(decision.stored.story).toMatchObject({
      summary: 'Cameras will read plates for years.',
      jurisdictions: ['US-NJ'],
      storedAt: FIRST_STORED,
      revision: 3,
      alertFlag: 'flag',
      lateAlertAt: '2026-11-27T00:00:00.000Z',
    });
    expect(decision.stored.contentHash).toBe(contentHashOf(edited));
    expect(decision.stored.machine).toBeUndefined();
  });

  it('applies editors’ corrections again to the new classification of a corrected story', async () => {
    const machine = shore();
    const existing = stored({ ...machine, jurisdictions: ['US-NJ'] }, { corrections: [REMOVE_JE, ADD_NJ], machine: { ...machine } });
    // The new text is classified with the same mistake, and a new topic.
    const edited = shore({ summary: 'Cameras will read plates; residents must consent.', topics: ['privacy', 'consent'], storedAt: FETCHED_AGAIN });
    const decision = await decideStorySave(existing, contentHashOf(edited), () => edited);
    expect(decision.kind).toBe('corrected');
    if (decision.kind !== 'corrected') return;
    expect(decision.stored.story).toMatchObject({ jurisdictions: ['US-NJ'], topics: ['privacy', 'consent'], revision: 1, storedAt: FIRST_STORED });
    expect(decision.stored.machine).toMatchObject({ jurisdictions: ['JE'], topics: ['privacy', 'consent'] });
    expect(decision.stored.corrections).toEqual([REMOVE_JE, ADD_NJ]);
  });
});

/** Stories in a map behind the conditional writes; `interfere` runs before a write, as a racing worker. */
class MapStories implements StoryRepository {
  readonly records = new Map<string, StoredStory>();
  writes = 0;
  interfere?: (storyId: string) => void;

  async getStory(storyId: string) {
    return this.records.get(storyId)?.story;
  }
  async listStoredBetween() {
    return [...this.records.values()].map((record) => record.story);
  }
  async getStoredStory(storyId: string) {
    return this.records.get(storyId);
  }
  async createStory(record: StoredStory) {
    this.interfere?.(record.story.storyId);
    if (this.records.has(record.story.storyId)) return false;
    this.keep(record);
    return true;
  }
  async replaceStory(record: StoredStory, seen: StoredStory) {
    this.interfere?.(record.story.storyId);
    const current = this.records.get(record.story.storyId);
    if (current?.contentHash !== seen.contentHash || current.corrections.length !== seen.corrections.length) return false;
    this.keep(record);
    return true;
  }
  private keep(record: StoredStory) {
    this.writes += 1;
    this.records.set(record.story.storyId, record);
  }
}

describe('saving a fetched story over conditional writes', () => {
  it('creates, ignores the same text, then updates changed text, classifying only what it writes', async () => {
    const stories = new MapStories();
    let made = 0;
    const lazily = (story: Story) => ({ text: story, make: () => ((made += 1), story) });
    expect(await saveIngestedStory(stories, lazily(shore()))).toBe('created');
    expect(await saveIngestedStory(stories, lazily(shore({ storedAt: FETCHED_AGAIN })))).toBe('unchanged');
    expect(await saveIngestedStory(stories, lazily(shore({ title: 'Jersey Shore towns delay plate readers' })))).toBe('updated');
    expect({ made, writes: stories.writes }).toEqual({ made: 2, writes: 2 });
    expect(await stories.getStory('shore')).toMatchObject({ title: 'Jersey Shore towns delay plate readers', revision: 1 });
  });

  it('decides again when another worker stored the same story first, and writes nothing twice', async () => {
    const stories = new MapStories();
    stories.interfere = (storyId) => {
      stories.interfere = undefined;
      stories.records.set(storyId, stored(shore()));
    };
    expect(await saveIngestedStory(stories, shore())).toBe('unchanged');
    expect(stories.writes).toBe(0);
  });

  it('keeps an editor’s correction that landed between its read and its write', async () => {
    const stories = new MapStories();
    stories.records.set('shore', stored(shore()));
    stories.interfere = (storyId) => {
      stories.interfere = undefined;
      const current = stories.records.get(storyId)!;
      stories.records.set(storyId, {
        ...current,
        story: { ...current.story, jurisdictions: ['US-NJ'] },
        corrections: [REMOVE_JE, ADD_NJ],
        machine: { ...current.story },
      });
    };
    const edited = shore({ summary: 'Cameras will read plates for years.' });
    expect(await saveIngestedStory(stories, edited)).toBe('updated');
    expect(await stories.getStory('shore')).toMatchObject({ summary: 'Cameras will read plates for years.', jurisdictions: ['US-NJ'], revision: 1 });
  });

  it('gives up with a ConcurrentEditError when every write loses, having written nothing', async () => {
    const stories = new MapStories();
    stories.records.set('shore', stored(shore()));
    let round = 0;
    stories.interfere = (storyId) => {
      round += 1;
      const current = stories.records.get(storyId)!;
      stories.records.set(storyId, stored({ ...current.story, title: `Rewritten ${round}` }));
    };
    await expect(saveIngestedStory(stories, shore({ summary: 'Changed again.' }))).rejects.toBeInstanceOf(ConcurrentEditError);
    expect(round).toBe(STORY_WRITE_ATTEMPTS);
    expect(stories.writes).toBe(0);
  });
});

describe('an editor correcting a stored story', () => {
  it('appends the corrections and shows them applied, keeping the classifier’s result beside them', async () => {
    const stories = new MapStories();
    stories.records.set('shore', stored(shore()));
    const outcome = await correctStoredStory(stories, 'shore', [REMOVE_JE, ADD_NJ]);
    expect(outcome.before.jurisdictions).toEqual(['JE']);
    expect(outcome.after.jurisdictions).toEqual(['US-NJ']);
    expect(outcome.machine.jurisdictions).toEqual(['JE']);
    const record = await stories.getStoredStory('shore');
    expect(record).toMatchObject({ corrections: [REMOVE_JE, ADD_NJ], machine: { jurisdictions: ['JE'] }, story: { jurisdictions: ['US-NJ'] } });
    // The text is the same, so the next fetch of the same item writes nothing.
    expect(await saveIngestedStory(stories, shore({ storedAt: FETCHED_AGAIN }))).toBe('unchanged');
  });

  it('adds a later correction to the earlier ones, applied to the classifier’s result, not to the corrected one', async () => {
    const stories = new MapStories();
    stories.records.set('shore', stored(shore()));
    await correctStoredStory(stories, 'shore', REMOVE_JE);
    const outcome = await correctStoredStory(stories, 'shore', ADD_NJ);
    expect(outcome.before.jurisdictions).toEqual([]);
    expect(outcome.after.jurisdictions).toEqual(['US-NJ']);
    expect((await stories.getStoredStory('shore'))?.corrections).toEqual([REMOVE_JE, ADD_NJ]);
  });

  it('names the story it cannot find', async () => {
    await expect(correctStoredStory(new MapStories(), 'missing', ADD_NJ)).rejects.toThrow(StoryNotFoundError);
  });
});
