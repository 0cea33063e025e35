/**
 * Every Lambda's composition built from inputs alone (SDK clients for dynalite and the SES
 * emulator, table names, in-memory queues, settings), with no environment variable read, and
 * put to one real use each.
 */
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storyIdFor } from '../../../functions/domain/feeds/identity.js';
import type { FeedJob } from '../../../functions/domain/feeds/ports.js';
import type { JobQueue } from '../../../functions/domain/ports.js';
import { subscriberIdFor } from '../../../functions/domain/subscriptions/identity.js';
import { createFetchFeedHandler } from '../../../functions/handlers/fetch-feed.js';
import { createPlanIngestHandler } from '../../../functions/handlers/plan-ingest.js';
import { createSesEventsHandler } from '../../../functions/handlers/ses-events.js';
import { startHttpAdapter, type RunningHttpAdapter } from '../../../functions/local/http-adapter.js';
import { createSubscriberApi } from '../../../functions/web/subscriber-routes.js';
import { composeArchiveApi } from '../../../functions/wiring/archive-api.js';
import { composeConsoleApi } from '../../../functions/wiring/console.js';
import { composeMatchAlerts, composePlanDigest, composePlanDigestPage, composeSendEmail } from '../../../functions/wiring/delivery.js';
import { deliverySettingsFrom } from '../../../functions/wiring/delivery-settings.js';
import { composeFetchFeed } from '../../../functions/wiring/fetch-feed.js';
import { composePlanIngest } from '../../../functions/wiring/plan-ingest.js';
import type { TableNames } from '../../../functions/wiring/inputs.js';
import { composeSesEvents } from '../../../functions/wiring/ses-events.js';
import { composeSubscriberApi } from '../../../functions/wiring/subscriber-api.js';
import { startFeedServer, type FeedServer } from '../../support/feed-server.js';
import { startLocalServices, type LocalServices } from '../../support/local-services.js';
import { encodeForm, signUpForm } from '../subscribers/harness.js';

const KEY = 'composition-test-key';
const MAIL = { fromAddress: 'compositions@newsdesk.localhost' };
const SETTINGS = deliverySettingsFrom({});

/** A queue that keeps what it is given, in order. */
class ArrayQueue<T> implements JobQueue<T> {
  readonly jobs: T[] = [];
  async enqueue(jobs: readonly T[]): Promise<void> {
    this.jobs.push(...jobs);
  }
}

function sqsEventOf(bodies: readonly unknown[]): SQSEvent {
  return { Records: bodies.map((body, index) => ({ messageId: `m-${index}`, body: JSON.stringify(body) }) as SQSEvent['Records'][number]) };
}

const FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Gazette</title><link>https://harbour.example/</link><description>Invented news</description>
<item><title>Harbour council adopts a data retention rule for its parking cameras</title>
<link>https://harbour.example/news/camera-retention</link><guid>https://harbour.example/news/camera-retention</guid>
<pubDate>Tue, 01 Dec 2026 09:00:00 GMT</pubDate>
<description>The council will delete number-plate images after thirty days.</description></item>
</channel></rss>`;

let services: LocalServices;
let tables: TableNames;
let feeds: FeedServer;

beforeAll(async () => {
  services = await startLocalServices();
  const created = await services.createTables();
  tables = {
    stories: created.Stories,
    editions: created.Editions,
    editorial: created.Editorial,
    feeds: created.Feeds,
    subscribers: created.Subscribers,
    deliveries: created.Deliveries,
  };
  feeds = await startFeedServer({ '/harbour.xml': { body: FEED, headers: { 'content-type': 'application/rss+xml' } } });
});

afterAll(async () => {
  await feeds?.close();
  await services?.stop();
});

describe('the ingestion compositions', () => {
  it('plan a job for a due feed and fetch it into the Stories table, where the archive composition reads it', async () => {
    const clients = { dynamo: services.dynamo };
    const source = { feedId: 'harbour', name: 'Harbour Gazette', url: `${feeds.url}/harbour.xml`, kind: 'rss' as const, jurisdiction: 'GB' };
    const feedJobs = new ArrayQueue<FeedJob>();

    const planned = await createPlanIngestHandler(() => composePlanIngest({ clients, tables, queues: { feedJobs }, config: { sources: [source] } }))();
    expect(planned).toEqual({ feeds: 1, due: 1 });
    expect(feedJobs.jobs.map((job) => job.source.feedId)).toEqual(['harbour']);

    const reports: { created: number; status: string }[] = [];
    const fetchFeed = createFetchFeedHandler(
      () => composeFetchFeed({ clients, tables, config: { allowLoopbackFeeds: false, loopbackFeedOrigins: [feeds.url] } }),
      (report) => reports.push(report),
    );
    const result = await fetchFeed(sqsEventOf(feedJobs.jobs));
    expect(result.batchItemFailures).toEqual([]);
    expect(reports).toMatchObject([{ status: 'ok', created: 1 }]);

    // The archive's composition reads the story back from the same table, at the id ingestion gave it.
    const archive = composeArchiveApi({ clients, tables, config: { publicBaseUrl: 'https://news.example' } });
    const story = await archive.stories?.getStory(storyIdFor({ url: 'https://harbour.example/news/camera-retention', feedId: 'harbour' }));
    expect(story?.title).toBe('Harbour council adopts a data retention rule for its parking cameras');
  });
});

describe('the subscriber and SES events compositions', () => {
  let server: RunningHttpAdapter;

  afterAll(async () => {
    await server?.close();
  });

  it('sign a reader up through SES and suppress the address on a complaint', async () => {
    const clients = { dynamo: services.dynamo, ses: services.ses };
    let baseUrl = 'http://127.0.0.1';
    let api: ReturnType<typeof createSubscriberApi> | undefined;
    server = await startHttpAdapter({
      port: 0,
      handler: (event) => (api ??= createSubscriberApi(composeSubscriberApi({ clients, tables, config: { mail: MAIL, hashKey: KEY, baseUrl } })))(event),
    });
    baseUrl = server.url;

    const response = await fetch(`${server.url}/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: encodeForm(signUpForm('composed.reader@example.com')),
    });
    expect(response.status).toBe(200);
    const confirmation = (await services.listEmails()).filter((email) => email.destination.to.includes('composed.reader@example.com'));
    expect(confirmation.map((email) => email.from)).toEqual([MAIL.fromAddress]);

    const feedback = composeSesEvents({ clients, tables, config: { hashKey: KEY } });
    await createSesEventsHandler(() => feedback)({
      'detail-type': 'Email Complained',
      detail: {
        eventType: 'Complaint',
        complaint: { complainedRecipients: [{ emailAddress: 'composed.reader@example.com' }], timestamp: new Date().toISOString() },
        mail: { messageId: 'm' },
      },
    } as Parameters<ReturnType<typeof createSesEventsHandler>>[0]);
    expect(await feedback.suppressions.isSuppressed(subscriberIdFor('composed.reader@example.com', KEY))).toBe(true);
  });
});

describe('the delivery and console compositions', () => {
  it('send through the SES emulator from the configured address', async () => {
    const deps = composeSendEmail({
      clients: { dynamo: services.dynamo, ses: services.ses },
      tables,
      config: { settings: SETTINGS, mail: MAIL, publicBaseUrl: 'https://news.example', subscriberKey: KEY },
    });
    await deps.digest.mailer.send({ to: 'composed.sender@example.com', subject: 'Composed', html: '<p>Composed</p>', text: 'Composed', headers: {} });
    const sent = (await services.listEmails()).filter((email) => email.destination.to.includes('composed.sender@example.com'));
    expect(sent.map((email) => [email.from, email.subject])).toEqual([[MAIL.fromAddress, 'Composed']]);
  });

  it('read the tables they are given: a wrong table name would throw instead of answering nothing', async () => {
    const clients = { dynamo: services.dynamo };
    const digestPlanJobs = new ArrayQueue<never>();
    const sendJobs = new ArrayQueue<never>();
    const planDigest = composePlanDigest({ clients, tables, queues: { digestPlanJobs }, config: { settings: SETTINGS } });
    const planDigestPage = composePlanDigestPage({ clients, tables, queues: { digestPlanJobs, sendJobs }, config: { settings: SETTINGS } });
    const matchAlerts = composeMatchAlerts({ clients, tables, queues: { sendJobs }, config: { settings: SETTINGS } });
    const consoleApi = composeConsoleApi({
      clients: { dynamo: services.dynamo, ses: services.ses },
      tables,
      config: { mail: MAIL, publicBaseUrl: 'https://news.example', settings: SETTINGS, sources: () => [] },
    });

    expect(await planDigest.editions.getEdition('hk#2026-W49')).toBeUndefined();
    expect(await planDigest.watermarks.getWatermark('digest-plan')).toBeUndefined();
    expect(await planDigestPage.dueSubscribers.listDueSubscribers('1#08', { limit: 10 })).toEqual({ subscribers: [] });
    expect(await matchAlerts.watermarks.getWatermark('alerts')).toBeUndefined();
    expect(await consoleApi.editorial.listCorrections()).toEqual([]);
    expect(await consoleApi.feeds.added.listAddedFeeds()).toEqual([]);
  });
});
