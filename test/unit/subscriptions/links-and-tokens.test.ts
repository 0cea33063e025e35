import { describe, expect, it } from 'vitest';
import { subscriberIdFor } from '../../../functions/domain/subscriptions/identity.js';
import { buildSubscriberLinks, listUnsubscribeHeaders } from '../../../functions/domain/subscriptions/links.js';
import {
  hashToken,
  issueConfirmationToken,
  signLinkToken,
  subscriberIdOfToken,
  tokenMatches,
  verifyLinkToken,
} from '../../../functions/domain/subscriptions/tokens.js';

const KEY = 'links-test-key';
const subscriberId = subscriberIdFor('reader@example.com', KEY);

describe('per-recipient links', () => {
  it('builds preferences, unsubscribe and export links for the subscriber, and no mailto', () => {
    const links = buildSubscriberLinks('https://newsdesk.example.com/', subscriberId, KEY);

    expect(links.preferences).toMatch(/^https:\/\/newsdesk\.example\.com\/preferences\?token=[0-9a-f]{32}\.[\w-]+$/);
    expect(links.unsubscribe).toMatch(/^https:\/\/newsdesk\.example\.com\/unsubscribe\?token=[0-9a-f]{32}\.[\w-]+$/);
    expect(links.export).toMatch(/^https:\/\/newsdesk\.example\.com\/export\?token=/);
    expect(Object.values(links).some((link) => link?.startsWith('mailto:'))).toBe(false);
  });

  it('gives the same links every time, so a sender needs no stored state', () => {
    expect(buildSubscriberLinks('https://n.example', subscriberId, KEY)).toEqual(buildSubscriberLinks('https://n.example', subscriberId, KEY));
  });

  it('advertises the https link alone, for one-click POST (RFC 8058): no mailbox that nobody reads', () => {
    const links = buildSubscriberLinks('https://n.example', subscriberId, KEY);
    expect(listUnsubscribeHeaders(links)).toEqual({
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });
});

describe('link tokens', () => {
  it('verify only with the same key and purpose, and not when altered', () => {
    const token = signLinkToken(subscriberId, 'unsubscribe', KEY);
    expect(verifyLinkToken(token, 'unsubscribe', KEY)).toBe(subscriberId);
    expect(verifyLinkToken(token, 'manage', KEY)).toBeUndefined();
    expect(verifyLinkToken(token, 'unsubscribe', 'other-key')).toBeUndefined();
    const otherId = subscriberIdFor('someone@example.com', KEY);
    expect(verifyLinkToken(`${otherId}.${token.split('.')[1]}`, 'unsubscribe', KEY)).toBeUndefined();
    expect(verifyLinkToken(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, 'unsubscribe', KEY)).toBeUndefined();
    expect(verifyLinkToken('', 'unsubscribe', KEY)).toBeUndefined();
  });
});

describe('confirmation tokens', () => {
  it('are random, name their subscriber, and match only their stored hash', () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const first = issueConfirmationToken(subscriberId, now, 1000);
    const second = issueConfirmationToken(subscriberId, now, 1000);

    expect(first.token).not.toBe(second.token);
    expect(subscriberIdOfToken(first.token)).toBe(subscriberId);
    expect(first.confirmation.tokenHash).toBe(hashToken(first.token));
    expect(first.confirmation.expiresAt).toBe('2026-01-01T00:00:01.000Z');
    expect(tokenMatches(first.token, first.confirmation)).toBe(true);
    expect(tokenMatches(second.token, first.confirmation)).toBe(false);
    expect(tokenMatches(first.token, undefined)).toBe(false);
  });
});
