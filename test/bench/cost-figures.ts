/** The cost table of `npm run bench`: the cost model fed with this run's own measurements. */
import { costPerMonthUsd, type MeasuredCounts } from './cost-model.js';
import { subscriberItemBytes } from './digest-planning-bench.js';

interface PlanningFigures {
  readonly dueSubscribers: number;
  readonly itemsReadPerDueSubscriber: number;
  readonly secondsPer100kDue: number;
}

export function costFigures(figures: Record<string, unknown>): Record<string, unknown> {
  const sending = (figures.digest as { sending?: { tableWritesPerEmail: number; tableReadsPerEmail: number; senderSecondsPerEmail: number } } | undefined)
    ?.sending;
  const planning = Object.values((figures.digestPlanning ?? {}) as Record<string, PlanningFigures>).filter((run) => run.dueSubscribers > 0);
  if (!sending || planning.length === 0) throw new Error('needs the digest and digestPlanning figures of this run');
  // The largest scale measured: the one whose fixed costs weigh least per subscriber.
  const largest = planning.reduce((a, b) => (b.dueSubscribers > a.dueSubscribers ? b : a));
  const measured: MeasuredCounts = {
    planningItemsReadPerSubscriber: largest.itemsReadPerDueSubscriber,
    planningSecondsPerSubscriber: largest.secondsPer100kDue / 100_000,
    tableWritesPerEmail: sending.tableWritesPerEmail,
    tableReadsPerEmail: sending.tableReadsPerEmail,
    senderSecondsPerEmail: sending.senderSecondsPerEmail,
    subscriberItemBytes: subscriberItemBytes(),
  };
  return {
    region: 'us-east-1',
    measured,
    ...Object.fromEntries([10_000, 100_000, 1_000_000].map((count) => [String(count), costPerMonthUsd(count, measured)])),
  };
}
