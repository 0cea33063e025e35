/** The console's storage against dynalite through the real SDK client: curation, sessions, sign-in limits, alert flags. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoConsoleStore } from '../../../functions/adapters/dynamo/console-store.js';
import { DynamoEditionRepository } from '../../../functions/adapters/dynamo/edition-repository.js';
import { DynamoStoryRepository } from '../../../functions/adapters/dynamo/story-repository.js';
import { isAlertWorthy } from '../../../functions/domain/alerts/match-alerts.js';
import {
  approveEdition,
  curateEdition,
  EditionFrozenError,
  loadWeek,
  StaleEditionError,
  unapproveEdition,
  type EditionDeskDeps,
} from '../../../functions/domain/console/edition-desk.js';
import {
  MAX_FAILURES_PER_WINDOW,
  setUpEditorAccount,
  SignInError,
  signInWithPassword,
  SignInThrottledError,
} from '../../../functions/domain/console/password-sign-in.js';
import { csrfTokenMatches, endSession, findSession } from '../../../functions/domain/console/sessions.js';
import { startLocalStack, type LocalStack } from '../../../functions/local/local-stack.js';
import { aStory } from '../../support/digest-fixtures.js';
import { saveIngestedStory } from '../../../functions/domain/stories/save-story.js';

let stack: LocalStack;
let desk: EditionDeskDeps;
let store: DynamoConsoleStore;
let stories: DynamoStoryRepository;
let editions: DynamoEditionRepository;
// A Sunday: the coming edition is the next Monday's, 2026-W49.
const NOW = new Date('2026-11-29T12:00:00.000Z');

beforeAll(async () => {
  stack = await startLocalStack();
  stories = new DynamoStoryRepository(stack.dynamo, stack.tables.Stories);
  editions = new DynamoEditionRepository(stack.dynamo, stack.tables.Editions);
  store = new DynamoConsoleStore(stack.dynamo, stack.tables.Editorial);
  desk = { stories, editions, audit: store, maxItemsPerEdition: 10, autoSendRegion: (id) => id !== 'hk', now: () => NOW };
  const titles = [
    'Watchdog fines ferry operator over passenger records',
    'Hospital group reports ransomware theft of scans',
    'Lawmakers debate biometric gates at border crossings',
  ];
  for (const [index, title] of titles.entries()) {
    await saveIngestedStory(
      stories,
      aStory({ storyId: `hk-${index}`, title, summary: `${title}.`, score: 0.9 - index * 0.05, storedAt: `2026-11-2${6 + index}T09:00:00.000Z` }),
    );
  }
});

afterAll(async () => {
  await stack?.stop();
});

describe('curating an edition in DynamoDB', () => {
  it('saves a change made on the version the editor saw, and refuses one made on a stale view', async () => {
    const opened = await loadWeek(desk, 'hk');
    expect(opened.week).toBe('2026-W49');
    expect(opened.edition.items.map((i) => i.storyId)).toEqual(['hk-0', 'hk-1', 'hk-2']);
    const saved = await curateEdition(desk, 'ada@desk.example', 'hk', opened.week, opened.seen, { kind: 'drop', storyId: 'hk-0' });
    expect(saved.version).toBe(1);
    // A second editor still looking at the first version:
    await expect(curateEdition(desk, 'bo@desk.example', 'hk', opened.week, opened.seen, { kind: 'pin', storyId: 'hk-2' })).rejects.toThrow(StaleEditionError);
    const now = await loadWeek(desk, 'hk');
    expect(now.edition.items.map((i) => i.storyId)).toEqual(['hk-1', 'hk-2']);
    expect(now.seen).toEqual({ version: 1, status: 'draft' });
    const log = await store.listRecent(10);
    expect(log[0]).toMatchObject({ editor: 'ada@desk.example', action: 'drop', target: 'hk#2026-W49 hk-0' });
  });

  it('approves, un-approves, and freezes the edition once sending starts', async () => {
    let view = await loadWeek(desk, 'hk');
    await approveEdition(desk, 'ada@desk.example', 'hk', view.week, view.seen);
    view = await loadWeek(desk, 'hk');
    expect(view.edition).toMatchObject({ status: 'approved', approvedBy: 'ada@desk.example' });
    await unapproveEdition(desk, 'ada@desk.example', 'hk', view.week, view.seen);
    view = await loadWeek(desk, 'hk');
    await approveEdition(desk, 'ada@desk.example', 'hk', view.week, view.seen);
    view = await loadWeek(desk, 'hk');
    expect(await editions.moveEdition(view.edition.editionId, 'approved', 'sending')).toBe(true);
    await expect(unapproveEdition(desk, 'ada@desk.example', 'hk', view.week, view.seen)).rejects.toThrow(EditionFrozenError);
    const frozen = await loadWeek(desk, 'hk', view.week);
    expect(frozen.frozen).toBe(true);
    await expect(curateEdition(desk, 'ada@desk.example', 'hk', view.week, frozen.seen, { kind: 'note', text: 'late' })).rejects.toThrow(
      'can no longer be changed',
    );
  });
});

describe('editor sessions in DynamoDB', () => {
  it('signs in with the right password, finds the session until it ends, and checks its CSRF token', async () => {
    await setUpEditorAccount(store, 'Editor@Desk.example', 'correct horse battery', NOW);
    const { id, session } = await signInWithPassword(store, { email: 'editor@desk.example', password: 'correct horse battery', client: '10.0.0.1' }, NOW);
    expect((await findSession(store, id, NOW))?.editor).toBe('editor@desk.example');
    expect(csrfTokenMatches(session, session.csrfToken)).toBe(true);
    expect(csrfTokenMatches(session, 'forged')).toBe(false);
    expect(await findSession(store, id, new Date(NOW.getTime() + 13 * 3_600_000))).toBeUndefined();
    await endSession(store, id);
    expect(await findSession(store, id, NOW)).toBeUndefined();
  });

  it('refuses every attempt, the right password included, after too many failures for that email', async () => {
    await setUpEditorAccount(store, 'slow@desk.example', 'a long enough password', NOW);
    for (let attempt = 0; attempt < MAX_FAILURES_PER_WINDOW; attempt += 1) {
      await expect(signInWithPassword(store, { email: 'slow@desk.example', password: 'guess', client: `10.0.1.${attempt}` }, NOW)).rejects.toThrow(SignInError);
    }
    await expect(signInWithPassword(store, { email: 'slow@desk.example', password: 'a long enough password', client: '10.0.2.1' }, NOW)).rejects.toThrow(
      SignInThrottledError,
    );
    // The next window starts afresh.
    const later = new Date(NOW.getTime() + 16 * 60_000);
    expect(
      (await signInWithPassword(store, { email: 'slow@desk.example', password: 'a long enough password', client: '10.0.2.1' }, later)).session.editor,
    ).toBe('slow@desk.example');
  });
});

describe("an editor's alert flag", () => {
  it('makes a weak story alert, holds a strong one back, and survives a revision of the text', async () => {
    const weak = aStory({ storyId: 'weak', score: 0.3 });
    await saveIngestedStory(stories, weak);
    await stories.setAlertFlag('weak', 'flag');
    await saveIngestedStory(stories, { ...weak, title: `${weak.title} (updated)` });
    const flagged = (await stories.getStory('weak'))!;
    expect(flagged.revision).toBe(1);
    expect(isAlertWorthy(flagged, 0.7)).toBe(true);
    await stories.setAlertFlag('weak', 'hold');
    expect(isAlertWorthy({ ...(await stories.getStory('weak'))!, score: 0.99 }, 0.7)).toBe(false);
    await stories.setAlertFlag('weak', 'none');
    expect(isAlertWorthy((await stories.getStory('weak'))!, 0.7)).toBe(false);
    await expect(stories.setAlertFlag('nonexistent', 'flag')).rejects.toThrow('no story with id nonexistent');
  });
});
