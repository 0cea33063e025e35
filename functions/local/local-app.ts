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
import { planDigest, type PlanDigestDeps } from '../domain/digest/plan-digest.js';
import type { FeedIngestReport } from '../domain/feeds/ingest-feed.js';
import type { FeedSource } from '../domain/feeds/types.js';
import type { Mailer } from '../domain/ports.js';
import { createFetchFeedHandler } from '../handlers/fetch-feed.js';
import { createMatchAlertsHandler } from '../handlers/match-alerts.js';
import { createPlanDigestHandler } from '../handlers/plan-digest.js';
import { createPlanIngestHandler, type FeedJob } from '../handlers/plan-ingest.js';
import { createSendEmailHandler, type SendJob } from '../handlers/send-email.js';
import { deliverySettingsFrom, pacedMailer, sendEmailDeps, type DeliverySettings } from '../wiring/delivery.js';
import { HostPace } from '../domain/press/host-pace.js';
import { pressPageReadingFor } from '../domain/press/ingest-press-page.js';
import { InProcessQueue } from './in-process-queue.js';
import type { LocalStack } from './local-stack.js';

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
}

export function createLocalApp(stack: LocalStack, options: LocalAppOptions) {
  const now = options.now ?? (() => new Date());
  const { tables, dynamo } = stack;
  // Held regions as an operator sets them, so `DIGEST_HELD_REGIONS=hk npm start` waits for an editor too.
  const settings: DeliverySettings = { ...deliverySettingsFrom({ DIGEST_HELD_REGIONS: process.env.DIGEST_HELD_REGIONS, SES_MAX_SEND_RATE: '1000' }), ...options.settings };
  const stories = new DynamoStoryRepository(dynamo, tables.Stories);
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
  const feedJobs = new InProcessQueue<FeedJob>('feed-jobs', { batchSize: 5, maxReceiveCount: 3 });
  const sendJobs = new InProcessQueue<SendJob>('send-jobs', { batchSize: 10, maxReceiveCount: 5 });
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
    repositories: { stories, feedStates, addedFeeds, subscribers, editions, deliveries, watermarks, editorial },
    settings,
    promotedRules,
    queues: { feedJobs, sendJobs },
    handlers: { planIngest, fetchFeed, matchAlerts, sendEmail },
    /** Plans and runs one ingest round: every due feed, through the feed-jobs queue. */
    async ingest(): Promise<FeedIngestReport[]> {
      reports.length = 0;
      await planIngest();
      await feedJobs.drain(fetchFeed);
      return [...reports];
    },
    /** Plans the digest (for everyone when `everyone`) and sends it through the send-jobs queue. */
    async digest(runOptions: { everyone?: boolean } = {}) {
      const planned = runOptions.everyone
        ? await planDigest(planDigestDeps(), now(), { everyone: true })
        : await createPlanDigestHandler(planDigestDeps, now)();
      const drained = await sendJobs.drain(sendEmail);
      return { planned, drained, deadLetters: sendJobs.deadLetters.length };
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
