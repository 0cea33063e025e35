/**
 * Feed dates come in many shapes: RFC 822 (with named or numeric zones), ISO 8601, dc:date,
 * Unix epochs, "2020/1/10 14:33:00" and "08/02/2013". A date without a zone is read as UTC,
 * never in the machine's own time zone, so that the result does not depend on where it runs.
 */

/** Offsets in minutes of the zone names that appear in feeds. */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 60,
  CET: 60,
  MET: 60,
  WEST: 60,
  CEST: 120,
  MEST: 120,
  EET: 120,
  SAST: 120,
  EEST: 180,
  MSK: 180,
  HKT: 480,
  SGT: 480,
  AWST: 480,
  PHT: 480,
  JST: 540,
  KST: 540,
  IST: 330,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
};

/** First three letters of month names in English and the languages of Europe's and Brazil's feeds. */
const MONTHS: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  // Portuguese, Spanish, Italian, French, German, Dutch.
  ene: 1,
  gen: 1,
  jän: 1,
  fev: 2,
  fév: 2,
  mär: 3,
  mrt: 3,
  abr: 4,
  avr: 4,
  mai: 5,
  mag: 5,
  mei: 5,
  giu: 6,
  jui: 7,
  lug: 7,
  ago: 8,
  aoû: 8,
  set: 9,
  out: 10,
  ott: 10,
  okt: 10,
  dez: 12,
  dic: 12,
  déc: 12,
};

/** Parses a feed date; undefined when the text is not a date we can trust. */
export function parseFeedDate(raw: string | undefined): Date | undefined {
  const text = raw?.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  const date = parseEpoch(text) ?? parseIso(text) ?? parseRfc822(text) ?? parseNumericDate(text);
  return date && isPlausible(date) ? date : undefined;
}

function isPlausible(date: Date): boolean {
  const year = date.getUTCFullYear();
  return !Number.isNaN(date.getTime()) && year >= 1990 && year <= 2200;
}

function parseEpoch(text: string): Date | undefined {
  if (/^\d{9,10}$/.test(text)) return new Date(Number(text) * 1000);
  if (/^\d{12,13}$/.test(text)) return new Date(Number(text));
  return undefined;
}

function parseIso(text: string): Date | undefined {
  const match = text.match(/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/i);
  if (!match) return undefined;
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '0', zone] = match;
  const milliseconds = Math.round(Number(`0.${fraction}`) * 1000);
  return fromParts(+year, +month, +day, +hour, +minute, +second, milliseconds, zoneOffset(zone ?? 'Z'));
}

/** "Mon, 10 Jan 2020 14:33:00 +0800", "10 Jan 2020 14:33 GMT", "Sept 5, 2019 3:04 PM EST"... */
function parseRfc822(text: string): Date | undefined {
  const cleaned = text.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();
  // With or without a leading day name ("Mon", "Seg", "Tuesday").
  return parseNamedMonthDate(cleaned) ?? parseNamedMonthDate(cleaned.replace(/^\p{L}+\.? /u, ''));
}

const TIME_AND_ZONE = '(?: (\\d{1,2}):?(\\d{2})(?::(\\d{2}))?)?(?: ?([AaPp][Mm]))?(?: ?([A-Za-z]{1,5}|[+-]\\d{2}:?\\d{2}))?$';
const DAY_FIRST = new RegExp(`^(\\d{1,2}) (\\p{L}{3,9})\\.? (\\d{2,4})${TIME_AND_ZONE}`, 'u');
const MONTH_FIRST = new RegExp(`^(\\p{L}{3,9})\\.? (\\d{1,2}) (\\d{4})${TIME_AND_ZONE}`, 'u');

function parseNamedMonthDate(text: string): Date | undefined {
  const dayFirst = text.match(DAY_FIRST);
  const monthFirst = dayFirst ? undefined : text.match(MONTH_FIRST);
  const parts = dayFirst
    ? { day: dayFirst[1], month: dayFirst[2], year: dayFirst[3], rest: dayFirst.slice(4) }
    : monthFirst
      ? { day: monthFirst[2], month: monthFirst[1], year: monthFirst[3], rest: monthFirst.slice(4) }
      : undefined;
  if (!parts) return undefined;
  const month = MONTHS[Array.from(parts.month.toLowerCase()).slice(0, 3).join('')];
  if (!month) return undefined;
  const [hour = '0', minute = '0', second = '0', meridiem, zone] = parts.rest;
  let year = Number(parts.year);
  if (parts.year.length === 2) year += year < 50 ? 2000 : 1900;
  return fromParts(year, month, Number(parts.day), to24Hour(Number(hour), meridiem), Number(minute), Number(second), 0, zoneOffset(zone ?? 'Z'));
}

/** "2020/1/10 14:33:00", "2020-1-10", "08/02/2013 12:00:00", "31.12.2019". */
function parseNumericDate(text: string): Date | undefined {
  const match = text.match(
    /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?(?: ?([AaPp][Mm]))?(?: ?(Z|[A-Za-z]{2,5}|[+-]\d{2}:?\d{2}))?$/,
  );
  if (!match) return undefined;
  const [, first, second, third, hour = '0', minute = '0', secondOfMinute = '0', meridiem, zone] = match;
  let year: number;
  let month: number;
  let day: number;
  if (first.length === 4) {
    [year, month, day] = [Number(first), Number(second), Number(third)];
  } else if (third.length === 4) {
    // Day first, as most of the world writes it, unless that cannot be (a month above 12).
    const [a, b] = [Number(first), Number(second)];
    [day, month] = b > 12 && a <= 12 ? [b, a] : [a, b];
    year = Number(third);
  } else {
    return undefined;
  }
  const offset = zoneOffset(zone ?? 'Z');
  if (offset === undefined) return undefined;
  return fromParts(year, month, day, to24Hour(Number(hour), meridiem), Number(minute), Number(secondOfMinute), 0, offset);
}

function to24Hour(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = meridiem.toLowerCase() === 'pm';
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

function zoneOffset(zone: string): number | undefined {
  const numeric = zone.match(/^([+-])(\d{2}):?(\d{2})?$/);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
    return numeric[1] === '-' ? -minutes : minutes;
  }
  return ZONE_OFFSETS[zone.toUpperCase()];
}

function fromParts(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  milliseconds: number,
  offsetMinutes: number | undefined,
): Date | undefined {
  if (offsetMinutes === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return undefined;
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, milliseconds) - offsetMinutes * 60_000;
  const date = new Date(utc);
  // Reject 31 February and friends rather than letting them roll over into March.
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCDate() !== day) return undefined;
  return date;
}
