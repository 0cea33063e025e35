/**
 * The Chinese catalogues are chunks loaded on first use. Each test starts from fresh modules, as
 * a cold start does, with no catalogue but English loaded: a page or an email in Chinese must
 * load its words before it renders, and a catalogue that cannot load must fail that request or
 * that email, never stand in English for Chinese.
 */
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DigestSendJob } from '../../../functions/domain/digest/ports.js';
import type { Edition } from '../../../functions/domain/digest/edition.js';
import { aStory, aSubscriber, MemoryDeliveries, MemoryEditions, MemoryMailer, MemoryQueue, MemorySubscribers } from '../../support/digest-fixtures.js';

const MONDAY_8AM_HONG_KONG = new Date('2026-11-30T00:00:00Z');
const HAN = /\p{Script=Han}/u;

function getEvent(rawPath: string, rawQueryString = ''): APIGatewayProxyEventV2 {
  return { rawPath, rawQueryString, headers: {}, requestContext: { http: { method: 'GET' } } } as unknown as APIGatewayProxyEventV2;
}

/** A catalogue chunk that is missing from the bundle: importing it fails, as a bad deploy would. */
function breakChunk(file: 'zh-hant' | 'zh-hans') {
  const path = `../../../functions/i18n/messages/${file}.js`;
  vi.doMock(path, () => {
    throw new Error(`Cannot find module './chunks/${file}.mjs'`);
  });
  return () => vi.doUnmock(path);
}

async function freshArchive() {
  const { createArchiveApi } = await import('../../../functions/web/archive-routes.js');
  const editions = new MemoryEditions();
  const edition: Edition = {
    editionId: 'hk#2026-W48',
    regionId: 'hk',
    regionName: 'Hong Kong',
    week: '2026-W48',
    status: 'sent',
    items: [],
    composedAt: '2026-11-30T00:00:00.000Z',
  };
  await editions.createEdition(edition);
  return createArchiveApi({ editions, publicBaseUrl: 'https://news.example' });
}

/** A week's hk edition planned, and a sender for it, from fresh modules. */
async function freshDigest(language: 'zh-Hans' | 'zh-Hant') {
  const { planDigest } = await import('../../../functions/domain/digest/plan-digest.js');
  const { createDigestSender } = await import('../../../functions/domain/digest/send-digest.js');
  const { digestEmails } = await import('../../../functions/web/email/digest-email.js');
  const reader = aSubscriber({ email: 'mei@reader.example', regions: ['hk'], language });
  const subscribers = new MemorySubscribers([reader]);
  const editions = new MemoryEditions();
  const queue = new MemoryQueue<DigestSendJob>();
  const mailer = new MemoryMailer();
  await planDigest(
    {
      stories: {
        getStory: async () => undefined,
        listStoredBetween: async () => [aStory({ title: 'Harbour regulator questions a clinic', storedAt: '2026-11-28T00:00:00.000Z' })],
      },
      editions,
      subscribers,
      sendQueue: queue,
      maxItemsPerEdition: 10,
      autoSendRegion: () => true,
    },
    MONDAY_8AM_HONG_KONG,
  );
  const send = createDigestSender({
    subscribers,
    editions,
    deliveries: new MemoryDeliveries(),
    mailer,
    emails: digestEmails,
    publicBaseUrl: 'https://news.example',
    listId: 'Newsdesk <digest.news.example>',
    addressingFor: () => ({ links: { preferences: 'https://p', unsubscribe: 'https://u' }, headers: { 'List-Unsubscribe': '<https://u>' } }),
    autoSendRegion: () => true,
    isSuppressed: async () => false,
    leaseSeconds: 60,
    now: () => MONDAY_8AM_HONG_KONG,
  });
  expect(queue.jobs).toHaveLength(1);
  return { send, job: queue.jobs[0], mailer };
}

beforeEach(() => {
  vi.resetModules();
});

afterEach(() => {
  vi.doUnmock('../../../functions/i18n/messages/zh-hant.js');
  vi.doUnmock('../../../functions/i18n/messages/zh-hans.js');
});

describe('a cold start asked for Chinese', () => {
  it('serves the archive in Traditional Chinese, its words loaded on the first request', async () => {
    const api = await freshArchive();
    const page = await api(getEvent('/archive/hk/2026-W48', 'lang=zh-Hant'));
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<html lang="zh-Hant">');
    expect(page.body).toContain('跳到內容');
    expect(page.body).toContain('<h1>香港：第 2026-W48 週</h1>');
  });

  it('sends a Simplified Chinese digest, its words loaded before it is rendered', async () => {
    const { send, job, mailer } = await freshDigest('zh-Hans');
    expect(await send(job)).toBe('sent');
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0].subject).toMatch(HAN);
    expect(mailer.sent[0].html).toContain('<html lang="zh-Hans">');
    expect(mailer.sent[0].text).toContain('香港');
  });
});

describe('a sign-up email from a cold start', () => {
  it('is written in Simplified Chinese for a reader who chose it', async () => {
    const { createSubscriberNotifier } = await import('../../../functions/web/emails.js');
    const mailer = new MemoryMailer();
    await createSubscriberNotifier(mailer, 'https://news.example').sendConfirmation('mei@reader.example', {
      confirmUrl: 'https://news.example/confirm?token=t',
      expiresAt: new Date('2026-12-07T09:00:00Z'),
      language: 'zh-Hans',
      timeZone: 'Asia/Shanghai',
    });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0].subject).toMatch(HAN);
    expect(mailer.sent[0].html).toContain('<html lang="zh-Hans">');
  });

  it('is not sent at all when its catalogue cannot load', async () => {
    breakChunk('zh-hans');
    const { createSubscriberNotifier } = await import('../../../functions/web/emails.js');
    const mailer = new MemoryMailer();
    const sending = createSubscriberNotifier(mailer, 'https://news.example').sendConfirmation('mei@reader.example', {
      confirmUrl: 'https://news.example/confirm?token=t',
      expiresAt: new Date('2026-12-07T09:00:00Z'),
      language: 'zh-Hans',
    });
    await expect(sending).rejects.toThrow('The zh-Hans message catalogue could not be loaded');
    expect(mailer.sent).toEqual([]);
  });
});

describe('a catalogue chunk that cannot load', () => {
  it('fails the Chinese page with an error that names it, and the English pages go on', async () => {
    breakChunk('zh-hant');
    const { CatalogueLoadError } = await import('../../../functions/i18n/messages.js');
    const api = await freshArchive();

    const failed = api(getEvent('/archive/hk/2026-W48', 'lang=zh-Hant'));
    await expect(failed).rejects.toThrow(CatalogueLoadError);
    await expect(failed).rejects.toThrow('The zh-Hant message catalogue could not be loaded');

    const english = await api(getEvent('/archive/hk/2026-W48', 'lang=en'));
    expect(english.statusCode).toBe(200);
    expect(english.body).toContain('<h1>Hong Kong: week 2026-W48</h1>');
  });

  it('fails the digest job with nothing sent, so the queue retries it', async () => {
    const repair = breakChunk('zh-hans');
    const { send, job, mailer } = await freshDigest('zh-Hans');

    await expect(send(job)).rejects.toThrow('The zh-Hans message catalogue could not be loaded');
    expect(mailer.sent).toEqual([]);

    // The failure is not remembered: once the chunk is there again, the retried job sends, once, in Chinese.
    repair();
    expect(await send(job)).toBe('sent');
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0].html).toContain('<html lang="zh-Hans">');
  });
});

describe('the Chinese names of places, regions and topics', () => {
  it('load with the first Chinese catalogue, and are never asked for before it', async () => {
    const { jurisdictionName, regionName } = await import('../../../functions/i18n/names.js');
    expect(regionName('hk', 'en')).toBe('Hong Kong');
    expect(() => jurisdictionName('GB', 'zh-Hans')).toThrow('Names in zh-Hans were asked for before its catalogue was loaded');

    const { loadMessages } = await import('../../../functions/i18n/messages.js');
    await loadMessages('zh-Hans');
    expect(jurisdictionName('GB', 'zh-Hans')).toBe('英国');
    expect(jurisdictionName('CN-ZJ', 'zh-Hans')).toBe('浙江省');
  });

  it('fail a Chinese page that cannot load them, as a missing catalogue does', async () => {
    const path = '../../../functions/taxonomy/local-names.json';
    vi.doMock(path, () => {
      throw new Error("Cannot find module './chunks/local-names.mjs'");
    });
    const api = await freshArchive();
    await expect(api(getEvent('/archive/hk/2026-W48', 'lang=zh-Hant'))).rejects.toThrow('The zh-Hant message catalogue could not be loaded');
    const english = await api(getEvent('/archive/hk/2026-W48', 'lang=en'));
    expect(english.statusCode).toBe(200);
    vi.doUnmock(path);
  });
});
