/** Which feeds to fetch now: enabled ones (in the list and by editors) that are not backing off. Pure, so the planner Lambda stays thin. */
import type { AddedFeed, FeedState } from './ports.js';
import type { FeedSource } from './types.js';

/**
 * The configured list followed by the feeds editors added in the console. An added feed whose
 * address was later put in the configured list is read once, as configured.
 */
export function withAddedFeeds(configured: readonly FeedSource[], added: readonly AddedFeed[]): FeedSource[] {
  const ids = new Set(configured.map((source) => source.feedId));
  const extra: FeedSource[] = [];
  for (const { source } of added) {
    if (ids.has(source.feedId)) continue;
    ids.add(source.feedId);
    extra.push(source);
  }
  return [...configured, ...extra];
}

function isStateMap(states: ReadonlyMap<string, FeedState> | readonly FeedState[]): states is ReadonlyMap<string, FeedState> {
  return states instanceof Map;
}

export function selectDueFeeds(sources: readonly FeedSource[], states: ReadonlyMap<string, FeedState> | readonly FeedState[], now: Date): FeedSource[] {
  const byId: ReadonlyMap<string, FeedState> = isStateMap(states) ? states : new Map(states.map((state) => [state.feedId, state]));
  return sources.filter((source) => {
    if (source.enabled === false || byId.get(source.feedId)?.disabledAt) return false;
    const nextAttemptAt = byId.get(source.feedId)?.nextAttemptAt;
    return nextAttemptAt === undefined || Date.parse(nextAttemptAt) <= now.getTime();
  });
}
