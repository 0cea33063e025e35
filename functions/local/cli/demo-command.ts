/** `newsdesk demo`: the whole pipeline, offline, with a summary a person can read in a glance. */
import { resolve } from 'node:path';
import { runDemo, type DemoSummary } from '../demo.js';
import { parseOptions } from './parse-options.js';
import { localStateDirectory, waitForInterrupt } from './local-state.js';

export function formatDemoSummary(summary: DemoSummary): string {
  const byJurisdiction = Object.entries(summary.storiesInScopeByJurisdiction)
    .sort(([, a], [, b]) => b - a)
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  return [
    `Feeds read:            ${summary.feedsRead}${summary.feedsFailed ? ` (${summary.feedsFailed} failed)` : ''}`,
    `Items seen:            ${summary.itemsSeen}`,
    `Stories stored:        ${summary.storiesStored}`,
    `In scope, by place:    ${byJurisdiction || 'none'}`,
    `Emails sent:           ${summary.emailsSent}`,
    ...summary.emails.map((email) => `  → ${email.destination.to.join(', ')}: ${email.subject}`),
    `Rendered emails:       ${summary.outbox} (HTML and text)`,
  ].join('\n');
}

export async function runDemoCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { 'keep-open': { type: 'boolean', default: false } });
  const outbox = resolve(localStateDirectory(), 'outbox');
  const sesPort = values['keep-open'] ? Number(process.env.SES_PORT ?? 8005) : 0;
  const started = performance.now();
  const summary = await runDemo({ outbox, sesPort, keepRunning: values['keep-open'] });
  process.stdout.write(`Newsdesk demo: sample feeds → dynalite → digests → SES emulator (${Math.round(performance.now() - started)} ms)\n\n`);
  process.stdout.write(`${formatDemoSummary(summary)}\n`);
  if (summary.run) {
    process.stdout.write(`SES emulator UI:       ${summary.run.stack.sesEndpoint}/ (Ctrl-C to stop)\n`);
    await waitForInterrupt();
    await summary.run.stop();
  } else {
    process.stdout.write('SES emulator UI:       run `npm run demo -- --keep-open` (or `npm start`) and open http://localhost:8005/\n');
  }
  return summary.emailsSent > 0 && summary.feedsFailed === 0 ? 0 : 1;
}
