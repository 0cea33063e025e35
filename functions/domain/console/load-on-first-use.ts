/**
 * Parts of the console that only some requests need (the draft composer, the email preview, the
 * feed preview) are imported with their first request, so a cold start neither reads nor parses
 * them. A load that fails (a chunk that cannot be read) fails that request alone and is
 * forgotten: the next request tries again instead of failing for the life of the instance.
 */

/** A part of the console could not be loaded: the request did nothing. */
export class PartUnavailableError extends Error {
  constructor(
    readonly part: string,
    cause: unknown,
  ) {
    super(`the console's ${part} could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'PartUnavailableError';
  }
}

/** `load`, run on the first call and kept once it has succeeded; a failure becomes `PartUnavailableError`. */
export function loadOnFirstUse<T>(part: string, load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw new PartUnavailableError(part, error);
    }));
}
