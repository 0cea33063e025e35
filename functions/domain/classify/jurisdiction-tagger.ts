/** The jurisdictions a story is about and those it only names: each place mention weighed (`mention-weight.ts`), ambiguous terms settled (`ambiguous-senses.ts`), the heaviest selected (`jurisdiction-selection.ts`). */
import { hasOneCode, resolveSense, strongestSense } from './ambiguous-senses.js';
import { sumScores } from './jurisdiction-scores.js';
import { selectJurisdictions } from './jurisdiction-selection.js';
import { ByField, chineseRegulatorsOwnedByPlace, markGeoTokens } from './mention-context.js';
import { weighMention, type StoryReading, type WeighedMention } from './mention-weight.js';
import type { GeoMatch } from './term-index.js';
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
}

export function tagJurisdictions(input: TaggingInput): JurisdictionVerdict {
  const story: StoryReading = {
    fields: input.fields,
    hasSummary: input.hasSummary,
    language: input.language,
    geoTokens: markGeoTokens(input.fields, input.geo),
    comparisons: new ByField<number[]>(),
    ...ownership(input.geo),
  };
  const weighed: WeighedMention[] = [];
  const ambiguous: GeoMatch[] = [];
  for (const match of input.geo) {
    if (hasOneCode(match.senses)) weighed.push(weighMention(story, match, strongestSense(match.senses)));
    else ambiguous.push(match);
  }
  const direct = sumScores(weighed);
  const settled = weighed.length;
  for (const match of ambiguous) {
    const sense = resolveSense(input.fields, input.prior, match, direct);
    if (sense !== undefined) weighed.push(weighMention(story, match, sense));
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

function ownership(geo: readonly GeoMatch[]): Pick<StoryReading, 'ownedRegulators' | 'regulatorOwners'> {
  const { regulators, owners } = chineseRegulatorsOwnedByPlace(geo);
  return { ownedRegulators: regulators, regulatorOwners: owners };
}
