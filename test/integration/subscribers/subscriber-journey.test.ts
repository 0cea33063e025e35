import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { FROM_ADDRESS, linkIn, signUpForm, startSubscriberHarness, tokenOf, type SubscriberHarness } from './harness.js';

/**
 * One reader's whole life as a subscriber, over real HTTP, with every link taken from the
 * emails the SES emulator received.
 */
describe('a subscriber’s journey', () => {
  let harness: SubscriberHarness;
  const reader = 'journey.reader@example.com';

  beforeAll(async () => {
    harness = await startSubscriberHarness();
  });
  afterAll(async () => {
    await harness?.stop();
  });

  let confirmLink: string;
  let preferencesLink: string;
  let unsubscribeLink: string;

  it('signs up and is told to check their email; the confirmation email arrives', async () => {
    const response = await harness.postForm('/subscribe', signUpForm(reader));

    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Check your email');
    const email = await harness.latestEmailTo(reader);
    expect(email.from).toBe(FROM_ADDRESS);
    expect(email.subject).toBe('Confirm your Newsdesk subscription');
    confirmLink = linkIn(email, '/confirm');
    expect(confirmLink.startsWith(harness.url)).toBe(true);
    expect(await harness.store.listDigestSubscribers()).toEqual([]);
  });

  it('opens the link and sees a button; opening it confirms nothing', async () => {
    for (let visit = 0; visit < 2; visit++) {
      const page = await harness.get(confirmLink);
      expect(page.status).toBe(200);
      const body = await page.text();
      expect(body).toContain('<button type="submit">Confirm subscription</button>');
      expect(body).toContain('Hong Kong');
    }
    expect((await harness.store.getSubscriber(harness.subscriberIdOf(reader)))?.status).toBe('pending');
  });

  it('presses the button and is subscribed, with the consent record complete', async () => {
    const response = await harness.postForm('/confirm', { token: tokenOf(confirmLink) });

    expect(response.status).toBe(200);
    const body = await response.text();
    expect(body).toContain('You are subscribed');
    preferencesLink = body.match(/href="([^"]*\/preferences\?token=[^"]+)"/)![1];
    const record = await harness.store.getSubscriber(harness.subscriberIdOf(reader));
    expect(record).toMatchObject({ status: 'confirmed', regions: ['hk', 'asia-pacific'], topics: ['ai-training', 'enforcement'], timeZone: 'Asia/Hong_Kong' });
    expect(record?.consent).toMatchObject({
      sourcePage: '/subscribe',
      textVersion: expect.any(String),
      signedUpAt: expect.any(String),
      confirmedAt: expect.any(String),
    });
    expect(record?.confirmation).toBeUndefined();
    expect((await harness.store.listDigestSubscribers()).map((s) => s.email)).toEqual([reader]);
  });

  it('signing up again sends the preferences link, never a second record', async () => {
    const response = await harness.postForm('/subscribe', signUpForm(reader.toUpperCase(), { regions: 'europe' }));

    expect(response.status).toBe(200);
    const email = await harness.latestEmailTo(reader);
    expect(email.subject).toBe('Your Newsdesk preferences');
    expect(linkIn(email, '/preferences')).toBe(preferencesLink);
    unsubscribeLink = linkIn(email, '/unsubscribe');
    const headers = Object.fromEntries((email.headers ?? []).map((h) => [h.name, h.value]));
    // The one-click link alone: no mailto that no mailbox would receive.
    expect(headers['List-Unsubscribe']).toBe(`<${unsubscribeLink}>`);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    expect((await harness.store.listDigestSubscribers()).map((s) => s.regions)).toEqual([['hk', 'asia-pacific']]);
  });

  it('changes preferences, and pausing takes them out of the digest', async () => {
    const page = await harness.get(preferencesLink);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/id="region-hk" name="regions" value="hk" checked/);

    const token = tokenOf(preferencesLink);
    const saved = await harness.postForm('/preferences', { token, regions: ['europe', 'ie'], topics: [], frequency: 'both', timeZone: 'Europe/Dublin' });
    expect(saved.status).toBe(200);
    expect(await saved.text()).toContain('Your preferences are saved.');
    expect(await harness.store.getSubscriber(harness.subscriberIdOf(reader))).toMatchObject({
      regions: ['europe', 'ie'],
      topics: [],
      frequency: 'both',
      timeZone: 'Europe/Dublin',
      paused: false,
    });

    await harness.postForm('/preferences', { token, regions: 'europe', frequency: 'weekly', timeZone: 'Europe/Dublin', paused: 'on' });
    expect(await harness.store.listDigestSubscribers()).toEqual([]);
    await harness.postForm('/preferences', { token, regions: 'europe', frequency: 'weekly', timeZone: 'Europe/Dublin' });
    expect(await harness.store.listDigestSubscribers()).toHaveLength(1);
  });

  it('lets a reader choose the day and hour of the digest, and plans them then', async () => {
    const token = tokenOf(preferencesLink);
    const form = { token, regions: 'europe', frequency: 'weekly', timeZone: 'Europe/Dublin' };
    const page = await (await harness.get(preferencesLink)).text();
    expect(page).toMatch(/<option value="1" selected>Monday<\/option>/);
    expect(page).toMatch(/<option value="8" selected>08:00<\/option>/);

    const saved = await harness.postForm('/preferences', { ...form, digestWeekday: '5', digestHour: '18' });
    expect(await saved.text()).toMatch(/<option value="5" selected>Friday<\/option>/);
    const id = harness.subscriberIdOf(reader);
    expect(await harness.store.getSubscriber(id)).toMatchObject({ digestWeekday: 5, digestHour: 18 });
    expect((await harness.store.listDueSubscribers('Europe/Dublin#5#18', { limit: 10 })).subscribers.map((s) => s.subscriberId)).toEqual([id]);
    expect((await harness.store.listDueSubscribers('Europe/Dublin#1#08', { limit: 10 })).subscribers).toEqual([]);

    const refused = await harness.postForm('/preferences', { ...form, digestWeekday: '8', digestHour: '25' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('Choose the day of your digest from the list');
    expect(await harness.store.getSubscriber(id)).toMatchObject({ digestWeekday: 5, digestHour: 18 });

    await harness.postForm('/preferences', { ...form, digestWeekday: '1', digestHour: '8' });
  });

  it('shows the preferences form again with the error when a choice is invalid, changing nothing', async () => {
    const token = tokenOf(preferencesLink);
    const response = await harness.postForm('/preferences', { token, regions: 'europe', frequency: 'weekly', timeZone: 'Europe/Atlantis' });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('Enter a time zone from the list');
    expect(body).toContain('value="Europe/Atlantis"');
    expect((await harness.store.getSubscriber(harness.subscriberIdOf(reader)))?.timeZone).toBe('Europe/Dublin');
  });

  it('unsubscribes with one POST, as a mail client does (RFC 8058): at once, idempotently, without a cookie', async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await fetch(unsubscribeLink, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('set-cookie')).toBeNull();
    }
    expect((await harness.store.getSubscriber(harness.subscriberIdOf(reader)))?.status).toBe('unsubscribed');
    expect(await harness.store.listDigestSubscribers()).toEqual([]);
  });

  it('links the promised download from the unsubscribed page and from the preferences link afterwards', async () => {
    const unsubscribed = await fetch(unsubscribeLink, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    const page = await unsubscribed.text();
    expect(page).toContain('so that you can download it');
    const onPage = /<a href="([^"]+\/export\?token=[^"]+)">/.exec(page)?.[1];
    expect(onPage).toBeDefined();

    const preferences = await (await harness.get(preferencesLink)).text();
    expect(preferences).toContain('You are not subscribed');
    const later = /<a href="([^"]+\/export\?token=[^"]+)">/.exec(preferences)?.[1];
    expect(later).toBeDefined();

    for (const link of [onPage!, later!]) {
      const download = await harness.get(link.replaceAll('&amp;', '&'));
      expect(download.status).toBe(200);
      expect(((await download.json()) as { subscriber: { email: string } }).subscriber.email).toBe(reader);
    }
  });

  it('downloads everything stored about them as JSON', async () => {
    const subscriberId = harness.subscriberIdOf(reader);
    const deliveries = [
      { deliveryId: `digest#2026-W10#${subscriberId}`, subscriberId, state: 'sent' },
      { deliveryId: `allowance#${subscriberId}#2026-03-02`, subscriberId, spentOn: new Set(['alert#story-1']) },
    ];
    for (const item of deliveries) {
      await harness.services.dynamo.send(new PutItemCommand({ TableName: harness.tables.Deliveries, Item: marshall(item) }));
    }

    const response = await harness.get(preferencesLink.replace('/preferences?', '/export?'));

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const data = (await response.json()) as { subscriber: Record<string, unknown>; deliveries: unknown[] };
    expect(data.subscriber).toMatchObject({ email: reader, status: 'unsubscribed', consent: expect.any(Object) });
    expect(data.deliveries).toEqual(
      expect.arrayContaining([
        { deliveryId: `digest#2026-W10#${subscriberId}`, subscriberId, state: 'sent' },
        { deliveryId: `allowance#${subscriberId}#2026-03-02`, subscriberId, spentOn: ['alert#story-1'] },
      ]),
    );
    expect(data.deliveries).toHaveLength(2);
  });

  it('offers the download first, stops all mail and deletes what was sent at once, and deletes the record after 7 days', async () => {
    const subscriberId = harness.subscriberIdOf(reader);
    const page = await (await harness.get(preferencesLink.replace('/preferences?', '/erase?'))).text();
    expect(page).toContain('keyed hash of your address');
    // The download comes before the button that erases.
    expect(page.indexOf('/export?token=')).toBeGreaterThan(0);
    expect(page.indexOf('/export?token=')).toBeLessThan(page.indexOf('Erase my data'));

    const response = await harness.postForm('/erase', { token: tokenOf(preferencesLink) });

    expect(response.status).toBe(200);
    const erased = await response.text();
    expect(erased).toContain('We keep only a keyed hash of your address on our suppression list');
    expect(erased).toContain('Take it back: restore my data');
    expect(await harness.suppressions.isSuppressed(subscriberId)).toBe(true);
    const during = (await (await harness.get(preferencesLink.replace('/preferences?', '/export?'))).json()) as Record<string, unknown>;
    expect(during).toMatchObject({ deliveries: [], subscriber: { status: 'unsubscribed' } });

    // After the grace period the record is gone for every reader of it, before the table's expiry deletes it.
    harness.clock.advanceHours(7 * 24 + 1);
    const exported = (await (await harness.get(preferencesLink.replace('/preferences?', '/export?'))).json()) as Record<string, unknown>;
    expect(exported).toMatchObject({ subscriber: null, deliveries: [], suppression: { reason: 'erased' } });
    expect(JSON.stringify(exported)).not.toContain(reader);
    const stored = await harness.store.getSubscriber(subscriberId);
    expect(stored?.expiresAt).toBeLessThanOrEqual(Math.ceil(harness.clock.now().getTime() / 1000));
    const restore = /name="token" value="([^"]+)"/.exec(erased.slice(erased.indexOf('/erase/restore')))?.[1] ?? '';
    expect((await harness.postForm('/erase/restore', { token: restore })).status).toBe(410);
  });

  it('subscribes again after erasure: only the new confirmation lifts the suppression', async () => {
    const subscriberId = harness.subscriberIdOf(reader);
    const response = await harness.postForm('/subscribe', signUpForm(reader, { regions: 'jp' }));
    expect(response.status).toBe(200);
    expect(await harness.suppressions.isSuppressed(subscriberId)).toBe(true);

    // Opening the link, or anything short of pressing the button, keeps the suppression.
    const link = linkIn(await harness.latestEmailTo(reader), '/confirm');
    await harness.get(link);
    expect(await harness.suppressions.isSuppressed(subscriberId)).toBe(true);

    expect((await harness.postForm('/confirm', { token: tokenOf(link) })).status).toBe(200);
    expect(await harness.suppressions.isSuppressed(subscriberId)).toBe(false);
    expect((await harness.store.listDigestSubscribers()).map((s) => [s.email, s.regions])).toEqual([[reader, ['jp']]]);
  });
});
