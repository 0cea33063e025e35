/**
 * Classifier speed: stories per second on one core (title and a 2 KB body, after warm-up),
 * next to rss-parser parsing the same items, and the classifier's cold start.
 *
 * Both sides get the same N items. The parse side is one RSS document holding them (title and
 * a 2 KB description each) read with a new Parser, as ingestion does per feed; the classify
 * side is `classifyStory` over each item's title and body. Rounds alternate between the two
 * so both meet the same machine conditions, and each figure is the median of the timed rounds.
 * The first-pass figures are the same items once each in a fresh process (first-pass-runner.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { classifyStory } from '../../functions/domain/classify/classify-story.js';
import type { ClassifyInput } from '../../functions/domain/classify/types.js';
import { bundleForNode, measureFirstPass } from './first-pass-runner.js';

const ITEM_COUNT = 200;
const BODY_BYTES = 2048;
// Both sides reach their optimised code only after some thousands of items: the rounds
// before that are not timed.
const WARM_UP_ROUNDS = 10;
const TIMED_ROUNDS = 15;
const COLD_START_RUNS = 5;

// Sentences in the register of real feed items: as in a real article, most carry no cue at
// all, some name a regulator, a law or a place, one is in Chinese.
const SENTENCES = [
  'The announcement came on Monday morning, hours before the company was due to publish its quarterly results.',
  'A spokesperson declined to comment further, saying the matter was being reviewed internally.',
  'Critics said the plan had been rushed and that smaller firms would struggle to keep up with the changes.',
  'The figures were broadly in line with what analysts had expected, although growth slowed in the final months.',
  'Officials said more details would be released next week after consultations with industry groups.',
  'The firm has about 4,000 employees and operates in a dozen markets across the region.',
  'Supporters argued that the measures were overdue, pointing to years of complaints from the public.',
  'The Privacy Commissioner for Personal Data said it had opened an investigation after a data breach exposed the personal information of 12,000 customers in Hong Kong.',
  'Lawmakers in Washington are weighing a federal privacy bill while California and Texas enforce their own state laws.',
  'The company said it would pause training its AI models on posts from users in the European Union until regulators were satisfied.',
  'Shares of the chipmaker rose 4 per cent after it reported record revenue from data-centre processors.',
  'Ireland’s Data Protection Commission, acting as lead authority under the GDPR, fined the platform €250 million.',
  'Residents can opt out of the sale of their data through a new portal launched by the state agency on Monday.',
  'The Personal Information Protection Commission in Tokyo ordered the messaging app to report on overseas access to user data.',
  'Analysts expect growth to slow next quarter as consumer spending weakens across the region.',
  '香港個人資料私隱專員公署表示，已就事件展開調查，並提醒市民注意個人資料外洩風險。',
  'Singapore’s PDPC issued advisory guidelines on the use of personal data to train AI recommendation systems.',
];

function makeBody(seed: number, bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = seed; length < bytes; index += 1) {
    const sentence = SENTENCES[index % SENTENCES.length];
    parts.push(sentence);
    length += Buffer.byteLength(sentence) + 1;
  }
  return parts.join(' ');
}

/** The benchmark's items: a headline-length title and a body of about 2 KB. */
export function makeBenchStories(count = ITEM_COUNT): ClassifyInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `bench-${index}`,
    title: SENTENCES[(index * 7) % SENTENCES.length].slice(0, 90),
    summary: '',
    body: makeBody(index, BODY_BYTES),
  }));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function makeRss(stories: readonly ClassifyInput[]): string {
  const items = stories
    .map(
      (story, index) =>
        `<item><title>${escapeXml(story.title)}</title><link>https://news.example/${index}</link><guid>${story.id}</guid>` +
        `<pubDate>Tue, 15 Oct 2024 08:00:00 GMT</pubDate><description>${escapeXml(story.body ?? '')}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title><link>https://news.example/</link><description>Bench feed</description>${items}</channel></rss>`;
}

export function timeClassify(stories: readonly ClassifyInput[]): number {
  const started = performance.now();
  let inScope = 0;
  for (const story of stories) if (classifyStory(story).inScope) inScope += 1;
  const elapsed = performance.now() - started;
  // Keeps the result alive so the work cannot be optimised away.
  if (inScope < 0) throw new Error('unreachable');
  return elapsed;
}

export async function timeParse(xml: string, expected: number): Promise<number> {
  const started = performance.now();
  const feed = await new Parser().parseString(xml);
  const elapsed = performance.now() - started;
  // Both sides must handle the same items, or the ratio means nothing.
  if (feed.items.length !== expected) throw new Error(`parsed ${feed.items.length} items, expected ${expected}`);
  return elapsed;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Milliseconds to import the classifier in a fresh Node process: module evaluation, which is
 * where the taxonomy and vocabulary are compiled. Bundled as the Lambdas are (one ESM file,
 * see lib/newsdesk-function.ts) so that neither TypeScript loading nor module resolution is counted.
 */
async function measureColdStart(): Promise<number> {
  const outDirectory = mkdtempSync(join(tmpdir(), 'newsdesk-classify-'));
  try {
    const outfile = join(outDirectory, 'classify-story.mjs');
    await bundleForNode(new URL('../../functions/domain/classify/classify-story.ts', import.meta.url), outfile);
    const script = `const t=performance.now();await import(${JSON.stringify(outfile)});process.stdout.write(String(performance.now()-t));`;
    const times = Array.from({ length: COLD_START_RUNS }, () =>
      Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH } })),
    );
    return median(times);
  } finally {
    rmSync(outDirectory, { recursive: true, force: true });
  }
}

export async function benchClassify(): Promise<Record<string, number>> {
  const stories = makeBenchStories();
  const xml = makeRss(stories);
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    timeClassify(stories);
    await timeParse(xml, stories.length);
  }
  const classifyTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round += 1) {
    classifyTimes.push(timeClassify(stories));
    parseTimes.push(await timeParse(xml, stories.length));
  }
  const classifyMs = median(classifyTimes);
  const parseMs = median(parseTimes);
  const once = await measureFirstPass({ documents: [xml], items: stories });
  return {
    classifyStoriesPerSecond: Math.round((stories.length / classifyMs) * 1000),
    parseItemsPerSecond: Math.round((stories.length / parseMs) * 1000),
    classifyToParseRatio: Math.round((classifyMs / parseMs) * 100) / 100,
    classifyMsPerStory: Math.round((classifyMs / stories.length) * 1000) / 1000,
    classifyColdStartMs: Math.round((await measureColdStart()) * 10) / 10,
    firstPassClassifyMs: Math.round(once.classifyMs),
    firstPassParseMs: Math.round(once.parseMs),
    firstPassClassifyToParseRatio: Math.round((once.classifyMs / once.parseMs) * 100) / 100,
    benchItems: stories.length,
  };
}
