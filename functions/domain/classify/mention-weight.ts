/** How much one place mention counts for its jurisdiction, and whether it places the story on its own: by the term's role, what the words around it make of it, and where it stands. */
import { factsOf, speaks } from './jurisdiction-facts.js';
import {
  inComparison,
  ownedByPlaceAfterOrKicker,
  ownedByWordBefore,
  readChineseContext,
  readContext,
  type ByField,
  type MentionContext,
} from './mention-context.js';
import type { GeoMatch, GeoRole, GeoSense } from './term-index.js';
import type { StoryFields } from './text-fields.js';
import type { EvidenceField } from './types.js';

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

/** What weighing a story's mentions reads of the story, gathered once per story. */
export interface StoryReading {
  readonly fields: StoryFields;
  readonly hasSummary: boolean;
  /** The story's language (`language.ts`). */
  readonly language?: string;
  /** Which words of each field belong to some place mention (see `markGeoTokens`). */
  readonly geoTokens: ByField<number[]>;
  /** Which sentences compare or look back, filled in as mentions ask (see `inComparison`). */
  readonly comparisons: ByField<number[]>;
  /** Chinese regulators' names that a place right before them claims, and those places (see `chineseRegulatorsOwnedByPlace`). */
  readonly ownedRegulators: ReadonlySet<GeoMatch>;
  readonly regulatorOwners: ReadonlySet<GeoMatch>;
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

export function positionWeight(field: EvidenceField, sentence: number, offset: number, hasSummary: boolean): number {
  if (field === 'title') return 3;
  if (field === 'summary') return sentence === 0 ? 2 : 1;
  // Far into a body sit footers, bylines and related links.
  if (!hasSummary) return offset > 1500 ? 0.5 : sentence === 0 ? 2 : 1;
  return offset > 1500 ? 0.35 : 0.7;
}

export function senseWeight(sense: GeoSense): number {
  return sense.weak ? ROLE_WEIGHT.weak : ROLE_WEIGHT[sense.role];
}

export function weighMention(story: StoryReading, match: GeoMatch, sense: GeoSense): WeighedMention {
  const { geoTokens, comparisons } = story;
  const field = story.fields.get(match.field)!;
  const read = story.regulatorOwners.has(match)
    ? 'regulator'
    : match.startToken < 0
      ? readChineseContext(field, match)
      : readContext(field, geoTokens.get(match.field)!, match);
  // A federal court's seat is its country's: "a federal jury in San Francisco" is a US story.
  if (read === 'federal') sense = parentSense(sense);
  // An effect throughout a union ("across the EU", "EU-wide") puts its people at stake; across a country it says nothing.
  const widened = read === 'area' ? (sense.code === 'EU' || sense.code === 'EEA' ? 'population' : undefined) : read;
  // A regulator or a law is not a population: "residents ... under the GDPR" says nothing of the GDPR.
  const context = widened === 'population' && (sense.role === 'law' || sense.role === 'regulator') ? undefined : widened;
  // A mainland province or city is China unless its own government or legislature acts (`countryAlsoOf` adds China then).
  if (context !== 'government' && context !== 'law' && factsOf(sense.code).localActsOnly) sense = parentSense(sense);
  // A clashing acronym ("AP": a Dutch regulator and a news agency) or a home name ("de
  // privacytoezichthouder") in a story written in its regulator's language means the regulator,
  // unless a place or nationality just before says whose it is ("de Ierse privacytoezichthouder").
  const tokens = geoTokens.get(match.field);
  const owned =
    (sense.firm !== undefined && (ownedByWordBefore(field, tokens, match) || ownedByPlaceAfterOrKicker(field, tokens, match))) ||
    story.ownedRegulators.has(match);
  if (
    sense.firm !== undefined &&
    !owned &&
    story.language !== undefined &&
    ((sense.role === 'regulator' && speaks(sense.code, story.language)) || sense.firmIn?.includes(story.language) === true)
  )
    sense = sense.firm;
  // A clashing acronym or home name that the story's language did not make firm is not its
  // regulator ("A privacytoezichthouder fines a shop" says nothing of whose).
  const unclaimed = sense.weak && sense.firm !== undefined;
  let weight = owned || unclaimed ? 0 : senseWeight(sense);
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
    case 'person':
      weight *= 0.2;
      break;
    case 'regulator':
      weight = Math.max(weight, ROLE_WEIGHT.regulator);
      weak = false;
      break;
    case 'government':
    case 'justice':
    case 'federal':
    case 'court':
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
  weight *= positionWeight(match.field, match.sentence, match.start, story.hasSummary);
  if (match.startToken >= 0 && inComparison(field, match, comparisons)) weight *= 0.5;
  const strong =
    weight > 0 &&
    (match.field === 'title' ||
      ((sense.role === 'regulator' || sense.role === 'law' || sense.role === 'editor') && !sense.weak) ||
      context === 'regulator' ||
      context === 'government' ||
      context === 'justice' ||
      context === 'federal' ||
      context === 'court' ||
      context === 'law' ||
      context === 'population');
  return { match, sense, context, weight, strong, weak };
}

/** The sense for the subdivision's country, or the sense itself for a code with none. */
function parentSense(sense: GeoSense): GeoSense {
  const parent = factsOf(sense.code).parent;
  return parent === undefined ? sense : { code: parent, role: sense.role, rule: sense.rule, privacy: false, weak: false };
}

/**
 * The same mention, weighed for the country too: a court of no stated kind sitting in a state's
 * city ("a jury in San Francisco") may apply the state's law or the country's, and a mainland
 * province's or city's own rules ("杭州修订物业管理条例") are China's too.
 */
export function countryAlsoOf(mention: WeighedMention): WeighedMention | undefined {
  const facts = factsOf(mention.sense.code);
  if (facts.parent === undefined) return undefined;
  const court = mention.context === 'court';
  const localAct = facts.localActsOnly && (mention.context === 'government' || mention.context === 'law');
  if (!court && !localAct) return undefined;
  return { ...mention, sense: parentSense(mention.sense) };
}
