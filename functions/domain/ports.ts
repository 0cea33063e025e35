/**
 * The ports every context shares: stories, mail and job queues. What the domain needs from the
 * outside world, with no SDK in sight; adapters named by technology (`DynamoStoryRepository`,
 * `SesMailer`, `SqsJobQueue`, ...) implement them. A context's own ports live in its `ports.ts`.
 */
import type { Correction } from './classify/corrections.js';
import type { Classification } from './classify/types.js';
import type { Story } from './stories.js';

/**
 * A story as kept, with the version that a conditional write is checked against: its content
 * hash and the number of its corrections. What to write is decided in
 * `domain/stories/save-story.ts`; the repository only reads and writes.
 */
export interface StoredStory {
  /** As readers see it: with corrections, the classifier's result with them applied. */
  readonly story: Story;
  /** Hash of the text a reader sees (title, summary, content). */
  readonly contentHash: string;
  /** Editors' corrections, in the order they were stored; empty for most stories. */
  readonly corrections: readonly Correction[];
  /** The classifier's own result; kept only when there are corrections. */
  readonly machine?: Classification;
}

export interface StoryRepository {
  getStory(storyId: string): Promise<Story | undefined>;
  /** Stories stored in [fromIso, toIso), oldest first. */
  listStoredBetween(fromIso: string, toIso: string): Promise<Story[]>;
  /** The story with its version, read consistently, for a conditional write. */
  getStoredStory(storyId: string): Promise<StoredStory | undefined>;
  /** Writes a story that is not stored yet; false, writing nothing, when one already is. */
  createStory(stored: StoredStory): Promise<boolean>;
  /**
   * Replaces the story if it still has the text and corrections of `seen`; false, writing
   * nothing, when another write came first.
   */
  replaceStory(stored: StoredStory, seen: StoredStory): Promise<boolean>;
}

/** What the digest, alerts and console read of stories: no writes. */
export type StoryReader = Pick<StoryRepository, 'getStory' | 'listStoredBetween'>;

export interface OutgoingEmail {
  readonly to: string;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  readonly headers: Readonly<Record<string, string>>;
}

export interface Mailer {
  /** Sends one email; returns the provider's message id. */
  send(email: OutgoingEmail): Promise<string>;
}

/** Where send jobs and feed jobs go: SQS in the cloud, an in-process queue locally. */
export interface JobQueue<T> {
  enqueue(jobs: readonly T[]): Promise<void>;
}
