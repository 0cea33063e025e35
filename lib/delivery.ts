/**
 * Delivery: every hour plan-digest composes the week's editions and queues each digest slot now
 * due on the planning queue; plan-digest-page workers turn one page of a slot's readers each
 * into send jobs, so no invocation holds more than a page however many subscribers there are;
 * send-email, the one sender, claims each delivery once, then sends it through SES.
 * The alert matcher queues its jobs on the same send-jobs queue, so one place holds the SES rate.
 */
import { Duration } from 'aws-cdk-lib';
import { Schedule, ScheduleExpression } from 'aws-cdk-lib/aws-scheduler';
import { Construct } from 'constructs';
import { ENV } from '../functions/config/env.js';
import { DELIVERIES_TABLE, EDITIONS_TABLE, STORIES_TABLE, SUBSCRIBERS_TABLE } from '../functions/adapters/dynamo/table-schema.js';
import type { Mail } from './mail.js';
import { bindTable, handlerEntry, NewsdeskFunction, type LogLevel } from './newsdesk-function.js';
import { invokeWithScheduledTime, scheduleDeadLetterQueue } from './scheduled-invoke.js';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import type { Storage } from './storage.js';
import { WorkQueue } from './work-queue.js';

export interface DeliveryProps {
  readonly storage: Storage;
  readonly mail: Mail;
  /** Where the subscriber pages live. */
  readonly publicBaseUrl: string;
  /**
   * Caps concurrent send-email invocations so sending stays under the account's SES rate.
   * @default 5
   */
  readonly maxConcurrentSends?: number;
  /**
   * The account's SES sending rate, emails a second. Each concurrent sender gets its share.
   * @default 14 (a new production account's rate)
   */
  readonly sesMaxSendRate?: number;
  readonly digestSettings?: DigestSettings;
  readonly logLevel?: LogLevel;
}

/** Editorial settings an operator may change with a deploy of configuration only. */
export interface DigestSettings {
  /** Regions whose drafts wait for an editor's approval instead of sending. @default none */
  readonly heldRegions?: readonly string[];
  /** @default the functions' own default */
  readonly maxItemsPerEdition?: number;
}

export function digestSettingsEnvironment(settings: DigestSettings = {}): Record<string, string> {
  const environment: Record<string, string> = {};
  if (settings.heldRegions?.length) environment[ENV.digestHeldRegions] = settings.heldRegions.join(',');
  if (settings.maxItemsPerEdition !== undefined) {
    if (!Number.isInteger(settings.maxItemsPerEdition) || settings.maxItemsPerEdition < 1) {
      throw new RangeError('maxItemsPerEdition must be a positive whole number');
    }
    environment[ENV.maxItemsPerEdition] = String(settings.maxItemsPerEdition);
  }
  return environment;
}

export class Delivery extends Construct {
  readonly planDigest: NewsdeskFunction;
  readonly planDigestPage: NewsdeskFunction;
  /** Pages of due digest readers, from the planner to the planning workers. */
  readonly digestPlanJobs: WorkQueue;
  readonly sendEmail: NewsdeskFunction;
  readonly matchAlerts: NewsdeskFunction;
  readonly sendJobs: WorkQueue;
  readonly schedule: Schedule;
  readonly alertSchedule: Schedule;
  /** Digest and alert runs that Scheduler could not deliver to their function. */
  readonly scheduleDeadLetters: Queue;

  constructor(scope: Construct, id: string, props: DeliveryProps) {
    super(scope, id);
    const { storage } = props;
    const sendTimeout = Duration.seconds(60);
    const maxConcurrentSends = props.maxConcurrentSends ?? 5;
    // Each sender instance paces itself at its share of the account's rate.
    const sendsPerSecondEach = (props.sesMaxSendRate ?? 14) / maxConcurrentSends;

    this.planDigest = new NewsdeskFunction(this, 'PlanDigest', {
      entry: handlerEntry('plan-digest'),
      description: "Composes the week's editions and queues the digest slots due this hour for planning",
      memorySize: 512,
      timeout: Duration.minutes(5),
      logLevel: props.logLevel,
      environment: digestSettingsEnvironment(props.digestSettings),
    });
    const planPageTimeout = Duration.minutes(2);
    this.planDigestPage = new NewsdeskFunction(this, 'PlanDigestPage', {
      entry: handlerEntry('plan-digest-page'),
      description: 'Turns one page of a due digest slot into one send job per reader',
      // A page is a thousand readers: memory is bounded by the page, not by the list.
      memorySize: 256,
      timeout: planPageTimeout,
      logLevel: props.logLevel,
      environment: digestSettingsEnvironment(props.digestSettings),
    });
    this.sendEmail = new NewsdeskFunction(this, 'SendEmail', {
      entry: handlerEntry('send-email'),
      description: 'Sends queued digest and alert emails, each claimed once per recipient, through SES',
      timeout: sendTimeout,
      logLevel: props.logLevel,
      // Every link in an email (preferences, unsubscribe, archive) starts with it.
      environment: {
        [ENV.publicBaseUrl]: props.publicBaseUrl,
        [ENV.sesMaxSendRate]: String(sendsPerSecondEach),
        ...digestSettingsEnvironment(props.digestSettings),
      },
    });
    this.matchAlerts = new NewsdeskFunction(this, 'MatchAlerts', {
      entry: handlerEntry('match-alerts'),
      description: 'Finds the stories stored in each closed alert window and queues one alert per interested subscriber',
      timeout: Duration.minutes(2),
      logLevel: props.logLevel,
    });

    this.sendJobs = new WorkQueue(this, 'SendJobs', { workerTimeout: sendTimeout });

    this.digestPlanJobs = new WorkQueue(this, 'DigestPlanJobs', { workerTimeout: planPageTimeout });

    // The hourly path never scans: it reads by key and queries indexes, whatever the table holds.
    bindTable(this.planDigest, storage.table(STORIES_TABLE), 'read', { scan: false });
    bindTable(this.planDigest, storage.table(EDITIONS_TABLE), 'readWrite', { scan: false });
    // Readers whose dated pause has ended are written back into their digest slot.
    bindTable(this.planDigest, storage.table(SUBSCRIBERS_TABLE), 'readWrite', { scan: false });
    this.digestPlanJobs.bindSender(this.planDigest, ENV.digestPlanQueueUrl);

    bindTable(this.planDigestPage, storage.table(EDITIONS_TABLE), 'readWrite', { scan: false });
    bindTable(this.planDigestPage, storage.table(SUBSCRIBERS_TABLE), 'read', { scan: false });
    // A worker queues the next page of its slot, and the send jobs of its own page.
    this.digestPlanJobs.bindSender(this.planDigestPage, ENV.digestPlanQueueUrl);
    this.sendJobs.bindSender(this.planDigestPage, ENV.sendJobsQueueUrl);
    this.digestPlanJobs.attachWorker(this.planDigestPage, { batchSize: 1 });

    bindTable(this.sendEmail, storage.table(EDITIONS_TABLE), 'read');
    bindTable(this.sendEmail, storage.table(STORIES_TABLE), 'read');
    bindTable(this.sendEmail, storage.table(SUBSCRIBERS_TABLE), 'read');
    bindTable(this.sendEmail, storage.table(DELIVERIES_TABLE), 'readWrite');
    storage.bindSubscriberHashKey(this.sendEmail);
    props.mail.bindSender(this.sendEmail);
    this.sendJobs.attachWorker(this.sendEmail, {
      batchSize: 10,
      maxConcurrency: maxConcurrentSends,
    });

    bindTable(this.matchAlerts, storage.table(STORIES_TABLE), 'read');
    bindTable(this.matchAlerts, storage.table(SUBSCRIBERS_TABLE), 'read');
    // The alert watermark is an item of the Editions table.
    bindTable(this.matchAlerts, storage.table(EDITIONS_TABLE), 'readWrite');
    this.sendJobs.bindSender(this.matchAlerts, ENV.sendJobsQueueUrl);

    this.scheduleDeadLetters = scheduleDeadLetterQueue(this, 'ScheduleDeadLetters');
    // Scheduler invokes asynchronously: a failed run is retried, but never once the next run is due.
    this.planDigest.configureAsyncInvoke({ maxEventAge: Duration.hours(1), retryAttempts: 2 });
    this.schedule = new Schedule(this, 'Schedule', {
      description: 'Starts a Newsdesk digest run at the top of every hour',
      // At minute 0 rather than rate(1 hour): a subscriber who chose 08:00 gets the digest at
      // 08:00 local time, not at whatever minute the schedule happened to be created.
      schedule: ScheduleExpression.cron({ minute: '0' }),
      target: invokeWithScheduledTime(this, this.planDigest, Duration.hours(1), this.scheduleDeadLetters),
    });
    this.matchAlerts.configureAsyncInvoke({ maxEventAge: Duration.minutes(10), retryAttempts: 2 });
    this.alertSchedule = new Schedule(this, 'AlertSchedule', {
      description: 'Starts a Newsdesk alert match every ten minutes',
      schedule: ScheduleExpression.rate(Duration.minutes(10)),
      target: invokeWithScheduledTime(this, this.matchAlerts, Duration.minutes(10), this.scheduleDeadLetters),
    });
  }
}
