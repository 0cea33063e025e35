import { createHmac } from 'node:crypto';

/** Lower-cases and trims an address; the same person must not get two records by case alone. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * A keyed hash of the normalised address: the subscriber's key, and what a suppression list
 * keeps after erasure, so the address itself need not be kept.
 */
export function subscriberIdFor(email: string, key: string): string {
  return createHmac('sha256', key).update(normaliseEmail(email)).digest('hex').slice(0, 32);
}

/** A keyed hash of a client's network address: rate limits count by it, never by the address itself. */
export function clientIdFor(clientAddress: string, key: string): string {
  return createHmac('sha256', key).update(`client:${clientAddress.trim().toLowerCase()}`).digest('hex').slice(0, 32);
}
