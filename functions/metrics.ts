/**
 * The one Metrics of every function that records domain metrics. A module apart from the
 * Logger's, because a bundle splits into chunks by module: the subscriber pages record metrics
 * only in their forms, and this way Metrics (12 KiB) loads with the forms' chunk, not with the
 * sign-up page. The archive and the console record none and carry none.
 */
import { Metrics } from '@aws-lambda-powertools/metrics';

export const metrics = /* @__PURE__ */ new Metrics({ namespace: 'Newsdesk', serviceName: 'newsdesk' });

/**
 * Publishes what this invocation recorded, if anything: many record nothing (a page view, a
 * batch of sends that were all sent before), and publishing nothing only writes a warning to
 * the function's log.
 */
export function publishMetrics(): void {
  if (metrics.hasStoredMetrics()) metrics.publishStoredMetrics();
}
