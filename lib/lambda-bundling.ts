/**
 * The esbuild options every Lambda is bundled with, in one place: `NewsdeskFunction` hands them
 * to the CDK and the benchmark (test/bench/lambda-bench.ts) to esbuild, so the sizes and cold
 * imports it measures are those of what is deployed. Plain values, no CDK import: the benchmark
 * loads this without aws-cdk-lib.
 */

import { fileURLToPath } from 'node:url';

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
  } as Readonly<Record<string, string>>,
} as const;

/**
 * The options the CDK's bundling props do not carry, as esbuild's command line takes them, for
 * `esbuildArgs`. (aws-cdk-lib 2.276 declares a `charset` prop but does not pass it on.)
 */
export function esbuildArguments(): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(LAMBDA_BUNDLING.alias).map(([name, path]) => [`--alias:${name}`, path])),
    '--charset': LAMBDA_BUNDLING.charset,
  };
}
