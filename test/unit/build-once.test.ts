import { describe, expect, it } from 'vitest';
import { buildOnce } from '../../functions/wiring/build-once.js';

describe('building a handler’s dependencies once', () => {
  it('builds on the first call and reuses the result', () => {
    let builds = 0;
    const deps = buildOnce(() => ({ built: ++builds }));
    expect(deps()).toBe(deps());
    expect(builds).toBe(1);
  });

  it('tries again after an asynchronous build failed, instead of failing every later invocation', async () => {
    let attempts = 0;
    const deps = buildOnce(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('secret not readable yet');
      return 'key';
    });
    await expect(deps()).rejects.toThrow('secret not readable yet');
    await expect(deps()).resolves.toBe('key');
    await expect(deps()).resolves.toBe('key');
    expect(attempts).toBe(2);
  });
});
