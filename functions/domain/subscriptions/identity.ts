import { createHmac } from 'node:crypto';
import { domainToASCII } from 'node:url';

/**
 * Lower-cases and trims an address, and writes an internationalised domain in its ASCII
 * (punycode) form, the one mail is sent to: the same person must not get two records by case
 * or by how their domain was typed. An address whose domain cannot be converted is only trimmed
 * and lower-cased, as before.
 */
export function normaliseEmail(email: string): string {
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return trimmed;
  const domain = domainToASCII(trimmed.slice(at + 1));
  return domain ? `${trimmed.slice(0, at)}@${domain}` : trimmed;
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
