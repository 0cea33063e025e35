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
  /** An editor's word on alerts: `flag` alerts whatever the score, `hold` never alerts. */
  readonly alertFlag?: 'flag' | 'hold';
  /**
   * When an editor flagged it after its own alert window had closed: the story then alerts in
   * the window of this time instead (see `functions/domain/alerts/late-alerts.ts`).
   */
  readonly lateAlertAt?: string;
}

export type StoryWriteOutcome = 'created' | 'updated' | 'unchanged';

/** What decides whether a story changed: its id, title and text. */
export type StoryText = Pick<Story, 'storyId' | 'title' | 'summary' | 'content'>;

/**
 * A story given as its text and the work that completes it (classifying it): a repository
 * calls `make` only when the story will be written, so an unchanged item costs no classifying.
 */
export interface StoryToMake {
  readonly text: StoryText;
  /** May be asynchronous: the classifier can load on first use. */
  readonly make: () => Story | Promise<Story>;
}

/** The story itself, made if it was given as a `StoryToMake`. */
export function madeStory(story: Story | StoryToMake): Story | Promise<Story> {
  return 'make' in story ? story.make() : story;
}

/** The story's text, however it was given. */
export function storyText(story: Story | StoryToMake): StoryText {
  return 'make' in story ? story.text : story;
}
