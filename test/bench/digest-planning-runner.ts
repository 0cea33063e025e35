/**
 * One planner run in a process of its own, for the planning benchmark: the store runs in
 * another process, so this process's peak resident memory is the planner's alone. Prints one
 * JSON line: seconds of planning, peak MB, subscriber items read, send jobs queued.
 *
 * Usage: tsx digest-planning-runner.ts <due|whole-table> <dynamo endpoint> <tables JSON> <now ISO>
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { existsSync, readFileSync } from 'node:fs';
import { DynamoEditionRepository } from '../../functions/adapters/dynamo/edition-repository.js';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { DynamoSubscriberRepository } from '../../functions/adapters/dynamo/subscriber-repository.js';
import { DynamoWatermarkStore } from '../../functions/adapters/dynamo/watermark-store.js';
import { planDigest } from '../../functions/domain/digest/plan-digest.js';
import { planDigestPage, planDueDigests } from '../../functions/domain/digest/plan-due-digests.js';
import type { DigestPlanJob, DigestSendJob } from '../../functions/domain/digest/ports.js';
import type { JobQueue } from '../../functions/domain/ports.js';
import { DIGEST_PLAN_PAGE_SIZE } from '../../functions/wiring/delivery.js';

const [mode, endpoint, tablesJson, nowIso] = process.argv.slice(2);
const tables = JSON.parse(tablesJson) as Record<string, string>;
const now = new Date(nowIso);

const dynamo = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 10 });
let subscriberItemsRead = 0;
dynamo.middlewareStack.add(
  (next) => async (args) => {
    const result = await next(args);
    const input = args.input as { TableName?: string };
    const output = result.output as { ScannedCount?: number; Item?: unknown };
    if (input.TableName === tables.Subscribers) subscriberItemsRead += output.ScannedCount ?? (output.Item ? 1 : 0);
    return result;
  },
  { step: 'initialize', name: 'countSubscriberReads' },
);

/** Counts send jobs and keeps none: what SQS would hold is not the planner's memory. */
class CountingQueue implements JobQueue<DigestSendJob> {
  count = 0;
  async enqueue(jobs: readonly DigestSendJob[]) {
    this.count += jobs.length;
  }
}

const stories = new DynamoStoryRepository(dynamo, tables.Stories);
const editions = new DynamoEditionRepository(dynamo, tables.Editions);
const subscribers = new DynamoSubscriberRepository(dynamo, tables.Subscribers);
const sendQueue = new CountingQueue();

const started = performance.now();
if (mode === 'whole-table') {
  await planDigest({ stories, editions, subscribers, sendQueue, maxItemsPerEdition: 10, autoSendRegion: () => true }, now);
} else {
  // The planning queue as the workers would see it; each page runs as one worker invocation.
  const pages: DigestPlanJob[] = [];
  const planQueue: JobQueue<DigestPlanJob> = { enqueue: async (jobs) => void pages.push(...jobs) };
  await planDueDigests(
    { stories, editions, dueSubscribers: subscribers, planQueue, watermarks: new DynamoWatermarkStore(dynamo, tables.Editions), maxItemsPerEdition: 10 },
    now,
  );
  while (pages.length > 0) {
    await planDigestPage(
      { editions, dueSubscribers: subscribers, planQueue, sendQueue, autoSendRegion: () => true, pageSize: DIGEST_PLAN_PAGE_SIZE },
      pages.shift()!,
    );
  }
}
const seconds = (performance.now() - started) / 1000;
/**
 * The kernel's own high-water mark of this process's memory: no sampling to miss a peak. Linux
 * keeps getrusage's maxRSS across exec, so there it would report the resident size of the
 * benchmark process this one was forked from (1.3 GB once that had seeded a store); VmHWM
 * belongs to the address space that exec made, the planner's alone.
 */
function peakResidentMb(): number {
  const status = existsSync('/proc/self/status') ? readFileSync('/proc/self/status', 'utf8') : '';
  const highWaterKb = Number(status.match(/^VmHWM:\s*(\d+)\s*kB/m)?.[1] ?? Number.NaN);
  return Math.round((Number.isFinite(highWaterKb) ? highWaterKb : process.resourceUsage().maxRSS) / 1024);
}
const peakMb = peakResidentMb();
process.stdout.write(`${JSON.stringify({ seconds, peakMb, subscriberItemsRead, jobs: sendQueue.count })}\n`);
