/** The document is not a feed we can read safely. The message says what was wrong, for people. */
export class FeedFormatError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'FeedFormatError';
  }
}

export type FetchFailureReason =
  'invalid-url' | 'blocked-address' | 'timeout' | 'too-large' | 'too-many-redirects' | 'http-status' | 'network' | 'bad-encoding';

/** A feed could not be fetched. `retryAfterSeconds` carries the server's own wish (429, 503). */
export class FeedFetchError extends Error {
  readonly reason: FetchFailureReason;
  readonly status?: number;
  readonly retryAfterSeconds?: number;

  constructor(message: string, details: { reason: FetchFailureReason; status?: number; retryAfterSeconds?: number; cause?: unknown }) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'FeedFetchError';
    this.reason = details.reason;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}

/** A connection was refused because of where it would have gone (SSRF guard). */
export class BlockedAddressError extends FeedFetchError {
  readonly address: string;

  constructor(message: string, address: string) {
    super(message, { reason: 'blocked-address' });
    this.name = 'BlockedAddressError';
    this.address = address;
  }
}

/** A feed given to the command line could not be read: the message reads `<feed>: <reason>`. */
export class FeedReadError extends Error {
  readonly feed: string;
  readonly reason: string;

  constructor(feed: string, reason: string, options?: { cause?: unknown }) {
    super(`${feed}: ${reason}`, options);
    this.name = 'FeedReadError';
    this.feed = feed;
    this.reason = reason;
  }
}

/** A feed with this address (by its canonical id) is already read. */
export class DuplicateFeedError extends Error {
  readonly feedId: string;

  constructor(feedId: string, url: string) {
    super(`the feed ${url} is already in the feed list`);
    this.name = 'DuplicateFeedError';
    this.feedId = feedId;
  }
}
