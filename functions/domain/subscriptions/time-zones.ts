/** IANA time zones as this runtime knows them: the list offered on the pages and accepted on input. */
export const TIME_ZONES: readonly string[] = ['UTC', ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC')];

const byLowerCase = new Map(TIME_ZONES.map((zone) => [zone.toLowerCase(), zone]));
byLowerCase.set('etc/utc', 'Etc/UTC');

/**
 * The zone's name in the list's spelling, or undefined when the runtime does not know it.
 * Aliases the list leaves out (`Asia/Kolkata` where the list has `Asia/Calcutta`) resolve to
 * the listed name.
 */
export function canonicalTimeZone(input: string): string | undefined {
  const listed = byLowerCase.get(input.trim().toLowerCase());
  if (listed) return listed;
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: input.trim() }).resolvedOptions().timeZone;
    return byLowerCase.get(resolved.toLowerCase());
  } catch {
    // A RangeError is the runtime's way of saying the zone does not exist.
    return undefined;
  }
}
