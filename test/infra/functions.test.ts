import { beforeAll, describe, expect, it } from 'vitest';
import { ENV } from '../../functions/config/env.js';
import {
  DELIVERIES_TABLE,
  EDITIONS_TABLE,
  EDITORIAL_TABLE,
  FEEDS_TABLE,
  STORIES_TABLE,
  SUBSCRIBERS_TABLE,
  type TableSchema,
} from '../../functions/adapters/dynamo/table-schema.js';
import { SUBSCRIBER_HASH_KEY_SECRET_ARN } from '../../lib/storage.js';
import type { NewsdeskStack } from '../../lib/newsdesk-stack.js';
import { logicalIdOf, renderToken, renderValue, synthNewsdesk, type SynthesisedNewsdesk } from './newsdesk-synth.js';

let synthesised: SynthesisedNewsdesk;
beforeAll(() => {
  synthesised = synthNewsdesk();
});

const FUNCTIONS = {
  'plan-ingest': (stack: NewsdeskStack) => stack.ingestion.planIngest,
  'fetch-feed': (stack: NewsdeskStack) => stack.ingestion.fetchFeed,
  'plan-digest': (stack: NewsdeskStack) => stack.delivery.planDigest,
  'plan-digest-page': (stack: NewsdeskStack) => stack.delivery.planDigestPage,
  'send-email': (stack: NewsdeskStack) => stack.delivery.sendEmail,
  'match-alerts': (stack: NewsdeskStack) => stack.delivery.matchAlerts,
  'subscriber-api': (stack: NewsdeskStack) => stack.subscriberApi.pages,
  'ses-events': (stack: NewsdeskStack) => stack.subscriberApi.sesEvents,
  'archive-api': (stack: NewsdeskStack) => stack.archive.pages,
  'console-api': (stack: NewsdeskStack) => stack.editorConsole.pages,
} as const;
type FunctionName = keyof typeof FUNCTIONS;
const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];

function functionResource(name: FunctionName) {
  return synthesised.resources[logicalIdOf(FUNCTIONS[name](synthesised.stack))];
}

/** The function's environment with CloudFormation references rendered as strings. */
function environmentOf(name: FunctionName): Record<string, string> {
  const variables = (functionResource(name).Properties!.Environment?.Variables ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(variables).map(([key, value]) => [key, renderValue(value)]));
}

function tableName(schema: TableSchema): string {
  return renderToken(synthesised.stack, synthesised.stack.storage.table(schema).table.tableName);
}

const POWERTOOLS_ENVIRONMENT = {
  NODE_OPTIONS: '--enable-source-maps',
  POWERTOOLS_SERVICE_NAME: 'newsdesk',
  POWERTOOLS_METRICS_NAMESPACE: 'Newsdesk',
  POWERTOOLS_LOG_LEVEL: 'INFO',
};

describe('every function', () => {
  it('is one of the nine handlers, and there are no others', () => {
    synthesised.template.resourceCountIs('AWS::Lambda::Function', FUNCTION_NAMES.length);
  });

  it.each(FUNCTION_NAMES)('%s runs on the newest Node.js runtime on ARM64', (name) => {
    expect(functionResource(name).Properties).toMatchObject({ Runtime: 'nodejs24.x', Architectures: ['arm64'] });
  });

  it.each(FUNCTION_NAMES)('%s writes JSON logs to a log group of its own that keeps them a month', (name) => {
    const properties = functionResource(name).Properties!;
    expect(properties.LoggingConfig).toMatchObject({ LogFormat: 'JSON', ApplicationLogLevel: 'INFO', SystemLogLevel: 'WARN' });
    const logGroupId = properties.LoggingConfig.LogGroup.Ref as string;
    expect(synthesised.resources[logGroupId]).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
    });
  });

  it.each(FUNCTION_NAMES)('%s has source maps and the Powertools settings', (name) => {
    expect(environmentOf(name)).toMatchObject(POWERTOOLS_ENVIRONMENT);
  });

  it.each(FUNCTION_NAMES)('%s never allows loopback feeds nor holds the subscriber hash key itself', (name) => {
    const environment = environmentOf(name);
    expect(environment).not.toHaveProperty(ENV.allowLoopbackFeeds);
    expect(environment).not.toHaveProperty(ENV.subscriberHashKey);
  });

  it('each log group belongs to one function', () => {
    const logGroups = FUNCTION_NAMES.map((name) => functionResource(name).Properties!.LoggingConfig.LogGroup.Ref);
    expect(new Set(logGroups).size).toBe(FUNCTION_NAMES.length);
  });
});

describe('the environment of each function', () => {
  it('plan-ingest: the Feeds table and the feed-jobs queue', () => {
    expect(environmentOf('plan-ingest')).toEqual({
      ...POWERTOOLS_ENVIRONMENT,
      [FEEDS_TABLE.envVar]: tableName(FEEDS_TABLE),
      [ENV.feedJobsQueueUrl]: renderToken(synthesised.stack, synthesised.stack.ingestion.feedJobs.queue.queueUrl),
    });
  });

  it('fetch-feed: the Feeds and Stories tables, and the Editorial table for the promoted rules', () => {
    expect(environmentOf('fetch-feed')).toEqual({
      ...POWERTOOLS_ENVIRONMENT,
      [FEEDS_TABLE.envVar]: tableName(FEEDS_TABLE),
      [STORIES_TABLE.envVar]: tableName(STORIES_TABLE),
      [EDITORIAL_TABLE.envVar]: tableName(EDITORIAL_TABLE),
    });
  });

  it('plan-digest: the Stories, Editions and Subscribers tables and the planning queue', () => {
    expect(environmentOf('plan-digest')).toEqual({
      ...POWERTOOLS_ENVIRONMENT,
      [STORIES_TABLE.envVar]: tableName(STORIES_TABLE),
      [EDITIONS_TABLE.envVar]: tableName(EDITIONS_TABLE),
      [SUBSCRIBERS_TABLE.envVar]: tableName(SUBSCRIBERS_TABLE),
      [ENV.digestPlanQueueUrl]: renderToken(synthesised.stack, synthesised.stack.delivery.digestPlanJobs.queue.queueUrl),
    });
  });

  it('plan-digest-page: the Editions and Subscribers tables, the planning queue and the send-jobs queue', () => {
    expect(environmentOf('plan-digest-page')).toEqual({
      ...POWERTOOLS_ENVIRONMENT,
      [EDITIONS_TABLE.envVar]: tableName(EDITIONS_TABLE),
      [SUBSCRIBERS_TABLE.envVar]: tableName(SUBSCRIBERS_TABLE),
      [ENV.digestPlanQueueUrl]: renderToken(synthesised.stack, synthesised.stack.delivery.digestPlanJobs.queue.queueUrl),
      [ENV.sendJobsQueueUrl]: renderToken(synthesised.stack, synthesised.stack.delivery.sendJobs.queue.queueUrl),
    });
  });

  it('send-email: four tables, the sender, the public address and where to find the hash key', () => {
    const { stack } = synthesised;
    expect(environmentOf('send-email')).toEqual({
      ...POWERTOOLS_ENVIRONMENT,
      [EDITIONS_TABLE.envVar]: tableName(EDITIONS_TABLE),
      [STORIES_TABLE.envVar]: tableName(STORIES_TABLE),
      [SUBSCRIBERS_TABLE.envVar]: tableName(SUBSCRIBERS_TABLE),
      [DELIVERIES_TABLE.envVar]: tableName(DELIVERIES_TABLE),
      [ENV.fromAddress]: 'digest@newsdesk.example.com',
      [ENV.configurationSet]: renderToken(stack, stack.mail.configurationSet.configurationSetName),
      [ENV.publicBaseUrl]: 'https://newsdesk.example.com',
      [SUBSCRIBER_HASH_KEY_SECRET_ARN]: renderToken(stack, stack.storage.subscriberHashKey.secretArn),
      // 14 emails a second for the account, shared by at most five concurrent senders.
      [ENV.sesMaxSendRate]: '2.8',
    });
  });

  it('match-alerts: the Stories, Subscribers and Editions tables (its watermark) and the send-jobs queue', () => {
    const { stack } = synthesised;
    expect(environmentOf('match-alerts')).toEqual({
      ...POWERTOOLS_ENVIRONMENT,
      [STORIES_TABLE.envVar]: tableName(STORIES_TABLE),
      [SUBSCRIBERS_TABLE.envVar]: tableName(SUBSCRIBERS_TABLE),
      [EDITIONS_TABLE.envVar]: tableName(EDITIONS_TABLE),
      [ENV.sendJobsQueueUrl]: renderToken(stack, stack.delivery.sendJobs.queue.queueUrl),
    });
  });

  it('archive-api: only the Editions and Stories tables (story pages) and the public address', () => {
    expect(environmentOf('archive-api')).toEqual({
      ...POWERTOOLS_ENVIRONMENT,
      [EDITIONS_TABLE.envVar]: tableName(EDITIONS_TABLE),
      [STORIES_TABLE.envVar]: tableName(STORIES_TABLE),
      [ENV.publicBaseUrl]: 'https://newsdesk.example.com',
    });
  });

  it('names every table by the environment variable of its schema', () => {
    // The tables' environment variables are the schema's, not a copy of them.
    const tableVariables = new Set(FUNCTION_NAMES.flatMap((name) => Object.keys(environmentOf(name))).filter((key) => key.endsWith('_TABLE')));
    expect([...tableVariables].sort()).toEqual(
      [FEEDS_TABLE, STORIES_TABLE, SUBSCRIBERS_TABLE, EDITIONS_TABLE, DELIVERIES_TABLE, EDITORIAL_TABLE].map((schema) => schema.envVar).sort(),
    );
  });
});
