/** The public archive and the feeds out, as a browser and a feed reader meet them. */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import type { Edition, EditionItem } from '../../../functions/domain/digest/edition.js';
import { createArchiveApi } from '../../../functions/web/archive-routes.js';
import { MemoryEditions } from '../../support/digest-fixtures.js';

const BASE = 'https://news.example.org';

function getEvent(rawPath: string, method = 'GET'): APIGatewayProxyEventV2 {
  return { rawPath, rawQueryString: '', headers: {}, requestContext: { http: { method } } } as unknown as APIGatewayProxyEventV2;
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
