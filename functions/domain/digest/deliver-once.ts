import { PermanentSendError } from '../errors.js';
import type { Mailer } from '../ports.js';
import type { Subscriber } from '../subscriptions/types.js';
import type { DeliveryRepository, DigestEmails } from './ports.js';
import type { RecipientLinks, RenderedDigest } from './digest-view.js';

export interface RecipientAddressing {
  readonly links: RecipientLinks;
  /** List-Unsubscribe, List-Unsubscribe-Post and the like, per recipient. */
  readonly headers: Readonly<Record<string, string>>;
}

/** What every sender needs to get one email to one subscriber exactly once. */
export interface DeliveryDeps {
  readonly deliveries: DeliveryRepository;
  readonly mailer: Mailer;
  /** Renders each segment's email from its view, and fills in each recipient's links. */
  readonly emails: DigestEmails;
  readonly listId: string;
  readonly addressingFor: (subscriber: Subscriber) => RecipientAddressing;
  /** How long a claim protects a send in progress before another worker may take it over. */
  readonly leaseSeconds: number;
  readonly now: () => Date;
}

export type SendOutcome = 'sent' | 'already-sent' | 'in-flight' | 'not-subscribed' | 'nothing-to-send' | 'failed-permanently' | 'over-daily-limit';

/**
 * Claims the delivery, sends, and records the message id. A retryable failure releases the
 * claim and rethrows so the queue retries; a permanent one is recorded and not retried.
 * `beforeSend` runs once the claim is held (e.g. to take a daily allowance) and may veto.
 */
export async function deliverOnce(
  deps: DeliveryDeps,
  subscriber: Subscriber,
  deliveryId: string,
  rendered: RenderedDigest,
  beforeSend?: () => Promise<boolean>,
): Promise<SendOutcome> {
  const claim = await deps.deliveries.claimDelivery({ deliveryId, subscriberId: subscriber.subscriberId }, deps.now(), deps.leaseSeconds);
  if (claim === 'already-sent' || claim === 'in-flight') return claim;
  if (claim === 'permanently-failed') return 'failed-permanently';
  if (beforeSend && !(await beforeSend())) {
    await deps.deliveries.recordFailure(deliveryId, 'over the daily alert limit', true, deps.now());
    return 'over-daily-limit';
  }

  const addressing = deps.addressingFor(subscriber);
  const content = deps.emails.personalise(rendered, addressing.links);
  try {
    const messageId = await deps.mailer.send({ to: subscriber.email, ...content, headers: { ...addressing.headers, 'List-Id': deps.listId } });
    await deps.deliveries.recordSent(deliveryId, messageId, deps.now());
    return 'sent';
  } catch (error) {
    const permanent = error instanceof PermanentSendError;
    await deps.deliveries.recordFailure(deliveryId, error instanceof Error ? error.message : String(error), permanent, deps.now());
    if (permanent) return 'failed-permanently';
    throw error;
  }
}
