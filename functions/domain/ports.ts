/**
 * The ports every context shares: stories, mail and job queues. What the domain needs from the
 * outside world, with no SDK in sight; adapters named by technology (`DynamoStoryRepository`,
 * `SesMailer`, `SqsJobQueue`, ...) implement them. A context's own ports live in its `ports.ts`.
 */
import type { Story, StoryToMake, StoryWriteOutcome } from './stories.js';

export interface StoryRepository {
  /**
   * Creates the story, updates it when its title or text changed, or writes nothing. Given a
   * `StoryToMake`, makes the story only when it will create or update it.
   */
  saveStory(story: Story | StoryToMake): Promise<StoryWriteOutcome>;
  getStory(storyId: string): Promise<Story | undefined>;
  /** Stories stored in [fromIso, toIso), oldest first. */
  listStoredBetween(fromIso: string, toIso: string): Promise<Story[]>;
}

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
