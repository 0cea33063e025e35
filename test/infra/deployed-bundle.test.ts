/**
 * Bundles as deployed, run as Lambda runs them: a handler bundled with the options the CDK uses
 * (lib/lambda-bundling.ts, the credential alias and the lazily loaded chunks included), imported
 * in a fresh Node process whose only credentials are in its environment, answering a request
 * from dynalite. The tests of the handlers import the sources, with the SDK's whole credential
 * chain and no chunks; these fail if the bundled chain cannot sign a request or a chunk a
 * handler loads on first use is not where the bundle looks for it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';
import { indexedStoryRepository } from '../../functions/wiring/stories.js';
import { bundleLambda } from '../bench/lambda-bench.js';
import { aStory } from '../support/digest-fixtures.js';
import { startLocalServices, type LocalServices } from '../support/local-services.js';

const run = promisify(execFile);

let services: LocalServices;
let tables: Record<string, string>;
let workDirectory: string;
/** The entry module of each bundle, by handler. */
const bundles: Record<string, string> = {};

beforeAll(async () => {
  services = await startLocalServices();
  tables = await services.createTables();
  // Inside the repository, as the benchmark does, so nothing resolves outside the bundle by accident.
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  workDirectory = mkdtempSync(join(cache, 'deployed-bundle-'));
  for (const name of ['archive-api', 'subscriber-api']) bundles[name] = bundleLambda(name, join(workDirectory, name)).entryFile;
}, 120_000);

afterAll(async () => {
  rmSync(workDirectory, { recursive: true, force: true });
  await services?.stop();
});

/** Imports a bundle in a new process with exactly `environment`, and sends it one GET. */
async function invokeBundle(
  name: string,
  path: string,
  environment: Record<string, string>,
  query = '',
): Promise<{ statusCode: number; body: string; logs: string }> {
  const script = join(workDirectory, `invoke-${name}.mjs`);
  writeFileSync(
    script,
    `const { handler } = await import(${JSON.stringify(bundles[name])});
const result = await handler({ rawPath: ${JSON.stringify(path)}, rawQueryString: ${JSON.stringify(query)}, headers: {}, requestContext: { http: { method: 'GET' } } });
process.stdout.write('\\n' + JSON.stringify({ statusCode: result.statusCode, body: result.body }));`,
  );
  const { stdout, stderr } = await run(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...environment }, timeout: 60_000 });
  // The handler's log lines come first (errors on standard error); the result is the last line.
  const lines = stdout.trimEnd().split('\n');
  const result = JSON.parse(lines[lines.length - 1]) as { statusCode: number; body: string };
  return { ...result, logs: [...lines.slice(0, -1), stderr].join('\n') };
}

describe('the archive bundle as deployed', () => {
  it('signs its DynamoDB requests with the credentials in its environment and serves a story page', async () => {
    const story = aStory({ title: 'Harbour clinic told to stop keeping patient files on an open server' });
    await saveIngestedStory(indexedStoryRepository(services.dynamo, tables.Stories), story);

    const environment = services.environment(tables);
    expect(environment.AWS_ACCESS_KEY_ID).toBeTruthy();
    const page = await invokeBundle('archive-api', `/stories/${encodeURIComponent(story.storyId)}`, {
      ...environment,
      PUBLIC_BASE_URL: 'https://news.example',
    });

    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Harbour clinic told to stop keeping patient files on an open server');
  }, 90_000);

  it('loads the Traditional Chinese words from their chunk on the first page asked for in them', async () => {
    const story = aStory({ title: 'Ferry operator asked why it kept travellers’ passport scans' });
    await saveIngestedStory(indexedStoryRepository(services.dynamo, tables.Stories), story);

    const page = await invokeBundle(
      'archive-api',
      `/stories/${encodeURIComponent(story.storyId)}`,
      { ...services.environment(tables), PUBLIC_BASE_URL: 'https://news.example' },
      'lang=zh-Hant',
    );

    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="zh-Hant">');
    // The shell's words come from the catalogue chunk alone; the story stays as published.
    expect(page.body).toContain('跳到內容');
    expect(page.body).toContain('Ferry operator asked why it kept travellers’ passport scans');
  }, 90_000);

  it('reads no credentials file: without credentials in the environment, the request fails and says why', async () => {
    // A profile on disk would satisfy the SDK's full chain; the deployed chain ignores it.
    const home = join(workDirectory, 'home');
    mkdirSync(join(home, '.aws'), { recursive: true });
    writeFileSync(join(home, '.aws', 'credentials'), '[default]\naws_access_key_id = AKIDFROMFILE\naws_secret_access_key = from-file\n');
    const { AWS_ACCESS_KEY_ID: _key, AWS_SECRET_ACCESS_KEY: _secret, AWS_SESSION_TOKEN: _token, ...withoutCredentials } = services.environment(tables);

    const page = await invokeBundle('archive-api', '/stories/story-that-needs-a-read', {
      ...withoutCredentials,
      HOME: home,
      PUBLIC_BASE_URL: 'https://news.example',
    });

    expect(page.statusCode).toBe(500);
    expect(page.logs).toContain('Unable to find environment variable credentials');
  }, 90_000);
});

describe('the sign-up bundle as deployed', () => {
  it('loads the composer from its chunk to show a sample before any edition exists', async () => {
    const story = aStory({ title: 'Lantern Street gym asked why it keeps members’ fingerprints', storedAt: new Date().toISOString() });
    await saveIngestedStory(indexedStoryRepository(services.dynamo, tables.Stories), story);

    const page = await invokeBundle('subscriber-api', '/subscribe', {
      ...services.environment(tables),
      PUBLIC_BASE_URL: 'https://news.example',
      FROM_ADDRESS: 'digest@news.example',
      SUBSCRIBER_HASH_KEY: 'a key for this test only',
    });

    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Lantern Street gym asked why it keeps members’ fingerprints');
  }, 90_000);
});
