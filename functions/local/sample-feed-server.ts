/** Serves the sample feeds and the sample press page over real HTTP on loopback, as a publisher's server would. */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { feedIdFor } from '../domain/feeds/identity.js';
import type { FeedSource } from '../domain/feeds/types.js';

export const SAMPLE_FEEDS_DIRECTORY = fileURLToPath(new URL('./sample-feeds/', import.meta.url));

interface SampleFeedEntry {
  readonly name: string;
  /** The feed, or the press page's listing. */
  readonly path: string;
  readonly kind?: 'rss' | 'press-page';
  readonly jurisdiction?: string;
  readonly language?: string;
  readonly publisherType?: 'regulator';
  /** A press page's selectors and time zone, as in the source list. */
  readonly itemSelector?: string;
  readonly dateSelector?: string;
  readonly timeZone?: string;
  /** A press page's releases, served beside its listing. */
  readonly pages?: readonly string[];
}

export interface SampleFeedServer {
  readonly baseUrl: string;
  readonly sources: FeedSource[];
  /** Requests served, by path: lets tests see that a 304 was answered without a body. */
  readonly requests: { path: string; status: number }[];
  close(): Promise<void>;
}

function contentTypeOf(path: string): string {
  if (path.endsWith('.html')) return 'text/html; charset=utf-8';
  return path.endsWith('.atom') ? 'application/atom+xml; charset=utf-8' : 'application/rss+xml; charset=utf-8';
}

/** Answers conditional GETs with 304, as a well-behaved publisher does, using the file's mtime. */
export async function startSampleFeedServer(): Promise<SampleFeedServer> {
  const entries = JSON.parse(await readFile(`${SAMPLE_FEEDS_DIRECTORY}sources.json`, 'utf8')) as SampleFeedEntry[];
  const files = new Map<string, Buffer>();
  for (const path of entries.flatMap((entry) => [entry.path, ...(entry.pages ?? [])])) {
    files.set(`/${path}`, await readFile(`${SAMPLE_FEEDS_DIRECTORY}${path}`));
  }
  const requests: { path: string; status: number }[] = [];
  const lastModified = new Date('2024-10-16T12:00:00Z').toUTCString();

  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const body = files.get(path);
    if (!body) {
      requests.push({ path, status: 404 });
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = `"${body.length.toString(16)}-${path.length}"`;
    if (request.headers['if-none-match'] === etag || request.headers['if-modified-since'] === lastModified) {
      requests.push({ path, status: 304 });
      response.writeHead(304, { etag, 'last-modified': lastModified }).end();
      return;
    }
    requests.push({ path, status: 200 });
    response.writeHead(200, { 'content-type': contentTypeOf(path), etag, 'last-modified': lastModified }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const sources: FeedSource[] = entries.map((entry): FeedSource => {
    const url = `${baseUrl}/${entry.path}`;
    const common = {
      feedId: feedIdFor(url),
      name: entry.name,
      url,
      jurisdiction: entry.jurisdiction,
      language: entry.language,
      publisherType: entry.publisherType,
    };
    if (entry.kind !== 'press-page') return { ...common, kind: 'rss' };
    return { ...common, kind: 'press-page', itemSelector: entry.itemSelector ?? 'tr', dateSelector: entry.dateSelector, timeZone: entry.timeZone };
  });
  return {
    baseUrl,
    sources,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
