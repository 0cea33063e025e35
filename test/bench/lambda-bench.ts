/**
 * Per Lambda: the size of the bundle that would be deployed and its cold import time in a
 * fresh Node process (median of several runs), bundled with the options the CDK uses
 * (lib/lambda-bundling.ts). Should those options leave a package out of the bundle (as the
 * CDK's default does with the AWS SDK, which the Lambda runtime provides), it is resolved here
 * from this repository's node_modules, so the cold import still pays for loading it.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bundleHandler, type BundleReport } from '../../lib/lambda-bundling.js';

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

/** Bundles one handler as the CDK does, into `outdir`. */
export function bundleLambda(name: string, outdir: string): BundleReport {
  return bundleHandler(join(HANDLERS_DIRECTORY, `${name}.ts`), outdir);
}

export interface LambdaFigures {
  /** What a cold start reads and parses: the entry module and the chunks it imports statically. */
  readonly bundleKb: number;
  /** Every module deployed, the chunks imported lazily (on first use) included. */
  readonly deployedKb: number;
  /** Wall time of `import()` of the bundle in a fresh process. */
  readonly coldImportMs: number;
  /** CPU time (user + system) of that import: steadier than wall time on a busy machine. */
  readonly coldImportCpuMs: number;
}

export async function benchLambdas(): Promise<Record<string, LambdaFigures>> {
  // Inside the repository, so that whatever a bundle leaves out resolves to node_modules.
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const outDirectory = mkdtempSync(join(cache, 'newsdesk-bundles-'));
  const figures: Record<string, LambdaFigures> = {};
  try {
    for (const name of lambdaEntries()) {
      const bundle = bundleLambda(name, join(outDirectory, name));
      const script =
        `const t=performance.now(),c=process.cpuUsage();await import(${JSON.stringify(bundle.entryFile)});` +
        'const u=process.cpuUsage(c);process.stdout.write(JSON.stringify([performance.now()-t,(u.user+u.system)/1000]));';
      const runs = Array.from(
        { length: IMPORT_RUNS },
        () =>
          JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH } })) as [
            number,
            number,
          ],
      );
      figures[name] = {
        bundleKb: Math.round(bundle.coldStartBytes / 102.4) / 10,
        deployedKb: Math.round(bundle.totalBytes / 102.4) / 10,
        coldImportMs: Math.round(median(runs.map(([wall]) => wall)) * 10) / 10,
        coldImportCpuMs: Math.round(median(runs.map(([, cpu]) => cpu)) * 10) / 10,
      };
    }
  } finally {
    rmSync(outDirectory, { recursive: true, force: true });
  }
  return figures;
}
