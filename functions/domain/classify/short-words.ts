/**
 * Sets of short, very common words ("the", "für", "voor") tested at a word of a field without
 * making a string and without numbering them in the classifier's vocabulary: numbered, words
 * this common would cost a vocabulary lookup everywhere they occur. A word is keyed by a hash
 * of its code units, ASCII letters folded to lower case; the lists hold lower-case words.
 */
import type { FieldText } from './text-fields.js';

/** Longer words are never members, and are turned away before any hashing. */
const MAX_LENGTH = 6;

function keyOf(text: string, from: number, to: number): number {
  let key = to - from;
  for (let at = from; at < to; at += 1) {
    let code = text.charCodeAt(at);
    if (code >= 65 && code <= 90) code += 32;
    key = (Math.imul(key, 31) + code) | 0;
  }
  return key;
}

/**
 * Short words mapped to a small number each (a bit mask, say): one hash per word tested,
 * however many lists the words come from. 0 for a word not listed.
 */
export class ShortWordTable {
  private readonly values = new Map<number, number>();

  add(word: string, value: number): void {
    if (word.length > MAX_LENGTH || word !== word.toLowerCase()) throw new Error(`short words are lower case, at most ${MAX_LENGTH} letters: ${word}`);
    const key = keyOf(word, 0, word.length);
    this.values.set(key, (this.values.get(key) ?? 0) | value);
  }

  /** The value of the field's word at `token`, or 0. */
  valueAt(field: FieldText, token: number): number {
    const start = field.tokenStarts[token];
    const end = field.tokenEnds[token];
    return end - start > MAX_LENGTH ? 0 : (this.values.get(keyOf(field.text, start, end)) ?? 0);
  }
}

export class ShortWordSet {
  private readonly keys: Set<number>;

  constructor(words: readonly string[]) {
    for (const word of words)
      if (word.length > MAX_LENGTH || word !== word.toLowerCase()) throw new Error(`short words are lower case, at most ${MAX_LENGTH} letters: ${word}`);
    this.keys = new Set(words.map((word) => keyOf(word, 0, word.length)));
  }

  /** Whether the field's word at `token` is in the set. */
  hasToken(field: FieldText, token: number): boolean {
    const start = field.tokenStarts[token];
    const end = field.tokenEnds[token];
    return end - start <= MAX_LENGTH && this.keys.has(keyOf(field.text, start, end));
  }
}
