/**
 * From place, regulator and law mentions to the jurisdictions a story is about. Each mention
 * is weighed by where it stands (title, lead, later) and by what surrounds it: "Italy's
 * privacy watchdog" counts as a regulator, "Hong Kong users" as the population at stake,
 * "Beijing-based" and "transferred to the United States" not at all. Ambiguous names
 * ("Georgia", "PDPA") take the sense the rest of the story supports. The story's
 * jurisdictions are the ones that weigh close to the heaviest; the rest become mentions.
 */
import { JURISDICTIONS } from '../../taxonomy/taxonomy.js';
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
import { Recycler } from './recycler.js';
import { sentenceFrom, sentenceTo, startsUpper, tokenizeTerm, type FieldText, type StoryFields } from './text-fields.js';
import type { EvidenceField } from './types.js';
import { internWord, WordSet } from './vocabulary.js';

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
  | 'population'
  /** "modelled on Virginia's law", "similar to the GDPR": a comparison, not the story's place. */
  | 'comparison'
  /** "across the EU", "EU-wide": an effect throughout the place, which counts for a union (see `weighMention`). */
  | 'area'
  /** "the regulator, which enforces both the Protection of Personal Information Act and ...": a body's remit, not the story's law. */
  | 'remit';

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
  readonly fields: StoryFields;
  readonly geo: readonly GeoMatch[];
  readonly hasSummary: boolean;
  readonly prior?: string;
  /** The story's language (`language.ts`): a clashing acronym of a regulator that speaks it means that regulator. */
  readonly language?: string;
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
  const comparisons = new ByField<number[]>();
  const weighed: WeighedMention[] = [];
  const ambiguous: GeoMatch[] = [];
  for (const match of input.geo) {
    if (hasOneCode(match.senses)) weighed.push(weighMention(input, geoTokens, comparisons, match, strongestSense(match.senses)));
    else ambiguous.push(match);
  }
  const direct = sumScores(weighed);
  const settled = weighed.length;
  for (const match of ambiguous) {
    const sense = resolveSense(input, match, direct);
    if (sense !== undefined) weighed.push(weighMention(input, geoTokens, comparisons, match, sense));
  }
  // Every ambiguous term was settled on the direct sums alone; now they go on with the
  // mentions just settled, in the same order as summing anew.
  const scores = direct;
  for (let index = settled; index < weighed.length; index += 1) scores.add(weighed[index].sense.code, weighed[index].weight);
  const selected = selectJurisdictions(scores, weighed);
  const others: number[] = [];
  for (let index = 0; index < scores.codes.length; index += 1) if (!selected.includes(index)) others.push(index);
  return { jurisdictions: scores.heaviestFirst(selected), mentions: scores.heaviestFirst(others), weighed };
}

function hasOneCode(senses: readonly GeoSense[]): boolean {
  for (let index = 1; index < senses.length; index += 1) if (senses[index].code !== senses[0].code) return false;
  return true;
}

function strongestSense(senses: readonly GeoSense[]): GeoSense {
  let best = senses[0];
  for (const sense of senses) if (senseWeight(sense) > senseWeight(best)) best = sense;
  return best;
}

function senseWeight(sense: GeoSense): number {
  return sense.weak ? ROLE_WEIGHT.weak : roleWeight(sense.role);
}

/** `ROLE_WEIGHT[role]`, spelt out: a lookup by a changing key is slow to run. */
function roleWeight(role: GeoRole): number {
  switch (role) {
    case 'regulator':
      return ROLE_WEIGHT.regulator;
    case 'editor':
      return ROLE_WEIGHT.editor;
    case 'law':
      return ROLE_WEIGHT.law;
    case 'name':
      return ROLE_WEIGHT.name;
    case 'demonym':
      return ROLE_WEIGHT.demonym;
    case 'alias':
      return ROLE_WEIGHT.alias;
    case 'global':
      return ROLE_WEIGHT.global;
    case 'place':
      return ROLE_WEIGHT.place;
    case 'weak':
      return ROLE_WEIGHT.weak;
  }
}

/**
 * Weight per jurisdiction code, codes in the order they first appear. A story names a
 * handful of codes, so a list searched in order serves, and keeps the sums unboxed.
 */
class Scores {
  readonly codes: string[] = [];
  /** Each code's country, for subdivisions, looked up once. */
  readonly parents: (string | undefined)[] = [];
  private readonly totals: number[] = [];

  add(code: string, weight: number): void {
    const at = this.codes.indexOf(code);
    if (at >= 0) {
      this.totals[at] += weight;
    } else {
      this.codes.push(code);
      this.parents.push(factsOf(code).parent);
      this.totals.push(0 + weight);
    }
  }

  weightAt(index: number): number {
    return this.totals[index];
  }

  /** The code's weight, 0 when it has none. */
  get(code: string): number {
    const at = this.codes.indexOf(code);
    return at >= 0 ? this.totals[at] : 0;
  }

  /**
   * The codes at the given positions (ascending), heaviest first; equally heavy ones keep
   * their order. Sorted by insertion on the weights themselves: a handful of codes.
   */
  heaviestFirst(positions: readonly number[]): string[] {
    const order = positions.slice();
    for (let index = 1; index < order.length; index += 1) {
      const item = order[index];
      const weight = this.totals[item];
      let at = index;
      while (at > 0 && this.totals[order[at - 1]] < weight) {
        order[at] = order[at - 1];
        at -= 1;
      }
      order[at] = item;
    }
    const codes: string[] = [];
    for (const position of order) codes.push(this.codes[position]);
    return codes;
  }

  top(): number {
    let top = 0;
    for (const total of this.totals) top = Math.max(top, total);
    return top;
  }
}

function sumScores(weighed: readonly WeighedMention[]): Scores {
  const scores = new Scores();
  for (const mention of weighed) scores.add(mention.sense.code, mention.weight);
  return scores;
}

/**
 * Which words of each field belong to some place mention (2 for a law's name, else 1): they
 * may sit between a place and its noun. The tables are kept per field name and cleared for
 * each story, since making typed arrays afresh costs more than the marking.
 */
function markGeoTokens(input: TaggingInput): ByField<Uint8Array> {
  const marks = new ByField<Uint8Array>();
  for (const match of input.geo) {
    if (match.startToken < 0) continue;
    let mark = marks.get(match.field);
    if (mark === undefined) {
      mark = clearedMarks(match.field, input.fields.get(match.field)!.tokenCount);
      marks.set(match.field, mark);
    }
    let value = 1;
    for (const sense of match.senses) if (sense.role === 'law') value = 2;
    for (let token = match.startToken; token < match.endToken; token += 1) mark[token] = value;
  }
  return marks;
}

/** One value per field name for one story, picked by comparing the name with three constants. */
class ByField<T> {
  private title: T | undefined;
  private summary: T | undefined;
  private body: T | undefined;

  get(field: EvidenceField): T | undefined {
    return field === 'title' ? this.title : field === 'summary' ? this.summary : this.body;
  }

  set(field: EvidenceField, value: T): void {
    if (field === 'title') this.title = value;
    else if (field === 'summary') this.summary = value;
    else this.body = value;
  }
}

const markTables = new Map<EvidenceField, Uint8Array>();

/** The field's mark table, zero for its first `count` words; read no further. */
function clearedMarks(field: EvidenceField, count: number): Uint8Array {
  let table = markTables.get(field);
  if (table === undefined || table.length < count) {
    table = new Uint8Array(Math.max(count, 2 * (table?.length ?? 128)));
    markTables.set(field, table);
  } else {
    table.fill(0, 0, count);
  }
  return table;
}

function weighMention(input: TaggingInput, geoTokens: ByField<Uint8Array>, comparisons: ByField<number[]>, match: GeoMatch, sense: GeoSense): WeighedMention {
  const field = input.fields.get(match.field)!;
  const read = match.startToken < 0 ? readChineseContext(field, match) : readContext(field, geoTokens.get(match.field)!, match);
  // An effect throughout a union ("across the EU", "EU-wide") puts its people at stake; across a country it says nothing.
  const widened = read === 'area' ? (sense.code === 'EU' || sense.code === 'EEA' ? 'population' : undefined) : read;
  // A regulator or a law is not a population: "residents ... under the GDPR" says nothing of the GDPR.
  const context = widened === 'population' && (sense.role === 'law' || sense.role === 'regulator') ? undefined : widened;
  // A clashing acronym ("AP": a Dutch regulator and a news agency) or a home name ("de
  // privacytoezichthouder") in a story written in its regulator's language means the regulator,
  // unless a place or nationality just before says whose it is ("de Ierse privacytoezichthouder").
  const owned = sense.firm !== undefined && ownedByWordBefore(field, geoTokens.get(match.field), match);
  if (sense.firm !== undefined && !owned && sense.role === 'regulator' && input.language !== undefined && speaks(sense.code, input.language)) sense = sense.firm;
  let weight = owned ? 0 : senseWeight(sense);
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
    case 'comparison':
    case 'remit':
      weight *= 0.2;
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
  const free = MENTIONS.next();
  if (free === undefined) return MENTIONS.keep(new Weighing(match, sense, context, weight, strong, weak));
  free.match = match;
  free.sense = sense;
  free.context = context;
  free.weight = weight;
  free.strong = strong;
  free.weak = weak;
  return free;
}

/** Every weighed mention is one of these, recycled from story to story (see recycler.ts). */
class Weighing implements WeighedMention {
  constructor(
    public match: GeoMatch,
    public sense: GeoSense,
    public context: MentionContext | undefined,
    public weight: number,
    public strong: boolean,
    public weak: boolean,
  ) {}
}

const MENTIONS = new Recycler<Weighing>(1 << 12);

/** Every weighed mention made so far may be handed out again (see recycler.ts). */
export function recycleMentions(): void {
  MENTIONS.recycle();
}

/**
 * Whether the mention's sentence compares or looks back ("he cited the UK's cameras"). Each
 * sentence is read once, when a mention in it first asks: 0 not read yet, 1 no, 2 yes.
 */
function inComparison(field: FieldText, match: GeoMatch, cache: ByField<number[]>): boolean {
  let marks = cache.get(field.field);
  if (marks === undefined) {
    marks = new Array<number>(field.sentenceStarts.length).fill(0);
    cache.set(field.field, marks);
  }
  if (marks[match.sentence] === 0) {
    const from = sentenceFrom(field, match.sentence);
    const to = sentenceTo(field, match.sentence);
    let found = false;
    for (let token = from; token < to && !found; token += 1) found = COMPARISON_WORDS.has(field.tokenWords[token]);
    marks[match.sentence] = found ? 2 : 1;
  }
  return marks[match.sentence] === 2;
}

// The words the rules below name, by vocabulary number.
const OF = internWord('of');
const FOR = internWord('for');
const THE = internWord('the');
const TO = internWord('to');
const IN = internWord('in');
const AND = internWord('and');
const OR = internWord('or');
const FROM = internWord('from');
const ACROSS = internWord('across');
const THROUGHOUT = internWord('throughout');
const OUTSIDE = internWord('outside');
const S = internWord('s');
const DATA = internWord('data');
const PERSONAL = internWord('personal');
const TECH = internWord('tech');
const INTERNET = internWord('internet');
const COURT = internWord('court');
const JUDGE = internWord('judge');
const COURTHOUSE = internWord('courthouse');
const FEDERAL = internWord('federal');
const BASED = internWord('based');
const HEADQUARTERED = internWord('headquartered');
const HEADQUARTERS = internWord('headquarters');
const INCORPORATED = internWord('incorporated');
const LOCATED = internWord('located');
const LIVING = internWord('living');
const ON = internWord('on');
const AFTER = internWord('after');
const BY = internWord('by');
const WIDE = internWord('wide');
/** Words before "on", "after", "by" or "to" that make the next place a model or a comparison. */
const MODEL_WORDS = new WordSet(['modelled', 'modeled', 'patterned', 'inspired', 'similar', 'akin', 'comparable']);

/** No word: before the field's start, past its end, or in another sentence. */
const NO_WORD = -1;

/** The vocabulary number of the word at `token` if it is in the given sentence, else NO_WORD. */
function wordAt(field: FieldText, sentence: number, token: number): number {
  return token >= 0 && token < field.tokenCount && field.tokenSentences[token] === sentence ? field.tokenWords[token] : NO_WORD;
}

/** Reads the words around a mention for what they make of it. */
// Chinese has no spaces: what a place is doing is read from the characters next to it.
/** After a place: the people whose data is at stake ("歐盟用戶"). */
const CHINESE_POPULATION = ['用戶', '用户', '居民', '市民', '公民', '消費者', '消费者', '會員', '会员', '民眾', '民众', '網民', '网民', '人士'];
/** After a place: a company of that place ("中國公司"), not the story's place. */
const CHINESE_COMPANY = ['公司', '企業', '企业', '集團', '集团', '科技公司', '母公司'];
/** Before a place: where data is sent ("傳送至中國"). */
const CHINESE_TRANSFER = ['傳送至', '传送至', '傳輸至', '传输至', '轉移至', '转移至', '傳至', '传至', '傳往', '传往', '送往', '存放於', '存放于', '儲存於', '储存于'];
/** How far the characters read reach on either side. */
const CHINESE_REACH = 3;

function readChineseContext(field: FieldText, match: GeoMatch): MentionContext | undefined {
  const after = field.text.slice(match.end, match.end + CHINESE_REACH);
  const before = field.text.slice(Math.max(0, match.start - CHINESE_REACH), match.start);
  if (CHINESE_TRANSFER.some((word) => before.endsWith(word))) return 'transfer';
  if (CHINESE_COMPANY.some((word) => after.startsWith(word))) return 'company';
  if (CHINESE_POPULATION.some((word) => after.startsWith(word))) return 'population';
  return undefined;
}

function readContext(field: FieldText, geoTokens: Uint8Array, match: GeoMatch): MentionContext | undefined {
  const sentence = match.sentence;
  const first = match.startToken;
  const last = match.endToken - 1;

  if (isDateline(field, match)) return 'dateline';
  const previous = wordAt(field, sentence, first - 1);
  const beforePrevious = wordAt(field, sentence, first - 2);
  if (previous === OF && ORGANISATION_HEADS.has(beforePrevious)) return 'organisation';
  if (followsRemitVerb(field, geoTokens, match)) return 'remit';
  // "modelled on Virginia's law", "similar to the GDPR": whatever follows, the place is a comparison.
  const link = previous === THE ? beforePrevious : previous;
  const beforeLink = wordAt(field, sentence, previous === THE ? first - 3 : first - 2);
  if ((link === ON || link === AFTER || link === BY || link === TO) && MODEL_WORDS.has(beforeLink)) return 'comparison';

  const next = wordAt(field, sentence, last + 1);
  const afterNext = wordAt(field, sentence, last + 2);
  if (SEAT_NOUNS.has(next)) {
    // "Texas-based users" are people; a "Nevada-registered data broker" is a company's seat.
    return afterNext !== DATA && afterNext !== PERSONAL && POPULATION_NOUNS.has(afterNext) ? 'population' : 'seat';
  }
  if (sitsAfterSeatWords(field, match)) return 'seat';

  // Forward: skip fillers and other places to the noun that says what the place is doing;
  // failing that, a population right after the place ("Hong Kong users", "EU user data").
  // The population right after the place, or one word on ("European taxi drivers", "Irish Facebook users").
  const populationNext =
    POPULATION_NOUNS.has(next) ||
    (next !== NO_WORD && next !== DATA && next !== PERSONAL && afterNext !== DATA && afterNext !== PERSONAL && POPULATION_NOUNS.has(afterNext));
  for (let distance = 1, skipped = 0; skipped <= 4; distance += 1) {
    const token = last + distance;
    const word = wordAt(field, sentence, token);
    if (word === NO_WORD) break;
    if (REGULATOR_NOUNS.has(word)) return 'regulator';
    if (GOVERNMENT_NOUNS.has(word)) return 'government';
    if (LAW_NOUNS.has(word) || geoTokens[token] === 2) return 'law';
    if (COMPANY_NOUNS.has(word) && distance <= 2) return 'company';
    if (!(CONTEXT_FILLERS.has(word) || geoTokens[token] === 1 || word === TECH || word === INTERNET)) break;
    skipped += 1;
  }
  if (populationNext) return 'population';

  if (next === WIDE) return 'area';

  // Backward: "the data protection authority of Norway", "his counterparts in Quebec, British
  // Columbia and Alberta", "users in the U.K. and E.U.".
  if (hasRegulatorBefore(field, geoTokens, match)) return 'regulator';
  if (hasPopulationBefore(field, geoTokens, match)) return 'population';
  if (link === ACROSS || link === THROUGHOUT) return 'area';
  if (previous === TO || (previous === THE && beforePrevious === TO)) {
    for (let token = first - 1; token >= 0 && field.tokenSentences[token] === sentence; token -= 1) {
      if (TRANSFER_WORDS.has(field.tokenWords[token])) return 'transfer';
    }
  }
  if (previous === IN || (previous === THE && beforePrevious === IN)) {
    // "a summit in Seoul"; "a federal court in California" sits there but applies federal law.
    let courtSeen = false;
    for (let distance = 1; distance <= 7; distance += 1) {
      const word = wordAt(field, sentence, first - distance);
      if (word === NO_WORD) break;
      if (VENUE_WORDS.has(word)) return 'venue';
      if (word === COURT || word === JUDGE || word === COURTHOUSE) courtSeen = true;
      else if (courtSeen && word === FEDERAL) return 'venue';
    }
  }
  return undefined;
}

function sitsAfterSeatWords(field: FieldText, match: GeoMatch): boolean {
  for (let distance = 1; distance <= 4; distance += 1) {
    const word = wordAt(field, match.sentence, match.startToken - distance);
    if (word === NO_WORD) return false;
    if (POPULATION_NOUNS.has(word)) return false;
    if (word === BASED || word === HEADQUARTERED || word === HEADQUARTERS || word === INCORPORATED) return true;
  }
  return false;
}

/** Verbs that say what a regulator is in charge of ("which enforces the GDPR"). */
const REMIT_VERBS = new WordSet(['enforces', 'oversees', 'administers', 'polices', 'supervises']);
const BOTH = internWord('both');
const ALSO = internWord('also');

/** Whether a law's name follows "enforces", "oversees"... with at most articles and the like between. */
function followsRemitVerb(field: FieldText, geoTokens: Uint8Array, match: GeoMatch): boolean {
  // Only a law's name can be a remit (see `markGeoTokens`).
  if (geoTokens[match.startToken] !== 2) return false;
  let token = match.startToken - 1;
  for (let skipped = 0; skipped < 5; skipped += 1, token -= 1) {
    const word = wordAt(field, match.sentence, token);
    if (word === NO_WORD) return false;
    if (REMIT_VERBS.has(word)) return true;
    if (!(word === THE || word === BOTH || word === ALSO || word === S || geoTokens[token] === 1)) return false;
  }
  return false;
}

/**
 * The token of the word that links a place to what comes before it: articles and other places
 * of the same list ("Quebec, British Columbia and Alberta") are stepped over. -1 when the
 * sentence starts first, or the list runs on too long: `wordAt` then reads no word.
 */
function linkBeforeList(field: FieldText, geoTokens: Uint8Array, match: GeoMatch): number {
  let token = match.startToken - 1;
  for (let skipped = 0; skipped < 6; skipped += 1, token -= 1) {
    const word = wordAt(field, match.sentence, token);
    if (word === NO_WORD) return -1;
    if (word === THE || word === AND || word === OR || geoTokens[token] === 1) continue;
    break;
  }
  return token;
}

/**
 * "the data protection authority of Norway", "regulators in France", "the privacy commissioners
 * of Canada, Quebec and Alberta": a regulator noun, then "of", "for" or "in", then this place,
 * perhaps at the end of a list of places.
 */
function hasRegulatorBefore(field: FieldText, geoTokens: Uint8Array, match: GeoMatch): boolean {
  const token = linkBeforeList(field, geoTokens, match);
  const link = wordAt(field, match.sentence, token);
  if (link !== OF && link !== FOR && link !== IN) return false;
  let head = wordAt(field, match.sentence, token - 1);
  if (head === THE) head = wordAt(field, match.sentence, token - 2);
  return REGULATOR_NOUNS.has(head);
}

/** "users in the U.K. and E.U.", "residents of Texas", "members located in the EU". */
function hasPopulationBefore(field: FieldText, geoTokens: Uint8Array, match: GeoMatch): boolean {
  const token = linkBeforeList(field, geoTokens, match);
  const link = wordAt(field, match.sentence, token);
  if (link !== IN && link !== OF && link !== FROM && link !== ACROSS && link !== THROUGHOUT && link !== OUTSIDE) return false;
  let noun = wordAt(field, match.sentence, token - 1);
  if (noun === LOCATED || noun === BASED || noun === LIVING) noun = wordAt(field, match.sentence, token - 2);
  return noun !== NO_WORD && noun !== DATA && noun !== PERSONAL && POPULATION_NOUNS.has(noun);
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
function resolveSense(input: TaggingInput, match: GeoMatch, direct: Scores): GeoSense | undefined {
  // The strongest sense of each code, codes in the order they first appear.
  const candidates: GeoSense[] = [];
  for (const sense of match.senses) {
    let at = 0;
    while (at < candidates.length && candidates[at].code !== sense.code) at += 1;
    if (at === candidates.length) candidates.push(sense);
    else if (senseWeight(sense) > senseWeight(candidates[at])) candidates[at] = sense;
  }
  const window = match.startToken < 0 ? NO_WINDOW : windowWords(input.fields.get(match.field)!, match, 8);
  // Whether a country's or a subdivision's cue word stands near the term: the same for every sense.
  let countryCue = false;
  let subdivisionCue = false;
  for (let at = 0; at < window.length; at += 1) {
    if (COUNTRY_CUES.has(window.words[at])) countryCue = true;
    if (SUBDIVISION_CUES.has(window.words[at])) subdivisionCue = true;
  }
  let best: GeoSense | undefined;
  let bestSupport = 0;
  let tied = false;
  for (const sense of candidates) {
    const code = sense.code;
    const support = supportFor(code, direct, window, countryCue, subdivisionCue) + (input.prior === code ? 0.5 : 0);
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

function supportFor(code: string, direct: Scores, window: Window, countryCue: boolean, subdivisionCue: boolean): number {
  let support = direct.get(code);
  const facts = factsOf(code);
  const parent = facts.parent;
  for (let at = 0; at < direct.codes.length; at += 1) {
    const other = direct.codes[at];
    if (other === code) continue;
    const otherParent = direct.parents[at];
    if (other === parent || (parent !== undefined && otherParent === parent) || otherParent === code) support += 0.5 * direct.weightAt(at);
  }
  if (window.length > 0) {
    const cues = facts.contextCues;
    if (cues !== undefined && containsAnyPhrase(window, cues)) support += 3;
    if (facts.subdivision ? subdivisionCue : countryCue) support += 2;
  }
  return support;
}

/** What tagging needs of a jurisdiction from the taxonomy, looked up once per code rather than once per fact. */
interface CodeFacts {
  readonly parent: string | undefined;
  readonly subdivision: boolean;
  /** The languages its regulators and press write in (BCP 47), if the taxonomy lists them. */
  readonly languages: readonly string[];
  /** Its sense cues, if it has any. */
  readonly contextCues: ContextCues | undefined;
}

interface ContextCues {
  /** Each cue as vocabulary numbers. */
  readonly phrases: readonly (readonly number[])[];
  /** 1 for each word that starts a cue, by vocabulary number. */
  readonly firstWords: Uint8Array;
}

function contextCuesOf(cues: readonly string[]): ContextCues | undefined {
  const phrases = cues.map((cue) => tokenizeTerm(cue).map((word) => internWord(word.toLowerCase()))).filter((words) => words.length > 0);
  if (phrases.length === 0) return undefined;
  const firstWords = new Uint8Array(Math.max(...phrases.map((words) => words[0])) + 1);
  for (const words of phrases) firstWords[words[0]] = 1;
  return { phrases, firstWords };
}

const CODE_FACTS: ReadonlyMap<string, CodeFacts> = new Map(
  JURISDICTIONS.map((jurisdiction) => [
    jurisdiction.code,
    {
      parent: jurisdiction.parent,
      subdivision: jurisdiction.kind === 'subdivision',
      languages: jurisdiction.languages ?? [],
      contextCues: contextCuesOf(jurisdiction.contextCues ?? []),
    },
  ]),
);

/** A code the taxonomy does not know (an editor's) has no parent, is no subdivision and has no cues. */
const UNKNOWN_CODE_FACTS: CodeFacts = { parent: undefined, subdivision: false, languages: [], contextCues: undefined };

/**
 * Whether the word just before a name says whose it is: a place's name, or a capitalised word
 * inside the sentence (Dutch and English nationalities: "Ierse", "Belgian").
 */
function ownedByWordBefore(field: FieldText, geoTokens: Uint8Array | undefined, match: GeoMatch): boolean {
  const before = match.startToken - 1;
  if (match.startToken < 0 || before < 0 || field.tokenSentences[before] !== field.tokenSentences[match.startToken]) return false;
  if (geoTokens !== undefined && geoTokens[before] !== 0) return true;
  return before !== field.sentenceFirstTokens[field.tokenSentences[before]] && startsUpper(field.text, field.tokenStarts[before]);
}

/** Whether the jurisdiction's regulators and press write in the language. */
function speaks(code: string, language: string): boolean {
  return factsOf(code).languages.includes(language);
}


function factsOf(code: string): CodeFacts {
  return CODE_FACTS.get(code) ?? UNKNOWN_CODE_FACTS;
}

/** Words around a match, by vocabulary number: `words` up to `length`. */
interface Window {
  readonly words: Int32Array;
  readonly length: number;
}

const NO_WINDOW: Window = { words: new Int32Array(0), length: 0 };

// The window's words, reused from match to match: a window is read before the next is made.
const windowBuffer = new Int32Array(64);

/** The words within `reach` of a match in its sentence, the match's own left out. */
function windowWords(field: FieldText, match: GeoMatch, reach: number): Window {
  let length = 0;
  const from = Math.max(0, match.startToken - reach);
  const to = Math.min(field.tokenCount, match.endToken + reach);
  for (let token = from; token < to; token += 1) {
    if (token >= match.startToken && token < match.endToken) continue;
    if (field.tokenSentences[token] === match.sentence) windowBuffer[length++] = field.tokenWords[token];
  }
  return { words: windowBuffer, length };
}

/** Whether one of the phrases (vocabulary numbers) appears in the window. */
function containsAnyPhrase(window: Window, cues: ContextCues): boolean {
  const { words, length } = window;
  for (let index = 0; index < length; index += 1) {
    // Most words start no phrase: the table of first words turns them away.
    const word = words[index];
    if (word >= cues.firstWords.length || cues.firstWords[word] === 0) continue;
    phrases: for (const parts of cues.phrases) {
      if (parts[0] !== word || index + parts.length > length) continue;
      for (let offset = 1; offset < parts.length; offset += 1) if (words[index + offset] !== parts[offset]) continue phrases;
      return true;
    }
  }
  return false;
}

/**
 * The positions in `scores` of the story's jurisdictions, ascending. Codes are handled by
 * their position there: a story names a handful of codes. What the rules below ask of a
 * code's mentions of some weight is gathered in one pass, as bits per code (see `MENTIONS_*`),
 * rather than by listing each code's mentions and asking each rule of them in turn.
 */
function selectJurisdictions(scores: Scores, weighed: readonly WeighedMention[]): number[] {
  const top = scores.top();
  if (top === 0) return [];
  const { codes } = scores;
  const traits: number[] = [];
  for (let index = 0; index < codes.length; index += 1) traits.push(0);
  for (const mention of weighed) {
    if (mention.weight <= 0) continue;
    const at = codes.indexOf(mention.sense.code);
    traits[at] |= traitsOf(mention);
  }
  const threshold = Math.max(ABSOLUTE_THRESHOLD, RELATIVE_THRESHOLD * top);
  const selected: number[] = [];
  for (let index = 0; index < codes.length; index += 1) {
    const score = scores.weightAt(index);
    // Whose data is at stake, said up front ("EU users" in the lead), places a story even
    // when another jurisdiction's regulator fills the rest of it.
    const upFrontPopulation = (traits[index] & MENTIONS_POPULATION_UP_FRONT) !== 0;
    if (score < threshold && !(upFrontPopulation && score >= ABSOLUTE_THRESHOLD)) continue;
    // A loose name alone ("China", "Europe") places a story only when nothing weighs more.
    if ((traits[index] & MENTIONS_NOT_ALL_WEAK) === 0 && score < top) continue;
    selected.push(index);
  }
  const picked = new Picked(codes, selected, traits);
  dropUnionsNamedInPassing(picked);
  dropMainlandForSeparateRegimes(picked);
  dropParentsOfSubdivisions(picked, scores);
  return picked.selected;
}

// What a code's mentions of some weight say, one bit each: some mention says it.
/** Whose data is at stake, up front. */
const MENTIONS_POPULATION_UP_FRONT = 1;
/** Not every mention is a loose name. */
const MENTIONS_NOT_ALL_WEAK = 2;
/** Evidence that places the story on its own (`WeighedMention.strong`). */
const MENTIONS_STRONG = 4;
/** For the EU and EEA: the union acts, its users are at stake, or the headline names it (see `dropUnionsNamedInPassing`). */
const MENTIONS_UNION_OWN_WEIGHT = 8;

function traitsOf(mention: WeighedMention): number {
  let traits = 0;
  if (mention.context === 'population' && mention.weight >= 2) traits |= MENTIONS_POPULATION_UP_FRONT;
  if (!mention.weak) traits |= MENTIONS_NOT_ALL_WEAK;
  if (mention.strong) traits |= MENTIONS_STRONG;
  if (
    (mention.match.field === 'title' && mention.sense.role !== 'law' && mention.context !== 'law') ||
    (mention.sense.role === 'regulator' && !mention.sense.weak) ||
    mention.context === 'population' ||
    mention.context === 'government'
  ) {
    traits |= MENTIONS_UNION_OWN_WEIGHT;
  }
  return traits;
}

/** The jurisdictions selected so far, as positions in the story's codes, with what every code's mentions say. */
class Picked {
  constructor(
    readonly codes: readonly string[],
    /** Ascending. */
    readonly selected: number[],
    private readonly traits: readonly number[],
  ) {}

  /** The code's position if it is selected, else -1. */
  find(code: string): number {
    const at = this.codes.indexOf(code);
    return at >= 0 && this.selected.includes(at) ? at : -1;
  }

  has(code: string): boolean {
    return this.find(code) >= 0;
  }

  drop(position: number): void {
    this.selected.splice(this.selected.indexOf(position), 1);
  }

  /** Whether some mention of some weight of the code at a position says what `trait` stands for. */
  says(position: number, trait: number): boolean {
    return (this.traits[position] & trait) !== 0;
  }
}

/**
 * The EU (or EEA) is a story's jurisdiction when its institutions act, when its users as
 * such are at stake, or when the headline names it (not just its law). A national regulator applying the GDPR
 * at home, or a country modelling its law on it, is national news: EU law named along the
 * way does not add EU.
 */
function dropUnionsNamedInPassing(picked: Picked): void {
  for (const union of ['EU', 'EEA']) {
    const position = picked.find(union);
    if (position < 0 || picked.says(position, MENTIONS_UNION_OWN_WEIGHT)) continue;
    let otherStrong = false;
    for (const other of picked.selected) {
      const code = picked.codes[other];
      if (code !== 'EU' && code !== 'EEA' && picked.says(other, MENTIONS_STRONG)) otherStrong = true;
    }
    if (otherStrong) picked.drop(position);
  }
}

/** "China" in a Hong Kong, Macao or Taiwan story is background; mainland regulators and laws are not. */
function dropMainlandForSeparateRegimes(picked: Picked): void {
  const mainland = picked.find('CN');
  if (mainland < 0 || !(picked.has('HK') || picked.has('MO') || picked.has('TW'))) return;
  if (!picked.says(mainland, MENTIONS_NOT_ALL_WEAK)) picked.drop(mainland);
}

/** A state's law is the state's story; the country joins only with national law or a nationwide population. */
function dropParentsOfSubdivisions(picked: Picked, scores: Scores): void {
  // Every code selected when this starts is looked at, even one dropped on the way.
  for (const position of picked.selected.slice()) {
    const parent = scores.parents[position];
    if (parent === undefined) continue;
    const at = picked.find(parent);
    if (at >= 0 && !picked.says(at, MENTIONS_STRONG)) picked.drop(at);
  }
}
