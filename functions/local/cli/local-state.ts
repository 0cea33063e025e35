import { resolve } from 'node:path';

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
