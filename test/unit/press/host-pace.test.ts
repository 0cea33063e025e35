import { describe, expect, it } from 'vitest';
import { HostPace } from '../../../functions/domain/press/host-pace.js';

function pacedClock(minIntervalMs?: number) {
  let clock = 0;
  const sleeps: number[] = [];
  const pace = new HostPace({
    minIntervalMs,
    now: () => clock,
    sleep: async (milliseconds) => {
      sleeps.push(milliseconds);
      clock += milliseconds;
    },
  });
  return { pace, sleeps, advance: (ms: number) => (clock += ms) };
}

describe('the pace per host', () => {
  it('spaces requests to one host 15 seconds apart by default: four pages a minute', async () => {
    const { pace, sleeps } = pacedClock();
    for (let page = 0; page < 4; page += 1) await pace.wait(`https://commissioner.example/page-${page}`);
    expect(sleeps).toEqual([15_000, 15_000, 15_000]);
  });

  it('does not hold one host up for another, nor wait when the interval has passed anyway', async () => {
    const { pace, sleeps, advance } = pacedClock();
    await pace.wait('https://one.example/a');
    await pace.wait('https://two.example/a');
    advance(20_000);
    await pace.wait('https://one.example/b');
    expect(sleeps).toEqual([]);
  });

  it("stretches the interval to the site's Crawl-delay, within a minute", async () => {
    const { pace, sleeps } = pacedClock();
    await pace.wait('https://slow.example/a', 30_000);
    await pace.wait('https://slow.example/b', 30_000);
    await pace.wait('https://slow.example/c', 600_000);
    expect(sleeps).toEqual([30_000, 30_000]);
  });
});
