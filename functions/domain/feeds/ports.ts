/** What feed ingestion needs from the outside world: HTTP and a place to remember each feed. */
export { FeedFetchError, BlockedAddressError } from './errors.js';
import type { FeedSource } from './types.js';

export interface ConditionalValidators {
  readonly etag?: string;
  readonly lastModified?: string;
}

export type FetchOutcome =
  | { readonly kind: 'not-modified' }
  | {
      readonly kind: 'fetched';
      readonly body: Uint8Array;
      readonly contentType?: string;
      readonly etag?: string;
      readonly lastModified?: string;
      /** Where the body came from after redirects: the base for relative links. */
      readonly finalUrl: string;
    };

export interface FeedFetcher {
  /** Fetches a feed, sending the validators for a conditional GET; throws `FeedFetchError`. */
  fetchFeed(url: string, validators: ConditionalValidators): Promise<FetchOutcome>;
}

/** What Newsdesk remembers about one feed between fetches (one item in the Feeds table). */
export interface FeedState {
  readonly feedId: string;
  readonly url: string;
  readonly etag?: string;
  readonly lastModified?: string;
  /** Hash of the last body read: an unchanged body is not parsed again, even without validators. */
  readonly bodyHash?: string;
  readonly lastSuccessAt?: string;
  readonly lastAttemptAt?: string;
  readonly consecutiveFailures: number;
  readonly lastError?: string;
  /** When the current run of failures began. */
  readonly failingSince?: string;
  /** Not fetched before this time (back-off or the server's Retry-After). */
  readonly nextAttemptAt?: string;
  /** Set once a feed has failed for longer than the dead-feed threshold; cleared on success. */
  readonly deadSince?: string;
  /** How many older items the last document read had past the cap per document (absent: none). */
  readonly lastItemsCut?: number;
  /** Set when an editor disabled the feed in the console: it is not fetched until re-enabled. */
  readonly disabledAt?: string;
  readonly disabledBy?: string;
}

/** An editor's disabling of a feed: who and when. */
export interface FeedDisabling {
  readonly at: string;
  readonly by: string;
}

export interface FeedStateRepository {
  getFeedState(feedId: string): Promise<FeedState | undefined>;
  /** A fetch's outcome. Keeps `disabledAt` and `disabledBy` as they stand: only editors set those. */
  saveFeedState(state: FeedState): Promise<void>;
  /** Disables the feed (`disabling`) or re-enables it (undefined), keeping the rest of its state. */
  setFeedDisabled(feedId: string, url: string, disabling: FeedDisabling | undefined): Promise<void>;
}

/** A feed an editor added in the console: read on every round beside the configured list. */
export interface AddedFeed {
  readonly source: FeedSource;
  readonly addedAt: string;
  readonly addedBy: string;
}

/** A message of the feed-jobs queue: it carries its source whole, so a worker needs no copy of the source list. */
export interface FeedJob {
  readonly source: FeedSource;
}

export interface AddedFeedRepository {
  listAddedFeeds(): Promise<AddedFeed[]>;
  /** Saves a new feed once; throws `DuplicateFeedError` when one with its id was added before. */
  addFeed(feed: AddedFeed): Promise<void>;
}
