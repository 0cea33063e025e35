/**
 * Reads one press listing page from a file or an http(s) URL, for the command line: the releases
 * it lists, or a `FeedReadError` whose message reads `<page>: <reason>`, ready to print.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENV, optionalEnv } from '../../config/env.js';
import { FeedFetchError, FeedReadError } from '../../domain/feeds/errors.js';
import type { FeedFetcher } from '../../domain/feeds/ports.js';
import { decodeHtmlBody } from '../../domain/press/decode-html.js';
import { InvalidSelectorError, PressPageLayoutError } from '../../domain/press/errors.js';
import { readPressListing, type ListingEntry, type ListingSelectors } from '../../domain/press/read-listing.js';
import { HttpFeedFetcher } from './http-feed-fetcher.js';

export interface ParsePageFileOptions extends ListingSelectors {
  /** What relative links resolve against: the page's own address by default. */
  readonly baseUrl?: string;
  /** The IANA zone the page's dates are in. Default UTC. */
  readonly timeZone?: string;
  /** Defaults to NEWSDESK_ALLOW_LOOPBACK_FEEDS=1, which only local tools set. */
  readonly allowLoopback?: boolean;
  /** Replaces the HTTP fetcher (tests). */
  readonly fetcher?: FeedFetcher;
}

export async function parsePageFile(pathOrUrl: string, options: ParsePageFileOptions): Promise<ListingEntry[]> {
  const isUrl = /^https?:\/\//i.test(pathOrUrl);
  try {
    let html: string;
    let readFrom: string;
    if (isUrl) {
      const fetcher = options.fetcher ?? new HttpFeedFetcher({ allowLoopback: options.allowLoopback ?? optionalEnv(ENV.allowLoopbackFeeds) === '1' });
      const outcome = await fetcher.fetchFeed(pathOrUrl, {});
      if (outcome.kind === 'not-modified') throw new FeedReadError(pathOrUrl, 'the server answered 304 to an unconditional request');
      html = await decodeHtmlBody(outcome.body, outcome.contentType);
      readFrom = outcome.finalUrl;
    } else {
      html = await decodeHtmlBody(await readFile(pathOrUrl));
      readFrom = pathToFileURL(resolve(pathOrUrl)).href;
    }
    const entries = await readPressListing(html, { ...options, baseUrl: options.baseUrl ?? readFrom });
    if (entries.length === 0) {
      const hint = !isUrl && options.baseUrl === undefined ? ': relative links need --base-url' : '';
      throw new FeedReadError(pathOrUrl, `no release on the page has an http(s) link${hint}`);
    }
    return entries;
  } catch (error) {
    throw toReadError(pathOrUrl, error);
  }
}

function toReadError(page: string, error: unknown): FeedReadError {
  if (error instanceof FeedReadError) return error;
  if (error instanceof FeedFetchError || error instanceof PressPageLayoutError || error instanceof InvalidSelectorError) {
    return new FeedReadError(page, error.message, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new FeedReadError(page, 'no such file', { cause: error });
  if (code === 'EISDIR') return new FeedReadError(page, 'is a directory, not a page', { cause: error });
  if (code === 'EACCES') return new FeedReadError(page, 'permission denied', { cause: error });
  return new FeedReadError(page, error instanceof Error ? error.message : String(error), { cause: error });
}
