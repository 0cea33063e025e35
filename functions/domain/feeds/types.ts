/** A feed source as the operator configures it. `kind` leaves room for non-RSS sources later. */
export interface FeedSource {
  /** Stable id derived from the URL (see `feedIdFor`). */
  readonly feedId: string;
  readonly name: string;
  readonly url: string;
  readonly kind: 'rss';
  /** Home jurisdiction of the publisher: a weak prior for the classifier, never a tag by itself. */
  readonly jurisdiction?: string;
  readonly language?: string;
}

/** One item of a feed, normalised: clean text, canonical URL, UTC time. */
export interface NormalisedItem {
  readonly storyId: string;
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
}

export interface ParsedFeed {
  readonly title?: string;
  readonly link?: string;
  readonly language?: string;
  readonly items: readonly NormalisedItem[];
}
