import type { NewsdeskFunction } from '../../lib/newsdesk-function.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { logicalIdOf, permissionsOfRole, synthNewsdesk, type CloudFormationResource, type SynthesisedNewsdesk } from './newsdesk-synth.js';

let synthesised: SynthesisedNewsdesk;
beforeAll(() => {
  synthesised = synthNewsdesk();
});

function resourcesOfType(type: string): CloudFormationResource[] {
  return Object.values(synthesised.resources).filter((resource) => resource.Type === type);
}

function scheduleTargeting(fn: NewsdeskFunction): CloudFormationResource {
  const functionId = logicalIdOf(fn);
  const schedules = resourcesOfType('AWS::Scheduler::Schedule').filter((schedule) => schedule.Properties!.Target.Arn['Fn::GetAtt']?.[0] === functionId);
  expect(schedules).toHaveLength(1);
  return schedules[0];
}

describe('schedules', () => {
  it('there are three: ingestion, digests and alerts', () => {
    synthesised.template.resourceCountIs('AWS::Scheduler::Schedule', 3);
  });

  it('run match-alerts every ten minutes, with a role that may invoke nothing else and send to its dead-letter queue', () => {
    const fn = synthesised.stack.delivery.matchAlerts;
    const schedule = scheduleTargeting(fn);
    expect(schedule.Properties).toMatchObject({ ScheduleExpression: 'rate(10 minutes)', State: 'ENABLED' });
    const functionId = logicalIdOf(fn);
    const roleId = schedule.Properties!.Target.RoleArn['Fn::GetAtt'][0] as string;
    expect(permissionsOfRole(synthesised.resources, roleId)).toEqual({
      [`${functionId}.Arn`]: ['lambda:InvokeFunction'],
      [`${functionId}.Arn:*`]: ['lambda:InvokeFunction'],
      [`${logicalIdOf(synthesised.stack.delivery.scheduleDeadLetters)}.Arn`]: ['sqs:SendMessage'],
    });
  });

  it('run plan-ingest every 30 minutes', () => {
    const schedule = scheduleTargeting(synthesised.stack.ingestion.planIngest);
    expect(schedule.Properties).toMatchObject({ ScheduleExpression: 'rate(30 minutes)', State: 'ENABLED' });
  });

  it('run plan-digest at the top of every hour', () => {
    const schedule = scheduleTargeting(synthesised.stack.delivery.planDigest);
    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: 'cron(0 * * * ? *)',
      ScheduleExpressionTimezone: 'Etc/UTC',
      State: 'ENABLED',
    });
  });

  it.each(['planIngest', 'planDigest'] as const)('tell %s the time the run was scheduled for', (name) => {
    const fn = name === 'planIngest' ? synthesised.stack.ingestion.planIngest : synthesised.stack.delivery.planDigest;
    const input = JSON.parse(scheduleTargeting(fn).Properties!.Target.Input as string);
    expect(input).toEqual({ scheduledTime: '<aws.scheduler.scheduled-time>' });
  });

  it.each(['planIngest', 'planDigest'] as const)('invoke %s with a role that may invoke nothing else and send to its dead-letter queue', (name) => {
    const fn = name === 'planIngest' ? synthesised.stack.ingestion.planIngest : synthesised.stack.delivery.planDigest;
    const deadLetters = name === 'planIngest' ? synthesised.stack.ingestion.scheduleDeadLetters : synthesised.stack.delivery.scheduleDeadLetters;
    const functionId = logicalIdOf(fn);
    const roleId = scheduleTargeting(fn).Properties!.Target.RoleArn['Fn::GetAtt'][0] as string;
    expect(permissionsOfRole(synthesised.resources, roleId)).toEqual({
      [`${functionId}.Arn`]: ['lambda:InvokeFunction'],
      [`${functionId}.Arn:*`]: ['lambda:InvokeFunction'],
      [`${logicalIdOf(deadLetters)}.Arn`]: ['sqs:SendMessage'],
    });
    const trust = synthesised.resources[roleId].Properties!.AssumeRolePolicyDocument.Statement;
    expect(trust).toEqual([
      expect.objectContaining({
        Principal: { Service: 'scheduler.amazonaws.com' },
        Condition: { StringEquals: expect.objectContaining({ 'aws:SourceAccount': { Ref: 'AWS::AccountId' } }) },
      }),
    ]);
  });
  it.each([
    ['planIngest', 30 * 60],
    ['planDigest', 60 * 60],
  ] as const)('retry a failed %s run only until the next run is due', (name, seconds) => {
    const fn = name === 'planIngest' ? synthesised.stack.ingestion.planIngest : synthesised.stack.delivery.planDigest;
    synthesised.template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: logicalIdOf(fn) },
      MaximumEventAgeInSeconds: seconds,
      MaximumRetryAttempts: 2,
    });
  });
});

describe('work queues', () => {
  const PIPELINE_NAMES = ['feed jobs', 'digest planning pages', 'send jobs'] as const;
  const pipeline = (name: (typeof PIPELINE_NAMES)[number]) => {
    const { ingestion, delivery } = synthesised.stack;
    if (name === 'feed jobs') return { workQueue: ingestion.feedJobs, worker: ingestion.fetchFeed, batchSize: 5 };
    // One page a worker run: a page is what bounds the worker's memory and time.
    if (name === 'digest planning pages') return { workQueue: delivery.digestPlanJobs, worker: delivery.planDigestPage, batchSize: 1 };
    return { workQueue: delivery.sendJobs, worker: delivery.sendEmail, batchSize: 10 };
  };

  it('are the three work queues, their three dead-letter queues, the SES feedback and the schedules’ dead letters, nothing more', () => {
    synthesised.template.resourceCountIs('AWS::SQS::Queue', 9);
    synthesised.template.resourceCountIs('AWS::Lambda::EventSourceMapping', 3);
  });

  it.each(PIPELINE_NAMES)('%s: the worker takes batches and reports the jobs that failed', (name) => {
    const { workQueue, worker, batchSize } = pipeline(name);
    const mappings = resourcesOfType('AWS::Lambda::EventSourceMapping').filter((mapping) => mapping.Properties!.FunctionName.Ref === logicalIdOf(worker));
    expect(mappings).toHaveLength(1);
    expect(mappings[0].Properties).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(workQueue.queue), 'Arn'] },
      BatchSize: batchSize,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
  });

  it.each(PIPELINE_NAMES)('%s: a job moves to the dead-letter queue after three attempts', (name) => {
    const { workQueue } = pipeline(name);
    expect(synthesised.resources[logicalIdOf(workQueue.queue)].Properties!.RedrivePolicy).toEqual({
      deadLetterTargetArn: { 'Fn::GetAtt': [logicalIdOf(workQueue.deadLetterQueue), 'Arn'] },
      maxReceiveCount: 3,
    });
    expect(synthesised.resources[logicalIdOf(workQueue.deadLetterQueue)].Properties).toMatchObject({
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
  });

  it.each(PIPELINE_NAMES)('%s: a job stays hidden for at least six worker timeouts', (name) => {
    const { workQueue, worker } = pipeline(name);
    const workerTimeout = synthesised.resources[logicalIdOf(worker)].Properties!.Timeout as number;
    const visibilityTimeout = synthesised.resources[logicalIdOf(workQueue.queue)].Properties!.VisibilityTimeout as number;
    expect(visibilityTimeout).toBeGreaterThanOrEqual(6 * workerTimeout);
  });

  it('every queue is encrypted and refuses requests without TLS', () => {
    const queueIds = Object.entries(synthesised.resources)
      .filter(([, resource]) => resource.Type === 'AWS::SQS::Queue')
      .map(([id]) => id);
    for (const queueId of queueIds) {
      expect(synthesised.resources[queueId].Properties).toMatchObject({ SqsManagedSseEnabled: true });
      const policies = resourcesOfType('AWS::SQS::QueuePolicy').filter((policy) => policy.Properties!.Queues.some((queue: any) => queue.Ref === queueId));
      expect(policies).toHaveLength(1);
      expect(policies[0].Properties!.PolicyDocument.Statement).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });
});

describe('email', () => {
  it('signs with Easy DKIM for the configured domain and uses the configuration set by default', () => {
    const { mail } = synthesised.stack;
    expect(synthesised.resources[logicalIdOf(mail.identity)].Properties).toMatchObject({
      EmailIdentity: 'newsdesk.example.com',
      DkimAttributes: { SigningEnabled: true },
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: logicalIdOf(mail.configurationSet) } },
    });
  });

  it('suppresses bounced and complaining addresses, tracks reputation, requires TLS, tracks no opens or clicks', () => {
    const properties = synthesised.resources[logicalIdOf(synthesised.stack.mail.configurationSet)].Properties!;
    expect(properties).toMatchObject({
      SuppressionOptions: { SuppressedReasons: ['BOUNCE', 'COMPLAINT'] },
      ReputationOptions: { ReputationMetricsEnabled: true },
      SendingOptions: { SendingEnabled: true },
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
    });
    expect(properties.TrackingOptions).toBeUndefined();
  });
});
