import { describe, expect, it } from 'vitest';
import { PermanentSendError, TransientSendError } from '../../../functions/domain/errors.js';
import { planDigest, type PlanDigestDeps } from '../../../functions/domain/digest/plan-digest.js';
import type { DigestSendJob } from '../../../functions/domain/digest/ports.js';
import { createDigestSender, type SendDigestDeps } from '../../../functions/domain/digest/send-digest.js';
import type { StoryReader } from '../../../functions/domain/ports.js';
import { digestEmails } from '../../../functions/web/email/digest-email.js';
import type { Story } from '../../../functions/domain/stories.js';
import type { Mailer, OutgoingEmail } from '../../../functions/domain/ports.js';
import { aStory, aSubscriber, MemoryDeliveries, MemoryEditions, MemoryMailer, MemoryQueue, MemorySubscribers } from '../../support/digest-fixtures.js';

const MONDAY_8AM_HONG_KONG = new Date('2026-11-30T00:00:00Z');

function storiesOf(stories: Story[]): StoryReader {
  return {
    getStory: async (id) => stories.find((s) => s.storyId === id),
    listStoredBetween: async (from, to) => stories.filter((s) => s.storedAt >= from && s.storedAt < to),
  };
}

function setUp(options: { held?: string[]; mailer?: Mailer } = {}) {
  const subscribers = new MemorySubscribers([
    aSubscriber({ email: 'ada@reader.example', regions: ['hk'] }),
    aSubscriber({ email: 'bruno@reader.example', regions: ['europe'], timeZone: 'Europe/Berlin' }),
    aSubscriber({ email: 'paused@reader.example', regions: ['hk'], paused: true }),
  ]);
  const editions = new MemoryEditions();
  const deliveries = new MemoryDeliveries();
  const queue = new MemoryQueue<DigestSendJob>();
  const mailer = options.mailer ?? new MemoryMailer();
  const autoSendRegion = (regionId: string) => !(options.held ?? []).includes(regionId);
  const planDeps: PlanDigestDeps = {
    stories: storiesOf([aStory({ storedAt: '2026-11-28T00:00:00.000Z' })]),
    editions,
    subscribers,
    sendQueue: queue,
    maxItemsPerEdition: 10,
    autoSendRegion,
  };
  let clock = MONDAY_8AM_HONG_KONG;
  const sendDeps: SendDigestDeps = {
    subscribers,
    editions,
    deliveries,
    mailer,
    emails: digestEmails,
    publicBaseUrl: 'https://newsdesk.example',
    listId: 'Newsdesk <digest.newsdesk.example>',
    addressingFor: () => ({ links: { preferences: 'https://p', unsubscribe: 'https://u' }, headers: { 'List-Unsubscribe': '<https://u>' } }),
    autoSendRegion,
    isSuppressed: async () => false,
    leaseSeconds: 60,
    now: () => clock,
  };
  return { planDeps, sendDeps, queue, editions, deliveries, mailer, setClock: (d: Date) => (clock = d) };
}

describe('planning the weekly digest', () => {
  it('enqueues only the readers whose local send time has come', async () => {
    const { planDeps, queue } = setUp();
    const result = await planDigest(planDeps, MONDAY_8AM_HONG_KONG);
    expect(result.subscribersDue).toBe(1);
    expect(queue.jobs).toEqual([{ kind: 'digest', week: '2026-W49', subscriberId: expect.any(String) }]);
  });

  it('composes each edition once even when the schedule fires twice', async () => {
    const { planDeps, editions } = setUp();
    await planDigest(planDeps, MONDAY_8AM_HONG_KONG);
    await planDigest(planDeps, MONDAY_8AM_HONG_KONG);
    expect(editions.creations).toBe(1);
  });

  it('holds an unapproved edition of a region that waits for its editor', async () => {
    const { planDeps, queue } = setUp({ held: ['hk'] });
    const result = await planDigest(planDeps, MONDAY_8AM_HONG_KONG);
    expect(result.editions).toEqual([expect.objectContaining({ editionId: 'hk#2026-W49', held: true })]);
    expect(queue.jobs).toHaveLength(0);
  });
});

describe('sending a digest exactly once', () => {
  it('sends once when the same job arrives twice', async () => {
    const { planDeps, sendDeps, queue, mailer } = setUp();
    await planDigest(planDeps, MONDAY_8AM_HONG_KONG);
    const send = createDigestSender(sendDeps);
    expect(await send(queue.jobs[0])).toBe('sent');
    expect(await send(queue.jobs[0])).toBe('already-sent');
    expect((mailer as MemoryMailer).sent).toHaveLength(1);
    expect((mailer as MemoryMailer).sent[0].headers['List-Id']).toBe('Newsdesk <digest.newsdesk.example>');
  });

  it('retries after a throttled send and then sends once', async () => {
    let calls = 0;
    const sent: OutgoingEmail[] = [];
    const flaky: Mailer = {
      async send(email) {
        calls += 1;
        if (calls === 1) throw new TransientSendError('throttled');
        sent.push(email);
        return 'id';
      },
    };
    const { planDeps, sendDeps, queue } = setUp({ mailer: flaky });
    await planDigest(planDeps, MONDAY_8AM_HONG_KONG);
    const send = createDigestSender(sendDeps);
    await expect(send(queue.jobs[0])).rejects.toThrow('throttled');
    expect(await send(queue.jobs[0])).toBe('sent');
    expect(sent).toHaveLength(1);
  });

  it('records a permanent refusal and does not try again', async () => {
    let calls = 0;
    const refusing: Mailer = {
      async send() {
        calls += 1;
        throw new PermanentSendError('address rejected');
      },
    };
    const { planDeps, sendDeps, queue, deliveries } = setUp({ mailer: refusing });
    await planDigest(planDeps, MONDAY_8AM_HONG_KONG);
    const send = createDigestSender(sendDeps);
    expect(await send(queue.jobs[0])).toBe('failed-permanently');
    expect(await send(queue.jobs[0])).toBe('failed-permanently');
    expect(calls).toBe(1);
    expect([...deliveries.items.values()][0]).toMatchObject({ state: 'permanently-failed', lastError: 'address rejected' });
  });

  it('takes over a claim whose worker crashed, but only after its lease', async () => {
    const { planDeps, sendDeps, queue, deliveries, mailer, setClock } = setUp();
    await planDigest(planDeps, MONDAY_8AM_HONG_KONG);
    const job = queue.jobs[0];
    // A worker claimed the delivery and died before calling SES.
    await deliveries.claimDelivery({ deliveryId: `digest#${job.week}#${job.subscriberId}`, subscriberId: job.subscriberId }, MONDAY_8AM_HONG_KONG, 60);
    expect(await createDigestSender(sendDeps)(job)).toBe('in-flight');
    setClock(new Date(MONDAY_8AM_HONG_KONG.getTime() + 61_000));
    expect(await createDigestSender(sendDeps)(job)).toBe('sent');
    expect((mailer as MemoryMailer).sent).toHaveLength(1);
  });

  it('sends nothing to a paused, unsubscribed or suppressed reader', async () => {
    const { sendDeps, mailer } = setUp();
    const paused = [...(sendDeps.subscribers as MemorySubscribers).items.values()].find((s) => s.paused)!;
    const send = createDigestSender({ ...sendDeps, isSuppressed: async (s) => s.email === 'ada@reader.example' });
    expect(await send({ kind: 'digest', week: '2026-W49', subscriberId: paused.subscriberId })).toBe('not-subscribed');
    const ada = [...(sendDeps.subscribers as MemorySubscribers).items.values()].find((s) => s.email === 'ada@reader.example')!;
    expect(await send({ kind: 'digest', week: '2026-W49', subscriberId: ada.subscriberId })).toBe('not-subscribed');
    expect((mailer as MemoryMailer).sent).toHaveLength(0);
  });
});
