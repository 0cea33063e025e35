import type { Edition, EditionStatus } from './edition.js';
import type { OutgoingEmail } from '../ports.js';
import type { DigestEmailView, RecipientLinks, RenderedDigest } from './digest-view.js';

export interface EditionRepository {
  getEdition(editionId: string): Promise<Edition | undefined>;
  /** Stores a new edition unless one exists; returns whichever edition now stands. */
  createEdition(edition: Edition): Promise<Edition>;
  /** Moves an edition on, only from the status the caller saw. Returns false if it had moved. */
  moveEdition(editionId: string, from: EditionStatus, to: EditionStatus): Promise<boolean>;
  /**
   * Writes the whole edition only if it still stands as the writer saw it: the same version
   * (0 for an edition never curated, or not stored yet) and the same status (undefined: not
   * stored yet). Returns false, writing nothing, when another change came first.
   */
  saveEdition(edition: Edition, seen: SeenEdition): Promise<boolean>;
  /** A region's editions, newest week first. */
  listRegionEditions(regionId: string, limit: number): Promise<Edition[]>;
  /**
   * Notes that readers of a digest slot were due while this edition waited for an editor, so
   * they are planned again once it is approved. Adding a slot twice keeps it once.
   */
  holdSlot(editionId: string, slot: string): Promise<void>;
  /** The slots held for an edition, in no particular order. */
  heldSlots(editionId: string): Promise<string[]>;
  /** Forgets slots once they are queued again. */
  releaseSlots(editionId: string, slots: readonly string[]): Promise<void>;
}

export interface SeenEdition {
  readonly version: number;
  readonly status: EditionStatus | undefined;
}

/** A delivery's id and whose it is (kept on the item, so a subscriber's deliveries can be found and erased). */
export interface DeliveryKey {
  readonly deliveryId: string;
  readonly subscriberId: string;
}

export type ClaimOutcome = 'claimed' | 'already-sent' | 'in-flight' | 'permanently-failed';

/** One delivery (a week's digest to one subscriber): the claim that makes it happen once. */
export interface DeliveryRepository {
  /**
   * Claims the delivery before anything is sent. A claim is taken when none exists, when an
   * earlier attempt failed retryably, or when an earlier claim's lease expired without a
   * message id (its worker crashed between claiming and sending).
   */
  claimDelivery(delivery: DeliveryKey, now: Date, leaseSeconds: number): Promise<ClaimOutcome>;
  recordSent(deliveryId: string, messageId: string, now: Date): Promise<void>;
  recordFailure(deliveryId: string, reason: string, permanent: boolean, now: Date): Promise<void>;
}

export interface DigestSendJob {
  readonly kind: 'digest';
  readonly week: string;
  readonly subscriberId: string;
}

/** One page of one due slot's subscribers, for a planning worker; `after` resumes a slot. */
export interface DigestPlanJob {
  readonly kind: 'digest-plan';
  readonly slot: string;
  readonly week: string;
  readonly after?: string;
}

/** What planning needs of a due subscriber: who, and which regions' editions they read. */
export interface DueSubscriber {
  readonly subscriberId: string;
  readonly regions: readonly string[];
}

export interface DueSubscriberPage {
  readonly subscribers: readonly DueSubscriber[];
  /** Where the next page starts; absent on the slot's last page. */
  readonly next?: string;
}

/** The subscribers indexed under a digest slot, a page at a time, in a stable order. */
export interface DueSubscriberIndex {
  listDueSubscribers(slot: string, page: { after?: string; limit: number }): Promise<DueSubscriberPage>;
}

/** How digest and alert emails are rendered: once per segment, then per recipient. */
export interface DigestEmails {
  render(view: DigestEmailView): RenderedDigest;
  /** Fills one recipient's links into a segment's rendering. */
  personalise(rendered: RenderedDigest, links: RecipientLinks): Pick<OutgoingEmail, 'subject' | 'html' | 'text'>;
}
