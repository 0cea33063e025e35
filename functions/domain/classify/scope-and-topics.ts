/**
 * Whether a story is about privacy or AI training on personal data, and which topics fit
 * its main thread. Both are sums of weighed cues: a cue counts more in the title than deep
 * in the body, and the second "personal data" adds less than the first.
 */
import {
  CHINESE_PERSONAL_OBJECTS,
  GENERIC_TRAINING_OBJECTS,
  PERSONAL_TRAINING_OBJECTS,
  POWER_WORDS,
  type CueKind,
} from './lexicon.js';
import { positionWeight, type WeighedMention } from './jurisdiction-tagger.js';
import type { CueMatch, TermMatch } from './term-index.js';
import { sentenceTokens, type FieldText } from './text-fields.js';
import type { EvidenceField, Topic } from './types.js';

/** A story is in scope from this much net weight (with at least one anchor). */
export const SCOPE_THRESHOLD = 4;
/** Cues this heavy are anchors: "privacy" alone, however often, never makes a privacy story. */
const ANCHOR_WEIGHT = 2;
const WEAK_SCOPE_CAP = 2;
const NEGATIVE_CAP = 5;

export interface WeighedCue {
  readonly match: TermMatch;
  readonly rule: string;
  readonly weight: number;
}

export interface ScopeVerdict {
  readonly inScope: boolean;
  readonly score: number;
  readonly positive: readonly WeighedCue[];
  readonly negative: readonly WeighedCue[];
}

export interface TrainingHit {
  readonly match: TermMatch;
  /** Whose data: people's (users, posts, personal data) or just "data". */
  readonly personal: boolean;
  readonly rule: string;
}

export interface TopicVerdict {
  readonly topic: Topic;
  readonly evidence: readonly WeighedCue[];
}

export interface StoryFacts {
  readonly fields: ReadonlyMap<EvidenceField, FieldText>;
  readonly cues: readonly CueMatch[];
  readonly weighed: readonly WeighedMention[];
  readonly hasSummary: boolean;
  /** Extra scope weight from promoted editor rules: positive pushes in, negative out. */
  readonly editorScope: readonly WeighedCue[];
}

function fieldFactor(match: TermMatch, hasSummary: boolean): number {
  if (match.field === 'title') return 1.5;
  if (match.field === 'summary' || !hasSummary) return match.start > 1500 ? 0.3 : 1;
  return match.start > 1500 ? 0.3 : 0.6;
}

/** Sums contributions with diminishing returns: 1, 1/2, 1/4... of each further one. */
function diminishingSum(values: number[]): number {
  values.sort((a, b) => b - a);
  let total = 0;
  let factor = 1;
  for (const value of values) {
    total += value * factor;
    factor /= 2;
  }
  return total;
}

export function judgeScope(facts: StoryFacts, training: readonly TrainingHit[]): ScopeVerdict {
  const positive: WeighedCue[] = [];
  const negative: WeighedCue[] = [];
  // A story needs an anchor: one strong cue, a privacy regulator or law, people's data in training.
  let anchored = false;
  for (const match of facts.cues) {
    const weight = match.cue.weight * fieldFactor(match, facts.hasSummary);
    if (match.cue.kind === 'scope') {
      positive.push({ match, rule: match.cue.id, weight });
      if (match.cue.weight >= ANCHOR_WEIGHT) anchored = true;
    } else if (match.cue.kind === 'negative') {
      negative.push({ match, rule: match.cue.id, weight });
    }
  }
  for (const mention of facts.weighed) {
    const { sense, match } = mention;
    if ((sense.role !== 'regulator' && sense.role !== 'law') || sense.weak) continue;
    // Named privacy regulators and laws make a privacy story; competition or AI bodies barely do.
    positive.push({ match, rule: `scope:${sense.rule}`, weight: (sense.privacy ? 3 : 0.5) * fieldFactor(match, facts.hasSummary) });
    if (sense.privacy) anchored = true;
  }
  for (const hit of training) {
    positive.push({ match: hit.match, rule: hit.personal ? 'scope:ai-training-personal-data' : 'scope:ai-training', weight: (hit.personal ? 3 : 1.5) * fieldFactor(hit.match, facts.hasSummary) });
    if (hit.personal) anchored = true;
  }
  let editorPenalty = 0;
  for (const cue of facts.editorScope) {
    if (cue.weight > 0) {
      positive.push(cue);
      anchored = true;
    } else {
      negative.push({ ...cue, weight: -cue.weight });
      editorPenalty -= cue.weight;
    }
  }

  // Diminishing returns within a group: the same cue (or one jurisdiction's regulators) again adds less.
  const groups = new Map<string, number[]>();
  for (const cue of positive) {
    const group = cue.rule.startsWith('scope:regulator:') || cue.rule.startsWith('scope:law:') ? cue.rule.split('/')[0] : cue.rule;
    const list = groups.get(group);
    if (list === undefined) groups.set(group, [cue.weight]);
    else list.push(cue.weight);
  }
  let total = 0;
  for (const [group, values] of groups) {
    const sum = diminishingSum(values);
    total += group === 'scope:weak' ? Math.min(sum, WEAK_SCOPE_CAP) : sum;
  }
  const strongestNegative = new Map<string, number>();
  for (const cue of negative) if (!cue.rule.startsWith('editor-rule:')) strongestNegative.set(cue.rule, Math.max(strongestNegative.get(cue.rule) ?? 0, cue.weight));
  let penalty = 0;
  for (const value of strongestNegative.values()) penalty += value;
  // Editors' rules are not capped: an editor who says "out" means it.
  const net = total - Math.min(penalty, NEGATIVE_CAP) - editorPenalty;
  const raw = net > 0 ? net / (net + SCOPE_THRESHOLD) : 0;
  const score = anchored ? raw : Math.min(raw, 0.45);
  return { inScope: anchored && net >= SCOPE_THRESHOLD, score: Math.round(score * 1000) / 1000, positive, negative };
}

/**
 * "train ... AI models" and the like: a training verb with an AI word close by in the same
 * sentence, and whose data it is. Building or developing counts only with people's data
 * named in the sentence; a copyright sentence is not about people.
 */
export function findTrainingHits(facts: StoryFacts): TrainingHit[] {
  const bySentence = new Map<number, CueMatch[]>();
  for (const match of facts.cues) {
    const kind = match.cue.kind;
    if (kind !== 'train-verb' && kind !== 'develop-verb' && kind !== 'ai-object' && kind !== 'copyright') continue;
    const key = sentenceKey(match);
    const list = bySentence.get(key);
    if (list === undefined) bySentence.set(key, [match]);
    else list.push(match);
  }
  const hits: TrainingHit[] = [];
  for (const matches of bySentence.values()) {
    if (matches.some((match) => match.cue.kind === 'copyright')) continue;
    const objects = matches.filter((match) => match.cue.kind === 'ai-object');
    if (objects.length === 0) continue;
    const field = facts.fields.get(matches[0].field)!;
    const people = sentenceObjects(field, matches[0].sentence);
    for (const verb of matches) {
      if (verb.cue.kind !== 'train-verb' && verb.cue.kind !== 'develop-verb') continue;
      const develop = verb.cue.kind === 'develop-verb';
      if (develop && people !== 'personal') continue;
      const object = pickObject(objects, verb, develop);
      if (object === undefined) continue;
      if (people === 'none') continue;
      const start = Math.min(verb.start, object.start);
      const end = Math.max(verb.end, object.end);
      hits.push({
        match: { field: verb.field, term: field.text.slice(start, end), start, end, startToken: -1, endToken: -1, sentence: verb.sentence },
        personal: people === 'personal',
        rule: develop ? 'topic:ai-training/develop-models' : 'topic:ai-training/train-models',
      });
      break;
    }
  }
  return hits;
}

/** The AI word a training verb governs: the furthest one just after it ("train ... AI models"), else the nearest before. */
function pickObject(objects: readonly CueMatch[], verb: CueMatch, develop: boolean): CueMatch | undefined {
  let after: CueMatch | undefined;
  let before: CueMatch | undefined;
  for (const candidate of objects) {
    if (candidate.start >= verb.end && candidate.start - verb.end <= (develop ? 40 : 50)) {
      if (after === undefined || candidate.end > after.end) after = candidate;
    } else if (!develop && candidate.end <= verb.start && verb.start - candidate.end <= 50) {
      if (before === undefined || candidate.end > before.end) before = candidate;
    }
  }
  return after ?? before;
}

function sentenceObjects(field: FieldText, sentence: number): 'personal' | 'generic' | 'none' {
  let generic = false;
  const [from, to] = sentenceTokens(field, sentence);
  for (let token = from; token < to; token += 1) {
    const word = field.tokenKeys[token];
    if (PERSONAL_TRAINING_OBJECTS.has(word)) return 'personal';
    if (GENERIC_TRAINING_OBJECTS.has(word)) generic = true;
  }
  if (field.hasHan) {
    const start = field.sentenceStarts[sentence];
    const text = field.text.slice(start, field.sentenceStarts[sentence + 1] ?? field.text.length);
    if (CHINESE_PERSONAL_OBJECTS.some((word) => text.includes(word))) return 'personal';
  }
  return generic ? 'generic' : 'none';
}

const TOPIC_THRESHOLDS: Record<Exclude<Topic, 'privacy' | 'ai-training'>, number> = {
  enforcement: 1.5,
  breach: 1.5,
  legislation: 1,
  litigation: 1.5,
  children: 1,
  biometrics: 1,
  'cross-border': 1,
  consent: 1,
};

const CHILD_DATA_WORDS = new Set(['data', 'privacy', 'personal', 'information', 'online', 'recordings', 'accounts', 'profiles', 'photos', 'images', 'apps', 'social', 'users', 'age']);

/**
 * Topics of the main thread: per sentence the strongest cue of a topic, weighed by where the
 * sentence stands, summed over sentences. Enforcement needs a regulator in the sentence
 * (a law will do at half weight): "fined" means nothing without someone fining.
 */
export function findTopics(facts: StoryFacts, training: readonly TrainingHit[], editorTopics: ReadonlyMap<Topic, WeighedCue[]>): TopicVerdict[] {
  const verdicts: TopicVerdict[] = [{ topic: 'privacy', evidence: [] }];
  const trainingWeight = training.reduce((sum, hit) => sum + positionWeight(hit.match.field, hit.match.sentence, hit.match.start, facts.hasSummary), 0);
  if (trainingWeight >= 1 || editorTopics.has('ai-training')) {
    verdicts.push({ topic: 'ai-training', evidence: [...training.map((hit) => ({ match: hit.match, rule: hit.rule, weight: 1 })), ...(editorTopics.get('ai-training') ?? [])] });
  }
  const authorities = sentencesWith(facts, 'authority');
  const laws = sentencesWith(facts, 'law');
  const byKind = new Map<CueKind, CueMatch[]>();
  for (const match of facts.cues) {
    const list = byKind.get(match.cue.kind);
    if (list === undefined) byKind.set(match.cue.kind, [match]);
    else list.push(match);
  }
  for (const topic of Object.keys(TOPIC_THRESHOLDS) as (keyof typeof TOPIC_THRESHOLDS)[]) {
    const best = new Map<number, WeighedCue>();
    for (const match of byKind.get(topic) ?? []) {
      const key = sentenceKey(match);
      let weight = match.cue.weight;
      if (topic === 'enforcement') {
        if (nextWordIsPower(facts, match)) continue;
        weight *= authorities.has(key) ? 1 : laws.has(key) ? 0.5 : 0;
      } else if (topic === 'children' && !nearChildData(facts, match)) {
        continue;
      }
      weight *= positionWeight(match.field, match.sentence, match.start, facts.hasSummary);
      if (weight <= 0) continue;
      const current = best.get(key);
      if (current === undefined || weight > current.weight) best.set(key, { match, rule: match.cue.id, weight });
    }
    const editor = editorTopics.get(topic) ?? [];
    if (best.size === 0 && editor.length === 0) continue;
    const evidence = [...best.values()].sort((a, b) => b.weight - a.weight);
    const total = evidence.reduce((sum, cue) => sum + cue.weight, 0);
    if (total >= TOPIC_THRESHOLDS[topic] || editor.length > 0) verdicts.push({ topic, evidence: [...editor, ...evidence] });
  }
  return verdicts;
}

const FIELD_NUMBERS: Record<EvidenceField, number> = { title: 0, summary: 1, body: 2 };

/** One number per sentence of the story, for cheap lookups. */
function sentenceKey(match: TermMatch): number {
  return FIELD_NUMBERS[match.field] * 1_000_000 + match.sentence;
}

function sentencesWith(facts: StoryFacts, what: 'authority' | 'law'): Set<number> {
  const keys = new Set<number>();
  for (const mention of facts.weighed) {
    const { sense, match, context } = mention;
    const isAuthority = sense.role === 'regulator' || sense.role === 'editor' || context === 'regulator' || context === 'government';
    const isLaw = sense.role === 'law' || context === 'law';
    if ((what === 'authority' && isAuthority) || (what === 'law' && isLaw)) keys.add(sentenceKey(match));
  }
  if (what === 'authority') {
    for (const match of facts.cues) if (match.cue.kind === 'regulator-noun') keys.add(sentenceKey(match));
  } else {
    for (const match of facts.cues) if (match.cue.id === 'scope:privacy-law') keys.add(sentenceKey(match));
  }
  return keys;
}

function nextWordIsPower(facts: StoryFacts, match: TermMatch): boolean {
  if (match.endToken < 0) return false;
  const field = facts.fields.get(match.field)!;
  for (let token = match.endToken; token < Math.min(match.endToken + 2, field.tokenKeys.length); token += 1) {
    if (POWER_WORDS.has(field.tokenKeys[token])) return true;
  }
  const before = field.tokenKeys[match.startToken - 1];
  const beforeThat = field.tokenKeys[match.startToken - 2];
  return (before === 'to' && POWER_WORDS.has(beforeThat ?? '')) || POWER_WORDS.has(before ?? '');
}

function nearChildData(facts: StoryFacts, match: TermMatch): boolean {
  if (/coppa|age|parental/i.test(match.term)) return true;
  if (match.startToken < 0) return true;
  const field = facts.fields.get(match.field)!;
  const from = Math.max(0, match.startToken - 4);
  const to = Math.min(field.tokenKeys.length, match.endToken + 4);
  for (let token = from; token < to; token += 1) {
    if (field.tokenSentences[token] === match.sentence && CHILD_DATA_WORDS.has(field.tokenKeys[token])) return true;
  }
  return false;
}
