/**
 * The local stack as a long-running service (`npm start`): ingestion, the alert matcher and
 * the digest planner on timers, and one HTTP server for the subscriber pages, the archive and
 * a health check, all through the same handlers the Lambdas run.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DynamoConsoleStore } from '../adapters/dynamo/console-store.js';
import { setUpEditorAccount } from '../domain/console/password-sign-in.js';
import type { FeedSource } from '../domain/feeds/types.js';
import { createArchiveApi } from '../web/archive-routes.js';
import { createConsoleApi, isConsolePath } from '../web/console-routes.js';
import { jsonResult } from '../web/http.js';
import { createSubscriberApi } from '../web/subscriber-routes.js';
import { composeArchiveApi } from '../wiring/archive-api.js';
import { buildOnce } from '../wiring/build-once.js';
import { composeConsoleApi } from '../wiring/console.js';
import { composeSubscriberApi } from '../wiring/subscriber-api.js';
import { routeByPath, startHttpAdapter } from './http-adapter.js';
import { createLocalApp, LOCAL_SUBSCRIBER_KEY, localCompositionInputs } from './local-app.js';
import { startLocalStack } from './local-stack.js';

export interface LocalServiceOptions {
  readonly port: number;
  readonly sesPort: number;
  readonly sources: readonly FeedSource[];
  /** The sample feed server's origin, the one loopback address its fetcher may reach. */
  readonly loopbackFeedOrigins?: readonly string[];
  /** Pause between two requests to one host when reading press pages; 0 for the sample server. */
  readonly pressPageIntervalMs?: number;
  /** Where dynalite keeps its data between runs; in memory when absent. */
  readonly dataDirectory?: string;
  readonly ingestEveryMinutes?: number;
  /** Told about a scheduled job that failed; the service keeps running. */
  readonly onJobError?: (job: string, error: unknown) => void;
  readonly onJobDone?: (job: string, summary: string) => void;
  /** The local editor account, created (or its password reset) at start. */
  readonly editor?: { readonly email: string; readonly password: string };
}

export interface ScheduledJob {
  readonly name: string;
  readonly everyMs: number;
  readonly run: () => Promise<string>;
}

export async function startLocalService(options: LocalServiceOptions) {
  const stack = await startLocalStack({ dataDirectory: options.dataDirectory, sesPort: options.sesPort });
  const startedAt = new Date();
  const lastRuns: Record<string, { at: string; summary?: string; error?: string }> = {};
  let publicBaseUrl = `http://localhost:${options.port}`;

  const app = createLocalApp(stack, {
    sources: options.sources,
    loopbackFeedOrigins: options.loopbackFeedOrigins,
    publicBaseUrl,
    pressPageIntervalMs: options.pressPageIntervalMs,
  });
  const { clients, tables } = localCompositionInputs(stack);
  const mail = { fromAddress: 'newsdesk@newsdesk.localhost' };
  // Built on the first request, once the port (and so the links in emails) is known.
  const subscriberApi = buildOnce(() =>
    createSubscriberApi(composeSubscriberApi({ clients, tables, config: { mail, hashKey: LOCAL_SUBSCRIBER_KEY, baseUrl: publicBaseUrl } })),
  );
  const archiveApi = buildOnce(() => createArchiveApi(composeArchiveApi({ clients, tables, config: { publicBaseUrl } })));
  if (options.editor)
    await setUpEditorAccount(new DynamoConsoleStore(stack.dynamo, tables.editorial), options.editor.email, options.editor.password, new Date());
  const consoleApi = buildOnce(() =>
    createConsoleApi(
      composeConsoleApi({
        clients,
        tables,
        config: { mail, publicBaseUrl, settings: app.settings, sources: () => options.sources, loopbackFeedOrigins: options.loopbackFeedOrigins },
      }),
    ),
  );
  const health = async (): Promise<APIGatewayProxyStructuredResultV2> =>
    jsonResult(200, { status: 'ok', startedAt: startedAt.toISOString(), feeds: options.sources.length, jobs: lastRuns });

  const http = await startHttpAdapter({
    port: options.port,
    handler: routeByPath(
      [
        { path: '/healthz', handler: health },
        { path: /^\/(archive|feeds)(\/|$)/, handler: (event) => archiveApi()(event) },
        { path: /^\/console(\/|$)/, handler: (event) => (isConsolePath(event.rawPath) ? consoleApi()(event) : subscriberApi()(event)) },
      ],
      (event) => subscriberApi()(event),
    ),
    onError: (error) => options.onJobError?.('http', error),
  });
  // With port 0 the real port is only known now; links in emails must point at it.
  publicBaseUrl = http.url.replace('127.0.0.1', 'localhost');

  const jobs: ScheduledJob[] = [
    {
      name: 'ingest',
      everyMs: (options.ingestEveryMinutes ?? 30) * 60_000,
      run: async () => {
        const reports = await app.ingest();
        return `${reports.length} feeds, ${reports.reduce((n, r) => n + r.created, 0)} new stories, ${reports.filter((r) => r.status === 'failed').length} failed`;
      },
    },
    { name: 'alerts', everyMs: 10 * 60_000, run: async () => `${(await app.alerts()).matched.jobsEnqueued} alerts` },
    { name: 'digest', everyMs: 60 * 60_000, run: async () => `${(await app.digest()).planned.jobsEnqueued} digests` },
  ];

  // Jobs run one at a time, as their Lambdas would never overlap on one item of work.
  let chain = Promise.resolve();
  const runJob = (job: ScheduledJob) => {
    chain = chain.then(async () => {
      try {
        const summary = await job.run();
        lastRuns[job.name] = { at: new Date().toISOString(), summary };
        options.onJobDone?.(job.name, summary);
      } catch (error) {
        lastRuns[job.name] = { at: new Date().toISOString(), error: (error as Error).message };
        options.onJobError?.(job.name, error);
      }
    });
    return chain;
  };
  const timers = jobs.map((job) => setInterval(() => void runJob(job), job.everyMs));
  const firstIngest = runJob(jobs[0]);

  return {
    url: http.url,
    sesUrl: stack.sesEndpoint,
    stack,
    app,
    firstIngest,
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await chain;
      await http.close();
      await stack.stop();
    },
  };
}
