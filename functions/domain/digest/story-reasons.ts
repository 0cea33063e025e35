/**
 * Why a story is in a digest, from its evidence: the regulators and laws its text names (as
 * the text names them, or by the regulator's acronym), in the order they first appear. Places
 * and topics are added at render time, in the reader's language.
 */
import type { Evidence } from '../classify/types.js';
import { findJurisdiction, type NamedTerm } from '../../taxonomy/taxonomy.js';

/** At most this many named bodies and laws: the line stays short on a phone. */
const MAX_REASONS = 3;

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The taxonomy entry behind `regulator:HK/PCPD` or `law:HK/PDPO`, if the rule names one. */
function namedTerm(rule: string): NamedTerm | undefined {
  const match = /^(regulator|law):([^/]+)\/(.+)$/.exec(rule);
  if (!match) return undefined;
  const jurisdiction = findJurisdiction(match[2]);
  const terms = (match[1] === 'regulator' ? jurisdiction?.regulators : jurisdiction?.laws) ?? [];
  return terms.find((term) => term.acronyms?.includes(match[3]) || term.weakAcronyms?.includes(match[3]) || slugOf(term.name) === match[3]);
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
    const term = namedTerm(item.rule);
    // A regulator reads best by its acronym (PCPD); a law by the words the story uses.
    const label = item.rule.startsWith('regulator:') ? (term?.acronyms?.[0] ?? item.term) : item.term;
    if (!reasons.includes(label)) reasons.push(label);
    if (reasons.length === MAX_REASONS) break;
  }
  return reasons;
}
