/**
 * Sending at the pace SES allows: a token bucket that never exceeds the configured rate, and
 * retries of throttled sends with jittered exponential backoff. Clock and sleep are injected so
 * the pacing can be tested without waiting.
 */
import { TransientSendError } from '../errors.js';
import type { Mailer, OutgoingEmail } from '../ports.js';

export interface PacingClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: PacingClock = {
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** At most `perSecond` sends a second, spaced evenly, from this process. */
export class RateLimitedMailer implements Mailer {
  private nextSlot = 0;

  constructor(
    private readonly inner: Mailer,
    private readonly perSecond: number,
    private readonly clock: PacingClock = REAL_CLOCK,
  ) {
    if (!(perSecond > 0)) throw new RangeError('the send rate must be above zero');
  }

  async send(email: OutgoingEmail): Promise<string> {
    const interval = 1000 / this.perSecond;
    const now = this.clock.now();
    // Reserve the next free slot before waiting, so concurrent sends queue up behind each other.
    const slot = Math.max(now, this.nextSlot);
    this.nextSlot = slot + interval;
    if (slot > now) await this.clock.sleep(slot - now);
    return this.inner.send(email);
  }
}

export interface RetryPolicy {
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { attempts: 4, baseDelayMs: 200, maxDelayMs: 5_000 };

/**
 * Retries transient refusals (throttling, timeouts) a few times with full-jitter backoff, then
 * gives up with the last error so the queue can retry later. Permanent refusals pass at once.
 */
export class RetryingMailer implements Mailer {
  constructor(
    private readonly inner: Mailer,
    private readonly policy: RetryPolicy = DEFAULT_RETRY_POLICY,
    private readonly clock: PacingClock = REAL_CLOCK,
    private readonly random: () => number = Math.random,
  ) {}

  async send(email: OutgoingEmail): Promise<string> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.inner.send(email);
      } catch (error) {
        if (!(error instanceof TransientSendError) || attempt >= this.policy.attempts) throw error;
        const ceiling = Math.min(this.policy.maxDelayMs, this.policy.baseDelayMs * 2 ** (attempt - 1));
        await this.clock.sleep(this.random() * ceiling);
      }
    }
  }
}
