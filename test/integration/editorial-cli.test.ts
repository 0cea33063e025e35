/**
 * `newsdesk correct`, `rules` and `export-corrections` against a local stack kept in a temporary
 * NEWSDESK_HOME, as an editor would run them one after another.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { classifyStory } from '../../functions/domain/classify/classify-story.js';
import type { LabelledStory } from '../../functions/domain/classify/types.js';
import { storyIdFor } from '../../functions/domain/feeds/identity.js';
import type { Story } from '../../functions/domain/stories.js';
import { runCommand } from '../../functions/local/cli/commands.js';
import { startLocalStack } from '../../functions/local/local-stack.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

const SHORE = {
  title: 'Jersey Shore towns adopt licence-plate readers',
  summary:
    'Several Jersey Shore boroughs will install cameras that read licence plates, and privacy advocates warned the location data could be kept for years.',
};
const URL_OF_STORY = 'https://shore.example/readers';
const STORY_ID = storyIdFor({ url: URL_OF_STORY, feedId: '' });

let home: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'newsdesk-home-'));
  // What `newsdesk ingest` would have left behind: one stored, classified story.
  const stack = await startLocalStack({ dataDirectory: join(home, 'data') });
  try {
    const story: Story = {
      storyId: STORY_ID,
      url: URL_OF_STORY,
      ...SHORE,
      categories: [],
      publishedAt: '2026-06-01T08:00:00.000Z',
      publishedEstimated: false,
      ...classifyStory(SHORE),
      feedId: 'shore',
      source: 'Shore Gazette',
      storedAt: '2026-06-01T09:00:00.000Z',
      revision: 0,
    };
    await saveIngestedStory(new DynamoStoryRepository(stack.dynamo, stack.tables.Stories), story);
  } finally {
    await stack.stop();
  }
});

afterAll(() => {
  if (home) rmSync(home, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

/** Runs one command in this process with NEWSDESK_HOME pointing at the temporary home. */
async function newsdesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  vi.stubEnv('NEWSDESK_HOME', home);
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += chunk.toString();
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += chunk.toString();
    return true;
  });
  try {
    const code = await runCommand(args);
    return { code, stdout, stderr };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('the editorial commands', () => {
  it('correct: shows the tags before and after, and promotes the term', async () => {
    const result = await newsdesk(
      'correct',
      URL_OF_STORY,
      '--editor',
      'mei',
      '--remove-jurisdiction',
      'JE',
      '--add-jurisdiction',
      'us-nj',
      '--add-topic',
      'consent',
      '--note',
      'the New Jersey coast',
      '--promote-term',
      'Jersey Shore',
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${STORY_ID}  ${SHORE.title}`);
    expect(lines[1]).toMatch(/^ {2}before {2}in scope \d\.\d\d \| about JE \| mentions – \| topics privacy/);
    expect(lines[2]).toMatch(/^ {2}after {3}in scope \d\.\d\d \| about US-NJ \| mentions JE \| topics privacy.*, consent$/);
    expect(lines[3]).toMatch(/^recorded 3 corrections by mei at \d{4}-\d\d-\d\dT/);
    expect(lines.slice(4)).toEqual([
      'promoted 3 rules (rules version 1):',
      '  "Jersey Shore" must not signal JE',
      '  "Jersey Shore" signals US-NJ',
      '  "Jersey Shore" signals topic consent',
    ]);
  });

  it('rules: lists what was promoted, by whom and from which story', async () => {
    const result = await newsdesk('rules');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^3 promoted rules, version 1, updated /);
    expect(result.stdout).toContain(`  "Jersey Shore" must not signal JE  by mei, story ${STORY_ID}, `);
    expect(result.stdout).toContain('(the New Jersey coast)');
    const json = await newsdesk('rules', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      version: 1,
      rules: [{ effect: 'suppress', term: 'Jersey Shore', target: { jurisdiction: 'JE' } }, {}, {}],
    });
  });

  it('export-corrections: one labelled story per corrected story, as JSON Lines', async () => {
    await newsdesk('correct', `newsdesk:${STORY_ID}`, '--editor', 'sam', '--add-topic', 'enforcement');
    const result = await newsdesk('export-corrections');
    expect(result.code).toBe(0);
    const rows = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as LabelledStory);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: STORY_ID,
      url: URL_OF_STORY,
      source: 'Shore Gazette',
      date: '2026-06-01',
      title: SHORE.title,
      in_scope: true,
      jurisdictions: ['US-NJ'],
      notes: 'the New Jersey coast; corrected by mei, sam',
    });
    expect(rows[0].topics).toEqual(expect.arrayContaining(['privacy', 'consent', 'enforcement']));
  });

  it.each([
    [
      ['correct', STORY_ID, '--editor', 'mei', '--add-jurisdiction', 'Hong Kong'],
      'error: correct: unknown jurisdiction "Hong Kong": did you mean HK (Hong Kong)?',
    ],
    [
      ['correct', STORY_ID, '--editor', 'mei', '--add-topic', 'kids'],
      'error: correct: unknown topic "kids": one of privacy, ai-training, enforcement, breach, legislation, litigation, children, biometrics, cross-border, consent',
    ],
    [['correct', STORY_ID, '--add-topic', 'consent'], 'error: correct: --editor <name> is required: every correction records who made it'],
    [['correct', STORY_ID, '--editor', 'mei', '--in-scope', '--out-of-scope'], 'error: correct: --in-scope and --out-of-scope contradict each other'],
    [['correct', STORY_ID, '--editor', 'mei'], 'error: correct: nothing to correct: name a jurisdiction or topic to add or remove, or a scope'],
  ])('%j fails in one line and changes nothing', async (args, message) => {
    const result = await newsdesk(...args);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `${message}\n` });
  });

  it('correct: an unknown story is one line naming where it looked', async () => {
    const result = await newsdesk('correct', 'abcdef0123456789', '--editor', 'mei', '--add-topic', 'consent');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `error: correct: no story with id abcdef0123456789 in ${resolve(home, 'data')}: pass the id (newsdesk:<id> in the feeds out) or the story's URL\n`,
    );
    const exported = await newsdesk('export-corrections');
    expect(exported.stdout).not.toContain('abcdef0123456789');
  });

  it('the real binary says so in one line when another process holds the store', async () => {
    const holder = await startLocalStack({ dataDirectory: join(home, 'data') });
    try {
      const result = spawnSync(process.execPath, ['bin/newsdesk.js', 'rules'], {
        env: { ...process.env, NEWSDESK_HOME: home },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(result.status).toBe(1);
      expect(result.stderr).toBe(
        `error: rules: the local data in ${resolve(home, 'data')} is in use by another newsdesk process (pid ${process.pid}); stop it, or set NEWSDESK_HOME to use other data\n`,
      );
    } finally {
      await holder.stop();
    }
  });

  it('the real binary prints no stack trace and exits non-zero', () => {
    const result = spawnSync(process.execPath, ['bin/newsdesk.js', 'correct', STORY_ID, '--editor', 'mei', '--add-topic', 'kids'], {
      env: { ...process.env, NEWSDESK_HOME: home },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/^error: correct: unknown topic "kids"/)]);
  });
});
