/** The jurisdictions a story is about and those it only names: each place mention weighed (`mention-weight.ts`), ambiguous terms settled (`ambiguous-senses.ts`), the heaviest selected (`jurisdiction-selection.ts`). */
import { hasOneCode, resolveSense, strongestSense } from './ambiguous-senses.js';
import { sumScores } from './jurisdiction-scores.js';
import { selectJurisdictions } from './jurisdiction-selection.js';
import { ByField, chineseRegulatorsOwnedByPlace, markGeoTokens } from './mention-context.js';
import { BrusselsReading, euWideMentions } from './eu-wide-effect.js';
import { countryAlsoOf, weighMention, type StoryReading, type WeighedMention } from './mention-weight.js';
import { headlineCountryForGenericTitle, withClaimedTitles } from './regulator-claims.js';
import type { CueMatch, GeoMatch } from './term-index.js';
import type { StoryFields } from './text-fields.js';

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
  /** The story's cues: a regulator named by a generic title alone is found among them (`regulator-claims.ts`). */
  readonly cues?: readonly CueMatch[];
}

export function tagJurisdictions(input: TaggingInput): JurisdictionVerdict {
  const story: StoryReading = {
    fields: input.fields,
    hasSummary: input.hasSummary,
    language: input.language,
    geoTokens: markGeoTokens(input.fields, input.geo),
    comparisons: new ByField<number[]>(),
    ...ownership(input.fields, input.geo),
  };
  const direct: WeighedMention[] = [];
  const ambiguous: GeoMatch[] = [];
  // "Brussels" standing for the EU's institutions takes the EU as its sense (`eu-wide-effect.ts`).
  const brussels = new BrusselsReading(input.geo, input.fields);
  for (const found of input.geo) {
    const match = brussels.sensesOf(found);
    if (!hasOneCode(match.senses)) {
      ambiguous.push(match);
      continue;
    }
    const mention = weighMention(story, match, strongestSense(match.senses));
    direct.push(mention);
    const country = countryAlsoOf(mention);
    if (country !== undefined) direct.push(country);
  }
  // A regulator whose place the story states claims its unqualified titles (`regulator-claims.ts`).
  const weighed = withClaimedTitles(direct);
  const directScores = sumScores(weighed);
  const settled = weighed.length;
  for (const match of ambiguous) {
    const sense = resolveSense(input.fields, input.prior, match, directScores);
    if (sense !== undefined) weighed.push(weighMention(story, match, sense));
  }
  // Every ambiguous term was settled on the direct sums alone; now they go on with the
  // mentions just settled, in the same order as summing anew.
  const scores = directScores;
  for (let index = settled; index < weighed.length; index += 1) scores.add(weighed[index].sense.code, weighed[index].weight);
  // A generic title and one country in the headline: that country's regulator (`regulator-claims.ts`).
  const generic = input.cues === undefined ? undefined : headlineCountryForGenericTitle(weighed, input.cues, input.hasSummary);
  if (generic !== undefined) {
    weighed.push(generic);
    scores.add(generic.sense.code, generic.weight);
  }
  // A lead authority, Europe's people, many European countries: the EU's own (`eu-wide-effect.ts`).
  for (const union of euWideMentions(input.fields, input.hasSummary)) {
    weighed.push(union);
    scores.add(union.sense.code, union.weight);
  }
  const selected = selectJurisdictions(scores, weighed);
  const others: number[] = [];
  for (let index = 0; index < scores.codes.length; index += 1) if (!selected.includes(index)) others.push(index);
  return { jurisdictions: scores.heaviestFirst(selected), mentions: scores.heaviestFirst(others), weighed };
}

function ownership(fields: StoryFields, geo: readonly GeoMatch[]): Pick<StoryReading, 'ownedRegulators' | 'regulatorOwners'> {
  const { regulators, owners } = chineseRegulatorsOwnedByPlace(fields, geo);
  return { ownedRegulators: regulators, regulatorOwners: owners };
}
