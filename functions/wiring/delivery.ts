/**
 * Composition from the environment: what each delivery Lambda's `handler` builds at cold start.
 * Local tools build the same dependencies with their own clients and queues instead.
 */
import { DynamoAlertAllowance } from '../adapters/dynamo/alert-allowance.js';
import { DynamoDeliveryRepository } from '../adapters/dynamo/delivery-repository.js';
import { DynamoEditionRepository } from '../adapters/dynamo/edition-repository.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo/subscriber-repository.js';
import { DynamoWatermarkStore } from '../adapters/dynamo/watermark-store.js';
import { dynamoClient, sesClient, sqsClient } from '../adapters/aws-clients.js';
import { SqsJobQueue } from '../adapters/queue/sqs-job-queue.js';
import { SesMailer } from '../adapters/ses/ses-mailer.js';
import { ENV, optionalEnv, requireEnv } from '../config/env.js';
import { loadSubscriberHashKey } from '../config/subscriber-key.js';
import { DEFAULT_ALERT_SETTINGS, type AlertSettings, type AlertStoryReader, type MatchAlertsDeps } from '../domain/alerts/match-alerts.js';
import type { AlertSendJob } from '../domain/alerts/ports.js';
import type { RecipientAddressing } from '../domain/digest/deliver-once.js';
import { DEFAULT_RETRY_POLICY, RateLimitedMailer, RetryingMailer, type RetryPolicy } from '../domain/digest/mail-pacing.js';
import type { PlanDigestPageDeps, PlanDueDigestsDeps } from '../domain/digest/plan-due-digests.js';
import type { DigestPlanJob, DigestSendJob } from '../domain/digest/ports.js';
import type { Mailer } from '../domain/ports.js';
import { buildSubscriberLinks, listUnsubscribeHeaders } from '../domain/subscriptions/links.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import type { SendEmailDeps } from '../handlers/send-email.js';

/** Digest and alert settings that an operator may change without a code change. */
export interface DeliverySettings {
  readonly maxItemsPerEdition: number;
  readonly autoSendRegion: (regionId: string) => boolean;
  readonly alerts: AlertSettings;
  readonly maxSendsPerSecond: number;
}

function numberFrom(env: NodeJS.ProcessEnv, name: Parameters<typeof optionalEnv>[0], fallback: number, valid: (n: number) => boolean): number {
  const raw = optionalEnv(name, env);
  const value = raw === undefined ? fallback : Number(raw);
  if (!Number.isFinite(value) || !valid(value)) throw new RangeError(`${name} is ${raw}, which is not a valid setting`);
  return value;
}

export function deliverySettingsFrom(env: NodeJS.ProcessEnv = process.env): DeliverySettings {
  const held = new Set((optionalEnv(ENV.digestHeldRegions, env) ?? '').split(',').map((r) => r.trim()).filter(Boolean));
  return {
    maxItemsPerEdition: numberFrom(env, ENV.maxItemsPerEdition, 10, (n) => Number.isInteger(n) && n > 0),
    autoSendRegion: (regionId) => !held.has(regionId),
    alerts: {
      ...DEFAULT_ALERT_SETTINGS,
      minScore: numberFrom(env, ENV.alertMinScore, DEFAULT_ALERT_SETTINGS.minScore, (n) => n >= 0 && n <= 1),
      maxAlertsPerDay: numberFrom(env, ENV.alertMaxPerDay, DEFAULT_ALERT_SETTINGS.maxAlertsPerDay, (n) => Number.isInteger(n) && n > 0),
    },
    // SES sandbox accounts start at one email a second.
    maxSendsPerSecond: numberFrom(env, ENV.sesMaxSendRate, 1, (n) => n > 0),
  };
}

/** Per-recipient links and List-Unsubscribe headers, signed with the subscriber key. */
export function addressingWith(publicBaseUrl: string, key: string): (subscriber: Subscriber) => RecipientAddressing {
  return (subscriber) => {
    const links = buildSubscriberLinks(publicBaseUrl, subscriber.subscriberId, key);
    return { links, headers: listUnsubscribeHeaders(links) };
  };
}

export function listIdFor(publicBaseUrl: string): string {
  return `Newsdesk <newsdesk.${new URL(publicBaseUrl).hostname}>`;
}

/** Throttled sends are retried in place, at a pace that stays under the account's rate. */
export function pacedMailer(mailer: Mailer, maxSendsPerSecond: number, retry: RetryPolicy = DEFAULT_RETRY_POLICY): Mailer {
  return new RetryingMailer(new RateLimitedMailer(mailer, maxSendsPerSecond), retry);
}

export interface SendEmailParts {
  readonly subscribers: DynamoSubscriberRepository;
  readonly stories: AlertStoryReader;
  readonly editions: DynamoEditionRepository;
  readonly deliveries: DynamoDeliveryRepository;
  readonly allowance: DynamoAlertAllowance;
  readonly mailer: Mailer;
  readonly publicBaseUrl: string;
  readonly subscriberKey: string;
  readonly settings: DeliverySettings;
  readonly now: () => Date;
}

/** The sender's dependencies from its parts: shared by the Lambda and the local stack. */
export function sendEmailDeps(parts: SendEmailParts): SendEmailDeps {
  const common = {
    subscribers: parts.subscribers,
    deliveries: parts.deliveries,
    mailer: parts.mailer,
    publicBaseUrl: parts.publicBaseUrl,
    listId: listIdFor(parts.publicBaseUrl),
    addressingFor: addressingWith(parts.publicBaseUrl, parts.subscriberKey),
    isSuppressed: (subscriber: Subscriber) => parts.subscribers.isSuppressed(subscriber.subscriberId),
    leaseSeconds: 300,
    now: parts.now,
  };
  return {
    digest: { ...common, editions: parts.editions, autoSendRegion: parts.settings.autoSendRegion },
    alert: { ...common, stories: parts.stories, allowance: parts.allowance, settings: parts.settings.alerts },
  };
}

export async function sendEmailDepsFromEnvironment(): Promise<SendEmailDeps> {
  const client = dynamoClient();
  const settings = deliverySettingsFrom();
  return sendEmailDeps({
    subscribers: new DynamoSubscriberRepository(client, requireEnv(ENV.subscribersTable)),
    stories: new DynamoStoryRepository(client, requireEnv(ENV.storiesTable)),
    editions: new DynamoEditionRepository(client, requireEnv(ENV.editionsTable)),
    deliveries: new DynamoDeliveryRepository(client, requireEnv(ENV.deliveriesTable)),
    allowance: new DynamoAlertAllowance(client, requireEnv(ENV.deliveriesTable)),
    mailer: pacedMailer(new SesMailer(sesClient(), requireEnv(ENV.fromAddress), optionalEnv(ENV.configurationSet)), settings.maxSendsPerSecond),
    publicBaseUrl: requireEnv(ENV.publicBaseUrl),
    subscriberKey: await loadSubscriberHashKey(),
    settings,
    now: () => new Date(),
  });
}

/** Readers per planning page: a page's send jobs go out in well under a worker's timeout. */
export const DIGEST_PLAN_PAGE_SIZE = 1_000;

export function planDigestDepsFromEnvironment(): PlanDueDigestsDeps {
  const client = dynamoClient();
  const subscribers = new DynamoSubscriberRepository(client, requireEnv(ENV.subscribersTable));
  return {
    stories: new DynamoStoryRepository(client, requireEnv(ENV.storiesTable)),
    editions: new DynamoEditionRepository(client, requireEnv(ENV.editionsTable)),
    dueSubscribers: subscribers,
    // Readers whose dated pause ended are brought back by the planner.
    pausedReaders: subscribers,
    planQueue: new SqsJobQueue<DigestPlanJob>(sqsClient(), requireEnv(ENV.digestPlanQueueUrl)),
    watermarks: new DynamoWatermarkStore(client, requireEnv(ENV.editionsTable)),
    maxItemsPerEdition: deliverySettingsFrom().maxItemsPerEdition,
  };
}

export function planDigestPageDepsFromEnvironment(): PlanDigestPageDeps {
  const client = dynamoClient();
  return {
    editions: new DynamoEditionRepository(client, requireEnv(ENV.editionsTable)),
    dueSubscribers: new DynamoSubscriberRepository(client, requireEnv(ENV.subscribersTable)),
    planQueue: new SqsJobQueue<DigestPlanJob>(sqsClient(), requireEnv(ENV.digestPlanQueueUrl)),
    sendQueue: new SqsJobQueue<DigestSendJob>(sqsClient(), requireEnv(ENV.sendJobsQueueUrl)),
    autoSendRegion: deliverySettingsFrom().autoSendRegion,
    pageSize: DIGEST_PLAN_PAGE_SIZE,
  };
}

export function matchAlertsDepsFromEnvironment(): MatchAlertsDeps {
  const client = dynamoClient();
  const subscribers = new DynamoSubscriberRepository(client, requireEnv(ENV.subscribersTable));
  return {
    stories: new DynamoStoryRepository(client, requireEnv(ENV.storiesTable)),
    listAlertSubscribers: () => subscribers.listAlertSubscribers(),
    watermarks: new DynamoWatermarkStore(client, requireEnv(ENV.editionsTable)),
    sendQueue: new SqsJobQueue<AlertSendJob>(sqsClient(), requireEnv(ENV.sendJobsQueueUrl)),
    settings: deliverySettingsFrom().alerts,
  };
}
