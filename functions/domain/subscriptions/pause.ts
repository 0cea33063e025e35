/**
 * A pause with an end: "for four weeks" or "until a date". The reader's own calendar decides
 * when it ends (midnight at the start of that date, in their time zone), and the record carries
 * that instant, so the planner knows when to bring them back without working out any zone.
 */
import { localTimeIn } from '../digest/send-time.js';
import type { Subscriber } from './types.js';

const DAY_MS = 86_400_000;
export const PAUSE_WEEKS = 4;
/** A longer pause is an unsubscribe by another name: the page offers that instead. */
export const MAX_PAUSE_DAYS = 366;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The reader's local calendar date at `now`, as YYYY-MM-DD. */
export function localDateOf(timeZone: string, now: Date): string {
  return localTimeIn(timeZone, now).date.toISOString().slice(0, 10);
}

/** The date four weeks after today in the reader's zone. */
export function dateWeeksAhead(timeZone: string, now: Date, weeks = PAUSE_WEEKS): string {
  const today = localTimeIn(timeZone, now).date.getTime();
  return new Date(today + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** The zone's offset from UTC at `at`, in milliseconds (`GMT+05:30` is 19,800,000). */
function offsetAt(timeZone: string, at: number): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(new Date(at)).find((part) => part.type === 'timeZoneName')
      ?.value ?? 'GMT';
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3])) * 60_000;
}

/**
 * The instant the date begins in the zone: its UTC midnight less the zone's offset, the offset
 * taken again at the result, since on either side of a clock change it differs.
 */
export function startOfLocalDate(date: string, timeZone: string): Date {
  const utcMidnight = Date.parse(`${date}T00:00:00Z`);
  const first = utcMidnight - offsetAt(timeZone, utcMidnight);
  return new Date(utcMidnight - offsetAt(timeZone, first));
}

export class PauseDateError extends Error {
  constructor(readonly reason: 'not-a-date' | 'not-after-today' | 'too-far') {
    super(`pause date refused: ${reason}`);
    this.name = 'PauseDateError';
  }
}

/** Checks a date the reader typed: a real date, after today in their zone, within a year. */
export function checkPauseDate(date: string, timeZone: string, now: Date): string {
  const match = ISO_DATE.exec(date.trim());
  if (!match) throw new PauseDateError('not-a-date');
  const parsed = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date.trim()) throw new PauseDateError('not-a-date');
  const today = Date.parse(`${localDateOf(timeZone, now)}T00:00:00Z`);
  if (parsed.getTime() <= today) throw new PauseDateError('not-after-today');
  if (parsed.getTime() > today + MAX_PAUSE_DAYS * DAY_MS) throw new PauseDateError('too-far');
  return date.trim();
}

/** The record paused until the start of `date` in the reader's zone. */
export function pausedUntil(subscriber: Subscriber, date: string, now: Date): Subscriber {
  return {
    ...subscriber,
    paused: true,
    pausedUntil: date,
    pauseEndsAt: startOfLocalDate(date, subscriber.timeZone).toISOString(),
    updatedAt: now.toISOString(),
  };
}

/** True once a dated pause has run out. */
export function pauseHasEnded(subscriber: Pick<Subscriber, 'paused' | 'pauseEndsAt'>, now: Date): boolean {
  return subscriber.paused && typeof subscriber.pauseEndsAt === 'string' && Date.parse(subscriber.pauseEndsAt) <= now.getTime();
}

/** The record as it was before the pause: every choice kept, mail flowing again. */
export function resumed(subscriber: Subscriber, now: Date): Subscriber {
  return { ...subscriber, paused: false, pausedUntil: undefined, pauseEndsAt: undefined, updatedAt: now.toISOString() };
}
