/** The one Logger and Metrics of every function: JSON logs with business ids, domain metrics. */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

// Marked pure so that a bundle which never uses one leaves it out: the archive and the console
// publish no metrics, and carry no Metrics (12 KiB).
export const logger = /* @__PURE__ */ new Logger({ serviceName: 'newsdesk' });
export const metrics = /* @__PURE__ */ new Metrics({ namespace: 'Newsdesk', serviceName: 'newsdesk' });
