import type { Language } from '../../i18n/languages.js';

export type Frequency = 'weekly' | 'instant' | 'both';
export const FREQUENCIES: readonly Frequency[] = ['weekly', 'instant', 'both'];

export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

export interface ConsentRecord {
  /** Version of the consent text the subscriber agreed to. */
  readonly textVersion: string;
  readonly signedUpAt: string;
  readonly confirmedAt?: string;
  /** The page the sign-up came from. */
  readonly sourcePage: string;
}

/** The outstanding confirmation of a sign-up: only the hash of the emailed token is kept. */
export interface PendingConfirmation {
  /** SHA-256 of the token, hex. */
  readonly tokenHash: string;
  readonly issuedAt: string;
  readonly expiresAt: string;
}

/** What a subscriber chooses on the sign-up and preferences pages. */
export interface Preferences {
  readonly regions: readonly string[];
  readonly topics: readonly string[];
  readonly frequency: Frequency;
  readonly timeZone: string;
  /** ISO weekday (1 = Monday) and local hour of the weekly digest; Monday 08:00 when absent. */
  readonly digestWeekday?: number;
  readonly digestHour?: number;
  readonly paused: boolean;
  /** The language of pages and emails; a record stored before languages existed has none and reads as English. */
  readonly language?: Language;
}

/**
 * A subscriber, keyed by a keyed hash of the normalised address so that the same address can
 * never have two records.
 */
export interface Subscriber {
  readonly subscriberId: string;
  readonly email: string;
  readonly status: SubscriberStatus;
  /** Region ids from the taxonomy (`asia-pacific`, `hk`, ...). */
  readonly regions: readonly string[];
  /** Topic ids; empty means every topic. */
  readonly topics: readonly string[];
  readonly frequency: Frequency;
  /** IANA time zone, e.g. `Asia/Hong_Kong`. */
  readonly timeZone: string;
  /** ISO weekday (1 = Monday) and local hour of the weekly digest; Monday 08:00 when absent. */
  readonly digestWeekday?: number;
  readonly digestHour?: number;
  readonly paused: boolean;
  /** A dated pause: the reader's local date it ends (YYYY-MM-DD), and the instant that date begins in their zone. */
  readonly pausedUntil?: string;
  readonly pauseEndsAt?: string;
  /** Absent on records from before languages existed: read it with `languageOf`, which defaults to English. */
  readonly language?: Language;
  readonly consent: ConsentRecord;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Present while a sign-up waits for confirmation. */
  readonly confirmation?: PendingConfirmation;
  readonly unsubscribedAt?: string;
  /** Set when a permanent bounce or a complaint stopped all mail to this address. */
  readonly suppressedAt?: string;
  readonly suppressionReason?: string;
  /** Soft bounces seen since the last confirmation; kept for the operator, not acted on. */
  readonly transientBounces?: number;
  readonly lastBounceAt?: string;
  /** Set while an erasure can still be taken back: when it was asked for, and the status to restore. */
  readonly erasureRequestedAt?: string;
  readonly statusBeforeErasure?: SubscriberStatus;
  /** Epoch seconds after which the table's time to live deletes the record (unconfirmed, unsubscribed, erased). */
  readonly expiresAt?: number;
  /** Incremented on every conditional write: what makes a read-then-write safe. */
  readonly version?: number;
  /** Any further attributes an adapter keeps travel untouched. */
  readonly [extra: string]: unknown;
}

export type SuppressionReason = 'erased' | 'bounce' | 'complaint';

/**
 * An entry of the suppression list: the keyed hash of an address and why it is never mailed.
 * It holds no address, so it can outlive the subscriber's erasure.
 */
export interface SuppressionEntry {
  readonly subscriberId: string;
  readonly reason: SuppressionReason;
  /** Provider detail such as `Permanent/General` or `abuse`; never the address. */
  readonly detail?: string;
  readonly suppressedAt: string;
}
