/**
 * Finds the releases on a regulator's listing page with the source's CSS selectors. The page
 * is parsed with linkedom (htmlparser2 underneath, css-select for the selectors): one light DOM
 * for the listing here and for each release's main text (read-release.ts), loaded only when a
 * press page is read so the feed path never pays for it.
 */
import { flattenText, truncateText } from '../feeds/text.js';
import { InvalidSelectorError, PressPageLayoutError } from './errors.js';
import { parsePressDate } from './press-dates.js';

export interface ListingSelectors {
  /** The element that holds one release: a table row, a list item, a card. */
  readonly itemSelector: string;
  /** Within the item; default `a[href]`. The item itself counts when it is the link. */
  readonly linkSelector?: string;
  /** Within the item; default a `time` element, else the item's whole text. */
  readonly dateSelector?: string;
  /** Within the item; default the link's text. */
  readonly titleSelector?: string;
}

export interface ReadListingOptions extends ListingSelectors {
  /** Where the page was read from: relative links resolve against it (or its `<base href>`). */
  readonly baseUrl: string;
  /** The IANA zone the page's dates are written in. Default UTC. */
  readonly timeZone?: string;
}

/** One release as the listing shows it. */
export interface ListingEntry {
  readonly title: string;
  /** Absolute http(s) address of the release. */
  readonly url: string;
  /** ISO 8601 in UTC, when the item showed a date. */
  readonly publishedAt?: string;
}

export const DEFAULT_LINK_SELECTOR = 'a[href]';
const TITLE_MAX_LENGTH = 300;

/** Minimal shape of the DOM we read, so that the module's types do not leak into callers. */
interface Element {
  readonly textContent: string | null;
  readonly tagName: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): Element | null;
  querySelectorAll(selector: string): Iterable<Element>;
  matches(selector: string): boolean;
}

/**
 * The releases on the page, in page order, each once. Throws `PressPageLayoutError` when the
 * item selector matches nothing or no item holds a link (the page's layout changed), and
 * `InvalidSelectorError` for a selector that is not CSS.
 */
export async function readPressListing(html: string, options: ReadListingOptions): Promise<ListingEntry[]> {
  const document = await parseDocument(html);
  const base = resolveHttp(document.querySelector('base[href]')?.getAttribute('href') ?? undefined, options.baseUrl) ?? options.baseUrl;
  const items = [...select(document, options.itemSelector)];
  if (items.length === 0) {
    throw new PressPageLayoutError(`the item selector ${JSON.stringify(options.itemSelector)} matched nothing on the page`, options.itemSelector);
  }
  const linkSelector = options.linkSelector ?? DEFAULT_LINK_SELECTOR;
  const entries: ListingEntry[] = [];
  const seen = new Set<string>();
  let linked = 0;
  for (const item of items) {
    const link = item.matches(linkSelector) ? item : selectOne(item, linkSelector);
    if (!link) continue;
    linked += 1;
    const url = resolveHttp(link.getAttribute('href') ?? undefined, base);
    if (!url || seen.has(url)) continue;
    const title = titleOf(item, link, options.titleSelector);
    if (title === '') continue;
    seen.add(url);
    const date = parsePressDate(dateTextOf(item, options.dateSelector), options.timeZone);
    entries.push({ title, url, ...(date ? { publishedAt: date.toISOString() } : {}) });
  }
  if (linked === 0) {
    throw new PressPageLayoutError(
      `the link selector ${JSON.stringify(linkSelector)} found no link in any of the ${items.length} items that ${JSON.stringify(options.itemSelector)} matched`,
      linkSelector,
    );
  }
  return entries;
}

async function parseDocument(html: string): Promise<Element> {
  const { parseHTML } = await import('linkedom');
  // linkedom types its result with the DOM library's Window, which this project does not load.
  return (parseHTML(html) as unknown as { document: Element }).document;
}

function select(root: Element, selector: string): Iterable<Element> {
  try {
    return root.querySelectorAll(selector);
  } catch (error) {
    throw new InvalidSelectorError(selector, { cause: error });
  }
}

function selectOne(root: Element, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch (error) {
    throw new InvalidSelectorError(selector, { cause: error });
  }
}

function titleOf(item: Element, link: Element, titleSelector: string | undefined): string {
  const chosen = titleSelector ? selectOne(item, titleSelector) : link;
  const text = flattenText(chosen?.textContent ?? '') || flattenText(link.getAttribute('title') ?? '');
  return truncateText(text, TITLE_MAX_LENGTH);
}

/** A `<time datetime>` states the date for machines; its text is for people and may be partial. */
function dateTextOf(item: Element, dateSelector: string | undefined): string | undefined {
  const element = dateSelector ? selectOne(item, dateSelector) : selectOne(item, 'time');
  if (element) return element.getAttribute('datetime') || element.textContent || undefined;
  return dateSelector ? undefined : (item.textContent ?? undefined);
}

function resolveHttp(reference: string | undefined, base: string): string | undefined {
  if (!reference || reference.trim() === '') return undefined;
  try {
    const url = new URL(reference.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.toString();
  } catch {
    return undefined;
  }
}
