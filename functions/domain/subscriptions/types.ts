export type Frequency = 'weekly' | 'instant' | 'both';
export type SubscriberStatus = 'pending' | 'confirmed' | 'unsubscribed';

export interface ConsentRecord {
  /** Version of the consent text the subscriber agreed to. */
  readonly textVersion: string;
  readonly signedUpAt: string;
  readonly confirmedAt?: string;
  /** The page the sign-up came from. */
  readonly sourcePage: string;
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
  readonly paused: boolean;
  readonly consent: ConsentRecord;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Any further attributes an adapter keeps (token hashes, counters) travel untouched. */
  readonly [extra: string]: unknown;
}

export interface SubscriberRepository {
  getSubscriber(subscriberId: string): Promise<Subscriber | undefined>;
  /** Unconditional write, for seeding and tests; the sign-up flow uses conditional writes. */
  putSubscriber(subscriber: Subscriber): Promise<void>;
  /** Every confirmed, unpaused subscriber who wants the weekly digest. */
  listDigestSubscribers(): Promise<Subscriber[]>;
}
