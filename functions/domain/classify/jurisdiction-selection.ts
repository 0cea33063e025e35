/** Which of a story's jurisdiction codes are the story's own: those weighing close to the heaviest, less unions named in passing, the mainland in a Hong Kong, Macao or Taiwan story, and a country whose state is the story. */
import { factsOf } from './jurisdiction-facts.js';
import type { Scores } from './jurisdiction-scores.js';
import type { WeighedMention } from './mention-weight.js';

/** A jurisdiction is the story's when it weighs at least this share of the heaviest one. */
const RELATIVE_THRESHOLD = 0.35;
/** ...and at least this much: one name in the summary's later sentences is enough alone. */
const ABSOLUTE_THRESHOLD = 0.9;

/**
 * The positions in `scores` of the story's jurisdictions, ascending. Codes are handled by
 * their position there: a story names a handful of codes. What the rules below ask of a
 * code's mentions of some weight is gathered in one pass, as bits per code (see `MENTIONS_*`),
 * rather than by listing each code's mentions and asking each rule of them in turn.
 */
export function selectJurisdictions(scores: Scores, weighed: readonly WeighedMention[]): number[] {
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
    // A mainland city's own government acting ("杭州市卫健委提出") is the province's story beside the country's.
    const ownAct = (traits[index] & MENTIONS_LOCAL_ACT) !== 0;
    if (score < threshold && !((upFrontPopulation || ownAct) && score >= ABSOLUTE_THRESHOLD)) continue;
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
/** For a subdivision that stands for its country unless it acts itself: its government or legislature acts. */
const MENTIONS_LOCAL_ACT = 16;

function traitsOf(mention: WeighedMention): number {
  let traits = 0;
  if (mention.context === 'population' && mention.weight >= 2) traits |= MENTIONS_POPULATION_UP_FRONT;
  if (!mention.weak) traits |= MENTIONS_NOT_ALL_WEAK;
  if (mention.strong) traits |= MENTIONS_STRONG;
  if ((mention.context === 'government' || mention.context === 'law') && factsOf(mention.sense.code).localActsOnly) traits |= MENTIONS_LOCAL_ACT;
  if (
    (mention.match.field === 'title' && mention.sense.role !== 'law' && mention.context !== 'law') ||
    (mention.sense.role === 'regulator' && !mention.sense.weak) ||
    mention.context === 'population' ||
    mention.context === 'government' ||
    mention.context === 'justice'
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
