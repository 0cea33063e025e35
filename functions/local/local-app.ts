/**
 * The handlers composed against the local stack: the same handler factories and the same
 * `compose…` functions the Lambdas use, given the local stack's clients and tables, with
 * in-process queues in place of SQS.
 */
import { join } from 'node:path';
import type { SendJob } from '../triggers/job-messages.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo/subscriber-repository.js';
import { ENV, optionalEnv } from '../config/env.js';
import { planDigest, type PlanDigestResult } from '../domain/digest/plan-digest.js';
import type { DigestPlanJob } from '../domain/digest/ports.js';
import type { FeedIngestReport } from '../domain/feeds/ingest-feed.js';
import type { FeedJob } from '../domain/feeds/ports.js';
import type { FeedSource } from '../domain/feeds/types.js';
import type { Mailer } from '../domain/ports.js';
import { createFetchFeedHandler } from '../handlers/fetch-feed.js';
import { createMatchAlertsHandler } from '../handlers/match-alerts.js';
import { createPlanDigestHandler } from '../handlers/plan-digest.js';
import { createPlanDigestPageHandler } from '../handlers/plan-digest-page.js';
import { createPlanIngestHandler } from '../handlers/plan-ingest.js';
import { createSendEmailHandler } from '../handlers/send-email.js';
import { composeMatchAlerts, composePlanDigest, composePlanDigestPage, composeSendEmail, composeWholeTablePlanDigest } from '../wiring/delivery.js';
import { deliverySettingsFrom, type DeliverySettings } from '../wiring/delivery-settings.js';
import { composeFetchFeed } from '../wiring/fetch-feed.js';
import { composePlanIngest } from '../wiring/plan-ingest.js';
import type { AwsClients, TableNames } from '../wiring/inputs.js';
import { InProcessQueue, type DrainReport } from './in-process-queue.js';
import type { LocalStack } from './local-stack.js';
import { indexedStoryRepository } from '../wiring/stories.js';

/** Signs subscriber links on this machine only; a deployment reads its key from a secret. */
export const LOCAL_SUBSCRIBER_KEY = 'newsdesk-local-development-key';

/** Every loopback address, on any port, only when a person asks for it explicitly. */
function loopbackFeedsAllowed(): boolean {
  return optionalEnv(ENV.allowLoopbackFeeds) === '1';
}

export interface LocalAppOptions {
  readonly sources: readonly FeedSource[];
  readonly publicBaseUrl: string;
  /**
   * Loopback origins the feed fetcher may reach, exactly: the sample feed server's. Any other
   * loopback address stays refused unless NEWSDESK_ALLOW_LOOPBACK_FEEDS=1 asks for it.
   */
  readonly loopbackFeedOrigins?: readonly string[];
  readonly fromAddress?: string;
  readonly now?: () => Date;
  /** Wraps the SES mailer, e.g. with one that injects faults. */
  readonly wrapMailer?: (mailer: Mailer) => Mailer;
  /** Called as each feed finishes, e.g. to move a progress bar. */
  readonly onFeedReport?: (report: FeedIngestReport) => void;
  readonly settings?: Partial<DeliverySettings>;
  /** Pause between two requests to one host when reading press pages; 0 for the sample server. */
  readonly pressPageIntervalMs?: number;
  /** Where the queues keep their dead letters between runs; in memory only when absent. */
  readonly deadLetterDirectory?: string;
}

/** The local stack's SDK clients and table names, as every composition takes them. */
export function localCompositionInputs(stack: LocalStack): { clients: AwsClients; tables: TableNames } {
  const table = (logicalName: string) => {
    const name = stack.tables[logicalName];
    if (name === undefined) throw new Error(`the local stack has no ${logicalName} table`);
    return name;
  };
  return {
    clients: { dynamo: stack.dynamo, ses: stack.ses },
    tables: {
      stories: table('Stories'),
      editions: table('Editions'),
      editorial: table('Editorial'),
      feeds: table('Feeds'),
      subscribers: table('Subscribers'),
      deliveries: table('Deliveries'),
    },
  };
}

export function createLocalApp(stack: LocalStack, options: LocalAppOptions) {
  const now = options.now ?? (() => new Date());
  const { clients, tables } = localCompositionInputs(stack);
  // Held regions as an operator sets them, so `DIGEST_HELD_REGIONS=hk npm start` waits for an editor too.
  const settings: DeliverySettings = {
    ...deliverySettingsFrom({ DIGEST_HELD_REGIONS: process.env.DIGEST_HELD_REGIONS, SES_MAX_SEND_RATE: '1000' }),
    ...options.settings,
  };
  const deadLetterFile = (queue: string) => (options.deadLetterDirectory ? join(options.deadLetterDirectory, `${queue}.json`) : undefined);
  const feedJobs = new InProcessQueue<FeedJob>('feed-jobs', { batchSize: 5, maxReceiveCount: 3, deadLetterFile: deadLetterFile('feed-jobs') });
  const sendJobs = new InProcessQueue<SendJob>('send-jobs', { batchSize: 10, maxReceiveCount: 5, deadLetterFile: deadLetterFile('send-jobs') });
  const digestPlanJobs = new InProcessQueue<DigestPlanJob>('digest-plan-jobs', {
    batchSize: 1,
    maxReceiveCount: 5,
    deadLetterFile: deadLetterFile('digest-plan-jobs'),
  });
  const reports: FeedIngestReport[] = [];

  // Each composed once, as a Lambda does at cold start.
  const planIngestDeps = composePlanIngest({ clients, tables, queues: { feedJobs }, config: { sources: options.sources } });
  const planIngest = createPlanIngestHandler(() => planIngestDeps, now);
  // One fetcher, pace and robots.txt cache for the whole run, so that sources on one host share them.
  const fetchFeedDeps = composeFetchFeed({
    clients,
    tables,
    config: {
      allowLoopbackFeeds: loopbackFeedsAllowed(),
      loopbackFeedOrigins: options.loopbackFeedOrigins,
      pressPageIntervalMs: options.pressPageIntervalMs,
      now,
    },
  });
  const fetchFeed = createFetchFeedHandler(
    () => fetchFeedDeps,
    (report) => {
      reports.push(report);
      options.onFeedReport?.(report);
    },
  );
  const planningInputs = { clients, tables, config: { settings } };
  const wholeTablePlanDigestDeps = composeWholeTablePlanDigest({ ...planningInputs, queues: { sendJobs } });
  const planDigestDeps = composePlanDigest({ ...planningInputs, queues: { digestPlanJobs } });
  const planDueDigests = createPlanDigestHandler(() => planDigestDeps, now);
  const planDigestPageDeps = composePlanDigestPage({ ...planningInputs, queues: { digestPlanJobs, sendJobs } });
  const planDigestPage = createPlanDigestPageHandler(() => planDigestPageDeps);
  const matchAlertsDeps = composeMatchAlerts({ ...planningInputs, queues: { sendJobs } });
  const matchAlerts = createMatchAlertsHandler(() => matchAlertsDeps, now);
  const sendEmailDeps = composeSendEmail({
    clients,
    tables,
    config: {
      settings,
      mail: { fromAddress: options.fromAddress ?? 'digest@newsdesk.localhost' },
      publicBaseUrl: options.publicBaseUrl,
      subscriberKey: LOCAL_SUBSCRIBER_KEY,
      now,
    },
    wrapMailer: options.wrapMailer,
  });
  const sendEmail = createSendEmailHandler(() => sendEmailDeps);
  // The stores a tool or a test seeds and reads; the handlers have theirs from the compositions.
  const repositories = {
    stories: indexedStoryRepository(clients.dynamo, tables.stories),
    subscribers: new DynamoSubscriberRepository(clients.dynamo, tables.subscribers),
  };

  return {
    repositories,
    settings,
    queues: { feedJobs, sendJobs, digestPlanJobs },
    handlers: { planIngest, fetchFeed, planDigest: planDueDigests, planDigestPage, matchAlerts, sendEmail },
    /** Plans and runs one ingest round: every due feed, through the feed-jobs queue. */
    async ingest(): Promise<FeedIngestReport[]> {
      reports.length = 0;
      await planIngest();
      await feedJobs.drain(fetchFeed);
      return [...reports];
    },
    /** Plans the digest (for everyone when `everyone`) and sends it through the send-jobs queue. */
    async digest(runOptions: { everyone?: boolean } = {}) {
      let planned: { subscribersDue: number; jobsEnqueued: number; editions: PlanDigestResult['editions'] };
      if (runOptions.everyone) {
        planned = await planDigest(wholeTablePlanDigestDeps, now(), { everyone: true });
      } else {
        // The hourly path as deployed: due slots to the planning queue, a page per worker run.
        const jobsBefore = sendJobs.size;
        await planDueDigests();
        const pages = await digestPlanJobs.drain(planDigestPage);
        planned = { subscribersDue: sendJobs.size - jobsBefore, jobsEnqueued: sendJobs.size - jobsBefore, editions: [] };
        if (pages.deadLettered > 0) throw new Error(`${pages.deadLettered} digest planning pages failed`);
      }
      const drained = await sendJobs.drain(sendEmail);
      return { planned, drained, deadLetters: sendJobs.deadLetters.length };
    },
    /**
     * Moves a queue's dead letters back and works them with the queue's own handler (the
     * planning queue's pages then feed the send queue, which is worked too).
     */
    async redrive(queue: 'feed-jobs' | 'send-jobs' | 'digest-plan-jobs', redriveOptions: { dryRun?: boolean } = {}) {
      const target = { 'feed-jobs': feedJobs, 'send-jobs': sendJobs, 'digest-plan-jobs': digestPlanJobs }[queue];
      if (redriveOptions.dryRun) return { moved: target.deadLetters.length, drained: undefined as DrainReport | undefined };
      const moved = target.redriveDeadLetters();
      let drained: DrainReport;
      if (target === feedJobs) drained = await feedJobs.drain(fetchFeed);
      else if (target === digestPlanJobs) {
        drained = await digestPlanJobs.drain(planDigestPage);
        await sendJobs.drain(sendEmail);
      } else drained = await sendJobs.drain(sendEmail);
      return { moved, drained };
    },
    /** Matches the closed alert windows and sends the alerts. */
    async alerts() {
      const matched = await matchAlerts();
      const drained = await sendJobs.drain(sendEmail);
      return { matched, drained, deadLetters: sendJobs.deadLetters.length };
    },
  };
}

export type LocalApp = ReturnType<typeof createLocalApp>;
