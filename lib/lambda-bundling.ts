/**
 * How every Lambda is bundled, in one place: `NewsdeskFunction` calls `bundleHandler` when the
 * CDK stages its code, and the benchmark (test/bench/lambda-bench.ts) calls it too, so the
 * sizes and cold imports it measures are those of what is deployed. No CDK import: the
 * benchmark loads this without aws-cdk-lib.
 */

import { buildSync, type Metafile } from 'esbuild';
import { statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url));

/** The esbuild target; it follows the Lambda runtime (`NEWSDESK_RUNTIME`). */
export const ESBUILD_TARGET = 'node24';

export const LAMBDA_BUNDLING = {
  format: 'esm',
  target: ESBUILD_TARGET,
  mainFields: ['module', 'main'],
  minify: true,
  /**
   * Chinese text (the pages' and emails' words, the taxonomy's names) as UTF-8, not `\uXXXX`
   * escapes: 27 to 56 KiB less in the bundles that carry it, for the same cold import.
   */
  charset: 'utf8',
  /**
   * ESM output still meets CommonJS dependencies (feed parsing, character sets) that call
   * `require` for Node built-ins; this gives them one.
   */
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  /**
   * The AWS SDK is bundled, not left to the Lambda runtime's copy (the CDK's default): the
   * version the tests ran against is the one that runs, and a tree-shaken, minified client
   * starts faster. Measured with the benchmark's cold import, the SDK resolved from
   * node_modules instead made the subscriber pages', the archive's and the console's imports
   * 2.7 to 2.9 times the CPU time, for bundles 200 to 290 KiB smaller (README "Deploying").
   */
  externalModules: [] as string[],
  /**
   * Packages replaced in the bundle, by absolute path. The SDK's default credential chain
   * becomes the environment alone: a Lambda's credentials are always there, and the chain's
   * other links cost every bundle over 100 kB (functions/adapters/lambda-credentials.ts).
   */
  alias: {
    '@aws-sdk/credential-provider-node': fileURLToPath(new URL('../functions/adapters/lambda-credentials.ts', import.meta.url)),
    // DynamoDB's endpoint cache, built even with endpoint discovery off: a Map in place of
    // mnemonist's LRU and its iterator helpers, 7 KiB of every bundle (functions/adapters/endpoint-cache-lru.ts).
    'mnemonist/lru-cache': fileURLToPath(new URL('../functions/adapters/endpoint-cache-lru.ts', import.meta.url)),
  } as Readonly<Record<string, string>>,
} as const;

/** What a bundle is made of, as deployed. */
export interface BundleReport {
  /** The module the Lambda runtime imports: `index.mjs`, exporting `handler`. */
  readonly entryFile: string;
  /** Every `.mjs` file written: the entry, the chunks it imports, the chunks it imports lazily. */
  readonly files: readonly string[];
  /** The bytes a cold start loads: the entry and the chunks it imports statically, transitively. */
  readonly coldStartBytes: number;
  /** The bytes of every `.mjs` file, lazily imported chunks included. */
  readonly totalBytes: number;
}

/**
 * Bundles one handler into `outdir` as `index.mjs`, with a source map. A module the handler
 * imports with `import()` (the classifier in fetch-feed, the feed parser in the console's
 * preview) becomes a chunk of its own under `chunks/`, read from disk the first time it is
 * needed, so a cold start neither reads nor parses it.
 */
export function bundleHandler(entry: string, outdir: string): BundleReport {
  const { banner, externalModules, alias, ...options } = LAMBDA_BUNDLING;
  const { metafile } = buildSync({
    ...options,
    alias: { ...alias },
    mainFields: [...options.mainFields],
    banner: { js: banner },
    external: [...externalModules],
    bundle: true,
    platform: 'node',
    entryPoints: { index: entry },
    outdir,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    // Stack traces need line mappings, not a second copy of every source file.
    sourcemap: true,
    sourcesContent: false,
    absWorkingDir: repositoryRoot,
    metafile: true,
    logLevel: 'warning',
  });
  return reportOf(metafile, outdir, relative(repositoryRoot, resolve(repositoryRoot, entry)));
}

function reportOf(metafile: Metafile, outdir: string, entryPoint: string): BundleReport {
  const outputs = metafile.outputs;
  const modules = Object.keys(outputs).filter((file) => file.endsWith('.mjs'));
  const size = (file: string): number => statSync(join(repositoryRoot, file)).size;
  // A chunk imported with `import()` is an entry point of esbuild's too: the handler's is the one built from `entry`.
  const entry = modules.find((file) => outputs[file].entryPoint === entryPoint);
  if (!entry) throw new Error(`esbuild wrote no entry module to ${outdir}`);
  const loaded = new Set<string>();
  const load = (file: string): void => {
    if (loaded.has(file)) return;
    loaded.add(file);
    for (const imported of outputs[file].imports) if (imported.kind === 'import-statement' && outputs[imported.path]) load(imported.path);
  };
  load(entry);
  return {
    entryFile: join(repositoryRoot, entry),
    files: modules.map((file) => join(repositoryRoot, file)),
    coldStartBytes: [...loaded].reduce((sum, file) => sum + size(file), 0),
    totalBytes: modules.reduce((sum, file) => sum + size(file), 0),
  };
}
