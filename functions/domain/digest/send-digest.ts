import { PermanentSendError } from '../errors.js';
import type { Mailer } from '../ports.js';
import type { Subscriber, SubscriberRepository } from '../subscriptions/types.js';
import { editionIdFor, type Edition } from './edition.js';
import { assembleDigest, segmentKeyFor } from './personal-digest.js';
import type { DeliveryRepository, DigestSendJob, EditionRepository } from './ports.js';
import { isSendable } from './plan-digest.js';
import { personalise, renderDigest, type RecipientLinks, type RenderedDigest } from './render-digest.js';

export interface RecipientAddressing {
  readonly links: RecipientLinks;
  /** List-Unsubscribe, List-Unsubscribe-Post and the like, per recipient. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface SendDigestDeps {
  readonly subscribers: SubscriberRepository;
  readonly editions: EditionRepository;
  readonly deliveries: DeliveryRepository;
  readonly mailer: Mailer;
  readonly publicBaseUrl: string;
  readonly listId: string;
  readonly addressingFor: (subscriber: Subscriber) => RecipientAddressing;
  readonly autoSendRegion: (regionId: string) => boolean;
  /** True when the address must never be mailed (erased, bounced, complained). */
  readonly isSuppressed: (subscriber: Subscriber) => Promise<boolean>;
  /** How long a claim protects a send in progress before another worker may take it over. */
  readonly leaseSeconds: number;
  readonly now: () => Date;
}

export type SendOutcome = 'sent' | 'already-sent' | 'in-flight' | 'not-subscribed' | 'nothing-to-send' | 'failed-permanently';

export function deliveryIdFor(job: DigestSendJob): string {
  return `digest#${job.week}#${job.subscriberId}`;
}

/**
 * A sender for one batch of jobs: editions are read once and each segment (same regions and
 * topics) is rendered once, then personalised per recipient.
 */
export function createDigestSender(deps: SendDigestDeps) {
  const editionReads = new Map<string, Promise<Edition | undefined>>();
  const renders = new Map<string, RenderedDigest | null>();
  const readEdition = (editionId: string) => {
    let pending = editionReads.get(editionId);
    if (!pending) editionReads.set(editionId, (pending = deps.editions.getEdition(editionId)));
    return pending;
  };

  async function renderFor(subscriber: Subscriber, week: string): Promise<RenderedDigest | null> {
    const key = `${week}|${segmentKeyFor(subscriber.regions, subscriber.topics)}`;
    if (!renders.has(key)) {
      const editions = (await Promise.all(subscriber.regions.map((r) => readEdition(editionIdFor(r, week))))).filter(
        (e): e is Edition => e !== undefined && isSendable(e, deps.autoSendRegion),
      );
      renders.set(
        key,
        editions.length ? renderDigest(assembleDigest(week, editions, subscriber.topics), { publicBaseUrl: deps.publicBaseUrl }) : null,
      );
    }
    return renders.get(key) ?? null;
  }

  return async function sendDigest(job: DigestSendJob): Promise<SendOutcome> {
    const subscriber = await deps.subscribers.getSubscriber(job.subscriberId);
    if (!subscriber || subscriber.status !== 'confirmed' || subscriber.paused || (await deps.isSuppressed(subscriber))) {
      return 'not-subscribed';
    }
    const rendered = await renderFor(subscriber, job.week);
    if (!rendered) return 'nothing-to-send';

    const deliveryId = deliveryIdFor(job);
    const claim = await deps.deliveries.claimDelivery({ deliveryId, subscriberId: subscriber.subscriberId }, deps.now(), deps.leaseSeconds);
    if (claim === 'already-sent' || claim === 'in-flight') return claim;
    if (claim === 'permanently-failed') return 'failed-permanently';

    const addressing = deps.addressingFor(subscriber);
    const content = personalise(rendered, addressing.links);
    try {
      const messageId = await deps.mailer.send({
        to: subscriber.email,
        ...content,
        headers: { ...addressing.headers, 'List-Id': deps.listId },
      });
      await deps.deliveries.recordSent(deliveryId, messageId, deps.now());
      return 'sent';
    } catch (error) {
      const permanent = error instanceof PermanentSendError;
      await deps.deliveries.recordFailure(deliveryId, error instanceof Error ? error.message : String(error), permanent, deps.now());
      if (permanent) return 'failed-permanently';
      throw error;
    }
  };
}
