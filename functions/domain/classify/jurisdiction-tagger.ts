/**
 * From place, regulator and law mentions to the jurisdictions a story is about. Each mention
 * is weighed by where it stands (title, lead, later) and by what surrounds it: "Italy's
 * privacy watchdog" counts as a regulator, "Hong Kong users" as the population at stake,
 * "Beijing-based" and "transferred to the United States" not at all. Ambiguous names
 * ("Georgia", "PDPA") take the sense the rest of the story supports. The story's
 * jurisdictions are the ones that weigh close to the heaviest; the rest become mentions.
 */
import { JURISDICTIONS, findJurisdiction } from '../../taxonomy/taxonomy.js';
import {
  COMPANY_NOUNS,
  COMPARISON_WORDS,
  CONTEXT_FILLERS,
  COUNTRY_CUES,
  GOVERNMENT_NOUNS,
  LAW_NOUNS,
  ORGANISATION_HEADS,
  POPULATION_NOUNS,
  REGULATOR_NOUNS,
  SEAT_NOUNS,
  SUBDIVISION_CUES,
  TRANSFER_WORDS,
  VENUE_WORDS,
} from './lexicon.js';
import type { GeoMatch, GeoRole, GeoSense } from './term-index.js';
import { tokenizeTerm, type FieldText } from './text-fields.js';
import type { EvidenceField } from './types.js';

export type MentionContext =
  | 'seat'
  | 'organisation'
  | 'dateline'
  | 'company'
  | 'transfer'
  | 'venue'
  | 'regulator'
  | 'government'
  | 'law'
  | 'population';

export interface WeighedMention {
  readonly match: GeoMatch;
  readonly sense: GeoSense;
  readonly context: MentionContext | undefined;
  readonly weight: number;
  /** Evidence that places the story on its own: a regulator, a law, a population, a title. */
  readonly strong: boolean;
  /** A loose name ("China", "Europe") that nothing around it made firmer. */
  readonly weak: boolean;
}

export interface JurisdictionVerdict {
  /** What the story is about, heaviest first. */
  readonly jurisdictions: readonly string[];
  /** Named only as background, comparison, a company's seat..., heaviest first. */
  readonly mentions: readonly string[];
  readonly weighed: readonly WeighedMention[];
}

export interface TaggingInput {
  readonly fields: ReadonlyMap<EvidenceField, FieldText>;
  readonly geo: readonly GeoMatch[];
  readonly hasSummary: boolean;
  readonly prior?: string;
}

const ROLE_WEIGHT: Record<GeoRole, number> = {
  regulator: 3,
  editor: 3,
  law: 2,
  name: 1,
  demonym: 1,
  alias: 1,
  global: 1.5,
  place: 0.8,
  weak: 0.4,
};

/** A jurisdiction is the story's when it weighs at least this share of the heaviest one. */
const RELATIVE_THRESHOLD = 0.35;
/** ...and at least this much: one name in the summary's later sentences is enough alone. */
const ABSOLUTE_THRESHOLD = 0.9;

export function positionWeight(field: EvidenceField, sentence: number, offset: number, hasSummary: boolean): number {
  if (field === 'title') return 3;
  if (field === 'summary') return sentence === 0 ? 2 : 1;
  // Far into a body sit footers, bylines and related links.
  if (!hasSummary) return offset > 1500 ? 0.5 : sentence === 0 ? 2 : 1;
  return offset > 1500 ? 0.35 : 0.7;
}

export function tagJurisdictions(input: TaggingInput): JurisdictionVerdict {
  const geoTokens = markGeoTokens(input);
  const comparisons = new Map<FieldText, Int8Array>();
  const weighed: WeighedMention[] = [];
  const ambiguous: GeoMatch[] = [];
  for (const match of input.geo) {
    const codes = distinctCodes(match.senses);
    if (codes.length === 1) weighed.push(weighMention(input, geoTokens, comparisons, match, strongestSense(match.senses)));
    else ambiguous.push(match);
  }
  const direct = sumScores(weighed);
  for (const match of ambiguous) {
    const sense = resolveSense(input, match, direct);
    if (sense !== undefined) weighed.push(weighMention(input, geoTokens, comparisons, match, sense));
  }
  const scores = sumScores(weighed);
  const jurisdictions = selectJurisdictions(scores, weighed);
  const selected = new Set(jurisdictions);
  const mentions = [...scores.keys()].filter((code) => !selected.has(code)).sort((a, b) => scores.get(b)! - scores.get(a)!);
  return { jurisdictions, mentions, weighed };
}

function distinctCodes(senses: readonly GeoSense[]): string[] {
  if (senses.length === 1) return [senses[0].code];
  return [...new Set(senses.map((sense) => sense.code))];
}

function strongestSense(senses: readonly GeoSense[]): GeoSense {
  let best = senses[0];
  for (const sense of senses) if (senseWeight(sense) > senseWeight(best)) best = sense;
  return best;
}

function senseWeight(sense: GeoSense): number {
  return sense.weak ? ROLE_WEIGHT.weak : ROLE_WEIGHT[sense.role];
}

function sumScores(weighed: readonly WeighedMention[]): Map<string, number> {
  const scores = new Map<string, number>();
  for (const mention of weighed) scores.set(mention.sense.code, (scores.get(mention.sense.code) ?? 0) + mention.weight);
  return scores;
}

/** Which words of each field belong to some place mention: they may sit between a place and its noun. */
function markGeoTokens(input: TaggingInput): Map<EvidenceField, Uint8Array> {
  const marks = new Map<EvidenceField, Uint8Array>();
  for (const [field, text] of input.fields) marks.set(field, new Uint8Array(text.tokenKeys.length));
  for (const match of input.geo) {
    if (match.startToken < 0) continue;
    const mark = marks.get(match.field)!;
    for (let token = match.startToken; token < match.endToken; token += 1) mark[token] = match.senses.some((sense) => sense.role === 'law') ? 2 : 1;
  }
  return marks;
}

function weighMention(input: TaggingInput, geoTokens: Map<EvidenceField, Uint8Array>, comparisons: Map<FieldText, Int8Array>, match: GeoMatch, sense: GeoSense): WeighedMention {
  const field = input.fields.get(match.field)!;
  const read = match.startToken < 0 ? undefined : readContext(field, geoTokens.get(match.field)!, match);
  // A regulator or a law is not a population: "residents ... under the GDPR" says nothing of the GDPR.
  const context = read === 'population' && (sense.role === 'law' || sense.role === 'regulator') ? undefined : read;
  let weight = senseWeight(sense);
  let weak = sense.weak;
  switch (context) {
    case 'seat':
    case 'organisation':
    case 'dateline':
      weight = 0;
      break;
    case 'company':
    case 'transfer':
      weight *= 0.2;
      break;
    case 'venue':
      weight *= 0.3;
      break;
    case 'regulator':
      weight = Math.max(weight, ROLE_WEIGHT.regulator);
      weak = false;
      break;
    case 'government':
    case 'law':
      weight = Math.max(weight, ROLE_WEIGHT.law);
      weak = false;
      break;
    case 'population':
      weight = Math.max(weight, weak ? ROLE_WEIGHT.weak * 2 : ROLE_WEIGHT.name) * 1.5;
      weak = false;
      break;
    default:
      break;
  }
  weight *= positionWeight(match.field, match.sentence, match.start, input.hasSummary);
  if (match.startToken >= 0 && inComparison(field, match, comparisons)) weight *= 0.5;
  const strong =
    weight > 0 &&
    (match.field === 'title' ||
      ((sense.role === 'regulator' || sense.role === 'law' || sense.role === 'editor') && !sense.weak) ||
      context === 'regulator' ||
      context === 'government' ||
      context === 'law' ||
      context === 'population');
  return { match, sense, context, weight, strong, weak };
}

/** Whether the mention's sentence compares or looks back ("he cited the UK's cameras"). */
function inComparison(field: FieldText, match: GeoMatch, cache: Map<FieldText, Int8Array>): boolean {
  let marks = cache.get(field);
  if (marks === undefined) {
    marks = new Int8Array(field.sentenceStarts.length);
    for (let token = 0; token < field.tokenKeys.length; token += 1) if (COMPARISON_WORDS.has(field.tokenKeys[token])) marks[field.tokenSentences[token]] = 1;
    cache.set(field, marks);
  }
  return marks[match.sentence] === 1;
}

/** The word at `token` if it is in the given sentence, else undefined. */
function wordAt(field: FieldText, sentence: number, token: number): string | undefined {
  return token >= 0 && token < field.tokenKeys.length && field.tokenSentences[token] === sentence ? field.tokenKeys[token] : undefined;
}

/** Reads the words around a mention for what they make of it. */
function readContext(field: FieldText, geoTokens: Uint8Array, match: GeoMatch): MentionContext | undefined {
  const sentence = match.sentence;
  const first = match.startToken;
  const last = match.endToken - 1;

  if (isDateline(field, match)) return 'dateline';
  const previous = wordAt(field, sentence, first - 1);
  const beforePrevious = wordAt(field, sentence, first - 2);
  if (previous === 'of' && ORGANISATION_HEADS.has(beforePrevious ?? '')) return 'organisation';

  const next = wordAt(field, sentence, last + 1);
  const afterNext = wordAt(field, sentence, last + 2);
  if (next !== undefined && SEAT_NOUNS.has(next)) {
    return POPULATION_NOUNS.has(afterNext ?? '') ? 'population' : 'seat';
  }
  if (sitsAfterSeatWords(field, match)) return 'seat';

  // Forward: skip fillers and other places to the noun that says what the place is doing;
  // failing that, a population right after the place ("Hong Kong users", "EU user data").
  const populationNext = (next !== undefined && POPULATION_NOUNS.has(next)) || (next === 's' && afterNext !== 'data' && POPULATION_NOUNS.has(afterNext ?? ''));
  for (let distance = 1, skipped = 0; skipped <= 4; distance += 1) {
    const token = last + distance;
    const word = wordAt(field, sentence, token);
    if (word === undefined) break;
    if (REGULATOR_NOUNS.has(word)) return 'regulator';
    if (GOVERNMENT_NOUNS.has(word)) return 'government';
    if (LAW_NOUNS.has(word) || geoTokens[token] === 2) return 'law';
    if (COMPANY_NOUNS.has(word) && distance <= 2) return 'company';
    if (!(CONTEXT_FILLERS.has(word) || geoTokens[token] === 1 || word === 'tech' || word === 'internet')) break;
    skipped += 1;
  }
  if (populationNext) return 'population';

  // Backward: "the data protection authority of Norway", "users in the U.K. and E.U.".
  if (previous === 'of' || previous === 'for') {
    const head = beforePrevious === 'the' ? wordAt(field, sentence, first - 3) : beforePrevious;
    if (head !== undefined && REGULATOR_NOUNS.has(head)) return 'regulator';
  }
  if (hasPopulationBefore(field, geoTokens, match)) return 'population';
  if (previous === 'to' || (previous === 'the' && beforePrevious === 'to')) {
    for (let token = first - 1; token >= 0 && field.tokenSentences[token] === sentence; token -= 1) {
      if (TRANSFER_WORDS.has(field.tokenKeys[token])) return 'transfer';
    }
  }
  if (previous === 'in' || (previous === 'the' && beforePrevious === 'in')) {
    // "a summit in Seoul"; "a federal court in California" sits there but applies federal law.
    let courtSeen = false;
    for (let distance = 1; distance <= 7; distance += 1) {
      const word = wordAt(field, sentence, first - distance);
      if (word === undefined) break;
      if (VENUE_WORDS.has(word)) return 'venue';
      if (word === 'court' || word === 'judge' || word === 'courthouse') courtSeen = true;
      else if (courtSeen && word === 'federal') return 'venue';
    }
  }
  return undefined;
}

function sitsAfterSeatWords(field: FieldText, match: GeoMatch): boolean {
  for (let distance = 1; distance <= 4; distance += 1) {
    const word = wordAt(field, match.sentence, match.startToken - distance);
    if (word === undefined) return false;
    if (POPULATION_NOUNS.has(word)) return false;
    if (word === 'based' || word === 'headquartered' || word === 'headquarters' || word === 'incorporated') return true;
  }
  return false;
}

/** "users in the U.K. and E.U.", "residents of Texas", "members located in the EU". */
function hasPopulationBefore(field: FieldText, geoTokens: Uint8Array, match: GeoMatch): boolean {
  let token = match.startToken - 1;
  // Articles and other places in the same list may stand between the link and this place.
  for (let skipped = 0; skipped < 6; skipped += 1, token -= 1) {
    const word = wordAt(field, match.sentence, token);
    if (word === undefined) return false;
    if (word === 'the' || word === 'and' || word === 'or' || geoTokens[token] === 1) continue;
    break;
  }
  const link = wordAt(field, match.sentence, token);
  if (link !== 'in' && link !== 'of' && link !== 'from' && link !== 'across' && link !== 'throughout' && link !== 'outside') return false;
  let noun = wordAt(field, match.sentence, token - 1);
  if (noun === 'located' || noun === 'based' || noun === 'living') noun = wordAt(field, match.sentence, token - 2);
  return noun !== undefined && noun !== 'data' && noun !== 'personal' && POPULATION_NOUNS.has(noun);
}

/** "LONDON (Reuters) -" or "Hong Kong —" at the very start of a summary or body. */
function isDateline(field: FieldText, match: GeoMatch): boolean {
  if (field.field === 'title' || match.start > 2) return false;
  const rest = field.text.slice(match.end, match.end + 40);
  return /^(?:,\s*[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)?\s*(?:\(|—|–|-\s|:)/u.test(rest);
}

/**
 * Picks the sense of an ambiguous term that the rest of the story supports: direct evidence
 * for the jurisdiction, its country or its neighbours, sense cues near the term, the feed's
 * home as a tie-breaker. No support, no sense.
 */
function resolveSense(input: TaggingInput, match: GeoMatch, direct: ReadonlyMap<string, number>): GeoSense | undefined {
  const byCode = new Map<string, GeoSense>();
  for (const sense of match.senses) {
    const current = byCode.get(sense.code);
    if (current === undefined || senseWeight(sense) > senseWeight(current)) byCode.set(sense.code, sense);
  }
  const window = match.startToken < 0 ? [] : windowWords(input.fields.get(match.field)!, match, 8);
  let best: GeoSense | undefined;
  let bestSupport = 0;
  let tied = false;
  for (const [code, sense] of byCode) {
    const support = supportFor(code, direct, window) + (input.prior === code ? 0.5 : 0);
    if (support > bestSupport) {
      best = sense;
      bestSupport = support;
      tied = false;
    } else if (support === bestSupport && support > 0) {
      tied = true;
    }
  }
  return tied ? undefined : best;
}

function supportFor(code: string, direct: ReadonlyMap<string, number>, window: readonly string[]): number {
  const jurisdiction = findJurisdiction(code);
  let support = direct.get(code) ?? 0;
  const parent = jurisdiction?.parent;
  for (const [other, score] of direct) {
    if (other === code) continue;
    const otherParent = findJurisdiction(other)?.parent;
    if (other === parent || (parent !== undefined && otherParent === parent) || otherParent === code) support += 0.5 * score;
  }
  if (window.length > 0) {
    const cues = CONTEXT_CUE_WORDS.get(code) ?? [];
    if (cues.some((cue) => containsPhrase(window, cue))) support += 3;
    const generic = jurisdiction?.kind === 'subdivision' ? SUBDIVISION_CUES : COUNTRY_CUES;
    if (window.some((word) => generic.has(word))) support += 2;
  }
  return support;
}

function windowWords(field: FieldText, match: GeoMatch, reach: number): string[] {
  const words: string[] = [];
  const from = Math.max(0, match.startToken - reach);
  const to = Math.min(field.tokenKeys.length, match.endToken + reach);
  for (let token = from; token < to; token += 1) {
    if (token >= match.startToken && token < match.endToken) continue;
    if (field.tokenSentences[token] === match.sentence) words.push(field.tokenKeys[token]);
  }
  return words;
}

/** Each jurisdiction's sense cues as words, worked out once. */
const CONTEXT_CUE_WORDS: ReadonlyMap<string, readonly string[][]> = new Map(
  JURISDICTIONS.filter((jurisdiction) => (jurisdiction.contextCues ?? []).length > 0).map((jurisdiction) => [
    jurisdiction.code,
    (jurisdiction.contextCues ?? []).map((cue) => tokenizeTerm(cue).map((word) => word.toLowerCase())).filter((words) => words.length > 0),
  ]),
);

function containsPhrase(words: readonly string[], parts: readonly string[]): boolean {
  outer: for (let index = 0; index + parts.length <= words.length; index += 1) {
    for (let offset = 0; offset < parts.length; offset += 1) if (words[index + offset] !== parts[offset]) continue outer;
    return true;
  }
  return false;
}

function selectJurisdictions(scores: ReadonlyMap<string, number>, weighed: readonly WeighedMention[]): string[] {
  let top = 0;
  for (const score of scores.values()) top = Math.max(top, score);
  if (top === 0) return [];
  const byCode = new Map<string, WeighedMention[]>();
  for (const mention of weighed) {
    if (mention.weight <= 0) continue;
    const list = byCode.get(mention.sense.code) ?? [];
    list.push(mention);
    byCode.set(mention.sense.code, list);
  }
  const threshold = Math.max(ABSOLUTE_THRESHOLD, RELATIVE_THRESHOLD * top);
  const selected = new Set<string>();
  for (const [code, score] of scores) {
    const mentions = byCode.get(code) ?? [];
    // Whose data is at stake, said up front ("EU users" in the lead), places a story even
    // when another jurisdiction's regulator fills the rest of it.
    const upFrontPopulation = mentions.some((mention) => mention.context === 'population' && mention.weight >= 2);
    if (score < threshold && !(upFrontPopulation && score >= ABSOLUTE_THRESHOLD)) continue;
    // A loose name alone ("China", "Europe") places a story only when nothing weighs more.
    if (mentions.every((mention) => mention.weak) && score < top) continue;
    selected.add(code);
  }
  dropUnionsNamedInPassing(selected, byCode);
  dropMainlandForSeparateRegimes(selected, byCode);
  dropParentsOfSubdivisions(selected, byCode);
  return [...selected].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}

/**
 * The EU (or EEA) is a story's jurisdiction when its institutions act, when its users as
 * such are at stake, or when the headline names it (not just its law). A national regulator applying the GDPR
 * at home, or a country modelling its law on it, is national news: EU law named along the
 * way does not add EU.
 */
function dropUnionsNamedInPassing(selected: Set<string>, byCode: ReadonlyMap<string, WeighedMention[]>): void {
  for (const union of ['EU', 'EEA']) {
    if (!selected.has(union)) continue;
    const ownWeight = (byCode.get(union) ?? []).some(
      (mention) =>
        (mention.match.field === 'title' && mention.sense.role !== 'law' && mention.context !== 'law') ||
        (mention.sense.role === 'regulator' && !mention.sense.weak) ||
        mention.context === 'population' ||
        mention.context === 'government',
    );
    if (ownWeight) continue;
    const otherStrong = [...selected].some((code) => code !== 'EU' && code !== 'EEA' && (byCode.get(code) ?? []).some((mention) => mention.strong));
    if (otherStrong) selected.delete(union);
  }
}

/** "China" in a Hong Kong, Macao or Taiwan story is background; mainland regulators and laws are not. */
function dropMainlandForSeparateRegimes(selected: Set<string>, byCode: ReadonlyMap<string, WeighedMention[]>): void {
  if (!selected.has('CN') || !['HK', 'MO', 'TW'].some((code) => selected.has(code))) return;
  if ((byCode.get('CN') ?? []).every((mention) => mention.weak)) selected.delete('CN');
}

/** A state's law is the state's story; the country joins only with national law or a nationwide population. */
function dropParentsOfSubdivisions(selected: Set<string>, byCode: ReadonlyMap<string, WeighedMention[]>): void {
  for (const code of [...selected]) {
    const parent = findJurisdiction(code)?.parent;
    if (parent === undefined || !selected.has(parent)) continue;
    if (!(byCode.get(parent) ?? []).some((mention) => mention.strong)) selected.delete(parent);
  }
}
