import type { Classification } from './classify/types.js';
import type { NormalisedItem } from './feeds/types.js';

/** A story as stored: the normalised item, where it came from, and how it was classified. */
export interface Story extends NormalisedItem, Classification {
  readonly feedId: string;
  readonly source: string;
  /** When Newsdesk first stored it (ISO 8601, UTC). */
  readonly storedAt: string;
  /** How many times a changed title or text has updated it. */
  readonly revision: number;
}

export type StoryWriteOutcome = 'created' | 'updated' | 'unchanged';
