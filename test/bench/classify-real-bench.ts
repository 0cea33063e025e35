/**
 * Classification next to parsing on real feeds: the shared feed corpus (../shared/fixtures/feeds),
 * read the way ingestion reads it. Three figures, each as a ratio of classify time to
 * rss-parser time for the same items:
 *
 * - `articles`: the corpus items whose text runs to 2 KB or more, as title plus their first
 *   2 KB, in one RSS document built as the synthetic figure's is (see classify-bench.ts);
 * - `feeds`: every readable document as served, against the items our reader takes from it,
 *   after warm-up;
 * - `firstPass`: the same, once, in a fresh Node process: what a new Lambda container pays.
 *
 * Absent the corpus, says so and measures nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Parser from 'rss-parser';
import { classifyStory } from '../../functions/domain/classify/classify-story.js';
import type { ClassifyInput } from '../../functions/domain/classify/types.js';
import { decodeFeedBody } from '../../functions/domain/feeds/decode.js';
import { repairMojibake } from '../../functions/domain/feeds/mojibake.js';
import { parseFeed } from '../../functions/domain/feeds/parse-feed.js';
import { prepareFeedXml } from '../../functions/domain/feeds/prepare-xml.js';
import { makeRss, median, timeClassify, timeParse } from './classify-bench.js';
import { measureFirstPass, type FirstPassInput } from './first-pass-runner.js';

const CORPUS = resolve(process.cwd(), '../shared/fixtures/feeds');
const BODY_CHARS = 2048;
const WARM_UP_ROUNDS = 20;
const TIMED_ROUNDS = 15;

interface Corpus extends FirstPassInput {
  /** Each readable document as rss-parser is given it (decoded, entities repaired). */
  readonly documents: string[];
  /** The items our reader takes from those documents, as ingestion hands them to the classifier. */
  readonly items: ClassifyInput[];
}

async function readCorpus(): Promise<Corpus> {
  const documents: string[] = [];
  const items: ClassifyInput[] = [];
  for (const file of readdirSync(CORPUS)
    .filter((name) => name !== 'SOURCES.md')
    .sort()) {
    try {
      const text = await decodeFeedBody(readFileSync(join(CORPUS, file)));
      const prepared = prepareFeedXml(repairMojibake(text)).xml;
      const feed = await parseFeed(text, { feedUrl: `https://corpus.example/${file}`, fetchedAt: new Date('2026-01-05T12:00:00Z') });
      // Documents that plain rss-parser refuses are left out of both sides.
      await new Parser().parseString(prepared);
      documents.push(prepared);
      for (const item of feed.items) items.push({ id: item.storyId, title: item.title, summary: item.summary, body: item.content });
    } catch {
      // Refused documents (the corpus holds some on purpose) are not part of this figure.
    }
  }
  return { documents, items };
}

async function parseAll(documents: readonly string[]): Promise<number> {
  const started = performance.now();
  for (const document of documents) await new Parser().parseString(document);
  return performance.now() - started;
}

function classifyAll(items: readonly ClassifyInput[]): number {
  const started = performance.now();
  let inScope = 0;
  for (const item of items) if (classifyStory(item).inScope) inScope += 1;
  if (inScope < 0) throw new Error('unreachable');
  return performance.now() - started;
}

/** Rounds alternate between the sides, as in classify-bench.ts; medians of the timed rounds. */
async function ratioOf(classify: () => number, parse: () => Promise<number>): Promise<{ classifyMs: number; parseMs: number }> {
  for (let round = 0; round < WARM_UP_ROUNDS; round += 1) {
    classify();
    await parse();
  }
  const classifyTimes: number[] = [];
  const parseTimes: number[] = [];
  for (let round = 0; round < TIMED_ROUNDS; round += 1) {
    classifyTimes.push(classify());
    parseTimes.push(await parse());
  }
  return { classifyMs: median(classifyTimes), parseMs: median(parseTimes) };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

export async function benchClassifyRealFeeds(): Promise<Record<string, unknown>> {
  if (!existsSync(CORPUS)) {
    process.stderr.write(`classify on real feeds: skipped, ${CORPUS} is absent\n`);
    return { skipped: `${CORPUS} is absent` };
  }
  const corpus = await readCorpus();
  const articles = corpus.items
    .filter((item) => (item.body ?? '').length >= BODY_CHARS)
    .map((item) => ({ id: item.id, title: item.title, summary: '', body: (item.body ?? '').slice(0, BODY_CHARS) }));
  const articleXml = makeRss(articles);
  const onArticles = await ratioOf(
    () => timeClassify(articles),
    () => timeParse(articleXml, articles.length),
  );
  const onFeeds = await ratioOf(
    () => classifyAll(corpus.items),
    () => parseAll(corpus.documents),
  );
  const once = await measureFirstPass(corpus);
  return {
    articles: {
      items: articles.length,
      classifyStoriesPerSecond: Math.round((articles.length / onArticles.classifyMs) * 1000),
      classifyToParseRatio: round2(onArticles.classifyMs / onArticles.parseMs),
    },
    feeds: {
      documents: corpus.documents.length,
      items: corpus.items.length,
      classifyStoriesPerSecond: Math.round((corpus.items.length / onFeeds.classifyMs) * 1000),
      classifyToParseRatio: round2(onFeeds.classifyMs / onFeeds.parseMs),
    },
    firstPass: {
      classifyMs: Math.round(once.classifyMs),
      parseMs: Math.round(once.parseMs),
      classifyToParseRatio: round2(once.classifyMs / once.parseMs),
    },
  };
}
