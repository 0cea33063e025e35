/**
 * Privacy litigation that names no court and no place. A careful reader places it all the same:
 * in privacy matters a civil jury sits in the United States (British and Australian juries in
 * such cases are criminal and their stories name the place), English news calls a lawsuit on
 * behalf of a class a "class action" when it is American (Canada's, Australia's and the
 * Netherlands' name their country or their courts), and so does French news with "action
 * collective" (France's own is an "action de groupe"; Quebec's names Quebec). In the other
 * languages the same words are used at home too ("Sammelklage", "demanda colectiva", "class
 * action" in Italian, "massaclaim"), so they place a story in the US only with an amount in US
 * dollars ("25 Millionen Dollar", "3000萬美元"). None of this counts when the story names any
 * other jurisdiction, or places itself by any other evidence: then that evidence decides.
 */
import type { CueMatch } from './term-index.js';

/** The jurisdiction these words point to, and the rules that name it in evidence. */
export const LITIGATION_COUNTRY = 'US';

/** Languages whose own word for a class action is the American one (see above). */
const CLASS_ACTION_ALONE = new Set(['en', 'fr']);

/**
 * The litigation word that places a story in the US, if the story is placed nowhere else:
 * `named` are the codes the story is about or mentions, `cues` its cue matches, `language` as
 * `detectLanguage` gives it.
 */
export function litigationPlace(named: readonly string[], cues: readonly CueMatch[], language: string): CueMatch | undefined {
  for (const code of named) if (code !== LITIGATION_COUNTRY && !code.startsWith('US-')) return undefined;
  let classAction: CueMatch | undefined;
  let dollars = false;
  for (const match of cues) {
    if (match.cue.kind !== 'litigation-place') continue;
    const id = match.cue.id;
    if (id === 'place:jury') return match;
    if (id === 'place:federal-court') {
      if (language === 'en') return match;
    } else if (id === 'place:us-dollars') {
      dollars = true;
    } else if (id === 'place:class-action') {
      classAction ??= match;
    }
  }
  if (classAction === undefined) return undefined;
  return dollars || CLASS_ACTION_ALONE.has(language) ? classAction : undefined;
}
