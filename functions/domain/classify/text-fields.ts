/**
 * A story's fields cut into words and sentences once, so every matcher after that works on
 * arrays instead of rescanning text. Offsets are JavaScript string indexes (UTF-16 code
 * units) into the field as given, so `text.slice(offset, offset + term.length)` is the term.
 */
import type { EvidenceField } from './types.js';

export interface FieldText {
  readonly field: EvidenceField;
  readonly text: string;
  /** Start and end (exclusive) offset of each word. */
  readonly tokenStarts: readonly number[];
  readonly tokenEnds: readonly number[];
  /** Each word in lower case, for lookups. */
  readonly tokenKeys: readonly string[];
  /** The sentence each word belongs to (0 is the field's first sentence). */
  readonly tokenSentences: readonly number[];
  /** Offset where each sentence starts. */
  readonly sentenceStarts: readonly number[];
  /** The first word of each sentence (the word count when a sentence has none). */
  readonly sentenceFirstTokens: readonly number[];
  /** Whether the field has Han characters, which are matched without word boundaries. */
  readonly hasHan: boolean;
}

// Character classes, worked out once per character code and kept: tokenising is the hot path.
const UNKNOWN = 0;
const WORD = 1;
const HAN = 2;
const OTHER = 3;
const charClasses = new Uint8Array(0x10000);
// Latin, Greek and Cyrillic letters with their accents, and digits, make words. Han
// characters do not: they are matched by substring, so "訓練AI模型" still yields "AI".
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{Nd}]/u;
const HAN_CHAR = /\p{Script=Han}/u;

function classOf(code: number): number {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) ? WORD : OTHER;
  }
  if (code >= 0xd800 && code <= 0xdfff) return OTHER;
  let known = charClasses[code];
  if (known === UNKNOWN) {
    const char = String.fromCharCode(code);
    known = WORD_CHAR.test(char) ? WORD : HAN_CHAR.test(char) ? HAN : OTHER;
    charClasses[code] = known;
  }
  return known;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'inc', 'corp', 'co', 'ltd', 'no', 'vs', 'v', 'gov', 'sen', 'rep', 'jr', 'sr', 'prof', 'gen', 'lt',
  'col', 'capt', 'rev', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'etc', 'al',
  'art', 'sec', 'para', 'op', 'fig', 'vol', 'ca',
]);

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

export function indexField(field: EvidenceField, text: string): FieldText {
  const tokenStarts: number[] = [];
  const tokenEnds: number[] = [];
  const tokenKeys: string[] = [];
  const tokenSentences: number[] = [];
  const sentenceStarts = [0];
  const sentenceFirstTokens = [0];
  let hasHan = false;
  let sentence = 0;
  let pendingBreak = false;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    const kind = classOf(code);
    if (kind === WORD) {
      if (pendingBreak) {
        openSentence(index);
      }
      const start = index;
      while (index < length && classOf(text.charCodeAt(index)) === WORD) index += 1;
      tokenStarts.push(start);
      tokenEnds.push(index);
      tokenKeys.push(text.slice(start, index).toLowerCase());
      tokenSentences.push(sentence);
      continue;
    }
    if (kind === HAN) {
      hasHan = true;
      if (pendingBreak) openSentence(index);
    } else if (code === 10 || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b) {
      // A line break or a Chinese full stop always ends a sentence.
      pendingBreak = true;
    } else if (code === 46 || code === 33 || code === 63) {
      if (endsSentence(text, index, tokenEnds)) pendingBreak = true;
    } else if (pendingBreak && !isSpace(code) && !CLOSERS.has(text[index])) {
      openSentence(index);
    }
    index += 1;
  }
  return { field, text, tokenStarts, tokenEnds, tokenKeys, tokenSentences, sentenceStarts, sentenceFirstTokens, hasHan };

  function openSentence(at: number): void {
    pendingBreak = false;
    if (at <= sentenceStarts[sentenceStarts.length - 1]) return;
    sentence += 1;
    sentenceStarts.push(at);
    sentenceFirstTokens.push(tokenStarts.length);
  }
}

/**
 * A full stop ends a sentence when whitespace follows and the next word does not run on in
 * lower case, and the stop does not close an initial (U.S.) or a title (Dr.).
 */
function endsSentence(text: string, mark: number, tokenEnds: readonly number[]): boolean {
  let next = mark + 1;
  while (next < text.length && (text.charCodeAt(next) === 46 || text.charCodeAt(next) === 33 || text.charCodeAt(next) === 63 || CLOSERS.has(text[next]))) next += 1;
  if (next < text.length && !isSpace(text.charCodeAt(next))) return false;
  while (next < text.length && isSpace(text.charCodeAt(next))) next += 1;
  if (next >= text.length) return true;
  const following = text[next];
  if (following !== following.toUpperCase()) return false;
  if (text.charCodeAt(mark) !== 46) return true;
  const lastEnd = tokenEnds[tokenEnds.length - 1];
  if (lastEnd !== mark) return true;
  let wordStart = mark;
  while (wordStart > 0 && classOf(text.charCodeAt(wordStart - 1)) === WORD) wordStart -= 1;
  const word = text.slice(wordStart, mark);
  if (word.length === 1 && word !== word.toLowerCase()) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}

/** The sentence that holds a character offset (for matches found by substring). */
export function sentenceAt(field: FieldText, offset: number): number {
  const starts = field.sentenceStarts;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** Word range [from, to) of a sentence. */
export function sentenceTokens(field: FieldText, sentence: number): [number, number] {
  const from = field.sentenceFirstTokens[sentence] ?? field.tokenKeys.length;
  const to = field.sentenceFirstTokens[sentence + 1] ?? field.tokenKeys.length;
  return [from, to];
}

/** Splits a term the same way as text, so the two meet on equal terms. */
export function tokenizeTerm(term: string): string[] {
  const words: string[] = [];
  let index = 0;
  while (index < term.length) {
    if (classOf(term.charCodeAt(index)) !== WORD) {
      index += 1;
      continue;
    }
    const start = index;
    while (index < term.length && classOf(term.charCodeAt(index)) === WORD) index += 1;
    words.push(term.slice(start, index));
  }
  return words;
}

export function containsHan(term: string): boolean {
  for (let index = 0; index < term.length; index += 1) if (classOf(term.charCodeAt(index)) === HAN) return true;
  return false;
}

/** Whether a word, as written, starts with a capital letter. */
export function startsUpper(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code >= 65 && code <= 90) return true;
  if (code < 128) return false;
  const char = text[at];
  return char !== char.toLowerCase();
}

/** Whether a stretch of text has no lower-case letter (an acronym as written). */
export function isUpperStretch(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 97 && code <= 122) return false;
    if (code >= 128) {
      const char = text[index];
      if (char !== char.toUpperCase()) return false;
    }
  }
  return true;
}
