/**
 * Reads one press release page: its main text with @mozilla/readability (the Firefox Reader
 * View extractor) over a linkedom document, its canonical address, language and date. What the
 * listing said (title, date) wins over what the page guesses, since the listing is where the
 * regulator dates and names its releases.
 */
import { clusterKeyFor } from '../feeds/cluster.js';
import { parseFeedDate } from '../feeds/dates.js';
import { canonicalUrl, storyIdFor } from '../feeds/identity.js';
import { CONTENT_MAX_LENGTH, SUMMARY_MAX_LENGTH } from '../feeds/parse-feed.js';
import { flattenText, toPlainText, truncateText } from '../feeds/text.js';
import type { NormalisedItem } from '../feeds/types.js';
import { parsePressDate } from './press-dates.js';
import type { ListingEntry } from './read-listing.js';

export interface ReadReleaseOptions {
  readonly feedId: string;
  /** The release as the listing showed it; its URL is the story's identity. */
  readonly entry: ListingEntry;
  /** Where the page was read from, after redirects. */
  readonly finalUrl: string;
  readonly timeZone?: string;
  /** The source's language, when the page states none. */
  readonly language?: string;
  /** Stands in for the date when neither the listing nor the page gives one. */
  readonly fetchedAt: Date;
}

interface ReleaseDocument {
  readonly documentElement: { getAttribute(name: string): string | null };
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

/** The release as a story-to-be, of kind 'press-release'. */
export async function readRelease(html: string, options: ReadReleaseOptions): Promise<NormalisedItem> {
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // linkedom builds no <html> element for a bare fragment (or nothing, as for a PDF release).
  // linkedom types its result with the DOM library's Window, which this project does not load.
  const parse = (markup: string) => (parseHTML(markup) as unknown as { document: ReleaseDocument }).document;
  const parsed = parse(html);
  const page = parsed.documentElement ? parsed : parse(`<!DOCTYPE html><html><body>${html}</body></html>`);
  // Read before Readability, which rewrites the document as it works.
  const canonical = canonicalOf(page, options);
  const pageLanguage = normaliseLanguage(page.documentElement.getAttribute('lang') ?? undefined);
  const pageDate =
    metaContent(page, 'meta[property="article:published_time"]') ??
    metaContent(page, 'meta[name="date"]') ??
    page.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  const pageTitle = metaContent(page, 'meta[property="og:title"]') ?? flattenText(page.querySelector('title')?.textContent ?? '');

  const article = new Readability(page, { charThreshold: 100 }).parse();
  const title = options.entry.title || truncateText(flattenText(article?.title ?? pageTitle), 300);
  const text = truncateText(withoutHeading(toPlainText(article?.content ?? ''), title), CONTENT_MAX_LENGTH);
  const summary = truncateText(flattenText(text), SUMMARY_MAX_LENGTH) || title;
  const published =
    (options.entry.publishedAt ? new Date(options.entry.publishedAt) : undefined) ??
    // A stamp with its own offset means what it says; a bare date is local to the regulator.
    (pageDate && /(Z|[+-]\d{2}:?\d{2})$/i.test(pageDate) ? parseFeedDate(pageDate) : parsePressDate(pageDate, options.timeZone)) ??
    dateInAddress(options.entry.url, options.timeZone);

  return {
    storyId: storyIdFor({ url: options.entry.url, feedId: options.feedId }),
    kind: 'press-release',
    url: canonical,
    title,
    summary,
    content: text === '' ? undefined : text,
    categories: [],
    language: pageLanguage ?? normaliseLanguage(article?.lang ?? undefined) ?? options.language,
    publishedAt: (published ?? options.fetchedAt).toISOString(),
    publishedEstimated: published === undefined,
    fingerprint: clusterKeyFor({ title, summary }),
  };
}

/**
 * The page's own `rel=canonical` when it stays on the site the release was read from (a page
 * may not claim another site's address), else the address it was read from.
 */
function canonicalOf(page: ReleaseDocument, options: ReadReleaseOptions): string {
  const declared = page.querySelector('link[rel="canonical"][href]')?.getAttribute('href');
  if (declared) {
    try {
      const url = new URL(declared.trim(), options.finalUrl);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname === new URL(options.finalUrl).hostname) {
        return canonicalUrl(url.toString());
      }
    } catch {
      // An unreadable canonical link is the page's mistake; the address it was read from stands.
    }
  }
  return canonicalUrl(options.finalUrl);
}

/** Regulators often date a release's address (press_20241015.html, /2024/10/15/): a last resort. */
function dateInAddress(url: string, timeZone: string | undefined): Date | undefined {
  const match = new URL(url).pathname.match(/(?<!\d)(20\d{2})([-/]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/);
  return match ? parsePressDate(`${match[1]}-${match[3]}-${match[4]}`, timeZone) : undefined;
}

/** The article's own heading repeats the title: a summary that starts with it says nothing new. */
function withoutHeading(text: string, title: string): string {
  const [first, ...rest] = text.split('\n\n');
  return rest.length > 0 && flattenText(first) === flattenText(title) ? rest.join('\n\n') : text;
}

function metaContent(page: ReleaseDocument, selector: string): string | undefined {
  const value = page.querySelector(selector)?.getAttribute('content')?.trim();
  return value ? value : undefined;
}

/** "en_US" → "en-US", "zh-HK" stays, "" → undefined. */
function normaliseLanguage(language: string | undefined): string | undefined {
  const tag = language?.trim().replace(/_/g, '-');
  if (!tag || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  const [primary, ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest].join('-');
}
