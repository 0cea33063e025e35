/**
 * What Newsdesk costs a month, computed from counts the benchmarks measured and AWS's public
 * on-demand prices for US East (N. Virginia, us-east-1), list prices without free tiers, as
 * published on aws.amazon.com/{dynamodb,lambda,sqs,ses}/pricing:
 * - DynamoDB on-demand: $0.625 per million write request units, $0.125 per million read
 *   request units, $0.25 per GB-month of storage.
 * - Lambda on Arm (Graviton): $0.0000133334 per GB-second, $0.20 per million requests.
 * - SQS standard queues: $0.40 per million requests.
 * - SES outbound email: $0.10 per 1,000 emails.
 */
import { TIME_ZONES } from '../../functions/domain/subscriptions/time-zones.js';
import { REGIONS } from '../../functions/taxonomy/regions.js';

export const PRICES_US_EAST_1 = {
  dynamoWriteUnit: 0.625 / 1e6,
  dynamoReadUnit: 0.125 / 1e6,
  dynamoGbMonth: 0.25,
  lambdaGbSecond: 0.0000133334,
  lambdaRequest: 0.2 / 1e6,
  sqsRequest: 0.4 / 1e6,
  sesEmail: 0.1 / 1000,
} as const;

/** What the benchmarks measured, per unit of work. */
export interface MeasuredCounts {
  /** Subscriber items the due-only planner read per due subscriber. */
  readonly planningItemsReadPerSubscriber: number;
  /** Planning worker seconds per due subscriber (one worker, pages in sequence). */
  readonly planningSecondsPerSubscriber: number;
  /** Table writes and reads the sender made per email sent. */
  readonly tableWritesPerEmail: number;
  readonly tableReadsPerEmail: number;
  /** Sender seconds per email (wall time of a batch of ten over ten). */
  readonly senderSecondsPerEmail: number;
  /** Bytes of one stored subscriber item, and of its entry in the slot index. */
  readonly subscriberItemBytes: number;
}

/** What a month is assumed to hold: one weekly digest, a few alerts. */
export const MONTH = {
  weeks: 52 / 12,
  hours: (365 * 24) / 12,
  alertsPerSubscriber: 4,
  /** Lambda's SQS pollers long-poll each queue around the clock: about 5 pollers × 3 a minute. */
  idlePollsPerQueue: 5 * 3 * 60 * ((365 * 24) / 12),
  queues: 3,
} as const;

const LAMBDA_GB = 0.25;
const SEND_BATCH = 10;
/** A page's worth of readers: one planning message each, sent, received and deleted. */
const PLANNING_PAGE = 1000;

const cents = (value: number) => Math.round(value * 100) / 100;

export function costPerMonthUsd(subscribers: number, measured: MeasuredCounts) {
  const p = PRICES_US_EAST_1;
  const digests = subscribers * MONTH.weeks;
  const emails = digests + subscribers * MONTH.alertsPerSubscriber;
  // Hourly: one key-only probe per zone's slot, one read per region's edition (eventually
  // consistent reads at half a unit; an upper bound, since a Query is charged by size, not item).
  const planningReads = digests * measured.planningItemsReadPerSubscriber * 0.5 + MONTH.hours * (TIME_ZONES.length * 0.5 + REGIONS.length);
  // Consistent reads, one unit each for items under 4 KB; writes one unit each under 1 KB.
  const sendingReads = emails * measured.tableReadsPerEmail;
  const dynamo =
    (planningReads + sendingReads) * p.dynamoReadUnit +
    emails * measured.tableWritesPerEmail * p.dynamoWriteUnit +
    ((subscribers * measured.subscriberItemBytes) / 1e9) * p.dynamoGbMonth;
  const lambdaSeconds = digests * measured.planningSecondsPerSubscriber + emails * measured.senderSecondsPerEmail + MONTH.hours * 3;
  const lambdaRequests = emails / SEND_BATCH + digests / PLANNING_PAGE + MONTH.hours * 2;
  const lambda = lambdaSeconds * LAMBDA_GB * p.lambdaGbSecond + lambdaRequests * p.lambdaRequest;
  // Per ten jobs: one batch send, one receive, one batch delete.
  const sqs = ((emails / SEND_BATCH) * 3 + (digests / PLANNING_PAGE) * 3 + MONTH.idlePollsPerQueue * MONTH.queues) * p.sqsRequest;
  const ses = emails * p.sesEmail;
  return {
    emails: Math.round(emails),
    dynamoDb: cents(dynamo),
    lambda: cents(lambda),
    sqs: cents(sqs),
    ses: cents(ses),
    total: cents(dynamo + lambda + sqs + ses),
  };
}
