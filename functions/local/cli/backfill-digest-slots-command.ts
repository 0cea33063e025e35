/**
 * `newsdesk backfill-digest-slots [--dry-run] [--table <name>] [--start-after <id>] [--local]`:
 * the upgrade step that gives subscribers stored before the `byDigestSlot` index their digest
 * slot, so the due-only planner does not silently skip them. Against AWS (the default) through
 * the SDK's usual credentials and region, on the table named by `--table` or by
 * SUBSCRIBERS_TABLE (the stack prints it as the `SubscribersTableName` output); with `--local`
 * on the local stack under `.newsdesk/`. Safe to run twice and to stop: each page prints where
 * the next one starts, and `--start-after` resumes there.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { backfillDigestSlots } from '../../adapters/dynamo/subscriber-repository.js';
import { ENV } from '../../config/env.js';
import { parseOptions } from './parse-options.js';
import { withLocalStack } from './local-state.js';

export class MissingTableError extends Error {
  constructor() {
    super(`name the Subscribers table: --table <name> or ${ENV.subscribersTable}=<name> (the stack's SubscribersTableName output), or --local`);
    this.name = 'MissingTableError';
  }
}

export interface BackfillTotals {
  scanned: number;
  slotted: number;
  changedMeanwhile: number;
}

/** Runs the backfill to the end of the table, printing a line per page and the totals. */
export async function backfillAndReport(
  client: DynamoDBClient,
  tableName: string,
  options: { dryRun: boolean; startAfter?: string; pageSize?: number },
  out: (line: string) => void,
): Promise<BackfillTotals> {
  const totals: BackfillTotals = { scanned: 0, slotted: 0, changedMeanwhile: 0 };
  for await (const page of backfillDigestSlots(client, tableName, options)) {
    totals.scanned += page.scanned;
    totals.slotted += page.slotted;
    totals.changedMeanwhile += page.changedMeanwhile;
    const resume = page.next === undefined ? 'end of table' : `resume with --start-after ${page.next}`;
    out(`scanned ${totals.scanned} subscribers, ${options.dryRun ? 'would slot' : 'slotted'} ${totals.slotted} (${resume})`);
  }
  const verb = options.dryRun ? 'would get their digest slot (dry run)' : 'got their digest slot';
  out(`${totals.slotted} of ${totals.scanned} subscribers ${verb}; ${totals.changedMeanwhile} changed meanwhile and kept their newer write`);
  return totals;
}

export async function runBackfillDigestSlotsCommand(args: string[], dynamo: () => DynamoDBClient = () => new DynamoDBClient({})): Promise<number> {
  const { values } = parseOptions(args, {
    'dry-run': { type: 'boolean', default: false },
    local: { type: 'boolean', default: false },
    table: { type: 'string' },
    'start-after': { type: 'string' },
  });
  const options = { dryRun: values['dry-run'], startAfter: values['start-after'] };
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (values.local) {
    return withLocalStack(async (stack) => {
      await backfillAndReport(stack.dynamo, stack.tables.Subscribers, options, out);
      return 0;
    });
  }
  const table = values.table ?? process.env[ENV.subscribersTable];
  if (!table) throw new MissingTableError();
  const client = dynamo();
  try {
    await backfillAndReport(client, table, options, out);
  } finally {
    client.destroy();
  }
  return 0;
}
