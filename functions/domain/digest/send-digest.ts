import type { SubscriberRepository } from '../subscriptions/ports.js';
import type { Subscriber } from '../subscriptions/types.js';
import { editionIdFor } from './edition-id.js';
import type { Edition } from './edition.js';
import { assembleDigest, segmentKeyFor } from './personal-digest.js';
import { deliverOnce, type DeliveryDeps, type SendOutcome } from './deliver-once.js';
import type { DigestSendJob, EditionRepository } from './ports.js';
import { isSendable } from './plan-digest.js';
import { digestEmailView, type RenderedDigest } from './digest-view.js';
import { languageOf } from '../../i18n/languages.js';
import { loadMessages } from '../../i18n/messages.js';

export interface SendDigestDeps extends DeliveryDeps {
  readonly subscribers: SubscriberRepository;
  readonly editions: EditionRepository;
  readonly publicBaseUrl: string;
  readonly autoSendRegion: (regionId: string) => boolean;
  /** True when the address must never be mailed (erased, bounced, complained). */
  readonly isSuppressed: (subscriber: Subscriber) => Promise<boolean>;
}

export type { RecipientAddressing, SendOutcome } from './deliver-once.js';

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
    const key = `${week}|${segmentKeyFor(subscriber.regions, subscriber.topics)}|${languageOf(subscriber)}`;
    if (!renders.has(key)) {
      // Loaded before anything is rendered: a catalogue that fails to load fails the job, which is retried.
      const messages = await loadMessages(languageOf(subscriber));
      const editions = (await Promise.all(subscriber.regions.map((r) => readEdition(editionIdFor(r, week))))).filter(
        (e): e is Edition => e !== undefined && isSendable(e, deps.autoSendRegion),
      );
      renders.set(
        key,
        editions.length
          ? deps.emails.render(digestEmailView(assembleDigest(week, editions, subscriber.topics), { publicBaseUrl: deps.publicBaseUrl, messages }))
          : null,
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

    return deliverOnce(deps, subscriber, deliveryIdFor(job), rendered);
  };
}
