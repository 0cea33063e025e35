/**
 * `newsdesk ingest` and `newsdesk digest` on the local stack kept under `.newsdesk/data`, so
 * that stories ingested by one run are there for the next.
 */
import { SingleBar } from 'cli-progress';
import { resolve } from 'node:path';
import { loadSources } from '../../config/sources.js';
import type { FeedIngestReport } from '../../domain/feeds/ingest-feed.js';
import type { FeedSource } from '../../domain/feeds/types.js';
import { summariseIngest, writeOutbox } from '../demo.js';
import { createLocalApp, type LocalAppOptions } from '../local-app.js';
import type { LocalStack } from '../local-stack.js';
import { startSampleFeedServer, type SampleFeedServer } from '../sample-feed-server.js';
import { parseOptions } from './parse-options.js';
import { localStateDirectory, withLocalStack } from './local-state.js';

function withLocalApp<T>(
  options: Omit<LocalAppOptions, 'publicBaseUrl'>,
  work: (app: ReturnType<typeof createLocalApp>, stack: LocalStack) => Promise<T>,
): Promise<T> {
  const deadLetterDirectory = resolve(localStateDirectory(), 'dead-letters');
  return withLocalStack((stack) =>
    work(createLocalApp(stack, { ...options, deadLetterDirectory, publicBaseUrl: process.env.PUBLIC_BASE_URL ?? 'http://localhost:3000' }), stack),
  );
}

function describeReport(report: FeedIngestReport): string {
  if (report.status === 'failed') return `✗ ${report.name}: ${report.error ?? 'failed'}`;
  if (report.status === 'not-modified') return `= ${report.name}: not modified`;
  if (report.status === 'skipped') return `- ${report.name}: not due yet`;
  const cut = report.itemsCut ? ` (${report.itemsCut} older items cut)` : '';
  const later = report.deferredItems ? `, ${report.deferredItems} left for the next run` : '';
  return `✓ ${report.name}: ${report.itemsSeen} items, ${report.created} new, ${report.updated} updated${cut}${later}`;
}

export async function runIngestCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { samples: { type: 'boolean', default: false }, sources: { type: 'string' } });
  let samples: SampleFeedServer | undefined;
  let sources: FeedSource[];
  if (values.samples) {
    samples = await startSampleFeedServer();
    sources = samples.sources;
  } else {
    sources = loadSources(values.sources);
  }
  const bar = process.stdout.isTTY ? new SingleBar({ format: 'Feeds {bar} {value}/{total} {feed}', hideCursor: true }) : undefined;
  bar?.start(sources.length, 0, { feed: '' });
  try {
    const reports = await withLocalApp(
      {
        sources,
        loopbackFeedOrigins: samples ? [samples.baseUrl] : undefined,
        // Only the sample server, which is ours, is read without a pause between pages.
        ...(samples ? { pressPageIntervalMs: 0 } : {}),
        onFeedReport: (report) => {
          if (bar) bar.increment({ feed: report.name });
          else process.stdout.write(`${describeReport(report)}\n`);
        },
      },
      (app) => app.ingest(),
    );
    bar?.stop();
    if (bar) for (const report of reports) process.stdout.write(`${describeReport(report)}\n`);
    const summary = summariseIngest(reports);
    process.stdout.write(
      `\n${summary.feedsRead} feeds read, ${summary.feedsFailed} failed, ${summary.itemsSeen} items seen, ${summary.storiesStored} new stories\n`,
    );
    return summary.feedsFailed > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await samples?.close();
  }
}

export async function runDigestCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { everyone: { type: 'boolean', default: false } });
  return withLocalApp({ sources: [] }, async (app, stack) => {
    const result = await app.digest({ everyone: values.everyone });
    const emails = await stack.listEmails();
    const outbox = resolve(localStateDirectory(), 'outbox');
    await writeOutbox(outbox, emails);
    for (const edition of result.planned.editions) {
      process.stdout.write(`${edition.editionId}: ${edition.items} stories, ${edition.held ? 'held for approval' : edition.status}\n`);
    }
    process.stdout.write(`${result.planned.subscribersDue} subscribers due, ${result.drained.delivered} jobs done, ${emails.length} emails sent (${outbox})\n`);
    return result.deadLetters > 0 ? 1 : 0;
  });
}
