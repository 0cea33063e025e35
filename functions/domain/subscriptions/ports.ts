/** What the subscription domain needs from storage and mail; adapters implement these. */
import type { Language } from '../../i18n/languages.js';
import type { Subscriber, SuppressionEntry } from './types.js';

export interface SubscriberRepository {
  getSubscriber(subscriberId: string): Promise<Subscriber | undefined>;
  /** Unconditional write, for seeding and tests; the sign-up flow uses conditional writes. */
  putSubscriber(subscriber: Subscriber): Promise<void>;
  /** Every confirmed, unpaused, unsuppressed subscriber who wants the weekly digest. */
  listDigestSubscribers(): Promise<Subscriber[]>;
}

/** The version the caller read: absent, or the record's `version` (0 when it has none). */
export type ExpectedVersion = { readonly absent: true } | { readonly absent?: false; readonly version: number };

export interface SubscriptionStore extends SubscriberRepository {
  /**
   * Writes the whole record, bumping its version, only if the stored record is still the one
   * the caller read. Returns false, writing nothing, when another write came first.
   */
  saveSubscriber(subscriber: Subscriber, expected: ExpectedVersion): Promise<boolean>;
  deleteSubscriber(subscriberId: string): Promise<void>;
}

export interface SuppressionList {
  isSuppressed(subscriberId: string): Promise<boolean>;
  getSuppression(subscriberId: string): Promise<SuppressionEntry | undefined>;
  /** Adds or replaces the entry; idempotent. */
  suppress(entry: SuppressionEntry): Promise<void>;
  /** Removes the entry if there is one; only a confirmed sign-up calls this. */
  lift(subscriberId: string): Promise<void>;
}

/** Counts events in fixed windows that hold across function instances. */
export interface RateLimiter {
  /** Records one event under `key`; true while the window's count is within `limit`. */
  consume(key: string, limit: number, windowSeconds: number, now: Date): Promise<boolean>;
}

/** The deliveries recorded for a subscriber (what was sent, when), for export and erasure. */
export interface SubscriberDeliveries {
  listDeliveries(subscriberId: string): Promise<Record<string, unknown>[]>;
  /** Deletes them all; returns how many went. */
  deleteDeliveries(subscriberId: string): Promise<number>;
}

/** The reader's language and time zone, for the words and dates of an email. */
export interface ReaderLocale {
  readonly language?: Language;
  readonly timeZone?: string;
}

/** The emails the subscription flow sends; rendering lives with the other templates. */
export interface SubscriberNotifier {
  sendConfirmation(to: string, message: { confirmUrl: string; expiresAt: Date } & ReaderLocale): Promise<void>;
  sendManageLinks(to: string, links: SubscriberLinks, reader?: ReaderLocale): Promise<void>;
  /** After a confirmation: what they chose and when the first digest arrives, in their time zone. */
  sendWelcome?(subscriber: Subscriber, links: SubscriberLinks, now: Date): Promise<void>;
}

export interface SubscriberLinks {
  readonly preferences: string;
  readonly unsubscribe: string;
  readonly export?: string;
  readonly erase?: string;
}
