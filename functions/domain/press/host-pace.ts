/**
 * A polite pace per host: at most one request every `minIntervalMs` to the same host (the
 * default, 15 s, is four pages a minute), longer when the site's robots.txt asks for a
 * Crawl-delay. Shared by every press page read in one process, so a regulator's English and
 * Chinese listings, read one after the other, count against the same host.
 */

export const DEFAULT_PAGE_INTERVAL_MS = 15_000;
/** A Crawl-delay beyond this would stall the worker; such a host is read at this pace instead. */
const MAX_INTERVAL_MS = 60_000;

export interface HostPaceOptions {
  readonly minIntervalMs?: number;
  /** The clock in milliseconds; `Date.now` by default. */
  readonly now?: () => number;
  readonly sleep?: (milliseconds: number) => Promise<void>;
}

export class HostPace {
  private readonly minIntervalMs: number;
  private readonly now: () => number;
  private readonly sleep: (milliseconds: number) => Promise<void>;
  /** Per host, the earliest time of its next request. */
  private readonly nextAllowed = new Map<string, number>();

  constructor(options: HostPaceOptions = {}) {
    this.minIntervalMs = options.minIntervalMs ?? DEFAULT_PAGE_INTERVAL_MS;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((milliseconds) => new Promise((resolve) => setTimeout(resolve, milliseconds)));
  }

  /** Waits until a request to the URL's host keeps the pace, and books that slot. */
  async wait(url: string, crawlDelayMs = 0): Promise<void> {
    const host = new URL(url).host;
    const interval = Math.min(MAX_INTERVAL_MS, Math.max(this.minIntervalMs, crawlDelayMs));
    const start = this.now();
    const slot = Math.max(start, this.nextAllowed.get(host) ?? start);
    // Booked before sleeping, so two readers of the same host queue one behind the other.
    this.nextAllowed.set(host, slot + interval);
    if (slot > start) await this.sleep(slot - start);
  }
}
