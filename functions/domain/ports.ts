/**
 * Ports: what the domain needs from the outside world, with no SDK in sight. Adapters named
 * by technology (`DynamoStoryRepository`, `SesMailer`, ...) implement them.
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
