/** A FeedStateRepository in memory, for tests and the local stack. Counts writes so tests can assert on them. */
import type { FeedState, FeedStateRepository } from './ports.js';

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
    this.states.set(state.feedId, state);
  }

  listFeedStates(): FeedState[] {
    return [...this.states.values()];
  }
}
