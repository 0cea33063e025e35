import { beforeAll, describe, expect, it } from 'vitest';
import { logicalIdOf, synthNewsdesk, type CloudFormationResource, type SynthesisedNewsdesk } from './newsdesk-synth.js';

let synthesised: SynthesisedNewsdesk;
let topicId: string;
beforeAll(() => {
  synthesised = synthNewsdesk({ context: { 'newsdesk:alarmEmail': 'operator@newsdesk.example.com' } });
  topicId = logicalIdOf(synthesised.stack.observability.alarmTopic);
});

function alarms(): CloudFormationResource[] {
  return Object.values(synthesised.resources).filter((resource) => resource.Type === 'AWS::CloudWatch::Alarm');
}

function alarmOn(namespace: string, metricName: string, dimensionValue: unknown): CloudFormationResource {
  const found = alarms().filter(
    (alarm) =>
      alarm.Properties!.Namespace === namespace &&
      alarm.Properties!.MetricName === metricName &&
      JSON.stringify(alarm.Properties!.Dimensions[0].Value) === JSON.stringify(dimensionValue),
  );
  expect(found).toHaveLength(1);
  return found[0];
}

const ABOVE_ZERO = { ComparisonOperator: 'GreaterThanThreshold', Threshold: 0, TreatMissingData: 'notBreaching' };

describe('alarms', () => {
  it("fire when a job reaches any work queue's dead-letter queue", () => {
    for (const workQueue of [synthesised.stack.ingestion.feedJobs, synthesised.stack.delivery.sendJobs, synthesised.stack.delivery.digestPlanJobs]) {
      const alarm = alarmOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible', {
        'Fn::GetAtt': [logicalIdOf(workQueue.deadLetterQueue), 'QueueName'],
      });
      expect(alarm.Properties).toMatchObject({ ...ABOVE_ZERO, Statistic: 'Maximum' });
    }
  });

  it('fire when any function fails', () => {
    const { ingestion, delivery, subscriberApi, archive, editorConsole } = synthesised.stack;
    const functions = [
      ingestion.planIngest,
      ingestion.fetchFeed,
      delivery.planDigest,
      delivery.planDigestPage,
      delivery.sendEmail,
      delivery.matchAlerts,
      subscriberApi.pages,
      subscriberApi.sesEvents,
      archive.pages,
      editorConsole.pages,
    ];
    for (const fn of functions) {
      const alarm = alarmOn('AWS/Lambda', 'Errors', { Ref: logicalIdOf(fn) });
      expect(alarm.Properties).toMatchObject({ ...ABOVE_ZERO, Statistic: 'Sum' });
    }
  });

  it('fire when a feed is declared dead, on the metric the functions publish', () => {
    const alarm = alarmOn('Newsdesk', 'DeadFeeds', 'newsdesk');
    expect(alarm.Properties).toMatchObject({
      ...ABOVE_ZERO,
      Statistic: 'Sum',
      Dimensions: [{ Name: 'service', Value: 'newsdesk' }],
    });
  });

  it("fire when a press page's layout changed so its selectors find nothing", () => {
    const alarm = alarmOn('Newsdesk', 'PressPageLayoutChanged', 'newsdesk');
    expect(alarm.Properties).toMatchObject({ ...ABOVE_ZERO, Statistic: 'Sum', Dimensions: [{ Name: 'service', Value: 'newsdesk' }] });
    expect(alarm.Properties!.AlarmDescription).toMatch(/parse-page/);
  });

  it('fire when a bounce or complaint event failed every attempt', () => {
    const alarm = alarmOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible', {
      'Fn::GetAtt': [logicalIdOf(synthesised.stack.subscriberApi.feedbackDeadLetters), 'QueueName'],
    });
    expect(alarm.Properties).toMatchObject({ ...ABOVE_ZERO, Statistic: 'Maximum' });
  });

  it('are the sixteen above, a throttle alarm per function, the schedules’ dead letters, SES reputation and missed digests; each notifies the alarm topic when it fires and when it clears', () => {
    expect(alarms()).toHaveLength(16 + 10 + 2 + 2 + 2);
    for (const alarm of alarms()) {
      expect(alarm.Properties).toMatchObject({ AlarmActions: [{ Ref: topicId }], OKActions: [{ Ref: topicId }] });
    }
  });
});

describe('the alarm topic', () => {
  it('accepts publishing over TLS only', () => {
    synthesised.template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: [
          {
            Action: 'sns:Publish',
            Effect: 'Deny',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            Principal: '*',
            Resource: { Ref: topicId },
            Sid: 'AllowPublishThroughSSLOnly',
          },
        ],
      },
    });
  });

  it('emails the operator named in the context', () => {
    synthesised.template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'operator@newsdesk.example.com',
      TopicArn: { Ref: topicId },
    });
  });
});

describe('the dashboard', () => {
  it('charts the functions, the queues and the domain metrics', () => {
    const dashboards = Object.values(synthesised.resources).filter((resource) => resource.Type === 'AWS::CloudWatch::Dashboard');
    expect(dashboards).toHaveLength(1);
    const body = JSON.stringify(dashboards[0].Properties!.DashboardBody);
    for (const metric of ['StoriesIngested', 'FeedFailures', 'DeadFeeds', 'DigestsSent', 'AlertsSent', 'Errors', 'ApproximateAgeOfOldestMessage']) {
      expect(body).toContain(metric);
    }
  });
});
