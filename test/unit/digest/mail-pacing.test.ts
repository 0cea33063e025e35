import { describe, expect, it } from 'vitest';
import { PermanentSendError, TransientSendError } from '../../../functions/domain/errors.js';
import { RateLimitedMailer, RetryingMailer, type PacingClock } from '../../../functions/domain/digest/mail-pacing.js';
import type { Mailer, OutgoingEmail } from '../../../functions/domain/ports.js';

/** A clock that moves only when something sleeps. */
function fakeClock(): PacingClock & { sleeps: number[] } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

const EMAIL: OutgoingEmail = { to: 'a@reader.example', subject: 's', html: 'h', text: 't', headers: {} };

describe('sending at the pace SES allows', () => {
  it('never sends faster than the configured rate', async () => {
    const clock = fakeClock();
    const times: number[] = [];
    const mailer = new RateLimitedMailer({ send: async () => (times.push(clock.now()), 'id') }, 14, clock);
    await Promise.all(Array.from({ length: 29 }, () => mailer.send(EMAIL)));
    const elapsedSeconds = (times[times.length - 1] - times[0]) / 1000;
    expect(times).toHaveLength(29);
    expect((times.length - 1) / elapsedSeconds).toBeLessThanOrEqual(14.0001);
  });

  it('retries a throttled send with growing, jittered waits, then succeeds', async () => {
    const clock = fakeClock();
    let calls = 0;
    const flaky: Mailer = {
      async send() {
        calls += 1;
        if (calls < 3) throw new TransientSendError('TooManyRequestsException');
        return 'id';
      },
    };
    const mailer = new RetryingMailer(flaky, { attempts: 4, baseDelayMs: 100, maxDelayMs: 1000 }, clock, () => 0.5);
    expect(await mailer.send(EMAIL)).toBe('id');
    expect(clock.sleeps).toEqual([50, 100]);
  });

  it('gives up after the last attempt and leaves the retry to the queue', async () => {
    const clock = fakeClock();
    const throttled: Mailer = { send: async () => Promise.reject(new TransientSendError('throttled')) };
    await expect(new RetryingMailer(throttled, { attempts: 3, baseDelayMs: 10, maxDelayMs: 100 }, clock).send(EMAIL)).rejects.toThrow('throttled');
    expect(clock.sleeps).toHaveLength(2);
  });

  it('does not retry a permanent refusal', async () => {
    let calls = 0;
    const refusing: Mailer = { send: async () => (calls++, Promise.reject(new PermanentSendError('rejected'))) };
    await expect(new RetryingMailer(refusing, undefined, fakeClock()).send(EMAIL)).rejects.toThrow('rejected');
    expect(calls).toBe(1);
  });
});
