import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalServices, type LocalServices } from '../../support/local-services.js';
import { linkIn, signUpForm, startSubscriberHarness, tokenOf, type SubscriberHarness } from './harness.js';

let services: LocalServices;
let harness: SubscriberHarness;
let counter = 0;
const nextAddress = (label: string) => `${label}.${++counter}@example.com`;

beforeAll(async () => {
  services = await startLocalServices();
  harness = await startSubscriberHarness({ services });
});
afterAll(async () => {
  await harness?.stop();
  await services?.stop();
});

async function signUp(address: string, overrides = {}) {
  const response = await harness.postForm('/subscribe', signUpForm(address, overrides));
  expect(response.status).toBe(200);
  return linkIn(await harness.latestEmailTo(address), '/confirm');
}

async function subscribed(address: string) {
  const link = await signUp(address);
  expect((await harness.postForm('/confirm', { token: tokenOf(link) })).status).toBe(200);
  // A second sign-up mails the preferences link: the way a person gets it back.
  await harness.postForm('/subscribe', signUpForm(address));
  const email = await harness.latestEmailTo(address);
  return { preferences: linkIn(email, '/preferences'), unsubscribe: linkIn(email, '/unsubscribe') };
}

const statusOf = async (address: string) => (await harness.store.getSubscriber(harness.subscriberIdOf(address)))?.status;

describe('confirmation links', () => {
  it('say so when expired, confirm nothing, and offer a new email whose link works', async () => {
    const address = nextAddress('late');
    const link = await signUp(address);
    harness.clock.advanceHours(73);
    try {
      const page = await harness.get(link);
      expect(page.status).toBe(410);
      const body = await page.text();
      expect(body).toContain('This link has expired');
      expect(body).toContain('Email me a new link');
      expect((await harness.postForm('/confirm', { token: tokenOf(link) })).status).toBe(410);
      expect(await statusOf(address)).toBe('pending');

      const resent = await harness.postForm('/confirm/resend', { token: tokenOf(link) });
      expect(resent.status).toBe(200);
      const freshLink = linkIn(await harness.latestEmailTo(address), '/confirm');
      expect(freshLink).not.toBe(link);
      expect((await harness.postForm('/confirm', { token: tokenOf(freshLink) })).status).toBe(200);
      expect(await statusOf(address)).toBe('confirmed');
    } finally {
      harness.clock.advanceHours(-73);
    }
  });

  it('work once: a used link says so, on opening and on pressing', async () => {
    const address = nextAddress('twice');
    const link = await signUp(address);
    expect((await harness.postForm('/confirm', { token: tokenOf(link) })).status).toBe(200);

    const again = await harness.postForm('/confirm', { token: tokenOf(link) });
    expect(again.status).toBe(410);
    expect(await again.text()).toContain('This link has already been used');
    expect((await harness.get(link)).status).toBe(410);
  });

  it('that were never issued lead to a page that says the link does not work', async () => {
    const response = await harness.get(`/confirm?token=${'0'.repeat(32)}.${'A'.repeat(43)}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('This link does not work');
    expect((await harness.postForm('/confirm', { token: 'garbage' })).status).toBe(404);
  });
});

describe('unsubscribe links', () => {
  it('change nothing when opened: the page offers a button', async () => {
    const address = nextAddress('scanner');
    const { unsubscribe } = await subscribed(address);

    const page = await harness.get(unsubscribe);

    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button type="submit" class="danger">Unsubscribe</button>');
    expect(await statusOf(address)).toBe('confirmed');
  });

  it('refuse a forged token and change nothing', async () => {
    const address = nextAddress('forged');
    const { unsubscribe } = await subscribed(address);
    const forged = unsubscribe.replace(/token=([0-9a-f]{32})\.[\w-]+/, 'token=$1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');

    const response = await fetch(forged, {
      method: 'POST',
      body: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });

    expect(response.status).toBe(404);
    expect(await statusOf(address)).toBe('confirmed');
  });

  it('are not preference links: a signed unsubscribe token opens no preferences', async () => {
    const { unsubscribe } = await subscribed(nextAddress('purpose'));
    expect((await harness.get(unsubscribe.replace('/unsubscribe?', '/preferences?'))).status).toBe(404);
    expect((await harness.get(unsubscribe.replace('/unsubscribe?', '/export?'))).status).toBe(404);
  });
});

describe('no enumeration', () => {
  it('answers a new, a confirmed, an unconfirmed and an unsubscribed address with the same status and page', async () => {
    const addresses = {
      fresh: nextAddress('fresh'),
      confirmed: nextAddress('confirmed'),
      unconfirmed: nextAddress('unconfirmed'),
      unsubscribed: nextAddress('unsubscribed'),
    };
    await subscribed(addresses.confirmed);
    await signUp(addresses.unconfirmed);
    const { unsubscribe } = await subscribed(addresses.unsubscribed);
    await fetch(unsubscribe, { method: 'POST', body: 'List-Unsubscribe=One-Click', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    const before = await services.listEmails();

    const answers = await Promise.all(
      Object.values(addresses).map(async (address) => {
        const response = await harness.postForm('/subscribe', signUpForm(address));
        const headers = Object.fromEntries([...response.headers].filter(([name]) => !['date', 'content-length'].includes(name)));
        return { status: response.status, headers, body: (await response.text()).replaceAll(address, '{address}') };
      }),
    );

    for (const answer of answers.slice(1)) expect(answer).toEqual(answers[0]);
    expect(answers[0].status).toBe(200);
    const sent = (await services.listEmails()).slice(before.length);
    const subjectTo = (address: string) => sent.filter((e) => e.destination.to.includes(address)).map((e) => e.subject);
    expect(subjectTo(addresses.fresh)).toEqual(['Confirm your Newsdesk subscription']);
    expect(subjectTo(addresses.unconfirmed)).toEqual(['Confirm your Newsdesk subscription']);
    expect(subjectTo(addresses.unsubscribed)).toEqual(['Confirm your Newsdesk subscription']);
    expect(subjectTo(addresses.confirmed)).toEqual(['Your Newsdesk preferences']);
    const records = await Promise.all(Object.values(addresses).map((address) => harness.store.getSubscriber(harness.subscriberIdOf(address))));
    expect(records.map((record) => record?.status)).toEqual(['pending', 'confirmed', 'pending', 'pending']);
  });
});

describe('abuse limits', () => {
  it('stop the fourth email to one address within the hour, across function instances', async () => {
    const address = nextAddress('flooded');
    const secondInstance = await startSubscriberHarness({ services, tables: harness.tables, clock: harness.clock });
    try {
      for (const instance of [harness, secondInstance, harness]) {
        expect((await instance.postForm('/subscribe', signUpForm(address))).status).toBe(200);
      }
      const refused = await secondInstance.postForm('/subscribe', signUpForm(address));

      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('3600');
      expect(await refused.text()).toContain('Too many requests');
      expect(await harness.emailsTo(address)).toHaveLength(3);
    } finally {
      await secondInstance.stop();
    }
  });

  it('stop one client from mailing many addresses', async () => {
    const strict = await startSubscriberHarness({ services, policy: { perClient: { limit: 2, windowSeconds: 3600 } } });
    try {
      const [first, second, third] = [nextAddress('bulk'), nextAddress('bulk'), nextAddress('bulk')];
      expect((await strict.postForm('/subscribe', signUpForm(first))).status).toBe(200);
      expect((await strict.postForm('/subscribe', signUpForm(second))).status).toBe(200);
      expect((await strict.postForm('/subscribe', signUpForm(third))).status).toBe(429);
      expect(await strict.emailsTo(third)).toEqual([]);
    } finally {
      await strict.stop();
    }
  });

  it('let a bot that fills the hidden field believe it succeeded, sending nothing', async () => {
    const address = nextAddress('bot');
    const response = await harness.postForm('/subscribe', signUpForm(address, { website: 'https://spam.example' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Check your email');
    expect(await harness.emailsTo(address)).toEqual([]);
    expect(await statusOf(address)).toBeUndefined();
  });
});

describe('invalid input', () => {
  it('shows the form again with an actionable error beside each field and what was typed, sending nothing', async () => {
    const before = (await services.listEmails()).length;
    const response = await harness.postForm('/subscribe', {
      email: 'someone@@example',
      topics: ['ai-training', 'horoscopes'],
      frequency: 'hourly',
      timeZone: 'Moon/Tranquility_Base',
      consentVersion: 'x',
      website: '',
    });

    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('<title>Error: Subscribe – Newsdesk</title>');
    expect(body).toMatch(/<p class="error" id="email-error">.*Enter an email address in the form name@example.com<\/p>/);
    expect(body).toMatch(/<p class="error" id="regions-error">.*Choose at least one region<\/p>/);
    expect(body).toMatch(/<p class="error" id="topics-error">.*“horoscopes” is not one of them<\/p>/);
    expect(body).toMatch(/<p class="error" id="frequency-error">.*Choose how often you want email<\/p>/);
    expect(body).toMatch(/<p class="error" id="timeZone-error">.*Enter a time zone from the list/);
    expect(body).toContain('value="someone@@example"');
    expect(body).toContain('value="Moon/Tranquility_Base"');
    expect(body).toMatch(/id="topic-ai-training" name="topics" value="ai-training" checked/);
    expect((await services.listEmails()).length).toBe(before);
  });

  it('escapes what was typed', async () => {
    const response = await harness.postForm('/subscribe', signUpForm('"><script>alert(1)</script>'));
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('refuses a body over the limit, in the function and in front of it', async () => {
    const overForm = await harness.postForm('/subscribe', signUpForm('big@example.com', { topics: Array.from({ length: 2000 }, () => 'privacy') }));
    expect(overForm.status).toBe(413);
    const overServer = await fetch(`${harness.url}/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `email=${'a'.repeat(200_000)}`,
    });
    expect(overServer.status).toBe(413);
  });

  it('refuses a body that is not a form, and a method a page does not take', async () => {
    const json = await fetch(`${harness.url}/subscribe`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"x@example.com"}',
    });
    expect(json.status).toBe(415);
    const put = await fetch(`${harness.url}/subscribe`, { method: 'PUT' });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toBe('GET, POST');
    expect((await harness.get('/nowhere')).status).toBe(404);
  });
});

describe('every page', () => {
  it('is sent with a content security policy and no referrer', async () => {
    const response = await harness.get('/subscribe');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'.*script-src 'sha256-/);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
