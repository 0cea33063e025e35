/** Another write kept winning the race for the same subscriber record; the request may be retried. */
export class ConcurrentUpdateError extends Error {
  constructor(readonly subscriberId: string) {
    super(`subscriber ${subscriberId} kept changing while it was being updated`);
    this.name = 'ConcurrentUpdateError';
  }
}
