/** A FeedStateRepository in memory, for tests and benchmarks. Counts writes so tests can assert on them. */
import type { FeedDisabling, FeedState, FeedStateRepository } from '../../functions/domain/feeds/ports.js';

export class InMemoryFeedStateRepository implements FeedStateRepository {
  private readonly states = new Map<string, FeedState>();
  writes = 0;

  constructor(initial: readonly FeedState[] = []) {
    for (const state of initial) this.states.set(state.feedId, state);
  }

  async getFeedState(feedId: string): Promise<FeedState | undefined> {
    return this.states.get(feedId);
  }

  async saveFeedState(state: FeedState): Promise<void> {
    this.writes += 1;
    const { disabledAt: _at, disabledBy: _by, ...fetched } = state;
    const current = this.states.get(state.feedId);
    // As the table does: an editor's disabling is kept whatever the fetch read before it.
    this.states.set(state.feedId, current?.disabledAt ? { ...fetched, disabledAt: current.disabledAt, disabledBy: current.disabledBy } : fetched);
  }

  async setFeedDisabled(feedId: string, url: string, disabling: FeedDisabling | undefined): Promise<void> {
    this.writes += 1;
    const { disabledAt: _at, disabledBy: _by, ...rest } = this.states.get(feedId) ?? { feedId, url, consecutiveFailures: 0 };
    this.states.set(feedId, disabling ? { ...rest, disabledAt: disabling.at, disabledBy: disabling.by } : rest);
  }

  listFeedStates(): FeedState[] {
    return [...this.states.values()];
  }
}
