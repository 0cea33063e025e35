/**
 * The esbuild options every Lambda is bundled with, in one place: `NewsdeskFunction` hands them
 * to the CDK and the benchmark (test/bench/lambda-bench.ts) to esbuild, so the sizes and cold
 * imports it measures are those of what is deployed. Plain values, no CDK import: the benchmark
 * loads this without aws-cdk-lib.
 */

/** The esbuild target; it follows the Lambda runtime (`NEWSDESK_RUNTIME`). */
export const ESBUILD_TARGET = 'node24';

export const LAMBDA_BUNDLING = {
  format: 'esm',
  target: ESBUILD_TARGET,
  mainFields: ['module', 'main'],
  minify: true,
  /**
   * ESM output still meets CommonJS dependencies (feed parsing, character sets) that call
   * `require` for Node built-ins; this gives them one.
   */
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
  /**
   * The AWS SDK is bundled, not left to the Lambda runtime's copy (the CDK's default): the
   * version the tests ran against is the one that runs, and a tree-shaken, minified client
   * starts faster. Measured with the benchmark's cold import, the SDK resolved from
   * node_modules instead made the subscriber pages' import 2.6 times the CPU time and the
   * archive's 3.2 times, for bundles 400 kB smaller (README "Deploying").
   */
  externalModules: [] as string[],
} as const;
