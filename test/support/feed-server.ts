/**
 * A small local HTTP server for feed tests. A route serves a file or a body with a status and
 * headers (answering conditional GETs when it has an ETag or Last-Modified), or hands the request
 * to a custom handler for misbehaviour: drips, redirects, throttling.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

interface StaticRoute {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  /** With either validator set, a matching conditional request is answered 304. */
  readonly etag?: string;
  readonly lastModified?: string;
}

export type FeedRoute =
  | (StaticRoute & { readonly file: string })
  | (StaticRoute & { readonly body: string | Uint8Array })
  | { readonly handler: (request: IncomingMessage, response: ServerResponse) => void };

export interface RecordedRequest {
  readonly path: string;
  readonly status: number;
  readonly headers: IncomingMessage['headers'];
}

export interface FeedServer {
  /** Base URL, e.g. http://127.0.0.1:54321 (no trailing slash). */
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export async function startFeedServer(routes: Readonly<Record<string, FeedRoute>>): Promise<FeedServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    response.on('finish', () => requests.push({ path, status: response.statusCode, headers: request.headers }));
    const route = routes[path];
    if (!route) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if ('handler' in route) {
      route.handler(request, response);
      return;
    }
    serveStatic(route, request, response).catch((error: Error) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function serveStatic(
  route: StaticRoute & ({ file: string } | { body: string | Uint8Array }),
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const validators: Record<string, string> = {};
  if (route.etag) validators.etag = route.etag;
  if (route.lastModified) validators['last-modified'] = route.lastModified;
  const matches =
    (route.etag !== undefined && request.headers['if-none-match'] === route.etag) ||
    (route.etag === undefined && route.lastModified !== undefined && request.headers['if-modified-since'] === route.lastModified);
  if (matches) {
    response.writeHead(304, validators).end();
    return;
  }
  const body = 'file' in route ? await readFile(route.file) : route.body;
  response.writeHead(route.status ?? 200, { ...validators, ...route.headers }).end(body);
}
