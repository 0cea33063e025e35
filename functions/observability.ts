/** The one Logger of every function: JSON logs with business ids. Its domain metrics are in `metrics.ts`. */
import { Logger } from '@aws-lambda-powertools/logger';

// Marked pure so that a bundle which never logs leaves it out.
export const logger = /* @__PURE__ */ new Logger({ serviceName: 'newsdesk' });
