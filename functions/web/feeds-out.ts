/**
 * Each region's editions as feeds, and each region × topic's: RSS 2.0 (tags as categories) and
 * JSON Feed 1.1 (tags, plus the jurisdictions and topics kept apart under `_newsdesk`). Stories
 * appear once, newest edition first; a topic's feed holds only the stories tagged with it.
 */
import type { Edition, EditionItem } from '../domain/digest/edition.js';
import type { Region, TopicEntry } from '../taxonomy/regions.js';
import { escapeHtml, safeHttpUrl } from './html.js';

/** The feeds' path under the site: `/feeds/hk.rss`, or `/feeds/hk/ai-training.rss` for one topic. */
export function feedPath(regionId: string, format: 'rss' | 'json', topicId?: string): string {
  const region = encodeURIComponent(regionId);
  return topicId === undefined ? `/feeds/${region}.${format}` : `/feeds/${region}/${encodeURIComponent(topicId)}.${format}`;
}

function feedTitle(region: Region, topic: TopicEntry | undefined): string {
  return topic ? `Newsdesk: ${region.name} · ${topic.label}` : `Newsdesk: ${region.name}`;
}

interface FeedEntry {
  readonly item: EditionItem;
  readonly edition: Edition;
}

/** A reader follows the link as it is: a `javascript:` URL from a feed must not reach it. */
function linkOf(item: EditionItem): string | undefined {
  return safeHttpUrl(item.url);
}

function entriesOf(editions: readonly Edition[], topic: TopicEntry | undefined): FeedEntry[] {
  const seen = new Set<string>();
  const entries: FeedEntry[] = [];
  for (const edition of editions) {
    for (const item of edition.items) {
      if (seen.has(item.storyId) || (topic && !item.topics.includes(topic.id))) continue;
      seen.add(item.storyId);
      entries.push({ item, edition });
    }
  }
  return entries;
}

/** XML 1.0 forbids most control characters; a feed title carrying one must not break the document. */
function xmlText(value: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is what this does
  return escapeHtml(value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/**
 * RSS readers render an item's description as HTML. The summary is plain text (it may read
 * `<script>` after a publisher's double escaping), so it is escaped as HTML first and then as
 * XML: the reader decodes one layer and shows the words as written.
 */
function htmlDescription(text: string): string {
  return xmlText(escapeHtml(text));
}

export function regionRss(region: Region, editions: readonly Edition[], publicBaseUrl: string, topic?: TopicEntry): string {
  const base = publicBaseUrl.replace(/\/+$/, '');
  const items = entriesOf(editions, topic).map(({ item, edition }) => {
    const link = linkOf(item);
    return `  <item>
    <title>${xmlText(item.title)}</title>
${link === undefined ? '' : `    <link>${xmlText(link)}</link>\n`}    <guid isPermaLink="false">newsdesk:${xmlText(item.storyId)}</guid>
    <pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>
    <description>${htmlDescription(item.summary)}</description>
    <source url="${xmlText(`${base}/archive/${region.id}/${edition.week}`)}">${xmlText(item.source)}</source>
${[...item.jurisdictions.map((j) => `    <category domain="jurisdiction">${xmlText(j)}</category>`), ...item.topics.map((t) => `    <category domain="topic">${xmlText(t)}</category>`)].join('\n')}
  </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>${xmlText(feedTitle(region, topic))}</title>
  <link>${xmlText(`${base}/archive/${region.id}`)}</link>
  <description>${xmlText(
    topic
      ? `${topic.label} news about ${region.name}, from Newsdesk's weekly editions`
      : `Privacy and AI-training news about ${region.name}, from Newsdesk's weekly editions`,
  )}</description>
  <language>en</language>
${items.join('\n')}
</channel>
</rss>
`;
}

export function regionJsonFeed(region: Region, editions: readonly Edition[], publicBaseUrl: string, topic?: TopicEntry): unknown {
  const base = publicBaseUrl.replace(/\/+$/, '');
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feedTitle(region, topic),
    home_page_url: `${base}/archive/${region.id}`,
    feed_url: `${base}${feedPath(region.id, 'json', topic?.id)}`,
    language: 'en',
    items: entriesOf(editions, topic).map(({ item, edition }) => ({
      id: `newsdesk:${item.storyId}`,
      url: linkOf(item),
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: item.publishedAt,
      tags: [...item.jurisdictions, ...item.topics],
      _newsdesk: {
        jurisdictions: item.jurisdictions,
        topics: item.topics,
        source: item.source,
        edition: `${base}/archive/${region.id}/${edition.week}`,
        also_reported_by: item.alsoReportedBy,
      },
    })),
  };
}
