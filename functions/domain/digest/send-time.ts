/** When a subscriber's weekly digest is due: Monday 08:00 in their own time zone by default. */
export interface SendTime {
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly hour: number;
}

export const DEFAULT_SEND_TIME: SendTime = { weekday: 1, hour: 8 };

/** Hours after the send time during which a late or repeated planner run still sends. */
export const SEND_WINDOW_HOURS = 4;

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

export interface LocalTime {
  readonly weekday: number;
  readonly hour: number;
  /** The local calendar date, as a UTC midnight Date, for week arithmetic. */
  readonly date: Date;
}

export function localTimeIn(timeZone: string, now: Date): LocalTime {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  return {
    weekday: WEEKDAYS[parts.weekday],
    hour: Number(parts.hour),
    date: new Date(Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day))),
  };
}

/**
 * True from the send time until SEND_WINDOW_HOURS later, local time. The window lets a planner
 * run that was late or skipped still reach everyone; the delivery claim keeps it to one email.
 */
export function isDigestDue(timeZone: string, now: Date, sendTime: SendTime = DEFAULT_SEND_TIME): boolean {
  const local = localTimeIn(timeZone, now);
  return local.weekday === sendTime.weekday && local.hour >= sendTime.hour && local.hour < sendTime.hour + SEND_WINDOW_HOURS;
}
