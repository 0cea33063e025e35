/**
 * Run in a fresh process by classify-real-bench.ts: one pass of classifying the corpus items
 * and one of parsing its documents, in the order given, timed apart from loading. Prints
 * `{"classifyMs":…,"parseMs":…}`.
 */
import { readFileSync } from 'node:fs';
import Parser from 'rss-parser';
import { classifyStory } from '../../functions/domain/classify/classify-story.js';
import type { ClassifyInput } from '../../functions/domain/classify/types.js';

const [input, order] = process.argv.slice(2);
const corpus = JSON.parse(readFileSync(input, 'utf8')) as { documents: string[]; items: ClassifyInput[] };

function classifyOnce(): number {
  const started = performance.now();
  for (const item of corpus.items) classifyStory(item);
  return performance.now() - started;
}

async function parseOnce(): Promise<number> {
  const started = performance.now();
  for (const document of corpus.documents) await new Parser().parseString(document);
  return performance.now() - started;
}

let classifyMs: number;
let parseMs: number;
if (order === 'parse-first') {
  parseMs = await parseOnce();
  classifyMs = classifyOnce();
} else {
  classifyMs = classifyOnce();
  parseMs = await parseOnce();
}
process.stdout.write(JSON.stringify({ classifyMs, parseMs }));
