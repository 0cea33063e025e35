/**
 * Composition of the delivery Lambdas: plan-digest, plan-digest-page, match-alerts and
 * send-email. Each has a `compose…` that takes SDK clients, table names, queues and settings
 * (what the local stack calls with its own), and a `…FromEnvironment` the Lambda calls at cold
 * start.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { dynamoClient, sqsClient } from '../adapters/aws-clients.js';
import { sesClient } from '../adapters/ses/ses-client.js';
import { SesMailer } from '../adapters/ses/ses-mailer.js';
import { DynamoAlertAllowance } from '../adapters/dynamo/alert-allowance.js';
import { DynamoDeliveryRepository } from '../adapters/dynamo/delivery-repository.js';
import { DynamoEditionRepository } from '../adapters/dynamo/edition-repository.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo/subscriber-repository.js';
import { DynamoWatermarkStore } from '../adapters/dynamo/watermark-store.js';
import { SqsJobQueue } from '../adapters/queue/sqs-job-queue.js';
import { digestEmails } from '../web/email/digest-email.js';
import { ENV, requireEnv } from '../config/env.js';
import { loadSubscriberHashKey } from '../config/subscriber-key.js';
import type { MatchAlertsDeps } from '../domain/alerts/match-alerts.js';
import { deliverySettingsFrom, type DeliverySettings } from './delivery-settings.js';
import type { AlertSendJob, AlertStoryReader } from '../domain/alerts/ports.js';
import type { SendAlertDeps } from '../domain/alerts/send-alert.js';
import type { RecipientAddressing } from '../domain/digest/deliver-once.js';
import { DEFAULT_RETRY_POLICY, RateLimitedMailer, RetryingMailer, type RetryPolicy } from '../domain/digest/mail-pacing.js';
import type { PlanDigestDeps } from '../domain/digest/plan-digest.js';
import type { PlanDigestPageDeps, PlanDueDigestsDeps } from '../domain/digest/plan-due-digests.js';
import type { DigestPlanJob, DigestSendJob } from '../domain/digest/ports.js';
import type { SendDigestDeps } from '../domain/digest/send-digest.js';
import type { JobQueue, Mailer } from '../domain/ports.js';
import { buildSubscriberLinks, listUnsubscribeHeaders } from '../domain/subscriptions/links.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import { tableNamesFromEnvironment, type AwsClients, type TableNames } from './inputs.js';
import { mailSettingsFromEnvironment, type MailSettings } from './mail.js';

/** The one sender's dependencies: a digest sender and an alert sender over the same stores. */
export interface SendEmailDeps {
  readonly digest: SendDigestDeps;
  readonly alert: SendAlertDeps;
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
    emails: digestEmails,
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

/** Readers per planning page: a page's send jobs go out in well under a worker's timeout. */
export const DIGEST_PLAN_PAGE_SIZE = 1_000;

export interface SendEmailInputs {
  readonly clients: AwsClients;
  readonly tables: Pick<TableNames, 'stories' | 'editions' | 'subscribers' | 'deliveries'>;
  readonly config: {
    readonly settings: DeliverySettings;
    readonly mail: MailSettings;
    readonly publicBaseUrl: string;
    /** Signs the links in each email. */
    readonly subscriberKey: string;
    /** @default () => new Date() */
    readonly now?: () => Date;
  };
  /** Wraps the SES mailer before it is paced, e.g. with one that injects faults. */
  readonly wrapMailer?: (mailer: Mailer) => Mailer;
}

export function composeSendEmail({ clients, tables, config, wrapMailer }: SendEmailInputs): SendEmailDeps {
  const sesMailer = new SesMailer(clients.ses, config.mail.fromAddress, config.mail.configurationSet);
  return sendEmailDeps({
    subscribers: new DynamoSubscriberRepository(clients.dynamo, tables.subscribers),
    stories: new DynamoStoryRepository(clients.dynamo, tables.stories),
    editions: new DynamoEditionRepository(clients.dynamo, tables.editions),
    deliveries: new DynamoDeliveryRepository(clients.dynamo, tables.deliveries),
    allowance: new DynamoAlertAllowance(clients.dynamo, tables.deliveries),
    mailer: pacedMailer(wrapMailer ? wrapMailer(sesMailer) : sesMailer, config.settings.maxSendsPerSecond),
    publicBaseUrl: config.publicBaseUrl,
    subscriberKey: config.subscriberKey,
    settings: config.settings,
    now: config.now ?? (() => new Date()),
  });
}

interface PlanningInputs<Tables extends keyof TableNames, Queues> {
  readonly clients: { readonly dynamo: DynamoDBClient };
  readonly tables: Pick<TableNames, Tables>;
  /** SQS in the cloud, in-process queues locally. */
  readonly queues: Queues;
  readonly config: { readonly settings: Pick<DeliverySettings, 'maxItemsPerEdition' | 'autoSendRegion' | 'alerts'> };
}

export type PlanDigestInputs = PlanningInputs<'stories' | 'editions' | 'subscribers', { readonly digestPlanJobs: JobQueue<DigestPlanJob> }>;

/** The hourly planner: this week's editions, and the digest slots now due onto the planning queue. */
export function composePlanDigest({ clients, tables, queues, config }: PlanDigestInputs): PlanDueDigestsDeps {
  const subscribers = new DynamoSubscriberRepository(clients.dynamo, tables.subscribers);
  return {
    stories: new DynamoStoryRepository(clients.dynamo, tables.stories),
    editions: new DynamoEditionRepository(clients.dynamo, tables.editions),
    dueSubscribers: subscribers,
    // Readers whose dated pause ended are brought back by the planner.
    pausedReaders: subscribers,
    planQueue: queues.digestPlanJobs,
    watermarks: new DynamoWatermarkStore(clients.dynamo, tables.editions),
    maxItemsPerEdition: config.settings.maxItemsPerEdition,
  };
}

export type PlanDigestPageInputs = PlanningInputs<
  'editions' | 'subscribers',
  { readonly digestPlanJobs: JobQueue<DigestPlanJob>; readonly sendJobs: JobQueue<DigestSendJob> }
>;

export function composePlanDigestPage({ clients, tables, queues, config }: PlanDigestPageInputs): PlanDigestPageDeps {
  return {
    editions: new DynamoEditionRepository(clients.dynamo, tables.editions),
    dueSubscribers: new DynamoSubscriberRepository(clients.dynamo, tables.subscribers),
    planQueue: queues.digestPlanJobs,
    sendQueue: queues.sendJobs,
    autoSendRegion: config.settings.autoSendRegion,
    pageSize: DIGEST_PLAN_PAGE_SIZE,
  };
}

export type WholeTablePlanDigestInputs = PlanningInputs<'stories' | 'editions' | 'subscribers', { readonly sendJobs: JobQueue<DigestSendJob> }>;

/** The planner that reads every subscriber at once: kept for `newsdesk digest --everyone` on the local stack. */
export function composeWholeTablePlanDigest({ clients, tables, queues, config }: WholeTablePlanDigestInputs): PlanDigestDeps {
  return {
    stories: new DynamoStoryRepository(clients.dynamo, tables.stories),
    editions: new DynamoEditionRepository(clients.dynamo, tables.editions),
    subscribers: new DynamoSubscriberRepository(clients.dynamo, tables.subscribers),
    sendQueue: queues.sendJobs,
    maxItemsPerEdition: config.settings.maxItemsPerEdition,
    autoSendRegion: config.settings.autoSendRegion,
  };
}

export type MatchAlertsInputs = PlanningInputs<'stories' | 'editions' | 'subscribers', { readonly sendJobs: JobQueue<AlertSendJob> }>;

export function composeMatchAlerts({ clients, tables, queues, config }: MatchAlertsInputs): MatchAlertsDeps {
  const subscribers = new DynamoSubscriberRepository(clients.dynamo, tables.subscribers);
  return {
    stories: new DynamoStoryRepository(clients.dynamo, tables.stories),
    listAlertSubscribers: () => subscribers.listAlertSubscribers(),
    watermarks: new DynamoWatermarkStore(clients.dynamo, tables.editions),
    sendQueue: queues.sendJobs,
    settings: config.settings.alerts,
  };
}

export async function sendEmailFromEnvironment(env: NodeJS.ProcessEnv = process.env): Promise<SendEmailDeps> {
  return composeSendEmail({
    clients: { dynamo: dynamoClient(), ses: sesClient() },
    tables: tableNamesFromEnvironment(['stories', 'editions', 'subscribers', 'deliveries'], env),
    config: {
      settings: deliverySettingsFrom(env),
      mail: mailSettingsFromEnvironment(env),
      publicBaseUrl: requireEnv(ENV.publicBaseUrl, env),
      subscriberKey: await loadSubscriberHashKey(env),
    },
  });
}

export function planDigestFromEnvironment(env: NodeJS.ProcessEnv = process.env): PlanDueDigestsDeps {
  return composePlanDigest({
    clients: { dynamo: dynamoClient() },
    tables: tableNamesFromEnvironment(['stories', 'editions', 'subscribers'], env),
    queues: { digestPlanJobs: new SqsJobQueue<DigestPlanJob>(sqsClient(), requireEnv(ENV.digestPlanQueueUrl, env)) },
    config: { settings: deliverySettingsFrom(env) },
  });
}

export function planDigestPageFromEnvironment(env: NodeJS.ProcessEnv = process.env): PlanDigestPageDeps {
  return composePlanDigestPage({
    clients: { dynamo: dynamoClient() },
    tables: tableNamesFromEnvironment(['editions', 'subscribers'], env),
    queues: {
      digestPlanJobs: new SqsJobQueue<DigestPlanJob>(sqsClient(), requireEnv(ENV.digestPlanQueueUrl, env)),
      sendJobs: new SqsJobQueue<DigestSendJob>(sqsClient(), requireEnv(ENV.sendJobsQueueUrl, env)),
    },
    config: { settings: deliverySettingsFrom(env) },
  });
}

export function matchAlertsFromEnvironment(env: NodeJS.ProcessEnv = process.env): MatchAlertsDeps {
  return composeMatchAlerts({
    clients: { dynamo: dynamoClient() },
    tables: tableNamesFromEnvironment(['stories', 'editions', 'subscribers'], env),
    queues: { sendJobs: new SqsJobQueue<AlertSendJob>(sqsClient(), requireEnv(ENV.sendJobsQueueUrl, env)) },
    config: { settings: deliverySettingsFrom(env) },
  });
}
