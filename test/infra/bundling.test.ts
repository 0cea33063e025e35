import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { NewsdeskFunction } from '../../lib/newsdesk-function.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewsdeskStack } from '../../lib/newsdesk-stack.js';
import { logicalIdOf, synthNewsdesk, type SynthesisedNewsdesk } from './newsdesk-synth.js';

/**
 * The bytes each cold start loads (the entry module and the chunks it imports statically),
 * about 8% over what it measured when set: a cold start reads and parses all of it, so past
 * this something heavy slipped in. The AWS SDK is bundled (it imports in less than half the
 * CPU time of the Lambda runtime's copy; lib/lambda-bundling.ts) with the environment as its
 * only credential source; with Powertools it is about 230 kB of every bundle. What a handler
 * imports lazily (the classifier, the feed parser and the Encoding Standard's tables) is in
 * chunks of its own and counts here only where a handler loads it at once.
 */
const BUNDLE_BUDGET_BYTES: Record<string, number> = {
  // The pages a person waits on: at most 300 kB, the target the three were set (README "Deploying").
  'subscriber-api': 300_000,
  'archive-api': 291_000,
  'console-api': 300_000,
  'plan-ingest': 315_000,
  'fetch-feed': 660_000,
  'plan-digest': 335_000,
  'plan-digest-page': 292_000,
  'send-email': 444_000,
  'match-alerts': 300_000,
  'ses-events': 285_000,
};

const FUNCTIONS: Record<string, (stack: NewsdeskStack) => NewsdeskFunction> = {
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

/** Every module of the function's bundle: `index.mjs` and its chunks. */
function bundleModules(name: string): string[] {
  const directory = bundleDirectory(name);
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mjs'))
    .map((file) => path.join(directory, file));
}

/** The modules a cold start loads: `index.mjs` and what it imports statically, transitively. */
function coldStartModules(name: string): string[] {
  const loaded = new Set<string>();
  const load = (file: string): void => {
    if (loaded.has(file)) return;
    loaded.add(file);
    // A static import (`import{a as b}from"./chunks/c.mjs"`, `import"./c.mjs"`), not `import("./c.mjs")`.
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.\.?\/[^"']+\.mjs)["']/g)) {
      load(path.resolve(path.dirname(file), specifier));
    }
  };
  load(path.join(bundleDirectory(name), 'index.mjs'));
  return [...loaded];
}

/** The files esbuild put in the given modules (all of the bundle's by default), as their source maps name them. */
function bundledSources(name: string, modules = bundleModules(name)): string[] {
  return modules.flatMap((module) => (JSON.parse(readFileSync(`${module}.map`, 'utf8')) as { sources: string[] }).sources);
}

describe.each(Object.keys(FUNCTIONS))('the %s bundle', (name) => {
  it('is ES modules that can still require Node built-ins, the entry exporting the handler', () => {
    for (const module of bundleModules(name)) {
      const code = readFileSync(module, 'utf8');
      expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);")).toBe(true);
    }
    expect(readFileSync(path.join(bundleDirectory(name), 'index.mjs'), 'utf8')).toMatch(/export\s*\{[^}]*\bhandler\b/);
  });

  it('is built from its own handler file, with a source map', () => {
    const sources = bundledSources(name);
    expect(sources.some((source) => source.endsWith(`functions/handlers/${name}.ts`))).toBe(true);
    expect(readFileSync(path.join(bundleDirectory(name), 'index.mjs'), 'utf8')).toContain('//# sourceMappingURL=index.mjs.map');
  });

  it(`loads no more than its budget at a cold start`, () => {
    const size = coldStartModules(name).reduce((sum, module) => sum + statSync(module).size, 0);
    const all = bundleModules(name).reduce((sum, module) => sum + statSync(module).size, 0);
    console.info(`${name}: ${(size / 1000).toFixed(0)} kB at a cold start of ${BUNDLE_BUDGET_BYTES[name] / 1000} kB; ${(all / 1000).toFixed(0)} kB deployed`);
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
    for (const module of bundleModules(name)) expect(readFileSync(module, 'utf8').includes('aws-cdk-lib')).toBe(false);
  });
});

describe.each([
  ['fetch-feed', 'the classifier', 'functions/domain/classify/classify-story.ts'],
  ['fetch-feed', 'the Encoding Standard’s tables', 'node_modules/@exodus/bytes/'],
  ['console-api', 'the feed parser', 'node_modules/rss-parser/'],
  ['console-api', 'the Encoding Standard’s tables', 'node_modules/@exodus/bytes/'],
  ['subscriber-api', 'the SES client', 'node_modules/@aws-sdk/client-sesv2/'],
  ['subscriber-api', 'the clustering a sample composed on the spot needs', 'functions/domain/feeds/cluster.ts'],
  ['console-api', 'the SES client', 'node_modules/@aws-sdk/client-sesv2/'],
  ['console-api', 'the draft composer', 'functions/domain/digest/edition.ts'],
  ['console-api', 'the clustering of a draft', 'functions/domain/feeds/cluster-signals.ts'],
  ['console-api', 'the names clustering reads', 'functions/taxonomy/cluster-names.json'],
  ['console-api', 'the email preview’s renderer', 'functions/web/email/digest-email.ts'],
  ['console-api', 'the feed fetcher', 'functions/adapters/http/http-feed-fetcher.ts'],
  ['console-api', 'the fetcher’s address checks', 'node_modules/ipaddr.js/'],
  ['console-api', 'the feed list', 'functions/config/sources.json'],
  ['console-api', 'the feed list’s schema', 'node_modules/zod/'],
  ['console-api', 'the verifier of the managed login’s tokens', 'node_modules/aws-jwt-verify/'],
  ['console-api', 'the managed login', 'functions/adapters/cognito/cognito-hosted-sign-in.ts'],
  ['console-api', 'the local account’s password sign-in', 'functions/domain/console/password-sign-in.ts'],
  ['console-api', 'the overview', 'functions/web/console-overview.ts'],
  ['console-api', 'the subscriber repository the overview counts with', 'functions/adapters/dynamo/subscriber-repository.ts'],
  ['console-api', 'a story’s page and the logs', 'functions/web/console-records.ts'],
  ['console-api', 'the correction of a story’s tags', 'functions/domain/classify/editorial-service.ts'],
  ['console-api', 'the corrections’ repository', 'functions/adapters/dynamo/editorial-repository.ts'],
  ['console-api', 'the feeds page', 'functions/web/console-feeds.ts'],
  ['subscriber-api', 'the forms and signed links', 'functions/web/subscriber-forms.ts'],
  ['subscriber-api', 'their pages', 'functions/web/account-pages.ts'],
  ['subscriber-api', 'the forms’ validation', 'node_modules/zod/'],
  ['subscriber-api', 'the Secrets Manager client that reads the subscriber key', 'node_modules/@aws-sdk/client-secrets-manager/'],
  ['subscriber-api', 'Metrics, which only the forms record', 'node_modules/@aws-lambda-powertools/metrics/'],
  ...['archive-api', 'subscriber-api', 'console-api', 'send-email'].flatMap((name) => [
    [name, 'the Traditional Chinese catalogue', 'functions/i18n/messages/zh-hant.ts'],
    [name, 'the Simplified Chinese catalogue', 'functions/i18n/messages/zh-hans.ts'],
    [name, 'the Chinese names of places, regions and topics', 'functions/taxonomy/local-names.json'],
  ]),
])('the %s bundle', (name, what, source) => {
  it(`leaves ${what} to a chunk its cold start does not load`, () => {
    const has = (sources: string[]) => sources.some((file) => file.includes(source));
    expect(has(bundledSources(name))).toBe(true);
    expect(has(bundledSources(name, coldStartModules(name)))).toBe(false);
  });
});

it.each(Object.keys(FUNCTIONS).filter((name) => name !== 'fetch-feed'))(
  'carries none of the classifier’s dictionaries in the %s bundle, only the names and regions derived from them',
  (name) => {
    expect(bundledSources(name).filter((source) => source.endsWith('functions/taxonomy/taxonomy.json'))).toEqual([]);
  },
);

it.each(Object.keys(FUNCTIONS))('keeps DynamoDB’s endpoint cache in a Map in the %s bundle, not in mnemonist’s LRU', (name) => {
  const sources = bundledSources(name);
  expect(sources.filter((source) => source.includes('node_modules/mnemonist/') || source.includes('node_modules/obliterator/'))).toEqual([]);
  expect(sources.some((source) => source.endsWith('functions/adapters/endpoint-cache-lru.ts'))).toBe(true);
});

it('leaves the readers’ stylesheet out of the console, which reads forms with their helpers but sends none of their pages', () => {
  expect(bundledSources('console-api').filter((source) => source.endsWith('functions/web/layout.ts'))).toEqual([]);
});

it('keeps the Chinese words of the pages as UTF-8, not as escapes three times their size', () => {
  const code = bundleModules('subscriber-api')
    .map((module) => readFileSync(module, 'utf8'))
    .join('\n');
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
