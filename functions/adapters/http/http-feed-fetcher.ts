/**
 * Fetches feeds over HTTP(S) with node:http and node:https, so that we choose the address every
 * socket connects to. Limits: one deadline for the whole fetch (redirects, connect and body), a
 * byte cap on the wire and again after decompression, a redirect budget, the standard ports,
 * and the address policy on every hop (see address-policy.ts).
 */
import { lookup as systemLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction, type Socket } from 'node:net';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { BlockedAddressError, FeedFetchError } from '../../domain/feeds/errors.js';
import type { ConditionalValidators, FeedFetcher, FetchOutcome } from '../../domain/feeds/ports.js';
import { canonicalAddress, isLoopbackAddress, refusalReasonFor } from './address-policy.js';
import { parseRetryAfter } from './retry-after.js';

export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

export interface HttpFeedFetcherOptions {
  /**
   * Allows 127.0.0.0/8 and ::1 on any port: only when a person asks for it
   * (`NEWSDESK_ALLOW_LOOPBACK_FEEDS=1`). Private and metadata addresses stay refused.
   */
  readonly allowLoopback?: boolean;
  /**
   * Loopback origins that may be fetched, exactly (`http://127.0.0.1:43123`): the local sample
   * feed server, a test's server. Any other loopback address or port stays refused, so a
   * redirect from a real feed to 127.0.0.1:<another port> is not followed.
   */
  readonly loopbackOrigins?: readonly string[];
  /** Deadline for the whole fetch, redirects and body included. */
  readonly timeoutMs?: number;
  /** Cap on the body, on the wire and after decompression. */
  readonly maxBytes?: number;
  readonly userAgent?: string;
  readonly maxRedirects?: number;
  /** Resolves a host name; the system resolver by default. Tests use it to point names anywhere. */
  readonly resolveHost?: (hostname: string) => Promise<readonly ResolvedAddress[]>;
  readonly now?: () => Date;
}

/**
 * Identifies Newsdesk and how to reach its operators. The "Mozilla/5.0 (compatible; ...)" form
 * is the one crawlers use; some publishers turn away clients that do not start with it.
 */
export const DEFAULT_USER_AGENT = 'Mozilla/5.0 (compatible; Newsdesk/0.1; +https://github.com/newsdesk/newsdesk)';
export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;

const ACCEPT = 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1';
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const FETCHABLE_PORTS = new Set(['80', '443']);

type Hop = { readonly kind: 'redirect'; readonly location: string } | { readonly kind: 'done'; readonly outcome: FetchOutcome };

export class HttpFeedFetcher implements FeedFetcher {
  private readonly allowLoopback: boolean;
  private readonly loopbackOrigins: ReadonlySet<string>;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly userAgent: string;
  private readonly maxRedirects: number;
  private readonly resolveHost: (hostname: string) => Promise<readonly ResolvedAddress[]>;
  private readonly now: () => Date;

  constructor(options: HttpFeedFetcherOptions = {}) {
    this.allowLoopback = options.allowLoopback ?? false;
    this.loopbackOrigins = new Set((options.loopbackOrigins ?? []).map(loopbackOriginKey));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
    this.maxRedirects = options.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
    this.resolveHost = options.resolveHost ?? resolveWithSystem;
    this.now = options.now ?? (() => new Date());
  }

  async fetchFeed(url: string, validators: ConditionalValidators): Promise<FetchOutcome> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), this.timeoutMs);
    try {
      let current = this.checkUrl(url);
      const visited = new Set<string>([current.toString()]);
      for (let redirects = 0; ; redirects += 1) {
        const hop = await this.fetchOnce(current, validators, deadline.signal);
        if (hop.kind === 'done') return hop.outcome;
        if (redirects >= this.maxRedirects) {
          throw new FeedFetchError(`too many redirects (more than ${this.maxRedirects})`, { reason: 'too-many-redirects' });
        }
        const next = this.checkUrl(hop.location, current);
        if (visited.has(next.toString())) {
          throw new FeedFetchError(`redirect loop: ${next.href} was already visited`, { reason: 'too-many-redirects' });
        }
        visited.add(next.toString());
        current = next;
      }
    } catch (error) {
      if (deadline.signal.aborted && !(error instanceof BlockedAddressError)) {
        throw new FeedFetchError(`timed out after ${this.timeoutMs} ms`, { reason: 'timeout', cause: error });
      }
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  private checkUrl(reference: string, base?: URL): URL {
    let url: URL;
    try {
      url = new URL(reference, base);
    } catch (error) {
      throw new FeedFetchError(`invalid URL: ${reference}`, { reason: 'invalid-url', cause: error });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FeedFetchError(`only http and https are fetched, not ${url.protocol}`, { reason: 'invalid-url' });
    }
    if (url.username || url.password) {
      throw new FeedFetchError('URLs with credentials are not fetched', { reason: 'invalid-url' });
    }
    const hostname = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(hostname)) this.checkAddress(hostname, url);
    // A name is checked again once resolved; only then is it known whether it is an allowed loopback origin.
    else if (!FETCHABLE_PORTS.has(portOf(url)) && !this.allowLoopback && this.loopbackOrigins.size === 0) this.refusePort(url);
    return url;
  }

  /** Throws when the address may not be reached from this URL (its range, or a non-standard port). */
  private checkAddress(address: string, url: URL): void {
    const loopbackAllowed = this.allowLoopback || this.loopbackOrigins.has(`${canonicalAddress(address)}:${portOf(url)}`);
    const reason = refusalReasonFor(address, { allowLoopback: loopbackAllowed });
    if (reason) throw new BlockedAddressError(`refused to connect to ${url.hostname}: ${reason}`, address);
    // Other ports are for local servers only.
    if (!FETCHABLE_PORTS.has(portOf(url)) && !(loopbackAllowed && isLoopbackAddress(address))) this.refusePort(url);
  }

  private refusePort(url: URL): never {
    throw new FeedFetchError(`only ports 80 and 443 are fetched, not ${url.port}`, { reason: 'invalid-url' });
  }

  /** A `lookup` for the socket: resolves, then refuses the connection if any address is off limits. */
  private lookupFor(url: URL): LookupFunction {
    return (hostname, options, callback) => {
      this.resolveHost(hostname).then(
        (addresses) => {
          try {
            if (addresses.length === 0) throw new FeedFetchError(`${hostname} has no address`, { reason: 'network' });
            for (const { address } of addresses) this.checkAddress(address, url);
          } catch (error) {
            callback(error as NodeJS.ErrnoException, '', 0);
            return;
          }
          if (options.all)
            callback(
              null,
              addresses.map(({ address, family }) => ({ address, family })),
            );
          else callback(null, addresses[0].address, addresses[0].family);
        },
        (error: NodeJS.ErrnoException) => callback(error, '', 0),
      );
    };
  }

  private fetchOnce(url: URL, validators: ConditionalValidators, signal: AbortSignal): Promise<Hop> {
    const headers: Record<string, string> = {
      'user-agent': this.userAgent,
      accept: ACCEPT,
      'accept-encoding': 'gzip, br, deflate',
    };
    if (validators.etag) headers['if-none-match'] = validators.etag;
    if (validators.lastModified) headers['if-modified-since'] = validators.lastModified;
    const client = url.protocol === 'https:' ? https : http;

    return new Promise<Hop>((resolve, reject) => {
      const request = client.request(url, { method: 'GET', headers, signal, agent: false, lookup: this.lookupFor(url) });
      request.on('socket', (socket: Socket) => {
        // Belt and braces: whatever the resolver said, check the peer the socket really reached.
        socket.once('connect', () => {
          const remote = socket.remoteAddress;
          if (remote === undefined) return;
          try {
            this.checkAddress(remote, url);
          } catch (error) {
            request.destroy(error as Error);
          }
        });
      });
      request.on('error', (error) => reject(toFetchError(error, url)));
      request.on('response', (response) => {
        this.handleResponse(url, response).then(resolve, (error: unknown) => {
          response.destroy();
          reject(error);
        });
      });
      request.end();
    });
  }

  private async handleResponse(url: URL, response: IncomingMessage): Promise<Hop> {
    const status = response.statusCode ?? 0;
    if (status === 304) {
      response.resume();
      return { kind: 'done', outcome: { kind: 'not-modified' } };
    }
    if (REDIRECT_STATUSES.has(status)) {
      response.resume();
      const location = response.headers.location;
      if (!location) throw new FeedFetchError(`HTTP ${status} without a Location header`, { reason: 'http-status', status });
      return { kind: 'redirect', location };
    }
    if (status < 200 || status > 299) {
      response.resume();
      const retryAfterSeconds = status === 429 || status === 503 ? parseRetryAfter(headerOf(response, 'retry-after'), this.now()) : undefined;
      const wait = retryAfterSeconds === undefined ? '' : ` (retry after ${retryAfterSeconds} s)`;
      throw new FeedFetchError(`HTTP ${status} ${response.statusMessage ?? ''}`.trim() + wait, {
        reason: 'http-status',
        status,
        retryAfterSeconds,
      });
    }
    const body = await this.readBody(response);
    return {
      kind: 'done',
      outcome: {
        kind: 'fetched',
        body,
        contentType: headerOf(response, 'content-type'),
        etag: headerOf(response, 'etag'),
        lastModified: headerOf(response, 'last-modified'),
        finalUrl: url.toString(),
      },
    };
  }

  /** Reads the body, decompressing it, and stops as soon as either count passes the cap. */
  private readBody(response: IncomingMessage): Promise<Uint8Array> {
    const declaredLength = Number(response.headers['content-length']);
    if (Number.isFinite(declaredLength) && declaredLength > this.maxBytes) {
      return Promise.reject(this.tooLarge(`declared ${declaredLength} bytes`));
    }
    const decoded = decompressorFor(headerOf(response, 'content-encoding'));
    return new Promise<Uint8Array>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let wireBytes = 0;
      let bodyBytes = 0;
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        response.destroy();
        decoded?.destroy();
        reject(error);
      };
      response.on('data', (chunk: Buffer) => {
        wireBytes += chunk.length;
        if (wireBytes > this.maxBytes) fail(this.tooLarge('on the wire'));
      });
      response.on('error', fail);
      response.on('aborted', () => fail(new FeedFetchError('the connection closed before the body ended', { reason: 'network' })));
      const source: Readable = decoded ? response.pipe(decoded) : response;
      if (decoded) {
        decoded.on('error', (error) =>
          fail(new FeedFetchError(`the body could not be decompressed: ${error.message}`, { reason: 'bad-encoding', cause: error })),
        );
      }
      source.on('data', (chunk: Buffer) => {
        if (settled) return;
        bodyBytes += chunk.length;
        if (bodyBytes > this.maxBytes) fail(this.tooLarge('after decompression'));
        else chunks.push(chunk);
      });
      source.on('end', () => {
        if (settled) return;
        settled = true;
        resolve(Buffer.concat(chunks));
      });
      source.on('close', () => fail(new FeedFetchError('the connection closed before the body ended', { reason: 'network' })));
    });
  }

  private tooLarge(where: string): FeedFetchError {
    return new FeedFetchError(`the body is larger than ${this.maxBytes} bytes (${where})`, { reason: 'too-large' });
  }
}

function decompressorFor(contentEncoding: string | undefined): zlib.Gunzip | zlib.BrotliDecompress | zlib.Inflate | undefined {
  const encoding = contentEncoding?.trim().toLowerCase();
  if (!encoding || encoding === 'identity') return undefined;
  if (encoding === 'gzip' || encoding === 'x-gzip') return zlib.createGunzip();
  if (encoding === 'br') return zlib.createBrotliDecompress();
  if (encoding === 'deflate') return zlib.createInflate();
  throw new FeedFetchError(`unsupported content encoding: ${contentEncoding}`, { reason: 'bad-encoding' });
}

/** `http://127.0.0.1:43123` as `127.0.0.1:43123`, the form connections are checked in. */
function loopbackOriginKey(origin: string): string {
  const url = new URL(origin);
  return `${canonicalAddress(url.hostname)}:${portOf(url)}`;
}

function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

function headerOf(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text === '' ? undefined : text;
}

async function resolveWithSystem(hostname: string): Promise<readonly ResolvedAddress[]> {
  const addresses = await systemLookup(hostname, { all: true, verbatim: true });
  return addresses.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

function toFetchError(error: Error, url: URL): Error {
  if (error instanceof FeedFetchError) return error;
  if (error.name === 'AbortError') return error;
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? `could not resolve ${url.hostname}` : `connection to ${url.host} failed: ${code ?? error.message}`;
  return new FeedFetchError(reason, { reason: 'network', cause: error });
}
