/** Which sense an ambiguous term ("Georgia", "PDPA", "Privacy Commissioner") takes: the one the rest of the story supports, if any. */
import { factsOf, type ContextCues } from './jurisdiction-facts.js';
import type { Scores } from './jurisdiction-scores.js';
import { COUNTRY_CUES, SUBDIVISION_CUES } from './lexicon.js';
import { senseWeight } from './mention-weight.js';
import type { GeoMatch, GeoSense } from './term-index.js';
import type { FieldText, StoryFields } from './text-fields.js';

export function hasOneCode(senses: readonly GeoSense[]): boolean {
  for (let index = 1; index < senses.length; index += 1) if (senses[index].code !== senses[0].code) return false;
  return true;
}

export function strongestSense(senses: readonly GeoSense[]): GeoSense {
  let best = senses[0];
  for (const sense of senses) if (senseWeight(sense) > senseWeight(best)) best = sense;
  return best;
}

/**
 * Picks the sense of an ambiguous term that the rest of the story supports: direct evidence
 * for the jurisdiction, its country or its neighbours, sense cues near the term, the feed's
 * home as a tie-breaker. No support, no sense.
 */
export function resolveSense(fields: StoryFields, prior: string | undefined, match: GeoMatch, direct: Scores): GeoSense | undefined {
  // The strongest sense of each code, codes in the order they first appear.
  const candidates: GeoSense[] = [];
  for (const sense of match.senses) {
    let at = 0;
    while (at < candidates.length && candidates[at].code !== sense.code) at += 1;
    if (at === candidates.length) candidates.push(sense);
    else if (senseWeight(sense) > senseWeight(candidates[at])) candidates[at] = sense;
  }
  const window = match.startToken < 0 ? NO_WINDOW : windowWords(fields.get(match.field)!, match, 8);
  // Whether a country's or a subdivision's cue word stands near the term: the same for every sense.
  let countryCue = false;
  let subdivisionCue = false;
  for (let at = 0; at < window.length; at += 1) {
    if (COUNTRY_CUES.has(window[at])) countryCue = true;
    if (SUBDIVISION_CUES.has(window[at])) subdivisionCue = true;
  }
  let best: GeoSense | undefined;
  let bestSupport = 0;
  let tied = false;
  for (const sense of candidates) {
    const code = sense.code;
    const support = supportFor(code, direct, window, countryCue, subdivisionCue) + (prior === code ? 0.5 : 0);
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

/** Words around a match, by vocabulary number. */
type Window = readonly number[];

const NO_WINDOW: Window = [];

/** The words within `reach` of a match in its sentence, the match's own left out. */
function windowWords(field: FieldText, match: GeoMatch, reach: number): Window {
  const words: number[] = [];
  const from = Math.max(0, match.startToken - reach);
  const to = Math.min(field.tokenCount, match.endToken + reach);
  for (let token = from; token < to; token += 1) {
    if (token >= match.startToken && token < match.endToken) continue;
    if (field.tokenSentences[token] === match.sentence) words.push(field.tokenWords[token]);
  }
  return words;
}

/** Whether one of the phrases (vocabulary numbers) appears in the window. */
function containsAnyPhrase(words: Window, cues: ContextCues): boolean {
  const length = words.length;
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
