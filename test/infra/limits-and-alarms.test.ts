/** The operator's safety net: alarms on reputation, missed digests and throttles, and the limits that keep one load from starving another. */
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE_ROUTES, DEFAULT_ARCHIVE_THROTTLE } from '../../lib/archive.js';
import { DEFAULT_API_THROTTLE } from '../../lib/subscriber-api.js';
import { logicalIdOf, synthNewsdesk, type CloudFormationResource, type SynthesisedNewsdesk } from './newsdesk-synth.js';

let synthesised: SynthesisedNewsdesk;
beforeAll(() => {
  synthesised = synthNewsdesk();
});

function resourcesOfType(type: string): CloudFormationResource[] {
  return Object.values(synthesised.resources).filter((resource) => resource.Type === type);
}

function alarmsOn(namespace: string, metricName: string): CloudFormationResource[] {
  return resourcesOfType('AWS::CloudWatch::Alarm').filter((alarm) => alarm.Properties!.Namespace === namespace && alarm.Properties!.MetricName === metricName);
}

describe('SES reputation alarms', () => {
  it('fire when more than 2% of the account’s email bounces', () => {
    const [alarm] = alarmsOn('AWS/SES', 'Reputation.BounceRate');
    expect(alarm.Properties).toMatchObject({ Threshold: 0.02, ComparisonOperator: 'GreaterThanThreshold', Statistic: 'Maximum' });
    expect(alarm.Properties!.Dimensions).toBeUndefined();
  });

  it('fire when more than 0.05% of it is reported as spam', () => {
    const [alarm] = alarmsOn('AWS/SES', 'Reputation.ComplaintRate');
    expect(alarm.Properties).toMatchObject({ Threshold: 0.0005, ComparisonOperator: 'GreaterThanThreshold', Statistic: 'Maximum' });
  });
});

describe('missed digests', () => {
  it('alarm when readers’ send time came while their edition waited for approval', () => {
    const [alarm] = alarmsOn('Newsdesk', 'DigestReadersMissed');
    expect(alarm.Properties).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', Statistic: 'Sum', Period: 3600 });
  });

  it('alarm when not one digest went out for seven days, silence included', () => {
    const [alarm] = alarmsOn('Newsdesk', 'DigestsSent');
    expect(alarm.Properties).toMatchObject({
      Threshold: 1,
      ComparisonOperator: 'LessThanThreshold',
      Period: 86_400,
      EvaluationPeriods: 7,
      TreatMissingData: 'breaching',
    });
  });
});

describe('function throttles', () => {
  it('alarm for every function', () => {
    const functions = resourcesOfType('AWS::Lambda::Function').filter((fn) => fn.Properties!.Handler === 'index.handler');
    const throttled = new Set(alarmsOn('AWS/Lambda', 'Throttles').map((alarm) => JSON.stringify(alarm.Properties!.Dimensions[0].Value)));
    const { ingestion, delivery, subscriberApi, archive, editorConsole } = synthesised.stack;
    const watched = [
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
    expect(functions.length).toBe(watched.length);
    for (const fn of watched) expect(throttled.has(JSON.stringify({ Ref: logicalIdOf(fn) }))).toBe(true);
  });
});

describe('limits', () => {
  it('reserve concurrency for the subscriber pages, so sign-ups cannot take what sending needs', () => {
    const pages = synthesised.resources[logicalIdOf(synthesised.stack.subscriberApi.pages)];
    expect(pages.Properties!.ReservedConcurrentExecutions).toBe(20);
    for (const fn of [synthesised.stack.delivery.sendEmail, synthesised.stack.delivery.planDigestPage]) {
      expect(synthesised.resources[logicalIdOf(fn)].Properties!.ReservedConcurrentExecutions).toBeUndefined();
    }
  });

  it('throttle every archive route on a budget of its own, apart from the stage’s', () => {
    const [stage] = resourcesOfType('AWS::ApiGatewayV2::Stage');
    const routeSettings = stage.Properties!.RouteSettings as Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
    for (const path of ARCHIVE_ROUTES) {
      for (const method of ['GET', 'HEAD']) {
        expect(routeSettings[`${method} ${path}`]).toEqual({
          ThrottlingRateLimit: DEFAULT_ARCHIVE_THROTTLE.rateLimit,
          ThrottlingBurstLimit: DEFAULT_ARCHIVE_THROTTLE.burstLimit,
        });
      }
    }
    expect(Object.keys(routeSettings).some((route) => route.includes('/subscribe'))).toBe(false);
    expect(DEFAULT_ARCHIVE_THROTTLE.rateLimit).toBeLessThan(DEFAULT_API_THROTTLE.rateLimit);
    // Every route key the settings name exists on the API.
    const routeKeys = new Set(resourcesOfType('AWS::ApiGatewayV2::Route').map((route) => route.Properties!.RouteKey));
    for (const key of Object.keys(routeSettings)) expect(routeKeys.has(key)).toBe(true);
  });

  it('give every schedule target a dead-letter queue, watched by an alarm', () => {
    const schedules = resourcesOfType('AWS::Scheduler::Schedule');
    expect(schedules).toHaveLength(3);
    const deadLetterIds = new Set([logicalIdOf(synthesised.stack.ingestion.scheduleDeadLetters), logicalIdOf(synthesised.stack.delivery.scheduleDeadLetters)]);
    for (const schedule of schedules) {
      const arn = schedule.Properties!.Target.DeadLetterConfig.Arn['Fn::GetAtt'];
      expect(deadLetterIds.has(arn[0])).toBe(true);
    }
    for (const id of deadLetterIds) {
      const watched = alarmsOn('AWS/SQS', 'ApproximateNumberOfMessagesVisible').filter(
        (alarm) => JSON.stringify(alarm.Properties!.Dimensions[0].Value) === JSON.stringify({ 'Fn::GetAtt': [id, 'QueueName'] }),
      );
      expect(watched).toHaveLength(1);
    }
  });
});
