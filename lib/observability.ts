/**
 * What an operator watches: alarms that publish to one topic, and one dashboard. Other
 * constructs register their functions and queues here, so nothing new goes unwatched.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, Dashboard, GraphWidget, Metric, TextWidget, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { METRICS_NAMESPACE, SERVICE_NAME } from './newsdesk-function.js';
import type { WorkQueue } from './work-queue.js';

export interface ObservabilityProps {
  /** An address that receives every alarm; confirm the subscription email once. @default none */
  readonly alarmEmail?: string;
}

/** A Newsdesk domain metric, as Powertools publishes it: the service is its only dimension. */
export function newsdeskMetric(metricName: string, period = Duration.minutes(5)): Metric {
  return new Metric({
    namespace: METRICS_NAMESPACE,
    metricName,
    dimensionsMap: { service: SERVICE_NAME },
    statistic: 'Sum',
    period,
  });
}

export class Observability extends Construct {
  readonly alarmTopic: Topic;
  readonly dashboard: Dashboard;
  readonly alarms: Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityProps = {}) {
    super(scope, id);
    // Not encrypted with KMS: it carries alarm state changes only, never personal data, and
    // CloudWatch cannot publish to a topic under the AWS managed SNS key.
    this.alarmTopic = new Topic(this, 'AlarmTopic', { displayName: 'Newsdesk alarms', enforceSSL: true });
    if (props.alarmEmail) this.alarmTopic.addSubscription(new EmailSubscription(props.alarmEmail));

    this.dashboard = new Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
    });
    this.dashboard.addWidgets(
      new TextWidget({
        markdown:
          '# Newsdesk\nA dead-letter queue above zero holds jobs that failed three times: read the ' +
          'function logs for their ids, fix the cause, then redrive the queue.',
        width: 24,
        height: 2,
      }),
    );

    const ingested = newsdeskMetric('StoriesIngested', Duration.hours(1));
    const feedFailures = newsdeskMetric('FeedFailures', Duration.hours(1));
    const deadFeeds = newsdeskMetric('DeadFeeds', Duration.hours(1));
    const layoutChanged = newsdeskMetric('PressPageLayoutChanged', Duration.hours(1));
    this.dashboard.addWidgets(
      graph('Stories ingested', [ingested]),
      graph('Feed failures, dead feeds and press pages whose layout changed', [feedFailures, deadFeeds, layoutChanged]),
      graph('Emails sent, and sends that failed for good', [
        newsdeskMetric('DigestsSent', Duration.hours(1)),
        newsdeskMetric('AlertsSent', Duration.hours(1)),
        newsdeskMetric('SendsFailedPermanently', Duration.hours(1)),
      ]),
    );
    // A feed is declared dead after repeated failures: its stories stop arriving until an
    // editor fixes or removes it.
    this.addAlarm('DeadFeeds', deadFeeds, 'A feed was declared dead after repeated failures');
    // Waiting will not fix a press page whose selectors find nothing: someone must update them.
    this.addAlarm(
      'PressPageLayoutChanged',
      layoutChanged,
      "A press page's selectors found no releases: its layout changed; check them with `newsdesk parse-page` and update the source",
    );
  }

  /**
   * The SES account's reputation, as SES itself measures it over the recent sends: well under
   * the rates at which SES puts an account under review (5% bounces, 0.1% complaints).
   */
  watchSesReputation(limits: { bounceRate: number; complaintRate: number } = { bounceRate: 0.02, complaintRate: 0.0005 }): void {
    const reputation = (metricName: string) => new Metric({ namespace: 'AWS/SES', metricName, statistic: 'Maximum', period: Duration.hours(1) });
    this.addAlarm(
      'SesBounceRate',
      reputation('Reputation.BounceRate'),
      `More than ${limits.bounceRate * 100}% of the account's email bounced`,
      limits.bounceRate,
    );
    this.addAlarm(
      'SesComplaintRate',
      reputation('Reputation.ComplaintRate'),
      `More than ${limits.complaintRate * 100}% of the account's email was reported as spam`,
      limits.complaintRate,
    );
  }

  /**
   * Digests that did not go out: readers due whose every region was held for an approval that
   * had not come (the planner emits `DigestReadersMissed`), and a whole week without one digest.
   */
  watchDigestDelivery(): void {
    this.addAlarm(
      'DigestReadersMissed',
      newsdeskMetric('DigestReadersMissed', Duration.hours(1)),
      "Readers' send time came while their region's edition still waited for approval: they got no digest this week",
    );
    const sentPerDay = newsdeskMetric('DigestsSent', Duration.days(1));
    const noDigestForAWeek = new Alarm(this, 'NoDigestsForAWeekAlarm', {
      alarmDescription: 'Not one digest went out for seven days',
      metric: sentPerDay,
      threshold: 1,
      comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
      evaluationPeriods: 7,
      // No data is what a silent sender looks like.
      treatMissingData: TreatMissingData.BREACHING,
    });
    this.notify(noDigestForAWeek);
  }

  /** Alarms on any error of the function and puts its invocations, errors and duration on the dashboard. */
  watchFunction(label: string, fn: IFunction): void {
    const errors = fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' });
    this.addAlarm(`${label}Errors`, errors, `The ${label} function failed`);
    // A throttled function is one whose concurrency ran out: work waits, or a page fails.
    this.addAlarm(`${label}Throttles`, fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }), `The ${label} function was throttled`);
    this.dashboard.addWidgets(
      graph(`${label}: invocations and errors`, [fn.metricInvocations({ statistic: 'Sum' }), errors]),
      graph(`${label}: duration (p99)`, [fn.metricDuration({ statistic: 'p99' })]),
    );
  }

  /** Alarms when a job reaches the dead-letter queue and charts the backlog of both queues. */
  watchWorkQueue(label: string, workQueue: WorkQueue): void {
    const deadLetters = workQueue.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
      period: Duration.minutes(5),
      statistic: 'Maximum',
    });
    this.addAlarm(`${label}DeadLetters`, deadLetters, `A job of the ${label} queue failed every attempt and waits in its dead-letter queue`);
    this.dashboard.addWidgets(
      graph(`${label}: waiting jobs and dead letters`, [workQueue.queue.metricApproximateNumberOfMessagesVisible({ statistic: 'Maximum' }), deadLetters]),
      graph(`${label}: age of the oldest job (seconds)`, [workQueue.queue.metricApproximateAgeOfOldestMessage({ statistic: 'Maximum' })]),
    );
  }

  /** Alarms when anything lands in a dead-letter queue that has no work queue of its own. */
  watchDeadLetterQueue(label: string, queue: IQueue): void {
    const waiting = queue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum' });
    this.addAlarm(`${label}DeadLetters`, waiting, `An event of ${label} failed every attempt and waits in its dead-letter queue`);
  }

  /** An alarm when the metric is above the threshold (zero by default); missing data means nothing happened. */
  private addAlarm(id: string, metric: IMetric, description: string, threshold = 0): Alarm {
    const alarm = new Alarm(this, `${id}Alarm`, {
      alarmDescription: description,
      metric,
      threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    return this.notify(alarm);
  }

  private notify(alarm: Alarm): Alarm {
    const notify = new SnsAction(this.alarmTopic);
    alarm.addAlarmAction(notify);
    // The all-clear too, so whoever was paged knows when it is over.
    alarm.addOkAction(notify);
    this.alarms.push(alarm);
    return alarm;
  }
}

function graph(title: string, metrics: IMetric[]): GraphWidget {
  return new GraphWidget({ title, left: metrics, width: 12, height: 6 });
}
