/** The public archive and the feeds out, as a browser and a feed reader meet them. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { Edition, EditionItem } from '../../../functions/domain/digest/edition.js';
import { createArchiveApi } from '../../../functions/web/archive-routes.js';
import { MemoryEditions } from '../../support/digest-fixtures.js';

const BASE = 'https://news.example.org';

function getEvent(rawPath: string, method = 'GET', headers: Record<string, string> = {}, rawQueryString = ''): APIGatewayProxyEventV2 {
  return { rawPath, rawQueryString, headers, requestContext: { http: { method } } } as unknown as APIGatewayProxyEventV2;
}

function anItem(overrides: Partial<EditionItem> = {}): EditionItem {
  return {
    storyId: 'story-1',
    title: 'Harbour regulator fines a clinic',
    url: 'https://news.example/clinic',
    source: 'Harbour City News',
    summary: 'The clinic kept patient files on an open server.',
    jurisdictions: ['HK'],
    topics: ['privacy', 'breach'],
    score: 0.9,
    publishedAt: '2026-11-25T08:00:00.000Z',
    alsoReportedBy: [],
    ...overrides,
  };
}

async function archiveWith(...items: EditionItem[]) {
  const editions = new MemoryEditions();
  const edition: Edition = {
    editionId: 'hk#2026-W48',
    regionId: 'hk',
    regionName: 'Hong Kong',
    week: '2026-W48',
    status: 'sent',
    items,
    composedAt: '2026-11-30T00:00:00.000Z',
  };
  await editions.createEdition(edition);
  return createArchiveApi({ editions, publicBaseUrl: BASE });
}

describe('the feeds out', () => {
  // A publisher double-escaped its description: after decoding, the story's text reads as markup.
  const hostile = anItem({
    title: 'Watchdog <img src=x onerror=alert(1)> warns',
    summary: '<script>alert(1)</script> The watchdog warned about <b>tracking</b> & profiling.',
    url: 'javascript:alert(1)',
  });

  it('gives an RSS reader a description that is safe HTML: the story text shows as text, no tag runs', async () => {
    const api = await archiveWith(hostile, anItem({ storyId: 'story-2' }));
    const response = await api(getEvent('/feeds/hk.rss'));
    expect(response.statusCode).toBe(200);

    const feed = await new Parser().parseString(String(response.body));
    const description = feed.items[0].content ?? '';
    // What the reader renders as HTML: escaped markup, so the words show as written.
    expect(description).toBe('&lt;script&gt;alert(1)&lt;/script&gt; The watchdog warned about &lt;b&gt;tracking&lt;/b&gt; &amp; profiling.');
    expect(description).not.toMatch(/<[a-z]/i);
  });

  it('never hands a feed reader a link that is not http(s)', async () => {
    const api = await archiveWith(hostile, anItem({ storyId: 'story-2' }));
    const rss = await new Parser().parseString(String((await api(getEvent('/feeds/hk.rss'))).body));
    expect(rss.items[0].link).toBeUndefined();
    expect(rss.items[1].link).toBe('https://news.example/clinic');

    const json = JSON.parse(String((await api(getEvent('/feeds/hk.json'))).body)) as { items: { url?: string; content_html?: string; content_text: string }[] };
    expect(json.items[0].url).toBeUndefined();
    expect(json.items[0].content_html).toBeUndefined();
    expect(json.items[0].content_text).toContain('<script>alert(1)</script>');
    expect(json.items[1].url).toBe('https://news.example/clinic');
  });

  it('sends the feeds with nosniff, so a browser never reads them as a page', async () => {
    const api = await archiveWith(anItem());
    for (const path of ['/feeds/hk.rss', '/feeds/hk.json']) {
      const response = await api(getEvent(path));
      expect(response.headers?.['X-Content-Type-Options']).toBe('nosniff');
      expect(response.headers?.['Cache-Control']).toBe('public, max-age=300');
    }
  });
});

describe('the feeds out per region and topic', () => {
  const training = anItem({
    storyId: 'story-ai',
    title: 'Network pauses training on <members>',
    topics: ['privacy', 'ai-training'],
    url: 'https://news.example/ai',
  });
  const breach = anItem({ storyId: 'story-breach', title: 'Clinic leak', topics: ['privacy', 'breach'], url: 'javascript:alert(1)' });

  it('gives an RSS reader only the stories of the topic, escaped as the region feed is', async () => {
    const api = await archiveWith(training, breach);
    const response = await api(getEvent('/feeds/hk/ai-training.rss'));
    expect(response.statusCode).toBe(200);
    expect(response.headers?.['Content-Type']).toBe('application/rss+xml; charset=utf-8');
    const feed = await new Parser().parseString(String(response.body));
    expect(feed.title).toBe('Newsdesk: Hong Kong · AI training on personal data');
    expect(feed.items.map((item) => item.title)).toEqual(['Network pauses training on <members>']);
    expect(feed.items[0].link).toBe('https://news.example/ai');

    const breaches = await new Parser().parseString(String((await api(getEvent('/feeds/hk/breach.rss'))).body));
    expect(breaches.items.map((item) => item.title)).toEqual(['Clinic leak']);
    // A non-http link is dropped from a topic's feed too.
    expect(breaches.items[0].link).toBeUndefined();
  });

  it('gives a JSON Feed reader only the stories of the topic, at a stable address', async () => {
    const api = await archiveWith(training, breach);
    const feed = JSON.parse(String((await api(getEvent('/feeds/hk/ai-training.json'))).body)) as {
      feed_url: string;
      items: { id: string; tags: string[] }[];
    };
    expect(feed.feed_url).toBe(`${BASE}/feeds/hk/ai-training.json`);
    expect(feed.items.map((item) => item.id)).toEqual(['newsdesk:story-ai']);
    expect(feed.items[0].tags).toContain('ai-training');
    const empty = JSON.parse(String((await api(getEvent('/feeds/hk/children.json'))).body)) as { items: unknown[] };
    expect(empty.items).toEqual([]);
  });

  it('answers an unknown topic or region with a 404 page', async () => {
    const api = await archiveWith(training);
    expect((await api(getEvent('/feeds/hk/gossip.rss'))).statusCode).toBe(404);
    expect((await api(getEvent('/feeds/atlantis/privacy.json'))).statusCode).toBe(404);
  });

  it('links every topic feed from the region’s archive page', async () => {
    const api = await archiveWith(training);
    const page = String((await api(getEvent('/archive/hk'))).body);
    expect(page).toContain('href="/feeds/hk/ai-training.rss"');
    expect(page).toContain('href="/feeds/hk/breach.json"');
    expect(page).toContain('href="/feeds/hk.rss"');
  });
});

describe('the archive in the reader’s language', () => {
  it('follows Accept-Language, names places and topics, and offers the other languages', async () => {
    const api = await archiveWith(anItem());
    const response = await api(getEvent('/archive/hk/2026-W48', 'GET', { 'accept-language': 'zh-HK,zh;q=0.9' }));
    const page = String(response.body);
    expect(page).toContain('<html lang="zh-Hant">');
    expect(page).toContain('香港：第 2026-W48 週');
    expect(page).not.toContain('<span class="tag">HK</span>');
    expect(page).toContain('href="/archive/hk/2026-W48?lang=en"');
    expect(response.headers?.Vary).toBe('Accept-Language');
  });

  it('lets the switcher’s choice win over the browser’s', async () => {
    const api = await archiveWith(anItem());
    const page = String((await api(getEvent('/archive/hk', 'GET', { 'accept-language': 'en' }, 'lang=zh-Hans'))).body);
    expect(page).toContain('<html lang="zh-Hans">');
    expect(page).toContain('香港：往期');
  });

  it('says not found in the reader’s language', async () => {
    const api = await archiveWith(anItem());
    const response = await api(getEvent('/archive/hk/1999-W01', 'GET', { 'accept-language': 'zh-TW' }));
    expect(response.statusCode).toBe(404);
    expect(String(response.body)).toContain('找不到');
  });
});

describe('the archive routes', () => {
  it.each(['/archive/%E0%A4%A', '/archive/hk/%', '/archive/%', '/archive/hk/%E0%A4%A/'])('answers %s with a 404 page, not an error', async (path) => {
    const api = await archiveWith(anItem());
    const response = await api(getEvent(path));
    expect(response.statusCode).toBe(404);
    expect(response.headers?.['Content-Type']).toMatch(/text\/html/);
    expect(String(response.body)).toContain('Not found');
  });

  it('still finds an edition whose path is percent-encoded properly', async () => {
    const api = await archiveWith(anItem());
    expect((await api(getEvent('/archive/%68k/2026-W48'))).statusCode).toBe(200);
  });

  it('refuses other methods with 405 and keeps the security headers', async () => {
    const api = await archiveWith(anItem());
    const response = await api(getEvent('/archive', 'POST'));
    expect(response.statusCode).toBe(405);
    expect(response.headers).toMatchObject({ Allow: 'GET, HEAD', 'X-Content-Type-Options': 'nosniff', 'Content-Type': 'text/html; charset=utf-8' });
    expect(response.headers?.['Content-Security-Policy']).toBeDefined();
  });
});
