/**
 * Why a story is in a digest, from its evidence: the regulators and laws its text names (as
 * the text names them, or by the regulator's acronym), in the order they first appear. Places
 * and topics are added at render time, in the reader's language.
 */
import type { Evidence } from '../classify/types.js';
import { isRegulatorAcronym } from '../../taxonomy/regions.js';

/** At most this many named bodies and laws: the line stays short on a phone. */
const MAX_REASONS = 3;

/** `PCPD` for `regulator:HK/PCPD` when the PCPD is known by that acronym; else nothing. */
function regulatorAcronym(rule: string): string | undefined {
  const match = /^regulator:([^/]+\/(.+))$/.exec(rule);
  return match && isRegulatorAcronym(match[1]) ? match[2] : undefined;
}

export function storyReasons(evidence: readonly Evidence[]): string[] {
  const reasons: string[] = [];
  const seen = new Set<string>();
  const ordered = [...evidence]
    .filter((item) => item.kind === 'jurisdiction' && item.effect !== 'removes' && /^(regulator|law):/.test(item.rule))
    .sort((a, b) => (a.field === b.field ? a.offset - b.offset : a.field === 'title' ? -1 : b.field === 'title' ? 1 : 0));
  for (const item of ordered) {
    if (seen.has(item.rule)) continue;
    seen.add(item.rule);
    // A regulator reads best by its acronym (PCPD); a law by the words the story uses.
    const label = regulatorAcronym(item.rule) ?? item.term;
    if (!reasons.includes(label)) reasons.push(label);
    if (reasons.length === MAX_REASONS) break;
  }
  return reasons;
}
