/** The ingest planner: every 30 minutes, one feed job per feed that is due. */
import type { JobQueue } from '../domain/ports.js';
import { selectDueFeeds, withAddedFeeds } from '../domain/feeds/plan-feeds.js';
import type { AddedFeedRepository, FeedState, FeedStateRepository } from '../domain/feeds/ports.js';
import type { FeedSource } from '../domain/feeds/types.js';
import { logger, metrics } from '../observability.js';
import { runTimeOf, type ScheduledRunEvent } from './scheduled-run.js';
import { buildOnce } from '../wiring/build-once.js';
import { planIngestDepsFromEnvironment } from '../wiring/ingestion.js';

/** A feed job carries its source whole, so a worker needs no copy of the source list. */
export interface FeedJob {
  readonly source: FeedSource;
}

export interface PlanIngestDeps {
  readonly sources: readonly FeedSource[];
  /** Feeds editors added in the console, read from the next round on. */
  readonly addedFeeds: Pick<AddedFeedRepository, 'listAddedFeeds'>;
  readonly feedStates: Pick<FeedStateRepository, 'getFeedState'>;
  readonly feedJobs: JobQueue<FeedJob>;
}

export function createPlanIngestHandler(deps: () => PlanIngestDeps, now: () => Date = () => new Date()) {
  return async (event?: ScheduledRunEvent): Promise<{ feeds: number; due: number }> => {
    const { sources: configured, addedFeeds, feedStates, feedJobs } = deps();
    const sources = withAddedFeeds(configured, await addedFeeds.listAddedFeeds());
    const states = new Map<string, FeedState>();
    for (const source of sources) {
      const state = await feedStates.getFeedState(source.feedId);
      if (state) states.set(source.feedId, state);
    }
    const due = selectDueFeeds(sources, states, runTimeOf(event, now));
    await feedJobs.enqueue(due.map((source) => ({ source })));
    logger.info('ingest planned', { feeds: sources.length, due: due.length });
    metrics.addMetric('FeedJobsEnqueued', 'Count', due.length);
    metrics.publishStoredMetrics();
    return { feeds: sources.length, due: due.length };
  };
}

export const handler = createPlanIngestHandler(buildOnce(planIngestDepsFromEnvironment));
