/**
 * The whole pipeline on the embedded local stack, offline: sample feeds over local HTTP,
 * ingestion into dynalite, this week's editions, and digests through the SES emulator.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { subscriberIdFor } from '../domain/subscriptions/identity.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import type { FeedIngestReport } from '../domain/feeds/ingest-feed.js';
import { createLocalApp, LOCAL_SUBSCRIBER_KEY, type LocalApp } from './local-app.js';
import { startLocalStack, type LocalStack, type StoredEmail } from './local-stack.js';
import { startSampleFeedServer, type SampleFeedServer } from './sample-feed-server.js';

export interface DemoSubscriberSpec {
  readonly email: string;
  readonly regions: readonly string[];
  readonly topics: readonly string[];
  readonly timeZone: string;
}

export const DEMO_SUBSCRIBERS: readonly DemoSubscriberSpec[] = [
  { email: 'ada@reader.example', regions: ['hk'], topics: [], timeZone: 'Asia/Hong_Kong' },
  { email: 'bruno@reader.example', regions: ['europe'], topics: [], timeZone: 'Europe/Berlin' },
  { email: 'chen@reader.example', regions: ['asia-pacific', 'hk'], topics: ['ai-training'], timeZone: 'Asia/Singapore' },
];

export function demoSubscriber(spec: DemoSubscriberSpec, now: Date): Subscriber {
  const at = now.toISOString();
  return {
    subscriberId: subscriberIdFor(spec.email, LOCAL_SUBSCRIBER_KEY),
    email: spec.email,
    status: 'confirmed',
    regions: spec.regions,
    topics: spec.topics,
    frequency: 'weekly',
    timeZone: spec.timeZone,
    paused: false,
    consent: { textVersion: 'demo', signedUpAt: at, confirmedAt: at, sourcePage: 'demo' },
    createdAt: at,
    updatedAt: at,
  };
}

export interface DemoSummary {
  readonly feedsRead: number;
  readonly feedsFailed: number;
  readonly itemsSeen: number;
  readonly storiesStored: number;
  readonly storiesInScopeByJurisdiction: Record<string, number>;
  readonly emailsSent: number;
  readonly outbox: string;
  readonly emails: readonly StoredEmail[];
  readonly reports: readonly FeedIngestReport[];
}

export interface DemoRun {
  readonly stack: LocalStack;
  readonly feeds: SampleFeedServer;
  readonly app: LocalApp;
  stop(): Promise<void>;
}

/** Starts everything the demo needs and seeds the demo subscribers; the caller runs the stages. */
export async function startDemo(options: { publicBaseUrl?: string; sesPort?: number; now?: () => Date } = {}): Promise<DemoRun> {
  const stack = await startLocalStack({ sesPort: options.sesPort ?? 0 });
  const feeds = await startSampleFeedServer();
  const now = options.now ?? (() => new Date());
  // The sample server is ours: its press page needs no polite pause between pages.
  const app = createLocalApp(stack, {
    sources: feeds.sources,
    loopbackFeedOrigins: [feeds.baseUrl],
    publicBaseUrl: options.publicBaseUrl ?? 'http://localhost:3000',
    now,
    pressPageIntervalMs: 0,
  });
  for (const spec of DEMO_SUBSCRIBERS) await app.repositories.subscribers.putSubscriber(demoSubscriber(spec, now()));
  return {
    stack,
    feeds,
    app,
    async stop() {
      await feeds.close();
      await stack.stop();
    },
  };
}

/** Writes each email as HTML and text under `directory` (emptied first) so a person can open them. */
export async function writeOutbox(directory: string, emails: readonly StoredEmail[]): Promise<void> {
  await rm(directory, { recursive: true, force: true });
  await mkdir(directory, { recursive: true });
  let index = 0;
  for (const email of emails) {
    index += 1;
    const name = `${String(index).padStart(2, '0')}-${email.destination.to.join('_').replace(/[^a-z0-9@._-]/gi, '_')}`;
    await writeFile(join(directory, `${name}.html`), email.body.html ?? '');
    await writeFile(join(directory, `${name}.txt`), `Subject: ${email.subject}\nTo: ${email.destination.to.join(', ')}\n\n${email.body.text ?? ''}`);
  }
}

export function summariseIngest(reports: readonly FeedIngestReport[]) {
  const byJurisdiction: Record<string, number> = {};
  for (const report of reports) {
    for (const [code, count] of Object.entries(report.jurisdictions ?? {})) byJurisdiction[code] = (byJurisdiction[code] ?? 0) + count;
  }
  return {
    feedsRead: reports.filter((r) => r.status === 'ok' || r.status === 'not-modified').length,
    feedsFailed: reports.filter((r) => r.status === 'failed').length,
    itemsSeen: reports.reduce((sum, r) => sum + r.itemsSeen, 0),
    storiesStored: reports.reduce((sum, r) => sum + r.created, 0),
    storiesInScopeByJurisdiction: byJurisdiction,
  };
}

/** Runs the demo end to end and leaves the local stack stopped. */
export async function runDemo(options: { outbox: string; sesPort?: number; keepRunning?: boolean }): Promise<DemoSummary & { run?: DemoRun }> {
  const run = await startDemo({ sesPort: options.sesPort });
  try {
    const reports = await run.app.ingest();
    await run.app.digest({ everyone: true });
    const emails = await run.stack.listEmails();
    await writeOutbox(options.outbox, emails);
    const summary = { ...summariseIngest(reports), emailsSent: emails.length, outbox: options.outbox, emails, reports };
    return options.keepRunning ? { ...summary, run } : summary;
  } finally {
    if (!options.keepRunning) await run.stop();
  }
}
