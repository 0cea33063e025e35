/**
 * One index of every term the classifier knows (places, regulators, laws, cue words), built
 * once at module load: a trie over word numbers for alphabetic text and a character trie for
 * Chinese. Scanning a field is then one pass over its word numbers, and one pass over its
 * characters when it has Chinese.
 */
import { JURISDICTIONS, NEUTRAL_PHRASES, type Jurisdiction, type NamedTerm } from '../../taxonomy/taxonomy.js';
import { CUES, type CueDefinition, type CueKind } from './lexicon.js';
import { namesInUse, otherLanguageNames } from './other-language-names.js';
import { containsHan, isUpperStretch, sentenceAt, startsUpper, tokenizeTerm, type FieldText } from './text-fields.js';
import { internWord, UNKNOWN_WORD } from './vocabulary.js';
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
  /** For a clashing acronym or a home name, the sense it takes where it is sure to mean its regulator or law (see `jurisdiction-tagger.ts`). */
  readonly firm?: GeoSense;
  /** Story languages in which it takes `firm` whatever the jurisdiction speaks (the taxonomy's `firmIn`). */
  readonly firmIn?: readonly string[];
}

export type TermSense =
  | { readonly layer: 'geo'; readonly geo: GeoSense; readonly checks: readonly CaseCheck[] }
  | { readonly layer: 'neutral'; readonly checks: readonly CaseCheck[] }
  | { readonly layer: 'cue'; readonly cue: CueDefinition; readonly checks: readonly CaseCheck[]; readonly kind: number }
  | { readonly layer: 'suppress'; readonly id: number; readonly checks: readonly CaseCheck[] };

/** Per word of a term: 0 any case, 1 starts with a capital, 2 exactly as written (acronyms). Empty when every word is 0. */
type CaseCheck = 0 | 1 | 2;

/** Keyed by vocabulary number: the words of every term are numbered when the term is added. */
interface TrieNode {
  /**
   * Children while the index is built, by word number: most nodes have none or a few, so
   * plain lists do (the root's many children are in a Map of the builder's). The scan reads
   * the flat trie instead.
   */
  childKeys: number[] | undefined;
  childList: TrieNode[] | undefined;
  /** The node's number in the flat trie: the order it was made in. */
  readonly number: number;
  senses: TermSense[] | undefined;
  /** Whether some term runs on past a comma after this node's word ("Reno, Nevada"); no other does. */
  commaAfter: boolean;
  // Worked out for the scan the first time it reaches the node (`settleNode`): a story
  // reaches a few hundred of the thousands of nodes, so settling them all up front would
  // only slow down loading the module.
  settled: boolean;
  /**
   * The case checks every sense here shares, as most nodes' senses do (none for most terms;
   * "Capitalised" for every sense of "Georgia"), or undefined when the senses differ. When
   * shared, one check decides for all senses, and the lists below sort them once for all
   * matches (places; whether a neutral phrase ends here; cues with their kind numbers;
   * suppressions).
   */
  checks: readonly CaseCheck[] | undefined;
  places: readonly GeoSense[] | undefined;
  neutral: boolean;
  cues: readonly CueDefinition[];
  cueKinds: readonly number[];
  suppressions: readonly number[];
}

/**
 * The word trie as the scan reads it: numbered nodes in typed arrays. The scan steps through
 * the trie at nearly every word of a text, and flat arrays sit in a few cache lines where
 * node objects lie scattered over the heap; a node's object is read only where a term ends.
 * Node 0 is the root.
 */
interface FlatTrie {
  /** The node a term's first word leads to, by word number; 0 for a word that starts no term. */
  readonly firstNode: Int32Array;
  /** A node's children: `childWords` and `childNodes` from `childStart[node]` to `childStart[node + 1]`, words ascending. */
  readonly childStart: Int32Array;
  readonly childWords: Int32Array;
  readonly childNodes: Int32Array;
  /** 1 where some term ends. */
  readonly endsTerm: Uint8Array;
  /** 1 where some term runs on past a comma, a semicolon or a colon: elsewhere one ends the match. */
  readonly commaAfter: Uint8Array;
  readonly nodes: readonly TrieNode[];
}

/**
 * Lays the trie out flat. Nodes are numbered as they were made (the root is 0), and each
 * node but the root came with its parent's number and its word: a counting pass groups the
 * edges by parent, and each group is sorted by word. It runs while the module loads, so it
 * keeps to a few loops over typed arrays.
 */
function flattenTrie(nodes: readonly TrieNode[], parents: readonly number[], words: readonly number[]): FlatTrie {
  const count = nodes.length;
  const childStart = new Int32Array(count + 1);
  for (let node = 1; node < count; node += 1) childStart[parents[node] + 1] += 1;
  for (let node = 0; node < count; node += 1) childStart[node + 1] += childStart[node];
  // Each child goes to its parent's block, as a word and a node number in one key, so
  // sorting a block by key sorts it by word and keeps each word with its node.
  const filled = childStart.slice(0, count);
  const keys = new Float64Array(Math.max(0, count - 1));
  for (let node = 1; node < count; node += 1) keys[filled[parents[node]]++] = words[node] * NODE_LIMIT + node;
  const endsTerm = new Uint8Array(count);
  const commaAfter = new Uint8Array(count);
  for (let node = 0; node < count; node += 1) {
    if (nodes[node].senses !== undefined) endsTerm[node] = 1;
    if (nodes[node].commaAfter) commaAfter[node] = 1;
    if (childStart[node + 1] - childStart[node] > 1) keys.subarray(childStart[node], childStart[node + 1]).sort();
  }
  const childWords = new Int32Array(keys.length);
  const childNodes = new Int32Array(keys.length);
  for (let at = 0; at < keys.length; at += 1) {
    childWords[at] = Math.floor(keys[at] / NODE_LIMIT);
    childNodes[at] = keys[at] % NODE_LIMIT;
  }
  const firstNode = new Int32Array(childStart[1] > 0 ? childWords[childStart[1] - 1] + 1 : 0);
  for (let at = childStart[0]; at < childStart[1]; at += 1) firstNode[childWords[at]] = childNodes[at];
  return { firstNode, childStart, childWords, childNodes, endsTerm, commaAfter, nodes };
}

const CLAUSE_MARKS = /[,;:]/;

/** Whether the text between two words holds a comma, a semicolon or a colon. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    if (code === 44 /* , */ || code === 59 /* ; */ || code === 58 /* : */) return true;
  }
  return false;
}

/** More nodes than any trie holds: a word number times this plus a node number is one sort key. */
const NODE_LIMIT = 2 ** 24;

/** Every node has the same fields from the start: one shape keeps the scan's reads fast. */
function trieNode(number: number): TrieNode {
  return {
    number,
    childKeys: undefined,
    childList: undefined,
    senses: undefined,
    commaAfter: false,
    settled: false,
    checks: undefined,
    places: undefined,
    neutral: false,
    cues: NO_CUES,
    cueKinds: NO_WORDS,
    suppressions: NO_WORDS,
  };
}

/** A character trie for Chinese terms, as built. */
interface HanNode {
  /** Children by code unit, in the order they were added. */
  childCodes: number[] | undefined;
  children: HanNode[] | undefined;
  text: string | undefined;
  senses: TermSense[] | undefined;
}

function hanNode(): HanNode {
  return { childCodes: undefined, children: undefined, text: undefined, senses: undefined };
}

/**
 * The Chinese trie as the scan reads it, laid out flat like the word trie: numbered nodes,
 * children in typed arrays. Node 0 is the root, whose children are found by code unit in one
 * lookup; a node's object is read only where a term ends.
 */
interface FlatHanTrie {
  /** The node a term's first code unit leads to; 0 for a code unit that starts no term. */
  readonly first: Int32Array;
  /** A node's children: `childCodes` and `childNodes` from `childStart[node]` to `childStart[node + 1]`, codes ascending. */
  readonly childStart: Int32Array;
  readonly childCodes: Int32Array;
  readonly childNodes: Int32Array;
  /** Where a term ends: its text, its senses and, listed once, its place senses. */
  readonly terms: readonly (string | undefined)[];
  readonly senses: readonly (readonly TermSense[] | undefined)[];
  readonly places: readonly (readonly GeoSense[] | undefined)[];
  /** The longest term, in code units. */
  readonly maxLength: number;
}

/** Numbers the Chinese trie's nodes depth first and lays it out flat (see `FlatHanTrie`). */
function flattenHanTrie(root: HanNode, maxLength: number): FlatHanTrie {
  const nodes: HanNode[] = [];
  const number = (node: HanNode): void => {
    nodes.push(node);
    for (const child of node.children ?? []) number(child);
  };
  number(root);
  const numbers = new Map(nodes.map((node, at) => [node, at]));
  const childStart = new Int32Array(nodes.length + 1);
  const childCodes: number[] = [];
  const childNodes: number[] = [];
  for (let at = 0; at < nodes.length; at += 1) {
    const { childCodes: codes, children } = nodes[at];
    childStart[at] = childCodes.length;
    if (codes === undefined) continue;
    const order = codes.map((_, child) => child).sort((a, b) => codes[a] - codes[b]);
    for (const child of order) {
      childCodes.push(codes[child]);
      childNodes.push(numbers.get(children![child])!);
    }
  }
  childStart[nodes.length] = childCodes.length;
  // An index without Chinese terms (an editor's rules, mostly) never scans: it needs no table.
  const first = new Int32Array(nodes.length > 1 ? 0x10000 : 0);
  for (let at = childStart[0]; at < childStart[1]; at += 1) first[childCodes[at]] = childNodes[at];
  return {
    first,
    childStart,
    childCodes: Int32Array.from(childCodes),
    childNodes: Int32Array.from(childNodes),
    terms: nodes.map((node) => node.text),
    senses: nodes.map((node) => node.senses),
    places: nodes.map((node) => (node.senses === undefined ? undefined : placesOf(node.senses))),
    maxLength,
  };
}

export interface TermIndex {
  readonly trie: FlatTrie;
  readonly maxWords: number;
  readonly han: FlatHanTrie;
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

/**
 * Every match, whatever it found, is made by this one class with the same fields in the same
 * order: all matches then share one shape, and reading `match.start` wherever matches of
 * different kinds meet stays a plain load. Fields a match has no use for are undefined (-1
 * for `id`). The term is cut from the field's text when first asked for: most matches are
 * weighed and counted, and only the few shown as evidence are ever spelled out.
 */
class Found implements TermMatch {
  constructor(
    public readonly field: EvidenceField,
    /** The field's text, which the term is cut from. */
    public readonly source: string,
    public readonly start: number,
    public readonly end: number,
    public readonly startToken: number,
    public readonly endToken: number,
    public readonly sentence: number,
    public readonly cue: CueDefinition | undefined,
    public readonly senses: readonly GeoSense[] | undefined,
    public readonly id: number,
    private spelled: string | undefined,
  ) {}

  get term(): string {
    return (this.spelled ??= this.source.slice(this.start, this.end));
  }
}

/** A match of no particular kind on text[start, end) (the span of a training verb and its object, say). */
export function spanMatch(field: EvidenceField, text: string, start: number, end: number, sentence: number): TermMatch {
  return new Found(field, text, start, end, -1, -1, sentence, undefined, undefined, -1, undefined);
}

/** The same place match with other senses (editors' rules narrow or change them). */
export function withSenses(match: GeoMatch, senses: readonly GeoSense[]): GeoMatch {
  const found = match as unknown as Found;
  return new Found(
    found.field,
    found.source,
    found.start,
    found.end,
    found.startToken,
    found.endToken,
    found.sentence,
    undefined,
    senses,
    -1,
    undefined,
  ) as GeoMatch;
}

export interface FieldMatches {
  readonly geo: GeoMatch[];
  readonly cues: CueMatch[];
  readonly suppressed: SuppressMatch[];
}

/** A small number per cue kind, for per-kind tables and bit sets. */
const CUE_KIND_INDEX: Record<CueKind, number> = {
  scope: 0,
  negative: 1,
  enforcement: 2,
  breach: 3,
  legislation: 4,
  litigation: 5,
  children: 6,
  biometrics: 7,
  'cross-border': 8,
  consent: 9,
  'train-verb': 10,
  'develop-verb': 11,
  'ai-object': 12,
  'regulator-noun': 13,
  copyright: 14,
  editor: 15,
  'litigation-place': 16,
  'privacy-infringe': 17,
  'privacy-object': 18,
  'handover-verb': 19,
  'data-recipient': 20,
  'public-body': 21,
};
const CUE_KIND_COUNT = 22;

export class TermIndexBuilder {
  private readonly root: TrieNode = trieNode(0);
  private readonly rootChildren = new Map<number, TrieNode>();
  // Every node by number, with its parent's number and the word leading to it (none for the root).
  private readonly nodes: TrieNode[] = [this.root];
  private readonly parents: number[] = [-1];
  private readonly words: number[] = [0];
  private readonly hanRoot: HanNode = hanNode();
  private maxWords = 1;
  private hanMaxLength = 0;

  add(term: string, sense: DistributiveOmit<TermSense, 'checks' | 'kind'>): this {
    const trimmed = term.trim();
    if (trimmed === '') return this;
    if (containsHan(trimmed)) {
      let node = this.hanRoot;
      for (let index = 0; index < trimmed.length; index += 1) {
        const code = trimmed.charCodeAt(index);
        const at = node.childCodes === undefined ? -1 : node.childCodes.indexOf(code);
        if (at >= 0) {
          node = node.children![at];
        } else {
          const child = hanNode();
          (node.childCodes ??= []).push(code);
          (node.children ??= []).push(child);
          node = child;
        }
      }
      node.text = trimmed;
      (node.senses ??= []).push(withChecks(sense, []));
      this.hanMaxLength = Math.max(this.hanMaxLength, trimmed.length);
      return this;
    }
    const words = tokenizeTerm(trimmed);
    if (words.length === 0) return this;
    // After which words the term itself has a comma ("Reno, Nevada" after its first): few terms
    // have one, and the rest make no list (this runs for every term while the module loads).
    let commas: number[] | undefined;
    if (CLAUSE_MARKS.test(trimmed)) {
      let counted = 0;
      commas = [];
      for (const part of trimmed.split(CLAUSE_MARKS).slice(0, -1)) commas.push((counted += tokenizeTerm(part).length));
    }
    let node = this.root;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index];
      const key = internWord(word.toLowerCase());
      let child = node === this.root ? this.rootChildren.get(key) : node.childList?.[node.childKeys!.indexOf(key)];
      if (child === undefined) {
        child = trieNode(this.nodes.length);
        if (node === this.root) {
          this.rootChildren.set(key, child);
        } else {
          (node.childKeys ??= []).push(key);
          (node.childList ??= []).push(child);
        }
        this.nodes.push(child);
        this.parents.push(node.number);
        this.words.push(key);
      }
      node = child;
      if (commas !== undefined && commas.includes(index + 1)) node.commaAfter = true;
    }
    node.senses ??= [];
    node.senses.push(withChecks(sense, caseChecksFor(words)));
    this.maxWords = Math.max(this.maxWords, words.length);
    return this;
  }

  build(): TermIndex {
    return { trie: flattenTrie(this.nodes, this.parents, this.words), maxWords: this.maxWords, han: flattenHanTrie(this.hanRoot, this.hanMaxLength) };
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

const NO_WORDS: readonly number[] = [];
const NO_CUES: readonly CueDefinition[] = [];

// Settling runs over thousands of nodes when the module loads: plain loops, and no list made
// where none is needed, keep that quick.

function placesOf(senses: readonly TermSense[]): GeoSense[] | undefined {
  let places: GeoSense[] | undefined;
  for (const sense of senses) if (sense.layer === 'geo') (places ??= []).push(sense.geo);
  return places;
}

/** Works out once per node what scanning would otherwise work out at every match. */
function settleNode(node: TrieNode): void {
  node.settled = true;
  const senses = node.senses;
  if (senses !== undefined) {
    let checks: readonly CaseCheck[] | undefined = senses[0].checks;
    let cues: CueDefinition[] | undefined;
    let cueKinds: number[] | undefined;
    let suppressions: number[] | undefined;
    for (const sense of senses) {
      if (checks !== undefined && !sameChecks(sense.checks, checks)) checks = undefined;
      if (sense.layer === 'neutral') node.neutral = true;
      else if (sense.layer === 'cue') {
        (cues ??= []).push(sense.cue);
        (cueKinds ??= []).push(sense.kind);
      } else if (sense.layer === 'suppress') (suppressions ??= []).push(sense.id);
    }
    node.checks = checks;
    node.places = placesOf(senses);
    if (cues !== undefined) node.cues = cues;
    if (cueKinds !== undefined) node.cueKinds = cueKinds;
    if (suppressions !== undefined) node.suppressions = suppressions;
  }
}

function sameChecks(a: readonly CaseCheck[], b: readonly CaseCheck[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

function withChecks(sense: DistributiveOmit<TermSense, 'checks' | 'kind'>, checks: CaseCheck[]): TermSense {
  // A term any case will do needs no checking: an empty list says so at no cost.
  const needed = checks.some((check) => check !== 0) ? checks : [];
  // Every sense has every field (unused ones undefined), so all senses share one shape.
  return {
    layer: sense.layer,
    geo: sense.layer === 'geo' ? sense.geo : undefined,
    cue: sense.layer === 'cue' ? sense.cue : undefined,
    id: sense.layer === 'suppress' ? sense.id : -1,
    kind: sense.layer === 'cue' ? CUE_KIND_INDEX[sense.cue.kind] : -1,
    checks: needed,
  } as TermSense;
}

function caseChecksFor(words: readonly string[]): CaseCheck[] {
  return words.map((word, index) => {
    // Written in capitals (ICO, U.S.): exactly so. Capitalised (Jersey): capitalised in the text too.
    // Most words are in lower case throughout: one comparison settles those.
    if (word === word.toLowerCase()) return 0;
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
  return (
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || text
  );
}

function namedTermRule(kind: 'regulator' | 'law', code: string, term: NamedTerm): string {
  return `${kind}:${code}/${term.acronyms?.[0] ?? term.weakAcronyms?.[0] ?? slugFor(term.name)}`;
}

/** A German adjective of place declines: "niederländische" is also "niederländisches Gericht" and "im niederländischen". */
const GERMAN_ADJECTIVE = /^(\p{Ll}+isch)(e|en|er|es|em)$/u;
const GERMAN_ENDINGS = ['e', 'en', 'er', 'es', 'em'];

/** The endings of the German adjectives of place that a jurisdiction's demonyms do not list. */
function germanAdjectiveEndings(listed: readonly string[] | undefined): string[] {
  const demonyms = listed ?? [];
  const more: string[] = [];
  for (const demonym of demonyms) {
    const stem = GERMAN_ADJECTIVE.exec(demonym)?.[1];
    if (stem === undefined) continue;
    for (const ending of GERMAN_ENDINGS) {
      const form = stem + ending;
      if (!demonyms.includes(form) && !more.includes(form)) more.push(form);
    }
  }
  return more;
}

function addJurisdiction(builder: TermIndexBuilder, jurisdiction: Jurisdiction, namesUsed: ReadonlySet<string>): void {
  const code = jurisdiction.code;
  const plain = (role: GeoRole, terms: readonly string[] | undefined, weak = false): void => {
    for (const term of terms ?? []) {
      builder.add(term, { layer: 'geo', geo: { code, role, rule: `${role}:${code}/${slugFor(term)}`, privacy: false, weak } });
    }
  };
  plain(code === 'GLOBAL' ? 'global' : 'name', jurisdiction.names);
  plain('name', otherLanguageNames(jurisdiction, namesUsed));
  plain('weak', jurisdiction.weakNames, true);
  plain('demonym', jurisdiction.demonyms);
  plain('demonym', germanAdjectiveEndings(jurisdiction.demonyms));
  plain('alias', jurisdiction.aliases);
  plain('place', jurisdiction.places);
  for (const kind of ['regulator', 'law'] as const) {
    for (const named of kind === 'regulator' ? jurisdiction.regulators : jurisdiction.laws) {
      const rule = namedTermRule(kind, code, named);
      const privacy = named.privacy !== false;
      for (const term of [named.name, ...(named.acronyms ?? []), ...(named.aliases ?? [])]) {
        builder.add(term, { layer: 'geo', geo: { code, role: kind, rule, privacy, weak: false } });
      }
      for (const term of [...(named.weakAcronyms ?? []), ...(named.homeNames ?? [])]) {
        const firm: GeoSense = { code, role: kind, rule, privacy, weak: false };
        builder.add(term, { layer: 'geo', geo: { code, role: kind, rule, privacy: false, weak: true, firm, firmIn: named.firmIn } });
      }
    }
  }
}

/** The knowledge base: the taxonomy's jurisdictions, neutral phrases, and the cue vocabulary. */
export const KNOWLEDGE_INDEX: TermIndex = (() => {
  const builder = new TermIndexBuilder();
  const namesUsed = namesInUse(JURISDICTIONS);
  for (const jurisdiction of JURISDICTIONS) addJurisdiction(builder, jurisdiction, namesUsed);
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
    if (check === 1 ? !startsUpper(field.text, field.tokenStarts[token]) : !isUpperStretch(field.text, field.tokenStarts[token], field.tokenEnds[token]))
      return false;
  }
  return true;
}

/**
 * Finds every term of `index` in a field. Places take the longest match and consume their
 * words ("New Jersey" is never also "Jersey"); cue words are all kept, then a cue inside a
 * longer cue of the same kind is dropped ("privacy" inside "privacy law").
 */
export function scanField(field: FieldText, index: TermIndex, into: FieldMatches): void {
  const { tokenWords, tokenCount } = field;
  const { maxWords } = index;
  const { firstNode, childStart, childWords, childNodes, endsTerm, commaAfter, nodes } = index.trie;
  // Per cue kind, the word where the furthest-reaching cue so far ends: a cue of the same kind
  // ending at or before it, having started later, lies inside it.
  const cueReach = scanReach.fill(0);
  const pending = pendingCues;
  const pendingKinds = pendingCueKinds;
  let geoBlockedUntil = 0;
  for (let start = 0; start < tokenCount; start += 1) {
    // Most words start no term: turn those away before any other work. (Words numbered
    // after the index was built start none of its terms.)
    const first = tokenWords[start];
    if (first === UNKNOWN_WORD || first >= firstNode.length) continue;
    let at = firstNode[first];
    if (at === 0) continue;
    let geoEnd = -1;
    let geoSenses: readonly GeoSense[] | undefined;
    let geoNeutral = false;
    for (let end = start; ;) {
      if (endsTerm[at] === 1) {
        const node = nodes[at];
        if (!node.settled) settleNode(node);
        const senses = node.senses!;
        let geoHere: readonly GeoSense[] | undefined;
        let neutralHere = false;
        const checks = node.checks;
        if (checks !== undefined) {
          // The common case: the senses check case alike, so all apply or none, already sorted by layer.
          if (checks.length === 0 || passesCase(field, start, checks)) {
            geoHere = node.places;
            neutralHere = node.neutral;
            const { cues, cueKinds, suppressions } = node;
            for (let cue = 0; cue < cues.length; cue += 1) offerCue(field, start, end + 1, cues[cue], cueKinds[cue], cueReach, pending, pendingKinds);
            for (let id = 0; id < suppressions.length; id += 1) into.suppressed.push(suppressMatch(field, start, end + 1, suppressions[id]));
          }
        } else {
          let checked: GeoSense[] | undefined;
          for (const sense of senses) {
            if (sense.checks.length > 0 && !passesCase(field, start, sense.checks)) continue;
            if (sense.layer === 'geo') (checked ??= []).push(sense.geo);
            else if (sense.layer === 'neutral') neutralHere = true;
            else if (sense.layer === 'cue') offerCue(field, start, end + 1, sense.cue, sense.kind, cueReach, pending, pendingKinds);
            else into.suppressed.push(suppressMatch(field, start, end + 1, sense.id));
          }
          geoHere = checked;
        }
        if (start >= geoBlockedUntil && (geoHere !== undefined || neutralHere)) {
          geoEnd = end + 1;
          geoSenses = geoHere;
          geoNeutral = neutralHere;
        }
      }
      end += 1;
      if (end >= tokenCount || end - start >= maxWords) break;
      const word = tokenWords[end];
      if (word === UNKNOWN_WORD) break;
      // A comma ends a term that has none there: "in New South Wales, Privacy Commissioner Jane Doe found" names no state's commissioner.
      if (commaAfter[at] === 0 && breaksClause(field.text, field.tokenEnds[end - 1], field.tokenStarts[end])) break;
      // The child reached by this word: binary search over the node's children, words ascending.
      let low = childStart[at];
      let high = childStart[at + 1] - 1;
      let child = 0;
      while (low <= high) {
        const middle = (low + high) >> 1;
        const here = childWords[middle];
        if (here === word) {
          child = childNodes[middle];
          break;
        }
        if (here < word) low = middle + 1;
        else high = middle - 1;
      }
      if (child === 0) break;
      at = child;
    }
    if (pending.length > 0) {
      for (let at = 0; at < pending.length; at += 1) {
        const match = pending[at];
        into.cues.push(match);
        const kind = pendingKinds[at];
        if (cueReach[kind] < match.endToken) cueReach[kind] = match.endToken;
      }
      // Emptied by popping: setting `length` calls into the runtime, a new list allocates.
      while (pending.length > 0) {
        pending.pop();
        pendingKinds.pop();
      }
    }
    if (geoEnd > 0) {
      if (!geoNeutral && geoSenses !== undefined) into.geo.push(geoMatch(field, start, geoEnd, geoSenses));
      geoBlockedUntil = geoEnd;
    }
  }
  if (field.hasHan && index.han.first.length > 0) scanHan(field, index.han, into);
}

// The scan's working space, reused from field to field: per cue kind, the word where the
// furthest-reaching cue so far ends (`cueReach`), and the cues found at the current word with
// their kind numbers. The lists are empty between words.
const scanReach = new Int32Array(CUE_KIND_COUNT);
const pendingCues: CueMatch[] = [];
const pendingCueKinds: number[] = [];
const hanReach = new Int32Array(CUE_KIND_COUNT);
/** The nodes where terms starting at one point end, shortest first. */
const hanFound: number[] = [];

/**
 * Holds a cue found on words [start, end) until every term starting at `start` is read:
 * words are walked shortest first, so a longer cue of the same kind replaces a shorter one,
 * and a cue inside one already taken (reaching `cueReach`) is dropped.
 */
function offerCue(
  field: FieldText,
  start: number,
  end: number,
  cue: CueDefinition,
  kind: number,
  cueReach: Int32Array,
  pending: CueMatch[],
  pendingKinds: number[],
): void {
  if (cueReach[kind] >= end) return;
  for (let other = pending.length - 1; other >= 0; other -= 1) {
    if (pendingKinds[other] === kind && pending[other].endToken < end) {
      pending.splice(other, 1);
      pendingKinds.splice(other, 1);
    }
  }
  pending.push(cueMatch(field, start, end, cue));
  pendingKinds.push(kind);
}

function cueMatch(field: FieldText, startToken: number, endToken: number, cue: CueDefinition): CueMatch {
  const start = field.tokenStarts[startToken];
  const end = field.tokenEnds[endToken - 1];
  return new Found(field.field, field.text, start, end, startToken, endToken, field.tokenSentences[startToken], cue, undefined, -1, undefined) as CueMatch;
}

function geoMatch(field: FieldText, startToken: number, endToken: number, senses: readonly GeoSense[]): GeoMatch {
  const start = field.tokenStarts[startToken];
  const end = field.tokenEnds[endToken - 1];
  return new Found(field.field, field.text, start, end, startToken, endToken, field.tokenSentences[startToken], undefined, senses, -1, undefined) as GeoMatch;
}

function suppressMatch(field: FieldText, startToken: number, endToken: number, id: number): SuppressMatch {
  const start = field.tokenStarts[startToken];
  const end = field.tokenEnds[endToken - 1];
  return new Found(field.field, field.text, start, end, startToken, endToken, field.tokenSentences[startToken], undefined, undefined, id, undefined);
}

/**
 * Chinese has no spaces: terms are found by substring. Places take the longest term at each
 * point and consume it; cue words are all kept, as for alphabetic text.
 */
function scanHan(field: FieldText, han: FlatHanTrie, into: FieldMatches): void {
  const { text, hanRuns } = field;
  const { first, childStart, childCodes, childNodes } = han;
  const cueReach = hanReach.fill(0);
  const found = hanFound;
  let geoBlockedUntil = 0;
  // A Chinese term holds a Han character, so it starts at most its length before one: only
  // positions that close to a run of Han characters are tried, in order.
  let position = 0;
  for (let run = 0; run < hanRuns.length; run += 2) {
    position = Math.max(position, hanRuns[run] - han.maxLength + 1);
    for (; position < hanRuns[run + 1]; position += 1) {
      let node = first[text.charCodeAt(position)];
      if (node === 0) continue;
      // Every term that starts here, shortest first.
      while (found.length > 0) found.pop();
      for (let at = position + 1; ; at += 1) {
        if (han.senses[node] !== undefined) found.push(node);
        if (at >= text.length) break;
        // The child reached by the next code unit: a node has a few children, read in order.
        const code = text.charCodeAt(at);
        let child = 0;
        for (let edge = childStart[node]; edge < childStart[node + 1]; edge += 1) {
          if (childCodes[edge] === code) {
            child = childNodes[edge];
            break;
          }
        }
        if (child === 0) break;
        node = child;
      }
      if (found.length === 0) continue;
      const sentence = sentenceAt(field, position);
      let geoFound = false;
      let kindsHere = 0;
      // Longest first: the first place and the first cue of each kind found here are kept.
      for (let rank = found.length - 1; rank >= 0; rank -= 1) {
        const term = han.terms[found[rank]]!;
        const senses = han.senses[found[rank]]!;
        const places = han.places[found[rank]];
        const end = position + term.length;
        let neutral = false;
        for (const sense of senses) {
          if (sense.layer === 'geo') continue;
          if (sense.layer === 'neutral') neutral = true;
          else if (sense.layer === 'suppress')
            into.suppressed.push(new Found(field.field, text, position, end, -1, -1, sentence, undefined, undefined, sense.id, term));
          else {
            const kind = sense.kind;
            const bit = 1 << kind;
            if (cueReach[kind] >= end || (kindsHere & bit) !== 0) continue;
            kindsHere |= bit;
            into.cues.push(new Found(field.field, text, position, end, -1, -1, sentence, sense.cue, undefined, -1, term) as CueMatch);
            cueReach[kind] = end;
          }
        }
        if ((places !== undefined || neutral) && !geoFound && position >= geoBlockedUntil) {
          geoFound = true;
          geoBlockedUntil = end;
          if (!neutral && places !== undefined)
            into.geo.push(new Found(field.field, text, position, end, -1, -1, sentence, undefined, places, -1, term) as GeoMatch);
        }
      }
    }
  }
}
