/**
 * A node:http server that turns each request into the API Gateway HTTP API (payload 2.0)
 * event the deployed function receives, and writes the function's result back. Locally the
 * handlers run unchanged, behind the same body limit API Gateway would apply.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2, APIGatewayProxyResultV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { htmlResult } from '../web/http.js';
import { englishMessages } from '../i18n/messages.js';
import { problemPage } from '../web/pages.js';

export type HttpHandler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyResultV2>;

/** Bodies larger than this are refused with a 413 before any handler runs. */
export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

const TEXT_CONTENT_TYPES = [/^text\//, /\/json\b/, /\+json\b/, /\/xml\b/, /\+xml\b/, /^application\/x-www-form-urlencoded\b/, /^application\/javascript\b/];

function isTextBody(contentType: string | undefined): boolean {
  if (!contentType) return true;
  return TEXT_CONTENT_TYPES.some((pattern) => pattern.test(contentType.toLowerCase()));
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.join(',') : value;
}

function queryParameters(rawQueryString: string): Record<string, string> | undefined {
  if (!rawQueryString) return undefined;
  const parameters: Record<string, string> = {};
  // API Gateway joins repeated parameters with commas.
  for (const [name, value] of new URLSearchParams(rawQueryString)) {
    parameters[name] = name in parameters ? `${parameters[name]},${value}` : value;
  }
  return parameters;
}

/** The event API Gateway would build for this request; `body` is the whole request body. */
export function toApiGatewayEventV2(req: IncomingMessage, body: Buffer): APIGatewayProxyEventV2 {
  const target = req.url ?? '/';
  const queryStart = target.indexOf('?');
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const rawQueryString = queryStart === -1 ? '' : target.slice(queryStart + 1);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    const joined = headerValue(value);
    if (joined !== undefined && name !== 'cookie') headers[name.toLowerCase()] = joined;
  }
  const cookies = headerValue(req.headers.cookie)
    ?.split(';')
    .map((cookie) => cookie.trim())
    .filter(Boolean);
  const method = (req.method ?? 'GET').toUpperCase();
  const now = new Date();
  const text = isTextBody(headers['content-type']);
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    cookies: cookies?.length ? cookies : undefined,
    headers,
    queryStringParameters: queryParameters(rawQueryString),
    requestContext: {
      accountId: 'local',
      apiId: 'local',
      domainName: headers.host ?? 'localhost',
      domainPrefix: (headers.host ?? 'localhost').split('.')[0],
      http: {
        method,
        path: rawPath,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: '$default',
      stage: '$default',
      time: now.toISOString(),
      timeEpoch: now.getTime(),
    },
    body: body.length ? (text ? body.toString('utf8') : body.toString('base64')) : undefined,
    isBase64Encoded: body.length > 0 && !text,
  };
}

/** Writes a handler's result as API Gateway would: a bare string or object becomes a JSON 200. */
export function writeApiGatewayResult(res: ServerResponse, result: APIGatewayProxyResultV2): void {
  const structured: APIGatewayProxyStructuredResultV2 =
    typeof result === 'object' && result !== null && 'statusCode' in result
      ? result
      : { statusCode: 200, headers: { 'content-type': 'application/json' }, body: typeof result === 'string' ? result : JSON.stringify(result) };
  for (const [name, value] of Object.entries(structured.headers ?? {})) res.setHeader(name, String(value));
  if (structured.cookies?.length) res.setHeader('set-cookie', structured.cookies);
  const body = structured.body ?? '';
  res.statusCode = structured.statusCode ?? 200;
  res.end(structured.isBase64Encoded ? Buffer.from(body, 'base64') : body);
}

/**
 * How much of a refused body is still read (and dropped) after the 413 is written, so that a
 * client that sends its whole body before reading the reply still gets it. Past this, reading
 * on only costs: the connection is dropped.
 */
export const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

export class RequestBodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`request body is larger than ${limitBytes} bytes`);
    this.name = 'RequestBodyTooLargeError';
  }
}

/**
 * Reads the body, keeping nothing past the limit: it rejects as soon as the limit is passed,
 * and leaves the stream flowing, so the rest is read and dropped while the 413 goes out.
 */
export function readRequestBody(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limitBytes) return void chunks.push(chunk);
      req.off('data', keep);
      chunks.length = 0;
      reject(new RequestBodyTooLargeError(limitBytes));
    };
    req.on('data', keep);
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Drops the rest of a refused body, up to DRAIN_LIMIT_BYTES, then the connection. */
function drainThenClose(req: IncomingMessage): void {
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
  });
  req.resume();
}

export interface PathRoute {
  /** An exact path (`/healthz`), a prefix ending in `/` (`/archive/`), or a pattern. */
  readonly path: string | RegExp;
  readonly handler: HttpHandler;
}

/**
 * One handler from several, by path: the first route that matches serves the request, the
 * fallback serves the rest (the local server mounts the subscriber API as its fallback).
 */
export function routeByPath(routes: readonly PathRoute[], fallback: HttpHandler): HttpHandler {
  const matches = (route: PathRoute, path: string) =>
    typeof route.path === 'string'
      ? route.path.endsWith('/') && route.path.length > 1
        ? path.startsWith(route.path)
        : path === route.path
      : route.path.test(path);
  return (event) => (routes.find((route) => matches(route, event.rawPath))?.handler ?? fallback)(event);
}

export interface HttpAdapterOptions {
  /** 0 picks a free port. */
  readonly port: number;
  readonly handler: HttpHandler;
  /** @default '127.0.0.1' */
  readonly host?: string;
  /** @default DEFAULT_BODY_LIMIT_BYTES */
  readonly bodyLimitBytes?: number;
  /** Told about a handler that threw; the client gets a 500 page without details either way. */
  readonly onError?: (error: unknown) => void;
}

export interface RunningHttpAdapter {
  /** `http://host:port`, no trailing slash. */
  readonly url: string;
  close(): Promise<void>;
}

export function startHttpAdapter(options: HttpAdapterOptions): Promise<RunningHttpAdapter> {
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES;
  const server = createServer((req, res) => {
    // Failures are answered inside; one thrown while answering drops this connection alone.
    answer(req, res).catch((error: unknown) => {
      options.onError?.(error);
      res.destroy();
    });
  });
  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body: Buffer;
    try {
      body = await readRequestBody(req, limit);
    } catch (error) {
      const tooLarge = error instanceof RequestBodyTooLargeError;
      // Every reply carries the pages' security headers; after a refused body the connection is not reused.
      writeApiGatewayResult(
        res,
        tooLarge
          ? htmlResult(413, problemPage('Request too large', `The request body is larger than the limit of ${limit} bytes.`, englishMessages), {
              Connection: 'close',
            })
          : htmlResult(400, problemPage('Bad request', 'The request body could not be read.', englishMessages), { Connection: 'close' }),
      );
      if (tooLarge) drainThenClose(req);
      return;
    }
    try {
      writeApiGatewayResult(res, await options.handler(toApiGatewayEventV2(req, body)));
    } catch (error) {
      options.onError?.(error);
      if (res.headersSent) res.end();
      else
        writeApiGatewayResult(
          res,
          htmlResult(500, problemPage('Something went wrong', 'Something went wrong on our side. Please try again in a minute.', englishMessages)),
        );
    }
  }
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
