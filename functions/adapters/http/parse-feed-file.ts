/**
 * Reads one feed from a file or an http(s) URL, for the command line: the normalised items, or a
 * `FeedReadError` whose message reads `<feed>: <reason>`, ready to print without a stack trace.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENV, optionalEnv } from '../../config/env.js';
import { decodeFeedBody } from '../../domain/feeds/decode.js';
import { FeedFetchError, FeedFormatError, FeedReadError } from '../../domain/feeds/errors.js';
import { parseFeed } from '../../domain/feeds/parse-feed.js';
import type { FeedFetcher } from '../../domain/feeds/ports.js';
import type { ParsedFeed } from '../../domain/feeds/types.js';
import { HttpFeedFetcher } from './http-feed-fetcher.js';

export interface ParseFeedFileOptions {
  /** Defaults to NEWSDESK_ALLOW_LOOPBACK_FEEDS=1, which only local tools set. */
  readonly allowLoopback?: boolean;
  /** Stands in for items without a date. Defaults to now. */
  readonly fetchedAt?: Date;
  /** The feed's language when it states none. */
  readonly language?: string;
  /** Replaces the HTTP fetcher (tests). */
  readonly fetcher?: FeedFetcher;
}

export async function parseFeedFile(pathOrUrl: string, options: ParseFeedFileOptions = {}): Promise<ParsedFeed> {
  const fetchedAt = options.fetchedAt ?? new Date();
  try {
    if (/^https?:\/\//i.test(pathOrUrl)) {
      const fetcher = options.fetcher ?? new HttpFeedFetcher({ allowLoopback: options.allowLoopback ?? optionalEnv(ENV.allowLoopbackFeeds) === '1' });
      const outcome = await fetcher.fetchFeed(pathOrUrl, {});
      if (outcome.kind === 'not-modified') throw new FeedReadError(pathOrUrl, 'the server answered 304 to an unconditional request');
      const text = await decodeFeedBody(outcome.body, outcome.contentType, { language: options.language });
      return await parseFeed(text, { feedUrl: pathOrUrl, baseUrl: outcome.finalUrl, fetchedAt, language: options.language });
    }
    const bytes = await readFile(pathOrUrl);
    const text = await decodeFeedBody(bytes, undefined, { language: options.language });
    return await parseFeed(text, { feedUrl: pathToFileURL(resolve(pathOrUrl)).href, fetchedAt, language: options.language });
  } catch (error) {
    throw toReadError(pathOrUrl, error);
  }
}

function toReadError(feed: string, error: unknown): FeedReadError {
  if (error instanceof FeedReadError) return error;
  if (error instanceof FeedFormatError || error instanceof FeedFetchError) {
    return new FeedReadError(feed, error.message, { cause: error });
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new FeedReadError(feed, 'no such file', { cause: error });
  if (code === 'EISDIR') return new FeedReadError(feed, 'is a directory, not a feed file', { cause: error });
  if (code === 'EACCES') return new FeedReadError(feed, 'permission denied', { cause: error });
  return new FeedReadError(feed, error instanceof Error ? error.message : String(error), { cause: error });
}
