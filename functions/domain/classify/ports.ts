/**
 * Ports of the editors' work on the classifier: where corrections are logged and promoted rules
 * kept, and how a correction reaches the stored story. No SDK here; the Dynamo adapters
 * implement these.
 */
import type { StoryRepository } from '../ports.js';
import type { Story } from '../stories.js';
import type { ClassifierRules, Correction } from './corrections.js';
import type { Classification } from './types.js';

/** The labels the classifier gave a story, without the evidence: what an export starts from. */
export type MachineLabels = Pick<Classification, 'inScope' | 'score' | 'jurisdictions' | 'mentions' | 'topics'>;

/** The story as the editor corrected it: enough to export the correction as a labelled story. */
export interface StorySnapshot {
  readonly storyId: string;
  readonly title: string;
  readonly summary: string;
  readonly url: string;
  readonly source: string;
  readonly publishedAt?: string;
  /** The classifier's own labels for this text, before any editor touched them. */
  readonly machine: MachineLabels;
}

/** One entry of the correction log: who changed what and when, and on which text. */
export interface CorrectionRecord {
  readonly correction: Correction;
  /** Position within the editor's command: corrections made together share their `at`. */
  readonly sequence: number;
  readonly story: StorySnapshot;
}

/** The promoted rules and the version that the next save must still find. */
export interface VersionedRules {
  readonly rules: ClassifierRules;
  /** 0 before any rule was promoted. */
  readonly version: number;
  readonly updatedAt?: string;
}

export interface EditorialRepository {
  /** Appends to the correction log; an entry is never rewritten. */
  recordCorrection(record: CorrectionRecord): Promise<void>;
  /** The log, oldest first (by `at`, then `sequence`); one story's entries when `storyId` is given. */
  listCorrections(storyId?: string): Promise<CorrectionRecord[]>;
  getRules(): Promise<VersionedRules>;
  /** Stores `rules` as version `expectedVersion + 1`; false, storing nothing, when another save came first. */
  saveRules(rules: ClassifierRules, expectedVersion: number, at: string): Promise<boolean>;
}

/** A story before and after corrections, and the classifier's labels they were applied to. */
export interface CorrectedStory {
  readonly before: Story;
  readonly after: Story;
  readonly machine: Classification;
}

/**
 * What correcting a story needs of the story repository: a consistent read and a write
 * conditioned on it (see `correctStoredStory` in `domain/stories/save-story.ts`).
 */
export type StoryCorrections = Pick<StoryRepository, 'getStoredStory' | 'replaceStory'>;
