/**
 * The embedded local stack: dynalite for DynamoDB and aws-ses-v2-local for SES v2, both in
 * this process and both spoken to over HTTP by the real AWS SDK clients.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import dynalite from 'dynalite';
import sesEmulator from 'aws-ses-v2-local';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createTables, tableEnvironment } from './create-tables.js';

export interface LocalStackOptions {
  /** 0 picks a free port. */
  readonly dynamoPort?: number;
  readonly sesPort?: number;
  /** Where dynalite keeps its data; in memory when absent. */
  readonly dataDirectory?: string;
  readonly tablePrefix?: string;
}

export interface LocalStack {
  readonly dynamoEndpoint: string;
  readonly sesEndpoint: string;
  readonly dynamo: DynamoDBClient;
  readonly ses: SESv2Client;
  /** Logical table name → local table name. */
  readonly tables: Record<string, string>;
  /** The environment variables that point unmodified handlers at this stack. */
  readonly environment: Record<string, string>;
  /** Emails the SES emulator has accepted, as its `/store` lists them. */
  listEmails(): Promise<StoredEmail[]>;
  clearEmails(): Promise<void>;
  stop(): Promise<void>;
}

/** An email as the SES emulator's `GET /store` lists it. */
export interface StoredEmail {
  readonly messageId: string;
  readonly from: string;
  readonly replyTo?: string[];
  readonly destination: { to: string[]; cc: string[]; bcc: string[] };
  readonly subject: string;
  readonly body: { html?: string; text?: string };
  readonly headers?: { name: string; value: string }[];
  /** Epoch seconds. */
  readonly at: number;
}

/** Local services never need real credentials, but the SDK insists on some. */
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };
const LOCAL_REGION = 'us-east-1';

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** The emulator is CommonJS with an `exports.default`; how it arrives depends on the loader. */
const startSesEmulator = (sesEmulator as unknown as { default?: typeof sesEmulator }).default ?? sesEmulator;

export class LocalDataInUseError extends Error {
  constructor(directory: string, pid: number) {
    super(`the local data in ${directory} is in use by another newsdesk process (pid ${pid}); stop it, or set NEWSDESK_HOME to use other data`);
    this.name = 'LocalDataInUseError';
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * dynalite's data store takes one process at a time, and a second one fails deep inside a
 * request where nobody can catch it. A lock file with the owner's pid says so up front; a lock
 * left by a process that has died is taken over.
 */
function lockDataDirectory(directory: string): () => void {
  const lockFile = join(directory, 'newsdesk.lock');
  mkdirSync(directory, { recursive: true });
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = Number(readFileSync(lockFile, 'utf8'));
    if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) throw new LocalDataInUseError(directory, owner);
    writeFileSync(lockFile, String(process.pid));
  }
  return () => rmSync(lockFile, { force: true });
}

export async function startLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const unlock = options.dataDirectory ? lockDataDirectory(options.dataDirectory) : () => {};
  try {
    return await startUnlocked(options, unlock);
  } catch (error) {
    unlock();
    throw error;
  }
}

async function startUnlocked(options: LocalStackOptions, unlock: () => void): Promise<LocalStack> {
  const dynamoServer: Server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, path: options.dataDirectory });
  const dynamoPort = await listen(dynamoServer, options.dynamoPort ?? 0);
  let sesServer: Server;
  try {
    sesServer = await startSesEmulator({ host: '127.0.0.1', port: options.sesPort ?? 0 });
  } catch (error) {
    await close(dynamoServer);
    throw new Error(`the SES emulator could not start on port ${options.sesPort ?? 0}: ${(error as Error).message}`, { cause: error });
  }
  const sesPort = (sesServer.address() as AddressInfo).port;

  const dynamoEndpoint = `http://127.0.0.1:${dynamoPort}`;
  const sesEndpoint = `http://127.0.0.1:${sesPort}`;
  const requestHandler = { requestTimeout: 5_000, connectionTimeout: 2_000 };
  const dynamo = new DynamoDBClient({ endpoint: dynamoEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, requestHandler });
  const ses = new SESv2Client({ endpoint: sesEndpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, requestHandler });
  let tables: Record<string, string>;
  try {
    tables = await createTables(dynamo, options.tablePrefix ?? 'newsdesk-local-');
  } catch (error) {
    await Promise.all([close(dynamoServer), close(sesServer)]);
    throw error;
  }

  return {
    dynamoEndpoint,
    sesEndpoint,
    dynamo,
    ses,
    tables,
    environment: {
      ...tableEnvironment(tables),
      AWS_ENDPOINT_URL_DYNAMODB: dynamoEndpoint,
      AWS_ENDPOINT_URL_SESV2: sesEndpoint,
      AWS_REGION: LOCAL_REGION,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    },
    async listEmails() {
      const response = await fetch(`${sesEndpoint}/store`, { signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`SES emulator store answered ${response.status}`);
      return ((await response.json()) as { emails: StoredEmail[] }).emails;
    },
    async clearEmails() {
      const response = await fetch(`${sesEndpoint}/clear-store`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
      if (!response.ok) throw new Error(`SES emulator clear-store answered ${response.status}`);
    },
    async stop() {
      dynamo.destroy();
      ses.destroy();
      await Promise.all([close(dynamoServer), close(sesServer)]);
      unlock();
    },
  };
}
