/**
 * The classifier reads text as vocabulary numbers and compares terms without lower-casing
 * them: both must agree with `toLowerCase()` exactly, or classifications would change.
 */
import { describe, expect, it } from 'vitest';
import { classifyStory } from '../../../functions/domain/classify/classify-story.js';
import { hasSpecialUnit, indexField, sameIgnoringCase, type FieldText } from '../../../functions/domain/classify/text-fields.js';
import { internWord, UNKNOWN_WORD, wordNumber, WordSet, wordText } from '../../../functions/domain/classify/vocabulary.js';

/** Each word of the field as written, with its number, read up to `tokenCount`. */
function wordsOf(field: FieldText): { written: string; id: number; sentence: number }[] {
  return Array.from({ length: field.tokenCount }, (_, token) => ({
    written: field.text.slice(field.tokenStarts[token], field.tokenEnds[token]),
    id: field.tokenWords[token],
    sentence: field.tokenSentences[token],
  }));
}

describe('the vocabulary', () => {
  it('numbers a word once and finds it again', () => {
    const id = internWord('vocabularytestword');
    expect(internWord('vocabularytestword')).toBe(id);
    expect(wordNumber('vocabularytestword')).toBe(id);
    expect(wordText(id)).toBe('vocabularytestword');
    expect(wordNumber('no-such-word-anywhere')).toBe(UNKNOWN_WORD);
  });

  it('word lists test numbers, and no word is a negative number', () => {
    const list = new WordSet(['alpha-list-word', 'beta-list-word']);
    expect(list.has(wordNumber('alpha-list-word'))).toBe(true);
    expect(list.has(internWord('gamma-list-word'))).toBe(false);
    expect(list.has(-1)).toBe(false);
  });
});

describe('reading a field', () => {
  it('numbers each word as its lower case, whatever the script or case', () => {
    const samples = ['Privacy', 'PRIVACY', 'privacy', 'İzmir', 'ΟΔΟΣ', 'Σ', 'Straße', 'Québec', 'МОСКВА'];
    for (const sample of samples) internWord(sample.toLowerCase());
    const field = indexField('body', `${samples.join(' ')} unheardofword`);
    const words = wordsOf(field);
    expect(words.map((word) => word.written)).toEqual([...samples, 'unheardofword']);
    for (const word of words) expect(word.id, word.written).toBe(wordNumber(word.written.toLowerCase()));
    expect(words.at(-1)!.id).toBe(UNKNOWN_WORD);
  });

  it('cuts sentences as before: initials and titles do not end one, Chinese full stops do', () => {
    const field = indexField('body', 'Mr. Smith met U.S. officials. They agreed. 香港。Then "quoted." Next one');
    const sentences = wordsOf(field).map((word) => `${word.sentence}:${word.written}`);
    expect(sentences).toEqual(['0:Mr', '0:Smith', '0:met', '0:U', '0:S', '0:officials', '1:They', '1:agreed', '3:Then', '3:quoted', '4:Next', '4:one']);
    expect(field.hasHan).toBe(true);
    expect(field.hanRuns).toEqual([43, 45]);
  });

  it('keeps each field name to its own tables, so a story can hold title, summary and body at once', () => {
    const title = indexField('title', 'Data breach');
    const body = indexField('body', 'A quite different text of more words');
    expect(wordsOf(title).map((word) => word.written)).toEqual(['Data', 'breach']);
    expect(wordsOf(body)).toHaveLength(7);
  });
});

describe('comparing terms as toLowerCase would', () => {
  const tricky = [
    'İ',
    'i̇',
    'i',
    'I',
    'Σ',
    'σ',
    'ς',
    'ΟΔΟΣ',
    'οδος',
    'οδοσ',
    'ß',
    'SS',
    'ǅ',
    'ǆ',
    'Ǆ',
    'K',
    'k',
    '𐐀',
    '𐐨',
    '\ud801',
    'Data',
    'DATA',
    'data',
    '香港',
  ];

  it('agrees on every pair of tricky strings', () => {
    for (const a of tricky) {
      for (const b of tricky) {
        for (const pair of [
          [a, b],
          [`x${a}y`, b],
          [a + a, b + b],
        ]) {
          const [left, right] = pair;
          const expected = left.toLowerCase() === right.toLowerCase();
          expect(sameIgnoringCase(left, 0, left.length, hasSpecialUnit(left), right, 0, right.length, hasSpecialUnit(right)), `${left} / ${right}`).toBe(
            expected,
          );
        }
      }
    }
  });

  it('compares terms where they stand in longer texts', () => {
    expect(sameIgnoringCase('the Data law', 4, 8, false, 'DATA', 0, 4, false)).toBe(true);
    expect(sameIgnoringCase('the Data law', 4, 8, false, 'date', 0, 4, false)).toBe(false);
  });
});

describe('classifying with reused working space', () => {
  it('gives the same result for a story whatever was classified before it', () => {
    const story = {
      title: 'Hong Kong privacy watchdog fines bank over data breach',
      summary: 'The PCPD said personal data of customers leaked.',
      body: 'Long text. '.repeat(50),
    };
    const first = classifyStory(story);
    classifyStory({ title: 'Something else entirely', summary: 'Another text about the GDPR in Ireland and users in the EU.' });
    expect(classifyStory(story)).toEqual(first);
  });

  it('leaves what it returned for one story untouched by the next', () => {
    const first = classifyStory({
      title: 'Irish DPC fines platform under the GDPR',
      summary: 'The Data Protection Commission said personal data of EU users was misused.',
    });
    const copy = structuredClone(first);
    classifyStory({ title: 'California privacy agency enforces the CCPA', summary: 'Personal information of residents was sold; Texas also sued.' });
    expect(first).toEqual(copy);
  });

  it('ranks many cues in a long body as it ranks few', () => {
    const body = Array.from({ length: 40 }, (_, index) => `Sentence ${index} mentions personal data and privacy rules and a data breach.`).join(' ');
    const result = classifyStory({ title: 'Data protection', summary: '', body });
    expect(result.inScope).toBe(true);
    const scope = result.evidence.filter((item) => item.kind === 'scope');
    expect(new Set(scope.map((item) => item.term.toLowerCase())).size).toBe(scope.length);
  });
});
