/**
 * The words a story is found by, and a search split the same way. English-like text gives its
 * lower-cased words of three letters or more (common words left out); Chinese, which has no
 * spaces, gives every pair of adjacent characters, so any word of two or more characters finds
 * it. Tags are terms too: `in:HK` for a jurisdiction, `topic:ai-training` for a topic.
 */
import type { Story } from '../stories.js';

const STOP_WORDS = new Set(
  'the and for with that this from have has had was were are its into over after about than then they their them which while will would could should also been being more most such some what when where who why how not but you your our out new says said'.split(
    ' ',
  ),
);
const MAX_TERMS_PER_STORY = 60;

function wordsOf(text: string): string[] {
  const terms: string[] = [];
  for (const run of text
    .normalize('NFKC')
    .toLowerCase()
    .match(/[\p{Script=Han}]+|[\p{L}\p{N}]+/gu) ?? []) {
    if (/\p{Script=Han}/u.test(run)) {
      const characters = [...run];
      if (characters.length === 1) continue;
      for (let i = 0; i + 1 < characters.length; i++) terms.push(characters[i] + characters[i + 1]);
    } else if (run.length >= 3 && !STOP_WORDS.has(run)) {
      terms.push(run);
    }
  }
  return terms;
}

export function jurisdictionTerm(code: string): string {
  return `in:${code}`;
}

export function topicTerm(topic: string): string {
  return `topic:${topic}`;
}

/** The terms an in-scope story is indexed under: its title's words first, then its summary's, then its tags. */
export function searchTermsOf(story: Pick<Story, 'title' | 'summary' | 'jurisdictions' | 'topics'>): string[] {
  const words = [...new Set([...wordsOf(story.title), ...wordsOf(story.summary)])].slice(0, MAX_TERMS_PER_STORY);
  return [...words, ...story.jurisdictions.map(jurisdictionTerm), ...story.topics.map(topicTerm)];
}

/** The free-text part of a search, split as stories are. */
export function queryTermsOf(text: string): string[] {
  return [...new Set(wordsOf(text.slice(0, 200)))].slice(0, 8);
}
