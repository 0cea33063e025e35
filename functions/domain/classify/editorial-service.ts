/**
 * What an editor's correction does, end to end: checked against the taxonomy, applied to the
 * story at once, logged with who and when, optionally promoted to rules for later stories; and
 * the log exported as labelled stories. Pure apart from the ports it is given.
 */
import { findJurisdictionEntry, JURISDICTION_ENTRIES } from '../../taxonomy/regions.js';
import type { Story } from '../stories.js';
import { correctStoredStory } from '../stories/save-story.js';
import { CorrectionError, exportCorrectionsAsLabelled, promoteCorrection, type CorrectableStory, type Correction, type PromotedRule } from './corrections.js';
import { ConcurrentEditError } from './errors.js';

/** What `correctStory` throws for a request it cannot carry out, for callers that import this module alone. */
export { CorrectionError };
import type { CorrectionRecord, EditorialRepository, MachineLabels, StoryCorrections, StorySnapshot } from './ports.js';
import { TOPICS, type Classification, type Topic } from './types.js';

const MAX_EDITOR_LENGTH = 100;
const MAX_NOTE_LENGTH = 1_000;
const MAX_TERM_LENGTH = 200;
const RULE_SAVE_ATTEMPTS = 5;

export interface CorrectionRequest {
  readonly storyId: string;
  readonly editor: string;
  /** When (ISO 8601); every correction of one request shares it. */
  readonly at: string;
  readonly addJurisdictions?: readonly string[];
  readonly removeJurisdictions?: readonly string[];
  readonly addTopics?: readonly string[];
  readonly removeTopics?: readonly string[];
  readonly scope?: 'in' | 'out';
  readonly note?: string;
  /** Promote every correction of the request to a rule keyed on these words. */
  readonly promoteTerm?: string;
}

export interface CorrectionOutcome {
  readonly before: Story;
  readonly after: Story;
  readonly corrections: readonly Correction[];
  readonly promoted: readonly PromotedRule[];
  /** The rules' version after promotion; absent when nothing was promoted. */
  readonly rulesVersion?: number;
}

export interface EditorialDeps {
  readonly stories: StoryCorrections;
  readonly editorial: EditorialRepository;
}

/**
 * Turns a request into corrections, or throws `CorrectionError` naming what is wrong. Codes are
 * taken in any case (`us-nj`); a place name gets its code suggested. Scope comes first, so that
 * a story marked in scope can take its tags in the same request.
 */
export function correctionsFrom(request: CorrectionRequest): Correction[] {
  const editor = request.editor.trim();
  if (editor === '') throw new CorrectionError('a correction needs the editor who makes it');
  if (editor.length > MAX_EDITOR_LENGTH) throw new CorrectionError(`the editor's name is longer than ${MAX_EDITOR_LENGTH} characters`);
  if (Number.isNaN(Date.parse(request.at))) throw new CorrectionError(`"${request.at}" is not a time`);
  const note = request.note?.trim() || undefined;
  if (note !== undefined && note.length > MAX_NOTE_LENGTH) throw new CorrectionError(`the note is longer than ${MAX_NOTE_LENGTH} characters`);
  const term = request.promoteTerm === undefined ? undefined : request.promoteTerm.trim().replace(/\s+/g, ' ');
  if (term !== undefined && term === '') throw new CorrectionError('the term to promote is empty');
  if (term !== undefined && term.length > MAX_TERM_LENGTH) throw new CorrectionError(`the term to promote is longer than ${MAX_TERM_LENGTH} characters`);

  const added = unique((request.addJurisdictions ?? []).map(jurisdictionCode));
  const removed = unique((request.removeJurisdictions ?? []).map(jurisdictionCode));
  const addedTopics = unique((request.addTopics ?? []).map(topicId));
  const removedTopics = unique((request.removeTopics ?? []).map(topicId));
  for (const code of added) if (removed.includes(code)) throw new CorrectionError(`${code} is both added and removed`);
  for (const topic of addedTopics) if (removedTopics.includes(topic)) throw new CorrectionError(`topic ${topic} is both added and removed`);
  // Out of scope empties every tag, so tags added with it would vanish at once.
  if (request.scope === 'out' && (added.length > 0 || addedTopics.length > 0)) {
    throw new CorrectionError('a story marked out of scope takes no tags: drop --out-of-scope or the additions');
  }

  const base = { storyId: request.storyId, editor, at: request.at, ...(term === undefined ? {} : { term }), ...(note === undefined ? {} : { note }) };
  const corrections: Correction[] = [];
  if (request.scope !== undefined) corrections.push({ ...base, action: request.scope === 'in' ? 'mark-in-scope' : 'mark-out-of-scope' });
  for (const jurisdiction of removed) corrections.push({ ...base, action: 'remove-jurisdiction', jurisdiction });
  for (const jurisdiction of added) corrections.push({ ...base, action: 'add-jurisdiction', jurisdiction });
  for (const topic of removedTopics) corrections.push({ ...base, action: 'remove-topic', topic });
  for (const topic of addedTopics) corrections.push({ ...base, action: 'add-topic', topic });
  if (corrections.length === 0) throw new CorrectionError('nothing to correct: name a jurisdiction or topic to add or remove, or a scope');
  return corrections;
}

/**
 * Applies the request to the story (one conditional write), logs each correction, and promotes
 * them when asked. The story changes first: it is what readers see, and a log entry for a
 * change that never happened would teach the evaluation sets something false.
 */
export async function correctStory(deps: EditorialDeps, request: CorrectionRequest): Promise<CorrectionOutcome> {
  const corrections = correctionsFrom(request);
  const { before, after, machine } = await correctStoredStory(deps.stories, request.storyId, corrections);
  const story = snapshotOf(after, machine);
  try {
    for (const [sequence, correction] of corrections.entries()) await deps.editorial.recordCorrection({ correction, sequence, story });
  } catch (error) {
    throw new Error(`the story was corrected, but the correction log could not be written: ${(error as Error).message}`, { cause: error });
  }
  if (request.promoteTerm === undefined) return { before, after, corrections, promoted: [] };
  const promoted = corrections.map((correction) => promoteCorrection(correction));
  const rulesVersion = await promoteRules(deps.editorial, promoted, request.at);
  return { before, after, corrections, promoted, rulesVersion };
}

/**
 * Adds rules to the promoted set with a compare-and-set on its version, re-reading and retrying
 * when another editor saved in between. A rule for the same words and target with the other
 * effect replaces the older one: the latest decision stands. Returns the version saved.
 */
export async function promoteRules(editorial: EditorialRepository, rules: readonly PromotedRule[], at: string): Promise<number> {
  for (let attempt = 1; attempt <= RULE_SAVE_ATTEMPTS; attempt += 1) {
    const current = await editorial.getRules();
    const merged = mergeRules(current.rules.rules, rules);
    if (sameRules(merged, current.rules.rules)) return current.version;
    if (await editorial.saveRules({ rules: merged }, current.version, at)) return current.version + 1;
  }
  throw new ConcurrentEditError('the promoted rules', RULE_SAVE_ATTEMPTS);
}

export function mergeRules(existing: readonly PromotedRule[], added: readonly PromotedRule[]): PromotedRule[] {
  let merged = [...existing];
  for (const rule of added) {
    const sameWords = (other: PromotedRule) => termKey(other.term) === termKey(rule.term) && targetKey(other) === targetKey(rule);
    // The same rule again changes nothing, and its first promoter keeps the credit.
    if (merged.some((other) => sameWords(other) && other.effect === rule.effect)) continue;
    merged = [...merged.filter((other) => !sameWords(other)), rule];
  }
  return merged;
}

/**
 * The log as JSON Lines in the labelled-story format: one line per corrected story, its labels
 * the classifier's (as of the latest correction) with every correction of that story applied.
 */
export function exportCorrectionLog(records: readonly CorrectionRecord[]): string {
  const ordered = [...records].sort(compareRecords);
  // Each story once, as of its latest correction, in the order of those: an export appended
  // to an older one then reads in time order.
  const latest = new Map<string, StorySnapshot>();
  for (const { story } of ordered) {
    latest.delete(story.storyId);
    latest.set(story.storyId, story);
  }
  const stories: CorrectableStory[] = [...latest.values()].map(({ machine, ...snapshot }) => ({ ...snapshot, ...machine, evidence: [] }));
  return exportCorrectionsAsLabelled(
    stories,
    ordered.map((record) => record.correction),
  );
}

/** The log entry's copy of a story: its text and the classifier's labels without evidence. */
export function snapshotOf(story: Story, machine: Classification): StorySnapshot {
  const labels: MachineLabels = {
    inScope: machine.inScope,
    score: machine.score,
    jurisdictions: [...machine.jurisdictions],
    mentions: [...machine.mentions],
    topics: [...machine.topics],
  };
  return {
    storyId: story.storyId,
    title: story.title,
    summary: story.summary,
    url: story.url,
    source: story.source,
    ...(story.publishedAt === undefined ? {} : { publishedAt: story.publishedAt }),
    machine: labels,
  };
}

export function compareRecords(a: CorrectionRecord, b: CorrectionRecord): number {
  const byTime = (Date.parse(a.correction.at) || 0) - (Date.parse(b.correction.at) || 0);
  return byTime !== 0 ? byTime : a.sequence - b.sequence;
}

/** How a rule reads for people: `"Jersey Shore" must not signal JE`. */
export function describeRule(rule: PromotedRule): string {
  const target =
    'jurisdiction' in rule.target
      ? rule.target.jurisdiction
      : 'topic' in rule.target
        ? `topic ${rule.target.topic}`
        : rule.target.scope === 'in'
          ? 'in scope'
          : 'out of scope';
  return `"${rule.term}" ${rule.effect === 'signal' ? 'signals' : 'must not signal'} ${target}`;
}

function jurisdictionCode(raw: string): string {
  const code = raw.trim().toUpperCase();
  if (findJurisdictionEntry(code) !== undefined) return code;
  // The codes and English names of regions.json, not the classifier's dictionaries: a correction
  // needs no more, and the console then carries 10 KiB of names instead of 84 KiB.
  const wanted = raw.trim().toLowerCase();
  const named = JURISDICTION_ENTRIES.find((jurisdiction) => jurisdiction.name.toLowerCase() === wanted);
  const hint = named === undefined ? 'use a code of the taxonomy, such as HK, US-CA, EU or GLOBAL' : `did you mean ${named.code} (${named.name})?`;
  throw new CorrectionError(`unknown jurisdiction "${raw}": ${hint}`);
}

function topicId(raw: string): Topic {
  const topic = raw.trim().toLowerCase();
  if ((TOPICS as readonly string[]).includes(topic)) return topic as Topic;
  throw new CorrectionError(`unknown topic "${raw}": one of ${TOPICS.join(', ')}`);
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

function termKey(term: string): string {
  return term.trim().replace(/\s+/g, ' ').toLowerCase();
}

function targetKey(rule: PromotedRule): string {
  const { target } = rule;
  return 'jurisdiction' in target ? `jurisdiction:${target.jurisdiction}` : 'topic' in target ? `topic:${target.topic}` : 'scope';
}

function sameRules(a: readonly PromotedRule[], b: readonly PromotedRule[]): boolean {
  return a.length === b.length && a.every((rule, index) => JSON.stringify(rule) === JSON.stringify(b[index]));
}
