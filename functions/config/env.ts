/**
 * Environment variable names, set by the CDK constructs and by the local stack, read once at
 * cold start. One list so that the infrastructure and the functions cannot drift apart.
 */
export const ENV = {
  feedsTable: 'FEEDS_TABLE',
  storiesTable: 'STORIES_TABLE',
  subscribersTable: 'SUBSCRIBERS_TABLE',
  editionsTable: 'EDITIONS_TABLE',
  deliveriesTable: 'DELIVERIES_TABLE',
  editorialTable: 'EDITORIAL_TABLE',
  fromAddress: 'FROM_ADDRESS',
  configurationSet: 'SES_CONFIGURATION_SET',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  feedJobsQueueUrl: 'FEED_JOBS_QUEUE_URL',
  sendJobsQueueUrl: 'SEND_JOBS_QUEUE_URL',
  /** Pages of due digest readers, from the hourly planner to the planning workers. */
  digestPlanQueueUrl: 'DIGEST_PLAN_QUEUE_URL',
  allowLoopbackFeeds: 'NEWSDESK_ALLOW_LOOPBACK_FEEDS',
  /** Key of the keyed hash that turns an address into a subscriber id and a suppression entry. */
  subscriberHashKey: 'SUBSCRIBER_HASH_KEY',
  /** In the cloud the key lives in Secrets Manager; this names the secret. */
  subscriberHashKeySecretArn: 'SUBSCRIBER_HASH_KEY_SECRET_ARN',
  /** Comma-separated region ids whose drafts wait for an editor's approval instead of sending. */
  digestHeldRegions: 'DIGEST_HELD_REGIONS',
  maxItemsPerEdition: 'DIGEST_MAX_ITEMS',
  /** Emails a second one sender instance may send: the account's SES rate over the sender's concurrency. */
  sesMaxSendRate: 'SES_MAX_SEND_RATE',
  alertMinScore: 'ALERT_MIN_SCORE',
  alertMaxPerDay: 'ALERT_MAX_PER_DAY',
  /** The editors' Cognito user pool, its app client and its managed-login domain (`https://…`). */
  editorUserPoolId: 'EDITOR_USER_POOL_ID',
  editorClientId: 'EDITOR_CLIENT_ID',
  editorSignInDomain: 'EDITOR_SIGN_IN_DOMAIN',
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

export class MissingConfigurationError extends Error {
  constructor(name: string) {
    super(`missing required environment variable ${name}`);
    this.name = 'MissingConfigurationError';
  }
}

/** Reads a required variable; throws at cold start rather than failing half-way through work. */
export function requireEnv(name: EnvName, env: NodeJS.ProcessEnv = process.env): string {
  const value = env[name];
  if (value === undefined || value === '') throw new MissingConfigurationError(name);
  return value;
}

export function optionalEnv(name: EnvName, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** The key itself when the environment holds it, else the secret that does; neither is an error. */
export function subscriberKeySource(env: NodeJS.ProcessEnv = process.env): { readonly key: string } | { readonly secretArn: string } {
  const key = optionalEnv(ENV.subscriberHashKey, env);
  if (key) return { key };
  const secretArn = optionalEnv(ENV.subscriberHashKeySecretArn, env);
  if (!secretArn) throw new MissingConfigurationError(`${ENV.subscriberHashKey} or ${ENV.subscriberHashKeySecretArn}`);
  return { secretArn };
}
