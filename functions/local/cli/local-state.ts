import { resolve } from 'node:path';
import { startLocalStack, type LocalStack } from '../local-stack.js';

/** Local state (dynalite data, the outbox) lives under `.newsdesk/`, which git ignores. */
export function localStateDirectory(): string {
  return resolve(process.env.NEWSDESK_HOME ?? '.newsdesk');
}

export function waitForInterrupt(): Promise<void> {
  return new Promise((resolveWait) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolveWait();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs `work` on the local stack kept under `.newsdesk/data`, and stops it after. */
export async function withLocalStack<T>(work: (stack: LocalStack) => Promise<T>): Promise<T> {
  const stack = await startLocalStack({ dataDirectory: resolve(localStateDirectory(), 'data') });
  try {
    return await work(stack);
  } finally {
    await stack.stop();
  }
}
