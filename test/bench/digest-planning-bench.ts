/**
 * Digest planning at scale: subscribers spread over real time zones in a DynamoDB stand-in
 * (dynalite) that runs in a process of its own, planned once by the due-only planner (slot
 * index, a page per worker) and once by the whole-table planner it replaced, each in a fresh
 * process so that its peak memory is its own. Figures per scale: subscriber items read per
 * due subscriber, the planner's peak resident MB, and seconds per 100,000 due subscribers.
 */
import { BatchWriteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { DynamoStoryRepository } from '../../functions/adapters/dynamo/story-repository.js';
import { digestSlotOf } from '../../functions/domain/digest/digest-slots.js';
import type { Subscriber } from '../../functions/domain/subscriptions/types.js';
import { createTables } from '../../functions/local/create-tables.js';
import { aStory, aSubscriber } from '../support/digest-fixtures.js';
import { saveIngestedStory } from '../../functions/domain/stories/save-story.js';

/** Monday 00:00 UTC: 08:00 in Hong Kong, Singapore, Perth and the rest of UTC+8. */
export const PLANNED_AT = new Date('2026-11-30T00:00:00Z');

/**
 * Where readers of a privacy newsletter might live, weighted roughly by where such news is
 * read: every zone a real IANA zone, with half-hour (Kolkata) and southern (Sydney) ones.
 */
const ZONE_WEIGHTS: readonly [string, number][] = [
  ['America/New_York', 12],
  ['America/Chicago', 6],
  ['America/Denver', 2],
  ['America/Los_Angeles', 8],
  ['America/Toronto', 3],
  ['America/Sao_Paulo', 3],
  ['America/Mexico_City', 2],
  ['Europe/London', 8],
  ['Europe/Dublin', 2],
  ['Europe/Paris', 5],
  ['Europe/Berlin', 6],
  ['Europe/Madrid', 3],
  ['Europe/Rome', 3],
  ['Europe/Amsterdam', 2],
  ['Europe/Stockholm', 1],
  ['Europe/Warsaw', 1],
  ['Europe/Zurich', 1],
  ['Asia/Hong_Kong', 6],
  ['Asia/Shanghai', 3],
  ['Asia/Taipei', 2],
  ['Asia/Singapore', 3],
  ['Asia/Tokyo', 4],
  ['Asia/Seoul', 2],
  ['Asia/Kolkata', 4],
  ['Asia/Dubai', 1],
  ['Australia/Sydney', 3],
  ['Australia/Perth', 1],
  ['Pacific/Auckland', 1],
  ['Africa/Johannesburg', 1],
  ['Africa/Lagos', 1],
  ['Asia/Manila', 1],
  ['Asia/Jakarta', 1],
];
const ZONE_WHEEL = ZONE_WEIGHTS.flatMap(([zone, weight]) => Array<string>(weight).fill(zone));
const REGION_CHOICES = [['hk'], ['europe'], ['asia-pacific'], ['hk', 'asia-pacific'], ['greater-china'], ['north-america'], ['gb'], ['eu', 'gb']];

/** Reader number `index`: a zone from the wheel, and one in ten at a time of their own choosing. */
function readerNumber(index: number): Subscriber {
  const chooses = index % 10 === 9;
  return aSubscriber({
    subscriberId: `reader-${String(index).padStart(7, '0')}`,
    email: `reader-${index}@reader.example`,
    regions: REGION_CHOICES[index % REGION_CHOICES.length],
    timeZone: ZONE_WHEEL[(index * 7919) % ZONE_WHEEL.length],
    frequency: index % 5 === 4 ? 'both' : 'weekly',
    ...(chooses ? { digestWeekday: 1 + (index % 7), digestHour: 6 + (index % 12) } : {}),
  });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/** dynalite in its own Node process, listening on a loopback port. */
async function startStore(): Promise<{ endpoint: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [resolve('node_modules/dynalite/cli.js'), '--port', String(port), '--host', '127.0.0.1', '--createTableMs', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    child.stdout.once('data', () => ready());
    child.once('exit', (code) => fail(new Error(`dynalite exited with ${code}`)));
  });
  return { endpoint: `http://127.0.0.1:${port}`, child };
}

/** Writes the readers as the repository would store them, digest slot included. */
async function seedReaders(client: DynamoDBClient, table: string, count: number): Promise<void> {
  const inFlight = 8;
  for (let start = 0; start < count; start += 25 * inFlight) {
    const requests = [];
    for (let batch = start; batch < Math.min(count, start + 25 * inFlight); batch += 25) {
      const items = [];
      for (let index = batch; index < Math.min(count, batch + 25); index += 1) {
        const reader = readerNumber(index);
        const slot = digestSlotOf(reader);
        items.push({ PutRequest: { Item: marshall(slot ? { ...reader, digestSlot: slot } : reader, { removeUndefinedValues: true }) } });
      }
      requests.push(client.send(new BatchWriteItemCommand({ RequestItems: { [table]: items } })));
    }
    const results = await Promise.all(requests);
    if (results.some((result) => Object.keys(result.UnprocessedItems ?? {}).length > 0)) throw new Error('the store left writes unprocessed');
  }
}

interface RunFigures {
  readonly seconds: number;
  readonly peakMb: number;
  readonly subscriberItemsRead: number;
  readonly jobs: number;
}

async function runPlanner(mode: 'due' | 'whole-table', endpoint: string, tables: Record<string, string>): Promise<RunFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--max-old-space-size=8192',
      '--import',
      'tsx',
      resolve('test/bench/digest-planning-runner.ts'),
      mode,
      endpoint,
      JSON.stringify(tables),
      PLANNED_AT.toISOString(),
    ],
    { maxBuffer: 1 << 20, env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'ERROR', POWERTOOLS_METRICS_DISABLED: 'true' } },
  );
  return JSON.parse(stdout.trim().split('\n').pop()!) as RunFigures;
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function figuresOf(run: RunFigures) {
  return {
    dueSubscribers: run.jobs,
    itemsReadPerDueSubscriber: run.jobs ? round(run.subscriberItemsRead / run.jobs, 3) : null,
    plannerPeakMb: run.peakMb,
    secondsPer100kDue: run.jobs ? round((run.seconds * 100_000) / run.jobs, 1) : null,
    seconds: round(run.seconds, 1),
  };
}

/** Bytes of a typical stored reader and of its slot index entry (keys and regions). */
export function subscriberItemBytes(): number {
  const reader = readerNumber(1);
  return (
    JSON.stringify(reader).length + JSON.stringify({ digestSlot: digestSlotOf(reader), subscriberId: reader.subscriberId, regions: reader.regions }).length
  );
}

export async function benchDigestPlanning(scales: readonly number[] = [100_000, 1_000_000], options: { wholeTableUpTo?: number } = {}) {
  const figures: Record<string, unknown> = {};
  for (const count of scales) {
    const store = await startStore();
    try {
      const client = new DynamoDBClient({
        endpoint: store.endpoint,
        region: 'local',
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        maxAttempts: 10,
      });
      const tables = await createTables(client, 'bench-');
      const stories = new DynamoStoryRepository(client, tables.Stories);
      for (const jurisdictions of [['HK'], ['CN'], ['SG'], ['IE', 'EU'], ['GB'], ['US'], ['JP']]) {
        await saveIngestedStory(stories, aStory({ jurisdictions, topics: ['privacy', 'enforcement'], storedAt: '2026-11-27T10:00:00.000Z' }));
      }
      const seedStarted = performance.now();
      await seedReaders(client, tables.Subscribers, count);
      const seedSeconds = round((performance.now() - seedStarted) / 1000, 1);
      // Progress on standard error: a million readers take a while, and --json owns standard output.
      process.stderr.write(`digest planning: ${count} readers seeded in ${seedSeconds} s\n`);
      const due = figuresOf(await runPlanner('due', store.endpoint, tables));
      const wholeTable =
        count <= (options.wholeTableUpTo ?? Infinity)
          ? figuresOf(await runPlanner('whole-table', store.endpoint, tables))
          : { skipped: `not run past ${options.wholeTableUpTo} readers (NEWSDESK_BENCH_WHOLE_TABLE_UP_TO): it holds every reader in one process's memory` };
      figures[`subscribers${count}`] = { ...due, seedSeconds, wholeTablePlanner: wholeTable };
      process.stderr.write(`digest planning: ${count} readers: ${JSON.stringify(figures[`subscribers${count}`])}\n`);
      client.destroy();
    } finally {
      store.child.kill();
    }
  }
  return figures;
}
