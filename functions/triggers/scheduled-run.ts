/**
 * What EventBridge Scheduler tells a planner: the time the run was scheduled for. A run that
 * Lambda retries minutes later still plans that slot, so a retry repeats a run instead of
 * planning a different hour; a missing or unreadable time falls back to the clock.
 */
export interface ScheduledRunEvent {
  readonly scheduledTime?: string;
}

export function runTimeOf(event: ScheduledRunEvent | undefined, now: () => Date): Date {
  const scheduled = event?.scheduledTime === undefined ? Number.NaN : Date.parse(event.scheduledTime);
  return Number.isNaN(scheduled) ? now() : new Date(scheduled);
}
