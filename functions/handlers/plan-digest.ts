/** The hourly digest planner: composes this week's editions and enqueues whoever is due now. */
import { planDigest, type PlanDigestDeps, type PlanDigestResult } from '../domain/digest/plan-digest.js';
import { logger, metrics } from '../observability.js';
import { runTimeOf, type ScheduledRunEvent } from './scheduled-run.js';
import { buildOnce } from '../wiring/build-once.js';
import { planDigestDepsFromEnvironment } from '../wiring/delivery.js';

export function createPlanDigestHandler(deps: () => PlanDigestDeps, now: () => Date = () => new Date()) {
  return async (event?: ScheduledRunEvent): Promise<PlanDigestResult> => {
    const result = await planDigest(deps(), runTimeOf(event, now));
    logger.info('digest planned', { ...result });
    metrics.addMetric('DigestJobsEnqueued', 'Count', result.jobsEnqueued);
    metrics.publishStoredMetrics();
    return result;
  };
}

export const handler = createPlanDigestHandler(buildOnce(planDigestDepsFromEnvironment));
