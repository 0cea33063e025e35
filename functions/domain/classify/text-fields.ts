/**
 * A story's fields cut into words and sentences once, so every matcher after that works on
 * arrays instead of rescanning text. Offsets are JavaScript string indexes (UTF-16 code
 * units) into the field as given, so `text.slice(offset, offset + term.length)` is the term.
 *
 * Words are read as vocabulary numbers (`vocabulary.ts`) in the same pass that finds them:
 * the pass folds each code unit's lower case into a hash, and the hash finds the word.
 */
import { Buffer } from 'node:buffer';
import { endianness } from 'node:os';
import type { EvidenceField } from './types.js';
import { HASH_PRIME, HASH_SEED, VOCABULARY, wordNumber, WordSet, UNKNOWN_WORD } from './vocabulary.js';

export interface FieldText {
  readonly field: EvidenceField;
  readonly text: string;
  readonly tokenCount: number;
  /** Start and end (exclusive) offset of each word: these tables run past `tokenCount`, read no further. */
  readonly tokenStarts: Int32Array;
  readonly tokenEnds: Int32Array;
  /** Each word's vocabulary number (0 for a word the classifier does not know), for lookups. */
  readonly tokenWords: Int32Array;
  /** The sentence each word belongs to (0 is the field's first sentence). */
  readonly tokenSentences: Int32Array;
  /** Offset where each sentence starts. */
  readonly sentenceStarts: readonly number[];
  /** The first word of each sentence (the word count when a sentence has none). */
  readonly sentenceFirstTokens: readonly number[];
  /** Whether the field has Han characters, which are matched without word boundaries. */
  readonly hasHan: boolean;
  /** Whether the field holds a code unit that does not lower-case on its own (see `sameIgnoringCase`). */
  readonly hasSpecialUnit: boolean;
  /** Start and end (exclusive) of each run of Han characters, in pairs: Chinese terms lie around them. */
  readonly hanRuns: readonly number[];
}

/**
 * A story's fields by name. There are at most three, so a field is picked by comparing its
 * name with three constants rather than by hashing it, as a Map would at every lookup.
 */
export class StoryFields {
  private title: FieldText | undefined;
  private summary: FieldText | undefined;
  private body: FieldText | undefined;
  /** The fields present, in the order title, summary, body. */
  readonly list: FieldText[] = [];

  add(text: FieldText): void {
    if (text.field === 'title') this.title = text;
    else if (text.field === 'summary') this.summary = text;
    else this.body = text;
    this.list.push(text);
  }

  get(field: EvidenceField): FieldText | undefined {
    return field === 'title' ? this.title : field === 'summary' ? this.summary : this.body;
  }

  has(field: EvidenceField): boolean {
    return this.get(field) !== undefined;
  }
}

// What the tokeniser needs of a code unit, worked out once per code unit and kept, since
// tokenising is the hot path: its class in the low two bits, a flag for a code unit that
// cannot be lower-cased alone (see `learnChar`), and for the other word characters their
// lower case from bit 3 up. 0 means not worked out yet.
const UNKNOWN = 0;
const WORD = 1;
const HAN = 2;
const OTHER = 3;
const CLASS_BITS = 3;
const SPECIAL = 4;
const LOWER_SHIFT = 3;
// For code units that are not word characters, the bits above the flag say what they do to
// sentences: a BREAK always ends one (a line break, a Chinese full stop); a STOP may (". ! ?");
// QUIET ones (spaces, closing quotes and brackets) neither end nor open one.
const BREAK = 8;
const STOP = 16;
const QUIET = 32;

/** The sentence bits of a code unit that is not a word character (see BREAK, STOP, QUIET). */
function punctuationBits(code: number): number {
  if (code === 10 || code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b) return BREAK;
  if (code === 46 || code === 33 || code === 63) return STOP;
  return isSpace(code) || isCloser(code) ? QUIET : 0;
}
const chars = new Int32Array(0x10000);
// Latin, Greek and Cyrillic letters with their accents, and digits, make words. Han
// characters do not: they are matched by substring, so "訓練AI模型" still yields "AI".
const WORD_CHAR = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{M}\p{Nd}]/u;
const HAN_CHAR = /\p{Script=Han}/u;
for (let code = 0; code < 128; code += 1) {
  const upper = code >= 65 && code <= 90;
  const word = upper || (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  chars[code] = word ? WORD | ((upper ? code + 32 : code) << LOWER_SHIFT) : OTHER | punctuationBits(code);
}

if (HASH_SEED !== -2128831035 || HASH_PRIME !== 16777619) throw new Error('the tokeniser must hash words as the vocabulary does');

function charInfo(code: number): number {
  const known = chars[code];
  return known === UNKNOWN ? learnChar(code) : known;
}

/**
 * A code unit is SPECIAL when lower-casing it alone may not agree with `toLowerCase()` on a
 * string holding it: "İ" becomes two code units, "Σ" depends on its neighbours (final sigma),
 * and a surrogate is half a character. Words with one take the slow path; `sameIgnoringCase`
 * leaves them to `toLowerCase`. The same test as `lowerUnit`'s.
 */
function learnChar(code: number): number {
  let info = OTHER | SPECIAL | punctuationBits(code);
  if (code < 0xd800 || code > 0xdfff) {
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    const special = code === 0x03a3 || lower.length !== 1;
    if (WORD_CHAR.test(char)) info = special ? WORD | SPECIAL : WORD | (lower.charCodeAt(0) << LOWER_SHIFT);
    else if (HAN_CHAR.test(char)) info = HAN | (special ? SPECIAL : 0);
    else info = OTHER | (special ? SPECIAL : 0) | punctuationBits(code);
  }
  chars[code] = info;
  return info;
}

function classOf(code: number): number {
  return charInfo(code) & CLASS_BITS;
}

const ABBREVIATIONS = new WordSet([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'inc',
  'corp',
  'co',
  'ltd',
  'no',
  'vs',
  'v',
  'gov',
  'sen',
  'rep',
  'jr',
  'sr',
  'prof',
  'gen',
  'lt',
  'col',
  'capt',
  'rev',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'etc',
  'al',
  'art',
  'sec',
  'para',
  'op',
  'fig',
  'vol',
  'ca',
]);

/** Closing quotes and brackets: " ' ” ’ ) ] */
function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 41 || code === 93;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b);
}

interface WordTables {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly words: Int32Array;
  readonly sentences: Int32Array;
}

/**
 * The word tables of each field name, reused from story to story: making typed arrays anew
 * for every story cost more than reading its words. So a FieldText holds good until the
 * same field name is indexed again; `classifyStory` reads each field once and keeps nothing.
 */
const tablesByField = new Map<EvidenceField, WordTables>();

function tablesFor(field: EvidenceField, capacity: number): WordTables {
  const current = tablesByField.get(field);
  if (current !== undefined && current.starts.length >= capacity) return current;
  let size = current?.starts.length ?? 256;
  while (size < capacity) size *= 2;
  const tables = { starts: new Int32Array(size), ends: new Int32Array(size), words: new Int32Array(size), sentences: new Int32Array(size) };
  tablesByField.set(field, tables);
  return tables;
}

// The text being read, as UTF-16 code units in a typed array: copying a string out is cheap
// (one native call), and reading a typed array is over twice as fast as `charCodeAt`. A space
// follows the last code unit, so a word being read always ends without a test for the end.
let unitBytes = Buffer.alloc(1 << 13);
let units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);
const BIG_ENDIAN = endianness() === 'BE';

function codeUnitsOf(text: string): Uint16Array {
  if ((text.length + 1) * 2 > unitBytes.length) {
    unitBytes = Buffer.alloc(Math.max((text.length + 1) * 2, unitBytes.length * 2));
    units = new Uint16Array(unitBytes.buffer, unitBytes.byteOffset, unitBytes.length >> 1);
  }
  // 'utf16le' writes the code units as they are, unpaired surrogates included.
  unitBytes.write(text, 0, 'utf16le');
  if (BIG_ENDIAN) unitBytes.subarray(0, text.length * 2).swap16();
  units[text.length] = 32;
  return units;
}

/**
 * Cuts a field into words and sentences. The word tables it returns are reused by the next
 * call for the same field name (see `tablesByField`): read them up to `tokenCount` only.
 */
export function indexField(field: EvidenceField, text: string): FieldText {
  const length = text.length;
  // Words are at least one character apart.
  const { starts, ends, words, sentences } = tablesFor(field, (length >> 1) + 1);
  let count = 0;
  const sentenceStarts = [0];
  const sentenceFirstTokens = [0];
  const hanRuns: number[] = [];
  let sentence = 0;
  // Every code unit's flags, or-ed together: does the field hold a SPECIAL one?
  let special = 0;
  let index = 0;
  // Held in locals: the loop below reads them for every character.
  const table = chars;
  const codes = codeUnitsOf(text);
  // The vocabulary's tables, for looking words up (see `VOCABULARY`).
  const { filter, table: slots, letters } = VOCABULARY;
  const mask = slots.length - 4;
  while (index < length) {
    let info = table[codes[index]];
    const kind = info & CLASS_BITS;
    if (kind === WORD) {
      const start = index;
      // The word's lower case is hashed as it is read (FNV-1a, as the vocabulary hashes its
      // words: the constants are written out because this loop runs faster on literals).
      let hash = -2128831035;
      // SPECIAL if some code unit of the word is: then the word is lower-cased whole.
      let wordFlags = info;
      for (;;) {
        // The tight loop takes plain word characters; anything else, a word character that
        // is SPECIAL or one not met before included, stops it and is looked at below.
        do {
          hash = Math.imul(hash ^ (info >>> LOWER_SHIFT), 16777619);
          index += 1;
          info = table[codes[index]];
        } while ((info & (CLASS_BITS | SPECIAL)) === WORD);
        if (info === UNKNOWN) {
          learnChar(codes[index]);
          info = table[codes[index]];
        }
        if ((info & CLASS_BITS) !== WORD) break;
        wordFlags |= info;
      }
      starts[count] = start;
      ends[count] = index;
      special |= wordFlags;
      // The word's vocabulary number. A word with a code unit that cannot be lower-cased alone
      // is lower-cased whole and looked up by name. The others are found by their hash
      // (written in here: the loop runs faster for it): the filter turns most unknown words
      // away, and candidates are compared code unit by code unit, so no string is made.
      let word = UNKNOWN_WORD;
      if ((wordFlags & SPECIAL) !== 0) word = wordNumber(text.slice(start, index).toLowerCase());
      else if (((filter[hash >>> 21] >>> ((hash >>> 16) & 31)) & 1) !== 0) {
        const wordLength = index - start;
        for (let slot = (hash << 2) & mask; ; slot = (slot + 4) & mask) {
          const id = slots[slot + 1];
          if (id === UNKNOWN_WORD) break;
          if (slots[slot] !== hash || slots[slot + 2] !== wordLength) continue;
          const shift = slots[slot + 3] - start;
          let at = start;
          // The word as written is mostly in lower case already: its own code unit is tried first.
          for (; at < index; at += 1) {
            const code = codes[at];
            const letter = letters[shift + at];
            if (letter !== code && letter !== table[code] >>> LOWER_SHIFT) break;
          }
          if (at === index) {
            word = id;
            break;
          }
        }
      }
      words[count] = word;
      sentences[count] = sentence;
      count += 1;
      continue;
    }
    if (kind === OTHER) {
      special |= info;
      index += 1;
      if ((info & BREAK) === 0) {
        if ((info & STOP) === 0) continue;
        const last = count - 1;
        if (!(last < 0 ? endsSentence(text, index - 1, -1, -1, UNKNOWN_WORD) : endsSentence(text, index - 1, starts[last], ends[last], words[last]))) continue;
      }
      // The sentence has ended. Punctuation that ends sentences, spaces and closing quotes and
      // brackets neither end nor open one; the next character that is none of those opens the next.
      while (index < length) {
        info = table[codes[index]];
        if (info === UNKNOWN) {
          learnChar(codes[index]);
          info = table[codes[index]];
        }
        if ((info & CLASS_BITS) !== OTHER || (info & (BREAK | STOP | QUIET)) === 0) break;
        special |= info;
        index += 1;
      }
      if (index < length) {
        sentence += 1;
        sentenceStarts.push(index);
        sentenceFirstTokens.push(count);
      }
    } else if (kind === HAN) {
      special |= info;
      // Extend the current run of Han characters, or open one.
      if (hanRuns.length > 0 && hanRuns[hanRuns.length - 1] === index) hanRuns[hanRuns.length - 1] = index + 1;
      else hanRuns.push(index, index + 1);
      index += 1;
    } else {
      // A code unit met for the first time: worked out and kept, then read again.
      learnChar(codes[index]);
    }
  }
  return {
    field,
    text,
    tokenCount: count,
    tokenStarts: starts,
    tokenEnds: ends,
    tokenWords: words,
    tokenSentences: sentences,
    sentenceStarts,
    sentenceFirstTokens,
    hasHan: hanRuns.length > 0,
    hasSpecialUnit: (special & SPECIAL) !== 0,
    hanRuns,
  };
}

/**
 * A full stop ends a sentence when whitespace follows and the next word does not run on in
 * lower case, and the stop does not close an initial (U.S.) or a title (Dr.).
 */
function endsSentence(text: string, mark: number, lastWordStart: number, lastWordEnd: number, lastWord: number): boolean {
  let next = mark + 1;
  while (next < text.length) {
    const code = text.charCodeAt(next);
    if (code !== 46 && code !== 33 && code !== 63 && !isCloser(code)) break;
    next += 1;
  }
  if (next < text.length && !isSpace(text.charCodeAt(next))) return false;
  while (next < text.length && isSpace(text.charCodeAt(next))) next += 1;
  if (next >= text.length) return true;
  if (runsOnInLowerCase(text.charCodeAt(next))) return false;
  if (text.charCodeAt(mark) !== 46) return true;
  // The stop must close the last word read.
  if (lastWordEnd !== mark) return true;
  if (mark - lastWordStart === 1) {
    // A capital initial: "U." of "U.S.".
    const char = text[lastWordStart];
    if (char !== char.toLowerCase()) return false;
  }
  return !ABBREVIATIONS.has(lastWord);
}

/** Whether a code unit changes when upper-cased: a lower-case letter. */
function runsOnInLowerCase(code: number): boolean {
  if (code < 128) return code >= 97 && code <= 122;
  const char = String.fromCharCode(code);
  return char !== char.toUpperCase();
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

/** The first word of a sentence. */
export function sentenceFrom(field: FieldText, sentence: number): number {
  return field.sentenceFirstTokens[sentence] ?? field.tokenCount;
}

/** The word after a sentence's last: [sentenceFrom, sentenceTo) are the sentence's words. */
export function sentenceTo(field: FieldText, sentence: number): number {
  return field.sentenceFirstTokens[sentence + 1] ?? field.tokenCount;
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

// Lower case of each code unit for comparing terms, worked out once per code unit and kept:
// -1 not worked out yet, -2 a code unit that cannot be lower-cased alone (see `sameIgnoringCase`).
const lowerUnits = new Int32Array(0x10000).fill(-1);

function lowerUnit(code: number): number {
  const known = lowerUnits[code];
  if (known !== -1) return known;
  let lower = -2;
  if ((code < 0xd800 || code > 0xdfff) && code !== 0x03a3) {
    const text = String.fromCharCode(code).toLowerCase();
    if (text.length === 1) lower = text.charCodeAt(0);
  }
  lowerUnits[code] = lower;
  return lower;
}

/**
 * Whether `a.slice(aFrom, aTo)` and `b.slice(bFrom, bTo)` lower-case alike, without making
 * either string. Most code units lower-case on their own, one for one; the rest ("İ", which
 * becomes two, "Σ", which depends on its neighbours, and surrogate pairs) are left to
 * `toLowerCase`. Before the first of those, both lower-case unit for unit, so a difference
 * there settles the answer. `aSpecial` and `bSpecial` are `hasSpecialUnit` of each.
 */
export function sameIgnoringCase(a: string, aFrom: number, aTo: number, aSpecial: boolean, b: string, bFrom: number, bTo: number, bSpecial: boolean): boolean {
  const length = aTo - aFrom;
  if (length === bTo - bFrom) {
    for (let index = 0; index < length; index += 1) {
      const x = a.charCodeAt(aFrom + index);
      const y = b.charCodeAt(bFrom + index);
      if (x === y) continue;
      const lowerX = lowerUnit(x);
      const lowerY = lowerUnit(y);
      if (lowerX === -2 || lowerY === -2) return a.slice(aFrom, aTo).toLowerCase() === b.slice(bFrom, bTo).toLowerCase();
      if (lowerX !== lowerY) return false;
    }
    // Equal units all the way, or ones that lower-case alike; a special unit met as an equal
    // unit still lower-cases alike on both sides only if its neighbours do, so ask toLowerCase.
    return !(aSpecial || bSpecial) || a.slice(aFrom, aTo).toLowerCase() === b.slice(bFrom, bTo).toLowerCase();
  }
  // Of different lengths, they lower-case alike only through a code unit that changes length.
  return (aSpecial || bSpecial) && a.slice(aFrom, aTo).toLowerCase() === b.slice(bFrom, bTo).toLowerCase();
}

/** Whether text[from, to) holds a code unit that does not lower-case on its own (see `sameIgnoringCase`). */
export function hasSpecialUnit(text: string, from = 0, to = text.length): boolean {
  for (let index = from; index < to; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 128 && lowerUnit(code) === -2) return true;
  }
  return false;
}
