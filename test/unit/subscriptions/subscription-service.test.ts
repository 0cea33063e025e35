import { describe, expect, it } from 'vitest';
import { CONSENT_VERSION } from '../../../functions/domain/subscriptions/consent.js';
import { ConcurrentUpdateError } from '../../../functions/domain/subscriptions/errors.js';
import { subscriberIdFor } from '../../../functions/domain/subscriptions/identity.js';
import { signLinkToken } from '../../../functions/domain/subscriptions/tokens.js';
import type { SignUpInput } from '../../../functions/domain/subscriptions/validation.js';
import { KEY, subscriptionFixture } from './fakes.js';

const ORIGIN = { clientAddress: '203.0.113.7' };

function aSignUp(email: string, overrides: Partial<SignUpInput['preferences']> = {}): SignUpInput {
  return {
    email,
    preferences: { regions: ['hk'], topics: ['ai-training'], frequency: 'weekly', timeZone: 'Asia/Hong_Kong', paused: false, ...overrides },
    consentVersion: CONSENT_VERSION,
    sourcePage: '/subscribe',
  };
}

describe('signing up', () => {
  it('stores a pending record with only the hash of the emailed token, and sends a confirmation link', async () => {
    const { service, store, notifier, clock } = subscriptionFixture();

    expect(await service.signUp(aSignUp('reader@example.com'), ORIGIN)).toBe('accepted');

    const token = notifier.lastConfirmationToken('reader@example.com');
    const record = store.records.get(subscriberIdFor('reader@example.com', KEY))!;
    expect(record).toMatchObject({ status: 'pending', regions: ['hk'], topics: ['ai-training'], timeZone: 'Asia/Hong_Kong' });
    expect(record.consent).toEqual({ textVersion: CONSENT_VERSION, signedUpAt: clock.current.toISOString(), sourcePage: '/subscribe' });
    expect(JSON.stringify(record)).not.toContain(token.split('.')[1]);
    expect(record.confirmation?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(Date.parse(record.confirmation!.expiresAt) - clock.current.getTime()).toBe(72 * 3_600_000);
  });

  it('emails a confirmed subscriber their preferences link instead, keeping their choices and their one record', async () => {
    const { service, store, notifier } = subscriptionFixture();
    await service.signUp(aSignUp('reader@example.com'), ORIGIN);
    await service.confirm(notifier.lastConfirmationToken('reader@example.com'));

    await service.signUp(aSignUp('Reader@Example.com ', { regions: ['europe'] }), ORIGIN);

    expect(store.records.size).toBe(1);
    expect([...store.records.values()][0]).toMatchObject({ status: 'confirmed', regions: ['hk'] });
    expect(notifier.sent.at(-1)).toMatchObject({ kind: 'manage-links', to: 'reader@example.com' });
  });

  it('sends an unsubscribed address a new confirmation, and sends nothing else until it is confirmed', async () => {
    const { service, store, notifier } = subscriptionFixture();
    await service.signUp(aSignUp('reader@example.com'), ORIGIN);
    await service.confirm(notifier.lastConfirmationToken('reader@example.com'));
    const subscriberId = subscriberIdFor('reader@example.com', KEY);
    await service.unsubscribe(subscriberId);

    await service.signUp(aSignUp('reader@example.com', { regions: ['europe'] }), ORIGIN);

    expect(notifier.sent.at(-1)).toMatchObject({ kind: 'confirmation', to: 'reader@example.com' });
    expect(store.records.get(subscriberId)).toMatchObject({ status: 'pending', regions: ['europe'] });
    expect(await store.listDigestSubscribers()).toEqual([]);
  });

  it('refuses a fourth email for the same address within the hour, then allows it in the next hour', async () => {
    const { service, notifier, clock } = subscriptionFixture();
    for (let attempt = 0; attempt < 3; attempt++) expect(await service.signUp(aSignUp('reader@example.com'), ORIGIN)).toBe('accepted');

    expect(await service.signUp(aSignUp('reader@example.com'), { clientAddress: '198.51.100.1' })).toBe('rate-limited');
    expect(notifier.sent).toHaveLength(3);

    clock.advanceHours(1);
    expect(await service.signUp(aSignUp('reader@example.com'), ORIGIN)).toBe('accepted');
  });

  it('limits one client across many addresses', async () => {
    const { service, notifier } = subscriptionFixture({ perClient: { limit: 2, windowSeconds: 3600 } });
    expect(await service.signUp(aSignUp('a@example.com'), ORIGIN)).toBe('accepted');
    expect(await service.signUp(aSignUp('b@example.com'), ORIGIN)).toBe('accepted');
    expect(await service.signUp(aSignUp('c@example.com'), ORIGIN)).toBe('rate-limited');
    expect(notifier.sent.map((n) => n.to)).toEqual(['a@example.com', 'b@example.com']);
  });
});

describe('confirming', () => {
  it('confirms once; the same link then reports itself used and confirms nothing more', async () => {
    const { service, store, notifier, clock } = subscriptionFixture();
    await service.signUp(aSignUp('reader@example.com'), ORIGIN);
    const token = notifier.lastConfirmationToken('reader@example.com');

    expect((await service.describeConfirmation(token)).state).toBe('valid');
    const outcome = await service.confirm(token);

    expect(outcome.state).toBe('confirmed');
    const record = [...store.records.values()][0];
    expect(record.status).toBe('confirmed');
    expect(record.consent.confirmedAt).toBe(clock.current.toISOString());
    expect(record.confirmation).toBeUndefined();
    expect(record.expiresAt).toBeUndefined();
    expect((await service.confirm(token)).state).toBe('used');
  });

  it('reports a link older than 72 hours as expired and leaves the sign-up unconfirmed', async () => {
    const { service, store, notifier, clock } = subscriptionFixture();
    await service.signUp(aSignUp('reader@example.com'), ORIGIN);
    const token = notifier.lastConfirmationToken('reader@example.com');

    clock.advanceHours(72);

    expect((await service.confirm(token)).state).toBe('expired');
    expect([...store.records.values()][0].status).toBe('pending');
  });

  it('replaces the link when a new one is asked for: the old one stops working', async () => {
    const { service, notifier } = subscriptionFixture();
    await service.signUp(aSignUp('reader@example.com'), ORIGIN);
    const first = notifier.lastConfirmationToken('reader@example.com');

    expect(await service.resendFromToken(first, ORIGIN)).toBe('sent');
    const second = notifier.lastConfirmationToken('reader@example.com');

    expect(second).not.toBe(first);
    expect((await service.confirm(first)).state).toBe('used');
    expect((await service.confirm(second)).state).toBe('confirmed');
  });

  it('treats a malformed or unknown token as unknown', async () => {
    const { service } = subscriptionFixture();
    expect((await service.confirm('not-a-token')).state).toBe('unknown');
    expect((await service.confirm(`${'a'.repeat(32)}.${'b'.repeat(43)}`)).state).toBe('unknown');
  });

  it('reports the link used when another confirmation wins the race between read and write', async () => {
    const { service, store, notifier } = subscriptionFixture();
    await service.signUp(aSignUp('reader@example.com'), ORIGIN);
    const token = notifier.lastConfirmationToken('reader@example.com');
    const subscriberId = subscriberIdFor('reader@example.com', KEY);
    store.beforeNextSave = () => {
      const current = store.records.get(subscriberId)!;
      const { confirmation: _consumed, ...rest } = current;
      store.records.set(subscriberId, { ...rest, status: 'confirmed', version: (current.version ?? 0) + 1 });
    };

    const outcome = await service.confirm(token);

    expect(outcome.state).toBe('used');
    expect(store.records.get(subscriberId)?.version).toBe(2);
  });

  it('gives up with a typed error when the record never stops changing', async () => {
    const { service, store, notifier } = subscriptionFixture();
    await service.signUp(aSignUp('reader@example.com'), ORIGIN);
    const token = notifier.lastConfirmationToken('reader@example.com');
    const subscriberId = subscriberIdFor('reader@example.com', KEY);
    const original = store.saveSubscriber.bind(store);
    store.saveSubscriber = async (subscriber, expected) => {
      const current = store.records.get(subscriberId)!;
      store.records.set(subscriberId, { ...current, version: (current.version ?? 0) + 1 });
      return original(subscriber, expected);
    };

    await expect(service.confirm(token)).rejects.toBeInstanceOf(ConcurrentUpdateError);
  });
});

describe('preferences, unsubscribe, export and erasure', () => {
  async function confirmedReader() {
    const fixture = subscriptionFixture();
    await fixture.service.signUp(aSignUp('reader@example.com'), ORIGIN);
    await fixture.service.confirm(fixture.notifier.lastConfirmationToken('reader@example.com'));
    return { ...fixture, subscriberId: subscriberIdFor('reader@example.com', KEY) };
  }

  it('changes a confirmed subscriber’s choices and pauses them out of the digest list', async () => {
    const { service, store, subscriberId } = await confirmedReader();
    const outcome = await service.updatePreferences(subscriberId, {
      regions: ['europe', 'hk'],
      topics: [],
      frequency: 'both',
      timeZone: 'Europe/Dublin',
      paused: true,
    });
    expect(outcome.saved).toBe(true);
    expect(store.records.get(subscriberId)).toMatchObject({
      regions: ['europe', 'hk'],
      topics: [],
      frequency: 'both',
      timeZone: 'Europe/Dublin',
      paused: true,
    });
    expect(await store.listDigestSubscribers()).toEqual([]);
  });

  it('unsubscribes at once and idempotently, and schedules the record for deletion after 30 days', async () => {
    const { service, store, clock, subscriberId } = await confirmedReader();
    await service.unsubscribe(subscriberId);
    await service.unsubscribe(subscriberId);
    const record = store.records.get(subscriberId)!;
    expect(record.status).toBe('unsubscribed');
    expect(record.expiresAt).toBe(Math.floor(clock.current.getTime() / 1000) + 30 * 86_400);
    expect(await store.listDigestSubscribers()).toEqual([]);
    expect((await service.updatePreferences(subscriberId, { regions: ['hk'], topics: [], frequency: 'weekly', timeZone: 'UTC', paused: false })).saved).toBe(
      false,
    );
  });

  it('exports the record, its suppression entry and its deliveries', async () => {
    const { service, deliveries, subscriberId } = await confirmedReader();
    deliveries.items.push(
      { deliveryId: `digest#2026-W10#${subscriberId}`, subscriberId, state: 'sent' },
      { deliveryId: 'digest#2026-W10#other', subscriberId: 'other' },
    );
    const data = await service.exportData(subscriberId);
    expect(data.subscriber?.email).toBe('reader@example.com');
    expect(data.deliveries).toEqual([{ deliveryId: `digest#2026-W10#${subscriberId}`, subscriberId, state: 'sent' }]);
    expect(data.suppression).toBeNull();
  });

  it('erases the record and the deliveries, keeping only the keyed hash on the suppression list', async () => {
    const { service, store, suppressions, deliveries, subscriberId } = await confirmedReader();
    deliveries.items.push({ deliveryId: `digest#2026-W10#${subscriberId}`, subscriberId });

    await service.erase(subscriberId);

    expect(store.records.has(subscriberId)).toBe(false);
    expect(deliveries.items).toEqual([]);
    expect(suppressions.entries.get(subscriberId)).toEqual({ subscriberId, reason: 'erased', suppressedAt: expect.any(String) });
    expect(JSON.stringify([...suppressions.entries.values()])).not.toContain('reader@');
  });

  it('lifts the suppression only when a new sign-up is confirmed', async () => {
    const { service, suppressions, notifier, subscriberId } = await confirmedReader();
    await service.erase(subscriberId);

    await service.signUp(aSignUp('reader@example.com'), ORIGIN);
    expect(await suppressions.isSuppressed(subscriberId)).toBe(true);

    await service.confirm(notifier.lastConfirmationToken('reader@example.com'));
    expect(await suppressions.isSuppressed(subscriberId)).toBe(false);
  });

  it('finds the subscriber of a signed link only for the purpose it was signed for', async () => {
    const { service, subscriberId } = await confirmedReader();
    const manage = signLinkToken(subscriberId, 'manage', KEY);
    expect((await service.subscriberForLink(manage, 'manage'))?.subscriber?.email).toBe('reader@example.com');
    expect(await service.subscriberForLink(manage, 'unsubscribe')).toBeUndefined();
    expect(await service.subscriberForLink(signLinkToken(subscriberId, 'manage', 'another-key'), 'manage')).toBeUndefined();
  });
});
