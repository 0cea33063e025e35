/**
 * How a fetch outcome changes what we remember about a feed: back-off after failures, the
 * server's Retry-After, and the point at which a feed counts as dead.
 */
import { FeedFetchError } from './errors.js';
import type { FeedState } from './ports.js';

export interface FeedHealthPolicy {
  /** Wait after the first failure; doubles with each further failure. */
  readonly baseBackoffMs: number;
  readonly maxBackoffMs: number;
  /** A feed failing without a break for this long is dead. */
  readonly deadAfterMs: number;
  /** The longest Retry-After we obey; beyond it a server is asking for more than a poll cycle is worth. */
  readonly maxRetryAfterMs: number;
  /**
   * How stale `lastSuccessAt` may get before an unchanged fetch writes it. A 304 from a healthy
   * feed otherwise writes nothing at all.
   */
  readonly successStampRefreshMs: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const DEFAULT_FEED_HEALTH_POLICY: FeedHealthPolicy = {
  baseBackoffMs: 30 * MINUTE,
  maxBackoffMs: DAY,
  deadAfterMs: 7 * DAY,
  maxRetryAfterMs: 2 * DAY,
  successStampRefreshMs: DAY,
};

export function initialFeedState(feedId: string, url: string): FeedState {
  return { feedId, url, consecutiveFailures: 0 };
}

/** The state after a fetch that worked (whether or not anything changed). */
export function recordFetchSuccess(
  state: FeedState,
  now: Date,
  changes: { etag?: string; lastModified?: string; bodyHash?: string; itemsCut?: number } = {},
): FeedState {
  const next: FeedState = {
    feedId: state.feedId,
    url: state.url,
    etag: changes.etag ?? state.etag,
    lastModified: changes.lastModified ?? state.lastModified,
    bodyHash: changes.bodyHash ?? state.bodyHash,
    // A new document says afresh whether it was cut; an unchanged one leaves the record as it was.
    lastItemsCut: changes.bodyHash === undefined ? state.lastItemsCut : changes.itemsCut || undefined,
    lastSuccessAt: now.toISOString(),
    lastAttemptAt: now.toISOString(),
    consecutiveFailures: 0,
    // An editor's decision outlives the fetch that was already under way.
    disabledAt: state.disabledAt,
    disabledBy: state.disabledBy,
  };
  return withoutUndefined(next);
}

/** The state after a failed fetch or parse: counts it, backs off, and marks the feed dead in time. */
export function recordFetchFailure(state: FeedState, error: unknown, now: Date, policy: FeedHealthPolicy = DEFAULT_FEED_HEALTH_POLICY): FeedState {
  const consecutiveFailures = state.consecutiveFailures + 1;
  const failingSince = state.failingSince ?? now.toISOString();
  const backoffMs = Math.min(policy.maxBackoffMs, policy.baseBackoffMs * 2 ** (consecutiveFailures - 1));
  const retryAfterSeconds = error instanceof FeedFetchError ? error.retryAfterSeconds : undefined;
  const waitMs = retryAfterSeconds === undefined ? backoffMs : Math.min(policy.maxRetryAfterMs, Math.max(0, retryAfterSeconds * 1000));
  const failingForMs = now.getTime() - Date.parse(failingSince);
  const deadSince = state.deadSince ?? (failingForMs >= policy.deadAfterMs ? now.toISOString() : undefined);
  return withoutUndefined({
    ...state,
    lastAttemptAt: now.toISOString(),
    consecutiveFailures,
    lastError: describeError(error),
    failingSince,
    nextAttemptAt: new Date(now.getTime() + waitMs).toISOString(),
    deadSince,
  });
}

/**
 * True when a state needs writing: something other than the time stamps changed, or the success
 * stamp has grown stale. This is what makes a 304 from a healthy feed cost no write.
 */
export function needsSaving(before: FeedState | undefined, after: FeedState, now: Date, policy: FeedHealthPolicy = DEFAULT_FEED_HEALTH_POLICY): boolean {
  if (before === undefined) return true;
  if (!sameRecord(withoutStamps(before), withoutStamps(after))) return true;
  if (after.lastSuccessAt === undefined) return false;
  return before.lastSuccessAt === undefined || now.getTime() - Date.parse(before.lastSuccessAt) >= policy.successStampRefreshMs;
}

function withoutStamps(state: FeedState): Partial<FeedState> {
  const { lastAttemptAt: _attempt, lastSuccessAt: _success, ...rest } = state;
  return rest;
}

export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.length > 500 ? `${message.slice(0, 499)}…` : message;
}

function sameRecord(a: object, b: object): boolean {
  const entriesA = Object.entries(a).filter(([, value]) => value !== undefined);
  const entriesB = Object.entries(b).filter(([, value]) => value !== undefined);
  if (entriesA.length !== entriesB.length) return false;
  const lookup = new Map(entriesB);
  return entriesA.every(([key, value]) => lookup.get(key) === value);
}

function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
