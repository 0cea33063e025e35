/**
 * The feed list: `sources.json` beside this file by default (bundled with the functions), or an
 * operator's own file. Entries are validated as a whole so that one typo reports every problem
 * at once, each with the entry it belongs to.
 */
import { readFileSync } from 'node:fs';
import { en } from 'zod/locales';
import * as z from 'zod/mini';
import { feedIdFor } from '../domain/feeds/identity.js';
import type { FeedSource } from '../domain/feeds/types.js';
import { isKnownTimeZone } from '../domain/press/press-dates.js';
import defaultEntries from './sources.json' with { type: 'json' };

export class InvalidSourcesError extends Error {
  readonly problems: readonly string[];

  constructor(origin: string, problems: readonly string[]) {
    super(`${origin}: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n- ${problems.join('\n- ')}`}`);
    this.name = 'InvalidSourcesError';
    this.problems = problems;
  }
}

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' });
/** ISO 3166-1 alpha-2, ISO 3166-2 subdivisions, or the taxonomy's EU, EEA and GLOBAL. */
const jurisdiction = z.string().check(z.regex(/^([A-Z]{2}(-[A-Z0-9]{1,3})?|EU|EEA|GLOBAL)$/, 'must be a jurisdiction code such as HK, US-CA, EU or GLOBAL'));
const language = z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en or zh-Hant'));

const selector = z.string({ error: 'must be a CSS selector' }).check(z.trim(), z.minLength(1, 'must be a CSS selector'));
const timeZone = z.string().check(z.refine(isKnownTimeZone, 'must be an IANA time zone such as Asia/Hong_Kong'));

const commonFields = {
  name: z.string().check(z.trim(), z.minLength(1, 'must not be empty')),
  url: httpUrl,
  homepage: z.optional(httpUrl),
  publisherType: z.optional(z.enum(['news', 'regulator', 'outlet'])),
  jurisdiction: z.optional(jurisdiction),
  language: z.optional(language),
  caveat: z.optional(z.string()),
  enabled: z.optional(z.boolean()),
};

const sourceEntry = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('rss'), ...commonFields }),
    z.strictObject({
      kind: z.literal('press-page'),
      itemSelector: selector,
      linkSelector: z.optional(selector),
      dateSelector: z.optional(selector),
      titleSelector: z.optional(selector),
      timeZone: z.optional(timeZone),
      ...commonFields,
    }),
  ],
  { error: "kind must be 'rss' or 'press-page'" },
);

/**
 * zod/mini loads no locale of its own: the operator reads zod's English wording, as before. Named
 * from zod/locales, not `z.locales`: the bundle then carries English alone (2.6 KiB), not
 * every language zod speaks (187 KiB more).
 */
const ENGLISH = en();

/** Reads and validates the feed list; throws `InvalidSourcesError` naming every bad entry. */
export function loadSources(path?: string): FeedSource[] {
  if (path === undefined) return parseSources(defaultEntries, 'functions/config/sources.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InvalidSourcesError(path, [`cannot be read: ${(error as Error).message}`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InvalidSourcesError(path, [`is not JSON: ${(error as Error).message}`]);
  }
  return parseSources(data, path);
}

/** Validates feed-list data already read (an array of entries), giving each its `feedId`. */
export function parseSources(data: unknown, origin = 'sources'): FeedSource[] {
  if (!Array.isArray(data)) throw new InvalidSourcesError(origin, ['must be a JSON array of feed entries']);
  const problems: string[] = [];
  const sources: FeedSource[] = [];
  const seen = new Map<string, number>();
  data.forEach((entry, index) => {
    const label = describeEntry(entry, index);
    const result = sourceEntry.safeParse(entry, { error: ENGLISH.localeError });
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
        problems.push(`${label}: ${field}${issue.message}`);
      }
      return;
    }
    const feedId = feedIdFor(result.data.url);
    const earlier = seen.get(feedId);
    if (earlier !== undefined) {
      problems.push(`${label}: the same feed as entry ${earlier + 1}`);
      return;
    }
    seen.set(feedId, index);
    sources.push({ ...result.data, feedId });
  });
  if (problems.length > 0) throw new InvalidSourcesError(origin, problems);
  return sources;
}

function describeEntry(entry: unknown, index: number): string {
  const name = typeof entry === 'object' && entry !== null ? (entry as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? `entry ${index + 1} (${name})` : `entry ${index + 1}`;
}
