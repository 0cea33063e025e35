import { ConcurrentUpdateError } from './errors.js';
import type { ExpectedVersion, SubscriptionStore } from './ports.js';
import type { Subscriber } from './types.js';

/** Reads and conditional writes tried before giving up on a record that keeps changing. */
const MAX_ATTEMPTS = 4;

export interface RecordDecision {
  /** The record to store in place of the one read; nothing is written when absent. */
  readonly write?: Subscriber;
  /** Runs once the write has stood (emails go out only for a state that is stored). */
  readonly after?: () => Promise<void>;
}

function expectedOf(current: Subscriber | undefined): ExpectedVersion {
  return current ? { version: current.version ?? 0 } : { absent: true };
}

/**
 * Read, decide, write against the version read: one conditional write on one item. When
 * another write came first, read again and decide again.
 */
export async function updateSubscriberRecord(
  store: SubscriptionStore,
  subscriberId: string,
  decide: (current: Subscriber | undefined) => Promise<RecordDecision>,
): Promise<void> {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await store.getSubscriber(subscriberId);
    const { write, after } = await decide(current);
    if (write && !(await store.saveSubscriber(write, expectedOf(current)))) continue;
    await after?.();
    return;
  }
  throw new ConcurrentUpdateError(subscriberId);
}
