/** `npx newsdesk parse-page`, run as a user runs it, on files and on a page served over local HTTP. */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { cardListing, listListing } from '../../support/press-pages.js';

const SAMPLE = 'functions/local/sample-feeds/privacy-commissioner/index.html';

/** Runs the command asynchronously, so the test's own HTTP server can answer it. */
function newsdesk(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/newsdesk.js', ...args], { env: { ...process.env, NEWSDESK_ALLOW_LOOPBACK_FEEDS: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

let server: FeedServer;
let directory: string;

beforeAll(async () => {
  server = await startFeedServer({
    '/tc/media/index.html': {
      body: listListing([{ title: '私隱專員就會員資料外洩發表聲明', href: 'statement-1016.html', date: '2024年10月16日' }], 'zh-HK'),
      headers: { 'content-type': 'text/html; charset=utf-8' },
    },
  });
  directory = mkdtempSync(join(tmpdir(), 'parse-page-'));
});

afterAll(async () => {
  await server?.close();
});

describe('npx newsdesk parse-page', () => {
  it('prints the releases of a listing file in page order, resolved against --base-url, dated in --time-zone', async () => {
    const { status, stdout, stderr } = await newsdesk([
      'parse-page',
      SAMPLE,
      '--item-selector',
      'tr.statement',
      '--date-selector',
      'td.date',
      '--base-url',
      'https://commissioner.example/media/',
      '--time-zone',
      'Asia/Hong_Kong',
    ]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(lines(stdout)).toEqual([
      {
        title: 'Privacy Commissioner: LinkedIn pauses training AI models on Hong Kong users’ personal data',
        url: 'https://commissioner.example/media/releases/20241015-ai-training.html',
        publishedAt: '2024-10-14T16:00:00.000Z',
      },
      {
        title: 'Commissioner’s office to hold free seminars for small businesses',
        url: 'https://commissioner.example/media/releases/20241011-sme-seminar.html',
        publishedAt: '2024-10-10T16:00:00.000Z',
      },
    ]);
  });

  it('reads a page over HTTP, relative links against where it was read', async () => {
    const { status, stdout } = await newsdesk([
      'parse-page',
      `${server.url}/tc/media/index.html`,
      '--item-selector',
      'ul.releases li',
      '--link-selector',
      'a.headline',
      '--time-zone',
      'Asia/Hong_Kong',
    ]);
    expect(status).toBe(0);
    expect(lines(stdout)).toEqual([
      { title: '私隱專員就會員資料外洩發表聲明', url: `${server.url}/tc/media/statement-1016.html`, publishedAt: '2024-10-15T16:00:00.000Z' },
    ]);
  });

  it('takes the title from --title-selector', async () => {
    const file = join(directory, 'cards.html');
    writeFileSync(file, cardListing([{ title: 'Clinic group reports a breach', href: 'https://commissioner.example/clinic', date: '2024-10-15' }]));
    const { stdout } = await newsdesk(['parse-page', file, '--item-selector', 'a.card', '--title-selector', 'h3']);
    expect(lines(stdout)).toEqual([
      { title: 'Clinic group reports a breach', url: 'https://commissioner.example/clinic', publishedAt: '2024-10-15T00:00:00.000Z' },
    ]);
  });

  it('names the selector that matches nothing, in one line, and exits 1', async () => {
    const { status, stdout, stderr } = await newsdesk(['parse-page', SAMPLE, '--item-selector', 'div.release', '--base-url', 'https://commissioner.example/']);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toBe(`error: ${SAMPLE}: the item selector "div.release" matched nothing on the page\n`);
  });

  it('says why a page cannot be read: no such file, relative links without a base, a refused address', async () => {
    expect((await newsdesk(['parse-page', 'no/such/page.html', '--item-selector', 'tr'])).stderr).toBe('error: no/such/page.html: no such file\n');
    const relative = await newsdesk(['parse-page', SAMPLE, '--item-selector', 'tr.statement']);
    expect(relative).toMatchObject({ status: 1, stderr: `error: ${SAMPLE}: no release on the page has an http(s) link: relative links need --base-url\n` });
    const privateAddress = await newsdesk(['parse-page', 'http://10.0.0.8/press/', '--item-selector', 'tr']);
    expect(privateAddress).toMatchObject({
      status: 1,
      stderr: 'error: http://10.0.0.8/press/: refused to connect to 10.0.0.8: 10.0.0.8 is a private address\n',
    });
  });

  it('refuses options it cannot use before reading anything', async () => {
    expect(await newsdesk(['parse-page', SAMPLE])).toMatchObject({
      status: 2,
      stderr: 'error: parse-page: --item-selector <css> is required: the element that holds one release\n',
    });
    expect((await newsdesk(['parse-page', SAMPLE, '--item-selector', 'tr', '--time-zone', 'Mars/Olympus'])).stderr).toMatch(/is not an IANA time zone/);
  });
});
