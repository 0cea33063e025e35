/** `newsdesk serve` (`npm start`): the local stack as a service until Ctrl-C. */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { loadSources } from '../../config/sources.js';
import type { FeedSource } from '../../domain/feeds/types.js';
import { startLocalService } from '../local-service.js';
import { startSampleFeedServer } from '../sample-feed-server.js';
import { parseOptions } from './parse-options.js';
import { localStateDirectory, waitForInterrupt } from './local-state.js';

function portFrom(name: string, fallback: number): number {
  const raw = process.env[name];
  const port = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`${name}=${raw} is not a port number`);
  return port;
}

/** The local editor: from the environment when set, else a fixed address and a fresh random password. */
export function localEditorCredentials(env: NodeJS.ProcessEnv): { email: string; password: string; generated: boolean } {
  const email = env.NEWSDESK_EDITOR_EMAIL?.trim() || 'editor@newsdesk.localhost';
  const given = env.NEWSDESK_EDITOR_PASSWORD;
  if (given !== undefined && given !== '') return { email, password: given, generated: false };
  return { email, password: randomBytes(12).toString('base64url'), generated: true };
}

export async function runServeCommand(args: string[]): Promise<number> {
  const { values } = parseOptions(args, { sources: { type: 'string' } });
  const port = portFrom('PORT', 3000);
  const sesPort = portFrom('SES_PORT', 8005);
  // Offline by default: the sample feeds. `--sources default` reads the real feed list.
  const samples = values.sources ? undefined : await startSampleFeedServer();
  const sources: FeedSource[] = samples ? samples.sources : loadSources(values.sources === 'default' ? undefined : values.sources);
  const editor = localEditorCredentials(process.env);
  const service = await startLocalService({
    editor,
    port,
    sesPort,
    sources,
    loopbackFeedOrigins: samples ? [samples.baseUrl] : undefined,
    // Only the sample server, which is ours, is read without a pause between pages.
    ...(samples ? { pressPageIntervalMs: 0 } : {}),
    dataDirectory: resolve(localStateDirectory(), 'data'),
    onJobDone: (job, summary) => process.stdout.write(`[${new Date().toISOString()}] ${job}: ${summary}\n`),
    onJobError: (job, error) => process.stderr.write(`[${new Date().toISOString()}] ${job} failed: ${(error as Error).message}\n`),
  });
  process.stdout.write(
    [
      'Newsdesk is running on the local stack.',
      `  Subscriber pages  ${service.url}/subscribe`,
      `  Archive           ${service.url}/archive`,
      `  Editor console    ${service.url}/console`,
      `    Email           ${editor.email}`,
      `    Password        ${editor.generated ? `${editor.password}  (generated; set NEWSDESK_EDITOR_PASSWORD to choose one)` : '(from NEWSDESK_EDITOR_PASSWORD)'}`,
      `  Health            ${service.url}/healthz`,
      `  SES emulator UI   ${service.sesUrl}/  (every email sent)`,
      `  Feeds             ${sources.length} (${samples ? 'sample feeds; --sources default for the real list' : 'configured list'})`,
      'Ctrl-C stops it; data stays in .newsdesk/data.',
      '',
    ].join('\n'),
  );
  await waitForInterrupt();
  await service.stop();
  await samples?.close();
  return 0;
}
