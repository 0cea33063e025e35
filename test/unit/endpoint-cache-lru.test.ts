/**
 * The Map that stands in for mnemonist's LRU in the bundles: on its own, and inside the SDK's
 * own endpoint cache bundled with the Lambdas' alias, as DynamoDB's client builds it.
 */
import { buildSync } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import LeastRecentlyUsed from '../../functions/adapters/endpoint-cache-lru.js';
import { LAMBDA_BUNDLING } from '../../lib/lambda-bundling.js';

describe('the least-recently-used map', () => {
  it('evicts the entry used least recently once past its capacity, a read counting as a use and a peek not', () => {
    const cache = new LeastRecentlyUsed<string, number>(2);
    cache.set('a', 1).set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([true, false, true]);

    expect(cache.peek('a')).toBe(1);
    cache.set('d', 4);
    expect([cache.has('a'), cache.has('c'), cache.has('d')]).toEqual([false, true, true]);
    expect(cache.size).toBe(2);
  });

  it('refreshes a key written again instead of keeping two, and empties on clear', () => {
    const cache = new LeastRecentlyUsed<string, string>(2);
    cache.set('a', 'old').set('b', 'b').set('a', 'new').set('c', 'c');
    expect(cache.get('a')).toBe('new');
    expect(cache.has('b')).toBe(false);
    cache.clear();
    expect([cache.size, cache.get('a')]).toEqual([0, undefined]);
  });

  it('refuses a capacity that is not a whole number above zero', () => {
    expect(() => new LeastRecentlyUsed(0)).toThrow('an LRU cache needs a whole, positive capacity, not 0');
    expect(() => new LeastRecentlyUsed(1.5)).toThrow(RangeError);
  });
});

describe('the SDK’s endpoint cache as the Lambdas bundle it', () => {
  const directory = mkdtempSync(join(resolve('node_modules/.cache'), 'endpoint-cache-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('keeps, serves and evicts discovered endpoints through the stand-in, with no mnemonist in the bundle', async () => {
    mkdirSync(directory, { recursive: true });
    const entry = join(directory, 'entry.mjs');
    writeFileSync(entry, "export { EndpointCache } from '@aws-sdk/endpoint-cache';\n");
    const outfile = join(directory, 'bundle.mjs');
    const { metafile } = buildSync({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      alias: { ...LAMBDA_BUNDLING.alias },
      mainFields: [...LAMBDA_BUNDLING.mainFields],
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(metafile.inputs);
    expect(inputs.some((input) => input.endsWith('functions/adapters/endpoint-cache-lru.ts'))).toBe(true);
    expect(inputs.filter((input) => input.includes('node_modules/mnemonist/'))).toEqual([]);

    const { EndpointCache } = (await import(pathToFileURL(outfile).href)) as typeof import('@aws-sdk/endpoint-cache');
    const cache = new EndpointCache(2);
    cache.set('DescribeTable:us-east-1', [{ Address: 'ddb-a.example', CachePeriodInMinutes: 5 }]);
    cache.set('Query:us-east-1', [{ Address: 'ddb-b.example', CachePeriodInMinutes: 5 }]);
    expect(cache.getEndpoint('DescribeTable:us-east-1')).toBe('ddb-a.example');
    cache.set('Scan:us-east-1', [{ Address: 'ddb-c.example', CachePeriodInMinutes: 5 }]);

    expect(cache.getEndpoint('Query:us-east-1')).toBeUndefined();
    expect(cache.getEndpoint('DescribeTable:us-east-1')).toBe('ddb-a.example');
    expect(cache.getEndpoint('Scan:us-east-1')).toBe('ddb-c.example');
    cache.delete('Scan:us-east-1');
    expect(cache.has('Scan:us-east-1')).toBe(false);
  });
});
