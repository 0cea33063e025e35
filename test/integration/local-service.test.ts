/** `npm start`'s service over real HTTP: health, the first ingest, the archive after a send. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalService } from '../../functions/local/local-service.js';
import { startSampleFeedServer, type SampleFeedServer } from '../../functions/local/sample-feed-server.js';
import { demoSubscriber, DEMO_SUBSCRIBERS } from '../../functions/local/demo.js';

describe('the local service', () => {
  let feeds: SampleFeedServer;
  let service: Awaited<ReturnType<typeof startLocalService>>;

  beforeAll(async () => {
    feeds = await startSampleFeedServer();
    service = await startLocalService({ port: 0, sesPort: 0, sources: feeds.sources, loopbackFeedOrigins: [feeds.baseUrl], pressPageIntervalMs: 0 });
    await service.firstIngest;
  });

  afterAll(async () => {
    await service?.stop();
    await feeds?.close();
  });

  it('answers its health check with the first ingest’s result', async () => {
    const response = await fetch(`${service.url}/healthz`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const health = (await response.json()) as { status: string; jobs: Record<string, { summary?: string }> };
    expect(health.status).toBe('ok');
    expect(health.jobs.ingest.summary).toBe('4 feeds, 10 new stories, 0 failed');
  });

  it('serves the sign-up page', async () => {
    const response = await fetch(`${service.url}/subscribe`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/<form[^>]+method="post"/i);
  });

  it('publishes an edition in the archive and its feeds once it has been sent', async () => {
    expect(await (await fetch(`${service.url}/archive/hk`)).text()).toMatch(/No Hong Kong edition has been sent yet/);
    await service.app.repositories.subscribers.putSubscriber(demoSubscriber(DEMO_SUBSCRIBERS[0], new Date()));
    await service.app.digest({ everyone: true });

    const archive = await (await fetch(`${service.url}/archive/hk`)).text();
    const week = /\/archive\/hk\/(\d{4}-W\d{2})/.exec(archive)?.[1];
    expect(week).toBeDefined();
    const edition = await fetch(`${service.url}/archive/hk/${week}`);
    expect(edition.status).toBe(200);
    const page = await edition.text();
    // The regulator's own statement leads; the newspaper's report of it is named under it.
    expect(page).toMatch(/LinkedIn pauses training AI models on Hong Kong users/);
    expect(page).toMatch(/Also reported by Harbour City News/);

    const rss = await fetch(`${service.url}/feeds/hk.rss`);
    expect(rss.headers.get('content-type')).toMatch(/application\/rss\+xml/);
    expect(await rss.text()).toMatch(/<category domain="jurisdiction">HK<\/category>/);
    const json = (await (await fetch(`${service.url}/feeds/hk.json`)).json()) as { items: { tags: string[]; _newsdesk: { topics: string[] } }[] };
    expect(json.items[0].tags).toContain('HK');
    expect(json.items[0]._newsdesk.topics).toContain('ai-training');
  });

  it('says plainly when there is no such region or edition', async () => {
    expect((await fetch(`${service.url}/archive/atlantis`)).status).toBe(404);
    expect((await fetch(`${service.url}/archive/hk/1999-W01`)).status).toBe(404);
    expect((await fetch(`${service.url}/feeds/atlantis.rss`)).status).toBe(404);
  });

  it('answers malformed percent-escapes in a path or a query with a 4xx page, never a 500', async () => {
    for (const path of [
      '/archive/%E0%A4%A',
      '/archive/hk/%',
      '/feeds/%.rss',
      '/confirm?token=%E0%A4%A',
      '/preferences?token=%',
      '/unsubscribe?token=%ZZ',
      '/%',
    ]) {
      const response = await fetch(`${service.url}${path}`);
      expect([400, 404], path).toContain(response.status);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });
});
