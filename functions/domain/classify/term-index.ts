/**
 * One index of every term the classifier knows (places, regulators, laws, cue words), built
 * once at module load: a word trie for alphabetic text and a longest-first pattern for
 * Chinese. Scanning a field is then one pass over its words.
 */
import { JURISDICTIONS, NEUTRAL_PHRASES, type Jurisdiction, type NamedTerm } from '../../taxonomy/taxonomy.js';
import { CUES, type CueDefinition, type CueKind } from './lexicon.js';
import { containsHan, isUpperStretch, sentenceAt, startsUpper, tokenizeTerm, type FieldText } from './text-fields.js';
import type { EvidenceField } from './types.js';

export type GeoRole = 'name' | 'demonym' | 'alias' | 'place' | 'regulator' | 'law' | 'weak' | 'global' | 'editor';

/** One meaning of a term: "Georgia" has two, the country and the US state. */
export interface GeoSense {
  readonly code: string;
  readonly role: GeoRole;
  /** Knowledge-base entry, e.g. `regulator:HK/PCPD`. */
  readonly rule: string;
  /** Whether the term itself makes a story about data protection (a privacy regulator or law). */
  readonly privacy: boolean;
  /** Loose names and clashing acronyms: they back up other evidence but never stand alone. */
  readonly weak: boolean;
}

export type TermSense =
  | { readonly layer: 'geo'; readonly geo: GeoSense; readonly checks: readonly CaseCheck[] }
  | { readonly layer: 'neutral'; readonly checks: readonly CaseCheck[] }
  | { readonly layer: 'cue'; readonly cue: CueDefinition; readonly checks: readonly CaseCheck[] }
  | { readonly layer: 'suppress'; readonly id: number; readonly checks: readonly CaseCheck[] };

/** Per word of a term: 0 any case, 1 starts with a capital, 2 exactly as written (acronyms). */
type CaseCheck = 0 | 1 | 2;

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  senses?: TermSense[];
}

/** A character trie for Chinese terms. */
interface HanNode {
  readonly next: Map<number, HanNode>;
  text?: string;
  senses?: TermSense[];
}

export interface TermIndex {
  readonly root: TrieNode;
  readonly maxWords: number;
  readonly hanRoot: HanNode;
}

export interface TermMatch {
  readonly field: EvidenceField;
  readonly term: string;
  readonly start: number;
  readonly end: number;
  /** Word range in the field; -1 for matches found by substring (Chinese). */
  readonly startToken: number;
  readonly endToken: number;
  readonly sentence: number;
}

export interface GeoMatch extends TermMatch {
  readonly senses: readonly GeoSense[];
}

export interface CueMatch extends TermMatch {
  readonly cue: CueDefinition;
}

export interface SuppressMatch extends TermMatch {
  readonly id: number;
}

export interface FieldMatches {
  readonly geo: GeoMatch[];
  readonly cues: CueMatch[];
  readonly suppressed: SuppressMatch[];
}

export class TermIndexBuilder {
  private readonly root: TrieNode = { next: new Map() };
  private readonly hanRoot: HanNode = { next: new Map() };
  private maxWords = 1;

  add(term: string, sense: DistributiveOmit<TermSense, 'checks'>): this {
    const trimmed = term.trim();
    if (trimmed === '') return this;
    if (containsHan(trimmed)) {
      let node = this.hanRoot;
      for (let index = 0; index < trimmed.length; index += 1) {
        const code = trimmed.charCodeAt(index);
        let child = node.next.get(code);
        if (child === undefined) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      node.text = trimmed;
      (node.senses ??= []).push({ ...sense, checks: [] } as TermSense);
      return this;
    }
    const words = tokenizeTerm(trimmed);
    if (words.length === 0) return this;
    let node = this.root;
    for (const word of words) {
      const key = word.toLowerCase();
      let child = node.next.get(key);
      if (child === undefined) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    node.senses ??= [];
    node.senses.push({ ...sense, checks: caseChecksFor(words) } as TermSense);
    this.maxWords = Math.max(this.maxWords, words.length);
    return this;
  }

  build(): TermIndex {
    return { root: this.root, maxWords: this.maxWords, hanRoot: this.hanRoot };
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function caseChecksFor(words: readonly string[]): CaseCheck[] {
  return words.map((word, index) => {
    // Written in capitals (ICO, U.S.): exactly so. Capitalised (Jersey): capitalised in the text too.
    let upper = 0;
    let lower = 0;
    for (const char of word) {
      if (char !== char.toLowerCase()) upper += 1;
      else if (char !== char.toUpperCase()) lower += 1;
    }
    if (upper > 0 && lower === 0) return 2;
    if (index === 0 && upper > 0 && word[0] !== word[0].toLowerCase()) return 1;
    return 0;
  });
}

function slugFor(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || text;
}

function namedTermRule(kind: 'regulator' | 'law', code: string, term: NamedTerm): string {
  return `${kind}:${code}/${term.acronyms?.[0] ?? term.weakAcronyms?.[0] ?? slugFor(term.name)}`;
}

function addJurisdiction(builder: TermIndexBuilder, jurisdiction: Jurisdiction): void {
  const code = jurisdiction.code;
  const plain = (role: GeoRole, terms: readonly string[] | undefined, weak = false): void => {
    for (const term of terms ?? []) {
      builder.add(term, { layer: 'geo', geo: { code, role, rule: `${role}:${code}/${slugFor(term)}`, privacy: false, weak } });
    }
  };
  plain(code === 'GLOBAL' ? 'global' : 'name', jurisdiction.names);
  plain('weak', jurisdiction.weakNames, true);
  plain('demonym', jurisdiction.demonyms);
  plain('alias', jurisdiction.aliases);
  plain('place', jurisdiction.places);
  for (const kind of ['regulator', 'law'] as const) {
    for (const named of kind === 'regulator' ? jurisdiction.regulators : jurisdiction.laws) {
      const rule = namedTermRule(kind, code, named);
      const privacy = named.privacy !== false;
      for (const term of [named.name, ...(named.acronyms ?? []), ...(named.aliases ?? [])]) {
        builder.add(term, { layer: 'geo', geo: { code, role: kind, rule, privacy, weak: false } });
      }
      for (const term of named.weakAcronyms ?? []) {
        builder.add(term, { layer: 'geo', geo: { code, role: kind, rule, privacy: false, weak: true } });
      }
    }
  }
}

/** The knowledge base: the taxonomy's jurisdictions, neutral phrases, and the cue vocabulary. */
export const KNOWLEDGE_INDEX: TermIndex = (() => {
  const builder = new TermIndexBuilder();
  for (const jurisdiction of JURISDICTIONS) addJurisdiction(builder, jurisdiction);
  for (const phrase of NEUTRAL_PHRASES) builder.add(phrase, { layer: 'neutral' });
  for (const definition of CUES) {
    for (const term of definition.terms) builder.add(term, { layer: 'cue', cue: definition });
  }
  return builder.build();
})();

function passesCase(field: FieldText, startToken: number, checks: readonly CaseCheck[]): boolean {
  for (let offset = 0; offset < checks.length; offset += 1) {
    const check = checks[offset];
    if (check === 0) continue;
    const token = startToken + offset;
    if (check === 1 ? !startsUpper(field.text, field.tokenStarts[token]) : !isUpperStretch(field.text, field.tokenStarts[token], field.tokenEnds[token])) return false;
  }
  return true;
}

/**
 * Finds every term of `index` in a field. Places take the longest match and consume their
 * words ("New Jersey" is never also "Jersey"); cue words are all kept, then a cue inside a
 * longer cue of the same kind is dropped ("privacy" inside "privacy law").
 */
export function scanField(field: FieldText, index: TermIndex, into: FieldMatches): void {
  const { tokenKeys } = field;
  const tokenCount = tokenKeys.length;
  // Per cue kind, the word where the furthest-reaching cue so far ends: a cue of the same kind
  // ending at or before it, having started later, lies inside it.
  const cueReach = new Map<CueKind, number>();
  const pending: CueMatch[] = [];
  let geoBlockedUntil = 0;
  for (let start = 0; start < tokenCount; start += 1) {
    let node: TrieNode | undefined = index.root;
    let geoEnd = -1;
    let geoSenses: GeoSense[] | undefined;
    let geoNeutral = false;
    pending.length = 0;
    for (let end = start; end < tokenCount && end - start < index.maxWords; end += 1) {
      node = node.next.get(tokenKeys[end]);
      if (node === undefined) break;
      const senses = node.senses;
      if (senses === undefined) continue;
      let geoHere: GeoSense[] | undefined;
      let neutralHere = false;
      for (const sense of senses) {
        if (!passesCase(field, start, sense.checks)) continue;
        if (sense.layer === 'geo') (geoHere ??= []).push(sense.geo);
        else if (sense.layer === 'neutral') neutralHere = true;
        else if (sense.layer === 'cue') {
          const kind = sense.cue.kind;
          if ((cueReach.get(kind) ?? 0) >= end + 1) continue;
          // Words are walked shortest first: a longer cue of the same kind replaces a shorter one.
          for (let at = pending.length - 1; at >= 0; at -= 1) {
            if (pending[at].cue.kind === kind && pending[at].endToken < end + 1) pending.splice(at, 1);
          }
          pending.push(makeMatch(field, start, end + 1, { cue: sense.cue }));
        } else into.suppressed.push(makeMatch(field, start, end + 1, { id: sense.id }));
      }
      if (start >= geoBlockedUntil && (geoHere !== undefined || neutralHere)) {
        geoEnd = end + 1;
        geoSenses = geoHere;
        geoNeutral = neutralHere;
      }
    }
    for (const match of pending) {
      into.cues.push(match);
      if ((cueReach.get(match.cue.kind) ?? 0) < match.endToken) cueReach.set(match.cue.kind, match.endToken);
    }
    if (geoEnd > 0) {
      if (!geoNeutral && geoSenses !== undefined) into.geo.push(makeMatch(field, start, geoEnd, { senses: geoSenses }));
      geoBlockedUntil = geoEnd;
    }
  }
  if (field.hasHan && index.hanRoot.next.size > 0) scanHan(field, index, into);
}

function makeMatch<T extends object>(field: FieldText, startToken: number, endToken: number, extra: T): TermMatch & T {
  const start = field.tokenStarts[startToken];
  const end = field.tokenEnds[endToken - 1];
  // One object literal with all fields keeps every match the same shape, which V8 likes.
  return { field: field.field, term: field.text.slice(start, end), start, end, startToken, endToken, sentence: field.tokenSentences[startToken], ...extra };
}

/**
 * Chinese has no spaces: terms are found by substring. Places take the longest term at each
 * point and consume it; cue words are all kept, as for alphabetic text.
 */
function scanHan(field: FieldText, index: TermIndex, into: FieldMatches): void {
  const { text } = field;
  const cueReach = new Map<CueKind, number>();
  const found: HanNode[] = [];
  let geoBlockedUntil = 0;
  for (let position = 0; position < text.length; position += 1) {
    let node = index.hanRoot.next.get(text.charCodeAt(position));
    if (node === undefined) continue;
    found.length = 0;
    for (let at = position + 1; node !== undefined; at += 1) {
      if (node.senses !== undefined) found.push(node);
      if (at >= text.length) break;
      node = node.next.get(text.charCodeAt(at));
    }
    if (found.length === 0) continue;
    const sentence = sentenceAt(field, position);
    let geoFound = false;
    let kindsHere = 0;
    // Longest first: the first place and the first cue of each kind found here are kept.
    for (let rank = found.length - 1; rank >= 0; rank -= 1) {
      const term = found[rank].text!;
      const end = position + term.length;
      let geo: GeoSense[] | undefined;
      let neutral = false;
      for (const sense of found[rank].senses!) {
        if (sense.layer === 'geo') (geo ??= []).push(sense.geo);
        else if (sense.layer === 'neutral') neutral = true;
        else if (sense.layer === 'suppress') into.suppressed.push({ field: field.field, term, start: position, end, startToken: -1, endToken: -1, sentence, id: sense.id });
        else {
          const kind = sense.cue.kind;
          const bit = CUE_KIND_BITS[kind];
          if ((cueReach.get(kind) ?? 0) >= end || (kindsHere & bit) !== 0) continue;
          kindsHere |= bit;
          into.cues.push({ field: field.field, term, start: position, end, startToken: -1, endToken: -1, sentence, cue: sense.cue });
          cueReach.set(kind, end);
        }
      }
      if ((geo !== undefined || neutral) && !geoFound && position >= geoBlockedUntil) {
        geoFound = true;
        geoBlockedUntil = end;
        if (!neutral && geo !== undefined) into.geo.push({ field: field.field, term, start: position, end, startToken: -1, endToken: -1, sentence, senses: geo });
      }
    }
  }
}

/** One bit per cue kind, to note cheaply which kinds a position already has. */
const CUE_KIND_BITS: Record<CueKind, number> = {
  scope: 1, negative: 2, enforcement: 4, breach: 8, legislation: 16, litigation: 32, children: 64, biometrics: 128, 'cross-border': 256,
  consent: 512, 'train-verb': 1024, 'develop-verb': 2048, 'ai-object': 4096, 'regulator-noun': 8192, copyright: 16384, editor: 32768,
};
