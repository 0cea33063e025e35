import { describe, expect, it } from 'vitest';
import { subscriberIdFor } from '../../../functions/domain/subscriptions/identity.js';
import { feedbackFromSesEvent, recordMailFeedback, UnreadableMailFeedbackError } from '../../../functions/domain/subscriptions/mail-feedback.js';
import { InMemorySubscriptionStore, InMemorySuppressionList, KEY } from './fakes.js';

const RECEIVED = new Date('2026-03-02T10:00:00Z');

const bounce = (bounceType: string, ...addresses: string[]) => ({
  eventType: 'Bounce',
  bounce: {
    bounceType,
    bounceSubType: bounceType === 'Permanent' ? 'NoEmail' : 'MailboxFull',
    bouncedRecipients: addresses.map((emailAddress) => ({ emailAddress, status: '5.1.1' })),
    timestamp: '2026-03-02T09:59:00.000Z',
  },
  mail: { messageId: 'm-1' },
});

const complaint = (address: string) => ({
  notificationType: 'Complaint',
  complaint: { complainedRecipients: [{ emailAddress: address }], complaintFeedbackType: 'abuse', timestamp: '2026-03-02T09:58:00.000Z' },
});

describe('reading SES events', () => {
  it('turns a permanent bounce into a suppression for each recipient', () => {
    expect(feedbackFromSesEvent(bounce('Permanent', 'a@example.com', 'b@example.com'), RECEIVED)).toEqual([
      { kind: 'suppress', email: 'a@example.com', reason: 'bounce', detail: 'Permanent/NoEmail', at: new Date('2026-03-02T09:59:00.000Z') },
      { kind: 'suppress', email: 'b@example.com', reason: 'bounce', detail: 'Permanent/NoEmail', at: new Date('2026-03-02T09:59:00.000Z') },
    ]);
  });

  it('counts transient and undetermined bounces, suppresses on any complaint, ignores deliveries', () => {
    expect(feedbackFromSesEvent(bounce('Transient', 'a@example.com'), RECEIVED)[0].kind).toBe('transient-bounce');
    expect(feedbackFromSesEvent(bounce('Undetermined', 'a@example.com'), RECEIVED)[0].kind).toBe('transient-bounce');
    expect(feedbackFromSesEvent(complaint('a@example.com'), RECEIVED)).toEqual([
      { kind: 'suppress', email: 'a@example.com', reason: 'complaint', detail: 'abuse', at: new Date('2026-03-02T09:58:00.000Z') },
    ]);
    expect(feedbackFromSesEvent({ eventType: 'Delivery', delivery: {} }, RECEIVED)).toEqual([]);
  });

  it('refuses something that is not an SES event', () => {
    expect(() => feedbackFromSesEvent('hello', RECEIVED)).toThrow(UnreadableMailFeedbackError);
  });

  it('tells the operator what is wrong with an event it cannot read', () => {
    const reasons = [
      'hello',
      null,
      { eventType: 'Bounce', bounce: {} },
      { notificationType: 'Complaint', complaint: { complainedRecipients: 'a@example.com' } },
    ].map((message) => {
      try {
        feedbackFromSesEvent(message, RECEIVED);
      } catch (error) {
        return (error as Error).message;
      }
      return 'accepted';
    });
    expect(reasons).toEqual([
      'not an SES bounce or complaint event: Invalid input: expected object, received string',
      'not an SES bounce or complaint event: Invalid input: expected object, received null',
      'not an SES bounce or complaint event: Invalid input: expected string, received undefined',
      'not an SES bounce or complaint event: Invalid input: expected array, received string',
    ]);
  });

  it('reads a bounce without recipients as nothing to do, and a complaint without a feedback type', () => {
    expect(feedbackFromSesEvent({ eventType: 'Bounce', bounce: { bounceType: 'Permanent' } }, RECEIVED)).toEqual([]);
    const noType = { notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'a@example.com' }], complaintFeedbackType: null } };
    expect(feedbackFromSesEvent(noType, RECEIVED)).toEqual([
      { kind: 'suppress', email: 'a@example.com', reason: 'complaint', detail: undefined, at: RECEIVED },
    ]);
  });
});

describe('recording feedback', () => {
  async function confirmed(email: string) {
    const store = new InMemorySubscriptionStore();
    const subscriberId = subscriberIdFor(email, KEY);
    await store.putSubscriber({
      subscriberId,
      email,
      status: 'confirmed',
      regions: ['hk'],
      topics: [],
      frequency: 'weekly',
      timeZone: 'UTC',
      paused: false,
      consent: { textVersion: 'v', signedUpAt: '2026-01-01T00:00:00Z', confirmedAt: '2026-01-01T00:01:00Z', sourcePage: '/subscribe' },
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:01:00Z',
    });
    return { store, suppressions: new InMemorySuppressionList(), subscriberId };
  }

  it('suppresses a complainer: on the list, and out of the digest list', async () => {
    const { store, suppressions, subscriberId } = await confirmed('reader@example.com');
    const [feedback] = feedbackFromSesEvent(complaint('Reader@example.com'), RECEIVED);

    await recordMailFeedback({ store, suppressions, hashKey: KEY }, feedback);
    await recordMailFeedback({ store, suppressions, hashKey: KEY }, feedback);

    expect(await suppressions.isSuppressed(subscriberId)).toBe(true);
    expect(suppressions.entries.get(subscriberId)).toMatchObject({ reason: 'complaint', detail: 'abuse' });
    expect(store.records.get(subscriberId)?.suppressionReason).toBe('complaint: abuse');
    expect(await store.listDigestSubscribers()).toEqual([]);
  });

  it('counts transient bounces without stopping mail', async () => {
    const { store, suppressions, subscriberId } = await confirmed('reader@example.com');
    const [feedback] = feedbackFromSesEvent(bounce('Transient', 'reader@example.com'), RECEIVED);
    await recordMailFeedback({ store, suppressions, hashKey: KEY }, feedback);
    await recordMailFeedback({ store, suppressions, hashKey: KEY }, feedback);

    expect(store.records.get(subscriberId)).toMatchObject({ transientBounces: 2, lastBounceAt: '2026-03-02T09:59:00.000Z' });
    expect(await suppressions.isSuppressed(subscriberId)).toBe(false);
    expect(await store.listDigestSubscribers()).toHaveLength(1);
  });

  it('suppresses an address it has no record of, keeping no address', async () => {
    const store = new InMemorySubscriptionStore();
    const suppressions = new InMemorySuppressionList();
    const [feedback] = feedbackFromSesEvent(bounce('Permanent', 'gone@example.com'), RECEIVED);
    await recordMailFeedback({ store, suppressions, hashKey: KEY }, feedback);
    expect(await suppressions.isSuppressed(subscriberIdFor('gone@example.com', KEY))).toBe(true);
    expect(store.records.size).toBe(0);
    expect(JSON.stringify([...suppressions.entries.values()])).not.toContain('gone@');
  });
});
