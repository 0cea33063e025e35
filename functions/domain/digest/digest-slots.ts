/**
 * Digest slots: where a subscriber's weekly send time falls, as a key the Subscribers table
 * indexes (`<time zone>#<ISO weekday>#<hour>`, local time). Keying by local time, not by a
 * UTC hour-of-week, keeps the index right across daylight-saving changes with no rewrite of
 * any item: the planner converts "now" into each zone's local time instead, every hour.
 */
import type { Subscriber } from '../subscriptions/types.js';
import { TIME_ZONES } from '../subscriptions/time-zones.js';
import { isoWeekOf } from './iso-week.js';
import { DEFAULT_SEND_TIME, localTimeIn, type SendTime } from './send-time.js';

export const HOURS_PER_WEEK = 168;
const HOUR_MS = 3_600_000;

/** The slot of one zone, weekday and hour. */
export function digestSlotKey(timeZone: string, sendTime: SendTime): string {
  return `${timeZone}#${sendTime.weekday}#${String(sendTime.hour).padStart(2, '0')}`;
}

/** The subscriber's chosen day and hour, Monday 08:00 when they chose none. */
export function sendTimeOf(subscriber: Pick<Subscriber, 'digestWeekday' | 'digestHour'>): SendTime {
  return { weekday: subscriber.digestWeekday ?? DEFAULT_SEND_TIME.weekday, hour: subscriber.digestHour ?? DEFAULT_SEND_TIME.hour };
}

/**
 * The slot under which a subscriber is indexed, or undefined for anyone who must get no digest
 * (unconfirmed, paused, suppressed, alerts only): the index holds only those it may mail, so
 * the planner reads nobody it would then skip.
 */
export function digestSlotOf(subscriber: Subscriber): string | undefined {
  const wantsDigest = subscriber.frequency === 'weekly' || subscriber.frequency === 'both';
  if (subscriber.status !== 'confirmed' || subscriber.suppressedAt) return undefined;
  // A dated pause waits under the day it ends, so the planner finds whom to bring back with a
  // key read, as it finds a slot's readers; an open-ended pause is in no slot at all.
  if (subscriber.paused) return typeof subscriber.pauseEndsAt === 'string' ? resumeSlotKey(subscriber.pauseEndsAt) : undefined;
  if (!wantsDigest) return undefined;
  return digestSlotKey(subscriber.timeZone, sendTimeOf(subscriber));
}

/** The key under which readers whose pause ends on a UTC day wait: `resume#2026-12-19`. */
export function resumeSlotKey(pauseEndsAt: string | Date): string {
  const at = typeof pauseEndsAt === 'string' ? pauseEndsAt : pauseEndsAt.toISOString();
  return `resume#${at.slice(0, 10)}`;
}

/** A slot whose send time has come, and the ISO week its readers are in there. */
export interface DueSlot {
  readonly slot: string;
  readonly timeZone: string;
  readonly week: string;
}

const hourOfWeek = (weekday: number, hour: number) => (weekday - 1) * 24 + hour;

/**
 * The slots whose local hour began in the UTC hour that starts at `hourStart`. Normally one
 * per zone. Where a zone springs forward, the hour that never happened locally is due with the
 * one after it; where it falls back, the repeated hour was planned the first time and is not
 * due again.
 */
export function slotsDueAt(hourStart: Date, zones: readonly string[] = TIME_ZONES): DueSlot[] {
  const due: DueSlot[] = [];
  const hourBefore = new Date(hourStart.getTime() - HOUR_MS);
  for (const timeZone of zones) {
    const current = localTimeIn(timeZone, hourStart);
    const previous = localTimeIn(timeZone, hourBefore);
    const currentIndex = hourOfWeek(current.weekday, current.hour);
    const steps = (currentIndex - hourOfWeek(previous.weekday, previous.hour) + HOURS_PER_WEEK) % HOURS_PER_WEEK;
    // More than a few hours in one step is no clock change a zone makes; take the hour it shows.
    const hoursBegun = steps > 3 ? 1 : steps;
    for (let back = hoursBegun - 1; back >= 0; back -= 1) {
      const index = (currentIndex - back + HOURS_PER_WEEK) % HOURS_PER_WEEK;
      const weekday = Math.floor(index / 24) + 1;
      // The skipped hour may lie on the day before (a change at midnight): its own date's week.
      const date = weekday === current.weekday ? current.date : new Date(current.date.getTime() - 86_400_000);
      due.push({ slot: digestSlotKey(timeZone, { weekday, hour: index % 24 }), timeZone, week: isoWeekOf(date) });
    }
  }
  return due;
}

/** How far back a planner run catches up on hours a failed or late run left unplanned. */
export const CATCH_UP_HOURS = 4;

/**
 * The starts of the UTC hours to plan at `now`: the hours after the last one planned, up to
 * the current one, and no further back than CATCH_UP_HOURS.
 */
export function hoursToPlan(lastPlanned: string | undefined, now: Date): Date[] {
  const current = Math.floor(now.getTime() / HOUR_MS) * HOUR_MS;
  const earliest = current - (CATCH_UP_HOURS - 1) * HOUR_MS;
  const after = lastPlanned === undefined ? current - HOUR_MS : Date.parse(lastPlanned);
  const hours: Date[] = [];
  for (let start = Math.max(earliest, after + HOUR_MS); start <= current; start += HOUR_MS) hours.push(new Date(start));
  return hours;
}
