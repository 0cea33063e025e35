/**
 * Alert windows: fixed slots of the clock (default ten minutes). Fixed slots make every
 * window's identity a fact of the clock, not of when a run happened to start, so a run that
 * fires twice or catches up finds the same windows and the same delivery claims.
 */
export const DEFAULT_WINDOW_MINUTES = 10;

/**
 * How long a window is left open after it ends, so that a story whose worker stamped its time
 * just before the end, but wrote it just after, is still in the table when the window is read.
 */
export const SETTLE_SECONDS = 120;

export function windowStartOf(instant: Date, minutes = DEFAULT_WINDOW_MINUTES): Date {
  const size = minutes * 60_000;
  return new Date(Math.floor(instant.getTime() / size) * size);
}

/** The closed windows from the watermark up to now (less the settling time), oldest first. */
export function windowsToProcess(watermark: string | undefined, now: Date, minutes = DEFAULT_WINDOW_MINUTES, maxWindows = 144): Date[] {
  const size = minutes * 60_000;
  const lastClosedEnd = windowStartOf(new Date(now.getTime() - SETTLE_SECONDS * 1000), minutes).getTime();
  // A first run starts with the window that just closed rather than with all of history.
  let start = watermark ? windowStartOf(new Date(watermark), minutes).getTime() : lastClosedEnd - size;
  const windows: Date[] = [];
  while (start + size <= lastClosedEnd && windows.length < maxWindows) {
    windows.push(new Date(start));
    start += size;
  }
  return windows;
}
