/**
 * How editors make the classifier better. A correction changes one story at once; promoted,
 * it becomes a rule the classifier applies to every later story; exported, it becomes a
 * labelled row for the evaluation sets. Pure: storing corrections is someone else's job.
 */
import { TOPICS, type Classification, type Evidence, type EvidenceKind, type LabelledStory, type Topic } from './types.js';

/** A correction or rule that cannot be applied as asked. The message says why, for people. */
export class CorrectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorrectionError';
  }
}

interface CorrectionBase {
  readonly storyId: string;
  /** Who made it: an editor's name or address. */
  readonly editor: string;
  /** When (ISO 8601). Corrections apply in this order. */
  readonly at: string;
  /** The words in the story that prompted it ("Jersey" meant New Jersey): needed to promote it. */
  readonly term?: string;
  readonly note?: string;
}

export type Correction = CorrectionBase &
  (
    | { readonly action: 'add-jurisdiction' | 'remove-jurisdiction'; readonly jurisdiction: string }
    | { readonly action: 'add-topic' | 'remove-topic'; readonly topic: Topic }
    | { readonly action: 'mark-in-scope' | 'mark-out-of-scope' }
  );

export type CorrectionAction = Correction['action'];

export type RuleTarget = { readonly jurisdiction: string } | { readonly topic: Topic } | { readonly scope: 'in' | 'out' };

/** A correction promoted to a rule: `term` signals the target, or must never signal it. */
export interface PromotedRule {
  readonly effect: 'signal' | 'suppress';
  readonly term: string;
  readonly target: RuleTarget;
  readonly editor: string;
  readonly storyId: string;
  readonly at: string;
  readonly note?: string;
}

/** The promoted rules `classifyStory` applies on top of its own knowledge. */
export interface ClassifierRules {
  readonly rules: readonly PromotedRule[];
}

/** Applies a story's corrections in time order; every change leaves evidence of rule `editor:<who>`. */
export function applyCorrections(classification: Classification, corrections: readonly Correction[]): Classification {
  let state = {
    inScope: classification.inScope,
    score: classification.score,
    jurisdictions: [...classification.jurisdictions],
    mentions: [...classification.mentions],
    topics: [...classification.topics],
    evidence: [...classification.evidence],
  };
  for (const correction of sortByTime(corrections)) {
    const rule = `editor:${correction.editor}`;
    const record = (kind: EvidenceKind, tag: string, effect?: 'removes'): Evidence => ({
      kind,
      tag,
      term: correction.term ?? correction.note ?? correction.action,
      field: 'title',
      offset: -1,
      rule,
      ...(effect === undefined ? {} : { effect }),
    });
    switch (correction.action) {
      case 'add-jurisdiction': {
        const code = correction.jurisdiction;
        state.jurisdictions = appendOnce(state.jurisdictions, code);
        state.mentions = state.mentions.filter((mention) => mention !== code);
        state.evidence = [
          ...state.evidence.map((item) => (item.kind === 'mention' && item.tag === code ? { ...item, kind: 'jurisdiction' as const } : item)),
          record('jurisdiction', code),
        ];
        break;
      }
      case 'remove-jurisdiction': {
        const code = correction.jurisdiction;
        const wasFound = state.evidence.some(
          (item) => (item.kind === 'jurisdiction' || item.kind === 'mention') && item.tag === code && !item.rule.startsWith('editor:'),
        );
        state.jurisdictions = state.jurisdictions.filter((item) => item !== code);
        // Still named in the text, so still a mention: just not what the story is about.
        if (wasFound) state.mentions = appendOnce(state.mentions, code);
        else state.mentions = state.mentions.filter((item) => item !== code);
        state.evidence = [
          ...state.evidence.map((item) => (item.kind === 'jurisdiction' && item.tag === code ? { ...item, kind: 'mention' as const } : item)),
          record('jurisdiction', code, 'removes'),
        ];
        break;
      }
      case 'add-topic':
        state.topics = orderTopics(appendOnce(state.topics, correction.topic));
        state.evidence = [...state.evidence, record('topic', correction.topic)];
        break;
      case 'remove-topic':
        state.topics = state.topics.filter((topic) => topic !== correction.topic);
        state.evidence = [
          ...state.evidence.filter((item) => !(item.kind === 'topic' && item.tag === correction.topic)),
          record('topic', correction.topic, 'removes'),
        ];
        break;
      case 'mark-in-scope':
        state = { ...state, inScope: true, score: 1, topics: orderTopics(appendOnce(state.topics, 'privacy')) };
        state.evidence = [...state.evidence, record('scope', 'in-scope')];
        break;
      case 'mark-out-of-scope':
        state = { ...state, inScope: false, score: 0, jurisdictions: [], mentions: [], topics: [] };
        state.evidence = [...state.evidence.filter((item) => item.kind === 'scope'), record('scope', 'out-of-scope')];
        break;
    }
  }
  return state;
}

/** Turns a correction into a rule for every later story. `term` defaults to the correction's own. */
export function promoteCorrection(correction: Correction, term: string | undefined = correction.term): PromotedRule {
  const words = term?.trim() ?? '';
  if (words === '') {
    throw new CorrectionError(`correction of ${correction.storyId} by ${correction.editor} names no term: a rule needs the words that signal it`);
  }
  const origin = {
    term: words,
    editor: correction.editor,
    storyId: correction.storyId,
    at: correction.at,
    ...(correction.note === undefined ? {} : { note: correction.note }),
  };
  switch (correction.action) {
    case 'add-jurisdiction':
      return { ...origin, effect: 'signal', target: { jurisdiction: correction.jurisdiction } };
    case 'remove-jurisdiction':
      return { ...origin, effect: 'suppress', target: { jurisdiction: correction.jurisdiction } };
    case 'add-topic':
      return { ...origin, effect: 'signal', target: { topic: correction.topic } };
    case 'remove-topic':
      return { ...origin, effect: 'suppress', target: { topic: correction.topic } };
    case 'mark-in-scope':
      return { ...origin, effect: 'signal', target: { scope: 'in' } };
    case 'mark-out-of-scope':
      return { ...origin, effect: 'signal', target: { scope: 'out' } };
  }
}

/** What an exported story needs: the stored story (see `Story`) satisfies it. */
export interface CorrectableStory extends Classification {
  readonly storyId: string;
  readonly url: string;
  readonly source: string;
  readonly title: string;
  readonly summary: string;
  readonly publishedAt?: string;
}

/**
 * The corrected stories as JSON Lines in the labelled-story format of the evaluation sets
 * (one line per story that has at least one correction), ready to grow them.
 */
export function exportCorrectionsAsLabelled(stories: readonly CorrectableStory[], corrections: readonly Correction[]): string {
  const byStory = new Map<string, Correction[]>();
  for (const correction of corrections) {
    const list = byStory.get(correction.storyId) ?? [];
    list.push(correction);
    byStory.set(correction.storyId, list);
  }
  const lines: string[] = [];
  for (const story of stories) {
    const own = byStory.get(story.storyId);
    if (own === undefined || own.length === 0) continue;
    const corrected = applyCorrections(story, own);
    const editors = [...new Set(sortByTime(own).map((correction) => correction.editor))];
    // Corrections made together share their note: it is said once.
    const notes = [...new Set(sortByTime(own).flatMap((correction) => (correction.note ? [correction.note] : []))), `corrected by ${editors.join(', ')}`];
    const row: LabelledStory = {
      id: story.storyId,
      url: story.url,
      source: story.source,
      date: story.publishedAt?.slice(0, 10) ?? '',
      title: story.title,
      summary: story.summary,
      in_scope: corrected.inScope,
      scope_ambiguous: false,
      jurisdictions: corrected.inScope ? [...corrected.jurisdictions] : [],
      acceptable: [],
      topics: corrected.inScope ? orderTopics(corrected.topics) : [],
      notes: notes.join('; '),
    };
    lines.push(JSON.stringify(row));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function sortByTime(corrections: readonly Correction[]): Correction[] {
  // A stable sort keeps same-instant corrections in the order given.
  return [...corrections].sort((a, b) => (Date.parse(a.at) || 0) - (Date.parse(b.at) || 0));
}

function appendOnce<T>(items: readonly T[], item: T): T[] {
  return items.includes(item) ? [...items] : [...items, item];
}

function orderTopics(topics: readonly string[]): string[] {
  const known = TOPICS.filter((topic) => topics.includes(topic));
  return [...known, ...topics.filter((topic) => !(TOPICS as readonly string[]).includes(topic))];
}
