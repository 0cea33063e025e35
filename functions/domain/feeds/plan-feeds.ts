/** Which feeds to fetch now: enabled ones that are not backing off. Pure, so the planner Lambda stays thin. */
import type { FeedState } from './ports.js';
import type { FeedSource } from './types.js';

export function selectDueFeeds(
  sources: readonly FeedSource[],
  states: ReadonlyMap<string, FeedState> | readonly FeedState[],
  now: Date,
): FeedSource[] {
  const byId = states instanceof Map ? states : new Map((states as readonly FeedState[]).map((state) => [state.feedId, state]));
  return sources.filter((source) => {
    if (source.enabled === false) return false;
    const nextAttemptAt = byId.get(source.feedId)?.nextAttemptAt;
    return nextAttemptAt === undefined || Date.parse(nextAttemptAt) <= now.getTime();
  });
}
