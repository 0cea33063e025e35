/**
 * Code that only some requests need (the console's draft composer and feed preview, the
 * classifier in fetch-feed, a legacy charset's tables) is imported with its first use, so a cold
 * start neither reads nor parses it. A load that fails (a chunk that cannot be read) fails that
 * request or message alone and is forgotten: the next one tries again instead of failing for the
 * life of the instance.
 */

/** A part loaded on first use could not be loaded: the request or message did nothing. */
export class PartUnavailableError extends Error {
  constructor(
    readonly part: string,
    cause: unknown,
  ) {
    super(`the ${part} could not be loaded: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
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

type AsyncMethods<T> = { [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never };

/**
 * An object with `methods` of what `load` builds, which load it on the first call of any of
 * them and then forward to it: for an adapter only some requests use, such as a repository
 * that one page of the console reads. Every method must return a promise.
 */
export function methodsOnFirstUse<T extends object, K extends keyof T & string>(
  part: string,
  load: () => Promise<T>,
  methods: readonly K[],
): AsyncMethods<Pick<T, K>> {
  const loaded = loadOnFirstUse(part, load);
  return Object.fromEntries(
    methods.map((name) => [
      name,
      async (...args: unknown[]) => {
        const target = await loaded();
        return (target[name] as (...args: unknown[]) => Promise<unknown>).apply(target, args);
      },
    ]),
  ) as AsyncMethods<Pick<T, K>>;
}
