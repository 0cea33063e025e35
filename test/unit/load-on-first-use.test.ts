import { describe, expect, it } from 'vitest';
import { loadOnFirstUse, methodsOnFirstUse, PartUnavailableError } from '../../functions/domain/load-on-first-use.js';

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

describe('methods loaded on first use', () => {
  class Ledger {
    readonly entries: string[] = [];
    async add(entry: string): Promise<number> {
      this.entries.push(entry);
      return this.entries.length;
    }
    async list(): Promise<string[]> {
      return [...this.entries];
    }
  }

  it('builds the object with the first call of any method, once, and forwards every call to it with its arguments', async () => {
    let builds = 0;
    const ledger = methodsOnFirstUse(
      'ledger',
      async () => {
        builds += 1;
        return new Ledger();
      },
      ['add', 'list'],
    );
    expect(builds).toBe(0);

    expect(await Promise.all([ledger.add('first'), ledger.add('second')])).toEqual([1, 2]);
    expect(await ledger.list()).toEqual(['first', 'second']);
    expect(builds).toBe(1);
  });

  it('fails the call whose load failed, naming the part, and builds it on the next call', async () => {
    let builds = 0;
    const ledger = methodsOnFirstUse(
      'subscriber repository',
      async () => {
        builds += 1;
        if (builds === 1) throw new Error('chunk missing');
        return new Ledger();
      },
      ['list'],
    );

    await expect(ledger.list()).rejects.toThrow('the subscriber repository could not be loaded: chunk missing');
    await expect(ledger.list()).resolves.toEqual([]);
  });
});
