/**
 * `npm run bench [-- --json] [-- --only=<section,...>]`: the benchmark figures. Benchmarks are
 * not tests: they measure and print, and never fail on a figure. `--only` runs some sections
 * (for example `--only=digest,digestPlanning`, which the cost table needs) when the whole run
 * would take too long.
 */
import { cpus } from 'node:os';

type Figures = Record<string, unknown>;

async function optional(name: string, load: () => Promise<Figures>): Promise<Figures> {
  try {
    return await load();
  } catch (error) {
    return { error: `${name}: ${(error as Error).message}` };
  }
}

const SECTIONS: Record<string, () => Promise<Figures>> = {
  lambdas: async () => (await import('./lambda-bench.js')).benchLambdas(),
  classify: async () => (await import('./classify-bench.js')).benchClassify(),
  classifyRealFeeds: async () => (await import('./classify-real-bench.js')).benchClassifyRealFeeds(),
  ingest: async () => (await import('./ingest-bench.js')).benchIngest(),
  digest: async () => {
    // 10,000 and 100,000; the cost table needs only the sending figures of the first.
    const scales = (process.env.NEWSDESK_BENCH_DIGEST_SCALES ?? '10000,100000').split(',').map(Number);
    return (await import('./digest-bench.js')).benchDigest(scales);
  },
  digestPlanning: async () => {
    // 100,000 and 1,000,000 readers by default; the whole-table planner only where it still fits.
    const scales = (process.env.NEWSDESK_BENCH_PLANNING_SCALES ?? '100000,1000000').split(',').map(Number);
    const wholeTableUpTo = Number(process.env.NEWSDESK_BENCH_WHOLE_TABLE_UP_TO ?? 100_000);
    return (await import('./digest-planning-bench.js')).benchDigestPlanning(scales, { wholeTableUpTo });
  },
};

const json = process.argv.includes('--json');
const only = process.argv
  .find((argument) => argument.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const unknown = only?.filter((name) => !(name in SECTIONS)) ?? [];
if (unknown.length > 0) {
  process.stderr.write(`unknown bench section ${unknown.join(', ')}; sections: ${Object.keys(SECTIONS).join(', ')}\n`);
  process.exit(2);
}
process.env.POWERTOOLS_LOG_LEVEL ??= 'ERROR';
process.env.POWERTOOLS_METRICS_DISABLED ??= 'true';
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const started = performance.now();
const figures: Figures = { machine: { node: process.version, cpus: cpus().length } };
for (const [name, load] of Object.entries(SECTIONS)) {
  if (only && !only.includes(name)) continue;
  // The Lambda figures are the bench's reason to exist: a failure there is not hidden.
  figures[name] = name === 'lambdas' ? await load() : await optional(name, load);
}
if (figures.digest && figures.digestPlanning) {
  figures.costPerMonthUsd = await optional('costPerMonthUsd', async () => (await import('./cost-figures.js')).costFigures(figures));
}
figures.totalSeconds = Math.round((performance.now() - started) / 100) / 10;

if (json) process.stdout.write(`${JSON.stringify(figures)}\n`);
else process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
