/**
 * The first pass: one pass of classifying and one of parsing in a fresh Node process, bundled
 * as the Lambdas are (see first-pass.ts). This is what a new Lambda container pays, before
 * the engine has optimised either side.
 */
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClassifyInput } from '../../functions/domain/classify/types.js';
import { median } from './classify-bench.js';

const FIRST_PASS_RUNS = 6;

/** Bundles a module into one minified ESM file, as the Lambdas are (see lib/newsdesk-function.ts). */
export async function bundleForNode(entry: URL, outfile: string, banner?: string): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    logLevel: 'silent',
    ...(banner === undefined ? {} : { banner: { js: banner } }),
  });
}

export interface FirstPassInput {
  /** The documents rss-parser is given. */
  readonly documents: readonly string[];
  /** The items the classifier is given. */
  readonly items: readonly ClassifyInput[];
}

/**
 * One pass of each side in a fresh process, bundled as the Lambdas are. Runs alternate which
 * side goes first, since the first to run also pays for warming what both share.
 */
export async function measureFirstPass(corpus: FirstPassInput): Promise<{ classifyMs: number; parseMs: number }> {
  const directory = mkdtempSync(join(tmpdir(), 'newsdesk-first-pass-'));
  try {
    const script = join(directory, 'first-pass.mjs');
    // rss-parser's dependencies call require(), which an ESM bundle must be given.
    await bundleForNode(
      new URL('./first-pass.ts', import.meta.url),
      script,
      "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    );
    const input = join(directory, 'corpus.json');
    writeFileSync(input, JSON.stringify(corpus));
    const classifyTimes: number[] = [];
    const parseTimes: number[] = [];
    for (let run = 0; run < FIRST_PASS_RUNS; run += 1) {
      const order = run % 2 === 0 ? 'classify-first' : 'parse-first';
      const output = execFileSync(process.execPath, [script, input, order], { encoding: 'utf8', env: { PATH: process.env.PATH } });
      const { classifyMs, parseMs } = JSON.parse(output) as { classifyMs: number; parseMs: number };
      classifyTimes.push(classifyMs);
      parseTimes.push(parseMs);
    }
    return { classifyMs: median(classifyTimes), parseMs: median(parseTimes) };
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
