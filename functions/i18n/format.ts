/** Dates and counts by `Intl`, so each language gets its own word order and plural rules. */
import type { Language } from './languages.js';

export interface PluralForms {
  readonly one?: string;
  readonly other: string;
}

const pluralRules = new Map<Language, Intl.PluralRules>();

/** Picks the form for `count` by the language's plural rules (Chinese has only "other"). */
export function plural(language: Language, count: number, forms: PluralForms): string {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  const category = rules.select(count);
  return (category === 'one' ? forms.one : undefined) ?? forms.other;
}

/** A date and time in the reader's time zone, with the zone named so nobody has to guess. */
export function formatDateTime(language: Language, date: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat(language, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone: safeZone(timeZone),
    }).format(date) + ` (${zoneLabel(language, date, timeZone)})`
  );
}

/** A calendar date only, for a story's publication date. */
export function formatDate(language: Language, date: Date, timeZone = 'UTC'): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: safeZone(timeZone) }).format(date);
}

function zoneLabel(language: Language, date: Date, timeZone: string): string {
  const zone = safeZone(timeZone);
  const offset = new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'shortOffset' })
    .formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  // UTC and London in winter would read "UTC, GMT": the zone alone says it.
  return offset && !/^(GMT|UTC)([+-]0)?$/.test(offset) ? `${zone}, ${offset}` : zone;
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    // Stored zones are validated on input; a zone a newer runtime dropped falls back to UTC.
    return 'UTC';
  }
}
