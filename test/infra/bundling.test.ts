import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewsdeskStack } from '../../lib/newsdesk-stack.js';
import { logicalIdOf, synthNewsdesk, type SynthesisedNewsdesk } from './newsdesk-synth.js';

/**
 * Each bundle's size in bytes, about 8% over what it measured when set: a cold start reads
 * and parses the whole bundle, so past this something heavy slipped in. The AWS SDK is bundled
 * (it imports in less than half the CPU time of the Lambda runtime's copy; lib/lambda-bundling.ts)
 * with the environment as its only credential source; with Powertools it is about 230 kB of
 * every bundle. fetch-feed and the console's feed preview carry rss-parser and the Encoding
 * Standard's tables for Big5 and GB18030.
 */
const BUNDLE_BUDGET_BYTES: Record<string, number> = {
  'subscriber-api': 627_000,
  'archive-api': 445_000,
  'console-api': 1_275_000,
  'plan-ingest': 405_000,
  'fetch-feed': 1_450_000,
  'plan-digest': 405_000,
  'plan-digest-page': 395_000,
  'send-email': 560_000,
  'match-alerts': 385_000,
  'ses-events': 375_000,
};

const FUNCTIONS: Record<string, (stack: NewsdeskStack) => NodejsFunction> = {
  'subscriber-api': (stack) => stack.subscriberApi.pages,
  'archive-api': (stack) => stack.archive.pages,
  'console-api': (stack) => stack.editorConsole.pages,
  'plan-ingest': (stack) => stack.ingestion.planIngest,
  'fetch-feed': (stack) => stack.ingestion.fetchFeed,
  'plan-digest': (stack) => stack.delivery.planDigest,
  'plan-digest-page': (stack) => stack.delivery.planDigestPage,
  'send-email': (stack) => stack.delivery.sendEmail,
  'match-alerts': (stack) => stack.delivery.matchAlerts,
  'ses-events': (stack) => stack.subscriberApi.sesEvents,
};

/** devDependencies that the local stack, the command line and the tests use; no Lambda has them. */
const LOCAL_ONLY_PACKAGES = ['dynalite', 'aws-ses-v2-local', 'tsx', 'cli-progress', 'playwright-core'];

let synthesised: SynthesisedNewsdesk;
beforeAll(() => {
  // The one synth that really runs esbuild on the handlers: ten bundles, slow on a busy machine.
  synthesised = synthNewsdesk({ bundle: true });
  // Ten esbuild runs: on a busy 2-core machine they took longer than two minutes.
}, 600_000);

/** The directory of the function's bundled code in the cloud assembly. */
function bundleDirectory(name: string): string {
  const fn = FUNCTIONS[name](synthesised.stack);
  const s3Key = synthesised.resources[logicalIdOf(fn)].Properties!.Code.S3Key as string;
  return path.join(synthesised.assembly.directory, `asset.${s3Key.replace(/\.zip$/, '')}`);
}

/** The files esbuild put in the bundle, as its source map names them. */
function bundledSources(name: string): string[] {
  return (JSON.parse(readFileSync(path.join(bundleDirectory(name), 'index.mjs.map'), 'utf8')) as { sources: string[] }).sources;
}

describe.each(Object.keys(FUNCTIONS))('the %s bundle', (name) => {
  it('is one ES module that can still require Node built-ins', () => {
    const code = readFileSync(path.join(bundleDirectory(name), 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);")).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
  });

  it('is built from its own handler file, with a source map', () => {
    const sources = bundledSources(name);
    expect(sources.some((source) => source.endsWith(`functions/handlers/${name}.ts`))).toBe(true);
    expect(readFileSync(path.join(bundleDirectory(name), 'index.mjs'), 'utf8')).toContain('//# sourceMappingURL=index.mjs.map');
  });

  it(`stays within its size budget`, () => {
    const size = statSync(path.join(bundleDirectory(name), 'index.mjs')).size;
    console.info(`${name}: index.mjs ${(size / 1000).toFixed(0)} kB of ${BUNDLE_BUDGET_BYTES[name] / 1000} kB`);
    expect(size).toBeLessThan(BUNDLE_BUDGET_BYTES[name]);
  });

  it('carries none of the local-only packages, nor the local stack', () => {
    // The source map names every file esbuild put in the bundle.
    const sources = bundledSources(name);
    expect(sources.length).toBeGreaterThan(10);
    const local = sources.filter((source) => LOCAL_ONLY_PACKAGES.some((pkg) => source.includes(`node_modules/${pkg}/`)) || source.includes('functions/local/'));
    expect(local).toEqual([]);
  });

  it('takes credentials from the environment alone: no other link of the SDK chain, nor the STS and SSO clients it needs', () => {
    const sources = bundledSources(name);
    expect(sources.some((source) => source.endsWith('functions/adapters/lambda-credentials.ts'))).toBe(true);
    const chain = sources.filter((source) =>
      /node_modules\/@aws-sdk\/(credential-provider-(node|ini|sso|process|web-identity|login)|nested-clients)\//.test(source),
    );
    expect(chain).toEqual([]);
  });

  it('carries no copy of the infrastructure code', () => {
    expect(existsSync(path.join(bundleDirectory(name), 'node_modules'))).toBe(false);
    expect(readFileSync(path.join(bundleDirectory(name), 'index.mjs'), 'utf8')).not.toContain('aws-cdk-lib');
  });
});

it('keeps the Chinese words of the pages as UTF-8, not as escapes three times their size', () => {
  const code = readFileSync(path.join(bundleDirectory('subscriber-api'), 'index.mjs'), 'utf8');
  // Booleans, so that a failure does not print the whole bundle.
  expect(code.includes('私隱及資料保障')).toBe(true);
  expect(/\\u79c1\\u96b1/i.test(code)).toBe(false);
});

it('budgets every Lambda the app deploys', () => {
  const deployed = Object.values(synthesised.resources).filter(
    (resource) => resource.Type === 'AWS::Lambda::Function' && resource.Properties?.Handler === 'index.handler',
  );
  expect(Object.keys(BUNDLE_BUDGET_BYTES).sort()).toEqual(Object.keys(FUNCTIONS).sort());
  expect(deployed).toHaveLength(Object.keys(FUNCTIONS).length);
});
