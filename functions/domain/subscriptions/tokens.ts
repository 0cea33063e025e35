/**
 * The two kinds of token in Newsdesk links. A confirmation token is random, single use and
 * expires; only its hash is stored. A link token (preferences, unsubscribe) is an HMAC of the
 * subscriber id and its purpose, so any sender can build it without writing anything.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { PendingConfirmation } from './types.js';

/** `restore` takes back an unsubscribe or an erasure; it is only ever shown on the page that did it. */
export type LinkPurpose = 'manage' | 'unsubscribe' | 'restore';

const SUBSCRIBER_ID_PATTERN = /^[0-9a-f]{32}$/;
const TOKEN_PATTERN = /^([0-9a-f]{32})\.([A-Za-z0-9_-]{20,64})$/;
const LINK_MAC_BYTES = 24;

export function isSubscriberId(value: string): boolean {
  return SUBSCRIBER_ID_PATTERN.test(value);
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface IssuedConfirmation {
  /** Goes into the email, never into storage. */
  readonly token: string;
  /** Goes into storage. */
  readonly confirmation: PendingConfirmation;
}

export function issueConfirmationToken(subscriberId: string, now: Date, validForMs: number): IssuedConfirmation {
  const token = `${subscriberId}.${randomBytes(32).toString('base64url')}`;
  return {
    token,
    confirmation: {
      tokenHash: hashToken(token),
      issuedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + validForMs).toISOString(),
    },
  };
}

/** The subscriber id a well-formed token names, or undefined for anything else. */
export function subscriberIdOfToken(token: string): string | undefined {
  return TOKEN_PATTERN.exec(token)?.[1];
}

export function tokenMatches(token: string, confirmation: PendingConfirmation | undefined): boolean {
  if (!confirmation) return false;
  const presented = Buffer.from(hashToken(token), 'hex');
  const stored = Buffer.from(confirmation.tokenHash, 'hex');
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

// A key of its own for link tokens, derived from the subscriber hash key, so that a link MAC
// can never be mistaken for a subscriber id computed with the same key.
function linkKey(key: string): Buffer {
  return createHmac('sha256', key).update('newsdesk/link-token/v1').digest();
}

function linkMac(subscriberId: string, purpose: LinkPurpose, key: string): Buffer {
  return createHmac('sha256', linkKey(key)).update(`${purpose}:${subscriberId}`).digest().subarray(0, LINK_MAC_BYTES);
}

export function signLinkToken(subscriberId: string, purpose: LinkPurpose, key: string): string {
  return `${subscriberId}.${linkMac(subscriberId, purpose, key).toString('base64url')}`;
}

/** The subscriber id the token was signed for, if it was signed with `key` for `purpose`. */
export function verifyLinkToken(token: string, purpose: LinkPurpose, key: string): string | undefined {
  const match = TOKEN_PATTERN.exec(token);
  if (!match) return undefined;
  const [, subscriberId, mac] = match;
  const presented = Buffer.from(mac, 'base64url');
  const expected = linkMac(subscriberId, purpose, key);
  return presented.length === expected.length && timingSafeEqual(presented, expected) ? subscriberId : undefined;
}
