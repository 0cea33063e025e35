import { describe, expect, it } from 'vitest';
import { FeedFetchError } from '../../../functions/domain/feeds/errors.js';
import {
  DEFAULT_FEED_HEALTH_POLICY,
  initialFeedState,
  needsSaving,
  recordFetchFailure,
  recordFetchSuccess,
} from '../../../functions/domain/feeds/feed-health.js';
import type { FeedState } from '../../../functions/domain/feeds/ports.js';
import { selectDueFeeds } from '../../../functions/domain/feeds/plan-feeds.js';
import type { FeedSource } from '../../../functions/domain/feeds/types.js';

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);
const failure = new FeedFetchError('HTTP 500 Internal Server Error', { reason: 'http-status', status: 500 });

describe('feed health', () => {
  it('backs off exponentially after consecutive failures, up to a cap', () => {
    let state: FeedState = initialFeedState('f', 'https://a.example/feed');
    const waits: number[] = [];
    let now = at('2026-01-01T00:00:00Z');
    for (let attempt = 0; attempt < 8; attempt += 1) {
      state = recordFetchFailure(state, failure, now);
      waits.push((Date.parse(state.nextAttemptAt!) - now.getTime()) / MINUTE);
      now = new Date(state.nextAttemptAt!);
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1440, 1440]);
    expect(state).toMatchObject({ consecutiveFailures: 8, lastError: 'HTTP 500 Internal Server Error', failingSince: '2026-01-01T00:00:00.000Z' });
  });

  it("waits as long as the server's Retry-After asks, within reason", () => {
    const now = at('2026-01-01T00:00:00Z');
    const throttled = new FeedFetchError('HTTP 429 Too Many Requests', { reason: 'http-status', status: 429, retryAfterSeconds: 7200 });
    expect(recordFetchFailure(initialFeedState('f', 'u'), throttled, now).nextAttemptAt).toBe('2026-01-01T02:00:00.000Z');
    const greedy = new FeedFetchError('HTTP 503', { reason: 'http-status', status: 503, retryAfterSeconds: 365 * 86_400 });
    expect(recordFetchFailure(initialFeedState('f', 'u'), greedy, now).nextAttemptAt).toBe('2026-01-03T00:00:00.000Z');
  });

  it('marks a feed dead after failing for the configured time, and revives it on success', () => {
    const start = at('2026-01-01T00:00:00Z');
    let state = recordFetchFailure(initialFeedState('f', 'u'), failure, start);
    state = recordFetchFailure(state, failure, at('2026-01-07T23:00:00Z'));
    expect(state.deadSince).toBeUndefined();
    state = recordFetchFailure(state, failure, at('2026-01-08T00:00:00Z'));
    expect(state.deadSince).toBe('2026-01-08T00:00:00.000Z');
    const shortFuse = { ...DEFAULT_FEED_HEALTH_POLICY, deadAfterMs: 60 * MINUTE };
    expect(
      recordFetchFailure(recordFetchFailure(initialFeedState('g', 'u'), failure, start), failure, at('2026-01-01T01:00:00Z'), shortFuse).deadSince,
    ).toBeDefined();

    const revived = recordFetchSuccess(state, at('2026-01-09T00:00:00Z'));
    expect(revived).toEqual({
      feedId: 'f',
      url: 'u',
      lastSuccessAt: '2026-01-09T00:00:00.000Z',
      lastAttemptAt: '2026-01-09T00:00:00.000Z',
      consecutiveFailures: 0,
    });
  });

  it('asks for no write after an unchanged fetch of a healthy feed, but does after a change or a day', () => {
    const before = recordFetchSuccess(initialFeedState('f', 'u'), at('2026-01-01T00:00:00Z'), { etag: '"1"' });
    const later = at('2026-01-01T06:00:00Z');
    expect(needsSaving(before, recordFetchSuccess(before, later), later)).toBe(false);
    expect(needsSaving(before, recordFetchSuccess(before, later, { etag: '"2"' }), later)).toBe(true);
    const nextDay = at('2026-01-02T00:00:00Z');
    expect(needsSaving(before, recordFetchSuccess(before, nextDay), nextDay)).toBe(true);
    const failing = recordFetchFailure(before, failure, later);
    expect(needsSaving(failing, recordFetchSuccess(failing, later), later)).toBe(true);
  });
});

describe('selectDueFeeds', () => {
  const source = (feedId: string, extra: Partial<FeedSource> = {}): FeedSource =>
    ({ feedId, name: feedId, url: `https://${feedId}.example/feed`, kind: 'rss', ...extra }) as FeedSource;
  const now = at('2026-01-01T12:00:00Z');

  it('picks new feeds, feeds whose wait is over, and skips those backing off or disabled', () => {
    const sources = [source('new'), source('ready'), source('waiting'), source('off', { enabled: false })];
    const states: FeedState[] = [
      { feedId: 'ready', url: 'u', consecutiveFailures: 2, nextAttemptAt: '2026-01-01T11:59:59Z' },
      { feedId: 'waiting', url: 'u', consecutiveFailures: 1, nextAttemptAt: '2026-01-01T12:30:00Z' },
    ];
    expect(selectDueFeeds(sources, states, now).map((s) => s.feedId)).toEqual(['new', 'ready']);
    expect(selectDueFeeds(sources, new Map(states.map((s) => [s.feedId, s])), now).map((s) => s.feedId)).toEqual(['new', 'ready']);
  });
});
