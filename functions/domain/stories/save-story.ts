/**
 * How a story is saved: the domain decides, the repository only reads and writes conditionally.
 *
 * A fetched story is compared with the stored one by the text a reader sees (its content hash):
 * the same text writes nothing, so an unchanged item costs one read and no classifying; new text
 * is classified again and, when editors corrected the story, their corrections are applied again
 * to the new classification. Every write is conditioned on the version it was decided from (the
 * content hash and the number of corrections), and a write that lost a race is decided again from
 * a fresh read, so two workers or a worker and an editor never overwrite each other unseen.
 */
import { createHash } from 'node:crypto';
import { applyCorrections, type Correction } from '../classify/corrections.js';
import { ConcurrentEditError, StoryNotFoundError } from '../classify/errors.js';
import type { CorrectedStory } from '../classify/ports.js';
import type { Classification } from '../classify/types.js';
import type { StoredStory, StoryRepository } from '../ports.js';
import { madeStory, storyText, type Story, type StoryText, type StoryToMake, type StoryWriteOutcome } from '../stories.js';

/** Enough for a handful of editors and a feed worker on one story; past it, something is wrong. */
export const STORY_WRITE_ATTEMPTS = 5;

/** What saving a fetched story comes to, given what is stored. */
export type StorySaveDecision =
  | { readonly kind: 'unchanged' }
  /** Not stored yet: written only if it is still absent. */
  | { readonly kind: 'new'; readonly stored: StoredStory }
  /** New text on an uncorrected story: classified again, written over the version read. */
  | { readonly kind: 'edited'; readonly stored: StoredStory }
  /** New text on a story editors corrected: classified again and their corrections applied again. */
  | { readonly kind: 'corrected'; readonly stored: StoredStory };

/** What decides whether a story changed: the text a reader sees. */
export function contentHashOf(text: Pick<StoryText, 'title' | 'summary' | 'content'>): string {
  return createHash('sha256')
    .update(text.title)
    .update('\u0000')
    .update(text.summary)
    .update('\u0000')
    .update(text.content ?? '')
    .digest('hex')
    .slice(0, 32);
}

/**
 * Decides how to save a fetched story over `existing` (the stored version, if any). `make`
 * classifies the story and is called only when something will be written.
 */
export async function decideStorySave(existing: StoredStory | undefined, contentHash: string, make: () => Story | Promise<Story>): Promise<StorySaveDecision> {
  // Another worker stored this same text first, or it is simply unchanged: that write stands.
  if (existing && existing.contentHash === contentHash) return { kind: 'unchanged' };
  const story = await make();
  if (!existing) return { kind: 'new', stored: storedStoryOf({ ...story, revision: 0 }, contentHash, []) };
  const kept = existing.story;
  // Keep the first storage time: it orders the alert watermark and the week a story belongs to.
  // An editor's alert flag belongs to the story, not to one version of its text.
  const revised: Story = {
    ...story,
    storedAt: kept.storedAt,
    revision: kept.revision + 1,
    ...(kept.alertFlag ? { alertFlag: kept.alertFlag } : {}),
    ...(kept.lateAlertAt ? { lateAlertAt: kept.lateAlertAt } : {}),
  };
  const stored = storedStoryOf(revised, contentHash, existing.corrections);
  return existing.corrections.length > 0 ? { kind: 'corrected', stored } : { kind: 'edited', stored };
}

/**
 * Saves a fetched story: creates it, updates it when its text changed, or writes nothing. Given
 * a `StoryToMake`, makes (classifies) the story only when it will be written, and only once.
 */
export async function saveIngestedStory(stories: StoryRepository, given: Story | StoryToMake): Promise<StoryWriteOutcome> {
  const text = storyText(given);
  const contentHash = contentHashOf(text);
  let made: Promise<Story> | undefined;
  const make = () => (made ??= Promise.resolve(madeStory(given)));
  for (let attempt = 1; attempt <= STORY_WRITE_ATTEMPTS; attempt += 1) {
    const existing = await stories.getStoredStory(text.storyId);
    const decision = await decideStorySave(existing, contentHash, make);
    switch (decision.kind) {
      case 'unchanged':
        return 'unchanged';
      case 'new':
        if (await stories.createStory(decision.stored)) return 'created';
        break;
      case 'edited':
      case 'corrected':
        if (existing && (await stories.replaceStory(decision.stored, existing))) return 'updated';
        break;
    }
  }
  throw new ConcurrentEditError(`story ${text.storyId}`, STORY_WRITE_ATTEMPTS);
}

/** The stored story with an editor's corrections added after those it already has. */
export function correctedStoredStory(existing: StoredStory, added: readonly Correction[]): StoredStory {
  const machine = existing.machine ?? classificationOf(existing.story);
  return storedStoryOf({ ...existing.story, ...machine }, existing.contentHash, [...existing.corrections, ...added]);
}

/**
 * Appends an editor's corrections to the story's own list and stores the classification they
 * give, in one write that no concurrent correction or ingestion can overwrite unseen.
 */
export async function correctStoredStory(
  stories: Pick<StoryRepository, 'getStoredStory' | 'replaceStory'>,
  storyId: string,
  corrections: Correction | readonly Correction[],
): Promise<CorrectedStory> {
  const added: readonly Correction[] = isCorrectionList(corrections) ? corrections : [corrections];
  for (let attempt = 1; attempt <= STORY_WRITE_ATTEMPTS; attempt += 1) {
    const existing = await stories.getStoredStory(storyId);
    if (!existing) throw new StoryNotFoundError(storyId);
    const corrected = correctedStoredStory(existing, added);
    if (await stories.replaceStory(corrected, existing)) {
      return { before: existing.story, after: corrected.story, machine: corrected.machine ?? classificationOf(corrected.story) };
    }
  }
  throw new ConcurrentEditError(`story ${storyId}`, STORY_WRITE_ATTEMPTS);
}

/**
 * The record to store for `story`, which carries the classifier's result: with corrections, the
 * story shows them applied and the classifier's own result is kept beside them, so they can be
 * applied again to a later classification.
 */
function storedStoryOf(story: Story, contentHash: string, corrections: readonly Correction[]): StoredStory {
  if (corrections.length === 0) return { story, contentHash, corrections: [] };
  const machine = classificationOf(story);
  return { story: { ...story, ...applyCorrections(machine, corrections) }, contentHash, corrections: [...corrections], machine };
}

function classificationOf(story: Classification): Classification {
  const { inScope, score, jurisdictions, mentions, topics, evidence } = story;
  return { inScope, score, jurisdictions, mentions, topics, evidence };
}

function isCorrectionList(corrections: Correction | readonly Correction[]): corrections is readonly Correction[] {
  return Array.isArray(corrections);
}
