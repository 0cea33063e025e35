/**
 * Composition from the environment: what each Lambda's `handler` builds at cold start. Local
 * tools build the same dependencies with their own clients and queues instead.
 */
import { DynamoDeliveryRepository } from '../adapters/dynamo/delivery-repository.js';
import { DynamoEditionRepository } from '../adapters/dynamo/edition-repository.js';
import { DynamoStoryRepository } from '../adapters/dynamo/story-repository.js';
import { DynamoSubscriberRepository } from '../adapters/dynamo/subscriber-repository.js';
import { dynamoClient, sesClient, sqsClient } from '../adapters/aws-clients.js';
import { SqsJobQueue } from '../adapters/queue/sqs-job-queue.js';
import { SesMailer } from '../adapters/ses/ses-mailer.js';
import { ENV, optionalEnv, requireEnv } from '../config/env.js';
import type { PlanDigestDeps } from '../domain/digest/plan-digest.js';
import type { DigestSendJob } from '../domain/digest/ports.js';
import type { RecipientAddressing, SendDigestDeps } from '../domain/digest/send-digest.js';
import type { Subscriber } from '../domain/subscriptions/types.js';
import { buildSubscriberLinks, listUnsubscribeHeaders } from '../domain/subscriptions/links.js';

/** Digest settings that an operator may change without a deploy of code. */
export interface DigestSettings {
  readonly maxItemsPerEdition: number;
  readonly autoSendRegion: (regionId: string) => boolean;
}

export function digestSettingsFrom(env: NodeJS.ProcessEnv = process.env): DigestSettings {
  const held = new Set((optionalEnv(ENV.digestHeldRegions, env) ?? '').split(',').map((r) => r.trim()).filter(Boolean));
  const maxItems = Number(optionalEnv(ENV.maxItemsPerEdition, env) ?? 10);
  if (!Number.isInteger(maxItems) || maxItems < 1) throw new RangeError(`${ENV.maxItemsPerEdition} must be a positive whole number`);
  return { maxItemsPerEdition: maxItems, autoSendRegion: (regionId) => !held.has(regionId) };
}

/** Per-recipient links and List-Unsubscribe headers, signed with the subscriber key. */
export function addressingWith(publicBaseUrl: string, key: string): (subscriber: Subscriber) => RecipientAddressing {
  return (subscriber) => {
    const links = buildSubscriberLinks(publicBaseUrl, subscriber.subscriberId, key);
    return { links, headers: listUnsubscribeHeaders(links) };
  };
}

export function listIdFor(publicBaseUrl: string): string {
  return `Newsdesk weekly digest <digest.${new URL(publicBaseUrl).hostname}>`;
}

export function planDigestDepsFromEnvironment(): PlanDigestDeps {
  const client = dynamoClient();
  return {
    stories: new DynamoStoryRepository(client, requireEnv(ENV.storiesTable)),
    editions: new DynamoEditionRepository(client, requireEnv(ENV.editionsTable)),
    subscribers: new DynamoSubscriberRepository(client, requireEnv(ENV.subscribersTable)),
    sendQueue: new SqsJobQueue<DigestSendJob>(sqsClient(), requireEnv(ENV.sendJobsQueueUrl)),
    ...digestSettingsFrom(),
  };
}

export function deliveryDepsFromEnvironment(): SendDigestDeps {
  const client = dynamoClient();
  const publicBaseUrl = requireEnv(ENV.publicBaseUrl);
  const subscribers = new DynamoSubscriberRepository(client, requireEnv(ENV.subscribersTable));
  return {
    subscribers,
    editions: new DynamoEditionRepository(client, requireEnv(ENV.editionsTable)),
    deliveries: new DynamoDeliveryRepository(client, requireEnv(ENV.deliveriesTable)),
    mailer: new SesMailer(sesClient(), requireEnv(ENV.fromAddress), optionalEnv(ENV.configurationSet)),
    publicBaseUrl,
    listId: listIdFor(publicBaseUrl),
    addressingFor: addressingWith(publicBaseUrl, requireEnv(ENV.subscriberHashKey)),
    autoSendRegion: digestSettingsFrom().autoSendRegion,
    isSuppressed: (subscriber) => subscribers.isSuppressed(subscriber.subscriberId),
    leaseSeconds: 300,
    now: () => new Date(),
  };
}
