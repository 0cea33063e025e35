/** What tagging needs to know of each jurisdiction code: its country, whether it is a subdivision, its languages and its sense cues, from the taxonomy. */
import { JURISDICTIONS } from '../../taxonomy/taxonomy.js';
import { tokenizeTerm } from './text-fields.js';
import { internWord } from './vocabulary.js';

/** What tagging needs of a jurisdiction from the taxonomy, looked up once per code rather than once per fact. */
export interface CodeFacts {
  readonly parent: string | undefined;
  readonly subdivision: boolean;
  /** The languages its regulators and press write in (BCP 47), if the taxonomy lists them. */
  readonly languages: readonly string[];
  /** Its sense cues, if it has any. */
  readonly contextCues: ContextCues | undefined;
  /** The unions it belongs to (`EU`, `EEA`). */
  readonly memberOf: readonly string[];
  /** Whether it stands for its country unless its own government or legislature acts (taxonomy `localActsOnly`). */
  readonly localActsOnly: boolean;
}

export interface ContextCues {
  /** Each cue as vocabulary numbers. */
  readonly phrases: readonly (readonly number[])[];
  /** 1 for each word that starts a cue, by vocabulary number. */
  readonly firstWords: Uint8Array;
}

function contextCuesOf(cues: readonly string[]): ContextCues | undefined {
  const phrases = cues.map((cue) => tokenizeTerm(cue).map((word) => internWord(word.toLowerCase()))).filter((words) => words.length > 0);
  if (phrases.length === 0) return undefined;
  const firstWords = new Uint8Array(Math.max(...phrases.map((words) => words[0])) + 1);
  for (const words of phrases) firstWords[words[0]] = 1;
  return { phrases, firstWords };
}

const CODE_FACTS: ReadonlyMap<string, CodeFacts> = new Map(
  JURISDICTIONS.map((jurisdiction) => [
    jurisdiction.code,
    {
      parent: jurisdiction.parent,
      subdivision: jurisdiction.kind === 'subdivision',
      languages: jurisdiction.languages ?? [],
      contextCues: contextCuesOf(jurisdiction.contextCues ?? []),
      memberOf: jurisdiction.memberOf ?? [],
      localActsOnly: jurisdiction.localActsOnly === true,
    },
  ]),
);

/** A code the taxonomy does not know (an editor's) has no parent, is no subdivision and has no cues. */
const UNKNOWN_CODE_FACTS: CodeFacts = { parent: undefined, subdivision: false, languages: [], contextCues: undefined, memberOf: [], localActsOnly: false };

/** Whether the jurisdiction's regulators and press write in the language. */
export function speaks(code: string, language: string): boolean {
  return factsOf(code).languages.includes(language);
}

/** Whether the taxonomy knows the code. */
export function isKnownCode(code: string): boolean {
  return CODE_FACTS.has(code);
}

export function factsOf(code: string): CodeFacts {
  return CODE_FACTS.get(code) ?? UNKNOWN_CODE_FACTS;
}
