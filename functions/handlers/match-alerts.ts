/** The alert matcher: every ten minutes, the closed windows since the watermark, one job per subscriber. */
import { runTimeOf, type ScheduledRunEvent } from '../triggers/scheduled-run.js';
import { matchAlerts, type MatchAlertsDeps, type MatchAlertsResult } from '../domain/alerts/match-alerts.js';
import { metrics, publishMetrics } from '../metrics.js';
import { logger } from '../observability.js';
import { buildOnce } from '../wiring/build-once.js';
import { matchAlertsFromEnvironment } from '../wiring/delivery.js';

export function createMatchAlertsHandler(deps: () => MatchAlertsDeps, now: () => Date = () => new Date()) {
  return async (event?: ScheduledRunEvent): Promise<MatchAlertsResult> => {
    const result = await matchAlerts(deps(), runTimeOf(event, now));
    logger.info('alerts matched', { ...result });
    metrics.addMetric('AlertJobsEnqueued', 'Count', result.jobsEnqueued);
    publishMetrics();
    return result;
  };
}

export const handler = createMatchAlertsHandler(buildOnce(() => matchAlertsFromEnvironment()));
