/**
 * Feed sources as the operator configures them. `kind` discriminates how a source is read, so
 * that a source that is not a feed (a regulator's press-release page, scraped later) can join
 * the same list without every consumer learning a new shape.
 */
export type PublisherType = 'news' | 'regulator' | 'outlet';

interface SourceFields {
  /** Stable id derived from the URL (see `feedIdFor`). */
  readonly feedId: string;
  readonly name: string;
  readonly url: string;
  /** Home jurisdiction of the publisher: a weak prior for the classifier, a tag only of a story whose text places it nowhere. */
  readonly jurisdiction?: string;
  readonly language?: string;
  /** Who publishes it: a regulator's own words weigh differently from a newspaper's. */
  readonly publisherType?: PublisherType;
  /** The publisher's site, for people; never fetched. */
  readonly homepage?: string;
  /** What an operator should know before trusting this source (blocks, doubts, odd habits). */
  readonly caveat?: string;
  /** False keeps the source listed but never fetched. Absent means enabled. */
  readonly enabled?: boolean;
}

/** An RSS 0.9x/1.0/2.0 or Atom feed. */
export interface RssFeedSource extends SourceFields {
  readonly kind: 'rss';
}

/**
 * A page listing press releases, read by CSS selectors (see functions/domain/press/): each
 * release found is fetched once, and its main text stored as a story of kind 'press-release'.
 */
export interface PressPageSource extends SourceFields {
  readonly kind: 'press-page';
  /** Selector of the element that holds one release: a table row, a list item, a card. */
  readonly itemSelector: string;
  /** Selector of the release's link within the item. Default `a[href]`. */
  readonly linkSelector?: string;
  /** Selector of the release's date within the item. Default: a `time` element, else the item's text. */
  readonly dateSelector?: string;
  /** Selector of the release's title within the item. Default: the link's text. */
  readonly titleSelector?: string;
  /** IANA time zone the page's dates are written in, e.g. Asia/Hong_Kong. Default UTC. */
  readonly timeZone?: string;
}

export type FeedSource = RssFeedSource | PressPageSource;
export type FeedSourceKind = FeedSource['kind'];

/**
 * What a story is: a news report about an event, or the statement of the body that acted (a
 * regulator's press release), which leads the reports of the same event in a digest.
 */
export type StoryKind = 'news' | 'press-release';

/** One item of a feed, normalised: clean text, canonical URL, UTC time. */
export interface NormalisedItem {
  readonly storyId: string;
  /** Absent on stories stored before kinds were recorded: they are news. */
  readonly kind?: StoryKind;
  readonly url: string;
  readonly guid?: string;
  readonly title: string;
  readonly summary: string;
  /** Full text when the feed carries it (e.g. `content:encoded`), as plain text. */
  readonly content?: string;
  readonly author?: string;
  readonly categories: readonly string[];
  readonly language?: string;
  /** ISO 8601 in UTC. */
  readonly publishedAt: string;
  /** True when the feed gave no usable date and the fetch time stands in. */
  readonly publishedEstimated: boolean;
  /** SimHash of title and lead (16 hex digits): near-equal values mean the same event. */
  readonly fingerprint?: string;
}

export interface ParsedFeed {
  readonly title?: string;
  readonly link?: string;
  readonly language?: string;
  readonly items: readonly NormalisedItem[];
  /** The syndication format the document used. */
  readonly format?: FeedFormat;
  /** Items dropped while normalising (no title and no text, or a duplicate), with the reason. */
  readonly skippedItems?: readonly SkippedItem[];
  /** Older items left out because the document carried more than the cap per document. */
  readonly itemsCut?: number;
}

export type FeedFormat = 'rss' | 'rdf' | 'atom';

export interface SkippedItem {
  readonly index: number;
  readonly reason: string;
}
