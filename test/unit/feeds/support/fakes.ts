/** Fakes of the ports ingestion uses, shared by the feed tests and the ingest benchmark. */
import path from 'node:path';
import { existsSync } from 'node:fs';
import type { Classification, ClassifyInput } from '../../../../functions/domain/classify/types.js';
import type { ConditionalValidators, FeedFetcher, FetchOutcome } from '../../../../functions/domain/feeds/ports.js';
import type { StoredStory, StoryRepository } from '../../../../functions/domain/ports.js';
import type { Story } from '../../../../functions/domain/stories.js';

/** The shared feed corpus, when present beside the project. */
export const FEED_CORPUS_DIRECTORY = path.resolve(process.cwd(), '../shared/fixtures/feeds');
export const FEED_CORPUS_PRESENT = existsSync(FEED_CORPUS_DIRECTORY);

/**
 * Stories in memory behind the repository's conditional reads and writes, counting saves (each
 * starts with one read of the stored story) and actual writes.
 */
export class CountingStoryRepository implements StoryRepository {
  /** The stories as readers see them, by id. */
  readonly stories = new Map<string, Story>();
  /** Each story with its version, as the conditional writes check it. */
  private readonly records = new Map<string, StoredStory>();
  saveCalls = 0;
  writes = 0;
  /** Story ids whose save throws, to test that one bad item does not cost the others. */
  readonly failingIds = new Set<string>();

  async getStoredStory(storyId: string): Promise<StoredStory | undefined> {
    this.saveCalls += 1;
    if (this.failingIds.has(storyId)) throw new Error(`storage refused ${storyId}`);
    return this.records.get(storyId);
  }

  async createStory(stored: StoredStory): Promise<boolean> {
    if (this.records.has(stored.story.storyId)) return false;
    this.keep(stored);
    return true;
  }

  async replaceStory(stored: StoredStory, seen: StoredStory): Promise<boolean> {
    const current = this.records.get(stored.story.storyId);
    if (current?.contentHash !== seen.contentHash || current.corrections.length !== seen.corrections.length) return false;
    this.keep(stored);
    return true;
  }

  private keep(stored: StoredStory): void {
    this.writes += 1;
    this.records.set(stored.story.storyId, stored);
    this.stories.set(stored.story.storyId, stored.story);
  }

  async getStory(storyId: string): Promise<Story | undefined> {
    return this.stories.get(storyId);
  }

  async listStoredBetween(fromIso: string, toIso: string): Promise<Story[]> {
    return [...this.stories.values()].filter((story) => story.storedAt >= fromIso && story.storedAt < toIso);
  }
}

/** A classifier stand-in: in scope when the title mentions privacy, tagged with the feed's jurisdiction. */
export function classifyByKeyword(input: ClassifyInput): Classification {
  const inScope = /privacy|data protection/i.test(`${input.title} ${input.summary}`);
  const jurisdiction = input.feed?.jurisdiction;
  return {
    inScope,
    score: inScope ? 0.9 : 0.1,
    jurisdictions: inScope && jurisdiction ? [jurisdiction] : [],
    mentions: [],
    topics: inScope ? ['privacy'] : [],
    evidence: [],
  };
}

/** A fetcher that replays scripted outcomes and records the validators it was sent. */
export class ScriptedFetcher implements FeedFetcher {
  readonly calls: { url: string; validators: ConditionalValidators }[] = [];

  constructor(private readonly script: (url: string, validators: ConditionalValidators) => FetchOutcome | Error) {}

  async fetchFeed(url: string, validators: ConditionalValidators): Promise<FetchOutcome> {
    this.calls.push({ url, validators });
    const outcome = this.script(url, validators);
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }
}

export function fetched(xml: string, extra: Partial<Extract<FetchOutcome, { kind: 'fetched' }>> = {}): FetchOutcome {
  return { kind: 'fetched', body: Buffer.from(xml, 'utf8'), finalUrl: 'https://news.example/feed', ...extra };
}

/** A small RSS 2.0 document with the given items. */
export function rssDocument(items: readonly { title: string; link?: string; guid?: string; description?: string; pubDate?: string }[]): string {
  const body = items
    .map((item) =>
      [
        '<item>',
        `<title>${item.title}</title>`,
        item.link ? `<link>${item.link}</link>` : '',
        item.guid ? `<guid>${item.guid}</guid>` : '',
        item.description ? `<description>${item.description}</description>` : '',
        item.pubDate ? `<pubDate>${item.pubDate}</pubDate>` : '',
        '</item>',
      ].join(''),
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Example News</title><link>https://news.example/</link>\n${body}\n</channel></rss>`;
}
