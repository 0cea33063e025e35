import { describe, expect, it } from 'vitest';
import { loadOnFirstUse, PartUnavailableError } from '../../functions/domain/load-on-first-use.js';

describe('a part loaded on first use', () => {
  it('loads once and keeps what it loaded', async () => {
    let loads = 0;
    const part = loadOnFirstUse('draft composer', async () => ({ load: ++loads }));

    const [first, second] = await Promise.all([part(), part()]);

    expect(first).toBe(second);
    expect(await part()).toBe(first);
    expect(loads).toBe(1);
  });

  it('fails the request whose load failed, naming the part, and loads again on the next', async () => {
    let loads = 0;
    const part = loadOnFirstUse('feed parser', async () => {
      loads += 1;
      if (loads === 1) throw new Error("Cannot find module '/var/task/chunks/parse-feed-X.mjs'");
      return 'parser';
    });

    const failed = await part().catch((error: unknown) => error);

    expect(failed).toBeInstanceOf(PartUnavailableError);
    expect((failed as Error).message).toBe("the feed parser could not be loaded: Cannot find module '/var/task/chunks/parse-feed-X.mjs'");
    await expect(part()).resolves.toBe('parser');
    await expect(part()).resolves.toBe('parser');
    expect(loads).toBe(2);
  });
});
