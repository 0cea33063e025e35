/** The hourly digest planner: composes this week's editions and queues the slots now due. */
import { runTimeOf, type ScheduledRunEvent } from '../triggers/scheduled-run.js';
import { planDueDigests, type PlanDueDigestsDeps, type PlanDueDigestsResult } from '../domain/digest/plan-due-digests.js';
import { metrics, publishMetrics } from '../metrics.js';
import { logger } from '../observability.js';
import { buildOnce } from '../wiring/build-once.js';
import { planDigestFromEnvironment } from '../wiring/delivery.js';

export function createPlanDigestHandler(deps: () => PlanDueDigestsDeps, now: () => Date = () => new Date()) {
  return async (event?: ScheduledRunEvent): Promise<PlanDueDigestsResult> => {
    const result = await planDueDigests(deps(), runTimeOf(event, now));
    logger.info('digest planned', { ...result });
    metrics.addMetric('DigestSlotsQueued', 'Count', result.slotsDue);
    publishMetrics();
    return result;
  };
}

export const handler = createPlanDigestHandler(buildOnce(() => planDigestFromEnvironment()));
