/**
 * The handlers composed against the local stack: the same factories the Lambdas use, with
 * in-process queues in place of SQS and the local stack's clients.
 */
import { DynamoAlertAllowance } from '../adapters/dynamo/alert-allowance.js';
import { DynamoDeliveryRepository } from '../adapters/dynamo/delivery-repository.js';
import { DynamoEditionRepository } from '../adapters/dynamo/edition-repository.js';
import { DynamoEditorialRepository } from '../adapters/dynamo/editorial-repository.js';
import { DynamoAddedFeedRepository } from '../adapters/dynamo/added-feed-repository.js';
import { DynamoFeedStateRepository } from '../adapters/dynamo/feed-state-repository.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo/subscriber-repository.js';
import { DynamoWatermarkStore } from '../adapters/dynamo/watermark-store.js';
import { HttpFeedFetcher } from '../adapters/http/http-feed-fetcher.js';
import { SesMailer } from '../adapters/ses/ses-mailer.js';
import { ENV, optionalEnv } from '../config/env.js';
import { classifyStory } from '../domain/classify/classify-story.js';
import { PromotedRulesCache } from '../domain/classify/editorial-rules-cache.js';
import { planDigest, type PlanDigestDeps, type PlanDigestResult } from '../domain/digest/plan-digest.js';
import type { FeedIngestReport } from '../domain/feeds/ingest-feed.js';
import type { FeedSource } from '../domain/feeds/types.js';
import type { Mailer } from '../domain/ports.js';
import { createFetchFeedHandler } from '../handlers/fetch-feed.js';
import { createMatchAlertsHandler } from '../handlers/match-alerts.js';
import { createPlanDigestHandler } from '../handlers/plan-digest.js';
import { createPlanDigestPageHandler } from '../handlers/plan-digest-page.js';
import type { DigestPlanJob } from '../domain/digest/ports.js';
import { createPlanIngestHandler, type FeedJob } from '../handlers/plan-ingest.js';
import { createSendEmailHandler, type SendJob } from '../handlers/send-email.js';
import { DIGEST_PLAN_PAGE_SIZE, deliverySettingsFrom, pacedMailer, sendEmailDeps, type DeliverySettings } from '../wiring/delivery.js';
import { HostPace } from '../domain/press/host-pace.js';
import { pressPageReadingFor } from '../domain/press/ingest-press-page.js';
import { join } from 'node:path';
import { InProcessQueue, type DrainReport } from './in-process-queue.js';
import type { LocalStack } from './local-stack.js';
import { DynamoSearchIndex } from '../adapters/dynamo/search-index.js';
import { indexingStories } from '../domain/search/indexing-stories.js';

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

export function createLocalApp(stack: LocalStack, options: LocalAppOptions) {
  const now = options.now ?? (() => new Date());
  const { tables, dynamo } = stack;
  // Held regions as an operator sets them, so `DIGEST_HELD_REGIONS=hk npm start` waits for an editor too.
  const settings: DeliverySettings = { ...deliverySettingsFrom({ DIGEST_HELD_REGIONS: process.env.DIGEST_HELD_REGIONS, SES_MAX_SEND_RATE: '1000' }), ...options.settings };
  const searchIndex = new DynamoSearchIndex(dynamo, tables.Stories);
  const stories = indexingStories(new DynamoStoryRepository(dynamo, tables.Stories), searchIndex);
  const feedStates = new DynamoFeedStateRepository(dynamo, tables.Feeds);
  const addedFeeds = new DynamoAddedFeedRepository(dynamo, tables.Feeds);
  const subscribers = new DynamoSubscriberRepository(dynamo, tables.Subscribers);
  const editions = new DynamoEditionRepository(dynamo, tables.Editions);
  const deliveries = new DynamoDeliveryRepository(dynamo, tables.Deliveries);
  const watermarks = new DynamoWatermarkStore(dynamo, tables.Editions);
  const editorial = new DynamoEditorialRepository(dynamo, tables.Editorial);
  // On the wall clock, as in a Lambda: `now` may be a simulated news time that never moves.
  const promotedRules = new PromotedRulesCache(editorial);
  const sesMailer = new SesMailer(stack.ses, options.fromAddress ?? 'digest@newsdesk.localhost');
  const mailer = pacedMailer(options.wrapMailer ? options.wrapMailer(sesMailer) : sesMailer, settings.maxSendsPerSecond);
  const deadLetterFile = (queue: string) => (options.deadLetterDirectory ? join(options.deadLetterDirectory, `${queue}.json`) : undefined);
  const feedJobs = new InProcessQueue<FeedJob>('feed-jobs', { batchSize: 5, maxReceiveCount: 3, deadLetterFile: deadLetterFile('feed-jobs') });
  const sendJobs = new InProcessQueue<SendJob>('send-jobs', { batchSize: 10, maxReceiveCount: 5, deadLetterFile: deadLetterFile('send-jobs') });
  const digestPlanJobs = new InProcessQueue<DigestPlanJob>('digest-plan-jobs', {
    batchSize: 1,
    maxReceiveCount: 5,
    deadLetterFile: deadLetterFile('digest-plan-jobs'),
  });
  const reports: FeedIngestReport[] = [];

  const fetcher = new HttpFeedFetcher({ allowLoopback: loopbackFeedsAllowed(), loopbackOrigins: options.loopbackFeedOrigins });
  // One pace and one robots.txt cache for the whole run, so that sources on one host share them.
  const pressPages = pressPageReadingFor({ fetcher }, new HostPace({ minIntervalMs: options.pressPageIntervalMs }));
  const planIngest = createPlanIngestHandler(() => ({ sources: options.sources, addedFeeds, feedStates, feedJobs }), now);
  const fetchFeed = createFetchFeedHandler(
    () => ({
      fetcher,
      pressPages,
      feedStates,
      stories,
      classify: (input) => classifyStory(input, promotedRules.current()),
      refreshRules: () => promotedRules.refresh(),
      now,
    }),
    (report) => {
      reports.push(report);
      options.onFeedReport?.(report);
    },
  );
  const planDigestDeps = (): PlanDigestDeps => ({
    stories,
    editions,
    subscribers,
    sendQueue: sendJobs,
    maxItemsPerEdition: settings.maxItemsPerEdition,
    autoSendRegion: settings.autoSendRegion,
  });
  const planDueDigests = createPlanDigestHandler(
    () => ({ stories, editions, dueSubscribers: subscribers, pausedReaders: subscribers, planQueue: digestPlanJobs, watermarks, maxItemsPerEdition: settings.maxItemsPerEdition }),
    now,
  );
  const planDigestPage = createPlanDigestPageHandler(() => ({
    editions,
    dueSubscribers: subscribers,
    planQueue: digestPlanJobs,
    sendQueue: sendJobs,
    autoSendRegion: settings.autoSendRegion,
    pageSize: DIGEST_PLAN_PAGE_SIZE,
  }));
  const matchAlerts = createMatchAlertsHandler(
    () => ({ stories, listAlertSubscribers: () => subscribers.listAlertSubscribers(), watermarks, sendQueue: sendJobs, settings: settings.alerts }),
    now,
  );
  const sendEmail = createSendEmailHandler(() =>
    sendEmailDeps({
      subscribers,
      stories,
      editions,
      deliveries,
      allowance: new DynamoAlertAllowance(dynamo, tables.Deliveries),
      mailer,
      publicBaseUrl: options.publicBaseUrl,
      subscriberKey: LOCAL_SUBSCRIBER_KEY,
      settings,
      now,
    }),
  );

  return {
    repositories: { stories, searchIndex, feedStates, addedFeeds, subscribers, editions, deliveries, watermarks, editorial },
    settings,
    promotedRules,
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
        planned = await planDigest(planDigestDeps(), now(), { everyone: true });
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
