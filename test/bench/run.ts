/**
 * `npm run bench [-- --json]`: the benchmark figures. Benchmarks are not tests: they measure
 * and print, and never fail on a figure.
 */
import { benchLambdas } from './lambda-bench.js';

type Figures = Record<string, unknown>;

async function optional(name: string, load: () => Promise<Figures>): Promise<Figures> {
  try {
    return await load();
  } catch (error) {
    return { error: `${name}: ${(error as Error).message}` };
  }
}

const json = process.argv.includes('--json');
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const started = performance.now();
const figures: Figures = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  lambdas: await benchLambdas(),
  classify: await optional('classify', async () => (await import('./classify-bench.js')).benchClassify()),
  classifyRealFeeds: await optional('classifyRealFeeds', async () => (await import('./classify-real-bench.js')).benchClassifyRealFeeds()),
  ingest: await optional('ingest', async () => (await import('./ingest-bench.js')).benchIngest()),
  digest: await optional('digest', async () => (await import('./digest-bench.js')).benchDigest()),
  digestPlanning: await optional('digestPlanning', async () => {
    // 100,000 and 1,000,000 readers by default; the whole-table planner only where it still fits.
    const scales = (process.env.NEWSDESK_BENCH_PLANNING_SCALES ?? '100000,1000000').split(',').map(Number);
    const wholeTableUpTo = Number(process.env.NEWSDESK_BENCH_WHOLE_TABLE_UP_TO ?? 100_000);
    return (await import('./digest-planning-bench.js')).benchDigestPlanning(scales, { wholeTableUpTo });
  }),
};
figures.costPerMonthUsd = await optional('costPerMonthUsd', async () => (await import('./cost-figures.js')).costFigures(figures));
figures.totalSeconds = Math.round((performance.now() - started) / 100) / 10;

if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
else process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
