/**
 * A US city is the story's place, but not its law: a school district's breach in Minneapolis or
 * a city demanding answers in Atlanta is American news, and the city's state is where it
 * happened rather than whose law or regulator acts. A state code resting on its cities alone
 * (no state name, law, regulator, attorney general or court) brings the country with it.
 */
import { factsOf } from './jurisdiction-facts.js';
import type { WeighedMention } from './mention-weight.js';

/** The US and the city that brings it, if a US state the story names stands on its cities alone and the US is not tagged yet. */
export function countryOfCities(
  jurisdictions: readonly string[],
  mentions: readonly string[],
  weighed: readonly WeighedMention[],
): { readonly code: 'US'; readonly city: WeighedMention } | undefined {
  if (jurisdictions.includes('US')) return undefined;
  // The story's own places decide; with none, the places it names do.
  const candidates = jurisdictions.length > 0 ? jurisdictions : mentions;
  if (jurisdictions.length === 0 && candidates.some((code) => factsOf(code).parent !== 'US')) return undefined;
  for (const code of candidates) {
    if (factsOf(code).parent !== 'US') continue;
    let city: WeighedMention | undefined;
    let more = false;
    for (const mention of weighed) {
      if (mention.sense.code !== code) continue;
      if (mention.sense.role === 'place' && (mention.context === undefined || mention.context === 'court' || mention.context === 'population'))
        city ??= mention;
      else more = true;
    }
    if (city !== undefined && !more) return { code: 'US', city };
  }
  return undefined;
}
