/** A send that will never succeed as it stands (rejected address, unverified sender): record, don't retry. */
export class PermanentSendError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'PermanentSendError';
  }
}

/** A send that may succeed later (throttling, a timeout): retry with backoff. */
export class TransientSendError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'TransientSendError';
  }
}
