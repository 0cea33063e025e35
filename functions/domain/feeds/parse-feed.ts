/**
 * Reads a decoded feed document (RSS 0.9x/1.0/2.0 or Atom) with rss-parser and normalises its
 * items. The document is checked and repaired first (see prepare-xml.ts); what rss-parser leaves
 * raw (dates, relative links, HTML text) is finished here.
 */
import Parser from 'rss-parser';
import { clusterKeyFor } from './cluster.js';
import { repairMojibake } from './mojibake.js';
import { parseFeedDate } from './dates.js';
import { FeedFormatError } from './errors.js';
import { canonicalUrl, feedIdFor, isHttpUrl, storyIdFor } from './identity.js';
import { prepareFeedXml, type PreparedDocument } from './prepare-xml.js';
import { flattenText, toPlainLine, toPlainText, truncateText } from './text.js';
import type { FeedFormat, NormalisedItem, ParsedFeed, SkippedItem } from './types.js';

export interface ParseFeedOptions {
  /** The feed's configured address: identifies the feed. */
  readonly feedUrl: string;
  readonly fetchedAt: Date;
  /** Fallback when neither the item nor the feed states a language. */
  readonly language?: string;
  /** Where the body was actually read from, after redirects; relative links resolve against it. */
  readonly baseUrl?: string;
  /** Defaults to `feedIdFor(feedUrl)`. */
  readonly feedId?: string;
  /** @default MAX_ITEMS_PER_DOCUMENT */
  readonly maxItems?: number;
}

/**
 * News feeds carry tens of items (the largest news feed of the shared corpus 118; only a
 * podcast's full archive has more, 730); an archive dump or a hostile document may carry
 * thousands, and each costs a classification and a table write. 300 keeps every news feed
 * whole, with room for a busy publisher between two fetches half an hour apart, and bounds the
 * round: a document with more is cut to its newest items.
 */
export const MAX_ITEMS_PER_DOCUMENT = 300;

/** A summary is a teaser for a digest line, not the article. */
export const SUMMARY_MAX_LENGTH = 320;
/** Full text is kept for classification; the cap keeps a story well inside DynamoDB's 400 KB item limit. */
export const CONTENT_MAX_LENGTH = 30_000;
const TITLE_MAX_LENGTH = 300;
const MAX_CATEGORIES = 20;
/** A publication date further ahead than this is a publisher's clock error, not a date. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

type RawValue = unknown;
type RawItem = Record<string, RawValue>;
type RawFeed = Record<string, RawValue> & { items: RawItem[] };

export async function parseFeed(xml: string, options: ParseFeedOptions): Promise<ParsedFeed> {
  const prepared = prepareFeedXml(repairMojibake(xml));
  if (prepared.format !== 'atom' && !/<channel[\s>]/.test(prepared.xml)) {
    // An <rss> or <rdf:RDF> without a channel is an empty feed, not a broken one.
    return { format: prepared.format, items: [], skippedItems: [] };
  }
  const raw = await parseWithRssParser(prepared);

  const documentUrl = options.baseUrl ?? options.feedUrl;
  const selfLink = absoluteHttp(textOf(raw.feedUrl), documentUrl);
  const rootBase = resolveUrl(prepared.rootAttributes['xml:base'], selfLink ?? documentUrl);
  const feedLink = absoluteHttp(textOf(raw.link), rootBase ?? selfLink ?? documentUrl);
  // The feed's own statements of where it lives beat the address we happened to read it from.
  const base = rootBase ?? selfLink ?? feedLink ?? documentUrl;
  const feedLanguage = normaliseLanguage(textOf(raw.language)) ?? normaliseLanguage(prepared.rootAttributes['xml:lang']) ?? normaliseLanguage(options.language);

  const context: ItemContext = {
    feedId: options.feedId ?? feedIdFor(options.feedUrl),
    format: prepared.format,
    base,
    feedLink: feedLink ?? (isHttpUrl(options.feedUrl) ? options.feedUrl : undefined),
    language: feedLanguage,
    fetchedAt: options.fetchedAt,
  };

  const items: NormalisedItem[] = [];
  const skippedItems: SkippedItem[] = [];
  const seen = new Set<string>();
  const { kept, cut } = newestItems(raw.items, prepared.format === 'atom', options.fetchedAt, options.maxItems ?? MAX_ITEMS_PER_DOCUMENT);
  kept.forEach(({ rawItem, index }) => {
    const outcome = normaliseItem(rawItem, context);
    if (typeof outcome === 'string') {
      skippedItems.push({ index, reason: outcome });
    } else if (seen.has(outcome.storyId)) {
      skippedItems.push({ index, reason: `duplicate of an earlier item (${outcome.storyId})` });
    } else {
      seen.add(outcome.storyId);
      items.push(outcome);
    }
  });

  const title = toPlainLine(textOf(raw.title));
  return {
    title: title === '' ? undefined : title,
    link: feedLink,
    language: feedLanguage,
    format: prepared.format,
    items,
    skippedItems,
    ...(cut > 0 ? { itemsCut: cut } : {}),
  };
}

/**
 * The newest `max` items, in document order, read before any is normalised so that a huge
 * document costs little more than a normal one. Undated items count as the oldest; among
 * equals the document's own order (newest first, by convention) decides.
 */
function newestItems(items: readonly RawItem[], isAtom: boolean, fetchedAt: Date, max: number): { kept: { rawItem: RawItem; index: number }[]; cut: number } {
  const indexed = items.map((rawItem, index) => ({ rawItem, index }));
  if (indexed.length <= max) return { kept: indexed, cut: 0 };
  const time = indexed.map(({ rawItem }) => publishedDate(rawItem, isAtom, fetchedAt)?.getTime() ?? Number.NEGATIVE_INFINITY);
  const newest = [...indexed].sort((a, b) => time[b.index] - time[a.index] || a.index - b.index).slice(0, max);
  return { kept: newest.sort((a, b) => a.index - b.index), cut: indexed.length - max };
}

async function parseWithRssParser(prepared: PreparedDocument): Promise<RawFeed> {
  const parser = new Parser({
    // A root <rss> without a version attribute is still RSS 2 in practice.
    defaultRSS: 2,
    xml2js: { tagNameProcessors: [renameTagFor(prepared)] },
    customFields: {
      feed: [],
      item: [
        ['$', 'attributes', { keepArray: true }],
        ['category', 'categoryElements', { keepArray: true }],
        ['dc:subject', 'subjectElements', { keepArray: true }],
        ['feedburner:origLink', 'origLink'],
        ['newsdesk:published', 'publishedRaw'],
        ['newsdesk:updated', 'updatedRaw'],
        ['dc:date', 'dcDate'],
        ['dc:creator', 'dcCreator'],
      ],
    },
  });
  const xml = prepared.format === 'atom' ? escapeXhtmlConstructs(prepared.xml, prepared.atomPrefix) : prepared.xml;
  try {
    return (await parser.parseString(xml)) as unknown as RawFeed;
  } catch (error) {
    throw toFormatError(error, prepared.rootName);
  }
}

/**
 * Element-name rewrites applied while parsing. A prefixed Atom document (`<a:feed>`) loses its
 * prefix so rss-parser recognises it; Atom's `published`/`updated` are renamed because
 * rss-parser converts them with `toISOString()`, which throws on the first bad date and would
 * lose the whole feed. We parse those dates ourselves.
 */
function renameTagFor(prepared: PreparedDocument): (name: string) => string {
  const prefix = prepared.atomPrefix ? `${prepared.atomPrefix}:` : undefined;
  const isAtom = prepared.format === 'atom';
  return (name) => {
    const local = prefix && name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (isAtom && (local === 'published' || local === 'updated')) return `newsdesk:${local}`;
    return local;
  };
}

/**
 * Atom text constructs of type "xhtml" become type "html" with the markup in CDATA. rss-parser
 * rebuilds XHTML from xml2js objects, which separates text from elements and scrambles the
 * order of a paragraph; as escaped HTML the text arrives as written.
 */
function escapeXhtmlConstructs(xml: string, prefix: string | undefined): string {
  const name = prefix ? `${prefix}:(?:content|summary|title|subtitle)` : '(?:content|summary|title|subtitle)';
  const construct = new RegExp(`<(${name})(\\s[^>]*?)type\\s*=\\s*(["'])xhtml\\3([^>]*)>([\\s\\S]*?)</\\1\\s*>`, 'g');
  return xml.replace(construct, (_whole, element: string, before: string, _quote: string, after: string, inner: string) => {
    const safe = inner.replace(/\]\]>/g, ']]]]><![CDATA[>');
    return `<${element}${before}type="html"${after}><![CDATA[${safe}]]></${element}>`;
  });
}

function toFormatError(error: unknown, rootName: string): FeedFormatError {
  const message = error instanceof Error ? error.message : String(error);
  const firstLine = message.split('\n')[0].replace(/\.$/, '');
  const line = message.match(/Line: (\d+)/)?.[1];
  const where = line === undefined ? '' : ` at line ${Number(line) + 1}`;
  if (/Unclosed root tag|Unexpected end/i.test(message)) {
    return new FeedFormatError(`truncated XML: the document ends before <${rootName}> is closed`, { cause: error });
  }
  if (error instanceof Error && /Line: \d+/.test(message)) {
    return new FeedFormatError(`malformed XML: ${firstLine}${where}`, { cause: error });
  }
  return new FeedFormatError(`not a feed: its structure is not RSS or Atom (${firstLine})`, { cause: error });
}

interface ItemContext {
  readonly feedId: string;
  readonly format: FeedFormat;
  readonly base: string;
  readonly feedLink?: string;
  readonly language?: string;
  readonly fetchedAt: Date;
}

/** Returns the normalised item, or the reason it was skipped. */
function normaliseItem(raw: RawItem, context: ItemContext): NormalisedItem | string {
  const itemBase = resolveUrl(attribute(raw.attributes, 'xml:base'), context.base) ?? context.base;
  const guid = firstText(raw.guid, raw.id, attribute(raw.attributes, 'rdf:about'));
  const ownUrl = itemLink(raw, guid, itemBase);

  const isAtom = context.format === 'atom';
  const summaryHtml = isAtom ? firstText(raw.summary, raw.content) : firstText(raw.content, raw.summary);
  const contentHtml = isAtom ? textOf(raw.content) : textOf(raw['content:encoded']);
  const contentText = contentHtml ? truncateText(toPlainText(contentHtml), CONTENT_MAX_LENGTH) : undefined;
  const summaryText = toPlainText(summaryHtml) || contentText || '';
  let title = truncateText(toPlainLine(textOf(raw.title)), TITLE_MAX_LENGTH);
  if (title === '') title = truncateText(flattenText(summaryText), 100);
  if (title === '') return 'no title and no text';

  const url = ownUrl ?? context.feedLink;
  if (!url) return 'no link: neither the item nor the feed gives an http(s) address';
  const identityGuid = guid ?? (ownUrl ? undefined : `title:${title}`);
  const summary = truncateText(flattenText(summaryText), SUMMARY_MAX_LENGTH);

  const published = publishedDate(raw, isAtom, context.fetchedAt);
  return {
    storyId: storyIdFor({ url: ownUrl, guid: identityGuid, feedId: context.feedId }),
    url: canonicalUrl(url),
    guid,
    title,
    summary,
    content: contentText === '' ? undefined : contentText,
    author: authorOf(raw),
    categories: categoriesOf(raw),
    language: normaliseLanguage(textOf(raw.language)) ?? normaliseLanguage(attribute(raw.attributes, 'xml:lang')) ?? context.language,
    publishedAt: (published ?? context.fetchedAt).toISOString(),
    publishedEstimated: published === undefined,
    fingerprint: clusterKeyFor({ title, summary }),
  };
}

/** The item's own address: FeedBurner's original link, the link, or a guid that is a URL. */
function itemLink(raw: RawItem, guid: string | undefined, base: string): string | undefined {
  const candidates = [textOf(raw.origLink), textOf(raw.link), guid, attribute(raw.attributes, 'rdf:about')];
  for (const candidate of candidates) {
    const resolved = absoluteHttp(candidate, base);
    if (resolved) return unwrapRedirect(resolved);
  }
  return undefined;
}

/** Google Alerts wraps every link in google.com/url?url=...; the story is the target. */
function unwrapRedirect(url: string): string {
  const parsed = new URL(url);
  if (/(^|\.)google\.[a-z.]+$/.test(parsed.hostname) && parsed.pathname === '/url') {
    const target = parsed.searchParams.get('url') ?? parsed.searchParams.get('q');
    if (isHttpUrl(target ?? undefined)) return target as string;
  }
  return url;
}

function publishedDate(raw: RawItem, isAtom: boolean, fetchedAt: Date): Date | undefined {
  const candidates = isAtom ? [raw.publishedRaw, raw.dcDate, raw.updatedRaw, raw.pubDate] : [raw.pubDate, raw.dcDate, raw.publishedRaw, raw.updatedRaw];
  for (const candidate of candidates) {
    const date = parseFeedDate(textOf(candidate));
    if (date && date.getTime() <= fetchedAt.getTime() + FUTURE_TOLERANCE_MS) return date;
  }
  return undefined;
}

function authorOf(raw: RawItem): string | undefined {
  const text = toPlainLine(firstText(raw.dcCreator, raw.creator, raw.author));
  // RSS <author> is "address (Name)"; the name is what a reader wants, the address we do not keep.
  const named = text.match(/^\S+@\S+\s*\((.+)\)$/)?.[1] ?? text.replace(/^\S+@\S+$/, '');
  const author = named.trim();
  return author === '' ? undefined : truncateText(author, 200);
}

function categoriesOf(raw: RawItem): string[] {
  const elements = [...asArray(raw.categoryElements), ...asArray(raw.subjectElements)];
  const categories: string[] = [];
  const seen = new Set<string>();
  for (const element of elements) {
    const label = toPlainLine(attribute(element, 'label') ?? textOf(element) ?? attribute(element, 'term'));
    const key = label.toLowerCase();
    if (label === '' || seen.has(key)) continue;
    seen.add(key);
    categories.push(truncateText(label, 100));
    if (categories.length === MAX_CATEGORIES) break;
  }
  return categories;
}

/** The text of an rss-parser value: a string, `{ _: text }`, or nested XHTML flattened. */
function textOf(value: RawValue): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return firstText(...(value as unknown[]));
  if (typeof value === 'object') {
    const record = value as Record<string, RawValue>;
    if (typeof record._ === 'string') return textOf(record._);
    const parts = Object.entries(record)
      .filter(([key]) => key !== '$')
      .map(([, child]) => textOf(child))
      .filter((part): part is string => part !== undefined);
    return parts.length === 0 ? undefined : parts.join(' ');
  }
  return undefined;
}

function firstText(...values: RawValue[]): string | undefined {
  for (const value of values) {
    const text = textOf(value);
    if (text !== undefined) return text;
  }
  return undefined;
}

function attribute(value: RawValue, name: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, RawValue>;
  const attributes = (record.$ ?? record) as Record<string, RawValue>;
  const found = attributes[name];
  return typeof found === 'string' && found.trim() !== '' ? found.trim() : undefined;
}

function asArray(value: RawValue): RawValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function resolveUrl(reference: string | undefined, base: string | undefined): string | undefined {
  if (!reference) return undefined;
  try {
    return new URL(reference.trim(), base).toString();
  } catch {
    return undefined;
  }
}

function absoluteHttp(reference: string | undefined, base: string | undefined): string | undefined {
  const resolved = resolveUrl(reference, base);
  return isHttpUrl(resolved) ? resolved : undefined;
}

/** "en_US" → "en-US", "" → undefined. */
function normaliseLanguage(language: string | undefined): string | undefined {
  const tag = language?.trim().replace(/_/g, '-');
  if (!tag || !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag)) return undefined;
  const [primary, ...rest] = tag.split('-');
  return [primary.toLowerCase(), ...rest].join('-');
}
