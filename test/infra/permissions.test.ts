import type { LogGroup } from 'aws-cdk-lib/aws-logs';
import type { NewsdeskFunction } from '../../lib/newsdesk-function.js';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DELIVERIES_TABLE,
  EDITIONS_TABLE,
  EDITORIAL_TABLE,
  FEEDS_TABLE,
  STORIES_TABLE,
  SUBSCRIBERS_TABLE,
  type TableSchema,
} from '../../functions/adapters/dynamo/table-schema.js';
import { logicalIdOf, permissionsOfRole, renderToken, roleOfFunction, synthNewsdesk, type SynthesisedNewsdesk } from './newsdesk-synth.js';

let synthesised: SynthesisedNewsdesk;
beforeAll(() => {
  synthesised = synthNewsdesk();
});

const READ = ['dynamodb:BatchGetItem', 'dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:Scan'];
const LOOKUP = READ.filter((action) => action !== 'dynamodb:Scan');
const LOOKUP_WRITE = [...LOOKUP, 'dynamodb:PutItem', 'dynamodb:UpdateItem'].sort();
const READ_WRITE = [...READ, 'dynamodb:PutItem', 'dynamodb:UpdateItem'].sort();
const LOGS = ['logs:CreateLogStream', 'logs:PutLogEvents'];
const QUEUE_WORKER = ['sqs:ChangeMessageVisibility', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl', 'sqs:ReceiveMessage'];

function permissionsOf(fn: NewsdeskFunction): Record<string, string[]> {
  return permissionsOfRole(synthesised.resources, roleOfFunction(synthesised.resources, logicalIdOf(fn)));
}

function arn(token: string): string {
  return renderToken(synthesised.stack, token);
}

/** The table's ARN, and its indexes' ARNs too, each with the same actions. */
function onTable(schema: TableSchema, actions: string[], indexActions = READ): Record<string, string[]> {
  const { table } = synthesised.stack.storage.table(schema);
  const tableArn = arn(table.tableArn);
  return Object.fromEntries([[tableArn, actions], ...schema.globalIndexes.map((index) => [`${tableArn}/index/${index.indexName}`, indexActions])]);
}

function ownLogGroup(fn: NewsdeskFunction): Record<string, string[]> {
  return { [arn((fn.logGroup as LogGroup).logGroupArn)]: LOGS };
}

describe('each function may do exactly what its work needs', () => {
  it('plan-ingest: read feed states, send feed jobs', () => {
    const { planIngest, feedJobs } = synthesised.stack.ingestion;
    expect(permissionsOf(planIngest)).toEqual({
      ...ownLogGroup(planIngest),
      ...onTable(FEEDS_TABLE, READ),
      [arn(feedJobs.queue.queueArn)]: ['sqs:SendMessage'],
    });
  });

  it('fetch-feed: read and write feeds and stories, read the promoted rules, take feed jobs', () => {
    const { fetchFeed, feedJobs } = synthesised.stack.ingestion;
    expect(permissionsOf(fetchFeed)).toEqual({
      ...ownLogGroup(fetchFeed),
      ...onTable(FEEDS_TABLE, READ_WRITE),
      ...onTable(STORIES_TABLE, READ_WRITE),
      ...onTable(EDITORIAL_TABLE, READ),
      [arn(feedJobs.queue.queueArn)]: QUEUE_WORKER,
    });
  });

  it('plan-digest: look up stories and the digest slots, write editions and resumed readers, send planning jobs; never scan', () => {
    const { planDigest, digestPlanJobs } = synthesised.stack.delivery;
    expect(permissionsOf(planDigest)).toEqual({
      ...ownLogGroup(planDigest),
      ...onTable(STORIES_TABLE, LOOKUP, LOOKUP),
      ...onTable(EDITIONS_TABLE, LOOKUP_WRITE, LOOKUP),
      ...onTable(SUBSCRIBERS_TABLE, LOOKUP_WRITE, LOOKUP),
      [arn(digestPlanJobs.queue.queueArn)]: ['sqs:SendMessage'],
    });
  });

  it('plan-digest-page: query a digest slot, read and move editions, send send jobs and the next page; never scan', () => {
    const { planDigestPage, digestPlanJobs, sendJobs } = synthesised.stack.delivery;
    expect(permissionsOf(planDigestPage)).toEqual({
      ...ownLogGroup(planDigestPage),
      ...onTable(EDITIONS_TABLE, LOOKUP_WRITE, LOOKUP),
      ...onTable(SUBSCRIBERS_TABLE, LOOKUP, LOOKUP),
      [arn(digestPlanJobs.queue.queueArn)]: [...QUEUE_WORKER, 'sqs:SendMessage'].sort(),
      [arn(sendJobs.queue.queueArn)]: ['sqs:SendMessage'],
    });
  });

  it('send-email: read editions, stories and subscribers, write deliveries, read the hash key, send email', () => {
    const { stack } = synthesised;
    const { sendEmail, sendJobs } = stack.delivery;
    const configurationSetArn = `arn:{AWS::Partition}:ses:{AWS::Region}:{AWS::AccountId}:configuration-set/${arn(
      stack.mail.configurationSet.configurationSetName,
    )}`;
    expect(permissionsOf(sendEmail)).toEqual({
      ...ownLogGroup(sendEmail),
      ...onTable(EDITIONS_TABLE, READ),
      ...onTable(STORIES_TABLE, READ),
      ...onTable(SUBSCRIBERS_TABLE, READ),
      ...onTable(DELIVERIES_TABLE, READ_WRITE),
      [arn(stack.storage.subscriberHashKey.secretArn)]: ['secretsmanager:DescribeSecret', 'secretsmanager:GetSecretValue'],
      [arn(stack.mail.identity.emailIdentityArn)]: ['ses:SendEmail'],
      [configurationSetArn]: ['ses:SendEmail'],
      [arn(sendJobs.queue.queueArn)]: QUEUE_WORKER,
    });
  });
});

describe('what no function may do', () => {
  const allPermissions = () =>
    [
      synthesised.stack.ingestion.planIngest,
      synthesised.stack.ingestion.fetchFeed,
      synthesised.stack.delivery.planDigest,
      synthesised.stack.delivery.sendEmail,
    ].map((fn) => ({ fn: fn.node.id, permissions: permissionsOf(fn) }));

  it('fetch-feed cannot touch subscribers, editions or deliveries', () => {
    const resources = Object.keys(permissionsOf(synthesised.stack.ingestion.fetchFeed));
    for (const schema of [SUBSCRIBERS_TABLE, EDITIONS_TABLE, DELIVERIES_TABLE]) {
      const tableArn = arn(synthesised.stack.storage.table(schema).table.tableArn);
      expect(resources.filter((resource) => resource.startsWith(tableArn))).toEqual([]);
    }
  });

  it('of every function in the stack, only fetch-feed (to read rules) and the editor console touch the Editorial table', () => {
    const editorialArn = arn(synthesised.stack.storage.table(EDITORIAL_TABLE).table.tableArn);
    const holders = Object.entries(synthesised.resources)
      .filter(([, resource]) => resource.Type === 'AWS::Lambda::Function' && resource.Properties?.Role?.['Fn::GetAtt'])
      .map(([logicalId]) => ({
        logicalId,
        actions: Object.entries(permissionsOfRole(synthesised.resources, roleOfFunction(synthesised.resources, logicalId)))
          .filter(([resource]) => resource.startsWith(editorialArn))
          .flatMap(([, actions]) => actions),
      }))
      .filter(({ actions }) => actions.length > 0);
    // The console deletes only there: a session at sign-out.
    expect(holders).toEqual(
      expect.arrayContaining([
        { logicalId: logicalIdOf(synthesised.stack.ingestion.fetchFeed), actions: READ },
        { logicalId: logicalIdOf(synthesised.stack.editorConsole.pages), actions: [...READ_WRITE, 'dynamodb:DeleteItem'].sort() },
      ]),
    );
    expect(holders).toHaveLength(2);
  });

  it('send-email cannot touch feeds', () => {
    const feedsArn = arn(synthesised.stack.storage.table(FEEDS_TABLE).table.tableArn);
    const resources = Object.keys(permissionsOf(synthesised.stack.delivery.sendEmail));
    expect(resources.filter((resource) => resource.startsWith(feedsArn))).toEqual([]);
  });

  it('only send-email can send email or read the subscriber hash key', () => {
    const holders = allPermissions()
      .filter(({ permissions }) =>
        Object.values(permissions).some((actions) => actions.some((action) => action.startsWith('ses:') || action.startsWith('secretsmanager:'))),
      )
      .map(({ fn }) => fn);
    expect(holders).toEqual(['SendEmail']);
  });

  it('no function holds a wildcard action or resource, deletes items, or manages tables', () => {
    for (const { permissions } of allPermissions()) {
      for (const [resource, actions] of Object.entries(permissions)) {
        expect(resource).not.toContain('*');
        for (const action of actions) {
          expect(action).not.toContain('*');
          expect(action).not.toMatch(/^dynamodb:(DeleteItem|BatchWriteItem|DeleteTable|UpdateTable|CreateTable)$/);
        }
      }
    }
  });

  it('no function role has a managed or inline policy beyond its own grants', () => {
    const { ingestion, delivery } = synthesised.stack;
    for (const fn of [ingestion.planIngest, ingestion.fetchFeed, delivery.planDigest, delivery.sendEmail]) {
      const role = synthesised.resources[roleOfFunction(synthesised.resources, logicalIdOf(fn))];
      expect(role.Properties!.ManagedPolicyArns).toBeUndefined();
      expect(role.Properties!.Policies).toBeUndefined();
    }
  });
});
