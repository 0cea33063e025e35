/**
 * Builds a handler's dependencies on the first invocation (the cold start) and keeps them.
 * Importing a handler module therefore needs no environment, so local tools can import the
 * same module and pass their own dependencies to its factory.
 */
export function buildOnce<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}
