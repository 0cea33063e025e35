/**
 * Real local services for integration tests: dynalite (DynamoDB) and aws-ses-v2-local (SES v2),
 * both listening on free ports in this process, with real SDK clients pointed at them. Each
 * `createTables()` call makes a fresh set of tables under a new prefix, so tests in one file
 * can keep apart from each other.
 */
import { randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import startSesEmulator from 'aws-ses-v2-local';
import dynalite from 'dynalite';
import { createTables as createSchemaTables, tableEnvironment } from '../../functions/local/create-tables.js';

export const LOCAL_REGION = 'us-east-1';
export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** An email as the SES emulator's `GET /store` lists it. */
export interface StoredEmail {
  readonly messageId: string;
  readonly from: string;
  readonly replyTo: string[];
  readonly destination: { readonly to: string[]; readonly cc: string[]; readonly bcc: string[] };
  readonly subject: string;
  readonly body: { readonly html?: string; readonly text?: string };
  readonly headers?: { readonly name: string; readonly value: string }[];
  /** Epoch seconds. */
  readonly at: number;
}

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

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export async function startLocalServices(): Promise<LocalServices> {
  const dynamoServer = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  const dynamoPort = await listen(dynamoServer);
  const sesServer = await startSesEmulator({ host: '127.0.0.1', port: 0 });
  const sesPort = (sesServer.address() as AddressInfo).port;

  const dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
  const sesEndpoint = `http://127.0.0.1:${sesPort}`;
  const sesStoreUrl = `${sesEndpoint}/store`;
  const clientConfig = {
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    // The SDK builds its Node handler from these; a stuck call fails instead of hanging a test.
    requestHandler: { requestTimeout: 5_000, connectionTimeout: 2_000 },
  };
  const dynamo = new DynamoDBClient({ ...clientConfig, endpoint: dynamoEndpoint });
  const ses = new SESv2Client({ ...clientConfig, endpoint: sesEndpoint });

  return {
    dynamoEndpoint,
    sesEndpoint,
    sesStoreUrl,
    dynamo,
    ses,
    createTables: (prefix = `test-${randomUUID().slice(0, 8)}-`) => createSchemaTables(dynamo, prefix),
    environment: (tables) => ({
      ...tableEnvironment(tables),
      AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
      AWS_ENDPOINT_URL_SESV2: sesEndpoint,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    }),
    async listEmails() {
      const response = await fetch(sesStoreUrl, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`the SES emulator's store answered ${response.status}`);
      return ((await response.json()) as { emails: StoredEmail[] }).emails;
    },
    async clearEmails() {
      const response = await fetch(`${sesEndpoint}/clear-store`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`the SES emulator's clear-store answered ${response.status}`);
    },
    async stop() {
      dynamo.destroy();
      ses.destroy();
      await Promise.all([close(dynamoServer), close(sesServer)]);
    },
  };
}
