/**
 * Per Lambda: the size of the bundle that would be deployed and its cold import time in a
 * fresh Node process (median of several runs).
 */
import { build, type BuildOptions } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The options NewsdeskFunction gives esbuild (lib/newsdesk-function.ts), for a like-for-like bundle. */
const LAMBDA_BUNDLING: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  mainFields: ['module', 'main'],
  minify: true,
  banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
};

const HANDLERS_DIRECTORY = resolve('functions/handlers');
const IMPORT_RUNS = 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Lambda entry points are the handler files that export `handler`; helpers sit beside them. */
export function lambdaEntries(): string[] {
  return readdirSync(HANDLERS_DIRECTORY)
    .filter((name) => name.endsWith('.ts'))
    .filter((name) => /export (const|async function|function) handler\b/.test(readFileSync(join(HANDLERS_DIRECTORY, name), 'utf8')))
    .map((name) => name.replace(/\.ts$/, ''));
}

export async function benchLambdas(): Promise<Record<string, { bundleKb: number; coldImportMs: number }>> {
  const outDirectory = mkdtempSync(join(tmpdir(), 'newsdesk-bundles-'));
  const figures: Record<string, { bundleKb: number; coldImportMs: number }> = {};
  try {
    for (const name of lambdaEntries()) {
      const outfile = join(outDirectory, `${name}.mjs`);
      await build({ ...LAMBDA_BUNDLING, entryPoints: [join(HANDLERS_DIRECTORY, `${name}.ts`)], outfile, logLevel: 'silent' });
      const script = `const t=performance.now();await import(${JSON.stringify(outfile)});process.stdout.write(String(performance.now()-t));`;
      const times = Array.from({ length: IMPORT_RUNS }, () =>
        Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH } })),
      );
      figures[name] = { bundleKb: Math.round(statSync(outfile).size / 102.4) / 10, coldImportMs: Math.round(median(times) * 10) / 10 };
    }
  } finally {
    rmSync(outDirectory, { recursive: true, force: true });
  }
  return figures;
}
