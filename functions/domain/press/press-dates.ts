/**
 * Dates as regulators print them on their press pages: "15 October 2024", "15 Oct 2024",
 * "October 15, 2024", "15/10/2024" (day first, as in Hong Kong, the UK and most of the world),
 * "15.10.2024", "2024年10月15日", "2024-10-15", each optionally followed by a time ("14:30").
 * A page shows local dates, so they are read in the source's IANA time zone; a date alone
 * stands for the start of that local day.
 */

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
}

/** Reads the first press-page date in `text`, in `timeZone` (UTC when absent); undefined when there is none. */
export function parsePressDate(text: string | undefined, timeZone = 'UTC'): Date | undefined {
  if (!text) return undefined;
  const flat = text.replace(/\s+/g, ' ').trim();
  const local = readLocalDateTime(flat);
  if (!local || !isRealDate(local)) return undefined;
  return zonedToUtc(local, timeZone);
}

function readLocalDateTime(text: string): LocalDateTime | undefined {
  const time = readTime(text);
  const cjk = text.match(/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
  if (cjk) return { year: +cjk[1], month: +cjk[2], day: +cjk[3], ...time };
  const iso = text.match(/(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/);
  if (iso) return { year: +iso[1], month: +iso[2], day: +iso[3], ...time };
  const numeric = text.match(/(?<!\d)(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?!\d)/);
  if (numeric) return { year: +numeric[3], month: +numeric[2], day: +numeric[1], ...time };
  // Cells run together in an item's text ("15 October 2024Title"): digits bound the match, not words.
  const dayFirst = text.match(/(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})(?!\d)/);
  if (dayFirst && MONTHS[dayFirst[2].toLowerCase()]) {
    return { year: +dayFirst[3], month: MONTHS[dayFirst[2].toLowerCase()], day: +dayFirst[1], ...time };
  }
  const monthFirst = text.match(/(?<![A-Za-z])([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)/);
  if (monthFirst && MONTHS[monthFirst[1].toLowerCase()]) {
    return { year: +monthFirst[3], month: MONTHS[monthFirst[1].toLowerCase()], day: +monthFirst[2], ...time };
  }
  return undefined;
}

/** "14:30", "2:30 pm", "下午2時30分" are rare on listings; only the 24-hour form is taken. */
function readTime(text: string): { hour: number; minute: number } {
  const match = text.match(/(?:^|[\sT])([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?!\d)/);
  return match ? { hour: +match[1], minute: +match[2] } : { hour: 0, minute: 0 };
}

function isRealDate({ year, month, day }: LocalDateTime): boolean {
  if (year < 1990 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The UTC instant of a wall-clock time in `timeZone`, found from the zone's offset at that time. */
function zonedToUtc(local: LocalDateTime, timeZone: string): Date {
  const asIfUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  // The offset can differ on either side of a change of clocks; a second pass settles it.
  let instant = asIfUtc - offsetMs(asIfUtc, timeZone);
  instant = asIfUtc - offsetMs(instant, timeZone);
  return new Date(instant);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function offsetMs(instant: number, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** True for a time zone the runtime knows (an IANA name such as Asia/Hong_Kong). */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
