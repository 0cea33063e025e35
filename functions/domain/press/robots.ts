/**
 * robots.txt, read as RFC 9309 says: a file that is missing (4xx) allows everything; one that
 * cannot be read (5xx, a network failure) allows nothing for now, so the source fails and is
 * tried again later. Parsed with robots-parser; kept per site for a day.
 */
import robotsParser from 'robots-parser';
import { decodeFeedBody } from '../feeds/decode.js';
import { FeedFetchError } from '../feeds/errors.js';
import type { FeedFetcher } from '../feeds/ports.js';

/** The product token robots.txt groups are matched against. */
export const ROBOTS_USER_AGENT = 'Newsdesk';
const CACHE_MS = 24 * 60 * 60 * 1000;

export interface RobotsVerdict {
  readonly allowed: boolean;
  /** The site's Crawl-delay for us, when it states one. */
  readonly crawlDelayMs?: number;
}

/** What a press-page reader asks before fetching an address. */
export interface RobotsRules {
  check(url: string): Promise<RobotsVerdict>;
}

interface Rules {
  isAllowed(url: string, userAgent?: string): boolean | undefined;
  getCrawlDelay(userAgent?: string): number | undefined;
}

export class RobotsTxtRules implements RobotsRules {
  private readonly cache = new Map<string, { rules: Rules | 'allow-all'; readAt: number }>();

  constructor(
    private readonly fetcher: FeedFetcher,
    private readonly options: { now?: () => number } = {},
  ) {}

  async check(url: string): Promise<RobotsVerdict> {
    const rules = await this.rulesFor(new URL(url).origin);
    if (rules === 'allow-all') return { allowed: true };
    const delay = rules.getCrawlDelay(ROBOTS_USER_AGENT);
    return {
      allowed: rules.isAllowed(url, ROBOTS_USER_AGENT) !== false,
      ...(delay !== undefined && delay > 0 ? { crawlDelayMs: delay * 1000 } : {}),
    };
  }

  private async rulesFor(origin: string): Promise<Rules | 'allow-all'> {
    const now = (this.options.now ?? Date.now)();
    const cached = this.cache.get(origin);
    if (cached && now - cached.readAt < CACHE_MS) return cached.rules;
    const robotsUrl = `${origin}/robots.txt`;
    let rules: Rules | 'allow-all';
    try {
      const outcome = await this.fetcher.fetchFeed(robotsUrl, {});
      rules = outcome.kind === 'fetched' ? robotsParser(robotsUrl, await decodeFeedBody(outcome.body, outcome.contentType)) : 'allow-all';
    } catch (error) {
      const status = error instanceof FeedFetchError ? error.status : undefined;
      if (status === undefined || status >= 500) {
        throw new FeedFetchError(`robots.txt could not be read: ${(error as Error).message}`, {
          reason: error instanceof FeedFetchError ? error.reason : 'network',
          status,
          retryAfterSeconds: error instanceof FeedFetchError ? error.retryAfterSeconds : undefined,
          cause: error,
        });
      }
      rules = 'allow-all';
    }
    this.cache.set(origin, { rules, readAt: now });
    return rules;
  }
}
