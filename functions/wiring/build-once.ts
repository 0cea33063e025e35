/**
 * Builds a handler's dependencies on the first invocation (the cold start) and keeps them.
 * Importing a handler module therefore needs no environment, so local tools can import the
 * same module and pass their own dependencies to its factory. An asynchronous build that fails
 * (a secret that could not be read) is forgotten, so the next invocation tries again.
 */
export function buildOnce<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    if (built) return built.value;
    const value = build();
    built = { value };
    if (value instanceof Promise) {
      value.catch(() => {
        built = undefined;
      });
    }
    return value;
  };
}
