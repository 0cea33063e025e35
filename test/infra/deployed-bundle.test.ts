/**
 * Bundles as deployed, run as Lambda runs them: a handler bundled with the options the CDK uses
 * (lib/lambda-bundling.ts, the credential alias and the lazily loaded chunks included), imported
 * in a fresh Node process whose only credentials are in its environment, answering a request
 * from dynalite. The tests of the handlers import the sources, with the SDK's whole credential
 * chain and no chunks; these fail if the bundled chain cannot sign a request or a chunk a
 * handler loads on first use is not where the bundle looks for it.
 */
import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoConsoleStore } from '../../functions/adapters/dynamo/console-store.js';
import { startSession } from '../../functions/domain/console/sessions.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';
import { SESSION_COOKIE } from '../../functions/web/console-routes.js';
import { indexedStoryRepository } from '../../functions/wiring/stories.js';
import { bundleLambda } from '../bench/lambda-bench.js';
import { encodeForm, signUpForm } from '../integration/subscribers/harness.js';
import { aStory } from '../support/digest-fixtures.js';
import { startFeedServer, type FeedServer } from '../support/feed-server.js';
import { startLocalServices, type LocalServices } from '../support/local-services.js';

const run = promisify(execFile);

let services: LocalServices;
let tables: Record<string, string>;
let workDirectory: string;
/** The entry module of each bundle, by handler. */
const bundles: Record<string, string> = {};
/** Every module of each bundle, chunks included. */
const bundleFiles: Record<string, readonly string[]> = {};

beforeAll(async () => {
  services = await startLocalServices();
  tables = await services.createTables();
  // Inside the repository, as the benchmark does, so nothing resolves outside the bundle by accident.
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  workDirectory = mkdtempSync(join(cache, 'deployed-bundle-'));
  for (const name of ['archive-api', 'subscriber-api', 'console-api']) {
    const report = bundleLambda(name, join(workDirectory, name));
    bundles[name] = report.entryFile;
    bundleFiles[name] = report.files;
  }
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

/**
 * Secrets Manager's GetSecretValue over HTTP, as the SDK calls it, refusing the first read
 * (access denied, which the SDK does not retry) and answering the rest: the one fault this
 * test needs on cue, which the local stack has no service to produce.
 */
async function startSecretsEndpoint(secret: string): Promise<{ url: string; reads: () => number; close: () => Promise<void> }> {
  let reads = 0;
  const server: Server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      const target = request.headers['x-amz-target'];
      if (target !== 'secretsmanager.GetSecretValue') {
        response.writeHead(400).end();
        return;
      }
      reads += 1;
      response.setHeader('Content-Type', 'application/x-amz-json-1.1');
      if (reads === 1) {
        response.writeHead(400).end(JSON.stringify({ __type: 'AccessDeniedException', message: 'not yet' }));
        return;
      }
      response.writeHead(200).end(JSON.stringify({ ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:subscriber-key', SecretString: secret }));
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    reads: () => reads,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

describe('the sign-up bundle as deployed, its key in Secrets Manager', () => {
  it('shows the sign-up page without reading the key, reads it with the first form, and reads it again after a failed read', async () => {
    const secrets = await startSecretsEndpoint('a key kept in Secrets Manager for this test');
    try {
      const email = `first.form.${Date.now()}@example.com`;
      const form = encodeForm(signUpForm(email));
      const script = join(workDirectory, 'invoke-sign-up-sequence.mjs');
      // One process, so one cold start: a page view, then the same form twice.
      writeFileSync(
        script,
        `const { handler } = await import(${JSON.stringify(bundles['subscriber-api'])});
const event = (method, body) => ({ rawPath: '/subscribe', rawQueryString: '', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body, isBase64Encoded: false, requestContext: { requestId: method, http: { method, sourceIp: '203.0.113.9' } } });
const results = [];
results.push(await handler(event('GET')));
results.push(await handler(event('POST', ${JSON.stringify(form)})));
results.push(await handler(event('POST', ${JSON.stringify(form)})));
process.stdout.write('\\n' + JSON.stringify(results.map((r) => ({ statusCode: r.statusCode, body: r.body }))));`,
      );
      const environment = {
        ...services.environment(tables),
        PUBLIC_BASE_URL: 'https://news.example',
        FROM_ADDRESS: 'digest@news.example',
        SUBSCRIBER_HASH_KEY_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:subscriber-key',
        AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      };
      const { stdout } = await run(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...environment }, timeout: 60_000 });
      const lines = stdout.trimEnd().split('\n');
      const [page, refused, accepted] = JSON.parse(lines[lines.length - 1]) as { statusCode: number; body: string }[];

      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('name="email"');
      // The refused read fails that sign-up alone, with a page that says to try again, and sends nothing.
      expect(refused.statusCode).toBe(503);
      expect(refused.body).toContain('Something went wrong on our side');
      expect(accepted.statusCode).toBe(200);
      expect(accepted.body).toContain(email);
      // Two reads, the refused one and the one that answered: the page view read nothing.
      expect(secrets.reads()).toBe(2);
      const sent = (await services.listEmails()).filter((message) => message.destination.to.includes(email));
      expect(sent).toHaveLength(1);
    } finally {
      await secrets.close();
    }
  }, 90_000);
});

describe('the console bundle as deployed', () => {
  let feeds: FeedServer;
  afterAll(async () => feeds?.close());

  /** The chunk of the bundle that esbuild built from `source`. */
  function chunkOf(name: string, source: string): string {
    const chunk = bundleFiles[name].find((file) =>
      (JSON.parse(readFileSync(`${file}.map`, 'utf8')) as { sources: string[] }).sources.some((s) => s.endsWith(source)),
    );
    if (!chunk) throw new Error(`no chunk of ${name} holds ${source}`);
    return chunk;
  }

  it('loads the draft and the feed preview from their chunks; a chunk it cannot read fails that request alone', async () => {
    const title = 'Kowloon bakery chain told to stop photographing loyalty-card holders';
    await saveIngestedStory(
      indexedStoryRepository(services.dynamo, tables.Stories),
      aStory({ title, publishedAt: new Date().toISOString(), storedAt: new Date().toISOString() }),
    );
    feeds = await startFeedServer({
      '/feed.xml': {
        headers: { 'content-type': 'application/rss+xml' },
        body: '<?xml version="1.0"?><rss version="2.0"><channel><title>Pier Street Gazette</title><link>https://gazette.example/</link><item><title>Ferry operator to delete old passenger photos</title><link>https://gazette.example/ferry-photos</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>',
      },
    });
    const { id, session } = await startSession(new DynamoConsoleStore(services.dynamo, tables.Editorial), 'ada@desk.example', new Date());
    const composer = chunkOf('console-api', 'functions/domain/digest/edition.ts');
    const form = new URLSearchParams({ csrf: session.csrfToken, url: `${feeds.url}/feed.xml`, name: 'Pier Street Gazette', jurisdiction: 'HK' });

    // One process, as one warm Lambda instance: the composer's chunk is away for the first request only.
    const results = await invokeConsole(
      [
        { path: '/console/week?region=hk', moveAway: composer },
        { path: '/console/week?region=hk', moveBack: composer },
        { path: '/console/feeds/add', body: form.toString() },
      ],
      `${SESSION_COOKIE}=${id}`,
      { ...consoleEnvironment(), NEWSDESK_ALLOW_LOOPBACK_FEEDS: '1' },
    );

    expect(results[0].statusCode).toBe(503);
    expect(results[0].body).toContain('This part of the console could not be loaded, so nothing was changed. Reload the page to try again.');
    expect(results[1].statusCode).toBe(200);
    expect(results[1].body).toContain(title);
    expect(results[2].statusCode).toBe(200);
    expect(results[2].body).toContain('Ferry operator to delete old passenger photos');
  }, 90_000);
});

describe('the console bundle as deployed, page by page', () => {
  it('serves the pages and actions that load on first use, each from its chunk: overview, story, correction, logs, feeds, preview, sign-in', async () => {
    const title = 'Tsuen Wan clinic asked why it emailed patients’ scans to the wrong address';
    const story = aStory({ title, publishedAt: new Date().toISOString(), storedAt: new Date().toISOString() });
    await saveIngestedStory(indexedStoryRepository(services.dynamo, tables.Stories), story);
    const { id, session } = await startSession(new DynamoConsoleStore(services.dynamo, tables.Editorial), 'grace@desk.example', new Date());
    const correction = new URLSearchParams({
      csrf: session.csrfToken,
      storyId: story.storyId,
      addJurisdictions: 'MO',
      note: 'the clinic has a branch in Macao',
    });

    const results = await invokeConsole(
      [
        { path: '/console' },
        { path: `/console/story?id=${encodeURIComponent(story.storyId)}` },
        { path: '/console/correct', body: correction.toString() },
        { path: `/console/story?id=${encodeURIComponent(story.storyId)}` },
        { path: '/console/corrections' },
        { path: '/console/log' },
        { path: '/console/feeds' },
        { path: '/console/preview?region=hk' },
        { path: '/console/sign-in' },
      ],
      `${SESSION_COOKIE}=${id}`,
      consoleEnvironment(),
    );
    const [overview, storyPage, corrected, correctedStory, correctionsLog, activityLog, feedsPage, preview, signIn] = results;

    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('In-scope stories per jurisdiction');
    expect(storyPage.statusCode).toBe(200);
    expect(storyPage.body).toContain('Correct the tags');
    expect(corrected.statusCode).toBe(303);
    expect(correctedStory.body).toContain('the clinic has a branch in Macao');
    expect(correctionsLog.body).toContain('add-jurisdiction MO');
    expect(activityLog.body).toContain('grace@desk.example');
    expect(feedsPage.statusCode).toBe(200);
    expect(feedsPage.body).toContain('Add a feed');
    expect(preview.statusCode).toBe(200);
    expect(preview.body).toContain('Send a test to grace@desk.example');
    expect(signIn.statusCode).toBe(303);
    expect(signIn.headers?.Location).toMatch(/^https:\/\/newsdesk-editors\.auth\.eu-west-1\.amazoncognito\.com\/oauth2\/authorize\?/);
  }, 90_000);
});

/** The console function's environment as deployed, over this test's tables. */
function consoleEnvironment(): Record<string, string> {
  return {
    ...services.environment(tables),
    PUBLIC_BASE_URL: 'https://news.example',
    FROM_ADDRESS: 'digest@news.example',
    EDITOR_USER_POOL_ID: 'eu-west-1_Editors1',
    EDITOR_CLIENT_ID: 'console-client',
    EDITOR_SIGN_IN_DOMAIN: 'https://newsdesk-editors.auth.eu-west-1.amazoncognito.com',
  };
}

interface ConsoleStep {
  readonly path: string;
  /** A POST's form body; without it the step is a GET. */
  readonly body?: string;
  /** A file of the bundle to rename before the request, as if it could not be read. */
  readonly moveAway?: string;
  /** A file renamed earlier, put back before the request. */
  readonly moveBack?: string;
}

/** Imports the console bundle in a new process with exactly `environment`, and sends it the steps in turn. */
async function invokeConsole(
  steps: readonly ConsoleStep[],
  cookie: string,
  environment: Record<string, string>,
): Promise<{ statusCode: number; body: string; headers?: Record<string, string> }[]> {
  const script = join(workDirectory, 'invoke-console.mjs');
  writeFileSync(
    script,
    `import { renameSync } from 'node:fs';
const { handler } = await import(${JSON.stringify(bundles['console-api'])});
const results = [];
for (const step of ${JSON.stringify(steps)}) {
  if (step.moveAway) renameSync(step.moveAway, step.moveAway + '.away');
  if (step.moveBack) renameSync(step.moveBack + '.away', step.moveBack);
  const [rawPath, rawQueryString = ''] = step.path.split('?');
  const method = step.body === undefined ? 'GET' : 'POST';
  const headers = { host: 'news.example', ...(step.body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }) };
  const result = await handler({ rawPath, rawQueryString, headers, cookies: [${JSON.stringify(cookie)}], body: step.body, isBase64Encoded: false, requestContext: { http: { method, sourceIp: '203.0.113.9' } } });
  results.push({ statusCode: result.statusCode, body: result.body, headers: result.headers });
}
process.stdout.write('\\n' + JSON.stringify(results));`,
  );
  const { stdout } = await run(process.execPath, [script], { env: { PATH: process.env.PATH ?? '', ...environment }, timeout: 60_000 });
  const lines = stdout.trimEnd().split('\n');
  return JSON.parse(lines[lines.length - 1]) as { statusCode: number; body: string; headers?: Record<string, string> }[];
}
