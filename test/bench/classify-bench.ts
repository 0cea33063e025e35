/**
 * Classifier speed: stories per second on one core (title and a 2 KB body, after warm-up),
 * and how long classifying takes next to parsing the same items with rss-parser.
 */
import Parser from 'rss-parser';
import { classifyStory } from '../../functions/domain/classify/classify-story.js';
import type { ClassifyInput } from '../../functions/domain/classify/types.js';

const ITEM_COUNT = 200;
const WARM_UP_ROUNDS = 3;
const TIMED_ROUNDS = 10;

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

function makeStories(count: number): ClassifyInput[] {
  return Array.from({ length: count }, (_, index) => ({
    id: `bench-${index}`,
    title: SENTENCES[(index * 7) % SENTENCES.length].slice(0, 90),
    summary: '',
    body: makeBody(index, 2048),
  }));
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function makeRss(stories: readonly ClassifyInput[]): string {
  const items = stories
    .map(
      (story, index) =>
        `<item><title>${escapeXml(story.title)}</title><link>https://news.example/${index}</link><guid>${story.id}</guid>` +
        `<pubDate>Tue, 15 Oct 2024 08:00:00 GMT</pubDate><description>${escapeXml(story.body ?? '')}</description></item>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench</title><link>https://news.example/</link><description>Bench feed</description>${items}</channel></rss>`;
}

function timeClassify(stories: readonly ClassifyInput[]): number {
  const started = performance.now();
  let inScope = 0;
  for (const story of stories) if (classifyStory(story).inScope) inScope += 1;
  const elapsed = performance.now() - started;
  // Keeps the result alive so the work cannot be optimised away.
  if (inScope < 0) throw new Error('unreachable');
  return elapsed;
}

async function timeParse(xml: string): Promise<number> {
  const started = performance.now();
  await new Parser().parseString(xml);
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchClassify(): Promise<Record<string, number>> {
  const stories = makeStories(ITEM_COUNT);
  const xml = makeRss(stories);
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    timeClassify(stories);
    await timeParse(xml);
  }
  const classifyTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round += 1) {
    classifyTimes.push(timeClassify(stories));
    parseTimes.push(await timeParse(xml));
  }
  const classifyMs = median(classifyTimes);
  const parseMs = median(parseTimes);
  return {
    classifyStoriesPerSecond: Math.round((ITEM_COUNT / classifyMs) * 1000),
    classifyMsPerStory: Math.round((classifyMs / ITEM_COUNT) * 1000) / 1000,
    classifyToParseRatio: Math.round((classifyMs / parseMs) * 100) / 100,
    benchItems: ITEM_COUNT,
  };
}
