/**
 * Real local services for integration tests: the embedded local stack (dynalite and the SES
 * emulator, both in this process) with real SDK clients; for the Dynamo adapters, also
 * Amazon's DynamoDB Local (`describeEachDynamoBackend`). Each `createTables()` call makes a
 * fresh set of tables under a new prefix, so tests in one file can keep apart from each other.
 */
import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, describe } from 'vitest';
import { createTables as createSchemaTables, tableEnvironment } from '../../functions/local/create-tables.js';
import { startLocalStack, type StoredEmail } from '../../functions/local/local-stack.js';
import { javaVersion, startDynamoDbLocal } from './dynamodb-local.js';

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

/** A DynamoDB to run the adapters against, started for one test file. */
export interface LocalDynamo {
  readonly dynamo: DynamoDBClient;
  /** Creates every table of the schema under a fresh prefix; returns logical name → table name. */
  createTables(prefix?: string): Promise<Record<string, string>>;
  stop(): Promise<void>;
}

export interface DynamoBackend {
  readonly name: 'dynalite' | 'DynamoDB Local';
  /** Why it cannot run on this machine; absent when it can. */
  readonly unavailable?: string;
  /** How long starting it may take: a JVM on a busy machine is slow to listen. */
  readonly startTimeoutMs: number;
  start(): Promise<LocalDynamo>;
}

/**
 * dynalite, always; Amazon's DynamoDB Local where a Java runtime is on the PATH. Running the
 * same adapter tests against both shows where the stand-in and DynamoDB disagree.
 */
export function dynamoBackends(): DynamoBackend[] {
  const java = javaVersion();
  return [
    {
      name: 'dynalite',
      startTimeoutMs: 30_000,
      start: async () => {
        const services = await startLocalServices();
        return { dynamo: services.dynamo, createTables: (prefix?: string) => services.createTables(prefix), stop: () => services.stop() };
      },
    },
    {
      name: 'DynamoDB Local',
      unavailable: java ? undefined : 'no Java runtime on the PATH (install a JRE, e.g. Debian default-jre-headless)',
      startTimeoutMs: 120_000,
      start: async () => {
        const local = await startDynamoDbLocal({ readyTimeoutMs: 110_000 });
        return {
          dynamo: local.dynamo,
          createTables: (prefix = `test-${randomUUID().slice(0, 8)}-`) => createSchemaTables(local.dynamo, prefix),
          stop: () => local.stop(),
        };
      },
    },
  ];
}

/**
 * Runs `body` once per backend of `dynamoBackends()`, each with its own started store and a
 * fresh set of tables (`local()` reads them inside tests). A backend that cannot run here is
 * reported as skipped, with the reason on standard error.
 */
export function describeEachDynamoBackend(title: string, body: (local: () => LocalDynamo & { readonly tables: Record<string, string> }) => void): void {
  describe.each(dynamoBackends())(`${title} against $name`, (backend) => {
    if (backend.unavailable) console.warn(`${backend.name} tests skipped: ${backend.unavailable}`);
    describe.skipIf(backend.unavailable !== undefined)(backend.name, () => {
      let store: LocalDynamo | undefined;
      let tables: Record<string, string> = {};
      beforeAll(async () => {
        store = await backend.start();
        tables = await store.createTables();
      }, backend.startTimeoutMs);
      afterAll(async () => {
        await store?.stop();
      });
      body(() => {
        if (!store) throw new Error(`${backend.name} did not start`);
        return { ...store, tables };
      });
    });
  });
}
