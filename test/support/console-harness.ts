/**
 * The editor console served over real HTTP by the local adapter, against dynalite and the SES
 * emulator, with the local app's digest on the same tables and a clock the test sets. Seeds a
 * week of invented Hong Kong stories (one from a hostile feed), a subscriber and an editor.
 */
import { SesMailer } from '../../functions/adapters/ses/ses-mailer.js';
import { DynamoConsoleStore } from '../../functions/adapters/dynamo/console-store.js';
import { setUpEditorAccount } from '../../functions/domain/console/password-sign-in.js';
import type { Story } from '../../functions/domain/stories.js';
import { routeByPath, startHttpAdapter, type RunningHttpAdapter } from '../../functions/local/http-adapter.js';
import { createLocalApp, type LocalApp, localCompositionInputs } from '../../functions/local/local-app.js';
import { startLocalStack, type LocalStack } from '../../functions/local/local-stack.js';
import { createConsoleApi } from '../../functions/web/console-routes.js';
import { consoleApiDeps } from '../../functions/wiring/console.js';
import { aStory, aSubscriber } from './digest-fixtures.js';
import { startFeedServer, type FeedServer } from './feed-server.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

export const EDITOR = { email: 'desk.editor@newsdesk.example', password: 'a long local password' };
export const SECOND_EDITOR = { email: 'second.editor@newsdesk.example', password: 'another long password' };
export const READER = 'hk.reader@reader.example';
/** Monday 08:30 in Hong Kong: the coming edition is 2026-W49 and a Hong Kong reader is due. */
export const MONDAY_MORNING_IN_HONG_KONG = new Date('2026-11-30T00:30:00.000Z');
/** An invented outlet's feed that no configured source reads: an editor adds it in the console. */
export const NEW_FEED_PATH = '/harbour-watch.xml';
export const NEW_FEED_STORY = 'Hong Kong privacy commissioner opens inquiry into minibus app that shared riders’ personal data';
const NEW_FEED_XML = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Watch</title><link>https://harbour-watch.example/</link><description>Invented test outlet</description>
<item><title>${NEW_FEED_STORY}</title><link>https://harbour-watch.example/minibus-app-inquiry</link><pubDate>Sun, 29 Nov 2026 23:00:00 GMT</pubDate>
<description>The Privacy Commissioner for Personal Data (PCPD) said on Sunday it had opened an inquiry into a Hong Kong minibus booking app after riders' names, phone numbers and trip histories were shared with advertisers without consent, a possible breach of the Personal Data (Privacy) Ordinance.</description></item>
</channel></rss>`;

export const HOSTILE_TITLE = 'Regulator <script>window.__pwned=1</script><img src=x onerror="window.__pwned=2"> reviews school cameras';

function story(storyId: string, title: string, score: number, storedAt: string, overrides: Partial<Story> = {}): Story {
  const summary = `${title}. The commissioner said the inquiry would report within weeks.`;
  return aStory({
    storyId,
    title,
    summary,
    score,
    storedAt,
    // One publication time, so that the score alone ranks them.
    publishedAt: '2026-11-29T00:00:00.000Z',
    url: `https://harbour-news.example/${storyId}`,
    source: 'Harbour City News',
    evidence: [
      { kind: 'jurisdiction', tag: 'HK', term: 'commissioner', field: 'summary', offset: summary.indexOf('commissioner'), rule: 'regulator:PCPD' },
      { kind: 'topic', tag: 'privacy', term: 'inquiry', field: 'summary', offset: summary.indexOf('inquiry'), rule: 'topic:privacy/inquiry' },
    ],
    ...overrides,
  });
}

export const STORIES: readonly Story[] = [
  story('ferry', 'Ferry operator fined over passenger records', 0.95, '2026-11-25T02:00:00.000Z'),
  story('clinic', 'Clinic chain admits leak of appointment notes', 0.9, '2026-11-26T02:00:00.000Z'),
  story('tram', 'Tram card data kept longer than the law allows', 0.85, '2026-11-27T02:00:00.000Z'),
  story('hostile', HOSTILE_TITLE, 0.8, '2026-11-28T02:00:00.000Z', { source: 'Evil <b>Feed</b> onerror=alert(1)' }),
  story('bakery', 'Bakery loyalty app quietly sells shopping lists', 0.2, '2026-11-29T02:00:00.000Z', {
    inScope: false,
    jurisdictions: [],
    topics: [],
    evidence: [],
  }),
];

export interface ConsoleHarness {
  readonly url: string;
  readonly stack: LocalStack;
  readonly app: LocalApp;
  readonly clock: { now: Date };
  /** Serves the feed at `NEW_FEED_PATH`; its origin is the one loopback origin feeds may use. */
  readonly feeds: FeedServer;
  stop(): Promise<void>;
}

export async function startConsoleHarness(): Promise<ConsoleHarness> {
  const stack = await startLocalStack();
  const clock = { now: MONDAY_MORNING_IN_HONG_KONG };
  const now = () => new Date(clock.now);
  const feeds = await startFeedServer({ [NEW_FEED_PATH]: { body: NEW_FEED_XML, headers: { 'content-type': 'application/rss+xml; charset=utf-8' } } });
  const app = createLocalApp(stack, {
    sources: [],
    loopbackFeedOrigins: [feeds.url],
    publicBaseUrl: 'http://localhost:1',
    now,
    settings: { autoSendRegion: (region) => region !== 'hk' },
  });
  for (const item of STORIES) await saveIngestedStory(app.repositories.stories, item);
  await app.repositories.subscribers.putSubscriber(aSubscriber({ subscriberId: 'hk-reader', email: READER, regions: ['hk'], timeZone: 'Asia/Hong_Kong' }));
  const store = new DynamoConsoleStore(stack.dynamo, stack.tables.Editorial);
  await setUpEditorAccount(store, EDITOR.email, EDITOR.password, now());
  await setUpEditorAccount(store, SECOND_EDITOR.email, SECOND_EDITOR.password, now());
  let api: ReturnType<typeof createConsoleApi> | undefined;
  const http: RunningHttpAdapter = await startHttpAdapter({
    port: 0,
    handler: routeByPath([{ path: /^\/console(\/|$)/, handler: (event) => api!(event) }], async () => ({ statusCode: 404, body: 'not here' })),
  });
  const publicBaseUrl = http.url.replace('127.0.0.1', 'localhost');
  api = createConsoleApi(
    consoleApiDeps({
      dynamo: stack.dynamo,
      tables: localCompositionInputs(stack).tables,
      mailer: new SesMailer(stack.ses, 'console@newsdesk.localhost'),
      publicBaseUrl,
      settings: app.settings,
      sources: () => [],
      loopbackFeedOrigins: [feeds.url],
      now,
    }),
  );
  return {
    url: publicBaseUrl,
    stack,
    app,
    clock,
    feeds,
    async stop() {
      await http.close();
      await feeds.close();
      await stack.stop();
    },
  };
}
