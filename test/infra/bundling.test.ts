import { existsSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NewsdeskStack } from '../../lib/newsdesk-stack.js';
import { logicalIdOf, synthNewsdesk, type SynthesisedNewsdesk } from './newsdesk-synth.js';

/**
 * A cold start reads and parses the whole bundle; past this, something heavy slipped in. The
 * largest, fetch-feed, carries the character set tables that Big5 and GB18030 feeds need.
 */
const BUNDLE_BUDGET_BYTES = 2_000_000;

const FUNCTIONS: Record<string, (stack: NewsdeskStack) => NodejsFunction> = {
  'plan-ingest': (stack) => stack.ingestion.planIngest,
  'fetch-feed': (stack) => stack.ingestion.fetchFeed,
  'plan-digest': (stack) => stack.delivery.planDigest,
  'plan-digest-page': (stack) => stack.delivery.planDigestPage,
  'send-email': (stack) => stack.delivery.sendEmail,
};

let synthesised: SynthesisedNewsdesk;
beforeAll(() => {
  // The one synth that really runs esbuild on the handlers.
  synthesised = synthNewsdesk({ bundle: true });
}, 120_000);

/** The directory of the function's bundled code in the cloud assembly. */
function bundleDirectory(name: string): string {
  const fn = FUNCTIONS[name](synthesised.stack);
  const s3Key = synthesised.resources[logicalIdOf(fn)].Properties!.Code.S3Key as string;
  return path.join(synthesised.assembly.directory, `asset.${s3Key.replace(/\.zip$/, '')}`);
}

describe.each(Object.keys(FUNCTIONS))('the %s bundle', (name) => {
  it('is one ES module that can still require Node built-ins', () => {
    const code = readFileSync(path.join(bundleDirectory(name), 'index.mjs'), 'utf8');
    expect(code.startsWith("import { createRequire } from 'module'; const require = createRequire(import.meta.url);")).toBe(true);
    expect(code).toMatch(/export\s*\{[^}]*\bhandler\b/);
  });

  it('is built from its own handler file, with a source map', () => {
    const sourceMap = JSON.parse(readFileSync(path.join(bundleDirectory(name), 'index.mjs.map'), 'utf8')) as { sources: string[] };
    expect(sourceMap.sources.some((source) => source.endsWith(`functions/handlers/${name}.ts`))).toBe(true);
    expect(readFileSync(path.join(bundleDirectory(name), 'index.mjs'), 'utf8')).toContain('//# sourceMappingURL=index.mjs.map');
  });

  it(`stays under ${BUNDLE_BUDGET_BYTES / 1000} kB`, () => {
    const size = statSync(path.join(bundleDirectory(name), 'index.mjs')).size;
    console.info(`${name}: index.mjs ${(size / 1000).toFixed(0)} kB`);
    expect(size).toBeLessThan(BUNDLE_BUDGET_BYTES);
  });

  it('carries no copy of the infrastructure code', () => {
    expect(existsSync(path.join(bundleDirectory(name), 'node_modules'))).toBe(false);
    expect(readFileSync(path.join(bundleDirectory(name), 'index.mjs'), 'utf8')).not.toContain('aws-cdk-lib');
  });
});
