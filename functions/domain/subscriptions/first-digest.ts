import { isDigestDue } from '../digest/send-time.js';
import type { Subscriber } from './types.js';

const HOUR_MS = 3_600_000;
/** A week and a day of hourly planner runs: the send window is always inside it. */
const HOURS_AHEAD = 8 * 24;

/**
 * When the hourly planner will first send this reader a weekly digest: the first whole hour
 * from now at which their digest is due in their own time zone. Undefined for a reader of
 * instant alerts only.
 */
export function firstDigestAt(subscriber: Pick<Subscriber, 'timeZone' | 'frequency'>, now: Date): Date | undefined {
  if (subscriber.frequency === 'instant') return undefined;
  const firstRun = Math.ceil(now.getTime() / HOUR_MS) * HOUR_MS;
  for (let hour = 0; hour < HOURS_AHEAD; hour++) {
    const run = new Date(firstRun + hour * HOUR_MS);
    if (isDigestDue(subscriber.timeZone, run)) return run;
  }
  return undefined;
}
