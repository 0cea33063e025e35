/**
 * A preliminary ruling of the EU's Court of Justice answers questions a national court asked
 * in a case of its own. A story about the ruling that says which court referred the case
 * ("vorgelegt hatte das Verwaltungsgericht Wiesbaden", "saisie par le Conseil d'État") is also
 * about that country's dispute. The words alone say little ("Vorlage", "referred by"), so the
 * rule holds only in a story placed in the EU alone that names one member state besides.
 */
import { factsOf } from './jurisdiction-facts.js';
import type { WeighedMention } from './mention-weight.js';
import type { CueMatch } from './term-index.js';

/** The rule's cue, in `lexicon.ts`. */
export const REFERRAL_CUE = 'place:eu-referral';

export interface Referral {
  /** The member state whose court referred the case. */
  readonly code: string;
  /** The words that say the case was referred. */
  readonly cue: CueMatch;
}

/**
 * The referring member state, if the story is the EU's alone (`jurisdictions`), says a case
 * was referred, and names exactly one member state among its mentions (`weighed`).
 */
export function referringCountry(jurisdictions: readonly string[], weighed: readonly WeighedMention[], cues: readonly CueMatch[]): Referral | undefined {
  if (jurisdictions.length !== 1 || jurisdictions[0] !== 'EU') return undefined;
  const cue = cues.find((match) => match.cue.id === REFERRAL_CUE);
  if (cue === undefined) return undefined;
  let code: string | undefined;
  for (const mention of weighed) {
    const named = mention.sense.code;
    if (named === code || !factsOf(named).memberOf.includes('EU')) continue;
    if (code !== undefined) return undefined;
    code = named;
  }
  return code === undefined ? undefined : { code, cue };
}
