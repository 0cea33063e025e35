/**
 * Real local services for integration tests: the embedded local stack (dynalite and the SES
 * emulator, both in this process) with real SDK clients. Each `createTables()` call makes a
 * fresh set of tables under a new prefix, so tests in one file can keep apart from each other.
 */
import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { createTables as createSchemaTables, tableEnvironment } from '../../functions/local/create-tables.js';
import { startLocalStack, type StoredEmail } from '../../functions/local/local-stack.js';

export type { StoredEmail } from '../../functions/local/local-stack.js';

export interface LocalServices {
  readonly dynamoEndpoint: string;
  readonly sesEndpoint: string;
  /** `GET` lists every email the emulator accepted. */
  readonly sesStoreUrl: string;
  readonly dynamo: DynamoDBClient;
  readonly ses: SESv2Client;
  /** Creates every table of the schema under a fresh prefix; returns logical name → table name. */
  createTables(prefix?: string): Promise<Record<string, string>>;
  /** The variables that point an unmodified handler at these services. */
  environment(tables: Record<string, string>): Record<string, string>;
  listEmails(): Promise<StoredEmail[]>;
  clearEmails(): Promise<void>;
  stop(): Promise<void>;
}

export async function startLocalServices(): Promise<LocalServices> {
  const stack = await startLocalStack();
  // The stack's own variables, less its table names: each test names its own tables.
  const services = Object.fromEntries(Object.entries(stack.environment).filter(([name]) => !name.endsWith('_TABLE')));
  return {
    dynamoEndpoint: stack.dynamoEndpoint,
    sesEndpoint: stack.sesEndpoint,
    sesStoreUrl: `${stack.sesEndpoint}/store`,
    dynamo: stack.dynamo,
    ses: stack.ses,
    createTables: (prefix = `test-${randomUUID().slice(0, 8)}-`) => createSchemaTables(stack.dynamo, prefix),
    environment: (tables) => ({ ...tableEnvironment(tables), ...services }),
    listEmails: () => stack.listEmails(),
    clearEmails: () => stack.clearEmails(),
    stop: () => stack.stop(),
  };
}
