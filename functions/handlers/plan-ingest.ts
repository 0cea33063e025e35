/** The ingest planner: every 30 minutes, one feed job per feed that is due. */
import { runTimeOf, type ScheduledRunEvent } from '../triggers/scheduled-run.js';
import { selectDueFeeds, withAddedFeeds } from '../domain/feeds/plan-feeds.js';
import type { FeedState } from '../domain/feeds/ports.js';
import { metrics, publishMetrics } from '../metrics.js';
import { logger } from '../observability.js';
import { buildOnce } from '../wiring/build-once.js';
import { planIngestFromEnvironment, type PlanIngestDeps } from '../wiring/plan-ingest.js';

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
    publishMetrics();
    return { feeds: sources.length, due: due.length };
  };
}

export const handler = createPlanIngestHandler(buildOnce(() => planIngestFromEnvironment()));
