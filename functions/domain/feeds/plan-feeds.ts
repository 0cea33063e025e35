/** Which feeds to fetch now: enabled ones (in the list and by editors) that are not backing off. Pure, so the planner Lambda stays thin. */
import type { FeedState } from './ports.js';
import type { FeedSource } from './types.js';

export function selectDueFeeds(
  sources: readonly FeedSource[],
  states: ReadonlyMap<string, FeedState> | readonly FeedState[],
  now: Date,
): FeedSource[] {
  const byId = states instanceof Map ? states : new Map((states as readonly FeedState[]).map((state) => [state.feedId, state]));
  return sources.filter((source) => {
    if (source.enabled === false || byId.get(source.feedId)?.disabledAt) return false;
    const nextAttemptAt = byId.get(source.feedId)?.nextAttemptAt;
    return nextAttemptAt === undefined || Date.parse(nextAttemptAt) <= now.getTime();
  });
}
