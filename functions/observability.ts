/** The one Logger and Metrics of every function: JSON logs with business ids, domain metrics. */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';

export const logger = new Logger({ serviceName: 'newsdesk' });
export const metrics = new Metrics({ namespace: 'Newsdesk', serviceName: 'newsdesk' });
