/**
 * Every word the classifier knows, numbered: the words of its terms and of the word lists the
 * taggers consult. Text is read straight into these numbers (`text-fields.ts`), so matching a
 * term or testing a word list compares integers, and no string is made for the many words of
 * a story that nothing looks up. Number 0 (`UNKNOWN_WORD`) is every other word.
 *
 * A word is its lower-case form, exactly as `String.prototype.toLowerCase` gives it.
 */

export const UNKNOWN_WORD = 0;

// FNV-1a over the word's code units: cheap to fold in one code unit at a time while tokenising.
export const HASH_SEED = 0x811c9dc5 | 0;
export const HASH_PRIME = 0x01000193;

function hashWord(word: string): number {
  let hash = HASH_SEED;
  for (let index = 0; index < word.length; index += 1) hash = Math.imul(hash ^ word.charCodeAt(index), HASH_PRIME);
  return hash;
}

/**
 * The numbered words and a hash table over them, read directly by the tokeniser. Open
 * addressing on the hash, kept at most half full. Each slot is four integers in `table`: the
 * word's hash, its number (0 for an empty slot), its length and where its letters start in
 * `letters`, so a probe and the checks before comparing letters read one cache line.
 */
export const VOCABULARY = {
  words: [''] as string[],
  /**
   * One bit per value of a hash's top 16 bits, set for every word's hash: most words of a
   * text the classifier does not know are turned away here, in a table small enough to stay
   * in the processor's nearest cache, before any probe of the larger table.
   */
  filter: new Int32Array(1 << 11),
  // Sized for the knowledge base's ten thousand-odd words (82,000 letters), so loading it never regrows either.
  table: new Int32Array(4 << 15),
  /** Every word's letters, one after another. */
  letters: new Uint16Array(1 << 17),
};
const SLOT = 4;
const hashes: number[] = [0];
const letterStarts: number[] = [0];
let lettersUsed = 0;
const numbers = new Map<string, number>();

function place(id: number): void {
  const { table } = VOCABULARY;
  const mask = table.length / SLOT - 1;
  let slot = hashes[id] & mask;
  while (table[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
  table[slot * SLOT] = hashes[id];
  table[slot * SLOT + 1] = id;
  table[slot * SLOT + 2] = VOCABULARY.words[id].length;
  table[slot * SLOT + 3] = letterStarts[id];
}

/** The word's number, numbering it if new. `word` must already be in lower case. */
export function internWord(word: string): number {
  const known = numbers.get(word);
  if (known !== undefined) return known;
  // The tokeniser takes a code unit equal to a word's letter as that letter, so letters must be lower case.
  if (word !== word.toLowerCase()) throw new Error(`vocabulary words are lower case: ${word}`);
  const id = VOCABULARY.words.length;
  VOCABULARY.words.push(word);
  const hash = hashWord(word);
  hashes.push(hash);
  VOCABULARY.filter[hash >>> 21] |= 1 << ((hash >>> 16) & 31);
  numbers.set(word, id);
  if (lettersUsed + word.length > VOCABULARY.letters.length) {
    const letters = new Uint16Array(Math.max(VOCABULARY.letters.length * 2, lettersUsed + word.length));
    letters.set(VOCABULARY.letters);
    VOCABULARY.letters = letters;
  }
  letterStarts.push(lettersUsed);
  for (let index = 0; index < word.length; index += 1) VOCABULARY.letters[lettersUsed + index] = word.charCodeAt(index);
  lettersUsed += word.length;
  if (id * 2 >= VOCABULARY.table.length / SLOT) {
    VOCABULARY.table = new Int32Array(VOCABULARY.table.length * 2);
    for (let other = 1; other <= id; other += 1) place(other);
  } else {
    place(id);
  }
  return id;
}

/** The number of a lower-case word, or UNKNOWN_WORD. */
export function wordNumber(word: string): number {
  return numbers.get(word) ?? UNKNOWN_WORD;
}

export function wordText(id: number): string {
  return VOCABULARY.words[id];
}

/** A word list, tested by word number. Its words are numbered when the list is made. */
export class WordSet {
  private readonly members: Uint8Array;

  constructor(list: readonly string[]) {
    const ids = list.map((word) => internWord(word));
    this.members = new Uint8Array(Math.max(0, ...ids) + 1);
    for (const id of ids) this.members[id] = 1;
  }

  /** Words numbered after the list was made are not in it, so a short table does. Negative numbers are no word. */
  has(id: number): boolean {
    return id >= 0 && id < this.members.length && this.members[id] === 1;
  }
}
