/**
 * The promoted rules as ingestion sees them: read once per cold start, then again at most every
 * few minutes, so that a promotion reaches the feed workers soon without a table read per story.
 */
import type { ClassifierRules } from './corrections.js';
import type { EditorialRepository } from './ports.js';

export const RULES_MAX_AGE_MS = 5 * 60_000;

export interface PromotedRulesCacheOptions {
  /** @default 5 minutes */
  readonly maxAgeMs?: number;
  /** Milliseconds since the epoch. @default Date.now */
  readonly now?: () => number;
  /** A refresh failed and the rules last read stay in use. */
  readonly onRefreshFailure?: (error: unknown) => void;
}

export class PromotedRulesCache {
  private rules: ClassifierRules | undefined;
  private version = -1;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private loading: Promise<ClassifierRules> | undefined;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(
    private readonly source: Pick<EditorialRepository, 'getRules'>,
    private readonly options: PromotedRulesCacheOptions = {},
  ) {
    this.maxAgeMs = options.maxAgeMs ?? RULES_MAX_AGE_MS;
    this.now = options.now ?? Date.now;
  }

  /** The rules last read; undefined before the first `refresh`. */
  current(): ClassifierRules | undefined {
    return this.rules;
  }

  /**
   * Reads the rules when they are older than the maximum age. Throws only when no rules were
   * ever read: classifying without the editors' rules would store what they already corrected.
   */
  async refresh(): Promise<ClassifierRules> {
    if (this.rules !== undefined && this.now() - this.loadedAt < this.maxAgeMs) return this.rules;
    // Concurrent callers share one read.
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<ClassifierRules> {
    try {
      const { rules, version } = await this.source.getRules();
      // The same object while the version stands: the classifier compiles each rules object once.
      if (this.rules === undefined || version !== this.version) {
        this.rules = rules;
        this.version = version;
      }
      this.loadedAt = this.now();
      return this.rules;
    } catch (error) {
      if (this.rules === undefined) throw error;
      this.options.onRefreshFailure?.(error);
      return this.rules;
    }
  }
}
